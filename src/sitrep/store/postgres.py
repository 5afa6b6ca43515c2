"""The PostgreSQL backend: one store shared by several processes or machines.

Chosen by :func:`sitrep.store.open_store` for a ``postgresql://`` or ``postgres://`` URL (the
libpq form: ``postgresql://user:password@host:5432/dbname?sslmode=require``; a password may
also come from ``~/.pgpass`` or ``PGPASSWORD``). psycopg 3 is imported only here, so a SQLite
user never loads it. The schema is in :mod:`sitrep.store.postgres_schema`, the rows are the
SQLite backend's (:mod:`sitrep.store._tables`), the full-text search matches as SQLite's does
(:mod:`sitrep.store.postgres_search`).

Each article is saved in its own transaction. Its ``articles`` row goes in first with
``ON CONFLICT DO NOTHING``: when several workers save the same article at once, PostgreSQL
lets exactly one of them in and the others find it stored (``save`` returns False), with no
check-then-insert race. A store whose connection was lost (the server restarted) fails the
save that met the loss and connects again for the next.

Differences from SQLite a user may meet: outlet, type and source filters fold case for every
script (SQLite's ``NOCASE`` folds only A-Z); a NUL character, which a PostgreSQL text column
cannot hold, is stored as U+FFFD in the query columns (the analyses read back keep it).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import urlsplit

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
from sitrep.store.postgres_schema import STORIES_LOCK, migrate
from sitrep.store.postgres_search import search_query, search_vector

__all__ = ["PostgresBackend", "is_postgres_url", "mask_password", "open_postgres"]

SCHEMES = ("postgresql://", "postgres://")
CONNECT_TIMEOUT = 10  # seconds, unless the URL says otherwise
# The column whose words each searchable table indexes.
SEARCHED = {"events": "sentence", "claims": "content"}
VECTOR = {"search": "tsvector"}


def is_postgres_url(location: object) -> bool:
    """Whether ``location`` names a PostgreSQL store (a libpq URL) rather than a SQLite file."""
    return isinstance(location, str) and location.lower().startswith(SCHEMES)


def mask_password(url: str) -> str:
    """``url`` with its password, in the user part or a ``password=`` parameter, as ``***``."""
    parts = urlsplit(url)
    user, at, hosts = parts.netloc.rpartition("@")
    if at and ":" in user:
        user = user.split(":", 1)[0] + ":***"
    query = re.sub(r"(^|&)(password=)[^&]*", r"\1\2***", parts.query, flags=re.IGNORECASE)
    return (f"{parts.scheme}://{user}{at}{hosts}{parts.path}" + (f"?{query}" if query else "")
            + (f"#{parts.fragment}" if parts.fragment else ""))


def _passwords(dsn: str) -> list[str]:
    """The password(s) written in ``dsn`` (a URL or ``key=value`` words), raw and decoded, to
    scrub from messages."""
    from urllib.parse import unquote

    found = re.findall(r"(?:^|[?&])password=([^&#]*)", dsn, flags=re.IGNORECASE)
    found += [v.strip("'") for v in re.findall(r"\bpassword\s*=\s*('(?:[^'\\]|\\.)*'|\S+)",
                                               dsn, flags=re.IGNORECASE)]
    if is_postgres_url(dsn):
        user = urlsplit(dsn).netloc.rpartition("@")[0]
        found += [user.split(":", 1)[1]] if ":" in user else []
    return sorted({p for secret in found if secret for p in (secret, unquote(secret))},
                  key=len, reverse=True)


def _storable(value: Any) -> Any:
    """A value a PostgreSQL text column can hold (NUL is the one character it cannot)."""
    return value.replace("\x00", "\ufffd") if isinstance(value, str) else value


POSTGRES = queries.Dialect(
    mark="%s", same_text="lower({col}) = lower(?)", find="strpos",
    match={alias: f"{alias}.search @@ %s::tsquery" for alias in "aec"},
    search_query=search_query, same_as="e.record ->> 'same_as'", ingest_order="ingest_seq",
    nulls_last="{col} ASC NULLS LAST", no_limit=None, nothing="FALSE", value=_storable,
    newest_first="{col} DESC NULLS LAST")


class PostgresBackend:
    """The store in one PostgreSQL database. Build it with :func:`open_postgres`."""

    def __init__(self, conn: Any, location: str, dsn: str) -> None:
        self._conn = conn
        self._dsn = dsn
        self.location = location

    @property
    def _db(self) -> Any:
        """The connection; a new one when the last was lost (the server restarted, the session
        was ended), so that one failed save does not fail every later one of a long run."""
        if self._conn.broken:
            self._conn = _connect(self._dsn, self.location)
        return self._conn

    # --- writing --------------------------------------------------------------------------

    def save(self, analysis: Analysis) -> bool:
        import psycopg

        article = analysis.article
        try:
            if self.has_article(article.id):
                return False  # the common re-ingest, answered cheaply; ON CONFLICT decides
            with self._db.transaction():
                record = to_record(analysis)
                if not self._insert_article(analysis, record):
                    return False  # stored already (perhaps by another worker just now)
                self._insert_findings(analysis, record)
        except psycopg.OperationalError as exc:
            raise StoreError(f"{article.origin}: article {article.id} was not stored:"
                             f" {self.location}: {exc}") from exc
        except Exception as exc:
            raise StoreError(
                f"{article.origin}: article {article.id} was not stored: {exc}") from exc
        return True

    def _insert_article(self, analysis: Analysis, record: Record) -> bool:
        text = analysis.article.text
        values = tables.article_values(analysis, record, keep_text="\x00" in text)
        sql = tables.insert_sql("articles", (*tables.ARTICLE_COLUMNS, "search"), "%s", VECTOR)
        row = self._db.execute(
            sql + " ON CONFLICT (id) DO NOTHING RETURNING 1",
            [*map(_storable, values), search_vector(analysis.article.title, text)]).fetchone()
        return row is not None

    def _insert_findings(self, analysis: Analysis, record: Record) -> None:
        # one pipeline: every table's rows go to the server in one round trip
        with self._db.pipeline(), self._db.cursor() as cur:
            for table, columns, rows in tables.finding_rows(analysis, record):
                if not rows:
                    continue
                values = [list(map(_storable, row)) for row in rows]
                if table in SEARCHED:
                    at = columns.index(SEARCHED[table])
                    for row, stored in zip(rows, values, strict=True):
                        stored.append(search_vector(row[at]))
                    columns = (*columns, "search")
                cur.executemany(tables.insert_sql(table, columns, "%s", VECTOR), values)

    def has_article(self, article_id: str) -> bool:
        return self._one("SELECT 1 FROM articles WHERE id = %s", (article_id,)) is not None

    def replace_stories(self, stories: Iterable[Story]) -> None:
        import psycopg

        try:
            with self._db.transaction(), self._db.cursor() as cur:
                cur.execute("SELECT pg_advisory_xact_lock(%s)", (STORIES_LOCK,))
                cur.execute("DELETE FROM story_events")
                cur.execute("DELETE FROM stories")
                for seq, s in enumerate(stories):
                    cur.execute(tables.insert_sql("stories", tables.STORY_COLUMNS, "%s"),
                                tables.story_values(seq, s))
                    cur.executemany(
                        "INSERT INTO story_events (story_id, seq, event_id) VALUES (%s,%s,%s)",
                        [(s.id, i, event_id) for i, event_id in enumerate(s.events)])
        except Exception as exc:
            hint = (" (a story names an event that is not stored)"
                    if isinstance(exc, psycopg.errors.ForeignKeyViolation) else "")
            raise StoreError(f"stories not replaced, the old ones are kept: {exc}{hint}") from exc

    # --- reading --------------------------------------------------------------------------

    def analyses(self, article_ids: Iterable[str] | None = None) -> Iterator[Analysis]:
        if article_ids is None:
            # in batches by ingest order: bounded memory, and no transaction held open between
            # them (a save made while the caller iterates commits at once, as always)
            after = 0
            while batch := self._db.execute(
                    "SELECT ingest_seq, record, text FROM articles WHERE ingest_seq > %s"
                    " ORDER BY ingest_seq LIMIT 200", (after,)).fetchall():
                after = batch[-1][0]
                yield from (tables.analysis_from(record, text) for _, record, text in batch)
            return
        wanted = list(dict.fromkeys(article_ids))
        for i in range(0, len(wanted), 500):
            chunk = wanted[i:i + 500]
            found = {row[0]: row for row in self._db.execute(
                "SELECT id, record, text FROM articles WHERE id = ANY(%s)", (chunk,))}
            yield from (tables.analysis_from(found[aid][1], found[aid][2])
                        for aid in chunk if aid in found)

    def articles(self, f: ArticleFilter) -> list[ArticleRow]:
        return [tables.article_row(r) for r in self._rows(*queries.articles(POSTGRES, f))]

    def article_count(self, f: ArticleFilter) -> int:
        return int(self._one(*queries.article_count(POSTGRES, f))[0])

    def outlets(self) -> list[str]:
        return [row[0] for row in self._db.execute(queries.OUTLETS)]

    def events(self, f: EventFilter) -> list[EventRow]:
        return [tables.event_row(r) for r in self._rows(*queries.events(POSTGRES, f))]

    def claims(self, f: ClaimFilter) -> list[ClaimRow]:
        return [tables.claim_row(r) for r in self._rows(*queries.claims(POSTGRES, f))]

    def stories(self) -> list[Story]:
        members: dict[str, list[str]] = {}
        for story_id, event_id in self._db.execute(
                "SELECT story_id, event_id FROM story_events ORDER BY story_id, seq"):
            members.setdefault(story_id, []).append(event_id)
        return [tables.story_from(r, members)
                for r in self._rows("SELECT * FROM stories ORDER BY seq", ())]

    def counts(self) -> dict[str, int]:
        return tables.count_rows(lambda sql: self._one(sql, ())[0], "record ->> 'same_as'")

    def _rows(self, sql: str, params: Any) -> list[dict[str, Any]]:
        from psycopg.rows import dict_row

        # never prepared: a generic plan cannot see the search or the filter values, and it
        # made the claims search+stance listing 4x slower once the tables had statistics
        with self._db.cursor(row_factory=dict_row) as cur:
            return cur.execute(sql, params, prepare=False).fetchall()

    def _one(self, sql: str, params: Any) -> Any:
        return self._db.execute(sql, params).fetchone()

    def close(self) -> None:
        self._conn.close()


def _connect(dsn: str, location: str) -> Any:
    """A psycopg connection (autocommit) to ``dsn``; StoreError naming ``location`` and the
    reason, with any password in the reason masked, when the server cannot be reached."""
    import psycopg

    try:
        return psycopg.connect(dsn, autocommit=True)
    except psycopg.Error as exc:
        raise StoreError(f"cannot open store {location}: {_reason(exc, dsn)}") from None


def _reason(exc: Exception, dsn: str) -> str:
    """libpq's or psycopg's message on one line, any password of ``dsn`` in it masked (a
    malformed URL is quoted back in it)."""
    reason = " ".join(str(exc).split())
    for secret in _passwords(dsn):
        reason = reason.replace(secret, "***")
    return reason


def open_postgres(url: str) -> PostgresBackend:
    """Connect to the PostgreSQL store at ``url``, creating or migrating its schema as needed.

    StoreError names the location (password masked) and the reason when the server is down,
    refuses, or the database is not a sitrep store or is newer than this sitrep.
    """
    location = mask_password(url)
    try:
        import psycopg
        from psycopg.conninfo import conninfo_to_dict, make_conninfo
    except ImportError as exc:
        raise StoreError(f"cannot open store {location}: the PostgreSQL driver is missing"
                         " (pip install 'psycopg[binary]')") from exc
    try:
        dsn = url if "connect_timeout" in conninfo_to_dict(url) else make_conninfo(
            url, connect_timeout=CONNECT_TIMEOUT)
    except psycopg.Error as exc:
        raise StoreError(f"cannot open store {location}: {_reason(exc, url)}") from None
    conn = _connect(dsn, location)
    prepare_or_close(conn, location, lambda: migrate(conn, location), psycopg.Error)
    return PostgresBackend(conn, location, dsn)
