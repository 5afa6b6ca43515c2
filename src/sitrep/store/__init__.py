"""Persistence: analysed articles, their findings and stories, in SQLite or PostgreSQL.

>>> with open_store("sitrep.db") as store:  # doctest: +SKIP
...     store.save(analysis)
...     rows = store.events(event_type="Battles", since=date(2017, 9, 1))

A SQLite file serves one machine; a PostgreSQL database (``open_store("postgresql://…")``)
is one store shared by several processes or machines, e.g. Dask workers.
"""

from __future__ import annotations

from pathlib import Path

from sitrep.store._rows import ArticleRow, ClaimRow, EventRow
from sitrep.store._store import Backend, Store
from sitrep.store.postgres import is_postgres_url, mask_password
from sitrep.store.sqlite import open_sqlite
from sitrep.store.sqlite_schema import MIGRATIONS, SCHEMA_VERSION


def open_store(location: str | Path) -> Store:
    """Open the store at ``location``: a ``postgresql://`` or ``postgres://`` URL (libpq form,
    ``postgresql://user:password@host:5432/dbname``) is a PostgreSQL database; anything else
    is a SQLite file (created if missing) or ``":memory:"``. A new database or file gets the
    store's schema; an older one is migrated.

    Raises :class:`sitrep.errors.StoreError` when the server cannot be reached (naming the
    location, its password masked, and the reason), or the database or file is not a sitrep
    store, or was written by a newer sitrep.
    """
    if is_postgres_url(location):
        from sitrep.store.postgres import open_postgres

        return Store(open_postgres(str(location)))
    return Store(open_sqlite(location))


__all__ = [
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "ArticleRow",
    "Backend",
    "ClaimRow",
    "EventRow",
    "Store",
    "is_postgres_url",
    "mask_password",
    "open_store",
]
