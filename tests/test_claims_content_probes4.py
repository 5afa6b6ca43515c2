"""Probes: cue verbs the rules read but dropped for want of a content (issue 5, fourth round
of contents). The sentences are ours.

PolNeAR TRAIN, the lexicon cue verbs that found no content (2,202, 693 of them in a gold cue):
the pool is spread over many small structures. Those with one convention:

- "so" or "otherwise" right after a verb of saying or belief is what is told ("thinks so",
  "would not say so", "suggest otherwise"): 7 of 7 such "so" lie in a gold cue, all with
  "so" for the content.
- "seem like X" tells its subject and X, as "seem to X" does (no source: the writer's
  impression): with a subject, 10 of 12 lie in a gold cue, the subject opening the content
  in all 10.

Controls: "so" before what it modifies ("said so many things") is no content, and a "seem"
with an infinitive (handled before) stays as it was.
"""

from __future__ import annotations

from typing import Any

from stages import contents_by_cue, sources_by_cue


def test_thinks_so(nlp: Any) -> None:
    text = "The foreign minister thinks so, too."
    assert contents_by_cue(text, nlp) == {"thinks": ["so"]}
    assert sources_by_cue(text, nlp) == {"thinks": "The foreign minister"}


def test_would_not_say_so(nlp: Any) -> None:
    text = "If the envoys discussed a truce, neither side would say so."
    assert contents_by_cue(text, nlp).get("would say") == ["so"]


def test_said_so_in_their_ruling(nlp: Any) -> None:
    text = "Two of the three judges said so in their ruling."
    assert contents_by_cue(text, nlp) == {"said": ["so"]}  # the end model ran it on


def test_did_not_believe_so(nlp: Any) -> None:
    text = "The police chief did not believe so."
    assert contents_by_cue(text, nlp) == {"did not believe": ["so"]}


def test_suggest_otherwise(nlp: Any) -> None:
    text = "The official figures suggest otherwise."
    assert contents_by_cue(text, nlp) == {"suggest": ["otherwise"]}


def test_seems_like_a_fair_idea(nlp: Any) -> None:
    text = "This plan seems like a sensible compromise."
    assert contents_by_cue(text, nlp) == {"seems like": ["This plan", "a sensible compromise"]}
    assert sources_by_cue(text, nlp) == {"seems like": ""}


def test_may_seem_like_a_snag(nlp: Any) -> None:
    text = "The delay may seem like a minor setback for the reconstruction effort."
    assert contents_by_cue(text, nlp) == {
        "may seem like": ["The delay", "a minor setback for the reconstruction effort"]}


def test_so_many_things_is_no_content(nlp: Any) -> None:
    text = "The governor said so many things that nobody listened."
    assert "so" not in contents_by_cue(text, nlp).get("said", [])


def test_seem_to_stays_as_it_was(nlp: Any) -> None:
    text = "The ceasefire seems to be holding."
    assert contents_by_cue(text, nlp) == {"seems": ["The ceasefire", "to be holding"]}


def test_sided_with(nlp: Any) -> None:
    text = "At the time, the senator sided with the farmers' union."
    assert contents_by_cue(text, nlp) == {"sided with": ["the farmers' union"]}
    assert sources_by_cue(text, nlp) == {"sided with": "the senator"}


def test_believe_in(nlp: Any) -> None:
    text = "Most of the young volunteers still believe in a negotiated peace."
    assert contents_by_cue(text, nlp) == {"still believe in": ["a negotiated peace"]}


def test_agreed_on(nlp: Any) -> None:
    text = "The two delegations agreed on a prisoner exchange."
    assert contents_by_cue(text, nlp) == {"agreed on": ["a prisoner exchange"]}


def test_pushed_back_on(nlp: Any) -> None:
    text = "The ministry has pushed back on those reports."
    assert contents_by_cue(text, nlp) == {"has pushed back on": ["those reports"]}


def test_agreed_on_a_day_is_no_content(nlp: Any) -> None:
    text = "The commanders agreed on Monday."
    assert "agreed on" not in contents_by_cue(text, nlp)


def test_said_yes(nlp: Any) -> None:
    text = "Asked whether the convoy would be allowed through, the governor said yes."
    assert contents_by_cue(text, nlp).get("said") == ["yes"]


def test_said_no_more_is_no_content(nlp: Any) -> None:
    text = "The spokesman said no more about the convoy."
    assert "no" not in contents_by_cue(text, nlp).get("said", [])
