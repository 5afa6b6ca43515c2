"""Wire-copy probes of other wars, second pass (evwire2, issue 3): event records an ACLED coder
would sign, on reports written for this round (sitrep's own sentences, wire-agency register)
about Sudan, Kashmir, Lebanon, the Caucasus, the DRC, Somalia, the Sahel, Yemen, Gaza, Myanmar,
Nigeria, Pakistan, Georgia, Colombia and Mozambique. Each probe checks the event's type, actor1
(who acts), actor2 (who is acted on) and fatalities.
"""

from __future__ import annotations

from typing import Any

import pytest

from stages import main_in, xfail

NONE = "-"  # no actor expected


def name(mention: Any) -> str:
    return NONE if mention is None else mention.actor.name


# text, sub-event type, actor1, actor2, fatalities (None: not told)
PROBES = [
    # fire traded or exchanged is two sides firing: an armed clash whatever the weapon
    # (ACLED's shelling is one-sided remote violence)
    ("The RSF and the army traded artillery fire in Khartoum on Tuesday.", "Armed clash",
     "RSF: Rapid Support Forces", "Military Forces of Sudan", None),
    ("Indian and Pakistani troops exchanged mortar fire across the Line of Control on Sunday.",
     "Armed clash", "Military Forces of India", "Military Forces of Pakistan", None),
    ("Israeli forces and Hezbollah traded rocket and artillery fire across the border.",
     "Armed clash", "Military Forces of Israel", "Hezbollah", None),
    # the dead named as the craft's own ("its crew of three", "its two pilots"); a military
    # craft is the forces of the state it is shot down in
    ("Rebels shot down a military helicopter near Bunia, killing its crew of three.",
     "Armed clash", "Unidentified Armed Group (Democratic Republic of Congo)",
     "Military Forces of Democratic Republic of Congo", 3),
    ("Rebels shot down a Sudanese army warplane over Nyala, killing its two pilots.",
     "Armed clash", "Unidentified Armed Group (Sudan)", "Military Forces of Sudan", 2),
    # a force's arrests at a riot: ACLED codes the riot, its rioters actor1 and the force that
    # intervenes actor2
    ("Police in Nairobi arrested 15 supporters after protests turned violent.",
     "Violent demonstration", "Rioters (Kenya)", "Police Forces of Kenya", None),
    ("Police arrested 40 people during a riot in Conakry on Thursday.",
     "Violent demonstration", "Rioters (Guinea)", "Police Forces of Guinea", None),
    # the specialists who clear bombs and mines are a state's forces: sappers and army engineers
    # its military, bomb squads and bomb disposal experts its police
    ("Bomb disposal experts defused a device near the market in Quetta, police said.",
     "Disrupted weapons use", "Police Forces of Pakistan", NONE, None),
    ("A bomb squad defused an explosive device outside a school in Peshawar.",
     "Disrupted weapons use", "Police Forces of Pakistan", NONE, None),
    ("Sappers cleared mines from the road to Kherson.", "Disrupted weapons use",
     "Military Forces of Ukraine", NONE, None),
    # a foreign state's forces taking a place in another state overtake it (ACLED Codebook:
    # a non-state or foreign state actor captures territory); a government regains territory
    # in its own country
    ("Russian forces captured the village of Klishchiivka near Bakhmut.",
     "Non-state actor overtakes territory", "Military Forces of Russia", "Klishchiivka", None),
    # Kurdish fighters in Afrin (Syria) are the YPG: the story's country is the place's, not
    # the nationality word's (since the plfix round)
    ("Turkish forces seized the town of Afrin from Kurdish fighters.",
     "Non-state actor overtakes territory", "Military Forces of Turkey",
     "YPG: People's Protection Units", None),
    ("Ukrainian forces recaptured the village of Klishchiivka near Bakhmut.",
     "Government regains territory", "Military Forces of Ukraine", "Klishchiivka", None),
    ("The Syrian army recaptured Palmyra from Islamic State.", "Government regains territory",
     "Military Forces of Syria", "Islamic State (Syria)", None),
    # former soldiers acted on are no longer a force: civilians of their country
    ("Taliban fighters executed three former soldiers in Panjshir province.", "Attack",
     "Taliban", "Civilians (Afghanistan)", 3),
    pytest.param("Gunmen killed a retired police officer in Peshawar.", "Attack",
                 "Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)", 1,
                 marks=xfail("the force's span leaves out 'retired', and the sub-type is "
                             "decided as a clash before the sides are read")),
    # regressions of shapes that already read right
    ("Al-Shabaab fighters ambushed a Somali army convoy near Afgoye, killing five soldiers.",
     "Armed clash", "al-Shabaab", "Military Forces of Somalia", 5),
    ("JNIM militants attacked a military post in Djibo, killing 17 soldiers.", "Armed clash",
     "JNIM: Group for Support of Islam and Muslims", "Military Forces of Burkina Faso", 17),
    ("Houthi forces fired a ballistic missile at Marib city, killing three civilians.",
     "Shelling/artillery/missile attack", "Houthis / Ansar Allah", "Civilians (Yemen)", 3),
    ("Police fired tear gas at protesters in Dhaka on Saturday.", "Protest with intervention",
     "Police Forces of Bangladesh", "Protesters (Bangladesh)", None),
    ("Myanmar troops torched dozens of homes in a village in Magway region.",
     "Looting/property destruction", "Military Forces of Myanmar", "Civilians (Myanmar)", None),
    ("M23 rebels seized the town of Bunagana on the Ugandan border.",
     "Non-state actor overtakes territory", "M23: March 23 Movement", "Bunagana", None),
    ("A roadside bomb killed four policemen in Kech district of Balochistan.",
     "Remote explosive/landmine/IED", "Unidentified Armed Group (Pakistan)",
     "Police Forces of Pakistan", 4),
    ("Thousands of protesters marched in Tbilisi against the foreign agents law.",
     "Peaceful protest", "Protesters (Georgia)", NONE, None),
    ("The Colombian army killed six FARC dissidents in a bombing raid in Guaviare.",
     "Air/drone strike", "Military Forces of Colombia",
     "FARC: Revolutionary Armed Forces of Colombia", 6),
    ("Islamic State militants beheaded two Christian villagers in Cabo Delgado.", "Attack",
     "Islamic State (Mozambique)", "Civilians (Mozambique)", 2),
    ("Militants attacked a military base in Menaka.", "Armed clash",
     "Unidentified Armed Group (Mali)", "Military Forces of Mali", None),
    # the members of a family killed, students and kin abducted: unarmed people, civilians of
    # the country; a killing and an abduction told together keep the victims and the toll
    ("Israeli warplanes struck a house in Rafah, killing eight members of one family.",
     "Air/drone strike", "Military Forces of Israel", "Civilians (Palestine)", 8),
    ("Gunmen abducted 20 students from a school in Kaduna state.",
     "Abduction/forced disappearance", "Unidentified Armed Group (Nigeria)",
     "Civilians (Nigeria)", None),
    ("Gunmen killed a village chief and kidnapped his wife in Zamfara state.",
     "Abduction/forced disappearance", "Unidentified Armed Group (Nigeria)",
     "Civilians (Nigeria)", 1),
    ("Boko Haram fighters killed a farmer and abducted his two daughters near Maiduguri.",
     "Abduction/forced disappearance", "Boko Haram", "Civilians (Nigeria)", 1),
    # the sides of "an exchange of fire between X and Y": each people's forces
    ("An exchange of artillery fire between Armenian and Azerbaijani forces killed two "
     "soldiers.", "Armed clash", "Military Forces of Armenia", "Military Forces of Azerbaijan", 2),
    ("An exchange of fire between Indian and Pakistani troops was reported on Monday.",
     "Armed clash", "Military Forces of India", "Military Forces of Pakistan", None),
]


@pytest.mark.parametrize(("text", "sub", "actor1", "actor2", "fatalities"), PROBES)
def test_wire_record(pipeline: Any, text: str, sub: str, actor1: str, actor2: str,
                     fatalities: int | None) -> None:
    event = main_in(pipeline, text)
    got = (event.sub_event_type, name(event.actor1), name(event.actor2),
           event.fatalities)
    assert got == (sub, actor1, actor2, fatalities)
