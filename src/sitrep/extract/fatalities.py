"""Fatalities: how many people a sentence says were killed, and never a count it does not give.

Counts come from digits and number words next to a death word ("at least 12 people were killed",
"killing six", "the death toll rose to 40"), and a single named or singular victim of a death
word ("a Russian general was fatally wounded", "the death of General X") counts as one.
Vague quantities follow ACLED's coding conventions for imprecise reports (see
``knowledge/number_words.tsv``). Wounded-only reports give no fatalities.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from sitrep.knowledge import read_table
from sitrep.model import Event

DEATH = (
    r"(?:killed|killing|dead|died|die|deaths?|death\s+toll|fatalit(?:y|ies)|fatally\s+wounded|"
    r"martyred|martyrdom|slain|lost\s+their\s+lives|lost\s+his\s+life|lost\s+her\s+life|"
    r"executed|massacred|perished|bodies)"
)
VICTIM = (
    r"(?:people|persons|civilians|soldiers|troops|fighters|militants|members|children|women|men|"
    r"servicemen|policemen|officers|insurgents|combatants|protesters|residents|villagers|"
    r"militiamen|jihadists|terrorists|others|personnel|[A-Za-z-]+\s+(?:soldiers|fighters|"
    r"civilians|troops|militants|members))"
)


@dataclass(frozen=True)
class Fatalities:
    count: int
    start: int  # offsets of the evidence, relative to the text given
    end: int
    exact: bool  # False for vague quantities coded by convention ("dozens" -> 12)


@cache
def _number_words() -> dict[str, tuple[int, bool]]:
    rows = read_table("number_words.tsv")
    return {r["word"]: (int(r["value"]), r["exact"] == "yes") for r in rows}


def _number_pattern(group: str | None = "num") -> str:
    words = sorted(_number_words(), key=len, reverse=True)
    alternatives = r"\d{1,3}(?:,\d{3})*|\d+|" + "|".join(re.escape(w) for w in words)
    return f"(?P<{group}>{alternatives})" if group else f"(?:{alternatives})"


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    qual = (r"(?:(?:at\s+least|some|about|around|nearly|almost|more\s+than|over|up\s+to|"
            r"an\s+estimated)\s+)?")
    # a range counts its lower end, the most conservative figure, as ACLED codes one:
    # "between three and five", "somewhere between three and more than 20", "10 to 15",
    # "two or three"
    num = (rf"(?:(?:somewhere\s+)?between\s+)?{_number_pattern()}"
           rf"(?:\s*(?:-|–|to|or|and)\s*{qual}{_number_pattern(None)}\b)?")
    return tuple(
        re.compile(p, re.I)
        for p in (
            rf"\b{qual}{num}\s+(?:\w+\s+){{0,2}}{VICTIM}?\s*(?:were|was|have\s+been|had\s+been|"
            rf"are|have|had)?\s*(?:reportedly\s+|reported\s+)?{DEATH}",
            rf"\b(?:killing|killed|kills|left|leaving)\s+{qual}{num}\b",
            rf"\bdeath\s+toll\s+(?:\w+\s+){{0,3}}?(?:to|of|at|reached|stands\s+at|is)\s+{qual}{num}\b",
            rf"\b{qual}{num}\s+(?:\w+\s+){{0,2}}(?:dead|deaths|fatalities|bodies)\b",
        )
    )


SINGLE = re.compile(
    rf"\b(?:(?i:a|an|one)\s+(?:[\w-]+\s+){{0,3}}(?:soldier|civilian|officer|general|commander|"
    rf"lieutenant-general|colonel|fighter|man|woman|child|boy|girl|journalist|policeman|"
    rf"resident|member)\b[^.;]{{0,80}}?\b(?:was|has\s+been|had\s+been)\s+{DEATH}"
    rf"|\bdeath\s+of\s+(?:[A-Z][\w-]*\s+){{1,4}}"
    rf"|\b(?:[A-Z][\w-]+\s+){{1,3}}[A-Z][\w-]+,?\s+(?:who\s+)?(?:was|has\s+been)\s+{DEATH})",
)


def count_fatalities(text: str) -> Fatalities | None:
    """The fatality count ``text`` (one sentence) gives, or None when it gives none."""
    words = _number_words()
    best: Fatalities | None = None
    for pat in _patterns():
        for m in pat.finditer(text):
            raw = m.group("num").lower().replace(",", "")
            if raw.isdigit():
                value, exact = int(raw), True
            elif raw in words:
                value, exact = words[raw]
            else:
                continue
            if value > 100_000:
                continue  # a year or a population figure, not a toll
            found = Fatalities(value, m.start(), m.end(), exact)
            if best is None or found.count > best.count:
                best = found
    if best is not None:
        return best
    single = SINGLE.search(text)
    if single:
        return Fatalities(1, single.start(), single.end(), True)
    return None


def merge_tolls(events: list[Event], outcomes: set[int]) -> list[Event]:
    """A toll told in the sentence after its event ("The group said its fighters killed three
    soldiers") is that event's toll, not a second event."""
    kept: list[Event] = []
    for i, event in enumerate(events):
        prev = kept[-1] if kept else None
        if (i in outcomes and prev is not None
                and 0 <= event.sentence.start - prev.sentence.end <= 2
                and (event.actor1 is None or prev.actor1 is None
                     or event.actor1.actor == prev.actor1.actor)):
            if prev.fatalities is None and event.fatalities is not None:
                kept[-1] = replace(prev, fatalities=event.fatalities)
            continue
        kept.append(event)
    return kept
