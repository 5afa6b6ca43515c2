"""Toponym probes of wire copy from other wars (plwire round): places the recogniser dropped
or misplaced in conflict copy.

Passages written for sitrep (invented wire-style conflict news), not taken from any corpus.
Each row names a phrase that must come out as a toponym, the country (ISO code) it must
resolve to and the place's name in the gazetteer (compared normalized).
"""

from __future__ import annotations

from typing import Any

import pytest

from sitrep.gazetteer import normalize
from stages import toponyms_in

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
    found = toponyms_in(nlp, gazetteer, text)
    assert name in found, f"{name!r} not found; got {sorted(found)}"
    place = found[name].place
    assert place is not None, f"{name!r} unresolved"
    assert (place.country, normalize(place.name)) == (country, normalize(place_name)), (
        f"{name!r} resolved to {place.name}, {place.country}"
    )

