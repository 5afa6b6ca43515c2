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
