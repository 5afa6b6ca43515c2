"""Stories across articles: the same real event told by several outlets.

Two events of different articles are taken to be the same real event when they have the same
ACLED event type, happen at nearby places (≤ ``max_km`` apart), on dates at most ``max_days``
apart, and do not name conflicting actors. Within one article, a mention joins the event it
retells (``Event.same_as``, set by :mod:`sitrep.extract.retellings`: "The shelling hit a
bakery" after the lead's shelling) and no other. Clusters are the connected components of that
relation (single link, union-find).

Only pairs that can match are compared: events are blocked by event type, by a cube of
``max_km`` on the earth's surface in 3-D (two points ≤ ``max_km`` apart by great circle are
≤ ``max_km`` apart by chord, so they lie in neighbouring cubes) and by windows of
``max_days + 1`` days; the stories are the same as comparing every pair, and the work grows
with the events that share a place and a few days, not with the square of the store.

A report that names no day of its own is dated by its article (the publication, to the week:
time_precision 2) and may tell any event of the days before: it joins the story of the day-dated
event it fits best (the same rules, with up to :data:`REPORT_WEEK` days more before its
article; nearest date, then nearest place), and never joins two stories into one. So a denial
published four days after Monday's shelling, naming no day, is told with the shelling, and
cannot bridge Monday's shelling and Friday's. Such reports that fit no day-dated event join each
other as day-dated ones do.

Corroboration counts independent original sources beyond the first: an outlet that relays
another outlet's report ("as reported by Al-Masdar") adds that outlet, not itself; one that
relays a named official, military, armed group, monitor or expert source ("the Russian MoD
said") adds that source, not itself; one that only tells a denial adds none. A state's outlets,
its "state media" and its ministries, army and government are one source, the state's, and a
party's channel is the party's (:mod:`sitrep.affiliations`). The outlets that told a story stay
listed (``Story.outlets``).
A contradiction is a claim that denies a member's claim, or a member whose own status is
"denied".
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from sys import intern

from sitrep.affiliations import outlet_key, relayed_voice, voice
from sitrep.model import EARTH_RADIUS_KM, Analysis, Claim, Event, Story, great_circle_km, stable_id

# a report dated by its article, to the week, may tell an event this many days before that week
REPORT_WEEK = 6


@dataclass(frozen=True, slots=True)
class LinkEvent:
    """What the link stage reads of an :class:`Event`: no spans, no sentence, no actor details,
    so that the events of a big store fit in memory together (the analyses need not)."""

    id: str
    event_type: str
    sub_event_type: str
    place: str | None  # name, None when unlocated
    lat: float
    lon: float
    country: str | None
    geo_precision: int | None
    time_precision: int | None
    actor1: str | None
    actor2: str | None
    actors: frozenset[str]
    same_as: str | None

    @classmethod
    def of(cls, ev: Event) -> LinkEvent:
        loc = ev.location
        names = [m.actor.name for m in (ev.actor1, ev.actor2, *ev.assoc_actors) if m is not None]
        return cls(
            id=ev.id, event_type=intern(ev.event_type), sub_event_type=intern(ev.sub_event_type),
            place=intern(loc.place.name) if loc is not None else None,
            lat=loc.place.lat if loc is not None else 0.0,
            lon=loc.place.lon if loc is not None else 0.0,
            country=_interned(loc.place.country) if loc is not None else None,
            geo_precision=loc.geo_precision if loc is not None else None,
            time_precision=ev.time_precision,
            actor1=_interned(ev.actor1.actor.name if ev.actor1 is not None else None),
            actor2=_interned(ev.actor2.actor.name if ev.actor2 is not None else None),
            actors=frozenset(intern(n) for n in names), same_as=ev.same_as)


@dataclass(frozen=True, slots=True)
class LinkClaim:
    """What the link stage reads of the :class:`Claim` an event rests on."""

    id: str
    stance: str
    source_type: str
    source: str | None  # the source's canonical name

    @classmethod
    def of(cls, claim: Claim) -> LinkClaim:
        return cls(claim.id, intern(claim.stance), intern(claim.source.type),
                   _interned(claim.source.canonical))


def _interned(text: str | None) -> str | None:
    return None if text is None else intern(text)


@dataclass(frozen=True, slots=True)
class LinkMember:
    """One event as the link stage sees it: its compact record and its article's part."""

    event: LinkEvent
    article_id: str
    outlet: str
    when: date | None
    claim: LinkClaim | None
    denials: tuple[str, ...]
    published: date | None = None


