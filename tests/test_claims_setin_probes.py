"""Probes: a cue set inside what it tells ("X, she said, Y"; issue 5).

Written for this round; the sentences are ours. PolNeAR marks the content of a cue and its
source set off by commas inside a sentence as the words on both sides: "X" and "Y", two
fragments. The rules kept only the part after the cue when the parser hung the words before
it on the cue verb (an adverbial clause, a fronted subject) or when a quotation follows.
On PolNeAR train the rule (claim_spans.set_in) changed 73 claims whose cue matches gold: 51
now equal gold that did not, 8 equalled gold and no longer do (mostly a time or place phrase
the annotators left out: "In both cases, X said, …"), 14 were wrong before and after. The
first three probes failed before; the fourth (the parser hangs the cue on the clause, as the
rules already handled) and the fifth (no comma after the cue: the opening phrase stays out)
passed and pin what holds.
"""

from __future__ import annotations

from typing import Any

from stages import contents_by_cue


def test_a_fronted_clause_before_a_set_in_cue_is_told(nlp: Any) -> None:
    text = ("Before the storm reached the coast, the mayor said, most residents had already "
            "left the island.")
    assert contents_by_cue(text, nlp)["said"] == [
        "Before the storm reached the coast", "most residents had already left the island"]


def test_a_subject_before_a_set_in_according_to_is_told(nlp: Any) -> None:
    text = "Ticket sales, according to the organisers, have doubled since the spring."
    assert contents_by_cue(text, nlp)["according to"] == [
        "Ticket sales", "have doubled since the spring"]


def test_a_subject_before_a_set_in_cue_and_a_quote_is_told(nlp: Any) -> None:
    text = "The harvest, the old farmer said, “was the worst we have had in twenty years.”"
    assert contents_by_cue(text, nlp)["said"] == [
        "The harvest", "was the worst we have had in twenty years"]


def test_a_subject_before_a_set_in_cue_is_told(nlp: Any) -> None:
    text = "The new bridge, the engineers said, will carry twice as many trucks as the old one."
    assert contents_by_cue(text, nlp)["said"] == [
        "The new bridge", "will carry twice as many trucks as the old one"]


def test_an_opening_phrase_before_a_cue_without_a_comma_after_it_stays_out(nlp: Any) -> None:
    text = "In a statement on Monday, the ministry said the talks would resume next week."
    assert contents_by_cue(text, nlp)["said"] == ["the talks would resume next week"]


# The mirror case: a content before a cue set off by commas, and a "because" or "that" clause
# after it ("X, he said, because Y"). PolNeAR train: the clause is told too in 10 of 10 such
# claims the rules left it out of ("because" 4, "that" 6); other words after the trailer are
# mostly the writer's ("…, he said, adding …", "…, who …": 38 "who" and 19 "adding" left out,
# 1 in), so they stay out. The first two probes failed before (the parser hangs the clause on
# the cue verb); the third passed and pins the participle.
def test_a_because_clause_after_a_set_in_cue_is_told(nlp: Any) -> None:
    text = ("Voters are tired of the old parties, Ms. Ruiz said, because nothing has changed "
            "in years.")
    assert contents_by_cue(text, nlp)["said"] == [
        "Voters are tired of the old parties", "because nothing has changed in years"]


def test_a_because_clause_after_an_insisting_cue_is_told(nlp: Any) -> None:
    text = ("There is no chance of a strike this winter, the union leaders insist, because the "
            "contract runs until June.")
    assert contents_by_cue(text, nlp)["insist"] == [
        "There is no chance of a strike this winter", "because the contract runs until June"]


def test_a_participle_after_a_set_in_cue_stays_out(nlp: Any) -> None:
    text = ("The school will stay closed, the principal said, adding that the roof was "
            "damaged in the storm.")
    assert contents_by_cue(text, nlp)["said"] == ["The school will stay closed"]
