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
from sitrep.gazetteer import normalize

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
# How far after "'s" a dedication's name may run ("St. Mark's United Methodist Church").
_DEDICATION_NAME_TOKENS = 4
_APPOSITION_WORDS = 3  # "a (small) (border) town"
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


# Divisions named together by one plural word ("the Kharkiv and Sumy oblasts", "Idlib and Hama
# provinces"): each name in the list names a division, as "X region" does, more surely.
_PLURAL_DIVISIONS = frozenset({"oblasts", "provinces", "governorates", "regions", "states"})
_LIST_LINKS = frozenset({",", "and", "-", "‑"})
_LIST_SPAN = 12  # tokens from a name to its list's plural word


def _listed_division(doc: Doc, last: int) -> bool:
    """Whether the name ending at token ``last`` is one of a list of names ended by a plural
    division word: "over the Mykolaiv, Odesa and Kherson oblasts"."""
    linked = False
    for i in range(last + 1, min(len(doc), last + 1 + _LIST_SPAN)):
        word = doc[i]
        if word.lower_ in _PLURAL_DIVISIONS:
            return linked or i == last + 1
        if word.lower_ in _LIST_LINKS:
            linked = linked or word.lower_ == "and"
        elif not word.text[:1].isupper():
            return False
    return False


def cues_around(doc: Doc, first: int, last: int) -> tuple[str, str]:
    """(word after, "X of" before) around tokens ``first..last`` of ``doc``; a name in a list
    of divisions ("the Kharkiv and Sumy oblasts") has "regions" after it."""
    after = doc[last + 1].lower_ if last + 1 < len(doc) else ""
    if after in _LIST_LINKS or after in _PLURAL_DIVISIONS:
        after = "regions" if _listed_division(doc, last) else after
    before = ""
    if first >= 2 and doc[first - 1].lower_ == "of":
        before = doc[first - 2].lower_ + " of"
    return after, before


def has_place_cue(doc: Doc, first: int, last: int) -> bool:
    """Whether the words around tokens ``first..last`` say a place is named there."""
    after, before = cues_around(doc, first, last)
    words = place_words()
    if after in words.after or after in words.resident:
        return True
    if _located_from(doc, last):
        return True  # "Khan Sheikhoun, south of Maarat al-Numan"
    if after in ("'s", "’s") and last + 2 < len(doc) and doc[last + 2].lower_ in words.civic:
        return True  # "Homs's governor", "Gainesville's police" (not "Mason's father")
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
    if (
        k >= 2
        and doc[k].lower_ in ("and", "or")
        and is_name_token(doc[k - 1])
        and doc[k - 2].lower_ in words.cue
    ):
        return True  # "in Bentiu and Malakal": two names after a place preposition
    if k >= 1 and doc[k].lower_ == "on" and doc[k - 1].lower_ in words.taken:
        return True  # "advanced on Palmyra", "marched on the capital"
    if first >= 1 and doc[first - 1].lower_ in words.taken:
        return True  # "shelled El Fasher", "retook Kidal": what forces take is a place
    if first >= 2 and doc[first - 1].lower_ == "for" and doc[first - 2].lower_ in words.contest:
        return True  # "the battle for Avdiivka": what forces fight for is a place
    return (k >= 0 and doc[k].lower_ in words.cue) or _described_as_place(doc, last)


_DISTANCE_WORDS = frozenset({"about", "some", "around", "roughly", "nearly", "almost", "just"})
_UNITS = frozenset({"km", "kms", "kilometres", "kilometers", "miles", "mi"})


