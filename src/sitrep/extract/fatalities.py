"""Fatalities: how many people a sentence says were killed, and never a count it does not give.

Counts come from digits and number words next to a death word ("at least 12 people were killed",
"killing six", "the death toll rose to 40"), and a single named or singular victim of a death
word ("a Russian general was fatally wounded", "the death of General X") counts as one.
Vague quantities follow ACLED's coding conventions for imprecise reports (see
``knowledge/number_words.tsv``). Wounded-only reports give no fatalities, and neither does a
count of the dead and the hurt together ("killed or injured", "dead and wounded", "casualties"):
ACLED records no injuries. A toll of a whole war or period ("the war has killed 12,000 since
April") is no event's toll; a risen toll ("the toll from Saturday's bombing rose to 12",
"bringing the total to 17") is; a disaster's toll ("the death toll from the earthquake rose to
300", :mod:`sitrep.extract.disaster_tolls`) is not. Two sources' differing tolls in one
sentence give the most conservative, as ACLED codes them. The dead counted apart from the
killing ("The dead included four children", "Among those killed was a priest") are a toll: the
lowest the report gives.
An attacker who dies in his own attack ("a suicide bomber blew himself up", "killing himself and
two soldiers") is one of the event's dead: ACLED's fatalities are every reported death of the
event, attributed to no side (ACLED "Fatalities" FAQ: fatalities are not "attributed to specific
groups"; ACLED Codebook, "Reported fatalities": the total reported for the event).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.disaster_tolls import disaster_toll
from sitrep.knowledge import read_table
from sitrep.model import Event

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

DEATH = (
    r"(?:killed|killing|dead|died|die|deaths?|death\s+toll|fatalit(?:y|ies)|fatally\s+wounded|"
    r"martyred|martyrdom|slain|lost\s+their\s+lives|lost\s+his\s+life|lost\s+her\s+life|"
    r"executed|massacred|perished|bodies)"
)
# how people were killed, between the count and the death word ("were shot dead", "were beaten
# to death", "were found dead")
HOW_KILLED = (r"(?:(?:shot|gunned\s+down|beaten|stabbed|hacked|burned|burnt|stoned|tortured|"
              r"found|left|crushed|starved|strangled|hanged|hung|lynched)\s+(?:to\s+)?)")
VICTIM = (
    r"(?:people|persons|civilians|soldiers|troops|fighters|militants|members|children|women|men|"
    r"servicemen|policemen|officers|insurgents|combatants|protesters|residents|villagers|"
    r"militiamen|jihadists|terrorists|others|personnel|[A-Za-z-]+\s+(?:soldiers|fighters|"
    r"civilians|troops|militants|members))"
)


# people a killing verb may list as its victims ("killing two soldiers and a civilian", "killed
# a commander and his two sons"); singular and plural
PERSON = (
    r"(?:people|persons?|civilians?|soldiers?|troops|fighters?|militants?|members?|child(?:ren)?|"
    r"wom[ae]n|m[ae]n|boys?|girls?|servicem[ae]n|policem[ae]n|police\s+officers?|officers?|"
    r"insurgents?|combatants?|protesters?|residents?|villagers?|militiam[ae]n|jihadists?|"
    r"terrorists?|others|personnel|passengers?|worshippers?|students?|workers?|farmers?|"
    r"journalists?|doctors?|nurses?|teachers?|pilgrims?|guards?|sons?|daughters?|brothers?|"
    r"sisters?|wi(?:fe|ves)|husbands?|mothers?|fathers?|relatives?|commanders?|generals?|"
    r"colonels?|rebels?|gunm[ae]n|attackers?|bombers?|drivers?|leaders?|officials?|chiefs?|"
    r"paramedics?|medics?|shepherds?|herders?|traders?|infants?|babies|baby|toddlers?|"
    r"teenagers?|pupils?|refugees?|detainees?|prisoners?|hostages?|agents?|recruits?|"
    r"policewom[ae]n|conscripts?|volunteers?|rescuers?|aid\s+workers?|bodyguards?|"
    r"pastors?|priests?|imams?|clerics?|monks?|nuns?|bishops?|mayors?|judges?|lawyers?|"
    r"activists?|politicians?|lawmakers?|councill?ors?|engineers?|fisherm[ae]n|miners?|"
    # people at a place a bomb or gunmen hit ("killing 20 shoppers", "mourners")
    r"shoppers?|customers?|vendors?|mourners?|worshipers?|bystanders?|passers-by|commuters?|"
    r"pedestrians?|guests?|spectators?|tourists?|"
    # people a mob or a group kills for what they are said to be ("lynched a suspected thief")
    r"thie(?:f|ves)|suspects?|robbers?|bandits?|spy|spies|informers?|informants?|"
    r"collaborators?)"
)
KILL_LIST = re.compile(r"\b(?:killing|killed|kills|kill|executing|executed|beheading|beheaded|"
                       r"murdering|murdered|massacring|massacred|lynching|lynched|shot\s+dead|"
                       r"shooting\s+dead|gunned\s+down|gunning\s+down|"
                       # "beat a man to death", "hacked two farmers to death"
                       r"(?:beat|beating|hacked|hacking|stoned|stoning|clubbed|clubbing|"
                       r"stabbed|stabbing|burned|burnt|burning)(?=[^.;]{1,80}?\bto\s+death\b))"
                       r"\s+(?P<list>[^.;:()\"“”]{3,200})", re.I)
# a toll of another time than the event told before it ("Last year, 40 people died in a similar
# attack"): not carried to that event
OTHER_TIME = re.compile(r"\b(?:(?:in|since|of)\s+(?:19|20)\d\d|last\s+(?:year|month)|ago|"
                        r"similar|previous|earlier\s+this|so\s+far\s+this)\b", re.I)
# a report that nobody died: the toll is known, and it is 0 ("No casualties were reported")
NONE_KILLED = re.compile(
    r"\b(?:no\s+(?:one|body)\s+(?:was|were|has\s+been)\s+(?:killed|hurt|injured|wounded)"
    r"|nobody\s+(?:was|has\s+been)\s+(?:killed|hurt|injured|wounded)"
    r"|no\s+(?:casualties|deaths|fatalities|injuries|one\s+died)\s+(?:were|was|have\s+been)?"
    r"\s*(?:reported|recorded|caused)?"
    r"|(?:caused|causing|reported|with|without)\s+no\s+(?:casualties|deaths|fatalities)"
    r"|without\s+(?:casualties|loss\s+of\s+life))", re.I)
# a toll told as more dead than a toll told before ("Three soldiers also died", "two more
# civilians died of their wounds", "another four were killed")
@cache
def _additional() -> re.Pattern[str]:
    num = _number_pattern(None)
    return re.compile(
        rf"\b(?:also|later)\s+(?:died|perished|(?:been\s+)?killed)\b"
        rf"|\b(?:were|was|have\s+been|had\s+been)\s+also\s+killed\b"
        rf"|\b{num}\s+(?:more|other|additional|further)\b"
        rf"|\b(?:another|a\s+further)\s+{num}\b", re.I)


def tells_more_dead(text: str) -> bool:
    """Whether the toll ``text`` gives is dead in addition to a toll told before it."""
    return _additional().search(text) is not None


# what may follow a list's last victim: where, when or how ("… and a civilian near the town"),
# or what the victim was said to be or have done ("lynched a man accused of blasphemy", "a
# woman suspected of witchcraft", "a boy who …")
LIST_TAIL = re.compile(
    r"\s+(?:in|on|at|near|during|when|as|after|before|while|inside|outside|from|across|"
    r"including|among|overnight|yesterday|today|late|early|and\s+wounding|and\s+injuring|"
    r"accused|suspected|alleged|believed|said|who|whom|whose|identified|named|aged|"
    r"to\s+death)\b",
    re.I)
LIST_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.I)


@dataclass(frozen=True)
class Fatalities:
    count: int
    start: int  # offsets of the evidence, relative to the text given
    end: int
    exact: bool  # False for vague quantities coded by convention ("dozens" -> 12)
    attackers: int = 0  # of ``count``, attackers killed by their own attack (a suicide bomber)


@cache
def _number_words() -> dict[str, tuple[int, bool]]:
    rows = read_table("number_words.tsv")
    return {r["word"]: (int(r["value"]), r["exact"] == "yes") for r in rows}


TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
         "nine": 9}
# numbers of two words: "twenty-five", "two dozen", "several dozen"
COMPOUND = (rf"(?:{'|'.join(TENS)})[-\s](?:{'|'.join(UNITS)})\b"
            rf"|(?:{'|'.join(UNITS)}|several|a\s+few)\s+dozen\b")


def number_value(raw: str) -> tuple[int, bool] | None:
    """(value, exact) of a count as written: "12", "1,200", "six", "twenty-five", "two dozen"
    (24), "dozens" (12, vague), "several dozen" (12, vague: ACLED codes "dozens" as 12)."""
    raw = " ".join(raw.lower().replace(",", "").split())
    words = _number_words()
    if raw.isdigit():
        return int(raw), True
    if raw in words:
        return words[raw]
    parts = raw.replace("-", " ").rsplit(" ", 1)
    if len(parts) == 2 and parts[0] in TENS and parts[1] in UNITS:
        return TENS[parts[0]] + UNITS[parts[1]], True
    if len(parts) == 2 and parts[1] == "dozen":
        if parts[0] in UNITS:
            return 12 * UNITS[parts[0]], True
        return 12, False
    return None


def _number_pattern(group: str | None = "num") -> str:
    words = sorted(_number_words(), key=len, reverse=True)
    alternatives = (r"\d{1,3}(?:,\d{3})*|\d+|" + COMPOUND + "|"
                    + "|".join(re.escape(w) for w in words))
    return f"(?P<{group}>{alternatives})" if group else f"(?:{alternatives})"


QUALIFIER = (r"(?:(?:at\s+least|some|about|around|nearly|almost|more\s+than|over|up\s+to|"
             r"an\s+estimated|all)\s+)?")


@cache
def _listed_victim() -> re.Pattern[str]:
    """One victim of a list: "two soldiers", "a civilian", "his two sons", "a local commander"."""
    return re.compile(
        rf"(?P<poss>(?:his|her|their|its)\s+)?"
        rf"(?:{QUALIFIER}{_number_pattern()}\s+|(?P<one>an?|one)\s+)?"
        rf"(?:[\w'-]+\s+){{0,3}}?(?P<noun>{PERSON})\b", re.I)


def _plural(noun: str) -> bool:
    n = noun.lower()
    return n.endswith(("men", "children", "people", "troops", "personnel", "babies", "others")) \
        or (n.endswith("s") and not n.endswith("ss"))


def listed_victims(text: str, *, at_least: int = 2) -> Fatalities | None:
    """The victims a killing verb lists, summed: "killing two soldiers and a civilian" is 3,
    "killed a commander and his two sons" 3, "killed a soldier" 1. Every item names people with
    a count, or one person with an article or a possessive; the list ends at the first item that
    does not ("killing two soldiers and wounding five", "killed his relatives": how many is not
    told). Lists of ``at_least`` items only."""
    best: Fatalities | None = None
    for m in KILL_LIST.finditer(text):
        found = _summed(text, m.start(), m.start("list"), m.group("list"), at_least)
        if found is not None and (best is None or found.count > best.count):
            best = found
    return best


# the attacker killed with his victims, an item of the list a killing verb gives ("killing
# himself and two soldiers")
SELF = frozenset({"himself", "herself"})


def _summed(text: str, start: int, list_start: int, listed_text: str,
            at_least: int) -> Fatalities | None:
    """The people of the list ``listed_text`` (at ``list_start``; its evidence starts at
    ``start``), summed from its first item to the last that names people with a count or one
    person; None for fewer than ``at_least`` items."""
    item = _listed_victim()
    listed, total, exact, end, selves = 0, 0, True, list_start, 0
    for part in LIST_SEPARATOR.split(listed_text):
        if part.strip().lower() in SELF:
            total, selves, listed = total + 1, selves + 1, listed + 1
            end = text.find(part.strip(), end) + len(part.strip())
            continue
        found = item.match(part.strip())
        rest = part.strip()[found.end():] if found is not None else ""
        if found is None or (rest and not LIST_TAIL.match(rest)):
            break
        counted = number_value(found.group("num")) if found.group("num") else None
        if counted is not None:
            total, exact = total + counted[0], exact and counted[1]
        elif (found.group("one") or found.group("poss")) and not _plural(found.group("noun")):
            total += 1
        else:
            break
        listed += 1
        end = text.find(part.strip(), end) + len(part.strip()) - len(rest)
        if rest:
            break  # "… and his two sons in Gaza": the list ends with its place
    if listed < at_least:
        return None
    return Fatalities(total, start, end, exact, selves)


# the dead counted apart from the verb that killed them: "The dead included four children",
# "Among those killed was a priest", "The dead were two soldiers and a civilian"
DEAD_COUNTED = re.compile(
    r"\b(?:(?:the|those)\s+(?:dead|killed|slain)|the\s+(?:fatalities|deceased))\s+"
    r"(?:included|include|includes|were|are)\s+(?P<list>[^.;:()\"“”]{3,200})"
    r"|\bamong\s+(?:the\s+(?:dead|slain|fatalities|deceased)|those\s+(?:killed|who\s+died))"
    r"\s*,?\s+(?:were|was|are|is)\s+(?P<list2>[^.;:()\"“”]{3,200})", re.I)


def dead_counted(text: str) -> Fatalities | None:
    """The dead :data:`DEAD_COUNTED` names, summed ("Among the dead were three women and a
    child": 4); None when there are none."""
    best: Fatalities | None = None
    for m in DEAD_COUNTED.finditer(text):
        group = "list" if m.group("list") is not None else "list2"
        found = _summed(text, m.start(), m.start(group), m.group(group), 1)
        if found is not None and (best is None or found.count > best.count):
            best = found
    return best


@cache
def _dead_listed_first() -> re.Pattern[str]:
    """The dead listed before their death word: "five soldiers and three militants were
    killed", "two police officers and a civilian died"."""
    item = (rf"(?:{QUALIFIER}{_number_pattern(None)}|an?|one)\s+(?:[\w-]+\s+){{0,2}}?{PERSON}")
    return re.compile(
        rf"\b(?P<list>{item}(?:\s*,\s*{item})*\s*,?\s+and\s+{item})\s+"
        rf"(?:were|have\s+been|had\s+been|all\s+)?\s*(?:reportedly\s+|also\s+)?"
        rf"{HOW_KILLED}?(?:killed|died|dead|slain|perished)\b", re.I)


def dead_listed_first(text: str) -> Fatalities | None:
    """The dead of :func:`_dead_listed_first`, summed; None when there is no such list."""
    item = _listed_victim()
    for m in _dead_listed_first().finditer(text):
        total, exact = 0, True
        for part in LIST_SEPARATOR.split(m.group("list")):
            found = item.match(part.strip())
            if found is None:
                break
            counted = number_value(found.group("num")) if found.group("num") else None
            if counted is not None:
                total, exact = total + counted[0], exact and counted[1]
            elif found.group("one") and not _plural(found.group("noun")):
                total += 1
            else:
                break
        else:
            return Fatalities(total, m.start(), m.end(), exact)
    return None


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    qual = QUALIFIER
    # a range counts its lower end, the most conservative figure, as ACLED codes one:
    # "between three and five", "somewhere between three and more than 20", "10 to 15",
    # "two or three"
    num = (rf"(?:(?:somewhere\s+)?between\s+)?{_number_pattern()}"
           rf"(?:\s*(?:-|–|to|or|and)\s*{qual}{_number_pattern(None)}\b)?")
    return tuple(
        re.compile(p, re.I)
        for p in (
            # "six of the attackers were killed", "two soldiers were also killed"
            rf"\b{qual}{num}\s+(?:of\s+(?:the|their|its)\s+)?(?:\w+\s+){{0,2}}{VICTIM}?\s*"
            rf"(?:were|was|have\s+been|had\s+been|are|have|had)?\s*"
            rf"(?:reportedly\s+|reported\s+|also\s+|later\s+|subsequently\s+)?{HOW_KILLED}?{DEATH}",
            rf"\bbodies\s+of\s+{qual}{num}\b",
            rf"\b(?:killing|killed|kills|left|leaving|shot\s+dead|shooting\s+dead|"
            rf"gunned\s+down|gunning\s+down|shot\s+and\s+killed|shooting\s+and\s+killing)"
            # the dead named as a group's own: "killing its two pilots", "killed all the three"
            rf"\s+(?:(?:its|their|the|all\s+the)\s+)?{qual}{num}\b(?!-)",
            # "killed a family of six", "killing its crew of three": the family, the crew are
            # the dead
            rf"\b(?:killing|killed|kills|wiped\s+out)\s+(?:a|an|one|the|its|their|an\s+entire|"
            rf"a\s+whole)\s+(?:[\w-]+\s+)?(?:family|crew)\s+of\s+{num}\b",
            rf"\bfamily\s+of\s+{num}\s+(?:were|was|have\s+been|had\s+been)\s+{HOW_KILLED}?{DEATH}",
            # "the death toll rose to 40", "the toll from Saturday's car bomb rose to 12",
            # "officials put the toll at 40", "bringing the total to 17"
            rf"\b(?:death\s+)?toll\s+(?:[\w'’-]+\s+){{0,10}}?(?:to|of|at|reached|stands\s+at|is)\s+"
            rf"{qual}{num}\b",
            rf"\bbringing\s+(?:the|its)\s+(?:total|number\s+of\s+(?:dead|deaths))\s+to\s+{qual}{num}\b",
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


# a count of the dead and the hurt together ("100 people were killed or injured", "left 20 dead
# and wounded", "14 casualties"): ACLED records no injuries, and such a count is no death toll
# (ACLED, "Fatalities" FAQ: "ACLED does not collect data on injuries")
HURT_TOO = re.compile(r"\b(?:injured|wounded|hurt)\s+(?:or|and|and/or)\b"
                      r"|\b(?:or|and|and/or)\s+(?:injured|wounded|hurt)\b"
                      r"|\bcasualt(?:y|ies)\b", re.I)
HURT_AFTER = re.compile(r"\s*(?:,\s*)?(?:or|and|and/or)\s+"
                        r"(?:\w+ly\s+)?(?:injured|wounded|hurt|maimed)\b", re.I)
# a toll of a whole war, conflict or period, not of one event ("the war has killed more than
# 12,000 people since April", "the insurgency has claimed 40,000 lives"): no event's toll.
# Fighting, clashes or violence that "have killed" N tell a toll of days, which ACLED spreads
# over the days' events, and stay a toll
PERIOD_TOLL = re.compile(
    r"\b(?:war|wars|conflict|insurgency|crisis|uprising|campaign|civil\s+war|offensive|"
    r"invasion)\b[^.;]{0,60}?\b(?:has|have|had)\s+(?:now\s+|so\s+far\s+|"
    r"already\s+)?(?:killed|claimed|left|cost)\b"
    r"|\b(?:since\s+the\s+(?:war|conflict|fighting|insurgency|invasion|start|beginning|outbreak)|"
    r"so\s+far\s+this\s+year|since\s+(?:19|20)\d\d)\b", re.I)
YEAR = re.compile(r"(?:19|20)\d\d")
IN_YEAR = re.compile(r"\b(?:in|since|of|by|until|from|during|early|late|mid-?)\s*$", re.I)


@cache
def _people_after() -> re.Pattern[str]:
    """People named right after a count ("1500 people", "1990 displaced villagers")."""
    return re.compile(rf"\s+(?:[\w-]+\s+)?{PERSON}\b", re.I)


# "one" of "no one", "not one": nobody
NO_ONE = re.compile(r"\b(?:no|not)\s+one$", re.I)
# a count of thousands told vaguely ("hundreds of thousands", "tens of thousands"): no toll
OF_THOUSANDS = re.compile(r"\s+of\s+(?:thousands|millions)\b", re.I)
# tolls told by two sources that differ ("police said 22 were killed; a lawmaker said 50"):
# ACLED takes the most conservative figure ("If source reports differ ..., ACLED uses the most
# conservative estimate available", ACLED "Fatalities" FAQ)
REPORTED_BY = re.compile(r"\b(?:said|says|say|told|put\s+the\s+(?:death\s+)?toll|"
                         r"according\s+to|reported|claimed|estimated)\b", re.I)


# the hurt counted right before a count ("rebels injured 5 and killed 3 villagers")
HURT_BEFORE = re.compile(r"\b(?:injur\w*|wound\w*|hurt\w*)\s+(?:at\s+least\s+|about\s+|some\s+"
                         r"|nearly\s+|more\s+than\s+|over\s+)?$", re.I)
# a count of those an attack "left" or is "leaving", which is a toll only with its dead word
# after it ("leaving 12 dead", "left at least 40 people dead"; not "leaving dozens injured")
LEFT = re.compile(r"(?:left|leaving)\b", re.I)
LEFT_DEAD = re.compile(r"(?:\s+[\w,'’-]+){0,4}?\s+(?:dead|killed)\b", re.I)
# the dead word after a count that ends on its number ("leaving nine dead and wounded")
DEAD_AFTER = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:dead|killed)", re.I)


def _hurt_too(text: str, start: int, end: int, num_end: int) -> bool:
    """Whether the count at ``start``-``end`` counts the hurt with the dead. A count that ends
    on its number is followed by its dead word first ("leaving nine dead and wounded"), not by
    a verb of its own ("killed at least 40 and wounded 100")."""
    if (HURT_TOO.search(text, max(0, start - 12), end) is not None  # "casualty toll"
            or OF_THOUSANDS.match(text, num_end) is not None
            or HURT_BEFORE.search(text, 0, start) is not None):
        return True
    after = end
    if end == num_end:
        dead = DEAD_AFTER.match(text, end)
        if dead is None:
            return False
        after = dead.end()
    return HURT_AFTER.match(text, after) is not None


def _period_toll(text: str, start: int) -> bool:
    """Whether the count at ``start`` is the toll of a war or a period, told before it in its
    clause."""
    clause = max(text.rfind(";", 0, start), text.rfind(". ", 0, start)) + 1
    return PERIOD_TOLL.search(text, clause, min(len(text), start + 60)) is not None


@lru_cache(maxsize=4096)
def count_fatalities(text: str) -> Fatalities | None:
    """The fatality count ``text`` (one sentence) gives, or None when it gives none. Cached:
    the event stage asks it of one sentence several times (typing, tolls, carried tolls)."""
    best: Fatalities | None = None
    told: list[Fatalities] = []
    for pat in _patterns():
        for m in pat.finditer(text):
            counted = number_value(m.group("num"))
            if counted is None:
                continue
            value, exact = counted
            if value > 100_000:
                continue  # a population figure, not a toll
            if YEAR.fullmatch(m.group("num")) and (
                    not _people_after().match(text, m.end("num"))
                    or IN_YEAR.search(text, 0, m.start("num"))):
                continue  # "the 2019 attack killed 40", "in 2019 militants killed": a year
            if _hurt_too(text, m.start(), m.end(), m.end("num")) or _period_toll(text, m.start()):
                continue
            if disaster_toll(text, m.start(), m.end(), m.start("num")):
                continue  # "the death toll from the earthquake rose to 300": not an event's
            if NO_ONE.search(text, 0, m.end("num")):
                continue  # "no one was killed"
            if LEFT.match(m.group()) and LEFT_DEAD.match(text, m.end()) is None:
                continue  # "leaving 12 injured", "left dozens homeless": not the dead
            found = Fatalities(value, m.start(), m.end(), exact)
            told.append(found)
            if best is None or found.count > best.count:
                best = found
    if best is not None and len(REPORTED_BY.findall(text)) >= 2 and not tells_more_dead(text):
        apart = [f for f in told if not (f.start < best.end and best.start < f.end)]
        if apart:  # two sources, two tolls: the most conservative
            best = min([best, *apart], key=lambda f: f.count)
    first = dead_listed_first(text)
    if first is not None and (best is None or first.count > best.count) and not (
            disaster_toll(text, first.start, first.end, first.start)):
        best = first
    listed = listed_victims(text, at_least=1 if best is None else 2)
    if listed is not None and (best is None or listed.count > best.count) and not (
            disaster_toll(text, listed.start, listed.end, listed.start)):
        best = listed  # not "the earthquake killed 300 people"
    named = dead_counted(text)
    if named is not None and (best is None or named.count > best.count) and not (
            disaster_toll(text, named.start, named.end, named.start)):
        best = named
    if best is None:
        single = SINGLE.search(text)
        if single:
            best = Fatalities(1, single.start(), single.end(), True)
    return _with_attacker(text, best)


# an attacker killed by his own attack ("a suicide bomber blew himself up", "detonated
# himself"), and a toll that says it counts him already ("including the bomber")
OWN_DEATH = re.compile(r"\b(?:blew|blowing|blow|blows)\s+(?:himself|herself)\s+up\b"
                       r"|\b(?:detonat\w+|explod\w+)\s+(?:himself|herself)\b", re.I)
# several attackers killed by their own attack: "two suicide bombers blew themselves up"
@cache
def _own_deaths() -> re.Pattern[str]:
    return re.compile(rf"\b{_number_pattern()}\s+(?:(?:suicide|female|male)\s+)*"
                      rf"(?:bombers|attackers)\b[^.;]{{0,60}}?\b(?:blew|blowing|blow)\s+"
                      rf"themselves\s+up\b", re.I)


ATTACKER_COUNTED = re.compile(r"\bincluding\s+(?:himself|herself|themselves|the\s+(?:suicide\s+)?"
                              r"(?:bombers?|attackers?|assailants?))\b"
                              r"|\b(?:bomber|attacker|assailant)\s+(?:was\s+)?among\b", re.I)


# a toll of anyone, which may count the attacker ("killing 59 people", "left 12 dead")
ANYONE = re.compile(r"\b(?:people|persons|others|dead|deaths|fatalities|lives|bodies|toll)\b",
                    re.I)


@cache
def _victims_named() -> re.Pattern[str]:
    return re.compile(rf"\b{PERSON}\b", re.I)


def _with_attacker(text: str, toll: Fatalities | None) -> Fatalities | None:
    """``toll`` with the attacker ``text`` says died by his own attack ("A suicide bomber blew
    himself up …, killing 12 worshippers": 13); 1 when no other toll is told. A toll that
    counts him already ("killing himself and two soldiers", "including the bomber") stays,
    and so does a toll of anyone ("killing 59 people"), which may count him: ACLED takes the
    most conservative figure a report allows (ACLED "Fatalities" FAQ)."""
    own, attackers = OWN_DEATH.search(text), 1
    several = _own_deaths().search(text) if own is None else None
    counted = number_value(several.group("num")) if several is not None else None
    if several is not None and counted is not None and counted[1]:
        own, attackers = several, counted[0]
    if own is None or ATTACKER_COUNTED.search(text) or (toll is not None and toll.attackers):
        return toll
    if toll is None:
        return Fatalities(attackers, own.start(), own.end(), True, attackers)
    told = text[toll.start:toll.end + 30]
    if ANYONE.search(told) or not _victims_named().search(text, toll.start, toll.end + 30):
        return toll
    return replace(toll, count=toll.count + attackers, attackers=attackers)


def merge_tolls(events: list[Event], outcomes: set[int], text: str) -> list[Event]:
    """A toll told in the sentence after its event, in its paragraph ("The group said its
    fighters killed three soldiers"), is that event's toll, not a second event; ``text`` is
    the article's. A toll of the next paragraph is another story's."""
    kept: list[Event] = []
    for i, event in enumerate(events):
        prev = kept[-1] if kept else None
        if (i in outcomes and prev is not None
                and 0 <= event.sentence.start - prev.sentence.end <= 2
                and "\n" not in text[prev.sentence.end:event.sentence.start]
                and (event.actor1 is None or prev.actor1 is None
                     or event.actor1.actor == prev.actor1.actor)):
            if prev.fatalities is None and event.fatalities is not None:
                kept[-1] = replace(prev, fatalities=event.fatalities)
            continue
        kept.append(event)
    return kept


# a toll told again, risen, in the sentence after ("The death toll rose to 20 on Monday",
# "..., bringing the toll to seven"): ACLED revises a toll when better information comes
# (ACLED "Fatalities" FAQ: totals "will be revised and corrected – upward or downward"; ACLED
# "Keeping ACLED data updated": "updated fatality counts as death tolls mount")
RISEN = re.compile(r"\b(?:toll|total|number\s+of\s+(?:dead|deaths))\b[^.;]{0,80}?\b(?:rose|risen|"
                   r"rises|climbed|climbs|increased|reached|jumped|to)\b", re.I)


def _revised_toll(doc: Doc, sentences: list[Span], here: int, told_in: set[int],
                  toll: int) -> int | None:
    """The toll the sentence after ``here``, in its paragraph and telling no event of its own,
    gives instead of ``toll``: a risen toll ("The death toll rose to 20") replaces it, more dead
    ("Four more people later died in hospital") add to it. None when it gives no new toll."""
    if here + 1 >= len(sentences):
        return None
    before, after = sentences[here], sentences[here + 1]
    if after.start_char in told_in or "\n" in doc.text[before.end_char:after.start_char]:
        return None
    deaths = count_fatalities(after.text)
    if deaths is None or OTHER_TIME.search(after.text):
        return None
    if RISEN.search(after.text) and deaths.count > toll:
        return deaths.count
    own = count_fatalities(before.text)
    if own is not None and own.attackers == own.count == toll and not ATTACKER_COUNTED.search(
            after.text):
        return toll + deaths.count  # "A suicide bomber blew himself up … Two soldiers were
        # killed": his victims, told after, with him
    if tells_more_dead(after.text) and not RISEN.search(after.text):
        return toll + deaths.count
    return None


def carry_tolls(doc: Doc, events: list[Event], *, takes_toll: Callable[[Event], bool]) -> (
        list[Event]):
    """A toll told in the sentence right after an event's, in its paragraph, by a sentence that
    tells no event of its own ("Artillery shelled Sarmin on Monday. The death toll rose to 15 on
    Tuesday, medics said.") is that event's toll, when the event has none and ``takes_toll``
    (a violent event, not an arrest's or a base's). It fills a missing toll; a toll the event
    has is replaced by a risen one and added to by more dead (:func:`_revised_toll`).
    A report that nobody died, in the event's sentence or that next one ("No casualties were
    reported"), makes the toll 0: known, and none."""
    sentences = list(doc.sents)
    starts = {s.start_char: k for k, s in enumerate(sentences)}
    told_in = {e.sentence.start for e in events}
    carried: dict[int, int] = {}
    for k, event in enumerate(events):
        here = starts.get(event.sentence.start)
        if here is None or not takes_toll(event):
            continue
        if event.fatalities is not None:
            revised = _revised_toll(doc, sentences, here, told_in, event.fatalities)
            if revised is not None:
                carried[k] = revised
            continue
        if NONE_KILLED.search(sentences[here].text) and count_fatalities(
                sentences[here].text) is None:
            carried[k] = 0  # "Shells hit the market; no casualties were reported"
            continue
        if here + 1 >= len(sentences):
            continue
        after = sentences[here + 1]
        if after.start_char in told_in or "\n" in doc.text[event.sentence.end:after.start_char]:
            continue
        deaths = count_fatalities(after.text)
        if deaths is not None and not OTHER_TIME.search(after.text):
            carried[k] = deaths.count
        elif deaths is None and NONE_KILLED.search(after.text):
            carried[k] = 0
    # one toll for the last event of the sentence before it, not for every event there
    last: dict[int, int] = {}
    for k in carried:
        last[events[k].sentence.start] = k
    return [replace(e, fatalities=carried[k]) if last.get(e.sentence.start) == k else e
            for k, e in enumerate(events)]
