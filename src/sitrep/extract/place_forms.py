"""How news writes place names: the forms a name takes beyond a plain capitalized phrase.

Nationality words ("Georgian", "the Russian Foreign Ministry", "Israeli-Egyptian"; a people's
word the table lacks, made from a region's name: "Ohioans", "South Ossetian"), protected
areas ("Dolly Sods Wilderness"), a legislator's party and home ("D-W. Va."), lists of
counties ("Jackson and Barrow counties"),
the seat of a place ("City of Huntsville", "Dublin City Council"), a state abbreviation with
its period ("W.Va."), streets named after places ("El Dorado Avenue") or given as a position
or an address ("lives on Bucknell Drive", "the 500 block of Kelley Lane"), and a name said of
a place once standing for it wherever else the story uses it ("one sense per discourse").
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.place_context import in_named_region
from sitrep.extract.place_cues import (
    DETERMINERS,
    Mention,
    cues_around,
    has_place_cue,
    is_name_token,
    mention_tokens,
)
from sitrep.extract.place_words import place_words
from sitrep.gazetteer import normalize
from sitrep.model import Article

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from sitrep.gazetteer import Gazetteer

# Words that make a place's seat or government of its name ("City of X", "X City Council").
_SEAT_WORDS = frozenset({"city", "town", "village", "state", "district"})
# The body or office of a town named after "X City" ("Dublin City Council").
_BODY_WORDS = frozenset({"council", "manager", "hall", "commission", "attorney", "schools"})
# "Rep. Nick Rahall, D-W. Va.", "Sen. Tom Jensen, R-London": a legislator's party and home.
_PARTY_HOME = re.compile(r"(?<![\w-])[DRI]-([A-Z][\w.]*(?: [A-Z][\w.]*){0,2})")
# Entities that a place name never is ("March" the month).
_NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
# A name's first word as news abbreviates it, tokenized apart from its period ("ST. PAUL").
ABBREVIATED_HEADS = frozenset({"st", "ste", "mt", "ft"})
# Labels NER gives a nationality word it misreads ("Sri Lankan" as a person).
_DEMONYM_LABELS = frozenset({"GPE", "PERSON"})
_DIVISIONS_PLURAL = {"counties": "County", "parishes": "Parish", "townships": "Township"}


@lru_cache(maxsize=1)
def demonym_table() -> dict[str, tuple[str, tuple[str, ...]]]:
    """People's adjective ("Georgian") -> (ISO code, the country's names), from demonyms.tsv."""
    from sitrep.knowledge import read_table

    table: dict[str, tuple[str, tuple[str, ...]]] = {}
    for row in read_table("demonyms.tsv"):
        names = tuple(n.strip() for n in row["names"].split("|") if n.strip())
        for name in names:
            table.setdefault(name.lower(), (row["country"], names))
    return table


def demonym_mentions(doc: Doc, article: Article, gazetteer: Gazetteer) -> list[Mention]:
    """Nationality words ("Georgian", "Israelis"), as mentions of their country.

    LGL and the geoparsing literature count them as toponyms;
    :func:`~sitrep.extract.event_places.event_location` never takes them for where an event
    happened.
    """
    out = []
    for ent in doc.ents:
        if ent.start_char < article.body_start:
            continue
        if ent.label_ == "ORG":  # "the Russian Foreign Ministry": the state's own body
            bare = ent[1:] if ent[0].lower_ == "the" else ent
            if len(bare) < 2 or bare[1].lower_ not in place_words().state_body:
                continue
            text, end_char = bare[0].text, bare[0].idx + len(bare[0].text)
            if not is_demonym(text, gazetteer):
                continue  # "US Army": a country's name, not a nationality word
        elif ent.label_ == "NORP" or (
            ent.label_ in _DEMONYM_LABELS and is_demonym(ent.text, gazetteer)
        ):
            text = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
            end_char = ent.end_char
            if ent.end < len(doc) and doc[ent.end].lower_ in place_words().culture:
                continue  # "Irish music", "French immersion": a culture or a language
        else:
            continue
        mention = _demonym(text, end_char - len(text), gazetteer)
        if mention is None and ent.label_ == "NORP":
            mention = derived_demonym(text, end_char - len(text), gazetteer)
        if mention is not None:
            out.append(mention)
    return out + _paired_demonyms(doc, article, gazetteer) + _bare_demonyms(doc, article, gazetteer)


# How English makes a people's word of a region's name: (ending of the people's word, what
# replaces it in the name): Ossetian, Virginian -> -ia; Kentuckian -> -y; Floridian -> -a;
# Ohioan -> Ohio; Minnesotan, Alaskan -> -a; Texan, Kansan -> -as; New Yorker -> New York.
_DEMONYM_ENDINGS = (
    ("ian", "ia"), ("ian", "y"), ("ian", "a"), ("an", ""), ("n", ""), ("n", "s"), ("er", "")
)
# A derived name must be a region's own name: a country, a first-level division, or a region
# curated in places.tsv ("South Ossetia").
_DERIVED_CODES = frozenset({"PCLI", "PCLS", "ADM1", "RGN", "ADMD"})


def derived_demonym(text: str, start: int, gazetteer: Gazetteer) -> Mention | None:
    """A people's word the demonym table lacks, as a mention of the region it is made from
    ("South Ossetians" -> South Ossetia, "Ohioans" -> Ohio, "New Yorker" -> New York), when
    the gazetteer knows that name as a region's own."""
    if text.lower() in place_words().period:
        return None  # "Victorian houses": an age, not the people of Victoria
    word = text.removesuffix("s")
    for ending, replacement in _DEMONYM_ENDINGS:
        if not word.endswith(ending) or len(word) - len(ending) < 3:
            continue
        name = word[: len(word) - len(ending)] + replacement
        key = normalize(name)
        found = tuple(
            c
            for c in gazetteer.candidates(name)
            if c.tier == 1
            and c.place.feature_code in _DERIVED_CODES
            and normalize(c.place.name) == key
        )
        if found:
            return Mention(start, start + len(text), "demonym", found[:1], "", "")
    return None


