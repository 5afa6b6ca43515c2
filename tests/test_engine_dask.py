"""The Dask engine on real workers: a LocalCluster of two worker processes (started once for
the module), and a `dask scheduler` + `dask worker` pair started as real processes. Output must
equal the local engine's, byte for byte, in input order."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from sitrep import engine
from sitrep.cli import cli
from sitrep.contract import to_record
from sitrep.engine import (
    SAVED_EVENT,
    LoadOptions,
    SavedArticle,
    analyze_local,
    analyze_on_dask,
    preload,
    save_on_dask,
    save_task,
)
from sitrep.errors import InputError
from sitrep.ingest import read_inputs
from sitrep.model import Analysis, Article
from sitrep.store import open_store

from conftest import EXAMPLES, REPO, SAMPLE, shared_or_skip
from postgres_server import needs_postgres

distributed = pytest.importorskip("distributed")

GOOD = ("Clashes near Aleppo\n\nBy A. Writer\nSource: Test Wire\n"
        "Government forces clashed with rebels near Aleppo on Monday.\n")


def _env(gazetteer_path: Path) -> dict[str, str]:
    """What a worker process needs: this checkout's sitrep and the session's gazetteer."""
    path = os.pathsep.join(filter(None, [str(REPO / "src"), os.environ.get("PYTHONPATH")]))
    return {"SITREP_GAZETTEER": str(gazetteer_path), "PYTHONPATH": path}


@pytest.fixture(scope="module")
def client(gazetteer_path: Path, pipeline: Any) -> Iterator[Any]:
    """Two single-threaded worker processes, as ``--engine dask`` starts them on two cores."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  host="127.0.0.1", dashboard_address="127.0.0.1:0",
                                  env=_env(gazetteer_path)) as cluster, \
            distributed.Client(cluster) as dask:
        yield dask


@pytest.fixture(scope="module")
def options(gazetteer_path: Path) -> LoadOptions:
    return LoadOptions(gazetteer_path=str(gazetteer_path))


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    items = list(read_inputs([str(EXAMPLES), str(shared_or_skip(SAMPLE))]))
    assert all(isinstance(a, Article) for a in items)
    return items  # type: ignore[return-value]


def _jsonl(results: Iterable[Analysis | InputError]) -> bytes:
    return b"".join(json.dumps(to_record(r), ensure_ascii=False).encode() + b"\n"
                    for r in results if isinstance(r, Analysis))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_dask_output_equals_local_byte_for_byte_in_input_order(
        client: Any, options: LoadOptions, pipeline: Any, articles: list[Article]) -> None:
    local = list(analyze_local(pipeline, articles))
    remote = list(analyze_on_dask(articles, client, options=options, batch_size=3))
    assert len(articles) == 9  # the corpus's 7 articles and the reference sample's 2
    assert [r.article.id for r in remote] == [a.id for a in articles]  # type: ignore[union-attr]
    assert _jsonl(remote) == _jsonl(local)
    assert b"Deir ez-Zor" in _jsonl(remote)


def test_each_worker_loads_the_pipeline_once(
        client: Any, options: LoadOptions, articles: list[Article]) -> None:
    def loaded() -> list[int]:
        from sitrep import engine

        return [id(p) for k, p in engine._loaded.items() if isinstance(k, LoadOptions)]

    client.run(preload, options)  # on both workers (as the CLI does), whichever gets tasks
    before = client.run(loaded)
    list(analyze_on_dask(articles, client, options=options, batch_size=1))
    list(analyze_on_dask(articles, client, options=options, batch_size=1))
    assert client.run(loaded) == before
    assert [len(ids) for ids in before.values()] == [1, 1]  # one pipeline per worker process


