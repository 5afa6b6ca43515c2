"""HTML pages: the main text and metadata as trafilatura extracts them, offline.

The article text is trafilatura's extracted main text: that string is the text read, and
offsets index it. Nothing is ever fetched: only the file's bytes are given to trafilatura.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

from sitrep.errors import InputError
from sitrep.ingest.reading import decode, looks_binary, read_bytes
from sitrep.model import Article

NO_TEXT = "no article text found in the HTML"


def _iso_date(value: object) -> date | None:
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _clean(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _body_start(text: str, title: str | None) -> int:
    """Offset after a first line that repeats the title (trafilatura keeps the ``<h1>``)."""
    if not title:
        return 0
    first, sep, _ = text.partition("\n")
    if sep and first.strip() == title.strip():
        rest = len(first) + 1
        return rest + len(text[rest:]) - len(text[rest:].lstrip())
    return 0


def article_from_html(page: bytes | str, *, origin: str, published: date | None = None) -> Article:
    """The article of one HTML page; InputError when it holds no main text."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            page, with_metadata=True, include_comments=False, include_tables=True
        )
    except Exception as exc:  # trafilatura and lxml raise many kinds on broken pages
        raise InputError(origin, f"{NO_TEXT} ({type(exc).__name__})") from None
    text = getattr(doc, "text", None) if doc is not None else None
    if not isinstance(text, str) or not text.strip():
        raise InputError(origin, NO_TEXT)
    # Leading/trailing whitespace is left out by slicing, never by rewriting.
    start = len(text) - len(text.lstrip())
    text = text[start : len(text.rstrip())]
    title = _clean(getattr(doc, "title", None))
    return Article(
        text=text,
        origin=origin,
        outlet=_clean(getattr(doc, "sitename", None)),
        author=_clean(getattr(doc, "author", None)),
        title=title,
        published=_iso_date(getattr(doc, "date", None)) or published,
        url=_clean(getattr(doc, "url", None)),
        language=_clean(getattr(doc, "language", None)) or "en",
        body_start=_body_start(text, title),
    )


def read_html_file(
    path: Path,
    *,
    origin: str,
    published: date | None = None,
    max_bytes: int,
    encoding: str | None = None,
) -> Iterator[Article]:
    """The article of an HTML file (``.html``, ``.htm``, ``.xhtml``)."""
    data = read_bytes(path, origin=origin, max_bytes=max_bytes)
    page: bytes | str
    if encoding is None:
        # trafilatura reads the page's own charset declaration; only refuse binaries here.
        if looks_binary(data[:8192]):
            raise InputError(origin, "binary file, not text")
        page = data
    else:
        page = decode(data, origin=origin, encoding=encoding)
    yield article_from_html(page, origin=origin, published=published)
