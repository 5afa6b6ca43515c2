"""Whom a deed's purpose names is not whom the deed hits: "fired mortar rounds into the town in
order to blame the army" (the bundled demo's wording, in sitrep's own sentences). The first two
failed on main 58096ae (the army became actor2 through the object's phrase, read on to the end
of the sentence); the control passed and pins the purpose that is acted on.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from sitrep.model import Article


def first_event(pipeline: Any, text: str) -> Any:
    events = pipeline.analyze(Article(text=text, origin="test", published=date(2024, 3, 14))).events
    assert events
    return events[0]


@pytest.mark.parametrize("text", [
    "Officials said the insurgents had fired mortar rounds into Kafr Nabl themselves in order "
    "to blame the army.",
    "The rebels fired rockets at the outskirts of the town to provoke the army, a monitor said.",
])
def test_the_party_a_deed_is_pinned_on_is_not_its_target(pipeline: Any, text: str) -> None:
    event = first_event(pipeline, text)
    assert event.actor1 is not None
    assert event.actor2 is None or "Military Forces" not in event.actor2.actor.name
    assert event.actor2 is None or event.actor2.actor.type != "state forces"


def test_a_purpose_that_acts_on_people_names_them(pipeline: Any) -> None:
    event = first_event(pipeline, "Police opened fire to disperse the demonstrators.")
    assert event.actor2 is not None and event.actor2.actor.type == "protesters"


def test_a_place_hit_is_named_by_its_own_name(pipeline: Any) -> None:
    # PLOVER codes the place a violent act hits as its target; the actor is the place itself,
    # not the phrase "town of …" or "eastern edge of …" (the span keeps the phrase)
    event = first_event(pipeline, "Government artillery shelled the eastern edge of Binnish on "
                                  "Monday, a monitor said.")
    assert event.actor2 is not None and event.actor2.actor.name == "Binnish"
    assert event.actor2.span is not None and event.actor2.span.text == "eastern edge of Binnish"
