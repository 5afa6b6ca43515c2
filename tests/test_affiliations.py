"""Whose voice an outlet is: the shipped table of owners and state media named by their words."""

from __future__ import annotations

import pytest

from sitrep.affiliations import Affiliations, load_affiliations, relayed_voice, voice


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


@pytest.mark.parametrize(("name", "source_type", "expected"), [
    ("Russian Ministry of Defense", "official", "state:RU"),
    ("Government of Russia", "official", "state:RU"),
    ("Russian military", "military", "state:RU"),
    ("Government of the United States", "official", "state:US"),
    ("Houthis", "armed group", "party:Houthis"),
    ("Walid Muallem", "official", "source:walid muallem"),
    ("Jordan Smith", "official", "source:jordan smith"),  # a person, not Jordan's voice
    ("Syrian Observatory for Human Rights", "monitor", "source:syrian observatory for human "
     "rights"),  # a monitor named after a country is no state's voice
    ("Government of Russia and Government of Syria", "official",
     "source:government of russia and government of syria"),
    ("Government forces", "military", None),  # a description, capitalised by its sentence
    ("defence ministry", "official", None),  # a ministry whose state the article left out
    ("local officials", "official", None),
    ("residents", "witness", None),
    ("Reuters", "media", None),  # relayed media are counted by their outlet (sitrep.link)
])
def test_relayed_voice_of_a_named_source(name: str, source_type: str,
                                         expected: str | None) -> None:
    assert relayed_voice(name, source_type) == expected
