"""Places: toponyms in an article, resolved through the gazetteer (where an event happened is
:mod:`sitrep.extract.event_places`).

Recognition (:mod:`sitrep.extract.toponyms`, with :mod:`~sitrep.extract.place_cues` and
:mod:`~sitrep.extract.place_forms`) finds the names and their gazetteer candidates.
Resolution picks, among a name's candidates of its best match tier, the place with the best
score: the gazetteer's (population, feature), plus the article's country and region focus
(the most frequent country and region of the *other* unambiguous names, each counted at
most three times; of countries tied, the first where the name has a place), plus nearness to
the places the article names clearly, plus the number of other names that have a candidate
nearby, counted double within :data:`_CLOSE_KM` (a town and its county: "Dublin", "Columbus"
and "Franklin County" together are in Ohio), plus the region
or country written right after the name ("Paris, Texas"), plus the cue words around the
name ("X province" → the ADM1 region, "the village of X" → a settlement), plus the story's
own country for a name it uses as a local community's ("Paris police", "Kay, 18, of Paris",
a dateline). A state written only to qualify a town ("Sulphur, La.") says where that town
is, not where the story is, and is left out of the focus; written once, it qualifies the
name's other mentions too ("Louisville, Ky." ... "Louisville"). Where no region is the
focus, a last pass takes the region where most other names were resolved
(:func:`_consensus`), and a name takes the place its longer form was resolved to
("Petersburg" after "St. Petersburg"). The outlet is evidence too
(:mod:`~sitrep.extract.place_outlet`): its site's country-code domain favours that
country and votes for it as the story's country (outweighing one or two stray names),
and a town the outlet is named after ("columbustelegram.com") is the story's own
community, like "Paris police".
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.place_context import sentence_countries, states_acting
from sitrep.extract.place_cues import Mention
from sitrep.extract.place_outlet import outlet_of
from sitrep.extract.place_strays import group_countries, unplace_strays
from sitrep.extract.place_words import place_words
from sitrep.extract.toponyms import find_mentions
from sitrep.gazetteer import normalize, spelled
from sitrep.knowledge import read_table
from sitrep.model import Article, Place, Toponym, great_circle_km

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from sitrep.gazetteer import Candidate, Gazetteer

_STATE_CODES = frozenset({"PCLI", "PCLS", "ADM1"})
# words after a name that make it a region but that the span leaves out, as gold data does
# ("Kaduna state", "Sagaing region"; "Idlib province" takes its word: knowledge/place_words.tsv)
_REGION_AFTER = frozenset({"state", "region", "regions"})
# ... of which this word ("the Donetsk region") reads the name as a division where one bears
# it (:func:`_region_reading`)
_DIVISION_AFTER = frozenset({"region", "regions"})
# ... and the word a name in a list of divisions gets ("the Mykolaiv, Odesa and Kherson
# oblasts", place_cues.cues_around): there no town stays a rival of the division
_DIVISION_CODES = frozenset({"ADM1", "ADM2", "RGN"})
# Resolution: a candidate in the article's country, or in its region, gains this much
# (the gazetteer's score counts about 1 per factor of 10 in population).
_COUNTRY_FOCUS_BONUS = 3.0
_REGION_FOCUS_BONUS = 3.0
# ... and this much when it lies within so many km of a place the article names clearly.
_NEAR_BONUS = ((50.0, 3.0), (200.0, 2.0), (500.0, 1.0))
# ... and this much per other name of the article with a candidate that fits with it (up to
# _SUPPORT_MAX names), among each name's _SUPPORT_CANDIDATES best candidates.
_SUPPORT_BONUS = 1.5
_SUPPORT_MAX = 3
_SUPPORT_CANDIDATES = 10
_SUPPORT_KM = 100.0
_CLOSE_KM = 30.0
# A candidate known by the name only as an alternate (often historical) one, when another
# bears it as its own.
_ALTERNATE_PENALTY = 2.0
# A candidate inside the region or country named right after it ("Paris, Texas").
_CONTAINER_BONUS = 10.0
_COMMA = re.compile(r"^\s*,\s*$")
# A name the story uses as a local community's ("a Paris man", "Jessica Kay, 18, of Paris",
# "420 Augusta St., Alexandria", "Paris High School") names a place of the story's own
# country: news qualifies a foreign town ("of Paris, France") but not a local one. Its
# candidates in the story's country gain this much, at every mention of the name.
_LOCAL_BONUS = 5.0
# A candidate in the country of the outlet's site (its ccTLD: ".co.uk", ".ca", ".ru"); the
# outlet's country is also the story's where the text names no country clearly.
_OUTLET_BONUS = 3.0
# ... and it counts as this many names' votes for the story's country (and wins a tie).
_OUTLET_VOTES = 2
# In the article's focus, a name counts at most this many times however often it is said.
_FOCUS_REPEATS = 3
# A candidate that another form of the name in the article was resolved to ("Petersburg"
# after "St. Petersburg").
_VARIANT_BONUS = 3.0
# A candidate in a country another name of its sentence names ("Palma ... in Mozambique").
_SENTENCE_COUNTRY_BONUS = 2.0
_DATELINE_END = re.compile(r"(?:,[^\n—–-]{1,30})?(?:\s*\(\w+\))?\s*(?:—|–|--?|:|\x97)")
_RESIDENCE = re.compile(
    r"(?:\d,|,)\s+(?:also\s+|both\s+|all\s+)?of\s+$"
    r"|\b(?:St|Ave|Rd|Dr|Ln|Blvd|Street|Avenue|Road|Drive|Lane)\.?,\s+$"
)


def extract_places(doc: Doc, *, article: Article, gazetteer: Gazetteer) -> tuple[Toponym, ...]:
    """Toponyms of the article body, in text order, resolved where the gazetteer allows."""
    mentions = find_mentions(doc, article=article, gazetteer=gazetteer)
    names = [article.text[m.start : m.end].lower() for m in mentions]
    # what the article's names say about each other's places: a street, lake or estate
    # named after a place ("Madison Creek", "Hampton Hills") takes that name's candidates as
    # a guess of where it lies, too weak to place the story's other names
    voters = [
        m
        if m.source == "demonym" or not m.candidates or gazetteer.candidates(n)
        else replace(m, candidates=())
        for m, n in zip(mentions, names, strict=True)
    ]
    qualifiers = _qualifiers(mentions, article.text)
    actors = states_acting(mentions, article.text)
    outlet = outlet_of(article)
    focus = {
        name: _focus(voters, names, name, qualifiers, outlet.country, actors)
        for name in set(names)
    }
    first = [_resolve(m, *focus[n][:2], name=n) for m, n in zip(mentions, names, strict=True)]
    anchors = [
        (name, place)
        for m, name, place in zip(voters, names, first, strict=True)
        if place is not None and place.feature_code != "PCLI" and _clear(m)
    ]
    support = _support(voters, names)
    beside = sentence_countries(doc, [m.start for m in mentions], names, first)
    containers = _spread(_containers(mentions, first, article.text), names)
    local = {
        name: outlet.country or _home_country(mentions, names, name)
        for m, name in zip(mentions, names, strict=True)
        if _local(m, article.text) or (outlet.names_home(name) and not _names_state(m))
    }

    def resolve_all(
        regions: dict[str, str | None], variants: dict[str, frozenset[Place]]
    ) -> list[Place | None]:
        return [
            _resolve(
                m,
                _story_country(m, focus[name][2]) or outlet.country,
                focus[name][1] or regions.get(name),
                anchors,
                name=name,
                support=support.get(name, {}),
                container=container,
                home=local.get(name),
                outlet=outlet.country,
                variants=variants.get(name, frozenset()),
                beside=near,
            )
            for m, name, container, near in zip(mentions, names, containers, beside, strict=True)
        ]

    second = resolve_all({}, _variants(names, first))
    said = [p if v.candidates else None for v, p in zip(voters, second, strict=True)]
    third = resolve_all(_consensus(mentions, names, said, qualifiers), _variants(names, second))
    # "Tawila" in a story of El Fasher and the RSF: not a hamlet in Yemen (place_strays)
    third = unplace_strays(names, third, group_countries(article.text[article.body_start :]))
    return tuple(
        Toponym(article.span(m.start, m.end), place, m.source)
        for m, place in zip(mentions, third, strict=True)
    )


def _consensus(
    mentions: Sequence[Mention],
    names: Sequence[str],
    places: Sequence[Place | None],
    qualifiers: frozenset[int],
) -> dict[str, str | None]:
    """For each name, the admin1 region where most of the article's *other* names were
    resolved (each name voting once, for its region), when one region leads with two
    votes or more: the story's region as the resolved places tell it, where few names
    name it unambiguously ("Louisville", "Kentucky" and "Jefferson County" put "Atlanta"
    in Kentucky's neighbourhood, not Indiana's)."""
    chosen: dict[Place, str] = {}  # each place votes once, under its first name
    for i, (mention, name, place) in enumerate(zip(mentions, names, places, strict=True)):
        if (
            place is not None
            and place.admin1
            and i not in qualifiers
            and mention.source != "demonym"
            and place.feature_code not in ("PCLI", "PCLS")
        ):
            chosen.setdefault(place, name)
    out: dict[str, str | None] = {}
    for name in set(names):
        votes = Counter(
            f"{p.country}/{p.admin1}" for p, other in chosen.items() if not _same_name(other, name)
        )
        top = votes.most_common(2)
        if top and top[0][1] >= 2 and (len(top) == 1 or top[1][1] < top[0][1]):
            out[name] = top[0][0].split("/", 1)[1]
    return out


def _best_tier(candidates: Sequence[Candidate]) -> list[Candidate]:
    if not candidates:
        return []
    tier = min(c.tier for c in candidates)
    return [c for c in candidates if c.tier == tier]


def _clear(mention: Mention) -> bool:
    """True when one candidate of the mention's best tier clearly leads, or it names a region."""
    best = _best_tier(mention.candidates)
    if not best:
        return False
    regions = {c.place.country for c in best if c.place.feature_code in _STATE_CODES}
    if len(regions) > 1:
        return False  # "Georgia": a country and a state
    # the leader's kin (a city and its province of one name: "Huambo") are no rival to it
    rivals = [c for c in best[1:] if not _kin(best[0].place, c.place)]
    return (
        not rivals
        or best[0].score >= rivals[0].score + 2
        or best[0].place.feature_code in ("ADM1", "ADM2")
        and best[0].score > best[1].score
        and best[1].place.feature_code != best[0].place.feature_code  # not one of namesakes
    )


