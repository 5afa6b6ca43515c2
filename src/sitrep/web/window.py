"""Which part of the store the web UI shows: the articles published in a date range (and of one
outlet), at most the newest ``limit`` of them (:class:`BoardPage`, read from the query of
``/api/board`` by :func:`parse_window`); and :func:`read_board`, the board of a window read from
the store, saying what it holds (articles in the window, shown, whether it was cut) and every
outlet of the store. Only the window's analyses are read, so a page load costs the same on a
store of any size."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import parse_qs

from sitrep.store import Store
from sitrep.store.window import Window
from sitrep.web.board import board

DEFAULT_LIMIT = 1000  # articles: ~8 MB of JSON, drawn by a browser in a second or two
MAX_LIMIT = 5000


class BadParameter(ValueError):
    """A query parameter of ``/api/board`` that is not what it should be (``parameter`` names
    it; the message says why)."""

    def __init__(self, parameter: str, reason: str) -> None:
        super().__init__(f"{parameter}: {reason}")
        self.parameter = parameter


@dataclass(frozen=True)
class BoardPage:
    """What the board shows: the newest ``limit`` articles of ``window`` (the articles
    published from ``since`` to ``until``, of ``outlet``: :class:`sitrep.store.window.Window`,
    as ``sitrep report`` and ``export`` take it)."""

    window: Window = Window()
    limit: int = DEFAULT_LIMIT


def _date(name: str, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        if len(value) != 10:
            raise ValueError(value)
        return date.fromisoformat(value)
    except ValueError:
        raise BadParameter(name, f"{value!r} is not a date (YYYY-MM-DD)") from None


def _limit(value: str | None) -> int:
    if value is None:
        return DEFAULT_LIMIT
    reason = f"{value!r} is not a whole number of articles from 1 to {MAX_LIMIT:,}"
    if not (value.isascii() and value.isdigit() and len(value) < 10
            and 1 <= int(value) <= MAX_LIMIT):
        raise BadParameter("limit", reason)
    return int(value)


def parse_window(query: str) -> BoardPage:
    """The window a URL query asks for (``since``, ``until``, ``outlet``, ``limit``; a blank
    value is no bound, other parameters are ignored). Raises :class:`BadParameter` naming the
    first parameter that is not a date, not a limit from 1 to :data:`MAX_LIMIT`, or an
    ``until`` before ``since``."""
    value = {k: v[-1].strip() or None
             for k, v in parse_qs(query, keep_blank_values=True).items()}
    since, until = _date("since", value.get("since")), _date("until", value.get("until"))
    if since and until and until < since:
        raise BadParameter("until", f"{until.isoformat()} is before since ({since.isoformat()})")
    return BoardPage(Window(value.get("outlet"), since, until), _limit(value.get("limit")))


def read_board(store: Store, page: BoardPage) -> dict[str, Any]:
    """The board (:func:`sitrep.web.board.board`) of the newest ``page.limit`` articles of
    ``page.window``, oldest first, with ``window`` (its bounds, ``articles`` in it, ``shown``,
    ``cut``) and ``outlets`` (every outlet of the store, for choosing another)."""
    w = page.window
    rows = store.articles(outlet=w.outlet, since=w.since, until=w.until, limit=page.limit,
                          newest=True)
    total = len(rows) if len(rows) < page.limit else store.article_count(
        outlet=w.outlet, since=w.since, until=w.until)
    oldest = rows[::-1]  # as Store.articles lists them: by date, the undated last
    ids = [r.id for r in oldest if r.published] + [r.id for r in oldest if not r.published]
    body = board(store.analyses(ids), store.stories())
    body["window"] = {"since": w.since.isoformat() if w.since else None,
                      "until": w.until.isoformat() if w.until else None,
                      "outlet": w.outlet, "limit": page.limit,
                      "articles": total, "shown": len(rows), "cut": total > len(rows)}
    body["outlets"] = store.outlets()
    return body
