"""Context that tells whether a gazetteer phrase is a place: a short dateline word, a place
named inside an organisation's name, and a containing region named right after it.

Split from :mod:`sitrep.extract.toponyms`, which calls these while judging a phrase.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sitrep.extract.place_cues import PLACE_LABELS, Mention, after_title, is_dateline
from sitrep.extract.place_words import place_words
from sitrep.gazetteer import normalize
from sitrep.model import great_circle_km

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan

    from sitrep.gazetteer import Candidate, Gazetteer
    from sitrep.model import Place

_NAMING_LABELS = frozenset({"ORG", "FAC", "EVENT", "LAW"})
_WELL_KNOWN_CODES = frozenset({"PCLI", "PCLS", "ADM1", "PPLC", "PPLA"})
_NAMING_MIN_POPULATION = 100_000
# "Khan Younis in the south of the Gaza Strip": how far after the name its region may open
_CONTAINER_REACH = 7
_CONTAINER_CODES = frozenset({"PCLI", "PCLS", "ADM1"})
_SEAT_WORDS = frozenset({"city", "town", "village", "district"})
# Names of the text whose candidates place a town said beside them (NER calls many a town of
# a war a person or an organisation), and how near those must lie: anywhere in the text, or
# listed with it ("struck Ariha and Saraqib").
_POINT_LABELS = PLACE_LABELS | {"PERSON", "ORG", "NORP", "PRODUCT", "WORK_OF_ART"}
_POINT_CANDIDATES = 10
_NEIGHBOUR_KM = 200.0
_LISTED_KM = 50.0


@dataclass(frozen=True)
class Point:
    """A name of the text (its tokens ``start..end``, exclusive) and the settlements and
    regions it may name, by its own spelling (tier 1)."""

    start: int
    end: int
    key: str
    places: tuple[Place, ...]


def named_points(doc: Doc, gazetteer: Gazetteer) -> tuple[Point, ...]:
    """The entities of the text with the places they may be (countries left out)."""
    out = []
    for ent in doc.ents:
        if ent.label_ not in _POINT_LABELS:
            continue
        bare = ent[1:] if ent[0].lower_ == "the" and len(ent) > 1 else ent
        places = tuple(
            c.place
            for c in gazetteer.candidates(bare.text)
            if c.tier == 1 and c.place.feature_class in ("P", "A")
            and c.place.feature_code not in ("PCLI", "PCLS")
        )[:_POINT_CANDIDATES]
        if places:
            out.append(Point(bare.start, bare.end, normalize(bare.text), places))
    return tuple(out)


def _near(
    place: Place, points: Sequence[Point], key: str, km: float, *, unknown: bool = False
) -> bool:
    """Whether a name other than ``key`` may be a place of ``place``'s country within
    ``km`` (with ``unknown``, one GeoNames counts no people in)."""
    return any(
        p.country == place.country
        and (not unknown or p.population == 0)
        and great_circle_km(place.lat, place.lon, p.lat, p.lon) <= km
        for point in points
        if point.key != key
        for p in point.places
    )


def short_dateline(doc: Doc, first: int, last: int) -> bool:
    """A dateline's short capitalized name before a comma, dash or agency ("KYIV, Ukraine —",
    "GAZA —", "KYIV (AP) —"), which alone would pass for an acronym (not "UN: ...")."""
    return (
        doc[last].is_upper
        and len(doc[last]) > 2
        and last + 1 < len(doc)
        and doc[last + 1].text in (",", "—", "–", "--", "-", "(")
        and is_dateline(doc, first, last)
    )


def named_within(
    doc: Doc, ent: SpacySpan, span: SpacySpan, bare_start: int, candidates: Sequence[Candidate]
) -> bool:
    """A well-known place opening an organisation's name, or closing it after "of"; or any
    town or county opening the name of one of its bodies or offices ("Torrington Fire
    Department", "Litchfield Fire Chief Jim Koser", "Canaan Board of Finance")."""
    if (bare_start, ent.end) == (span.start, span.end) or after_title(doc, ent.start):
        return False  # "Sgt. Carolina Mendez": a person NER took for an organisation
    compass = place_words().compass
    # where the name's own words begin: before a compass word ("Northeast Georgia Medical
    # Center", "Metro Vancouver", "of Metropolitan Atlanta"), or the first name of a
    # hyphened pair ("the Lebanon-Syria treaty", "University of Wisconsin-Milwaukee")
    lead = span.start
    while lead > bare_start:
        if doc[lead - 1].lower_ in compass:
            lead -= 1
        elif lead - 2 >= bare_start and _paired(doc, lead):
            lead -= 2
        else:
            break
    opening = lead == bare_start and (span.end < ent.end or lead < span.start)
    # "University of Kentucky", "Association of Georgia Educators"
    closing = lead > bare_start and doc[lead - 1].lower_ == "of"
    words = place_words()
    if span.text.lower() in words.generic | words.civic:
        return False
    key = normalize(span.text)
    seat = doc[span.end - 1].lower_ in _SEAT_WORDS
    own = [  # "Oxford City" of "Oxford City Council": the town, known without its "City";
        # "Ramsey" of "Ramsey Circuit Court": the county, named without its "County"
        c
        for c in candidates
        if normalize(c.place.name) in (key, f"{key} county")
        or c.place.feature_code == "PCLI"
        or (seat and c.tier == 2)
    ]
    if opening and span.end < len(doc) and doc[span.end].lower_ in words.civic \
            and doc[span.end].is_title:  # a name that ends the text has no civic word after it
        return ent.label_ in _NAMING_LABELS | {"PERSON"} and any(
            c.place.feature_class in ("P", "A") for c in own
        )
    return (
        ent.label_ in _NAMING_LABELS
        and (opening or closing)
        and any(
            c.place.feature_code in _WELL_KNOWN_CODES
            or c.place.population >= _NAMING_MIN_POPULATION
            for c in own  # its own name, not an alternate spelling; or a country's
        )
    )


def _paired(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is the second name of a hyphened pair ("Wisconsin-Milwaukee")."""
    dash, before = doc[i - 1], doc[i - 2]
    return (
        dash.text in ("-", "‑")
        and not dash.whitespace_
        and not before.whitespace_
        and before.text[:1].isupper()
    )


def in_named_region(
    doc: Doc, last: int, candidates: Sequence[Candidate], gazetteer: Gazetteer
) -> bool:
    """Whether a country or first-level region named right after the phrase ("X in Y",
    "X, Y", "X in the south of Y") holds one of the phrase's populated candidates: news
    places a little-known town in a region its readers know."""
    if last + 1 >= len(doc) or doc[last + 1].lower_ not in ("in", ","):
        return False
    countries = {c.place.country for c in candidates if c.place.feature_class == "P"}
    for ent in doc.ents:
        if ent.start <= last + 1 or ent.start > last + _CONTAINER_REACH:
            continue
        between = doc[last + 2 : ent.start]
        if ent.label_ not in PLACE_LABELS or any(t.is_punct and t.text != "-" for t in between):
            return False
        name = ent[1:].text if ent[0].lower_ == "the" else ent.text
        regions = [c.place for c in gazetteer.candidates(name) if c.tier == 1]
        return any(p.feature_code in _CONTAINER_CODES and p.country in countries for p in regions)
    return False


def named_countries(doc: Doc, gazetteer: Gazetteer) -> frozenset[str]:
    """The countries (ISO codes) the text names, by name ("Syria", "Iraq's") or by its
    people's word ("Syrian", "Iraqi"): where the story is, as a reader takes it."""
    from sitrep.extract.place_forms import demonym_table

    table = demonym_table()
    out = set()
    for ent in doc.ents:
        if ent.label_ not in ("GPE", "NORP", "LOC"):
            continue
        text = ent[1:].text if ent[0].lower_ == "the" else ent.text
        entry = table.get(text.lower()) or table.get(text.lower().removesuffix("s"))
        if entry is not None:
            out.add(entry[0])
            continue
        key = normalize(text)
        out.update(
            c.place.country
            for c in gazetteer.candidates(text)
            if c.tier == 1
            and c.place.feature_code in ("PCLI", "PCLS")
            and c.place.country
            and normalize(c.place.name) == key
        )
    return frozenset(out)


def held_town(
    doc: Doc,
    first: int,
    last: int,
    candidates: Sequence[Candidate],
    countries: frozenset[str],
    gazetteer: Gazetteer,
    points: Sequence[Point] = (),
) -> bool:
    """Whether the phrase, said where a place is expected ("east of X", "into X", "an attack
    on X"), is the name of a settlement of a country the story names, or of a settlement
    near another place the story may name (:func:`named_points`, within
    :data:`_NEIGHBOUR_KM`): conflict news names small towns GeoNames counts no people in
    ("Sarmin", "Tal Afar"), which NER often calls a person or an organisation, and wire
    copy often names no country ("south of Khan Sheikhoun"). A list that goes on with a
    place is a cue too, and so is a list of two names whose towns lie within
    :data:`_LISTED_KM` ("struck Ariha and Saraqib"), and the region named right after it
    ("struck Ariha in Syria": :func:`in_named_region`)."""
    from sitrep.extract.place_cues import has_place_cue

    towns = [c.place for c in candidates if c.tier == 1 and c.place.feature_class == "P"]
    key = normalize(doc[first : last + 1].text)
    beside = [  # the names listed with it: "Ariha and Saraqib"
        point
        for point in points
        if (point.start == last + 2 and doc[last + 1].lower_ in ("and", "or", ","))
        or (point.end == first - 1 and doc[first - 1].lower_ in ("and", "or", ","))
    ]
    if any(_near(p, beside, key, _LISTED_KM, unknown=p.population > 0) for p in towns):
        return True
    # a town GeoNames counts no people in (population unknown, not small) near another
    # place of the text: a town of a known population, even a small one, is more likely a
    # US or European village whose name is a person's too
    unknown = [p for p in towns if p.population == 0]
    if not any(p.country in countries for p in towns) and not any(
        _near(p, points, key, _NEIGHBOUR_KM) for p in unknown
    ):
        return False
    on = first >= 2 and doc[first - 1].lower_ == "on"
    listed = (  # "hit Kramatorsk and Sloviansk": a list that goes on with a place
        last + 2 < len(doc)
        and doc[last + 1].lower_ in ("and", "or", ",")
        and doc[last + 2].ent_type_ in PLACE_LABELS
        and doc[last + 2].ent_iob_ == "B"
    )
    return (
        has_place_cue(doc, first, last)
        or (on and doc[first - 2].lower_ in place_words().assault)
        or listed
        or in_named_region(doc, last, candidates, gazetteer)
    )


def sentence_countries(
    doc: Doc, starts: Sequence[int], names: Sequence[str], places: Sequence[Place | None]
) -> list[frozenset[str]]:
    """For each mention (its start offset, lowercased name and first reading), the countries
    the *other* names of its sentence were read as ("Palma, a town near the gas projects in
    northern Mozambique", "Rwandan troops were deployed to Palma"): a country said beside a
    town says where that town is more surely than the story's focus."""
    from bisect import bisect_right

    opens = [s.start_char for s in doc.sents]
    where = [max(0, bisect_right(opens, start) - 1) for start in starts]
    said: dict[int, list[tuple[str, str]]] = {}
    for sentence, name, place in zip(where, names, places, strict=True):
        if place is not None and place.country and place.feature_code in ("PCLI", "PCLS"):
            said.setdefault(sentence, []).append((name, place.country))
    return [
        frozenset(c for other, c in said.get(sentence, ()) if other != name)
        for sentence, name in zip(where, names, strict=True)
    ]


_POSSESSIVE_WORD = re.compile(r"['’]s\s+(\w+)")


def states_acting(mentions: Sequence[Mention], text: str) -> frozenset[int]:
    """Indices of the mentions of a country named in the possessive before its forces or a
    body of its state ("Russia's troops", "Israel's military", "Russia's defence ministry"),
    or right before a verb of speech ("Russia said"): the state acting, as a nationality
    word names it ("Russian troops"), not the country where the story happens ("Russia's
    Belgorod region" is)."""
    words = place_words()
    acting = words.force
    out = set()
    for i, mention in enumerate(mentions):
        speaking = mention.cue_after in words.speaks  # "Russia said"
        if not mention.candidates or not speaking and mention.cue_after not in ("'s", "’s"):
            continue
        tier = min(c.tier for c in mention.candidates)
        if not any(
            c.tier == tier and c.place.feature_code in ("PCLI", "PCLS")
            for c in mention.candidates
        ):
            continue
        word = _POSSESSIVE_WORD.match(text, mention.end)
        if speaking or word is not None and word.group(1) in acting:
            out.add(i)
    return frozenset(out)
