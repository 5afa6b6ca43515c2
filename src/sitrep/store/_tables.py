"""The rows of the store's tables, the same for every backend: dataclasses in, rows out.

An analysed article becomes one ``articles`` row (its contract record, minus the text,
kept as JSON so :meth:`~sitrep.store.Store.analyses` gives back exactly what was saved) and
typed rows in ``events``, ``claims``, ``toponyms``, ``flags`` and ``dates`` for querying.
Backends differ in their SQL (placeholders, full-text search, JSON access), not in what a row
holds: dates travel as ISO strings, JSON as text. Reading turns a mapping-like row (sqlite3's
``Row``, psycopg's dict rows) back into the query rows of :mod:`sitrep.store._rows`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import UTC, date, datetime
from typing import Any

from sitrep.contract import Record, claim_record, event_record, from_record
from sitrep.model import ActorMention, Analysis, Story
from sitrep.store._rows import ArticleRow, ClaimRow, EventRow

Row = Mapping[str, Any]

ARTICLE_COLUMNS = ("id", "outlet", "author", "title", "published", "url", "language", "origin",
                   "body_start", "text", "ingested_at", "record")
EVENT_COLUMNS = ("id", "article_id", "seq", "event_type", "sub_event_type", "date",
                 "time_precision", "fatalities", "status", "actor1", "actor1_type", "actor2",
                 "actor2_type", "location", "lat", "lon", "geo_precision", "country", "admin1",
                 "confidence", "trigger_start", "trigger_end", "sentence", "claim_id", "record")
CLAIM_COLUMNS = ("id", "article_id", "seq", "source_text", "source_canonical", "source_type",
                 "cue", "content", "kind", "stance", "certainty", "denies", "record")
TOPONYM_COLUMNS = ("article_id", "seq", "start", "end", "text", "name", "geonames_id", "lat",
                   "lon", "country", "record")
FLAG_COLUMNS = ("article_id", "seq", "start", "end", "text", "kind", "term", "confidence")
DATE_COLUMNS = ("article_id", "seq", "start", "end", "text", "date", "time_precision")
STORY_COLUMNS = ("id", "seq", "event_type", "sub_event_type", "place", "date", "corroboration",
                 "outlets", "articles", "contradictions", "sources")
COUNTED_TABLES = ("articles", "events", "claims", "toponyms", "flags", "dates", "stories")

# Rows that one analysed article adds besides its ``articles`` row: (table, columns, rows).
TableRows = tuple[str, Sequence[str], list[tuple[Any, ...]]]


def insert_sql(table: str, columns: Sequence[str], mark: str,
               casts: Mapping[str, str] | None = None) -> str:
    """``INSERT INTO table (columns) VALUES (marks)``, every column name quoted, the value of
    a column in ``casts`` cast to that type."""
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join(f"{mark}::{casts[c]}" if casts and c in casts else mark for c in columns)
    return f"INSERT INTO {table} ({names}) VALUES ({marks})"


def to_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def as_date(value: str | date | None) -> date | None:
    """A date column read back: SQLite gives ISO text, PostgreSQL a ``date``."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value) if value else None


def _name(mention: ActorMention | None) -> str | None:
    return mention.actor.name if mention else None


def _type(mention: ActorMention | None) -> str | None:
    return mention.actor.type if mention else None


# --- writing -----------------------------------------------------------------------------------


def article_values(analysis: Analysis, record: Record, *, keep_text: bool = False) -> tuple[
        Any, ...]:
    """The ``articles`` row. The record leaves out the text (it has its own column) unless
    ``keep_text``: for a backend whose text column cannot hold every character exactly."""
    a = analysis.article
    stored = {key: value for key, value in record.items() if keep_text or key != "text"}
    return (a.id, a.outlet, a.author, a.title, iso(a.published), a.url, a.language, a.origin,
            a.body_start, a.text, datetime.now(UTC).isoformat(timespec="seconds"),
            to_json(stored))


