"""The PostgreSQL store on a real server: what only it has (concurrent workers, its schema
marker, connection errors) and what it must share with SQLite (the same rows, the same search
matches, the CLI). The behavioural tests of tests/test_store.py also run on it."""

from __future__ import annotations

import json
import multiprocessing
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import psycopg
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitrep.cli import cli
from sitrep.contract import from_record, to_record
from sitrep.errors import StoreError
from sitrep.ingest import read_inputs
from sitrep.link import link_stories
from sitrep.model import Analysis, Article
from sitrep.store import Store, mask_password, open_store, postgres_schema
from sitrep.store.postgres_search import search_query, search_vector, tokens

from conftest import EXAMPLES
from factories import deir_ez_zor
from postgres_server import needs_postgres

pytestmark = needs_postgres


@pytest.fixture(scope="module")
def corpus(pipeline: Any) -> list[Analysis]:
    """The bundled example corpus through the real pipeline, once for the module."""
    articles = [a for a in read_inputs([EXAMPLES]) if isinstance(a, Article)]
    analyses = list(pipeline.analyze_many(articles))
    assert len(analyses) == 7 and sum(len(a.events) for a in analyses) >= 20
    return analyses


@pytest.fixture
def store(postgres_url: str) -> Iterator[Store]:
    with open_store(postgres_url) as s:
        yield s


@pytest.fixture
def twin(corpus: list[Analysis], postgres_url: str, tmp_path: Path) -> Iterator[
        tuple[Store, Store]]:
    """The corpus saved, with its stories, into a SQLite store and a PostgreSQL one."""
    with open_store(tmp_path / "twin.db") as lite, open_store(postgres_url) as pg:
        for s in (lite, pg):
            assert all(s.save(a) for a in corpus)
            s.replace_stories(link_stories(corpus))
        yield lite, pg


def _sql(url: str, *statements: str) -> list[Any]:
    with psycopg.connect(url, autocommit=True) as conn:
        return [conn.execute(sql).fetchall() if sql.lstrip().upper().startswith("SELECT")
                else conn.execute(sql) and None for sql in statements]


# --- a real analysed corpus --------------------------------------------------------------------


def test_the_analysed_corpus_round_trips_and_resaving_is_a_no_op(
        corpus: list[Analysis], store: Store) -> None:
    assert [store.save(a) for a in corpus] == [True] * len(corpus)
    assert list(store.analyses()) == corpus
    assert [store.save(a) for a in corpus] == [False] * len(corpus)
    assert list(store.analyses()) == corpus
    assert store.counts()["articles"] == len(corpus)
    assert store.counts()["event mentions"] == sum(len(a.events) for a in corpus)
    assert all(to_record(got) == to_record(want)
               for got, want in zip(store.analyses(), corpus, strict=True))


def test_both_backends_give_the_same_rows_and_stories(twin: tuple[Store, Store]) -> None:
    lite, pg = twin
    assert pg.counts() == lite.counts()
    assert pg.stories() == lite.stories() and pg.stories()
    assert pg.articles() == lite.articles()
    assert pg.events() == lite.events()
    assert pg.claims() == lite.claims()
    for outlet in ("levant wire", "Meridian Monitor"):
        assert pg.events(outlet=outlet) == lite.events(outlet=outlet) != []
    assert pg.claims(stance="denies") == lite.claims(stance="denies") != []


def test_search_matches_as_sqlite_does(twin: tuple[Store, Store], corpus: list[Analysis]
                                       ) -> None:
    lite, pg = twin
    words = sorted({t for a in corpus for t in tokens(a.article.text) if len(t) > 3})[::7]
    queries = [*words, *(w[:4] + "*" for w in words[::3]), "ez-Zor", "Sarmīn", "SARMIN",
               "killed civilians", "al-Numan*", '"heavy shelling"', "shell* market", "Idlib -x",
               "no-such-word-anywhere", "- : *", "Sarmin's"]
    assert len(queries) > 60
    matched = 0
    for q in queries:
        lite_ids = ([r.id for r in lite.articles(search=q, limit=None)],
                    [r.id for r in lite.events(search=q, limit=None)],
                    [r.id for r in lite.claims(search=q, limit=None)])
        pg_ids = ([r.id for r in pg.articles(search=q, limit=None)],
                  [r.id for r in pg.events(search=q, limit=None)],
                  [r.id for r in pg.claims(search=q, limit=None)])
        assert pg_ids == lite_ids, q
        matched += bool(lite_ids[0])
    assert matched > 40  # the queries do find things, on both


