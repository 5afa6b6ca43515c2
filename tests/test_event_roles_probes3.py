"""Role probes (roles round 3): who acts and who is acted on, from the structure of English.

Sentences written for this test before any rule of this round was run (first pass: see the
commit that adds this file). Each covers a structure an analyst meets in wire copy: passives
("were killed by X", "was shelled by X"), "attack on X by Y", "X came under fire from Y",
nominalisations ("Y's shelling of X"), "X-backed" modifiers, "forces loyal to X", appositions,
coordination, relative clauses, purpose clauses and short references resolved across sentences,
with controls where no actor2 is named ("-"). An expectation is a piece of the expected actor's
canonical name, span text or type, matched case-insensitively against "name [type] span"
(tests/stages.who); alternatives are split by "|"; None leaves that side unchecked.
"""

from __future__ import annotations

from typing import Any

import pytest

from stages import main_roles, xfail

ROLE_PROBES_21: list[Any] = [
    # passives
    ("Three Afghan soldiers were killed by Taliban fighters in Kunduz on Tuesday.",
     "taliban", "military forces of afghanistan"),
    ("A Ukrainian border post was shelled by Russian artillery overnight, officials said.",
     "military forces of russia", "ukrain"),
    ("Two aid workers were abducted by al-Shabaab militants near Baidoa.",
     "shabaab", "aid workers"),
    ("Kyiv was hit by a wave of Russian drones overnight.", "military forces of russia", "kyiv"),
    # "attack on X by Y"
    ("The attack on the police station by Boko Haram fighters left four officers dead.",
     "boko haram", "police"),
    ("An assault on a Yemeni army base by Houthi rebels was repelled on Sunday.",
     "houthi", "yemen"),
    ("Kurdish fighters repelled an attack by Islamic State militants near Kobani.",
     "islamic state", "kurd"),
    # "X came under fire from Y"
    ("A Malian army patrol came under fire from jihadist gunmen near Gao.",
     "gunmen|armed group", "military forces of mali"),
    ("Israeli troops came under fire from Hamas militants in Khan Younis.",
     "hamas", "military forces of israel"),
    # nominalisations
    ("Russia's shelling of Kharkiv killed six civilians.", "military forces of russia",
     "kharkiv|civilians"),
    ("The Syrian army's bombardment of rebel positions near Idlib continued for a third day.",
     "military forces of syria", "rebel"),
    ("Hezbollah's rocket attack on northern Israel drew swift retaliation.", "hezbollah",
     "israel"),
    # "X-backed"
    ("Iranian-backed Houthi rebels fired a missile at a Saudi oil facility.", "houthi", "saudi"),
    ("Rwandan-backed M23 rebels seized the town of Bunagana from Congolese troops.", "m23",
     "congo"),
    # "forces loyal to X"
    ("Forces loyal to General Khalifa Haftar shelled the outskirts of Tripoli.", "haftar",
     "tripoli"),
    ("Militiamen loyal to a local warlord attacked a police checkpoint in Mogadishu.",
     "militia", "police"),
    # appositions
    ("Al-Shabaab, the Somali Islamist group, attacked an African Union base near Mogadishu.",
     "shabaab", "african union"),
    ("Ahmed Hassan, a senior commander of the Nusra Front, was killed in a Russian air strike "
     "near Idlib.", "military forces of russia", "nusra|hassan"),
    ("Sudan's Rapid Support Forces attacked the army headquarters in Khartoum.",
     "rapid support forces", "military forces of sudan"),
    # coordination
    ("Boko Haram fighters stormed the village and killed 15 farmers.", "boko haram",
     "farmers|civilians"),
    ("Police arrested and beat dozens of protesters in Kampala.", "police", "protesters"),
    ("South Sudanese government troops and allied militiamen attacked rebel positions near "
     "Malakal.", "military forces of south sudan", "rebel"),
    # relative clauses
    ("The soldiers, who had been deployed to guard the mine, were ambushed by Allied Democratic "
     "Forces rebels in Beni.", "allied democratic forces", "soldiers"),
    ("Militants who crossed from Pakistan attacked an Indian army camp in Uri.", "militant",
     "military forces of india"),
    ("The convoy, which belonged to the UN mission, was attacked by unidentified gunmen near "
     "Bunia.", "gunmen|armed group", None),
    # purpose clauses
    ("Police fired tear gas to disperse students protesting in Nairobi.", "police", "students"),
    ("Rebels fired mortars into the city to discredit the government.", "rebel", "-"),
    # short references across sentences
    ("Al-Shabaab militants attacked a Kenyan police post near Mandera. The group said it had "
     "killed five officers.", "shabaab", "police"),
    ("Pakistani troops killed 10 militants in a raid on a Taliban hideout in North Waziristan.",
     "military forces of pakistan", "taliban|militants"),
    ("Security forces detained an opposition leader in Harare on Tuesday.", "zimbabwe",
     "opposition"),
    ("A Nigerian military jet mistakenly bombed a camp for displaced people in Borno state.",
     "military forces of nigeria", "displaced|civilians"),
    # controls: no one acted on is named, or the speaker is not a side
    ("Hundreds of farmers staged a peaceful rally in Lahore over rising fertiliser prices.",
     "farmers|protesters", "-"),
    ("Unknown gunmen opened fire in the town on Friday, police said.", "gunmen|armed group",
     "-"),
    ("The army said rebels had attacked a food convoy near Juba.", "rebel", None),
]

