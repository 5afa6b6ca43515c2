"""Codebook probes of the evcodebook round: the confusions of CASE 2021's weakest sub-types
(Other, protest with intervention, attack, excessive force, property destruction) against the
neighbours ACLED's codebook sets them beside.

The sentences are sitrep's own writing, composed from ACLED's codebook definitions of each
sub-type and from how wires, local papers and monitors word such events (invented or common
place names, never a gold row). They were written in batches, each run before any rule was
changed; the module docstrings of the rules say which probe taught them:

- property attacked and no one hurt is property destroyed, not a clash
  (``event_property.attacked_property``); an office or post vandalised or torched, cattle
  rustled, goods carted away, produce burned are property (``event_frames.tsv``); a fire set
  is a deed whatever trade the property serves (``events.ARSON``);
- people killed beside property burned, or beside a deed told as background ("in retaliation
  for an ambush"), are an attack of their own, not the toll of the other deed;
- a place "overrun" with villagers killed and no fight told is an attack on them, not a
  change of territory; intervention words with no crowd told (tear gas fired into a church
  service) are force on civilians, an attack;
- "the second such attack" counts a series, no deed of its own; "broken up" is dispersed;
  "lathi-charged" as the tagger's noun-phrase clause still intervenes; flogging and whipping
  by armed men are attacks; troops that "abandoned their positions" left without a fight.
"""

from __future__ import annotations

from typing import Any

import pytest

from stages import xfail
from test_event_codebook import (
    ABDUCT,
    AGREEMENT,
    ATTACK,
    EXCESSIVE,
    IED,
    INTERVENTION,
    LOOTING,
    MOB,
    OTHER,
    OVERTAKE,
    PEACEFUL,
    SEXUAL,
    TRANSFER,
    VIOLENT_DEMO,
    acled_main,
)

# ACLED's looting/property destruction: property looted, burned or destroyed by an organised
# actor with no one hurt and no armed side fighting back.
PROPERTY_PROBES: list[Any] = [
    ("Suspected militants torched two government schools in Datta Khel on Tuesday night, "
     "police said. No one was hurt.", LOOTING),
    ("Unidentified men set ablaze a telecom tower in the village of Gurumba late on Sunday.",
     LOOTING),
    ("Armed herders burnt down 30 houses in Tiv communities of the local government area, "
     "residents said.", LOOTING),
    ("Miscreants vandalised the office of the ruling party in Kalna and set fire to its "
     "furniture on Friday night.", LOOTING),
    ("Gunmen looted shops and carted away livestock when they invaded the market in Dansadau "
     "on Wednesday.", LOOTING),
    ("Maoists blew up a mobile tower and torched three vehicles engaged in road construction "
     "in Bijapur district.", LOOTING),
    ("Authorities demolished the homes of 40 families in the settlement, rights groups said.",
     LOOTING),
    ("Al-Shabaab fighters destroyed a telecommunications mast in the town of Bulo Burte.",
     LOOTING),
    ("Suspected Maoists torched five trucks and an earthmover engaged in road construction "
     "work near Kirandul on Monday night.", LOOTING),
    ("Al-Shabaab militants burned down a primary school in the Lower Shabelle region, accusing "
     "its teachers of spreading Western ideas.", LOOTING),
    ("Bandits stole over 200 cows from herders in the area on Sunday.", LOOTING),
    ("Unknown people vandalised the statue of the independence hero in the central square.",
     LOOTING),
    ("Militants set fire to a girls' school in Swat, the second such attack this month. No "
     "casualties were reported.", LOOTING),
    ("The army bulldozed dozens of homes in the village, accusing residents of sheltering "
     "rebels.", LOOTING),
    ("On 7 December, Fulani militia burned the farm produce of farmers in Guma area.", LOOTING),
    ("On 30 April, suspected IPOB members set ablaze the office of the electoral commission in "
     "Ebonyi state.", LOOTING),
    ("Unknown assailants attacked the offices of the opposition party in Harare overnight, "
     "smashing windows and damaging furniture.", LOOTING),
    ("Suspected militants attacked a mobile phone mast in the district, damaging its "
     "equipment, police said.", LOOTING),
    ("The party's regional headquarters was vandalised by unknown people, its spokesman said "
     "on Tuesday.", LOOTING),
    ("Several houses were torched and shops looted in the village during the night, residents "
     "said.", LOOTING),
    ("The church was badly damaged in an arson attack on Sunday night; nobody was injured.",
     LOOTING),
    # controls: a blast is told by its weapon, people killed beside property make an attack
    ("The rebels detonated explosives at a power station, knocking out electricity to the "
     "city.", IED),
    ("The rebels killed two aid workers and set their vehicle ablaze near the town.", ATTACK),
    # controls written after the attacked-property rule: a crowd that attacks an office riots
    # (the rule read it as looting until crowds were left out of it)
    ("Hundreds of supporters of the candidate attacked the electoral commission office, "
     "smashing windows.", VIOLENT_DEMO),
    pytest.param("Angry youths attacked the governor's office, smashing windows and burning "
                 "documents.", MOB,
                 marks=xfail("'Angry youths' is an actor of unknown type with a subject the "
                             "mob rule does not ask: read as a clash, before and after")),
    pytest.param("Armed men raided the health centre in the village and carted away drugs and "
                 "equipment, the local council chairman said.", LOOTING,
                 marks=xfail("drugs and equipment are no property class: 'drugs' is a crime "
                             "word, 'equipment' also what troops seize as weapons")),
]

