"""A small local HTTP server for the web UI (standard library only): ``/`` is the page,
``/api/board`` its JSON (:func:`sitrep.web.board.board`), read from the store on each request so
that a page reload shows what ``sitrep analyze`` has added since."""

from __future__ import annotations

import json
import logging
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path

from sitrep.errors import SitrepError
from sitrep.store import open_store
from sitrep.web.board import board

log = logging.getLogger(__name__)
PAGE = "index.html"


def _page() -> bytes:
    return resources.files("sitrep.web").joinpath("static", PAGE).read_bytes()


def make_server(db: str | Path, host: str = "127.0.0.1", port: int = 8765) -> ThreadingHTTPServer:
    """A server of the store at ``db`` (not started: call ``serve_forever``). Port 0 picks a
    free one (``server.server_address`` tells which)."""
    path = str(db)

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
            route = self.path.split("?", 1)[0]
            if route in ("/", "/" + PAGE):
                self._send(200, "text/html; charset=utf-8", _page())
            elif route == "/api/board":
                try:
                    with open_store(path) as store:
                        body = board(store.analyses(), store.stories())
                except SitrepError as exc:  # the page shows it; the server goes on
                    log.error("%s", exc)
                    self._send(500, "application/json",
                               json.dumps({"error": str(exc)}).encode("utf-8"))
                    return
                self._send(200, "application/json",
                           json.dumps(body, ensure_ascii=False).encode("utf-8"))
            else:
                self._send(404, "text/plain; charset=utf-8", b"not found\n")

        def _send(self, status: int, kind: str, body: bytes) -> None:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            log.info("%s %s", self.address_string(), format % args)

    return ThreadingHTTPServer((host, port), Handler)
