"""A toll told in the next paragraph is not the toll of the event before it (issue 3). "…
saying fighting for the village continues.\\n\\nIn the occupied city of Donetsk, officials
accused Ukrainian forces of shelling a market, killing two civilians." gave the fighting of the
first paragraph the two dead of the second (the second's killing, told as a toll, was merged
into the event of the sentence before, which ended two characters earlier: the blank line).
The sentences are ours."""

from __future__ import annotations

from datetime import date
from typing import Any

from sitrep.model import Article, Event

PUBLISHED = date(2024, 5, 23)


def events_of(pipeline: Any, text: str) -> list[Event]:
    return list(pipeline.analyze(Article(text=text, origin="test", published=PUBLISHED)).events)


def test_a_toll_of_the_next_paragraph_stays_there(pipeline: Any) -> None:
    text = ("Ukraine's General Staff denied the claim, saying fighting for the village "
            "continues.\n\nIn the occupied city of Donetsk, officials accused Ukrainian forces "
            "of shelling a market, killing two civilians.")
    events = events_of(pipeline, text)
    first = [e for e in events if e.trigger.text == "fighting"]
    assert first and first[0].fatalities is None, [(e.trigger.text, e.fatalities) for e in events]
    second = [e for e in events if e.sentence.start > text.index("\n\n")]
    assert [e.fatalities for e in second] == [2], [(e.trigger.text, e.fatalities) for e in events]

