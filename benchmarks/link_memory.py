"""Print the peak memory and seconds of the link step and of ``analyze``'s tail on a big store.

    .venv/bin/python benchmarks/link_memory.py [--sizes 1000 5000 20000] [--db postgresql://…]
                                               [--modes listed streamed]

The bundled example corpus is analysed once by the real pipeline; copies of its analyses are
then saved into one store (a new SQLite file in a temporary folder, or a new database on the
PostgreSQL server at ``--db``: its role must be allowed to create databases) until it holds
each size in turn. Every copy has its own article, event and claim ids, its dates moved on by
three weeks per 40 copies and its places moved by 0.6° (about 60 km) per copy within those 40,
so its stories are the corpus's stories told again elsewhere and later, not merged into one.

Each step runs in a fresh process, which prints its peak RSS (``VmHWM``) and seconds:

- ``link``: the stories of the whole store;
- ``tail``: what ``sitrep analyze`` does after saving: link, ``replace_stories``, write the
  HTML report.

Two ways are measured: ``listed``, every analysis read into one list first (what ``analyze``
did before the store was linked as a stream), and ``streamed``, the store's analyses streamed
once through :func:`sitrep.link.link_stories` and
:meth:`sitrep.outputs.html_report.Report.passing` (the link step alone: ``link_stories``), as
``analyze`` does now
(absent from older code: skipped there). The stories of every step are compared (a hash of
them). Numbers only, no assertions.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import ExitStack
from datetime import date, timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
COPIES_PER_ROUND = 40  # copies moved in place before the dates move on
DAYS_PER_ROUND = 21
DEGREES = 0.6


def _moved(value: Any, days: int, dlat: float, dlon: float) -> Any:
    """A contract record with every date moved ``days`` on and every lat/lon moved."""
    if isinstance(value, list):
        return [_moved(v, days, dlat, dlon) for v in value]
    if not isinstance(value, dict):
        return value
    out = {}
    for key, v in value.items():
        if key in ("date", "published") and isinstance(v, str):
            v = (date.fromisoformat(v) + timedelta(days=days)).isoformat()
        elif key == "lat" and isinstance(v, (int, float)):
            v = max(-89.0, min(89.0, v + dlat))
        elif key == "lon" and isinstance(v, (int, float)):
            v = (v + dlon + 180.0) % 360.0 - 180.0
        else:
            v = _moved(v, days, dlat, dlon)
        out[key] = v
    return out


def copies(records: list[str], start: int, stop: int) -> Iterator[Any]:
    """Copies ``start`` .. ``stop - 1`` of the analysed corpus (``records``: contract JSON)."""
    from sitrep.contract import from_record

    for k in range(start, stop):
        days = (k // COPIES_PER_ROUND) * DAYS_PER_ROUND
        slot = k % COPIES_PER_ROUND
        dlat, dlon = (slot // 8) * DEGREES, (slot % 8) * DEGREES
        for text, ids in records_ids(records):
            copy = text
            for old in ids:
                copy = copy.replace(f'"{old}"', f'"{old}-{k}"')
            yield from_record(_moved(json.loads(copy), days, dlat, dlon))


_IDS: dict[str, list[str]] = {}


def records_ids(records: list[str]) -> Iterator[tuple[str, list[str]]]:
    for text in records:
        if text not in _IDS:
            rec = json.loads(text)
            _IDS[text] = [rec["article"]["id"], *(e["id"] for e in rec.get("events", ())),
                          *(c["id"] for c in rec.get("claims", ()))]
        yield text, _IDS[text]


def analysed_corpus() -> list[str]:
    from sitrep.contract import to_record
    from sitrep.ingest import read_inputs
    from sitrep.model import Article
    from sitrep.pipeline import Pipeline

    articles = [a for a in read_inputs([REPO / "examples" / "corpus"]) if isinstance(a, Article)]
    analyses = list(Pipeline.load().analyze_many(articles))
    return [json.dumps(to_record(a), ensure_ascii=False) for a in analyses]


def peak_mb() -> float:
    """This process's peak resident memory so far, in MiB (``VmHWM``: unlike ``ru_maxrss``,
    not inherited from the process that started this one)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise SystemExit("no VmHWM in /proc/self/status: this benchmark needs Linux")


