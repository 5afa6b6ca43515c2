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


def _told_without_a_day(an: Analysis, day: int) -> Analysis:
    """``an`` as a report published on ``day`` that names no day of its own: the date stage
    dates its event by the publication, to the week."""
    ev = replace(an.events[0], date=date(2024, 3, day), time_precision=2)
    return replace(an, article=replace(an.article, published=date(2024, 3, day)), events=(ev,))


def test_a_report_naming_no_day_joins_the_event_it_fits() -> None:
    # a denial published on the 15th that names no day: four days after Monday's shelling, more
    # than the two days day-dated reports may lie apart, within the week before it
    stories = link_stories([analysis("Wire"), _told_without_a_day(analysis("Voice"), 15)])
    (story,) = stories
    assert story.outlets == ("Wire", "Voice") and story.date == date(2024, 3, 11)


def test_a_report_naming_no_day_tells_no_later_event() -> None:
    # a report published on the 8th cannot tell a shelling of the 11th
    stories = link_stories([analysis("Wire"), _told_without_a_day(analysis("Voice"), 8)])
    assert len(stories) == 2


def test_a_report_naming_no_day_never_bridges_two_day_dated_events() -> None:
    # Monday's and Thursday's shellings of one town are two events; a report published on
    # Friday naming no day fits both (4 days and 1 day before it) and joins the nearer one only:
    # a link to both would make one story of the two shellings
    monday, thursday = analysis("Wire", day=11), analysis("Monitor", day=14)
    report = _told_without_a_day(analysis("Voice"), 15)
    stories = link_stories([monday, thursday, report])
    assert sorted(len(s.events) for s in stories) == [1, 2]
    (joined,) = [s for s in stories if len(s.events) == 2]
    assert joined.outlets == ("Monitor", "Voice")


def test_reports_naming_no_day_that_fit_no_event_join_each_other() -> None:
    a = _told_without_a_day(analysis("Wire"), 20)
    b = _told_without_a_day(analysis("Voice"), 21)
    (story,) = link_stories([a, b])
    assert story.corroboration == 1


# --- state media and party channels are their owner's voice (clwire8) ------------------------


def test_regime_media_relayed_is_the_states_voice_as_its_agency_is() -> None:
    # "Regime media claimed …" in an opposition outlet, and SANA's own article: one voice,
    # Syria's, on a shelling in Syria; the independent wire is the one corroboration
    relay = claim("c1", "Regime media", "media")
    stories = link_stories([analysis("SANA"), analysis("Voice", claim=relay), analysis("Wire")])
    (story,) = stories
    assert len(story.outlets) == 3 and story.corroboration == 1


def test_two_state_outlets_of_one_state_are_one_source() -> None:
    relay = claim("c1", "Syrian state television", "media")
    stories = link_stories([analysis("Voice", claim=relay), analysis("Syrian Arab News Agency")])
    (story,) = stories
    assert story.corroboration == 0


def test_another_states_media_is_another_voice() -> None:
    relay = claim("c1", "Russian state media", "media")
    stories = link_stories([analysis("Voice", claim=relay), analysis("SANA")])
    (story,) = stories
    assert story.corroboration == 1


def test_independent_outlets_stay_independent() -> None:  # a control
    relay = claim("c1", "Reuters", "media")
    stories = link_stories([analysis("Voice", claim=relay), analysis("SANA"), analysis("Wire")])
    (story,) = stories
    assert story.corroboration == 2


# --- a relayed named source is the source, not the outlets that tell it (clsource) -----------


def test_an_official_source_relayed_by_two_outlets_is_one_source() -> None:
    mod = claim("c1", "Syrian Ministry of Defense", "official")
    again = claim("c2", "Syrian Ministry of Defense", "official")
    stories = link_stories([analysis("Wire", claim=mod), analysis("Voice", claim=again)])
    (story,) = stories
    assert story.outlets == ("Wire", "Voice") and story.corroboration == 0


def test_a_states_ministry_and_its_agency_are_one_voice() -> None:
    mod = claim("c1", "Syrian Ministry of Defense", "official")
    stories = link_stories([analysis("Wire", claim=mod), analysis("SANA"), analysis("Voice")])
    (story,) = stories
    assert story.corroboration == 1  # Syria's voice and the Voice's own report


def test_a_description_of_a_source_stays_the_outlets_own() -> None:
    # "Government forces said …" at a sentence's start, "officials": no one named
    told = [analysis("Wire", claim=claim("c1", "Government forces", "military")),
            analysis("Voice", claim=claim("c2", "Government forces", "military")),
            analysis("Post", claim=claim("c3", "officials", "official"))]
    (story,) = link_stories(told)
    assert story.corroboration == 2


def test_a_named_monitor_relayed_twice_and_a_witness_are_two_sources() -> None:
    told = [analysis("Wire", claim=claim("c1", "Syrian Observatory for Human Rights", "monitor")),
            analysis("Voice", claim=claim("c2", "Syrian Observatory for Human Rights", "monitor")),
            analysis("Post", claim=claim("c3", "residents", "witness"))]
    (story,) = link_stories(told)
    assert story.corroboration == 1


def test_a_relayed_denial_is_no_corroborating_source() -> None:
    # "The Defence Ministry denied that its forces had shelled the town": the ministry
    # contradicts the story, it does not corroborate it
    said = claim("c1", "residents", "witness")
    denied = claim("c2", "Syrian Ministry of Defense", "official", "denies", denies="c1")
    told = analysis("Voice", claim=said)
    denial = analysis("Voice", claim=denied)
    denial = replace(denial, events=(replace(denial.events[0], id="e-denied"),))
    (story,) = link_stories([told, denial, analysis("Wire")])
    assert story.corroboration == 1


def test_an_outlet_that_only_tells_a_denial_corroborates_nothing() -> None:
    denied = claim("c2", "Government of Syria", "official", "denies", denies="c1")
    (story,) = link_stories([analysis("Wire"), analysis("Voice", claim=denied)])
    assert story.outlets == ("Wire", "Voice") and story.corroboration == 0
    assert story.contradictions == ("c2",)


def test_a_party_and_its_channel_relayed_by_two_outlets_are_one_voice() -> None:
    # "the Houthis said" in one outlet, "Al-Masirah reported" in another: the Houthis', once
    group = claim("c1", "Houthis", "armed group")
    channel = claim("c2", "Al-Masirah", "media")
    (story,) = link_stories([analysis("Wire", claim=group), analysis("Voice", claim=channel)])
    assert story.corroboration == 0
