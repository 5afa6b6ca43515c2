"""Plain-text articles: header detection and splitting a file that holds several.

The text kept is exactly the text read: each :class:`Article` holds a contiguous slice of
the decoded file, so every offset indexes the file's characters.

Header rules (at the start of an article, in this order):

* **title** - the first non-empty line, at most 200 characters and not itself a header
  field, when it is followed (after optional blank lines) by a header field; or, when it is
  followed by a blank line and more text, when it also looks like a headline (at most 150
  characters, not ending in ``. , ; :``). Otherwise there is no title and the body starts
  at offset 0. A Markdown ``#`` heading marker is left out of the title (not of the text).
* **header fields** - lines after the title, blank lines between them allowed:
  ``By Name`` / ``By: Name`` / ``Author: Name`` (author; at most 10 words, starting with a
  capital), ``Source: Outlet`` (outlet), ``Published:`` / ``Date:`` / ``Posted:`` /
  ``Updated:`` (publication date), ``URL:`` / ``Link:`` (url).
* **body** starts at the first other non-blank line; ``body_start`` is its offset.
* **dateline** - when the body opens with ``PLACE, <date> (Outlet) —`` (place in capitals;
  date and outlet each optional but one required), its date fills ``published`` and its
  outlet fills ``outlet`` when the header gave none. The dateline stays part of the body.

Splitting (only when ``split`` is true): the file's first article must open with a header
block - a title line with a ``By``/``Source:`` line among the next three non-empty lines
(not separated from it by two blank lines in a row).
Then every run of at least two blank lines followed by such a header block starts a new
article. Leading and trailing whitespace of each article is left out of its slice.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sitrep.ingest.reading import read_text
from sitrep.model import Article

_BREAK = re.compile(r"\r\n|\r|\n")
_MD_HEADING = re.compile(r"^#{1,6}\s+")
_TITLE_MAX = 200
_HEADLINE_MAX = 150

_BYLINE = re.compile(r"(?:(?i:by)\s*:?|(?i:author)\s*:)\s+(?P<v>\S.*?)\s*")
_SOURCE = re.compile(r"(?i:source|outlet)\s*:\s*(?P<v>\S.*?)\s*")
_DATE_FIELD = re.compile(
    r"(?P<k>(?i:published|date|posted|updated))(?:\s+on)?\s*:\s*(?P<v>\S.*?)\s*"
)
_URL_FIELD = re.compile(r"(?i:url|link)\s*:\s*(?P<v>https?://\S+)\s*")

_MON = (
    r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_ORD = r"(?:st|nd|rd|th)?"
_ISO_DATE = re.compile(r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?!\d)")
_MDY = re.compile(rf"(?i:\b{_MON}\s+(?P<d>\d{{1,2}}){_ORD},?\s+(?P<y>\d{{4}}))(?!\d)")
_DMY = re.compile(
    rf"(?i:(?<!\d)(?P<d>\d{{1,2}}){_ORD}\s+(?:of\s+)?{_MON},?\s+(?P<y>\d{{4}}))(?!\d)"
)
_MON_NC = _MON.replace("?P<mon>", "")
_MD = re.compile(rf"(?i:{_MON_NC}\s+\d{{1,2}}{_ORD}|\d{{1,2}}{_ORD}\s+(?:of\s+)?{_MON_NC})")
_MONTHS = {
    name: i + 1
    for i, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
    )
}

_CAPS = r"[A-Z][A-Z'’.\-]+"
_DATELINE = re.compile(
    rf"(?P<place>{_CAPS}(?:[ \t]+{_CAPS})*)"
    r"(?:,[ \t]*[A-Z][A-Za-z.'’\-]*(?:[ \t]+[A-Z][A-Za-z.'’\-]*){0,3})?"  # ", Syria"
    r"(?:,[ \t]*(?P<when>[^()\r\n—–]{1,40}?))?"
    r"[ \t]*(?:\((?P<outlet>[^()\r\n]{1,60})\))?"
    r"(?:[ \t]*[—–]|[ \t]*--|[ \t]+-)"
)


@dataclass(frozen=True)
class _Header:
    title: str | None = None
    author: str | None = None
    outlet: str | None = None
    published: date | None = None
    url: str | None = None
    body_start: int = 0


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line's content, line breaks excluded."""
    out: list[tuple[int, int]] = []
    pos = 0
    for m in _BREAK.finditer(text):
        out.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        out.append((pos, len(text)))
    return out


