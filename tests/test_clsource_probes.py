"""Who says so, across articles (issue 5): one name per state's defence ministry and army, and
corroboration that counts the original sources, not the outlets that relay them.

Short articles written for these tests (no gold data), several outlets each, through the real
pipeline and the real link stage and outputs.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from sitrep.link import link_stories
from sitrep.model import Analysis, Article, Story
from sitrep.outputs.acled_csv import acled_rows

PUBLISHED = date(2017, 9, 14)


def _analyse(pipeline: Any, outlet: str, text: str) -> Analysis:
    return pipeline.analyze(Article(text=text, outlet=outlet, title=f"{outlet} report",
                                    origin=f"probe:{outlet}:{text[:30]}", published=PUBLISHED))


def _sources(analysis: Analysis) -> list[tuple[str, str | None]]:
    """(source phrase, canonical) of each claim of ``analysis``, in text order."""
    return [(c.source.span.text if c.source.span else "", c.source.canonical)
            for c in analysis.claims]


def _story(pipeline: Any, reports: list[tuple[str, str]]) -> tuple[list[Analysis], Story]:
    analyses = [_analyse(pipeline, outlet, text) for outlet, text in reports]
    stories = [s for s in link_stories(analyses) if s.event_type != "Strategic developments"]
    assert len(stories) == 1, stories
    return analyses, stories[0]


# --- one name per state: a ministry or an army named without its state --------------------

SHELLING = ("Artillery shelled Islamic State positions in Deir ez-Zor on Wednesday, killing "
            "20 militants, {source} said.")


@pytest.mark.parametrize(("outlet", "source"), [
    ("SANA", "the Ministry of Defence"),  # the outlet's own state's ministry
    ("Euphrates Post", "the regime's defence ministry"),  # the event's country, no other state
    ("Euphrates Post", "the defence ministry"),
    ("Euphrates Post", "Syria's MoD"),
    ("Euphrates Post", "the Syrian Defence Ministry"),
    ("Euphrates Post", "the Assad regime's defence ministry"),  # not Assad, a person
    ("Euphrates Post", "the Syrian government's defence ministry"),
    ("Euphrates Post", "the defence ministry in Damascus"),  # the capital names the state
    ("Euphrates Post", "the ministry of defence of Syria"),
    ("Euphrates Post", "the MoD"),
])
def test_the_syrian_defence_ministry_is_one_name_however_an_outlet_writes_it(
        pipeline: Any, outlet: str, source: str) -> None:
    analysis = _analyse(pipeline, outlet, SHELLING.format(source=source))
    assert _sources(analysis) == [(source, "Syrian Ministry of Defense")]


def test_a_ministry_named_before_with_its_state_names_the_later_bare_one(pipeline: Any) -> None:
    analysis = _analyse(pipeline, "Euphrates Post", (
        "Syria's MoD said artillery shelled Islamic State positions in Deir ez-Zor on "
        "Wednesday. Turkish troops were not involved, the Ministry of Defence later said."))
    assert [c for _, c in _sources(analysis)] == ["Syrian Ministry of Defense"] * 2


def test_a_ministry_named_by_its_capital_is_its_states(pipeline: Any) -> None:
    # "Moscow" alone is the Government of Russia; its defence ministry is the ministry
    analysis = _analyse(pipeline, "Euphrates Post", SHELLING.format(
        source="Moscow's defence ministry"))
    assert _sources(analysis) == [("Moscow's defence ministry", "Russian Ministry of Defense")]


def test_a_russian_outlets_bare_defence_ministry_is_russias(pipeline: Any) -> None:
    analysis = _analyse(pipeline, "RT", SHELLING.format(source="the Defence Ministry"))
    assert _sources(analysis) == [("the Defence Ministry", "Russian Ministry of Defense")]


def test_a_ministry_whose_state_the_article_does_not_make_clear_stays_bare(
        pipeline: Any) -> None:
    # a strike in Syria by Turkish drones: Turkey's ministry, most likely, but the article does
    # not say so; no guess
    analysis = _analyse(pipeline, "Euphrates Post", (
        "Turkish drones struck Kurdish positions near Qamishli on Monday, the defence ministry "
        "said."))
    assert _sources(analysis) == [("the defence ministry", "defence ministry")]


def test_a_bare_ministry_after_two_states_ministries_stays_bare(pipeline: Any) -> None:
    analysis = _analyse(pipeline, "Levant Courier", (
        "Russian jets struck Islamic State positions near Mayadin on Monday. Russia's Defence "
        "Ministry said its aircraft had killed 40 militants. Syria's Defence Ministry said its "
        "troops had advanced. The Ministry of Defence also said the road to Deir ez-Zor was "
        "open."))
    assert [c for _, c in _sources(analysis)] == [
        "Russian Ministry of Defense", "Syrian Ministry of Defense", "Ministry of Defence"]


def test_a_state_outlets_bare_army_is_the_armys_of_the_country_not_the_outlets(
        pipeline: Any) -> None:
    # RT on a battle in Syria: "the army" is the Syrian army (the article names only Syria)
    text = ("Syrian troops repelled an Islamic State attack on Hatlah in Deir ez-Zor province "
            "on Tuesday, killing 15 militants, the army said.")
    for outlet in ("RT", "Euphrates Post"):
        assert _sources(_analyse(pipeline, outlet, text)) == [("the army", "Syrian army")]


def test_a_state_named_with_capitals_is_written_as_the_others(pipeline: Any) -> None:
    analysis = _analyse(pipeline, "Euphrates Post", (
        "The Syrian Army said its troops shelled Islamic State positions in Deir ez-Zor on "
        "Wednesday."))
    assert [c for _, c in _sources(analysis)] == ["Syrian army"]


# --- corroboration counts the original sources -------------------------------------------

RT_MOD = ("RT", "Russian warplanes bombed Islamic State positions near Mayadin in Deir ez-Zor "
          "province on Monday, killing 30 militants, the Russian Ministry of Defense said.")
DURAN_MOD = ("The Duran", "The Russian MoD published images which they say show that Russian "
             "warplanes bombed Islamic State positions near Mayadin in Deir ez-Zor province on "
             "Monday, killing 30 militants.")
OWN_WITNESSES = ("Euphrates Post", "Warplanes bombed Islamic State positions near Mayadin in "
                 "Deir ez-Zor province on Monday, killing 30 militants, residents said.")


def test_an_official_claim_relayed_by_two_outlets_is_one_source(pipeline: Any) -> None:
    analyses, story = _story(pipeline, [RT_MOD, DURAN_MOD])
    assert [c for a in analyses for _, c in _sources(a)] == ["Russian Ministry of Defense"] * 2
    assert story.outlets == ("RT", "The Duran")  # the outlets that told it stay listed
    assert story.corroboration == 0  # the MoD once


def test_an_outlet_asserting_on_its_own_adds_itself(pipeline: Any) -> None:
    _, story = _story(pipeline, [RT_MOD, DURAN_MOD, OWN_WITNESSES])
    assert story.outlets == ("RT", "The Duran", "Euphrates Post")
    assert story.corroboration == 1  # the MoD and the Euphrates Post's own witnesses


def test_the_csv_names_every_outlet_and_counts_the_sources(pipeline: Any) -> None:
    analyses, story = _story(pipeline, [RT_MOD, DURAN_MOD, OWN_WITNESSES])
    rows = [r for r in acled_rows(analyses, stories=[story]) if r["sitrep_story_id"]]
    assert len(rows) == 3
    assert {r["sitrep_story_outlets"] for r in rows} == {"RT; The Duran; Euphrates Post"}
    assert {r["sitrep_corroboration"] for r in rows} == {"1"}
    # which two: the ministry both relay, told by its name, and the outlet's own witnesses
    assert {r["sitrep_story_sources"] for r in rows} == {
        "Russian Ministry of Defense; Euphrates Post"}


def test_a_story_names_the_sources_it_counts(pipeline: Any) -> None:
    _, story = _story(pipeline, [RT_MOD, DURAN_MOD, OWN_WITNESSES])
    assert story.sources == ("Russian Ministry of Defense", "Euphrates Post")
    assert len(story.sources) == story.corroboration + 1


def test_one_states_ministry_under_three_names_is_one_source(pipeline: Any) -> None:
    reports = [("SANA", SHELLING.format(source="the Ministry of Defence")),
               ("Euphrates Post", SHELLING.format(source="the regime's defence ministry")),
               ("Levant Courier", SHELLING.format(source="Syria's MoD"))]
    _, story = _story(pipeline, reports)
    assert len(story.outlets) == 3 and story.corroboration == 0


BAKERY = "Air strikes hit a bakery in Saraqib on Thursday, killing nine civilians, {} said."


def test_a_monitor_relayed_by_two_outlets_is_one_source(pipeline: Any) -> None:
    monitor = "the Syrian Observatory for Human Rights"
    _, story = _story(pipeline, [("Orontes Daily", BAKERY.format(monitor)),
                                 ("Valley Courier", BAKERY.format(monitor))])
    assert len(story.outlets) == 2 and story.corroboration == 0


def test_unnamed_officials_are_each_outlets_own_sourcing(pipeline: Any) -> None:
    # "local officials" names no one: two outlets' officials may be two sets of people
    _, story = _story(pipeline, [("Orontes Daily", BAKERY.format("local officials")),
                                 ("Valley Courier", BAKERY.format("local officials"))])
    assert story.corroboration == 1


@pytest.mark.parametrize(("name", "written"), [
    ("Syrian Army", "Syrian army"),
    ("Russian Armed Forces", "Russian armed forces"),
    ("Free Syrian Army", "Free Syrian Army"),  # an armed group's name, no state's service
    ("Syrian Arab Army", "Syrian Arab Army"),
    ("Arakan Army", "Arakan Army"),
])
def test_a_states_service_is_written_one_way_and_other_armies_as_named(
        name: str, written: str) -> None:
    from sitrep.affiliations import state_words  # here, so that the probes above run on main
    from sitrep.extract.claim_states import one_service_name

    assert one_service_name(name, state_words()) == written
