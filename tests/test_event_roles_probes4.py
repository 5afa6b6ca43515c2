"""Role probes (roles round 4, actor2): who is acted on, from the structure of English.

Sentences written for this test before any rule of this round was run (first pass on 0dc7aa9:
32 of 45 passed; later groups say when they were written). Each covers a way wire copy names
the side an act falls on: objects of verbs of force, "X's offensive against Y", "Y were
targeted by X", whom a crowd addresses ("demanding the resignation of the governor"), arrests
"of N activists", "clashes between A and B", relative clauses, coordination ("killed two
soldiers and a civilian"), possessives ("the militia's commander was shot"), a place or a
country hit, generic forces named by their place ("stone-throwers in Hebron"), and controls
where no actor2 is named ("-").
An expectation is a piece of the expected actor's canonical name, span text or type, matched
case-insensitively against "name [type] span" (tests/stages.who); alternatives are split by
"|"; None leaves that side unchecked.
"""

from __future__ import annotations

from typing import Any

import pytest

from stages import main_roles, xfail

# objects of verbs of force
FORCE: list[Any] = [
    ("Nigerian soldiers shot dead two protesters at a toll gate in Lagos.",
     "military forces of nigeria", "protesters"),
    ("Turkish jets bombed suspected PKK hideouts in northern Iraq on Sunday.",
     "military forces of turkey", "pkk|kurdistan workers"),
    ("Unknown gunmen abducted a Catholic priest in Kaduna state on Friday.",
     "gunmen|armed group", "priest"),
    ("Ethiopian federal troops shelled the Tigrayan town of Adigrat.",
     "military forces of ethiopia", "adigrat"),
    ("Israeli troops killed three Palestinian teenagers near Jenin, health officials said.",
     "military forces of israel", "palestin"),
]

# "X's offensive against Y", "launched an offensive against Y"
OFFENSIVES: list[Any] = [
    ("The Somali army's offensive against al-Shabaab in Middle Shabelle killed dozens of "
     "fighters.", "military forces of somalia", "shabaab"),
    ("Kenya's air raids on al-Shabaab camps in Gedo left several militants dead.",
     "military forces of kenya", "shabaab"),
    ("The Nigerian army launched an offensive against Boko Haram in the Sambisa forest.",
     "military forces of nigeria", "boko haram"),
    ("A Russian assault on Ukrainian positions near Avdiivka was beaten back on Tuesday.",
     "military forces of russia", "ukrain"),
]

# "Y were targeted by X"
TARGETED: list[Any] = [
    ("Polling stations in Kandahar were targeted by Taliban rocket fire on election day.",
     "taliban", "polling|kandahar"),
    pytest.param("Christian villagers were targeted by Fulani militants in a night raid in Benue.",
                 None, "villagers|civilians",
                 marks=xfail("no event is read from 'were targeted by' (typing, not roles)")),
    ("Two UN peacekeepers were wounded when their convoy was targeted by a roadside bomb near "
     "Kidal.", None, "peacekeepers|united nations"),
]

# whom a crowd addresses
CROWDS: list[Any] = [
    ("Hundreds of protesters in Lagos demanded the resignation of the state governor.",
     "protesters", "governor"),
    ("Thousands of Serbs rallied in Belgrade against President Aleksandar Vucic.",
     "protesters", "vucic"),
    ("Students marched on the Ministry of Education in Santiago to demand free tuition.",
     "students|protesters", "ministry|government"),
    ("Kashmiri demonstrators threw stones at Indian police in Srinagar.",
     "protesters|demonstrators|rioters", "police forces of india"),
    ("Demonstrators set fire to the headquarters of the ruling party in Conakry.",
     "protesters|rioters|demonstrators", "party|headquarters"),
    # the governor is whom the crowd addresses, not whom the police arrested
    ("Police arrested dozens of protesters demanding the resignation of the governor.",
     "police", "protesters"),
]

