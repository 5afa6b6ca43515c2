"""Fatality counts of a sentence: ranges give their lower end, as ACLED codes them."""

from __future__ import annotations

import pytest

from sitrep.extract.fatalities import count_fatalities


@pytest.mark.parametrize(("text", "count"), [
    ("A drone strike killed somewhere between three and more than 20 people on Tuesday.", 3),
    ("Between 10 and 15 soldiers were killed in the ambush.", 10),
    ("The shelling killed two or three civilians.", 2),
    ("Officials said 30 to 40 people died when the market was bombed.", 30),
    ("The blast killed 12-15 people.", 12),
    # not ranges
    ("The attack killed six civilians and wounded 20.", 6),
    ("In 2019, 40 people were killed in the town.", 40),
    ("Five people were wounded.", None),
])
def test_a_range_counts_its_lower_end(text: str, count: int | None) -> None:
    found = count_fatalities(text)
    assert (found.count if found else None) == count
