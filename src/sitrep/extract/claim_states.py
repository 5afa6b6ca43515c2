"""Whose state a defence ministry or an army is, where its name leaves the state out.

Outlets name one state body many ways: "the Ministry of Defence", "the regime's defence
ministry", "Syria's MoD", "the Syrian Defence Ministry". The names that say the state are one
canonical name in ``knowledge/sources.tsv`` ("Syrian Ministry of Defense"); this pass gives a
name that does not ("the Ministry of Defence", "the defence ministry", "the regime's defence
ministry", "the army", "the military") the state the article makes clear, so that the claims
board and the link stage see one source across articles. A phrase that names its state by a
capital or with a partisan word ("Moscow's defence ministry", "the defence ministry in
Damascus", "the Syrian regime's army") is that state's; one whose owner is only partisan ("the
Assad regime's defence ministry", "the regime's army"), or a bare one, is

1. the one state whose body of that kind the article named before it ("Syria's Defence
   Ministry said … the Ministry of Defence added"); two or more such states leave it as it is;
2. else, for a ministry, the state that owns the outlet (``knowledge/outlet_affiliations.tsv``):
   SANA's "the Ministry of Defence" is Syria's, RT's Russia's (an army is not: RT's "the army"
   on a battle in Syria is the Syrian army);
3. else the country the article's places lie in, when the article names no other state
   (``knowledge/demonyms.tsv``): "the regime's defence ministry" on a shelling in Deir ez-Zor
   is Syria's; "Turkish drones struck … near Qamishli, the defence ministry said" is left
   unqualified, as the article does not say whose. A territory with no army of its own
   (``knowledge/claim_territories.tsv``) stands for the state whose forces operate there:
   "the military said" on a strike in Rafah is the Israeli military's, "Israeli jets" named
   or not.

A state's armed service keeps the people's adjective and its own word, as
:func:`sitrep.extract.claim_source_types.state_forces` names it ("Syrian army", "Israeli
military"); one named with capitals ("Syrian Army", a headline's) is written the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from sitrep.affiliations import StateWords, state_words, voice
from sitrep.extract.claim_draft import Draft
from sitrep.extract.claim_lexicon import Lexicon
from sitrep.knowledge import read_table

MINISTRY = "Ministry of Defense"
# A body named without its state, after a partisan or generic owner word at most:
# "Ministry of Defence", "defence ministry", "MoD", "regime's defence ministry", "army".
BARE_BODY_RE = re.compile(
    r"^(?:(?:regime|government|junta|state|country)['’]s\s+)?"
    r"(?:(?P<ministry>ministry\s+of\s+defen[cs]e|defen[cs]e\s+ministry|mod)"
    r"|(?P<service>army|military|armed\s+forces))$", re.IGNORECASE)


def _kind(canonical: str) -> str | None:
    """"ministry" or the service word ("army") of a body named without its state, else None."""
    m = BARE_BODY_RE.match(canonical.strip())
    if m is None:
        return None
    if m.group("ministry"):
        return "ministry"
    return " ".join(m.group("service").lower().split())


# A source phrase that is a state body, whoever its owner words say it is: "Moscow's defence
# ministry", "the Syrian regime's Ministry of Defence", "the ministry of defence of Syria", "the
# defence ministry in Damascus", "the Assad regime's defence ministry".
BODY_PHRASE_RE = re.compile(
    r"^(?:the\s+)?(?P<owner>.*?)\s*\b(?P<body>ministry\s+of\s+defen[cs]e|defen[cs]e\s+ministry|"
    r"mod|army|military|armed\s+forces)(?:\s+(?:of|in)\s+(?P<where>.+))?$", re.IGNORECASE)
# Owner words that say whose a body is without naming the state: "the regime's", "the Assad
# regime's", "the government's" (the state is then the article's: rules 1-3).
PARTISAN_RE = re.compile(r"(?:\b[A-Z][\w-]*\s+)?\b(?i:regime|government|junta|administration)\b")


def _phrase(text: str, lex: Lexicon, words: StateWords) -> tuple[str, set[str]] | None:
    """(kind, states named) of a source phrase that is a state body and an owner made only of
    state names ("Syria's", "Syrian"), capitals that stand for a government ("Moscow's", "the
    Kremlin's": ``knowledge/sources.tsv``) and partisan words ("the regime's"); None for a
    phrase with an owner of anything else ("the Syrian Arab Army", "the Health Ministry") or
    no owner at all ("the army": the first resolution's name, :func:`_kind`)."""
    m = BODY_PHRASE_RE.match(text.strip())
    if m is None:
        return None
    owner = f"{m.group('owner')} {m.group('where') or ''}"
    if not owner.strip():
        return None
    states: set[str] = set()
    for pat, _typ, canonical in lex.source_names:
        if canonical.startswith("Government of ") and pat.search(owner):
            states |= words.states_in(canonical.removeprefix("Government of "))
            owner = pat.sub(" ", owner)
    states |= words.states_in(owner)
    rest = PARTISAN_RE.sub(" ", words.pattern.sub(" ", owner))
    if re.sub(r"['’]s\b|\bthe\b|[\s,'’]", "", rest, flags=re.IGNORECASE):
        return None
    body = " ".join(m.group("body").lower().split())
    return ("ministry" if body in {"mod"} or "ministry" in body else body), states


def _named_before(before: str, kind: str, lex: Lexicon, words: StateWords) -> set[str]:
    """The states whose body of ``kind`` the text ``before`` names: a defence ministry by a
    listed name ("Syria's MoD"), an armed service by its state's name or people ("Syria's
    army", "the Syrian military": any service for any other)."""
    if kind != "ministry":
        return {words.codes[m.group("state")] for m in words.services.finditer(before)}
    states: set[str] = set()
    for pat, _typ, canonical in lex.source_names:
        if canonical.endswith(MINISTRY) and pat.search(before):
            states |= words.states_in(canonical)
    return states


def state_of_article(text: str, *, kind: str, outlet: str | None, country: str | None,
                     words: StateWords) -> str | None:
    """The state a body of ``kind`` named without its state is, by the outlet (a ministry
    only: RT's "the army" on a battle in Syria is Syria's, not Russia's) or the article's
    places (rules 2 and 3 of the module's doc), or None."""
    owner = voice(outlet) if outlet and kind == "ministry" else None
    if owner is not None and owner.startswith("state:"):
        return owner.removeprefix("state:")
    if country is None:
        return None
    armed = territory_states().get(country)  # Gaza: Israel's military
    if armed is not None:
        return armed if words.states_in(text) <= {country, armed} else None
    return country if words.states_in(text) <= {country} else None


@cache
def territory_states() -> dict[str, str]:
    """The state whose armed forces a territory with none of its own stands for, by ISO code
    (``knowledge/claim_territories.tsv``): {"PS": "IL"}."""
    return {row["territory"]: row["state"] for row in read_table("claim_territories.tsv")}


def qualified(kind: str, state: str, words: StateWords) -> str | None:
    """The canonical name of the body of ``kind`` of ``state`` ("Syrian Ministry of Defense",
    "Syrian army"), or None for a state with no people's adjective."""
    people = words.peoples.get(state)
    if people is None:
        return None
    return f"{people} {MINISTRY}" if kind == "ministry" else f"{people} {kind}"


def one_service_name(canonical: str, words: StateWords) -> str:
    """A state's service named with capitals ("Syrian Army") as the others are ("Syrian
    army"); any other name as it is."""
    m = re.match(r"^(?P<state>.+?)\s+(?P<service>army|military|armed\s+forces)$", canonical,
                 re.IGNORECASE)
    if m is None or m.group("state") not in words.codes:
        return canonical
    return f"{words.peoples[words.codes[m.group('state')]]} {m.group('service').lower()}"


def qualify_states(drafts: Iterable[Draft], *, text: str, lex: Lexicon, outlet: str | None,
                   country: str | None) -> None:
    """Give each claim source named as a defence ministry or an army without its state the
    state the article makes clear (the module's rules), and write a state's service one way.
    ``text`` is the article's text, ``country`` the country its places lie in."""
    words = state_words()
    article_state: dict[str, str | None] = {}  # rules 2 and 3 by kind, found when needed
    for d in drafts:
        if d.source is None or d.canonical is None or d.source_type not in {
                "official", "military", "unknown"}:
            continue
        phrase = _phrase(d.source.text, lex, words)
        kind = phrase[0] if phrase is not None else _kind(d.canonical)
        if kind is None or (d.source_type == "unknown" and kind != "ministry"):
            if d.source_type != "unknown":
                d.canonical = one_service_name(d.canonical, words)
            continue
        named = phrase[1] if phrase is not None else set()
        before = named or _named_before(text[:d.source.start], kind, lex, words)
        if len(before) > 1:
            continue  # two states' bodies named: the article does not say which
        if not before and kind not in article_state:
            article_state[kind] = state_of_article(text, kind=kind, outlet=outlet,
                                                   country=country, words=words)
        state = next(iter(before)) if before else article_state[kind]
        name = qualified(kind, state, words) if state is not None else None
        if name is not None:
            d.canonical = name
            d.source_type = "official" if kind == "ministry" else "military"
