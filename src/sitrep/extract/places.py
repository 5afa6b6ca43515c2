"""Places: toponyms in an article, resolved through the gazetteer, and where events happened.

Toponyms come from two sources. spaCy's GPE/LOC/FAC entities, and gazetteer matching over
capitalized word sequences of the body, which finds the villages and neighbourhoods that
NER labels PERSON or ORG ("al-Arddi", "Kanamat", "Hatlah Tahtani", "Saqr Island"). A name
NER calls a person or organisation counts as a place only when the whole entity is a curated
(or imported) place, or a populated place of at least :data:`PERSON_PLACE_MIN_POPULATION`
inhabitants named after a place cue ("in", "near", "village of", "east of", ...).

Resolution picks, among a name's gazetteer candidates of its best match tier, the place
with the best score: the gazetteer's (population, feature), plus the article's country
focus (most frequent country of the unambiguous toponyms) and region focus, plus the cue
words around the name ("X province" → the ADM1 region, "the village of X" → a settlement).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.gazetteer import normalize
from sitrep.model import Article, Location, Place, Span, Toponym, great_circle_km

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan

    from sitrep.gazetteer import Candidate, Gazetteer

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
MAYBE_PLACE_LABELS = frozenset({"PERSON", "ORG", "NORP"})
PERSON_PLACE_MIN_POPULATION = 5000
# A non-entity capitalized phrase needs a cue, a curated entry or this many inhabitants.
PLAIN_PLACE_MIN_POPULATION = 100_000
_MAX_PHRASE_TOKENS = 7
_CONNECTORS = frozenset(
    ["al", "el", "ez", "es", "ed", "ad", "ar", "as", "ash", "at", "az", "an", "-", "‑", "of"]
)
_ADMIN_WORDS = frozenset(["province", "governorate", "oblast"])
_SETTLEMENT_WORDS = frozenset(
    ["village", "town", "city", "neighbourhood", "neighborhood", "suburb"]
)
_CUE_WORDS = frozenset(
    [
        "in",
        "at",
        "near",
        "outside",
        "around",
        "into",
        "inside",
        "across",
        "through",
        "to",
        "towards",
        "toward",
        "from",
    ]
)
_OF_WORDS = frozenset(
    [
        "village",
        "town",
        "city",
        "neighbourhood",
        "neighborhood",
        "neighbourhoods",
        "neighborhoods",
        "district",
        "outskirts",
        "suburbs",
        "suburb",
        "countryside",
        "province",
        "governorate",
        "area",
        "region",
        "east",
        "west",
        "north",
        "south",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
    ]
)
# Entities whose names often carry the place they belong to.
_NAMING_LABELS = frozenset({"ORG", "FAC", "EVENT", "LAW"})
_WELL_KNOWN_CODES = frozenset({"PCLI", "PCLS", "ADM1", "PPLC", "PPLA"})
_NAMING_MIN_POPULATION = 100_000
# Capitalized words that open many names without naming a place ("National Guard",
# "Central Bank", "State Department", "Gulf War"), though some place somewhere bears them.
_GENERIC_WORDS = frozenset(
    [
        "national", "state", "states", "university", "central", "first", "western",
        "eastern", "northern", "southern", "north", "south", "east", "west", "northeast",
        "northwest", "southeast", "southwest", "metro", "gulf", "holy", "commerce",
        "financial", "bank", "superior", "region", "law", "garden", "green", "park",
        "story", "man", "union", "federal", "royal", "international", "general", "mission",
        "victory", "liberty", "independence", "unity", "grand", "free",
    ]
)
_NAMED_AS_PLACE = frozenset(
    f"{w} of" for w in ("village", "town", "city", "neighbourhood", "neighborhood", "suburb")
)
# "an Alexandria man", "Dublin police": nouns for people and bodies of a place.
_RESIDENT_WORDS = frozenset(
    [
        "man", "woman", "men", "women", "boy", "girl", "resident", "residents", "native",
        "natives", "police", "officials", "officers", "council", "councilman", "mayor",
        "family", "families", "couple", "teen", "teenager",
    ]
)
_AFTER_WORDS = _ADMIN_WORDS | _SETTLEMENT_WORDS | frozenset(["area", "district", "region", "river"])

# --- event location cues, read from the text -------------------------------------------
_DIRECTION = r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?"
_RELATIVE_CUE = re.compile(
    rf"(?:\b(?:(?:some |about |around )?\d+(?:\.\d+)?\s?(?:km|kilometres|kilometers|miles)\s+)?"
    rf"(?:(?:to|in|on) the )?{_DIRECTION}\s+(?:outskirts\s+)?of"
    r"|\bnear(?:by)?|\bclose to|\boutside(?: of)?|\baround|\bin the vicinity of"
    r"|\b(?:on )?the outskirts of|\bthe countryside of|\bsuburbs? of)"
    r"\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$",
    re.IGNORECASE,
)
_GOVERNED = re.compile(
    r"\b(?:in|at|on|inside|within|into|across|throughout|of)\s+(?:the\s+)?"
    r"(?:(?:\w+\s+)?(?:village|town|city|neighbou?rhoods?|district|area|suburbs?|province|"
    r"governorate|region|camp|streets?)\s+of\s+)?$",
    re.IGNORECASE,
)
_LIST_CONTINUATION = re.compile(r"^(?:\s*,\s*|\s+(?:and|or|as well as)\s+|\s*,\s*and\s+)$")
_AREA_AFTER = re.compile(r"^\s+(area|countryside|outskirts|suburbs|vicinity)\b", re.IGNORECASE)
_ATTRIBUTED = frozenset({"NOUN", "PROPN", "ADJ"})
_REGION_CODES = frozenset({"MTS", "UPLD", "PLAT", "RGN", "VAL"})
# Resolution: a candidate in the article's country, or in its region, gains this much
# (the gazetteer's score counts about 1 per factor of 10 in population).
_COUNTRY_FOCUS_BONUS = 3.0
_REGION_FOCUS_BONUS = 3.0
# ... and this much when it lies within so many km of a place the article names clearly.
_NEAR_BONUS = ((50.0, 3.0), (200.0, 2.0), (500.0, 1.0))


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    source: str
    candidates: tuple[Candidate, ...]
    cue_after: str  # the word after the name ("province", "village", ...), lowercased
    cue_before: str  # "village of", "city of", ... or ""


def extract_places(doc: Doc, *, article: Article, gazetteer: Gazetteer) -> tuple[Toponym, ...]:
    """Toponyms of the article body, in text order, resolved where the gazetteer allows."""
    mentions = _ner_mentions(doc, article, gazetteer)
    taken = [(m.start, m.end) for m in mentions]
    for mention in _gazetteer_mentions(doc, article, gazetteer):
        if any(mention.start < e and s < mention.end for s, e in taken):
            continue
        mentions.append(mention)
        taken.append((mention.start, mention.end))
    for mention in _demonym_mentions(doc, article, gazetteer):
        if not any(mention.start < e and s < mention.end for s, e in taken):
            mentions.append(mention)
    mentions.sort(key=lambda m: m.start)
    country, admin1 = _focus(mentions)
    first = [_resolve(m, country, admin1) for m in mentions]
    anchors = [
        (article.text[m.start : m.end].lower(), place)
        for m, place in zip(mentions, first, strict=True)
        if place is not None and place.feature_code != "PCLI" and _clear(m)
    ]
    return tuple(
        Toponym(
            article.span(m.start, m.end),
            _resolve(m, country, admin1, anchors, name=article.text[m.start : m.end].lower()),
            m.source,
        )
        for m in mentions
    )


@lru_cache(maxsize=1)
def _demonym_table() -> dict[str, tuple[str, tuple[str, ...]]]:
    """People's adjective ("Georgian") -> (ISO code, the country's names), from demonyms.tsv."""
    from sitrep.knowledge import read_table

    table: dict[str, tuple[str, tuple[str, ...]]] = {}
    for row in read_table("demonyms.tsv"):
        names = tuple(n.strip() for n in row["names"].split("|") if n.strip())
        for name in names:
            table.setdefault(name.lower(), (row["country"], names))
    return table


def _demonym_mentions(doc: Doc, article: Article, gazetteer: Gazetteer) -> list[_Mention]:
    """Nationality words ("Georgian", "Israelis"), as mentions of their country.

    LGL and the geoparsing literature count them as toponyms; :func:`event_location` never
    takes them for where an event happened.
    """
    out = []
    table = _demonym_table()
    for ent in doc.ents:
        if ent.label_ != "NORP" or ent.start_char < article.body_start:
            continue
        text = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
        entry = table.get(text.lower()) or table.get(text.lower().removesuffix("s"))
        if entry is None:
            continue
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
        if country:
            end = ent.end_char
            out.append(_Mention(end - len(text), end, "demonym", country, "", ""))
    return out


def _cues(doc: Doc, first: int, last: int) -> tuple[str, str]:
    """(word after, "X of" before) around tokens ``first..last`` of ``doc``."""
    after = doc[last + 1].lower_ if last + 1 < len(doc) else ""
    before = ""
    if first >= 2 and doc[first - 1].lower_ == "of":
        before = doc[first - 2].lower_ + " of"
    return after, before


def _ner_mentions(doc: Doc, article: Article, gazetteer: Gazetteer) -> list[_Mention]:
    out = []
    for ent in doc.ents:
        if ent.label_ not in PLACE_LABELS or ent.start_char < article.body_start:
            continue
        first, last = ent.start, ent.end - 1
        while first <= last and doc[first].lower_ in ("the", "a"):
            first += 1
        while last >= first and (doc[last].is_punct or doc[last].is_space):
            last -= 1
        if first > last:
            continue
        longer = _longest_prefix(doc, first, _phrase_end(doc, last), gazetteer)
        if longer is not None and longer[0] > last:  # NER cut "Deir ez-Zor" to "Deir"
            last = longer[0]
        start, end = doc[first].idx, doc[last].idx + len(doc[last].text)
        after, before = _cues(doc, first, last)
        name = article.text[start:end]
        if after in _ADMIN_WORDS:  # "Deir ez-Zor province": the span takes the word
            last += 1
            end = doc[last].idx + len(doc[last].text)
            name = article.text[start:end]
            after, _ = _cues(doc, first, last)
        candidates = gazetteer.candidates(name)
        source = "ner+gazetteer" if candidates else "ner"
        if not candidates:
            sub = _longest_match(doc, first, last, gazetteer)
            if sub is not None:
                sub_first, sub_last, candidates = sub
                start = doc[sub_first].idx
                end = doc[sub_last].idx + len(doc[sub_last].text)
                after, before = _cues(doc, sub_first, sub_last)
                source = "ner+gazetteer"
        out.append(_Mention(start, end, source, candidates, after, before))
    return out


def _is_name_token(token: object) -> bool:
    text = token.text  # type: ignore[attr-defined]
    # an acronym ("UN", "ISIS") is not a name; a dotted abbreviation ("N.Y.", "D.C.") may be
    return bool(text[:1].isupper()) and ("." in text or not (text.isupper() and len(text) <= 4))


def _longest_match(
    doc: Doc, first: int, last: int, gazetteer: Gazetteer
) -> tuple[int, int, tuple[Candidate, ...]] | None:
    """The longest phrase of tokens ``first..last`` the gazetteer knows (tiers 1-2)."""
    for size in range(last - first + 1, 0, -1):
        for i in range(first, last - size + 2):
            j = i + size - 1
            if not _is_name_token(doc[j]) or not (
                _is_name_token(doc[i]) or doc[i].lower_ in _CONNECTORS
            ):
                continue
            text = doc.text[doc[i].idx : doc[j].idx + len(doc[j].text)]
            found = tuple(c for c in gazetteer.candidates(text) if c.tier <= 2)
            if found:
                return i, j, found
    return None


def _gazetteer_mentions(doc: Doc, article: Article, gazetteer: Gazetteer) -> list[_Mention]:
    """Capitalized phrases of the body that the gazetteer knows, kept when trustworthy."""
    out: list[_Mention] = []
    i = 0
    while i < len(doc):
        token = doc[i]
        if token.idx < article.body_start or not _phrase_start(doc, i):
            i += 1
            continue
        match = _longest_prefix(doc, i, _phrase_end(doc, i), gazetteer)
        if match is None:
            i += 1
            continue
        last, candidates = match
        if last + 1 < len(doc) and doc[last + 1].lower_ in _ADMIN_WORDS:
            text = doc.text[token.idx : doc[last + 1].idx + len(doc[last + 1].text)]
            admin = tuple(c for c in gazetteer.candidates(text) if c.tier <= 2)
            if admin:
                last, candidates = last + 1, admin
        mention = _judge(doc, i, last, candidates)
        if mention is not None:
            out.append(mention)
        i = last + 1
    return out


def _phrase_end(doc: Doc, i: int) -> int:
    """The last token of the capitalized phrase (with "al", "ez", "-", "of") from ``i``."""
    end = i
    while (
        end + 1 < len(doc)
        and end + 1 - i < _MAX_PHRASE_TOKENS
        and "\n" not in doc[end].whitespace_
        and (_is_name_token(doc[end + 1]) or doc[end + 1].lower_ in _CONNECTORS)
    ):
        end += 1
    return end


def _phrase_start(doc: Doc, i: int) -> bool:
    token = doc[i]
    prev = doc[i - 1] if i > 0 else None
    if (
        prev is not None
        and "\n" not in prev.whitespace_
        and (prev.text in ("-", "‑") or (_is_name_token(prev) and not prev.is_sent_start))
    ):
        return False  # inside a longer name: "Zor" of "Deir ez-Zor"
    if _is_name_token(token) and (
        token.pos_ == "PROPN" or (not token.is_sent_start and token.pos_ in ("ADJ", "NOUN", "X"))
    ):
        return True
    # "al-Hweiqa": a lowercase article, a hyphen, a capitalized name
    return (
        token.lower_ in ("al", "el", "ad", "ar", "as", "ash", "at", "az", "an")
        and i + 2 < len(doc)
        and doc[i + 1].text in ("-", "‑")
        and _is_name_token(doc[i + 2])
    )


def _longest_prefix(
    doc: Doc, first: int, last: int, gazetteer: Gazetteer
) -> tuple[int, tuple[Candidate, ...]] | None:
    for j in range(last, first - 1, -1):
        if not _is_name_token(doc[j]):
            continue
        text = doc.text[doc[first].idx : doc[j].idx + len(doc[j].text)]
        found = tuple(c for c in gazetteer.candidates(text) if c.tier <= 2)
        if found:
            return j, found
    return None


def _has_place_cue(doc: Doc, first: int, last: int) -> bool:
    after, before = _cues(doc, first, last)
    if after in _AFTER_WORDS or after in _RESIDENT_WORDS:
        return True
    if before and before.split()[0] in _OF_WORDS:
        return True
    k = first - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    if k >= 1 and doc[k].lower_ in ("and", "or", ",") and doc[k - 1].ent_type_ in PLACE_LABELS:
        return True  # "near Homs and Aleppo": a list that began with a place
    return k >= 0 and doc[k].lower_ in _CUE_WORDS


def _named_within(
    doc: Doc, ent: SpacySpan, span: SpacySpan, bare_start: int, candidates: Sequence[Candidate]
) -> bool:
    """A well-known place opening an organisation's name, or closing it after "of"."""
    if ent.label_ not in _NAMING_LABELS or (bare_start, ent.end) == (span.start, span.end):
        return False
    opening = span.start == bare_start and span.end < ent.end
    closing = span.end == ent.end and span.start > bare_start and doc[span.start - 1].lower_ == "of"
    if span.text.lower() in _GENERIC_WORDS:
        return False
    key = normalize(span.text)
    return (opening or closing) and any(
        (c.place.feature_code in _WELL_KNOWN_CODES or c.place.population >= _NAMING_MIN_POPULATION)
        and normalize(c.place.name) == key  # its own name, not an alternate spelling
        for c in candidates
    )


