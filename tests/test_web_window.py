"""The web UI on a store of any size: ``/api/board`` sends the newest ``limit`` articles of the
window its query asks for (publication dates, outlet) and says what it holds; a bad parameter is
a 400 naming it; the page asks for the window its filters choose and says plainly when the
window was cut. A real server over a real store (SQLite, and PostgreSQL for the API), the page
read as the DOM of a real Chromium."""

from __future__ import annotations

import json
import subprocess
import urllib.error
import urllib.request
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from sitrep.model import Analysis, Story
from sitrep.web.window import DEFAULT_LIMIT
from test_uireview_probes import CHROMIUM, CHROMIUM_FLAGS, _dom, needs_chromium

from browser_pipe import Browser
from factories import deir_ez_zor
from postgres_server import needs_postgres
from web_server import serving

OUTLETS = ("RT", "SANA", "Levant Wire")
FIRST = date(2024, 3, 1)
# twelve dated reports, one a day from 1 March, the outlets in turn; and one undated report
DATED = [deir_ez_zor(outlet=OUTLETS[i % 3], title=f"Report {i}", published=FIRST + timedelta(i),
                     event_date=FIRST + timedelta(i - 1), origin=f"r{i}.txt")
         for i in range(12)]
UNDATED = deir_ez_zor(outlet="Reuters", title="Undated report", published=None, event_date=None,
                      origin="undated.txt")
# a story of the first and the last report's events
STORY = Story(id="story-1", events=(DATED[0].events[0].id, DATED[11].events[0].id),
              articles=(DATED[0].article.id, DATED[11].article.id), outlets=("RT", "Levant Wire"),
              event_type="Explosions/Remote violence",
              sub_event_type="Shelling/artillery/missile attack", place="Deir ez-Zor",
              date=FIRST, corroboration=1)


def _ids(analyses: list[Analysis]) -> list[str]:
    return [a.article.id for a in analyses]


