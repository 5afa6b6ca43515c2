"""Capitalized phrases of an article that may name a place: where one starts and ends, and
the longest opening run of its words the gazetteer knows.

A phrase runs over name tokens and the connectors of names ("Deir ez-Zor", "Bosnia and
Herzegovina", "al-Hweiqa") up to :data:`MAX_PHRASE_TOKENS` words; it does not start inside a
longer name, after a date ("Sunday Alexandria police"), nor at the second name of a
hyphenated pair ("the Lebanon-Syria treaty"). Read by :mod:`sitrep.extract.toponyms`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.place_context import short_dateline
from sitrep.extract.place_cues import DETERMINERS, is_dateline, is_name_token
from sitrep.extract.place_forms import abbreviation_period
from sitrep.extract.place_words import place_words

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from sitrep.gazetteer import Candidate, Gazetteer

MAX_PHRASE_TOKENS = 7
# what the tagger calls a capitalized name inside a sentence ("around Bakhmut", an adverb)
_NAME_TAGS = ("ADJ", "NOUN", "X", "ADV")
# Arabic articles that open a hyphenated name ("al-Hweiqa", "ash-Shaddadi").
_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an"})


def opens_site_name(doc: Doc, first: int, last: int) -> bool:
    """Whether the place name ``first..last`` only opens the longer name of a building or
    an estate ("Spanish Oaks Apartments"): the capitalized phrase goes on past it and ends
    in a building's word. (Not a street's: "Cass County Court" is the county's court.)"""
    end = phrase_end(doc, first)
    return end > last and doc[end].lower_ in place_words().building


def phrase_end(doc: Doc, i: int) -> int:
    """The last token of the capitalized phrase (with "al", "ez", "-", "of") from ``i``."""
    end = i
    while (
        end + 1 < len(doc)
        and end + 1 - i < MAX_PHRASE_TOKENS
        and "\n" not in doc[end].whitespace_
        and (
            is_name_token(doc[end + 1])
            or doc[end + 1].lower_ in place_words().connector
            or abbreviation_period(doc, end)
            or _hyphen_joined(doc, end + 1)
        )
    ):
        end += 1
    return end


def _hyphen_joined(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a word joined by a hyphen, with no space, to the name before
    it: a part of one hyphenated name however short, as datelines write them in capitals
    ("PORT-AU-PRINCE", "DEIR EZ-ZOR"), where "AU" and "ZOR" alone would pass for acronyms."""
    return (
        i >= 2
        and doc[i].is_alpha
        and doc[i - 1].text in ("-", "‑")
        and not doc[i - 1].whitespace_
        and not doc[i - 2].whitespace_
        and doc[i - 2].is_alpha
    )


def phrase_start(doc: Doc, i: int) -> bool:
    token = doc[i]
    prev = doc[i - 1] if i > 0 else None
    if (
        prev is not None
        and "\n" not in prev.whitespace_
        and (
            (prev.text in ("-", "‑") and not _pair_after(doc, i))
            or (
                is_name_token(prev)
                and not prev.is_sent_start
                and prev.lower_ not in DETERMINERS
                and not _after_date(doc, i)
                and prev.lower_ not in place_words().compass
            )
        )
    ):
        return False  # inside a longer name: "Zor" of "Deir ez-Zor"
    if is_name_token(token) and (
        token.pos_ == "PROPN" or (not token.is_sent_start and token.pos_ in _NAME_TAGS)
    ):
        return True
    if token.is_upper and token.is_alpha and is_dateline(doc, i, _caps_end(doc, i)):
        return True  # "CORSICANA — A Henderson County woman ...", tagged a noun; "NEW
        # MIAMI —", whose short first word alone would pass for an acronym
    if (
        is_name_token(token)
        and not token.is_stop
        and (token.pos_ in ("PROPN", "NOUN") or token.pos_ == "ADJ" and not token.is_sent_start)
        and i + 2 < len(doc)
        and _resident_after(doc, i + 1)
    ):
        return True  # "Gainesville residents march ...", first in its sentence (but an
        # adjective there is a word: "Early voters", "Senior officials")
    # "al-Hweiqa": a lowercase article, a hyphen, a capitalized name
    return (
        token.lower_ in _ARTICLES
        and i + 2 < len(doc)
        and doc[i + 1].text in ("-", "‑")
        and is_name_token(doc[i + 2])
    )


def _after_date(doc: Doc, i: int) -> bool:
    """Whether token ``i`` follows a date or time that ends right before it ("Sunday
    Alexandria police ..."): a capitalized day's name does not open a longer name."""
    prev = doc[i - 1]
    return prev.ent_type_ in ("DATE", "TIME") and (
        doc[i].ent_type_ != prev.ent_type_ or doc[i].ent_iob_ == "B"
    )


def _pair_after(doc: Doc, i: int) -> bool:
    """Whether token ``i`` opens the second name of a hyphenated pair of names, as news
    pairs two places ("the Lebanon-Syria treaty", "an EU-Israel summit"): the word before
    the hyphen is a capitalized name, not an article ("al-Hweiqa") nor a lowercase particle
    ("Deir ez-Zor"). (A hyphenated name the gazetteer knows whole, "Winston-Salem", is read
    whole before its second part is reached.)"""
    if i < 2:
        return False
    before = doc[i - 2]
    return (
        is_name_token(before)
        and before.lower_ not in _ARTICLES
        and not before.whitespace_
        and not doc[i - 1].whitespace_
    )


def _resident_after(doc: Doc, i: int) -> bool:
    """Whether token ``i`` (or the one after a possessive "'s") is a resident or body of a
    place: "Gainesville residents", "Homs's governor"."""
    if doc[i].lower_ in ("'s", "’s"):
        return i + 1 < len(doc) and doc[i + 1].lower_ in place_words().civic
    words = place_words()
    if doc[i].is_title and doc[i].lower_ in words.civic:
        return True  # "Carthage Police Chief Dan Morrow said ..."
    return doc[i].lower_ in words.resident and doc[i].is_lower


def _caps_end(doc: Doc, i: int) -> int:
    """The last token of the run of capitals from ``i`` ("BOWLING GREEN")."""
    end = i
    while end + 1 < len(doc) and (
        doc[end + 1].is_upper and doc[end + 1].is_alpha or abbreviation_period(doc, end)
    ):
        end += 1
    return end


def particle_opens(doc: Doc, i: int, last: int) -> bool:
    """Whether token ``i`` is a particle that opens an Arabic or Hebrew place name ("Abu",
    "Umm", "Bir", "Jebel", "Wadi", "Tell") and the name runs on past it to ``last`` ("the Abu
    Shouk camp", "Umm al-Qura"): the particle is a part of that name, not a place on its own
    (not Abu in India), whether or not the gazetteer knows the whole."""
    if i >= last or doc[i].lower_ not in place_words().particle:
        return False
    after = doc[i + 1]
    return is_name_token(after) or after.lower_ in place_words().connector


def longest_prefix(
    doc: Doc, first: int, last: int, gazetteer: Gazetteer
) -> tuple[int, tuple[Candidate, ...]] | None:
    for j in range(last, first - 1, -1):
        if j == first and particle_opens(doc, first, last):
            break  # "Abu" of "Abu Shouk": no place called Abu
        short = not is_name_token(doc[j])  # "KYIV, Ukraine —": a dateline, no acronym
        if short and not short_dateline(doc, first, j):
            continue
        text = doc[first : j + 1].text
        found = tuple(
            c
            for c in gazetteer.candidates(text)
            if c.tier <= 2 and (not short or c.place.feature_class == "P")  # a dateline's town
        )
        if found:
            return j, found
    return None