def step(mode: str, what: str, location: str, folder: str) -> None:
    """One measured step, run in its own process: prints one JSON line."""
    from sitrep.link import link_stories
    from sitrep.store import open_store

    base = peak_mb()
    report_path = Path(folder) / f"report-{mode}.html"
    with open_store(location) as store:
        start = time.perf_counter()
        if mode == "listed":
            from sitrep.outputs.html_report import render_report

            analyses = list(store.analyses())
            stories = link_stories(analyses)
            if what == "tail":
                store.replace_stories(stories)
                report_path.write_text(render_report(analyses, stories), encoding="utf-8")
        elif what == "link":
            stories = link_stories(store.analyses())
        else:  # as analyze does: one read of the store links it and reports it
            from sitrep.outputs.html_report import Report

            with Report() as report:
                stories = link_stories(report.passing(store.analyses()))
                store.replace_stories(stories)
                with report_path.open("w", encoding="utf-8") as stream:
                    report.write(stream, stories)
        seconds = time.perf_counter() - start
    peak = peak_mb()
    digest = hash(tuple(stories))  # the same in every step's process: PYTHONHASHSEED=0
    print(json.dumps({"seconds": seconds, "peak_mb": peak, "base_mb": base,
                      "stories": len(stories), "digest": digest,
                      "report_mb": report_path.stat().st_size / 2**20 if what == "tail" else None}))


def run_step(mode: str, what: str, location: str, folder: str) -> dict[str, Any] | None:
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    done = subprocess.run([sys.executable, __file__, "--step", mode, what, location, folder],
                          capture_output=True, text=True, env=env)
    if done.returncode:
        if ("ImportError" in done.stderr or "AttributeError" in done.stderr) and (
                "Report" in done.stderr or "passing" in done.stderr):
            return None  # older code: no streamed way
        sys.exit(f"{mode} {what} failed:\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    parser.add_argument("--db", help="a PostgreSQL server URL whose role may create databases")
    parser.add_argument("--modes", nargs="+", default=["listed", "streamed"],
                        choices=["listed", "streamed"])
    parser.add_argument("--step", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.step:
        step(*args.step)
        return
    from sitrep.store import open_store

    records = analysed_corpus()
    print(f"corpus: {len(records)} analysed articles; copies until the store holds each size",
          flush=True)
    with ExitStack() as stack:
        folder = stack.enter_context(tempfile.TemporaryDirectory())
        if args.db:
            sys.path.insert(0, str(REPO / "tests"))
            from postgres_server import fresh_database

            location = stack.enter_context(fresh_database(args.db, "sitrep_linkmem"))
        else:
            location = str(Path(folder) / "store.db")
        made = 0
        for size in args.sizes:
            with open_store(location) as store:
                held = store.counts()["articles"]
                while held < size:
                    for analysis in copies(records, made, made + 1):
                        if held < size:
                            held += store.save(analysis)
                    made += 1
                counts = store.counts()
            print(f"{held} articles, {counts['event mentions']} event mentions,"
                  f" {counts['claims']} claims", flush=True)
            digests = set()
            for mode in args.modes:
                for what in ("link", "tail"):
                    r = run_step(mode, what, location, folder)
                    if r is None:
                        print(f"  {mode:8} {what:4}: not in this code")
                        continue
                    extra = (f"  report {r['report_mb']:.1f} MB" if what == "tail"
                             else f"  {r['stories']} stories")
                    print(f"  {mode:8} {what:4}: {r['seconds']:7.2f} s  peak RSS"
                          f" {r['peak_mb']:7.1f} MB (after imports {r['base_mb']:.1f} MB){extra}",
                          flush=True)
                    digests.add(r["digest"])
            if len(digests) > 1:
                print("  DIFFERENT stories between the steps", flush=True)
            elif digests:
                print(f"  same stories in every step ({len(digests)} digest)", flush=True)


if __name__ == "__main__":
    main()
