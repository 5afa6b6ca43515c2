"""Probes: a participle cue on a message its speaker issued, hung on the issuing verb (issue 5,
cue recall round, helper cuebe).

Written for this round; the sentences are ours. After a time, a recipient or a comma the
parser hangs the participle of "released a statement Wednesday, saying …" on "released" (an
adverbial clause), not on "statement": the cue still runs from the issuing verb to the
participle, as PolNeAR marks it, and "issued a statement on | Friday" is no light-verb claim of
its own. A participle after another kind of verb ("met reporters, saying …") keeps its own cue.
"""

from __future__ import annotations

from typing import Any

from stages import contents_by_cue, sources_by_cue


def test_a_participle_after_a_time_runs_from_the_issuing_verb(nlp: Any) -> None:
    text = "The senator released a statement Wednesday saying the plan was dead."
    assert sources_by_cue(text, nlp) == {
        "released a statement Wednesday saying": "The senator"}
    assert contents_by_cue(text, nlp) == {
        "released a statement Wednesday saying": ["the plan was dead"]}


def test_a_participle_after_a_comma_runs_from_the_issuing_verb(nlp: Any) -> None:
    text = "The mayor issued a statement on Friday night, condemning the attack as cowardly."
    assert sources_by_cue(text, nlp) == {
        "issued a statement on Friday night, condemning": "The mayor"}


def test_a_question_told_in_a_statement_runs_from_the_issuing_verb(nlp: Any) -> None:
    text = "The union released a statement Tuesday questioning whether the ruling was fair."
    assert contents_by_cue(text, nlp) == {
        "released a statement Tuesday questioning": ["whether the ruling was fair"]}


def test_a_participle_on_the_noun_still_runs_from_the_issuing_verb(nlp: Any) -> None:
    text = "The governor released a statement saying that the budget would be balanced."
    assert sources_by_cue(text, nlp) == {"released a statement saying": "The governor"}


def test_a_participle_after_another_verb_keeps_its_own_cue(nlp: Any) -> None:
    text = "The minister met reporters on Monday, saying the talks had failed."
    assert sources_by_cue(text, nlp) == {"saying": "The minister"}
