"""Dates resolved against a fixed publication date (Thursday 14 September 2017)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from sitrep.extract.dates import event_date, extract_dates
from sitrep.model import Article, Span, TimeExpression

if TYPE_CHECKING:
    from spacy.language import Language

PUBLISHED = date(2017, 9, 14)  # a Thursday


@pytest.fixture(scope="module")
def nlp() -> Language:
    from sitrep.nlp import load_pipeline

    return load_pipeline()


def dates_in(
    nlp: Language, text: str, published: date | None = PUBLISHED
) -> tuple[TimeExpression, ...]:
    article = Article(text=text, origin="test", published=published)
    found = extract_dates(nlp(text), article=article)
    for expression in found:
        assert text[expression.span.start : expression.span.end] == expression.span.text
        if expression.date is not None and published is not None:
            assert expression.date <= published
    return found


@pytest.mark.parametrize(
    ("text", "phrase", "expected", "precision"),
    [
        ("On Wednesday, the army struck IS positions.", "On Wednesday", date(2017, 9, 13), 1),
        ("Wednesday saw heavy clashes.", "Wednesday", date(2017, 9, 13), 1),
        ("On Thursday the siege ended.", "On Thursday", date(2017, 9, 14), 1),
        ("On Sunday, the ministry published images.", "On Sunday", date(2017, 9, 10), 1),
        ("Fighting resumed last Thursday.", "last Thursday", date(2017, 9, 7), 1),
        ("Yesterday, Russia confirmed the death.", "Yesterday", date(2017, 9, 13), 1),
        ("Today's reports are unconfirmed.", "Today", date(2017, 9, 14), 1),
        ("A blast shook the city this morning.", "this morning", date(2017, 9, 14), 1),
        ("Shelling went on last night.", "last night", date(2017, 9, 13), 1),
        ("Two days ago they fled.", "Two days ago", date(2017, 9, 12), 1),
        ("Last week the army advanced.", "Last week", date(2017, 9, 4), 2),
        ("Earlier this month the siege broke.", "Earlier this month", date(2017, 9, 1), 3),
        ("Clashes grew this month.", "this month", date(2017, 9, 1), 3),
        ("Last month the SDF moved east.", "Last month", date(2017, 8, 1), 3),
        (
            "It was breached during the first week of September.",
            "the first week of September",
            date(2017, 9, 1),
            2,
        ),
        ("It fell in mid-September.", "mid-September", date(2017, 9, 14), 3),
        ("It fell in early September.", "early September", date(2017, 9, 1), 3),
        ("It fell in late August.", "late August", date(2017, 8, 21), 3),
        ("It fell on September 13.", "September 13", date(2017, 9, 13), 1),
        ("It fell on 13 September 2017.", "13 September 2017", date(2017, 9, 13), 1),
        ("It fell on Sept. 13.", "Sept. 13", date(2017, 9, 13), 1),
        ("It fell on September 20.", "September 20", date(2016, 9, 20), 1),
        ("The offensive began in May.", "May", date(2017, 5, 1), 3),
        ("The war in 2017 was hard.", "2017", date(2017, 1, 1), 3),
        ("In recent days the army advanced.", "In recent days", date(2017, 9, 14), 3),
        ("The army recently advanced.", "recently", date(2017, 9, 14), 3),
        (
            "At the start of the week, Russia said so.",
            "At the start of the week",
            date(2017, 9, 11),
            2,
        ),
    ],
)
def test_phrases(nlp: Language, text: str, phrase: str, expected: date, precision: int) -> None:
    found = {t.span.text: t for t in dates_in(nlp, text)}
    assert phrase in found, found
    assert (found[phrase].date, found[phrase].time_precision) == (expected, precision)


def test_no_false_dates(nlp: Language) -> None:
    assert dates_in(nlp, "2000 troops arrived and may march on.") == ()
    assert dates_in(nlp, "The army will clear the city within days.") == ()


def test_without_publication_date(nlp: Language) -> None:
    found = dates_in(nlp, "On Wednesday and last week the army advanced.", published=None)
    assert [(t.span.text, t.date, t.time_precision) for t in found] == [
        ("On Wednesday", None, 1),
        ("last week", None, 2),
    ]


def test_never_after_publication(nlp: Language) -> None:
    found = dates_in(nlp, "Damascus hopes to win in 2019, by late December.")
    assert all(t.date is None or t.date <= PUBLISHED for t in found)
    assert [t.date for t in found if t.span.text == "2019"] == [None]


def test_body_start(nlp: Language) -> None:
    text = "Published Wednesday\n\nOn Monday the army moved."
    article = Article(text=text, origin="t", published=PUBLISHED, body_start=text.index("On"))
    assert [t.span.text for t in extract_dates(nlp(text), article=article)] == ["On Monday"]


def test_event_date_fallbacks(nlp: Language) -> None:
    text = (
        "On Wednesday, the army targeted ISIS fighters. Forces also repelled an attack.\n\n"
        "The army hopes to clear the city. Yesterday, shelling killed two; on Monday it was calm."
    )
    article = Article(text=text, origin="t", published=PUBLISHED)
    dates = extract_dates(nlp(text), article=article)

    def sentence(phrase: str) -> Span:
        start = text.index(phrase)
        return article.span(start, start + len(phrase))

    first = sentence("On Wednesday, the army targeted ISIS fighters.")
    assert event_date(first, dates, article=article) == (date(2017, 9, 13), 1)
    # no date in the sentence: the last one earlier in the paragraph
    assert event_date(sentence("Forces also repelled an attack."), dates, article=article) == (
        date(2017, 9, 13),
        1,
    )
    # a new paragraph without a date: the publication date, to the week
    assert event_date(sentence("The army hopes to clear the city."), dates, article=article) == (
        PUBLISHED,
        2,
    )
    last = sentence("Yesterday, shelling killed two; on Monday it was calm.")
    assert event_date(last, dates, article=article) == (date(2017, 9, 13), 1)
    calm = sentence("calm")
    assert event_date(last, dates, article=article, trigger=calm) == (date(2017, 9, 11), 1)
    undated = Article(text=text, origin="t")
    assert event_date(sentence("The army hopes to clear the city."), (), article=undated) == (
        None,
        None,
    )