def test_search_vectors_and_queries_are_built_from_the_same_words() -> None:
    assert tokens("Deir ez-Zor's Sarmīn, 3.5km") == ["deir", "ez", "zor", "s", "sarmin", "3",
                                                     "5km"]
    assert search_vector("Ez-Zor", "ez") == "'ez':1,4 'zor':2"
    assert search_query("ez-Zor raqq*") == "('ez' <-> 'zor') & 'raqq':*"
    assert search_query("it's") == "('it' <-> 's')"
    assert search_query("- : * \x00") is None


def test_a_save_made_while_reading_is_committed_at_once(
        corpus: list[Analysis], store: Store, postgres_url: str) -> None:
    first, second = corpus[:2]
    store.save(first)
    with open_store(postgres_url) as other:
        reading = store.analyses()
        assert next(reading) == first
        assert store.save(second)
        assert other.has_article(second.article.id)  # another connection sees it now
        assert list(reading) == [second]  # and the reading goes on to it


def test_a_lost_connection_fails_one_save_naming_the_server_and_the_next_reconnects(
        store: Store, postgres_url: str) -> None:
    rt = deir_ez_zor()
    _sql(postgres_url, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                       " WHERE datname = current_database() AND pid <> pg_backend_pid()")
    with pytest.raises(StoreError, match=rt.article.origin) as info:
        store.save(rt)
    assert store.location in str(info.value)
    with open_store(postgres_url) as again:
        assert list(again.analyses()) == []
    assert store.save(rt)  # a long run (a Dask worker's store) goes on
    assert list(store.analyses()) == [rt]


# --- several workers at once -------------------------------------------------------------------


def _save_all(url: str, records: list[str], barrier: Any, results: Any) -> None:
    barrier.wait()  # both open a brand-new database at once: its schema is made exactly once
    with open_store(url) as store:
        barrier.wait()
        results.put([store.save(from_record(json.loads(r))) for r in records])


def test_two_processes_saving_the_same_articles_store_each_once(
        corpus: list[Analysis], postgres_url: str) -> None:
    records = [json.dumps(to_record(a)) for a in corpus]
    spawn = multiprocessing.get_context("spawn")
    barrier, results = spawn.Barrier(2), spawn.Queue()
    workers = [spawn.Process(target=_save_all, args=(postgres_url, records, barrier, results),
                             daemon=True) for _ in range(2)]
    for w in workers:
        w.start()
    saved = [results.get(timeout=120) for _ in workers]
    for w in workers:
        w.join(timeout=60)
        assert w.exitcode == 0
    assert [a + b for a, b in zip(*saved, strict=True)] == [1] * len(corpus)  # one True each
    with open_store(postgres_url) as store:
        assert store.counts()["articles"] == len(corpus)
        assert store.counts()["event mentions"] == sum(len(a.events) for a in corpus)
        assert sorted(store.analyses(), key=lambda a: a.article.id) == sorted(
            corpus, key=lambda a: a.article.id)


# --- any text ----------------------------------------------------------------------------------


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(text=st.text(), title=st.none() | st.text(), search=st.text())
def test_any_text_round_trips_and_any_search_is_safe(
        store: Store, text: str, title: str | None, search: str) -> None:
    analysis = Analysis(Article(text=text, origin="hypothesis", title=title, outlet="X\x00"))
    saved = store.save(analysis)  # False: an earlier example had the same id (title "")
    stored = list(store.analyses([analysis.article.id]))
    assert stored == [analysis] if saved else len(stored) == 1  # NUL characters too
    store.articles(search=search)
    store.events(search=search)
    store.claims(search=search, outlet=search)


# --- the schema --------------------------------------------------------------------------------


def test_the_schema_version_is_recorded(store: Store, postgres_url: str) -> None:
    (meta,) = _sql(postgres_url, "SELECT key, value FROM sitrep_meta ORDER BY key")
    assert meta == [("application", "sitrep store"),
                    ("schema_version", str(postgres_schema.SCHEMA_VERSION))]


def test_a_version_1_database_gains_story_sources_and_keeps_its_stories(
        corpus: list[Analysis], store: Store, postgres_url: str) -> None:
    for analysis in corpus:
        store.save(analysis)
    stories = link_stories(corpus)
    store.replace_stories(stories)
    assert any(len(s.sources) > 1 for s in stories)
    store.close()
    _sql(postgres_url, "ALTER TABLE stories DROP COLUMN sources",
         "UPDATE sitrep_meta SET value = '1' WHERE key = 'schema_version'")
    with open_store(postgres_url) as migrated:
        assert migrated.stories() == [replace(s, sources=()) for s in stories]
        migrated.replace_stories(stories)
        assert migrated.stories() == list(stories)
    (meta,) = _sql(postgres_url, "SELECT value FROM sitrep_meta WHERE key = 'schema_version'")
    assert meta == [(str(postgres_schema.SCHEMA_VERSION),)] == [("2",)]


