"""The local web UI: a map, a timeline and a claims board over the store, served on this
machine only (:func:`make_server`), with the JSON it reads (:func:`board`) of a window of the
store's articles (:func:`read_board`, :class:`BoardPage`). Offline: the map's
Leaflet and OpenStreetMap tiles come from installed packages (:mod:`sitrep.web.basemap`), served
by the same server; the page asks nothing of any other host."""

from __future__ import annotations

from sitrep.web.board import board
from sitrep.web.server import make_server
from sitrep.web.window import BadParameter, BoardPage, parse_window, read_board

__all__ = ["BadParameter", "BoardPage", "board", "make_server", "parse_window", "read_board"]
