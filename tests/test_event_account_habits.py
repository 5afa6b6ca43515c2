"""An account's present tense tells a habit, not an event (issue 3 convention, extended to
accounts): "a report by UN experts that Rwandan troops fight alongside the rebels" is what the
report says happens, as "the ministry says the army targets only militants" is; before this it
was coded an Armed clash of the Military Forces of Rwanda on the day of publication. A past told
in an account ("a report that its troops attacked Goma on Tuesday") stays an event. The
sentences are ours."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from sitrep.model import Article

PUBLISHED = date(2024, 5, 2)

HABITS = [
    "Kigali denies backing the M23, despite a report by UN experts that Rwandan troops fight "
    "alongside the rebels.",
    "Kigali denies the accusation that its troops fight alongside the rebels.",
    "Moscow rejects claims that its jets bomb hospitals in Idlib.",
]

EVENTS = [
    ("Kigali denied a report that its troops attacked Bunagana on Tuesday.", "attacked"),
    ("The report that rebels attacked the town on Monday was confirmed by residents.",
     "attacked"),
]


def triggers(pipeline: Any, text: str) -> list[str]:
    article = Article(text=text, origin="test", published=PUBLISHED)
    return [e.trigger.text for e in pipeline.analyze(article).events]


@pytest.mark.parametrize("text", HABITS)
def test_an_accounts_present_is_a_habit(pipeline: Any, text: str) -> None:
    assert triggers(pipeline, text) == []


@pytest.mark.parametrize(("text", "trigger"), EVENTS)
def test_a_past_told_in_an_account_stays_an_event(pipeline: Any, text: str, trigger: str
                                                   ) -> None:
    assert trigger in triggers(pipeline, text)