def _km(a: LinkEvent, b: LinkEvent) -> float | None:
    if a.place is None or b.place is None:
        return None
    return great_circle_km(a.lat, a.lon, b.lat, b.lon)


def same_event(a: LinkMember, b: LinkMember, *, max_km: float, max_days: int) -> bool:
    ea, eb = a.event, b.event
    if ea.event_type != eb.event_type or ea.id == eb.id:
        return False
    if a.article_id == b.article_id:
        # one article tells one event twice by retelling it (``same_as``, joined apart); any
        # other two events of one article are two events
        return False
    dist = _km(ea, eb)
    if dist is None or dist > max_km:
        return False
    if a.when and b.when and abs((a.when - b.when).days) > max_days:
        return False
    act_a, act_b = ea.actors, eb.actors
    if act_a and act_b and not act_a & act_b:
        return False
    if ea.sub_event_type != eb.sub_event_type:
        # different sub-types of one type only join when they share both actors
        return bool(ea.actor1 and eb.actor1 and ea.actor2 and eb.actor2
                    and ea.actor1 == eb.actor1 and ea.actor2 == eb.actor2)
    return True


def _cube(ev: LinkEvent, size_km: float) -> tuple[int, int, int] | None:
    """The cube of side ``size_km`` that holds the event's place, on a sphere of the earth's
    radius in 3-D (no seam at the date line, no crowding at the poles)."""
    if ev.place is None:
        return None
    lat, lon = math.radians(ev.lat), math.radians(ev.lon)
    x = EARTH_RADIUS_KM * math.cos(lat) * math.cos(lon)
    y = EARTH_RADIUS_KM * math.cos(lat) * math.sin(lon)
    z = EARTH_RADIUS_KM * math.sin(lat)
    return math.floor(x / size_km), math.floor(y / size_km), math.floor(z / size_km)


_NEAR = [(dx, dy, dz) for dx in (-1, 0, 1) for dy in (-1, 0, 1) for dz in (-1, 0, 1)]


def candidate_pairs(members: list[LinkMember], *, max_km: float,
                    max_days: int) -> Iterator[tuple[int, int]]:
    """Every pair ``(i, j)``, ``i < j``, that :func:`same_event` could join, each once: same event
    type, neighbouring cubes of ``max_km`` and neighbouring windows of ``max_days + 1`` days (an
    undated member meets every window). Members with no place join nothing."""
    size = max(max_km, 1e-3)
    window = max_days + 1
    # (event type, cube) -> window (None: undated) -> indices seen so far
    seen: dict[tuple[str, tuple[int, int, int]], dict[int | None, list[int]]] = {}
    for j, m in enumerate(members):
        cube = _cube(m.event, size)
        if cube is None:
            continue
        when = m.when.toordinal() // window if m.when else None
        found: list[int] = []
        for dx, dy, dz in _NEAR:
            cell = seen.get((m.event.event_type, (cube[0] + dx, cube[1] + dy, cube[2] + dz)))
            if not cell:
                continue
            if when is None:
                found.extend(i for indices in cell.values() for i in indices)
            else:
                for key in (when - 1, when, when + 1, None):
                    found.extend(cell.get(key, ()))
        for i in sorted(found):
            yield i, j
        seen.setdefault((m.event.event_type, cube), {}).setdefault(when, []).append(j)


