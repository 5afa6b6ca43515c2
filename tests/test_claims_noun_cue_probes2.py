"""Probes: cues that are not verbs, or verbs the tagger did not read as verbs (issue 5, cue
recall, second round on nouns). The sentences are ours.

A headline set in title case often has its cue verb read as one more word of a long name
("Rebel Commander Denounces Truce Talks": "Denounces" a proper noun), and no rule saw it
(:mod:`sitrep.extract.claim_headlines`). The speaker is the run of capitalised words before
the verb, the content the rest of the line (a verb that ends the line tells what comes before
its speaker). A cue-verb form that is a noun stays no cue: after a possessor ("The Governor's
Attacks On ..."), inside a place's name, after a preposition ("In Border States"), or as
the subject of a verb after it.
"""

from __future__ import annotations

from typing import Any

from stages import claims_in, contents_by_cue, sources_by_cue


def test_headline_verb_read_as_a_name(nlp: Any) -> None:
    text = "Rebel Commander Denounces Proposed Truce Talks."
    assert sources_by_cue(text, nlp) == {"Denounces": "Rebel Commander"}
    assert contents_by_cue(text, nlp) == {"Denounces": ["Proposed Truce Talks"]}


def test_headline_verb_with_its_preposition(nlp: Any) -> None:
    text = "Farmers Union Worries About Falling Grain Prices."
    assert sources_by_cue(text, nlp) == {"Worries About": "Farmers Union"}
    assert contents_by_cue(text, nlp) == {"Worries About": ["Falling Grain Prices"]}


def test_headline_content_stops_at_an_adjunct(nlp: Any) -> None:
    text = "Veteran Senator Praises Mediators After Prisoner Swap."
    assert sources_by_cue(text, nlp) == {"Praises": "Veteran Senator"}
    assert contents_by_cue(text, nlp) == {"Praises": ["Mediators"]}


def test_headline_speaker_after_a_timestamp(nlp: Any) -> None:
    text = "Live updates 10:42AM Opposition Chief Endorses Reform Candidate Ahead Of Vote."
    assert sources_by_cue(text, nlp).get("Endorses") == "Opposition Chief"


def test_headline_noun_after_a_possessor_is_no_cue(nlp: Any) -> None:
    text = "Why The Governor's Attacks On The Press Could Backfire."
    assert claims_in(nlp, text) == ()


def test_headline_noun_in_a_place_is_no_cue(nlp: Any) -> None:
    text = "Clashes Erupt In Border States As Talks Stall."
    assert claims_in(nlp, text) == ()


def test_headline_noun_subject_is_no_cue(nlp: Any) -> None:
    text = "Regional Flood Reports Could Delay Bridge Repairs."
    assert "Reports" not in sources_by_cue(text, nlp)
