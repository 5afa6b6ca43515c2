"""The PostgreSQL schema of the store, versioned, and the code that brings a database up to date.

The table ``sitrep_meta`` marks a database (its schema on the ``search_path``, ``public`` by
default) as a sitrep store and holds the schema version. :data:`MIGRATIONS` only grows, as
SQLite's do (:mod:`sitrep.store.sqlite_schema`), but counts on its own: version *n* here is
the *n*-th PostgreSQL migration. All pending ones run in one transaction, under an advisory
lock, so that several workers opening a new database at once create it exactly once.
"""

from __future__ import annotations

from typing import Any

from sitrep.errors import StoreError

APPLICATION = "sitrep store"
# pg_advisory_xact_lock keys: "SITR" for migrations, "STRY" for replacing the stories.
MIGRATION_LOCK = 0x53495452
STORIES_LOCK = 0x53545259

MIGRATIONS: list[str] = [
    # 1: articles, their findings, stories, full-text search vectors (the SQLite schema 2).
    """
    CREATE TABLE sitrep_meta (key text PRIMARY KEY, value text NOT NULL);

    CREATE TABLE articles (
        id text PRIMARY KEY,
        ingest_seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        outlet text, author text, title text, published date, url text,
        language text NOT NULL, origin text NOT NULL, body_start integer NOT NULL,
        text text NOT NULL, ingested_at timestamptz NOT NULL, record json NOT NULL,
        search tsvector NOT NULL
    );
    CREATE INDEX articles_outlet ON articles (lower(outlet));
    CREATE INDEX articles_published ON articles (published);
    CREATE INDEX articles_search ON articles USING gin (search);

    CREATE TABLE events (
        id text PRIMARY KEY,
        article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        seq integer NOT NULL, event_type text NOT NULL, sub_event_type text NOT NULL,
        date date, time_precision integer, fatalities integer, status text NOT NULL,
        actor1 text, actor1_type text, actor2 text, actor2_type text,
        location text, lat double precision, lon double precision, geo_precision integer,
        country text, admin1 text, confidence double precision NOT NULL,
        trigger_start integer NOT NULL, trigger_end integer NOT NULL,
        sentence text NOT NULL, claim_id text, record json NOT NULL, search tsvector NOT NULL
    );
    CREATE INDEX events_article ON events (article_id, seq);
    CREATE INDEX events_type ON events (lower(event_type), lower(sub_event_type));
    CREATE INDEX events_sub_type ON events (lower(sub_event_type));
    CREATE INDEX events_date ON events (date);
    CREATE INDEX events_status ON events (status);
    CREATE INDEX events_country ON events (country);
    CREATE INDEX events_search ON events USING gin (search);

    CREATE TABLE claims (
        id text PRIMARY KEY,
        article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        seq integer NOT NULL, source_text text, source_canonical text, source_type text NOT NULL,
        cue text NOT NULL, content text NOT NULL, kind text NOT NULL, stance text NOT NULL,
        certainty text NOT NULL, denies text, record json NOT NULL, search tsvector NOT NULL
    );
    CREATE INDEX claims_article ON claims (article_id, seq);
    CREATE INDEX claims_source ON claims (lower(source_canonical));
    CREATE INDEX claims_stance ON claims (stance, certainty);
    CREATE INDEX claims_search ON claims USING gin (search);

    CREATE TABLE toponyms (
        article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        seq integer NOT NULL, "start" integer NOT NULL, "end" integer NOT NULL,
        text text NOT NULL, name text, geonames_id bigint, lat double precision,
        lon double precision, country text, record json NOT NULL,
        PRIMARY KEY (article_id, seq)
    );
    CREATE INDEX toponyms_geonames ON toponyms (geonames_id);
    CREATE INDEX toponyms_name ON toponyms (lower(name));

    CREATE TABLE flags (
        article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        seq integer NOT NULL, "start" integer NOT NULL, "end" integer NOT NULL,
        text text NOT NULL, kind text NOT NULL, term text NOT NULL, confidence double precision,
        PRIMARY KEY (article_id, seq)
    );
    CREATE INDEX flags_kind ON flags (kind);

    CREATE TABLE dates (
        article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        seq integer NOT NULL, "start" integer NOT NULL, "end" integer NOT NULL,
        text text NOT NULL, date date, time_precision integer NOT NULL,
        PRIMARY KEY (article_id, seq)
    );

    CREATE TABLE stories (
        id text PRIMARY KEY, seq integer NOT NULL, event_type text NOT NULL,
        sub_event_type text NOT NULL, place text, date date, corroboration integer NOT NULL,
        outlets json NOT NULL, articles json NOT NULL, contradictions json NOT NULL
    );
    CREATE TABLE story_events (
        story_id text NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        seq integer NOT NULL,
        event_id text NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        PRIMARY KEY (story_id, seq)
    );
    CREATE INDEX story_events_event ON story_events (event_id);
    """,
    # 2: the independent sources a story's corroboration counts (SQLite schema 3).
    """
    ALTER TABLE stories ADD COLUMN sources json NOT NULL DEFAULT '[]';
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)


def check_version(conn: Any, location: str) -> int:
    """The schema version of the database; StoreError if newer than known, or not ours."""
    # pg_tables, not to_regclass: a catalog cache may not yet know of a table that another
    # worker created while this one waited for the migration lock
    tables = dict(conn.execute(
        "SELECT tablename = 'sitrep_meta', count(*) FROM pg_tables"
        " WHERE schemaname = current_schema() GROUP BY 1").fetchall())
    if not tables.get(True):
        if tables:
            raise StoreError(f"{location} is a PostgreSQL database but not a sitrep store"
                             f" (its schema holds {tables[False]} other tables)")
        return 0
    meta = dict(conn.execute("SELECT key, value FROM sitrep_meta").fetchall())
    if meta.get("application") != APPLICATION:
        raise StoreError(f"{location} is a PostgreSQL database but not a sitrep store"
                         " (its sitrep_meta table says otherwise)")
    version = int(meta.get("schema_version", "0"))
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{location} has store schema version {version}, but this sitrep knows only up to"
            f" {SCHEMA_VERSION} (PostgreSQL): upgrade sitrep to open it")
    return version


def migrate(conn: Any, location: str) -> None:
    """Apply the pending migrations in one transaction (all or none). ``conn`` is a psycopg
    connection in autocommit mode."""
    import psycopg

    if check_version(conn, location) == SCHEMA_VERSION:
        return  # the common case, without taking the lock
    try:
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
            version = check_version(conn, location)  # again, now that we hold the lock
            for script in MIGRATIONS[version:]:
                conn.execute(script)
            conn.execute(
                "INSERT INTO sitrep_meta (key, value) VALUES ('application', %s),"
                " ('schema_version', %s) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (APPLICATION, str(SCHEMA_VERSION)))
    except psycopg.Error as exc:
        raise StoreError(f"{location}: migrating the store to schema version {SCHEMA_VERSION}"
                         f" failed, nothing was changed: {exc}") from exc
