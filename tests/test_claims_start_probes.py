"""Probes: where an indirect content STARTS (issue 5).

Written for this round; the sentences are ours. PolNeAR train, cue matching gold, content
told by a passive or raising cue through an infinitive ("X is expected to …"): the gold
content is the subject and the infinitive, two fragments, in 16 of 20 such claims with the
cue "expected" (4 are the infinitive alone), and that holds when the subject is a relative
pronoun ("which is expected to draw …": "which" + "to draw …"). The rules took a named
subject in already; the first two probes failed before, the third passed and pins a named
subject. ("It is expected to …" is left as it was: with "it" gold took the subject in 3 of
the 5 claims a rule for it changed on train, a coin flip.)
"""

from __future__ import annotations

from typing import Any

from stages import contents_by_cue


def test_a_relative_pronoun_subject_of_an_expected_infinitive_is_told(nlp: Any) -> None:
    text = ("The budget vote, which is expected to pass easily on Thursday, will end a long "
            "dispute in the assembly.")
    assert contents_by_cue(text, nlp)["is expected"] == ["which", "to pass easily on Thursday"]


def test_a_who_subject_of_an_expected_infinitive_is_told(nlp: Any) -> None:
    text = ("The mayor met the new police chief, who is expected to announce sweeping changes "
            "to the force next month.")
    assert contents_by_cue(text, nlp)["is expected"] == [
        "who", "to announce sweeping changes to the force next month"]


def test_a_named_subject_of_an_expected_infinitive_is_told(nlp: Any) -> None:
    text = "The governor is expected to sign the water bill before the end of the week."
    assert contents_by_cue(text, nlp)["is expected"] == [
        "The governor", "to sign the water bill before the end of the week"]


# A bare relative clause (no relative pronoun) whose cue verb takes an infinitive with no
# object of its own: the noun the clause hangs from is what the infinitive is about, and
# PolNeAR train marks it with the infinitive ("The things he wants / to accomplish"): 6 of 6
# such claims with a gold content, none the infinitive alone. Two probes failed before; the
# third, with an object of the infinitive's own, passed and pins that it stays as it is.
def test_the_noun_a_bare_relative_cue_hangs_from_is_told(nlp: Any) -> None:
    text = "The reforms the minister wants to pass this year worry the unions."
    assert contents_by_cue(text, nlp)["wants"] == ["The reforms", "to pass this year"]


def test_the_noun_before_a_hoped_for_infinitive_is_told(nlp: Any) -> None:
    text = "It was not the result the coalition had hoped to see on election night."
    assert contents_by_cue(text, nlp)["had hoped"] == ["the result", "to see on election night"]


def test_an_infinitive_with_its_own_object_stays_alone(nlp: Any) -> None:
    text = "Officials who want to close the border met on Monday."
    assert contents_by_cue(text, nlp)["want"] == ["to close the border"]


# A quotation that opens inside its sentence, told by a cue after it: PolNeAR train tells the
# words before the quote with it (from the sentence's start in 82 such claims, the quote alone
# in 23, mostly after a colon or a dash). The first probe failed before; the other two passed
# and pin what stays as it was: a quote a colon introduces, words with a cue of their own.
def test_a_partial_quote_is_told_from_its_sentence_start(nlp: Any) -> None:
    text = "The new levy is “a tax on every family in the valley,” the farmers' union said."
    assert contents_by_cue(text, nlp)["said"] == [
        "The new levy is “a tax on every family in the valley"]


def test_a_quote_after_a_colon_is_told_alone(nlp: Any) -> None:
    text = ("The minister gave one reason for the delay: “the pipes arrived late and broken,” "
            "his spokeswoman said.")
    assert contents_by_cue(text, nlp)["said"] == ["the pipes arrived late and broken"]


def test_words_with_a_cue_of_their_own_stay_out_of_a_trailing_quote(nlp: Any) -> None:
    text = ("The mayor claimed the plant was “safe for the town and its rivers,” the paper "
            "reported.")
    assert contents_by_cue(text, nlp)["reported"] == ["safe for the town and its rivers"]


# A quote inside the clause a cue tells ('told reporters that the bill was “dead”'): PolNeAR
# train starts the content at the clause ("that …"), not at the hearer or the time before
# it: 22 claims of "tell" started at the hearer where gold starts at "that" (the quote rule
# cut the content from the cue's end), none the other way. Starting at the clause changed 71
# claims on train: 57 now equal gold, 2 no longer do. The first probe failed before; the
# second passed and pins a clause right after the cue.
def test_the_hearer_before_a_mixed_quote_is_left_out(nlp: Any) -> None:
    text = ("The senator told reporters on Friday that the bill “will never make it out of "
            "committee.”")
    assert contents_by_cue(text, nlp)["told"] == [
        "that the bill “will never make it out of committee"]


def test_a_mixed_quote_right_after_its_cue_starts_at_the_clause(nlp: Any) -> None:
    text = "The senator said that the bill “will never make it out of committee.”"
    assert contents_by_cue(text, nlp)["said"] == [
        "that the bill “will never make it out of committee"]


# A "that" after the cue and a comma before the quote ('said that in a final, “…”'): the quote
# is part of the that-clause, and PolNeAR train starts the content at "that" in 11 of 11 such
# claims (the rules told the quote alone, a comma before a quote being read as introducing
# it). The probe failed before.
def test_a_quote_after_that_and_a_comma_is_told_from_that(nlp: Any) -> None:
    text = "The coach said that in a cup final, “anything can happen to anyone on the day.”"
    assert contents_by_cue(text, nlp)["said"] == [
        "that in a cup final, “anything can happen to anyone on the day"]
