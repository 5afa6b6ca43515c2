"""Actor probes: who acts (actor1) and who is acted on (actor2) in sitrep's own news sentences.

The sentences are written for this test, from ACLED's codebook rules on actors: actor1 carries
out the event and actor2 is its target; an armed group's attack on police or soldiers has the
state force as actor2; civilians, protesters and named groups are coded as what they are, and
generic forces take the country of the event. They vary voice (active, passive with "by"),
headlines and nominalisations, so that a pass rate here estimates how well the actor rules
generalise. Each expectation is a piece of the expected actor's canonical name or its ACLED type,
matched case-insensitively against "name [type]"; None leaves that side unchecked.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from sitrep.extract.events import main_event
from sitrep.model import ActorMention, Article
from stages import xfail

CIVILIANS = "[civilians]"
PROTESTERS = "[protesters]"
RIOTERS = "[rioters]"
STATE = "[state forces]"


# (sentence, expected actor1, expected actor2)
ACTOR_PROBES: list[Any] = [
    # state forces against protesters
    ("Police arrested 12 protesters in Lagos.", "Police Forces of Nigeria", PROTESTERS),
    ("Soldiers shot dead three demonstrators in Khartoum.", "Military Forces of Sudan",
     PROTESTERS),
    ("Police fired tear gas at protesters in Nairobi.", "Police Forces of Kenya", PROTESTERS),
    ("Myanmar troops opened fire on protesters in Mandalay.", "Military Forces of Myanmar",
     PROTESTERS),
    ("Dozens of protesters were arrested by police in Minsk.", "Police Forces of Belarus",
     PROTESTERS),
    ("Police dispersed hundreds of demonstrators with tear gas in Abuja.",
     "Police Forces of Nigeria", PROTESTERS),
    ("Protesters were dispersed by police with batons in Dhaka.", "Police Forces of Bangladesh",
     PROTESTERS),
    ("Police broke up a sit-in by nurses outside the health ministry in Harare.",
     "Police Forces of Zimbabwe", PROTESTERS),
    # armed groups against civilians
    ("Boko Haram fighters killed 15 farmers in Borno state.", "Boko Haram", CIVILIANS),
    ("Armed men stormed a church in Owo, killing 40 worshippers.", "Unidentified Armed Group",
     CIVILIANS),
    ("Gunmen shot dead three farmers in Benue state.", "Unidentified Armed Group", CIVILIANS),
    ("Villagers were attacked by Fulani militiamen in Plateau state.", None, CIVILIANS),
    ("Soldiers killed five civilians during a raid on a village in Rakhine.",
     "Military Forces of Myanmar", CIVILIANS),  # Rakhine: places.tsv, gazetteer build 5
    ("Russian forces shelled Kharkiv, killing five civilians.", "Military Forces of Russia",
     CIVILIANS),
    ("Five civilians were killed when Russian forces shelled Kharkiv.",
     "Military Forces of Russia", CIVILIANS),
    ("Saudi-led coalition airstrikes killed 20 civilians in Hajjah.", "Saudi Arabia", CIVILIANS),
    ("Unknown gunmen shot dead a village chief in Tillaberi.", "Unidentified Armed Group",
     "chief"),
    # students abducted are unarmed: ACLED's civilians of the country (evwire2)
    ("Gunmen kidnapped 20 students in Kaduna state.", "Unidentified Armed Group", CIVILIANS),
    ("Three journalists were abducted by gunmen in Kidal.", "Unidentified Armed Group",
     "journalists"),
    ("Israeli soldiers arrested a Palestinian journalist in Jenin.", "Military Forces of Israel",
     "journalist"),
    # armed groups against state forces, and state forces against armed groups
    ("Al-Shabaab militants attacked a Kenyan army base in Lamu.", "al-Shabaab",
     "Military Forces of Kenya"),
    ("A Kenyan army base in Lamu was attacked by al-Shabaab militants.", "al-Shabaab",
     "Military Forces of Kenya"),
    ("Taliban fighters ambushed an Afghan police convoy in Kunduz.", "Taliban",
     "Police Forces of Afghanistan"),
    ("ELN guerrillas attacked a police station in Arauca.", "ELN", "Police Forces of Colombia"),
    pytest.param("The army and ELN rebels exchanged fire in Arauca.",
                 "Military Forces of Colombia", "ELN",
                 marks=xfail("the parser makes 'the army and ELN rebels' one phrase headed by "
                             "'rebels': the rebels are read as actor1, the army is lost")),
    ("Nigerian troops killed 12 Boko Haram fighters in Borno.", "Military Forces of Nigeria",
     "Boko Haram"),
    ("Turkish jets struck PKK positions in northern Iraq.", "Military Forces of Turkey", "PKK"),
    ("A US drone strike killed an al-Qaeda leader in Idlib.", "United States", "al-Qaeda"),
    ("The Iraqi army recaptured Tal Afar from Islamic State fighters.", "Military Forces of Iraq",
     "Islamic State"),
    ("M23 rebels seized the town of Bunagana from the Congolese army.", "M23",
     "Military Forces of Democratic Republic of Congo"),
    ("Afghan forces regained control of the district of Dand from the Taliban.",
     "Military Forces of Afghanistan", "Taliban"),
    # crowds
    ("Protesters clashed with police in Beirut.", None, "Police Forces of Lebanon"),
    ("Rioters attacked police officers in Dakar.", RIOTERS, "Police Forces of Senegal"),
    ("A mob lynched a suspected thief in Kano.", RIOTERS, "Civilians (Nigeria)"),  # evwire:
    # an unarmed person a mob kills is ACLED's civilian of the country
    # who is moved is who acts: a deployment told in the passive
    ("Government troops were deployed to Cabo Delgado on Monday.", STATE, None),
]


# A second set, written after the rules were fixed for the set above and run once before any
# further change: it checks that those fixes hold beyond the sentences they were made from.
HELD_OUT_ACTOR_PROBES: list[Any] = [
    ("Police dispersed a crowd of demonstrators in Kinshasa.", "Police Forces of Democratic",
     PROTESTERS),
    ("A sit-in by teachers in Tunis was dispersed by security forces.", STATE, PROTESTERS),
    ("Gunmen stormed a mosque in Katsina, killing 15 worshippers.", "Unidentified Armed Group",
     CIVILIANS),
    ("The district centre of Jaghori fell to Taliban fighters.", "Taliban", None),
    ("Government forces recaptured Baidoa from al-Shabaab.", STATE, "al-Shabaab"),
    ("Israeli aircraft struck Hamas targets in Gaza City.", "Military Forces of Israel", "Hamas"),
    ("Russian missiles hit Kyiv, killing four civilians.", "Russia", CIVILIANS),
    ("Kenyan police shot dead two protesters in Kisumu.", "Police Forces of Kenya", PROTESTERS),
    ("Houthi fighters attacked Saudi border posts in Jazan.", "Houthis", "Saudi Arabia"),
    ("Armed men abducted a Catholic priest in Enugu.", "Unidentified Armed Group", "priest"),
    ("Rioters set fire to a police station in Dakar.", RIOTERS, None),
    ("Villagers lynched two suspected kidnappers in Puebla.", RIOTERS, "kidnapper"),
    ("The army and Fano militiamen clashed near Gondar.", "Military Forces of Ethiopia", "Fano"),
    ("A suicide bomber killed 12 soldiers at a base in Mogadishu.", None,
     "Military Forces of Somalia"),
    ("Authorities imposed a curfew on the town of Jos.", None, "Jos"),
    pytest.param("Syrian government forces shelled rebel positions in Idlib.",
                 "Military Forces of Syria", "rebel",
                 marks=xfail("unattributed rebels are coded Unidentified Armed Group (Syria); the "
                             "demonym table's rebels actor is not used for them, since for other "
                             "countries it names one group (Taliban, al-Shabaab)")),
    ("Police arrested the opposition leader in Kampala.", "Police Forces of Uganda", "leader"),
    ("Pakistani troops killed five TTP militants in North Waziristan.",
     "Military Forces of Pakistan", "TTP"),
]


# A third set on whom events are aimed at (actor2: PLOVER's target), run once before the rules
# it led to (a protest against "the government" is against the government, a people who
# demonstrate are protesters, a thing "of" people is theirs, groups ACLED lists by name).
TARGET_PROBES: list[Any] = [
    ("Thousands of Serbs protested against the government in Belgrade.", PROTESTERS,
     "Government of Serbia"),
    ("Opposition supporters marched in Caracas to demand the resignation of President Maduro.",
     PROTESTERS, "Maduro"),
    ("Egyptian police arrested 40 members of the Muslim Brotherhood in Cairo.",
     "Police Forces of Egypt", "Muslim Brotherhood"),
    ("A senior Hamas commander was killed in an Israeli airstrike in Gaza.",
     "Military Forces of Israel", "Hamas"),
    ("Suspected Boko Haram militants abducted 12 girls from a school in Yobe.", "Boko Haram",
     "Civilians (Nigeria)"),  # evwire: girls are civilians, as ACLED codes abducted pupils
    ("Russian artillery shelled Ukrainian positions near Bakhmut.", "Military Forces of Russia",
     "Military Forces of Ukraine"),
    pytest.param("Islamic State claimed an attack on a Shia mosque in Kunduz that killed 50 "
                 "people.", "Islamic State", CIVILIANS,
                 marks=xfail("actor2 is the community named on the mosque ('Shia'); no rule "
                             "reads the people killed at a civilian site as Civilians")),
    ("Turkish forces bombed Kurdish militants in northern Syria.", "Military Forces of Turkey",
     None),
    ("The army detained three journalists working for Al Jazeera in Khartoum.",
     "Military Forces of Sudan", "journalists"),
    ("Indian troops killed three Hizbul Mujahideen militants in Kashmir.",
     "Military Forces of India", "Hizbul"),
    ("Police in Kenya shot dead a robbery suspect in Nairobi.", "Police Forces of Kenya",
     "suspect"),
    ("Militiamen burned the homes of Tutsi families in South Kivu.", "Unidentified Armed Group",
     "Tutsi"),
    ("Ugandan troops attacked ADF camps in eastern Congo.", "Military Forces of Uganda", "ADF"),
    # the article's focus is the United States (from "US embassy"); the crowd is named for
    # where it acted
    ("Protesters stormed the US embassy in Baghdad.", "Rioters (Iraq)", None),
]


# A fourth set, run once before any rule was changed for it: protests under police watch, and
# abductions around protests and moves of troops.
ROUND5_ACTOR_PROBES: list[Any] = [
    ("Police watched as protesters marched through the centre of Nairobi.", PROTESTERS, None),
    ("Families of abducted students staged a protest in Kaduna.", PROTESTERS, None),
    ("Gunmen kidnapped five protesters on their way home from a rally in Baghdad.",
     "Unidentified Armed Group", PROTESTERS),
    ("The Ethiopian army sent reinforcements to Mekele.", "Military Forces of Ethiopia", None),
    ("Bandits abducted 12 passengers on the Abuja-Kaduna highway.", None, CIVILIANS),
    ("Riot police stood by as students protested outside parliament in Kampala.", PROTESTERS,
     None),
]


# A fifth set, run once before any rule was changed for it (8 of 14 passed, then 13 of 22 with
# the second half): foreign and multinational forces named by a people's adjective or an
# organisation ("NATO forces", "Chinese military aircraft" entering another state's zone), noun
# triggers as subjects ("Israeli strikes killed"), aircraft shot down, forces firing on crowds.
ROUND6_ACTOR_PROBES: list[Any] = [
    ("Rebels shot down a government helicopter near Idlib.", None, '[state forces]'),
    ("Israeli strikes killed 12 civilians in Gaza.", 'Israel', '[civilians]'),
    ("NATO forces killed three Taliban fighters in Helmand.", 'NATO', 'Taliban'),
    ("Chinese military aircraft entered Taiwan's air defence zone.", 'China', None),
    ("Turkish drones struck PKK positions in northern Iraq.", 'Turkey', 'PKK'),
    ("US forces killed an Islamic State leader in a raid in Syria.",
     'United States', 'Islamic State'),
    ("French troops killed 20 jihadists in central Mali.", 'France', None),
    ("Hezbollah fired rockets at northern Israel.", 'Hezbollah', None),
    ("Ethiopian troops were ambushed by al-Shabaab fighters in Bakool.", 'Shabaab', 'Ethiopia'),
    ("Russian strikes hit a hospital in Mariupol.", 'Russia', None),
    ("Pakistani troops killed five militants in North Waziristan.", 'Pakistan', None),
    ("Police arrested three suspected militants in Mombasa.", 'Police Forces of Kenya', None),
    ("Ukrainian forces shot down a Russian helicopter near Kherson.", 'Ukraine', 'Russia'),
    ("Rwandan troops clashed with M23 rebels near Goma.", 'Rwanda', 'M23'),
    ("Israeli warplanes struck Hamas positions in Gaza overnight.", 'Israel', 'Hamas'),
    ("Saudi-led coalition jets bombed a Houthi camp near Saada.", 'Saudi', None),
    ("NATO aircraft bombed Taliban positions in Kandahar.", 'NATO', 'Taliban'),
    ("Security forces killed at least 18 people on Sunday as they fired on crowds protesting "
     "against the coup in Yangon.", 'Myanmar', None),
    pytest.param("Iranian forces seized a British oil tanker in the Strait of Hormuz.",
                 'Iran', None,
                 marks=xfail("no frame for seizing a ship: whether ACLED codes it (and as what) "
                             "depends on the ship")),
    ("Kenyan police shot dead two protesters in Kisumu.", 'Police Forces of Kenya', '[protesters]'),
    ("Indian troops killed three militants in Kashmir, police said.", 'India', None),
    ("Hamas fired more than 100 rockets into southern Israel overnight.", 'Hamas', None),
]

# Round 7: officials named as "authorities" are their state's government (its police when they
# arrest, as ACLED codes arrests); warships and aircraft are the forces their adjective names.
# Written with the rules of this round: 2 of 6 passed before them (both arrests, by the
# arresting-police default); the curfews and warships had no actor1.
ROUND7_ACTOR_PROBES: list[Any] = [
    ("Nigerian authorities imposed a curfew on Jos after clashes between rival groups.",
     "Government of Nigeria", None),
    ("Pakistani authorities declared a curfew in Peshawar on Friday.", "Government of Pakistan",
     None),
    ("Ugandan authorities detained a prominent opposition activist in Kampala.",
     "Police Forces of Uganda", None),
    ("Authorities in Kampala arrested an opposition leader on Tuesday.", "Police Forces of Uganda",
     None),
    ("Russian warships fired cruise missiles at the port of Odesa.", "Military Forces of Russia",
     None),
    ("French warships launched war games in the Mediterranean Sea.", "Military Forces of France",
     None),
    # the fire opened is how, not whom: the purpose clause or the aim names the target (written
    # before the rule: it failed, actor2 was none)
    ("Egyptian police opened fire to disperse Islamist demonstrators in Cairo, killing one.",
     "Police Forces of Egypt", PROTESTERS),
    ("Soldiers opened fire on protesters outside the palace in Conakry.",
     "Military Forces of Guinea", PROTESTERS),
]


# Round 8: officers by rank, and a weapon as the agent of a passive ("wounded by a shell"): the
# wounded or killed are actor2, the attackers named after the weapon actor1 (written after the
# reference sample's "a Russian lieutenant-general ... was fatally wounded by an exploding shell
# in a sudden mortar attack by IS terrorists" had no actor2; written with the rules they test:
# 6 of 7 pass, 1 of them without the rules)
ROUND8_ACTOR_PROBES: list[Any] = [
    ("A Russian lieutenant-general was fatally wounded by an exploding shell in a mortar attack "
     "by IS fighters near Deir ez-Zor.", "Islamic State", "Military Forces of Russia"),
    ("Two Iraqi officers were killed by a roadside bomb near Kirkuk.", None,
     "Military Forces of Iraq"),
    pytest.param("A Turkish colonel was wounded by sniper fire in Afrin.", None,
                 "Military Forces of Turkey",
                 marks=xfail("no event: 'sniper fire' is no trigger and 'wounded' alone names no "
                             "act (the wounded evacuated or treated are told by it too)")),
    ("Ukrainian forces killed a Russian general in a missile strike on a command post.",
     "Military Forces of Ukraine", "Military Forces of Russia"),
    ("A Nigerian brigadier general was killed by Boko Haram fighters in Borno.", "Boko Haram",
     "Military Forces of Nigeria"),
    ("Three civilians were killed by an air strike in Idlib.", None, CIVILIANS),
    ("Four policemen were wounded by a grenade thrown at their patrol in Srinagar.", None, STATE),
]


def who(mention: ActorMention | None) -> str:
    return f"{mention.actor.name} [{mention.actor.type}]".lower() if mention else "-"


def main_actors(pipeline: Any, text: str) -> tuple[str, str]:
    analysis = pipeline.analyze(Article(text=text, origin="test", published=date(2021, 6, 10)))
    main = main_event(analysis.events)
    assert main is not None, text
    return who(main.actor1), who(main.actor2)


@pytest.mark.parametrize(("text", "actor1", "actor2"), ACTOR_PROBES + HELD_OUT_ACTOR_PROBES
                         + TARGET_PROBES + ROUND5_ACTOR_PROBES
                         + ROUND6_ACTOR_PROBES + ROUND7_ACTOR_PROBES
                         + ROUND8_ACTOR_PROBES)
def test_actor_probe(pipeline: Any, text: str, actor1: str | None, actor2: str | None) -> None:
    found1, found2 = main_actors(pipeline, text)
    assert actor1 is None or actor1.lower() in found1, (found1, found2)
    assert actor2 is None or actor2.lower() in found2, (found1, found2)
