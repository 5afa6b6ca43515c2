"""A people's word after a comma is no container (places in war copy). News writes a town's
region or country after a comma ("Paris, Texas", "Palma, Mozambique"), and sitrep reads it so;
"In the occupied city of Donetsk, Russian-installed officials accused …" had Donetsk read as
the town of Rostov region in Russia in a story set in Ukraine, because "Russian" came after the
comma (the first probe failed before; the others are controls). A country's name there still
places the town. The sentences are ours."""

from __future__ import annotations

from typing import Any

import pytest

from stages import toponyms_in

PROBES = [
    ("Ukraine's air force said it shot down 20 drones overnight. In the occupied city of "
     "Donetsk, Russian-installed officials accused Ukrainian forces of shelling a market.",
     "Donetsk", "UA"),
    ("In Kherson, Russian troops shelled a bus station on Tuesday.", "Kherson", "UA"),
    # controls: a region or country after the comma places the town
    ("Floods cut roads around Donetsk, Russia, on Tuesday.", "Donetsk", "RU"),
]


@pytest.mark.parametrize(("text", "name", "country"), PROBES)
def test_town_before_a_comma(nlp: Any, gazetteer: Any, text: str, name: str, country: str
                             ) -> None:
    found = toponyms_in(nlp, gazetteer, text)
    assert name in found and found[name].place is not None, sorted(found)
    assert found[name].place.country == country
