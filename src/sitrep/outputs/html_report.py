"""A self-contained HTML situation report: one file, inline CSS, no scripts, no external assets.

Sections: counts and date range; a static map of the located events
(:mod:`sitrep.outputs.report_map`: inline OpenStreetMap tiles and SVG circles, each linked to its
event's row, ``#event-ID``); stories (events reported by several articles, with their
outlets, corroboration and contradictions); events with the source sentence and its trigger
marked; the claims board; flags per article (hedges, loaded language) as evidence; articles.
Events are counted once per real event: a mention that retells an earlier event of its article
(``Event.same_as``) is shown under that event's row, not as a row or count of its own, and the
row's toll is the most conservative of its mentions (:mod:`sitrep.extract.retellings`).
Every piece of text from an article passes through :func:`html.escape`.

:func:`write_report` reads the analyses once, as a stream (``store.analyses()``): what it holds
grows with one line of HTML per event of a story, not with the analyses
(``benchmarks/link_memory.py``); :func:`render_report` gives the same page as a string.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterable, Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import date
from html import escape
from io import StringIO
from pathlib import Path
from string import Template
from tempfile import SpooledTemporaryFile
from typing import Any, TextIO

from sitrep.extract.flags import is_weak
from sitrep.extract.retellings import denial_told, merged, real_events
from sitrep.model import MODEL_FLAG_TERM, Analysis, Article, Claim, Event, Flag, Span, Story
from sitrep.outputs.geojson import UNLOCATED, to_geojson
from sitrep.outputs.report_map import installed_tiles, plan_map, render_map

CONTEXT = 60  # characters of text shown either side of a flagged span
SPOOL_BYTES = 1 << 20  # a section bigger than this is kept in a temporary file, not in memory
BODY = "\x00body\x00"  # where the sections go in PAGE
EVENT_HEADERS = ("Date", "Type", "Actors", "Place", "Fatalities", "Status", "Outlet",
                 "Source sentence")
CLAIM_HEADERS = ("Source", "Cue", "Stance", "Certainty", "Content", "Outlet")
ARTICLE_HEADERS = ("Published", "Outlet", "Title", "Origin", "Events", "Claims", "Flags")

PAGE = Template("""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>$title</title>
<style>
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d232a;
       margin: 0 auto; max-width: 78rem; padding: 1.5rem; }
h1 { margin-bottom: .2rem; } h2 { border-bottom: 2px solid #d5dbe1; padding-bottom: .2rem;
  margin-top: 2.2rem; }