def _judge(doc: Doc, first: int, last: int, candidates: tuple[Candidate, ...]) -> _Mention | None:
    """A gazetteer phrase as a mention, or None when it is likely a person or organisation."""
    span: SpacySpan = doc[first : last + 1]
    curated = any(c.source != "geonames" for c in candidates)
    populous = max(
        (c.place.population for c in candidates if c.place.feature_class == "P"), default=0
    )
    cue = _has_place_cue(doc, first, last)
    after, before = _cues(doc, first, last)
    # "the town of X", "X village": the text itself says it is a place
    named_as_place = before in _NAMED_AS_PLACE or after in _SETTLEMENT_WORDS
    covering = [e for e in doc.ents if e.start < span.end and span.start < e.end]
    for ent in covering:
        bare_start = ent.start + (1 if doc[ent.start].lower_ == "the" else 0)
        if _named_within(doc, ent, span, bare_start, candidates):
            continue  # "the Texas Department of Health", "University of Kentucky"
        if ent.label_ not in MAYBE_PLACE_LABELS or (bare_start, ent.end) != (span.start, span.end):
            return None  # part of a longer name, a date, a nationality ...
        if not (curated or (populous >= PERSON_PLACE_MIN_POPULATION and cue) or named_as_place):
            return None
        if ent.label_ == "NORP" and ent.end < len(doc) and doc[ent.end].pos_ in _ATTRIBUTED:
            return None  # "Syrian artillery": a nationality word, not a place
    if not covering and not (curated or cue or populous >= PLAIN_PLACE_MIN_POPULATION):
        return None
    if not curated and span.text.lower() in _GENERIC_WORDS:
        return None
    after, before = _cues(doc, first, last)
    start, end = doc[first].idx, doc[last].idx + len(doc[last].text)
    return _Mention(start, end, "gazetteer", candidates, after, before)