def _field(line: str) -> tuple[str, str] | None:
    """The header field a line holds, as (kind, value), or None."""
    line = line.strip()
    if m := _BYLINE.fullmatch(line):
        name = m["v"]
        words = name.split()
        if (
            len(name) <= 100
            and len(words) <= 10
            and name[0].isupper()
            and name[-1] not in "!?;:,"
            and not (name.endswith(".") and len(words[-1]) > 3)
        ):
            return "author", name
        return None
    if (m := _SOURCE.fullmatch(line)) and len(m["v"]) <= 100:
        return "outlet", m["v"]
    if m := _DATE_FIELD.fullmatch(line):
        return ("updated" if m["k"].lower() == "updated" else "date"), m["v"]
    if m := _URL_FIELD.fullmatch(line):
        return "url", m["v"]
    return None


def _make_date(y: str, m: int, d: str) -> date | None:
    try:
        return date(int(y), m, int(d))
    except ValueError:
        return None


def parse_date(value: str, *, loose: bool = False) -> date | None:
    """The first full date written in ``value`` (ISO, ``Sept. 14, 2017``, ``14 September 2017``).

    With ``loose``, fall back to dateparser (offline) for other forms.
    """
    found: list[tuple[int, date | None]] = []
    if m := _ISO_DATE.search(value):
        found.append((m.start(), _make_date(m["y"], int(m["m"]), m["d"])))
    for rx in (_MDY, _DMY):
        if m := rx.search(value):
            found.append((m.start(), _make_date(m["y"], _MONTHS[m["mon"][:3].lower()], m["d"])))
    if found:
        return min(found, key=lambda f: f[0])[1]
    if loose:
        import dateparser

        parsed = dateparser.parse(value, settings={"REQUIRE_PARTS": ["day", "month", "year"]})
        return parsed.date() if parsed else None
    return None


def _dateline(body: str) -> tuple[date | None, str | None] | None:
    """(date, outlet) of a news dateline opening ``body``, or None."""
    m = _DATELINE.match(body)
    if m is None:
        return None
    when, outlet = m["when"], m["outlet"]
    day = parse_date(when) if when else None
    if when and day is None and not _MD.fullmatch(when.strip().rstrip(",")):
        return None
    if day is None and not outlet and not when:
        return None
    return day, (outlet.strip() if outlet else None)


def _is_title(line: str) -> bool:
    s = line.strip()
    return 0 < len(s) <= _TITLE_MAX and _field(s) is None


def _is_headline(line: str) -> bool:
    s = line.strip().rstrip("\"'”’)]")
    return _is_title(line) and len(s) <= _HEADLINE_MAX and s[-1:] not in (".", ",", ";", ":")


def _header_block_at(text: str, lines: list[tuple[int, int]], i: int) -> bool:
    """True when line ``i`` is a title with a byline or source among the next 3 non-empty lines.

    The search stops at two blank lines in a row, which end the block.
    """
    if not _is_title(text[slice(*lines[i])]):
        return False
    seen = blanks = 0
    for s, e in lines[i + 1 :]:
        line = text[s:e]
        if not line.strip():
            blanks += 1
            if blanks >= 2:  # a new block starts: the title had no byline of its own
                break
            continue
        blanks = 0
        f = _field(line)
        if f and f[0] in ("author", "outlet"):
            return True
        seen += 1
        if seen == 3:
            break
    return False


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    chunk = text[start:end]
    return start + len(chunk) - len(chunk.lstrip()), end - len(chunk) + len(chunk.rstrip())


