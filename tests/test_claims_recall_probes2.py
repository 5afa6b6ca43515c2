"""Probes: cues that never became a claim, second round (issue 5, cue recall). The sentences
are ours.

An infinitive cue with no subject of its own after a verb of going or appearing before an
audience ("went on to criticize X", "went on the radio to defend X", "took to Twitter to
denounce X", "appeared on television to deny X") made no claim unless it took a clause: who
went, took to or appeared is the one who speaks (:mod:`sitrep.extract.claim_vehicles`). A
trip with a purpose ("went to Geneva to discuss X", "flew to the capital to meet X") and an
idiom of becoming ("came to accept X") stay no claim.

A participle cue on a message its speaker issued ("issued a statement saying …", "put out
a video calling …") is one cue from the issuing verb to the participle, as PolNeAR marks
it; not only "saying".

A verb that is a cue only with its preposition ("commented on X", "lashed out at X",
"balked at X", "doubled down on X", ``knowledge/claim_prep_cues.tsv``) made no claim (not in
the cue lexicon, or its preposition took no content); its preposition joins the cue and
its object is told. "The price of bread doubled in a week" stays no claim.

And deeds stay deeds: "Rebel fighters attacked army positions" is no claim.
"""

from __future__ import annotations

from typing import Any

from stages import contents_by_cue, sources_by_cue


def test_went_on_to_criticize(nlp: Any) -> None:
    text = "The governor went on to criticize the ministry for its slow response to the flood."
    assert sources_by_cue(text, nlp) == {"went on to criticize": "The governor"}


def test_went_on_to_name(nlp: Any) -> None:
    text = "The bishop went on to name the villages that had lost their wells."
    assert sources_by_cue(text, nlp) == {"went on to name": "The bishop"}


def test_went_on_the_radio_to_defend(nlp: Any) -> None:
    text = "The envoy went on national radio to defend the peace plan."
    assert sources_by_cue(text, nlp) == {"went on national radio to defend": "The envoy"}
    assert contents_by_cue(text, nlp) == {"went on national radio to defend": ["the peace plan"]}


def test_took_to_twitter_to_denounce(nlp: Any) -> None:
    text = "The opposition leader took to Twitter on Monday to denounce the new curfew."
    assert sources_by_cue(text, nlp) == {
        "took to Twitter on Monday to denounce": "The opposition leader"}


def test_appeared_on_television_to_deny(nlp: Any) -> None:
    text = "A senior commander appeared on state television to deny any role in the raid."
    cue = "appeared on state television to deny"
    assert sources_by_cue(text, nlp) == {cue: "A senior commander"}
    assert contents_by_cue(text, nlp) == {cue: ["any role in the raid"]}


def test_came_on_the_show_to_talk_about(nlp: Any) -> None:
    text = "The health minister will come on the show to talk about the new vaccine rules."
    assert sources_by_cue(text, nlp) == {
        "will come on the show to talk about": "The health minister"}


def test_a_trip_with_a_purpose_stays_no_claim(nlp: Any) -> None:
    assert sources_by_cue("The delegation went to Geneva to discuss the prisoner swap.",
                          nlp) == {}
    assert sources_by_cue("The villagers came to accept the new checkpoint.", nlp) == {}


def test_issued_a_statement_saying(nlp: Any) -> None:
    text = "The ministry issued a statement saying that the talks had failed."
    assert sources_by_cue(text, nlp) == {"issued a statement saying": "The ministry"}
    assert contents_by_cue(text, nlp) == {"issued a statement saying": [
        "that the talks had failed"]}


def test_released_a_statement_on_a_day_saying(nlp: Any) -> None:
    text = "The mayor's office released a statement on Sunday saying the bridge would reopen."
    assert sources_by_cue(text, nlp) == {
        "released a statement on Sunday saying": "The mayor's office"}


def test_put_out_a_video_calling(nlp: Any) -> None:
    text = "The rebels put out a video calling the truce a trap."
    assert sources_by_cue(text, nlp) == {"put out a video calling": "The rebels"}
    assert contents_by_cue(text, nlp) == {"put out a video calling": ["the truce a trap"]}


def test_a_report_saying_stays_the_participle(nlp: Any) -> None:
    # the writer cites a report; nobody here issued it
    text = "There were reports saying the dam had cracked."
    assert "saying" in sources_by_cue(text, nlp)


def test_deeds_stay_deeds(nlp: Any) -> None:
    assert sources_by_cue("Rebel fighters attacked army positions near the river.", nlp) == {}
    assert sources_by_cue("The battalion went on to attack the airport.", nlp) == {}


def test_has_not_commented_on(nlp: Any) -> None:
    text = "The ministry has not commented on the report of a second blast."
    assert sources_by_cue(text, nlp) == {"has not commented on": "The ministry"}
    assert contents_by_cue(text, nlp) == {"has not commented on": [
        "the report of a second blast"]}


def test_lashed_out_at(nlp: Any) -> None:
    text = "The mayor lashed out at the governor over the water cuts."
    assert sources_by_cue(text, nlp) == {"lashed out at": "The mayor"}


def test_balked_at_and_doubled_down_on(nlp: Any) -> None:
    assert sources_by_cue("The rebels balked at the terms of the truce.", nlp) == {
        "balked at": "The rebels"}
    text = "The general doubled down on his plan to close the border."
    assert contents_by_cue(text, nlp) == {"doubled down on": ["his plan to close the border"]}


def test_a_verb_without_its_preposition_stays_no_cue(nlp: Any) -> None:
    assert sources_by_cue("The price of bread doubled in a week.", nlp) == {}