# arrests
ARRESTS: list[Any] = [
    ("Police in Harare arrested 30 opposition activists on Saturday.",
     "police forces of zimbabwe", "activists"),
    ("The arrest of 14 journalists by Turkish police drew international criticism.",
     "police forces of turkey", "journalists"),
    ("Egyptian security forces detained a prominent blogger in Cairo.", "egypt",
                 "blogger"),
    ("Dozens of Rohingya refugees were detained by Malaysian authorities.", "malaysia",
     "rohingya|refugees"),
]

# clashes: each side named
CLASHES: list[Any] = [
    ("Clashes between Druze fighters and Bedouin tribesmen in Sweida killed 30 people.",
     "druze", "bedouin"),
    ("Sudanese troops clashed with RSF fighters in Omdurman.", "military forces of sudan",
     "rapid support|rsf"),
    ("Hezbollah fighters and Israeli troops exchanged fire along the border.", "hezbollah",
     "israel"),
    ("Clashes broke out between police and opposition supporters in Abidjan.",
     "police", "supporters|opposition|protesters"),
]

# relative clauses
RELATIVES: list[Any] = [
    ("Soldiers who were patrolling the market were attacked by suicide bombers in Maiduguri.",
     None, "soldiers|military"),
    pytest.param("The militants, who had taken over the town, were driven out by Iraqi forces.",
                 "military forces of iraq", "militant|armed group",
                 marks=xfail("'were driven out by' is no event (typing, not roles)")),
    pytest.param("Rebels attacked a convoy that was carrying food aid to Goma.", "rebel",
                 "convoy|aid", marks=xfail("an aid convoy hit names no one (where its cargo "
                                           "went is not the place hit)")),
]

# coordination
COORDINATION: list[Any] = [
    ("Al-Shabaab gunmen killed two soldiers and a civilian in Mogadishu.", "shabaab",
     "soldiers|military"),
    ("Houthi drones struck Saudi and Emirati oil facilities.", "houthi", "saudi|emirat"),
    ("Police arrested the opposition leader and his two sons in Kinshasa.", "police",
     "leader"),
]

# possessives
POSSESSIVES: list[Any] = [
    ("The militia's commander was shot dead by unknown gunmen in Tripoli.",
     "gunmen|armed group", "militia|commander"),
    ("Gunmen ambushed the governor's convoy in Zamfara state.", "gunmen|armed group",
     "governor|convoy"),
    ("An Israeli air strike destroyed Hamas's weapons depot in Gaza.",
     "military forces of israel", "hamas"),
]

# a place or a country as what is hit
PLACES: list[Any] = [
    ("Russian missiles struck Odesa overnight.", "military forces of russia", "odesa"),
    pytest.param("Pakistani forces shelled villages across the Line of Control in Kashmir.",
                 "military forces of pakistan", "villages|kashmir",
                 marks=xfail("'villages' names no one and 'in Kashmir' is not reached")),
    ("North Korea fired two ballistic missiles toward Japan on Thursday.", "korea", "japan"),
    ("Iran launched drones and missiles at Israel overnight.", "iran", "israel"),
    ("Syrian government forces retook Palmyra from Islamic State militants.",
     "military forces of syria", "islamic state"),
]

# generic forces named by their place
GENERIC: list[Any] = [
    pytest.param("Stone-throwers in Hebron attacked an Israeli army patrol.", "palestin",
                 "military forces of israel",
                 marks=xfail("the stone-throwers are named by their noun alone (since round 4's "
                             "DOERS), not as Palestinians")),
    ("A suicide bomber blew himself up at a checkpoint manned by Afghan police.", None,
     "police forces of afghanistan|checkpoint"),
]