def _kin(a: Place, b: Place) -> bool:
    """Whether two candidates of a name are one place to a reader: in one country, and in
    one region or within :data:`_SUPPORT_KM` (a city and the province named after it)."""
    return a.country == b.country and (
        (a.admin1 is not None and a.admin1 == b.admin1)
        or great_circle_km(a.lat, a.lon, b.lat, b.lon) <= _SUPPORT_KM
    )


def _qualifiers(mentions: Sequence[Mention], text: str) -> frozenset[int]:
    """Indices of the mentions that qualify the name before them ("Sulphur, La."): news
    names the state of an out-of-area town, so such a state says where that town is, not
    where the story is."""
    return frozenset(
        i + 1
        for i in range(len(mentions) - 1)
        if _COMMA.match(text[mentions[i].end : mentions[i + 1].start])
        and any(c.place.feature_code == "ADM1" for c in _best_tier(mentions[i + 1].candidates))
    )


def _focus(
    mentions: Sequence[Mention],
    names: Sequence[str],
    name: str,
    qualifiers: frozenset[int] = frozenset(),
    outlet: str | None = None,
    actors: frozenset[int] = frozenset(),
) -> tuple[str | None, str | None, tuple[str, ...]]:
    """Most frequent country and admin1 region among the unambiguous mentions of names other
    than ``name``: a name's own reading does not vote on its context. A name whose candidates
    all lie in one country votes for it even when it is ambiguous within the country
    ("Henry County" is in the United States, whichever it is). Each name votes at most
    :data:`_FOCUS_REPEATS` times, however often it is said. The ``outlet``'s country (its
    site's ccTLD) weighs :data:`_OUTLET_VOTES` votes: one stray name ("Sun" of "Sun Media")
    does not make a Canadian paper's "London" English. Last, the countries tied for the
    most votes, the outlet's first (:func:`_story_country` reads them)."""
    countries: Counter[str] = Counter()
    regions: Counter[str] = Counter()
    said: Counter[str] = Counter()
    for i, (mention, other) in enumerate(zip(mentions, names, strict=True)):
        if _same_name(other, name):
            continue
        said[other] += 1
        if said[other] > _FOCUS_REPEATS:
            continue  # a name said ten times is not ten places of the story
        best = _best_tier(mention.candidates)
        if not best:
            continue
        clear = _clear(mention)
        if i in qualifiers and clear:
            continue
        if clear and best[0].place.country:
            # votes are counted double: a people's word ("Rwandan troops") is half a vote,
            # as conflict news names foreign forces by their nationality, and so is a
            # state named acting ("Russia's troops", :func:`states_acting`)
            half = mention.source == "demonym" or i in actors
            countries[best[0].place.country] += 1 if half else 2
        elif mention.source != "demonym" and len({c.place.country for c in best}) == 1:
            countries[best[0].place.country or ""] += 2
        if clear and best[0].place.admin1:
            regions[best[0].place.admin1] += 1
    countries.pop("", None)
    if outlet:
        countries[outlet] += 2 * _OUTLET_VOTES
    # the outlet's country wins a tie
    ranked = sorted(countries, key=lambda c: (-countries[c], c != outlet))
    leaders = tuple(c for c in ranked if countries[c] == countries[ranked[0]])
    country = ranked[0] if ranked else None
    top = regions.most_common(2)
    # one mention of a state is no focus ("Texas" once in a story about Atlanta)
    region = (
        top[0][0] if top and top[0][1] >= 2 and (len(top) == 1 or top[1][1] < top[0][1]) else None
    )
    return country, region, leaders