def _best_tier(candidates: Sequence[Candidate]) -> list[Candidate]:
    if not candidates:
        return []
    tier = min(c.tier for c in candidates)
    return [c for c in candidates if c.tier == tier]


def _clear(mention: _Mention) -> bool:
    """True when one candidate of the mention's best tier clearly leads, or it names a region."""
    best = _best_tier(mention.candidates)
    if not best:
        return False
    return (
        len(best) == 1
        or best[0].score >= best[1].score + 2
        or best[0].place.feature_code in ("ADM1", "ADM2") and best[0].score > best[1].score
    )


def _focus(mentions: Iterable[_Mention]) -> tuple[str | None, str | None]:
    """Most frequent country and admin1 region among the unambiguous mentions."""
    countries: Counter[str] = Counter()
    regions: Counter[str] = Counter()
    for mention in mentions:
        best = _best_tier(mention.candidates)
        if best and _clear(mention) and best[0].place.country:
            countries[best[0].place.country] += 1
            if best[0].place.admin1:
                regions[best[0].place.admin1] += 1
    country = countries.most_common(1)[0][0] if countries else None
    region = regions.most_common(1)[0][0] if regions else None
    return country, region


def _nearness(place: Place, name: str, anchors: Sequence[tuple[str, Place]]) -> float:
    """Bonus for a candidate near the places the article names clearly (other names only)."""
    nearest = min(
        (great_circle_km(place.lat, place.lon, p.lat, p.lon) for n, p in anchors if n != name),
        default=math.inf,
    )
    for km, bonus in _NEAR_BONUS:
        if nearest <= km:
            return bonus
    return 0.0


