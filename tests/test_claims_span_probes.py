"""Probes: span conventions of PolNeAR that sitrep follows (round 2 of issue 5).

Written for this round; the sentences are ours. A cue set off by commas inside the sentence
it tells ("A, she said, B") tells all of it: the content is both parts, around the cue and
its source. A possessive source keeps its "'s" in the span ("the mayor's claim that …":
source "the mayor's"), while the canonical name goes without it.
"""

from __future__ import annotations

from typing import Any

from stages import claims_in as claims
from stages import contents_by_cue


def test_words_before_a_parenthetical_cue_are_part_of_the_content(nlp: Any) -> None:
    text = "Even in the best case, the analysts wrote, the new rules will cost farmers millions."
    assert contents_by_cue(text, nlp)["wrote"] == [
        "Even in the best case", "the new rules will cost farmers millions"]


def test_a_fronted_time_before_a_parenthetical_cue_is_told_too(nlp: Any) -> None:
    text = "By the end of the year, the ministry said, all the schools would reopen."
    assert contents_by_cue(text, nlp)["said"] == [
        "By the end of the year", "all the schools would reopen"]


def test_a_parenthetical_cue_with_a_named_speaker(nlp: Any) -> None:
    text = "For now, Ruiz said, the talks will go on without the northern delegation."
    assert contents_by_cue(text, nlp)["said"] == [
        "For now", "the talks will go on without the northern delegation"]


def test_a_fronted_phrase_before_a_cue_without_a_comma_after_it_is_not_told(nlp: Any) -> None:
    text = "Last week, officials said the border crossing was closed to trucks."
    assert contents_by_cue(text, nlp)["said"] == ["the border crossing was closed to trucks"]


def test_a_cue_with_that_keeps_its_clause_only(nlp: Any) -> None:
    text = "On Monday, the governor said that the bridge would reopen in spring."
    assert contents_by_cue(text, nlp)["said"] == ["that the bridge would reopen in spring"]


def test_a_possessive_source_keeps_its_s(nlp: Any) -> None:
    text = "The mayor's claim that the water was safe to drink drew protests."
    found = [c for c in claims(nlp, text) if c.cue.text.endswith("claim")]
    assert [(c.source.span.text, c.source.canonical) for c in found
            if c.source.span is not None] == [("The mayor's", "mayor")]


def test_a_possessive_name_keeps_its_s_and_the_name_goes_without(nlp: Any) -> None:
    text = ("Maria Ellis, the governor, spoke on Monday. Ellis’s assertion that the budget "
            "was balanced surprised nobody.")
    found = [c for c in claims(nlp, text) if c.cue.text.endswith("assertion")]
    assert [(c.source.span.text, c.source.canonical) for c in found
            if c.source.span is not None] == [("Ellis’s", "Maria Ellis")]



def sources_by_cue(text: str, nlp: Any) -> dict[str, str | None]:
    return {c.cue.text: c.source.span.text if c.source.span is not None else None
            for c in claims(nlp, text)}


def test_a_name_and_colon_after_a_dash_introduce_a_quote(nlp: Any) -> None:
    text = ("TURNOUT WAS HIGH IN THE NORTH - Ana Ruiz: “Voters came out in numbers we have not "
            "seen since the last war.”")
    assert sources_by_cue(text, nlp) == {":": "Ana Ruiz"}


def test_two_names_and_a_colon_after_a_dash_introduce_a_quote(nlp: Any) -> None:
    text = ("Turnout was high in the north – Ana Ruiz and Tom Bell: “Voters came out in numbers "
            "we have not seen in years.”")
    assert sources_by_cue(text, nlp) == {":": "Ana Ruiz and Tom Bell"}


def test_a_hyphenated_name_before_a_colon_is_no_dash(nlp: Any) -> None:
    text = "The panel heard from Smith-Jones: “We will not sign anything before the vote.”"
    assert ":" not in sources_by_cue(text, nlp)


def test_as_someone_put_it_before_a_quote(nlp: Any) -> None:
    text = "As the minister put it, “the old rules no longer hold for anyone in this town.”"
    found = [c for c in claims(nlp, text) if c.cue.text == "put it"]
    assert [(c.source.span.text if c.source.span else None, c.content.text) for c in found] == [
        ("the minister", "the old rules no longer hold for anyone in this town.")]


def test_as_someone_put_it_tells_the_clause_it_hangs_from(nlp: Any) -> None:
    text = "As one farmer put it, the rain came far too late for the wheat."
    assert contents_by_cue(text, nlp).get("put it") == ["the rain came far too late for the wheat"]


def test_putting_it_somewhere_is_no_cue(nlp: Any) -> None:
    text = "She put it on the table before the vote and left the room."
    assert [c.cue.text for c in claims(nlp, text)] == []


def test_went_on_to_say_before_a_quote_is_the_whole_cue(nlp: Any) -> None:
    text = ("“We have done what we could,” the mayor said. She went on to say, “The river "
            "will flood again next spring.”")
    assert "went on to say" in contents_by_cue(text, nlp)


def test_went_on_to_say_before_a_clause_is_the_whole_cue(nlp: Any) -> None:
    text = "The mayor went on to say that the bridge would reopen in May."
    assert contents_by_cue(text, nlp)["went on to say"] == ["that the bridge would reopen in May"]


def test_made_it_clear_that_is_a_cue(nlp: Any) -> None:
    text = "The governor made it clear to reporters on Monday that she would veto the bill."
    found = [c for c in claims(nlp, text) if c.cue.text == "made it clear"]
    assert [(c.source.span.text if c.source.span else None, c.content.text) for c in found] == [
        ("The governor", "that she would veto the bill")]


def test_has_made_clear_that_is_a_cue(nlp: Any) -> None:
    text = "The senator has made clear that the bill will not pass this year."
    assert contents_by_cue(text, nlp).get("has made clear") == [
        "that the bill will not pass this year"]


def test_making_a_point_clear_without_a_clause_is_no_claim(nlp: Any) -> None:
    text = "The new signs made the route clear to every driver."
    assert [c.cue.text for c in claims(nlp, text)] == []


def test_a_relative_pronoun_subject_of_the_told_clause_is_told(nlp: Any) -> None:
    text = "He backed the tax cut, which he said had harmed the economy."
    assert contents_by_cue(text, nlp)["said"] == ["which", "had harmed the economy"]


def test_a_relative_pronoun_object_of_the_cue_is_not_told(nlp: Any) -> None:
    text = "The report, which the ministry released on Friday, said that the wells were dry."
    assert contents_by_cue(text, nlp)["said"] == ["that the wells were dry"]


def test_a_relative_clause_after_a_comma_at_the_end_of_the_content_is_left_out(nlp: Any) -> None:
    text = "The mayor said the talks had stalled over the new dam, which was built in 1990."
    assert contents_by_cue(text, nlp)["said"] == ["the talks had stalled over the new dam"]


def test_a_who_clause_at_the_end_of_the_content_stays_told(nlp: Any) -> None:
    # "confirmed the death of X, who was killed when …": what befell the person is often
    # what the source confirms (the reference sample's shelling is reported so)
    text = "The mayor said the deal was signed by Ann Cole, who led the council at the time."
    assert contents_by_cue(text, nlp)["said"] == [
        "the deal was signed by Ann Cole, who led the council at the time"]


def test_a_restrictive_relative_clause_stays_in_the_content(nlp: Any) -> None:
    text = "The mayor said the talks had stalled over the dam that was built in 1990."
    assert contents_by_cue(text, nlp)["said"] == [
        "the talks had stalled over the dam that was built in 1990"]
