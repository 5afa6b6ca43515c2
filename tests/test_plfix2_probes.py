"""Toponym probes of conflict wire copy (plfix2 round): names of armed groups that are no
places ("al-Shabaab", "Hezbollah", "M23"), a title word alone ("Sheikh") that is no place,
places after "above"/"below"/"beyond" ("in the hills above Bukavu"), and a city's district
named with the city's possessive ("Kherson's Dniprovskyi district").

Sentences written for this test, none copied from gold data.
"""

from __future__ import annotations

from typing import Any

import pytest

from stages import assert_not_a_place, assert_resolved, toponyms_in, xfail


@pytest.mark.parametrize(("text", "phrase"), [
    ("al-Shabaab fighters attacked Bulo Burde before dawn, residents said.", "al-Shabaab"),
    ("Al-Shabaab claimed the bombing of a hotel in the capital.", "Al-Shabaab"),
    ("Hezbollah fired rockets at a border town on Tuesday.", "Hezbollah"),
    ("Hamas said it had fired a barrage of rockets.", "Hamas"),
    ("Boko Haram gunmen stormed a school in the northeast.", "Boko Haram"),
    ("Fighters from al-Nusra overran an army post.", "al-Nusra"),
    ("Ansar Allah said its drones targeted a tanker.", "Ansar Allah"),
    ("M23 rebels advanced toward the town overnight.", "M23"),
    ("Wagner mercenaries were seen near the airport.", "Wagner"),
])
def test_an_armed_group_is_no_place(nlp: Any, gazetteer: Any, text: str, phrase: str) -> None:
    assert_not_a_place(nlp, gazetteer, text, phrase)


@pytest.mark.parametrize(("text", "phrase"), [
    ("Sheikh told reporters the talks had failed.", "Sheikh"),
    ("The statement was read by a Sheikh at the mosque.", "Sheikh"),
])
def test_a_title_alone_is_no_place(nlp: Any, gazetteer: Any, text: str, phrase: str) -> None:
    assert_not_a_place(nlp, gazetteer, text, phrase)


# "above/below/beyond" after a land feature is no place cue yet: the rule (terrain words in
# place_words.tsv, the report's patch) found a gold LGL town the gazetteer lacks, which lowered
# whole Acc@161 0.9015 -> 0.9012.
_NO_TERRAIN_CUE = "'above'/'below'/'beyond' after a land feature is no place cue yet"

PROBES: list[Any] = [
    pytest.param("Rebels dug in on the hills above Bukavu, a UN official said.",
                 "Bukavu", "CD", "Bukavu", marks=xfail(_NO_TERRAIN_CUE)),
    pytest.param("Shelling hit the valley below Goma on Sunday.",
                 "Goma", "CD", "Goma", marks=xfail(_NO_TERRAIN_CUE)),
    pytest.param("Syrian troops chased militants into the desert beyond Palmyra.",
                 "Palmyra", "SY", "Palmyra", marks=xfail(
                     "no place cue after 'beyond' (see above), and with one Palmyra resolves "
                     "to the US: the Syrian nationality word does not outvote the namesakes")),
    ("Shelling damaged homes in Kherson's Dniprovskyi district overnight.",
     "Kherson", "UA", "Kherson"),
    # control: a town named with no group stays a place
    ("Gunmen attacked a checkpoint in Mogadishu, police said.", "Mogadishu", "SO", "Mogadishu"),
]


@pytest.mark.parametrize(("text", "name", "country", "place_name"), PROBES)
def test_plfix2_probe(
    nlp: Any, gazetteer: Any, text: str, name: str, country: str, place_name: str
) -> None:
    assert_resolved(nlp, gazetteer, text, name, country, place_name)


@pytest.mark.parametrize(("text", "phrase"), [
    ("In Shabaab-held areas of the south, aid is scarce.", "Shabaab"),
    ("Fighters from Hamas and Hezbollah were seen in Gaza.", "Hamas"),
    ("Two civilians were killed in Sheikh, officials said.", "Sheikh"),
])
def test_no_place_after_a_cue(nlp: Any, gazetteer: Any, text: str, phrase: str) -> None:
    assert_not_a_place(nlp, gazetteer, text, phrase)


def test_a_city_district_is_no_body(nlp: Any, gazetteer: Any) -> None:
    found = toponyms_in(
        nlp, gazetteer, "Russian shelling hit Kherson's Dniprovskyi district, killing two.")
    assert "Kherson" in found
    assert found["Kherson"].source != "name", "Kherson read as part of an organisation's name"