def _bare_demonyms(doc: Doc, article: Article, gazetteer: Gazetteer) -> list[Mention]:
    """Nationality words NER left outside any entity ("the Sri Lankan civil war"): one or two
    capitalized words the demonym table knows, before a lowercase word."""
    table = demonym_table()
    out = []
    for i, token in enumerate(doc):
        if token.idx < article.body_start or token.ent_type_ or not token.is_title:
            continue
        if i > 0 and (doc[i - 1].is_title and not doc[i - 1].is_sent_start):
            continue  # inside a longer name
        for j in (i + 1, i):
            if j + 1 >= len(doc) or any(t.ent_type_ for t in doc[i : j + 1]):
                continue
            words = doc[i : j + 1]
            if not all(t.is_title for t in words) or not doc[j + 1].is_lower:
                continue
            if words.text.lower() not in table or doc[j + 1].lower_ in place_words().culture:
                continue
            mention = _demonym(words.text, token.idx, gazetteer)
            if mention is not None and is_demonym(words.text, gazetteer):
                out.append(mention)
                break
    return out


def _demonym(text: str, start: int, gazetteer: Gazetteer) -> Mention | None:
    """A nationality word at ``start`` as a mention of its country, or None."""
    table = demonym_table()
    entry = table.get(text.lower()) or table.get(text.lower().removesuffix("s"))
    if entry is None:
        return None
    code, names = entry
    country = next(
        (
            (c,)
            for name in names
            for c in gazetteer.candidates(name)
            if c.place.country == code and c.place.feature_code in ("PCLI", "PCLS")
        ),
        (),
    )
    return Mention(start, start + len(text), "demonym", country, "", "") if country else None


