"""Probes: cues told of no one in particular (round 9 of issue 5, sources given wrongly).

Written for this round; the sentences are ours. An infinitive or gerund after "it" + "be" +
an adjective that judges the act ("it is hard to know whether …", "it's worth remembering
that …", "it is wrong to blame …") or after "it means" is told of no one in particular:
"it" stands for what follows, not for a speaker, and the claim has no source. An adjective
that says what its subject will do ("Ruiz is quick to point out …") keeps its subject as the
source, and so does an "it" that stands for a report.

A verb of feeling in the passive with no agent ("residents are mystified that …") is its
subject's reaction: the subject is the source, as it is for "were worried that …"; so is
one who is assured or persuaded of something ("the mayor is now assured of winning …").

A speaker named after the verb of a quote's trailer that the parser took for the subject of a
clause after it ("''…,'' said Omar Haddad, half joking") is the quote's source, and so is
one the parser took for the verb's object when the quote is a sentence of its own ("''Flood!''
blared the front page of the Valley Courier").
"""

from __future__ import annotations

from typing import Any

from stages import source_of


def test_it_is_hard_to_know_has_no_source(nlp: Any) -> None:
    text = "It is hard to know whether the new dam will hold through the spring floods."
    assert source_of(nlp, text, "to know") == ""


def test_it_is_easy_to_criticize_has_no_source(nlp: Any) -> None:
    text = "It's easy to criticize the length of the trial and the cost of the inquiry."
    assert source_of(nlp, text, "to criticize") == ""


def test_it_is_worth_remembering_has_no_source(nlp: Any) -> None:
    text = "It is worth remembering that the bridge was closed for three years."
    assert source_of(nlp, text, "remembering") == ""


def test_it_is_wrong_to_blame_has_no_source(nlp: Any) -> None:
    text = "It is wrong to blame the farmers for the floods that hit the valley."
    assert source_of(nlp, text, "to blame") == ""


def test_it_means_admitting_has_no_source(nlp: Any) -> None:
    text = "For the council, it means admitting that the water plan has failed."
    assert source_of(nlp, text, "admitting") == ""


def test_the_speaker_of_it_is_hard_to_know_keeps_the_source(nlp: Any) -> None:  # a control
    text = "The governor said it was hard to know whether the dam would hold."
    assert source_of(nlp, text, "said") == "The governor"


def test_an_it_that_is_a_report_stays_the_source(nlp: Any) -> None:  # a control
    text = "The ministry published its report on Monday. It said the dam was safe."
    assert source_of(nlp, text, "said") == "It"


def test_a_mayor_quick_to_point_out_is_the_source(nlp: Any) -> None:  # a control
    text = "The mayor was quick to point out that the bridge had been closed for years."
    assert source_of(nlp, text, "was quick to point out") == "The mayor"


def test_a_mystified_passive_subject_is_the_source(nlp: Any) -> None:
    text = "Residents are mystified that the river rose so fast after the storm."
    assert source_of(nlp, text, "are mystified") == "Residents"


def test_an_angered_passive_subject_is_the_source(nlp: Any) -> None:
    text = "The council members were angered that the vote was delayed again."
    assert source_of(nlp, text, "were angered") == "The council members"


def test_a_worried_subject_is_the_source(nlp: Any) -> None:  # a control
    text = "The farmers were worried that the dam would fail in the spring."
    assert source_of(nlp, text, "were worried") == "The farmers"


def test_a_speaker_after_a_quote_taken_for_a_clause_subject(nlp: Any) -> None:
    text = "''The pumps will fail,'' said Omar Haddad, half joking."
    assert source_of(nlp, text, "said") == "Omar Haddad"


def test_a_speaker_after_a_quote_is_the_source(nlp: Any) -> None:  # a control
    text = "''The pumps will fail,'' said Omar Haddad."
    assert source_of(nlp, text, "said") == "Omar Haddad"


def test_saying_with_a_told_clause_keeps_its_speaker(nlp: Any) -> None:  # a control
    text = "The minister hit back on Friday, saying Ruiz, the mayor, had lied about the dam."
    assert source_of(nlp, text, "saying") == "The minister"


def test_one_assured_of_winning_is_the_source(nlp: Any) -> None:
    text = "With the rural vote counted, the mayor is now assured of winning a second term."
    assert source_of(nlp, text, "is now assured of") == "the mayor"


def test_a_speaker_after_a_quote_of_its_own_sentence(nlp: Any) -> None:
    text = "''Flood!'' blared the front page of the Valley Courier."
    assert source_of(nlp, text, "blared") == "the front page of the Valley Courier"


def test_a_sign_after_its_words_is_the_source(nlp: Any) -> None:  # a control
    text = '"The dam is safe," read one sign.'
    assert source_of(nlp, text, "read") == "one sign"
