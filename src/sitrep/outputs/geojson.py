"""GeoJSON (RFC 7946): one Point Feature per located event, coordinates in [lon, lat] order.

One Feature per real event: a mention that retells an earlier event of its article
(``Event.same_as``) adds none; the Feature of the event it retells takes the most conservative
toll of its mentions and lists the retellings' ids in ``retellings``.

Events without a location are left out and counted in the ``"sitrep:unlocated"`` foreign
member of the FeatureCollection, so a map never silently pretends to be complete.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from sitrep.extract.retellings import denial_told, merged, real_events
from sitrep.link import stories_by_event, story_of
from sitrep.model import ActorMention, Analysis, Article, Event, Story

UNLOCATED = "sitrep:unlocated"


def _actor(mention: ActorMention | None) -> str | None:
    return mention.actor.name if mention else None


def _actor_type(mention: ActorMention | None) -> str | None:
    return mention.actor.type if mention else None


def event_properties(event: Event, article: Article, retellings: tuple[Event, ...] = (),
                     story: Story | None = None) -> dict[str, Any]:
    """What is known of one real event (with the mentions that retell it): the properties of its
    Feature, also for an event without a location (its place fields are then None)."""
    denied = denial_told(event, retellings)
    event = merged(event, retellings)
    loc = event.location
    place = loc.place if loc else None
    return {
        "event_id": event.id,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "date": event.date.isoformat() if event.date else None,
        "time_precision": event.time_precision,
        "actor1": _actor(event.actor1),
        "actor1_type": _actor_type(event.actor1),
        "actor2": _actor(event.actor2),
        "actor2_type": _actor_type(event.actor2),
        "assoc_actors": [a.actor.name for a in event.assoc_actors],
        "location": place.name if place else None,
        "geonames_id": place.geonames_id if place else None,
        "admin1": place.admin1 if place else None,
        "country": place.country if place else None,
        "geo_precision": loc.geo_precision if loc else None,
        "fatalities": event.fatalities,
        "status": event.status,
        "denial_told": denied,
        "claim": event.claim,
        "confidence": event.confidence,
        "trigger": event.trigger.text,
        "sentence": event.sentence.text,
        "article_id": article.id,
        "outlet": article.outlet,
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "origin": article.origin,
        "retellings": [r.id for r in retellings],
        "story": None if story is None else {
            "id": story.id, "outlets": list(story.outlets),
            "corroboration": story.corroboration, "sources": list(story.sources),
            "contradictions": list(story.contradictions)},
    }


def event_feature(event: Event, article: Article, retellings: tuple[Event, ...] = (),
                  story: Story | None = None) -> dict[str, Any] | None:
    """The Feature of one event (with the mentions that retell it), or None when it has no
    (valid) location."""
    loc = merged(event, retellings).location
    if loc is None or not (-90 <= loc.place.lat <= 90 and -180 <= loc.place.lon <= 180):
        return None
    return {
        "type": "Feature",
        "id": event.id,
        "geometry": {"type": "Point", "coordinates": [loc.place.lon, loc.place.lat]},
        "properties": event_properties(event, article, retellings, story),
    }


def to_geojson(analyses: Iterable[Analysis], *,
               stories: Iterable[Story] = ()) -> dict[str, Any]:
    """A FeatureCollection of the located real events of ``analyses``; with ``stories``, each
    Feature names its story (outlets, corroboration, the claims that deny it)."""
    features: list[dict[str, Any]] = []
    unlocated = 0
    index = stories_by_event(stories)
    for analysis in analyses:
        for event, retellings in real_events(analysis.events):
            feature = event_feature(event, analysis.article, retellings,
                                    story_of(index, event, retellings))
            if feature is None:
                unlocated += 1
            else:
                features.append(feature)
    return {"type": "FeatureCollection", "features": features, UNLOCATED: unlocated}


def write_geojson(analyses: Iterable[Analysis], out: TextIO, *,
                  stories: Iterable[Story] = ()) -> int:
    """Write the FeatureCollection to ``out``; return the number of features."""
    collection = to_geojson(analyses, stories=stories)
    json.dump(collection, out, ensure_ascii=False, indent=2)
    out.write("\n")
    return len(collection["features"])
