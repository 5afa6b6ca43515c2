"""Toponym probes of wire copy from other wars (plwire round): places the recogniser dropped
or misplaced in conflict copy.

Passages written for sitrep (invented wire-style conflict news), not taken from any corpus.
Each row names a phrase that must come out as a toponym, the country (ISO code) it must
resolve to and the place's name in the gazetteer (compared normalized).
"""

from __future__ import annotations

from typing import Any

import pytest

from stages import assert_resolved, toponyms_in

PROBES: list[Any] = [
    # gazetteer gaps: curated rows and news spellings (knowledge/places.tsv)
    ("Al-Shabab fighters overran an army outpost in Lower Shabelle on Monday, officials said.",
     "Lower Shabelle", "SO", "Shabeellaha Hoose"),
    ("Troops backed by clan militias pushed into Middle Shabelle after weeks of fighting.",
     "Middle Shabelle", "SO", "Shabeellaha Dhexe"),
    ("Militants stormed a police post in Harardhere overnight, killing three officers.",
     "Harardhere", "SO", "Xarardheere"),
    ("Gunmen opened fire inside Kalma camp in South Darfur, killing four displaced people.",
     "Kalma", "SD", "Kalma camp"),  # the span leaves out "camp", as for "Idlib province"
    ("Suspected ADF fighters killed nine traders in Kasindi, near the Ugandan border.",
     "Kasindi", "CD", "Kasindi"),
    ("M23 fighters took control of Rubaya, a coltan mining town, after two days of clashes.",
     "Rubaya", "CD", "Rubaya"),
]


@pytest.mark.parametrize(("text", "name", "country", "place_name"), PROBES)
def test_plwire_probe(
    nlp: Any, gazetteer: Any, text: str, name: str, country: str, place_name: str
) -> None:
    assert_resolved(nlp, gazetteer, text, name, country, place_name)


CHOICE_PROBES: list[Any] = [
    # "Congo" alone is the DRC in wire copy; its neighbour is named in full
    ("Rebels attacked an army base in Eastern Congo on Monday, killing 10 soldiers.",
     "Congo", "CD", "Democratic Republic of the Congo"),
    ("Fighting in eastern Congo has driven a million people from their homes.",
     "Congo", "CD", "Democratic Republic of the Congo"),
    ("Troops from the Republic of Congo crossed the river from Brazzaville.",
     "Republic of Congo", "CG", "Republic of the Congo"),
    # "the X region": the region, not a namesake town across the border
    ("Russian forces shelled towns in the Donetsk region on Tuesday, killing two civilians.",
     "Donetsk", "UA", "Donetsk Oblast"),
    ("Gunmen killed 30 villagers in Kaduna state, police said.",
     "Kaduna", "NG", "Kaduna"),
]


@pytest.mark.parametrize(("text", "name", "country", "place_name"), CHOICE_PROBES)
def test_plwire_choice(
    nlp: Any, gazetteer: Any, text: str, name: str, country: str, place_name: str
) -> None:
    test_plwire_probe(nlp, gazetteer, text, name, country, place_name)


RECOGNITION_PROBES: list[Any] = [
    # a division the text calls one, though NER reads an organisation or a people
    ("The army bombed a village in Kachin State on Friday, killing nine people.",
     "Kachin State", "MM", "Kachin"),
    ("ADF fighters killed 20 villagers in Ituri province on Sunday, the army said.",
     "Ituri province", "CD", "Ituri"),
    # a day word after the name is no noun the name qualifies ("Syrian artillery")
    ("Fighting raged in Omdurman yesterday as the army struck RSF positions.",
     "Omdurman", "SD", "Omdurman"),
]


@pytest.mark.parametrize(("text", "name", "country", "place_name"), RECOGNITION_PROBES)
def test_plwire_recognition(
    nlp: Any, gazetteer: Any, text: str, name: str, country: str, place_name: str
) -> None:
    test_plwire_probe(nlp, gazetteer, text, name, country, place_name)


def test_a_college_team_is_no_region(nlp: Any, gazetteer: Any) -> None:
    found = toponyms_in(nlp, gazetteer, "Ohio State beat Michigan on Saturday.")
    assert "Ohio State" not in found


def test_an_agency_dateline_names_its_town(nlp: Any, gazetteer: Any) -> None:
    text = "KYIV (AP) — Russian missiles struck a residential building, killing five people."
    found = toponyms_in(nlp, gazetteer, text)
    assert "KYIV" in found, sorted(found)
    place = found["KYIV"].place
    assert place is not None and (place.country, place.name) == ("UA", "Kyiv")