def _serve(location: str | Path) -> Iterator[str]:
    with serving(location, [*DATED, UNDATED], [STORY]) as url:
        yield url


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=needs_postgres)])
def served(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The reports in a real store (a SQLite file; a database of its own on a real PostgreSQL
    server), served on a free local port."""
    location = (tmp_path / "web.db" if request.param == "sqlite"
                else request.getfixturevalue("postgres_url"))
    yield from _serve(location)


@pytest.fixture(scope="module")
def served_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    yield from _serve(tmp_path_factory.mktemp("window") / "web.db")


def _get(url: str) -> tuple[int, dict[str, Any]]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, json.load(response)
    except urllib.error.HTTPError as exc:
        assert exc.headers["Content-Type"] == "application/json"
        return exc.code, json.load(exc)


def test_the_board_is_the_newest_articles_of_the_store_and_says_it_was_cut(served: str) -> None:
    status, body = _get(served + "api/board?limit=5")
    assert status == 200
    assert body["window"] == {"since": None, "until": None, "outlet": None, "limit": 5,
                              "articles": 13, "shown": 5, "cut": True}
    newest = _ids(DATED[7:])  # oldest first, as the board lists them
    assert [a["id"] for a in body["articles"]] == newest
    assert {e["article_id"] for e in body["events"]} == set(newest)
    assert {c["article_id"] for c in body["claims"]} == set(newest)
    assert [s["id"] for s in body["stories"]] == ["story-1"]  # it holds the last report's event
    assert body["outlets"] == ["Levant Wire", "Reuters", "RT", "SANA"]  # the whole store's


def test_without_a_query_the_default_window_holds_a_small_store_whole(served: str) -> None:
    status, body = _get(served + "api/board")
    assert status == 200
    assert body["window"] == {"since": None, "until": None, "outlet": None,
                              "limit": DEFAULT_LIMIT, "articles": 13, "shown": 13, "cut": False}
    assert [a["id"] for a in body["articles"]] == _ids([*DATED, UNDATED])  # undated last


def test_the_window_is_the_publication_dates_and_the_outlet_asked(served: str) -> None:
    status, body = _get(served + "api/board?since=2024-03-03&until=2024-03-08&outlet=sana")
    assert status == 200
    assert body["window"] == {"since": "2024-03-03", "until": "2024-03-08", "outlet": "sana",
                              "limit": DEFAULT_LIMIT, "articles": 2, "shown": 2, "cut": False}
    assert [a["id"] for a in body["articles"]] == _ids([DATED[4], DATED[7]])
    assert body["stories"] == []  # the story's events are in other articles
    assert body["outlets"] == ["Levant Wire", "Reuters", "RT", "SANA"]
    # an undated article is left out once a date is set; a blank value is no bound
    _, body = _get(served + "api/board?since=&until=2024-03-02&limit=")
    assert [a["id"] for a in body["articles"]] == _ids(DATED[:2])
    assert [s["id"] for s in body["stories"]] == ["story-1"]


@pytest.mark.parametrize(("query", "parameter", "reason"), [
    ("since=2024-13-01", "since", "'2024-13-01' is not a date (YYYY-MM-DD)"),
    ("until=yesterday", "until", "'yesterday' is not a date (YYYY-MM-DD)"),
    ("since=20240301", "since", "'20240301' is not a date (YYYY-MM-DD)"),
    ("since=2024-03-09&until=2024-03-01", "until", "2024-03-01 is before since (2024-03-09)"),
    ("limit=0", "limit", "'0' is not a whole number of articles from 1 to 5,000"),
    ("limit=5001", "limit", "'5001' is not a whole number of articles from 1 to 5,000"),
    ("limit=-3", "limit", "'-3' is not a whole number of articles from 1 to 5,000"),
    ("limit=1e3", "limit", "'1e3' is not a whole number of articles from 1 to 5,000"),
    ("limit=" + "9" * 5000, "limit", None),
])
def test_a_bad_parameter_is_a_400_naming_it_and_the_server_goes_on(
        served_sqlite: str, query: str, parameter: str, reason: str | None) -> None:
    status, body = _get(f"{served_sqlite}api/board?{query}")
    assert status == 400
    assert body["parameter"] == parameter
    assert body["error"].startswith(f"{parameter}: ")
    if reason:
        assert body["error"] == f"{parameter}: {reason}"
    status, body = _get(served_sqlite + "api/board?limit=2")
    assert status == 200 and body["window"]["shown"] == 2


def _window_line(dom: str) -> tuple[str, str]:
    """The class and the text of the page's line about the window."""
    line = dom[dom.index('<p id="window"'):]
    line = line[:line.index("</p>")]
    head, _, text = line.partition(">")
    return head.split('class="')[1].split('"')[0], text


def _rows(dom: str) -> int:
    return dom.count('<tr data-event="')


@needs_chromium
def test_the_page_says_plainly_when_the_window_was_cut(served_sqlite: str) -> None:
    dom = _dom(served_sqlite + "?limit=5")
    assert _window_line(dom) == ("cut", "Showing the newest 5 of 13 articles: narrow the dates"
                                 " or choose an outlet to see the others.")
    assert _rows(dom) == 5
    outlets = dom[dom.index('<select id="f-outlet"'):]
    outlets = outlets[:outlets.index("</select>")]
    assert outlets.count("<option>") == 4  # the whole store's, not only those shown
    assert 'id="view-link" href="?limit=5"' in dom


@needs_chromium
def test_the_page_asks_for_the_window_of_its_filters(served_sqlite: str) -> None:
    dom = _dom(served_sqlite + "?from=2024-03-03&to=2024-03-08&outlet=SANA")
    assert _window_line(dom) == ("muted", "2 articles from SANA, published 2024-03-03 to"
                                 " 2024-03-08, all shown.")
    assert _rows(dom) == 2
    outlets = dom[dom.index('<select id="f-outlet"'):]
    assert [f"<option>{o}</option>" in outlets[:outlets.index("</select>")]
            for o in ("Levant Wire", "Reuters", "RT", "SANA")] == [True] * 4
    dom = _dom(served_sqlite)
    assert _window_line(dom) == ("muted", "13 articles in the store, all shown.")
    assert _rows(dom) == 13


@needs_chromium
@pytest.mark.parametrize(("query", "said"), [
    ("?from=2024-13-45", "Bad filter: since: '2024-13-45' is not a date (YYYY-MM-DD)"),
    ("?limit=0", "Bad filter: limit: '0' is not a whole number of articles from 1 to 5,000"),
])
def test_the_page_shows_what_is_wrong_with_a_bad_filter(served_sqlite: str, query: str,
                                                        said: str) -> None:
    assert CHROMIUM is not None
    run = subprocess.run([CHROMIUM, *CHROMIUM_FLAGS, "--virtual-time-budget=10000",
                          "--dump-dom", served_sqlite + query],
                         capture_output=True, text=True, timeout=120)
    dom = run.stdout
    assert 'data-ready="error"' in dom
    error = dom[dom.index('<p id="error"'):]
    assert error[:error.index("</p>")] == f'<p id="error">{said}'
    assert _get(served_sqlite + "api/board?limit=1")[0] == 200


def test_a_quoted_outlet_is_one_outlet(served_sqlite: str) -> None:
    _, body = _get(served_sqlite + "api/board?outlet=" + quote("Levant Wire"))
    assert body["window"]["articles"] == 4
    assert {a["outlet"] for a in body["articles"]} == {"Levant Wire"}


SHOWN = """({window: document.getElementById("window").textContent,
  rows: document.querySelectorAll("#events tr[data-event]").length,
  count: document.getElementById("event-count").textContent,
  query: location.search,
  asked: performance.getEntriesByType("resource").map(r => r.name)
    .filter(n => n.includes("/api/board")).map(n => n.slice(n.indexOf("/api/board")))})"""


def _change(control: str, value: str) -> str:
    """A script that sets a control as a user would: its value, then its input and change."""
    return (f"(c => {{ c.value = {json.dumps(value)}; c.dispatchEvent(new Event('input'));"
            f" c.dispatchEvent(new Event('change')); }})"
            f"(document.getElementById({json.dumps(control)}))")


@needs_chromium
def test_the_page_asks_the_server_again_when_the_outlet_or_dates_change(
        served_sqlite: str) -> None:
    """In a real Chromium: the page loads the newest window, then each change of the dates or
    the outlet asks the server for that window (the type filter does not), shows what came and
    says whether it was cut; the address keeps the view."""
    assert CHROMIUM is not None
    with Browser(CHROMIUM) as browser:
        assert browser.open(served_sqlite + "?limit=4") == "true"
        shown = browser.run(SHOWN)
        assert shown["asked"] == ["/api/board?limit=4"]
        assert shown["window"].startswith("Showing the newest 4 of 13 articles")
        assert shown["rows"] == 4
        browser.run(_change("f-to", "2024-03-05"))
        assert browser.wait_ready() == "true"
        shown = browser.run(SHOWN)
        assert shown["asked"][-1] == "/api/board?until=2024-03-05&limit=4"
        assert shown["window"].startswith("Showing the newest 4 of 5 articles (published up to"
                                          " 2024-03-05)")
        browser.run(_change("f-outlet", "RT"))
        assert browser.wait_ready() == "true"
        shown = browser.run(SHOWN)
        assert shown["asked"][-1] == "/api/board?outlet=RT&until=2024-03-05&limit=4"
        assert shown["window"] == "2 articles from RT, published up to 2024-03-05, all shown."
        assert (shown["rows"], shown["count"]) == (2, "2 of 2 events")
        assert shown["query"] == "?outlet=RT&to=2024-03-05&limit=4"
        browser.run(_change("f-type", "Explosions/Remote violence"))  # on what was sent
        shown = browser.run(SHOWN)
        assert len(shown["asked"]) == 3 and shown["count"] == "2 of 2 events"
        assert shown["query"] == ("?type=Explosions%2FRemote+violence&outlet=RT&to=2024-03-05"
                                  "&limit=4")