def _independent_sources(members: list[LinkMember]) -> dict[str, list[str]]:
    """The original sources of ``members``: the outlet, or the source it relays. A relayed
    medium told with a qualifier ("the pro-government Damascus Evening Post") is the outlet it
    names. An outlet a state or a party owns is that owner's voice, one with the state's other
    media ("SANA" and "regime media" on an event in Syria: :func:`sitrep.affiliations.voice`).
    A named official, military, armed group, monitor or expert source an outlet relays is that
    source, once however many outlets tell it, and a state's body that names its state is the
    state's voice ("the Russian MoD said" in RT and in The Duran: Russia's, once;
    :func:`sitrep.affiliations.relayed_voice`); an outlet asserting on its own, or citing
    witnesses, unnamed officials or reports, is itself. A member told as a denial adds no
    source: the denier contradicts the story, and telling a denial corroborates nothing.

    Each source (its key, in the order first told) comes with the names it was told by: the
    outlet, or the source it relays, as written ("RT", "Russian Ministry of Defense")."""
    outlets = {outlet_key(m.outlet): m.outlet for m in members}
    sources: dict[str, list[str]] = {}
    for m in members:
        claim = m.claim
        if claim is not None and claim.stance == "denies":
            continue  # the denier contradicts the story (Story.contradictions), and its outlet
            # only tells the denial: neither corroborates
        named = claim.source if claim is not None else None
        relayed = relayed_voice(named, claim.source_type) if (  # type: ignore[union-attr]
            named) else None
        if named and relayed is not None:
            _told_by(sources, relayed, named)
            continue
        if claim is not None and claim.source_type == "media" and claim.source:
            key, name = outlet_key(claim.source), claim.source
            # "the pro-government Damascus Evening Post": the outlet it names
            key = next((o for o in outlets if key.endswith(" " + o)), key)
            name = outlets.get(key, name)
        else:
            key, name = outlet_key(m.outlet), m.outlet
        _told_by(sources, voice(key, country=m.event.country) or key, name)
    return sources


def _told_by(sources: dict[str, list[str]], key: str, name: str) -> None:
    names = sources.setdefault(key, [])
    if name not in names:
        names.append(name)


def _dated_by_its_article(m: LinkMember) -> bool:
    """Whether ``m``'s event names no day of its own: the date stage dated it by the article's
    publication, to the week."""
    return m.event.time_precision == 2 and m.published is not None and m.when == m.published


# (event type, cube) -> window of days (None: undated) -> indices of the day-dated members there
_Cells = dict[tuple[str, tuple[int, int, int]], dict[int | None, list[int]]]


def _day_dated_cells(members: list[LinkMember], by_article: list[bool], *, max_km: float,
                     window: int) -> _Cells:
    cells: _Cells = {}
    for i, m in enumerate(members):
        cube = _cube(m.event, max(max_km, 1e-3))
        if not by_article[i] and cube is not None:
            key = m.when.toordinal() // window if m.when else None
            cells.setdefault((m.event.event_type, cube), {}).setdefault(key, []).append(i)
    return cells


