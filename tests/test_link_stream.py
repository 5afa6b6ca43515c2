"""Linking and reporting a store as a stream: the same stories and the same report as from a
list of every analysis, without keeping the analyses (DESIGN.md, "Scale")."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from sitrep.ingest import read_inputs
from sitrep.link import link_stories
from sitrep.model import Analysis, Article
from sitrep.outputs import html_report
from sitrep.outputs.html_report import Report, render_report, write_report
from sitrep.store import open_store

from conftest import EXAMPLES, SAMPLE, shared_or_skip
from postgres_server import needs_postgres


@pytest.fixture(scope="module")
def corpus(pipeline: Any) -> list[Analysis]:
    """The bundled examples and the reference sample through the real pipeline."""
    shared_or_skip(SAMPLE)
    articles = [a for a in read_inputs([EXAMPLES]) if isinstance(a, Article)]
    articles += [a for a in read_inputs([SAMPLE], published=date(2017, 9, 14))
                 if isinstance(a, Article)]
    analyses = list(pipeline.analyze_many(articles))
    assert len(analyses) == 9 and sum(len(a.events) for a in analyses) >= 20
    return analyses


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=needs_postgres)])
def location(request: pytest.FixtureRequest, tmp_path: Path) -> str | Path:
    if request.param == "sqlite":
        return tmp_path / "sitrep.db"
    url: str = request.getfixturevalue("postgres_url")
    return url


def _forgotten(analyses: Iterable[Analysis]) -> Iterator[Analysis]:
    """``analyses`` one by one, failing when the reader still holds an event of an analysis
    given before the last one (the last may still be in the reader's loop variable)."""
    held: list[list[weakref.ref[Any]]] = [[], []]
    for analysis in analyses:
        gc.collect()
        assert all(ref() is None for ref in held[0]), "an earlier analysis's event is held"
        held = [held[1], [weakref.ref(ev) for ev in analysis.events]]
        yield analysis
        del analysis
    assert held[1] or held[0]  # the test saw events


def test_the_store_streamed_gives_the_stories_of_the_list(corpus: list[Analysis],
                                                          location: str | Path) -> None:
    each = [link_stories([a]) for a in corpus]
    listed = link_stories(list(corpus))
    assert len(listed) < sum(len(s) for s in each)  # some events are linked across articles
    with open_store(location) as store:
        assert all(store.save(a) for a in corpus)
        assert link_stories(_forgotten(store.analyses())) == listed


def test_the_report_streamed_is_the_report_of_the_list(corpus: list[Analysis],
                                                       location: str | Path,
                                                       tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    stories = link_stories(corpus)
    expected = render_report(list(corpus), stories)
    assert "Contradicted by:" in expected and "<table>" in expected
    # every section bigger than 200 bytes goes through a temporary file on disk
    monkeypatch.setattr(html_report, "SPOOL_BYTES", 200)
    page = tmp_path / "report.html"
    with open_store(location) as store:
        assert all(store.save(a) for a in corpus)
        with page.open("w", encoding="utf-8") as stream:
            write_report(stream, _forgotten(store.analyses()), stories)
    assert page.read_text(encoding="utf-8") == expected


def test_one_read_of_the_store_links_it_and_reports_it(corpus: list[Analysis],
                                                       location: str | Path,
                                                       tmp_path: Path) -> None:
    """What ``sitrep analyze`` does after saving: the stories and the report of one read."""
    stories = link_stories(corpus)
    expected = render_report(list(corpus), stories)
    page = tmp_path / "report.html"
    with open_store(location) as store, Report() as report:
        assert all(store.save(a) for a in corpus)
        assert link_stories(report.passing(_forgotten(store.analyses()))) == stories
        with page.open("w", encoding="utf-8") as stream:
            report.write(stream, stories)
    assert page.read_text(encoding="utf-8") == expected


def test_an_empty_store_reports_the_same_as_an_empty_list(tmp_path: Path) -> None:
    with open_store(tmp_path / "empty.db") as store:
        page = render_report(store.analyses(), link_stories(store.analyses()))
    assert page == render_report([], [])
    assert "No events." in page and "No flags." in page and "No stories" in page
