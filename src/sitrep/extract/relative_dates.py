"""Dates told relative to another event: "N days/weeks later|earlier", "the next day", "hours
earlier", "N days after|before X" (the conventions are in :mod:`sitrep.extract.dates`, whose
absolute dates these count from). Split from :mod:`sitrep.extract.dates` to keep each module
under ~600 lines."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from sitrep.model import Article, TimeExpression

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}
_COUNT = r"(?P<n>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten)"
_UNIT = r"(?P<unit>days?|weeks?|hours?)"
# "five days after", "a day before", "hours after", "the day after" (+ what it is after)
AFTER_PHRASE = re.compile(
    rf"\b(?:{_COUNT}\s+{_UNIT}|(?P<the>the)\s+(?P<unit2>day|week)|(?P<hours>hours))\s+"
    r"(?P<dir>after|before)\b",
    re.IGNORECASE,
)
_AFTER = re.compile(AFTER_PHRASE.pattern + r"(?=\s+\w)", re.IGNORECASE)
# "two days later", "a week earlier", "the next day", "the day before", "hours later",
# "earlier in the day", "later that evening"
_LATER = re.compile(
    rf"\b(?:{_COUNT}\s+{_UNIT}\s+(?P<dir>later|earlier)|(?P<hours>hours)\s+(?:later|earlier)"
    r"|(?P<sameday>(?:earlier|later)\s+(?:in\s+the|that)\s+day"
    r"|later\s+that\s+(?:morning|afternoon|evening|night))"
    r"|the\s+(?P<next>next|following|previous)\s+(?P<unit2>day|week)"
    r"|the\s+(?P<unit3>day|week)\s+(?P<dir2>before|after)(?!\s+\w))\b",
    re.IGNORECASE,
)
_SINCE = re.compile(r"\b(?:since|until|by)\s+$", re.IGNORECASE)  # a state's start, not a date
_PRESENT_TAGS = ("VBZ", "VBP")
_RELATIONAL = ("come", "follow")  # "The strike came a day after X": the subject told before


def offset(match: re.Match[str]) -> tuple[int, int]:
    """(signed days, precision of the unit) of a relative match; later/after is positive."""
    groups = match.groupdict()
    if groups.get("hours") or groups.get("sameday"):  # "hours earlier", "later that day"
        days, precision = 0, 1
    else:
        unit = (groups.get("unit") or groups.get("unit2") or groups.get("unit3") or "").lower()
        raw = (groups.get("n") or "one").lower()
        n = int(raw) if raw.isdigit() else _NUMBER_WORDS[raw]
        days, precision = (7 * n, 2) if unit.startswith("week") else (
            (0, 1) if unit.startswith("hour") else (n, 1))
    direction = (groups.get("dir") or groups.get("dir2") or groups.get("next") or "").lower()
    sign = -1 if direction in ("before", "earlier", "previous") else 1
    return sign * days, precision


def _shift(anchor: TimeExpression, days: int, precision: int, published: date) -> (
        tuple[date, int] | None):
    if anchor.date is None:
        return None
    when = min(anchor.date + timedelta(days=days), published)
    return when, max(precision, anchor.time_precision)


def _main_verb(doc: Doc, offset: int) -> Token | None:
    """The verb the phrase at ``offset`` modifies."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if span is None:
        return None
    tok = span[0]
    if tok.dep_ == "mark":  # "after artillery fire killed ...": the clause's verb, then its head
        tok = tok.head.head
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("pcomp", "pobj"):
            break
        if tok.head is tok:
            break
        tok = tok.head
    return tok if tok.pos_ in ("VERB", "AUX") else None