# ACLED's "Other" strategic developments, and a release ACLED's codebook lists as an agreement.
OTHER_PROBES: list[Any] = [
    ("Thousands of villagers have fled their homes in the district following threats from "
     "armed groups, local officials said.", OTHER),
    ("More than 20,000 people have been displaced by the violence in the region in the past "
     "week, the UN refugee agency said.", OTHER),
    ("A mass grave with at least 17 bodies was found in a forest near the village, local "
     "authorities said.", OTHER),
    ("The military has ousted the president and suspended the constitution, an officer "
     "announced on state television.", OTHER),
    ("Tens of thousands of people have fled their homes in the province since the start of "
     "the offensive, aid agencies said.", OTHER),
    ("On 22 June, thousands of civilians fled the fighting in the area towards the border, "
     "according to the UN.", OTHER),
    ("On 4 March, the Taliban released 12 civilians they had detained earlier in the week.",
     AGREEMENT),
    pytest.param("Mutinous soldiers seized control of the state television station and "
                 "announced that the president had been removed.", OTHER,
                 marks=xfail("a coup told by what the mutineers took and announced: no coup "
                             "word, and 'seized control' of a building names no place")),
]

# Demonstrations: intervention (dispersed, suppressed, minor harm), excessive force (lethal or
# serious harm), a violent crowd, a peaceful one.
DEMONSTRATION_PROBES: list[Any] = [
    ("Police used batons and tear gas to disperse hundreds of opposition supporters who had "
     "gathered outside the electoral commission.", INTERVENTION),
    ("Security personnel lathi-charged protesting students outside the university on Monday, "
     "injuring several of them.", INTERVENTION),
    ("Police detained 25 activists who were staging a peaceful sit-in outside the parliament "
     "building.", INTERVENTION),
    ("Police in Lahore baton-charged and arrested dozens of teachers who were protesting for "
     "the regularisation of their jobs.", INTERVENTION),
    ("Security forces used water cannons against opposition protesters in the capital on "
     "Saturday.", INTERVENTION),
    ("Police fired tear gas shells and arrested 30 people as hundreds of farmers tried to march "
     "towards parliament.", INTERVENTION),
    ("Protesters chanting anti-government slogans were beaten with batons and detained by "
     "plainclothes officers.", INTERVENTION),
    ("Police used force to break up a demonstration by nurses demanding better pay, arresting "
     "several of them.", INTERVENTION),
    ("Riot police charged at demonstrators with batons, injuring several of them, as they "
     "tried to reach the presidential palace.", INTERVENTION),
    ("Security forces fired tear gas at hundreds of women who were marching to the parliament "
     "to demand justice.", INTERVENTION),
    ("A march by opposition supporters was broken up by police in the capital on Saturday.",
     INTERVENTION),
    ("Police dispersed a crowd of traders who had gathered to protest against the demolition "
     "of their stalls.", INTERVENTION),
    ("On 2 February, police used tear gas and rubber bullets to disperse students protesting "
     "the closure of their university in Mamou.", INTERVENTION),
    ("On 11 October, police arrested 15 members of the opposition who were demonstrating in "
     "front of the court in Conakry.", INTERVENTION),
    pytest.param("Supporters of the ruling party attacked a peaceful march by opposition "
                 "activists with sticks, injuring five.", INTERVENTION,
                 marks=xfail("a crowd's attack on a march is read as the attackers' riot, "
                             "the march told first as peaceful")),
    ("Troops opened fire on demonstrators protesting against the coup, killing four people, "
     "medics said.", EXCESSIVE),
    ("A protester died after being hit by a tear gas canister fired by police during a "
     "demonstration in the capital.", EXCESSIVE),
    ("Police fired live rounds at a crowd of unarmed protesters in Kassala, wounding 12, two "
     "of them critically.", EXCESSIVE),
    ("At least 12 people were killed when soldiers fired on demonstrators in the city on "
     "Saturday, a rights group said.", EXCESSIVE),
    ("A student was critically injured after police fired live ammunition to disperse a "
     "protest at the university.", EXCESSIVE),
    ("Two protesters were shot dead by security forces during a demonstration against the new "
     "constitution.", EXCESSIVE),
    ("On 8 June, residents protested in Kisumu over the killing of a boda boda rider by "
     "police. Police fired live bullets at the protesters, killing one.", EXCESSIVE),
    pytest.param("Police fired rubber bullets and tear gas to disperse the protesters, "
                 "injuring at least 20 of them, two seriously.", EXCESSIVE,
                 marks=xfail("serious injuries told elliptically ('two seriously') name no "
                             "serious-injury phrase")),
    ("Protesters pelted stones at police and set tyres on fire; police responded with tear "
     "gas.", VIOLENT_DEMO),
    ("Rioters torched a police post and several vehicles; police arrested 40 people.",
     VIOLENT_DEMO),
    # ACLED's violent demonstration includes road-blocking, even when the police disperse it
    ("The demonstrators were dispersed by police after they tried to block the road to the "
     "airport.", VIOLENT_DEMO),
    ("Hundreds of workers staged a demonstration outside the factory demanding unpaid wages.",
     PEACEFUL),
    ("Dozens of journalists staged a protest outside the press club against the killing of a "
     "colleague.", PEACEFUL),
    ("On 12 August, a mob lynched a suspected thief in the market of Kayes.", MOB),
]