def test_a_newer_schema_is_refused(store: Store, postgres_url: str) -> None:
    store.save(deir_ez_zor())
    _sql(postgres_url, "UPDATE sitrep_meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(StoreError, match="version 99.*upgrade sitrep"):
        open_store(postgres_url)


def test_another_applications_database_is_refused_and_left_alone(postgres_url: str) -> None:
    _sql(postgres_url, "CREATE TABLE invoices (id int)")
    with pytest.raises(StoreError, match="not a sitrep store"):
        open_store(postgres_url)
    (tables,) = _sql(postgres_url, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
    assert tables == [("invoices",)]


def test_pending_migrations_are_applied_and_a_failing_one_changes_nothing(
        postgres_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    rt = deir_ez_zor()
    with open_store(postgres_url) as s:
        s.save(rt)
    grown = [*postgres_schema.MIGRATIONS, "CREATE TABLE notes (id int PRIMARY KEY, body text)"]
    monkeypatch.setattr(postgres_schema, "MIGRATIONS", grown)
    monkeypatch.setattr(postgres_schema, "SCHEMA_VERSION", len(grown))
    with open_store(postgres_url) as s:
        assert list(s.analyses()) == [rt]
    assert _sql(postgres_url, "SELECT count(*) FROM notes")[0] == [(0,)]

    broken = [*grown, "CREATE TABLE more_notes (id int); NOT SQL AT ALL"]
    monkeypatch.setattr(postgres_schema, "MIGRATIONS", broken)
    monkeypatch.setattr(postgres_schema, "SCHEMA_VERSION", len(broken))
    with pytest.raises(StoreError, match="migrating .* nothing was changed"):
        open_store(postgres_url)
    assert _sql(postgres_url, "SELECT to_regclass('more_notes') IS NULL",
                "SELECT value FROM sitrep_meta WHERE key = 'schema_version'") == [
        [(True,)], [(str(len(grown)),)]]


# --- locations, errors, the CLI ----------------------------------------------------------------


def test_passwords_are_masked_in_locations() -> None:
    assert mask_password("postgresql://ana:s3cr%40t@db.example:5433/news?sslmode=require") == (
        "postgresql://ana:***@db.example:5433/news?sslmode=require")
    assert mask_password("postgres://db/news?user=ana&password=s3cret&x=1") == (
        "postgres://db/news?user=ana&password=***&x=1")
    assert mask_password("postgresql:///news") == "postgresql:///news"


@pytest.mark.parametrize(("url", "reason"), [
    ("postgresql://ana:hunter2@127.0.0.1:1/news", "refused"),
    ("postgres://127.0.0.1:1/news?password=hunter2&user=ana", "refused"),
    ("postgresql://ana:hunter2 x@127.0.0.1:1/news", "unexpected spaces"),  # quoted back by psycopg
])
def test_an_unreachable_server_is_named_with_the_reason_and_no_password(
        url: str, reason: str) -> None:
    with pytest.raises(StoreError) as info:
        open_store(url)
    message = str(info.value)
    assert "hunter2" not in message and "***" in message
    assert "127.0.0.1:1/news" in message and reason in message
    result = CliRunner().invoke(cli, ["events", "--db", url])
    assert result.exit_code == 2
    assert "hunter2" not in result.output and reason in result.output


def test_sqlite_users_do_not_load_the_driver() -> None:
    run = subprocess.run([sys.executable, "-c", "import sys, sitrep.store, sitrep.cli;"
                          " print('psycopg' in sys.modules)"], capture_output=True, text=True)
    assert run.stdout.strip() == "False", run.stderr


def test_the_cli_analyzes_into_and_lists_from_a_postgresql_store(
        postgres_url: str, cli_env: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["analyze", str(EXAMPLES), "--db", postgres_url])
    assert result.exit_code == 0, result.output
    assert "7 new articles stored" in result.output
    assert (tmp_path / "sitrep.html").exists()  # no file to put the report beside
    monkeypatch.setenv("SITREP_DB", postgres_url)
    listed = CliRunner().invoke(cli, ["events", "--json", "--outlet", "Levant Wire"])
    assert listed.exit_code == 0, listed.output
    rows = [json.loads(line) for line in listed.output.splitlines()]
    assert rows and {r["outlet"] for r in rows} == {"Levant Wire"}
    exported = CliRunner().invoke(cli, ["export", "--format", "jsonl"])
    assert len(exported.output.splitlines()) == 7
