"""Toponym probes of today's conflicts (plfix3 round): towns of Sudan, the Sahel, Myanmar,
Yemen, Gaza, Ukraine, the DRC, Ethiopia, Haiti, Lebanon and Syria in the constructions of
war copy ("the outskirts of X", "the road between A and B", "the X front", "X-based",
"X governorate", headlines and datelines), and an ambiguous name ("Palmyra") in a story
whose named countries tie.

Sentences written for this test, none copied from gold data. Each row names a phrase that
must come out as a toponym, the country (ISO code) it must resolve to and the place's name
in the gazetteer (compared normalized).
"""

from __future__ import annotations

from typing import Any

import pytest

from stages import assert_resolved, xfail

_HIT = "'hit' and 'attacked' are no place cues (they take people as often as places)"
_LEFT = "'left' is no place cue (it leaves people dead as often as it leaves towns)"

PROBES: list[Any] = [
    # Sudan
    ("The RSF tightened its siege of El Fasher, where hundreds of thousands are trapped.",
     "El Fasher", "SD", "El Fasher"),
    ("Artillery fire hit a market in Omdurman on Saturday, killing 15 people.",
     "Omdurman", "SD", "Omdurman"),
    ("The paramilitary force captured Wad Madani, the capital of Gezira state, in December.",
     "Wad Madani", "SD", "Wad Medani"),
    ("Clashes broke out in Nyala, the capital of South Darfur, on Thursday.",
     "Nyala", "SD", "Nyala"),
    ("The RSF attacked the Zamzam camp on the outskirts of El Fasher.",
     "El Fasher", "SD", "El Fasher"),
    pytest.param("Fighters advanced along the road between Wad Madani and Sennar.",
                 "Sennar", "SD", "Sennar", marks=xfail(
                     "NER reads both a person, and 'between' cues only the first name: "
                     "letting it cue a name after a two-word one (a between-only rule) found "
                     "one more held-out LGL place, resolved wrongly (odd Acc@161 0.8804 -> "
                     "0.8800), so it was dropped")),
    ("Masalit civilians fled El Geneina for Chad after days of killings.",
     "El Geneina", "SD", "Al-Junaynah"),
    ("Masalit civilians fled El Geneina for Chad after days of killings.",
     "Chad", "TD", "Chad"),
    ("Refugees crossed from El Geneina to Adre in Chad.",
     "El Geneina", "SD", "Al-Junaynah"),
    ("An RSF drone struck a power station in Gezira state.", "Gezira", "SD", "Gezira"),
    ("Gunmen killed five people in North Darfur state, a monitor said.",
     "North Darfur", "SD", "North Darfur"),
    ("KHARTOUM (Reuters) - Air strikes hit the outskirts of the capital on Monday.",
     "KHARTOUM", "SD", "Khartoum"),
    # a headline over a dateline: headlines tell in the present ("Army retakes X")
    ("Sudan army retakes Wad Madani from RSF\n\nPORT SUDAN (Reuters) - The army said it "
     "had retaken the city.", "Wad Madani", "SD", "Wad Medani"),
    # the Sahel
    ("Jihadists attacked an army camp near Menaka, killing several soldiers.",
     "Menaka", "ML", "Ménaka"),
    ("The army pounded Djibo with artillery.", "Djibo", "BF", "Djibo"),
    ("Gunmen killed 12 villagers in the Tillaberi region on Tuesday.",
     "Tillaberi", "NE", "Tillabéri"),
    ("Malian troops and Wagner fighters entered Kidal in November.", "Kidal", "ML", "Kidal"),
    ("The Menaka-based militia said it had repelled the attack.", "Menaka", "ML", "Ménaka"),
    ("Gunmen attacked a convoy on the road between Gao and Menaka.", "Gao", "ML", "Gao"),
    ("Rebels attacked a base 40 kilometres south of Menaka.", "Menaka", "ML", "Ménaka"),
    # Myanmar
    ("Rebels of the MNDAA captured Lashio, the largest town in northern Shan State.",
     "Lashio", "MM", "Lashio"),
    ("Fighting around Myawaddy on the Thai border forced traders to flee.",
     "Myawaddy", "MM", "Myawaddy"),
    ("The Sittwe-based Arakan Army commander declined to comment.",
     "Sittwe", "MM", "Sittwe"),
    ("SITTWE, Myanmar (Reuters) - Fighting closed the port.", "SITTWE", "MM", "Sittwe"),
    # Yemen
    ("Houthi forces launched a new offensive on Marib, the government's last northern "
     "stronghold.", "Marib", "YE", "Ma'rib"),
    ("Airstrikes hit the port of Hodeidah on the Red Sea coast.",
     "Hodeidah", "YE", "Al Hudaydah"),
    ("Houthi forces shelled government positions in Taiz governorate.",
     "Taiz governorate", "YE", "Taiz Governorate"),
    ("TAIZ, Yemen (AP) - Shelling killed four children on Saturday.", "TAIZ", "YE", "Taiz"),
    # Gaza
    ("Israeli tanks pushed into Khan Younis on Tuesday.", "Khan Younis", "PS", "Khan Yunis"),
    ("Airstrikes flattened buildings in Jabalia refugee camp overnight.",
     "Jabalia", "PS", "Jabalya"),
    ("A strike on a school in Nuseirat killed at least 30 people, medics said.",
     "Nuseirat", "PS", "An Nusayrat"),
    ("KHAN YOUNIS, Gaza Strip (AP) - Families fled on foot.",
     "KHAN YOUNIS", "PS", "Khan Yunis"),
    ("Israeli strikes pound Rafah as talks stall\n\nGAZA (AP) - Strikes hit the city "
     "overnight.", "Rafah", "PS", "Rafah"),
    # Ukraine
    ("Russian forces captured Avdiivka after months of fighting.",
     "Avdiivka", "UA", "Avdiyivka"),
    ("Ukraine withdrew its troops from Vuhledar, a hilltop town in the south of Donetsk "
     "region.", "Vuhledar", "UA", "Vuhledar"),
    ("Ukrainian troops advanced near Robotyne in the Zaporizhzhia region.",
     "Robotyne", "UA", "Robotyne"),
    ("Fighting intensified on the Pokrovsk front, the general staff said.",
     "Pokrovsk", "UA", "Pokrovsk"),
    ("Russian forces pressed their assault on the Kupiansk front.",
     "Kupiansk", "UA", "Kupyansk"),
    ("The battle for Avdiivka ended in February.", "Avdiivka", "UA", "Avdiyivka"),
    # a state named acting ("Russia's troops") is half a vote, like "Russian troops"
    ("Russia's troops pressed toward Pokrovsk, a logistics hub in Donetsk.",
     "Pokrovsk", "UA", "Pokrovsk"),
    # DRC
    ("Shells landed in Sake, a town 25 km west of Goma.", "Sake", "CD", "Sake"),
    ("The rebels seized Rutshuru and the road north to Uganda.",
     "Rutshuru", "CD", "Rutshuru"),
    ("GOMA, Congo (Reuters) - Rebels advanced on the city on Tuesday.", "GOMA", "CD", "Goma"),
    # Ethiopia, Haiti, Lebanon
    ("Fano militiamen briefly took control of Bahir Dar in August.",
     "Bahir Dar", "ET", "Bahir Dar"),
    ("Fano fighters entered Lalibela, home to rock-hewn churches.",
     "Lalibela", "ET", "Lalibela"),
    ("Gang members burned houses in Croix-des-Bouquets, east of the capital.",
     "Croix-des-Bouquets", "HT", "Croix-des-Bouquets"),
    # a hyphenated dateline in capitals: "AU" and "ZOR" are no acronyms there
    ("PORT-AU-PRINCE, Haiti (AP) - Gunfire echoed across the capital on Sunday.",
     "PORT-AU-PRINCE", "HT", "Port-au-Prince"),
    ("Hezbollah fighters clashed with Israeli troops near Bint Jbeil.",
     "Bint Jbeil", "LB", "Bent Jbail"),
    # Syria
    ("DEIR EZ-ZOR, Syria (AP) - Clashes continued on Monday.",
     "DEIR EZ-ZOR", "SY", "Deir ez-Zor"),
    ("Turkish-backed fighters shelled Manbij on Sunday.", "Manbij", "SY", "Manbij"),
    ("Kurdish forces withdrew from Tal Rifaat, north of Aleppo.",
     "Tal Rifaat", "SY", "Tall Rif'at"),
    ("The Idlib-based group denied the charge.", "Idlib", "SY", "Idlib"),
    # Somalia: a news spelling the gazetteer lacked (knowledge/places.tsv)
    ("Somali troops withdrew from Bulo Burde in the Hiran region.",
     "Bulo Burde", "SO", "Buulobarde"),
    ("Fighters shelled Bulo Burde from the north, Somali officials said.",
     "Bulo Burde", "SO", "Buulobarde"),
    pytest.param("al-Shabaab fighters attacked Bulo Burde before dawn, residents said.",
                 "Bulo Burde", "SO", "Buulobarde", marks=xfail(
                     f"NER reads a person, and {_HIT}")),
    # places NER reads as no place, after verbs that are no cue
    pytest.param("Drone strikes hit Al-Bukamal near the Iraqi border.",
                 "Al-Bukamal", "SY", "Albu Kamal", marks=xfail(f"NER reads an ORG, and {_HIT}")),
    pytest.param("Soldiers left Vuhledar under heavy fire.", "Vuhledar", "UA", "Vuhledar",
                 marks=xfail(f"NER reads a product, and {_LEFT}")),
]


