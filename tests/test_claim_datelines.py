"""A dateline is no part of the speaker (issue 5): "SANAA, Feb 20 - Yemen's Houthi movement
said …" gave the source span "Feb 20 - Yemen's Houthi movement" (the parse leaves the place
out of the phrase and keeps the date; before, only a place in capitals or an agency in
brackets was cut). Nor is the month May a hedge ("GOMA, …, May 2 - …, officials said" was
hedged: the certainty of a content read "may" in its dateline). The sentences are ours; the
controls are datelines already cut and the modal "may"."""

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


MONTHS = [
    # the month in a dateline the content opened with made the claim hedged ("may")
    ("GOMA, Democratic Republic of Congo, May 2 - M23 rebels captured the mining town of Rubaya "
     "on Tuesday, local officials said.", "certain"),
    ("Officials said that on 2 May the rebels attacked Goma.", "certain"),
    # control: the modal
    ("Officials said the rebels may attack Goma next.", "hedged"),
]


@pytest.mark.parametrize(("text", "certainty"), MONTHS)
def test_the_month_may_is_no_hedge(nlp: Any, text: str, certainty: str) -> None:
    assert claim_with_cue(nlp, text, "said").certainty == certainty
