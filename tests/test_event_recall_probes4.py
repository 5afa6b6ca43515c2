"""Recall probes, fourth set (evrecall): news wordings of political violence and demonstrations
that may give no event at all.

Wires tell an event by a noun head ("a deadly ambush", "the raid on", "an IED blast", "a
sit-in", "skirmishes", "an incursion"), by a light verb ("carried out a raid", "staged a
walkout", "came under fire", "took to the streets", "traded fire", "lobbed grenades"), by a
passive or a participle ("were gunned down", "was abducted", "found dead with gunshot wounds",
"killed when their vehicle hit a mine"), by a toll alone ("Three police officers died ... in
the northern town"), under a reporting verb ("witnesses said soldiers torched ..."), or in a
later sentence of the snippet. Each probe carries the sub-type ACLED's codebook gives it.
Controls carry the same words in disaster, diplomacy, commentary, ordinary crime, blame, a
threat, a commemoration, sport and a court, and must give no event.

The sentences are sitrep's own writing in wire style, with invented names. All were written
before any was run.
"""

from __future__ import annotations

from typing import Any

import pytest

from stages import xfail
from test_event_codebook import (
    ABDUCT,
    AGREEMENT,
    AIR,
    ARRESTS,
    ATTACK,
    CHANGE,
    CLASH,
    DISRUPTED,
    EXCESSIVE,
    GRENADE,
    HQ,
    IED,
    INTERVENTION,
    LOOTING,
    MOB,
    OTHER,
    OVERTAKE,
    PEACEFUL,
    REGAIN,
    SEXUAL,
    SHELL,
    SUICIDE,
    TRANSFER,
    VIOLENT_DEMO,
    acled_main,
)

# (text, the ACLED sub-type of the main event an ACLED coder would give)
NOMINAL_PROBES: list[Any] = [
    ("Five soldiers died in a deadly ambush on their patrol near the village of Tombali on "
     "Tuesday, the army said.",
     CLASH),
    ("The raid on a police station in Maradi before dawn on Sunday left two officers "
     "wounded, according to a security source.",
     CLASH),
    ("An IED blast struck a military vehicle on the road between Kessa and Dori on Monday, "
     "wounding four soldiers.",
     IED),
    ("A drone strike hit a house in the village of Mir Ali late on Friday, killing three "
     "people, local officials said.",
     AIR),
    ("A suicide bombing at a crowded market in Gamboru killed at least 12 people on "
     "Saturday.",
     SUICIDE),
    ("Nurses at the main hospital in Talbe began a sit-in on Monday to demand unpaid wages.",
     PEACEFUL),
    ("Thousands attended a rally in central Ostrava on Sunday in support of the jailed "
     "opposition leader Mira Dalen.",
     PEACEFUL),
    ("Teachers across the province staged a walkout on Wednesday over delayed salaries, the "
     "union said.",
     PEACEFUL),
    ("A standoff between troops and members of the Kanu militia near the border town of Arvo "
     "ended in an exchange of fire late on Thursday.",
     CLASH),
    ("Skirmishes between rival armed groups were reported on the outskirts of Bunia "
     "overnight, residents said.",
     CLASH),
    ("The incursion by armed herders into the farming village of Dogo Nahawa left seven "
     "residents dead.",
     ATTACK),
    ("A crackdown by security forces on opposition activists in the capital saw dozens "
     "detained over the weekend.",
     ARRESTS),
    ("An artillery barrage on the eastern suburbs of Hodeidah left two people dead on "
     "Sunday.",
     SHELL),
    ("A roadside bomb killed a district official in the province of Kunar on Wednesday.",
     IED),
    ("Overnight airstrikes on rebel positions around the town of Marib killed 12 fighters, a "
     "military source said.",
     AIR),
    ("A shootout between police and suspected separatists in Bamenda left three people dead "
     "on Tuesday.",
     CLASH),
    ("The abduction of 30 schoolchildren from a boarding school in Kagara on Wednesday has "
     "shocked the country.",
     ABDUCT),
    ("A demonstration by taxi drivers against a new licence fee brought traffic in Accra to "
     "a halt on Monday.",
     PEACEFUL),
    ("The looting of shops in the market town of Kalemie continued for a second day on "
     "Wednesday as unpaid soldiers roamed the streets.",
     LOOTING),
]

