"""Probes: cues found and then lost (issue 5, cue recall, fourth round). The sentences are ours.

A quote told by a second cue verb of the same speaker, with no subject of its own ("…, adding,
“…”", "… and added, “…”"), was dropped as told inside the first claim's content: the parse
hangs the participle or the conjunct inside the first verb's clause, and the pass that ends
the first content at a second cue (:func:`sitrep.extract.claim_passes.split_run_ons`) looked at
verb claims only, not at quotes. Now the quote ends the first content too and takes its
speaker; a short quote before the second cue that took it for its trailer is the first
claim's words. A quoted phrase ("showing “contempt”") is no statement of its own.
"""

from __future__ import annotations

from typing import Any

from stages import contents_by_cue, sources_by_cue


def test_adding_a_quote_after_a_scare_quote(nlp: Any) -> None:
    text = ('The mayor said the bridge would reopen "within weeks," adding, "We have the money '
            'and the crews are ready."')
    assert sources_by_cue(text, nlp) == {"said": "The mayor", "adding": "The mayor"}
    assert contents_by_cue(text, nlp) == {
        "said": ['the bridge would reopen "within weeks'],
        "adding": ["We have the money and the crews are ready"]}


def test_and_added_a_quote(nlp: Any) -> None:
    text = ('The governor said the budget was balanced and added, "No new taxes will be needed '
            'this year."')
    assert sources_by_cue(text, nlp) == {"said": "The governor", "added": "The governor"}
    assert contents_by_cue(text, nlp)["said"] == ["the budget was balanced"]


def test_explaining_a_quote(nlp: Any) -> None:
    text = ('The minister said the talks had stalled, explaining, "Neither side is willing to '
            'give up the port."')
    assert sources_by_cue(text, nlp) == {"said": "The minister", "explaining": "The minister"}
    assert contents_by_cue(text, nlp) == {
        "said": ["the talks had stalled"],
        "explaining": ["Neither side is willing to give up the port"]}


def test_warning_a_quote_after_a_that_clause(nlp: Any) -> None:
    # control: the participle already stood (its clause is not inside the "that" clause)
    text = ("The farmers' leader told the radio station that the harvest had failed, warning, "
            '"Many families will go hungry this winter."')
    assert sources_by_cue(text, nlp) == {"told": "The farmers' leader",
                                         "warning": "The farmers' leader"}


def test_a_quoted_phrase_is_no_statement(nlp: Any) -> None:
    # control: "showing “contempt”" stays inside what the senator said
    text = 'The senator said his rival was "desperate" and showing "contempt" for the voters.'
    assert contents_by_cue(text, nlp) == {
        "said": ['his rival was "desperate" and showing "contempt" for the voters']}
