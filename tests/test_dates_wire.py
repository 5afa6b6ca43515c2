"""Dates as wires word them that no rule read: "overnight", "over the weekend", a range of
days ("the night of 4-5 March"), "hours earlier", "earlier in the day".

Publication is Thursday 14 March 2024. Conventions (ACLED dates an event by the day it
happened, its time_precision 1 a day, 2 a week): "overnight" is the night before the report,
like "last night"; "the weekend" is the last Saturday on or before publication, week-precise;
a range of days is dated by its first day (1 when the days are consecutive, "the night of 4-5
March"; 2 within a week; else 3); "hours earlier/later", "earlier/later in the day", "later
that day" keep the day told just before. Written by the lead (stop 20); before this change
none of the 12 probes passed (a range of days was dated by its last day); the two
controls passed.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from sitrep.extract.dates import extract_dates
from sitrep.model import Article

if TYPE_CHECKING:
    from spacy.language import Language

PUBLISHED = date(2024, 3, 14)  # a Thursday


@pytest.fixture(scope="module")
def nlp() -> Language:
    from sitrep.nlp import load_pipeline

    return load_pipeline()


def dates_of(nlp: Language, text: str, published: date = PUBLISHED) -> dict[str, tuple[
        date | None, int]]:
    article = Article(text=text, origin="test", published=published)
    return {t.span.text: (t.date, t.time_precision)
            for t in extract_dates(nlp(text), article=article)}


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    ("Fighting raged overnight in the eastern districts.", "overnight", (date(2024, 3, 13), 1)),
    ("An overnight raid on the camp killed two guards.", "overnight", (date(2024, 3, 13), 1)),
    ("Clashes erupted over the weekend near the border.", "over the weekend",
     (date(2024, 3, 9), 2)),
    ("The attack came at the weekend.", "at the weekend", (date(2024, 3, 9), 2)),
    ("Police detained dozens of protesters last weekend.", "last weekend", (date(2024, 3, 9), 2)),
    ("On the night of 4-5 March, drones struck the depot.", "4-5 March", (date(2024, 3, 4), 1)),
    ("Protesters marched in the capital on March 4-6.", "March 4-6", (date(2024, 3, 4), 2)),
    ("Gunmen attacked a checkpoint between 1 and 20 February.", "1 and 20 February",
     (date(2024, 2, 1), 3)),
    ("On Tuesday, rebels shelled the town. Hours earlier, a car bomb exploded at the gate.",
     "Hours earlier", (date(2024, 3, 12), 1)),
    ("On Tuesday, rebels shelled the town. Earlier in the day, militants fired rockets.",
     "Earlier in the day", (date(2024, 3, 12), 1)),
    ("On Monday, troops entered the village. Later that day, a mine killed two soldiers.",
     "Later that day", (date(2024, 3, 11), 1)),
])
def test_wire_dates(nlp: Language, text: str, phrase: str,
                    expected: tuple[date, int]) -> None:
    assert dates_of(nlp, text).get(phrase) == expected


def test_a_weekend_told_on_a_sunday_is_that_weekend(nlp: Language) -> None:
    found = dates_of(nlp, "Rebels attacked the base over the weekend.", date(2024, 3, 17))
    assert found.get("over the weekend") == (date(2024, 3, 16), 2)


@pytest.mark.parametrize(("text", "absent"), [
    # controls: no date of an event
    ("The curfew will be lifted after the weekend.", "the weekend"),
    ("Hours earlier, a car bomb exploded at the gate.", "Hours earlier"),  # nothing told before
])
def test_no_date_where_none_is_told(nlp: Language, text: str, absent: str) -> None:
    assert absent not in dates_of(nlp, text)