def _story_country(mention: Mention, leaders: Sequence[str]) -> str | None:
    """The story's country for one name: of the countries tied for the most votes
    (:func:`_focus`), the first where the name has a candidate. "Russian and Syrian troops
    advanced on Palmyra" names Russia and Syria alike, and no Russian place bears the name:
    the tie is Syria's, and Palmyra is Tadmur, not the Palmyra of Pennsylvania."""
    homes = {c.place.country for c in _best_tier(mention.candidates)}
    for country in leaders:
        if homes & ({country} | _bound(country)):
            return country
    return leaders[0] if leaders else None


@lru_cache(maxsize=256)
def _bound(country: str) -> frozenset[str]:
    """The territories news about ``country`` names as its own theatre, and the states whose
    theatre ``country`` is (place_territories.tsv, read both ways)."""
    return frozenset(
        (r["territory"] if r["country"] == country else r["country"])
        for r in read_table("place_territories.tsv")
        if country in (r["country"], r["territory"])
    )


@lru_cache(maxsize=1 << 16)
def _same_name(a: str, b: str) -> bool:
    """Whether two names of the article are forms of one ("Dublin", "Dublin City")."""
    if a == b:
        return True
    x, y = f" {normalize(a)} ", f" {normalize(b)} "
    return bool(x.strip() and y.strip()) and (x in y or y in x)


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


