"""Probes: where a claim's content starts and ends (issue 5, content spans, round 2).

Written for this round; the sentences are ours. The conventions are PolNeAR's, measured on its
training split: a quote that opens inside its sentence and is told by a cue after it is told
with the words before it, one word ("But", "Voters") or a phrase set off by a comma ("Sooner
or later,"), not after a colon or a dash; an indirect content ends where the clause told ends,
with the clause or reason it holds, and without a note of the writer's set off by a comma
(passes since round 3: extract/content_trims.py). The first three failed before this round;
the others passed and pin what stays.
"""

from __future__ import annotations

from typing import Any

from stages import contents_by_cue

# A quote opening inside its sentence, told by a cue after it.


def test_one_word_before_a_quote_is_told_with_it(nlp: Any) -> None:
    text = "Farmers “have not seen rain like this in forty years,” the agronomist said."
    assert contents_by_cue(text, nlp)["said"] == [
        "Farmers “have not seen rain like this in forty years"]


def test_a_connective_before_a_quote_is_told_with_it(nlp: Any) -> None:
    text = "But “the harvest will come in late this year,” the cooperative's manager said."
    assert contents_by_cue(text, nlp)["said"] == [
        "But “the harvest will come in late this year"]


def test_a_phrase_set_off_by_a_comma_before_a_quote_is_told_with_it(nlp: Any) -> None:
    text = "Sooner or later, “the old bridge will have to be rebuilt,” the engineer warned."
    assert contents_by_cue(text, nlp)["warned"] == [
        "Sooner or later, “the old bridge will have to be rebuilt"]


def test_a_quote_after_a_colon_is_told_alone(nlp: Any) -> None:
    text = "Her answer was short: “We will not leave the valley,” the village elder said."
    assert contents_by_cue(text, nlp)["said"] == ["We will not leave the valley"]


def test_a_quote_after_a_dash_is_told_alone(nlp: Any) -> None:
    text = "The crowd had one demand — “Open the border crossing now,” a protester said."
    assert contents_by_cue(text, nlp)["said"] == ["Open the border crossing now"]


# An indirect content: where the clause told ends.


def test_a_note_of_the_writer_after_a_comma_is_not_told(nlp: Any) -> None:
    text = ("The airline announced it would cut 900 jobs, a move that surprised most of its "
            "pilots.")
    assert contents_by_cue(text, nlp)["announced"] == ["it would cut 900 jobs"]


def test_a_clause_joined_by_and_with_its_own_subject_stays_told(nlp: Any) -> None:
    text = ("The ministry said the dam had been repaired and the water supply would resume "
            "on Friday.")
    assert contents_by_cue(text, nlp)["said"] == [
        "the dam had been repaired and the water supply would resume on Friday"]


def test_a_purpose_clause_of_the_content_stays_told(nlp: Any) -> None:
    text = "The mayor said the city would borrow money to rebuild the flooded schools."
    assert contents_by_cue(text, nlp)["said"] == [
        "the city would borrow money to rebuild the flooded schools"]


def test_a_reason_clause_of_the_content_stays_told(nlp: Any) -> None:
    text = ("The engineer said the tunnel was closed because water had seeped through the "
            "walls.")
    assert contents_by_cue(text, nlp)["said"] == [
        "the tunnel was closed because water had seeped through the walls"]


def test_a_content_opening_the_article_starts_after_its_dateline(nlp: Any) -> None:
    # the place and date the story was filed from are the writer's, not the source's words
    text = ("HOMS, May 2, 2024 — Army units cleared the last checkpoint on the highway, a "
            "military source told the agency.")
    assert contents_by_cue(text, nlp)["told"] == [
        "Army units cleared the last checkpoint on the highway"]
    text = "Lagos (AFP) – The strike closed every port on Monday, union leaders said."
    assert contents_by_cue(text, nlp)["said"] == ["The strike closed every port on Monday"]
