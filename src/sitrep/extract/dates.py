"""Dates: time expressions of an article, resolved against its publication date.

Precision follows ACLED: 1 a day, 2 a week, 3 a month or vaguer. Conventions:

- a weekday ("On Wednesday") is the most recent such day on or before publication (the
  publication day itself when it is that weekday); "last Wednesday" is strictly before;
- a week is dated by its first day: "last week" and "this week" by their Monday; "the
  first week of September" by September 1 (the n-th week of a month is its days
  7n-6 … 7n, the last week its last seven days);
- "overnight" is the night before the report, as "last night"; "the weekend" is dated by its
  Saturday on or before publication, week-precise;
- a range of days by its first day ("the night of 4-5 March" 4 March, a day; "March 4-6" a
  week; "between 1 and 20 February" vaguer; "between Friday and Sunday" the Friday before the
  last Sunday, a week); a night over two days is such a range, whichever way it is written
  ("the night of Friday to Saturday", "overnight Friday into Saturday", "overnight into
  Saturday": the Friday, a day). ACLED's codebook gives no rule for a night ("Event time":
  the day the event took place); its first day is the day the night began, and one rule for
  weekdays and dates keeps the two spellings of one night on one day;
- a month or vaguer span by its first day ("early September" 1st, "mid-September" 15th,
  "late September" 21st), "recently" / "in recent days" by the publication date;
- a day and month without a year take the publication year, or the year before when that
  would fall after publication. No date is ever after publication: a later one is clamped
  to the publication date (or dropped, for a year after it).

Dates told relative to another event (:mod:`sitrep.extract.relative_dates`): "N days/weeks
later|earlier", "the next|following day", "the day before", "hours earlier", "later that day"
count from the date told just before (the last dated expression); "N days after|before X" dates
its main clause: at that clause's own date when the sentence has one, at publication when the
main clause is in the present ("is still disputed", "remain"), at the event told before when the
main verb is "come"/"follow" ("The strike came a day after X": the last earlier date told with
the subject's noun, so "The massacre comes a week after X" counts from the day the massacre was
told; else the last date told), else at the event told before + N ("Two days after the attack,
the army retaliated"); the event in X is then N days before it (:func:`event_date`). A day
counted on a week-precise date stays week-precise; hours keep the day.

Without a publication date, relative expressions keep their span and precision, date None.
Our own rules come first; spaCy DATE entities they miss are parsed with dateparser
(``RELATIVE_BASE`` = publication, ``PREFER_DATES_FROM`` = past) only when they name a month,
a weekday or a number, since the rest are durations ("days", "a week").
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from sitrep.extract.relative_dates import AFTER_PHRASE, clause_after, offset, relative_dates
from sitrep.model import Article, Span, TimeExpression

if TYPE_CHECKING:
    from spacy.tokens import Doc

_MONTHS = {
    **{name.lower(): i for i, name in enumerate(calendar.month_name) if name},
    **{name.lower(): i for i, name in enumerate(calendar.month_abbr) if name},
    "sept": 9,
}
# Month and weekday names are capitalized: "may" and "march" are also plain words.
_MONTH = (
    r"(?P<month>(?-i:"
    + "|".join(
        [name for name in calendar.month_name if name]
        + [abbr + r"\." + "?" for abbr in (*calendar.month_abbr[1:], "Sept")]
    )
    + r"))(?!\w)"
)
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_WEEKDAY = r"(?P<weekday>(?-i:" + "|".join(d.capitalize() for d in _WEEKDAYS) + r"))"
_WEEKDAY2 = r"(?P<weekday2>(?-i:" + "|".join(d.capitalize() for d in _WEEKDAYS) + r"))"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 5, "final": 5}

Resolver = Callable[["re.Match[str]", date], tuple[date | None, int]]


def _days_in(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _month_year(match: re.Match[str], published: date, day: int = 1) -> date:
    """The month of ``match`` in its year, or the most recent one on or before publication."""
    month = _MONTHS[match.group("month").rstrip(".").lower()]
    year_text = match.groupdict().get("year")
    year = int(year_text) if year_text else published.year
    day = min(day, _days_in(year, month))
    found = date(year, month, day)
    if not year_text and found > published:
        found = date(year - 1, month, min(day, _days_in(year - 1, month)))
    return found


def _explicit(match: re.Match[str], published: date) -> tuple[date | None, int]:
    day = int(match.group("day"))
    month = _MONTHS[match.group("month").rstrip(".").lower()]
    year_text = match.group("year")
    year = int(year_text) if year_text else published.year
    if day > _days_in(year, month):
        return None, 1
    found = date(year, month, day)
    if not year_text and found > published:
        if day > _days_in(year - 1, month):
            return None, 1
        found = date(year - 1, month, day)
    return found, 1


def _range(match: re.Match[str], published: date) -> tuple[date | None, int]:
    """"4-5 March", "March 4-6", "between 1 and 20 February": the first day; a day when the
    days are consecutive (a night), a week when they fall within one, else vaguer."""
    found, _ = _explicit(match, published)
    span = int(match.group("day2")) - int(match.group("day"))
    return found, 1 if span <= 1 else 2 if span <= 6 else 3


def _weekend(match: re.Match[str], published: date) -> tuple[date | None, int]:
    """The weekend's Saturday on or before publication ("over the weekend" told on a Monday
    is the Saturday before); "last weekend" told on a weekend is the one before."""
    back = (published.weekday() - 5) % 7
    if back <= 1 and match.group(0).lower().startswith("last"):
        back += 7
    return published - timedelta(days=back), 2


def _iso(match: re.Match[str], published: date) -> tuple[date | None, int]:
    try:
        return date.fromisoformat(match.group(0)), 1
    except ValueError:
        return None, 1


def _week_of_month(match: re.Match[str], published: date) -> tuple[date | None, int]:
    first = _month_year(match, published)
    n = _ORDINALS[match.group("nth").lower()]
    if n == 5:
        return first.replace(day=_days_in(first.year, first.month) - 6), 2
    return first.replace(day=7 * n - 6), 2


def _part_of_month(match: re.Match[str], published: date) -> tuple[date | None, int]:
    part = match.group("part").lower()
    day = 15 if part.startswith("mid") else 21 if part in ("late", "end of") else 1
    return _month_year(match, published).replace(day=day), 3  # clamped by the caller


def _month_only(match: re.Match[str], published: date) -> tuple[date | None, int]:
    return _month_year(match, published), 3


def _weekday(match: re.Match[str], published: date) -> tuple[date | None, int]:
    wanted = _WEEKDAYS[match.group("weekday").lower()]
    back = (published.weekday() - wanted) % 7
    if back == 0 and (match.group("last") or "").strip().lower() == "last":
        back = 7
    return published - timedelta(days=back), 1


def _weekday_range(match: re.Match[str], published: date) -> tuple[date | None, int]:
    """"between Friday and Sunday", "from Friday to Sunday": the last day is the most recent
    such day on or before publication, the first the one before it; a day when they are
    consecutive, a week else (as a range of days)."""
    first, last = (_WEEKDAYS[match.group(g).lower()] for g in ("weekday", "weekday2"))
    end = published - timedelta(days=(published.weekday() - last) % 7)
    span = (last - first) % 7
    return end - timedelta(days=span), 1 if span <= 1 else 2


def _night_into(match: re.Match[str], published: date) -> tuple[date | None, int]:
    """"overnight into Saturday": the night began on the day before the most recent Saturday
    on or before publication."""
    wanted = _WEEKDAYS[match.group("weekday").lower()]
    return published - timedelta(days=(published.weekday() - wanted) % 7 + 1), 1


def _fixed(days: int, precision: int) -> Resolver:
    return lambda match, published: (published - timedelta(days=days), precision)


def _monday(weeks_back: int) -> Resolver:
    def resolve(match: re.Match[str], published: date) -> tuple[date | None, int]:
        monday = published - timedelta(days=published.weekday())
        return monday - timedelta(weeks=weeks_back), 2

    return resolve


def _this_month(match: re.Match[str], published: date) -> tuple[date | None, int]:
    return published.replace(day=1), 3


def _last_month(match: re.Match[str], published: date) -> tuple[date | None, int]:
    return (published.replace(day=1) - timedelta(days=1)).replace(day=1), 3


def _ago(match: re.Match[str], published: date) -> tuple[date | None, int]:
    words = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
    raw = match.group("n").lower()
    n = int(raw) if raw.isdigit() else words[raw]
    unit = match.group("unit").lower()
    if unit.startswith("day"):
        return published - timedelta(days=n), 1
    return published - timedelta(weeks=n), 2


def _year(match: re.Match[str], published: date) -> tuple[date | None, int]:
    year = int(match.group("year"))
    if year > published.year:
        return None, 3
    return date(year, 1, 1), 3


def _last_year(match: re.Match[str], published: date) -> tuple[date | None, int]:
    return date(published.year - 1, 1, 1), 3


def _this_year(match: re.Match[str], published: date) -> tuple[date | None, int]:
    return date(published.year, 1, 1), 3


# (pattern, resolver, precision without a publication date), most specific first.
_RULES: tuple[tuple[re.Pattern[str], Resolver, int], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), resolver, precision)
    for pattern, resolver, precision in (
        (r"\b(?:19|20)\d\d-[01]\d-[0-3]\d\b", _iso, 1),
        (
            rf"\b(?:the\s+)?(?P<nth>first|second|third|fourth|last|final)\s+week\s+of\s+"
            rf"{_MONTH}(?:,?\s+{_YEAR})?\b",
            _week_of_month,
            2,
        ),
        (
            rf"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:-|–|\s(?:to|and)\s)\s*"
            rf"(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?\b",
            _range,
            1,
        ),
        (
            rf"\b{_MONTH}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:-|–|\s(?:to|and)\s)\s*"
            rf"(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+{_YEAR}\b)?",
            _range,
            1,
        ),
        (
            rf"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?\b",
            _explicit,
            1,
        ),
        (rf"\b{_MONTH}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+{_YEAR}\b)?", _explicit, 1),
        (
            rf"\b(?P<part>early|mid|late|end of|beginning of|start of)[\s-]*"
            rf"{_MONTH}(?:,?\s+{_YEAR})?\b",
            _part_of_month,
            3,
        ),
        (rf"\b{_MONTH}(?:,?\s+{_YEAR})\b", _month_only, 3),
        (rf"\b(?:in|since|during|by|until)\s+(?P<at>{_MONTH})", _month_only, 3),
        (
            rf"\b(?:between|from)\s+(?:(?:last|this)\s+)?{_WEEKDAY}\s+(?:and|to|until|till|"
            rf"through)\s+(?:(?:last|this)\s+)?{_WEEKDAY2}\b",
            _weekday_range,
            2,
        ),
        (
            # a night over two days: "the night of Friday to Saturday", "overnight Friday into
            # Saturday", "the night between Friday and Saturday", "Friday-to-Saturday night"
            rf"\b(?:(?:the\s+)?night|overnight)\s+(?:of\s+|from\s+|between\s+)?{_WEEKDAY}"
            rf"(?:\s+night)?\s*(?:-|–|\s(?:to|into|and)\s)\s*{_WEEKDAY2}\b",
            _weekday_range,
            1,
        ),
        (rf"\b{_WEEKDAY}[\s-]+(?:to|into)[\s-]+{_WEEKDAY2}\s+night\b", _weekday_range, 1),
        (rf"\b(?:overnight|(?:during\s+|in\s+)?the\s+night)\s+(?:in)?to\s+{_WEEKDAY}\b",
         _night_into, 1),
        (r"\bthe\s+day\s+before\s+yesterday\b", _fixed(2, 1), 1),
        (r"\byesterday\b", _fixed(1, 1), 1),
        (r"\b(?:last\s+night|overnight)\b", _fixed(1, 1), 1),
        (r"\b(?:(?:over|at|during|on)\s+the|last|this|past)\s+weekend\b", _weekend, 2),
        (r"\b(?:today|this\s+(?:morning|afternoon|evening)|tonight)\b", _fixed(0, 1), 1),
        (rf"\b(?:(?P<last>last|this|on|past)\s+)?{_WEEKDAY}\b", _weekday, 1),
        (
            r"\b(?P<n>\d+|a|an|one|two|three|four|five|six)\s+(?P<unit>days?|weeks?)\s+ago\b",
            _ago,
            1,
        ),
        (r"\blast\s+week\b", _monday(1), 2),
        (
            r"\b(?:earlier\s+this|this|(?:at\s+)?the\s+(?:start|beginning)\s+of\s+(?:the|this))"
            r"\s+week\b",
            _monday(0),
            2,
        ),
        (r"\b(?:earlier\s+)?this\s+month\b", _this_month, 3),
        (r"\blast\s+month\b", _last_month, 3),
        (r"\blast\s+year\b", _last_year, 3),
        (r"\b(?:earlier\s+)?this\s+year\b", _this_year, 3),
        (
            r"\b(?:in\s+recent\s+(?:days|weeks)|recently|(?:over|in)\s+the\s+(?:past|last)\s+"
            r"(?:few\s+)?(?:days|weeks))\b",
            _fixed(0, 3),
            3,
        ),
        (
            r"\b(?:in|since|during|of|until|by|from|before|after|early|late|mid)[\s-]+"
            rf"(?P<at>{_YEAR})\b(?![.,/-]\d)",
            _year,
            3,
        ),
    )
)
# a date right after a verb of saying is the day of the saying ("said on Monday that",
# "told reporters late on Tuesday", "said in a statement on Monday")
_SPEECH_DATE = re.compile(
    r"(?<!was )(?<!were )(?<!been )(?<!is )(?<!are )"  # "fighting was reported on Monday": the
    # event's day, told in the passive
    r"\b(?:said|says|told\s+(?:\w+\s+){0,2}?|announced|reported|claimed|added|stated|"
    r"confirmed|denied|wrote|tweeted)(?:\s+in\s+an?\s+(?:\w+\s+)?(?:statement|post|briefing|"
    r"interview|message))?\s+(?:(?:late|early)\s+)?(?:on\s+)?$",
    re.IGNORECASE,
)
_SINCE_START = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)
_BARE_YEAR = re.compile(_YEAR)
_BARE_NUMBER = re.compile(r"\d{1,3}")
_DATEPARSER_WORTHY = re.compile(
    r"\d|\b(?:" + "|".join([*_MONTHS, *_WEEKDAYS]) + r")\b", re.IGNORECASE
)
# A wire dateline opening a line: a place in capitals, its country or state, the day it was
# filed and the agency ("KHARTOUM, May 16 (Reuters) -", "KYIV, Ukraine, May 15 (AP) —"); a
# country of several words ("GOMA, Democratic Republic of Congo, May 2 -")
_DATELINE = re.compile(
    r"[A-Z][A-Z.'’ -]+(?:,\s+[A-Z][\w.]*(?:\s(?:of|the|and|[A-Z][\w.]*)){0,4})?,\s+"
    rf"(?:{_MONTH}\s+(?P<day>[0-3]?\d)|(?P<day_first>[0-3]?\d)\s+(?P<month2>[A-Z][a-z]+))"
    r"(?:,?\s+(?P<year>(?:19|20)\d\d))?\s*(?:\([^)\n]{1,30}\)\s*)?[-—–:]",
)


def _dateline(article: Article) -> re.Match[str] | None:
    text = article.text
    start = len(text) - len(text[article.body_start:].lstrip())
    return _DATELINE.match(text, start, min(len(text), start + 200))


def filed(article: Article) -> date | None:
    """The day the story was filed, which its relative dates count from: the date of a wire
    dateline opening its body ("KHARTOUM, May 15 (Reuters) - ... on Tuesday" is the Tuesday
    before May 15), when on or before publication (a dateline without a year is of the
    publication's year), else the publication date. ACLED dates an event by its own day,
    which the report tells relative to the day it was written."""
    published = article.published
    if published is None:
        return None
    match = _dateline(article)
    if match is None:
        return published
    month_name = match.group("month") or match.group("month2")
    month = _MONTHS.get(month_name.rstrip(".").lower())
    day = int(match.group("day") or match.group("day_first"))
    if month is None:
        return published
    year = int(match.group("year")) if match.group("year") else published.year
    if day > _days_in(year, month):
        return published
    when = date(year, month, day)
    return when if when <= published else published  # a day after publication: its time zone


def _resolve(
    resolver: Resolver, match: re.Match[str], precision: int, published: date | None
) -> tuple[date | None, int]:
    if published is None:
        return None, precision
    found, precision = resolver(match, published)
    if found is not None and found > published:
        found = published
    return found, precision


def _since(text: str, start: int, when: date | None, precision: int,
           reference: date | None) -> int:
    """A date after "since" starts a span that runs to the report ("has killed 600 people since
    April 15"): precise as that span is long, as a range of days is (a day when it is the day
    before, a week within one, else vaguer)."""
    if when is None or reference is None or not _SINCE_START.search(text, max(0, start - 7),
                                                                    start):
        return precision
    span = (reference - when).days
    return max(precision, 1 if span <= 1 else 2 if span <= 6 else 3)


def extract_dates(doc: Doc, *, article: Article) -> tuple[TimeExpression, ...]:
    """Time expressions of the article body, in text order, resolved against publication."""
    text, body = article.text, article.body_start
    reference = filed(article)
    found: list[TimeExpression] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or e <= start for s, e in taken)

    for pattern, resolver, precision in _RULES:
        for match in pattern.finditer(text, body):
            start, end = match.span("at") if "at" in pattern.groupindex else match.span()
            if not free(start, end):
                continue
            when, prec = _resolve(resolver, match, precision, reference)
            prec = _since(text, start, when, prec, reference)
            found.append(TimeExpression(article.span(start, end), when, prec))
            taken.append((start, end))
    for ent in doc.ents:
        if ent.label_ != "DATE" or ent.start_char < body:
            continue
        start, end = ent.start_char, ent.end_char
        if not free(start, end) or not _DATEPARSER_WORTHY.search(ent.text):
            continue
        if _BARE_NUMBER.fullmatch(ent.text):
            continue  # "reports 14": a count spaCy took for a date, not the 14th
        year = _BARE_YEAR.fullmatch(ent.text)
        if year and ent.end < len(doc) and doc[ent.end].pos_ in ("NOUN", "PROPN"):
            continue  # "2000 troops", "the 2017 offensive": a number or a modifier
        if year:
            when, prec = _resolve(_year, year, 3, reference)
            found.append(TimeExpression(article.span(start, end), when, prec))
            taken.append((start, end))
            continue
        when = _dateparse(ent.text, reference)
        if when is not None:
            prec = _since(text, start, when, 1, reference)
            found.append(TimeExpression(article.span(start, end), when, prec))
            taken.append((start, end))
    return tuple(relative_dates(doc, article, found, free, reference))


def _dateparse(phrase: str, published: date | None) -> date | None:
    if published is None:
        return None
    import dateparser

    base = datetime(published.year, published.month, published.day, 12)
    parsed = dateparser.parse(
        phrase,
        languages=["en"],
        settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"},
    )
    if parsed is None or parsed.date() > published:
        return None
    return parsed.date()


def _in_after_clause(t: TimeExpression, dates: Sequence[TimeExpression], trigger: Span,
                     text: str, end: int) -> bool:
    """Whether ``t`` lies in what an "after"/"before" phrase of ``dates`` is after ("a day
    after Monday's bombing"), a clause ``trigger`` is not in."""
    for phrase in dates:
        if phrase.date is None or AFTER_PHRASE.fullmatch(phrase.span.text) is None:
            continue
        clause_end = clause_after(text, phrase.span.end, end)
        if (phrase.span.end <= t.span.start and t.span.end <= clause_end
                and not (phrase.span.end <= trigger.start and trigger.end <= clause_end)):
            return True
    return False


def _paragraph_start(text: str, offset: int) -> int:
    return text.rfind("\n", 0, offset) + 1


def event_date(
    sentence: Span,
    dates: Sequence[TimeExpression],
    *,
    article: Article,
    trigger: Span | None = None,
) -> tuple[date | None, int | None]:
    """(date, time_precision) of the event told in ``sentence``.

    1. the time expression inside the sentence (the nearest to ``trigger`` when given);
    2. else the last one earlier in the same paragraph (a paragraph ends at a line break);
    3. else the publication date (or the dateline's, :func:`filed`) with precision 2: as ACLED
       codes an undated event that a report mentions to around the date of the report; a
       dateline's own date is never the event's;
    4. else (None, None).
    """
    reference = filed(article)
    dateline = _dateline(article)
    if dateline is not None:  # the day the story was filed, not the day of what it tells
        dates = [t for t in dates if not dateline.start() <= t.span.start < dateline.end()]
    inside = [t for t in dates if sentence.start <= t.span.start and t.span.end <= sentence.end]
    told = [t for t in inside if not _SPEECH_DATE.search(article.text, sentence.start,
                                                         t.span.start)]
    if told:  # "The army said on Monday that it had killed 15 militants over the weekend":
        inside = told  # Monday is when it was said, the weekend when it happened
    for t in inside:
        match = AFTER_PHRASE.fullmatch(t.span.text)
        if match is None or trigger is None or t.date is None:
            continue
        if t.span.end <= trigger.start and trigger.end <= clause_after(
                article.text, t.span.end, sentence.end):
            days, _ = offset(match)  # the event the phrase is after: N days before its date
            when = t.date - timedelta(days=days)
            if reference is not None:
                when = min(when, reference)
            return when, t.time_precision
    if trigger is not None:  # "A day after Monday's bombing, gunmen shot ...": Monday dates
        # the bombing, not the shooting, which the phrase dates
        inside = [t for t in inside if not _in_after_clause(t, inside, trigger, article.text,
                                                            sentence.end)] or inside
    if inside:
        if trigger is None:
            chosen = inside[0]
        else:
            chosen = min(
                inside,
                key=lambda t: min(abs(t.span.start - trigger.end), abs(trigger.start - t.span.end)),
            )
        return chosen.date, chosen.time_precision
    start = _paragraph_start(article.text, sentence.start)
    earlier = [t for t in dates if start <= t.span.start and t.span.end <= sentence.start
               and not (t.date == reference and AFTER_PHRASE.fullmatch(t.span.text))]
    # ("Five days after X, the toll is still disputed." dates X, not what is told next)
    if earlier:
        last = max(earlier, key=lambda t: t.span.start)
        return last.date, last.time_precision
    if reference is not None:
        return reference, 2
    return None, None