def _paired_demonyms(doc: Doc, article: Article, gazetteer: Gazetteer) -> list[Mention]:
    """Both nationalities of a hyphened pair ("Israeli-Egyptian peace", "a Russian-American
    crew"), which NER gives as one word or only in part."""
    out = []
    for i in range(len(doc) - 2):
        first, dash, second = doc[i], doc[i + 1], doc[i + 2]
        if first.idx < article.body_start or dash.text not in ("-", "‑") or first.whitespace_:
            continue
        if not (first.is_title and second.is_title and not dash.whitespace_):
            continue
        if not (is_demonym(first.text, gazetteer) and is_demonym(second.text, gazetteer)):
            continue
        pair = [_demonym(t.text, t.idx, gazetteer) for t in (first, second)]
        out += [m for m in pair if m is not None]
    return out


def is_demonym(text: str, gazetteer: Gazetteer) -> bool:
    table = demonym_table()
    key = text.lower()
    return (key in table or key.removesuffix("s") in table) and not any(
        c.tier == 1 for c in gazetteer.candidates(text)
    )


def reshape(
    doc: Doc, text: str, span: SpacySpan, mention: Mention, gazetteer: Gazetteer
) -> Mention:
    """A mention's span as news writes the name: "W.Va." with its period; "Dublin" of "Dublin
    City Council", "City of Paris" and "State of Illinois"; a street whose first words name a
    place ("El Dorado Avenue", "Cumberland St."), unresolved."""
    if mention.source == "demonym" or (span.start_char, span.end_char) != (
        mention.start,
        mention.end,
    ):
        return mention
    name, end = text[mention.start : mention.end], mention.end
    if "." in name and text[end : end + 2] in (".", ". ", ".\n", ".,", ". -"):
        dotted = tuple(c for c in gazetteer.candidates(name + ".") if c.tier == 1)
        if dotted and dotted[0].place.feature_code == "ADM1":  # "HURRICANE, W.Va. -"
            return replace(mention, end=end + 1, candidates=dotted)
    first, last = span.start, span.end - 1
    seat = _seat_name(doc, first, last)
    body = last + 1 < len(doc) and doc[last + 1].is_title and doc[last + 1].lower_ in _BODY_WORDS
    own = normalize(name)
    town = any(  # "Boulder City" is a town's own name, "Dublin City" a region's
        c.tier == 1 and c.place.feature_class == "P" and normalize(c.place.name) == own
        for c in mention.candidates
    )
    if seat is not None and not town and (body or not any(c.tier == 1 for c in mention.candidates)):
        i, j = seat
        found = tuple(
            c
            for c in gazetteer.candidates(text[doc[i].idx : doc[j].idx + len(doc[j].text)])
            if c.tier == 1
        )
        if found:
            after, before = cues_around(doc, i, j)
            return Mention(
                doc[i].idx, doc[j].idx + len(doc[j].text), mention.source, found, after, before
            )
    street = _street_word(doc, last)
    if street is not None and doc[last].lower_ not in place_words().civic:
        # "Darby Street", not "Allegheny County Court" (a county's court)
        end = street.idx + len(street.text)
        if _abbreviation_period(text, end, street):
            end += 1  # "St." tokenized "St" "."
        return Mention(mention.start, end, "ner", (), *cues_around(doc, first, street.i))
    return mention


def _abbreviation_period(text: str, end: int, street: Token) -> bool:
    """Whether the period at ``end``, right after a street word, is the word's own ("St."
    tokenized "St" "."), not the full stop after "Dawes Street"."""
    return (
        text[end : end + 1] == "."
        and not street.text.endswith(".")
        and f"{street.lower_}." in place_words().street
    )


def _seat_name(doc: Doc, first: int, last: int) -> tuple[int, int] | None:
    """The place inside "City of X", "State of X" or "X City [Council]" (tokens), or None."""
    if last - first >= 2 and doc[first + 1].lower_ == "of" and doc[first].lower_ in _SEAT_WORDS:
        return first + 2, last
    if last > first and doc[last].lower_ in _SEAT_WORDS and doc[last].is_title:
        return first, last - 1
    return None


