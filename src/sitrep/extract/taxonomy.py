"""ACLED's event taxonomy, with the CASE 2021, CAMEO and PLOVER codes of each sub-event type.

The table lives in ``knowledge/acled_taxonomy.tsv``; :func:`load_taxonomy` reads and checks it
once. ACLED has 6 event types and 25 sub-event types; the rows marked ``Not ACLED`` are the
CASE 2021 classes (natural disaster, diplomacy, ...) that a coder must recognise as outside it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from sitrep.errors import ResourceError
from sitrep.knowledge import read_table

TABLE = "acled_taxonomy.tsv"
NOT_ACLED = "Not ACLED"
ACLED_EVENT_TYPES = 6
ACLED_SUB_TYPES = 25
COLUMNS = ("disorder_type", "event_type", "sub_event_type", "case_code", "definition", "cameo",
           "plover")


@dataclass(frozen=True)
class SubEventType:
    """One ACLED sub-event type (or a non-ACLED CASE 2021 class) and its equivalents.

    ``cameo`` and ``plover`` hold the closest codes, best first (``plover`` as ``EVENT:mode``).
    """

    disorder_type: str
    event_type: str
    sub_event_type: str
    case_code: str
    definition: str
    cameo: tuple[str, ...]
    plover: tuple[str, ...]

    @property
    def is_acled(self) -> bool:
        return self.disorder_type != NOT_ACLED


class Taxonomy:
    """The rows of the taxonomy table, looked up by sub-event type name or CASE 2021 code."""

    def __init__(self, rows: tuple[SubEventType, ...]) -> None:
        self._rows = rows
        self._by_name = {r.sub_event_type.casefold(): r for r in rows}
        self._by_code = {r.case_code: r for r in rows}
        _check(rows, self._by_name, self._by_code)

    def __iter__(self) -> Iterator[SubEventType]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)

    def by_sub_type(self, name: str) -> SubEventType:
        """The row of the sub-event type ``name`` (case-insensitive); ResourceError if unknown."""
        try:
            return self._by_name[name.strip().casefold()]
        except KeyError:
            raise ResourceError(f"unknown ACLED sub-event type {name!r}") from None

    def by_case_code(self, code: str) -> SubEventType:
        """The row of the CASE 2021 label ``code`` (``AIR_STRIKE``); ResourceError if unknown."""
        try:
            return self._by_code[code.strip().upper()]
        except KeyError:
            raise ResourceError(f"unknown CASE 2021 event code {code!r}") from None

    def event_types(self) -> tuple[str, ...]:
        """ACLED's 6 event types, in codebook order."""
        return tuple(dict.fromkeys(r.event_type for r in self._rows if r.is_acled))

    def acled_sub_types(self) -> tuple[SubEventType, ...]:
        """ACLED's 25 sub-event types, in codebook order."""
        return tuple(r for r in self._rows if r.is_acled)

    def sub_types_of(self, event_type: str) -> tuple[SubEventType, ...]:
        """The sub-event types of ``event_type``; ResourceError if it is not an ACLED event type."""
        found = tuple(r for r in self.acled_sub_types() if r.event_type == event_type)
        if not found:
            raise ResourceError(f"unknown ACLED event type {event_type!r}")
        return found


def _codes(cell: str) -> tuple[str, ...]:
    return tuple(c.strip() for c in cell.split("|") if c.strip())


def _check(
    rows: tuple[SubEventType, ...],
    by_name: dict[str, SubEventType],
    by_code: dict[str, SubEventType],
) -> None:
    if len(by_name) != len(rows) or len(by_code) != len(rows):
        raise ResourceError(f"{TABLE}: a sub-event type name or CASE code appears twice")
    acled = [r for r in rows if r.is_acled]
    types = {r.event_type for r in acled}
    if len(types) != ACLED_EVENT_TYPES or len(acled) != ACLED_SUB_TYPES:
        raise ResourceError(
            f"{TABLE}: expected {ACLED_EVENT_TYPES} event types and {ACLED_SUB_TYPES} sub-event "
            f"types, found {len(types)} and {len(acled)}"
        )
    for r in acled:
        if not (r.case_code and r.cameo and r.plover and r.definition):
            raise ResourceError(f"{TABLE}: row {r.sub_event_type!r} lacks a code or definition")


@cache
def load_taxonomy() -> Taxonomy:
    """The taxonomy from the package's knowledge file, read and checked once."""
    table = read_table(TABLE)
    if table and set(COLUMNS) - set(table[0]):
        raise ResourceError(f"{TABLE}: missing columns {sorted(set(COLUMNS) - set(table[0]))}")
    rows = tuple(
        SubEventType(
            disorder_type=row["disorder_type"],
            event_type=row["event_type"],
            sub_event_type=row["sub_event_type"],
            case_code=row["case_code"],
            definition=row["definition"],
            cameo=_codes(row["cameo"]),
            plover=_codes(row["plover"]),
        )
        for row in table
    )
    return Taxonomy(rows)
