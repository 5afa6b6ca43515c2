"""The SQLite schema of the store, versioned, and the code that brings a file up to date.

``PRAGMA user_version`` holds the schema version, ``PRAGMA application_id`` marks the file
as a sitrep store. :data:`MIGRATIONS` only grows: migration *n* takes a store from version
*n - 1* to *n*; all pending ones are applied in one transaction when a store is opened.
The statements that read and write rows are in :mod:`sitrep.store.sqlite`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

from sitrep.errors import StoreError

# "SITR": marks a SQLite file as a sitrep store (PRAGMA application_id).
APPLICATION_ID = 0x53495452

MIGRATIONS: list[str] = [
    # 1: articles, their findings, stories, full-text indexes.
    """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY, outlet TEXT, author TEXT, title TEXT, published TEXT, url TEXT,
        language TEXT NOT NULL, origin TEXT NOT NULL, body_start INTEGER NOT NULL,
        text TEXT NOT NULL, ingested_at TEXT NOT NULL, record TEXT NOT NULL
    );
    CREATE INDEX articles_outlet ON articles (outlet COLLATE NOCASE);
    CREATE INDEX articles_published ON articles (published);

    CREATE TABLE events (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL, event_type TEXT NOT NULL, sub_event_type TEXT NOT NULL,
        date TEXT, time_precision INTEGER, fatalities INTEGER, status TEXT NOT NULL,
        actor1 TEXT, actor1_type TEXT, actor2 TEXT, actor2_type TEXT,
        location TEXT, lat REAL, lon REAL, geo_precision INTEGER, country TEXT, admin1 TEXT,
        confidence REAL NOT NULL, trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL,
        sentence TEXT NOT NULL, claim_id TEXT, record TEXT NOT NULL
    );
    CREATE INDEX events_article ON events (article_id, seq);
    CREATE INDEX events_type ON events (event_type, sub_event_type);
    CREATE INDEX events_date ON events (date);
    CREATE INDEX events_status ON events (status);
    CREATE INDEX events_country ON events (country);

    CREATE TABLE claims (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL, source_text TEXT, source_canonical TEXT, source_type TEXT NOT NULL,
        cue TEXT NOT NULL, content TEXT NOT NULL, kind TEXT NOT NULL, stance TEXT NOT NULL,
        certainty TEXT NOT NULL, denies TEXT, record TEXT NOT NULL
    );
    CREATE INDEX claims_article ON claims (article_id, seq);
    CREATE INDEX claims_source ON claims (source_canonical COLLATE NOCASE);
    CREATE INDEX claims_stance ON claims (stance, certainty);

    CREATE TABLE toponyms (
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL, "start" INTEGER NOT NULL, "end" INTEGER NOT NULL,
        text TEXT NOT NULL, name TEXT, geonames_id INTEGER, lat REAL, lon REAL, country TEXT,
        record TEXT NOT NULL,
        PRIMARY KEY (article_id, seq)
    );
    CREATE INDEX toponyms_geonames ON toponyms (geonames_id);
    CREATE INDEX toponyms_name ON toponyms (name COLLATE NOCASE);

    CREATE TABLE flags (
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL, "start" INTEGER NOT NULL, "end" INTEGER NOT NULL,
        text TEXT NOT NULL, kind TEXT NOT NULL, term TEXT NOT NULL,
        PRIMARY KEY (article_id, seq)
    );
    CREATE INDEX flags_kind ON flags (kind);

    CREATE TABLE dates (
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL, "start" INTEGER NOT NULL, "end" INTEGER NOT NULL,
        text TEXT NOT NULL, date TEXT, time_precision INTEGER NOT NULL,
        PRIMARY KEY (article_id, seq)
    );

    CREATE TABLE stories (
        id TEXT PRIMARY KEY, seq INTEGER NOT NULL, event_type TEXT NOT NULL,
        sub_event_type TEXT NOT NULL, place TEXT, date TEXT, corroboration INTEGER NOT NULL,
        outlets TEXT NOT NULL, articles TEXT NOT NULL, contradictions TEXT NOT NULL
    );
    CREATE TABLE story_events (
        story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        PRIMARY KEY (story_id, seq)
    );
    CREATE INDEX story_events_event ON story_events (event_id);

    CREATE VIRTUAL TABLE articles_fts USING fts5 (
        title, text, content='articles', tokenize='unicode61 remove_diacritics 2');
    CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;
    CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, title, text)
        VALUES ('delete', old.rowid, old.title, old.text);
    END;
    CREATE VIRTUAL TABLE events_fts USING fts5 (
        sentence, content='events', tokenize='unicode61 remove_diacritics 2');
    CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN
        INSERT INTO events_fts (rowid, sentence) VALUES (new.rowid, new.sentence);
    END;
    CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN
        INSERT INTO events_fts (events_fts, rowid, sentence)
        VALUES ('delete', old.rowid, old.sentence);
    END;
    CREATE VIRTUAL TABLE claims_fts USING fts5 (
        content, content='claims', tokenize='unicode61 remove_diacritics 2');
    CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN
        INSERT INTO claims_fts (rowid, content) VALUES (new.rowid, new.content);
    END;
    CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
        INSERT INTO claims_fts (claims_fts, rowid, content)
        VALUES ('delete', old.rowid, old.content);
    END;
    """,
    # 2: a trained-model flag's confidence (NULL for lexicon flags and for flags stored before).
    """
    ALTER TABLE flags ADD COLUMN confidence REAL;
    """,
    # 3: the independent sources a story's corroboration counts (empty for stories linked
    # before; the next link, as every analyze ends with, fills them).
    """
    ALTER TABLE stories ADD COLUMN sources TEXT NOT NULL DEFAULT '[]';
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)


def _statements(script: str) -> Iterator[str]:
    """The complete statements of ``script`` (trigger bodies kept whole)."""
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            yield pending.strip()
            pending = ""
    if pending.strip():
        raise ValueError(f"incomplete SQL statement in a migration: {pending.strip()[:60]}")


def check_version(conn: sqlite3.Connection, location: str) -> int:
    """The schema version of the open file; StoreError if newer than known, or not ours."""
    version: int = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{location} has store schema version {version}, but this sitrep knows only up to"
            f" {SCHEMA_VERSION}: upgrade sitrep to open it")
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    foreign = app_id not in (0, APPLICATION_ID) or (
        version == 0 and conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0])
    if foreign:
        raise StoreError(f"{location} is a SQLite database but not a sitrep store")
    return version


def migrate(conn: sqlite3.Connection, location: str) -> None:
    """Apply the pending migrations in one transaction (all or none)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        version = check_version(conn, location)  # again, now that we hold the write lock
        for script in MIGRATIONS[version:]:
            for statement in _statements(script):
                conn.execute(statement)
        if version < SCHEMA_VERSION:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        _rollback(conn)
        raise StoreError(f"{location}: migrating the store to schema version {SCHEMA_VERSION}"
                         f" failed, nothing was changed: {exc}") from exc
    except BaseException:
        _rollback(conn)
        raise


def _rollback(conn: sqlite3.Connection) -> None:
    if conn.in_transaction:
        conn.execute("ROLLBACK")
