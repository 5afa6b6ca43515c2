"""Round 9 of the codebook probes (events4): the five sub-types the even half of CASE cannot
teach (its halves hold protest with intervention 0 and 5 times, Other 0 and 4, change to
group/activity 2 and 8, abduction 1 and 7, property destruction 1 and 5), and the confusions an
analyst expects around them: a protest the police broke up against a peaceful one, one met with
lethal force and a riot; an abduction against an arrest; property destroyed against an attack on
people; a change to a group's activity against a base set up and a handover of territory; and
ACLED's "Other" strategic developments.

The sentences are sitrep's own writing, composed from ACLED's codebook definitions and from how
news wires word such events, with invented names and several sentences as CASE's anonymised
snippets have them (the event often not in the first). All 37 were written before any was run:
33 passed first; two more pass with this round's rules (a named person or a village chief seized
is abducted; a raid that harmed no one gives way to the abduction or looting done in it), and two
are strict xfails that say why.
"""

from __future__ import annotations

from typing import Any

import pytest

from stages import xfail
from test_event_codebook import (
    ABDUCT,
    ARRESTS,
    ATTACK,
    CHANGE,
    EXCESSIVE,
    HQ,
    INTERVENTION,
    LOOTING,
    OTHER,
    PEACEFUL,
    TRANSFER,
    VIOLENT_DEMO,
    acled_main,
)

# Demonstrations: ACLED's protest with intervention is a peaceful protest that authorities
# disperse, detain or suppress without lethal force; excessive force is force that kills or
# maims peaceful demonstrators; a violent demonstration is one whose crowd is violent.
DEMONSTRATION_PROBES: list[Any] = [
    ("Hundreds of teachers gathered outside the education ministry in Kavala on Tuesday to "
     "demand unpaid salaries. Police dispersed the crowd with water cannon.",
     INTERVENTION),
    ("Students of Marenga University marched on the governor's office on Monday. Security "
     "forces broke up the march and detained 14 students, a union official said.",
     INTERVENTION),
    ("Residents of Toloka staged a sit-in against the closure of the district hospital. "
     "Police forcibly removed the protesters from the square on Wednesday.",
     INTERVENTION),
    ("Opposition supporters held a rally in the capital on Saturday to demand fresh elections. "
     "Riot police fired tear gas to disperse them.",
     INTERVENTION),
    ("Market vendors protested on Thursday against new taxes in Ubenda. Police arrested "
     "several of them as they tried to march to the town hall.",
     INTERVENTION),
    ("Activist Kofi Maranu and 20 supporters were detained on Friday as they protested "
     "peacefully outside parliament, their lawyer said.",
     INTERVENTION),
    ("Nurses held a silent vigil in front of the health ministry to demand better pay. The "
     "vigil passed off without incident.",
     PEACEFUL),  # a vigil is a demonstration word since evbugs
    ("Thousands of farmers marched through the streets of Dalvani on Sunday, chanting slogans "
     "against the new land law.",
     PEACEFUL),
    ("Protesters demanding the resignation of the mayor gathered in Ravel Square. Security "
     "forces opened fire on the crowd, killing three demonstrators, witnesses said.",
     EXCESSIVE),
    ("Soldiers shot dead two unarmed protesters in Koroma on Monday during a march against "
     "rising fuel prices.",
     EXCESSIVE),
    ("Youths protesting the killing of a motorcycle taxi driver burned tyres and blocked the "
     "main road in Bantira. They also stoned police vehicles.",
     VIOLENT_DEMO),
    ("Angry demonstrators set fire to the local police station in Meru district on Tuesday "
     "after a man died in custody.",
     VIOLENT_DEMO),
]

# Abduction (by a non-state actor, or a disappearance by the state with no due process) against
# an arrest (state forces detaining people under the law).
ABDUCTION_PROBES: list[Any] = [
    ("Gunmen stormed a village in Zamfara state overnight. They abducted 30 people, including "
     "women and children, residents said.",
     ABDUCT),
    ("Local journalist Amadu Keita has not been seen since men in plain clothes took him from "
     "his home on Sunday. His family said he was forcibly disappeared.",
     ABDUCT),
    ("Suspected militants kidnapped two aid workers on the road between Gao and Menaka. Their "
     "organisation has suspended its operations in the area.",
     ABDUCT),
    ("Armed men seized a village chief in Tarmi district and took him to an unknown "
     "destination, a local official said.",
     ABDUCT),
    ("The body of the trader was found two days later. Bandits had abducted him on the road "
     "to Kaura last week and demanded a ransom.",
     ABDUCT),
    ("Police arrested five men suspected of belonging to a militant cell in Marsa on Thursday, "
     "the interior ministry said.",
     ARRESTS),
    ("Security forces detained opposition leader Juma Kitwana at his home in the capital. He "
     "was charged with incitement on Friday.",
     ARRESTS),
]