LIGHT_VERB_PROBES: list[Any] = [
    ("Government troops carried out a raid on a suspected rebel hideout near Beni on "
     "Tuesday, killing four fighters.",
     CLASH),
    ("Dozens of market women staged a sit-in outside the governor's office in Kanta on "
     "Monday.",
     PEACEFUL),
    ("A police patrol came under fire near the town of Garissa on Wednesday; one officer was "
     "wounded.",
     CLASH),
    ("Hundreds of students took to the streets of Harar on Thursday to denounce the closure "
     "of their university.",
     PEACEFUL),
    ("Unknown gunmen opened fire on a minibus carrying farm workers near Kaduna on Sunday, "
     "killing five.",
     ATTACK),
    ("Soldiers and fighters of the Liberation Front traded fire for several hours near the "
     "village of Amdi on Saturday.",
     CLASH),
    ("Armed men stormed a village near Bangassou at dawn, burning homes and killing three "
     "civilians.",
     ATTACK),
    ("Insurgents seized control of the district headquarters of Koro on Friday after "
     "government troops withdrew.",
     OVERTAKE),
    ("Assailants lobbed grenades at a police checkpoint in Bujumbura on Tuesday evening, "
     "wounding two officers.",
     GRENADE),
    ("Protesters torched the offices of the electoral commission in Lira on Wednesday after "
     "the results were announced.",
     VIOLENT_DEMO),
]

PASSIVE_PROBES: list[Any] = [
    ("Two village chiefs were gunned down in separate incidents in the district of Kasese on "
     "Sunday, police said.",
     ATTACK),
    ("A local aid worker was abducted by armed men on the road to Mopti on Thursday, her "
     "employer said.",
     ABDUCT),
    ("A local councillor was found dead with gunshot wounds outside the town of Rumonge on "
     "Monday, two days after he went missing.",
     ATTACK),
    ("Six soldiers were killed when their vehicle hit a landmine near the border with Mali "
     "on Friday.",
     IED),
    ("Three people were shot dead by police during a demonstration against fuel prices in "
     "Kisumu on Tuesday.",
     EXCESSIVE),
    ("A journalist was beaten by soldiers at a checkpoint in Goma on Saturday, a press "
     "freedom group said.",
     ATTACK),
    ("Two traders were kidnapped at gunpoint from their shop in Zaria on Sunday night.",
     ABDUCT),
]

TOLL_PROBES: list[Any] = [
    ("Three police officers died in the northern town of Kidira on Monday. The interior "
     "ministry said the attackers had fled towards the border.",
     CLASH),
    ("At least nine civilians lost their lives in the village of Kouka on Sunday after "
     "gunmen on motorbikes arrived at the weekly market.",
     ATTACK),
]

LATE_PROBES: list[Any] = [
    # the event told in a later sentence, or under a reporting verb
    ("Residents of Kilwa say life has not returned to normal. Last week, fighters of the "
     "Coastal Brigade stormed the town's police station and freed 20 prisoners.",
     CLASH),
    ("Markets in the city of Goz Beida remained shut on Friday. On Thursday, security forces "
     "fired tear gas to disperse hundreds of residents protesting the killing of a local "
     "trader.",
     INTERVENTION),
    ("Opposition leader Ana Ferro addressed reporters in the capital on Sunday. Her "
     "supporters had earlier blocked roads and burned tyres in several districts, police "
     "said.",
     VIOLENT_DEMO),
    ("The price of bread has doubled since January. Angry residents of Omdurman took to the "
     "streets again on Tuesday, chanting slogans against the government.",
     PEACEFUL),
    ("Local officials said armed men abducted 15 farmers from their fields near Birnin "
     "Gwari on Tuesday.",
     ABDUCT),
    ("Witnesses told reporters that soldiers torched dozens of homes in the village of Kyauk "
     "on Saturday.",
     LOOTING),
    ("The militia said in a statement that its fighters had ambushed an army column near "
     "Tessalit.",
     CLASH),
]

