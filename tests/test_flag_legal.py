"""A crime named as the law names it is the charge, not loaded language: "charged with
murder", "two counts of attempted murder", "convicted of first-degree murder" (the
flagsneutral round found "murder" as a legal charge the commonest lexicon flag on neutral
local news). The writer's own word for a deed stays flagged. Written by the lead (stop 20);
the three charges were flagged before, the controls passed.
"""

from __future__ import annotations

from typing import Any

import pytest

from sitrep.extract.flags import extract_lexicon_flags
from sitrep.model import Article


def _flagged(nlp: Any, text: str) -> list[str]:
    return [f.span.text for f in extract_lexicon_flags(nlp(text),
                                                       article=Article(text=text, origin="t"))]


@pytest.mark.parametrize("text", [
    "He was charged with murder on Monday.",
    "The man faces two counts of attempted murder.",
    "She was convicted of first-degree murder in 2019.",
])
def test_a_charge_is_not_flagged(nlp: Any, text: str) -> None:
    assert "murder" not in _flagged(nlp, text)


@pytest.mark.parametrize("text", [
    "This is murder, plain and simple, the activist said.",
    "The regime is committing murder in Idlib every day.",
])
def test_the_writer_s_word_is_flagged(nlp: Any, text: str) -> None:
    assert "murder" in _flagged(nlp, text)
