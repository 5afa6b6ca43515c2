"""A disaster's dead, which are no event's fatalities.

A toll whose own phrase names a disaster ("the death toll from the earthquake rose to 300",
"the quake's death toll", "the flood death toll stood at 40") counts the disaster's dead, and
so do dead told killed by one ("300 people died in the earthquake", "the cyclone killed 90"):
a march or a clash told beside them does not take them (ACLED records the fatalities of its
events; a natural hazard, an epidemic or an accident is none). The disasters are the nouns of
class ``disaster`` in ``knowledge/event_nouns.tsv``; a count only a few words from one is
read as the disaster's, so "gunmen killed 12 villagers in the flooded district" stays a toll.
"""

from __future__ import annotations

import re
from functools import cache

from sitrep.extract.event_nouns import nouns

# words that only hedge the figure a toll gives ("rose to at least 300")
QUALIFIER = (r"(?:(?:at\s+least|some|about|around|nearly|almost|more\s+than|over|up\s+to|"
             r"an\s+estimated)\s+)?")
TOLL_VERB = r"(?:to|at|of|reached|is|was|hit|passed|topped)"


@cache
def _disasters() -> str:
    """One alternation of the disaster nouns, longest first; spaces match any whitespace."""
    words = sorted(nouns("disaster"), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + ")"


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The disaster before a count ("the earthquake killed 300"), a disaster's toll that ends
    where its figure starts ("the death toll from the earthquake rose to "), and the disaster
    after a count's death word ("300 died in the earthquake")."""
    disaster = _disasters()
    before = re.compile(rf"\b{disaster}\s+(?:(?:has|had|have)\s+)?$", re.I)
    toll = re.compile(rf"{_toll(disaster)}$", re.I)
    after = re.compile(rf"\s+(?:in|by|from|during|after)\s+(?:[\w'’-]+\s+){{0,3}}?{disaster}\b",
                       re.I)
    return before, toll, after


def _toll(disaster: str) -> str:
    """A disaster's toll up to its figure: "the toll from the floods in Sindh rose to at least",
    "the quake's death toll stood at"."""
    return (rf"(?:\b(?:death\s+)?toll\s+(?:from|of|in|after)\s+(?:[\w'’-]+\s+){{0,3}}?{disaster}"
            rf"|\b{disaster}(?:'s|’s)?\s+(?:death\s+)?toll)\b"
            rf"(?:\s+[\w'’,-]+){{0,8}}?\s+{TOLL_VERB}\s+{QUALIFIER}")


def disaster_toll(text: str, start: int, end: int, num_start: int) -> bool:
    """Whether the count told by ``text[start:end]``, its figure at ``num_start``, is a
    disaster's dead: the figure a disaster's toll gives, or a count whose own phrase names the
    disaster right before it or right after its death word."""
    before, toll, after = _patterns()
    return (before.search(text, 0, start) is not None
            or after.match(text, end) is not None
            or toll.search(text, 0, num_start) is not None)


@cache
def _told_tolls() -> re.Pattern[str]:
    return re.compile(rf"{_toll(_disasters())}[\w,.-]*", re.I)


def without_disaster_tolls(text: str) -> str:
    """``text`` with each disaster's toll and its figure blanked, offsets kept ("the death
    toll from the earthquake rose to 300"): the deaths it tells are no event's."""
    return _told_tolls().sub(lambda m: " " * len(m.group()), text)
