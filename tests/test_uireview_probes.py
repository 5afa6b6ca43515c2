"""What an analyst sees: the HTML situation report, the local web UI (``sitrep serve``) and the
CLI's messages, on real outputs.

Three short reports of one shelling, written for these tests (no gold data), are analysed by the
real pipeline and linked into a story; the report is read as HTML and, where Chromium is
installed (Debian ``chromium``), as the DOM a real browser builds from it.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import AbstractContextManager
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from sitrep.cli import cli
from sitrep.ingest import read_inputs
from sitrep.link import link_stories
from sitrep.model import Analysis, Article, Story
from sitrep.outputs import render_report
from sitrep.store import open_store
from sitrep.web import make_server

from web_server import serving

REPORTS = (
    ("Orontes Daily", "Government artillery shelled the market in Maarat al-Numan on Wednesday, "
     "killing 12 civilians, local medics said."),
    ("Valley Courier", "Artillery shells hit the market in Maarat al-Numan on Wednesday, killing "
     "seven people, witnesses said. The Defence Ministry denied that its forces had shelled the "
     "town."),
    ("Northern Post", "Nine people were killed when government artillery shelled the market in "
     "Maarat al-Numan on Wednesday, a monitor said."),
)
CHROMIUM = shutil.which("chromium")
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu",
                  "--disable-background-networking", "--disable-component-update")
# On a user's machine without a browser these tests skip; CI (CI=true) installs Debian's chromium
# in .ci/run and runs them, so a browser that went missing fails there instead of skipping.
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None and not os.environ.get("CI"),
    reason="Debian chromium is not installed (apt-get install chromium)")


@pytest.fixture(scope="module")
def told(pipeline: Any) -> tuple[list[Analysis], list[Story]]:
    analyses = [pipeline.analyze(Article(text=text, outlet=outlet, title=f"{outlet} report",
                                         origin=outlet, published=date(2024, 5, 2)))
                for outlet, text in REPORTS]
    return analyses, list(link_stories(analyses))


def _story_section(page: str) -> str:
    return page[page.index('<section class="story">'):page.index("</section>")]


def test_the_story_gives_the_tolls_its_reports_differ_on(
        told: tuple[list[Analysis], list[Story]]) -> None:
    """12, 7 and 9 dead in three outlets: the story says so, not only each event row."""
    analyses, stories = told
    assert len(stories) == 1 and len(stories[0].outlets) == 3
    story = _story_section(render_report(analyses, stories))
    assert "7–12 killed (tolls differ: 7, 9, 12)" in story


def test_the_story_counts_independent_sources_not_more_outlets(
        told: tuple[list[Analysis], list[Story]]) -> None:
    """Corroboration counts independent sources beyond the first (a relayed medium is one):
    the badge says so instead of 'more outlet(s)', which did not match the outlets listed."""
    analyses, stories = told
    story = _story_section(render_report(analyses, stories))
    assert "corroborated by 2 more independent sources" in story
    one = replace(stories[0], corroboration=0)
    assert "single source" in _story_section(render_report(analyses, [one]))


def test_the_story_lists_its_reports_by_date_then_outlet(
        told: tuple[list[Analysis], list[Story]]) -> None:
    analyses, stories = told
    shuffled = replace(stories[0], events=tuple(reversed(stories[0].events)))
    story = _story_section(render_report(analyses, [shuffled]))
    outlets = re.findall(r"<li>[0-9-]+ · ([A-Za-z ]+) \(", story)
    assert outlets == sorted(outlets) and set(outlets) == {o for o, _ in REPORTS}


def test_the_claims_board_links_a_denial_to_the_claim_it_denies(
        told: tuple[list[Analysis], list[Story]]) -> None:
    analyses, stories = told
    page = render_report(analyses, stories)
    claims = {c.id: c for a in analyses for c in a.claims}
    denial = next(c for c in claims.values() if c.stance == "denies")
    assert denial.denies in claims
    row = page[page.index(f'<tr id="claim-{denial.id}">'):]
    row = row[:row.index("</tr>")]
    assert f'denies </span><a href="#claim-{denial.denies}">' in row
    assert f'<tr id="claim-{denial.denies}">' in page
    # the story's "Contradicted by" links to the same row
    assert f'<a href="#claim-{denial.id}">' in _story_section(page)


@needs_chromium
def test_chromium_renders_the_story_tolls_and_the_denial_link(
        told: tuple[list[Analysis], list[Story]], tmp_path: Path) -> None:
    """The page a real browser builds: the story's badges and the denial's link are in the
    DOM, and a screenshot is written (the page has no scripts, so nothing else can fail)."""
    analyses, stories = told
    page = tmp_path / "report.html"
    page.write_text(render_report(analyses, stories), encoding="utf-8")
    assert CHROMIUM is not None
    run = subprocess.run([CHROMIUM, *CHROMIUM_FLAGS, "--dump-dom", page.as_uri()],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    dom = run.stdout
    assert "7–12 killed (tolls differ: 7, 9, 12)" in dom
    assert "corroborated by 2 more independent sources" in dom
    denial = next(c for a in analyses for c in a.claims if c.stance == "denies")
    assert f'href="#claim-{denial.denies}"' in dom and f'id="claim-{denial.denies}"' in dom
    shot = tmp_path / "report.png"
    subprocess.run([CHROMIUM, *CHROMIUM_FLAGS, "--window-size=1200,900",
                    f"--screenshot={shot}", page.as_uri()],
                   capture_output=True, timeout=120, check=True)
    assert shot.stat().st_size > 10_000


def test_a_truncated_jsonl_line_is_named_without_a_stutter(tmp_path: Path) -> None:
    """json says 'Unterminated string starting at'; the message said "… at at column 22"."""
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(b'{"id": "a1", "text": "Rebels attacked a post."}\n{"id": "a2", "text": "Tro')
    results = list(read_inputs([feed]))
    assert [r.id for r in results if isinstance(r, Article)] and len(results) == 2
    error = str(results[1])
    assert error == (f"{feed}:2: bad JSON (Unterminated string starting at column 22); "
                     "the last line looks truncated")


# --- the local web UI (sitrep serve) -----------------------------------------------------------


def _serving(analyses: list[Analysis], stories: list[Story], db: Path
             ) -> AbstractContextManager[str]:
    """``analyses`` in a real SQLite store at ``db``, served on a free local port."""
    return serving(db, analyses, stories)


@pytest.fixture(scope="module")
def served(told: tuple[list[Analysis], list[Story]],
           tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The three reports, served."""
    with _serving(*told, tmp_path_factory.mktemp("web") / "web.db") as url:
        yield url