def _top(mention: Mention, name: str) -> list[Place]:
    """The best-tier candidates of a mention most worth comparing, best first: those that
    bear the name as their own when some do (not "Paris", a former name of Swainsboro)."""
    best = sorted(_best_tier(mention.candidates), key=lambda c: -c.score)
    own = _own(best, name)
    return [c.place for c in ([c for c in best if c.place in own] or best)[:_SUPPORT_CANDIDATES]]


def _own(candidates: Sequence[Candidate], name: str) -> frozenset[Place]:
    """The candidates that bear ``name`` as their own name: spelled as written when some
    do, else alike once normalized. "Palmyra" is the own name of the American towns, and
    only an alternate one of the Syrian Tadmur and of Palmira (Colombia), whose own name
    is a different spelling: the larger Palmira does not outrank Tadmur by its own name."""
    key = normalize(name)
    own = [c.place for c in candidates if normalize(c.place.name) == key]
    written = spelled(name)
    exact = [p for p in own if spelled(p.name) == written]
    return frozenset(exact or own)


def _together(a: Place, b: Place) -> float:
    """How well two candidates of different names fit one story: 1 for a region and a place
    in it, or two places within :data:`_SUPPORT_KM` of each other, 2 for two places within
    :data:`_CLOSE_KM` (a town and its county, neighbouring towns); 0 otherwise (countries
    support nothing)."""
    if a == b or "PCLI" in (a.feature_code, b.feature_code) or a.country != b.country:
        return 0.0
    if a.feature_code == "ADM1" or b.feature_code == "ADM1":
        inside = a.admin1 is not None and a.admin1 == b.admin1
        return 1.0 if inside and a.feature_code != b.feature_code else 0.0
    km = great_circle_km(a.lat, a.lon, b.lat, b.lon)
    return 2.0 if km <= _CLOSE_KM else 1.0 if km <= _SUPPORT_KM else 0.0


