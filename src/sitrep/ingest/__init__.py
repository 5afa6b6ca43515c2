"""Reading what users have into :class:`~sitrep.model.Article` objects.

:func:`read_inputs` takes files and folders and yields, in input order, an Article for
each article read or an :class:`~sitrep.errors.InputError` for each input or record that
cannot be read, so one bad file never stops a batch. One module per kind of input:

* :mod:`.text` - plain text (``.txt``, ``.text``, ``.md``), header detection and splitting
* :mod:`.html` - HTML pages (``.html``, ``.htm``, ``.xhtml``) through trafilatura
* :mod:`.tabular` - JSON Lines (``.jsonl``, ``.ndjson``) and CSV/TSV (``.csv``, ``.tsv``)
* :mod:`.feeds` - RSS/Atom (``.rss``, ``.atom``, and ``.xml`` whose root is a feed)
* :mod:`.reading` - bytes, size limit, empty/binary files, decoding
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from sitrep.errors import InputError
from sitrep.ingest.feeds import is_feed, read_feed_file
from sitrep.ingest.html import read_html_file
from sitrep.ingest.tabular import read_csv, read_jsonl
from sitrep.ingest.text import article_bounds, articles_from_text, read_text_file
from sitrep.model import Article

__all__ = ["DEFAULT_MAX_BYTES", "article_bounds", "articles_from_text", "read_inputs"]

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
log = logging.getLogger(__name__)

_KINDS = {
    **dict.fromkeys((".txt", ".text", ".md"), "text"),
    **dict.fromkeys((".html", ".htm", ".xhtml"), "html"),
    **dict.fromkeys((".jsonl", ".ndjson"), "jsonl"),
    **dict.fromkeys((".csv", ".tsv", ".tab"), "csv"),
    **dict.fromkeys((".rss", ".atom"), "feed"),
    ".xml": "xml",
}
_HTML_START = re.compile(rb"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]", re.I | re.S)


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as f:
            return f.read(4096).removeprefix(b"\xef\xbb\xbf")
    except OSError:
        return b""


def _kind(path: Path, *, explicit: bool) -> str | None:
    """The reader for ``path``; None to skip it (only for files found in a folder)."""
    kind = _KINDS.get(path.suffix.lower())
    if kind == "xml":
        if is_feed(_head(path)):
            return "feed"
        return "not-feed" if explicit else None
    if kind is None and explicit:
        head = _head(path)
        if is_feed(head):
            return "feed"
        return "html" if _HTML_START.match(head) else "text"
    return kind


def _walk(folder: Path, seen: set[str], skipped: list[Path]) -> Iterator[Path | InputError]:
    """Files of known kinds under ``folder``, sorted by name, hidden ones skipped; files of
    other kinds are added to ``skipped``."""
    real = os.path.realpath(folder)
    if real in seen:  # a symbolic link back up the tree
        return
    seen.add(real)
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        yield InputError(str(folder), f"cannot be read: {exc.strerror or exc}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk(path, seen, skipped)
        elif _kind(path, explicit=False) is not None:
            yield path
        else:
            skipped.append(path)


def _tell_skipped(origin: str, folder: Path, skipped: list[Path]) -> None:
    """One warning for the files of a folder that are of no kind sitrep reads."""
    names = ", ".join(os.fspath(p.relative_to(folder)) for p in skipped[:5])
    more = f" and {len(skipped) - 5} more" if len(skipped) > 5 else ""
    log.warning("%s: skipped %d file(s) of a kind sitrep does not read: %s%s (it reads %s; "
                "name a file to read it as text)", origin, len(skipped), names, more,
                " ".join(sorted(_KINDS)))


def _read_file(
    path: Path,
    origin: str,
    *,
    explicit: bool,
    split: bool,
    published: date | None,
    max_bytes: int,
    encoding: str | None,
) -> Iterator[Article | InputError]:
    kind = _kind(path, explicit=explicit)
    reader: Iterator[Article | InputError]
    if kind == "html":
        reader = read_html_file(
            path, origin=origin, published=published, max_bytes=max_bytes, encoding=encoding
        )
    elif kind == "jsonl":
        reader = read_jsonl(
            path, origin=origin, published=published, max_bytes=max_bytes, encoding=encoding
        )
    elif kind == "csv":
        reader = read_csv(
            path, origin=origin, published=published, max_bytes=max_bytes, encoding=encoding
        )
    elif kind == "feed":
        reader = read_feed_file(path, origin=origin, published=published, max_bytes=max_bytes)
    elif kind == "not-feed":
        yield InputError(origin, "XML that is not an RSS/Atom feed")
        return
    else:
        reader = read_text_file(
            path,
            origin=origin,
            split=split,
            published=published,
            max_bytes=max_bytes,
            encoding=encoding,
        )
    try:
        yield from reader
    except InputError as exc:
        yield exc
    except OSError as exc:
        yield InputError(origin, f"cannot be read: {exc.strerror or exc}")


def read_inputs(
    paths: Iterable[str | Path],
    *,
    split: bool = True,
    published: date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    encoding: str | None = None,
) -> Iterator[Article | InputError]:
    """Articles from files and folders, in input order; an InputError for each failure.

    Folders are walked recursively in name order, skipping hidden entries and files of
    unknown kind (one warning per folder names them); a file named explicitly with an
    unknown kind is read as plain text (or as HTML or a feed when its first bytes say so).
    ``split=False`` keeps each
    plain-text file as one article; ``published`` fills the date of articles without one;
    ``max_bytes`` bounds each file (each record for JSONL/CSV); ``encoding`` replaces UTF-8.
    """
    if max_bytes <= 0:
        raise ValueError(f"max_bytes must be positive, not {max_bytes}")
    for raw in paths:
        path = Path(raw)
        origin = os.fspath(raw)
        if path.is_dir():
            skipped: list[Path] = []
            for found in _walk(path, set(), skipped):
                if isinstance(found, InputError):
                    yield found
                else:
                    yield from _read_file(
                        found,
                        str(found),
                        explicit=False,
                        split=split,
                        published=published,
                        max_bytes=max_bytes,
                        encoding=encoding,
                    )
            if skipped:
                _tell_skipped(origin, path, skipped)
        elif not path.exists() and not path.is_symlink():
            yield InputError(origin, "no such file or folder")
        else:
            yield from _read_file(
                path,
                origin,
                explicit=True,
                split=split,
                published=published,
                max_bytes=max_bytes,
                encoding=encoding,
            )
