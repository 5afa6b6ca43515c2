"""Toponym recognition: the place names of an article body, with their gazetteer candidates.

Names come from two sources. spaCy's GPE/LOC/FAC entities, and gazetteer matching over
capitalized word sequences of the body, which finds the villages and neighbourhoods that
NER labels PERSON or ORG ("al-Arddi", "Kanamat", "Hatlah Tahtani", "Saqr Island"). A name
NER calls a person or organisation counts as a place only when the whole entity is a curated
(or imported) place, or a populated place of at least :data:`PERSON_PLACE_MIN_POPULATION`
inhabitants named after a place cue ("in", "near", "village of", "east of", ...); without
a cue, the population is that of a settlement bearing the name as its own, not as an
alternate one ("Room" is an old name of Rome, and no place).
Streets, parks and rivers named after a place keep their whole name ("Darby Street",
"Lake Lanier"); a one-word name that is the surname of a person the article names, or
follows a title, or is short for a person or company named in full ("Titan" of "Titan
Operating"), or labels one of many ("Lot No. 5"), is no place
(:mod:`sitrep.extract.place_cues`); nor is a highway exit ("Exit 6"); the forms news gives names
(datelines, "D-Ohio", "Jackson and Barrow counties", "City of X", "Monongahela National
Forest") are read by :mod:`sitrep.extract.place_forms`. A known name inside a longer place
entity the gazetteer does not know stands for itself only as a division's or sizeable town's
own name, or before a word of its bodies ("Harris County Jail"; not "Pink" of "the Pink
Flamingo Laundromat"); a title ("Vice", "Rev.") is no place, and a date before a name
("Sunday Alexandria police") or a compass word ("Northeast Georgia Medical Center") does
not make it part of a longer one. The words these rules read are data:
``knowledge/place_words.tsv``.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.place_context import (
    held_town,
    in_named_region,
    named_countries,
    named_points,
    named_within,
)
from sitrep.extract.place_cues import (
    PLACE_LABELS,
    Mention,
    cues_around,
    has_place_cue,
    is_name_token,
    mention_tokens,
    not_people,
    person_surnames,
    short_names,
)
from sitrep.extract.place_forms import (
    abbreviation_cut,
    county_list_mentions,
    demonym_mentions,
    is_demonym,
    party_home_mentions,
    protected_area_mentions,
    repeated_mentions,
    reshape,
    street_mentions,
)
from sitrep.extract.place_phrases import (
    longest_prefix,
    opens_site_name,
    particle_opens,
    phrase_end,
    phrase_start,
)
from sitrep.extract.place_words import armed_group_names, place_words
from sitrep.gazetteer import normalize
from sitrep.model import Article

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan

    from sitrep.extract.place_context import Point
    from sitrep.gazetteer import Candidate, Gazetteer

# NER labels that small towns' names often get ("Chiefland man", "Saratoga native"); the small
# English pipeline reads "Odesa" as a LANGUAGE.
MAYBE_PLACE_LABELS = frozenset({"PERSON", "ORG", "NORP", "PRODUCT", "WORK_OF_ART", "LANGUAGE"})
PERSON_PLACE_MIN_POPULATION = 1000
# A name read as a LANGUAGE is a city only when one this populous has it: "in Odesa", not
# "published in English" (English, Indiana).
LANGUAGE_PLACE_MIN_POPULATION = 50_000
# A capital or region this populous, named alone, is a place even where NER sees a person.
_CAPITAL_MIN_POPULATION = 1_000_000
# A non-entity capitalized phrase needs a cue, a curated entry or this many inhabitants.
PLAIN_PLACE_MIN_POPULATION = 100_000
# A town named inside a longer place entity, not followed by a word of its bodies, needs this
# many inhabitants (by its own name) to stand for itself.
_PART_MIN_POPULATION = 10_000
# Entities whose names often carry the place they belong to.
_ATTRIBUTED = frozenset({"NOUN", "PROPN", "ADJ"})
# The last word of an administrative division's name.
# Words after a name that end an NER span but not the name ("Mount Hood's", "Vivion Road and").
_TRAILING = frozenset({"'s", "’s", "and", "or"})
_DIVISION_WORDS = frozenset({"county", "parish", "township", "borough"})
# Words of a first- or second-level division that conflict copy writes after its name
# ("Ituri province", "in Kachin State").
_REGION_WORDS = frozenset({"state", "province", "region", "oblast", "governorate"})


def find_mentions(doc: Doc, *, article: Article, gazetteer: Gazetteer) -> list[Mention]:
    """The place names of the article body, in text order, with their candidates."""
    counties = county_list_mentions(doc, article, gazetteer) + protected_area_mentions(
        doc, article, gazetteer
    )
    mentions = [
        m
        for m in _ner_mentions(doc, article, gazetteer) + _joined_mentions(doc, article, gazetteer)
        if not any(m.start < c.end and c.start < m.end for c in counties)
    ] + counties
    taken = [(m.start, m.end) for m in mentions]
    for mention in _gazetteer_mentions(doc, article, gazetteer):
        if any(mention.start < e and s < mention.end for s, e in taken):
            continue
        mentions.append(mention)
        taken.append((mention.start, mention.end))
    for mention in (
        _acronym_mentions(doc, article, gazetteer)
        + demonym_mentions(doc, article, gazetteer)
        + party_home_mentions(article, gazetteer)
        + street_mentions(doc, article)
    ):
        if not any(mention.start < e and s < mention.end for s, e in taken):
            mentions.append(mention)
            taken.append((mention.start, mention.end))
    starts = [t.idx for t in doc]
    mentions = [
        reshape(doc, article.text, mention_tokens(doc, starts, m), m, gazetteer) for m in mentions
    ]
    people = person_surnames(doc)
    short = short_names(doc)
    kept = not_people(doc, starts, mentions, people, short)
    again = repeated_mentions(doc, article, starts, kept, gazetteer)
    kept += not_people(doc, starts, again, people, short)
    groups = armed_group_names()  # "Hezbollah", "Shabaab-held": an armed group, no place
    kept = [m for m in kept if normalize(article.text[m.start : m.end]) not in groups]
    return sorted(kept, key=lambda m: m.start)


def _ner_mentions(doc: Doc, article: Article, gazetteer: Gazetteer) -> list[Mention]:
    out = []
    for ent in doc.ents:
        if ent.label_ not in PLACE_LABELS or ent.start_char < article.body_start:
            continue
        first, last = ent.start, ent.end - 1
        while first <= last and (doc[first].lower_ in ("the", "a") or doc[first].is_punct):
            first += 1  # "the", or "-" of "Greenbrier-Pocahontas County"
        while last >= first and (
            doc[last].is_punct or doc[last].is_space or doc[last].lower_ in _TRAILING
        ):
            last -= 1
        if doc[last].lower_ in place_words().street:
            while first < last and (doc[first].like_num or doc[first].text == "-"):
                first += 1  # "6016 Dublin Road": the street, without the house number
        if first > last or is_demonym(doc[first : last + 1].text, gazetteer):
            continue  # "Sri Lankan": a nationality word, found as such
        if _people(doc, first, last):
            continue  # "Tutsi civilians": a people, not Tootsi in Estonia
        if first == last and _title_word(doc, first):
            continue  # "Sheikh" alone: a title before no name, not a village in Iran
        if not any(t.text[:1].isupper() for t in doc[first : last + 1]):
            continue  # "n't", "in absentia", "foie gras": a name has a capital somewhere
        if _numbered_road(doc, first, last):
            continue  # "Route 128", "Exit 6": a route through many places
        last = abbreviation_cut(doc, first, last, gazetteer)
        longer = longest_prefix(doc, first, phrase_end(doc, last), gazetteer)
        if longer is not None and longer[0] > last:  # NER cut "Deir ez-Zor" to "Deir"
            last = longer[0]
        start, end = doc[first].idx, doc[last].idx + len(doc[last].text)
        after, before = cues_around(doc, first, last)
        name = article.text[start:end]
        if after in place_words().admin:  # "Deir ez-Zor province": the span takes the word
            last += 1
            end = doc[last].idx + len(doc[last].text)
            name = article.text[start:end]
            after, _ = cues_around(doc, first, last)
        candidates = gazetteer.candidates(name)
        source = "ner+gazetteer" if candidates else "ner"
        if not candidates:
            sub = _longest_match(doc, first, last, gazetteer)
            if sub is not None and _named_after(doc, first, last, sub[0], sub[1]):
                # "Main Street", "Lake Lanier": the whole is a name of its own; a lake, river
                # or park lies by the place it is named after, a street anywhere
                if doc[last].lower_ not in place_words().street:
                    candidates = sub[2]
                    source = "ner+gazetteer"
                sub = None
            if sub is not None and not _part_is_place(doc, first, last, sub):
                continue  # "Pink" of "the Pink Flamingo Laundromat", "Ashley" of "Ashley Nickles"
            if sub is not None:
                sub_first, sub_last, candidates = sub
                start = doc[sub_first].idx
                end = doc[sub_last].idx + len(doc[sub_last].text)
                after, before = cues_around(doc, sub_first, sub_last)
                source = "ner+gazetteer"
        if (
            not candidates
            and doc[last].lower_ not in place_words().street | place_words().feature
            and all(t.lower_ in _plain_words() | _CIVIC for t in doc[first : last + 1])
        ):
            continue  # "City Hall", "Downtown": no name at all (but "Bridge Street" is one)
        if not candidates and first == last and not has_place_cue(doc, first, last):
            continue  # one word no gazetteer knows, said of no place: "Saakashvili said"
        if doc[last].lower_ in place_words().street and after in place_words().member:
            continue  # "United Way officials": a body, not a street
        out.append(Mention(start, end, source, candidates, after, before))
    return out


# Words that join two places NER may read as one organisation's name ("El Geneina for Chad").
_JOINING = frozenset({"for", "to"})


def _joined_mentions(doc: Doc, article: Article, gazetteer: Gazetteer) -> list[Mention]:
    """Two places joined by "for" or "to" that NER read as one organisation's or person's
    name ("fled El Geneina for Chad", "from El Geneina to Adre"): when the gazetteer knows
    each side whole as a settlement, a region or a country, each is a place, as no
    organisation is named "<place> for <place>" ("Doctors for Haiti" opens with no place)."""
    out = []
    for ent in doc.ents:
        if ent.label_ not in ("ORG", "PERSON") or ent.start_char < article.body_start:
            continue
        first = ent.start + (1 if doc[ent.start].lower_ == "the" else 0)
        joins = [t.i for t in doc[first : ent.end] if t.lower_ in _JOINING]
        if len(joins) != 1:
            continue
        sides = (doc[first : joins[0]], doc[joins[0] + 1 : ent.end])
        found = [_whole_place(side, gazetteer) for side in sides]
        if not all(found):
            continue
        for side, candidates in zip(sides, found, strict=True):
            after, before = cues_around(doc, side.start, side.end - 1)
            out.append(
                Mention(side.start_char, side.end_char, "ner+gazetteer", candidates, after, before)
            )
    return out


def _whole_place(side: SpacySpan, gazetteer: Gazetteer) -> tuple[Candidate, ...]:
    """The candidates of a name the gazetteer knows whole, by its own spelling, as a
    settlement, a region or a country; () for anything else (a word, a body's name)."""
    if not side or not is_name_token(side[0]) or not is_name_token(side[-1]):
        return ()
    found = tuple(c for c in gazetteer.candidates(side.text) if c.tier == 1)
    return found if any(c.place.feature_class in ("P", "A") for c in found) else ()


def _part_is_place(
    doc: Doc, start: int, end: int, part: tuple[int, int, tuple[Candidate, ...]]
) -> bool:
    """Whether the known name ``part`` (first token, last token, candidates) inside a longer
    place entity ``start..end`` the gazetteer does not know is a place: the rest of the
    entity names a part of it ("Western Mass.", "North West England") or a body or building
    of it ("Harris County Jail", "Memphis International Airport"), or the name is a
    division's or a town of some size by its own name. A small namesake, or one known by
    the words only as an alternate name, more likely opens the name of a shop, an event or
    a person ("Pink Flamingo Laundromat", "Ashley Nickles")."""
    first, last, candidates = part
    words = place_words()
    if any(t.lower_ in words.civic for t in doc[last + 1 : end + 1]):
        return True
    if start < first and all(t.lower_ in words.compass for t in doc[start:first]):
        return True
    key = normalize(doc[first : last + 1].text)
    return any(
        c.tier == 1
        and normalize(c.place.name) == key
        and (c.place.feature_class == "A" or c.place.population >= _PART_MIN_POPULATION)
        for c in candidates
    )


def _acronym_mentions(doc: Doc, article: Article, gazetteer: Gazetteer) -> list[Mention]:
    """A body's acronym that is a curated place's name as a whole entity ("the EU"): NER
    calls it an organisation, and the capitalized-phrase matching skips acronyms."""
    out = []
    for ent in doc.ents:
        if ent.label_ not in ("ORG", "NORP") or ent.start_char < article.body_start:
            continue
        bare = ent[1:] if ent[0].lower_ == "the" else ent
        if len(bare) != 1 or not bare.text.isupper():
            continue
        found = tuple(c for c in gazetteer.candidates(bare.text) if c.tier == 1)
        if found and found[0].source != "geonames":
            after, before = cues_around(doc, bare.start, bare.end - 1)
            start, end = bare.start_char, bare.end_char
            out.append(Mention(start, end, "ner+gazetteer", found, after, before))
    return out


_CIVIC = frozenset({"downtown", "uptown", "midtown", "city", "county"})
_DIRECTIONS = frozenset({"north", "south", "east", "west", "northbound", "southbound"})


def _numbered_road(doc: Doc, first: int, last: int) -> bool:
    """A highway exit ("Exit 6"), a point on a road and not a place; or a road's word cut
    from its number ("Route" of "Route 128", when NER stops short). A numbered highway
    itself ("Highway 19", "Interstate 45") is a place news writes of, and stays."""
    head = doc[first].lower_
    if head not in place_words().road:
        return False
    if first == last:
        return last + 1 < len(doc) and doc[last + 1].like_num
    return head in ("exit", "exits") and all(
        t.like_num or t.lower_ in _DIRECTIONS or t.text in ("-", "/", "and")
        for t in doc[first + 1 : last + 1]
    )


@lru_cache(maxsize=1)
def _plain_words() -> frozenset[str]:
    """Words that alone are no place name inside a longer one ("Northeast", "Street", "Way")."""
    words = place_words()
    return words.generic | words.street | words.feature


def _named_after(doc: Doc, first: int, last: int, sub_first: int, sub_last: int) -> bool:
    """Whether the entity ``first..last`` is a street, site or feature that bears the place
    name ``sub_first..sub_last`` in it ("Darby Street", "Mount Hood", "Port of Los Angeles"),
    or bears a word that only looks like a place ("United Way", "City Hall"): a name of its own.
    Not so for an office or body of the place ("Wyandotte County District Court")."""
    words = place_words()
    if sub_first == sub_last and doc[sub_first].lower_ in _plain_words():
        return True
    if sub_first > first and doc[sub_first - 1].lower_ in words.feature_head:
        return True
    if first < sub_first and doc[first].lower_ in words.feature_head:
        return True
    tail = [t.lower_ for t in doc[sub_last + 1 : last + 1]]
    return (
        bool(tail)
        and tail[-1] in words.street | words.feature
        and not any(t.lower_ in words.civic for t in doc[first:last])
    )


def _longest_match(
    doc: Doc, first: int, last: int, gazetteer: Gazetteer
) -> tuple[int, int, tuple[Candidate, ...]] | None:
    """The longest phrase of tokens ``first..last`` the gazetteer knows (tiers 1-2)."""
    for size in range(last - first + 1, 0, -1):
        for i in range(first, last - size + 2):
            j = i + size - 1
            if not is_name_token(doc[j]) or not (
                is_name_token(doc[i])
                or (doc[i].is_alpha and doc[i].lower_ in place_words().connector)
            ):
                continue
            if i == j and doc[i].lower_ in _plain_words() | place_words().road:
                continue  # "Northeast Georgia" is Georgia, not a place called Northeast;
                # "Route 128" is no place called Route
            if i == j and particle_opens(doc, i, last):
                continue  # "Abu" of "the Abu Shouk camp" is no place called Abu
            text = doc[i : j + 1].text
            found = tuple(c for c in gazetteer.candidates(text) if c.tier <= 2)
            if found:
                return i, j, found
    return None


def _gazetteer_mentions(doc: Doc, article: Article, gazetteer: Gazetteer) -> list[Mention]:
    """Capitalized phrases of the body that the gazetteer knows, kept when trustworthy."""
    out: list[Mention] = []
    ents = tuple(doc.ents)
    countries = named_countries(doc, gazetteer)
    points = named_points(doc, gazetteer)
    i = 0
    while i < len(doc):
        token = doc[i]
        if token.idx < article.body_start or not phrase_start(doc, i):
            i += 1
            continue
        match = longest_prefix(doc, i, phrase_end(doc, i), gazetteer)
        if match is None:
            i += 1
            continue
        last, candidates = match
        if i == last and token.lower_ in _plain_words():
            i += 1
            continue  # "River" of "the River Thames" is no place called River
        if opens_site_name(doc, i, last):
            i = phrase_end(doc, i) + 1
            continue
        if last + 1 < len(doc) and doc[last + 1].lower_ in place_words().admin:
            text = doc[i : last + 2].text
            admin = tuple(c for c in gazetteer.candidates(text) if c.tier <= 2)
            if admin:
                last, candidates = last + 1, admin
        mention = _judge(doc, ents, i, last, candidates, gazetteer, countries, points)
        if mention is not None:
            out.append(mention)
        i = last + 1
    return out


def _population(candidates: Sequence[Candidate], own: str | None = None) -> int:
    """The population of the most populous settlement among the candidates; with ``own``,
    of one that bears that name as its own: without a place cue, a place known by a word
    only as an alternate name ("Room" for Rome, "Sun" for Anshun) lends it no weight."""
    key = normalize(own) if own is not None else None
    return max(
        (
            c.place.population
            for c in candidates
            if c.place.feature_class == "P" and key in (None, normalize(c.place.name))
        ),
        default=0,
    )


def _capital(name: str, candidates: Sequence[Candidate]) -> bool:
    key = normalize(name)
    return any(
        c.tier == 1
        and (
            c.place.feature_code in ("PPLC", "ADM1")
            and c.place.population >= _CAPITAL_MIN_POPULATION
            or c.place.feature_code in ("PCLI", "PCLS")
        )
        and normalize(c.place.name) == key
        for c in candidates
    )


def _region_named(
    doc: Doc, first: int, last: int, candidates: Sequence[Candidate]
) -> bool:
    """Whether the phrase names a first- or second-level division the text calls one: the
    division's word after it ("Ituri province") or closing it after "in" ("in Kachin State";
    not "Ohio State beat Michigan")."""
    divisions = [c.tier for c in candidates if c.place.feature_code in ("ADM1", "ADM2")]
    if last + 1 < len(doc) and doc[last + 1].lower_ in _REGION_WORDS:
        return 1 in divisions and doc[last + 1].is_lower
    return (  # the region's word read into the name ("Ituri province") makes a looser tier
        bool(divisions)
        and min(divisions) <= 2
        and last > first
        and doc[last].lower_ in _REGION_WORDS
        and first > 0
        and doc[first - 1].lower_ == "in"
    )


def _people(doc: Doc, first: int, last: int) -> bool:
    """Whether tokens ``first..last`` are the name of a people ("Tutsi", "Fulani"), no place."""
    return all(t.lower_ in place_words().people for t in doc[first : last + 1])


def _possessive_part(doc: Doc, ent: SpacySpan, span: SpacySpan, bare_start: int) -> bool:
    """Whether the place ``span`` opens entity ``ent`` with "'s" and the words after name a
    part of it: a district or outskirts right after the entity ("Kherson's Dniprovskyi
    district", "Bakhmut's western outskirts"), as no organisation is named."""
    if span.start != bare_start or span.end >= ent.end - 1:
        return False
    if doc[span.end].lower_ not in ("'s", "’s"):
        return False
    words = place_words()
    part = {doc[ent.end - 1].lower_, doc[ent.end].lower_ if ent.end < len(doc) else ""}
    return bool(part & (words.of | words.after))


def _title_word(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a title before a person's name ("Vice", "Mr", "Rev.")."""
    titles = place_words().title
    word = doc[i].lower_.rstrip(".")
    return word in titles or f"{word}." in titles


def _given_name(doc: Doc, first: int, last: int, ents: Sequence[SpacySpan],
                candidates: tuple[Candidate, ...]) -> bool:
    """A one-word name that only a namesake abroad bears (no candidate by that very name)
    followed by a proper name NER typed as nothing: a person's given name and surname
    ("Laurent Nkunda", not Saint-Laurent-du-Maroni)."""
    if first != last or last + 1 >= len(doc) or any(
            e.start <= first < e.end for e in ents):
        return False
    after = doc[last + 1]
    word = doc[first].text.lower()
    return after.pos_ == "PROPN" and after.is_title and not after.ent_type_ and not any(
        c.place.name.lower() == word for c in candidates)


def _judge(
    doc: Doc,
    ents: Sequence[SpacySpan],
    first: int,
    last: int,
    candidates: tuple[Candidate, ...],
    gazetteer: Gazetteer,
    countries: frozenset[str] = frozenset(),
    points: Sequence[Point] = (),
) -> Mention | None:
    """A gazetteer phrase as a mention, or None when it is likely a person or organisation."""
    span: SpacySpan = doc[first : last + 1]
    if first == last and doc[first].is_stop:
        return None  # "Many of ...", "No. 1": a common word, capitalized
    if _people(doc, first, last):
        return None  # "Fulani herders": a people's name
    if first == last and _title_word(doc, first):
        return None  # "Vice Mayor Ray Melton", "the Rev. Martin Luther King Jr."
    if _given_name(doc, first, last, ents, candidates):
        return None  # "rebels loyal to Laurent Nkunda": a person's given name
    if doc[last].lower_ in _DIVISION_WORDS and any(
        c.tier == 1 and c.place.feature_class == "A" for c in candidates
    ):  # "Laurel County", "Jerome Township" name a place wherever they stand
        after, before = cues_around(doc, first, last)
        return Mention(
            doc[first].idx,
            doc[last].idx + len(doc[last].text),
            "gazetteer",
            candidates,
            after,
            before,
        )
    curated = any(c.source != "geonames" for c in candidates)
    populous = _population(candidates)
    own_populous = _population(candidates, span.text)
    cue = has_place_cue(doc, first, last)
    after, before = cues_around(doc, first, last)
    # "the town of X", "X village": the text itself says it is a place
    words = place_words()
    named_as_place = before.removesuffix(" of") in words.settlement or after in words.settlement
    region_named = _region_named(doc, first, last, candidates)
    covering = [e for e in ents if e.start < span.end and span.start < e.end]
    naming = False  # the name of an organisation holds it: "the Damascus Evening Post"
    for ent in covering:
        bare_start = ent.start + (1 if doc[ent.start].lower_ == "the" else 0)
        bare_end = ent.end - (1 if doc[ent.end - 1].lower_ in _TRAILING else 0)
        if _possessive_part(doc, ent, span, bare_start):
            continue  # "Kherson's Dniprovskyi district": a part of the city, no body's name
        if named_within(doc, ent, span, bare_start, candidates):
            naming = True
            continue  # "the Texas Department of Health", "University of Kentucky"
        inside = span.start <= bare_start and bare_end <= span.end  # NER cut "Dayr az-Zawr"
        if ent.label_ not in MAYBE_PLACE_LABELS or not inside or (
                ent.label_ == "LANGUAGE" and own_populous < LANGUAGE_PLACE_MIN_POPULATION):
            return None  # part of a longer name, a date, a nationality, a language ...
        if not (
            curated
            or (populous >= PERSON_PLACE_MIN_POPULATION and cue)
            or (
                own_populous >= PERSON_PLACE_MIN_POPULATION
                and in_named_region(doc, last, candidates, gazetteer)
            )
            or named_as_place
            or region_named
            or _capital(span.text, candidates)  # "Tbilisi says": the capital for its government
            or held_town(doc, first, last, candidates, countries, gazetteer, points)
        ):
            return None
        if (
            ent.label_ == "NORP"
            and (not curated or is_demonym(span.text, gazetteer))  # not "the Dadaab camp"
            and ent.end < len(doc)
            and doc[ent.end].pos_ in _ATTRIBUTED
            and doc[ent.end].ent_type_ not in ("DATE", "TIME")  # "in Omdurman yesterday"
            and doc[ent.end].lower_ not in words.after  # "Russia's Belgorod region"
            and not region_named
        ):
            return None  # "Syrian artillery": a nationality word, not a place
    if not covering and not (
        curated
        or cue
        or own_populous >= PLAIN_PLACE_MIN_POPULATION
        or (  # "attacked Gwoza in Borno State": a town placed in a region readers know
            own_populous >= PERSON_PLACE_MIN_POPULATION
            and in_named_region(doc, last, candidates, gazetteer)
        )
    ):
        return None
    if not curated and span.text.lower() in place_words().generic:
        return None
    after, before = cues_around(doc, first, last)
    start, end = doc[first].idx, doc[last].idx + len(doc[last].text)
    return Mention(start, end, "name" if naming else "gazetteer", candidates, after, before)