def _support(mentions: Sequence[Mention], names: Sequence[str]) -> dict[str, dict[Place, float]]:
    """For each ambiguous name, how well the other names of the article fit each of its
    candidates (the sum of :func:`_together` over them; Leidner's "spatial minimality":
    the places one local story names lie together, so "Dublin", "Columbus" and "Franklin
    County" are in Ohio)."""
    tops: dict[str, list[Place]] = {}
    for mention, name in zip(mentions, names, strict=True):
        if mention.source != "demonym" and name not in tops:
            tops[name] = _top(mention, name)
    out: dict[str, dict[Place, float]] = {}
    for name, places in tops.items():
        if len(places) < 2:
            continue
        counts = {
            place: sum(
                max((_together(place, p) for p in theirs), default=0.0)
                for other, theirs in tops.items()
                if not _same_name(other, name)
            )
            for place in places
        }
        out[name] = counts
    return out


def _containers(
    mentions: Sequence[Mention], first: Sequence[Place | None], text: str
) -> list[tuple[str, str | None] | None]:
    """(country, admin1) of the region or country named right after each mention, as news
    writes "Paris, Texas", "Columbus, Ga.", "London, Ontario"; None elsewhere. A people's word
    is no container ("In Donetsk, Russian-installed officials said")."""
    out: list[tuple[str, str | None] | None] = [None] * len(mentions)
    for i in range(len(mentions) - 1):
        after, place = mentions[i + 1], first[i + 1]
        if (
            place is None
            or not place.country
            or after.source == "demonym"
            or not _COMMA.match(text[mentions[i].end : after.start])
        ):
            continue
        if place.feature_code == "ADM1" and place.admin1:
            out[i] = (place.country, place.admin1)
        elif place.feature_code in ("PCLI", "PCLS"):
            out[i] = (place.country, None)
    return out


def _variants(names: Sequence[str], places: Sequence[Place | None]) -> dict[str, frozenset[Place]]:
    """For each name, the places the article's other forms of it were resolved to: a
    "Petersburg" after "St. Petersburg" is that city, if it is a candidate of the name."""
    resolved: dict[str, set[Place]] = {}
    for name, place in zip(names, places, strict=True):
        if place is not None:
            resolved.setdefault(name, set()).add(place)
    return {
        name: frozenset(
            p
            for other, ps in resolved.items()
            if other != name and _same_name(other, name)
            for p in ps
        )
        for name in set(names)
    }


def _spread(
    containers: Sequence[tuple[str, str | None] | None], names: Sequence[str]
) -> list[tuple[str, str | None] | None]:
    """Each name's container at its other mentions too, when the article qualifies it one
    way only: "Louisville, Ky." and later "Louisville" are one town (one sense per
    discourse), not the Louisville nearest some other place of the story."""
    by_name: dict[str, set[tuple[str, str | None]]] = {}
    for name, container in zip(names, containers, strict=True):
        if container is not None:
            by_name.setdefault(name, set()).add(container)
    return [
        container
        if container is not None or len(by_name.get(name, ())) != 1
        else next(iter(by_name[name]))
        for name, container in zip(names, containers, strict=True)
    ]


def _local(mention: Mention, text: str) -> bool:
    """Whether the text uses the name as a local community's: a resident, body or school
    of it after the name ("Paris police"), a person's home ("Kay, 18, of Paris"), the town
    of an address ("420 Augusta St., Alexandria") or a dateline ("PARIS —")."""
    words = place_words()
    if mention.source == "demonym":
        return False
    if mention.cue_after in words.resident or mention.cue_after in words.civic:
        return True
    name = text[mention.start : mention.end]
    if name.isupper() and _DATELINE_END.match(text, mention.end):
        return True  # "MANSFIELD — ...": where the reporter files from
    return _RESIDENCE.search(text[max(0, mention.start - 30) : mention.start]) is not None


def _names_state(mention: Mention) -> bool:
    """Whether the best candidate of a mention is a country or a first-level region: a name
    in an outlet's address that is a country's ("jordantimes.com") says what the outlet
    covers, not which town it is the paper of."""
    best = _best_tier(mention.candidates)
    return bool(best) and max(best, key=lambda c: c.score).place.feature_code in _STATE_CODES


