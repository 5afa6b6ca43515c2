"""Print how fast the store saves and lists, on SQLite and on PostgreSQL, the same analyses.

    .venv/bin/python benchmarks/store_speed.py [--copies 100] [--postgres URL] [--queries 50]
                                               [--processes 2]

The bundled example corpus is analysed once by the real pipeline; its analyses are then saved
``--copies`` times, each copy with its own article, event and claim ids, into a new SQLite file
and into a new database on the PostgreSQL server at ``--postgres`` (default
``$SITREP_TEST_POSTGRES``; its role must be allowed to create databases: .ci/postgres makes
one). Printed per backend: articles/s and rows/s saved (rows: articles, events, claims,
toponyms, flags and dates), a re-save of everything (each a no-op), and the median latency of
filtered listings (after ANALYZE); then ``--processes`` writers saving disjoint shares of the same
analyses at once into another new store of each kind (0: skip). Numbers only, no assertions.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import closing
from datetime import date
from pathlib import Path
from typing import Any

from sitrep.contract import from_record, to_record
from sitrep.ingest import read_inputs
from sitrep.model import Analysis, Article
from sitrep.pipeline import Pipeline
from sitrep.store import Store, is_postgres_url, open_store

REPO = Path(__file__).resolve().parents[1]


def copies(analyses: list[Analysis], n: int) -> list[Analysis]:
    """``n`` copies of the analyses whose ids (article, events, claims) differ per copy."""
    out = []
    for analysis in analyses:
        ids = [analysis.article.id, *(e.id for e in analysis.events),
               *(c.id for c in analysis.claims)]
        text = json.dumps(to_record(analysis), ensure_ascii=False)
        for k in range(n):
            copy = text
            for old in ids:
                copy = copy.replace(f'"{old}"', f'"{old}-{k}"')
            out.append(from_record(json.loads(copy)))
    return out


def median_ms(call: Callable[[], Any], repeat: int) -> tuple[float, int]:
    times, found = [], 0
    for _ in range(repeat):
        start = time.perf_counter()
        found = len(call())
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), found


def analyze_tables(location: str) -> None:
    """Refresh the planner's statistics, as PostgreSQL's autovacuum (and SQLite's ANALYZE) do
    some time after a bulk load: without them, PostgreSQL planned the type+since listing
    badly (11 ms rather than 3 ms on 700 articles)."""
    if is_postgres_url(location):
        import psycopg

        with psycopg.connect(location, autocommit=True) as conn:
            conn.execute("ANALYZE")
    else:
        import sqlite3

        with closing(sqlite3.connect(location)) as conn:
            conn.execute("ANALYZE")


def measure(name: str, location: str, analyses: list[Analysis], repeat: int) -> None:
    with open_store(location) as store:
        save(name, store, analyses)
    analyze_tables(location)
    with open_store(location) as store:
        listings(name, store, repeat)


def save(name: str, store: Store, analyses: list[Analysis]) -> None:
    start = time.perf_counter()
    saved = sum(store.save(a) for a in analyses)
    seconds = time.perf_counter() - start
    counts = store.counts()
    rows = sum(counts[k] for k in ("articles", "event mentions", "claims", "toponyms", "flags",
                                   "dates"))
    print(f"{name:10} saved {saved} articles, {rows} rows in {seconds:.2f} s:"
          f" {saved / seconds:.0f} articles/s, {rows / seconds:.0f} rows/s")
    start = time.perf_counter()
    again = sum(store.save(a) for a in analyses)
    rate = len(analyses) / (time.perf_counter() - start)
    print(f"{name:10} re-saved them ({again} stored again): {rate:.0f} articles/s")


def listings(name: str, store: Store, repeat: int) -> None:
    queries: dict[str, Callable[[], Any]] = {
        "events type+since, limit 100": lambda: store.events(
            event_type="Battles", since=date(2024, 1, 1), limit=100),
        "events outlet+status, all": lambda: store.events(outlet="Levant Wire",
                                                          status="reported", limit=None),
        "events search 'killed', limit 100": lambda: store.events(search="killed", limit=100),
        "claims search+stance, all": lambda: store.claims(search="army", stance="asserts",
                                                           limit=None),
    }
    for what, call in queries.items():
        ms, found = median_ms(call, repeat)
        print(f"{name:10} {what}: {ms:.1f} ms median ({found} rows)")


def _save_share(location: str, records: list[str], start: Any) -> None:
    with open_store(location) as store:
        start.wait()
        for record in records:
            store.save(from_record(json.loads(record)))


def measure_writers(name: str, location: str, analyses: list[Analysis], processes: int) -> None:
    """``processes`` writers, each saving every ``processes``-th analysis, started together."""
    records = [json.dumps(to_record(a)) for a in analyses]
    spawn = multiprocessing.get_context("spawn")
    start = spawn.Barrier(processes + 1)
    writers = [spawn.Process(target=_save_share, args=(location, records[i::processes], start))
               for i in range(processes)]
    for w in writers:
        w.start()
    start.wait()
    began = time.perf_counter()
    for w in writers:
        w.join()
    seconds = time.perf_counter() - began
    with open_store(location) as store:
        stored = store.counts()["articles"]
    print(f"{name:10} {processes} writers at once: {stored} articles in {seconds:.2f} s,"
          f" {stored / seconds:.0f} articles/s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=100)
    parser.add_argument("--postgres", default=os.environ.get("SITREP_TEST_POSTGRES"),
                        help="a server URL whose role may create databases")
    parser.add_argument("--queries", type=int, default=50, help="repeats of each listing")
    parser.add_argument("--processes", type=int, default=2, help="concurrent writers (0: skip)")
    args = parser.parse_args()

    pipeline = Pipeline.load()
    articles = [a for a in read_inputs([REPO / "examples" / "corpus"]) if isinstance(a, Article)]
    analyses = copies(list(pipeline.analyze_many(articles)), args.copies)
    print(f"{len(analyses)} analysed articles ({len(articles)} x {args.copies} copies)")
    with tempfile.TemporaryDirectory() as folder:
        measure("SQLite", str(Path(folder) / "s.db"), analyses, args.queries)
        if args.processes:
            measure_writers("SQLite", str(Path(folder) / "w.db"), analyses, args.processes)
    if not args.postgres:
        print("PostgreSQL: skipped (no --postgres URL and no $SITREP_TEST_POSTGRES)")
        return
    sys.path.insert(0, str(REPO / "tests"))
    from postgres_server import fresh_database

    with fresh_database(args.postgres, "sitrep_bench") as url:
        measure("PostgreSQL", url, analyses, args.queries)
    if args.processes:
        with fresh_database(args.postgres, "sitrep_bench") as url:
            measure_writers("PostgreSQL", url, analyses, args.processes)


if __name__ == "__main__":
    main()