def _resolve(
    mention: _Mention,
    country: str | None,
    admin1: str | None,
    anchors: Sequence[tuple[str, Place]] = (),
    *,
    name: str = "",
) -> Place | None:
    best: tuple[float, Place] | None = None
    candidates = _best_tier(mention.candidates)
    for candidate in candidates:
        place = candidate.place
        score = candidate.score
        if anchors and len(candidates) > 1:
            score += _nearness(place, name, anchors)
        if country and place.country == country:
            score += _COUNTRY_FOCUS_BONUS
        if admin1 and place.admin1 == admin1:
            score += _REGION_FOCUS_BONUS
        settlement = mention.cue_after in _SETTLEMENT_WORDS or (
            mention.cue_before.split()[:1] == ["village"]
            or mention.cue_before in ("town of", "city of")
        )
        if settlement:
            score += 5 if place.feature_class == "P" else -5
        if mention.cue_after == "river" and place.feature_class == "H":
            score += 5
        if best is None or score > best[0]:
            best = (score, place)
    return best[1] if best else None


# --- where an event happened -------------------------------------------------------------


def _precision(place: Place) -> int:
    if place.feature_class in ("A", "L"):
        return 3
    if place.feature_code in _REGION_CODES:
        return 2
    return 1


def _governed(article: Article, sentence: Span, toponym: Toponym) -> tuple[bool, str | None]:
    """(governed by a place preposition?, relative cue) for a toponym of ``sentence``."""
    before = article.text[sentence.start : toponym.span.start]
    cue = _RELATIVE_CUE.search(before)
    if cue:
        return True, cue.group(0).strip()
    after = article.text[toponym.span.end : sentence.end]
    area = _AREA_AFTER.match(after)
    if area:
        return True, area.group(1).lower()
    return bool(_GOVERNED.search(before)), None


