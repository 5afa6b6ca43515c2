"""Probes: cue verbs that found no content or no source, third round (issue 5, cue recall).
The sentences are ours.

A preposition that tells what a cue is for or against, set off from the verb by an adverb of
the verb ("campaigned hard against X", "voted twice for X", "cheered loudly for X", "pushed
back against X", "spoke out sharply against X"), found no content: only a preposition right
after the verb group did. The adverbs belong to the cue, as PolNeAR marks it
(:mod:`sitrep.extract.claim_reach`).

An infinitive cue after an adjective of haste ("was quick to point out that …", "were quick
to add that …") or after a comparative "likely" with a verb of saying or opinion ("are more
likely to say that …", a poll's finding) had no source: the subject of the verb the
adjective completes speaks, and the cue runs from that verb.

A cue whose object is a relative pronoun before it and whose complement follows it ("which
the minister called a fragile first step", "what critics call censorship", "which the army
described as a supply route") tells both, as two parts of one content.

Deeds stay deeds ("Rebel fighters attacked army positions"), an act done quickly is no claim
("the engineers were quick to repair the bridge"), and a forecast is no poll ("the river is
likely to flood the road").
"""

from __future__ import annotations

from typing import Any

from stages import contents_by_cue, sources_by_cue


def test_campaigned_hard_against(nlp: Any) -> None:
    text = "Farmers in the valley campaigned hard against the new dam."
    assert sources_by_cue(text, nlp) == {"campaigned hard against": "Farmers in the valley"}
    assert contents_by_cue(text, nlp) == {"campaigned hard against": ["the new dam"]}


def test_spoke_out_sharply_against(nlp: Any) -> None:
    text = "The bishop spoke out sharply against the curfew."
    assert sources_by_cue(text, nlp) == {"spoke out sharply against": "The bishop"}
    assert contents_by_cue(text, nlp) == {"spoke out sharply against": ["the curfew"]}


def test_voted_twice_for(nlp: Any) -> None:
    text = "The northern districts voted twice for the governor."
    assert contents_by_cue(text, nlp) == {"voted twice for": ["the governor"]}


def test_argued_forcefully_for(nlp: Any) -> None:
    text = "The envoy argued forcefully for a ceasefire in the south."
    assert contents_by_cue(text, nlp) == {"argued forcefully for": ["a ceasefire in the south"]}


def test_spoke_against(nlp: Any) -> None:
    text = "Two senior judges spoke against the emergency law."
    assert contents_by_cue(text, nlp) == {"spoke against": ["the emergency law"]}


def test_was_quick_to_point_out(nlp: Any) -> None:
    text = "The mayor was quick to point out that the bridge had been inspected in May."
    cue = "was quick to point out"
    assert sources_by_cue(text, nlp) == {cue: "The mayor"}
    assert contents_by_cue(text, nlp) == {cue: ["that the bridge had been inspected in May"]}


def test_were_quick_to_add(nlp: Any) -> None:
    text = "Several ministers were quick to add that the verdict could be appealed."
    assert sources_by_cue(text, nlp) == {"were quick to add": "Several ministers"}


def test_more_likely_to_say(nlp: Any) -> None:
    text = "Rural voters were far more likely to say that the economy had grown worse."
    cue = "were far more likely to say"
    assert sources_by_cue(text, nlp) == {cue: "Rural voters"}
    assert contents_by_cue(text, nlp) == {cue: ["that the economy had grown worse"]}


def test_less_likely_to_believe(nlp: Any) -> None:
    text = "Younger readers are less likely to believe that the casualty figures are right."
    assert sources_by_cue(text, nlp) == {"are less likely to believe": "Younger readers"}


def test_quick_repair_is_no_claim(nlp: Any) -> None:
    text = "The engineers were quick to repair the bridge after the flood."
    assert sources_by_cue(text, nlp) == {}


def test_likely_forecast_is_no_claim(nlp: Any) -> None:
    text = "The river is likely to flood the road by Friday."
    assert sources_by_cue(text, nlp) == {}


def test_moved_quickly_against_is_no_claim(nlp: Any) -> None:
    text = "The battalion moved quickly against the rebel positions."
    assert sources_by_cue(text, nlp) == {}


def test_deed_stays_a_deed(nlp: Any) -> None:
    text = "Rebel fighters attacked army positions near the airport."
    assert sources_by_cue(text, nlp) == {}


def test_which_he_called_tells_the_pronoun_too(nlp: Any) -> None:
    text = "The envoy praised the truce, which the minister called a fragile first step."
    assert contents_by_cue(text, nlp)["called"] == ["which", "a fragile first step"]


def test_which_described_as_is_a_claim(nlp: Any) -> None:
    text = "Rebels held the bridge, which the army described as a vital supply route."
    assert sources_by_cue(text, nlp) == {"described": "the army"}
    assert contents_by_cue(text, nlp) == {"described": ["which", "as a vital supply route"]}


def test_what_critics_call(nlp: Any) -> None:
    text = "The new law ended what critics call censorship."
    assert contents_by_cue(text, nlp) == {"call": ["what", "censorship"]}
