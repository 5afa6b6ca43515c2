"""The LGL place evaluation: reading, matching, distances, and a run on the real corpus."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from sitrep.errors import InputError
from sitrep.evaluate.places import evaluate_places, read_lgl
from sitrep.model import Analysis, Article, Place, Toponym, great_circle_km

LGL = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "geo" / "lgl.xml"

# Two articles in LGL's layout, written for this test.
TINY = """<?xml version="1.0" encoding="utf-8"?>
<articles>
  <article docid="1">
    <domain>prairiepost.com</domain>
    <url>http://www.prairiepost.com/news/flooding</url>
    <text><![CDATA[Flooding closed roads in Topeka and Lawrence on Monday.]]></text>
    <toponyms>
      <toponym><start>25</start><end>31</end><phrase>Topeka</phrase>
        <gaztag geonameid="4280539"><name>Topeka</name><fclass>P</fclass><fcode>PPLA</fcode>
          <lat>39.04833</lat><lon>-95.67804</lon><country>United States</country></gaztag>
      </toponym>
      <toponym><start>36</start><end>44</end><phrase>Lawrence</phrase>
        <gaztag geonameid="4274277"><name>Lawrence</name><fclass>P</fclass><fcode>PPL</fcode>
          <lat>38.97167</lat><lon>-95.23525</lon><country>United States</country></gaztag>
      </toponym>
    </toponyms>
  </article>
  <article docid="2">
    <text><![CDATA[Nothing happened in Smallville.]]></text>
    <toponyms>
      <toponym><start>20</start><end>30</end><phrase>Smallville</phrase></toponym>
    </toponyms>
  </article>
</articles>
"""

TOPEKA = Place("Topeka", 39.04833, -95.67804, geonames_id=4280539)
LAWRENCE_MA = Place("Lawrence", 42.70704, -71.16311, geonames_id=4942618)


def fake_analyze(found: dict[str, list[tuple[int, int, Place | None]]]):
    def analyze(articles: Iterable[Article]) -> Iterator[Analysis]:
        for article in articles:
            key = article.origin.split(":")[1]
            yield Analysis(
                article=article,
                places=tuple(
                    Toponym(article.span(s, e), place) for s, e, place in found.get(key, [])
                ),
            )

    return analyze


def test_reads_offsets_and_gold_points(tmp_path: Path) -> None:
    path = tmp_path / "lgl.xml"
    path.write_text(TINY, encoding="utf-8")
    articles = read_lgl(path)
    assert [a.id for a in articles] == ["1", "2"]
    topeka, lawrence = articles[0].toponyms
    assert (topeka.phrase, topeka.geonames_id, topeka.feature_code) == ("Topeka", 4280539, "PPLA")
    assert articles[1].toponyms[0].lat is None  # a toponym without a gazetteer entry
    assert (articles[0].domain, articles[0].url) == (
        "prairiepost.com",
        "http://www.prairiepost.com/news/flooding",
    )
    assert (articles[1].domain, articles[1].url) == (None, None)


def test_the_outlet_reaches_the_analysis(tmp_path: Path) -> None:
    path = tmp_path / "lgl.xml"
    path.write_text(TINY, encoding="utf-8")
    seen: list[tuple[str | None, str | None]] = []

    def analyze(articles: Iterable[Article]) -> Iterator[Analysis]:
        for article in articles:
            seen.append((article.outlet, article.url))
            yield Analysis(article=article, places=())

    evaluate_places(read_lgl(path), analyze)
    assert seen == [("prairiepost.com", "http://www.prairiepost.com/news/flooding"), (None, None)]


def test_scores_recognition_and_resolution(tmp_path: Path) -> None:
    path = tmp_path / "lgl.xml"
    path.write_text(TINY, encoding="utf-8")
    analyze = fake_analyze(
        {
            "1": [(25, 31, TOPEKA), (36, 44, LAWRENCE_MA), (0, 8, None)],  # "Flooding": spurious
            "2": [(20, 26, None)],  # "Smallv": overlaps but is not exact
        }
    )
    scores = evaluate_places(read_lgl(path), analyze)
    assert (scores.exact.tp, scores.exact.fp, scores.exact.fn) == (2, 2, 1)
    assert (scores.overlap.tp, scores.overlap.fp, scores.overlap.fn) == (3, 1, 0)
    # resolution: over recognised toponyms with gold points (Smallville has none)
    assert len(scores.resolutions) == 2
    assert scores.acc161 == 0.5  # Topeka right, Lawrence sent to Massachusetts
    assert scores.geonames_match == 0.5
    far = great_circle_km(38.97167, -95.23525, LAWRENCE_MA.lat, LAWRENCE_MA.lon)
    assert scores.summary()["mean_error_km"] == pytest.approx(far / 2, abs=0.1)
    assert [t for _, _, _, t in scores.spurious] == ["Flooding"]


def test_rejects_what_is_not_lgl(tmp_path: Path) -> None:
    broken = tmp_path / "broken.xml"
    broken.write_text("<articles><article>", encoding="utf-8")
    with pytest.raises(InputError, match="broken.xml"):
        read_lgl(broken)
    empty = tmp_path / "empty.xml"
    empty.write_text("<articles/>", encoding="utf-8")
    with pytest.raises(InputError, match="no <article>"):
        read_lgl(empty)
    offsets = tmp_path / "offsets.xml"
    offsets.write_text(TINY.replace("<end>31</end>", "<end>310</end>"), encoding="utf-8")
    with pytest.raises(InputError, match="bad offsets"):
        read_lgl(offsets)


@pytest.mark.skipif(not LGL.exists(), reason="../shared/data is absent (a user's machine)")
def test_real_corpus_reads_whole() -> None:
    articles = read_lgl(LGL)
    assert len(articles) == 588
    assert sum(len(a.toponyms) for a in articles) == 5088
    assert all(a.text[t.start : t.end] == t.phrase for a in articles for t in a.toponyms)