# Property destroyed (looting, arson or demolition with no one attacked) against an attack on
# people.
PROPERTY_PROBES: list[Any] = [
    ("Unknown assailants set fire to a primary school in Kalemi overnight. No one was hurt, "
     "but the building was destroyed, the district education officer said.",
     LOOTING),
    ("Suspected herders burned down several houses in Dogo Nahawa on Monday. The villagers "
     "had fled before they arrived.",
     LOOTING),
    ("Soldiers looted shops in the market of Birao after the rebels withdrew, traders said.",
     LOOTING),
    ("Militants vandalised a mobile phone mast in Garissa county overnight, cutting "
     "communications to several villages.",
     LOOTING),
    ("The army demolished the homes of three suspected militants in Tulkan on Wednesday.",
     LOOTING),
    ("Gunmen attacked a bus carrying villagers near Boko on Tuesday. Four passengers were "
     "killed and the bus was set ablaze.",
     ATTACK),
]

# Change to group/activity (a group's new conduct: movements, deployments, recruitment,
# formation, weapons tests, incursions) against a base set up and a handover of territory.
CHANGE_PROBES: list[Any] = [
    ("The army deployed additional troops to the border town of Kaya on Sunday. Officials "
     "said the reinforcements would secure the area ahead of the elections.",
     CHANGE),
    ("Six military aircraft of the neighbouring country entered the air defence "
     "identification zone on Tuesday, prompting the air force to scramble jets, the defence "
     "ministry said.",
     CHANGE),
    ("The rebel movement announced the creation of a new armed wing in the eastern "
     "provinces. Its leader said it would defend the local population.",
     CHANGE),
    ("The militia has recruited hundreds of young men in the northern districts in recent "
     "weeks, local elders said.",
     CHANGE),
    ("North Korea test-fired two short-range ballistic missiles into the sea on Thursday, the "
     "South Korean military said.",
     CHANGE),
    ("Two armed factions in the south announced on Monday that they had merged into a single "
     "group under a joint command.",
     CHANGE),
    ("The rebels set up a new base in the hills above Kalamba, residents said.",
     HQ),
    ("Government troops handed over control of the town of Ayod to the local militia without "
     "a fight, officials said.",
     TRANSFER),
]

# ACLED's "Other" strategic developments: significant events that fit no other sub-type, as
# mass graves found, bodies found dumped, people driven from their homes.
OTHER_PROBES: list[Any] = [
    pytest.param("Residents of Malakal found the bodies of six men dumped by the roadside on "
                 "Monday. The men had been shot in the head, police said.",
                 OTHER,
                 marks=xfail("bodies found are no trigger (only a mass grave is), and the "
                             "killing told after them has no actor")),
    ("A mass grave containing at least 40 bodies was uncovered near the village of Tamba, "
     "the human rights commission said.",
     OTHER),
    ("Thousands of families fled their homes in Rumbek county after weeks of tension between "
     "the two communities, the UN said.",
     OTHER),
    ("Investigators exhumed the remains of 12 people from a mass grave outside Kirov on "
     "Wednesday.",
     OTHER),
]


@pytest.mark.parametrize(("text", "expected"), DEMONSTRATION_PROBES + ABDUCTION_PROBES
                         + PROPERTY_PROBES + CHANGE_PROBES + OTHER_PROBES)
def test_round9_probe(pipeline: Any, text: str, expected: str | None) -> None:
    assert acled_main(pipeline, text) == expected