# ACLED's attack: an armed or organised actor's violence against civilians, against a raid
# that took territory, a demonstration's intervention or a clash.
ATTACK_PROBES: list[Any] = [
    ("Unknown gunmen shot dead a village chief in his home in Dogo on Saturday night.", ATTACK),
    ("Fighters of the group entered the town and executed three men they accused of spying "
     "for the army.", ATTACK),
    ("Soldiers beat up a journalist who was covering the election in Bamenda.", ATTACK),
    ("Armed bandits invaded the community in the early hours of Sunday, killing five residents "
     "and injuring several others.", ATTACK),
    ("Jihadists occupied the town of Gorom on Friday and executed three civilians in the main "
     "square.", ATTACK),
    ("Terrorists overran a village in Tillaberi region, killing 37 civilians.", ATTACK),
    ("Al-Shabaab militants stormed the town of Mahaday, killing three civilians, after "
     "government troops withdrew.", ATTACK),
    ("Soldiers killed six civilians in a village in retaliation for an ambush on their convoy, "
     "residents said.", ATTACK),
    ("Police fired tear gas at traders in the market while enforcing the lockdown, injuring "
     "several.", ATTACK),
    ("Police fired tear gas into a church service in the capital, injuring worshippers.",
     ATTACK),
    ("Soldiers whipped residents who had defied the curfew in the town.", ATTACK),
    ("Police opened fire on a crowd of villagers who were attending a funeral, killing two.",
     ATTACK),
    ("Gunmen attacked a wedding party in the village, killing 15 guests.", ATTACK),
    ("Police beat a man to death in custody in the town, his family said.", ATTACK),
    ("On 6 January, a soldier shot dead a civilian at a checkpoint in the town after an "
     "argument.", ATTACK),
    ("On 9 April, unidentified gunmen abducted a teacher from his home in Kaduna and demanded "
     "ransom.", ABDUCT),
    ("On 17 November, soldiers raped two women in the village of Kiwanja.", SEXUAL),
    # controls: a place taken in a fight stays a change of territory, one left without a fight
    # a transfer
    ("On 18 September, the ISWAP militants overran the town of Damasak after clashes with the "
     "military.", OVERTAKE),
    ("Taliban fighters captured the district headquarters of Khwaja Ghar after heavy fighting "
     "with government forces.", OVERTAKE),
    ("Armed men seized control of the town of Tessit after government troops abandoned their "
     "positions.", TRANSFER),
    ("The opposition whipped up support in the capital ahead of the vote.", None),
]