CONTROLS: list[Any] = [
    "Floods swept through the town of Beledweyne on Sunday, killing at least 10 people and "
    "forcing thousands from their homes.",
    "The foreign ministers of the two countries met in Geneva on Tuesday to discuss a "
    "ceasefire proposal.",
    "Analysts say the army's offensive in the north could stall unless it receives more "
    "helicopters.",
    "A man was arrested on Tuesday for stealing cattle from a farm near Nakuru, police said.",
    "The government blamed the rebels for last month's bombing of a bridge near Kasai.",
    "The group threatened to attack oil installations in the delta if its demands are not "
    "met.",
    "Survivors laid wreaths in Srebrenik on Sunday to mark the 20th anniversary of the "
    "massacre of villagers by paramilitaries.",
    "Two people died when a gas cylinder exploded in a restaurant in the city centre on "
    "Friday.",
    "The minister came under fire from opposition lawmakers over the budget on Wednesday.",
    "Striker Tomas Reyn opened fire from long range in the tenth minute, but the keeper "
    "saved.",
    "The trial of five men accused of the 2019 attack on a police station in Ogoja opened on "
    "Monday.",
    "Security experts warned that a wave of kidnappings could follow the release of the "
    "prison's inmates.",
]

# a second batch in the wording of state and partisan news agencies and of older wire copy,
# written after the first batch was run and before any rule of this round
AGENCY_PROBES: list[Any] = [
    ("Army units pounded the positions of terrorists in the countryside of Kafr Zita with "
     "artillery, destroying their dens.",
     SHELL),
    ("Units of the army eliminated scores of terrorists in the eastern countryside of Hama.",
     CLASH),
    ("Jets of the air force hit gatherings of the terrorists in the town of Latamna, leaving "
     "many of them dead or injured.",
     AIR),
    ("The militia's snipers targeted a citizen in the Hays district, killing him instantly.",
     ATTACK),
    ("Pro-government forces repulsed an offensive by the rebels on their positions near the "
     "city of Taiz.",
     CLASH),
    pytest.param("Medical sources said a young man was wounded by live fire from soldiers near "
                 "the border fence east of Khuza'a.",
                 ATTACK,
                 marks=xfail("no trigger: 'wound' and 'injure' as verbs of the toll role "
                             "'hurt' (an event when a weapon or an armed actor is named) gave a "
                             "non-violent held-out PLOVER record an event (abstention 0.8711 -> "
                             "0.8667, precision 0.7100 -> 0.7030), so they were not kept")),
    ("Dozens of residents suffocated from tear gas fired by soldiers during a march in the "
     "village of Kafr Qaddum.",
     INTERVENTION),
    ("Four members of a family were burnt alive when militants set their house on fire in "
     "Borno State.",
     ATTACK),
    ("The army's engineering units dismantled explosive devices planted by the terrorists on "
     "the main road near Tadef.",
     DISRUPTED),
    ("A roadside explosive device went off targeting a military vehicle in the town of "
     "Nawa.",
     IED),
    ("Security sources said an explosive charge detonated near the home of a local official "
     "in Busra, causing material damage.",
     IED),
    # was a strict xfail (the flight told first led the snippet as 'Other'); evnoticed: a
    # flight whose clause tells the act it fled is no event of its own (event_flight)
    ("Residents fled as militants torched a church and several houses in Plateau State on "
     "Sunday night.",
     LOOTING),
    ("The terrorists fired a number of rocket shells at residential neighbourhoods of the "
     "city, injuring three civilians.",
     SHELL),
    pytest.param("Hundreds of supporters of the cleric turned out in the capital on Friday, "
                 "demanding that the government step down.",
                 PEACEFUL,
                 marks=xfail("'turned out' is no trigger ('it turned out that …' is common) and "
                             "supporters are no demonstration word on their own")),
    ("Workers at the state oil firm downed tools on Monday over unpaid allowances.",
     PEACEFUL),
    ("Police fired rubber bullets and water cannon at crowds in the city centre who had "
     "defied a ban on gatherings.",
     INTERVENTION),
    ("A drone fired a missile at a motorcycle in the south of the Strip, killing its two "
     "riders.",
     AIR),
    ("A bomb hidden in a parked motorcycle ripped through a busy market in Jamrud, killing "
     "five.",
     IED),
    ("Security forces arrested 15 members of an outlawed opposition group in dawn raids in "
     "the capital.",
     ARRESTS),
    ("Opposition activists reported that regime forces executed six civilians in the town of "
     "Khan Tuman.",
     ATTACK),
]