def _in_present(verb: Token) -> bool:
    tags = [verb.tag_] + [c.tag_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return any(tag in _PRESENT_TAGS for tag in tags)


def _told_of(doc: Doc, verb: Token, before: list[TimeExpression]) -> TimeExpression | None:
    """For "The massacre comes a week after X": the last earlier date told in a sentence that
    names what the subject names ("were martyred on Monday evening … in a new massacre"), so the
    massacre is not dated by whatever was told just before it ("On Tuesday morning, drones
    struck a convoy"). None when the subject is no noun or no such sentence holds a date."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                    and c.pos_ == "NOUN"), None)
    if subject is None:
        return None
    for t in reversed(before):
        span = doc.char_span(t.span.start, t.span.end, alignment_mode="expand")
        if span is not None and span.sent != verb.sent and any(
                w.lemma_.lower() == subject.lemma_.lower() for w in span.sent):
            return t
    return None


def relative_dates(
    doc: Doc, article: Article, found: list[TimeExpression], free: Callable[[int, int], bool],
    published: date | None,
) -> list[TimeExpression]:
    """The expressions told relative to another event, in text order (each may anchor the next),
    none after ``published`` (the day the story was filed)."""
    if published is None:
        return found
    text, body = article.text, article.body_start
    matches = sorted(
        [(m, True) for m in _AFTER.finditer(text, body)]
        + [(m, False) for m in _LATER.finditer(text, body)],
        key=lambda pair: pair[0].start(),
    )
    result = sorted(found, key=lambda t: t.span.start)
    for match, after in matches:
        start, end = match.span()
        if not free(start, end):
            continue
        days, precision = offset(match)
        # days are counted from a day or a week, never from a month or a year ("since last
        # year" is background, not the event told before)
        before = [t for t in result if t.date is not None and t.span.end <= start
                  and t.time_precision <= 2]
        resolved: tuple[date, int] | None = None
        if after:
            own = _own_date(text, result, start, end)
            verb = _main_verb(doc, match.start("dir"))
            relational = verb is not None and verb.lemma_.lower() in _RELATIONAL
            if own is not None:  # "On Wednesday, two days after rebels seized the town, ..."
                resolved = _shift(own, 0, precision, published)
            elif verb is not None and _in_present(verb) and not relational:
                resolved = published, precision  # "..., the toll is still disputed"
            elif before and verb is not None and relational:
                anchor = _told_of(doc, verb, before) or before[-1]
                resolved = _shift(anchor, 0, precision, published)
            elif verb is not None and relational and _in_present(verb):
                resolved = published, max(precision, 2)  # "The massacre comes a week after
                # X", nothing dated before: a massacre of about the report's day
            elif (inside := _dated_in_clause(text, result, start, end)) is not None:
                # "A day after Monday's bombing, gunmen shot ...": counted from the day the
                # clause names
                resolved = _shift(inside, days, precision, published)
            elif before:  # "Two days after the attack, the army retaliated"
                resolved = _shift(before[-1], days, precision, published)
        elif before:
            resolved = _shift(before[-1], days, precision, published)
        if resolved is None:
            continue
        result.append(TimeExpression(article.span(start, end), *resolved))
        result.sort(key=lambda t: t.span.start)
    return result


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    right = [i for i in (text.find(". ", end), text.find("\n", end)) if i != -1]
    return left + 1, min(right) if right else len(text)


def clause_after(text: str, end: int, limit: int) -> int:
    """The end of what an "after"/"before" phrase ending at ``end`` is after: its clause."""
    stops = [i for i in (text.find(",", end, limit), text.find(";", end, limit)) if i != -1]
    return min(stops) if stops else limit


def _dated_in_clause(
    text: str, dates: Sequence[TimeExpression], start: int, end: int
) -> TimeExpression | None:
    """The first day- or week-precise date told in the clause an "after"/"before" phrase at
    ``start``-``end`` is after ("a day after Monday's bombing"), or None."""
    _, high = _sentence_bounds(text, start, end)
    clause_end = clause_after(text, end, high)
    inside = [t for t in dates if t.date is not None and end <= t.span.start
              and t.span.end <= clause_end and t.time_precision <= 2]
    return min(inside, key=lambda t: t.span.start) if inside else None


def _own_date(
    text: str, dates: Sequence[TimeExpression], start: int, end: int
) -> TimeExpression | None:
    """An absolute dated expression of the sentence outside the phrase's after-clause."""
    low, high = _sentence_bounds(text, start, end)
    clause_end = clause_after(text, end, high)
    own = [t for t in dates if t.date is not None and low <= t.span.start and t.span.end <= high
           and not start <= t.span.start < clause_end and not AFTER_PHRASE.fullmatch(t.span.text)
           and not _SINCE.search(text, max(0, t.span.start - 7), t.span.start)]
    return min(own, key=lambda t: abs(t.span.start - start)) if own else None
