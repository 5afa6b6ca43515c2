"""Records: JSON Lines (``.jsonl``, ``.ndjson``) and CSV/TSV, streamed record by record.

Each record needs ``id`` and ``text``; ``title``, ``outlet``, ``author``, ``published``
(ISO date or datetime), ``url`` and ``language`` are optional. A bad record yields one
InputError named ``path:LINE``; the other records go on. The size limit applies to each
record's text, not to the file.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from sitrep.errors import InputError
from sitrep.ingest.reading import (
    check_encoding,
    decode_record,
    file_size,
    looks_binary,
    over_limit,
    size_text,
)
from sitrep.model import Article

REQUIRED = ("id", "text")
OPTIONAL = ("title", "outlet", "author", "url", "language")
# JSON may spell one character as a 6-byte ``\uXXXX`` escape: lines may be that much longer.
_JSON_EXPANSION = 6


def _published(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError(f"bad published date {value!r} (expected an ISO 8601 date)")
    try:
        if len(value) == 10:
            return date.fromisoformat(value)
        return datetime.fromisoformat(value).date()
    except ValueError:
        raise ValueError(f"bad published date {value!r} (expected an ISO 8601 date)") from None


def article_from_record(
    record: dict[str, Any], *, origin: str, published: date | None, max_bytes: int
) -> Article:
    """An Article from one record; ValueError names what is wrong with it."""
    rid = record.get("id")
    if rid is None or isinstance(rid, (dict, list, bool)) or str(rid).strip() == "":
        raise ValueError("missing or empty 'id'")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ValueError(f"record {rid}: missing or empty 'text'")
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        raise ValueError(f"record {rid}: text {over_limit(size, max_bytes)}")
    fields: dict[str, str | None] = {}
    for name in OPTIONAL:
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            raise ValueError(f"record {rid}: {name!r} is not a string")
        fields[name] = value or None
    try:
        day = _published(record.get("published"))
    except ValueError as exc:
        raise ValueError(f"record {rid}: {exc}") from None
    return Article(
        text=text,
        origin=f"{origin}#{rid}",
        outlet=fields["outlet"],
        author=fields["author"],
        title=fields["title"],
        published=day or published,
        url=fields["url"],
        language=fields["language"] or "en",
    )


def _open(path: Path, *, origin: str, encoding: str | None) -> BinaryIO:
    check_encoding(encoding, origin=origin)
    file_size(path, origin=origin)
    try:
        f = path.open("rb")
        head = f.read(8192)
        f.seek(0)
    except OSError as exc:
        raise InputError(origin, f"cannot be read: {exc.strerror or exc}") from None
    if not head.strip():
        f.close()
        raise InputError(origin, "empty file" if not head else "empty file (whitespace only)")
    if looks_binary(head):
        f.close()
        raise InputError(origin, "binary file, not text")
    return f


def _lines(f: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) of each line; bytes is None for a line over ``limit``."""
    number = 0
    while True:
        raw = f.readline(limit + 1)
        if not raw:
            return
        number += 1
        if len(raw) > limit and not raw.endswith(b"\n"):
            while (more := f.readline(1 << 20)) and not more.endswith(b"\n"):
                pass
            yield number, None
            continue
        yield number, raw


def read_jsonl(
    path: Path,
    *,
    origin: str,
    published: date | None = None,
    max_bytes: int,
    encoding: str | None = None,
) -> Iterator[Article | InputError]:
    """The records of a JSON Lines file, one Article or InputError per non-blank line."""
    line_limit = max_bytes * _JSON_EXPANSION + 1024
    with _open(path, origin=origin, encoding=encoding) as f:
        for number, raw in _lines(f, line_limit):
            where = f"{origin}:{number}"
            if raw is None:
                yield InputError(
                    where,
                    f"line is longer than {size_text(line_limit)}, too long for the "
                    f"{size_text(max_bytes)} record limit; raise it with --max-bytes",
                )
                continue
            if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            if not raw.strip():
                continue
            try:
                line = decode_record(raw, origin=where, encoding=encoding)
            except InputError as exc:
                yield exc
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                hint = "" if raw.endswith(b"\n") else "; the last line looks truncated"
                # json's messages name a position already ("Unterminated string starting at")
                at = "" if exc.msg.endswith(" at") else " at"
                yield InputError(where, f"bad JSON ({exc.msg}{at} column {exc.colno}){hint}")
                continue
            if not isinstance(record, dict):
                yield InputError(where, f"expected a JSON object, got {type(record).__name__}")
                continue
            try:
                yield article_from_record(
                    record, origin=origin, published=published, max_bytes=max_bytes
                )
            except ValueError as exc:
                yield InputError(where, str(exc))


def _decoded(
    lines: Iterable[tuple[int, bytes | None]], *, origin: str, encoding: str | None
) -> Iterator[str]:
    for number, raw in lines:
        where = f"{origin}:{number}"
        if raw is None:
            raise InputError(where, "line is over the size limit; raise it with --max-bytes")
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        yield decode_record(raw, origin=where, encoding=encoding)


def read_csv(
    path: Path,
    *,
    origin: str,
    published: date | None = None,
    max_bytes: int,
    encoding: str | None = None,
) -> Iterator[Article | InputError]:
    """The rows of a CSV (or, for ``.tsv``/``.tab``, tab-separated) file with a header row.

    A header without ``id`` or ``text`` is one InputError for the file. A line that cannot
    be decoded or parsed ends the file with an InputError, as the rest would be misread.
    """
    delimiter = "\t" if path.suffix.lower() in (".tsv", ".tab") else ","
    old_limit = csv.field_size_limit()
    csv.field_size_limit(max(old_limit, max_bytes + 1))
    try:
        with _open(path, origin=origin, encoding=encoding) as f:
            lines = _decoded(_lines(f, max_bytes + 1), origin=origin, encoding=encoding)
            # strict: a quote never closed is an error at its record, not the rest of the
            # file read silently into one field
            reader = csv.reader(lines, delimiter=delimiter, strict=True)
            try:
                header = [h.strip() for h in next(reader)]
            except StopIteration:
                raise InputError(origin, "empty file") from None
            missing = [c for c in REQUIRED if c not in header]
            if missing:
                names = ", ".join(repr(c) for c in missing)
                raise InputError(
                    origin, f"the header has no {names} column (it has: {', '.join(header)})"
                )
            while True:
                first_line = reader.line_num + 1
                try:
                    row = next(reader)
                except StopIteration:
                    return
                except csv.Error as exc:
                    why = (f"a quoted field opened on line {first_line} is never closed"
                           if "unexpected end of data" in str(exc) else str(exc))
                    yield InputError(f"{origin}:{first_line}", f"bad CSV ({why})")
                    return
                if not any(cell.strip() for cell in row):
                    continue
                where = f"{origin}:{first_line}"
                if len(row) != len(header):
                    yield InputError(where, f"{len(row)} fields where the header has {len(header)}")
                    continue
                record = dict(zip(header, row, strict=True))
                try:
                    yield article_from_record(
                        record, origin=origin, published=published, max_bytes=max_bytes
                    )
                except ValueError as exc:
                    yield InputError(where, str(exc))
    finally:
        csv.field_size_limit(old_limit)
