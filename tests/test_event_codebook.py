"""A codebook probe set: each ACLED sub-event type told in several wordings, plus non-events.

The sentences are sitrep's own illustrative writing, composed from ACLED's codebook definitions
of each sub-event type (restated in ``knowledge/acled_taxonomy.tsv``), not taken from any corpus
the rules were tuned on. They vary the verb, voice, noun triggers, numbers and countries, so
that a pass rate here estimates how well the rules generalise beyond the dev sentences.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from sitrep.extract.events import main_event
from sitrep.model import Article
from stages import xfail

CLASH = "Armed clash"
REGAIN = "Government regains territory"
OVERTAKE = "Non-state actor overtakes territory"
AIR = "Air/drone strike"
SUICIDE = "Suicide bomb"
SHELL = "Shelling/artillery/missile attack"
IED = "Remote explosive/landmine/IED"
GRENADE = "Grenade"
CHEM = "Chemical weapon"
SEXUAL = "Sexual violence"
ATTACK = "Attack"
ABDUCT = "Abduction/forced disappearance"
PEACEFUL = "Peaceful protest"
INTERVENTION = "Protest with intervention"
EXCESSIVE = "Excessive force against protesters"
VIOLENT_DEMO = "Violent demonstration"
MOB = "Mob violence"
AGREEMENT = "Agreement"
ARRESTS = "Arrests"
CHANGE = "Change to group/activity"
DISRUPTED = "Disrupted weapons use"
HQ = "Headquarters or base established"
LOOTING = "Looting/property destruction"
TRANSFER = "Non-violent transfer of territory"
OTHER = "Other"
NO_PLACE = "a change of territory needs a named place and this sentence names none"


# (sentence, expected ACLED sub-event type of the main event). Six probes first written were
# dropped as ambiguous under the codebook, not because they failed a rule:
#   "Security forces were accused of gang-raping detainees in Darfur." (an accusation: ACLED may
#     code the reported rape, CASE 2021 and sitrep code blame statements as attribution)
#   "Hundreds of fighters of the armed group surrendered to the army in Beni." (a surrender is an
#     Agreement in sitrep's and PLOVER's reading, RETREAT:surrender; elsewhere a change)
#   "Thousands of people fled their homes in Cabo Delgado as fighting approached." (displacement is
#     "Other" only when no fighting is told; here fighting is)
#   "The government declared a state of emergency in Tigray.", "Authorities shut down the
#     internet across Ethiopia." (ACLED records such state measures as "Other" only at a coder's
#     discretion, often not at all; emergencies are mostly declared over disasters. An imposed
#     curfew or martial law is probed below as "Other": PLOVER codes it COERCE)
PROBES: list[Any] = [
    # Armed clash: organised armed groups fight, no change of territory.
    ("Soldiers exchanged fire with Taliban fighters near Kandahar on Monday.", CLASH),
    ("Heavy fighting broke out between the army and M23 rebels outside Goma.", CLASH),
    ("Clashes between two rival militias in Tripoli left six fighters dead.", CLASH),
    ("Al-Shabaab militants fought Somali troops for several hours in Lower Shabelle.", CLASH),
    ("Troops engaged a group of armed bandits in Zamfara state, killing 11 of them.", CLASH),
    ("A gunfight erupted between security forces and ELN guerrillas in Arauca.", CLASH),
    # Government regains territory.
    ("The Iraqi army recaptured the town of Tal Afar from Islamic State fighters.", REGAIN),
    ("Government troops retook Palmyra after a week of fighting.", REGAIN),
    ("Ethiopian federal forces regained control of Shire from the TPLF.", REGAIN),
    ("The Malian army reclaimed the village of Boulkessi from jihadists on Sunday.", REGAIN),
    ("Chadian soldiers regained territory in the village of Ngouboua-Kiri from jihadists.",
     REGAIN),
    ("Government troops clashed with the rebels and recaptured the town of Kalehe.", REGAIN),
    ("The recapture of the town of Tal Afar by government forces was announced on Monday.",
     REGAIN),
    ("The capture of the town of Kalehe by M23 rebels was confirmed on Monday.", OVERTAKE),
    ("Mozambican and Rwandan troops recovered the port of Mocimboa da Praia from insurgents.",
     REGAIN),
    # Non-state actor overtakes territory.
    ("Taliban fighters captured the provincial capital of Kunduz.", OVERTAKE),
    ("Houthi rebels seized the town of Harib after heavy fighting with government forces.",
     OVERTAKE),
    ("M23 rebels took control of Bunagana on the Ugandan border.", OVERTAKE),
    ("The rebels pushed south from Lake Kivu and seized several villages that line the highway.",
     OVERTAKE),
    ("Islamic State militants overran an army base in Borno state.", OVERTAKE),
    ("JNIM fighters seized control of the town of Djibo from the army.", OVERTAKE),
    # Air/drone strike.
    ("A drone strike killed three militants in North Waziristan.", AIR),
    ("Saudi-led coalition warplanes bombed a market in Saada, killing 14 people.", AIR),
    ("Turkish jets struck PKK positions in northern Iraq on Tuesday.", AIR),
    ("An airstrike hit a school in Idlib province.", AIR),
    ("Military helicopters bombed rebel camps in the Nuba Mountains.", AIR),
    ("An Israeli air raid destroyed a building in Gaza City.", AIR),
    # Suicide bomb.
    ("A suicide bomber blew himself up at a mosque in Peshawar, killing 30 worshippers.", SUICIDE),
    ("A suicide car bomb exploded at a military checkpoint in Mogadishu.", SUICIDE),
    ("A female suicide bomber detonated her explosives in a market in Maiduguri.", SUICIDE),
    ("Two suicide attackers struck a police station in Kabul.", SUICIDE),
    ("A suicide bombing at a wedding hall in Kabul killed 63 people.", SUICIDE),
    # Shelling/artillery/missile attack.
    ("Government artillery shelled rebel-held villages in southern Idlib.", SHELL),
    ("Russian forces fired rockets at residential areas of Kharkiv.", SHELL),
    ("A mortar attack on a military base in Anbar wounded two soldiers.", SHELL),
    ("Houthi rebels launched a ballistic missile at Marib city.", SHELL),
    ("Several mortar rounds landed in a residential area of Mogadishu.", SHELL),
    ("Azerbaijani forces bombarded the town of Stepanakert with heavy artillery.", SHELL),
    # Remote explosive/landmine/IED.
    ("A roadside bomb killed four soldiers in Kunar province.", IED),
    ("Two children were killed when a landmine exploded in Marib.", IED),
    ("An improvised explosive device struck a military convoy near Gao.", IED),
    ("A car bomb went off near a police station in Baghdad.", IED),
    ("A military vehicle hit a landmine in Tigray, killing three soldiers.", IED),
    ("A bomb planted on a motorcycle exploded in a busy market in Jalalabad.", IED),
    # Grenade.
    ("Militants hurled a grenade at a police patrol in Srinagar.", GRENADE),
    ("A grenade attack on a bar in Bujumbura injured eight people.", GRENADE),
    ("Unknown assailants threw a hand grenade into a crowd in Pulwama.", GRENADE),
    ("A grenade exploded at a checkpoint in Mindanao, wounding two soldiers.", GRENADE),
    ("Gunmen lobbed grenades at a church in Kampala.", GRENADE),
    # Chemical weapon.
    ("Government forces used chlorine gas against civilians in Douma.", CHEM),
    ("A sarin attack on Khan Shaykhun killed dozens of people.", CHEM),
    ("Helicopters dropped barrel bombs filled with chlorine on Kafr Zita.", CHEM),
    ("Islamic State fighters fired mustard gas shells at Kurdish troops.", CHEM),
    ("A chemical attack was carried out on the village of Ltamenah.", CHEM),
    ("Government helicopters bombed Saraqib with chlorine-filled barrel bombs.", CHEM),
    ("Rebels fired rockets loaded with nerve gas at a village near Hama.", CHEM),
    ("Troops shelled the town with chemical shells, witnesses said.", CHEM),
    # Sexual violence.
    ("Soldiers raped several women in a village in Tigray.", SEXUAL),
    ("Militiamen sexually assaulted two girls near Bunia.", SEXUAL),
    ("A woman was raped by members of an armed group in South Kivu.", SEXUAL),
    ("Fighters of the armed group raped three women in Kasai.", SEXUAL),
    # Attack (violence against civilians).
    ("Gunmen killed 12 villagers in an attack on a village in Plateau state.", ATTACK),
    ("Suspected jihadists shot dead a local chief in Tillaberi.", ATTACK),
    ("Militiamen massacred 40 civilians in Ituri province.", ATTACK),
    ("Soldiers beat and killed a farmer at a checkpoint in Rakhine.", ATTACK),
    ("Unidentified attackers stabbed a journalist to death in Port-au-Prince.", ATTACK),
    ("Armed men opened fire on a bus carrying civilians in Burkina Faso, killing 9.", ATTACK),
    # Abduction/forced disappearance.
    ("Gunmen abducted 30 students from a school in Kaduna state.", ABDUCT),
    ("Bandits kidnapped a priest in Enugu.", ABDUCT),
    ("Al-Shabaab militants seized two aid workers in Gedo region.", ABDUCT),
    ("Three journalists were kidnapped by armed men in Kidal.", ABDUCT),
    ("Boko Haram took dozens of women hostage in a raid on Damasak.", ABDUCT),
    pytest.param("An activist went missing after being taken by men in plain clothes in Harare.",
                 ABDUCT, marks=xfail("no rule reads a disappearance told as 'went missing "
                                     "after being taken'")),
    # Peaceful protest.
    ("Thousands of people marched through Khartoum demanding civilian rule.", PEACEFUL),
    ("Teachers staged a sit-in outside the education ministry in Nairobi.", PEACEFUL),
    ("Hundreds of farmers rallied in New Delhi against the new farm laws.", PEACEFUL),
    ("Residents protested in Beirut over power cuts.", PEACEFUL),
    ("Students held a demonstration in Dhaka to demand safer roads.", PEACEFUL),
    ("Opposition supporters gathered peacefully in Minsk to denounce the election result.",
     PEACEFUL),
    ("Hundreds of supporters marched in Conakry to demand the release of detained opposition "
     "leaders.", PEACEFUL),
    ("Lawyers protested in Islamabad against the arrests of two judges.", PEACEFUL),
    ("Students rallied in Dhaka over the arrests of their classmates.", PEACEFUL),
    # Protest with intervention.
    ("Police fired tear gas to disperse protesters in Kampala.", INTERVENTION),
    ("Riot police broke up a demonstration by students in Conakry.", INTERVENTION),
    ("Security forces dispersed a rally of opposition supporters in Harare, arresting 20.",
     INTERVENTION),
    ("Police used water cannon against demonstrators in Santiago.", INTERVENTION),
    ("Police arrested dozens of protesters at a march in Moscow.", INTERVENTION),
    # Excessive force against protesters.
    ("Security forces opened fire on protesters in Mandalay, killing seven.", EXCESSIVE),
    ("Soldiers shot dead three demonstrators in Khartoum.", EXCESSIVE),
    ("Police killed two protesters in Lagos during a demonstration against police brutality.",
     EXCESSIVE),
    ("Troops used live ammunition against peaceful protesters in Baghdad, killing 12.", EXCESSIVE),
    ("Four protesters were shot dead by police in Nairobi.", EXCESSIVE),
    ("Police fatally shot two demonstrators during a march in Conakry.", EXCESSIVE),
    ("Security forces fired at protesters in Bamako, wounding 15.", EXCESSIVE),
    # Violent demonstration.
    ("Protesters tore down the fence around the parliament in Beirut.", VIOLENT_DEMO),
    ("Demonstrators launched fireworks at police lines in Paris.", VIOLENT_DEMO),
    ("Twelve police officers were injured during a protest against the lockdown in Amsterdam.",
     VIOLENT_DEMO),
    ("Protesters assaulted police officers outside the court in Lahore.", VIOLENT_DEMO),
    ("Demonstrators broke through a police cordon and forced their way into the ministry in "
     "Yerevan.", VIOLENT_DEMO),
    ("Rioters set fire to police vehicles in Dakar.", VIOLENT_DEMO),
    ("Protesters threw stones at police and burned tyres in Conakry.", VIOLENT_DEMO),
    ("Demonstrators stormed the parliament building in Tunis.", VIOLENT_DEMO),
    ("Angry youths torched a police station during a protest in Kenya.", VIOLENT_DEMO),
    ("Protesters vandalised shops and blocked roads with burning barricades in Port-au-Prince.",
     VIOLENT_DEMO),
    # Mob violence.
    ("A mob lynched a man accused of theft in Kano.", MOB),
    ("Villagers beat a suspected thief to death in Uganda.", MOB),
    ("An angry mob set fire to the home of a man accused of witchcraft in Kisii.", MOB),
    ("Residents attacked and burned a suspected kidnapper in Port Harcourt.", MOB),
    ("A crowd beat two men to death in Jharkhand over rumours of cattle theft.", MOB),
    # Agreement.
    ("The government and the rebels signed a ceasefire agreement in Juba.", AGREEMENT),
    ("The warring parties agreed to a truce in Sanaa.", AGREEMENT),
    ("The army and the militia exchanged prisoners in Marib.", AGREEMENT),
    ("The exchange of 200 prisoners between Russia and Ukraine took place near Kyiv.", AGREEMENT),
    ("Rival factions reached a peace deal in Bangui on Saturday.", AGREEMENT),
    ("Both sides agreed to a ceasefire in the Nagorno-Karabakh region.", AGREEMENT),
    # Arrests.
    ("Police arrested an opposition leader in Kampala.", ARRESTS),
    ("Security forces detained 15 suspected members of Boko Haram in Maiduguri.", ARRESTS),
    ("Authorities rounded up dozens of journalists in Istanbul.", ARRESTS),
    ("A prominent human rights lawyer was arrested in Beijing.", ARRESTS),
    ("Soldiers detained the former prime minister in Bamako.", ARRESTS),
    ("Several activists were detained in Voi before the president's campaign rally.", ARRESTS),
    ("Police detained 30 opposition activists in Kampala ahead of a planned rally.", ARRESTS),
    # Change to group/activity.
    ("Two rebel groups announced that they had merged into a single movement in Darfur.", CHANGE),
    ("The militia began recruiting child soldiers in South Sudan.", CHANGE),
    ("The army deployed additional troops to the border region of Tigray.", CHANGE),
    ("A new armed group was formed in Cabo Delgado.", CHANGE),
    ("The army sent reinforcements to Kidal after clashes with separatist rebels.", CHANGE),
    ("Hundreds of troops were deployed to Mogadishu following an attack on a hotel.", CHANGE),
    ("Chinese warplanes flew into Taiwan's air defence zone, days after a US warship sailed "
     "through the strait.", CHANGE),
    ("The rebel group disbanded its armed wing after decades of fighting.", CHANGE),
    ("Turkish fighter jets violated Greek airspace 14 times on Monday.", CHANGE),
    ("Greek and Turkish fighter jets engaged in mock dogfights over the Aegean.", CHANGE),
    ("Russian troops simulated an attack on enemy positions during military exercises in Belarus.",
     CHANGE),
    ("US and South Korean marines held joint exercises simulating an assault on a beach in Pohang.",
     CHANGE),
    ("North Korean artillery units staged a mock attack on a replica of an island.", CHANGE),
    ("Russian and Turkish troops conducted a joint patrol in the countryside of Kobani.", CHANGE),
    ("Turkish and Russian forces carried out their 20th joint patrol near Darbasiyah.", CHANGE),
    ("The deployment of 500 Rwandan troops to Cabo Delgado began on Friday.", CHANGE),
    ("Hundreds of Turkish reinforcements arrived in Idlib on Sunday.", CHANGE),
    ("A convoy of Russian troops arrived at the airport in Qamishli.", CHANGE),
    ("Boko Haram pledged allegiance to the Islamic State group in March.", CHANGE),
    ("Hundreds of rebel fighters broke away from the movement in Darfur.", CHANGE),
    ("Two jihadist groups in the Sahel joined forces under a new name.", CHANGE),
    ("Army troops engaged in heavy fighting with rebels near Goma.", CLASH),
    ("Israel mounted its long-planned invasion of the south.", CLASH),
    # Disrupted weapons use.
    ("Bomb disposal experts defused an explosive device near a market in Quetta.", DISRUPTED),
    ("Israeli air defences intercepted a rocket fired from Gaza.", DISRUPTED),
    ("Police seized a large weapons cache in Mindanao.", DISRUPTED),
    ("The seizure of 300 rifles at a checkpoint in Mindanao was announced by the army.",
     DISRUPTED),
    ("Soldiers foiled a suicide bombing at a checkpoint in Borno.", DISRUPTED),
    ("Saudi forces shot down a drone launched by the Houthis.", DISRUPTED),
    # Headquarters or base established.
    ("The rebels established a new base in the village of Kibati.", HQ),
    ("Wagner fighters set up a base in Menaka.", HQ),
    ("Islamic State militants set up a headquarters in the town of Sirte.", HQ),
    ("Turkish troops established a military outpost near Idlib.", HQ),
    ("The militia set up camp in an abandoned school in Djugu.", HQ),
    # Looting/property destruction.
    ("Gunmen looted shops and burned houses in a village in Katsina state.", LOOTING),
    ("Soldiers torched dozens of homes in a village in Rakhine.", LOOTING),
    ("Militants destroyed a telecommunications mast in Garissa.", LOOTING),
    ("Armed men plundered a health centre in Ituri.", LOOTING),
    ("Settlers demolished Palestinian homes in the West Bank.", LOOTING),
    ("Bandits set fire to a school in Zamfara state.", LOOTING),
    # Non-violent transfer of territory.
    ("Government forces withdrew from the town of Manbij.", TRANSFER),
    pytest.param("The rebels handed over control of the city to the army under the deal.", TRANSFER,
                 marks=xfail(NO_PLACE)),
    ("Russian troops pulled out of Kherson without a fight.", TRANSFER),
    ("French troops handed over their base in Timbuktu to the Malian army.", TRANSFER),
    pytest.param("Militants abandoned the town, and the army entered it unopposed.", TRANSFER,
                 marks=xfail(NO_PLACE)),
    # Other strategic developments.
    ("The military seized power in a bloodless coup in Niamey.", OTHER),
    ("Investigators found a mass grave with 30 bodies near Izium.", OTHER),
    ("Soldiers ousted the president in a coup in Ouagadougou.", OTHER),
    ("Investigators exhumed 50 bodies from a site near Bucha.", OTHER),
    ("A common grave containing 20 bodies was found in Ituri.", OTHER),
    # curfews and martial law: sitrep codes them "Other" when told as imposed (PLOVER COERCE)
    ("Authorities imposed a curfew on the town of Cizre after clashes between police and youths.",
     OTHER),
    ("The army declared martial law in the eastern province of Ituri.", OTHER),
    # Precedence: the main clause tells the event; an "after"/"following" adjunct its background.
    ("Police detained 12 men after a bomb attack on a bus in Quetta.", ARRESTS),
    ("Police arrested two men who attacked a church in Lahore.", ARRESTS),
    ("Government jets bombed rebel positions in Idlib, as fighting continued near Aleppo.", AIR),
    ("A prisoner exchange between the two armies took place near the border with Belarus.",
     AGREEMENT),
    # Not ACLED events: disasters, crime, diplomacy, commentary, blame, plans, negation,
    # denials, hypotheticals and figurative uses of conflict words.
    ("Floods killed 40 people in Bangladesh on Monday.", None),
    ("An earthquake destroyed hundreds of homes in western Nepal.", None),
    ("A fire at a factory in Dhaka killed 12 workers.", None),
    ("A gas explosion in an apartment building in Moscow killed three people.", None),
    ("A bus crashed into a ravine in Peru, killing 20 passengers.", None),
    ("A man robbed a bank in Chicago and escaped with $10,000.", None),
    ("Police seized two tonnes of cocaine at the port of Guayaquil.", None),
    ("The foreign ministers of France and Germany met in Berlin.", None),
    ("The president visited Paris to discuss trade.", None),
    ("Analysts say the conflict could last for years.", None),
    ("The opposition blamed the government for the violence.", None),
    ("The army plans to launch an offensive next month.", None),
    ("The rebels denied attacking the convoy.", None),
    ("Government forces did not shell the town.", None),
    ("If the talks fail, the army could bomb the rebel positions.", None),
    ("The senate shot down the proposal on Tuesday.", None),
    ("The two companies are locked in a battle for market share.", None),
    ("The striker fired a shot into the top corner to beat Chelsea.", None),
    ("Manchester United crushed Arsenal 4-0 on Sunday.", None),
    ("The minister attacked the budget as reckless.", None),
    ("Prices exploded after the central bank cut interest rates.", None),
    ("The campaign targeted young voters in the capital.", None),
    ("Investors fled the stock market amid fears of a recession.", None),
    ("The government condemned the attack and promised an investigation.", None),
    ("The UN called on all parties to respect the ceasefire.", None),
    ("Serbia lodged a formal protest with Albania over the border incident.", None),
    ("Japan filed a diplomatic protest with China over the gas drilling.", None),
    ("The two sides engaged in talks in Geneva.", None),
    ("The cyclist broke away from the pack in the final kilometre.", None),
    ("The two companies joined forces to build a factory.", None),
    ("The opposition demanded the release of all political prisoners.", None),
    ("The first UN peacekeeping troops arrived in Juba after the deployment of peacekeeping "
     "troops was approved.", None),
    ("Militants have sworn to keep fighting the army in Marawi.", None),
    ("The president threatened to arrest opposition leaders.", None),
]


# A second round, written before any rule was changed for it: news wordings of the weakest
# sub-types (headlines, passives, nominalisations, reported speech, two events in a sentence).
NEWS_PROBES: list[Any] = [
    # Other: coups, mass graves, curfews and martial law.
    ("Mutinous soldiers overthrew the government of Guinea on Sunday.", OTHER),
    ("A mass grave containing the remains of 15 people was discovered near Mekele.", OTHER),
    ("The junta imposed martial law on six townships of Yangon.", OTHER),
    ("Authorities imposed a 24-hour curfew in Jos after sectarian violence.", OTHER),
    ("Army officers staged a coup in Bamako and detained the president.", OTHER),
    # Protest with intervention: told from the police's side, passive, or as a headline.
    ("Police dispersed hundreds of demonstrators with tear gas in Abuja.", INTERVENTION),
    ("Protesters were dispersed by police with batons in Dhaka.", INTERVENTION),
    ("Dozens of students were arrested during a protest in Bangkok on Sunday.", INTERVENTION),
    ("Police broke up a sit-in by nurses outside the health ministry in Harare.", INTERVENTION),
    ("Police fired tear gas and rubber bullets to break up a protest in La Paz.", INTERVENTION),
    ("Police teargas protesters in Nairobi", INTERVENTION),
    ("Anti-government demonstrators in Minsk were detained by riot police.", INTERVENTION),
    # Change to group/activity.
    ("The army redeployed troops from Kidal to Gao on Tuesday.", CHANGE),
    ("The rebel group announced the creation of a new armed wing in Darfur.", CHANGE),
    ("Government troops were deployed to Cabo Delgado on Monday.", CHANGE),
    ("The army conducted military drills near the border with Eritrea.", CHANGE),
    ("Hundreds of young men joined the ranks of the militia in Ituri.", CHANGE),
    # Armed clash (an armed group attacks state forces) vs Attack (on civilians).
    ("Gunmen attacked a police checkpoint in Tillaberi, killing four officers.", CLASH),
    ("Jihadists ambushed an army patrol in Mopti, killing nine soldiers.", CLASH),
    ("Police officers were killed when gunmen attacked their station in Anambra.", CLASH),
    ("An attack by al-Shabaab on a Kenyan army base in Lamu left three soldiers dead.", CLASH),
    ("Soldiers killed 20 militants in clashes in Borno, the army said.", CLASH),
    ("Gunmen shot dead three farmers in Benue state.", ATTACK),
    ("Armed men attacked a camp for displaced people in Ituri, killing 22 civilians.", ATTACK),
    ("Villagers were killed by suspected herders in Plateau state.", ATTACK),
    ("Soldiers killed five civilians during a raid on a village in Rakhine.", ATTACK),
    ("Gunmen kill 12 in attack on Burkina village", ATTACK),
    ("At least 30 people were killed when gunmen stormed a church in Owo, officials said.",
     ATTACK),
    # Government regains territory.
    ("Somali forces, backed by AU troops, liberated the town of Bula Burde from al-Shabaab.",
     REGAIN),
    ("The town of Kidal was retaken by Malian troops on Thursday.", REGAIN),
    ("Afghan forces regained control of the district of Dand from the Taliban.", REGAIN),
    ("Army retakes key town of Kalehe from rebels in eastern Congo", REGAIN),
    ("Government forces reasserted control over Sirte after days of fighting.", REGAIN),
    # Non-state actor overtakes territory.
    ("The town of Bunagana fell to M23 rebels on Monday.", OVERTAKE),
    ("The Taliban overran the district headquarters in Badakhshan.", OVERTAKE),
    ("Insurgents seized control of Mocimboa da Praia after a days-long assault.", OVERTAKE),
    ("Houthi forces captured several districts of Marib province.", OVERTAKE),
    ("Rebels seize border town of Bunagana", OVERTAKE),
    # Disrupted weapons use.
    ("Police defused a bomb planted near a church in Lahore.", DISRUPTED),
    ("A rocket fired at Baghdad airport was intercepted by air defences.", DISRUPTED),
    ("Security forces found and destroyed an IED on the road to Gao.", DISRUPTED),
    ("Saudi air defences downed two explosive-laden drones over Jazan.", DISRUPTED),
    ("Troops discovered an arms cache in a forest near Beni.", DISRUPTED),
    ("A planned suicide attack was foiled in Kabul.", DISRUPTED),
    # Agreement, including releases of prisoners and hostages.
    ("The government and FARC dissidents signed a peace accord in Havana.", AGREEMENT),
    ("Ethiopia and the TPLF agreed to a permanent cessation of hostilities in Pretoria.",
     AGREEMENT),
    ("Kidnappers freed 15 schoolchildren in Katsina on Thursday.", AGREEMENT),
    ("Rebels released 20 hostages in exchange for imprisoned fighters in Zamfara.", AGREEMENT),
    # Reported speech around an event, arrests in the passive.
    ("Witnesses said gunmen burned down 40 homes in a village in Ituri.", LOOTING),
    ("Hundreds of suspected militants have been detained by Egyptian security forces in Sinai.",
     ARRESTS),
]


# A third set, written after the rules above were fixed and run once before any further change:
# it checks that those fixes hold beyond the sentences they were made from.
HELD_OUT_PROBES: list[Any] = [
    ("Security forces broke up a rally by opposition supporters in Lusaka.", INTERVENTION),
    ("Hundreds of protesters were teargassed by police in Kinshasa.", INTERVENTION),
    ("A sit-in by teachers in Tunis was dispersed by security forces.", INTERVENTION),
    ("The district centre of Jaghori fell to Taliban fighters after a three-day siege.",
     OVERTAKE),
    ("Government forces restored control over the town of Bama.", REGAIN),
    ("Army retakes Baidoa from al-Shabaab", REGAIN),
    ("Jihadists raided a village in Tillaberi, killing 15 residents.", ATTACK),
    ("Gunmen stormed a mosque in Katsina during evening prayers.", ATTACK),
    ("Bandits ambushed a bus carrying traders in Zamfara, killing eight.", ATTACK),
    ("Bandits kill 20 villagers in Zamfara raid", ATTACK),
    ("Militants stormed a police station in Balochistan, killing three officers.", CLASH),
    ("Fighters from the group ambushed a military convoy in Cabo Delgado.", CLASH),
    ("Two policemen were shot dead by gunmen in Anantnag.", CLASH),
    ("Authorities declared a dusk-to-dawn curfew in Kumba after the killings.", OTHER),
    ("Officials said a mass grave with dozens of bodies had been uncovered near Gedaref.", OTHER),
    ("Myanmar's military staged a coup and detained Aung San Suu Kyi in Naypyidaw.", OTHER),
    ("Gunmen released 12 abducted farmers in Kogi state on Saturday.", AGREEMENT),
    ("The Taliban freed 20 Afghan soldiers as part of a prisoner swap.", AGREEMENT),
    ("A bomb plot against a church in Jakarta was foiled by police.", DISRUPTED),
    ("Police discovered a cache of grenades in a house in Mombasa.", DISRUPTED),
    ("The Houthis said they shot down a Saudi drone over Sanaa.", DISRUPTED),
    ("The militia announced the formation of a new brigade in Tripoli.", CHANGE),
    ("Dozens of youths joined the ranks of al-Shabaab in Gedo.", CHANGE),
    ("Soldiers were deployed to the streets of Lima on Tuesday.", CHANGE),
    ("Protesters torched the governor's office in Kasese.", VIOLENT_DEMO),
]


# A fourth set on moves short of fighting and other strategic developments (ACLED's "Change to
# group/activity" and "Other"), run once before the frames they needed were added.
MOVES_PROBES: list[Any] = [
    ("Turkish troops crossed the border into northern Iraq on Monday.", CHANGE),
    ("Russia massed tens of thousands of troops near the Ukrainian border.", CHANGE),
    ("An Israeli armoured force made an incursion into southern Lebanon.", CHANGE),
    ("Chinese military aircraft entered Taiwan's air defence zone on Sunday.", CHANGE),
    ("Thousands of reservists were called up by the army in Yerevan.", CHANGE),
    ("US warships sailed through the Taiwan Strait on Tuesday.", CHANGE),
    ("The rebels moved heavy weapons into the town of Kalehe.", CHANGE),
    ("NATO forces began a large military exercise in Estonia.", CHANGE),
    ("The rebel commander defected to the government side with 200 fighters in Darfur.", CHANGE),
    ("Fighters of the TPLF were redeployed to the Afar front.", CHANGE),
    ("The army seized power in Khartoum on Monday.", OTHER),
    ("Authorities found the bodies of 12 men in a mass grave near Bunia.", OTHER),
    ("Troops paraded through the capital on Independence Day.", None),
    ("The army chief visited troops stationed near the border.", None),
]


# A fifth set, written and run once before any rule was changed for it: moves told with fighting
# words nearby, strategic developments with no fighting, protests watched (not stopped) by the
# police, and abductions of or around protesters.
ROUND5_PROBES: list[Any] = [
    # Change to group/activity: the main clause is a move; the fighting is background.
    ("Troops massed near the front line where clashes had erupted last week.", CHANGE),
    ("The army sent 300 more soldiers to Marib, where fighting with the Houthis has intensified.",
     CHANGE),
    ("Fresh troops were flown into Mekele ahead of an expected rebel offensive.", CHANGE),
    ("Ukrainian forces moved artillery units closer to the front near Bakhmut after weeks of "
     "shelling.", CHANGE),
    ("The militia recruited hundreds of new fighters in Ituri after deadly clashes with the army.",
     CHANGE),
    ("Kenyan troops took up positions along the Somali border following attacks by al-Shabaab.",
     CHANGE),
    ("A battalion of Chadian soldiers was stationed in Tillaberi to counter jihadist attacks.",
     CHANGE),
    # Other: mass graves, coups and coup attempts, displacement with no fighting told.
    ("Forensic teams unearthed a mass grave holding 40 bodies outside Kherson.", OTHER),
    ("Soldiers attempted a coup in Bissau on Tuesday.", OTHER),
    pytest.param("Renegade officers seized the state broadcaster and dissolved the government "
                 "in Conakry.", OTHER,
                 marks=xfail("a coup told only by its acts (a broadcaster seized, a government "
                             "dissolved) has no coup word; a frame for dissolving a government "
                             "would also read elections and parliaments")),
    ("More than 10,000 people were displaced from their homes in Ituri, the UN said.", OTHER),
    ("Thousands of families have fled Marib province, aid agencies reported.", OTHER),
    ("The bodies of 17 men were found in a mass grave near Bucha.", OTHER),
    # Peaceful protest: police present, watching or escorting, not intervening.
    ("Police watched as protesters marched through the centre of Nairobi.", PEACEFUL),
    ("Thousands of demonstrators rallied in Lagos under a heavy police presence.", PEACEFUL),
    ("Riot police stood by as students protested outside parliament in Kampala.", PEACEFUL),
    ("Protesters marched to the police headquarters in Abuja to demand justice for a slain "
     "colleague.", PEACEFUL),
    ("Relatives of detained activists protested outside the prison in Harare.", PEACEFUL),
    ("Families of abducted students staged a protest in Kaduna, demanding their release.",
     PEACEFUL),
    ("Residents demonstrated in Gusau against the kidnapping of villagers by bandits.", PEACEFUL),
    # Abductions of or around protesters, and protests that are stopped.
    ("Gunmen kidnapped five protesters on their way home from a rally in Baghdad.", ABDUCT),
    ("Unidentified men abducted an opposition activist after a demonstration in Bamako.", ABDUCT),
    ("Bandits abducted 12 passengers on the Abuja-Kaduna highway.", ABDUCT),
    ("Police used batons to disperse a crowd of protesters in Dhaka.", INTERVENTION),
    ("Rebels and soldiers fought for hours near Beni after the army deployed reinforcements.",
     CLASH),
    # Two-sentence snippets (added with the lead-sentence rule, after the run above): a move or
    # strategic development told first is the event; fighting told after it is its background.
    ("The army deployed 500 troops to Kidal on Monday. Clashes with separatist rebels had killed "
     "12 soldiers there last week.", CHANGE),
    ("A mass grave was found near Kherson on Friday. Russian troops had shelled the area for "
     "months.", OTHER),
    ("Gunmen killed 12 villagers in Plateau state. The army later deployed troops to the area.",
     ATTACK),
    ("Rebels seized the town of Kalehe on Monday. The army had deployed troops there last week.",
     OVERTAKE),
    # Run once after the fixes for the probes above (six of eight passed; the one marked
    # "fixed" needed a verb the parser hung on its subject, the other is left as an xfail).
    ("Hundreds of soldiers massed along the border with Eritrea on Sunday.", CHANGE),  # fixed
    ("Residents fled the town of Palma after insurgents were seen nearby.", OTHER),
    pytest.param("Thousands of civilians fled the fighting in Tigray.", CLASH,
                 marks=xfail("the fighting fled is read as how the displacement came about, so "
                             "the displacement ('Other') is coded; ranking a clash told in the "
                             "same lead sentence ahead of a move cost CASE moves told with "
                             "fighting")),
    ("Police officers stood by as hundreds marched in Accra to protest fuel prices.", PEACEFUL),
    ("Families of jailed journalists protested outside the court in Istanbul.", PEACEFUL),
    ("Commandos were airlifted to Mocimboa da Praia, where insurgents had attacked the port.",
     CHANGE),
    ("A contingent of Rwandan soldiers was deployed to Palma to protect the gas project.", CHANGE),
    ("Over 5,000 people have been displaced by floods in Kenya.", None),
    # Not events: guards, warnings, denials and plans.
    ("Police stood guard outside the embassy in Nairobi.", None),
    ("Aid agencies warned that thousands could be displaced if fighting spreads.", None),
    ("Protest organisers said they would march again next week.", None),
    ("The army denied reports that it had sent troops to the border.", None),
    ("Analysts said a coup was unlikely in Dakar.", None),
]


def acled_main(pipeline: Any, text: str) -> str | None:
    """The ACLED sub-event type of the main event of ``text``, or None when there is none."""
    analysis = pipeline.analyze(Article(text=text, origin="test", published=date(2021, 6, 10)))
    main = main_event(analysis.events)
    if main is None or main.event_type == "Not ACLED" or main.status == "denied":
        return None  # a denied event is kept with status "denied" (test_events): none asserted
    return main.sub_event_type


@pytest.mark.parametrize(("text", "expected"), PROBES)
def test_codebook_probe(pipeline: Any, text: str, expected: str | None) -> None:
    assert acled_main(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), NEWS_PROBES)
def test_news_wording_probe(pipeline: Any, text: str, expected: str | None) -> None:
    assert acled_main(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), HELD_OUT_PROBES + MOVES_PROBES)
def test_held_out_probe(pipeline: Any, text: str, expected: str | None) -> None:
    assert acled_main(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), ROUND5_PROBES)
def test_round5_probe(pipeline: Any, text: str, expected: str | None) -> None:
    assert acled_main(pipeline, text) == expected