# A second batch, written after the first was run and before any of it was: the same five
# sub-types in wire wordings that tell the event late, after a dateline, a background sentence
# or an attribution. 20 written, 14 passed first; two more pass with this round's rules (an
# intervention word that only describes whom a demonstration is for, "relatives of the detained
# fishermen"; a march blocked or halted is an intervention, not road-blocking). Two were dropped
# as ambiguous under the codebook: rioters looting (a violent demonstration when a riot, looting
# when not) and fighters withdrawing from positions (a move, or a non-violent transfer).
WIRE_PROBES: list[Any] = [
    ("KASSALA, March 3 - The union had called the strike a week earlier. On Tuesday, police "
     "used batons to break up a march by striking dock workers near the port.",
     INTERVENTION),
    ("Opposition lawmaker Nia Odhiambo said police had blocked the march from reaching the "
     "electoral commission on Monday. Officers teargassed dozens of her supporters outside "
     "the party's offices.",
     INTERVENTION),
    ("About 200 women marched to the provincial assembly in Varda on Friday to demand the "
     "return of their missing sons. Police stopped the march and detained its organisers.",
     INTERVENTION),
    ("Relatives of the detained fishermen gathered outside the court in Port Miran on "
     "Thursday, holding placards. The protest ended peacefully.",
     PEACEFUL),
    ("Demonstrators hurled stones at security forces and torched two vehicles in Tambo on "
     "Saturday during a protest against the election results.",
     VIOLENT_DEMO),
    ("Police fired live rounds at people protesting against a land eviction in Kerawa, "
     "killing a 17-year-old boy, rights groups said.",
     EXCESSIVE),
    ("The kidnappers have demanded a ransom of 50 million naira. The two priests were seized "
     "from their parish house in Kaduna state on Sunday night, the diocese said.",
     ABDUCT),
    pytest.param("Fishermen Tomas Orue and Ali Benga remain missing after armed men took them "
                 "from their boat off the coast of Cabo Delgado on Wednesday.",
                 ABDUCT,
                 marks=xfail("'took them' is no frame: people taken somewhere are as often "
                             "taken to safety or to hospital")),
    ("Members of the militia took 15 travellers hostage on the road to Beni on Monday, a "
     "civil society leader said.",
     ABDUCT),
    ("The attackers set fire to dozens of homes and a church in the village of Kulben. No "
     "casualties were reported, a local official said.",
     LOOTING),
    ("Suspected separatists razed a government school in Bamenda overnight, officials said. "
     "Classes had been suspended for weeks.",
     LOOTING),
    ("Militants blew up a gas pipeline in north Sinai early on Friday, witnesses said. No "
     "one was hurt.",
     LOOTING),
    ("Two warships of the navy sailed through the strait on Wednesday, the ministry said. "
     "The neighbouring country called the passage a provocation.",
     CHANGE),
    ("The armed forces began large-scale military drills near the border on Monday, involving "
     "10,000 troops and 200 tanks.",
     CHANGE),
    pytest.param("The rebel group named Fidel Omondo as its new commander on Saturday after the "
                 "death of its founder, a spokesman said.",
                 CHANGE,
                 marks=xfail("a change of leader is no frame: 'named' a person 'as' a post is "
                             "no event word")),
    ("The army imposed a 24-hour curfew on the town of Moku on Sunday after days of unrest.",
     OTHER),
    ("The military seized power in a coup on Wednesday and detained the president, state "
     "television said.",
     OTHER),
    ("Forensic teams found a mass grave with the remains of at least 25 people near the "
     "former army camp of Tolo, the prosecutor said.",
     OTHER),
]


@pytest.mark.parametrize(("text", "expected"), WIRE_PROBES)
def test_round9_wire_probe(pipeline: Any, text: str, expected: str | None) -> None:
    assert acled_main(pipeline, text) == expected


# A third batch, written before it was run: the whole set predicts protest with intervention
# more often than it is right (precision 0.43), so these put police and arrest words around a
# demonstration in roles that are no intervention in it: watching it, being denounced by it,
# acting on a riot (still a violent demonstration), or arresting an organiser with no
# demonstration held (ACLED's arrests). 8 written, 6 passed first; the organiser of a planned
# rally now passes (a demonstration still to come is no intervention's setting), one is a strict
# xfail. Rules of this batch: "criticise" governs what it criticises as blame words do
# (event_triggers.BLAME_GOVERNORS); a rally "at" which a statement was made is held
# (event_triggers.SETTINGS); deaths a demonstration is "against" or "over" are no lethal force
# at it (event_protest.protested_text, read for protest_lethal).
NOT_INTERVENTION_PROBES: list[Any] = [
    ("Hundreds of people marched through Selva on Saturday to denounce police brutality. "
     "Officers were deployed along the route, but the march ended peacefully.",
     PEACEFUL),
    ("Police escorted about 300 taxi drivers as they drove slowly through the city centre in "
     "protest against the new licence fees on Monday.",
     PEACEFUL),
    ("Students rallied outside the police headquarters in Ambar on Wednesday to demand the "
     "prosecution of officers who shot a classmate last month.",
     PEACEFUL),
    pytest.param("Protesters in Nadra condemned the arrest of three journalists and called for "
                 "their release at a rally on Friday.",
                 PEACEFUL,
                 marks=xfail("a rally told as the setting of a statement ('condemned … and "
                             "called for … at a rally') is read as the statement's, no event")),
    # three more, written while probing the one above (each run once before the rules below):
    # an arrest criticised or a killing protested against is what the demonstration is about
    ("Protesters in Nadra condemned the arrest of three journalists at a rally on Friday.",
     PEACEFUL),
    ("Hundreds protested in Nadra on Monday against the killing of a student by police.",
     PEACEFUL),
    ("Police shot dead two protesters in Nadra during a march against the killing of a "
     "student.",
     EXCESSIVE),
    ("Rioters set cars ablaze and smashed shop windows in Lorin on Sunday night. Police "
     "arrested 12 people, the interior ministry said.",
     VIOLENT_DEMO),
    ("Police dispersed youths who were throwing stones at passing vehicles and burning tyres "
     "on the main road in Kisa on Tuesday.",
     VIOLENT_DEMO),
    ("Police arrested Salim Dar, the organiser of a planned rally against the government, at "
     "his home in the capital on Thursday, two days before the march.",
     ARRESTS),
    ("Thousands of supporters of the jailed opposition leader gathered in Tanga on Sunday "
     "for a prayer meeting and a march to the prison, without incident.",
     PEACEFUL),
]


@pytest.mark.parametrize(("text", "expected"), NOT_INTERVENTION_PROBES)
def test_round9_not_intervention_probe(pipeline: Any, text: str, expected: str | None) -> None:
    assert acled_main(pipeline, text) == expected
