"""Role probes (evactors round): who acts (actor1) and who is acted on (actor2), by ACLED's
codebook, in sentences about many wars (Israel and Palestine, Syria, Nigeria, China, Sudan,
Somalia, Turkey, Congo, Colombia, Yemen).

Sentences written for this test, none copied from gold data. They cover people acted on who are
named by their faith or people ("three Christians", "Tibetan monks", "Two Palestinians":
ACLED's "Civilians (Country)", the words kept as the span; by their trade alone they keep the
project's convention, "five doctors"), a civilian site
attacked ("stormed a hotel in Mogadishu": the civilians there, not the town), protesters fired
on with live rounds (Excessive force against protesters: the protesters are acted on), an
apposition ("the opposition leader, Kizza Besigye": the span takes both names), groups named
by a modifier form or their movement ("Tamil Tiger positions", "Zapatista rebels"), a thing
destroyed named by its owner ("an oil pipeline owned by Ecopetrol"), a
people's adjective before "fighters" (no named group), a remote attack on a territory (no force
acted on is told), people fleeing after a clash (the clash's sides are not acted on); and
controls that held before.

An expectation is a piece of the expected actor's canonical name, span text or type, matched
case-insensitively against "name [type] span" (tests/stages.who); alternatives are split by
"|"; None leaves that side unchecked; "-" asks for no actor; a leading "!" asks that the piece
be absent.
"""

from __future__ import annotations

from typing import Any

import pytest

from stages import main_roles

PROBES: list[Any] = [
    # people named by trade, faith or people, acted on: the civilians of a state
    ("Two Palestinians were shot dead by Israeli soldiers in Hebron on Tuesday.",
     "military forces of israel", "civilians (palestine)"),
    # control: people named by their trade alone keep it (the project's convention)
    ("Russian warplanes struck a hospital in Aleppo, killing five doctors.",
     "military forces of russia", "doctors"),
    ("Gunmen killed three Christians in Plateau state on Sunday.",
     "unidentified armed group", "civilians (nigeria)"),
    ("Chinese police beat Tibetan monks in Lhasa.", "police forces of china",
     "civilians (china)"),
    ("Gunmen attacked a school in Kaduna, killing two teachers.", "unidentified armed group",
     "teachers"),
    ("Militiamen hacked to death eleven Hutu farmers near Goma.", None,
     "civilians (democratic republic of congo)"),
    # a civilian site attacked: its civilians, not its town
    ("Al-Shabaab fighters stormed a hotel in Mogadishu.", "shabaab", "civilians (somalia)"),
    ("Sudanese warplanes bombed villages in South Kordofan.", "military forces of sudan",
     "civilians (sudan) [civilians] villages in south kordofan"),
    # control: a town hit stays the town
    ("Rebels shelled the town of Kuito.", None, "kuito [unknown] town of kuito"),
    # protesters fired on with live rounds: they are acted on
    ("Police fired live rounds to disperse protesters in Khartoum, killing three.",
     "police forces of sudan", "protesters (sudan)"),
    # a people's adjective before "fighters" names no group
    # (read by the place named, Afrin in Syria, not by the nationality word "Turkish")
    ("Kurdish fighters clashed with Turkish troops near Afrin.", "!pkk",
     "military forces of turkey"),
    # a remote attack on a territory: no force acted on is told
    ("Hamas fired rockets at southern Israel.", "hamas", "!military forces"),
    # people who flee a clash are not acted on by its sides
    ("Thousands of villagers fled their homes after clashes between the army and rebels in "
     "Ituri.", None, "!military forces"),
    # an apposition tells who by both its names: the span takes both
    ("Soldiers detained the opposition leader, Kizza Besigye, in Kampala.", None,
     "opposition leader, kizza besigye"),
    ("Taliban insurgents killed Mohammad Khan, the district governor, in Ghazni.", "taliban",
     "mohammad khan, the district governor"),
    # groups named by the modifier form of their name, or by their movement's name
    ("The Sri Lankan air force bombed Tamil Tiger positions in Jaffna.", None, "ltte"),
    ("Zapatista rebels clashed with Mexican soldiers in Chiapas.", "ezln",
     "military forces of mexico"),
    # a thing destroyed named by who owns it: its owner is acted on
    ("Colombian guerrillas blew up an oil pipeline owned by Ecopetrol.", None, "ecopetrol"),
    ("Rebels burned trucks belonging to a Chinese company in Katanga.", None,
     "chinese company"),
    # a town named by "of" after a stateless people's adjective: the town, not the people
    ("Russian troops stormed the Chechen village of Samashki.", "military forces of russia",
     "samashki"),
    # control: a people with a state of its own are its civilians
    ("Settlers attacked the Palestinian village of Burin.", None, "civilians (palestine)"),
    # a person's given name is no place: the troops are the state's of the place named
    ("Rebels loyal to Laurent Nkunda attacked government troops and UN peacekeepers near "
     "Goma.", None, "military forces of democratic republic of congo"),
    # controls: armed people acted on stay their force; a named group stays itself
    ("Rebels ambushed a Colombian army patrol in Antioquia, killing four soldiers.",
     "armed group", "military forces of colombia"),
    ("Houthi rebels fired a missile at the Saudi city of Jizan.", "houthi", "jizan"),
    ("Boko Haram militants killed 30 villagers in Borno state.", "boko haram",
     "civilians (nigeria)"),
]


def _holds(found: str, expected: str | None) -> bool:
    if expected is None:
        return True
    if expected.startswith("!"):
        return expected[1:] not in found
    return any(piece == found if piece == "-" else piece in found
               for piece in expected.split("|"))


@pytest.mark.parametrize(("text", "actor1", "actor2"), PROBES)
def test_who_acts_and_who_is_acted_on(pipeline: Any, text: str, actor1: str | None,
                                      actor2: str | None) -> None:
    found1, found2 = main_roles(pipeline, text)
    assert _holds(found1, actor1), found1
    assert _holds(found2, actor2), found2
