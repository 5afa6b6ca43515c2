"""The JSONL contract of ``../DESIGN.md``: one JSON object per article, ``"schema": 1``.

:func:`to_record` turns an :class:`Analysis` into that object; :func:`from_record`
reads it back, so the store, the exporters and external evaluations all speak it.
The contract only grows: new keys may appear, none disappear.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sitrep.model import (
    SCHEMA_VERSION,
    Actor,
    ActorMention,
    Analysis,
    Article,
    Claim,
    Event,
    Flag,
    Location,
    Place,
    Source,
    Span,
    TimeExpression,
    Toponym,
)

Record = dict[str, Any]


def _span(span: Span | None) -> Record | None:
    if span is None:
        return None
    return {"start": span.start, "end": span.end, "text": span.text}


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _actor(mention: ActorMention | None) -> Record | None:
    if mention is None:
        return None
    a = mention.actor
    return {
        "name": a.name,
        "type": a.type,
        "inter": a.inter,
        "country": a.country,
        "span": _span(mention.span),
    }


def _place_fields(place: Place) -> Record:
    return {
        "name": place.name,
        "geonames_id": place.geonames_id,
        "lat": place.lat,
        "lon": place.lon,
        "country": place.country,
        "admin1": place.admin1,
        "feature": place.feature_code,
        "feature_class": place.feature_class,
        "population": place.population,
    }


def _location(loc: Location | None) -> Record | None:
    if loc is None:
        return None
    rec = _place_fields(loc.place)
    rec.update({"geo_precision": loc.geo_precision, "span": _span(loc.span), "cue": loc.cue})
    return rec


def event_record(ev: Event) -> Record:
    return {
        "id": ev.id,
        "event_type": ev.event_type,
        "sub_event_type": ev.sub_event_type,
        "trigger": _span(ev.trigger),
        "sentence": _span(ev.sentence),
        "actor1": _actor(ev.actor1),
        "actor2": _actor(ev.actor2),
        "assoc_actors": [_actor(a) for a in ev.assoc_actors],
        "location": _location(ev.location),
        "date": _iso(ev.date),
        "time_precision": ev.time_precision,
        "fatalities": ev.fatalities,
        "status": ev.status,
        "claim": ev.claim,
        "confidence": ev.confidence,
        "cameo": ev.cameo,
        "plover": ev.plover,
        "same_as": ev.same_as,
    }


def claim_record(cl: Claim) -> Record:
    source = _span(cl.source.span) or {"start": None, "end": None, "text": None}
    source.update({"canonical": cl.source.canonical, "type": cl.source.type})
    return {
        "id": cl.id,
        "source": source,
        "cue": _span(cl.cue),
        "content": _span(cl.content),
        "kind": cl.kind,
        "stance": cl.stance,
        "certainty": cl.certainty,
        "denies": cl.denies,
        "within": cl.within,
    }


def toponym_record(t: Toponym) -> Record:
    rec: Record = {"start": t.span.start, "end": t.span.end, "text": t.span.text}
    if t.place is not None:
        rec.update(_place_fields(t.place))
    else:
        rec.update({"name": None, "geonames_id": None, "lat": None, "lon": None})
    rec["recognised_by"] = t.source
    return rec


def flag_record(f: Flag) -> Record:
    """A flag; ``weak``: a trained-model flag under its technique's calibrated confidence
    threshold, which the report hides by default (:func:`sitrep.extract.flags.is_weak`)."""
    from sitrep.extract.flags import is_weak

    return {"start": f.span.start, "end": f.span.end, "text": f.span.text, "kind": f.kind,
            "term": f.term, "confidence": f.confidence, "weak": is_weak(f)}


def article_record(a: Article) -> Record:
    return {
        "id": a.id,
        "outlet": a.outlet,
        "author": a.author,
        "title": a.title,
        "published": _iso(a.published),
        "url": a.url,
        "language": a.language,
        "origin": a.origin,
        "body_start": a.body_start,
    }


def to_record(analysis: Analysis) -> Record:
    """The contract object for one analysed article."""
    return {
        "schema": SCHEMA_VERSION,
        "article": article_record(analysis.article),
        "text": analysis.article.text,
        "events": [event_record(e) for e in analysis.events],
        "claims": [claim_record(c) for c in analysis.claims],
        "places": [toponym_record(t) for t in analysis.places],
        "flags": [flag_record(f) for f in analysis.flags],
        "dates": [
            {**(_span(d.span) or {}), "date": _iso(d.date), "time_precision": d.time_precision}
            for d in analysis.dates
        ],
    }


# --- reading the contract back ----------------------------------------------------------


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _span_from(rec: Record | None) -> Span | None:
    if not rec or rec.get("start") is None:
        return None
    return Span(int(rec["start"]), int(rec["end"]), str(rec["text"]))


def _req_span(rec: Record | None) -> Span:
    span = _span_from(rec)
    if span is None:
        raise ValueError("a required span is missing from the record")
    return span


def _place_from(rec: Record) -> Place:
    return Place(
        name=rec["name"],
        lat=rec["lat"],
        lon=rec["lon"],
        geonames_id=rec.get("geonames_id"),
        feature_class=rec.get("feature_class"),
        feature_code=rec.get("feature"),
        country=rec.get("country"),
        admin1=rec.get("admin1"),
        population=rec.get("population") or 0,
    )


def _actor_from(rec: Record | None) -> ActorMention | None:
    if rec is None:
        return None
    actor = Actor(name=rec["name"], type=rec["type"], country=rec.get("country"),
                  inter=rec.get("inter"))
    return ActorMention(actor, _span_from(rec.get("span")))


def _location_from(rec: Record | None) -> Location | None:
    if rec is None:
        return None
    return Location(_place_from(rec), int(rec["geo_precision"]), _span_from(rec.get("span")),
                    rec.get("cue"))


def event_from(rec: Record) -> Event:
    return Event(
        id=rec["id"],
        event_type=rec["event_type"],
        sub_event_type=rec["sub_event_type"],
        trigger=_req_span(rec["trigger"]),
        sentence=_req_span(rec["sentence"]),
        actor1=_actor_from(rec.get("actor1")),
        actor2=_actor_from(rec.get("actor2")),
        assoc_actors=tuple(a for a in map(_actor_from, rec.get("assoc_actors") or []) if a),
        location=_location_from(rec.get("location")),
        date=_date(rec.get("date")),
        time_precision=rec.get("time_precision"),
        fatalities=rec.get("fatalities"),
        status=rec.get("status", "asserted"),
        claim=rec.get("claim"),
        confidence=rec.get("confidence", 0.5),
        cameo=rec.get("cameo"),
        plover=rec.get("plover"),
        same_as=rec.get("same_as"),
    )


def claim_from(rec: Record) -> Claim:
    src = rec["source"]
    return Claim(
        id=rec["id"],
        source=Source(_span_from(src), src.get("canonical"), src.get("type", "unknown")),
        cue=_req_span(rec["cue"]),
        content=_req_span(rec["content"]),
        kind=rec["kind"],
        stance=rec["stance"],
        certainty=rec["certainty"],
        denies=rec.get("denies"),
        within=rec.get("within"),
    )


def toponym_from(rec: Record) -> Toponym:
    span = Span(rec["start"], rec["end"], rec["text"])
    place = _place_from(rec) if rec.get("name") is not None and rec.get("lat") is not None else None
    return Toponym(span, place, rec.get("recognised_by", "ner"))


def article_from(rec: Record, text: str) -> Article:
    return Article(
        text=text,
        origin=rec["origin"],
        outlet=rec.get("outlet"),
        author=rec.get("author"),
        title=rec.get("title"),
        published=_date(rec.get("published")),
        url=rec.get("url"),
        language=rec.get("language") or "en",
        body_start=rec.get("body_start") or 0,
        id=rec["id"],
    )


def from_record(rec: Record) -> Analysis:
    """Read a contract object back into an :class:`Analysis`."""
    if rec.get("schema") != SCHEMA_VERSION:
        raise ValueError(f"unsupported schema {rec.get('schema')!r}, expected {SCHEMA_VERSION}")
    return Analysis(
        article=article_from(rec["article"], rec["text"]),
        events=tuple(event_from(e) for e in rec.get("events", [])),
        claims=tuple(claim_from(c) for c in rec.get("claims", [])),
        places=tuple(toponym_from(t) for t in rec.get("places", [])),
        flags=tuple(Flag(Span(f["start"], f["end"], f["text"]), f["kind"],
                         f.get("term", f["text"]), f.get("confidence"))
                    for f in rec.get("flags", [])),
        dates=tuple(TimeExpression(_req_span(d), _date(d.get("date")), d["time_precision"])
                    for d in rec.get("dates", [])),
    )
