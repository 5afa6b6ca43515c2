"""A hamlet abroad for a name the story's own country may hold: left unresolved.

The bundled gazetteer lacks many small places of the countries conflict news comes from
(Darfur's camps and towns: "Tawila", "Zamzam"), and a village elsewhere often bears the same
name (Aţ Ţawīlah in Yemen). Where the story's other places and the armed groups it names say
where it happens ("El Fasher", "the RSF": Sudan), a name read as a settlement of fewer than
:data:`STRAY_MAX_POPULATION` people in a country none of them points to, at least
:data:`STRAY_MIN_KM` from every place they name (a country's own point counted: "Sarmada,
a town on the border with Turkey" stays in Syria), is more likely a place the gazetteer does
not know than that hamlet: it stays a toponym, with no place, rather than a wrong one.
A country named in the story ("Tawila, Yemen", "in Yemen") keeps its hamlets, a sea or a
world region ("the Red Sea", of no country) is no hamlet, and a story that names no other
place and no armed group leaves every reading as it was.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from sitrep.model import Place, great_circle_km

STRAY_MAX_POPULATION = 1000
STRAY_MIN_KM = 1000.0
# ACLED inter codes of groups that fight at home (rebels, political and identity militias);
# external forces (8) fight abroad, and their home says nothing of where the story is.
_HOME_INTER = frozenset({"2", "3", "4"})
_STATES = frozenset({"PCLI", "PCLS", "PCLD", "PCLF", "PCL", "ADM1"})


@cache
def _group_homes() -> tuple[re.Pattern[str], dict[str, str]]:
    """A pattern of the armed groups' proper names (``knowledge/actors.tsv``: the short form,
    the full name and every alias written with a capital, matched with their case) and each
    name's home country."""
    from sitrep.knowledge import read_table

    homes: dict[str, str] = {}
    for row in read_table("actors.tsv"):
        country = row.get("country", "").strip()
        if row.get("inter", "") not in _HOME_INTER or not country:
            continue
        short, _, full = row["name"].partition(": ")
        for alias in (short, full, *row.get("aliases", "").split("|")):
            alias = alias.strip()
            if len(alias) > 2 and any(c.isupper() for c in alias):
                homes[alias] = country
    names = sorted(homes, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, names)) + r")(?!\w)")
    return pattern, homes


def group_countries(text: str) -> frozenset[str]:
    """The home countries of the armed groups ``text`` names ("the RSF": SD)."""
    pattern, homes = _group_homes()
    return frozenset(homes[m.group(0)] for m in pattern.finditer(text))


def unplace_strays(
    names: Sequence[str], places: Sequence[Place | None], groups: frozenset[str] = frozenset()
) -> list[Place | None]:
    """``places`` (each mention's reading, by lowercased name ``names``) with the hamlets abroad
    of the module's rule set to None; ``groups``: the countries of the armed groups named."""
    out = list(places)
    for i, (name, place) in enumerate(zip(names, places, strict=True)):
        if (
            place is None
            or not place.country  # a sea, a world region: no country's hamlet
            or place.feature_class not in ("P", "A")
            or place.population >= STRAY_MAX_POPULATION
            or place.feature_code in _STATES
        ):
            continue
        others = [q for n, q in zip(names, places, strict=True) if q is not None and n != name]
        known = {q.country for q in others if q.country} | groups
        if not known or place.country in known:
            continue
        if all(great_circle_km(place.lat, place.lon, q.lat, q.lon) >= STRAY_MIN_KM for q in others):
            out[i] = None
    return out
