"""A window on the store: the articles of one outlet and publication dates that a report or an
export covers, and the stories that reach into it.

>>> with open_store("sitrep.db") as store:  # doctest: +SKIP
...     chosen = select(store, Window(since=date(2024, 3, 13), until=date(2024, 3, 15)))
...     write_report(stream, store.analyses(chosen.article_ids), chosen.stories,
...                  context=store.analyses(chosen.context_ids))

An article without a publication date lies in no dated window. A story is in the window when
one of its articles is; the articles it also holds outside the window are its ``context_ids``
(a report tells those members of the story, not the rest of their articles).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sitrep.model import Story
from sitrep.store._store import Store


@dataclass(frozen=True)
class Window:
    outlet: str | None = None
    since: date | None = None
    until: date | None = None

    @property
    def everything(self) -> bool:
        return self.outlet is None and self.since is None and self.until is None

    def describe(self) -> str:
        """In words, for a page's title: "published 2024-03-13 to 2024-03-15 · Levant Wire"."""
        parts = []
        if self.since and self.until:
            parts.append(f"published {self.since.isoformat()} to {self.until.isoformat()}")
        elif self.since:
            parts.append(f"published on or after {self.since.isoformat()}")
        elif self.until:
            parts.append(f"published on or before {self.until.isoformat()}")
        if self.outlet:
            parts.append(self.outlet)
        return " · ".join(parts) or "every article"


@dataclass(frozen=True)
class Selection:
    window: Window
    article_ids: tuple[str, ...]  # by publication date
    stories: tuple[Story, ...]  # the stories with an article in the window
    context_ids: tuple[str, ...]  # their articles outside the window


def select(store: Store, window: Window) -> Selection:
    """The articles of ``store`` in ``window``, the stories reaching into it, and their other
    articles. Reads article ids and stories only, not the analyses."""
    rows = store.articles(outlet=window.outlet, since=window.since, until=window.until)
    ids = tuple(r.id for r in rows)
    chosen = set(ids)
    stories = tuple(s for s in store.stories() if chosen.intersection(s.articles))
    context = tuple(sorted({a for s in stories for a in s.articles} - chosen))
    return Selection(window, ids, stories, context)
