"""Probes: which cue a direct quote belongs to when several quotes and cues share a paragraph.

Written for this round (issue 5); the sentences are ours. PolNeAR marks a quote continued
after its trailer, or by a later quote of the same speaker, as one attribution: one cue, the
content in parts.
"""

from __future__ import annotations

from typing import Any

from stages import claims_in as claims
from stages import contents_by_cue


def test_a_cue_with_its_own_clause_after_a_closed_quote_is_no_trailer(nlp: Any) -> None:
    text = ("“We held the bridge for three days and three nights.” Later, Ruiz said "
            "the shelling had stopped.")
    by_cue = contents_by_cue(text, nlp, trimmed=False)
    assert by_cue["said"] == ["the shelling had stopped"]


def test_a_quote_split_by_its_trailer_is_one_attribution(nlp: Any) -> None:
    text = ("“Judge,” the lawyer said, “my client has not missed a single hearing in ten "
            "years.” Afterwards, Ruiz said "
            "he expected an appeal.")
    found = claims(nlp, text)
    first = [c for c in found if c.cue.start == text.index("said")]
    assert [c.content.text for c in first] == [
        "Judge", "my client has not missed a single hearing in ten years."]


def test_a_short_whole_sentence_quote_goes_on_with_the_speaker(nlp: Any) -> None:
    text = ("“The talks went well and we will meet again in May,” the envoy told reporters "
            "in Geneva. “Both sides listened.”")
    by_cue = contents_by_cue(text, nlp, trimmed=False)
    assert by_cue["told"][-1] == "Both sides listened."


def test_a_short_quote_inside_a_sentence_stays_a_scare_quote(nlp: Any) -> None:
    text = ("“The talks went well and we will meet again in May,” the envoy told reporters. "
            "Critics called the meeting a “photo opportunity” at best.")
    by_cue = contents_by_cue(text, nlp, trimmed=False)
    assert all("photo opportunity" not in part for part in by_cue["told"])


def test_a_paragraph_that_is_one_quote_goes_on_with_the_last_speaker(nlp: Any) -> None:
    text = ("“We lost two bridges and the school,” the mayor said.\n\n"
            "“The water rose faster than anyone in the valley expected.”")
    by_cue = contents_by_cue(text, nlp, trimmed=False)
    assert by_cue["said"][-1].startswith("The water rose faster")


def test_a_quote_paragraph_after_indirect_speech_is_not_given_a_speaker(nlp: Any) -> None:
    text = ("The mayor said two bridges were lost.\n\n"
            "“The water rose faster than anyone in the valley expected.”")
    by_cue = contents_by_cue(text, nlp, trimmed=False)
    assert by_cue == {"said": ["two bridges were lost"]}


def test_a_mixed_quote_runs_to_the_end_of_the_clause_it_sits_in(nlp: Any) -> None:
    text = ("The governor said the budget was “the most careful plan this state has seen in "
            "years” despite the deficit.")
    by_cue = contents_by_cue(text, nlp, trimmed=False)
    assert by_cue["said"] == ["the budget was “the most careful plan this state has seen in "
                              "years” despite the deficit"]


def test_a_mixed_quote_that_ends_its_clause_ends_the_content(nlp: Any) -> None:
    text = ("The governor said the budget was “the most careful plan this state has seen in "
            "years,” and the vote was set for Friday.")
    by_cue = contents_by_cue(text, nlp, trimmed=False)
    assert by_cue["said"] == ["the budget was “the most careful plan this state has seen in "
                              "years"]


def test_a_trailer_with_the_speaker_after_it_stays_the_trailer(nlp: Any) -> None:
    text = ("“I am better with a wrench than I am with a spreadsheet,” said Ann Cole, half "
            "joking. She holds two degrees.")
    by_cue = contents_by_cue(text, nlp, trimmed=False)
    assert by_cue["said"] == ["I am better with a wrench than I am with a spreadsheet"]


def test_a_cue_that_leads_into_the_next_quote_is_no_trailer_of_the_last(nlp: Any) -> None:
    text = ("The minister replied, “We have done our part and the rest is up to them. Nobody "
            "can say we did not try.” She added, “The next round of talks begins on Monday.”")
    by_cue = contents_by_cue(text, nlp, trimmed=False)
    assert by_cue["replied"] == ["We have done our part and the rest is up to them. Nobody can "
                                 "say we did not try."]
    assert by_cue["added"] == ["The next round of talks begins on Monday."]


def test_a_transcript_speaker_named_in_full_once_then_by_surname_takes_turns(nlp: Any) -> None:
    text = ("The host pressed the campaign on the schedule.\n\n"
            "DANA WELLS: Why not hold the debate in April?\n\n"
            "PETE ORR: The senator does not get to set the calendar.\n\n"
            "WELLS: But the voters want to hear both of them.\n\n"
            "ORR: They will hear plenty from us this spring.")
    found = claims(nlp, text)
    speakers = [c.source.span.text for c in found if c.cue.text == ":" and c.source.span]
    assert speakers == ["DANA WELLS", "PETE ORR", "WELLS", "ORR"]
