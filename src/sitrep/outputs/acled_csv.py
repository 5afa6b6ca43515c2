"""ACLED-compatible CSV: one row per event, ACLED's columns in ACLED's order, then sitrep's.

One row per real event: a mention that retells an earlier event of its article
(``Event.same_as``) adds no row; the row of the event it retells takes the most conservative
toll its mentions give (never their sum) and lists the retellings' ids in
``sitrep_retellings`` (:func:`sitrep.extract.retellings.merged`): its risen toll, its most
precise place and date, and the status of its strongest telling, with the tag
``denial reported`` when a mention of it is denied.

Follows the ACLED codebook conventions that existing ACLED tooling relies on: numeric
``inter`` codes (1 state forces ... 8 external/other, 0 for no second actor), a two-digit
``interaction`` with the lower code first, ``fatalities`` 0 when the text gives no count,
ISO dates. What ACLED cannot say (the article, the trigger offsets, whether a count was
given) goes in ``sitrep_*`` columns after ACLED's.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from typing import TextIO

from sitrep.extract.retellings import denial_told, merged, real_events
from sitrep.link import stories_by_event, story_of
from sitrep.model import ActorMention, Analysis, Article, Event, Story
from sitrep.outputs.countries import country

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp",
)
SITREP_COLUMNS = (
    "sitrep_article_id", "sitrep_event_id", "sitrep_status", "sitrep_claim_id",
    "sitrep_trigger_start", "sitrep_trigger_end", "sitrep_confidence", "sitrep_origin",
    "sitrep_fatalities_known", "sitrep_retellings", "sitrep_story_id", "sitrep_story_outlets",
    "sitrep_corroboration", "sitrep_contradictions", "sitrep_story_sources",
)
COLUMNS = ACLED_COLUMNS + SITREP_COLUMNS

# ACLED inter codes by actor type label (sitrep's labels, singular or plural).
INTER_CODES = {
    "state forces": 1, "rebel group": 2, "rebel groups": 2, "political militia": 3,
    "political militias": 3, "identity militia": 4, "identity militias": 4, "rioters": 5,
    "protesters": 6, "civilians": 7, "external/other": 8, "external/other forces": 8,
}
CIVILIANS = 7

# ACLED disorder types by event type; the sub-event types coded as both political violence
# and demonstrations are listed apart.
DISORDER_TYPES = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
}
BOTH = "Political violence; Demonstrations"
DISORDER_BY_SUB_EVENT = {"Mob violence": BOTH, "Excessive force against protesters": BOTH}

UNKNOWN_COUNTRY = "XXX"
# the tag of a record one mention of which is denied though the record is not
# (:func:`sitrep.extract.retellings.denial_told`)
DENIAL_TOLD = "denial reported"


def inter_code(mention: ActorMention | None) -> int | None:
    """The ACLED inter code of an actor, from its code or its type label."""
    if mention is None:
        return None
    if mention.actor.inter is not None:
        return mention.actor.inter
    return INTER_CODES.get(mention.actor.type.strip().lower())


def disorder_type(event: Event) -> str:
    return DISORDER_BY_SUB_EVENT.get(event.sub_event_type) or DISORDER_TYPES.get(
        event.event_type, "")


def interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's two-digit interaction: the lower code first; ``n0`` for a sole actor."""
    if inter1 is None:
        return None
    if not inter2:
        return inter1 * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def acled_row(event: Event, article: Article, *, timestamp: int | None = None,
              retellings: tuple[Event, ...] = (), story: Story | None = None) -> dict[str, str]:
    """One event (with the mentions that retell it, and the story of other outlets' reports
    of it when given) as a CSV row keyed by :data:`COLUMNS`."""
    denied = denial_told(event, retellings)
    event = merged(event, retellings)
    place = event.location.place if event.location else None
    cc = place.country if place else (event.actor2.actor.country if event.actor2 else None)
    ctry = country(cc)
    tags: list[str] = [] if event.status == "asserted" else [event.status]
    if denied:  # told and denied: the record stands on its strongest telling
        tags.append(DENIAL_TOLD)
    when, precision = event.date, event.time_precision
    if when is None and article.published is not None:
        when, precision = article.published, 3
        tags.append("date from publication")
    inter1 = inter_code(event.actor1)
    inter2 = inter_code(event.actor2) if event.actor2 else (0 if inter1 else None)
    row = {
        "event_id_cnty": (ctry.alpha3 if ctry else UNKNOWN_COUNTRY) + event.id[:8].upper(),
        "event_date": when.isoformat() if when else "",
        "year": _text(when.year if when else None),
        "time_precision": _text(precision),
        "disorder_type": disorder_type(event),
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "actor1": event.actor1.actor.name if event.actor1 else "",
        "assoc_actor_1": "; ".join(a.actor.name for a in event.assoc_actors),
        "inter1": _text(inter1),
        "actor2": event.actor2.actor.name if event.actor2 else "",
        "assoc_actor_2": "",
        "inter2": _text(inter2),
        "interaction": _text(interaction(inter1, inter2)),
        "civilian_targeting": "Civilian targeting" if inter2 == CIVILIANS else "",
        "iso": _text(ctry.numeric if ctry else None),
        "region": ctry.region if ctry else "",
        "country": ctry.name if ctry else "",
        "admin1": _text(place.admin1 if place else None),
        "admin2": "",
        "admin3": "",
        "location": place.name if place else "",
        "latitude": _text(place.lat if place else None),
        "longitude": _text(place.lon if place else None),
        "geo_precision": _text(event.location.geo_precision if event.location else None),
        "source": _text(article.outlet),
        "source_scale": "",
        "notes": _one_line(event.sentence.text),
        "fatalities": str(event.fatalities or 0),
        "tags": "; ".join(tags),
        "timestamp": _text(timestamp),
        "sitrep_article_id": article.id,
        "sitrep_event_id": event.id,
        "sitrep_status": event.status,
        "sitrep_claim_id": _text(event.claim),
        "sitrep_trigger_start": str(event.trigger.start),
        "sitrep_trigger_end": str(event.trigger.end),
        "sitrep_confidence": _text(event.confidence),
        "sitrep_origin": article.origin,
        "sitrep_fatalities_known": "true" if event.fatalities is not None else "false",
        "sitrep_retellings": "; ".join(r.id for r in retellings),
        "sitrep_story_id": story.id if story else "",
        "sitrep_story_outlets": "; ".join(story.outlets) if story else "",
        "sitrep_corroboration": _text(story.corroboration if story else None),
        "sitrep_contradictions": "; ".join(story.contradictions) if story else "",
        "sitrep_story_sources": "; ".join(story.sources) if story else "",
    }
    return row


def acled_rows(analyses: Iterable[Analysis], *, timestamp: int | None = None,
               stories: Iterable[Story] = ()) -> Iterator[dict[str, str]]:
    index = stories_by_event(stories)
    for analysis in analyses:
        for event, retellings in real_events(analysis.events):
            yield acled_row(event, analysis.article, timestamp=timestamp, retellings=retellings,
                            story=story_of(index, event, retellings))


def write_acled_csv(analyses: Iterable[Analysis], out: TextIO, *,
                    timestamp: int | None = None, stories: Iterable[Story] = ()) -> int:
    """Write the header and one row per real event to ``out``; return the number of rows.

    ``timestamp`` (ACLED: when the row was last changed, Unix seconds) is left blank unless
    given, so that exports of the same store are identical. Open ``out`` with
    ``newline=""`` as the :mod:`csv` module asks. With ``stories`` (:func:`sitrep.link.
    link_stories`, as the store keeps them) each row names its story, the outlets that told
    the event, their independent corroboration and the claims that deny it.
    """
    writer = csv.DictWriter(out, fieldnames=COLUMNS)
    writer.writeheader()
    count = 0
    for row in acled_rows(analyses, timestamp=timestamp, stories=stories):
        writer.writerow(row)
        count += 1
    return count