# (the second set, written before running and before this round's rules: what a violent act hits
# when it is a thing or a place, not a named side)
ROLE_PROBES_22: list[Any] = [
    ("A car bomb tore through the offices of a Kurdish party in Erbil.", None, "kurd|erbil"),
    ("Militants set fire to a girls' school in Kandahar province.", "armed group",
     "school|kandahar"),
    pytest.param("Mortar rounds slammed into the U.S. embassy compound in Baghdad.", None,
                 "united states|u.s.", marks=xfail(
                     "an embassy stands for the state it represents only for demonstrations "
                     "(event_sides.addressee); a shelling takes the town it is in")),
    pytest.param("Indian troops fired across the border into Pakistan-held Kashmir.",
                 "military forces of india", "pakistan|kashmir", marks=xfail(
                     "'Pakistan-held Kashmir' is no toponym the places stage resolves, and "
                     "'Pakistan-held' names who holds it, which no rule reads")),
    ("Gunmen attacked a Jewish settlement in the West Bank on Monday.", "gunmen",
     "jewish|settlement"),
    ("Rebels shelled a refugee camp near Goma, killing 12 people.", "rebels",
     "refugee|civilians"),
    ("A suicide bomber blew himself up outside a police academy in Kabul.", "bomber", "police"),
    ("Soldiers burned down dozens of homes in the village of Kaya.", "soldiers", "kaya|homes"),
    ("Unidentified gunmen stormed a church in Kaduna during Sunday mass.", "gunmen",
     "church|kaduna|christian"),
    ("A bomb ripped through a crowded bus in Jerusalem, killing five passengers.", None,
     "passengers|civilians"),
    ("Tamil rebels attacked a Sinhalese village near Trincomalee, killing 20 people.", "ltte",
     "sinhal|civilians"),
    ("Saudi-led coalition aircraft bombed a wedding party in Hajjah province.", "saudi",
     "wedding|hajjah|civilians"),
    ("Security forces stormed the rebel stronghold of Jaffna.", "military forces of sri lanka",
     "rebel|jaffna"),
    pytest.param("Rockets fired from Lebanon landed in northern Israel on Tuesday.", None,
                 "israel", marks=xfail(
                     "where the rockets landed hangs on 'landed', not on the trigger 'fired'; "
                     "Lebanon, whence they came, is no longer taken as hit")),
    ("Two rockets were fired at the town of Sderot from the Gaza Strip.", None, "sderot"),
    ("Police used tear gas against opposition supporters in Dhaka.", "police",
     "opposition supporters|protesters"),
    ("Armed men killed three foreign tourists in the Luxor area.", "armed", "tourists"),
    ("Separatist rebels killed eight Indonesian soldiers in Aceh.", "rebels",
     "military forces of indonesia"),
    ("An Israeli helicopter gunship fired missiles at a car carrying Hamas militants in Gaza "
     "City.", "military forces of israel", "hamas"),
    ("Explosions rocked the Colombian capital, Bogota, on Friday.", None, "bogota"),
    ("The guerrillas blew up an oil pipeline operated by Occidental Petroleum in Arauca.",
     "guerrillas", "occidental|arauca"),
    pytest.param("The rebels, who are fighting for independence, attacked a police station in "
                 "Kashmir.", "rebel", "police", marks=xfail(
                     "the main event is the relative clause's 'fighting', which tells what the "
                     "rebels are, not a deed (typing, not roles)")),
    ("Rebel fighters loyal to Laurent Kabila captured the town of Kisangani.", "kabila", None),
    ("A soldier was killed in a gun battle with Maoist insurgents in Chhattisgarh.", None,
     "maoist|soldier"),
    ("Four Iraqi policemen were killed when a roadside bomb hit their patrol in Mosul.", None,
     "police"),
    ("Villagers were attacked by a mob armed with machetes in Rift Valley province.", "mob",
     "villagers|civilians"),
]