def _home_country(mentions: Sequence[Mention], names: Sequence[str], name: str) -> str | None:
    """The country of the story's focus (:func:`_focus`), else the one most of its other
    names lie in by their best candidate: the home of a name used as a local community's."""
    country = _focus(mentions, names, name)[0]
    if country:
        return country
    votes: Counter[str] = Counter()
    for mention, other in zip(mentions, names, strict=True):
        best = _best_tier(mention.candidates)
        if best and mention.source != "demonym" and not _same_name(other, name):
            votes[max(best, key=lambda c: c.score).place.country or ""] += 1
    votes.pop("", None)
    return votes.most_common(1)[0][0] if votes else None


def _region_reading(
    best: Sequence[Candidate], candidates: Sequence[Candidate], *, listed: bool = False
) -> list[Candidate]:
    """A name's candidates read before "region": the divisions that bear it, in a country of
    its best candidates (of a looser match too: "the Kharkov region" is Kharkiv Oblast), take
    the place of the towns inside them ("the Donetsk region" is the oblast, not its capital),
    and towns of other countries drop out (not Donetsk, Rostov). A town outside every such
    division stays a rival ("the Washington region" may be the capital's)."""
    countries = {c.place.country for c in best}
    divisions = _best_tier(
        [c for c in candidates
         if c.place.feature_code in _DIVISION_CODES and c.place.country in countries]
    )
    if not divisions:
        return list(best)
    if listed:
        return list(divisions)  # "the Mykolaiv, Odesa and Kherson oblasts": no town
    homes = {(d.place.country, d.place.admin1) for d in divisions}
    kept = [
        c
        for c in best
        if c.place.country in {country for country, _ in homes}
        and not (c.place.feature_class == "P" and (c.place.country, c.place.admin1) in homes)
    ]
    return kept + [d for d in divisions if d not in kept]


def _resolve(
    mention: Mention,
    country: str | None,
    admin1: str | None,
    anchors: Sequence[tuple[str, Place]] = (),
    *,
    name: str = "",
    support: dict[Place, float] | None = None,
    container: tuple[str, str | None] | None = None,
    home: str | None = None,
    outlet: str | None = None,
    variants: frozenset[Place] = frozenset(),
    beside: frozenset[str] = frozenset(),
) -> Place | None:
    best: tuple[float, Place] | None = None
    candidates = _best_tier(mention.candidates)
    if mention.cue_after in _DIVISION_AFTER:
        candidates = _region_reading(candidates, mention.candidates,
                                     listed=mention.cue_after == "regions")
    own = _own(candidates, name)
    # "California", "Indiana": a state's own name names the state, not a town of that name
    # beside the story's other places, unless the text says so ("California, Pa.")
    state = {p.country for p in own if p.feature_code in _STATE_CODES}
    for candidate in candidates:
        place = candidate.place
        score = candidate.score
        if own and place not in own:
            score -= _ALTERNATE_PENALTY  # "Berea" is a town's name before it is Aleppo's
        if container and place.country == container[0] and container[1] in (None, place.admin1):
            score += _CONTAINER_BONUS
        if place.country not in state or place.feature_code in _STATE_CODES:
            if anchors and len(candidates) > 1:
                score += _nearness(place, name, anchors)
            if support:
                score += _SUPPORT_BONUS * min(support.get(place, 0), _SUPPORT_MAX)
            if admin1 and place.admin1 == admin1:
                score += _REGION_FOCUS_BONUS
        if country and (place.country == country or place.country in _bound(country)):
            score += _COUNTRY_FOCUS_BONUS  # a territory bound to the story's country counts
        if home and place.country == home:
            score += _LOCAL_BONUS
        if outlet and place.country == outlet:
            score += _OUTLET_BONUS
        if place in variants:
            score += _VARIANT_BONUS
        if place.country in beside:
            score += _SENTENCE_COUNTRY_BONUS
        settlement = mention.cue_after in place_words().settlement or (
            mention.cue_before.split()[:1] == ["village"]
            or mention.cue_before in ("town of", "city of")
        )
        if settlement:
            score += 5 if place.feature_class == "P" else -5
        if mention.cue_after == "river" and place.feature_class == "H":
            score += 5
        if mention.cue_after in _REGION_AFTER:  # "in Kaduna state", "Sagaing region": the
            score += 5 if place.feature_code in ("ADM1", "ADM2") else 0  # region, not its city
        if best is None or score > best[0]:
            best = (score, place)
    return best[1] if best else None