# headlines, which tell an event in the present, often under "say" (written before the rule
# event_triggers.headline; 0 of 3 passed first)
HEADLINE_PROBES: list[Any] = [
    ("Officials say gunmen kill 12 villagers in central Mali.", ATTACK),
    ("Army says it kills 30 militants in northwest.", CLASH),
    ("Rebels seize town in eastern Congo, residents say.", OVERTAKE),
]

AGENCY_CONTROLS: list[Any] = [
    "The UN envoy arrived in Damascus on Monday for talks on the constitutional committee.",
    "A fire broke out at a fuel depot in Aden on Sunday, killing two workers, civil defence "
    "said.",
    "Police seized two tonnes of cannabis hidden in a truck at the port of Tema.",
    "A former rebel commander died of a heart attack in the capital on Sunday, his family "
    "said.",
]

# deaths with no one who killed (written after the toll role 'hurt' was coded, as its checks)
HURT_CONTROLS: list[Any] = [
    "Two soldiers died when their helicopter crashed near the airbase of Gao on Monday, the "
    "army said.",
    "Three police officers lost their lives in a road accident outside Kano on Friday.",
    "An elderly villager died in the floods that hit the district of Tana River last week.",
    "Two miners died on Tuesday when a shaft collapsed at a gold mine near Siguiri.",
]

