"""The local web UI: a map, a timeline and a claims board over the store, served on this
machine only (:func:`make_server`), with the JSON it reads (:func:`board`). Offline: one page,
no external assets, no tile server."""

from __future__ import annotations

from sitrep.web.board import board
from sitrep.web.server import make_server

__all__ = ["board", "make_server"]
