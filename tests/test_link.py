"""Stories across articles: clustering, independent corroboration, contradictions."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sitrep.link import link_stories
from sitrep.model import (
    Actor,
    ActorMention,
    Analysis,
    Article,
    Claim,
    Event,
    Location,
    Place,
    Source,
    Span,
)

ARMY = ActorMention(Actor("Military Forces of Syria", "state forces", "SY", 1), None)
SARMIN = Place("Sarmin", 35.9, 36.73, 163806, "P", "PPL", "SY")
ALEPPO = Place("Aleppo", 36.2, 37.16, 170063, "P", "PPLA", "SY")
S = Span(0, 4, "text")


def analysis(outlet: str, *, place: Place = SARMIN, day: int = 11, claim: Claim | None = None,
             extra: tuple[Claim, ...] = ()) -> Analysis:
    article = Article(text="text", origin=outlet, outlet=outlet, published=date(2024, 3, 12))
    event = Event(id=f"e-{outlet}-{place.name}", event_type="Explosions/Remote violence",
                  sub_event_type="Shelling/artillery/missile attack", trigger=S, sentence=S,
                  actor1=ARMY, actor2=None, location=Location(place, 1), date=date(2024, 3, day),
                  claim=claim.id if claim else None)
    return Analysis(article=article, events=(event,), claims=(*(c for c in [claim] if c), *extra))


def claim(cid: str, source: str, source_type: str, stance: str = "asserts",
          denies: str | None = None) -> Claim:
    return Claim(cid, Source(S, source, source_type), S, S, "indirect", stance, "certain",
                 denies)  # type: ignore[arg-type]


def test_same_event_from_three_outlets_is_one_story() -> None:
    stories = link_stories([analysis("Wire"), analysis("Voice"), analysis("Monitor", day=12)])
    (story,) = stories
    assert story.outlets == ("Wire", "Voice", "Monitor")
    assert story.corroboration == 2 and story.place == "Sarmin"


def test_other_places_and_dates_stay_apart() -> None:
    stories = link_stories([analysis("Wire"), analysis("Voice", place=ALEPPO),
                            analysis("Monitor", day=20)])
    assert len(stories) == 3 and all(s.corroboration == 0 for s in stories)


def test_relaying_another_outlet_is_not_independent() -> None:
    relay = claim("c1", "Wire", "media")
    stories = link_stories([analysis("Wire"), analysis("Voice", claim=relay)])
    (story,) = stories
    assert len(story.outlets) == 2 and story.corroboration == 0


def test_relaying_an_outlet_named_with_a_qualifier_is_not_independent() -> None:
    relay = claim("c1", "the pro-government Wire", "media")
    stories = link_stories([analysis("The Wire"), analysis("Voice", claim=relay)])
    (story,) = stories
    assert len(story.outlets) == 2 and story.corroboration == 0


def test_a_denial_of_a_member_is_a_contradiction() -> None:
    said = claim("c1", "Activists", "monitor")
    denied = claim("c2", "Government of Syria", "official", "denies", denies="c1")
    stories = link_stories([analysis("Wire", claim=said, extra=(denied,)), analysis("Voice")])
    (story,) = stories
    assert story.contradictions == ("c2",)


def test_conflicting_actors_stay_apart() -> None:
    other = ActorMention(Actor("Islamic State (Syria)", "rebel group", "SY", 2), None)
    a, b = analysis("Wire"), analysis("Voice")
    b = replace(b, events=(replace(b.events[0], actor1=other),))
    assert len(link_stories([a, b])) == 2
