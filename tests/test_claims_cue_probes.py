"""Probes: cue recall (issue 5), where the rules find a cue verb but cut its cue short.

Written for this round; the sentences are ours. A verb that only carries a cue infinitive
("tried to explain", "has to admit", "needs to say", "tend to believe") tells nothing of its
own: PolNeAR marks the chain as one cue, the infinitive's content as the content, and the
carrier's subject as the source.
"""

from __future__ import annotations

from typing import Any

from sitrep.evaluate.claims import predicted_attributions
from stages import claims_in as claims


def by_cue(text: str, nlp: Any) -> dict[str, tuple[str, list[str]]]:
    """{cue text: (source text, content parts)} of the attributions of ``text``."""
    out = {}
    for a in predicted_attributions(claims(nlp, text)):
        src = " ".join(text[s:e] for s, e in a.source)
        out[text[a.cue[0][0]:a.cue[0][1]]] = (src, [text[s:e] for s, e in a.content])
    return out


def test_a_try_carries_the_cue_it_tries(nlp: Any) -> None:
    text = "The commander tried to explain that the convoy had taken a wrong turn."
    assert by_cue(text, nlp)["tried to explain"] == (
        "The commander", ["that the convoy had taken a wrong turn"])


def test_having_to_admit_is_one_cue(nlp: Any) -> None:
    text = "The minister has to admit that the ceasefire did not hold."
    assert by_cue(text, nlp)["has to admit"] == (
        "The minister", ["that the ceasefire did not hold"])


def test_needing_to_say_is_one_cue(nlp: Any) -> None:
    text = "Officials will need to confirm that the bridge is safe before it reopens."
    assert "will need to confirm" in by_cue(text, nlp)


def test_a_tendency_to_believe_is_one_cue(nlp: Any) -> None:
    text = "Voters in the north tend to believe that the economy is improving."
    assert by_cue(text, nlp)["tend to believe"] == (
        "Voters in the north", ["that the economy is improving"])


def test_a_carrier_with_no_cue_infinitive_is_no_claim(nlp: Any) -> None:
    text = "The rebels tried to cross the river at night."
    assert by_cue(text, nlp) == {}


def test_a_cue_with_its_own_subject_keeps_its_own_cue(nlp: Any) -> None:
    text = "We have a duty, and she said that the vote was fair."
    assert by_cue(text, nlp)["said"] == ("she", ["that the vote was fair"])


# "Add" tells words only with a clause or a quotation ("added that …", "…, he added"); with a
# noun object it is arithmetic ("the factory added 300 jobs"). PolNeAR train: "add" with a noun
# for its content heads a gold cue in 2 of 21 such claims (CLAUSE_ONLY in claims.py).


def test_adding_a_number_is_no_claim(nlp: Any) -> None:
    assert by_cue("The factory added 300 jobs in the first half of the year.", nlp) == {}


def test_adding_a_thing_to_a_list_is_no_claim(nlp: Any) -> None:
    assert by_cue("The ministry has added two more towns to the evacuation list.", nlp) == {}


def test_adding_that_is_a_claim(nlp: Any) -> None:
    text = "The general added that the road to the airport was open again."
    assert by_cue(text, nlp)["added"] == (
        "The general", ["that the road to the airport was open again"])


def test_a_trailing_added_is_a_claim(nlp: Any) -> None:
    text = "The talks will resume on Monday, the envoy added."
    assert "added" in by_cue(text, nlp)


# A noun of speech with no one's name on it and only an "of/on/about/for" object is the topic
# of the sentence, not someone's claim ("criticism of the ceasefire grew"); with its speaker
# ("her criticism of …") or a "that" clause ("the claim that …") it stays a claim. PolNeAR
# train: such sourceless noun claims match a gold cue in 19 of 139 (claim_nouns.py).


def test_a_nameless_criticism_of_a_thing_is_no_claim(nlp: Any) -> None:
    text = "Criticism of the ceasefire grew in the capital over the weekend."
    assert by_cue(text, nlp) == {}


def test_a_nameless_announcement_on_a_topic_is_no_claim(nlp: Any) -> None:
    text = "The residents waited for an announcement on the curfew until late at night."
    assert by_cue(text, nlp) == {}


def test_a_named_criticism_of_a_thing_is_a_claim(nlp: Any) -> None:
    text = "Her criticism of the ceasefire was sharp and brief."
    assert by_cue(text, nlp)["criticism of"] == ("Her", ["the ceasefire"])


def test_a_nameless_claim_that_is_a_claim(nlp: Any) -> None:
    text = "The claim that the bridge had been mined turned out to be false."
    assert "claim" in by_cue(text, nlp)


# A claim told inside what "according to X" attributes is X's word, not a claim of its own:
# "the mayor said the bridge was safe, according to two council members" is the members'
# account. PolNeAR train: such inner claims matched a gold cue in 24 of 143 (claim_passes.
# nested); a denial inside stays ("X denied Y, according to Z"), and so do claims inside a
# poll's "in" ("In a poll, most said …"), which PolNeAR marks (20 of 40).


def test_a_said_inside_according_to_is_no_claim_of_its_own(nlp: Any) -> None:
    text = "The mayor said the bridge was safe, according to two council members."
    assert list(by_cue(text, nlp)) == ["according to"]


def test_a_told_inside_according_to_is_no_claim_of_its_own(nlp: Any) -> None:
    text = "According to the ministry, the general told reporters that the talks had failed."
    assert list(by_cue(text, nlp)) == ["According to"]


def test_a_denial_inside_according_to_stays(nlp: Any) -> None:
    text = "The army denied that it had shelled the village, according to state media."
    assert set(by_cue(text, nlp)) == {"denied", "according to"}
