"""Divisions named together by one plural word: "over the Mykolaiv, Odesa and Kherson oblasts",
"in the Kharkiv and Sumy oblasts", "the Idlib and Hama provinces". Each name in such a list is
the division (ADM1), as "Kharkiv Oblast" is; before this each was read as its capital city
(Mykolayiv, Kharkiv, Idlib), and an event there got geo_precision 1 instead of 3. The
sentences are ours; the controls keep towns listed before a singular division word ("Ariha
and Saraqib in Idlib province") and a plain list of cities as cities."""

from __future__ import annotations

from typing import Any

import pytest

from sitrep.gazetteer import normalize
from stages import toponyms_in

LISTED = [
    ("Air defences shot down drones over the Mykolaiv, Odesa and Kherson oblasts overnight.",
     {"Mykolaiv": "Mykolaiv Oblast", "Odesa": "Odesa Oblast", "Kherson": "Kherson Oblast"}),
    ("Russian troops shelled villages in the Kharkiv and Sumy oblasts on Tuesday.",
     {"Kharkiv": "Kharkiv Oblast", "Sumy": "Sumy Oblast"}),
    ("Government jets bombed towns in the Idlib and Hama provinces.",
     {"Idlib": "Idlib Governorate", "Hama": "Hama Governorate"}),
    # a story set in another region: no town of that region named like the division wins
    ("Fighting raged near Bakhmut in the Donetsk region. Air defences shot down drones over the "
     "Mykolaiv, Odesa and Kherson oblasts.", {"Mykolaiv": "Mykolaiv Oblast"}),
]

CONTROLS = [
    ("Government jets bombed Ariha and Saraqib in Idlib province.",
     {"Ariha": "PPL", "Saraqib": "PPL", "Idlib province": "ADM1"}),
    ("Drones struck Kharkiv, Zaporizhzhia and Kherson overnight.",
     {"Kharkiv": "PPLA", "Zaporizhzhia": "PPLA", "Kherson": "PPLA"}),
]


def resolved(nlp: Any, gazetteer: Any, text: str, names: dict[str, str], field: str
             ) -> dict[str, str | None]:
    """``field`` ("name" or "feature_code") of the place each of ``names`` resolves to."""
    found = toponyms_in(nlp, gazetteer, text)
    return {name: getattr(found[name].place, field)
            if name in found and found[name].place else None for name in names}


@pytest.mark.parametrize(("text", "wanted"), LISTED)
def test_each_name_of_a_division_list_is_the_division(nlp: Any, gazetteer: Any, text: str,
                                                        wanted: dict[str, str]) -> None:
    got = resolved(nlp, gazetteer, text, wanted, "name")
    assert {n: normalize(p or "") for n, p in got.items()} == {
        n: normalize(p) for n, p in wanted.items()}


@pytest.mark.parametrize(("text", "wanted"), CONTROLS)
def test_towns_and_cities_stay_places(nlp: Any, gazetteer: Any, text: str,
                                      wanted: dict[str, str]) -> None:
    assert resolved(nlp, gazetteer, text, wanted, "feature_code") == wanted
