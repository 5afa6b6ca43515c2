"""Print how fast the store saves and lists, on SQLite and on PostgreSQL, the same analyses.

    .venv/bin/python benchmarks/store_speed.py [--copies 100] [--postgres URL] [--queries 50]

The bundled example corpus is analysed once by the real pipeline; its analyses are then saved
``--copies`` times, each copy with its own article, event and claim ids, into a new SQLite file
and into a new database on the PostgreSQL server at ``--postgres`` (default
``$SITREP_TEST_POSTGRES``; its role must be allowed to create databases: .ci/postgres makes
one). Printed per backend: articles/s and rows/s saved (rows: articles, events, claims,
toponyms, flags and dates), a re-save of everything (each a no-op), and the median latency of
filtered ``events`` listings. Numbers only, no assertions.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from sitrep.contract import from_record, to_record
from sitrep.ingest import read_inputs
from sitrep.model import Analysis, Article
from sitrep.pipeline import Pipeline
from sitrep.store import Store, open_store

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


@contextmanager
def postgres_database(server: str) -> Iterator[str]:
    import psycopg

    name = f"sitrep_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield urlsplit(server)._replace(path=f"/{name}").geturl()
    finally:
        with psycopg.connect(server, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def median_ms(call: Callable[[], Any], repeat: int) -> tuple[float, int]:
    times, found = [], 0
    for _ in range(repeat):
        start = time.perf_counter()
        found = len(call())
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), found


def measure(name: str, store: Store, analyses: list[Analysis], repeat: int) -> None:
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
    listings: dict[str, Callable[[], Any]] = {
        "events type+since, limit 100": lambda: store.events(
            event_type="Battles", since=date(2024, 1, 1), limit=100),
        "events outlet+status, all": lambda: store.events(outlet="Levant Wire",
                                                          status="reported", limit=None),
        "events search 'killed', limit 100": lambda: store.events(search="killed", limit=100),
        "claims search+stance, all": lambda: store.claims(search="army", stance="asserts",
                                                           limit=None),
    }
    for what, call in listings.items():
        ms, found = median_ms(call, repeat)
        print(f"{name:10} {what}: {ms:.1f} ms median ({found} rows)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=100)
    parser.add_argument("--postgres", default=os.environ.get("SITREP_TEST_POSTGRES"),
                        help="a server URL whose role may create databases")
    parser.add_argument("--queries", type=int, default=50, help="repeats of each listing")
    args = parser.parse_args()

    pipeline = Pipeline.load()
    articles = [a for a in read_inputs([REPO / "examples" / "corpus"]) if isinstance(a, Article)]
    analyses = copies(list(pipeline.analyze_many(articles)), args.copies)
    print(f"{len(analyses)} analysed articles ({len(articles)} x {args.copies} copies)")
    with tempfile.TemporaryDirectory() as folder, open_store(Path(folder) / "s.db") as store:
        measure("SQLite", store, analyses, args.queries)
    if not args.postgres:
        print("PostgreSQL: skipped (no --postgres URL and no $SITREP_TEST_POSTGRES)")
        return
    with postgres_database(args.postgres) as url, open_store(url) as store:
        measure("PostgreSQL", store, analyses, args.queries)


if __name__ == "__main__":
    main()