def article_bounds(text: str, *, split: bool = True) -> list[tuple[int, int]]:
    """(start, end) of each article in ``text``; one span for the whole text unless split."""
    whole = _trimmed(text, 0, len(text))
    if not split:
        return [whole]
    lines = _lines(text)
    blank = [not text[s:e].strip() for s, e in lines]
    first = next((i for i, b in enumerate(blank) if not b), None)
    if first is None or not _header_block_at(text, lines, first):
        return [whole]
    starts = [first]
    run = 0
    for i, is_blank in enumerate(blank):
        if is_blank:
            run += 1
            continue
        if run >= 2 and i > first and _header_block_at(text, lines, i):
            starts.append(i)
        run = 0
    bounds = []
    for k, i in enumerate(starts):
        end = lines[starts[k + 1]][0] if k + 1 < len(starts) else len(text)
        bounds.append(_trimmed(text, lines[i][0], end))
    return bounds


def _parse_header(text: str) -> _Header:
    lines = _lines(text)
    nonblank = [i for i, (s, e) in enumerate(lines) if text[s:e].strip()]
    if not nonblank:
        return _Header(body_start=len(text))
    first = nonblank[0]
    title: str | None = None
    k = first
    if _is_title(text[slice(*lines[first])]) and len(nonblank) > 1:
        nxt = nonblank[1]
        followed_by_field = _field(text[slice(*lines[nxt])]) is not None
        followed_by_blank = nxt > first + 1
        if followed_by_field or (followed_by_blank and _is_headline(text[slice(*lines[first])])):
            title = _MD_HEADING.sub("", text[slice(*lines[first])].strip())
            k = first + 1
    fields: dict[str, str] = {}
    body_line: int | None = None
    for i in range(k, len(lines)):
        line = text[slice(*lines[i])]
        if not line.strip():
            continue
        f = _field(line)
        if f is None:
            body_line = i
            break
        fields.setdefault(f[0], f[1])
    if body_line is None:
        body_start = len(text)
    else:
        s, e = lines[body_line]
        body_start = s + len(text[s:e]) - len(text[s:e].lstrip())
    published = None
    for key in ("date", "updated"):
        if key in fields and published is None:
            published = parse_date(fields[key], loose=True)
    outlet = fields.get("outlet")
    if body_line is not None and (found := _dateline(text[body_start : body_start + 200])):
        published = published or found[0]
        outlet = outlet or found[1]
    return _Header(title, fields.get("author"), outlet, published, fields.get("url"), body_start)


def parse_article(text: str, *, origin: str, published: date | None = None) -> Article:
    """One article from its text, with its header fields detected; ``published`` is a fallback."""
    h = _parse_header(text)
    return Article(
        text=text,
        origin=origin,
        outlet=h.outlet,
        author=h.author,
        title=h.title,
        published=h.published or published,
        url=h.url,
        body_start=h.body_start,
    )


def articles_from_text(
    text: str, *, origin: str, split: bool = True, published: date | None = None
) -> list[Article]:
    """The articles of one decoded file; origins are ``origin#1``, ``#2``… when it was split."""
    bounds = article_bounds(text, split=split)
    if len(bounds) == 1:
        s, e = bounds[0]
        return [parse_article(text[s:e], origin=origin, published=published)]
    return [
        parse_article(text[s:e], origin=f"{origin}#{n}", published=published)
        for n, (s, e) in enumerate(bounds, start=1)
    ]


def read_text_file(
    path: Path,
    *,
    origin: str,
    split: bool = True,
    published: date | None = None,
    max_bytes: int,
    encoding: str | None = None,
) -> Iterator[Article]:
    """The articles of a plain-text file (``.txt``, ``.text``, ``.md``)."""
    text = read_text(path, origin=origin, max_bytes=max_bytes, encoding=encoding)
    yield from articles_from_text(text, origin=origin, split=split, published=published)
