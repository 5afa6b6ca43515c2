"""Stories across articles: the same real event told by several outlets.

Two events are taken to be the same real event when they have the same ACLED event type, happen
at the same or nearby places (≤ ``max_km`` apart, or the same place name), on dates at most
``max_days`` apart, and do not name conflicting actors. Clusters are the connected components of
that relation (single link, union-find).

Corroboration counts independent sources beyond the first: an outlet that relays another
outlet's report ("as reported by Al-Masdar") adds that outlet, not itself. A contradiction is a
claim that denies a member's claim, or a member whose own status is "denied".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sitrep.model import Analysis, Claim, Event, Story, great_circle_km, stable_id


@dataclass(frozen=True)
class _Member:
    event: Event
    article_id: str
    outlet: str
    when: date | None
    claim: Claim | None
    denials: tuple[str, ...]


def _km(a: Event, b: Event) -> float | None:
    if a.location is None or b.location is None:
        return None
    pa, pb = a.location.place, b.location.place
    return great_circle_km(pa.lat, pa.lon, pb.lat, pb.lon)


def _actors(ev: Event) -> set[str]:
    return {m.actor.name for m in (ev.actor1, ev.actor2, *ev.assoc_actors) if m is not None}


def same_event(a: _Member, b: _Member, *, max_km: float, max_days: int) -> bool:
    ea, eb = a.event, b.event
    if ea.event_type != eb.event_type or ea.id == eb.id:
        return False
    if a.article_id == b.article_id:
        return False  # one article telling one event twice is rare; distinct sentences stay apart
    dist = _km(ea, eb)
    if dist is None or dist > max_km:
        return False
    if a.when and b.when and abs((a.when - b.when).days) > max_days:
        return False
    act_a, act_b = _actors(ea), _actors(eb)
    if act_a and act_b and not act_a & act_b:
        return False
    if ea.sub_event_type != eb.sub_event_type:
        # different sub-types of one type only join when they share both actors
        return bool(ea.actor1 and eb.actor1 and ea.actor2 and eb.actor2
                    and ea.actor1.actor.name == eb.actor1.actor.name
                    and ea.actor2.actor.name == eb.actor2.actor.name)
    return True


def _independent_sources(members: list[_Member]) -> set[str]:
    sources = set()
    for m in members:
        claim = m.claim
        if claim is not None and claim.source.type == "media" and claim.source.canonical:
            sources.add(claim.source.canonical.casefold())
        else:
            sources.add(m.outlet.casefold())
    return sources


def _most_told_place(group: list[_Member]) -> str | None:
    """The place most members give, preferring exact places (lower geo_precision)."""
    places = Counter((m.event.location.geo_precision, m.event.location.place.name)
                     for m in group if m.event.location is not None)
    if not places:
        return None
    return min(places.items(), key=lambda item: (-item[1], item[0][0]))[0][1]


def link_stories(analyses: Iterable[Analysis], *, max_km: float = 25.0,
                 max_days: int = 2) -> tuple[Story, ...]:
    """Group the events of ``analyses`` into stories, largest first."""
    members: list[_Member] = []
    for an in analyses:
        claims = {c.id: c for c in an.claims}
        outlet = an.article.outlet or an.article.origin
        for ev in an.events:
            claim = claims.get(ev.claim or "")
            denials = tuple(c.id for c in an.claims if claim is not None and c.denies == claim.id)
            members.append(_Member(ev, an.article.id, outlet, ev.date or an.article.published,
                                   claim, denials))
    parent = list(range(len(members)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(members)):
        for j in range(i + 1, len(members)):
            if same_event(members[i], members[j], max_km=max_km, max_days=max_days):
                parent[find(i)] = find(j)
    groups: dict[int, list[_Member]] = {}
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
        stories.append(Story(
            id=stable_id("story", *sorted(event_ids)),
            events=event_ids,
            articles=tuple(dict.fromkeys(m.article_id for m in group)),
            outlets=tuple(dict.fromkeys(m.outlet for m in group)),
            event_type=first.event_type,
            sub_event_type=first.sub_event_type,
            place=_most_told_place(group),
            date=dates[0] if dates else None,
            corroboration=max(0, len(_independent_sources(group)) - 1),
            contradictions=tuple(contradictions),
        ))
    stories.sort(key=lambda s: (-len(s.events), s.date or date.min, s.id))
    return tuple(stories)
