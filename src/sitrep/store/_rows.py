"""What the store's queries take and return: filters in, small frozen rows out.

The rows carry what a CLI table or a web list needs; the full findings of an article are
read back with :meth:`sitrep.store.Store.analyses`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class ArticleFilter:
    outlet: str | None = None
    since: date | None = None
    until: date | None = None
    search: str | None = None
    limit: int | None = None
    newest: bool = False  # newest first (the undated last), rather than oldest first


@dataclass(frozen=True)
class EventFilter:
    outlet: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    since: date | None = None
    until: date | None = None
    search: str | None = None
    status: str | None = None
    limit: int | None = None


@dataclass(frozen=True)
class ClaimFilter:
    outlet: str | None = None
    source: str | None = None
    stance: str | None = None
    certainty: str | None = None
    search: str | None = None
    limit: int | None = None
    since: date | None = None  # the article's publication date, as claims are listed by it
    until: date | None = None


@dataclass(frozen=True)
class ArticleRow:
    id: str
    outlet: str | None
    author: str | None
    title: str | None
    published: date | None
    url: str | None
    origin: str
    events: int
    claims: int


@dataclass(frozen=True)
class EventRow:
    id: str
    article_id: str
    date: date | None
    time_precision: int | None
    event_type: str
    sub_event_type: str
    actor1: str | None
    actor2: str | None
    location: str | None
    lat: float | None
    lon: float | None
    geo_precision: int | None
    country: str | None
    fatalities: int | None
    status: str
    confidence: float
    sentence: str
    outlet: str | None
    title: str | None
    origin: str
    same_as: str | None = None  # the event of the same article this mention retells


@dataclass(frozen=True)
class ClaimRow:
    id: str
    article_id: str
    source: str | None  # canonical name, else the source text as written
    source_type: str
    cue: str
    content: str
    kind: str
    stance: str
    certainty: str
    outlet: str | None
    title: str | None
    published: date | None