# (the third set, written before the actors.tsv rows of this round: parties of modern conflicts an
# analyst expects the dictionary to know, each named as wires name it)
ROLE_PROBES_23: list[Any] = [
    # evact: a known failure ('burned' with villages as object is no frame) until the
    # strategic model, at its threshold of 0.8, named it
    ("Janjaweed militiamen burned three villages in West Darfur.", "janjaweed militia", None),
    ("Pakistani Taliban fighters attacked a police checkpoint in Khyber district.",
     "tehreek-i-taliban", "police"),
    ("The Arakan Army seized a military outpost in Rakhine state.", "aa: arakan army", None),
    ("Naxalites ambushed a police patrol in Dantewada district.", "cpi (maoist)", "police"),
    ("CODECO militiamen attacked a camp for displaced people in Ituri.", "codeco", None),
    ("Ambazonian separatists kidnapped a teacher in Bamenda.", "ambazonian separatists",
     "teacher"),
    ("FDLR rebels killed six villagers in Rutshuru territory.", "fdlr:", "civilians"),
    ("Fighters of the Baloch Liberation Army attacked a military camp in Turbat.",
     "bla: baloch liberation army", None),
    ("Lashkar-e-Taiba militants attacked a hotel in Mumbai.", "let: lashkar-e-taiba", None),
    ("ULFA rebels blew up an oil pipeline in Assam.", "ulfa: united liberation front", None),
    ("Anti-Balaka militiamen attacked Muslim residents in Bangui.", "anti-balaka", "muslim"),
    ("Oromo Liberation Army fighters killed 20 people in western Oromia.",
     "ola: oromo liberation army", "civilians"),
    ("SPLA-IO forces clashed with government troops near Malakal.", "in opposition",
     "military forces of south sudan"),
    ("Ansar Dine fighters destroyed ancient shrines in Timbuktu.", "ansar dine", None),
    ("Interahamwe militiamen killed dozens of Tutsi civilians near Kibuye.", "interahamwe",
     "tutsi|civilians"),
    ("AQIM gunmen kidnapped two Austrian tourists in southern Tunisia.", "aqim:", "tourists"),
]

# (the fourth set, written before the source rules of this round: who acts when the subject is a
# weapon, a fire or a deed noun, and the doer is told by "by", "from" or "blamed on")
ROLE_PROBES_24: list[Any] = [
    ("Rockets fired by Hezbollah hit the port of Haifa on Sunday.", "hezbollah", "haifa"),
    ("Gunfire from Serb positions killed two UN peacekeepers near Sarajevo.", "serb", "un"),
    ("A rocket fired from Gaza struck a house in Ashkelon.", None, "ashkelon"),
    ("Three civilians died in Israeli shelling of the village of Qana.",
     "military forces of israel", "civilians"),
    ("A Palestinian gunman opened fire on a bus, wounding four Israelis.", "palestin", "israel"),
    ("Shells fired by government forces landed in a market in Aleppo.",
     "military forces of syria", None),
    ("Masked men set fire to a mosque in the town of Kafr Qasim.", "armed group",
     "kafr qasim|mosque"),
    pytest.param("Two soldiers were wounded when their vehicle hit a landmine planted by the "
                 "rebels.", "rebels", "soldiers|military forces", marks=xfail(
                     "the landmine is the trigger; the wounded of the main clause are not read "
                     "as whom it hit")),
    ("Taliban suicide bombers attacked a NATO convoy in Kabul.", "taliban", "nato"),
    ("In a statement, the Islamic State said its fighters had killed 20 Syrian soldiers.",
     "islamic state", "military forces of syria"),
    ("Turkey's military said its jets had struck PKK targets in northern Iraq.",
     "military forces of turkey", "pkk"),
    ("Palestinian militants fired a barrage of rockets into southern Israel.", "palestinian",
     "israel"),
    ("A Serb tank shell hit an apartment block in Sarajevo, killing three people.", "serb",
     "civilians|sarajevo"),
    pytest.param("Ugandan troops, fighting alongside Congolese soldiers, attacked LRA camps in "
                 "Garamba.", "military forces of uganda", "lra|lord", marks=xfail(
                     "the main event is the participle 'fighting alongside' (main-event choice, "
                     "not roles)")),
    ("Government helicopters strafed villages held by the rebels in Darfur.",
     "military forces of sudan", None),
    ("The shelling, blamed on Serb forces, killed 12 people in Tuzla.", "serb", None),
    ("Armed settlers attacked Palestinian farmers near Nablus.", "settler", "palestin"),
    ("A U.S. drone strike killed five suspected militants in North Waziristan.",
     "united states", "militants"),
    ("NATO aircraft bombed Serb positions around Sarajevo.", "nato", "serb"),
    ("Eritrean forces shelled the Ethiopian town of Zalambessa.", "military forces of eritrea",
     "zalambessa"),
    ("Fighters from the Islamic State attacked Kurdish positions near Kirkuk.",
     "islamic state", "kurd"),
    ("Members of the Janjaweed militia raped dozens of women in North Darfur.", "janjaweed",
     "women"),
    ("The ceasefire was broken when Azerbaijani troops shelled Armenian villages.",
     "military forces of azerbaijan", "armenia"),
]