def _street_word(doc: Doc, last: int) -> Token | None:
    """The capitalized street word that follows token ``last`` and ends the name ("Avenue" of
    "Rivers Avenue"), not one inside a longer name ("S.C. Highway Patrol")."""
    if last + 1 >= len(doc) or not doc[last].whitespace_:
        return None
    street = doc[last + 1]
    if street.lower_ not in place_words().street or not street.text[:1].isupper():
        return None
    if (
        last + 2 < len(doc)
        and is_name_token(doc[last + 2])
        and not doc[last + 2].is_sent_start
        and "\n" not in street.whitespace_
    ):
        return None
    return street


# Words before a street's name that say it is one: an address's house number, "the 500
# block of", a preposition of position ("lives on", "a store at", "along", "off").
_STREET_CUES = frozenset({"on", "at", "along", "off", "onto"})
# "the intersection of", "just south of", "the east side of" X Street
_STREET_OF = frozenset(
    {"block", "intersection", "corner", "side", "end", "stretch", "section", "length"}
    | {"north", "south", "east", "west"}
)
_STREET_MAX_WORDS = 4


def _street_cue(doc: Doc, i: int) -> bool:
    """Whether the words before token ``i`` say a street's name starts there."""
    cue = doc[i - 1]
    if cue.like_num or cue.lower_ in _STREET_CUES:
        return True
    before = doc[i - 2] if i >= 2 else None
    if before is None:
        return False
    if cue.lower_ == "of":  # "the 500 block of", "Kay, 24, of Campbell Branch Road"
        return before.lower_ in _STREET_OF or before.text == ","
    # "District Drive and Glen Crossing Road": the second street of a pair
    return cue.lower_ in ("and", "or", ",") and before.lower_ in place_words().street and (
        before.is_title
    )


def street_mentions(doc: Doc, article: Article) -> list[Mention]:
    """Streets named where news gives a position or an address: "lives on Bucknell Drive",
    "the 500 block of Kelley Lane", "of 2517 Memphis St." (the name without its number),
    unresolved: NER often calls them people ("Wichita Drive") or misses them."""
    out = []
    street = place_words().street
    for k, token in enumerate(doc):
        if token.idx < article.body_start or token.lower_ not in street or not token.is_title:
            continue
        i = k
        while i - 1 >= 0 and k - (i - 1) <= _STREET_MAX_WORDS and is_name_token(doc[i - 1]):
            if "\n" in doc[i - 1].whitespace_:
                break
            i -= 1
        if i == k or i == 0 or doc[i].lower_ in place_words().title:
            continue
        if not _street_cue(doc, i):
            continue
        after = doc[k + 1 : k + 3]
        if after and (
            after[0].lower_ in place_words().member
            or (len(after) == 2 and after[0].lower_ == "of" and is_name_token(after[1]))
        ):
            continue  # "United Way officials", "United Way of America": a body
        end = token.idx + len(token.text)
        if _abbreviation_period(article.text, end, token):
            end += 1  # "St." tokenized "St" "."
        out.append(Mention(doc[i].idx, end, "ner", (), *cues_around(doc, i, k)))
    return out


_PROTECTED_MAX_NAME = 4  # name words before "National Forest", "Wilderness"


def protected_area_mentions(doc: Doc, article: Article, gazetteer: Gazetteer) -> list[Mention]:
    """Protected areas named as such ("Monongahela National Forest", "Dolly Sods
    Wilderness", "Martin Dies Jr. State Park"): places whatever NER calls them (an
    organisation, a person), resolved when the gazetteer knows the whole name."""
    closing = place_words().protected
    sizes = sorted({len(p.split()) for p in closing}, reverse=True)
    out = []
    for k, token in enumerate(doc):
        if token.idx < article.body_start or not token.is_title:
            continue
        for size in sizes:  # the closing words end at token k
            start = k - size + 1
            if start < 1 or " ".join(t.lower_ for t in doc[start : k + 1]) not in closing:
                continue
            if not all(t.is_title for t in doc[start : k + 1]):
                continue
            i = start
            while (
                i - 1 >= 0
                and start - (i - 1) <= _PROTECTED_MAX_NAME
                and is_name_token(doc[i - 1])
                and "\n" not in doc[i - 1].whitespace_
                and doc[i - 1].lower_ not in DETERMINERS
            ):
                i -= 1
            if i == start:
                break  # "the National Park Service": no name before the words
            end = token.idx + len(token.text)
            name = article.text[doc[i].idx : end]
            found = tuple(c for c in gazetteer.candidates(name) if c.tier == 1)
            after, before = cues_around(doc, i, k)
            out.append(Mention(doc[i].idx, end, "ner", found, after, before))
            break
    return out


