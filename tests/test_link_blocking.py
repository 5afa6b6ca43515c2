"""The link stage compares only the pairs that can match (blocking) and finds the same stories
as comparing every pair; one article's retelling joins the event it retells."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from sitrep import link
from sitrep.link import candidate_pairs, link_stories
from sitrep.model import (
    Actor,
    ActorMention,
    Analysis,
    Article,
    Event,
    Location,
    Place,
    Span,
)

S = Span(0, 4, "text")
TYPES = ("Battles", "Explosions/Remote violence")
ACTORS = [ActorMention(Actor(n, "state forces"), None) for n in ("Army", "Rebels")]


def _analyses(n: int, seed: int) -> list[Analysis]:
    """``n`` one-event articles scattered over a small region, a fortnight and two types, so
    that many pairs are near and many are not (some undated, some unlocated, a few near the
    date line)."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        lat, lon = rng.uniform(35.0, 36.0), rng.uniform(36.0, 37.0)
        if i % 17 == 0:
            lat, lon = rng.uniform(-0.1, 0.1), rng.choice([179.95, -179.95])
        place = Place(f"p{i % 40}", lat, lon)
        day = None if i % 11 == 0 else date(2024, 3, 1) + timedelta(days=rng.randrange(14))
        event = Event(id=f"e{i}", event_type=rng.choice(TYPES), sub_event_type="x",
                      trigger=S, sentence=S, actor1=rng.choice([None, *ACTORS]), actor2=None,
                      location=None if i % 13 == 0 else Location(place, 1), date=day)
        article = Article(text="text", origin=f"a{i}", outlet=f"o{i % 5}",
                          published=None if i % 22 == 0 else date(2024, 3, 20))
        out.append(Analysis(article=article, events=(event,)))
    return out


def _every_pair(analyses: list[Analysis], max_km: float, max_days: int) -> set[frozenset[str]]:
    """The stories (as sets of event ids) that comparing every pair gives."""
    members = [link.LinkMember(link.LinkEvent.of(ev), an.article.id, an.article.origin,
                            ev.date or an.article.published, None, ())
               for an in analyses for ev in an.events]
    parent = list(range(len(members)))

    def find(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    for i in range(len(members)):
        for j in range(i + 1, len(members)):
            if link.same_event(members[i], members[j], max_km=max_km, max_days=max_days):
                parent[find(i)] = find(j)
    groups: dict[int, set[str]] = {}
    for i, m in enumerate(members):
        groups.setdefault(find(i), set()).add(m.event.id)
    return {frozenset(g) for g in groups.values()}


def test_blocking_finds_the_stories_that_every_pair_finds() -> None:
    for seed, (max_km, max_days) in enumerate([(25.0, 2), (5.0, 0), (60.0, 4)]):
        analyses = _analyses(400, seed)
        stories = link_stories(analyses, max_km=max_km, max_days=max_days)
        assert {frozenset(s.events) for s in stories} == _every_pair(analyses, max_km, max_days)
        assert any(len(s.events) > 2 for s in stories)  # the test joins something


def test_blocking_compares_far_fewer_pairs_than_every_pair() -> None:
    analyses = _analyses(400, 7)
    # some undated: they meet every window
    members = [link.LinkMember(link.LinkEvent.of(ev), an.article.id, an.article.origin, ev.date,
                            None, ()) for an in analyses for ev in an.events]
    pairs = list(candidate_pairs(members, max_km=25.0, max_days=2))
    assert len(pairs) == len(set(pairs)) and all(i < j for i, j in pairs)
    assert len(pairs) < 400 * 399 / 2 / 4


def test_a_retelling_joins_its_event_within_one_article() -> None:
    place = Location(Place("Sarmin", 35.9, 36.73, 163806), 1)
    lead = Event(id="lead", event_type="Explosions/Remote violence", sub_event_type="x",
                 trigger=S, sentence=S, actor1=None, actor2=None, location=place,
                 date=date(2024, 3, 11))
    retold = replace(lead, id="retold", same_as="lead")
    other = replace(lead, id="other")  # same article, same type and place, not a retelling
    article = Article(text="text", origin="wire", outlet="Wire", published=date(2024, 3, 12))
    stories = link_stories([Analysis(article=article, events=(lead, retold, other))])
    assert sorted(s.events for s in stories) == [("lead", "retold"), ("other",)]
    assert all(s.corroboration == 0 for s in stories)
