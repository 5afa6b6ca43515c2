"""The CLI over real files: analyze into a real SQLite store, list, filter, export, bad input."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitrep.cli import cli

from conftest import EXAMPLES


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, gazetteer_path: Path, pipeline: object
          ) -> Path:
    """The bundled example corpus analysed once into a real database, by a real process."""
    db = tmp_path_factory.mktemp("store") / "corpus.db"
    env = {"SITREP_GAZETTEER": str(gazetteer_path), "PATH": "/usr/bin:/bin"}
    run = subprocess.run([sys.executable, "-m", "sitrep", "analyze", str(EXAMPLES), "--db",
                          str(db)], capture_output=True, text=True, env=env)
    assert run.returncode == 0, run.stderr
    assert "7 new articles stored" in run.stdout
    return db


def invoke(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_analyze_leaves_a_database_and_a_report(store: Path) -> None:
    with sqlite3.connect(store) as conn:
        articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        events = conn.execute("SELECT count(*) FROM events").fetchone()[0]
        stories = conn.execute("SELECT count(*) FROM stories").fetchone()[0]
    assert articles == 7 and events >= 20 and stories >= 5
    report = store.with_suffix(".html").read_text(encoding="utf-8")
    assert "Sarmin" in report or "Sarmīn" in report
    assert "Levant Wire" in report and "denies" in report


def test_reanalysing_is_a_no_op(store: Path, cli_env: Path) -> None:
    before = invoke("events", "--db", str(store), "--json", "--limit", "1000").splitlines()
    result = CliRunner().invoke(cli, ["analyze", str(EXAMPLES), "--db", str(store)])
    assert result.exit_code == 0, result.output
    assert "0 new articles stored, 7 already in the store" in result.output
    after = invoke("events", "--db", str(store), "--json", "--limit", "1000").splitlines()
    assert before == after


def test_cross_outlet_stories_count_corroboration(store: Path) -> None:
    with sqlite3.connect(store) as conn:
        rows = conn.execute("SELECT outlets, corroboration, sub_event_type FROM stories").fetchall()
    multi = [(json.loads(o), c, s) for o, c, s in rows if len(json.loads(o)) > 1]
    assert multi, "the example corpus tells the same events through several outlets"
    assert any(c >= 1 for _, c, _ in multi)


def test_list_commands_filter(store: Path) -> None:
    outlets = {json.loads(line)["outlet"] for line in
               invoke("articles", "--db", str(store), "--json").splitlines()}
    assert outlets == {"Levant Wire", "Free Idlib Voice", "The Damascus Evening Post",
                       "Meridian Monitor"}
    wire = [json.loads(line) for line in
            invoke("events", "--db", str(store), "--json", "--outlet", "Levant Wire").splitlines()]
    assert wire and all(e["outlet"] == "Levant Wire" for e in wire)
    shelling = [json.loads(line) for line in invoke(
        "events", "--db", str(store), "--json", "--type", "Shelling/artillery/missile attack"
    ).splitlines()]
    assert shelling and {e["sub_event_type"] for e in shelling} == {
        "Shelling/artillery/missile attack"}
    denials = [json.loads(line) for line in
               invoke("claims", "--db", str(store), "--json", "--stance", "denies").splitlines()]
    assert len(denials) >= 2 and all(c["stance"] == "denies" for c in denials)
    found = invoke("articles", "--db", str(store), "--json", "--search", "fabricated").splitlines()
    assert [json.loads(x)["outlet"] for x in found] == ["The Damascus Evening Post"]
    table = invoke("claims", "--db", str(store))
    assert "denies" in table


def test_date_filters(store: Path) -> None:
    rows = [json.loads(line) for line in invoke(
        "events", "--db", str(store), "--json", "--since", "2024-03-13", "--until", "2024-03-13"
    ).splitlines()]
    assert rows and all(r["date"] == "2024-03-13" for r in rows)
    claims = [json.loads(line) for line in invoke(
        "claims", "--db", str(store), "--json", "--since", "2024-03-15", "--until", "2024-03-16"
    ).splitlines()]  # by the publication dates of the claims' articles
    assert claims and {c["published"] for c in claims} == {"2024-03-15", "2024-03-16"}
    every = invoke("claims", "--db", str(store), "--json", "--limit", "1000").splitlines()
    assert len(every) > len(claims)


def test_export_formats(store: Path, tmp_path: Path) -> None:
    lines = invoke("export", "--db", str(store), "--format", "jsonl").splitlines()
    assert len(lines) == 7 and all(json.loads(line)["schema"] == 1 for line in lines)
    rows = list(csv.DictReader(io.StringIO(invoke("export", "--db", str(store), "--format",
                                                  "csv"))))
    assert rows and rows[0]["event_type"] and "latitude" in rows[0]
    assert {r["country"] for r in rows} == {"Syria"}
    out = tmp_path / "events.geojson"
    invoke("export", "--db", str(store), "--format", "geojson", "-o", str(out))
    geo = json.loads(out.read_text())
    lon, lat = geo["features"][0]["geometry"]["coordinates"]
    assert 35 < lon < 38 and 34 < lat < 37  # Idlib province, lon first


def test_extract_matches_the_store(store: Path, cli_env: Path) -> None:
    extracted = CliRunner().invoke(cli, ["extract", str(EXAMPLES / "levant-wire.txt")])
    assert extracted.exit_code == 0
    stored = {json.loads(line)["article"]["id"]: line for line in
              invoke("export", "--db", str(store), "--format", "jsonl").splitlines()}
    for line in extracted.output.splitlines():
        record = json.loads(line)
        assert json.loads(stored[record["article"]["id"]]) == record


def test_bad_inputs_are_named_and_the_rest_goes_on(tmp_path: Path, cli_env: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    (tmp_path / "broken.jsonl").write_text('{"id": "a", "text": "Gunmen shot dead a man."}\n{"id"')
    good = tmp_path / "good.txt"
    good.write_text("Clashes near Aleppo\n\nBy A. Writer\nSource: Test Wire\n"
                    "Government forces clashed with rebels near Aleppo on Monday.\n")
    db = tmp_path / "t.db"
    result = CliRunner().invoke(cli, ["analyze", str(tmp_path / "empty.txt"),
                                      str(tmp_path / "image.txt"), str(tmp_path / "broken.jsonl"),
                                      str(good), "--db", str(db)])
    assert result.exit_code == 1
    assert "empty.txt: empty file" in result.output
    assert "image.txt: binary file" in result.output
    assert "broken.jsonl:2" in result.output
    assert "2 new articles stored" in result.output
    titles = {json.loads(line)["title"] for line in
              invoke("articles", "--db", str(db), "--json").splitlines()}
    assert "Clashes near Aleppo" in titles


def test_missing_database_and_model_fail_clearly(tmp_path: Path, cli_env: Path) -> None:
    result = CliRunner().invoke(cli, ["events", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2 and "no database at" in result.output
    text = tmp_path / "a.txt"
    text.write_text("Protesters marched in Basra on Friday.\n")
    result = CliRunner().invoke(cli, ["extract", "--model", "no_such_pipeline", str(text)])
    assert result.exit_code == 2
    assert "spaCy pipeline 'no_such_pipeline' is not installed" in result.output


def test_published_option_fills_dates(tmp_path: Path, cli_env: Path) -> None:
    text = tmp_path / "a.txt"
    text.write_text("Yesterday, militants attacked an army checkpoint in Kirkuk, killing two "
                    "soldiers.\n")
    result = CliRunner().invoke(cli, ["extract", "--published", "2021-06-10", str(text)])
    assert result.exit_code == 0
    (event,) = json.loads(result.output)["events"]
    assert event["date"] == "2021-06-09" and event["time_precision"] == 1
    assert event["fatalities"] == 2
    assert event["location"]["name"] == "Kirkuk"


def test_report_of_a_window_tells_its_stories_whole(store: Path, tmp_path: Path) -> None:
    """--since/--until/--outlet: the articles published then (and of that outlet) are reported;
    a story reaching into the window tells its members from other days by their lines."""
    from sitrep.store import open_store
    from sitrep.store.window import Window, select

    page = tmp_path / "window.html"
    said = invoke("report", "--db", str(store), "--since", "2024-03-15", "-o", str(page))
    with open_store(store) as opened:
        chosen = select(opened, Window(since=date(2024, 3, 15)))
        published = {r.id: r.published for r in opened.articles()}
    assert len(chosen.article_ids) == 2 and chosen.context_ids  # stories reach back
    assert all(published[i] and published[i] >= date(2024, 3, 15) for i in chosen.article_ids)
    assert f"{len(chosen.article_ids)} articles in the window" in said
    html = page.read_text(encoding="utf-8")
    assert "<h1>sitrep situation report: published on or after 2024-03-15</h1>" in html
    assert html.count('class="story"') == len(chosen.stories) > 0
    assert 'class="muted">event ' not in html  # every member told, none by its bare id
    articles_section = html[html.index('<h2 id="articles">'):]
    assert articles_section.count("<tr") - 1 == 2  # the window's two articles, header aside
    whole = invoke("report", "--db", str(store), "-o", str(tmp_path / "all.html"))
    assert "articles in the window" not in whole
    nothing = tmp_path / "none.html"
    invoke("report", "--db", str(store), "--since", "2030-01-01", "-o", str(nothing))
    assert "No stories" in nothing.read_text(encoding="utf-8")


def test_export_of_a_window(store: Path) -> None:
    every = invoke("export", "--db", str(store)).splitlines()
    later = invoke("export", "--db", str(store), "--since", "2024-03-15").splitlines()
    one = invoke("export", "--db", str(store), "--outlet", "levant wire").splitlines()
    assert len(every) == 7 and len(later) == 2
    assert {json.loads(r)["article"]["published"] for r in later} == {"2024-03-15", "2024-03-16"}
    assert {json.loads(r)["article"]["outlet"] for r in one} == {"Levant Wire"} and len(one) == 2
    rows = list(csv.DictReader(io.StringIO(invoke(
        "export", "--db", str(store), "--format", "csv", "--until", "2024-03-12"))))
    assert rows and {r["source"] for r in rows} == {"Free Idlib Voice", "Levant Wire"}
    assert {r["sitrep_story_id"] for r in rows} - {""}  # the whole store's stories, named
