"""The web UI's event filters (event type, outlet, publication dates) over the map, the timeline
and the events list, kept in the URL's query so that a link shares the view (the outlet and the
dates choose the window of articles the server sends: tests/test_web_window.py); on the example
corpus, analysed by the real pipeline, served from a real store and read as the DOM of a real
Chromium."""

from __future__ import annotations

import json
import re
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from sitrep.ingest import read_inputs
from sitrep.link import link_stories
from sitrep.model import Article
from sitrep.web import basemap
from test_uireview_probes import _dom, _map, _serving, needs_chromium

from conftest import EXAMPLES


@pytest.fixture(scope="module")
def served(pipeline: Any, tmp_path_factory: pytest.TempPathFactory
           ) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """The example corpus in a real store, served; and the board's events."""
    analyses = [pipeline.analyze(a) for a in read_inputs([EXAMPLES]) if isinstance(a, Article)]
    db = tmp_path_factory.mktemp("filters") / "web.db"
    with _serving(analyses, list(link_stories(analyses)), db) as url, \
            urllib.request.urlopen(url + "api/board", timeout=30) as response:
        yield url, json.load(response)["events"]


def _shown(dom: str) -> tuple[list[str], list[str], int, str]:
    """The events on the map, in the events list, the timeline's bars and the count line."""
    markers = re.findall(r'<path class="event-marker[^"]*"[^>]*data-event="([^"]+)"', _map(dom))
    rows = re.findall(r'<tr data-event="([^"]+)"', dom)
    timeline = dom[dom.index('<svg id="timeline"'):]
    bars = timeline[:timeline.index("</svg>")].count("<rect")
    count = re.search(r'<span id="event-count"[^>]*>([^<]*)<', dom)
    assert count is not None
    return markers, rows, bars, count.group(1)


def _expect(events: list[dict[str, Any]], shown: list[dict[str, Any]], dom: str) -> None:
    """``shown`` of ``events`` (those the server sent) on the map, the timeline and the list."""
    markers, rows, bars, count = _shown(dom)
    assert sorted(rows) == sorted(e["event_id"] for e in shown)
    assert sorted(markers) == sorted(e["event_id"] for e in shown if e["lat"] is not None)
    assert bars == sum(1 for e in shown if e["date"])
    assert count == f"{len(shown)} of {len(events)} events"


@needs_chromium
def test_without_a_filter_every_event_is_shown(served: tuple[str, list[dict[str, Any]]]) -> None:
    url, events = served
    dom = _dom(url)
    _expect(events, events, dom)
    types = re.findall(r"<option>([^<]+)</option>",
                       dom[dom.index('<select id="f-type"'):dom.index('<select id="f-outlet"')])
    assert types == sorted({e["event_type"] for e in events})
    assert 'id="view-link" href="?"' in dom


@needs_chromium
def test_a_link_with_a_type_and_an_outlet_shows_those_events_only(
        served: tuple[str, list[dict[str, Any]]]) -> None:
    url, events = served
    outlet = "Levant Wire"
    shown = [e for e in events if e["event_type"] == "Battles" and e["outlet"] == outlet]
    assert 0 < len(shown) < len(events)
    dom = _dom(f"{url}?type=Battles&outlet={quote(outlet)}&unknown=1")
    _expect([e for e in events if e["outlet"] == outlet], shown, dom)
    # the outlet filter offers every outlet of the store, not only the one shown
    outlets = dom[dom.index('<select id="f-outlet"'):]
    outlets = outlets[:outlets.index("</select>")]
    assert re.findall(r"<option>([^<]+)</option>", outlets) == sorted(
        {e["outlet"] for e in events}, key=str.casefold)
    # the page's own link to the view: the filters it knows, in its order
    assert 'id="view-link" href="?type=Battles&amp;outlet=Levant+Wire"' in dom


@needs_chromium
def test_a_date_range_shows_the_articles_published_then_and_no_undated_one(
        served: tuple[str, list[dict[str, Any]]]) -> None:
    url, events = served
    days = sorted({e["published"] for e in events if e["published"]})
    assert len(days) >= 3
    start, end = days[1], days[2]
    shown = [e for e in events if e["published"] and start <= e["published"] <= end]
    assert 0 < len(shown) < len(events)
    dom = _dom(f"{url}?from={start}&to={end}")
    _expect(shown, shown, dom)
    assert f'href="?from={start}&amp;to={end}"' in dom


@needs_chromium
def test_a_shared_view_of_an_outlet_this_store_lacks_shows_nothing_and_says_so(
        served: tuple[str, list[dict[str, Any]]]) -> None:
    url, events = served
    dom = _dom(f"{url}?outlet=Nowhere%20Gazette#event-{events[0]['event_id']}")
    _expect([], [], dom)
    assert '<p id="window" class="muted">No articles from Nowhere Gazette.</p>' in dom
    assert "<option>Nowhere Gazette</option>" in dom


@needs_chromium
def test_the_claims_board_filters_are_kept_in_the_link_too(
        served: tuple[str, list[dict[str, Any]]]) -> None:
    url, _ = served
    dom = _dom(f"{url}?stance=denies")
    board = dom[dom.index('<table id="claims"'):]
    board = board[:board.index("</table>")]
    rows = board.count('<tr id="claim-')
    assert rows >= 1 and board.count('<span class="badge denies">denies<') == rows
    assert re.search(rf'<span id="claim-count"[^>]*>{rows} of \d+ claims<', dom)
    assert 'id="view-link" href="?stance=denies"' in dom


def test_the_filters_are_on_the_page_once() -> None:
    page = (Path(basemap.__file__).parent / "static" / "index.html").read_text(encoding="utf-8")
    for control in ("f-type", "f-outlet", "f-from", "f-to", "f-stance", "f-certainty", "f-text"):
        assert page.count(f'id="{control}"') == 1, control
