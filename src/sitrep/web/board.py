"""What the web UI shows, as JSON: every real event (located or not), every claim with what it
denies, the stories across outlets that take in any of those events, and the articles. Pure:
analyses and stories in, a dict out (:mod:`sitrep.web.window` chooses which analyses)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sitrep.extract.retellings import merged, real_events
from sitrep.link import stories_by_event, story_of
from sitrep.model import Analysis, Claim, Story
from sitrep.outputs.geojson import event_properties


def _source(claim: Claim) -> str | None:
    return claim.source.canonical or (claim.source.span.text if claim.source.span else None)


def board(analyses: Iterable[Analysis], stories: Iterable[Story]) -> dict[str, Any]:
    """The board of ``analyses``: ``events`` (one per real event, with ``lat``/``lon`` null when
    unlocated), ``claims``, ``stories`` (those of ``stories`` that hold one of these events or
    their retellings), ``articles``."""
    linked = list(stories)
    index = stories_by_event(linked)
    events: list[dict[str, Any]] = []
    claims: list[dict[str, Any]] = []
    articles: list[dict[str, Any]] = []
    told: set[str] = set()  # the ids of the events shown, retellings included
    for a in analyses:  # read once, as a stream: only what the board shows is kept
        for head, retellings in real_events(a.events):
            loc = merged(head, retellings).location
            told.update(e.id for e in (head, *retellings))
            events.append({**event_properties(head, a.article, retellings,
                                              story_of(index, head, retellings)),
                           "lat": loc.place.lat if loc else None,
                           "lon": loc.place.lon if loc else None})
        published = a.article.published.isoformat() if a.article.published else None
        claims += [{"id": c.id, "source": _source(c), "source_type": c.source.type,
                    "cue": c.cue.text, "content": c.content.text, "kind": c.kind,
                    "stance": c.stance, "certainty": c.certainty, "denies": c.denies,
                    "within": c.within, "article_id": a.article.id, "outlet": a.article.outlet,
                    "published": published} for c in a.claims]
        articles.append({"id": a.article.id, "outlet": a.article.outlet,
                         "title": a.article.title, "author": a.article.author,
                         "origin": a.article.origin, "published": published})
    return {
        "events": sorted(events, key=lambda e: (e["date"] or "", e["outlet"] or "")),
        "claims": claims,
        "stories": [{"id": s.id, "event_type": s.event_type, "sub_event_type": s.sub_event_type,
                     "place": s.place, "date": s.date.isoformat() if s.date else None,
                     "outlets": list(s.outlets), "corroboration": s.corroboration,
                     "sources": list(s.sources),
                     "contradictions": list(s.contradictions), "events": list(s.events)}
                    for s in linked if not told.isdisjoint(s.events)],
        "articles": articles,
    }