def _located_from(doc: Doc, last: int) -> bool:
    """A name set off by a comma before where it lies from another place: "Khan Sheikhoun,
    south of Maarat al-Numan", "Hawija, about 50 km southwest of Kirkuk"."""
    i = last + 1
    if i >= len(doc) or doc[i].text != ",":
        return False
    i += 1
    if i < len(doc) and doc[i].lower_ in _DISTANCE_WORDS:
        i += 1
    if i + 1 < len(doc) and doc[i].like_num and doc[i + 1].lower_ in _UNITS:
        i += 2
    elif i < len(doc) and doc[i].like_num and doc[i].lower_[-2:] == "km":
        i += 1
    if i + 1 < len(doc) and doc[i].lower_ == "to" and doc[i + 1].lower_ == "the":
        i += 2  # "8 km to the south-east of"
    return (
        i + 1 < len(doc)
        and doc[i].lower_.replace("-", "") in _COMPASS_POINTS
        and doc[i + 1].lower_ == "of"
    )


_COMPASS_POINTS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
)


def _described_as_place(doc: Doc, last: int) -> bool:
    """A name followed by an apposition that calls it a place: "Sarmada, a town on the
    border", "Hajin, a small village", "Jaramana, a Damascus suburb"."""
    if last + 2 >= len(doc) or doc[last + 1].text != "," or doc[last + 2].lower_ not in ("a", "an"):
        return False
    words = place_words()
    for token in doc[last + 3 : last + 3 + _APPOSITION_WORDS]:
        if token.lower_ in words.settlement or token.lower_ in words.admin:
            return True
        if token.is_punct or token.pos_ in ("VERB", "AUX", "ADP"):
            return False
    return False


def is_dateline(doc: Doc, first: int, last: int) -> bool:
    """A capitalized place opening a story or a line before a dash: "HARTFORD — ..."."""
    opening = first == 0 or doc[first].is_sent_start or "\n" in doc[first - 1].whitespace_
    if not opening or not all(t.is_upper or not t.is_alpha for t in doc[first : last + 1]):
        return False
    k = last + 1
    if k + 1 < len(doc) and doc[k].text == ",":
        j = k + 1  # "SOUTH CHARLESTON, W.Va. -", "BAIKONUR, Kazakhstan —"
        while j < len(doc) and j - k <= 3 and doc[j].text[:1].isupper() and doc[j].is_alpha | (
            "." in doc[j].text
        ):
            j += 1
        if j > k + 1:
            k = j
    if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")":
        k += 3  # "BOWLING GREEN, Ohio (AP) -"
    return k < len(doc) and (doc[k].text in _DASHES or doc[k].text == ":")


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


# A small place's name that the story also writes inside a person's or a company's longer
# name is that person or company when alone; a larger place's name is not given up so.
SHORT_NAME_MAX_POPULATION = 5000


def short_names(doc: Doc) -> frozenset[str]:
    """Words that stand alone for a person or company the story names in full: the first
    word of a company's name ("Titan" of "Titan Operating"), and a name word after a given
    name inside a person's or organisation's name ("Hartmann" of "Brett Hartmann", which NER
    may call an organisation; "Webb" of "the Charles Webb Center")."""
    words = place_words()
    skip = words.generic | words.title | words.feature_head | _SAINT | DETERMINERS
    out = set()
    for ent in doc.ents:
        if ent.label_ not in ("PERSON", "ORG") or len(ent) < 2:
            continue
        bare = ent[1:] if ent[0].lower_ in DETERMINERS else ent
        if len(bare) >= 2 and bare[-1].lower_ in words.company and is_name_token(bare[0]):
            out.add(bare[0].text)
        for k in range(1, min(len(bare), 3)):
            given, name = bare[k - 1], bare[k]
            if (
                is_name_token(given)
                and is_name_token(name)
                and given.lower_ not in skip
                and "." not in given.text
            ):
                out.add(name.text)
    return frozenset(out)


