"""Type probes (evtypes): the weakest ACLED sub-types told apart by the codebook's definitions.

ACLED's codebook draws the lines these probes test: a demonstration is "with intervention" when
the authorities disperse or arrest without lethal or serious force, "excessive force against
protesters" when they use lethal or serious force on demonstrators who were not violent, and a
"violent demonstration" when the demonstrators are the violent or destructive side; an "attack"
is one-sided violence on civilians or people not fighting, an "armed clash" two armed organised
sides; "looting/property destruction" covers looting, burning and demolition with no clash; the
strategic developments (arrests, seizures, agreements, a base set up, a non-violent transfer, a
change to a group, "Other") are told without fighting. Controls use the same words of sport,
budgets, accidents and plans, and must give no event.

The sentences are sitrep's own writing in wire style with invented names (several are two
sentences long, the event not always in the first), each with the sub-type the codebook gives,
all written before any was run. First batch (43 probes, 5 controls): 42 of 48 passed first;
second batch (22 probes, written after the first was run, before any rule): 19 of 22. This
round's rules (serious injuries as lethal force, "peaceful/protest march" as a demonstration,
a march halted by police told as one, an adverbial clause of "stopped"/"prevented" that
happened, what a crowd gathered "to denounce" read out of its course, a clause describing
whom it demands freed dated before it, force at a crowd that gathered to protest) make 66 of
70 pass; 4 are strict xfails with reasons. Third batch (20 strategic developments): 17 first,
18 now (a prisoner exchange "agreed to"), 2 strict xfails. Fourth batch (18 demonstrations in
other wordings): 11 first, 18 now (looting, wrecking and ransacking by the crowd, gunshot
injuries and deaths of a demonstrator with police present, batons "used to break up" a
gathering, protesters cleared, "protesters demanded" as realis, arrests in earlier protests).
Fifth batch (10, attack against armed clash): 8 first, 9 now, 1 strict xfail. Sixth batch
(10 strategic developments): 6 first, 8 now (arms depots found, controlled detonations), 2
strict xfails; one probe more pins a depot struck from the air as an air strike.
"""

from __future__ import annotations

from typing import Any

import pytest

