"""Wire-copy probes of other wars, second set (lead, stop 22; sitrep's own sentences).

Force used on a demonstration, told the way wires tell it: "Police fired tear gas to disperse
opposition supporters marching in Nairobi". The fire of state forces with no armed side
against it, told in the sentence of a demonstration met by force, is that force: one event of
the demonstration's sub-type, the state's forces acting on the crowd. Before, the firing verb
made an armed clash of its own beside the demonstration ("fired | Armed clash | Police Forces
of Kenya -> None"), and live ammunition fired "at opposition supporters marching in Nairobi"
had Nairobi as the side acted on.

Written before the rule: 3 of 6 failed (the control of a clash between two armed sides,
"opened fire on demonstrators" and the students demonstrating in Kampala passed).

Looting by the doers of an attack or a clash, told with it, is part of it, as ACLED codes it:
"Gunmen raided the village of Tillia, killing 15 civilians and stealing cattle" is one attack
with 15 dead. Before, the theft was a second event, of looting, and took the toll from the
raid. So is the damage a shelling does ("shelled the town of Kupiansk, damaging a hospital").
Written before the rule: 5 of 7 failed (the controls, looting by others and a riot, passed).

The small English pipeline reads "Odesa" as a LANGUAGE: a name so read is a place when a city
of 50,000 or more has it ("in Odesa"), not otherwise ("published in English", English being a
small town of Indiana). Before, the drone strike had no place; 1 of 2 failed.

What a demonstration is against does not make it violent: "a sit-in … to protest against the
naval blockade" was a violent demonstration by rioters, as "blockade" is a crowd's violent act
when the crowd blockades. A device that engineers defuse, dismantle or find did not go off:
"Army engineers defused a roadside bomb" made an explosion by an unidentified armed group
beside the disruption. Written before the rules: 4 of 5 failed (the bomb that killed passed).

A group that claims responsibility for a deed reports it: "The Pakistani Taliban claimed
responsibility for the suicide bombing at a police compound in Peshawar" is a suicide bombing
by the TTP, reported by its doer. Before, "responsibility" was read as blame, as in "held X
responsible for the bombing", and no event was made. A claim no one made ("No group has
claimed responsibility", "did not claim") still tells none. 2 of 5 failed before.

Glide bombs (guided aerial bombs) are dropped from aircraft: an air strike
(event_instruments.tsv), not an attack. Failed before.

The Islamic State is named by its branch in the country the event is placed in, as ACLED names
it: the bombing of a church in Jolo is by "Islamic State (Philippines)", not "(Syria)", the
row its bare name finds; a branch the dictionary names by a region is that row ("Islamic State
(Sahel)" near Menaka). 3 of 4 failed before (Palmyra's "(Syria)" passed).

A bombing told first with no doer ("A bomb exploded in a church in Jolo …": the Unidentified
Armed Group, as ACLED codes an unclaimed blast) and then claimed ("Islamic State claimed
responsibility for the bombing") is one real event whose doer is the group that claimed it
(retellings.merged, as the ACLED CSV, GeoJSON and report give it). Failed before.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from sitrep.model import Article
from stages import events_in


@pytest.mark.parametrize(("text", "sub", "crowd"), [
    ("Police fired tear gas to disperse opposition supporters marching in Nairobi.",
     "Protest with intervention", "Protesters (Kenya)"),
    ("Police fired tear gas to disperse opposition supporters in Nairobi.",
     "Protest with intervention", "Protesters (Kenya)"),
    ("Police fired live ammunition at opposition supporters marching in Nairobi.",
     "Excessive force against protesters", None),
    ("Police fired tear gas at hundreds of students demonstrating outside parliament in "
     "Kampala.", "Protest with intervention", "Protesters (Uganda)"),
    ("Soldiers opened fire on demonstrators in Khartoum, killing three.",
     "Excessive force against protesters", "Protesters (Sudan)"),
])
def test_state_fire_at_a_demonstration_is_the_force_on_it(pipeline: Any, text: str, sub: str,
                                                          crowd: str | None) -> None:
    found = events_in(pipeline, text)
    assert [e.sub_event_type for e in found] == [sub]  # no armed clash beside it
    event = found[0]
    assert event.actor1 is not None and event.actor1.actor.type == "state forces"
    if crowd is None:  # whatever the crowd is read as, never the town
        assert event.actor2 is None or event.actor2.actor.type in {"protesters", "rioters"}
    else:
        assert event.actor2 is not None and event.actor2.actor.name == crowd


def test_a_clash_between_armed_sides_stays_a_clash(pipeline: Any) -> None:
    found = events_in(pipeline, "Soldiers clashed with Al-Shabaab fighters near Afgoye, while "
                                "hundreds of residents marched in Mogadishu.")
    assert "Armed clash" in [e.sub_event_type for e in found]


@pytest.mark.parametrize(("text", "sub", "dead"), [
    ("Gunmen raided the village of Tillia, killing 15 civilians and stealing cattle.",
     "Attack", 15),
    ("Gunmen killed 15 civilians and looted shops in Tillia.", "Attack", 15),
    ("Bandits stole cattle and killed two herders in Tillia.", "Attack", 2),
    ("Militants attacked a military base in Tillia and looted weapons.", "Armed clash", None),
    ("Russian forces shelled the town of Kupiansk, damaging a hospital and a school.",
     "Shelling/artillery/missile attack", None),
])
def test_looting_in_the_course_of_violence_is_part_of_it(pipeline: Any, text: str, sub: str,
                                                         dead: int | None) -> None:
    found = events_in(pipeline, text)
    assert [(e.sub_event_type, e.fatalities) for e in found] == [(sub, dead)]


def test_looting_by_others_is_its_own_event(pipeline: Any) -> None:
    found = events_in(pipeline, "Soldiers killed three rebels, and residents later looted the "
                                "market in Tillia.")
    assert sorted(e.sub_event_type for e in found) == ["Armed clash",
                                                       "Looting/property destruction"]


def test_a_riot_that_loots_stays_a_riot(pipeline: Any) -> None:
    found = events_in(pipeline, "Rioters looted shops in Dakar and clashed with police.")
    assert [e.sub_event_type for e in found] == ["Violent demonstration"]


def test_a_city_the_tagger_reads_as_a_language_is_a_place(pipeline: Any) -> None:
    found = events_in(pipeline, "A Russian drone hit a grain warehouse in Odesa overnight, the "
                                "regional governor said.")
    assert found and found[0].location is not None
    assert (found[0].location.place.name, found[0].location.place.country) == ("Odesa", "UA")


def test_a_language_is_no_place(pipeline: Any) -> None:
    analysis = pipeline.analyze(Article(text="The statement was published in English and Arabic.",
                                        origin="test", published=date(2023, 5, 17)))
    assert not [p for p in analysis.places if p.span.text in {"English", "Arabic"}]


@pytest.mark.parametrize("text", [
    "Fishermen in Gaza staged a sit-in at the port to protest against the naval blockade.",
    "Truck drivers marched in Lagos on Monday to protest against the fuel blockade.",
])
def test_a_blockade_protested_against_is_no_violence(pipeline: Any, text: str) -> None:
    assert [e.sub_event_type for e in events_in(pipeline, text)] == ["Peaceful protest"]


@pytest.mark.parametrize(("text", "subs"), [
    ("Army engineers defused a roadside bomb on the highway near Kandahar.",
     ["Disrupted weapons use"]),
    ("Soldiers dismantled a car bomb in Kandahar.", ["Disrupted weapons use"]),
    ("A roadside bomb killed three soldiers near Kandahar.",
     ["Remote explosive/landmine/IED"]),
])
def test_a_defused_bomb_did_not_go_off(pipeline: Any, text: str, subs: list[str]) -> None:
    assert [e.sub_event_type for e in events_in(pipeline, text)] == subs


def test_a_claim_of_responsibility_tells_the_deed(pipeline: Any) -> None:
    found = events_in(pipeline, "The Pakistani Taliban claimed responsibility for the suicide "
                                "bombing at a police compound in Peshawar.")
    assert [e.sub_event_type for e in found] == ["Suicide bomb"]
    event = found[0]
    assert event.actor1 is not None and event.actor1.actor.name.startswith("TTP")
    assert event.status == "reported"
    assert event.location is not None and event.location.place.name == "Peshawar"


@pytest.mark.parametrize("text", [
    "No group has claimed responsibility for the attack.",
    "Al-Shabaab did not claim responsibility for the blast.",
    "The government held Islamic State responsible for the bombing of a church in Jolo.",
])
def test_blame_and_claims_no_one_made_tell_no_deed(pipeline: Any, text: str) -> None:
    assert events_in(pipeline, text) == ()


def test_a_glide_bomb_is_an_air_strike(pipeline: Any) -> None:
    found = events_in(pipeline, "Two people were killed when a Russian glide bomb hit an "
                                "apartment block in Kharkiv.")
    assert [(e.sub_event_type, e.fatalities) for e in found] == [("Air/drone strike", 2)]
    assert found[0].actor1 is not None
    assert found[0].actor1.actor.name == "Military Forces of Russia"


@pytest.mark.parametrize(("text", "name"), [
    ("The Islamic State group claimed responsibility for the bombing of a church in Jolo.",
     "Islamic State (Philippines)"),
    ("Islamic State fighters attacked an army post near Menaka, killing six soldiers.",
     "Islamic State (Sahel)"),
    ("Islamic State militants killed 20 villagers in Cabo Delgado province.",
     "Islamic State (Mozambique)"),
    ("Islamic State fighters attacked Syrian army positions near Palmyra.",
     "Islamic State (Syria)"),
])
def test_the_islamic_state_is_named_by_its_branch(pipeline: Any, text: str, name: str) -> None:
    found = events_in(pipeline, text)
    assert found and found[0].actor1 is not None and found[0].actor1.actor.name == name


def test_a_claimed_bombing_is_coded_to_the_claimant(pipeline: Any) -> None:
    from sitrep.extract.retellings import merged, real_events

    analysis = pipeline.analyze(Article(
        text="A bomb exploded in a church in Jolo on Sunday, killing 20 people. Islamic State "
             "claimed responsibility for the bombing.", origin="test",
        published=date(2023, 5, 17)))
    real = [merged(head, told) for head, told in real_events(analysis.events)]
    assert len(real) == 1
    event = real[0]
    assert event.actor1 is not None and event.actor1.actor.name == "Islamic State (Philippines)"
    assert (event.sub_event_type, event.fatalities) == ("Remote explosive/landmine/IED", 20)


@pytest.mark.parametrize("text", [
    "Rebels Claim Capture Of Key Town In Eastern Congo",
    "Bombing Kills 12 In Mogadishu",
])
def test_a_title_case_headline_with_no_full_stop_is_read(pipeline: Any, text: str) -> None:
    # a compass word before a place that ends the text ("In Eastern Congo") made the check of
    # an organisation's name read a token past the end (IndexError, found by clconflict)
    analysis = pipeline.analyze(Article(text=text, origin="test", published=date(2023, 5, 17)))
    assert analysis.places and analysis.places[-1].span.end == len(text)
