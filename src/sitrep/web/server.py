"""A small local HTTP server for the web UI (standard library only): ``/`` is the page,
``/api/board`` its JSON (:func:`sitrep.web.board.board`) of the window of articles its query asks
for (:mod:`sitrep.web.window`: ``since``, ``until``, ``outlet``, ``limit``; a bad one is a 400
naming it), read from the store on each request so that a page reload shows what
``sitrep analyze`` has added since; ``/static/leaflet/…`` and
``/tiles/{z}/{x}/{y}.png`` the map's Leaflet and OpenStreetMap tiles (:mod:`sitrep.web.basemap`),
from this machine."""

from __future__ import annotations

import json
import logging
import re
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path

from sitrep.errors import SitrepError
from sitrep.store import open_store
from sitrep.web.basemap import find_basemap, leaflet_file, tile
from sitrep.web.window import BadParameter, parse_window, read_board

log = logging.getLogger(__name__)
PAGE = "index.html"
TILE = re.compile(r"/tiles/(\d{1,2})/(\d{1,7})/(\d{1,7})\.png")
LEAFLET = "/static/leaflet/"
CACHED = "public, max-age=86400"  # the tiles and Leaflet change only with their package


def _page() -> bytes:
    return resources.files("sitrep.web").joinpath("static", PAGE).read_bytes()


def make_server(db: str | Path, host: str = "127.0.0.1", port: int = 8765) -> ThreadingHTTPServer:
    """A server of the store at ``db`` (not started: call ``serve_forever``). Port 0 picks a
    free one (``server.server_address`` tells which). :class:`~sitrep.errors.ResourceError` says
what to install when the map's packages are missing."""
    path = str(db)
    basemap = find_basemap()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
            route, _, query = self.path.partition("?")
            if route in ("/", "/" + PAGE):
                self._send(200, "text/html; charset=utf-8", _page())
            elif route == "/api/board":
                try:
                    window = parse_window(query)
                except BadParameter as exc:  # the page shows it; the server goes on
                    self._send(400, "application/json", json.dumps(
                        {"error": str(exc), "parameter": exc.parameter}).encode("utf-8"))
                    return
                try:
                    with open_store(path) as store:
                        body = read_board(store, window)
                except SitrepError as exc:  # the page shows it; the server goes on
                    log.error("%s", exc)
                    self._send(500, "application/json",
                               json.dumps({"error": str(exc)}).encode("utf-8"))
                    return
                self._send(200, "application/json",
                           json.dumps(body, ensure_ascii=False).encode("utf-8"))
            elif match := TILE.fullmatch(route):
                png = tile(basemap, *(int(n) for n in match.groups()))
                if png is None:
                    self._send(404, "text/plain; charset=utf-8", b"no such tile\n")
                else:
                    self._send(200, "image/png", png, CACHED)
            elif route.startswith(LEAFLET) and (found := leaflet_file(
                    basemap, route[len(LEAFLET):])):
                self._send(200, found[1], found[0], CACHED)
            else:
                self._send(404, "text/plain; charset=utf-8", b"not found\n")

        def _send(self, status: int, kind: str, body: bytes, cache: str = "no-store") -> None:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", cache)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            log.info("%s %s", self.address_string(), format % args)

    return ThreadingHTTPServer((host, port), Handler)