# (the fifth set, written and run before the rules of the third commit: two-sentence reports,
# sides named by "between" on the verb, a site named by its place, a relative clause's actor)
ROLE_PROBES_25: list[Any] = [
    ("Boko Haram fighters overran a military base in Borno state on Monday. The militants "
     "killed at least 20 soldiers, the army said.", "boko haram", None),
    ("The Sudanese army and the Rapid Support Forces have fought for control of Khartoum since "
     "April. On Tuesday the paramilitary group shelled a hospital in Omdurman.",
     "military forces of sudan", "rapid support forces"),
    ("Israeli troops raided the Jenin refugee camp overnight. They arrested 12 Palestinians, the "
     "military said.", "military forces of israel", "jenin|palestin"),
    ("Houthi rebels launched drones at a Saudi oil facility. The group said the attack was a "
     "response to air strikes on Sanaa.", "houthi", "saudi"),
    pytest.param("Russian forces pounded Bakhmut with artillery.", "military forces of russia",
                 "bakhmut", marks=xfail("the parser tags 'Bakhmut' an adverb here")),
    ("Al-Shabaab fighters attacked a Kenyan army base in Lamu county. Kenya's military said its "
     "troops repelled the attack.", "shabaab", "military forces of kenya"),
    ("M23 rebels captured the town of Kiwanja on Saturday.", "m23", None),
    ("The Taliban seized the district centre of Moqur after government forces withdrew, a local "
     "official said.", "taliban", None),
    ("Fighting erupted between the army and ethnic Karen rebels near the Thai border.",
     "military forces|army", "karen"),
    ("Armed men believed to be Fulani herders attacked the village of Dogo Nahawa, "
     "killing 30 people.", "fulani|armed", None),
    # was a strict xfail (the relative clause's 'gathered' led with its own actors); evnoticed:
    # the intervention on the crowd is one event, the police acting
    ("Police in Nairobi fired tear gas at opposition supporters who had gathered to protest "
     "against rising prices.", "police", "protesters|opposition"),
    ("Fighters of the Tigray People's Liberation Front shelled the Eritrean capital, Asmara.",
     "tplf", "asmara"),
    ("A drone strike attributed to Turkey killed three members of the PKK in Sinjar.",
     "military forces of turkey", "pkk"),
    ("Sudanese warplanes bombed positions held by the SPLA in Blue Nile state.",
     "military forces of sudan", "spla|splm"),
    ("Soldiers loyal to the junta opened fire on demonstrators in Mandalay, killing five.",
     "myanmar", "protesters"),
]

