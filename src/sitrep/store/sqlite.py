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

import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

from sitrep.contract import Record, to_record
from sitrep.errors import StoreError
from sitrep.model import Analysis, Story
from sitrep.store import _queries as queries
from sitrep.store import _tables as tables
from sitrep.store._rows import (
    ArticleFilter,
    ArticleRow,
    ClaimFilter,
    ClaimRow,
    EventFilter,
    EventRow,
)
from sitrep.store._store import prepare_or_close
from sitrep.store.sqlite_schema import MIGRATIONS, SCHEMA_VERSION, check_version, migrate

__all__ = ["MIGRATIONS", "SCHEMA_VERSION", "SqliteBackend", "fts_query", "open_sqlite"]

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


SQLITE = queries.Dialect(
    mark="?", same_text="{col} = ? COLLATE NOCASE", find="instr",
    match={alias: f"{alias}.rowid IN (SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH ?)"
           for alias, table in (("a", "articles"), ("e", "events"), ("c", "claims"))},
    search_query=fts_query, same_as="json_extract(e.record, '$.same_as')", ingest_order="rowid",
    nulls_last="{col} IS NULL, {col}", no_limit=-1, nothing="0",
    newest_first="{col} IS NULL, {col} DESC")


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
        self._conn.execute(tables.insert_sql("articles", tables.ARTICLE_COLUMNS, "?"),
                           tables.article_values(analysis, record))

    def _insert_findings(self, analysis: Analysis, record: Record) -> None:
        for table, columns, rows in tables.finding_rows(analysis, record):
            self._conn.executemany(tables.insert_sql(table, columns, "?"), rows)

    def replace_stories(self, stories: Iterable[Story]) -> None:
        self._begin("cannot replace stories")
        try:
            self._conn.execute("DELETE FROM story_events")
            self._conn.execute("DELETE FROM stories")
            for seq, s in enumerate(stories):
                self._conn.execute(tables.insert_sql("stories", tables.STORY_COLUMNS, "?"),
                                   tables.story_values(seq, s))
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
        return tables.analysis_from(row["record"], row["text"])

    def articles(self, f: ArticleFilter) -> list[ArticleRow]:
        return [tables.article_row(r) for r in self._conn.execute(*queries.articles(SQLITE, f))]

    def article_count(self, f: ArticleFilter) -> int:
        return int(self._conn.execute(*queries.article_count(SQLITE, f)).fetchone()[0])

    def outlets(self) -> list[str]:
        return [row[0] for row in self._conn.execute(queries.OUTLETS)]

    def events(self, f: EventFilter) -> list[EventRow]:
        return [tables.event_row(r) for r in self._conn.execute(*queries.events(SQLITE, f))]

    def claims(self, f: ClaimFilter) -> list[ClaimRow]:
        return [tables.claim_row(r) for r in self._conn.execute(*queries.claims(SQLITE, f))]

    def stories(self) -> list[Story]:
        members: dict[str, list[str]] = {}
        for row in self._conn.execute(
                "SELECT story_id, event_id FROM story_events ORDER BY story_id, seq"):
            members.setdefault(row["story_id"], []).append(row["event_id"])
        return [tables.story_from(r, members)
                for r in self._conn.execute("SELECT * FROM stories ORDER BY seq")]

    def counts(self) -> dict[str, int]:
        return tables.count_rows(lambda sql: self._conn.execute(sql).fetchone()[0],
                                 "json_extract(record, '$.same_as')")

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

    def prepare() -> None:
        conn.execute("PRAGMA foreign_keys = ON")
        check_version(conn, location)  # reads the header: refuses a non-database early
        conn.execute("PRAGMA journal_mode = WAL")
        migrate(conn, location)

    prepare_or_close(conn, location, prepare, sqlite3.DatabaseError)
    return SqliteBackend(conn, location)
