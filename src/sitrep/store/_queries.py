"""The store's listings as SQL, written once for both backends.

A :class:`Dialect` holds the few words in which SQLite and PostgreSQL differ (placeholders,
case-insensitive equality, the full-text match, JSON access, NULLs last, how the ingest order
is kept); :func:`articles`, :func:`events` and :func:`claims` build a query and its parameters
from a filter, and the backend runs it and turns each row into a query row with
:mod:`sitrep.store._tables`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sitrep.store._rows import ArticleFilter, ClaimFilter, EventFilter
from sitrep.store._tables import CLAIM_COLUMNS, EVENT_COLUMNS, iso

Query = tuple[str, list[Any]]

# What the listings read of events and claims (not their JSON records nor search vectors).
EVENT_FIELDS = ", ".join(f"e.{c}" for c in EVENT_COLUMNS if c != "record")
CLAIM_FIELDS = ", ".join(f"c.{c}" for c in CLAIM_COLUMNS if c != "record")


@dataclass(frozen=True)
class Dialect:
    mark: str  # the parameter placeholder
    same_text: str  # "{col}" equals "?" whatever the case
    find: str  # the function giving where a text is found in another (0: not found)
    match: Mapping[str, str]  # per table alias (a, e, c): the row's text matches the query
    search_query: Callable[[str], str | None]  # the user's words as a query, None: nothing
    same_as: str  # the same_as of event e (a retelling) from its JSON record
    ingest_order: str  # the articles column that keeps the order of saving
    nulls_last: str  # "{col}" ascending, rows without one last
    no_limit: Any  # the LIMIT parameter that means all rows
    nothing: str  # false, in this dialect
    newest_first: str  # "{col}" descending, rows without one last
    value: Callable[[Any], Any] = lambda value: value  # a filter value as the database keeps it

    def equal(self, column: str) -> str:
        return self.same_text.format(col=column)

    def where(self, conditions: Sequence[tuple[str, Any]], search: str | None,
              alias: str) -> Query:
        """A WHERE clause of the conditions whose value is not None (``?`` marks its value),
        and of the full-text ``search`` on ``alias``: a blank search is no filter, one with
        nothing searchable in it matches nothing (rather than everything)."""
        clauses: list[str] = []
        params: list[Any] = []
        for clause, value in conditions:
            if value is not None:
                clauses.append(clause.replace("?", self.mark))
                params.extend([self.value(value)] * clause.count("?"))
        if search is not None and search.strip():
            query = self.search_query(search)
            clauses.append(self.nothing if query is None else self.match[alias])
            params.extend([] if query is None else [query])
        return ("WHERE " + " AND ".join(clauses) if clauses else ""), params

    def limit(self, limit: int | None) -> Any:
        return self.no_limit if limit is None else max(limit, 0)

    def order(self, *columns: str) -> str:
        return ", ".join(self.nulls_last.format(col=c) for c in columns)


def _article_where(d: Dialect, f: ArticleFilter) -> Query:
    return d.where([(d.equal("a.outlet"), f.outlet), ("a.published >= ?", iso(f.since)),
                    ("a.published <= ?", iso(f.until))], f.search, "a")


def articles(d: Dialect, f: ArticleFilter) -> Query:
    where, params = _article_where(d, f)
    order = (f"{d.newest_first.format(col='a.published')}, a.{d.ingest_order} DESC" if f.newest
             else f"{d.order('a.published')}, a.{d.ingest_order}")
    return (
        "SELECT a.id, a.outlet, a.author, a.title, a.published, a.url, a.origin,"
        " (SELECT count(*) FROM events e WHERE e.article_id = a.id) AS n_events,"
        " (SELECT count(*) FROM claims c WHERE c.article_id = a.id) AS n_claims"
        f" FROM articles a {where} ORDER BY {order} LIMIT {d.mark}",
        [*params, d.limit(f.limit)])


def article_count(d: Dialect, f: ArticleFilter) -> Query:
    """How many articles ``f`` matches, whatever its limit."""
    where, params = _article_where(d, f)
    return f"SELECT count(*) FROM articles a {where}", params


# every outlet of the store, once (Store.outlets sorts them: the databases' collations differ)
OUTLETS = "SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL"


def events(d: Dialect, f: EventFilter) -> Query:
    where, params = d.where(
        [(d.equal("a.outlet"), f.outlet), (d.equal("e.event_type"), f.event_type),
         (d.equal("e.sub_event_type"), f.sub_event_type), ("e.date >= ?", iso(f.since)),
         ("e.date <= ?", iso(f.until)), ("e.status = ?", f.status)], f.search, "e")
    return (
        f"SELECT {EVENT_FIELDS}, a.outlet, a.title, a.origin, {d.same_as} AS same_as"
        f" FROM events e JOIN articles a ON a.id = e.article_id {where}"
        f" ORDER BY {d.order('e.date')}, a.{d.ingest_order}, e.seq LIMIT {d.mark}",
        [*params, d.limit(f.limit)])


def claims(d: Dialect, f: ClaimFilter) -> Query:
    # a joint source ("Government of Russia and Government of Syria") answers to each name
    source = (f"({d.equal('c.source_canonical')} OR {d.equal('c.source_text')}"
              f" OR {d.find}(lower(' and ' || c.source_canonical || ' and '),"
              " lower(' and ' || ? || ' and ')) > 0)")
    where, params = d.where([(d.equal("a.outlet"), f.outlet), (source, f.source),
                             ("c.stance = ?", f.stance), ("c.certainty = ?", f.certainty),
                             ("a.published >= ?", iso(f.since)),
                             ("a.published <= ?", iso(f.until))],
                            f.search, "c")
    return (
        f"SELECT {CLAIM_FIELDS}, a.outlet, a.title, a.published"
        f" FROM claims c JOIN articles a ON a.id = c.article_id {where}"
        f" ORDER BY {d.order('a.published')}, a.{d.ingest_order}, c.seq LIMIT {d.mark}",
        [*params, d.limit(f.limit)])