# (the sixth set, written and run before the rules of its commit: nominalisations with "by",
# coordinated and joint forces, "between" two peoples' forces, killed "in clashes with X")
ROLE_PROBES_26: list[Any] = [
    pytest.param("The killing of three aid workers by gunmen in Darfur drew condemnation.",
                 "gunmen|armed group", "aid workers", marks=xfail(
                     "no event: a killing told as the subject of 'drew condemnation' is not read "
                     "(typing)")),
    ("The abduction of two Italian nuns by al-Shabaab militants shocked the region.",
     "shabaab", "nuns"),
    ("The arrest of the opposition leader by police in Kampala sparked protests.", "police",
     "opposition"),
    ("Islamic State claimed responsibility for a suicide bombing at a Shiite mosque in "
     "Kunduz.", "islamic state", None),
    ("The Pakistani Taliban claimed responsibility for the attack on a school in Peshawar.",
     "tehreek-i-taliban", "school|peshawar"),
    ("Nigerian troops, backed by vigilantes, killed 30 Boko Haram fighters near Maiduguri.",
     "military forces of nigeria", "boko haram"),
    ("French and Malian troops killed 15 jihadists in a joint operation near Menaka.",
     "france|mali", "armed group|jihadist"),
    ("A joint force of Kenyan and Somali troops attacked al-Shabaab positions near Kismayo.",
     "kenya|somalia", "shabaab"),
    ("Kurdish fighters and Iraqi troops launched an offensive against Islamic State in Mosul.",
     "kurd|peshmerga|iraq", "islamic state"),
    ("Israeli police detained dozens of Palestinian worshippers at al-Aqsa mosque.",
     "police forces of israel", "worshippers|palestin"),
    ("Fighting between Armenian and Azerbaijani forces killed 12 soldiers.",
     "armenia|azerbaijan", "azerbaijan|armenia"),
    ("Colombian soldiers clashed with ELN guerrillas in Arauca province, killing four rebels.",
     "military forces of colombia", "eln"),
    ("Two Turkish soldiers were killed in clashes with PKK militants in Hakkari province.",
     "pkk", "military forces of turkey"),
    ("The UN said Ethiopian troops had looted shops in the town of Axum.",
     "military forces of ethiopia", "axum|shops"),
    pytest.param("Yemen's government accused the Houthis of shelling residential areas of Taiz.",
                 "houthi", "taiz", marks=xfail(
                     "no event: a deed told as an accusation is not read (typing, claims)")),
    ("Syrian government forces and their Russian allies bombed a hospital in Idlib.",
     "military forces of syria", "idlib|hospital"),
    ("Rebel forces led by the M23 shelled positions of the Congolese army near Goma.", "m23",
     "military forces of democratic republic of congo"),
    ("Gunmen from the Fulani ethnic group killed 12 farmers in Plateau state.",
     "fulani|armed group", "farmers|civilians"),
    ("Myanmar's military junta launched air strikes on villages controlled by the Arakan Army.",
     "military forces of myanmar", "arakan|villages"),
]

# (the seventh set, written and run before the rule of its commit: who acts in calm events -
# agreements, releases, curfews, deployments)
ROLE_PROBES_27: list[Any] = [
    ("President Museveni signed a peace agreement with the LRA in Juba.", "museveni", "lra"),
    ("The Ethiopian government released 200 political prisoners on Friday.",
     "government of ethiopia", "prisoners"),
    ("Israel and Hamas agreed to a truce brokered by Egypt.", "israel", "hamas"),
    ("President Bashir imposed a curfew on the city of Khartoum.", "bashir", "khartoum"),
    ("Colombia's government and the FARC signed a peace deal in Havana.",
     "government of colombia", "farc"),
    ("The Kenyan government deployed troops to the border with Somalia.", "kenya", None),
    ("Hamas freed an Israeli soldier in exchange for 1,000 Palestinian prisoners.", "hamas",
     "israel"),
    pytest.param("The junta arrested the country's elected leader, Aung San Suu Kyi, in "
                 "Naypyitaw.", "myanmar", "suu kyi|leader", marks=xfail(
                     "no home state is found for the sentence, so 'the junta' names no "
                     "government")),
]


def test_a_government_is_not_the_armed_group_joined_to_it(pipeline: Any) -> None:
    """"The government and the rebels": the rebels' word does not make the government an
    armed group (event_actors._generic read the conjunct's words; 0 of 1 before)."""
    found1, _ = main_roles(pipeline, "The government and the rebels agreed to a ceasefire on "
                                     "Monday.")
    assert "armed group" not in found1, found1


def _has(found: str, expected: str) -> bool:
    return any(part in found for part in expected.lower().split("|"))


@pytest.mark.parametrize(("text", "actor1", "actor2"), ROLE_PROBES_21 + ROLE_PROBES_22
                         + ROLE_PROBES_23 + ROLE_PROBES_24
                         + ROLE_PROBES_25 + ROLE_PROBES_26
                         + ROLE_PROBES_27)
def test_role_probe(pipeline: Any, text: str, actor1: str | None, actor2: str | None) -> None:
    found1, found2 = main_roles(pipeline, text)
    assert actor1 is None or _has(found1, actor1), (found1, found2)
    assert actor2 is None or (found2 == "-" if actor2 == "-" else _has(found2, actor2)), (
        found1, found2)
