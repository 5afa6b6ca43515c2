"""Probes (evleft round): what an analyst meets that the last round left.

Sentences written for this test, none copied from gold data; published on a Wednesday,
17 May 2023 (tests/stages.WIRE_DATE). They cover

- tolls told apart from the killing verb: a count of the dead ("The dead included four
  children", "Among the dead were three women and a child"), which is the lowest figure the
  report gives; and a suicide bomber's own death, which ACLED counts with the event's other
  dead (its fatalities are every reported death of the event, not attributed to a side);
- nights that span two days ("the night of Friday to Saturday", "the night of 13 to 14 May")
  dated by one convention, the first day, and other parts of a day ("overnight", "late on
  Sunday", "in the early hours of Monday");
- Mexican cartels by their names, an unnamed cartel as the doer, and armed groups of today's
  wars (Sudan, the Sahel, Myanmar, Congo, Ethiopia, the Middle East, Pakistan, Afghanistan,
  Somalia, Nigeria, Cameroon, Haiti) by the names English-language wires use;
- a change of territory with no place named in its sentence, kept at the article's place at a
  lower precision when the story gives one;
- a passive denial with no doer ("denied that any convoy had been ambushed") told of the
  ambush claimed before it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from stages import events_in, main_in, who, xfail

# --- 1. tolls -------------------------------------------------------------------------------

TOLLS: list[Any] = [
    # a count of the dead told after the act: the lowest figure the report gives
    ("A car bomb exploded in a market in Mogadishu on Tuesday. The dead included four "
     "children.", 4),
    ("Gunmen attacked a village in Zamfara on Monday. Among the dead were three women and a "
     "child.", 4),
    ("Gunmen stormed a church in Owo on Sunday. Among those killed was a priest.", 1),
    # control: a part of a toll told before is no new toll
    ("A car bomb exploded in a market in Mogadishu on Tuesday, killing nine people. Among the "
     "dead were four children.", 9),
    # a suicide bomber's own death is one of the event's dead
    ("A suicide bomber blew himself up at a checkpoint in Kabul, killing himself and two "
     "soldiers.", 3),
    ("A suicide bomber blew himself up at a mosque in Peshawar on Monday, killing 12 "
     "worshippers.", 13),
    ("A suicide bomber blew himself up outside a police station in Quetta on Monday.", 1),
    ("A suicide bomber blew himself up at a checkpoint in Kabul on Monday. Two soldiers were "
     "killed.", 3),
    ("Two suicide bombers blew themselves up at a market in Maiduguri on Monday, killing 20 "
     "shoppers.", 22),
    ("Two suicide bombers blew themselves up at a checkpoint in Maiduguri on Monday.", 2),
    # control: a toll of people may count the bomber: the most conservative figure
    ("A suicide bomber blew himself up at a mosque in Peshawar on Monday, killing 59 people.",
     59),
    # control: a toll that counts the bomber already
    ("A suicide bomber killed 12 people, including himself, at a mosque in Peshawar on "
     "Monday.", 12),
    ("A suicide bomber blew himself up at a mosque in Peshawar on Monday, killing 12 people "
     "including the bomber.", 12),
]


@pytest.mark.parametrize(("text", "toll"), TOLLS)
def test_toll(pipeline: Any, text: str, toll: int) -> None:
    assert main_in(pipeline, text).fatalities == toll


# --- 2. dates -------------------------------------------------------------------------------

DATES: list[Any] = [
    # a night over two days is dated by its first day, whichever way it is written
    ("Russian missiles struck Kyiv on the night of Friday to Saturday.", date(2023, 5, 12)),
    ("Russian missiles struck Kyiv in the night from Friday to Saturday.", date(2023, 5, 12)),
    ("Russian missiles struck Kyiv overnight Friday to Saturday.", date(2023, 5, 12)),
    ("Russian missiles struck Kyiv overnight into Saturday.", date(2023, 5, 12)),
    ("Russian missiles struck Kyiv during the night between Friday and Saturday.",
     date(2023, 5, 12)),
    ("Russian missiles struck Kyiv in a Friday-to-Saturday night attack.", date(2023, 5, 12)),
    ("Russian missiles struck Kyiv in the night from Tuesday to Wednesday.", date(2023, 5, 16)),
    ("On the night of Friday to Saturday, Russian missiles struck Kyiv.", date(2023, 5, 12)),
    ("Overnight into Sunday, Russian drones struck Odesa.", date(2023, 5, 13)),
    ("Russian missiles struck Kyiv on the night of 13 to 14 May.", date(2023, 5, 13)),
    ("On the night of 13 to 14 May, Russian missiles struck Kyiv.", date(2023, 5, 13)),
    ("Russian missiles struck Kyiv on the night of May 13-14.", date(2023, 5, 13)),
    ("Russian missiles struck Kyiv on Saturday night.", date(2023, 5, 13)),
    # parts of one day
    ("Russian drones struck Odesa overnight, killing two people.", date(2023, 5, 16)),
    ("Gunmen attacked a bus in Kaduna late on Sunday.", date(2023, 5, 14)),
    ("Israeli aircraft struck Gaza in the early hours of Monday.", date(2023, 5, 15)),
]


@pytest.mark.parametrize(("text", "day"), DATES)
def test_date(pipeline: Any, text: str, day: date) -> None:
    event = main_in(pipeline, text)
    assert (event.date, event.time_precision) == (day, 1)


# --- 3. actors ------------------------------------------------------------------------------

ACTOR1: list[Any] = [
    # Mexican cartels by name
    ("Sinaloa Cartel gunmen attacked a police station in Culiacan on Sunday.", "sinaloa cartel"),
    ("CJNG gunmen killed five police officers in Jalisco on Monday.", "cjng"),
    ("The Jalisco New Generation Cartel ambushed soldiers in Michoacan.", "cjng"),
    ("Gulf Cartel gunmen clashed with soldiers in Reynosa.", "gulf cartel"),
    ("Los Zetas gunmen ambushed soldiers in Nuevo Laredo.", "zetas"),
    ("La Familia Michoacana kidnapped ten people in Guerrero.", "familia michoacana"),
    # an unnamed cartel acts: its gunmen, not the police it attacks
    ("A cartel attack on a police station in Sinaloa killed three officers.",
     "unidentified armed group (mexico)"),
    # today's armed groups
    ("RSF fighters shelled El Fasher on Monday.", "rsf: rapid support forces"),
    ("SAF warplanes bombed a market in Nyala on Monday.", "military forces of sudan"),
    ("JNIM militants attacked an army post near Djibo.", "jnim"),
    ("Islamic State Sahel fighters killed 20 villagers near Menaka.", "islamic state (sahel)"),
    ("The Arakan Army seized a military base in Rakhine.", "arakan army"),
    ("TNLA fighters attacked a military base in northern Shan state.", "tnla"),
    ("MNDAA troops clashed with the Myanmar army in Laukkai.", "mndaa"),
    ("People's Defence Force fighters ambushed a Myanmar army convoy in Sagaing.",
     "pdf: people's defense force"),
    ("M23 rebels attacked army positions near Goma.", "m23"),
    ("ADF militants killed 30 villagers near Beni.", "adf"),
    ("CODECO militiamen attacked a displacement camp in Ituri.", "codeco"),
    ("Fano militiamen clashed with federal troops near Gondar.", "fano"),
    ("Houthi rebels fired missiles at a ship in the Red Sea.", "houthi"),
    ("Ansar Allah fired drones at Eilat.", "houthi"),
    ("Hezbollah fired rockets at northern Israel on Monday.", "hezbollah"),
    ("Qassam Brigades fighters fired rockets at Ashkelon.", "hamas"),
    ("Al-Quds Brigades fighters clashed with Israeli troops in Jenin.", "pij"),
    ("Africa Corps fighters killed ten civilians near Moura.", "wagner"),
    ("TTP militants attacked a police post in Bannu.", "ttp"),
    ("BLA fighters attacked a train in Balochistan.", "bla"),
    ("ISKP militants attacked a Taliban checkpoint in Jalalabad.", "islamic state (afghanistan)"),
    ("Al-Shabaab fighters stormed an army base in Lower Shabelle.", "shabaab"),
    ("ISWAP fighters overran a military base in Borno.", "iswap"),
    ("Ambazonian separatists killed two gendarmes in Bamenda.", "ambazonian"),
    ("Viv Ansanm gangs attacked the town of Mirebalais.", "viv ansanm"),
]


@pytest.mark.parametrize(("text", "actor1"), ACTOR1)
def test_actor1(pipeline: Any, text: str, actor1: str) -> None:
    mention = main_in(pipeline, text).actor1
    assert mention is not None and actor1 in mention.actor.name.lower(), who(mention)


def test_an_unnamed_cartel_attack_on_police_is_the_police_acted_on(pipeline: Any) -> None:
    event = main_in(pipeline, "A cartel attack on a police station in Sinaloa killed three "
                              "officers.")
    assert "police forces of mexico" in who(event.actor2)


@pytest.mark.parametrize("text", [
    pytest.param("Cartel gunmen ambushed a convoy in Michoacan, killing four soldiers.",
                 marks=xfail("'Michoacan' without its accent resolves to a village named "
                             "Michoacán in Chiapas, not the state (place resolution)")),
    "Cartel gunmen ambushed a convoy in Michoacán state, killing four soldiers.",
])
def test_cartel_gunmen_in_a_state_are_placed_at_the_state(pipeline: Any, text: str) -> None:
    event = main_in(pipeline, text)
    assert event.location is not None
    place = event.location.place
    assert (place.country, place.feature_class, place.feature_code[:3]) == ("MX", "A", "ADM")
    assert event.location.geo_precision == 3


# --- 4. territory with no place named in its sentence ---------------------------------------

def _territory(pipeline: Any, text: str) -> list[Any]:
    return [e for e in events_in(pipeline, text) if "territory" in e.sub_event_type]


@xfail("a dateline's place in capitals ('GOMA, Congo, May 15 (Reuters) -') is not read as a "
       "toponym, so the story has no place of its own to give the event")
def test_territory_taken_in_a_datelined_story_is_kept_at_its_place(pipeline: Any) -> None:
    text = ("GOMA, Congo, May 15 (Reuters) - M23 rebels seized three villages on Sunday, the "
            "army said.")
    taken = _territory(pipeline, text)
    assert len(taken) == 1
    assert taken[0].location is not None and taken[0].location.geo_precision > 1


def test_territory_taken_in_a_story_about_a_place_is_kept_at_its_place(pipeline: Any) -> None:
    text = ("Fighting around Bunagana has forced thousands to flee into Uganda.\n\n"
            "On Sunday, M23 rebels seized two villages, a local official said.")
    taken = _territory(pipeline, text)
    assert len(taken) == 1
    location = taken[0].location
    assert location is not None and location.geo_precision > 1
    assert location.place.country == "CD"


def test_territory_retaken_in_a_story_about_a_place_is_kept_at_its_place(
        pipeline: Any) -> None:
    text = ("Fighting around Bunagana has forced thousands to flee into Uganda.\n\n"
            "On Sunday, the army recaptured two villages, a local official said.")
    taken = _territory(pipeline, text)
    assert [(e.sub_event_type, e.location.place.name if e.location else None,
             e.location.geo_precision if e.location else None) for e in taken] == [
        ("Government regains territory", "Bunagana", 3)]


def test_territory_with_no_place_in_the_whole_story_stays_dropped(pipeline: Any) -> None:
    assert _territory(pipeline, "Rebels seized two villages on Sunday, an official said.") == []


# --- 5. a passive denial with no doer -------------------------------------------------------

def _told(pipeline: Any, text: str) -> list[Any]:
    return [e for e in events_in(pipeline, text)
            if e.event_type != "Strategic developments" and e.same_as is None]


def test_a_passive_denial_of_a_claimed_ambush_is_that_ambush(pipeline: Any) -> None:
    text = ("Rebels said they ambushed an army convoy near Saraqib on Monday, killing 12 soldiers. "
            "The army denied that any convoy had been ambushed.")
    told = _told(pipeline, text)
    assert [e.fatalities for e in told] == [12]


def test_a_passive_denial_of_its_own_convoy_ambushed_is_that_ambush(pipeline: Any) -> None:
    text = ("Rebels said they ambushed an army convoy near Saraqib on Monday, killing 12 soldiers. "
            "The army denied that its convoy had been ambushed.")
    assert [e.fatalities for e in _told(pipeline, text)] == [12]


def test_a_passive_denial_of_another_ambush_stays_apart(pipeline: Any) -> None:
    # control: a new act named as such is another event
    text = ("Rebels said they ambushed an army convoy near Saraqib on Monday, killing 12 soldiers. "
            "The army denied that a second convoy had been ambushed near Idlib.")
    assert len(_told(pipeline, text)) == 2