# The round's venue rule (a demonstration held in a state, naming no one it addresses, takes
# that state's government as actor2: PLOVER codes the state as the target) was not kept: ACLED
# leaves a protest's actor2 empty unless someone acts on the crowd, and a government actor2
# would make the ACLED CSV's interaction state forces-protesters. Only the city controls stay.
VENUES: list[Any] = [
    ("Farmers demonstrated in Bordeaux over fuel taxes.", "protesters", "-"),
    ("Opposition supporters rallied in Nairobi, a police spokesman said.", "protesters", "-"),
    ("Thousands of ethnic Hungarians demonstrated in Romania on Sunday.", "protesters", "-"),
]

# people who act named by a common noun, and what they burn or picket (written after the first
# pass and run on 0dc7aa9 before the rules of their commit: 1 of 6 passed, the lynching)
DOERS: list[Any] = [
    ("Oil workers picketed the offices of the state oil company in Lagos.", "protesters",
     "oil company"),
    ("Angry villagers lynched two suspected cattle thieves in western Kenya.", "villagers",
     "thieves"),
    ("Jewish settlers attacked Palestinian farmers near Nablus.", "settlers", "farmers"),
    ("Masked youths torched the offices of an opposition party in Tbilisi.", "youths",
     "opposition party"),
    ("Rioters set fire to a police station in Dhaka.", "rioters", "police"),
    ("Fishermen attacked a coast guard patrol boat off Sri Lanka.", "fishermen", None),
]

# whose a generic actor is, whom a state's ruling body stands for, whose offices were raided
# (written after the first pass and run on the code before the rules of their commit: 0 of 3
# passed; the gunman was put in Poland, where the places stage had put Jenin)
OWNERS: list[Any] = [
    ("Israeli soldiers shot dead a Palestinian gunman who attacked a checkpoint near Jenin.",
     "military forces of israel", "unidentified armed group (palestine)"),
    ("Shiite demonstrators rallied against the Bahraini monarchy in Manama.", "protesters",
     "government of bahrain"),
    ("Turkish police raided the offices of a pro-Kurdish newspaper in Istanbul.",
     "police forces of turkey", "newspaper"),
    # (two more, run before the rules of their commit: 0 of 2 passed, both gave the town)
    ("A suicide bomber struck a Shiite mosque in Kunduz during Friday prayers.", None,
     "shiite"),
    ("Troops opened fire on a wedding party in Kandahar province, killing 12 guests.", None,
     "guests|civilians"),
]

# a short reference as what is acted on, and a town named by whose it is (written after the
# first pass and run on 0dc7aa9 before the rules of their commit: 0 of 2 passed)
REFERENCES: list[Any] = [
    ("Al-Shabaab fighters regrouped near Afgoye. Government troops bombarded them with artillery "
     "on Monday.", "military forces of somalia", "shabaab"),
    ("Houthi rebels said Saudi warplanes bombed a market in their stronghold of Saada.",
     "military forces of saudi arabia", "saada"),
]

# controls: nothing acted on is named
CONTROLS: list[Any] = [
    ("Protesters marched through the streets of Nairobi on Tuesday.", "protesters", "-"),
    ("Thousands of teachers went on strike in Nairobi over unpaid wages.",
     "teachers|protesters", "-"),
    ("Riots broke out in Port-au-Prince after the government raised fuel prices.",
     "rioters|protesters", "-"),
]


def _has(found: str, expected: str) -> bool:
    return any(part in found for part in expected.lower().split("|"))


@pytest.mark.parametrize(("text", "actor1", "actor2"), FORCE + OFFENSIVES + TARGETED + CROWDS
                         + ARRESTS + CLASHES + RELATIVES + COORDINATION + POSSESSIVES
                         + PLACES + GENERIC + VENUES + DOERS
                         + OWNERS + REFERENCES + CONTROLS)
def test_role_probe(pipeline: Any, text: str, actor1: str | None, actor2: str | None) -> None:
    found1, found2 = main_roles(pipeline, text)
    assert actor1 is None or _has(found1, actor1), (found1, found2)
    assert actor2 is None or (found2 == "-" if actor2 == "-" else _has(found2, actor2)), (
        found1, found2)
