"""Persistence: analysed articles, their findings and stories, in SQLite.

>>> with open_store("sitrep.db") as store:  # doctest: +SKIP
...     store.save(analysis)
...     rows = store.events(event_type="Battles", since=date(2017, 9, 1))
"""

from __future__ import annotations

from pathlib import Path

from sitrep.store._rows import ArticleRow, ClaimRow, EventRow
from sitrep.store._store import Backend, Store
from sitrep.store.sqlite import open_sqlite
from sitrep.store.sqlite_schema import MIGRATIONS, SCHEMA_VERSION


def open_store(path: str | Path) -> Store:
    """Open the store at ``path`` (a SQLite file, created if missing, or ``":memory:"``).

    Raises :class:`sitrep.errors.StoreError` when the file is not a sitrep store or was
    written by a newer sitrep.
    """
    return Store(open_sqlite(path))


__all__ = [
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "ArticleRow",
    "Backend",
    "ClaimRow",
    "EventRow",
    "Store",
    "open_store",
]