@pytest.mark.parametrize(("text", "name", "country", "place_name"), PROBES)
def test_plfix3_probe(
    nlp: Any, gazetteer: Any, text: str, name: str, country: str, place_name: str
) -> None:
    assert_resolved(nlp, gazetteer, text, name, country, place_name)


# An ambiguous name in a story whose countries tie: "Palmyra" is the own name of American
# towns and only an alternate one of the Syrian Tadmur, so where the countries tied for the
# story's focus are Russia and Syria, the one that has a Palmyra is the story's for it.
PALMYRA: list[Any] = [
    "Russian and Syrian troops advanced on Palmyra.",
    "Iranian militias and Syrian troops retook Palmyra on Sunday.",
    # "Russia said": the state speaking is half a vote, like the Syrian word, and they tie
    "Syrian troops retook Palmyra. Russia said its jets had helped.",
    # controls: the Syrians alone, and the Syrians with their allies' jets
    "Syrian troops recaptured Palmyra from Islamic State.",
    "Syrian troops retook Palmyra, the Russian defence ministry said.",
    pytest.param("Russian jets bombed Palmyra, the Syrian Observatory said.", marks=xfail(
        "no country is named but Russia: NER reads 'the Syrian Observatory' as a GPE whole, "
        "so its nationality word is no mention")),
    pytest.param("American officials said Syrian troops had retaken Palmyra.", marks=xfail(
        "the American and the Syrian word tie for the story's country, and the US has "
        "Palmyras: the first named wins the tie")),
]


@pytest.mark.parametrize("text", PALMYRA)
def test_palmyra_beside_its_country(nlp: Any, gazetteer: Any, text: str) -> None:
    assert_resolved(nlp, gazetteer, text, "Palmyra", "SY", "Tadmur")