def party_home_mentions(article: Article, gazetteer: Gazetteer) -> list[Mention]:
    """The state or town after a legislator's party letter, as US news writes it."""
    out = []
    text = article.text
    for match in _PARTY_HOME.finditer(text, article.body_start):
        words = match.group(1).split(" ")
        for n in range(len(words), 0, -1):
            name = " ".join(words[:n]).rstrip(",;")
            if name.endswith(".") and not gazetteer.candidates(name):
                name = name[:-1]
            found = tuple(
                c
                for c in gazetteer.candidates(name)
                if c.tier == 1 and c.place.feature_class in ("A", "P")
            )
            if found:
                start = match.start(1)
                out.append(Mention(start, start + len(name), "gazetteer", found, "", ""))
                break
    return out


def _state_name(name: str, gazetteer: Gazetteer) -> bool:
    """Whether ``name`` is a country's or a first-level region's own name ("Indiana")."""
    key = normalize(name)
    return any(
        c.tier == 1 and c.place.feature_code in ("PCLI", "ADM1") and normalize(c.place.name) == key
        for c in gazetteer.candidates(name)
    )


def _listed(doc: Doc, i: int) -> bool:
    """Whether the name starting at token ``i`` follows a comma, "and" or "or" of a list."""
    return i > 0 and doc[i - 1].lower_ in (",", "and", "or")


def county_list_mentions(doc: Doc, article: Article, gazetteer: Gazetteer) -> list[Mention]:
    """The names of a list that ends in "counties" ("Jackson and Barrow counties", "Douglas,
    Sarpy and Lancaster counties"), each a county."""
    out = []
    for k, token in enumerate(doc):
        if token.lower_ not in _DIVISIONS_PLURAL or token.idx < article.body_start:
            continue
        j = k - 1
        while j >= 0 and is_name_token(doc[j]):
            i = j
            while i - 1 >= 0 and is_name_token(doc[i - 1]) and "\n" not in doc[i - 1].whitespace_:
                i -= 1
            name = doc[i : j + 1].text
            division = _DIVISIONS_PLURAL[token.lower_]
            found = tuple(
                c
                for c in gazetteer.candidates(f"{name} {division}")
                if c.tier == 1 and c.place.feature_class == "A"
            )
            if not found or (j == k - 1 and _state_name(name, gazetteer) and not _listed(doc, i)):
                break  # "Indiana counties": the state's counties, not Indiana County
            out.append(
                Mention(doc[i].idx, doc[j].idx + len(doc[j].text), "gazetteer", found, "", "")
            )
            j = i - 1
            while j >= 0 and doc[j].lower_ in (",", "and", "or"):
                j -= 1
    return out


# "the town of Sarmin": a name the gazetteer found where NER saw none (or an organisation) is
# said to be a settlement as plainly as one NER found after "in"
_SETTLEMENT_NOUNS = frozenset({"town", "village", "city"})


def _called_a_settlement(doc: Doc, first: int) -> bool:
    return first >= 2 and doc[first - 1].lower_ == "of" and (
        doc[first - 2].lower_ in _SETTLEMENT_NOUNS)


def _title_end(article: Article) -> int:
    """Where the headline the text opens with ends (0 when the text does not open with it)."""
    title = article.title or ""
    return len(title) if title and article.text.startswith(title) else 0