def _dom(url: str) -> str:
    """The page's DOM in Chromium once its script has drawn the board; no console output."""
    assert CHROMIUM is not None
    run = subprocess.run([CHROMIUM, *CHROMIUM_FLAGS, "--enable-logging=stderr", "--v=0",
                          "--virtual-time-budget=10000", "--dump-dom", url],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    assert [line for line in run.stderr.splitlines() if ":CONSOLE" in line] == []
    assert 'data-ready="true"' in run.stdout
    return run.stdout


def _map(dom: str) -> str:
    """The Leaflet map's part of the DOM (up to the legend under it)."""
    return dom[dom.index('<div id="map"'):dom.index('<p id="legend"')]


def test_the_board_api_gives_events_claims_and_stories(served: str) -> None:
    with urllib.request.urlopen(served + "api/board", timeout=30) as response:
        assert response.headers["Content-Type"] == "application/json"
        data = json.load(response)
    assert {e["fatalities"] for e in data["events"]} >= {7, 9, 12}
    assert all(e["lat"] is not None and e["lon"] is not None for e in data["events"])
    assert [s["outlets"] for s in data["stories"]] == [[o for o, _ in REPORTS]]
    assert len(data["stories"][0]["sources"]) == data["stories"][0]["corroboration"] + 1
    claims = {c["id"]: c for c in data["claims"]}
    denial = next(c for c in claims.values() if c["stance"] == "denies")
    assert denial["source"] and claims[denial["denies"]]["stance"] == "asserts"
    with pytest.raises(urllib.error.HTTPError) as missing:
        urllib.request.urlopen(served + "api/nothing", timeout=30)
    assert missing.value.code == 404


@needs_chromium
def test_chromium_draws_the_map_timeline_and_claims_board(served: str, tmp_path: Path) -> None:
    """The page in a real browser, after its script has fetched the board: a point per located
    event on the map, a bar per dated event on the timeline, the story's tolls, each claim on
    the board with source, stance and certainty, a denial linked to what it denies; and nothing
    written to the browser console (no script error, no failed request)."""
    dom = _dom(served)
    map_div = _map(dom)
    timeline = dom[dom.index('<svg id="timeline"'):]
    timeline = timeline[:timeline.index("</svg>")]
    assert map_div.count('class="event-marker') == 3 and "Ma‘arrat an Nu‘mān (3)" in map_div
    assert timeline.count("<rect") == 3
    assert "7–12 killed (tolls differ: 7, 9, 12)" in dom
    board = dom[dom.index('<table id="claims"'):]
    assert board.count('<tr id="claim-') == 4 and "4 of 4 claims" in dom
    # "The Defence Ministry" of a shelling in Syria, in an article naming no other state: Syria's
    assert "Syrian Ministry of Defense" in board and ">denies<" in board and "denied by" in board
    shot = tmp_path / "ui.png"
    subprocess.run([CHROMIUM, *CHROMIUM_FLAGS, "--virtual-time-budget=10000",
                    "--window-size=1400,1000", f"--screenshot={shot}", served],
                   capture_output=True, timeout=120, check=True)
    assert shot.stat().st_size > 10_000


def test_the_story_names_its_sources_where_they_are_not_its_outlets(
        told: tuple[list[Analysis], list[Story]]) -> None:
    analyses, stories = told
    assert stories[0].sources == stories[0].outlets  # each outlet on its own: nothing to add
    assert "independent sources:" not in _story_section(render_report(analyses, stories))
    relayed = replace(stories[0], corroboration=1, sources=(
        "Valley Courier / Syrian Ministry of Defense", "Northern Post"))
    story = _story_section(render_report(analyses, [relayed]))
    assert ("independent sources: Valley Courier / Syrian Ministry of Defense; Northern Post"
            in story)


@needs_chromium
def test_the_web_story_names_its_sources(told: tuple[list[Analysis], list[Story]],
                                         tmp_path: Path) -> None:
    analyses, stories = told
    relayed = replace(stories[0], corroboration=1, sources=(
        "Valley Courier / Syrian Ministry of Defense", "Northern Post"))
    with _serving(analyses, [relayed], tmp_path / "web.db") as url:
        dom = _dom(url)
    assert ("independent sources: Valley Courier / Syrian Ministry of Defense; Northern Post"
            in dom)


@needs_chromium
def test_map_labels_of_near_places_do_not_cover_each_other(pipeline: Any,
                                                            tmp_path: Path) -> None:
    """Three towns 17 to 25 km apart and a city 300 km away: fitted to the far city, the three
    labels fell on one another (Hatlah Tahtani, Saqr Island and Deir ez-Zor did on the
    reference sample). The map has a metric scale bar."""
    texts = ("Government artillery shelled the market in Maarat al-Numan on Monday.",
             "Rebels attacked an army post in Saraqib on Monday.",
             "Jets bombed Idlib on Monday.", "Protesters marched in Damascus on Monday.")
    analyses = [pipeline.analyze(Article(text=t, outlet=f"Outlet {i}", origin=f"o{i}",
                                         published=date(2024, 5, 2)))
                for i, t in enumerate(texts)]
    with _serving(analyses, list(link_stories(analyses)), tmp_path / "near.db") as url:
        dom = _dom(url)
    map_div = _map(dom)
    boxes = []
    for box, _label in re.findall(r'<span data-box="([-0-9,]+)">([^<]+\(\d+\))</span>', map_div):
        left, top, width = (int(n) for n in box.split(","))
        boxes.append((left, left + width, top, top + 13))
    assert len(boxes) == 4
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert not (a[0] < b[1] and b[0] < a[1] and a[2] < b[3] and b[2] < a[3]), (a, b)
    assert re.search(r'class="leaflet-control-scale-line"[^>]*>\d+ k?m<', map_div)


@needs_chromium
def test_an_event_link_opens_the_event_with_who_says_so(served: str) -> None:
    """'#event-ID' selects the event: its sentence and the claim it rests on (source, its type,
    stance, certainty, linked to the claims board), which the page did not show."""
    with urllib.request.urlopen(served + "api/board", timeout=30) as response:
        data = json.load(response)
    claims = {c["id"]: c for c in data["claims"]}
    event = next(e for e in data["events"] if e["claim"] in claims)
    claim = claims[event["claim"]]
    dom = _dom(f"{served}#event-{event['event_id']}")
    detail = dom[dom.index('<div id="detail"'):]
    detail = detail[:detail.index("<h2>")]
    assert event["sentence"] in detail
    assert f'rests on <a href="#claim-{claim["id"]}">{claim["source"]} {claim["cue"]}</a>' \
        in detail
    assert f'({claim["source_type"]})' in detail and f">{claim['certainty']}<" in detail


def test_serve_refuses_a_file_that_is_no_store(tmp_path: Path) -> None:
    garbage = tmp_path / "notes.db"
    garbage.write_bytes(bytes(range(256)) * 20)
    result = CliRunner().invoke(cli, ["serve", "--db", str(garbage), "--port", "0"])
    assert result.exit_code == 2
    assert f"{garbage} is not a usable sitrep store" in result.output


@needs_chromium
def test_a_store_gone_bad_is_said_on_the_page(tmp_path: Path) -> None:
    """The server answers 500 with the reason, which the page shows (it was a traceback on the
    server's stderr and a dropped connection: 'Failed to fetch')."""
    db = tmp_path / "web.db"
    with open_store(db):
        pass
    server = make_server(db, port=0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    host, port = server.server_address[:2]
    try:
        db.write_bytes(bytes(range(256)) * 20)
        with pytest.raises(urllib.error.HTTPError) as answer:
            urllib.request.urlopen(f"http://{host}:{port}/api/board", timeout=30)
        assert answer.value.code == 500
        assert "is not a usable sitrep store" in json.load(answer.value)["error"]
        run = subprocess.run([CHROMIUM or "chromium", *CHROMIUM_FLAGS,
                              "--virtual-time-budget=10000", "--dump-dom",
                              f"http://{host}:{port}/"],
                             capture_output=True, text=True, timeout=120)
    finally:
        server.shutdown()
        server.server_close()
    error = run.stdout[run.stdout.index('<p id="error"'):]
    assert error.startswith('<p id="error">Could not load the store: ')
    assert "is not a usable sitrep store" in error[:error.index("</p>")]


def test_serve_without_a_store_says_what_to_run(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2
    assert "no database at" in result.output and "sitrep analyze" in result.output


# --- CLI messages on bad output paths and bad HTML ---------------------------------------------


def test_a_report_into_a_missing_folder_is_refused_before_any_work(tmp_path: Path) -> None:
    """It was a FileNotFoundError traceback after every article had been analysed and stored."""
    text = tmp_path / "a.txt"
    text.write_text("Rebels attacked an army post in Hama on Monday.\n", encoding="utf-8")
    db = tmp_path / "a.db"
    result = CliRunner().invoke(cli, ["analyze", str(text), "--db", str(db), "--report",
                                      str(tmp_path / "missing" / "r.html")])
    assert result.exit_code == 2 and not db.exists()
    assert f"the folder {tmp_path / 'missing'} does not exist" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize("command", [["export", "--format", "csv", "-o"], ["report", "-o"]])
def test_an_export_into_a_missing_folder_is_a_usage_error(tmp_path: Path,
                                                          command: list[str]) -> None:
    db = tmp_path / "s.db"
    with open_store(db):
        pass
    target = tmp_path / "missing" / "out"
    result = CliRunner().invoke(cli, [*command, str(target), "--db", str(db)])
    assert result.exit_code == 2, result.output
    assert f"{target}: the folder {target.parent} does not exist" in result.output


def test_html_without_text_is_one_line_naming_the_file(tmp_path: Path,
                                                       gazetteer_path: Path) -> None:
    """trafilatura's own 'WARNING trafilatura.core: discarding data: None' came first."""
    page = tmp_path / "empty.html"
    page.write_text("<html><head><title>x</title></head><body></body></html>", encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text("Rebels attacked an army post in Hama on Monday.\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "sitrep", "extract", str(page), str(good)],
                         capture_output=True, text=True, timeout=300,
                         env={**os.environ, "SITREP_GAZETTEER": str(gazetteer_path)})
    assert run.returncode == 1
    assert run.stderr.strip() == f"error: {page}: no article text found in the HTML"
    assert [json.loads(line)["article"]["origin"] for line in run.stdout.splitlines()] == [
        str(good)]