def finding_rows(analysis: Analysis, record: Record) -> Iterator[TableRows]:
    """The rows of each findings table, one table at a time (built as they are asked for)."""
    aid = analysis.article.id
    events = []
    for seq, ev in enumerate(analysis.events):
        loc = ev.location
        place = loc.place if loc else None
        events.append((
            ev.id, aid, seq, ev.event_type, ev.sub_event_type, iso(ev.date),
            ev.time_precision, ev.fatalities, ev.status, _name(ev.actor1), _type(ev.actor1),
            _name(ev.actor2), _type(ev.actor2), place.name if place else None,
            place.lat if place else None, place.lon if place else None,
            loc.geo_precision if loc else None, place.country if place else None,
            place.admin1 if place else None, ev.confidence, ev.trigger.start, ev.trigger.end,
            ev.sentence.text, ev.claim, to_json(event_record(ev)),
        ))
    yield "events", EVENT_COLUMNS, events
    yield "claims", CLAIM_COLUMNS, claim_values(analysis)
    yield "toponyms", TOPONYM_COLUMNS, [
        (aid, seq, t.span.start, t.span.end, t.span.text, t.place.name if t.place else None,
         t.place.geonames_id if t.place else None, t.place.lat if t.place else None,
         t.place.lon if t.place else None, t.place.country if t.place else None, to_json(rec))
        for seq, (t, rec) in enumerate(zip(analysis.places, record["places"], strict=True))]
    yield "flags", FLAG_COLUMNS, [
        (aid, seq, f.span.start, f.span.end, f.span.text, f.kind, f.term, f.confidence)
        for seq, f in enumerate(analysis.flags)]
    yield "dates", DATE_COLUMNS, [
        (aid, seq, d.span.start, d.span.end, d.span.text, iso(d.date), d.time_precision)
        for seq, d in enumerate(analysis.dates)]


def claim_values(analysis: Analysis) -> list[tuple[Any, ...]]:
    return [
        (cl.id, analysis.article.id, seq, cl.source.span.text if cl.source.span else None,
         cl.source.canonical, cl.source.type, cl.cue.text, cl.content.text, cl.kind,
         cl.stance, cl.certainty, cl.denies, to_json(claim_record(cl)))
        for seq, cl in enumerate(analysis.claims)
    ]


def story_values(seq: int, s: Story) -> tuple[Any, ...]:
    return (s.id, seq, s.event_type, s.sub_event_type, s.place, iso(s.date), s.corroboration,
            to_json(list(s.outlets)), to_json(list(s.articles)), to_json(list(s.contradictions)),
            to_json(list(s.sources)))


# --- reading -----------------------------------------------------------------------------------


def _json(value: str | Any) -> Any:
    """A JSON column read back: text (SQLite) or already decoded (psycopg's ``json``)."""
    return json.loads(value) if isinstance(value, str) else value


def analysis_from(record: str | Record, text: str) -> Analysis:
    """The stored record and text column back as the :class:`Analysis` that was saved."""
    rec = dict(_json(record))
    rec.setdefault("text", text)
    return from_record(rec)


def article_row(r: Row) -> ArticleRow:
    return ArticleRow(r["id"], r["outlet"], r["author"], r["title"], as_date(r["published"]),
                      r["url"], r["origin"], r["n_events"], r["n_claims"])


def event_row(r: Row) -> EventRow:
    return EventRow(r["id"], r["article_id"], as_date(r["date"]), r["time_precision"],
                    r["event_type"], r["sub_event_type"], r["actor1"], r["actor2"],
                    r["location"], r["lat"], r["lon"], r["geo_precision"], r["country"],
                    r["fatalities"], r["status"], r["confidence"], r["sentence"], r["outlet"],
                    r["title"], r["origin"], r["same_as"])


def claim_row(r: Row) -> ClaimRow:
    return ClaimRow(r["id"], r["article_id"], r["source_canonical"] or r["source_text"],
                    r["source_type"], r["cue"], r["content"], r["kind"], r["stance"],
                    r["certainty"], r["outlet"], r["title"], as_date(r["published"]))


def story_from(r: Row, members: Mapping[str, list[str]]) -> Story:
    return Story(id=r["id"], events=tuple(members.get(r["id"], ())),
                 articles=tuple(_json(r["articles"])), outlets=tuple(_json(r["outlets"])),
                 event_type=r["event_type"], sub_event_type=r["sub_event_type"],
                 place=r["place"], date=as_date(r["date"]), corroboration=r["corroboration"],
                 contradictions=tuple(_json(r["contradictions"])),
                 sources=tuple(_json(r["sources"])))


def count_rows(scalar: Callable[[str], int], same_as: str) -> dict[str, int]:
    """Rows per kind, ``scalar`` running a count query; ``same_as`` is the backend's SQL for
    an event's ``same_as`` (events count as ACLED counts them: a retelling adds no event)."""
    found = {}
    for table in COUNTED_TABLES:
        found[table] = scalar(f"SELECT count(*) FROM {table}")
        if table == "events":
            found["event mentions"] = found["events"]
            found["events"] -= scalar(f"SELECT count(*) FROM events WHERE {same_as} IS NOT NULL")
    return found