# a third batch: the vocabulary of killing, firing, taking, destroying, striking and surrender
# in wire copy, one probe per word, written after the rules of the first two batches and before
# its own: 26 of 43 passed first (24 of 38 events, 2 of 5 controls); 4 events and 1 control
# were dropped as ambiguous (listed below)
VOCABULARY_PROBES: list[Any] = [
    ("Gunmen slew four farmers in the village of Kwall on Sunday night, residents said.",
     ATTACK),
    ("Suspected herdsmen butchered six people in their homes in the Bassa area overnight.",
     ATTACK),
    ("A mob lynched a man accused of theft in the market of Lere on Tuesday.", MOB),
    ("Militiamen bludgeoned two displaced women to death near a camp outside Bunia.", ATTACK),
    ("A student activist was stabbed to death by men linked to the ruling party in Bogra.",
     ATTACK),
    ("Unknown attackers beheaded a village chief in the district of Ancuabe on Friday.",
     ATTACK),
    ("A prominent opposition politician was assassinated outside his home in Tunis on "
     "Wednesday.",
     ATTACK),
    ("Two helicopters strafed rebel positions near the town of Kidal on Monday.", AIR),
    ("A sniper picked off two soldiers manning a checkpoint in the old city of Taiz.", CLASH),
    ("Armed men snatched a Catholic priest from his parish house in Kaduna State on Sunday.",
     ABDUCT),
    pytest.param("A human rights lawyer went missing after plain-clothes agents took him from "
                 "his office in Cairo.",
                 ABDUCT,
                 marks=xfail("'went missing' is no trigger (hikers and ships go missing) and "
                             "'took him from' has no frame: 'take' is too common a verb")),
    ("Police rounded up dozens of opposition supporters in the capital on Thursday.", ARRESTS),
    pytest.param("Security agents picked up three members of the student union at their hostel "
                 "in Kampala.",
                 ARRESTS,
                 marks=xfail("'pick up' is no arrest frame: buses pick up passengers and "
                             "rescuers survivors, and 'members' are no class")),
    ("Soldiers gang-raped two women at a checkpoint near Minova, a rights group said.",
     SEXUAL),
    ("Militants razed a police post and three government buildings in the Shinkay district.",
     LOOTING),
    ("Rioters ransacked the offices of the ruling party in the port city of Matadi.",
     VIOLENT_DEMO),
    ("Soldiers plundered shops and homes in the town of Goma after fighters withdrew.",
     LOOTING),
    ("Bulldozers escorted by troops demolished 12 Palestinian homes in the village of "
     "Susiya.",
     LOOTING),
    ("Unidentified men hurled a hand grenade into a crowded bar in the town of Kasese.",
     GRENADE),
    ("Insurgents lobbed mortar rounds at a military base near Mogadishu airport overnight.",
     SHELL),
    ("Thousands picketed the parliament building in Yerevan on Monday, demanding new "
     "elections.",
     PEACEFUL),
    ("Opposition parties enforced a dawn-to-dusk hartal across the country on Sunday.",
     PEACEFUL),
    ("Protesters barricaded the main highway into Cochabamba with rocks and burning tyres.",
     VIOLENT_DEMO),
    ("Riot police used water cannon to scatter students marching on the presidential "
     "palace.",
     INTERVENTION),
    ("Government forces liberated the town of Manbij from the militants on Tuesday.", REGAIN),
    ("The rebels took over the town of Bunagana after soldiers fled across the border.",
     OVERTAKE),
    pytest.param("Army units completed clearing the last pockets of militants in the eastern "
                 "districts of Mosul.",
                 CLASH,
                 marks=xfail("'clear' has frames only on weapons and places; pockets of "
                             "militants cleared are no class it reads")),
    ("Soldiers defused a bomb planted under a bridge on the road to Bannu.", DISRUPTED),
    ("Customs officers confiscated a consignment of rifles and ammunition at the port of "
     "Mombasa.",
     DISRUPTED),
    ("More than 200 militants laid down their arms and turned themselves in to the army in "
     "Borno.",
     AGREEMENT),
    ("The two armed groups signed a truce in Juba on Sunday to end months of fighting.",
     AGREEMENT),
    ("A senior commander of the Popular Front defected to the government with 40 of his "
     "men.",
     CHANGE),
    ("The army declared a curfew in the city of Gondar after two days of unrest.", OTHER),
    ("Government forces handed over control of the airport of Bamako to the transitional "
     "authority.",
     TRANSFER),
    ("The militia opened a new base on the outskirts of the town of Sirte.", HQ),
]
# dropped as ambiguous under the codebook: saboteurs who "blew up a gas pipeline" (a remote
# explosive or property destruction), troops that "routed the rebels from the hills around" a
# town (a clash or territory regained), youths who "went on the rampage" (a riot or mob
# violence), lawmakers "picketed by lobbyists" (that is a picket)

VOCABULARY_CONTROLS: list[Any] = [
    "The company slew its rivals in the bidding for the contract.",
    "The coach said his team would butcher the visitors on Saturday.",
    "The rally car overturned on a bend, injuring its two occupants.",
    pytest.param("Prices of bread plundered household budgets across the country this winter.",
                 marks=xfail("a figurative subject: abstract things are read as objects "
                             "only")),
]

# a snippet that opens on a dateline with no punctuation ("Tessit Three caches …"): the parser
# may take the town for the subject and hang the real one on it (event_rules._under_dateline);
# stocks of arms are a partitive like caches. Written before the rules: 2 of 4 passed first.
DATELINE_PROBES: list[Any] = [
    ("Tessit Three caches containing rifles and ammunition have been discovered by soldiers "
     "near the border.",
     DISRUPTED),
    ("Sokoto Large stocks of ammunition were found by soldiers in a forest near the border.",
     DISRUPTED),
    ("Kidal Several crates of ammunition and two rocket launchers were recovered by soldiers "
     "in a cave east of the town.",
     DISRUPTED),
    ("Bunia Twelve rifles were handed over by former militiamen at a ceremony on Monday.",
     DISRUPTED),
]

