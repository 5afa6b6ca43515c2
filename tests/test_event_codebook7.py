"""Round 7 of the codebook probes: each ACLED sub-event type told in news wordings the earlier
rounds lacked: photo captions in the present tense with a date tail, a headline before its lead,
a lead sentence after background, military reports ("eliminated five terrorists"), participles
that tell an attack's spoils, vehicles told by their load, and words that only a snippet's
vocabulary decides (a caption of a protest with no protest verb).

The sentences are sitrep's own writing, composed from ACLED's codebook definitions, and were
written before the rules of this round were run on them: of 216 first written, 180 passed. Two
were then dropped as ambiguous under the codebook ("troops shot dead a man who tried to stab
soldiers": a clash or an attack; "ordered troops to be ready to deploy": a move or none), and
one expectation was corrected to the codebook (a town taken after its garrison "pulled out" is
ACLED's non-violent transfer, not a territory overtaken).
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
    CHEM,
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

# One sentence per sub-type, varied verbs and voices, as earlier rounds but new wordings.
SENTENCE_PROBES: list[Any] = [
    ("Fierce fighting raged for a third day on Tuesday between federal troops and Tigrayan "
     "forces near the town of Alamata, residents said.",
     CLASH),
    ("Two soldiers and five militants were killed in a gunbattle in Pulwama district of "
     "south Kashmir on Saturday, police said.",
     CLASH),
    ("Security forces killed four suspected Maoists in an encounter in the forests of "
     "Bijapur district, officials said.",
     CLASH),
    ("Afghan forces repulsed a major Taliban offensive on the city of Lashkar Gah overnight, "
     "killing dozens of insurgents, the defence ministry said.",
     CLASH),
    ("Rival factions of the Libyan army traded heavy gunfire in the southern suburbs of "
     "Tripoli on Sunday.",
     CLASH),
    ("Al-Shabaab fighters ambushed an African Union convoy near Afgoye, sparking a gunfight "
     "that lasted several hours.",
     CLASH),
    ("The Syrian Democratic Forces said they had killed 12 Islamic State fighters in clashes "
     "near Hajin.",
     CLASH),
    ("A soldier was killed and three others wounded when militants attacked an army post in "
     "North Waziristan, the military said.",
     CLASH),
    ("Heavy fighting continues in Marib. Houthi fighters and pro-government tribesmen have "
     "been battling for control of the oil-rich province for weeks.",
     CLASH),
    ("Gunmen on motorcycles stormed the village of Kadiogo overnight, shooting dead 19 "
     "residents, local officials said.",
     ATTACK),
    ("Unidentified assailants shot and killed a human rights activist outside his home in "
     "Cauca department on Friday.",
     ATTACK),
    ("Suspected ADF rebels hacked to death at least 22 civilians in overnight raids on "
     "villages near Beni.",
     ATTACK),
    ("Herdsmen attacked farmers in Benue state, killing 11 people and burning homes.", ATTACK),
    ("Russian warplanes pounded rebel-held areas of Idlib on Thursday, killing at least "
     "seven civilians, a war monitor said.",
     AIR),
    ("A US drone strike targeted a vehicle carrying al-Shabaab militants near Jilib, the US "
     "Africa Command said.",
     AIR),
    ("The Saudi-led coalition launched a wave of air raids on Houthi positions around Sanaa.", AIR),
    ("Israeli aircraft struck Hamas targets in the Gaza Strip overnight in response to "
     "rocket fire, the army said.",
     AIR),
    ("Nigerian Air Force jets destroyed a Boko Haram camp in the Sambisa forest, a spokesman "
     "said.",
     AIR),
    ("Ukrainian positions near Avdiivka came under heavy artillery fire overnight, the "
     "military said.",
     SHELL),
    ("Pakistani troops fired mortar shells across the Line of Control, wounding three "
     "villagers, Indian officials said.",
     SHELL),
    ("A rocket slammed into a residential building in Donetsk, killing two people.", SHELL),
    ("Houthi rebels fired a barrage of missiles at the Saudi city of Jazan.", SHELL),
    ("Armenian forces shelled the Azerbaijani city of Ganja on Sunday, Baku said.", SHELL),
    ("A roadside bomb ripped through a minibus in Kandahar province on Wednesday, killing 11 "
     "passengers.",
     IED),
    ("Three soldiers were killed when their armoured vehicle struck an explosive device near "
     "Menaka.",
     IED),
    ("A bomb attached to a car exploded in Mogadishu, killing a local official.", IED),
    ("A magnetic bomb stuck to a police vehicle exploded in Kabul, wounding two officers.", IED),
    ("Unidentified men lobbed a hand grenade into a crowded market in Srinagar, injuring 15 "
     "people.",
     GRENADE),
    ("A grenade was thrown at the residence of a local politician in Manipur late on Monday.",
     GRENADE),
    ("Militants hurled a grenade at a paramilitary bunker in Sopore.", GRENADE),
    ("A suicide bomber detonated an explosives-laden vest at a police checkpoint in Kabul, "
     "killing four officers.",
     SUICIDE),
    ("At least 20 people were killed when a bomber blew himself up at a Shiite mosque in "
     "Kunduz during Friday prayers.",
     SUICIDE),
    ("A car packed with explosives driven by a suicide attacker rammed into an army convoy "
     "near Mogadishu.",
     SUICIDE),
    ("Two female bombers blew themselves up at a crowded market in Konduga, Borno state.", SUICIDE),
    ("Residents reported the smell of chlorine after helicopters dropped canisters on the "
     "town.",
     CHEM),
    ("Dozens of people suffered breathing difficulties after a suspected toxic gas attack in "
     "eastern Ghouta, medics said.",
     CHEM),
    ("Eritrean soldiers gang-raped women in front of their families in Tigray, survivors "
     "told investigators.",
     SEXUAL),
    ("Armed men sexually assaulted a teenage girl at a checkpoint in Ituri, local activists "
     "said.",
     SEXUAL),
    ("Gunmen kidnapped 15 passengers travelling on the Abuja-Kaduna highway on Sunday, "
     "police said.",
     ABDUCT),
    ("Armed men abducted a Catholic priest from his parish in Kaduna state.", ABDUCT),
    ("Islamic State militants took 20 villagers hostage near Deir ez-Zor.", ABDUCT),
    ("Thousands of Hong Kong residents took to the streets on Sunday to protest against the "
     "extradition bill.",
     PEACEFUL),
    ("Supporters of the jailed opposition leader held a candlelight vigil outside the court "
     "in Moscow.", PEACEFUL),  # a vigil is a demonstration word since evbugs
    ("Several hundred people demonstrated in front of the parliament in Bucharest, chanting "
     "anti-corruption slogans.",
     PEACEFUL),
    ("Women's rights activists marched through central Mexico City on International Women's "
     "Day.",
     PEACEFUL),
    ("Pensioners picketed the ministry of labour in Kyiv on Tuesday, demanding higher "
     "payments.",
     PEACEFUL),
    ("Police in Harare fired tear gas and arrested several opposition supporters who had "
     "gathered for a banned rally.",
     INTERVENTION),
    ("Riot police in Minsk detained more than 200 people on Sunday as thousands marched "
     "against the disputed election results.",
     INTERVENTION),
    ("Security forces used water cannon to break up a sit-in by students outside the "
     "presidency in Khartoum.",
     INTERVENTION),
    ("A protester is detained by police officers during a demonstration against pension "
     "reform in Paris, France, Thursday, Dec. 5, 2019.",
     INTERVENTION),
    ("Police dispersed a peaceful march by teachers in Conakry with tear gas.", INTERVENTION),
    ("Myanmar security forces shot dead at least 18 people protesting against the military "
     "coup on Sunday, the UN said.",
     EXCESSIVE),
    ("Two demonstrators died after being hit by live rounds fired by police during an "
     "anti-government rally in Kinshasa.",
     EXCESSIVE),
    ("Security forces opened fire on a peaceful march in Conakry, wounding at least ten "
     "people.",
     EXCESSIVE),
    ("A protester throws a stone at riot police during clashes in Santiago, Chile, Friday, "
     "Nov. 8, 2019.",
     VIOLENT_DEMO),
    ("Demonstrators set fire to a government building and smashed shop windows in Yerevan.",
     VIOLENT_DEMO),
    ("Angry protesters hurled petrol bombs at police in Hong Kong's Mong Kok district.",
     VIOLENT_DEMO),
    ("Protesters against the lockdown clashed with police in central Brussels, throwing "
     "bottles and fireworks.",
     VIOLENT_DEMO),
    ("Farmers blocked highways with burning tyres in protest against the new land law.",
     VIOLENT_DEMO),
    ("A mob of villagers beat to death two men suspected of stealing a cow in Bihar.", MOB),
    ("Residents lynched a suspected armed robber in Onitsha on Tuesday.", MOB),
    ("Armenia and Azerbaijan agreed to a Russian-brokered ceasefire that took effect at "
     "midnight.",
     AGREEMENT),
    ("The Taliban released 20 Afghan government prisoners on Thursday as part of a swap "
     "deal.",
     AGREEMENT),
    ("Sudan's transitional government and rebel groups signed a peace agreement in Juba on "
     "Saturday.",
     AGREEMENT),
    ("The two sides exchanged the remains of fallen soldiers under UN supervision.", AGREEMENT),
    ("Turkish police detained 48 people suspected of links to the Gulen movement in raids "
     "across Istanbul.",
     ARRESTS),
    ("An opposition lawmaker was arrested at his home in Kampala early on Wednesday, his "
     "lawyer said.",
     ARRESTS),
    ("Saudi authorities have arrested several prominent clerics in a crackdown on dissent.",
     ARRESTS),
    ("The United States is sending 3,000 additional troops to Eastern Europe, the Pentagon "
     "said.",
     CHANGE),
    ("Chinese military aircraft entered Taiwan's air defence identification zone on Sunday, "
     "the defence ministry said.",
     CHANGE),
    pytest.param("Two factions of the rebel movement announced their merger on Monday.", CHANGE,
                 marks=xfail("the action noun 'merger' reads its group only from an 'of' "
                             "object")),
    ("Russia began withdrawing troops from the border with Ukraine after the exercises "
     "ended.",
     CHANGE),
    ("Security forces discovered a cache of weapons and explosives in a cave in Kunar, the "
     "army said.",
     DISRUPTED),
    ("Bomb experts safely defused an explosive device found near a school in Quetta.", DISRUPTED),
    ("Israeli forces said they intercepted two rockets launched from the Gaza Strip.", DISRUPTED),
    ("Police recovered three AK-47 rifles and 200 rounds of ammunition from a hideout in "
     "Manipur.",
     DISRUPTED),
    ("The army said it had destroyed an improvised explosive device planted on the road to "
     "Bosaso.",
     DISRUPTED),
    ("Saudi air defences downed a ballistic missile fired by the Houthis towards Riyadh.",
     DISRUPTED),
    ("Turkish forces have set up a new observation post near the town of Saraqib.", HQ),
    ("The militants established a training camp in the mountains of Jebel Marra.", HQ),
    ("Armed men burned down dozens of houses in a village in Ituri province.", LOOTING),
    ("Gunmen torched a school and several shops in Tillaberi region overnight.", LOOTING),
    ("Soldiers looted property and burned homes during a raid on the village.", LOOTING),
    ("US troops handed over the Bagram air base to Afghan forces on Friday.", TRANSFER),
    ("Rebels withdrew from the town of Kalehe under the terms of a truce.", TRANSFER),
    # no rule reads 'left' a place (residents leaving a city would be read as a transfer); the
    # strategic-development model names it (evstrat; a known failure, so not in its training)
    ("Russian forces left the city of Kherson without a fight, Ukrainian officials said.",
     TRANSFER),
    ("Iraqi forces have retaken the town of Rutba from Islamic State militants, officials "
     "said.",
     REGAIN),
    ("Nigerian troops liberated several communities from Boko Haram in Borno state, the army "
     "said.",
     REGAIN),
    ("Government forces drove al-Shabaab out of the town of Bulo Burde on Friday.", REGAIN),
    ("Government troops regained control of a key district in Helmand after weeks of "
     "fighting with the Taliban.",
     REGAIN),
    ("Taliban fighters overran the district centre of Ghormach on Tuesday, officials said.",
     OVERTAKE),
    ("Islamic State militants stormed and captured the town of Hit in Anbar province.", OVERTAKE),
    ("Houthi forces took over a military base in al-Bayda after government troops retreated.",
     OVERTAKE),
    ("Soldiers seized power in Guinea on Sunday and detained President Alpha Conde.", OTHER),
    ("Authorities discovered a mass grave containing dozens of bodies in Tigray.", OTHER),
    ("The military junta imposed a nighttime curfew across Mandalay.", OTHER),
    ("A tanker truck exploded on a highway near Lagos, killing 12 people.", None),
    ("Heavy monsoon rains triggered landslides that killed 30 people in Nepal.", None),
    ("The US ambassador was summoned by the foreign ministry in Ankara.", None),
    ("Police arrested a man suspected of stealing cars in Manchester.", None),
    ("The prime minister met the Chinese president in Beijing to discuss trade.", None),
    ("Russia expelled ten Polish diplomats in a tit-for-tat move.", None),
    ("Officials blamed militants for the attack on the pipeline.", None),
    ("A fire broke out at a chemical warehouse in Tianjin.", None),
]


# Captions, headlines before their lead, background before the news, mixed protest cues.
SNIPPET_PROBES: list[Any] = [
    # captions (present tense, date tail)
    ("Riot police detain a demonstrator during a rally against the government in Caracas, "
     "Venezuela, Saturday, May 4, 2019.",
     INTERVENTION),
    ("Protesters hurl rocks at police during clashes in La Paz, Bolivia, Monday, Nov. 11, "
     "2019.",
     VIOLENT_DEMO),
    ("Demonstrators march with banners through downtown Warsaw, Poland, Friday, Oct. 30, "
     "2020.",
     PEACEFUL),
    ("A police officer fires tear gas at protesters in Nairobi, Kenya, Tuesday, July 7, "
     "2020.",
     INTERVENTION),
    ("Smoke rises after an Israeli airstrike on a building in Gaza City, Wednesday, May 12, "
     "2021.",
     AIR),
    ("People inspect the site of a car bomb explosion in Mogadishu, Somalia, Saturday, Dec. "
     "28, 2019.",
     IED),
    ("Supporters of the opposition party chant slogans during a protest in Dhaka, "
     "Bangladesh, Sunday, Dec. 10, 2023.",
     PEACEFUL),
    ("A man throws a burning tyre onto a barricade during a protest in Port-au-Prince, "
     "Haiti, Monday.",
     VIOLENT_DEMO),
    # headline + lead
    ("Troops kill 12 militants in Borno. Nigerian troops killed 12 Boko Haram fighters in a "
     "gun battle near Bama on Saturday, the army said.",
     CLASH),
    ("Police break up opposition rally. Police in Kampala fired tear gas on Monday to "
     "disperse supporters of an opposition candidate who had gathered for a rally.",
     INTERVENTION),
    pytest.param("Bomb kills five in Quetta. A bomb hidden in a parked motorcycle "
                 "exploded near a police van in Quetta on Tuesday, killing five people, "
                 "officials said.", IED,
                 marks=xfail("a bare 'bomb' names no instrument (bombs are air-dropped too): "
                             "as one, it cost the held-out half a row")),
    ("Hundreds protest in Baghdad. Hundreds of young Iraqis rallied in central Baghdad on "
     "Friday, demanding jobs and an end to corruption.",
     PEACEFUL),
    ("Rebels seize key town. Houthi rebels captured the district centre of Harib in Shabwa "
     "province after government forces withdrew, tribal sources said.",
     OVERTAKE),
    ("Army retakes northern town. The Malian army said on Thursday it had regained control "
     "of the town of Boni after jihadists fled.",
     REGAIN),
    # an agreement told as 'agreed to halt fighting' is irrealis to the trigger rules; the
    # strategic-development model names it (evstrat; a known failure, so not in its training)
    ("Ceasefire agreed in Tripoli. The two rival governments agreed on Saturday to halt "
     "fighting around the capital, the UN mission said.", AGREEMENT),
    # background then main
    ("Tensions have been rising in the region for months. On Monday, unidentified gunmen "
     "shot dead three police officers at a checkpoint in Uruzgan.",
     CLASH),
    ("The country has been gripped by unrest since the disputed election. On Sunday, "
     "security forces shot dead four protesters in the capital, rights groups said.",
     EXCESSIVE),
    ("The conflict in eastern Congo has displaced millions. Rebels of the CODECO militia "
     "killed 18 civilians in an attack on a camp in Djugu territory overnight.",
     ATTACK),
    pytest.param("Since the coup, the junta has cracked down on dissent. Soldiers "
                 "arrested a prominent journalist at his home in Yangon on Tuesday.", ARRESTS,
                 marks=xfail("a coup in a 'since' adjunct of the lead sentence still leads: "
                             "demoting it cost the held-out half a row")),
    # protest subtypes with mixed cues
    ("Thousands of demonstrators gathered outside parliament in Tbilisi on Thursday. Police "
     "used pepper spray and water cannon to push them back from the building.",
     INTERVENTION),
    ("Protesters in Khartoum burned tyres and blocked main roads on Sunday, demanding that "
     "the military hand power to civilians.",
     VIOLENT_DEMO),
    pytest.param("Police in Lagos arrested dozens of people who had gathered at the "
                 "Lekki toll gate to mark the anniversary of the shootings.", INTERVENTION,
                 marks=xfail("no demonstration word: a gathering to mark an anniversary is not "
                             "read as a protest")),
    ("Workers at the state oil company went on strike on Monday over unpaid wages, halting "
     "production at two refineries.",
     PEACEFUL),
    ("Several protesters were injured when police charged at a crowd with batons in "
     "Islamabad.",
     INTERVENTION),
    ("Police opened fire on demonstrators in Ouagadougou, killing one and wounding several "
     "others, witnesses said.",
     EXCESSIVE),
    pytest.param("Youths angered by the killing of a student stoned police vehicles and "
                 "set a police post on fire in Kisumu.", VIOLENT_DEMO,
                 marks=xfail("'stoned' and 'set … on fire' split by an object are no triggers")),
    ("Hundreds of supporters of the Shiite cleric stormed the parliament building in "
     "Baghdad's Green Zone.",
     VIOLENT_DEMO),
    ("A protest against rising fuel prices turned violent in Almaty as demonstrators clashed "
     "with police and set vehicles ablaze.",
     VIOLENT_DEMO),
    # armed violence wording variety
    ("Insurgents attacked a military outpost in Tillaberi with heavy weapons, killing 16 "
     "soldiers, the defence ministry said.",
     CLASH),
    ("Militants stormed a hotel in Mogadishu, taking guests hostage before security forces "
     "ended the siege.",
     ATTACK),
    ("Gunmen killed a village head and his two sons in Zamfara state on Monday night.", ATTACK),
    ("Jihadists executed 12 men accused of collaborating with the army near Djibo.", ATTACK),
    ("Two civilians were killed when a mortar shell landed on their house in Tal Tamr.", SHELL),
    ("The army pounded militant hideouts in the Tirah valley with artillery on Sunday.", SHELL),
    ("A Turkish drone struck a car near Qamishli, killing two members of the Kurdish-led "
     "forces.",
     AIR),
    ("Coalition aircraft carried out three strikes against Islamic State positions near "
     "Mosul.",
     AIR),
    ("An explosive device planted on the roadside went off as a police patrol passed in "
     "Nangarhar.",
     IED),
    ("Two people were killed when a landmine planted by rebels exploded under their cart in "
     "Rakhine.",
     IED),
    ("A teenage suicide bomber detonated explosives strapped to her body at a checkpoint in "
     "Maiduguri.",
     SUICIDE),
    ("Attackers threw a grenade at a bus stop in Nairobi, wounding six people.", GRENADE),
    ("The group's fighters kidnapped two foreign engineers from a construction site in Niger "
     "state.",
     ABDUCT),
    ("Militiamen raped dozens of women during attacks on villages in South Sudan's Unity "
     "state, a UN report said.",
     SEXUAL),
    ("Government forces used chemical weapons in an attack on the rebel-held town, "
     "investigators concluded.",
     CHEM),
    # strategic
    ("Police in Kashmir recovered two AK rifles, grenades and ammunition during a search "
     "operation in Kupwara.",
     DISRUPTED),
    ("Security forces defused three improvised explosive devices planted along a highway in "
     "Balochistan.",
     DISRUPTED),
    ("The Iraqi air defence system intercepted a drone approaching the airport in Erbil.",
     DISRUPTED),
    pytest.param("Russia deployed additional air defence systems to Crimea, the defence "
                 "ministry said.", CHANGE,
                 marks=xfail("weapon systems moved are no troop class of the deployment frame")),
    # no frame for fighters joining a state force; the strategic-development model names it
    # (evstrat; a known failure, so not in its training)
    ("Hundreds of fighters from the militia joined the army under a reintegration programme.",
     CHANGE),
    ("The insurgents set up checkpoints on the main road to Palma.", HQ),
    ("Gunmen set fire to a police station in Imo state on Sunday, police said.", LOOTING),
    ("Armed men vandalised a telecommunications mast in Zamfara state.", LOOTING),
    ("Government forces took control of the town of Abyei after rebels pulled out under a "
     "deal.",
     TRANSFER),
    ("The army overthrew the civilian government in a coup in Khartoum on Monday, detaining "
     "the prime minister.",
     OTHER),
    ("Russia and Ukraine exchanged 215 prisoners of war on Saturday.", AGREEMENT),
    ("Police arrested four men suspected of planning attacks on churches in Surabaya.", ARRESTS),
    # not ACLED
    ("Firefighters battled a blaze at an oil refinery in Texas for several hours on Sunday.", None),
    ("A passenger train derailed in Odisha, killing more than 200 people.", None),
    ("The foreign ministers of India and China met in Moscow to discuss tensions on their "
     "border.",
     None),
    ("Police arrested three men after seizing 40 kilograms of methamphetamine in Bangkok.", None),
    ("Two gangs fought over drug turf in Rio de Janeiro, leaving four dead.", None),
    ("Mexico's president blamed the cartels for the ambush that killed 13 police officers.", None),
    ("A cyclone tore through coastal villages in Odisha, destroying thousands of homes.", None),
]


# Military and wire-report wordings, strategic developments and non-events.
REPORT_PROBES: list[Any] = [
    ("Army units eliminated a number of terrorists and destroyed their vehicles in the "
     "countryside of Deir Ezzor.",
     CLASH),
    ("Army units targeted the hideouts of terrorist groups in the southern countryside of "
     "Idlib with artillery shells.",
     SHELL),
    ("The army neutralised five terrorists during a clearing operation in Kunar, the "
     "ministry said.",
     CLASH),
    ("Troops foiled an infiltration bid along the Line of Control in Uri sector, killing two "
     "intruders.",
     CLASH),
    ("Militants blew up a bridge on the main highway linking Kabul and Kandahar.",
     LOOTING),  # round 8: a road, bridge or railway blown up is property destroyed
    ("Insurgents raided a police station in Zabul overnight, killing six officers and "
     "seizing their weapons.",
     CLASH),
    pytest.param("Jihadists besieged the town of Djibo, cutting off supplies to its "
                 "residents.", CLASH,
                 marks=xfail("no trigger for a siege: ACLED codes it by the fighting or "
                             "shelling told with it")),
    ("A landmine blast killed three shepherds in the Golan Heights on Friday.", IED),
    ("Two policemen were gunned down by suspected militants in the old city of Srinagar.", CLASH),
    ("Masked men opened fire on worshippers leaving a mosque in Kano, killing four.", ATTACK),
    ("Assailants torched several houses and killed five people in a raid on a village in "
     "Tillaberi.",
     ATTACK),
    ("The navy intercepted a boat carrying rocket launchers and ammunition off the coast of "
     "Yemen.",
     DISRUPTED),
    ("Police busted an arms factory in Munger and recovered a dozen pistols.", DISRUPTED),
    ("Security forces recovered an IED from a culvert on the Srinagar-Jammu highway.", DISRUPTED),
    ("Pakistani Taliban gunmen kidnapped three officials of the polio campaign in Bajaur.", ABDUCT),
    ("Unknown gunmen abducted a local journalist in Mogadishu, his employer said.", ABDUCT),
    ("The army said its aircraft bombed rebel hideouts in the Nuba Mountains, killing 20 "
     "fighters.",
     AIR),
    ("Russian jets hit several targets in Idlib province, a monitoring group said.", AIR),
    ("Turkish artillery pounded Kurdish positions near Tal Rifaat.", SHELL),
    ("Three rockets struck the Green Zone in Baghdad, near the US embassy.", SHELL),
    ("Hundreds of demonstrators rallied outside the US embassy in Baghdad, chanting slogans "
     "against Washington.",
     PEACEFUL),
    ("Opposition activists staged a protest march in Kampala, calling for electoral reforms.",
     PEACEFUL),
    ("Riot police fired tear gas at stone-throwing protesters in Srinagar after Friday "
     "prayers.",
     VIOLENT_DEMO),
    ("Thousands of protesters defied a ban and took to the streets of Algiers; police "
     "arrested dozens.",
     INTERVENTION),
    ("Rioters ransacked shops and set cars on fire in Durban as unrest spread.", VIOLENT_DEMO),
    ("A mob dragged a man from a police van and beat him to death in Kaduna state.", MOB),
    ("Residents stormed a police station in Assam and lynched a man accused of murder.", MOB),
    ("Rebels and the government agreed to extend the truce by two months, the UN envoy said.",
     AGREEMENT),
    ("The warring parties signed a deal on the withdrawal of forces from the port of "
     "Hodeidah.",
     AGREEMENT),
    ("Boko Haram freed 82 schoolgirls in exchange for five detained commanders.", AGREEMENT),
    ("Police arrested 30 members of the outlawed group in a series of raids in Ankara.", ARRESTS),
    ("The authorities detained a prominent activist at Cairo airport on his return from "
     "abroad.",
     ARRESTS),
    ("The Wagner group withdrew its fighters from Bakhmut and handed their positions to the "
     "army.",
     TRANSFER),
    ("Government forces regained full control over the strategic town of Shusha.", REGAIN),
    ("Iraqi troops recaptured the last neighbourhood held by Islamic State in west Mosul.", REGAIN),
    ("Al-Shabaab militants took over the town of Moqokori after Ethiopian troops pulled out.",
     TRANSFER),
    ("The rebel group announced it had formed an alliance with two other armed movements.", CHANGE),
    ("Indian and Chinese soldiers clashed in the Galwan valley, leaving 20 Indian soldiers "
     "dead.",
     CLASH),
    ("The coalition's warplanes destroyed a weapons depot belonging to the Houthis.", AIR),
    ("The Islamic State group said one of its fighters blew himself up among a gathering of "
     "soldiers.",
     SUICIDE),
    ("Soldiers sexually abused detainees at a military camp in Borno, Amnesty International "
     "said.",
     SEXUAL),
    ("Investigators found evidence that sarin was used in the attack on the town.", CHEM),
    ("The government imposed a curfew in Kashmir after the killing of a militant commander.",
     OTHER),
    pytest.param("Soldiers detained the president and his prime minister, and the army "
                 "announced it had taken power.", OTHER,
                 marks=xfail("'taken power' is no coup frame: elected governments take power "
                             "too")),
    ("A powerful explosion at a fireworks warehouse in Tultepec killed 24 people.", None),
    ("Mexican police arrested the leader of a drug cartel in Sinaloa.", None),
    ("The UN Security Council adopted a resolution calling for a ceasefire.", None),
    ("Unidentified attackers set fire to a church in Kaduna state on Sunday.", LOOTING),
]


# Captions with no trigger word, told by their vocabulary alone (extract/event_backoff.py);
# written after that module was coded, before it was run on them: 5 of 8 passed (a court
# statement about a role in riots then became no event: 'role' governs blame).
VOCABULARY_PROBES: list[Any] = [
    ("Clouds of tear gas drift over the square as young men hurl stones at riot police in "
     "Tehran, Iran, Saturday, Nov. 16, 2019.",
     VIOLENT_DEMO),
    pytest.param("Students carrying banners outside the university in Dhaka, Bangladesh, "
                 "Monday, Aug. 6, 2018.", PEACEFUL,
                 marks=xfail("no demonstration word: banners alone do not tell a protest")),
    pytest.param("A police officer sprays pepper spray at a woman holding a placard "
                 "outside the parliament in Warsaw, Poland, Friday.", INTERVENTION,
                 marks=xfail("one intervention cue and no demonstration word is too little to "
                             "tell a protest")),
    ("Demonstrators against the new law outside the presidential palace in Lima, Peru, on "
     "Tuesday night.",
     PEACEFUL),
    ("Residents of the camp described weeks of rapes by the soldiers guarding it.", SEXUAL),
    ("The wreckage of a car after a suicide bombing near the governor's office in Lashkar "
     "Gah.",
     SUICIDE),
    ("Prosecutors charged three men over their role in the riots in Leicester last year.", None),
    ("An inquiry will examine the sexual abuse of children in state care homes in the 1970s.",
     None),
]


# Strategic developments told with violence in the background, and the weapons, places and
# property they act on: 30 written, 20 passed first; two were then dropped as ambiguous
# (demonstrators and militants looting together; fighters surrendering their weapons,
# which the codebook also reads as a disruption of weapons use).
STRATEGIC_PROBES: list[Any] = [
    ("Security forces defused a bomb planted near a school in Peshawar on Monday. The area "
     "has seen several attacks by militants in recent months.",
     DISRUPTED),
    ("Turkish troops set up a new observation post near Saraqib on Sunday. Government forces "
     "backed by Russian air strikes have been advancing in the region.",
     HQ),
    ("Israel's Iron Dome system intercepted most of the 30 rockets fired from Gaza "
     "overnight, the military said.",
     DISRUPTED),
    ("Police found a large cache of explosives and detonators in a house used by militants "
     "in Bannu.",
     DISRUPTED),
    ("A bomb disposal team disarmed an explosive device attached to a gas pipeline near "
     "Quetta.",
     DISRUPTED),
    ("Yemeni forces said they had shot down a Houthi drone packed with explosives over "
     "Marib.",
     DISRUPTED),
    ("The army dismantled an IED factory in the forests of Sukma, seizing materials for "
     "making bombs.", DISRUPTED),
    ("The Islamic State group's fighters withdrew from the town of Tabqa on Sunday under a "
     "deal with the Kurdish-led forces.",
     TRANSFER),
    ("Ukrainian troops pulled out of Lysychansk to avoid encirclement, the army said.", TRANSFER),
    # a change of territory needs a named place to the rules and this sentence names none; the
    # strategic-development model names it (evstrat; a known failure, so not in its training)
    ("The rebels handed control of the border crossing to government troops after a local "
     "agreement.", TRANSFER),
    ("Government forces abandoned their positions in the town of Mocimboa da Praia, allowing "
     "insurgents to move in.",
     TRANSFER),
    ("Houthi rebels set up a new command centre in the city of Hodeidah, residents said.",
     HQ),  # a command (operations) centre is a base (evlabels2)
    ("Wagner fighters established a base at the airport in Menaka after French forces left.", HQ),
    ("Militants burned down a government school in North Waziristan overnight; no one was "
     "hurt.",
     LOOTING),
    ("Suspected separatists set ablaze a police station and several vehicles in Bamenda.", LOOTING),
    ("Rebels razed the homes of suspected government collaborators in the village of "
     "Kitchanga.",
     LOOTING),
    ("Warplanes believed to be Russian bombed a hospital in Idlib province, killing four "
     "medics.",
     AIR),
    ("An air strike by the Saudi-led coalition hit a wedding party in Hajjah, killing 20.", AIR),
    ("Pakistani jets pounded militant hideouts in North Waziristan, killing 30 insurgents, "
     "the army said.",
     AIR),
    ("Syrian Observatory: Regime helicopters dropped barrel bombs on the town of Latamneh.", AIR),
    ("A mass grave containing the bodies of 15 men was uncovered near Mosul, officials said.",
     OTHER),
    ("Thousands of residents fled their homes in Cabo Delgado as insurgents advanced on the "
     "town.",
     OTHER),
    ("The army seized power in a coup in Burkina Faso and dissolved the government.", OTHER),
    pytest.param("Soldiers declared on state television that they had dissolved the "
                 "government and suspended the constitution.", OTHER,
                 marks=xfail("a coup told only by its acts has no coup word (as round 5's "
                             "xfail)")),
    ("The militia began recruiting young men in the villages around Bunia, residents said.",
     CHANGE),
    ("Two Chinese warships sailed through the Taiwan Strait on Tuesday, Taiwan's defence "
     "ministry said.",
     CHANGE),
    ("Iranian-backed militias moved heavy weapons to positions near the Iraqi border.", CHANGE),
    ("Turkey sent armoured vehicles and commandos to Idlib on Monday, state media reported.",
     CHANGE),
]


# Demonstrations told with arrests or a crackdown that are their background (protested,
# defied, earlier, or none: extract/event_protest.py) or their course: 12 written, 6 passed
# first (every peaceful one but one was read as a protest with intervention).
COURSE_PROBES: list[Any] = [
    ("Hundreds of students marched in Dhaka on Sunday demanding justice for a classmate. "
     "Last month, police arrested several students during a similar march.",
     PEACEFUL),
    ("Supporters of the opposition rallied peacefully in Lusaka, days after a crackdown in "
     "which dozens were detained.",
     PEACEFUL),
    ("Thousands marched in Minsk on Sunday despite a crackdown on dissent that has seen "
     "hundreds arrested since August.",
     PEACEFUL),
    ("Teachers demonstrated outside parliament in Bucharest on Monday, defying a police ban "
     "on gatherings.",
     PEACEFUL),
    ("Protesters gathered in front of the prison in Tunis to demand the release of activists "
     "arrested last week.",
     PEACEFUL),
    ("Police dispersed the protesters with tear gas after they gathered outside the "
     "governor's office in Kano.",
     INTERVENTION),
    ("Relatives of missing men held a sit-in outside the interior ministry in Algiers. They "
     "say the men were detained by security forces years ago.",
     PEACEFUL),
    ("Anti-government protesters marched through Bangkok on Saturday. Police watched from a "
     "distance and no arrests were reported.",
     PEACEFUL),
    ("Thousands rallied in Hong Kong on Sunday to protest against the arrest of "
     "pro-democracy activists.",
     PEACEFUL),
    ("Police detained dozens of people as they tried to stage an unauthorised rally in "
     "central Moscow on Saturday.",
     INTERVENTION),
    ("Several demonstrators were arrested after a sit-in blocked traffic outside the stock "
     "exchange in London.",
     INTERVENTION),
    ("Security forces broke up a protest by unpaid workers in Khartoum, beating several of "
     "them with batons.",
     INTERVENTION),
]


# Violent demonstrations in wordings of damage and break-ins, riots by sports fans, and an
# effigy burned at a peaceful march: 10 written, 6 passed first.
RIOT_PROBES: list[Any] = [
    ("Rioters overturned cars and smashed shop windows in Lyon on Saturday night.", VIOLENT_DEMO),
    ("Protesters attacked the offices of the ruling party in Tbilisi, breaking windows.",
     VIOLENT_DEMO),
    ("Demonstrators broke into the governor's residence in Basra and set part of it on fire.",
     VIOLENT_DEMO),
    ("Protesters pelted the prime minister's convoy with eggs and stones in Islamabad.",
     VIOLENT_DEMO),
    ("Angry demonstrators overturned a police car and threw rocks at officers outside the "
     "courthouse.",
     VIOLENT_DEMO),
    ("Crowds burned effigies of the president during a peaceful march in Manila.", PEACEFUL),
    ("Hundreds of football fans rioted in the streets of Marseille, throwing bottles at "
     "police.",
     VIOLENT_DEMO),
    ("Opposition supporters protesting the election result clashed with police in Abidjan; "
     "police responded with tear gas.",
     VIOLENT_DEMO),
    ("Police used tear gas and water cannon on Saturday to disperse demonstrators who had "
     "blocked a main road in Nairobi with burning tyres.",
     VIOLENT_DEMO),
    pytest.param("Students occupied the rector's office at the university in Belgrade, "
                 "demanding his resignation.", PEACEFUL,
                 marks=xfail("'office' is property, not a road, to the occupying frame; no "
                             "demonstration word")),
]


# Shootings, woundings and injuries told by no other word, and injuries that are accidents:
# 12 written, 6 passed first (the civilian targets and accidents), 8 pass now.
SHOOTING_PROBES: list[Any] = [
    ("Gunmen shot a local councillor outside his home in Mogadishu on Thursday.", ATTACK),
    # (a strict xfail until round 10 (roles2): a doer's noun as subject now names the
    # Unidentified Armed Group, so the weak "shot" has its armed actor)
    ("A sniper shot a soldier near the frontline village of Krasnohorivka.", CLASH),
    pytest.param("Unknown men shot and wounded a journalist in Karachi.", ATTACK,
                 marks=xfail("'unknown men' are no armed actor, so the weak 'shot' needs a "
                             "weapon or a toll")),
    ("Militants wounded two policemen in an ambush near Peshawar.", CLASH),
    ("Three soldiers were wounded when militants attacked their post in Kupwara.", CLASH),
    pytest.param("Gunmen injured four worshippers at a church in Kaduna state.", ATTACK,
                 marks=xfail("'injured' alone names no act: the injured evacuated or treated "
                             "are told by it too")),
    pytest.param("Suspected herders wounded five farmers in Benue state on Sunday.", ATTACK,
                 marks=xfail("'wounded' alone names no act: the wounded evacuated or treated "
                             "are told by it too")),
    ("Three people were injured in a stampede at a religious festival in Allahabad.", None),
    ("Two climbers were injured after falling from a ridge in the Alps.", None),
    ("Fighter jets strafed rebel positions near Sirte.", AIR),
    ("Police shot a teenager during a raid on a house in Rio de Janeiro.", ATTACK),
    ("A photographer shot a video of the wedding in Cairo.", None),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCE_PROBES + SNIPPET_PROBES + REPORT_PROBES
                         + VOCABULARY_PROBES + STRATEGIC_PROBES + COURSE_PROBES
                         + RIOT_PROBES + SHOOTING_PROBES)
def test_round7_probe(pipeline: Any, text: str, expected: str | None) -> None:
    assert acled_main(pipeline, text) == expected
