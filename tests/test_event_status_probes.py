"""Event status from the claim it rests on and the words around it (issue 3): asserted by the
outlet, reported by a named source, unconfirmed, or denied.

Written by the lead before the rule, sitrep's own sentences. First pass 7 of 12 (the five
hedged or unverified reports below were "reported" or "asserted"); the controls passed before.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from sitrep.model import Article

PROBES = [
    ("Government jets bombed a market in Ariha on Monday, killing six people.", "asserted"),
    ("Activists said government jets bombed a market in Ariha on Monday, killing six people.",
     "reported"),
    ("According to the Syrian Observatory, jets bombed a market in Ariha on Monday.", "reported"),
    # a hedge with no named source: the outlet does not vouch for it and names no one who does
    ("Jets reportedly bombed a market in Ariha on Monday, killing six people.", "unconfirmed"),
    ("Jets allegedly bombed a market in Ariha on Monday, killing six people.", "unconfirmed"),
    ("Video posted online appears to show jets bombing a market in Ariha on Monday.",
     "unconfirmed"),
    # unverified in the claim's source, not in the event's clause
    ("Unconfirmed reports said jets bombed a market in Ariha on Monday.", "unconfirmed"),
    ("The defence ministry denied that its jets had bombed a market in Ariha on Monday.",
     "denied"),
    ("Residents said jets bombed a market in Ariha on Monday, but the army rejected the "
     "accusation.", "denied"),
    ("Jets bombed a market in Ariha on Monday, activists said, a claim the government denied.",
     "denied"),
    ("Rebels claimed they shot down a helicopter near Saraqib on Monday.", "reported"),
    ("An apparent suicide bombing killed five people at a market in Kabul on Friday.",
     "unconfirmed"),
]

CONTROLS = [
    # a hedge on a participant is no hedge on the event
    ("Suspected militants attacked a checkpoint near Baiji on Sunday, killing two soldiers.",
     "asserted"),
    ("Alleged members of the militia kidnapped a journalist in Tripoli on Monday.", "asserted"),
    # a named source's hedge: reported by that source
    ("Officials said the blast was likely caused by a car bomb that killed three people in "
     "Tikrit.", "reported"),
]


def _statuses(pipeline: Any, text: str) -> list[str]:
    article = Article(text=text, origin="test", published=date(2024, 3, 12))
    return [e.status for e in pipeline.analyze(article).events]


@pytest.mark.parametrize(("text", "status"), PROBES + CONTROLS)
def test_event_status(pipeline: Any, text: str, status: str) -> None:
    assert _statuses(pipeline, text) == [status]
