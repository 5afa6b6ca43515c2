"""The data model: the words the code uses, as frozen dataclasses.

Every finding points back to the characters it came from: a :class:`Span` holds
``start``/``end`` offsets into :attr:`Article.text` and the text they cover, so
``article.text[span.start:span.end] == span.text`` always holds.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

SCHEMA_VERSION = 1

Stance = Literal["asserts", "denies"]
Certainty = Literal["certain", "hedged", "unconfirmed"]
ClaimKind = Literal["direct", "indirect", "according_to", "sourceless"]
EventStatus = Literal["asserted", "reported", "unconfirmed", "denied"]


def stable_id(*parts: str | None, length: int = 16) -> str:
    """A short, stable hex id derived from ``parts`` (None counts as empty)."""
    h = hashlib.sha256()
    for part in parts:
        h.update((part or "").encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()[:length]


@dataclass(frozen=True)
class Article:
    """One news article, its text exactly as read (after UTF-8 decoding)."""

    text: str
    origin: str
    outlet: str | None = None
    author: str | None = None
    title: str | None = None
    published: date | None = None
    url: str | None = None
    language: str = "en"
    # Offset where the body starts: title, byline and source lines come before it.
    body_start: int = 0
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            object.__setattr__(self, "id", stable_id(self.outlet, self.title, self.text))
        if not 0 <= self.body_start <= len(self.text):
            raise ValueError(f"body_start {self.body_start} outside the text of {self.origin}")

    def span(self, start: int, end: int) -> Span:
        """The span ``[start, end)`` of this article's text."""
        return Span(start, end, self.text[start:end])


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Actor:
    """An entry of the actor dictionary (or an actor made from an unknown name)."""

    name: str
    type: str  # ACLED inter label: "state forces", "rebel group", ...
    country: str | None = None
    inter: int | None = None  # ACLED inter code 1..8
    # The dictionary's spellings: knowledge about the actor, not part of a finding's identity.
    aliases: tuple[str, ...] = field(default=(), compare=False)


@dataclass(frozen=True)
class ActorMention:
    """A span of an article resolved to an :class:`Actor`."""

    actor: Actor
    span: Span | None


@dataclass(frozen=True)
class Place:
    """A gazetteer entry."""

    name: str
    lat: float
    lon: float
    geonames_id: int | None = None
    feature_class: str | None = None
    feature_code: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-2
    admin1: str | None = None
    population: int = 0


EARTH_RADIUS_KM = 6371.0088


def great_circle_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle (haversine) distance between two points, in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


@dataclass(frozen=True)
class Toponym:
    """A place name in an article; ``place`` is None when it could not be resolved."""

    span: Span
    place: Place | None
    # "ner", "gazetteer", "ner+gazetteer", "demonym" ("Georgian") or "name": a place naming an
    # organisation ("the Damascus Evening Post"), kept as a toponym but never an event's place
    source: str = "ner"


@dataclass(frozen=True)
class Location:
    """Where an event happened, ACLED-style."""

    place: Place
    geo_precision: int  # 1 exact, 2 near / part of region, 3 province
    span: Span | None = None
    cue: str | None = None  # relative cue kept, e.g. "to the northeast of the city"


@dataclass(frozen=True)
class TimeExpression:
    """A date phrase in an article, resolved against the publication date."""

    span: Span
    date: date | None
    time_precision: int  # 1 day, 2 week, 3 month or vaguer


@dataclass(frozen=True)
class Source:
    """Who a claim is attributed to."""

    span: Span | None
    canonical: str | None
    type: str  # official, military, media, armed group, anonymous, expert, witness, unknown


@dataclass(frozen=True)
class Claim:
    id: str
    source: Source
    cue: Span
    content: Span
    kind: ClaimKind
    stance: Stance
    certainty: Certainty
    denies: str | None = None  # id of the claim this one denies, when present
    # id of the claim whose content tells this one ("Moscow fears that, while Washington claims
    # X, …": Washington's claim is told inside Moscow's), None for a claim the writer reports
    within: str | None = None


@dataclass(frozen=True)
class Event:
    id: str
    event_type: str
    sub_event_type: str
    trigger: Span
    sentence: Span
    actor1: ActorMention | None
    actor2: ActorMention | None
    assoc_actors: tuple[ActorMention, ...] = ()
    location: Location | None = None
    date: date | None = None
    time_precision: int | None = None
    fatalities: int | None = None
    status: EventStatus = "asserted"
    claim: str | None = None
    confidence: float = 0.5
    cameo: str | None = None
    plover: str | None = None
    # id of the earlier event of the same article this mention retells ("The shelling hit a
    # bakery" after the lead's shelling): one real event, counted once (extract.retellings)
    same_as: str | None = None


@dataclass(frozen=True)
class Flag:
    span: Span
    kind: str  # "hedge", "loaded_language", "name_calling", ... (PTC technique names)
    term: str  # the lexicon's term, or MODEL_FLAG_TERM for a span the trained model found
    # a trained-model flag's confidence: the mean probability, over its tokens, that a token
    # lies inside a propaganda span; None for lexicon flags (a listed term is matched, not scored)
    confidence: float | None = None


MODEL_FLAG_TERM = "model"


@dataclass(frozen=True)
class Analysis:
    """Everything sitrep found in one article."""

    article: Article
    events: tuple[Event, ...] = ()
    claims: tuple[Claim, ...] = ()
    places: tuple[Toponym, ...] = ()
    flags: tuple[Flag, ...] = ()
    dates: tuple[TimeExpression, ...] = ()


@dataclass(frozen=True)
class Story:
    """Events from one or more articles judged to be the same real event."""

    id: str
    events: tuple[str, ...]  # event ids
    articles: tuple[str, ...]  # article ids
    outlets: tuple[str, ...]
    event_type: str
    sub_event_type: str
    place: str | None
    date: date | None
    corroboration: int  # independent original sources beyond the first (sitrep.link)
    contradictions: tuple[str, ...] = field(default=())  # ids of claims that deny a member
    # the independent original sources counted (corroboration + 1 of them, in the order first
    # told): each the names it was told by, one voice ("RT / Russian Ministry of Defense")
    sources: tuple[str, ...] = field(default=())
