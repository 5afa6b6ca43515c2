"""Armed men named by the group they belong to are that group: "fighters of the Northern Dawn
Front", "the terrorists of the so-called X" (the demo's Damascus article: "battles with the
terrorists of the so-called Northern Dawn Front" had ACLED's Unidentified Armed Group as
actor2). Written by the lead (stop 20); the passages are ours. Before the change 2 of the 3
probes failed ("the militants of X" was read already); the 2 controls passed.
"""

from __future__ import annotations

from typing import Any

import pytest

from sitrep.model import Article


def _actor2(pipeline: Any, text: str, trigger: str) -> str | None:
    events = pipeline.analyze(Article(text=text, origin="test")).events
    event = next(e for e in events if e.trigger.text == trigger)
    return event.actor2.actor.name if event.actor2 else None


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("The army fought fierce battles with fighters of the Northern Dawn Front near Saraqib.",
     "fought", "Northern Dawn Front"),
    ("Units of the army liberated the town of Saraqib after two days of fierce battles with "
     "the terrorists of the so-called Northern Dawn Front.", "battles", "Northern Dawn Front"),
    ("The army fought fierce battles with the militants of the Northern Dawn Front near "
     "Saraqib.", "fought", "Northern Dawn Front"),
    # controls: a generic group of a place, and no group named
    ("The army clashed with militants of the village near Saraqib.", "clashed",
     "Unidentified Armed Group (Syria)"),
    ("The army fought militants near Saraqib.", "fought", "Unidentified Armed Group (Syria)"),
])
def test_members_are_their_group(pipeline: Any, text: str, trigger: str,
                                 expected: str) -> None:
    assert _actor2(pipeline, text, trigger) == expected
