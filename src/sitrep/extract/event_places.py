"""Where an event happened: the place of its sentence that a place word governs, nearest
its trigger, with ACLED's geo_precision and the relative cue kept ("10 km east of X"), or,
when the sentence names none, the article's main place. Split from :mod:`sitrep.extract.places`
(recognition and resolution), whose resolved toponyms it reads."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from sitrep.extract.place_words import place_words
from sitrep.model import Article, Event, Location, Place, Span, Toponym

# event location cues, read from the text
_DIRECTION = r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?"
_RELATIVE_CUE = re.compile(
    rf"(?:\b(?:(?:some |about |around )?\d+(?:\.\d+)?\s?(?:km|kilometres|kilometers|miles)\s+)?"
    rf"(?:(?:to|in|on) the )?{_DIRECTION}\s+(?:outskirts\s+)?of"
    r"|\bnear(?:by)?|\bclose to|\boutside(?: of)?|\baround|\bin the vicinity of"
    r"|\b(?:on )?the outskirts of|\bthe countryside of|\bsuburbs? of"
    r"|\boff (?:the )?(?:coast|coastline|shores?) of"  # at sea near a place: "off the coast of"
    r"|(?:" + "|".join(f"(?<={ship} )" for ship in ("ship", "boat", "tanker", "vessel",
                                                      "freighter", "carrier", "ferry",
                                                      # "in the Red Sea off Hodeidah"
                                                      "sea", "gulf", "ocean", "waters",
                                                      "strait", "bay")) + ")off)"
    r"\s+(?:the\s+)?(?:(?:(?:port\s+|border\s+|coastal\s+|frontline\s+)?(?:city|town|village)|port)\s+of\s+)?$",
    re.IGNORECASE,
)
_GOVERNED = re.compile(
    r"\b(?:in|at|on|inside|within|into|across|throughout|of|between)\s+(?:the\s+)?"
    rf"(?:(?:far\s+)?{_DIRECTION}\s+|central\s+)?"  # "in northern Burkina Faso"
    r"(?:[\w-]+(?:\s[\w-]+)?['’]s\s+)?"  # "in Nigeria's Zamfara state"
    r"(?:(?:\w+\s+)?(?:village|town|city|neighbou?rhoods?|district|area|suburbs?|province|"
    r"governorate|region|camp|streets?)\s+of\s+)?$",
    re.IGNORECASE,
)
# between a trigger and the place it acts on directly ("shelled Kyiv", "attacked the capital,
# Khartoum"): the place is where the event was, even a capital
_OBJECT_GAP = re.compile(r"^\s+(?:the\s+(?:\w+\s+)?capital,?\s+)?$", re.IGNORECASE)
# between a place and the region or country it lies in: "Kalma in South Darfur", "Kalma, Sudan"
_CONTAINED = re.compile(r"^(?:\s+(?:camp|town|village|city))?(?:\s*,\s*|\s+in\s+)(?:the\s+)?"
                        r"(?:(?:north|south|east|west|central)\w*\s+)?$", re.IGNORECASE)
_LIST_CONTINUATION = re.compile(r"^(?:\s*,\s*|\s+(?:and|or|as well as)\s+|\s*,\s*and\s+)$")
# "In Idlib city, about 17 km west of Saraqib, …", "the fighting for X, 8 km to the south-east
# of Y": a distance set off after a place locates that place; Y is only its reference point
_REFERENCE_POINT = re.compile(
    r"^(?:\s+(?:city|town|village))?\s*,\s*(?:about\s+|some\s+|around\s+|nearly\s+)?"
    r"\d+(?:\.\d+)?\s*(?:km|kilometres|kilometers|miles|mi)\s+(?:to\s+the\s+)?[\w-]+\s+of\s+$",
    re.IGNORECASE)
# a region named by its capital's name ("the Kherson region", "Idlib province"): the event is
# somewhere in the region, which ACLED codes at its capital with geo_precision 3
_REGION_AFTER = re.compile(r"^\s+(region|province|oblast|governorate|state)\b", re.IGNORECASE)
_AREA_AFTER = re.compile(r"^\s+(area|countryside|outskirts|suburbs|vicinity)\b", re.IGNORECASE)
# "protested against Monday's shelling of Sarmin": the place of another act named by its noun
_ACT_OF = re.compile(r"\b([\w-]+)\s+of\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?$",
                     re.IGNORECASE)
# "A day after Monday's bombing in Kabul, gunmen shot dead a cleric in Herat": an act named in a
# time phrase is another act than the event, and the place it is told at is that act's
_AFTER_ACT = re.compile(
    r"\b(?:after|before|since|following|ahead\s+of|prior\s+to)\s+"
    r"(?:(?:the|a|an|this|that|last|[\w-]+['’]s)\s+)*(?:[\w-]+\s+)?([\w-]+)\s+"
    r"(?:in|at|near|on|of)\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?$",
    re.IGNORECASE)
# nouns of an act beside the place words' assaults, for such time phrases
_OTHER_ACTS = frozenset({"siege", "massacre", "blast", "explosion", "killing", "killings",
                         "clashes", "fighting", "ambush", "shooting", "violence", "bombings",
                         "attack", "uprising"})
# words that make a name a body of water ("Lake Victoria", "the Niger River", "the Red Sea"):
# never an event's place nor the side it acts on, whatever town the water is named after
WATER_WORDS = frozenset({"lake", "lakes", "river", "rivers", "sea", "seas", "ocean", "gulf",
                         "strait", "straits", "bay", "lagoon", "reservoir", "channel", "waters"})


def names_water(text: str) -> bool:
    """Whether a name is a body of water by its words: "Lake Victoria", "the Red Sea"."""
    return any(word in WATER_WORDS for word in text.lower().split())


# GeoNames codes of open water, where a ship is attacked: seas, gulfs, bays, straits, lakes
_OPEN_WATER = frozenset({"SEA", "GULF", "BAY", "BAYS", "STRT", "STRTS", "LK", "LKS", "OCN",
                         "CHN", "SD", "LGN"})
_REGION_CODES = frozenset({"MTS", "UPLD", "PLAT", "RGN", "VAL"})
# "outside the US embassy in Belgrade": a country before a diplomatic mission names whose
# mission it is, not where it stands
_MISSION_AFTER = re.compile(
    r"^\s+(?:embass(?:y|ies)|consulates?|consulate-general|high\s+commission|legation|"
    r"ambassador'?s?\s+residence)\b", re.IGNORECASE)

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
    region = _REGION_AFTER.match(after)
    if region:  # "villages in the Kherson region": somewhere in the region named after its city
        return bool(_GOVERNED.search(before)), region.group(1).lower()
    return bool(_GOVERNED.search(before)), None


def _of_another_act(article: Article, sentence: Span, toponym: Toponym, trigger: Span) -> bool:
    """Whether the toponym is the object of "of" after a noun of attack other than the
    event's own trigger ("hundreds protested against the shelling of Sarmin"), or the place of
    such an act named in a time phrase ("a day after Monday's bombing in Kabul")."""
    before = article.text[sentence.start : toponym.span.start]
    for pattern in (_ACT_OF, _AFTER_ACT):
        act = pattern.search(before)
        if act is not None and act.group(1).lower() in place_words().assault | _OTHER_ACTS \
                and not trigger.start <= sentence.start + act.start(1) < trigger.end:
            return True  # (the event's own trigger: "died after an air strike in Saraqib")
    return False


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
    told = [t for t in toponyms if t.place is not None and sentence.start <= t.span.start
            and t.span.end <= sentence.end and t.source not in {"demonym", "name"}]
    # (nor the town in "the Kyiv Post said")
    inside = [
        t
        for t in told
        if t.place is not None
        and t.place.feature_class != "H"
        and not names_water(t.span.text)  # "Lake Victoria", "the Niger River": water named
        # after a place or a people is not that place
    ]
    choices: list[tuple[int, int, Toponym, str | None]] = []
    previous: tuple[Toponym, bool, str | None] | None = None
    for toponym in inside:
        if _MISSION_AFTER.match(article.text[toponym.span.end : sentence.end]):
            continue  # the state whose embassy it is
        if previous is not None and _REFERENCE_POINT.match(
                article.text[previous[0].span.end : toponym.span.start]):
            continue  # the reference point of the place before it, not a place of the event
        governed, cue = _governed(article, sentence, toponym)
        if not governed and toponym.span.start >= trigger.end and _OBJECT_GAP.match(
                article.text[trigger.end:toponym.span.start]):
            governed = True  # "jets bombed Ariha in Idlib province": what the act hit is
            # where it was, and more precise than the province
        if governed and _of_another_act(article, sentence, toponym, trigger):
            previous = (toponym, False, None)  # where that act was ("comes a week after a
            continue  # bombardment of the Idlib countryside"), not where this event was
        if not governed and previous is not None:
            gap = article.text[previous[0].span.end : toponym.span.start]
            if previous[1] and _LIST_CONTINUATION.match(gap):
                governed, cue = True, previous[2]
        previous = (toponym, governed, cue)
        place = toponym.place
        assert place is not None
        if not governed and place.feature_code in ("PCLI", "PPLC"):
            continue  # "Damascus hopes ...": the government; but "drones struck Kyiv": the city
        distance = min(abs(toponym.span.start - trigger.end), abs(trigger.start - toponym.span.end))
        choices.append((0 if governed else 1, distance, toponym, cue))
    choices = [c for c in choices if not _namesake(article, c[2], inside)]
    if not choices:
        return _at_sea(article, sentence, told)
    # "regained control of Saraqib, a town in Idlib province, after two days of clashes": a
    # province or country named beside a settlement says where the settlement lies; ACLED codes
    # the most precise place told ("on the road between Saraqib and Sarmin, in north-western
    # Syria"); a place named without a place word ("a missionary from Calgary was arrested in
    # Lebanon") is not where the event was
    rank, _, chosen, cue = min(choices, key=lambda c: (c[0], _breadth(_place(c[2])), c[1]))
    assert chosen.place is not None
    sea = _at_sea(article, sentence, told) if rank else \
        _sea_before(article, sentence, trigger, told, chosen) if cue is None else None
    if sea is not None:  # "ADEN, June 4 - … fired missiles at a tanker in the Red Sea": a
        return sea  # place no place word governs is not where an act told at sea was
    precision = 2 if cue else _precision(chosen.place)
    if cue and (_precision(chosen.place) == 3 or _REGION_AFTER.match(f" {cue}")):
        precision = 3
    return Location(chosen.place, precision, chosen.span, cue)


# the cue of a place taken from the event told before in the paragraph
FOLLOWS_ON = "not named in the sentence: where the event before it in its paragraph was"


def paragraph_place(text: str, sentence: Span, before: Sequence[Event]) -> Location | None:
    """Where an event whose sentence names no place was, from the events ``before`` it in
    the article: the place of the last one told in its paragraph ("US and British warplanes
    struck Houthi targets near the port city of Hodeidah … The US military said it had
    destroyed three mobile missile launchers": the launchers were near Hodeidah), as an ACLED
    coder places a follow-on act where the paragraph's act was. The place keeps that event's
    precision (near a place stays 2) and its span, in the sentence that named it; None when
    the paragraph told no event before it, or that event had no place of its own text (the
    article's main place is no place the paragraph told)."""
    last = next((e for e in reversed(before) if e.sentence.start <= sentence.start), None)
    if last is None or "\n" in text[last.sentence.end:sentence.start]:
        return None  # a new paragraph tells its own story
    loc = last.location
    if loc is None or loc.span is None:
        return None
    cue = loc.cue if loc.cue and FOLLOWS_ON in loc.cue else \
        f"{loc.cue}; {FOLLOWS_ON}" if loc.cue else FOLLOWS_ON
    return Location(loc.place, loc.geo_precision, loc.span, cue)


def _namesake(article: Article, toponym: Toponym, inside: Sequence[Toponym]) -> bool:
    """Whether a settlement is a namesake abroad of the place told, by the region or country
    the text puts it in ("the village of Kalma in South Darfur" read as Calmar, Iowa): a place
    of another country than its container is not where the event was."""
    place = toponym.place
    if place is None or _breadth(place) > 0:
        return False
    after = next((t for t in inside if t.span.start >= toponym.span.end), None)
    if after is None or after.place is None or _breadth(after.place) == 0:
        return False
    gap = article.text[toponym.span.end:after.span.start]
    return bool(_CONTAINED.match(gap)) and after.place.country not in (None, place.country)


def _at_sea(article: Article, sentence: Span, told: Sequence[Toponym]) -> Location | None:
    """A sea, gulf, strait or lake the gazetteer knows as water, governed by a place word, when
    the sentence names no land ("fired missiles at a tanker in the Red Sea"): ACLED codes an
    event at sea at the named water, a large area (geo_precision 3); a river is a line, not
    where an event was ("shelled Nikopol across the Dnipro River")."""
    for toponym in told:
        place = toponym.place
        if place is None or place.feature_class != "H" or place.feature_code not in _OPEN_WATER:
            continue
        governed, cue = _governed(article, sentence, toponym)
        if governed:
            return Location(place, 3, toponym.span, cue)
    return None


def _sea_before(article: Article, sentence: Span, trigger: Span, told: Sequence[Toponym],
                chosen: Toponym) -> Location | None:
    """The open water governed after the trigger when the land place chosen comes after it in
    another clause ("fired anti-ship missiles at a cargo vessel in the Gulf of Aden, the latest
    in a campaign … in solidarity with Palestinians in Gaza"): the act was at sea."""
    if chosen.span.start < trigger.end:
        return None
    for toponym in told:
        if not trigger.end <= toponym.span.start < chosen.span.start or "," not in \
                article.text[toponym.span.end:chosen.span.start]:
            continue
        found = _at_sea(article, sentence, [toponym])
        if found is not None:
            return found
    return None


def _breadth(place: Place) -> int:
    """0 for a settlement or site, 1 for a province or other region, 2 for a country."""
    if (place.feature_code or "").startswith("PCL"):
        return 2
    return 1 if _precision(place) == 3 else 0


def _place(toponym: Toponym) -> Place:
    assert toponym.place is not None
    return toponym.place


def _in_dateline(text: str, span: Span) -> bool:
    """A capitalised name opening a line, as datelines do ("IDLIB —", "SARMIN, Syria, March
    12 —"): where the reporter filed from, not what the story is about."""
    line_start = text.rfind("\n", 0, span.start) + 1
    return span.text.isupper() and not text[line_start:span.start].strip()


def article_focus(toponyms: Iterable[Toponym], article: Article | None = None) -> Place | None:
    """The resolved populated place the article mentions most (first mentioned on ties); a
    place that only names an organisation ("the Damascus Evening Post") is not the story's.
    Given the ``article``, a dateline's place does not count (the reporter's desk, "IDLIB —")
    and a place in the headline counts twice (the headline names what the story is about)."""
    counts: Counter[Place] = Counter()
    first: dict[Place, int] = {}
    for toponym in toponyms:
        place = toponym.place
        if place is None or place.feature_class != "P" or toponym.source == "name" \
                or names_water(toponym.span.text):
            continue
        weight = 1
        if article is not None:
            if _in_dateline(article.text, toponym.span):
                continue
            if toponym.span.end <= article.body_start:
                weight = 2
        counts[place] += weight
        first.setdefault(place, toponym.span.start)
    if not counts:
        return None if article is None else article_focus(toponyms)
    return max(counts, key=lambda p: (counts[p], -first[p]))
