"""A dateline is no part of the speaker (issue 5): "SANAA, Feb 20 - Yemen's Houthi movement
said …" gave the source span "Feb 20 - Yemen's Houthi movement" (the parse leaves the place
out of the phrase and keeps the date; before, only a place in capitals or an agency in
brackets was cut). The sentences are ours; the controls are datelines already cut."""

from __future__ import annotations

from typing import Any

import pytest

from stages import claim_with_cue, source_text

DATELINES = [
    ("SANAA, Feb 20 - Yemen's Houthi movement said on Tuesday it had fired missiles at a cargo "
     "vessel.", "Yemen's Houthi movement"),
    ("GOMA, May 2 - The Congolese army said its forces had withdrawn from the town.",
     "The Congolese army"),
    ("KHARTOUM, May 15 (Reuters) - The army said it had retaken the bridge.", "The army"),
    ("GENEVA — Sen. Ann Cole said the talks failed.", "Sen. Ann Cole"),
]


@pytest.mark.parametrize(("text", "source"), DATELINES)
def test_dateline_is_no_part_of_the_source(nlp: Any, text: str, source: str) -> None:
    assert source_text(claim_with_cue(nlp, text, "said")) == source
