"""RSS and Atom feeds read from a local file with feedparser: one Article per entry.

An entry's text is its content (or summary) with the HTML turned into plain text,
paragraphs separated by blank lines; that plain text is the text read.
"""

from __future__ import annotations

import io
import re
import time
from collections.abc import Iterator
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from sitrep.errors import InputError
from sitrep.ingest.reading import looks_binary, read_bytes
from sitrep.model import Article

_BLOCKS = frozenset(
    ("address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption")
    + ("figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main")
    + ("nav", "ol", "p", "pre", "section", "table", "tbody", "td", "th", "thead", "tr", "ul")
)
_SKIPPED = frozenset(("script", "style", "head", "template", "noscript"))
_SPACES = re.compile(r"[ \t\r\n\f\v]+")
_EMAIL_NAME = re.compile(r"\S+@\S+\s*\((?P<name>[^()]+)\)")
_PROLOG = re.compile(
    rb"\s*(?:<\?.*?\?>\s*|<!--.*?-->\s*|<!DOCTYPE[^>]*>\s*)*<(?P<root>[A-Za-z_][\w.:-]*)", re.S
)


class _PlainText(HTMLParser):
    """Collects the text of an HTML fragment, one paragraph per block element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self._current: list[str] = []
        self._skip = 0

    def _close_paragraph(self) -> None:
        lines = "".join(self._current).split("\n")
        text = "\n".join(s for s in (_SPACES.sub(" ", ln).strip() for ln in lines) if s)
        if text:
            self.paragraphs.append(text)
        self._current = []

    def close(self) -> None:
        super().close()
        self._close_paragraph()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skip += 1
        elif tag == "br":
            self._current.append("\n")
        elif tag in _BLOCKS:
            self._close_paragraph()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self._current.append("\n")
        elif tag in _BLOCKS:
            self._close_paragraph()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCKS:
            self._close_paragraph()

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self._current.append(data.replace("\n", " "))


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment: tags dropped, entities decoded, blank line per paragraph."""
    parser = _PlainText()
    parser.feed(fragment)
    parser.close()
    return "\n\n".join(parser.paragraphs)


def is_feed(head: bytes) -> bool:
    """True when the XML in ``head`` has an ``rss``, ``feed`` or ``RDF`` root element."""
    m = _PROLOG.match(head.removeprefix(b"\xef\xbb\xbf"))
    if m is None:
        return False
    root = m["root"].decode("ascii", "replace").rsplit(":", 1)[-1].lower()
    return root in ("rss", "feed", "rdf")


def _entry_text(entry: Any) -> str:
    parts = entry.get("content") or []
    candidates = [(p.get("value") or "", p.get("type") or "") for p in parts]
    if entry.get("summary"):
        detail = entry.get("summary_detail") or {}
        candidates.append((entry["summary"], detail.get("type") or "text/html"))
    for value, kind in candidates:
        text = value.strip() if "html" not in kind else html_to_text(value)
        if text.strip():
            return text
    return ""


def _entry_date(entry: Any) -> date | None:
    parsed: time.struct_time | None = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    try:
        return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    except ValueError:
        return None


def _author(entry: Any) -> str | None:
    """The author's name; RSS writes ``email (Name)``, which feedparser splits unreliably."""
    raw = entry.get("author")
    if isinstance(raw, str) and (m := _EMAIL_NAME.fullmatch(raw.strip())):
        return m["name"].strip()
    if isinstance(raw, str) and "@" not in raw:
        return raw.strip() or None
    name = (entry.get("author_detail") or {}).get("name") or raw
    return name.strip() or None if isinstance(name, str) else None


def articles_from_feed(
    data: bytes, *, origin: str, published: date | None = None
) -> Iterator[Article | InputError]:
    """One Article per entry of a feed (InputError for an entry without text)."""
    import feedparser

    # A stream, never a string: feedparser would take a string for a URL or a file name.
    parsed = feedparser.parse(io.BytesIO(data), resolve_relative_uris=False)
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo"):
            problem = parsed.get("bozo_exception")
            raise InputError(origin, f"not a readable RSS/Atom feed ({problem})".replace("\n", " "))
        raise InputError(origin, "feed has no entries")
    feed = parsed.get("feed") or {}
    outlet = (feed.get("title") or "").strip() or None
    language = (feed.get("language") or "en").split("-")[0].lower() or "en"
    for n, entry in enumerate(entries, start=1):
        where = f"{origin}#{n}"
        text = _entry_text(entry)
        if not text:
            yield InputError(where, "feed entry has no text")
            continue
        title = entry.get("title")
        yield Article(
            text=text,
            origin=where,
            outlet=outlet,
            author=_author(entry),
            title=title.strip() or None if isinstance(title, str) else None,
            published=_entry_date(entry) or published,
            url=entry.get("link") or None,
            language=language,
        )


def read_feed_file(
    path: Path, *, origin: str, published: date | None = None, max_bytes: int
) -> Iterator[Article | InputError]:
    """The entries of an RSS/Atom file (``.xml``, ``.rss``, ``.atom``)."""
    data = read_bytes(path, origin=origin, max_bytes=max_bytes)
    if looks_binary(data[:8192]):
        raise InputError(origin, "binary file, not text")
    yield from articles_from_feed(data, origin=origin, published=published)
