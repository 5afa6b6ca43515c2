"""Retellings counted once: ACLED CSV rows, GeoJSON features, the report's counts and tolls.

A retelling (an event with ``same_as``) stays in the JSONL contract; the outputs that count
events count the real event once, with the most conservative toll its mentions give.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from datetime import date

from sitrep.contract import from_record, to_record
from sitrep.extract.retellings import conservative_toll, merged, real_events
from sitrep.model import (
    Actor,
    ActorMention,
    Analysis,
    Article,
    Event,
    Location,
    Place,
    Span,
)
from sitrep.outputs import render_report, to_geojson, write_acled_csv
from sitrep.store import open_store

TEXT = ("Artillery shelled Kafr Nabl on Monday, killing nine civilians. The shelling hit a "
        "bakery, and twelve people were killed, residents said.")
ARTICLE = Article(text=TEXT, origin="test", outlet="Wire", published=date(2024, 3, 12))
ARMY = ActorMention(Actor("Military Forces of Syria", "state forces", "SY", 1), None)
KAFR_NABL = Location(Place("Kafr Nabl", 35.61, 36.56, 169304, "P", "PPL", "SY"), 1)


def _span(needle: str) -> Span:
    start = TEXT.index(needle)
    return Span(start, start + len(needle), needle)


LEAD = Event(id="lead", event_type="Explosions/Remote violence",
             sub_event_type="Shelling/artillery/missile attack", trigger=_span("shelled"),
             sentence=_span(TEXT[:TEXT.index(" The")]), actor1=ARMY, actor2=None,
             location=None, date=date(2024, 3, 11), fatalities=9)
RETOLD = replace(LEAD, id="retold", trigger=_span("shelling"),
                 sentence=_span(TEXT[TEXT.index("The"):]), actor1=None, location=KAFR_NABL,
                 fatalities=12, same_as="lead")
ANALYSIS = Analysis(article=ARTICLE, events=(LEAD, RETOLD))


def test_the_toll_of_one_event_is_the_lowest_its_mentions_give_never_the_sum() -> None:
    assert conservative_toll([9, 12]) == 9
    assert conservative_toll([None, 4]) == 4
    assert conservative_toll([None, None]) is None
    real = merged(LEAD, (RETOLD,))
    assert real.fatalities == 9 and real.id == "lead"
    # the head lacks a place, its retelling gives one; the head's actor is kept
    assert real.location == KAFR_NABL and real.actor1 == ARMY


def test_a_retelling_is_listed_under_its_head() -> None:
    assert real_events(ANALYSIS.events) == [(LEAD, (RETOLD,))]
    # a same_as that names no event of the article is no retelling
    stray = replace(RETOLD, same_as="elsewhere")
    assert real_events((LEAD, stray)) == [(LEAD, ()), (stray, ())]


def test_same_as_round_trips_in_the_contract() -> None:
    record = to_record(ANALYSIS)
    assert [e["same_as"] for e in record["events"]] == [None, "lead"]
    assert from_record(json.loads(json.dumps(record))) == ANALYSIS


def test_acled_csv_has_one_row_per_real_event() -> None:
    out = io.StringIO(newline="")
    with open_store(":memory:") as store:  # exported from the store, as `sitrep export` does
        store.save(ANALYSIS)
        assert write_acled_csv(store.analyses(), out) == 1
    (row,) = csv.DictReader(io.StringIO(out.getvalue(), newline=""))
    assert row["sitrep_event_id"] == "lead" and row["fatalities"] == "9"
    assert row["sitrep_retellings"] == "retold" and row["location"] == "Kafr Nabl"


def test_geojson_has_one_feature_per_real_event() -> None:
    collection = to_geojson([ANALYSIS])
    (feature,) = collection["features"]
    assert feature["properties"]["fatalities"] == 9
    assert feature["properties"]["retellings"] == ["retold"]
    assert collection["sitrep:unlocated"] == 0


def test_the_report_counts_real_events_and_shows_the_retelling() -> None:
    html = render_report([ANALYSIS], [])
    assert "<b>1</b> events (2 mentions)" in html
    assert "retold: " in html and html.count("<td>9</td>") == 1


def test_the_store_counts_real_events_and_the_table_marks_the_retelling() -> None:
    from rich.console import Console

    from sitrep.outputs.tables import events_table

    with open_store(":memory:") as store:
        store.save(ANALYSIS)
        counts = store.counts()
        rows = store.events()
    assert counts["events"] == 1 and counts["event mentions"] == 2
    assert [(r.id, r.same_as) for r in rows] == [("lead", None), ("retold", "lead")]
    console = Console(width=200, record=True)
    console.print(events_table(rows))
    assert console.export_text().count("retells an earlier event") == 1
