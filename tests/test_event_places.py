"""Where an event happened when its sentence names no place: "the town" a later paragraph
refers back to, and the article's main place as a reader takes it (the headline's town, not
the dateline's desk).

Written for this round before the rules (sitrep's own article, real town names so the
gazetteer knows them): both checks failed on main 02c4f29, where the retold shelling went to
the dateline's city and "had shelled the town" to the city named last.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sitrep.model import Article, Event

TITLE = "Shelling kills five in Manbij"
TEXT = (
    f"{TITLE}\n\n"
    "ALEPPO — Artillery shells struck a crowded market in the town of Manbij on Friday, "
    "killing five civilians, medics said.\n\n"
    "The shells landed shortly after noon, local residents said.\n\n"
    "Relatives of the dead held a vigil in Aleppo on Saturday.\n\n"
    "The ministry denied that its forces had shelled the town."
)


def _events(pipeline: Any) -> tuple[Event, ...]:
    article = Article(text=TEXT, origin="test", title=TITLE, body_start=len(TITLE) + 2,
                      published=date(2023, 5, 20))
    return pipeline.analyze(article).events


def _place_of(events: tuple[Event, ...], sentence_start: str) -> str | None:
    event = next(e for e in events if e.sentence.text.startswith(sentence_start))
    return event.location.place.name if event.location is not None else None


def test_a_retold_event_goes_to_the_headline_town_not_the_dateline(pipeline: Any) -> None:
    events = _events(pipeline)
    assert _place_of(events, "The shells landed") == "Manbij"


def test_the_town_refers_to_the_town_named_as_one(pipeline: Any) -> None:
    events = _events(pipeline)
    denied = next(e for e in events if e.sentence.text.startswith("The ministry denied"))
    assert denied.location is not None
    assert denied.location.place.name == "Manbij"
    assert denied.location.span is not None and denied.location.span.text == "Manbij"
    assert denied.location.geo_precision == 1