def _best_day_dated(members: list[LinkMember], v: int, cells: _Cells, *, max_km: float,
                    max_days: int) -> int | None:
    """The day-dated member the report ``v`` (dated by its article) fits best: an event of up to
    :data:`REPORT_WEEK` days more before it, nearest date first, then nearest place."""
    m = members[v]
    cube = _cube(m.event, max(max_km, 1e-3))
    if cube is None or m.when is None:
        return None
    window = max_days + REPORT_WEEK + 1
    first, last = m.when.toordinal() - max_days - REPORT_WEEK, m.when.toordinal() + max_days
    keys = [*range(first // window, last // window + 1), None]
    fits = []
    for dx, dy, dz in _NEAR:
        cell = cells.get((m.event.event_type, (cube[0] + dx, cube[1] + dy, cube[2] + dz)), {})
        for i in (i for key in keys for i in cell.get(key, ())):
            other = members[i]
            gap = (m.when - other.when).days if other.when else 0
            if -max_days <= gap <= max_days + REPORT_WEEK and same_event(
                    m, other, max_km=max_km, max_days=max_days + REPORT_WEEK):
                fits.append((abs(gap), _km(m.event, other.event) or 0.0, i))
    return min(fits)[2] if fits else None


def _most_told_place(group: list[LinkMember]) -> str | None:
    """The place most members give, preferring exact places (lower geo_precision)."""
    places = Counter((m.event.geo_precision, m.event.place)
                     for m in group if m.event.place is not None)
    if not places:
        return None
    return min(places.items(), key=lambda item: (-item[1], item[0][0]))[0][1]


def link_members(analysis: Analysis) -> Iterator[LinkMember]:
    """The link stage's compact record of each event of ``analysis``."""
    claims = {c.id: c for c in analysis.claims}
    article = analysis.article
    outlet = intern(article.outlet or article.origin)
    for ev in analysis.events:
        claim = claims.get(ev.claim or "")
        denials = tuple(c.id for c in analysis.claims
                        if claim is not None and c.denies == claim.id)
        yield LinkMember(LinkEvent.of(ev), article.id, outlet, ev.date or article.published,
                      LinkClaim.of(claim) if claim is not None else None, denials,
                      article.published)


def link_stories(analyses: Iterable[Analysis], *, max_km: float = 25.0,
                 max_days: int = 2) -> tuple[Story, ...]:
    """Group the events of ``analyses`` into stories, largest first.

    ``analyses`` is read once, as a stream: only a compact record of each event is kept
    (:class:`LinkEvent`), so ``link_stories(store.analyses())`` links a store far bigger than
    the memory its analyses would take together."""
    return stories_of([m for an in analyses for m in link_members(an)], max_km=max_km,
                      max_days=max_days)


def stories_of(members: list[LinkMember], *, max_km: float = 25.0,
               max_days: int = 2) -> tuple[Story, ...]:
    """The stories of ``members`` (:func:`link_members` of each analysis), largest first: what
    :func:`link_stories` gives, for a caller that reads the analyses for more than linking."""
    parent = list(range(len(members)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_article = [_dated_by_its_article(m) for m in members]
    # day-dated members first; a report dated by its article then joins the one it fits best
    for i, j in candidate_pairs(members, max_km=max_km, max_days=max_days):
        if not (by_article[i] or by_article[j]) and same_event(
                members[i], members[j], max_km=max_km, max_days=max_days):
            parent[find(i)] = find(j)
    cells = _day_dated_cells(members, by_article, max_km=max_km,
                             window=max_days + REPORT_WEEK + 1)
    for v in (i for i in range(len(members)) if by_article[i]):
        best = _best_day_dated(members, v, cells, max_km=max_km, max_days=max_days)
        if best is not None:
            parent[find(v)] = find(best)
    holds_day_dated = {find(i) for i in range(len(members)) if not by_article[i]}
    # such reports that fit no day-dated event join each other, never two day-dated stories
    for i, j in (candidate_pairs(members, max_km=max_km, max_days=max_days)
                 if any(by_article) else ()):
        if by_article[i] and by_article[j] and same_event(
                members[i], members[j], max_km=max_km, max_days=max_days):
            ri, rj = find(i), find(j)
            if ri != rj and not (ri in holds_day_dated and rj in holds_day_dated):
                parent[ri] = rj
                if ri in holds_day_dated:
                    holds_day_dated.add(rj)
    index = {(m.article_id, m.event.id): i for i, m in enumerate(members)}
    for i, m in enumerate(members):
        head = index.get((m.article_id, m.event.same_as or ""))
        if head is not None:
            parent[find(i)] = find(head)
    groups: dict[int, list[LinkMember]] = {}
    for i, m in enumerate(members):
        groups.setdefault(find(i), []).append(m)
    stories = []
    for group in groups.values():
        first = group[0].event
        dates = sorted(m.when for m in group if m.when)
        contradictions = sorted({d for m in group for d in m.denials}
                                | {m.claim.id for m in group
                                   if m.claim is not None and m.claim.stance == "denies"})
        event_ids = tuple(m.event.id for m in group)
        independent = _independent_sources(group)
        stories.append(Story(
            id=stable_id("story", *sorted(event_ids)),
            events=event_ids,
            articles=tuple(dict.fromkeys(m.article_id for m in group)),
            outlets=tuple(dict.fromkeys(m.outlet for m in group)),
            event_type=first.event_type,
            sub_event_type=first.sub_event_type,
            place=_most_told_place(group),
            date=dates[0] if dates else None,
            corroboration=max(0, len(independent) - 1),
            contradictions=tuple(contradictions),
            sources=tuple(" / ".join(names) for names in independent.values()),
        ))
    stories.sort(key=lambda s: (-len(s.events), s.date or date.min, s.id))
    return tuple(stories)


def stories_by_event(stories: Iterable[Story]) -> dict[str, Story]:
    """Each event id of ``stories`` mapped to its story, for the outputs that write one record
    per real event and say which outlets told it and who denied it."""
    return {event_id: story for story in stories for event_id in story.events}


def story_of(index: dict[str, Story], head: Event, retellings: Iterable[Event] = ()) -> (
        Story | None):
    """The story a real event (a head and its retellings) belongs to, or None."""
    return next((index[e.id] for e in (head, *retellings) if e.id in index), None)