# A second batch on demonstrations, written before it was run: force that state forces use on
# a crowd the parse names otherwise ("students who were staging a sit-in") intervenes in the
# demonstration its sentence tells (event_force.force_on_crowd); what the police did ("raided
# the protest camp and tore down the tents", "stormed the square") is no violence of the
# crowd's (event_force.crowd_violence_told). 15 written, 7 failed first: 3 pass now, two are
# strict xfails, two were dropped as the codebook leaves them open (a grenade thrown at
# protesters, ACLED's explosives rule against its excessive force; a ruling party's supporters
# attacking demonstrators with machetes, a mob or excessive force). Then 7 controls, a crowd's
# own violence told beside police acts: 6 passed before and after, the burned tents pass now.
FORCE_PROBES: list[Any] = [
    ("Security forces attacked a sit-in by unemployed graduates in front of the governor's "
     "office and arrested several of them.", INTERVENTION),
    ("Police beat students who were staging a sit-in at the university gate.", INTERVENTION),
    ("Soldiers attacked participants of an opposition rally with batons and rifle butts.",
     INTERVENTION),
    ("Riot police raided the protest camp and tore down the tents of the demonstrators.",
     INTERVENTION),
    ("Security forces stormed the square where demonstrators had been camping for weeks, and "
     "detained dozens.", INTERVENTION),
    ("Security forces stormed the square and burned the tents of the protesters who had "
     "camped there.", INTERVENTION),
    ("Police used batons to break up a gathering of opposition supporters in the capital.",
     INTERVENTION),
    ("Police manhandled and detained women activists who were protesting outside the "
     "parliament.", INTERVENTION),
    ("Police cleared the protesters from the main road, arresting 14.", INTERVENTION),
    ("Hundreds of residents protested against the eviction; police later arrested the "
     "organisers.", INTERVENTION),
    ("The police arrested 20 demonstrators who had gathered in the city centre without "
     "permission.", INTERVENTION),
    ("Gunmen opened fire on a peaceful protest in the town, killing four demonstrators.",
     EXCESSIVE),
    pytest.param("Police assaulted striking teachers who had gathered in front of the ministry, "
                 "injuring some of them.", INTERVENTION,
                 marks=xfail("a strike told by 'striking' and a crowd that 'had gathered' with "
                             "no purpose name no demonstration: the assault stays an attack")),
    pytest.param("Plainclothes agents abducted three protest leaders during the rally on "
                 "Sunday.", INTERVENTION,
                 marks=xfail("'abducted' is read as an abduction whoever does it; agents of the "
                             "state who seize demonstrators at a rally intervene in it")),
    ("Protesters stormed the parliament building on Tuesday; police fired tear gas to push "
     "them back.", VIOLENT_DEMO),
    ("Police clashed with stone-throwing protesters in the city centre.", VIOLENT_DEMO),
    ("Police said the protesters had torched two cars and a bank during the march.",
     VIOLENT_DEMO),
    ("Riot police stormed the campus after students set fire to a bus during a protest.",
     VIOLENT_DEMO),
    ("Police broke up the march after some demonstrators smashed shop windows.", VIOLENT_DEMO),
    ("Police and protesters clashed in the capital on Friday, leaving several injured.",
     VIOLENT_DEMO),
]


