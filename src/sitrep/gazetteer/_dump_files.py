"""Reading the files of a GeoNames dump: streams, lines, fields and their checks.

The files are GeoNames' tab-separated text (``allCountries.txt``, a country file such as
``SY.txt``, ``admin1CodesASCII.txt``, ``alternateNames*.txt``), plain or zipped. They are
streamed line by line: a line longer than GeoNames writes is skipped, not read whole; a line
that is not UTF-8 or lacks the columns is ``None``, for the importer to count as malformed.
What is written to the gazetteer, and how, is :mod:`sitrep.gazetteer._geonames`.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from sitrep.errors import ResourceError
from sitrep.gazetteer._build import short_admin_name

DUMP_COLUMNS = 19
_SAMPLE = 20  # lines read to decide whether a file is what it claims to be
_MAX_LINE = 1 << 17  # GeoNames caps alternatenames at 10,000 characters
# Names no key can come from (see ``_build._UNUSABLE``) are not stored either.
_NOT_LATIN = re.compile("[\u0250-\u02af\u0370-\u2017\u201a-\U0010ffff]")


@dataclass
class DumpPlace:
    geonames_id: int
    name: str
    names: list[str]  # the name first, then every other name to index
    lat: float
    lon: float
    feature_class: str | None
    feature_code: str | None
    country: str | None
    admin1: str | None  # a region name
    population: int



# --- reading files ------------------------------------------------------------------------


@contextmanager
def open_file(path: Path, what: str) -> Iterator[tuple[IO[bytes], int]]:
    """A binary stream of ``path`` (of the text file inside it, for a zip) and its size."""
    try:
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                member = _member(archive, path, what)
                with archive.open(member) as raw:
                    yield io.BufferedReader(raw, 1 << 20), member.file_size  # type: ignore[type-var]
        else:
            with open(path, "rb", buffering=1 << 20) as stream:
                yield stream, path.stat().st_size
    except (OSError, zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise ResourceError(f"cannot read {what} {path}: {exc}") from exc


def _member(archive: zipfile.ZipFile, path: Path, what: str) -> zipfile.ZipInfo:
    """The data file of a GeoNames zip: ``SY.txt`` in ``SY.zip`` (not ``readme.txt``)."""
    texts = [
        i
        for i in archive.infolist()
        if not i.is_dir()
        and i.filename.lower().endswith(".txt")
        and Path(i.filename).name.lower() not in ("readme.txt", "iso-languagecodes.txt")
    ]
    if not texts:
        raise ResourceError(f"{path}: the zip holds no .txt file, so no {what}")
    same = [i for i in texts if Path(i.filename).stem.lower() == path.stem.lower()]
    return same[0] if same else max(texts, key=lambda i: i.file_size)


def read_lines(stream: IO[bytes]) -> Iterator[tuple[bytes | None, int]]:
    """(line, bytes read) for each line; ``None`` for a line too long to be GeoNames'."""
    readline = stream.readline
    while True:
        line = readline(_MAX_LINE)
        if not line:
            return
        if len(line) < _MAX_LINE or line.endswith(b"\n"):
            yield line, len(line)
            continue
        size = len(line)
        while line and not line.endswith(b"\n"):  # skip the rest of it
            line = readline(_MAX_LINE)
            size += len(line)
        yield None, size


def decode(line: bytes | None) -> str | None:
    if line is None:
        return None
    try:
        return line.decode("utf-8").rstrip("\r\n")
    except UnicodeDecodeError:
        return None


def first_lines(path: Path, what: str) -> list[str | None]:
    """The first non-blank lines of ``path`` (``None`` for unreadable ones); raises when the
    file is empty or binary."""
    sample: list[str | None] = []
    with open_file(path, what) as (stream, _size):
        for line, _ in read_lines(stream):
            if line is not None and b"\0" in line:
                raise ResourceError(f"{path}: a binary file, not {what}")
            text = decode(line)
            if text is not None and not text.strip():
                continue
            sample.append(text)
            if len(sample) == _SAMPLE:
                break
    if not sample:
        raise ResourceError(f"{path}: the file is empty, not {what}")
    return sample


# --- the dump ---------------------------------------------------------------------------