# a fourth batch in partisan agencies' and older wire wording, written after the third batch's
# rules and before its own: 3 of 8 passed first, 6 of the 7 kept pass now; 1 dropped as
# ambiguous (police who "shot a protester in the leg" may have fired rubber bullets:
# intervention or excessive force)
PARTISAN_PROBES: list[Any] = [
    ("Two young men were martyred by the gunfire of the occupation forces east of the camp, "
     "the health ministry said.",
     ATTACK),
    ("A citizen was martyred and three others were injured in the aggression on the village "
     "of Qasr.",
     ATTACK),
    ("A prominent blogger was forcibly disappeared after security agents raided his home in "
     "Alexandria.",
     ABDUCT),
    pytest.param("Fighters of the Eastern Front besieged a police station in the town of "
                 "Dera for six hours on Monday.",
                 CLASH,
                 marks=xfail("'besiege' as a weak clash verb gave a non-violent held-out "
                             "PLOVER record an event (precision 0.7100 -> 0.7030, abstention "
                             "0.8711 -> 0.8667, below its floor), so it was not kept")),
    ("A military patrol was targeted by a roadside bomb on the road to Ansongo.", IED),
    ("A patrol of the national guard came under attack near the town of Kasserine "
     "overnight.",
     CLASH),
    ("Gunmen overpowered the guards at a prison in Kotonkarfe and freed more than 200 "
     "inmates.",
     CLASH),
]

# the same words with no event (written with the rules, as their checks)
PARTISAN_CONTROLS: list[Any] = [
    "The minister was besieged by reporters outside parliament on Tuesday.",
    "The martyred leader's portrait hung in the hall where his supporters met on Sunday.",
]

# enemies told as acted on, in the passive of a military report: a weak verb (eliminate,
# neutralise) whose object is an armed group names the fight as a subject would. The first
# was run before the rule (no event); the second and the control were written with it.
PASSIVE_ENEMY_PROBES: list[Any] = [
    ("A number of terrorists were neutralised in the countryside of Homs.", CLASH),
    ("Dozens of militants were eliminated in an operation in the Sinai, the army said.", CLASH),
]
PASSIVE_ENEMY_CONTROLS: list[Any] = [
    "The threat was neutralised after the suspicious package turned out to be harmless.",
]

# armed men's toll told with no cause and no killer named: ACLED codes the fight it implies
# (the toll role 'hurt' with armed victims and no "of"/"from" cause). The first is the first
# batch's toll probe without its second sentence, run before the rule was widened (no event);
# the second and the controls were written with it.
ARMED_TOLL_PROBES: list[Any] = [
    ("Three police officers died in the northern town of Kidira on Monday.", CLASH),
    ("Two soldiers lost their lives in the district of Dande on Sunday, the army said.", CLASH),
]
ARMED_TOLL_CONTROLS: list[Any] = [
    "Four soldiers died of heatstroke at a camp in the desert on Sunday.",
    "Two policemen died when their patrol car plunged into a river near Kisumu.",
]

# marches that are no demonstration (written before the rule: 1 of 4 passed first)
MARCH_CONTROLS: list[Any] = [
    "Four soldiers died of heatstroke during a training march in the desert.",
    "Prisoners were forced on a death march to the coast in 1945, historians say.",
    "Recruits completed a 40-kilometre forced march on Friday.",
    "The band played a military march as the president arrived.",
]

PROBES = (NOMINAL_PROBES + LIGHT_VERB_PROBES + PASSIVE_PROBES + TOLL_PROBES + LATE_PROBES
          + AGENCY_PROBES + HEADLINE_PROBES + VOCABULARY_PROBES + DATELINE_PROBES
          + PARTISAN_PROBES + PASSIVE_ENEMY_PROBES + ARMED_TOLL_PROBES)


@pytest.mark.parametrize(("text", "expected"), PROBES)
def test_recall_probe(pipeline: Any, text: str, expected: str) -> None:
    assert acled_main(pipeline, text) == expected


@pytest.mark.parametrize("text", CONTROLS + AGENCY_CONTROLS + HURT_CONTROLS
                         + VOCABULARY_CONTROLS + PARTISAN_CONTROLS + PASSIVE_ENEMY_CONTROLS
                         + ARMED_TOLL_CONTROLS + MARCH_CONTROLS)
def test_recall_control(pipeline: Any, text: str) -> None:
    assert acled_main(pipeline, text) is None
