"""Whose voice an outlet is: the shipped table of owners and state media named by their words."""

from __future__ import annotations

import pytest

from sitrep.affiliations import Affiliations, load_affiliations, voice


@pytest.mark.parametrize(("name", "expected"), [
    ("SANA", "state:SY"),
    ("the Syrian Arab News Agency", "state:SY"),
    ("RT", "state:RU"),
    ("TASS", "state:RU"),
    ("Al-Masirah", "party:Houthis"),
    ("Amaq", "party:Islamic State"),
    ("Syrian state media", "state:SY"),
    ("Russia's state television", "state:RU"),
    ("Iranian state-run media", "state:IR"),
    ("Reuters", None),
    ("Free Idlib Voice", None),
    ("Al Jazeera", None),
])
def test_voice_of_an_outlet(name: str, expected: str | None) -> None:
    assert voice(name) == expected


def test_state_media_unnamed_is_the_events_countrys() -> None:
    assert voice("Regime media", country="SY") == "state:SY"
    assert voice("state media") is None  # no state named, no country given
    assert voice("Russian state media", country="SY") == "state:RU"  # the words name it


def test_every_row_names_one_owner() -> None:
    table = load_affiliations()
    assert isinstance(table, Affiliations)
    assert all(v.startswith(("state:", "party:")) and v.split(":", 1)[1]
               for v in table.outlets.values())
    assert table.states["syrian"] == "SY"