def _is_person(doc: Doc, span: SpacySpan, mention: Mention, people: frozenset[str]) -> bool:
    """Whether a one-word name is a person's: the surname of a full name the article gives
    ("Farrin" after "Henry Farrin"), after a title ("coach Ripley", "President X") or
    before an age ("Shelton, 33,"), and not after a place preposition ("in Shelton")."""
    if len(span) != 1:
        return False
    if mention.source == "demonym":  # "French said", after "Monica French" (not "the French")
        return span.text in people and not (span.start and doc[span.start - 1].lower_ == "the")
    token = span[0]  # "Saakashvili’s" may be one token
    before = doc[token.i - 1].lower_ if token.i > 0 else ""
    possessive = span.end < len(doc) and doc[span.end].lower_ in ("'s", "’s")
    if span.text in people and possessive and before == "of":
        return True  # "a friend of Farrin's", after "Henry Farrin"
    if before in ("in", "near", "outside", "of", "from", "at"):
        return False
    return (
        span.text in people
        or after_title(doc, token.i)
        or _AGE.match(doc[token.i + 1 : token.i + 4].text) is not None
    )


def after_title(doc: Doc, i: int) -> bool:
    """Whether token ``i`` follows a title ("coach Ripley", "Sgt. Mendez", tokenized "Sgt" ".")."""
    before = doc[i - 1].lower_ if i > 0 else ""
    if before == "." and i > 1:
        before = doc[i - 2].lower_ + "."
    return before in place_words().title


def _is_dedication(doc: Doc, span: SpacySpan) -> bool:
    """A saint's name dedicating a church, school or day, not a town named after the saint:
    "St. Mary's High School", "St. Patrick's Day", "St. Mark's United Methodist Church"
    (the capitalized name after "'s" ends in such a word; not "St. Petersburg's airport")."""
    if span.end + 1 >= len(doc) or doc[span.end].lower_ not in ("'s", "’s"):
        return False
    saint = span[0].lower_ in _SAINT or (span.start > 0 and doc[span.start - 1].lower_ in _SAINT)
    if not saint:
        return False
    words = place_words().dedication
    for token in doc[span.end + 1 : span.end + 1 + _DEDICATION_NAME_TOKENS]:
        if token.lower_ in words:
            return True
        if not token.is_title:
            return False
    return False


def _short_name(doc: Doc, span: SpacySpan, mention: Mention, short: frozenset[str]) -> bool:
    """A one-word name of a small place that is short for a person or company the story
    names in full (:func:`short_names`), not after a place preposition."""
    if len(span) != 1 or span.text not in short or mention.source == "demonym":
        return False
    if any(c.source != "geonames" for c in mention.candidates):
        return False
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    if before in ("in", "near", "outside", "of", "from", "at"):
        return False
    tier = min((c.tier for c in mention.candidates), default=1)
    best = [c.place for c in mention.candidates if c.tier == tier]
    key = normalize(span.text)
    if any(p.feature_class != "P" and normalize(p.name) == key for p in best):
        return False  # "Hitchcock" of "Hitchcock County": a county named by its own name
    towns = (p.population for p in best if p.feature_class == "P")
    return max(towns, default=0) < SHORT_NAME_MAX_POPULATION


def _numbered_label(doc: Doc, span: SpacySpan) -> bool:
    """A capitalized word before a number, labelling one of many ("Room 113", "Lot No. 5",
    "District 3"), not a place named so."""
    if len(span) != 1 or span.end >= len(doc) or span[0].whitespace_ == "":
        return False
    after = doc[span.end]
    if after.text.rstrip(".") in ("No", "#"):
        return True
    following = doc[span.end + 1] if span.end + 1 < len(doc) else None
    # not "Pulkovo 2 Airport", a name with a number inside
    return after.like_num and not (following is not None and following.is_title)


def not_people(
    doc: Doc,
    starts: Sequence[int],
    mentions: Sequence[Mention],
    people: frozenset[str],
    short: frozenset[str] = frozenset(),
) -> list[Mention]:
    """The mentions that are neither a person's name nor a saint's dedication."""
    kept = []
    for mention in mentions:
        span = mention_tokens(doc, starts, mention)
        if _is_person(doc, span, mention, people) and (
            mention.source == "demonym" or not _well_known(mention)
        ):
            continue
        if _short_name(doc, span, mention, short) and not _well_known(mention):
            continue
        if _numbered_label(doc, span) and not _well_known(mention):
            continue
        if not _is_dedication(doc, span):
            kept.append(mention)
    return kept
