"""Whose voice a news outlet is: the state or the party to a war that owns or runs it.

Counting independent corroboration (:mod:`sitrep.link`) must not take a state's news agency and
that state's "state media" for two sources, nor a party's channel for a witness apart from the
party. The owners are data (``knowledge/outlet_affiliations.tsv``, with where each fact comes
from); a source named only as a state's media ("state media", "Syrian state television",
"regime media") is that state's, named by its words or, failing them, by the country of the
event it tells.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from sitrep.errors import ResourceError
from sitrep.knowledge import read_table

AFFILIATIONS_FILE = "outlet_affiliations.tsv"
# A source named only as a state's media: "state media", "regime media", "state-run television",
# "the official news agency", "government TV".
STATE_MEDIA_RE = re.compile(
    r"\b(?:state|regime|government|official|state-run|state-owned|state-controlled)[\s-]+"
    r"(?:media|television|tv|radio|news\s+agency|agency|broadcaster|press|outlets?|channels?)\b",
    re.IGNORECASE)


@dataclass(frozen=True)
class Affiliations:
    """Outlet keys (:func:`outlet_key`) to their owner's voice ("state:SY", "party:Houthis"),
    and the words that name a state (demonyms and names, lower case) to its ISO code."""

    outlets: Mapping[str, str]
    states: Mapping[str, str]


def outlet_key(name: str) -> str:
    """An outlet's name as compared: case-folded, spaces collapsed, no leading "the"."""
    key = " ".join(name.casefold().split())
    return key[4:] if key.startswith("the ") else key


@cache
def load_affiliations() -> Affiliations:
    """The shipped table of outlet owners, and the state words of ``knowledge/demonyms.tsv``."""
    outlets: dict[str, str] = {}
    for row in read_table(AFFILIATIONS_FILE):
        state, party = row["state"], row["party"]
        if bool(state) == bool(party):
            raise ResourceError(f"{AFFILIATIONS_FILE}: {row['outlet']!r} needs a state or a "
                                "party, not both")
        outlets[outlet_key(row["outlet"])] = f"state:{state}" if state else f"party:{party}"
    states: dict[str, str] = {}
    for row in read_table("demonyms.tsv"):
        if row["context"]:
            continue  # "Kurdish" forces by country of focus: no state's media
        for word in row["names"].split("|"):
            states.setdefault(word.strip().lower(), row["country"])
    return Affiliations(outlets, states)


def voice(name: str, *, country: str | None = None,
          table: Affiliations | None = None) -> str | None:
    """The owner whose voice an outlet or media source ``name`` is ("state:SY" for "SANA" and
    for "Syrian state media"; "party:Houthis" for "Al-Masirah"), None for an outlet of its own.
    A state's media the words do not name the state of is ``country``'s (the country of the
    event told), or None without one."""
    table = table or load_affiliations()
    key = outlet_key(name)
    if key in table.outlets:
        return table.outlets[key]
    if STATE_MEDIA_RE.search(name) is None:
        return None
    words = re.findall(r"[a-z]+", key)
    state = next((table.states[w] for w in words if w in table.states), None) or country
    return f"state:{state}" if state else None


@dataclass(frozen=True)
class StateWords:
    """The names of states as an article writes them ("Syrian", "Syria", "US"), each with its
    ISO code, and each code's people's adjective ("SY" -> "Syrian")."""

    pattern: re.Pattern[str]  # any state's name, as a whole word
    services: re.Pattern[str]  # a state's armed service: "Syria's army", "Syrian military"
    codes: dict[str, str]
    peoples: dict[str, str]

    def states_in(self, text: str) -> set[str]:
        """The ISO codes of the state names in ``text``."""
        return {self.codes[m.group(0)] for m in self.pattern.finditer(text)}


@cache
def state_words() -> StateWords:
    """The state names of ``knowledge/demonyms.tsv`` (no row of a context: "Kurdish" is no
    state's), matched case-sensitively as whole words, so "US" is no "us"."""
    codes: dict[str, str] = {}
    peoples: dict[str, str] = {}
    for row in read_table("demonyms.tsv"):
        if row["context"]:
            continue
        names = [n.strip() for n in row["names"].split("|") if n.strip()]
        peoples.setdefault(row["country"], names[0])
        for name in names:
            codes.setdefault(name, row["country"])
    either = "|".join(re.escape(n) for n in sorted(codes, key=len, reverse=True))
    return StateWords(
        re.compile(rf"(?<![\w.])(?:{either})(?!\w)"),
        re.compile(rf"(?<![\w.])(?P<state>{either})(?:['’]s)?\s+(?i:army|military|armed\s+"
                   rf"forces)\b"),
        codes, peoples)


# Sources whose word an outlet relays ("the Russian MoD said …", "SOHR said …"): the source
# speaks, not the outlet, and two outlets relaying it are one voice.
RELAYED_TYPES = frozenset({"official", "military", "armed group", "monitor", "expert"})


# A state's body, which speaks for its state when its name names the state ("Russian Ministry
# of Defense", "Government of Syria", "Syrian army"), where a person named "Jordan" does not.
STATE_BODY_RE = re.compile(r"\b(?:government|ministry|ministries|military|army|armed\s+forces|"
                           r"forces|troops|navy|air\s+force|general\s+staff|officials?|"
                           r"authorities|presidency|kremlin)\b", re.IGNORECASE)
# Words a name holds in lower case: "Ministry of Defense", "Government of the United States".
NAME_JOINERS = frozenset({"of", "the", "for", "and", "de", "al", "el", "bin", "ibn"})


def _is_name(canonical: str) -> bool:
    """Whether a canonical source is a name (every word but joiners in capitals: "Syrian
    Observatory for Human Rights", "Walid Muallem", "SDF"), not a description ("officials",
    "Government forces", "military source")."""
    words = re.findall(r"[^\W\d_][\w'’-]*", canonical)
    return bool(words) and all(w[:1].isupper() or w.lower() in NAME_JOINERS for w in words)


def relayed_voice(canonical: str, source_type: str, *,
                  table: Affiliations | None = None) -> str | None:
    """Whose voice a named source relayed by an outlet is: a state's for a state's official or
    military body that names its state ("state:RU" for "Russian Ministry of Defense",
    "Government of Russia" and "Russian military" alike, as for RT: a state's outlets and its
    ministries speak for it), a party's for the party an outlet speaks for ("party:Houthis"),
    else the source's own ("source:walid muallem", "source:syrian observatory for human
    rights"). None for a source that names no one (a description, "officials", "a monitoring
    group", "Government forces" opening a sentence, "defence ministry": the outlet's own
    sourcing) or that is no official, military, armed group, monitor or expert."""
    if source_type not in RELAYED_TYPES:
        return None
    table = table or load_affiliations()
    if source_type in {"official", "military"} and " and " not in canonical and (
            STATE_BODY_RE.search(canonical)):
        states = state_words().states_in(canonical)
        if len(states) == 1:
            return f"state:{next(iter(states))}"
    if not _is_name(canonical):
        return None
    party = f"party:{canonical}"
    if party in table.outlets.values():
        return party
    return f"source:{outlet_key(canonical)}"
