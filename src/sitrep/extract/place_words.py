"""The words around and inside place names, read once from ``knowledge/place_words.tsv``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

PLACE_WORDS_TABLE = "place_words.tsv"


@dataclass(frozen=True)
class PlaceWords:
    """Lowercased word sets by kind; see the header of ``place_words.tsv``."""

    connector: frozenset[str]
    admin: frozenset[str]
    settlement: frozenset[str]
    cue: frozenset[str]
    of: frozenset[str]
    after: frozenset[str]
    resident: frozenset[str]
    generic: frozenset[str]
    street: frozenset[str]
    feature: frozenset[str]
    feature_head: frozenset[str]
    civic: frozenset[str]
    state_body: frozenset[str]
    dedication: frozenset[str]
    title: frozenset[str]
    company: frozenset[str]
    member: frozenset[str]
    culture: frozenset[str]
    road: frozenset[str]
    particle: frozenset[str]
    building: frozenset[str]
    taken: frozenset[str]
    assault: frozenset[str]
    compass: frozenset[str]
    protected: frozenset[str]
    period: frozenset[str]
    people: frozenset[str]
    force: frozenset[str]
    contest: frozenset[str]
    speaks: frozenset[str]


@cache
def place_words() -> PlaceWords:
    """The word sets of ``place_words.tsv`` (read on first use)."""
    from sitrep.knowledge import read_table

    kinds: dict[str, set[str]] = {name: set() for name in PlaceWords.__dataclass_fields__}
    for row in read_table(PLACE_WORDS_TABLE):
        words = kinds.get(row["kind"])
        if words is None:
            from sitrep.errors import ResourceError

            raise ResourceError(f"{PLACE_WORDS_TABLE}: unknown kind {row['kind']!r}")
        words.update(w.strip().lower() for w in row["words"].split("|") if w.strip())
    return PlaceWords(**{kind: frozenset(words) for kind, words in kinds.items()})


# ACLED inter codes of armed groups (rebels, political and identity militias, external forces):
# their names, whatever place they echo, are no toponyms.
_ARMED_INTER = frozenset({"2", "3", "4", "8"})


@cache
def armed_group_names() -> frozenset[str]:
    """Normalized proper names of the armed groups of ``knowledge/actors.tsv`` (canonical name,
    its short form before ":", and every alias written with a capital): "al-Shabaab" is the
    Somali movement, not Shabāb in Iran; "Hamas" is no Hamm. Lowercase aliases ("gunmen")
    are descriptions, not names."""
    from sitrep.gazetteer import normalize
    from sitrep.knowledge import read_table

    names: set[str] = set()
    for row in read_table("actors.tsv"):
        if row.get("inter", "") not in _ARMED_INTER:
            continue
        short, _, full = row["name"].partition(": ")
        aliases = [short, full, *row.get("aliases", "").split("|")]
        names.update(normalize(a) for a in aliases if any(c.isupper() for c in a))
    return frozenset(n for n in names if len(n) > 2)  # not "AA" read as "a"