# A third batch, written before it was run: coups, displacement and serious injuries at a
# demonstration (15), forced flight and withdrawal (7), force that hospitalises (6), and the
# demolitions and settler attacks of monitors' reports (11); 25 kept here, of which 9 fail on
# 84d9c2c (before this round); 7 pass now, 2 are strict xfails. People
# "forced to flee" or who "began fleeing" fled (the subject of a governing verb is the flight's,
# event_rules.frame_sub_type; "force" and "compel" tell an act that happened,
# event_triggers.REALIS_INFINITIVE_HEADS), demonstrators hospitalised, in critical condition or
# who lost an eye met excessive force (event_cues.tsv), structures and stalls demolished are
# property (event_frames.tsv). Left out: a control that fails before and after (a
# resignation forced by protests is read as the protests), and probes open under the codebook.
THIRD_PROBES: list[Any] = [
    ("Soldiers staged a coup in the capital on Tuesday, detaining the president and dissolving "
     "parliament.", OTHER),
    ("Army officers seized power in a bloodless coup and closed the country's borders.", OTHER),
    ("More than 5,000 families were forced to flee their villages in the district after attacks "
     "by armed groups.", OTHER),
    ("Residents began fleeing the town on Saturday as rebels advanced towards it.", OTHER),
    pytest.param("A group of mutinous soldiers took over the presidential palace and announced "
                 "the overthrow of the government.", OTHER,
                 marks=xfail("no coup word and a palace is no place taken; 'the overthrow of' "
                             "as a noun was not added: news names past overthrows as background "
                             "('since the overthrow of Gaddafi in 2011')")),
    # the object of 'forced' is not read as who fled by the rules ('burned houses, forcing
    # residents to flee' would tell the flight over the burning); the strategic-development
    # model names it (evstrat; a known failure, so not in its training)
    ("Rebels forced hundreds of residents to flee the village of Kalima on Sunday.", OTHER),
    ("The army was forced to withdraw from the town of Kidal after the deal.", TRANSFER),
    ("Residents were forced to leave their homes after the floods.", None),
    ("Journalists were forced to leave the country after receiving threats.", None),
    ("Pro-government militia looted and burned houses in the village, forcing residents to "
     "flee.", LOOTING),
    ("Police fired tear gas and live bullets at protesters in the capital, killing at least "
     "three, witnesses said.", EXCESSIVE),
    ("A teenager died in hospital on Sunday, a day after he was shot by police during a protest "
     "against power cuts.", EXCESSIVE),
    ("Police brutally beat protesters with batons, leaving several with broken bones.",
     EXCESSIVE),
    ("Police fired rubber bullets at protesters in the capital; one young man lost an eye.",
     EXCESSIVE),
    ("Several demonstrators were hospitalised after police beat them with batons during the "
     "march.", EXCESSIVE),
    ("A protester is in critical condition after being hit by a tear gas canister fired by "
     "police.", EXCESSIVE),
    ("Police dispersed the march with tear gas; a few protesters suffered minor injuries.",
     INTERVENTION),
    ("Police broke up the sit-in with batons; three protesters were treated for bruises.",
     INTERVENTION),
    ("Militants attacked a school in the district, killing two teachers and torching "
     "classrooms.", ATTACK),
    ("Suspected rebels burned down the house of a local chief after he refused to pay them.",
     LOOTING),
    ("Israeli forces demolished a Palestinian home in the village of Beit Ummar, south of "
     "Hebron, on Wednesday.", LOOTING),
    ("Israeli settlers uprooted some 50 olive trees belonging to Palestinian farmers in the "
     "village.", LOOTING),
    ("Settlers vandalised a mosque in the northern West Bank, spraying graffiti on its walls.",
     LOOTING),
    ("Israeli forces seized construction equipment and demolished two structures in Area C.",
     LOOTING),
    ("Militants blew up the house of a tribal elder in the district.", LOOTING),
]


@pytest.mark.parametrize(("text", "expected"), PROPERTY_PROBES)
def test_property_probe(pipeline: Any, text: str, expected: str | None) -> None:
    assert acled_main(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), OTHER_PROBES)
def test_other_probe(pipeline: Any, text: str, expected: str | None) -> None:
    assert acled_main(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), DEMONSTRATION_PROBES)
def test_demonstration_probe(pipeline: Any, text: str, expected: str | None) -> None:
    assert acled_main(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), ATTACK_PROBES)
def test_attack_probe(pipeline: Any, text: str, expected: str | None) -> None:
    assert acled_main(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), FORCE_PROBES)
def test_force_probe(pipeline: Any, text: str, expected: str | None) -> None:
    assert acled_main(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), THIRD_PROBES)
def test_third_probe(pipeline: Any, text: str, expected: str | None) -> None:
    assert acled_main(pipeline, text) == expected
