"""The SQLite backend: the statements that read and write the store's rows.

One file, WAL journal, foreign keys on; the schema and its migrations are in
:mod:`sitrep.store.sqlite_schema`, applied when a store is opened. Each article is written
in its own ``BEGIN IMMEDIATE`` transaction, so a failure while saving one article leaves
neither a part of it nor any change to another behind.

The full contract record of an article (``to_record`` minus the text, which has its own
column) is kept in ``articles.record``: :meth:`SqliteBackend.analyses` reads it back, so
what comes out equals what went in. The other tables are typed projections for querying.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sitrep.contract import Record, claim_record, event_record, from_record, to_record
from sitrep.errors import StoreError
from sitrep.model import ActorMention, Analysis, Story
from sitrep.store._rows import (
    ArticleFilter,
    ArticleRow,
    ClaimFilter,
    ClaimRow,
    EventFilter,
    EventRow,
)
from sitrep.store.sqlite_schema import MIGRATIONS, SCHEMA_VERSION, check_version, migrate

__all__ = ["MIGRATIONS", "SCHEMA_VERSION", "SqliteBackend", "fts_query", "open_sqlite"]

COUNTED_TABLES = ("articles", "events", "claims", "toponyms", "flags", "dates", "stories")


def fts_query(text: str) -> str | None:
    """``text`` as a safe FTS5 query: every word a quoted phrase, all required.

    A trailing ``*`` keeps its prefix meaning. Words without a letter or digit are dropped;
    None means nothing searchable was left. NUL characters, which would end the query early
    inside SQLite, count as spaces.
    """
    terms = []
    for word in text.replace("\x00", " ").split():
        prefix = word.endswith("*")
        word = word.rstrip("*")
        if not any(ch.isalnum() for ch in word):
            continue
        terms.append('"' + word.replace('"', '""') + '"' + ("*" if prefix else ""))
    return " ".join(terms) or None


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _name(mention: ActorMention | None) -> str | None:
    return mention.actor.name if mention else None


def _type(mention: ActorMention | None) -> str | None:
    return mention.actor.type if mention else None


class SqliteBackend:
    """The store on one SQLite file. Build it with :func:`open_sqlite`."""

    def __init__(self, conn: sqlite3.Connection, location: str) -> None:
        self._conn = conn
        self.location = location

    # --- writing --------------------------------------------------------------------------

    def save(self, analysis: Analysis) -> bool:
        article = analysis.article
        self._begin(f"{article.origin}: cannot store article {article.id}")
        try:
            if self._conn.execute("SELECT 1 FROM articles WHERE id = ?", (article.id,)).fetchone():
                self._conn.execute("ROLLBACK")
                return False
            record = to_record(analysis)
            self._insert_article(analysis, record)
            self._insert_events(analysis)
            self._insert_claims(analysis)
            self._insert_findings(analysis, record)
            self._conn.execute("COMMIT")
        except Exception as exc:
            self._rollback()
            raise StoreError(
                f"{article.origin}: article {article.id} was not stored: {exc}") from exc
        except BaseException:
            self._rollback()
            raise
        return True

    def has_article(self, article_id: str) -> bool:
        row = self._conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,))
        return row.fetchone() is not None

    def _insert_article(self, analysis: Analysis, record: Record) -> None:
        a = analysis.article
        stored = {key: value for key, value in record.items() if key != "text"}
        self._conn.execute(
            "INSERT INTO articles (id, outlet, author, title, published, url, language, origin,"
            " body_start, text, ingested_at, record) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (a.id, a.outlet, a.author, a.title, _iso(a.published), a.url, a.language, a.origin,
             a.body_start, a.text, datetime.now(UTC).isoformat(timespec="seconds"),
             _json(stored)),
        )

    def _insert_events(self, analysis: Analysis) -> None:
        rows = []
        for seq, ev in enumerate(analysis.events):
            loc = ev.location
            place = loc.place if loc else None
            rows.append((
                ev.id, analysis.article.id, seq, ev.event_type, ev.sub_event_type, _iso(ev.date),
                ev.time_precision, ev.fatalities, ev.status, _name(ev.actor1), _type(ev.actor1),
                _name(ev.actor2), _type(ev.actor2), place.name if place else None,
                place.lat if place else None, place.lon if place else None,
                loc.geo_precision if loc else None, place.country if place else None,
                place.admin1 if place else None, ev.confidence, ev.trigger.start, ev.trigger.end,
                ev.sentence.text, ev.claim, _json(event_record(ev)),
            ))
        self._conn.executemany(
            "INSERT INTO events (id, article_id, seq, event_type, sub_event_type, date,"
            " time_precision, fatalities, status, actor1, actor1_type, actor2, actor2_type,"
            " location, lat, lon, geo_precision, country, admin1, confidence, trigger_start,"
            " trigger_end, sentence, claim_id, record)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            rows,
        )

    def _insert_claims(self, analysis: Analysis) -> None:
        rows = [
            (cl.id, analysis.article.id, seq, cl.source.span.text if cl.source.span else None,
             cl.source.canonical, cl.source.type, cl.cue.text, cl.content.text, cl.kind,
             cl.stance, cl.certainty, cl.denies, _json(claim_record(cl)))
            for seq, cl in enumerate(analysis.claims)
        ]
        self._conn.executemany(
            "INSERT INTO claims (id, article_id, seq, source_text, source_canonical, source_type,"
            " cue, content, kind, stance, certainty, denies, record)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            rows,
        )

    def _insert_findings(self, analysis: Analysis, record: Record) -> None:
        aid = analysis.article.id
        self._conn.executemany(
            'INSERT INTO toponyms (article_id, seq, "start", "end", text, name, geonames_id,'
            " lat, lon, country, record) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            [(aid, seq, t.span.start, t.span.end, t.span.text,
              t.place.name if t.place else None, t.place.geonames_id if t.place else None,
              t.place.lat if t.place else None, t.place.lon if t.place else None,
              t.place.country if t.place else None, _json(rec))
             for seq, (t, rec) in enumerate(zip(analysis.places, record["places"], strict=True))],
        )
        self._conn.executemany(
            'INSERT INTO flags (article_id, seq, "start", "end", text, kind, term, confidence)'
            " VALUES (?,?,?,?,?,?,?,?)",
            [(aid, seq, f.span.start, f.span.end, f.span.text, f.kind, f.term, f.confidence)
             for seq, f in enumerate(analysis.flags)],
        )
        self._conn.executemany(
            'INSERT INTO dates (article_id, seq, "start", "end", text, date, time_precision)'
            " VALUES (?,?,?,?,?,?,?)",
            [(aid, seq, d.span.start, d.span.end, d.span.text, _iso(d.date), d.time_precision)
             for seq, d in enumerate(analysis.dates)],
        )

    def replace_stories(self, stories: Iterable[Story]) -> None:
        self._begin("cannot replace stories")
        try:
            self._conn.execute("DELETE FROM story_events")
            self._conn.execute("DELETE FROM stories")
            for seq, s in enumerate(stories):
                self._conn.execute(
                    "INSERT INTO stories (id, seq, event_type, sub_event_type, place, date,"
                    " corroboration, outlets, articles, contradictions)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?)",
                    (s.id, seq, s.event_type, s.sub_event_type, s.place, _iso(s.date),
                     s.corroboration, _json(list(s.outlets)), _json(list(s.articles)),
                     _json(list(s.contradictions))),
                )
                self._conn.executemany(
                    "INSERT INTO story_events (story_id, seq, event_id) VALUES (?,?,?)",
                    [(s.id, i, event_id) for i, event_id in enumerate(s.events)],
                )
            self._conn.execute("COMMIT")
        except Exception as exc:
            self._rollback()
            hint = " (a story names an event that is not stored)" if isinstance(
                exc, sqlite3.IntegrityError) and "FOREIGN KEY" in str(exc) else ""
            raise StoreError(f"stories not replaced, the old ones are kept: {exc}{hint}") from exc
        except BaseException:
            self._rollback()
            raise

    def _begin(self, what: str) -> None:
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise StoreError(f"{what}: {self.location}: {exc}") from exc

    def _rollback(self) -> None:
        if self._conn.in_transaction:
            self._conn.execute("ROLLBACK")

    # --- reading --------------------------------------------------------------------------

    def analyses(self, article_ids: Iterable[str] | None = None) -> Iterator[Analysis]:
        if article_ids is None:
            cursor = self._conn.execute("SELECT record, text FROM articles ORDER BY rowid")
            while batch := cursor.fetchmany(200):
                for row in batch:
                    yield self._analysis(row)
            return
        wanted = list(dict.fromkeys(article_ids))
        for i in range(0, len(wanted), 500):
            chunk = wanted[i:i + 500]
            marks = ",".join("?" * len(chunk))
            found = {
                row["id"]: row for row in self._conn.execute(
                    f"SELECT id, record, text FROM articles WHERE id IN ({marks})", chunk)
            }
            yield from (self._analysis(found[aid]) for aid in chunk if aid in found)

    @staticmethod
    def _analysis(row: sqlite3.Row) -> Analysis:
        record = json.loads(row["record"])
        record["text"] = row["text"]
        return from_record(record)

    def articles(self, f: ArticleFilter) -> list[ArticleRow]:
        where, params = self._where(
            [("a.outlet = ? COLLATE NOCASE", f.outlet), ("a.published >= ?", _iso(f.since)),
             ("a.published <= ?", _iso(f.until))],
            f.search, "a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
        rows = self._conn.execute(
            "SELECT a.id, a.outlet, a.author, a.title, a.published, a.url, a.origin,"
            " (SELECT count(*) FROM events e WHERE e.article_id = a.id) AS n_events,"
            " (SELECT count(*) FROM claims c WHERE c.article_id = a.id) AS n_claims"
            f" FROM articles a {where}"
            " ORDER BY a.published IS NULL, a.published, a.rowid LIMIT ?",
            [*params, self._limit(f.limit)],
        )
        return [
            ArticleRow(r["id"], r["outlet"], r["author"], r["title"], _date(r["published"]),
                       r["url"], r["origin"], r["n_events"], r["n_claims"])
            for r in rows
        ]

    def events(self, f: EventFilter) -> list[EventRow]:
        where, params = self._where(
            [("a.outlet = ? COLLATE NOCASE", f.outlet),
             ("e.event_type = ? COLLATE NOCASE", f.event_type),
             ("e.sub_event_type = ? COLLATE NOCASE", f.sub_event_type),
             ("e.date >= ?", _iso(f.since)), ("e.date <= ?", _iso(f.until)),
             ("e.status = ?", f.status)],
            f.search, "e.rowid IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)")
        rows = self._conn.execute(
            "SELECT e.*, a.outlet, a.title, a.origin,"
            " json_extract(e.record, '$.same_as') AS same_as FROM events e"
            f" JOIN articles a ON a.id = e.article_id {where}"
            " ORDER BY e.date IS NULL, e.date, a.rowid, e.seq LIMIT ?",
            [*params, self._limit(f.limit)],
        )
        return [
            EventRow(r["id"], r["article_id"], _date(r["date"]), r["time_precision"],
                     r["event_type"], r["sub_event_type"], r["actor1"], r["actor2"],
                     r["location"], r["lat"], r["lon"], r["geo_precision"], r["country"],
                     r["fatalities"], r["status"], r["confidence"], r["sentence"], r["outlet"],
                     r["title"], r["origin"], r["same_as"])
            for r in rows
        ]

    def claims(self, f: ClaimFilter) -> list[ClaimRow]:
        # a joint source ("Government of Russia and Government of Syria") answers to each name
        source = ("(c.source_canonical = ? COLLATE NOCASE OR c.source_text = ? COLLATE NOCASE"
                  " OR instr(lower(' and ' || c.source_canonical || ' and '),"
                  " lower(' and ' || ? || ' and ')) > 0)", f.source)
        where, params = self._where(
            [("a.outlet = ? COLLATE NOCASE", f.outlet), source, ("c.stance = ?", f.stance),
             ("c.certainty = ?", f.certainty)],
            f.search, "c.rowid IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?)")
        rows = self._conn.execute(
            "SELECT c.*, a.outlet, a.title, a.published FROM claims c"
            f" JOIN articles a ON a.id = c.article_id {where}"
            " ORDER BY a.published IS NULL, a.published, a.rowid, c.seq LIMIT ?",
            [*params, self._limit(f.limit)],
        )
        return [
            ClaimRow(r["id"], r["article_id"], r["source_canonical"] or r["source_text"],
                     r["source_type"], r["cue"], r["content"], r["kind"], r["stance"],
                     r["certainty"], r["outlet"], r["title"], _date(r["published"]))
            for r in rows
        ]

    @staticmethod
    def _where(conditions: Sequence[tuple[str, Any]], search: str | None,
               match: str) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        for clause, value in conditions:
            if value is not None:
                clauses.append(clause)
                params.extend([value] * clause.count("?"))
        if search is not None and search.strip():
            query = fts_query(search)
            if query is None:
                clauses.append("0")  # nothing searchable: no match rather than everything
            else:
                clauses.append(match)
                params.append(query)
        return ("WHERE " + " AND ".join(clauses) if clauses else ""), params

    @staticmethod
    def _limit(limit: int | None) -> int:
        return -1 if limit is None else max(limit, 0)

    def stories(self) -> list[Story]:
        members: dict[str, list[str]] = {}
        for row in self._conn.execute(
                "SELECT story_id, event_id FROM story_events ORDER BY story_id, seq"):
            members.setdefault(row["story_id"], []).append(row["event_id"])
        return [
            Story(id=r["id"], events=tuple(members.get(r["id"], ())),
                  articles=tuple(json.loads(r["articles"])),
                  outlets=tuple(json.loads(r["outlets"])), event_type=r["event_type"],
                  sub_event_type=r["sub_event_type"], place=r["place"], date=_date(r["date"]),
                  corroboration=r["corroboration"],
                  contradictions=tuple(json.loads(r["contradictions"])))
            for r in self._conn.execute("SELECT * FROM stories ORDER BY seq")
        ]

    def counts(self) -> dict[str, int]:
        found = {}
        for table in COUNTED_TABLES:
            found[table] = self._conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            if table == "events":  # as ACLED counts them: a retelling adds no event
                retold = self._conn.execute(
                    "SELECT count(*) FROM events"
                    " WHERE json_extract(record, '$.same_as') IS NOT NULL").fetchone()[0]
                found["event mentions"] = found["events"]
                found["events"] -= retold
        return found

    def close(self) -> None:
        self._conn.close()


def open_sqlite(path: str | Path) -> SqliteBackend:
    """Open (creating and migrating as needed) the SQLite store at ``path``."""
    location = str(path)
    try:
        conn = sqlite3.connect(location, isolation_level=None, timeout=10.0)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open store {location}: {exc}") from exc
    conn.row_factory = sqlite3.Row
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        check_version(conn, location)  # reads the header: refuses a non-database early
        conn.execute("PRAGMA journal_mode = WAL")
        migrate(conn, location)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError(f"{location} is not a usable sitrep store: {exc}") from exc
    except BaseException:
        conn.close()
        raise
    return SqliteBackend(conn, location)