def repeated_mentions(
    doc: Doc, article: Article, starts: Sequence[int], found: Sequence[Mention],
    gazetteer: Gazetteer,
) -> list[Mention]:
    """Other occurrences of a name the article says is a place ("one sense per discourse"):
    "Gainesville" after "in" once is the place where NER later sees a person or an
    organisation of that one word; not inside a longer name ("Tom Gainesville"). The article
    says so with a place cue, by calling it a town or village ("the town of Sarmin"), or by
    placing it in a region its readers know ("Sarmin in Syria's Idlib province")."""
    names: dict[str, Mention] = {}
    # a given name ("Tim" of "Tim Jones") or a month ("March") said of a place once stands
    # for it nowhere else
    not_names = {
        ent[0].text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1
    } | {t.text for t in doc if t.ent_type_ in _NOT_NAMES}
    for mention in found:
        if not mention.candidates or mention.source not in ("ner+gazetteer", "gazetteer"):
            continue
        name = article.text[mention.start : mention.end]
        span = mention_tokens(doc, starts, mention)
        said = (_called_a_settlement(doc, span.start)
                or in_named_region(doc, span.end - 1, mention.candidates, gazetteer)
                or (mention.source != "gazetteer" and has_place_cue(doc, span.start, span.end - 1)))
        if name not in not_names and said:
            names.setdefault(name, mention)  # said of a place at least once
    if not names:
        return []
    taken = [(m.start, m.end) for m in found]
    inside = {t.i for ent in doc.ents  # (a headline's last word: "Saraqib" + its blank line)
              if sum(not w.is_space for w in ent) > 1 or ent.label_ in _NOT_NAMES for t in ent}
    longest = max(len(name.split()) for name in names)
    out = []
    for i, token in enumerate(doc):
        if (token.idx < article.body_start and token.idx >= _title_end(article)) or not (
                is_name_token(token)):
            continue  # the headline, not the byline or source lines that follow it
        if i > 0 and (is_name_token(doc[i - 1]) and doc[i - 1].lower_ not in DETERMINERS):
            continue
        for j in range(min(len(doc), i + longest) - 1, i - 1, -1):
            text = doc[i : j + 1].text
            model = names.get(text)
            if model is None:
                continue
            start, end = token.idx, token.idx + len(text)
            whole = doc[i : j + 1]
            if (
                not any(start < e and s < end for s, e in taken)
                and not (j + 1 < len(doc) and is_name_token(doc[j + 1]))
                and not any(t.i in inside for t in whole)
            ):
                after, before = cues_around(doc, i, j)
                out.append(replace(model, start=start, end=end, cue_after=after, cue_before=before))
                taken.append((start, end))
            break
    return out


def abbreviation_cut(doc: Doc, first: int, last: int, gazetteer: Gazetteer) -> int:
    """The last token of a name NER cut at the period of its abbreviated first word ("ST" of
    "ST. PAUL", as a dateline writes it): the entity's end, or the end of the whole name."""
    if doc[last].lower_ not in ABBREVIATED_HEADS or last + 2 >= len(doc):
        return last
    if doc[last + 1].text != "." or doc[last].whitespace_:
        return last
    end = last + 1
    while (
        end + 1 < len(doc)
        and end + 1 - last <= 3
        and doc[end + 1].is_alpha
        and (doc[end + 1].is_title or doc[end + 1].is_upper)
        and "\n" not in doc[end].whitespace_
    ):
        end += 1
    for j in range(end, last + 1, -1):
        if any(c.tier == 1 for c in gazetteer.candidates(doc[first : j + 1].text)):
            return j
    return last


def abbreviation_period(doc: Doc, i: int) -> bool:
    """Whether token ``i + 1`` is the period of an abbreviated first word ``i`` that the
    tokenizer split off ("ST" "." of "ST. PARIS")."""
    return (
        doc[i].lower_ in ABBREVIATED_HEADS
        and not doc[i].whitespace_
        and i + 2 < len(doc)
        and doc[i + 1].text == "."
        and doc[i + 2].is_alpha
    )