from stages import xfail
from test_event_codebook import (
    ABDUCT,
    AGREEMENT,
    ARRESTS,
    ATTACK,
    CHANGE,
    CLASH,
    DISRUPTED,
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

# authorities disperse or detain, with no lethal or serious force: protest with intervention
INTERVENTION_PROBES: list[Any] = [
    ("Police used tear gas to disperse hundreds of students who had gathered outside the "
     "Ministry of Education in Korvan on Tuesday.",
     INTERVENTION),
    ("Riot police broke up a sit-in by nurses in front of the Lemba general hospital and "
     "detained 14 of them, a union spokesman said.",
     INTERVENTION),
    ("Hundreds of farmers marched to the governor's office in Tessaly on Friday to demand "
     "compensation for lost crops. Officers fired water cannon at the marchers and arrested "
     "several of their leaders.",
     INTERVENTION),
    ("The rally in central Morova was dispersed by security forces within an hour, and dozens "
     "of demonstrators were taken into custody.",
     INTERVENTION),
    ("Police stopped a demonstration by teachers in Pirova on Monday, arresting 30 people as "
     "they arrived at the square.",
     INTERVENTION),
    ("Police fired rubber bullets and tear gas to break up a protest by market vendors in "
     "Sabo on Wednesday.",
     INTERVENTION),
    pytest.param("Authorities stopped a planned demonstration by teachers in Pirova on "
                 "Monday, arresting 30 people as they arrived at the square.",
                 INTERVENTION,
                 marks=xfail("'a planned demonstration' is blanked as still to come "
                             "(events.PREEMPTIVE), so no demonstration is told, and "
                             "'Authorities' names no force: the arrests stay Arrests; with "
                             "'Police' and no 'planned' it is an intervention (next probe)")),
]

# lethal or serious force on demonstrators who were not violent: excessive force
EXCESSIVE_PROBES: list[Any] = [
    ("Security forces opened fire on demonstrators in the town of Harun on Friday, killing "
     "two, witnesses said.",
     EXCESSIVE),
    ("Troops shot dead three people when they fired live ammunition at a peaceful march "
     "against fuel prices in Otuka.",
     EXCESSIVE),
    ("Thousands of people gathered peacefully in Lisari square on Sunday to demand the release "
     "of political prisoners. Soldiers later fired into the crowd, killing at least five "
     "protesters.",
     EXCESSIVE),
    ("A student was killed and 12 others were seriously wounded when police shot at a sit-in "
     "at Ndera university.",
     EXCESSIVE),
    ("Police beat protesters with clubs at a rally in Mavro on Thursday, leaving four of them "
     "with fractured skulls.",
     EXCESSIVE),
]

# the demonstrators are the violent or destructive side: violent demonstration
VIOLENT_DEMO_PROBES: list[Any] = [
    ("Rioters torched cars and smashed shop windows in the centre of Belgar after the election "
     "result was announced.",
     VIOLENT_DEMO),
    ("Protesters threw stones at police and set tyres ablaze on the main road into Kamsa on "
     "Wednesday.",
     VIOLENT_DEMO),
    ("Angry youths stormed the district office in Ulong, burning documents and furniture, to "
     "protest the arrest of a local chief.",
     VIOLENT_DEMO),
    ("Demonstrators demanding the governor's resignation blocked highways with burning "
     "barricades and pelted security forces with rocks. Police responded with tear gas.",
     VIOLENT_DEMO),
    ("Supporters of the jailed opposition leader clashed with police in Semra, throwing "
     "petrol bombs.",
     VIOLENT_DEMO),
]

# no force told: peaceful protest
PEACEFUL_PROBES: list[Any] = [
    ("About 2,000 people marched peacefully through Dorvik on Saturday to demand higher wages; "
     "police escorted the procession and no incidents were reported.",
     PEACEFUL),
    ("Relatives of missing fishermen held a vigil outside the port authority in Keda on "
     "Monday.",
     PEACEFUL),  # a vigil is a demonstration word since evbugs; one for a disaster's victims
    # is none (tests/test_evbugs_probes.py)
    ("Workers at the Vantor textile plant downed tools on Wednesday over unpaid salaries.",
     PEACEFUL),
]

# one-sided violence on civilians or people not fighting: attack
ATTACK_PROBES: list[Any] = [
    ("Gunmen stormed the village of Kuru on Sunday night and shot dead seven farmers, local "
     "officials said.",
     ATTACK),
    ("Militants on motorbikes opened fire on worshippers leaving a mosque in Tindi, killing "
     "four.",
     ATTACK),
    pytest.param("Five traders were killed when armed men ambushed their bus on the road "
                 "between Azo and Pelli.",
                 ATTACK,
                 marks=xfail("'their bus' is read as the armed men's (event_actors resolves "
                             "the possessive to the subject of 'ambushed'), so the target is "
                             "armed: a clash")),
    ("Soldiers beat and killed two unarmed herders near Gotta on Friday, a rights group said.",
     ATTACK),
    ("A man was shot dead by unidentified assailants at his home in Marsa on Tuesday.",
     ATTACK),
    ("The insurgents executed three aid workers they had seized last week, the agency said.",
     ATTACK),
]

# two armed organised sides: armed clash
CLASH_PROBES: list[Any] = [
    ("Rebels and government troops exchanged fire for several hours near the town of Lusso on "
     "Thursday.",
     CLASH),
    ("Fighters of the Northern Front attacked an army post outside Vimbe, triggering a "
     "gunbattle that killed six soldiers and nine militants.",
     CLASH),
    ("Two rival militias fought with machine guns in the market district of Ruba, residents "
     "said.",
     CLASH),
    ("Police killed three suspected insurgents in a shootout in the Daro district on Monday.",
     CLASH),
    ("Gunmen attacked a police checkpoint in Serra on Tuesday, killing two officers.",
     CLASH),
]

# looting, burning, demolition with no clash: looting/property destruction
LOOTING_PROBES: list[Any] = [
    ("Militiamen looted shops and burned houses in the village of Bakori after the army "
     "withdrew.",
     LOOTING),
    ("Fighters set fire to a school in Dongo on Wednesday; no one was hurt.",
     LOOTING),
    ("Armed men ransacked the offices of a humanitarian agency in Kalem and made off with "
     "vehicles and computers.",
     LOOTING),
    ("Soldiers demolished dozens of homes belonging to families of suspected rebels in Arrak.",
     LOOTING),
    ("The militia torched the granaries of the village of Sedo.",
     LOOTING),
]

# strategic developments told without fighting
STRATEGIC_PROBES: list[Any] = [
    ("Security forces arrested the leader of the opposition Freedom Party at his home in the "
     "capital on Thursday.",
     ARRESTS),
    ("The army seized a large cache of weapons and ammunition in a raid on a farm near Tulun.",
     DISRUPTED),
    ("Rebel forces withdrew from the town of Kasso on Sunday and handed control to a local "
     "council without any fighting.",
     TRANSFER),
    # evact: known failures until "armed group" named an actor (the Unidentified Armed
    # Group) that the strategic model's codebook gate accepts
    ("The two armed groups announced on Friday that they had merged to form the "
     "Southern Liberation Front.",
     CHANGE),
    ("The militia has set up a new base in the hills above Merka, residents said.",
     HQ),
    ("The government and the rebel alliance signed a ceasefire agreement in Tamsa on Monday.",
     AGREEMENT),
    ("The army imposed a curfew across the province of Ostra on Friday after weeks of "
     "unrest.",
     OTHER),
    ("More than 10,000 people fled their homes in the Bira district after the fighting, the "
     "UN said.",
     OTHER),
]

# second batch, written after the first was run and before any rule of this round: the same
# codebook lines in other wordings (passives, a crowd told in one sentence and the police in
# the next, force named by its weapon, deaths with no verb of shooting)
TYPE_PROBES_2: list[Any] = [
    ("Students protesting tuition fees were dispersed with water cannon outside parliament in "
     "Velma on Tuesday.",
     INTERVENTION),
    ("Hundreds of opposition supporters rallied in Kora on Saturday. Police moved in and "
     "detained about 40 people, the organisers said.",
     INTERVENTION),
    ("Security forces forcibly removed dozens of people staging a sit-in outside the electoral "
     "commission in Ambo.",
     INTERVENTION),
    ("The protest in Dimo ended when police charged the crowd with batons and arrested its "
     "leaders.",
     INTERVENTION),
    ("Police killed a protester in Tamba on Monday during a demonstration against the closure "
     "of a factory.",
     EXCESSIVE),
    ("A teenager was shot dead by soldiers as crowds gathered in Ressa to demand the release of "
     "a jailed cleric.",
     EXCESSIVE),
    ("Soldiers used live rounds against a crowd of unarmed demonstrators in Pessa, wounding "
     "15.",
     EXCESSIVE),
    ("Protesters set fire to the town hall in Garo and clashed with riot police, who fired "
     "tear gas.",
     VIOLENT_DEMO),
    ("Demonstrators ransacked the offices of the ruling party in Kombe on Friday.",
     VIOLENT_DEMO),
    ("Youths burned tyres and barricaded roads in several districts of Velu to protest power "
     "cuts.",
     VIOLENT_DEMO),
    ("Thousands marched in Rella on Sunday to denounce the killing of a journalist by police "
     "last month.",
     PEACEFUL),
    ("Protesters chanted slogans outside the parliament in Kassa while police looked on.",
     PEACEFUL),
    ("Nurses staged a sit-in at the health ministry in Boru, demanding the release of "
     "colleagues detained last week.",
     PEACEFUL),
    ("Soldiers shot dead a mentally ill man at a checkpoint in Ammar on Sunday.",
     ATTACK),
    ("Jihadists killed 12 villagers in an overnight raid on Sabbo, the governor said.",
     ATTACK),
    ("Suspected herders killed four farmers in the village of Kwara on Thursday.",
     ATTACK),
    ("Troops clashed with gunmen who had attacked a convoy near Dello on Wednesday.",
     CLASH),
    ("Government forces killed 15 militants in an operation in the Balo forest.",
     CLASH),
    ("Al-Farouq fighters ambushed an army patrol near Tessit, killing three soldiers.",
     CLASH),
    ("Unknown assailants burned down the home of an opposition councillor in Tikka.",
     LOOTING),
    ("Militia members looted livestock from herders near Gaddo on Saturday.",
     LOOTING),
    ("Rebels destroyed a bridge linking Mobo and Kasa, cutting the main supply route.",
     LOOTING),
]

# third batch, the strategic developments and violence against civilians ACLED codes without
# fighting, in other wordings (a new armed wing, a split, people taken away, a prisoner
# exchange agreed, a coup told by what the officers did), written after the second batch's
# rules and before this batch's: 17 of 20 passed first
STRATEGIC_PROBES_2: list[Any] = [
    ("The Sahel Defence Front announced on Monday the creation of a new armed wing to operate "
     "in the border districts of Tamar.",
     CHANGE),
    ("The army deployed two additional battalions and dozens of armoured vehicles to the "
     "northern town of Kebbi on Thursday, officials said.",
     CHANGE),
    ("Hundreds of young men have joined the Kora militia in recent weeks, local leaders said. "
     "The group has been recruiting in villages around Lugo.",
     CHANGE),
    ("A faction of the Unity Movement pledged allegiance to the Islamic State on Saturday, "
     "according to a statement posted online.",
     CHANGE),
    pytest.param("Rebel commanders said the two factions had broken away from the Freedom Army "
                 "after a dispute over leadership.",
                 CHANGE,
                 marks=xfail("'broke/broken away from' is a weak trigger (a runner breaks away "
                             "from the pack) and needs an armed actor1; 'the two factions' "
                             "names none, the armed group they left is not asked")),
    ("Gunmen abducted 17 passengers from a bus travelling between Kaura and Dabo on Sunday, "
     "police said.",
     ABDUCT),
    ("Six aid workers were kidnapped by armed men in the Meru district on Wednesday. Their "
     "employer said it had lost contact with the team.",
     ABDUCT),
    pytest.param("Three journalists have gone missing after being taken away by men in "
                 "military uniform in the capital, their families said.",
                 ABDUCT,
                 marks=xfail("'being taken away' is a passive with no subject of its own: the "
                             "frame take away + civilian finds no object (the journalists are "
                             "the subject of 'gone missing')")),
    ("Militants seized 40 schoolgirls from a boarding school in Garko overnight.",
     ABDUCT),
    ("The authorities bulldozed more than 200 homes in the Tembe settlement, saying they had "
     "been built without permits.",
     LOOTING),
    ("Fighters burned crops and killed livestock in several villages near Dassa, forcing "
     "residents to flee.",
     LOOTING),
    ("Soldiers set fire to the market in Lobi on Tuesday after an ambush nearby, witnesses "
     "said.",
     LOOTING),
    ("Military officers seized power in Varno overnight and detained the president, state "
     "television said.",
     OTHER),
    ("Thousands of families have been displaced by the violence in the Orra region, a UN "
     "agency said on Friday.",
     OTHER),
    ("Government forces took over the Kalo airport after rebel fighters withdrew without a "
     "fight.",
     TRANSFER),
    ("The insurgents established a camp in the Sambisa forest, where they train new recruits.",
     HQ),
    ("Police defused a bomb planted near a church in Jaro on Sunday.",
     DISRUPTED),
    ("The army intercepted a drone launched towards the airport of Kessa on Monday.",
     DISRUPTED),
    ("Militia leaders and the government agreed on Thursday to a prisoner exchange.",
     AGREEMENT),
    ("Police arrested 45 members of the banned opposition movement in dawn raids across the "
     "capital.",
     ARRESTS),
]

# fourth batch, the demonstration sub-types again in wordings the first two did not use
# (looting breaking out, wrecked halls, gunshot injuries, a death from a tear gas canister,
# batons used to break up a gathering, protesters cleared from a square, arrests in earlier
# protests the crowd demands undone), written before this batch's rules: 11 of 18 passed first
TYPE_PROBES_3: list[Any] = [
    ("Anti-government demonstrators burned cars and attacked officers in Tessa; police "
     "responded with tear gas and arrested 20 people.",
     VIOLENT_DEMO),
    ("Protesters damaged shops and police vehicles during a march in Ardo. Officers fired "
     "tear gas to disperse them.",
     VIOLENT_DEMO),
    ("Looting broke out as protesters marched through Kanda on Friday, and police dispersed "
     "the crowd.",
     VIOLENT_DEMO),
    ("The protest in Yara turned into a riot as youths threw bricks at police.",
     VIOLENT_DEMO),
    ("Protesters tore down the fence around the parliament in Belu; police fired water cannon "
     "at them.",
     VIOLENT_DEMO),
    ("Protesters hurled firebombs at the police headquarters in Sanna on Sunday.",
     VIOLENT_DEMO),
    ("Students protesting fee rises in Olo wrecked lecture halls and burnt a university bus.",
     VIOLENT_DEMO),
    ("Police opened fire on protesters in Ketta; one demonstrator later died of his wounds in "
     "hospital.",
     EXCESSIVE),
    ("Several demonstrators were hospitalised with gunshot injuries after police broke up a "
     "rally in Pema.",
     EXCESSIVE),
    ("Police killed two protesters in Fanu on Tuesday, the opposition said.",
     EXCESSIVE),
    ("Security forces used live bullets to disperse protesters in Rano, wounding at least "
     "ten.",
     EXCESSIVE),
    ("A protester died after being hit in the head by a tear gas canister fired by police in "
     "Alvo.",
     EXCESSIVE),
    ("Police in Zema used batons and pepper spray to break up a gathering of opposition "
     "supporters.",
     INTERVENTION),
    ("Police cleared protesters from the main square of Dorro overnight.",
     INTERVENTION),
    ("Officers rounded up dozens of demonstrators at a rally in Pikka on Saturday.",
     INTERVENTION),
    ("Riot police fired stun grenades at marchers in Sollo, and several people were detained.",
     INTERVENTION),
    ("Hundreds of activists marched through Tarra on Saturday to protest the arrest of their "
     "leader, who was detained last month.",
     PEACEFUL),
    ("Protesters at a peaceful rally in Meva demanded the release of those arrested in earlier "
     "demonstrations.",
     PEACEFUL),
]

# fifth batch, attack against armed clash by whom the violence meets (codebook: one-sided
# violence on civilians or people not fighting, or two armed organised sides), written before
# its rule: 8 of 10 passed first, 9 now (soldiers killed in a town's toll make it a clash)
ATTACK_CLASH_PROBES: list[Any] = [
    ("Militants attacked a military base in Gao on Sunday, killing 12 soldiers.",
     CLASH),
    ("Soldiers killed eight civilians in a raid on the village of Bamo, a rights group said.",
     ATTACK),
    ("Bandits killed 20 people in attacks on three villages in Zanda state.",
     ATTACK),
    ("Jihadists attacked the town of Kaya on Friday, killing soldiers and civilians.",
     CLASH),
    ("An army patrol was ambushed near Dori on Monday; four soldiers died.",
     CLASH),
    ("Unidentified gunmen killed three gold miners at a mine near Kidal.",
     ATTACK),
    ("Militia fighters attacked displaced people at a camp in Kotto, killing 14.",
     ATTACK),
    pytest.param("A roadside shootout between police and kidnappers left two officers dead in "
                 "Abri.",
                 CLASH,
                 marks=xfail("the tagger reads 'shootout' after 'roadside' as an adverb (a "
                             "clause of 'roadside'): no trigger; without 'roadside' it is a "
                             "clash")),
    ("Armed men opened fire on a wedding party in Sula, killing nine guests.",
     ATTACK),
    ("Government troops and fighters of the Liberation Army battled for control of the Tenga "
     "bridge.",
     CLASH),
]

# sixth batch, strategic developments in wordings the third did not use (a checkpoint handed
# over, a town left unopposed, an office opened, a depot found, a controlled detonation, a plot
# foiled, a group disbanding, people fleeing a threat), written before its rules: 6 of 10
# passed first, 8 now, 2 strict xfails
STRATEGIC_PROBES_3: list[Any] = [
    ("The army handed over control of the Dara checkpoint to the police on Monday.",
     TRANSFER),
    ("Rebels pulled out of the town of Wela on Friday, and government troops entered it "
     "unopposed.",
     TRANSFER),
    pytest.param("The militia opened a new office in the town of Beta to coordinate its "
                 "operations.",
                 HQ,
                 marks=xfail("an office is no base class: a ministry, a company or the UN "
                             "opening an office is no ACLED event, and the HQ frame asks "
                             "nothing of who opens it")),
    ("Troops found an arms depot in a cave near Meru and destroyed it.",
     DISRUPTED),
    ("Bomb disposal experts safely detonated an explosive device found outside a school in "
     "Kessi.",
     DISRUPTED),
    ("Police foiled a plot to bomb a church in Abira, arresting four suspects.",
     DISRUPTED),
    ("The armed group announced it was disbanding and handing its weapons to the "
     "government.",
     CHANGE),  # evact: a known failure until "armed group" named an actor
    ("Thousands of residents fled Kavi after militants threatened to attack the town.",
     OTHER),
    ("Residents fled the town of Bolo en masse as the militants approached.",
     OTHER),
    ("Fighters of the Liberation Front recaptured the village of Sumo from government troops "
     "after heavy fighting.",
     "Non-state actor overtakes territory"),
    # written after the depot rule's first version (every weapon frame on depots) made it a
    # disrupted weapons use: a depot struck is the strike's target
    ("The Syrian warplanes destroyed the group's arms depot in Homs province.",
     "Air/drone strike"),
]

# written with the rule that reads a gathering prevented and a past verb joined to a past
# irrealis governor (three strict xfails of earlier rounds had them: a gathering prevented in
# Harare, an IED factory dismantled, a device safely detonated): they pass with it only
PREVENTED_PROBES: list[Any] = [
    ("Police stopped students from marching to the parliament in Kello and arrested their "
     "leaders.",
     INTERVENTION),
    ("Security forces prevented the rally and detained 20 people in Osso.",
     INTERVENTION),
]

# the same words with no political violence or demonstration
CONTROLS: list[Any] = [
    "Police used a drone to monitor traffic on the coastal highway during the holiday weekend.",
    "The striker fired a shot over the bar in the second half.",
    "Critics said the new budget would loot the pension fund.",
    "Firefighters battled a blaze that destroyed a warehouse in the port of Velo overnight; "
    "the cause was an electrical fault.",
    "The opposition leader said she would hold a rally in the capital next month.",
]

ALL_PROBES = (INTERVENTION_PROBES + EXCESSIVE_PROBES + VIOLENT_DEMO_PROBES + PEACEFUL_PROBES
              + ATTACK_PROBES + CLASH_PROBES + LOOTING_PROBES + STRATEGIC_PROBES)


@pytest.mark.parametrize(("text", "expected"), [
    *ALL_PROBES, *TYPE_PROBES_2, *STRATEGIC_PROBES_2, *TYPE_PROBES_3, *ATTACK_CLASH_PROBES,
    *STRATEGIC_PROBES_3, *PREVENTED_PROBES])
def test_type_probe(pipeline: Any, text: str, expected: str) -> None:
    assert acled_main(pipeline, text) == expected


@pytest.mark.parametrize("text", CONTROLS)
def test_type_control(pipeline: Any, text: str) -> None:
    assert acled_main(pipeline, text) is None
