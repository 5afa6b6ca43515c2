"""Claims told of no one (issue 5): "No group claimed responsibility" says that nothing was
claimed; it is no claim of a source "No group" (before this, it was one: source "No group",
cue "claimed", asserts, certain). Also "Neither side commented", "None of the officials would
confirm", "Nobody claimed the attack". Only cues of claiming, commenting, confirming and
responding: PolNeAR marks other cues of a subject naming no one as attributions ("No one knows
what the field will look like", "none has said they want …": 41 gold cues on such verbs in its
train split), so those stay claims. The sentences are ours, in the register of wire copy; the
controls keep "no one" inside a content and a group that did claim."""

from __future__ import annotations

from typing import Any

import pytest

from stages import claims_in, source_text

NOBODY = [
    "No group claimed responsibility.",
    "A bomb exploded at a market in Goma, killing five people. No group has claimed "
    "responsibility for the attack.",
    "Neither side commented on the report.",
    "None of the officials would confirm the death toll.",
    "Nobody claimed the attack on the convoy.",
]


@pytest.mark.parametrize("text", NOBODY)
def test_a_subject_naming_no_one_makes_no_claim(nlp: Any, text: str) -> None:
    found = claims_in(nlp, text)
    assert found == (), [(source_text(c), c.cue.text, c.content.text) for c in found]


def test_no_one_inside_what_was_said_is_kept(nlp: Any) -> None:
    found = claims_in(nlp, "The army said no one was hurt in the shelling of Kherson.")
    assert [(source_text(c), c.cue.text, c.content.text) for c in found] == [
        ("The army", "said", "no one was hurt in the shelling of Kherson")]


def test_a_named_group_claiming_responsibility_is_kept(nlp: Any) -> None:
    found = claims_in(nlp, "Islamic State claimed responsibility for the attack.")
    assert [(source_text(c), c.cue.text) for c in found] == [("Islamic State", "claimed")]
