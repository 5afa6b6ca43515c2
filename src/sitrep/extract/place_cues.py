"""What the words around a place name say: cues, datelines, people's names, dedications.

Token-level reading of the text around a candidate name, with no gazetteer lookup: the
words before and after it ("in X", "X residents", "the mayor of X", "X, Ky."), a dateline
("HARTFORD —"), a person's surname or age ("Farrin, 43,"), a saint's dedication ("St.
Mary's High School"). The words themselves are data: ``knowledge/place_words.tsv``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sitrep.extract.place_words import place_words

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan

    from sitrep.gazetteer import Candidate

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})

DETERMINERS = frozenset({"the", "a", "an", "this", "that"})
_DASHES = frozenset({"—", "–", "--", "-", "\x97", "\x96"})
_SAINT = frozenset({"st.", "st", "saint", "ste.", "sainte"})
# "Ky.", "Tenn.", "N.Y.", "W.Va.": how news abbreviates a state after a town.
REGION_ABBREVIATION = re.compile(
    r"^(?:[A-Z][a-z]{1,4}\.|(?:[A-Z]\.){2}|[A-Z]\.[A-Z][a-z]{1,3}\.?)$"
)
_AGE = re.compile(r"^,\s*\d{1,3}\s*,")


@dataclass(frozen=True)
class Mention:
    """A place name of the text, before resolution."""

    start: int
    end: int
    source: str
    candidates: tuple[Candidate, ...]
    cue_after: str  # the word after the name ("province", "village", ...), lowercased
    cue_before: str  # "village of", "city of", ... or ""


def mention_tokens(doc: Doc, starts: Sequence[int], mention: Mention) -> SpacySpan:
    """The tokens that hold a mention's characters (``starts``: the tokens' offsets)."""
    first = bisect_right(starts, mention.start) - 1
    last = bisect_left(starts, mention.end) - 1
    return doc[max(first, 0) : max(last, first) + 1]


def is_name_token(token: object) -> bool:
    text = token.text  # type: ignore[attr-defined]
    # an acronym ("UN", "ISIS") is not a name; a dotted abbreviation ("N.Y.", "D.C.") may be
    return bool(text[:1].isupper()) and ("." in text or not (text.isupper() and len(text) <= 4))


def cues_around(doc: Doc, first: int, last: int) -> tuple[str, str]:
    """(word after, "X of" before) around tokens ``first..last`` of ``doc``."""
    after = doc[last + 1].lower_ if last + 1 < len(doc) else ""
    before = ""
    if first >= 2 and doc[first - 1].lower_ == "of":
        before = doc[first - 2].lower_ + " of"
    return after, before


def has_place_cue(doc: Doc, first: int, last: int) -> bool:
    after, before = cues_around(doc, first, last)
    if after in place_words().after or after in place_words().resident:
        return True
    words = place_words()
    if before and (before.split()[0] in words.of or before.split()[0] in words.resident):
        return True  # "east of X", "the mayor of X"
    if after in ("-", "‑") and last + 2 < len(doc) and doc[last + 2].lower_ == "based":
        return True  # "a Sligo-based group"
    if is_dateline(doc, first, last):
        return True
    if (
        first >= 2
        and doc[first - 1].lower_ == "of"
        and (
            doc[first - 2].text == ","
            or doc[first - 2].like_num
            or doc[first - 2].ent_type_ == "PERSON"
        )
    ):
        return True  # "Rebecca Sears, 41, of Grovetown": where a person lives
    if (
        last + 2 < len(doc)
        and doc[last + 1].text == ","
        and REGION_ABBREVIATION.match(doc[last + 2].text)
    ):
        return True  # "Berea, Ky.": a town and its state, as news writes them
    k = first - 1
    if k >= 1 and doc[k].text == "," and doc[k - 1].lower_ in place_words().street:
        return True  # "420 Augusta St., Alexandria": the town of an address
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    if k >= 1 and doc[k].lower_ in ("and", "or", ",") and doc[k - 1].ent_type_ in PLACE_LABELS:
        return True  # "near Homs and Aleppo": a list that began with a place
    return k >= 0 and doc[k].lower_ in place_words().cue


def is_dateline(doc: Doc, first: int, last: int) -> bool:
    """A capitalized place opening a story or a line before a dash: "HARTFORD — ..."."""
    opening = first == 0 or doc[first].is_sent_start or "\n" in doc[first - 1].whitespace_
    if not opening or not all(t.is_upper or not t.is_alpha for t in doc[first : last + 1]):
        return False
    k = last + 1
    if k + 1 < len(doc) and doc[k].text == "," and REGION_ABBREVIATION.match(doc[k + 1].text):
        k += 2  # "SOUTH CHARLESTON, W.Va. -"
    return k < len(doc) and doc[k].text in _DASHES


def _well_known(mention: Mention) -> bool:
    """A country, region or capital too known to be taken for a surname ("Egypt", "Dublin")."""
    return any(
        c.place.feature_code in ("PCLI", "PCLS", "ADM1", "PPLC")
        for c in mention.candidates
        if c.tier == 1
    )


def person_surnames(doc: Doc) -> frozenset[str]:
    """The surnames of the article's full person names ("Henry Farrin" → Farrin)."""
    return frozenset(
        ent[-1].text
        for ent in doc.ents
        if ent.label_ == "PERSON"
        and len(ent) > 1
        and is_name_token(ent[-1])
        and is_name_token(ent[-2])
    )


def _is_person(doc: Doc, span: SpacySpan, mention: Mention, people: frozenset[str]) -> bool:
    """Whether a one-word name is a person's: the surname of a full name the article gives
    ("Farrin" after "Henry Farrin"), after a title ("coach Ripley", "President X") or
    before an age ("Shelton, 33,"), and not after a place preposition ("in Shelton")."""
    if len(span) != 1 or mention.source == "demonym":
        return False
    token = span[0]  # "Saakashvili’s" may be one token
    before = doc[token.i - 1].lower_ if token.i > 0 else ""
    if before in ("in", "near", "outside", "of", "from", "at"):
        return False
    return (
        span.text in people
        or before in place_words().title
        or _AGE.match(doc[token.i + 1 : token.i + 4].text) is not None
    )


def _is_dedication(doc: Doc, span: SpacySpan) -> bool:
    """A saint's name dedicating a church, school or day, not a town named after the saint:
    "St. Mary's High School", "St. Patrick's Day" (not "St. Petersburg's airport")."""
    if span.end + 1 >= len(doc) or doc[span.end].lower_ not in ("'s", "’s"):
        return False
    saint = span[0].lower_ in _SAINT or (span.start > 0 and doc[span.start - 1].lower_ in _SAINT)
    return saint and doc[span.end + 1].lower_ in place_words().dedication


def not_people(
    doc: Doc, starts: Sequence[int], mentions: Sequence[Mention], people: frozenset[str]
) -> list[Mention]:
    """The mentions that are neither a person's name nor a saint's dedication."""
    kept = []
    for mention in mentions:
        span = mention_tokens(doc, starts, mention)
        if _is_person(doc, span, mention, people) and not _well_known(mention):
            continue
        if not _is_dedication(doc, span):
            kept.append(mention)
    return kept