def test_the_flag_encoder_runs_on_the_workers(
        client: Any, options: LoadOptions, articles: list[Article], pipeline: Any) -> None:
    """--flag-encoder on Dask: each worker loads MiniLM itself from the options it is sent,
    and gives the flags the local pipeline with the encoder gives."""
    if os.environ.get("SITREP_SKIP_ENCODER_TESTS") == "1":
        pytest.skip("SITREP_SKIP_ENCODER_TESTS=1: the encoder extra is not installed here")
    from sitrep.extract.flag_head import load_flag_encoder
    from sitrep.pipeline import Pipeline

    with_encoder = LoadOptions(gazetteer_path=options.gazetteer_path, flag_encoder=True)
    local = Pipeline(nlp=pipeline.nlp, gazetteer=pipeline.gazetteer, actors=pipeline.actors,
                     flag_model=pipeline.flag_model, flag_encoder=load_flag_encoder())
    sample = articles[-2:]  # the reference sample's two articles
    remote = list(analyze_on_dask(sample, client, options=with_encoder, batch_size=1))
    plain = list(analyze_on_dask(sample, client, options=options, batch_size=1))
    assert _jsonl(remote) == _jsonl(analyze_local(local, sample))
    def flags(results: list[Any]) -> list[list[tuple[int, int, str]]]:
        return [[(f.span.start, f.span.end, f.kind) for f in r.flags] for r in results]

    assert flags(remote) != flags(plain)  # the encoder was on: not the plain pipeline's flags
    loaded = client.run(lambda: [o.flag_encoder for o in
                                 __import__("sitrep.engine").engine._loaded])
    assert all(True in kinds for kinds in loaded.values()), loaded