def event_location(
    sentence: Span, trigger: Span, toponyms: Sequence[Toponym], *, article: Article
) -> Location | None:
    """Where the event of ``sentence`` (its trigger word ``trigger``) happened, or None.

    Among the resolved toponyms of the sentence (rivers and seas excluded), those governed
    by a place preposition ("in", "at", "near", "on", "the village of", "east of") come
    first, nearest to the trigger; a name in a list ("in A, B and C") shares the governing
    word of the list. A relative cue before the name ("near", "east of", "the outskirts
    of") or an area word after it ("X countryside") is kept and gives geo_precision 2; a
    region (ADM1, country) gives 3; a settlement, neighbourhood or site itself 1. A country
    or capital that is not governed is taken for its government ("Damascus hopes ...") and
    never chosen. Returns None when no resolved place qualifies.
    """
    inside = [
        t
        for t in toponyms
        if t.place is not None
        and sentence.start <= t.span.start
        and t.span.end <= sentence.end
        and t.place.feature_class != "H"
        and t.source != "demonym"
    ]
    choices: list[tuple[int, int, Toponym, str | None]] = []
    previous: tuple[Toponym, bool, str | None] | None = None
    for toponym in inside:
        governed, cue = _governed(article, sentence, toponym)
        if not governed and previous is not None:
            gap = article.text[previous[0].span.end : toponym.span.start]
            if previous[1] and _LIST_CONTINUATION.match(gap):
                governed, cue = True, previous[2]
        previous = (toponym, governed, cue)
        place = toponym.place
        assert place is not None
        if not governed and place.feature_code in ("PCLI", "PPLC"):
            continue
        distance = min(abs(toponym.span.start - trigger.end), abs(trigger.start - toponym.span.end))
        choices.append((0 if governed else 1, distance, toponym, cue))
    if not choices:
        return None
    _, _, chosen, cue = min(choices, key=lambda c: (c[0], c[1]))
    assert chosen.place is not None
    precision = 2 if cue else _precision(chosen.place)
    if cue and _precision(chosen.place) == 3:
        precision = 3
    return Location(chosen.place, precision, chosen.span, cue)


def article_focus(toponyms: Iterable[Toponym]) -> Place | None:
    """The resolved populated place the article mentions most (first mentioned on ties)."""
    counts: Counter[Place] = Counter()
    first: dict[Place, int] = {}
    for toponym in toponyms:
        place = toponym.place
        if place is None or place.feature_class != "P":
            continue
        counts[place] += 1
        first.setdefault(place, toponym.span.start)
    if not counts:
        return None
    return max(counts, key=lambda p: (counts[p], -first[p]))