.summary { color: #4a5560; } .summary b { color: #1d232a; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem;
         border-bottom: 1px solid #e3e7eb; }
th { background: #f3f5f7; position: sticky; top: 0; }
mark { background: #ffe08a; padding: 0 .1rem; }
.flag mark { background: #f9c7c7; }
.weak { color: #666; } .weak mark { background: #eee; }
.muted { color: #6b7680; font-size: 13px; }
.badge { display: inline-block; border-radius: .6rem; padding: 0 .45rem; font-size: 12px;
         background: #e6ebf0; margin-right: .2rem; }
.status-unconfirmed, .certainty-unconfirmed, .single { background: #fff1c2; }
.status-denied, .stance-denies, .contradicted { background: #ffd6d6; }
.corroborated { background: #d3f2dc; }
.story { border: 1px solid #e3e7eb; border-radius: .4rem; padding: .6rem .9rem;
         margin: .8rem 0; }
.story h3 { margin: 0 0 .3rem; font-size: 16px; }
.evidence { max-width: 34rem; }
.empty { color: #6b7680; font-style: italic; }
a { color: inherit; } tr:target { background: #fff7d6; }
figure.map { margin: .6rem 0; } figure.map svg { max-width: 100%; height: auto;
  border: 1px solid #e3e7eb; border-radius: .3rem; display: block; }
.map circle { stroke: #fff; stroke-width: 1; fill-opacity: .85; }
.map a:hover circle, .map a:focus circle { stroke: #000; stroke-width: 2.5; }
.map text { font-size: 11px; fill: #1d232a; paint-order: stroke; stroke: #fff;
  stroke-width: 3px; pointer-events: none; }
.map p { margin: .2rem 0; } .legend span { margin-right: .8rem; white-space: nowrap; }
.legend i { display: inline-block; width: .7rem; height: .7rem; border-radius: 50%;
            margin-right: .25rem; vertical-align: -1px; }
</style>
</head>
<body>
<header>
<h1>$title</h1>
<p class="summary">$summary</p>
</header>
<main>
<h2 id="map-title">Map</h2>
$map
<h2 id="stories">Stories</h2>
$body
</main>
</body>
</html>
""")


def _e(value: object) -> str:
    return "" if value is None else escape(str(value))


def _iso(value: date | None) -> str:
    return value.isoformat() if value else "—"


def _marked(text: str, start: int, end: int) -> str:
    """``text`` escaped, with ``[start, end)`` in a <mark>."""
    return f"{_e(text[:start])}<mark>{_e(text[start:end])}</mark>{_e(text[end:])}"


def sentence_with_trigger(event: Event) -> str:
    """The event's sentence, escaped, its trigger marked when the offsets agree."""
    sentence, trigger = event.sentence, event.trigger
    start, end = trigger.start - sentence.start, trigger.end - sentence.start
    if 0 <= start <= end <= len(sentence.text) and sentence.text[start:end] == trigger.text:
        return _marked(sentence.text, start, end)
    return _e(sentence.text)


def _in_context(article: Article, span: Span) -> str:
    lo = max(0, span.start - CONTEXT)
    hi = min(len(article.text), span.end + CONTEXT)
    snippet = article.text[lo:hi]
    text = _marked(snippet, span.start - lo, span.end - lo)
    return ("…" if lo else "") + " ".join(text.split()) + ("…" if hi < len(article.text) else "")


def _badge(text: str, css: str = "") -> str:
    return f'<span class="{_e(("badge " + css).strip())}">{_e(text)}</span>'


class _Summary:
    """The report's first line, counted as the analyses stream past."""

    def __init__(self) -> None:
        self.articles = self.mentions = self.real = self.claims = 0
        self.outlets: set[str] = set()
        self.event_dates: list[date] = []  # the earliest and latest so far
        self.published: list[date] = []

    def add(self, a: Analysis) -> None:
        self.articles += 1
        if a.article.outlet:
            self.outlets.add(a.article.outlet)
        self.mentions += len(a.events)
        self.real += len(real_events(a.events))
        self.claims += len(a.claims)
        _widen(self.event_dates, [e.date for e in a.events if e.date])
        _widen(self.published, [a.article.published] if a.article.published else [])

    def html(self, stories: int) -> str:
        dates = self.event_dates or self.published
        span = f"{dates[0].isoformat()} to {dates[1].isoformat()}" if dates else "no dates"
        real, mentions = self.real, self.mentions
        parts = [
            f"<b>{self.articles}</b> articles from <b>{len(self.outlets)}</b> outlets",
            f"<b>{real}</b> events" + (f" ({mentions} mentions)" if real != mentions else ""),
            f"<b>{self.claims}</b> claims",
            f"<b>{stories}</b> stories",
            f"{'events' if self.event_dates else 'published'} {_e(span)}",
        ]
        return " · ".join(parts)


def _widen(bounds: list[date], dates: list[date]) -> None:
    """``bounds`` ([earliest, latest], or empty) widened to hold ``dates``."""
    if dates:
        lo, hi = min(dates), max(dates)
        bounds[:] = [min(bounds[0], lo), max(bounds[1], hi)] if bounds else [lo, hi]


def _who(claim: Claim) -> str:
    return claim.source.canonical or (claim.source.span.text if claim.source.span else "?")


def _claim_link(claim: Claim, article: Article) -> str:
    """A claim in one line (source, cue, content, outlet), linked to its row on the board."""
    return (f'<a href="#claim-{_e(claim.id)}"><b>{_e(_who(claim))}</b> {_e(claim.cue.text)}: '
            f"“{_e(claim.content.text)}”</a>"
            f' <span class="muted">({_e(article.outlet or "unknown outlet")})</span>')


@dataclass(frozen=True, slots=True)
class _Told:
    """What a story shows of one of its events: the order and toll it adds, and where its line
    (the <li>) is kept in the report's :class:`_Lines`."""

    order: tuple[date, str]
    at: int
    size: int
    fatalities: int | None


class _Lines:
    """The story lines of the events, in a temporary file (in memory while small), each read
    back by where it was written."""

    def __init__(self, stack: ExitStack) -> None:
        self._file = stack.enter_context(  # closed with the stack
            SpooledTemporaryFile(max_size=SPOOL_BYTES, mode="w+b"))  # noqa: SIM115

    def told(self, ev: Event, art: Article) -> _Told:
        line = (f"<li>{_e(_iso(ev.date))} · {_e(art.outlet or 'unknown outlet')}"
                f" ({_e(ev.status)}): {sentence_with_trigger(ev)}</li>").encode()
        self._file.seek(0, 2)
        at = self._file.tell()
        self._file.write(line)
        return _Told((ev.date or date.max, art.outlet or ""), at, len(line), ev.fatalities)

    def line(self, told: _Told) -> str:
        self._file.seek(told.at)
        return self._file.read(told.size).decode()


def _tolls(story: Story, events: dict[str, _Told]) -> str:
    """The deaths its members report: one figure, or the range when their tolls differ."""
    tolls = sorted({toll for i in story.events if i in events
                    for toll in (events[i].fatalities,) if toll is not None})
    if not tolls:
        return _badge("deaths not given")
    if len(tolls) == 1:
        return _badge(f"{tolls[0]} killed")
    return _badge(f"{tolls[0]}–{tolls[-1]} killed (tolls differ: "
                  f"{', '.join(str(t) for t in tolls)})", "contradicted")


def _sources(story: Story) -> str:
    """The independent sources the corroboration counts, when they are not just the outlets
    (a source relayed by several outlets, or outlets of one owner, count once)."""
    if not story.sources or list(story.sources) == list(story.outlets):
        return ""
    return (f'<br><span class="muted">independent sources: '
            f'{_e("; ".join(story.sources))}</span>')


def _stories(stories: Sequence[Story], events: dict[str, _Told], lines: _Lines,
             claims: dict[str, str]) -> Iterator[str]:
    if not stories:
        yield '<p class="empty">No stories: no event was linked across articles.</p>'
    for n, s in enumerate(stories):
        corroboration = (_badge(f"corroborated by {s.corroboration} more independent "
                                f"source{'s' if s.corroboration > 1 else ''}", "corroborated")
                         if s.corroboration else _badge("single source", "single"))
        contradicted = _badge(f"{len(s.contradictions)} contradiction(s)", "contradicted") \
            if s.contradictions else ""
        told = sorted((events[i] for i in s.events if i in events), key=lambda t: t.order)
        members = [lines.line(t) for t in told]
        members += [f'<li class="muted">event {_e(i)}</li>' for i in s.events if i not in events]
        denials = [f"<li>{claims[i]}</li>" if i in claims else
                   f'<li class="muted">claim {_e(i)}</li>' for i in s.contradictions]
        denied = f"<p>Contradicted by:</p><ul>{''.join(denials)}</ul>" if denials else ""
        yield (("\n" if n else "") +
               f'<section class="story"><h3>{_e(s.event_type)} — {_e(s.sub_event_type)}'
               f" · {_e(s.place or 'unknown place')} · {_e(_iso(s.date))}</h3>"
               f"<p>{corroboration}{contradicted}{_tolls(s, events)}"
               f'<span class="muted">outlets: {_e(", ".join(s.outlets) or "—")}</span>'
               f"{_sources(s)}</p>"
               f"<ul>{''.join(members)}</ul>{denied}</section>")


def _event_rows(a: Analysis) -> Iterator[str]:
    for head, retellings in real_events(a.events):
        ev = merged(head, retellings)
        denial = (" " + _badge("denial reported", "status-denied")
                  if denial_told(head, retellings) else "")
        retold = "".join(f'<br><span class="muted">retold: {sentence_with_trigger(r)}</span>'
                         for r in retellings)
        actors = " → ".join(_e(m.actor.name) for m in (ev.actor1, ev.actor2) if m) or "—"
        if ev.location:
            p = ev.location.place
            place = (f"{_e(p.name)} <span class=\"muted\">({p.lat:.4f}, {p.lon:.4f};"
                     f" precision {ev.location.geo_precision})</span>")
        else:
            place = '<span class="muted">unlocated</span>'
        deaths = _e(ev.fatalities) if ev.fatalities is not None else '<span class="muted">' \
            'not given</span>'
        yield (
            f'<tr id="event-{_e(head.id)}"><td>{_e(_iso(ev.date))}</td>'
            f"<td>{_e(ev.event_type)}<br><span class=\"muted\">{_e(ev.sub_event_type)}"
            f"</span></td><td>{actors}</td><td>{place}</td><td>{deaths}</td>"
            f"<td>{_badge(ev.status, 'status-' + ev.status)}{denial}</td>"
            f"<td>{_e(a.article.outlet or '—')}</td>"
            f'<td class="evidence">{sentence_with_trigger(ev)}{retold}</td></tr>')


def _claim_rows(a: Analysis) -> Iterator[str]:
    """The claims board's rows of one article: who says what, how sure, and which claim a
    denial answers or a claim is told inside of (linked to that claim's row; both are claims
    of the same article, as the claim stage finds them)."""
    claims = {cl.id: cl for cl in a.claims}
    for cl in a.claims:
        who = cl.source.canonical or (cl.source.span.text if cl.source.span else None)
        links = "".join(
            f'<br><span class="muted">{label} </span>{_claim_link(claims[ref], a.article)}'
            for label, ref in (("denies", cl.denies), ("told within", cl.within))
            if ref and ref in claims)
        yield (
            f'<tr id="claim-{_e(cl.id)}"><td>{_e(who or "unattributed")}<br>'
            f'<span class="muted">{_e(cl.source.type)}</span></td><td>{_e(cl.cue.text)}</td>'
            f"<td>{_badge(cl.stance, 'stance-' + cl.stance)}</td>"
            f"<td>{_badge(cl.certainty, 'certainty-' + cl.certainty)}</td>"
            f'<td class="evidence">{_e(cl.content.text)}{links}</td>'
            f"<td>{_e(a.article.outlet or '—')}</td></tr>")


def _flag_block(a: Analysis) -> str | None:
    """An article's flags in context; the model's weak flags (under their technique's
    calibrated confidence, :func:`sitrep.extract.flags.is_weak`) folded away, closed."""
    if not a.flags:
        return None
    strong = [f for f in a.flags if not is_weak(f)]
    weak = [f for f in a.flags if is_weak(f)]
    items = "".join(_flag_item(a, f) for f in strong)
    hidden = ("" if not weak else
              f'<details class="weak"><summary>{len(weak)} weak model flag'
              f'{"s" if len(weak) > 1 else ""} (under the confidence calibrated for '
              f"their technique)</summary><ul>{''.join(_flag_item(a, f) for f in weak)}"
              "</ul></details>")
    return (f"<h3>{_e(a.article.title or a.article.origin)}"
            f' <span class="muted">{_e(a.article.outlet)}</span></h3>'
            f"{f'<ul>{items}</ul>' if items else ''}{hidden}")


def _flag_item(a: Analysis, f: Flag) -> str:
    return (f'<li class="flag">{_badge(f.kind.replace("_", " "))} {_flag_term(f)}: '
            f"{_in_context(a.article, f.span)}</li>")


def _flag_term(flag: Flag) -> str:
    """The lexicon's term in bold; a span the trained model found, marked as the model's."""
    if flag.term == MODEL_FLAG_TERM:
        score = "" if flag.confidence is None else f", {flag.confidence:.2f}"
        return (f'<b>{_e(flag.span.text[:80])}</b>'
                f' <span class="muted">(model{score})</span>')
    return f"<b>{_e(flag.term)}</b>"


def _article_row(a: Analysis) -> str:
    return (
        f"<tr><td>{_e(_iso(a.article.published))}</td><td>{_e(a.article.outlet or '—')}</td>"
        f"<td>{_e(a.article.title or '(untitled)')}<br><span class=\"muted\">"
        f"{_e(a.article.author)}</span></td><td class=\"muted\">{_e(a.article.origin)}</td>"
        f"<td>{len(real_events(a.events))}</td><td>{len(a.claims)}</td><td>{len(a.flags)}</td>"
        "</tr>")


# what the map (:func:`sitrep.outputs.report_map.plan_map`) reads of an event's Feature
MAP_PROPERTIES = ("event_id", "event_type", "sub_event_type", "location", "date", "outlet",
                  "status", "fatalities")


def _map_features(a: Analysis) -> tuple[list[dict[str, Any]], int]:
    """The located events of one article as the map needs them (each Feature cut to its point
    and :data:`MAP_PROPERTIES`, so a long run keeps little per event), and how many it has
    that are not located."""
    geo = to_geojson([a])
    return [{"geometry": f["geometry"],
             "properties": {k: f["properties"][k] for k in MAP_PROPERTIES}}
            for f in geo["features"]], geo[UNLOCATED]


def _map(located: Sequence[dict[str, Any]], unlocated: int, tiles: Path | None) -> str:
    path, why = (tiles, None) if tiles else installed_tiles()
    return render_map(plan_map(located, unlocated, tiles=path, no_basemap=why))


class _Section:
    """One section's HTML, kept in a temporary file (in memory while small) as it is written:
    a table (``headers``) or blocks, and what it says when nothing was written."""

    def __init__(self, stack: ExitStack, empty: str, headers: Sequence[str] = ()) -> None:
        self._file = stack.enter_context(  # closed with the stack
            SpooledTemporaryFile(max_size=SPOOL_BYTES, mode="w+", encoding="utf-8"))  # noqa: SIM115
        self._empty, self._headers, self._written = empty, headers, False

    def add(self, html: str | None) -> None:
        if html is None:
            return
        if not self._written and self._headers:
            head = "".join(f"<th>{_e(h)}</th>" for h in self._headers)
            self._file.write(f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n")
        elif self._written:
            self._file.write("\n")
        self._file.write(html)
        self._written = True

    def copy_to(self, stream: TextIO) -> None:
        if not self._written:
            stream.write(f'<p class="empty">{_e(self._empty)}</p>' if self._headers
                         else self._empty)
            return
        if self._headers:
            self._file.write("\n</tbody>\n</table>")
        self._file.seek(0)
        shutil.copyfileobj(self._file, stream)


class Report:
    """The report written as the analyses pass (:meth:`add`, each read once and not kept) and
    finished when the stories are known (:meth:`write`): so one read of a store can both link
    it and report it. Use as a context manager (the sections' temporary files are closed).

    ``contradictions``: the ids of the claims the stories will name as contradicting them;
    None (not known yet) keeps every claim :func:`sitrep.link.link_stories` can name: one that
    denies, or answers another."""

    def __init__(self, *, contradictions: Iterable[str] | None = None,
                 title: str = "sitrep situation report", tiles: Path | None = None) -> None:
        self._wanted = None if contradictions is None else set(contradictions)
        self._title = title
        self._tiles = tiles
        self._located: list[dict[str, Any]] = []
        self._unlocated = 0
        self._stack = ExitStack()
        self._summary = _Summary()
        self._told: dict[str, _Told] = {}
        self._lines = _Lines(self._stack)
        self._denials: dict[str, str] = {}
        self._events = _Section(self._stack, "No events.", EVENT_HEADERS)
        self._claims = _Section(self._stack, "No claims.", CLAIM_HEADERS)
        self._flags = _Section(self._stack, '<p class="empty">No flags.</p>')
        self._articles = _Section(self._stack, "No articles.", ARTICLE_HEADERS)

    def add(self, a: Analysis) -> None:
        self._summary.add(a)
        located, unlocated = _map_features(a)
        self._located += located
        self._unlocated += unlocated
        self._told.update((ev.id, self._lines.told(ev, a.article)) for ev in a.events)
        self._denials.update(
            (cl.id, _claim_link(cl, a.article)) for cl in a.claims
            if (cl.id in self._wanted if self._wanted is not None
                else cl.stance == "denies" or cl.denies))
        for row in _event_rows(a):
            self._events.add(row)
        for row in _claim_rows(a):
            self._claims.add(row)
        self._flags.add(_flag_block(a))
        self._articles.add(_article_row(a))

    def context(self, a: Analysis) -> None:
        """Know what ``a`` tells that the stories name (their members' lines, the claims
        contradicting them) without reporting ``a`` itself: an article outside the report's
        window that holds a member of a story inside it."""
        self._told.update((ev.id, self._lines.told(ev, a.article)) for ev in a.events)
        self._denials.update((cl.id, _claim_link(cl, a.article)) for cl in a.claims
                             if self._wanted is not None and cl.id in self._wanted)

    def passing(self, analyses: Iterable[Analysis]) -> Iterator[Analysis]:
        """``analyses`` again, each added to the report as it passes: so that one read of a
        store feeds both the report and :func:`sitrep.link.link_stories`."""
        for a in analyses:
            self.add(a)
            yield a

    def write(self, stream: TextIO, stories: Iterable[Story]) -> None:
        """The whole page of the analyses added, with ``stories``, to ``stream`` (once)."""
        linked = list(stories)
        head, tail = PAGE.substitute(title=_e(self._title),
                                     summary=self._summary.html(len(linked)),
                                     map=_map(self._located, self._unlocated, self._tiles),
                                     body=BODY).split(BODY)
        stream.write(head)
        for block in _stories(linked, self._told, self._lines, self._denials):
            stream.write(block)
        for name, section in (("events", self._events), ("claims", self._claims),
                              ("flags", self._flags), ("articles", self._articles)):
            stream.write(f'\n<h2 id="{name}">{name.capitalize()}</h2>\n')
            section.copy_to(stream)
        stream.write(tail)

    def close(self) -> None:
        self._stack.close()

    def __enter__(self) -> Report:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def write_report(stream: TextIO, analyses: Iterable[Analysis], stories: Iterable[Story], *,
                 title: str = "sitrep situation report", tiles: Path | None = None,
                 context: Iterable[Analysis] = ()) -> None:
    """Write the whole report as one HTML document to ``stream``.

    ``analyses`` is read once, as a stream (``store.analyses()``), and not kept: the sections
    are written to temporary files as each article passes, and only what the stories show of
    their events (their order and toll; their lines go to a temporary file too) and of the
    claims contradicting them is held until the end. ``context``: articles outside the report
    (a window's, :mod:`sitrep.store.window`) whose events and denials the stories name; only
    those are taken from them."""
    linked = list(stories)
    with Report(contradictions=(i for s in linked for i in s.contradictions),
                title=title, tiles=tiles) as report:
        for a in analyses:
            report.add(a)
        for a in context:
            report.context(a)
        report.write(stream, linked)


def render_report(analyses: Iterable[Analysis], stories: Iterable[Story], *,
                  title: str = "sitrep situation report",
                  tiles: Path | None = None) -> str:
    """The whole report as one HTML document (see :func:`write_report`)."""
    page = StringIO()
    write_report(page, analyses, stories, title=title, tiles=tiles)
    return page.getvalue()
