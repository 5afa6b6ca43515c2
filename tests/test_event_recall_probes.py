"""Recall probes (recall6): violence and protest an ACLED coder codes and a rule system easily
misses because no usual attack verb tells it: stones thrown, arson, sabotage of pylons,
pipelines and rail, looting, lynching, clashes that "erupted", units that "came under attack",
nominal reports ("a blast rocked", "an ambush left three dead"), bodies found with gunshot
wounds, hostages held. Each carries the sub-type ACLED's codebook gives it. Controls follow:
the same words in diplomacy, disaster, sport or crime wording, which must give no event.

The sentences are sitrep's own writing in wire style, with invented names. All were written
before any was run: 27 of 39 passed first (17 of the 28 violence probes, 10 of the 11
controls; every violence probe that failed gave no event at all).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from sitrep.extract.events import main_event
from sitrep.model import Article
from stages import xfail
from test_event_codebook import (
    ABDUCT,
    ATTACK,
    CLASH,
    GRENADE,
    IED,
    INTERVENTION,
    LOOTING,
    MOB,
    PEACEFUL,
    VIOLENT_DEMO,
    acled_main,
)

RECALL_PROBES: list[Any] = [
    # stones thrown: demonstrators or youths at security forces are a violent demonstration;
    # a crowd stoning passers-by outside any demonstration is mob violence
    ("Palestinian youths threw stones at soldiers near the Beit Karem checkpoint on Friday, "
     "the army said.",
     VIOLENT_DEMO),
    ("Dozens of young men pelted riot police with rocks and petrol bombs in the Nalu district "
     "on Saturday night.",
     VIOLENT_DEMO),
    ("A crowd hurled stones at a bus carrying members of the minority community near Tarsi on "
     "Sunday, injuring four passengers, police said.",
     MOB),
    ("Youths blocked the main highway to Kabanga with burning tyres on Monday to protest "
     "against power cuts.",
     VIOLENT_DEMO),
    # arson and sabotage of property, no one harmed: looting/property destruction
    ("Guerrillas blew up a power pylon near Puerto Lanza overnight, cutting electricity to "
     "three towns, the energy ministry said.",
     LOOTING),
    ("Unidentified assailants set a polling station on fire in the village of Dembo on "
     "Tuesday night, election officials said.",
     LOOTING),
    ("Militants sabotaged an oil pipeline in the Delta region on Wednesday, the company said. "
     "Output was halted.",
     LOOTING),
    pytest.param("Saboteurs damaged a section of the railway line between Orsk and Tavin, "
                 "derailing a freight train, the rail operator said.",
                 LOOTING,
                 marks=xfail("'a section of' the line hides the railway from the damage "
                             "frame, and 'damaged' a road is also what floods do")),
    ("Suspected rebels burned down a primary school and two clinics in Mbalo district, local "
     "authorities said on Thursday.",
     LOOTING),
    ("Armed men looted shops and stole livestock in the village of Garin Dutse on Tuesday, "
     "residents said.",
     LOOTING),
    ("Gunmen vandalised a telecommunications mast outside Hadera on Sunday, cutting mobile "
     "services to the area.",
     LOOTING),
    # lynching and mob justice
    ("A crowd beat a suspected thief to death in the market of Kisoro on Sunday, police said.",
     MOB),
    ("Villagers lynched two men accused of witchcraft in the hills above Tenga, a local "
     "official said.",
     MOB),
    # clashes told as something that happened
    ("Clashes erupted between rival militias in the town of Zawiya on Monday, leaving four "
     "fighters dead, a hospital source said.",
     CLASH),
    ("Heavy fighting broke out between the army and rebels near Kalemie on Thursday, "
     "residents said.",
     CLASH),
    ("An army convoy came under attack near Tessit on Thursday, the military said. Two "
     "soldiers were wounded.",
     CLASH),
    ("A police patrol came under fire from gunmen on the outskirts of Baidoa on Wednesday.",
     CLASH),
    # nominal reports
    ("A blast rocked a crowded market in Gardez on Friday, killing seven people, officials "
     "said.",
     IED),
    ("An ambush left three soldiers dead near the border town of Menaka on Saturday, the "
     "defence ministry said.",
     CLASH),
    ("A bomb ripped through a bus station in Kano on Monday evening, wounding 12 people.",
     IED),
    ("Three soldiers were killed when their vehicle struck a landmine near Tillaberi on "
     "Tuesday.",
     IED),
    # people found dead, killed by unknown armed men
    ("Two farmers were found dead with gunshot wounds in a field outside Arauca on Sunday, "
     "police said.",
     ATTACK),
    ("The body of a local chief was found riddled with bullets near his home in Kibati on "
     "Friday.",
     ATTACK),
    ("Unidentified gunmen shot and wounded a journalist outside his home in Quetta on "
     "Tuesday.",
     ATTACK),
    ("Attackers armed with machetes killed nine villagers in Ituri province overnight, a "
     "civil society leader said.",
     ATTACK),
    # hostages
    ("Pirates seized the 14 crew members of a cargo ship off Bonny Island and are holding "
     "them for ransom, the shipping company said.",
     ABDUCT),
    ("Gunmen were holding about 20 hostages inside a hotel in Mogadishu late on Saturday, "
     "security sources said.",
     ABDUCT),
    ("Armed men hijacked a lorry on the Maiduguri road and took its driver and two "
     "passengers hostage on Friday.",
     ABDUCT),
]

# The same words where nothing political or violent happened: no event.
CONTROL_PROBES: list[Any] = [
    ("Heavy rain triggered a landslide that buried 14 homes in the village of Kebra on "
     "Monday, officials said.",
     None),
    ("A fire broke out at a textile factory in Gazipur on Tuesday, killing nine workers, "
     "firefighters said.",
     None),
    ("An earthquake left 30 people dead in the mountain province of Badra on Saturday.",
     None),
    ("A bus crash left 11 dead on the highway north of Lusaka on Sunday, police said.",
     None),
    ("Firefighters battled a blaze at a warehouse in the port district for six hours on "
     "Wednesday.",
     None),
    ("The foreign ministers clashed over the wording of the final communique at the summit "
     "in Vienna on Thursday.",
     None),
    ("The government's budget came under attack from opposition lawmakers on Tuesday, who "
     "called it reckless.",
     None),
    ("The corruption scandal rocked the ruling coalition on Monday, forcing two ministers to "
     "resign.",
     None),
    ("Two hikers were found dead after a snowstorm in the mountains above Gudauri, rescuers "
     "said.",
     None),
    ("Thieves stole copper cable from the railway line near Germiston, disrupting train "
     "services for hours, the operator said.",
     None),
    ("An electrical fault set a warehouse on fire in the industrial zone of Tema overnight, "
     "the fire service said.",
     None),
    ("Talks between the two countries broke down on Friday after negotiators failed to agree "
     "on a border line.",
     None),
]


# A second batch, written after the first was run and before any of it was: grenades thrown
# or lobbed, crowds and mobs, fights that "broke out", property broken into, carted away or
# vandalised, in the wordings of South Asian and African wires; with controls of the same verbs
# in crime and sport. 13 written, 12 passed first; the one that failed is a strict xfail.
SECOND_PROBES: list[Any] = [
    ("Suspected militants lobbed a grenade at a paramilitary bunker in Sopore on Monday. It "
     "exploded on the roadside, police said.",
     GRENADE),
    ("A hand grenade was thrown into the compound of a police station in Imphal late on "
     "Friday. No one was hurt.",
     GRENADE),
    ("Unknown persons hurled a grenade at the house of a local party leader in Tral on "
     "Wednesday night, officials said.",
     GRENADE),
    ("A grenade explosion at a bus stand in Pulwama injured ten civilians on Saturday.",
     GRENADE),
    ("A mob of around 200 people attacked the house of a man accused of blasphemy in Kotli "
     "and set his car on fire, police said.",
     MOB),
    ("A group of villagers attacked two forest guards with sticks in Karimganj district on "
     "Tuesday after a dispute over timber.",
     MOB),
    ("A gunfight broke out between police and Maoist rebels in a forest near Bijapur on "
     "Sunday, officials said.",
     CLASH),
    ("Militants attacked an army post in Kupwara late on Saturday, triggering a brief "
     "exchange of fire.",
     CLASH),
    pytest.param("Armed men broke into the office of the electoral commission in Walikale on "
                 "Thursday and carted away computers and ballot papers.",
                 LOOTING,
                 marks=xfail("'broke into' and 'carted away' are no event words: as plain "
                             "triggers they would outrank a killing told with them, and "
                             "burglars do both")),
    ("Miscreants torched three vehicles parked outside the opposition party's office in "
     "Dhaka early on Monday.",
     LOOTING),
    ("Maoists blew up a school building in Gaya district overnight, police said.",
     LOOTING),
    ("Fans hurled abuse at the referee after the final whistle in the derby on Sunday.",
     None),
    ("Burglars broke into a jewellery shop in the city centre on Tuesday and carted away "
     "gold worth 2 million rupees, police said.",
     None),
]


# A third batch, written after the second was run and before any of it was: the idioms of
# South Asian and African wires for demonstrations and shootings ("lathi-charged", "dharna",
# "gheraoed", "went on the rampage", "pumped bullets into"), with an animal's rampage as control.
# 11 written, 6 passed first; four more pass with this batch's rules, one is a strict xfail.
THIRD_PROBES: list[Any] = [
    ("Police resorted to a lathi-charge to disperse agitating farmers in Karnal on Saturday.",
     INTERVENTION),
    # passes since evcodebook: a clause the tagger read as a noun phrase ('lathi - charged'
    # describing the students, ROOT 'students') keeps its verb as the police's act
    ("Police lathi-charged students protesting against the fee hike in Patna on Monday.",
     INTERVENTION),
    ("Gunmen on motorcycles sprayed bullets on a car carrying a local councillor in Peshawar, "
     "killing him on the spot.",
     ATTACK),
    ("Assailants pumped bullets into a shopkeeper in Bhalwal on Tuesday and fled, police said.",
     ATTACK),
    ("Unidentified gunmen fired indiscriminately at passers-by in the main market of Bauchi "
     "on Friday.",
     ATTACK),
    ("Agitators damaged public property and set a bus ablaze in Guwahati on Wednesday during "
     "a protest against the new citizenship law.",
     VIOLENT_DEMO),
    ("Hundreds of youths went on the rampage in Kisumu after the death of a trader in police "
     "custody, blocking roads and stoning vehicles.",
     VIOLENT_DEMO),
    ("Members of the teachers' union staged a dharna in front of the secretariat in "
     "Bhubaneswar on Monday.",
     PEACEFUL),
    ("Hundreds of farmers gheraoed the office of the district magistrate in Sitapur to demand "
     "compensation for crop losses.",
     PEACEFUL),
    ("Students held a candlelight march in Kolkata on Sunday to protest against the killing "
     "of a doctor.",
     PEACEFUL),
    ("A herd of wild elephants went on the rampage in a village near Hosur, destroying crops "
     "and two huts.",
     None),
]


# A fourth batch, written before running: lines of the power grid and the railway named by
# two words ("power lines", "transmission line"), blown up or sabotaged; a storm's damage to
# them as control. 4 written, 2 passed first; both others pass now (the object's compound is
# read with it: "power lines" are property, "railway line" of class road).
LINE_PROBES: list[Any] = [
    ("Rebels blew up two high-voltage power lines outside Kindu overnight, cutting electricity "
     "to the town, the utility said.",
     LOOTING),
    ("Insurgents sabotaged the main transmission line feeding the port city of Beira on "
     "Sunday, the power company said.",
     LOOTING),
    ("Militants blew up a stretch of the railway line near Quetta on Tuesday, halting train "
     "services for a day.",
     LOOTING),
    ("A storm damaged power lines across the north of the country on Monday, leaving 40,000 "
     "homes without electricity.",
     None),
]


@pytest.mark.parametrize(("text", "expected"), RECALL_PROBES)
def test_recall_probe(pipeline: Any, text: str, expected: str | None) -> None:
    assert acled_main(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), CONTROL_PROBES)
def test_recall_control(pipeline: Any, text: str, expected: str | None) -> None:
    assert acled_main(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), SECOND_PROBES)
def test_recall_second_probe(pipeline: Any, text: str, expected: str | None) -> None:
    assert acled_main(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), THIRD_PROBES)
def test_recall_third_probe(pipeline: Any, text: str, expected: str | None) -> None:
    assert acled_main(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), LINE_PROBES)
def test_recall_line_probe(pipeline: Any, text: str, expected: str | None) -> None:
    assert acled_main(pipeline, text) == expected


# The place a violent act hits stands for whom it hits when no one is named on it (PLOVER's
# coders name the place as the target, as sitrep already does for "shelled Kharkiv"). Written
# with the rule (event_struck_places.struck_place); the bus names people, who stay the target.
PLACE_TARGETS: list[Any] = [
    ("Rebels blew up a bridge leading into Kabul overnight.", "Kabul"),
    ("Gunmen fired at a bus in Quetta on Monday, killing four passengers.",
     "Civilians (Pakistan)"),
]
# where an act happened ("outside", "near" a town) is not whom it hit: no place as target
PLACE_CONTROLS = [
    "Guerillas blew up three power pylons outside Medellin on Sunday, the army said.",
    "Rebels blew up a bridge near Kindu overnight, residents said.",
]


@pytest.mark.parametrize(("text", "target"), PLACE_TARGETS)
def test_struck_place_is_target(pipeline: Any, text: str, target: str) -> None:
    analysis = pipeline.analyze(Article(text=text, origin="test", published=date(2021, 6, 10)))
    event = main_event(analysis.events)
    assert event is not None and event.actor2 is not None
    assert event.actor2.actor.name == target


@pytest.mark.parametrize("text", PLACE_CONTROLS)
def test_place_of_the_act_is_no_target(pipeline: Any, text: str) -> None:
    analysis = pipeline.analyze(Article(text=text, origin="test", published=date(2021, 6, 10)))
    event = main_event(analysis.events)
    assert event is not None and event.sub_event_type == LOOTING
    # a place taken as target is an actor of type unknown; people told elsewhere may stay
    assert event.actor2 is None or event.actor2.actor.type != "unknown"


def test_guerillas_one_r_is_an_armed_group(pipeline: Any) -> None:
    """ "guerilla" is a common spelling of "guerrilla": the group acts, as with two r's."""
    text = "Afghan guerillas blew up a bridge outside Jalalabad on Friday, officials said."
    event = main_event(pipeline.analyze(
        Article(text=text, origin="test", published=date(2021, 6, 10))).events)
    assert event is not None and event.actor1 is not None
    assert event.actor1.span is not None and "guerillas" in event.actor1.span.text