def dump_fields(text: str | None) -> list[str] | None:
    """The 19 fields of a dump line with a numeric id, name and coordinates, else None."""
    if text is None:
        return None
    fields = text.split("\t")
    if len(fields) != DUMP_COLUMNS or not fields[0].isdigit() or not fields[1].strip():
        return None
    try:
        lat, lon = float(fields[4]), float(fields[5])
    except ValueError:
        return None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    population = fields[14].strip()
    if population and not population.isdigit():
        return None
    return fields


def is_geonames_dump(path: str | Path) -> bool:
    """True when ``path`` is (or zips) a GeoNames dump: its first line has the 19 columns."""
    try:
        sample = first_lines(Path(path), "a GeoNames dump")
    except ResourceError:
        return False
    return dump_fields(sample[0]) is not None


def check_dump(path: Path) -> None:
    sample = first_lines(path, "a GeoNames dump")
    bad = sum(dump_fields(text) is None for text in sample)
    if bad * 2 <= len(sample):
        return
    first = sample[0] or ""
    columns = len(first.split("\t"))
    hint = ""
    if columns == 4:
        hint = " (it looks like admin1CodesASCII.txt: give it as the admin1 codes file)"
    elif columns in (8, 10):
        hint = " (it looks like an alternate names file: give it as the alternate names file)"
    elif "name" in first.lower() and ("lat" in first.lower()):
        hint = " (it looks like a places CSV: import it with import_places_csv)"
    raise ResourceError(
        f"{path}: not a GeoNames dump: {bad} of its first {len(sample)} lines lack the "
        f"{DUMP_COLUMNS} tab-separated GeoNames columns (geonameid, name, asciiname, "
        f"alternatenames, latitude, longitude, ...){hint}"
    )


def keep_name(name: str) -> bool:
    return 0 < len(name) <= 80 and "://" not in name and not _NOT_LATIN.search(name)


def dump_place(fields: list[str], admin: dict[tuple[str, str], str]) -> DumpPlace:
    name = fields[1].strip().replace("|", "/")
    others = [fields[2].strip(), *fields[3].split(",")]
    names = [name, *(n.strip().replace("|", "/") for n in others if keep_name(n.strip()))]
    country = fields[8].strip() or None
    code = fields[10].strip()
    return DumpPlace(
        geonames_id=int(fields[0]),
        name=name,
        names=list(dict.fromkeys(names)),
        lat=float(fields[4]),
        lon=float(fields[5]),
        feature_class=fields[6].strip() or None,
        feature_code=fields[7].strip() or None,
        country=country,
        admin1=admin.get((country or "", code)) if code and code != "00" else None,
        population=int(fields[14] or 0),
    )


# --- admin1 codes and alternate names ------------------------------------------------


def read_admin1_codes(path: Path) -> dict[tuple[str, str], str]:
    """(country, admin1 code) → region name, from GeoNames' ``admin1CodesASCII.txt``."""
    what = "a GeoNames admin1 codes file"
    first_lines(path, what)
    codes: dict[tuple[str, str], str] = {}
    bad = 0
    with open_file(path, what) as (stream, _size):
        for line, _ in read_lines(stream):
            text = decode(line)
            if text is not None and not text.strip():
                continue
            fields = (text or "").split("\t")
            if len(fields) < 2 or "." not in fields[0] or not fields[1].strip():
                bad += 1
                continue
            country, _, code = fields[0].partition(".")
            codes[(country, code)] = short_admin_name(fields[1].strip())
    if not codes or bad > len(codes):
        raise ResourceError(
            f"{path}: not a GeoNames admin1 codes file (lines like 'SY.07<tab>Deir ez-Zor<tab>"
            "Deir ez-Zor<tab>170792')"
        )
    return codes


def alternate_fields(text: str | None) -> list[str] | None:
    if text is None:
        return None
    fields = text.split("\t")
    if len(fields) < 8 or not fields[0].isdigit() or not fields[1].isdigit():
        return None
    return fields


def wanted_language(language: str) -> bool:
    """No language (most transliterations), English, or a Latin transliteration."""
    return language in ("", "en") or language.startswith("en-") or language.endswith("-Latn")
