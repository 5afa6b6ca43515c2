"""The :class:`Store`: what the rest of sitrep calls, whatever database sits underneath.

The methods build a filter and hand it to a backend (see :class:`Backend`); the SQL lives
in the backend modules, SQLite's (:mod:`sitrep.store.sqlite`) and PostgreSQL's
(:mod:`sitrep.store.postgres`); :func:`sitrep.store.open_store` chooses one from the location.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import date
from types import TracebackType
from typing import Any, Protocol

from sitrep.errors import StoreError
from sitrep.model import Analysis, Story
from sitrep.store._rows import (
    ArticleFilter,
    ArticleRow,
    ClaimFilter,
    ClaimRow,
    EventFilter,
    EventRow,
)


class Backend(Protocol):
    """What a database backend provides to :class:`Store`."""

    location: str

    def save(self, analysis: Analysis) -> bool: ...
    def has_article(self, article_id: str) -> bool: ...
    def analyses(self, article_ids: Iterable[str] | None = None) -> Iterator[Analysis]: ...
    def articles(self, f: ArticleFilter) -> list[ArticleRow]: ...
    def article_count(self, f: ArticleFilter) -> int: ...
    def outlets(self) -> list[str]: ...
    def events(self, f: EventFilter) -> list[EventRow]: ...
    def claims(self, f: ClaimFilter) -> list[ClaimRow]: ...
    def replace_stories(self, stories: Iterable[Story]) -> None: ...
    def stories(self) -> list[Story]: ...
    def counts(self) -> dict[str, int]: ...
    def close(self) -> None: ...


def prepare_or_close(conn: Any, location: str, prepare: Callable[[], None],
                     database_error: type[Exception]) -> None:
    """Run ``prepare`` (version checks, migrations) on a backend's new connection; on any
    failure close the connection, a database error turned into StoreError naming ``location``."""
    try:
        prepare()
    except database_error as exc:
        conn.close()
        raise StoreError(f"{location} is not a usable sitrep store: {exc}") from exc
    except BaseException:
        conn.close()
        raise


class Store:
    """Analysed articles, their findings and the stories linking them, persisted.

    Use as a context manager, or call :meth:`close`. Every write is transactional; a
    failure raises :class:`sitrep.errors.StoreError` and leaves the store as it was.
    """

    def __init__(self, backend: Backend) -> None:
        self._backend = backend

    @property
    def location(self) -> str:
        return self._backend.location

    def save(self, analysis: Analysis) -> bool:
        """Store one analysed article; False (and nothing changed) when already stored."""
        return self._backend.save(analysis)

    def has_article(self, article_id: str) -> bool:
        """Whether an article with this id is stored (so re-ingesting it can be skipped)."""
        return self._backend.has_article(article_id)

    def analyses(self, article_ids: Iterable[str] | None = None) -> Iterator[Analysis]:
        """Stored analyses, equal to what was saved: all in ingest order, or the given ids
        in the order given (unknown ids are skipped)."""
        return self._backend.analyses(article_ids)

    def articles(self, *, outlet: str | None = None, since: date | None = None,
                 until: date | None = None, search: str | None = None,
                 limit: int | None = None, newest: bool = False) -> list[ArticleRow]:
        """Articles by publication date, oldest first (``newest``: newest first; the undated
        last either way); ``search`` is full-text over title and text."""
        return self._backend.articles(ArticleFilter(outlet, since, until, search, limit, newest))

    def article_count(self, *, outlet: str | None = None, since: date | None = None,
                      until: date | None = None, search: str | None = None) -> int:
        """How many articles :meth:`articles` lists with these filters and no limit."""
        return self._backend.article_count(ArticleFilter(outlet, since, until, search))

    def outlets(self) -> list[str]:
        """Every outlet of the stored articles, once each, alphabetically (ignoring case)."""
        return sorted(self._backend.outlets(), key=lambda outlet: (outlet.casefold(), outlet))

    def events(self, *, outlet: str | None = None, event_type: str | None = None,
               sub_event_type: str | None = None, since: date | None = None,
               until: date | None = None, search: str | None = None,
               status: str | None = None, limit: int | None = None) -> list[EventRow]:
        """Events by event date; ``search`` is full-text over the event sentence."""
        return self._backend.events(EventFilter(
            outlet, event_type, sub_event_type, since, until, search, status, limit))

    def claims(self, *, outlet: str | None = None, source: str | None = None,
               stance: str | None = None, certainty: str | None = None,
               since: date | None = None, until: date | None = None,
               search: str | None = None, limit: int | None = None) -> list[ClaimRow]:
        """Claims by publication date (``since``/``until`` bound it); ``search`` is full-text
        over the claim content."""
        return self._backend.claims(ClaimFilter(outlet, source, stance, certainty, search, limit,
                                                since, until))

    def replace_stories(self, stories: Iterable[Story]) -> None:
        """Replace all stories at once (in one transaction)."""
        self._backend.replace_stories(stories)

    def stories(self) -> list[Story]:
        return self._backend.stories()

    def counts(self) -> dict[str, int]:
        """Rows per kind: articles, events, claims, toponyms, flags, dates, stories."""
        return self._backend.counts()

    def close(self) -> None:
        self._backend.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()