def test_a_worker_keeps_only_the_pipelines_it_used_last(
        gazetteer_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A long-lived worker serving runs with other options keeps the last two pipelines."""
    monkeypatch.setattr(engine, "_loaded", type(engine._loaded)())  # this process as a worker
    # three distinct options naming the same gazetteer, each a real pipeline
    first, second, third = (LoadOptions(gazetteer_path=f"{gazetteer_path.parent}/{dots}/"
                                                       f"{gazetteer_path.name}")
                            for dots in (".", "./.", "././."))
    kept = engine.worker_pipeline(first)
    assert engine.worker_pipeline(first) is kept
    engine.worker_pipeline(second)
    assert engine.worker_pipeline(first) is kept  # used again: now the newest
    engine.worker_pipeline(third)
    assert list(engine._loaded) == [first, third]  # second, the least recently used, let go
    assert engine.worker_pipeline(first) is kept
    assert engine.KEEP_PIPELINES == 2


def test_articles_are_read_only_as_fast_as_results_are_taken(
        client: Any, options: LoadOptions, articles: list[Article]) -> None:
    taken: list[int] = []

    def counted() -> Iterator[Article]:
        for article in articles:
            taken.append(1)
            yield article

    seen = []
    for n, result in enumerate(analyze_on_dask(counted(), client, options=options,
                                               batch_size=1, max_in_flight=2), start=1):
        seen.append(result.article.id)  # type: ignore[union-attr]
        assert len(taken) <= n + 2  # at most two batches ahead of what was yielded
    assert seen == [a.id for a in articles]
    deadline = time.monotonic() + 10  # release() reaches the client's loop a moment later
    while client.futures and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not client.futures  # every batch released once yielded


def test_an_article_that_fails_is_named_and_its_batch_goes_on(
        client: Any, options: LoadOptions, pipeline: Any) -> None:
    huge = Article(text="Shelling hit Idlib. " * 60_000, origin="huge.txt")  # > nlp.max_length
    good = Article(text=GOOD, origin="good.txt", title="Clashes near Aleppo")
    batch = [good, huge, Article(text=GOOD.replace("Aleppo", "Homs"), origin="homs.txt")]
    remote = list(analyze_on_dask(batch, client, options=options, batch_size=3))
    assert [type(r) for r in remote] == [Analysis, InputError, Analysis]
    error = remote[1]
    assert isinstance(error, InputError) and error.origin == "huge.txt"
    assert "analysis failed" in error.reason and "E088" in error.reason
    assert _jsonl(remote) == _jsonl(analyze_local(pipeline, batch))


def test_workers_can_save_to_a_store_themselves(
        client: Any, options: LoadOptions, articles: list[Article], pipeline: Any,
        tmp_path: Path) -> None:
    db = tmp_path / "workers.db"
    start = time.time()
    saved = list(save_on_dask(articles, client, options=options, store=str(db),
                              batch_size=2))
    assert saved == [SavedArticle(a.id, a.origin, True) for a in articles]
    again = list(save_on_dask(articles[:2], client, options=options, store=str(db)))
    assert [s.new for s in again] == [False, False]  # type: ignore[union-attr]
    # each batch was logged by the worker that saved it, where the dashboard shows it
    logged = [msg for when, msg in client.get_events(SAVED_EVENT) if when >= start]
    assert sorted(m["new"] for m in logged) == [0, 1, 2, 2, 2, 2]  # 9 articles in 2s, then 2
    assert sum(m["held"] for m in logged) == 2 and sum(m["failed"] for m in logged) == 0
    # and no worker keeps the store open after its batches

    def open_files() -> list[str]:
        fds = f"/proc/{os.getpid()}/fd"
        paths = []
        for fd in os.listdir(fds):
            try:
                paths.append(os.readlink(f"{fds}/{fd}"))
            except OSError:  # closed meanwhile
                continue
        return paths

    held = client.run(open_files)
    assert len(held) == 2 and all(held.values()), held
    assert not [p for paths in held.values() for p in paths if str(db) in p], held
    with open_store(db) as store:
        stored = list(store.analyses())
    by_id = {a.article.id: a for a in stored}
    assert _jsonl(by_id[a.id] for a in articles) == _jsonl(analyze_local(pipeline, articles))


def test_the_save_task_runs_outside_dask_too(
        options: LoadOptions, articles: list[Article], tmp_path: Path) -> None:
    """save_task in this process (no Dask worker to log to) saves as on a worker."""
    db = tmp_path / "here.db"
    assert save_task(articles[:2], options, str(db)) == [
        SavedArticle(a.id, a.origin, True) for a in articles[:2]]
    with open_store(db) as store:
        assert [a.article.id for a in store.analyses()] == [a.id for a in articles[:2]]


def _analyze(tmp_path: Path, name: str, *args: str) -> tuple[Any, Path]:
    db = tmp_path / f"{name}.db"
    result = CliRunner().invoke(cli, ["analyze", *args, "--db", str(db)])
    return result, db


def _rows(db: Path) -> tuple[dict[str, int], list[str], list[str]]:
    with open_store(db) as store:
        analyses = [json.dumps(to_record(a), ensure_ascii=False) for a in store.analyses()]
        events = sorted(json.dumps(e.__dict__, default=str) for e in store.events())
        return store.counts(), analyses, events


def test_cli_analyze_on_dask_stores_what_local_stores_and_names_bad_inputs(
        client: Any, cli_env: Path, tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "empty.txt").write_text("")
    (inputs / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    (inputs / "huge.txt").write_text("Shelling hit Idlib. " * 60_000)
    (inputs / "good.txt").write_text(GOOD)
    paths = [str(EXAMPLES), str(inputs), "--max-bytes", "5000000"]
    local, local_db = _analyze(tmp_path, "local", *paths)
    dask, dask_db = _analyze(tmp_path, "dask", *paths, "--scheduler", client.scheduler.address)
    for result in (local, dask):
        assert result.exit_code == 1, result.output
        assert "empty.txt: empty file" in result.stderr
        assert "image.txt: binary file" in result.stderr
        assert "huge.txt: analysis failed: ValueError: [E088]" in result.stderr
        assert "8 new articles stored, 0 already in the store, 3 inputs failed" in result.stdout
    assert _rows(dask_db) == _rows(local_db)
    assert _rows(dask_db)[0]["articles"] == 8


@needs_postgres
def test_cli_analyze_on_dask_into_postgresql_has_the_workers_save(
        client: Any, cli_env: Path, tmp_path: Path, postgres_url: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """With a PostgreSQL store the workers save what they analyse themselves; the store then
    holds what the local engine stores in a SQLite file, and a second run stores nothing new."""
    monkeypatch.chdir(tmp_path)
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "empty.txt").write_text("")
    (inputs / "good.txt").write_text(GOOD)
    paths = [str(EXAMPLES), str(inputs)]
    local, local_db = _analyze(tmp_path, "local", *paths)
    args = ["analyze", *paths, "--scheduler", client.scheduler.address, "--db", postgres_url]
    start = time.time()
    first = CliRunner().invoke(cli, args)
    assert local.exit_code == first.exit_code == 1, first.output
    assert "empty.txt: empty file" in first.stderr
    assert "8 new articles stored, 0 already in the store, 1 inputs failed" in first.stdout
    # the workers saved: each batch is logged by the worker that saved it
    logged = [msg for when, msg in client.get_events(SAVED_EVENT) if when >= start]
    assert sum(m["new"] for m in logged) == 8 and sum(m["failed"] for m in logged) == 0
    with open_store(local_db) as lite, open_store(postgres_url) as shared:
        assert shared.counts() == lite.counts()
        assert sorted(_jsonl(shared.analyses()).splitlines()) == \
            sorted(_jsonl(lite.analyses()).splitlines())
        assert shared.stories() == lite.stories()
    again = CliRunner().invoke(cli, args)
    assert "0 new articles stored, 8 already in the store" in again.stdout, again.output


def test_cli_extract_on_its_own_local_cluster(cli_env: Path, articles: list[Article]) -> None:
    paths = [str(EXAMPLES), str(SAMPLE)]
    local = CliRunner().invoke(cli, ["extract", *paths])
    dask = CliRunner().invoke(cli, ["extract", "--engine", "dask", "--workers", "2", *paths])
    assert local.exit_code == 0 and dask.exit_code == 0, dask.output
    assert dask.stdout_bytes == local.stdout_bytes
    ids = [json.loads(line)["article"]["id"] for line in dask.stdout.splitlines()]
    assert ids == [a.id for a in articles]


def test_an_unreachable_scheduler_is_one_clear_line(cli_env: Path, tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD)
    address = f"tcp://127.0.0.1:{_free_port()}"
    started = time.monotonic()
    result = CliRunner().invoke(cli, ["extract", "--scheduler", address, "--connect-timeout",
                                      "1", str(tmp_path / "good.txt")])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        f"error: cannot reach the Dask scheduler at {address} (waited 1 s): is `dask "
        "scheduler` running there?"]
    assert result.stdout == ""
    assert time.monotonic() - started < 30


@pytest.fixture(scope="module")
def external_scheduler(gazetteer_path: Path, pipeline: Any) -> Iterator[str]:
    """`dask scheduler` and one `dask worker` as real processes on loopback, free ports."""
    dask = str(Path(sys.executable).parent / "dask")
    address = f"tcp://127.0.0.1:{_free_port()}"
    env = {**os.environ, **_env(gazetteer_path)}
    port = address.rsplit(":", 1)[1]
    loopback = ["--no-dashboard", "--dashboard-address", "127.0.0.1:0"]  # HTTP on loopback too
    scheduler = subprocess.Popen(
        [dask, "scheduler", "--host", "127.0.0.1", "--port", port, *loopback],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    worker = subprocess.Popen(
        [dask, "worker", address, "--nworkers", "1", "--nthreads", "1", "--host", "127.0.0.1",
         *loopback], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        yield address
    finally:
        for process in (worker, scheduler):
            process.terminate()
        for process in (worker, scheduler):
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()


def test_cli_extract_through_an_external_scheduler(
        external_scheduler: str, cli_env: Path, tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD)
    paths = [str(EXAMPLES), str(tmp_path / "good.txt")]
    local = CliRunner().invoke(cli, ["extract", *paths])
    dask = CliRunner().invoke(cli, ["extract", "--scheduler", external_scheduler,
                                    "--connect-timeout", "60", *paths])
    assert dask.exit_code == 0, dask.output
    assert dask.stdout_bytes == local.stdout_bytes
    assert len(dask.stdout.splitlines()) == 8


def test_workers_without_a_local_cluster_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD)
    for args in (["--workers", "2"], ["--workers", "2", "--scheduler", "tcp://127.0.0.1:1"]):
        result = CliRunner().invoke(cli, ["extract", *args, str(tmp_path / "good.txt")])
        assert result.exit_code == 2
        assert "--workers sizes the local Dask cluster" in result.stderr


def test_a_worker_without_the_model_fails_clearly(client: Any, tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD)
    result = CliRunner().invoke(cli, ["extract", "--scheduler", client.scheduler.address,
                                      "--model", "no_such_pipeline", str(tmp_path / "good.txt")])
    assert result.exit_code == 2
    assert "spaCy pipeline 'no_such_pipeline' is not installed" in result.stderr
    assert result.stdout == ""


def _dies_on_b(batch: list[Article]) -> list[str]:
    """A task whose worker process dies (no exception, no goodbye) on the article "b"."""
    if any(a.origin == "b" for a in batch):
        os._exit(1)
    return [a.origin for a in batch]


def test_a_batch_whose_worker_keeps_dying_is_reported_and_the_rest_goes_on() -> None:
    import cloudpickle
    import dask

    from sitrep.engine import _stream

    cloudpickle.register_pickle_by_value(sys.modules[__name__])  # workers cannot import tests
    batch = [Article(text=GOOD, origin=name) for name in "abc"]
    # no rerun: the first death of the batch's worker is its last (Dask reruns it by default)
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}), \
            distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True,
                                     host="127.0.0.1", dashboard_address="127.0.0.1:0"
                                     ) as cluster, distributed.Client(cluster) as client:
        results = list(_stream(client, batch, _dies_on_b, (), batch_size=1, max_in_flight=1,
                               retries=0))
    assert results[0] == "a" and results[2] == "c"
    error = results[1]
    assert isinstance(error, InputError) and error.origin == "b"
    assert error.reason.startswith("the Dask worker analysing it died")
