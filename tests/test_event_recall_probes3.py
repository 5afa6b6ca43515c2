"""Recall probes, third set (evfix): the wrong and missing events an analyst would meet.

False events (a minister who "resigned in protest", a "crackdown" on tax evasion or parking),
missed ones (shops kept shut in protest, a bare crackdown on opposition supporters, people
hacked to death, a convoy under fire with no verb of coming under it, vehicles blown up,
captures told by who captures whom), the main event of a sentence where soldiers fire on a
crowd that burned a police station, and the strategic developments ACLED codes that CASE-style
snippets tell over several sentences (arrests, looting, disrupted weapons use, a base set up,
territory handed over, a group merged, split or renamed, agreements, and "Other"). Controls
carry the same words in business, sport, politics and engineering, and must give no event.

The sentences are sitrep's own writing in wire style, with invented names, composed from the
ACLED codebook's definitions of each sub-type; several are two or three sentences long with the
event not in the first, as CASE's snippets are. All 50 were written before any was run: 31
passed first (4 of 16 missed-event probes, 19 of 20 strategic ones, 7 of 12 controls, the
drone-strike protest, not the crowd fired on). The rules of this round (the "under fire" noun,
the vehicle class, "hack" to death, "crackdown", shops kept shut "to protest", "resigned in
protest", the business cues, a crowd fired on as demonstrators) made 15 more pass; 4 are strict
xfails with their reasons.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from sitrep.extract.events import main_event
from sitrep.model import Article
from stages import main_roles, xfail
from test_event_codebook import (
    ABDUCT,
    AGREEMENT,
    ARRESTS,
    ATTACK,
    CHANGE,
    CLASH,
    DISRUPTED,
    HQ,
    IED,
    LOOTING,
    OTHER,
    PEACEFUL,
    TRANSFER,
    VIOLENT_DEMO,
    acled_main,
)

# (text, the ACLED sub-type of the main event an ACLED coder would give)
MISSED_PROBES: list[Any] = [
    # a strike or a shutdown is a protest when people stop work or trade to protest
    ("Traders in Kessu kept their shops closed on Monday to protest a new market tax, the "
     "chamber of commerce said.",
     PEACEFUL),
    ("Most shops in the old quarter of Varna stayed shut on Wednesday. Shopkeepers said they "
     "had closed in protest at a rise in municipal fees.",
     PEACEFUL),
    ("Transport operators in Belu went on strike on Thursday against a fuel price rise, "
     "leaving commuters stranded.",
     PEACEFUL),
    # a crackdown on political opponents: ACLED's politically significant mass arrests
    ("Security forces launched a crackdown on opposition supporters in the northern city of "
     "Barai on Thursday, the party said.",
     ARRESTS),
    ("The election result was disputed by the opposition. Police then began a crackdown on "
     "members of the Unity Party in the capital.",
     ARRESTS),
    # killing with blades: an attack on civilians
    ("Gunmen hacked a farmer to death in the village of Gidan Toro on Saturday night, police "
     "said.",
     ATTACK),
    pytest.param("Residents of Lokoja fled after the raid. Assailants armed with machetes hacked "
                 "three villagers to death and burned several huts, a local official said.",
                 ATTACK,
                 marks=xfail("people fleeing told in the lead sentence lead (event_main's "
                             "inverted-pyramid rule for strategic developments); letting "
                             "displacement give way to the attack told after it moved a "
                             "held-out CASE row the wrong way (odd weighted F1 0.8095 -> "
                             "0.7947), so it was not kept")),
    # under fire with no "came": a fight with an unnamed or named side
    ("An army supply convoy was under heavy fire for two hours near Tessit on Tuesday, a "
     "military source said.",
     CLASH),
    ("Government positions east of Malaka came under heavy rebel fire overnight, the defence "
     "ministry said.",
     CLASH),
    ("A patrol of peacekeepers came under sustained fire from militiamen near Bunda on "
     "Sunday.",
     CLASH),
    # vehicles blown up: an explosive attack
    ("Insurgents blew up a passenger bus on the road to Kismara on Friday, killing nine "
     "people, the governor said.",
     IED),
    ("The Liberation Front said its fighters blew up a military truck near Dosso on Sunday.",
     IED),
    pytest.param("Rebels blew up a train carrying fuel near Mabanda on Tuesday. No one was "
                 "hurt, the railway company said.",
                 IED,
                 marks=xfail("the parser reads 'a train carrying fuel' as compounds on 'fuel', "
                             "so the object of 'blew up' is the fuel, in no object class")),
    # captures: who captures whom
    ("Two aid workers were taken prisoner by gunmen on the road to Bria on Thursday, their "
     "organisation said.",
     ABDUCT),
    ("Police captured a wanted separatist commander at his home in Bamenda on Tuesday, a "
     "police spokesman said.",
     ARRESTS),
    ("Troops captured three militants after a gunfight near Garissa on Monday, the army said.",
     CLASH),
]

# strategic developments told as CASE's snippets tell them: the event often not first
STRATEGIC_PROBES: list[Any] = [
    ("The opposition leader Dele Amadi had called for a boycott of the vote. He was arrested "
     "at his home in Harun early on Tuesday, his lawyer said.",
     ARRESTS),
    ("Journalists in Porto Maris have complained of harassment for months. On Friday police "
     "detained the editor of the weekly Voz Livre and two of his reporters.",
     ARRESTS),
    ("Armed men looted shops and the health centre in Kanda after residents fled. Aid "
     "agencies said the market had been stripped bare.",
     LOOTING),
    ("Militiamen ransacked the offices of the district administration in Bolo on Monday and "
     "set fire to its archives, officials said.",
     LOOTING),
    ("Army engineers defused a roadside bomb planted on the road to Mafa on Friday. The device "
     "was found by a patrol at dawn.",
     DISRUPTED),
    ("Residents alerted the police to a suspicious bag near the central mosque in Gulu. Bomb "
     "experts later defused the explosive device inside it.",
     DISRUPTED),
    ("Soldiers seized a cache of rifles, grenades and ammunition in a raid on a farm near "
     "Tinza, the army said. No arrests were reported.",
     DISRUPTED),
    ("The Kavu Liberation Front has set up a new base in the forest near Mbala, local officials "
     "said. Villagers have reported armed men moving in the area.",
     HQ),
    ("Residents of Dorsa said militants had established a headquarters in the abandoned "
     "school on the edge of town.",
     HQ),
    ("Government troops withdrew from the town of Kadugo on Monday. Rebels of the Northern "
     "Front moved in without a fight, residents said.",
     TRANSFER),
    ("The militia handed over control of Torit airport to the army on Thursday under a deal "
     "brokered by elders.",
     TRANSFER),
    ("Two rebel factions, the Northern Front and the Free Kavu Army, announced on Sunday that "
     "they had merged into a single movement.",
     CHANGE),
    ("A commander of the Kavu Liberation Front broke away from the group with 200 fighters "
     "and formed his own faction, a spokesman said.",
     CHANGE),
    pytest.param("The Popular Defence Brigades said on Sunday they had renamed themselves "
                 "the National Resistance Army.",
                 CHANGE,
                 marks=xfail("'renamed themselves X': the reflexive is parsed as a dative and "
                             "the new name as an object predicate, so the rename frame finds "
                             "no object of class group")),
    ("Talks between the two sides had stalled for weeks. On Saturday the army and the Kavu "
     "Liberation Front signed a ceasefire in Dara, mediators said.",
     AGREEMENT),
    ("Government and rebel negotiators agreed to a ceasefire on Friday after three days of "
     "talks in Lomara.",
     AGREEMENT),
    ("The two sides exchanged 50 prisoners each at the border crossing of Tolo on Tuesday, the "
     "Red Cross said.",
     AGREEMENT),
    ("Forensic teams found the remains of 30 people in a mass grave outside Kera. The human "
     "rights commission said the victims had been shot.",
     OTHER),
    ("Soldiers seized power in Marandi on Wednesday, detaining the president and dissolving "
     "parliament, state television said.",
     OTHER),
    ("Two days of unrest left shops burned in Lira. Authorities imposed a dusk-to-dawn curfew "
     "on the town on Sunday.",
     OTHER),
]

# A second batch of strategic developments, worded as the first batch was not (passives,
# measures, nominals, groups named by their names), written before it was run: 3 of 10 passed
# first (the alliance, the troops stationed, the forward base). Measures as partitives ("40
# kilograms of explosives") and homes abandoned as displacement made 2 more pass; 5 are strict
# xfails with their reasons.
STRATEGIC_PROBES_2: list[Any] = [
    ("Hundreds of families abandoned their homes in Tessit after armed men threatened them, "
     "local officials said.",
     OTHER),
    ("The two rebel movements formed an alliance against the government on Sunday.", CHANGE),
    pytest.param("A search by soldiers uncovered a bomb-making workshop in the suburbs of Tamara "
                 "on Monday.",
                 DISRUPTED,
                 marks=xfail("'bomb-making' is parsed as a modifier and a participle, not a "
                             "compound, so the workshop is in no weapon class")),
    ("Police found 40 kilograms of explosives hidden in a lorry at a checkpoint outside Gulu.",
     DISRUPTED),
    pytest.param("Government forces left the town of Rasso on Thursday and a local militia "
                 "took charge of it.",
                 TRANSFER,
                 marks=xfail("'left the town' is no frame (leaving a place also ends a visit), "
                             "and 'took charge of it' names the place by a pronoun")),
    pytest.param("The leadership of the Free Kavu Army announced the group's dissolution on "
                 "Friday.",
                 CHANGE,
                 marks=xfail("an action noun's object is read from its 'of' phrase only: 'the "
                             "group's dissolution' names it by a possessive")),
    # the join frame needs an object of class group (a group named by its name is a proper noun
    # of no class); the strategic-development model names it (evstrat; a known failure, so not
    # in its training)
    ("Dozens of fighters of the Free Kavu Army joined the Northern Front on Monday, bringing "
     "their weapons.", CHANGE),
    pytest.param("Soldiers took control of the state broadcaster in Marandi and announced on "
                 "air that the government had been dissolved.",
                 OTHER,
                 marks=xfail("'took control of' is a territorial frame; that the seizure is a "
                             "coup is told only by the second clause")),
    ("Troops were stationed in the disputed Tanka valley overnight, the army said.", CHANGE),
    ("The army said it had set up a forward operating base in the hills above Mafa.", HQ),
]

# the same words used where no political violence or demonstration happened
CONTROLS_3: list[Any] = [
    "The health minister resigned in protest at the budget cuts on Tuesday, his office said.",
    "Two members of the board stepped down in protest over the merger, the company said.",
    "The city council began a crackdown on illegal parking in the old town on Monday.",
    "Customs officials announced a crackdown on cigarette smuggling at the port of Velmar.",
    "Norvik Telecom captured a 40 per cent market share within a year of its launch.",
    "Ilona Varga took the title in Rotterdam on Sunday after beating the top seed.",
    "The club fired the coach on Monday after a run of seven defeats.",
    "A late strike by the striker Tomas Lerin gave Dynamo a 2-1 win over Rovers on Saturday.",
    "The senator came under heavy fire from critics over the budget on Wednesday.",
    pytest.param("Engineers blew up the disused cooling towers of the Harlow power station "
                 "on Sunday.",
                 marks=xfail("the blow-up frame on property asks nothing of who blows it up: a "
                             "demolition reads as property destruction")),
    "The two countries signed a trade agreement on Tuesday to cut tariffs on farm goods.",
    "The two banks announced on Monday that they had merged into a single group.",
]


@pytest.mark.parametrize(("text", "expected"), MISSED_PROBES)
def test_missed_probe(pipeline: Any, text: str, expected: str) -> None:
    assert acled_main(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), STRATEGIC_PROBES)
def test_strategic_probe(pipeline: Any, text: str, expected: str) -> None:
    assert acled_main(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), STRATEGIC_PROBES_2)
def test_strategic_probe_2(pipeline: Any, text: str, expected: str) -> None:
    assert acled_main(pipeline, text) == expected


@pytest.mark.parametrize("text", CONTROLS_3)
def test_control_3(pipeline: Any, text: str) -> None:
    assert acled_main(pipeline, text) is None


def test_firing_on_a_crowd_that_burned_a_police_station(pipeline: Any) -> None:
    """The soldiers' firing on the crowd is the event: the crowd is acted on, not the police
    whose station it burned, and a riot the soldiers broke up is a violent demonstration."""
    text = ("Soldiers fired at a crowd that had set fire to a police station in Kwale on "
            "Sunday, killing two people, witnesses said.")
    analysis = pipeline.analyze(Article(text=text, origin="test", published=date(2021, 6, 10)))
    main = main_event(analysis.events)
    assert main is not None
    assert main.sub_event_type in {VIOLENT_DEMO, "Excessive force against protesters"}
    actor1, actor2 = main_roles(pipeline, text)
    assert "soldiers" in actor1
    assert "police" not in actor2 and actor2 != "-"


@pytest.mark.parametrize("text", [
    "A militant attack on a police post near Dosso killed three officers on Monday.",
    "An insurgent ambush on an army convoy near Tessit left five soldiers dead.",
    "Army positions near Malaka came under heavy rebel fire overnight, the defence ministry said.",
])
def test_an_armed_modifier_of_the_trigger_names_the_attacker(pipeline: Any, text: str) -> None:
    """Written with the rule, as its check: "militant attack", "rebel fire" name a generic armed
    group, ACLED's Unidentified Armed Group when the article names none, as "militants" do."""
    actor1, _ = main_roles(pipeline, text)
    assert actor1.startswith("unidentified armed group")


def test_protest_over_drone_strikes_is_the_protest(pipeline: Any) -> None:
    text = ("Hundreds of people marched in Dorra on Sunday to protest against drone strikes "
            "that killed a family of five last month.")
    assert acled_main(pipeline, text) == PEACEFUL
