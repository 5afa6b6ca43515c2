"""Print the seconds, megabytes of JSON and peak memory of the web UI's `/api/board` on big stores.

    .venv/bin/python benchmarks/board_speed.py [--sizes 1000 5000 20000] [--folder DIR]

The example corpus is analysed once by the real pipeline and copies of its analyses are saved
into one SQLite store until it holds each size in turn (as ``benchmarks/link_memory.py`` makes
them: dates moved on by three weeks per 40 copies, places moved per copy; no stories are linked).
``--folder`` keeps that store for the next run (a store already holding a size is not refilled).

At each size, each way runs in a fresh process, which prints its seconds, the JSON's size and its
peak RSS (``VmHWM``, server and client in one process):

- ``default``: ``GET /api/board`` of a real server, no query (the newest 1,000 articles);
- ``limit=5000``: ``GET /api/board?limit=5000``, the most the API sends at once;
- ``whole``: what ``/api/board`` did before it took a window: the board of every analysis of
  the store, as JSON.

Numbers only, no assertions.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from link_memory import analysed_corpus, copies, peak_mb  # noqa: E402 (a sibling script)

WAYS = {"default": "", "limit=5000": "?limit=5000", "whole": None}


def step(way: str, location: str) -> None:
    """One measured way, in its own process: prints one JSON line."""
    from sitrep.store import open_store
    from sitrep.web import board, make_server

    base = peak_mb()
    query = WAYS[way]
    start = time.perf_counter()
    if query is None:
        with open_store(location) as store:
            data = json.dumps(board(store.analyses(), store.stories()),
                              ensure_ascii=False).encode("utf-8")
        shown = json.loads(data)["articles"]
        window = {"shown": len(shown), "articles": len(shown)}
    else:
        server = make_server(location, port=0)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        host, port = server.server_address[:2]
        start = time.perf_counter()
        with urllib.request.urlopen(f"http://{host}:{port}/api/board{query}",
                                    timeout=3600) as response:
            data = response.read()
        server.shutdown()
        server.server_close()
        window = json.loads(data)["window"]
    seconds = time.perf_counter() - start
    print(json.dumps({"seconds": seconds, "json_mb": len(data) / 2**20, "peak_mb": peak_mb(),
                      "base_mb": base, "shown": window["shown"], "of": window["articles"]}))


def run_step(way: str, location: str) -> dict[str, Any]:
    done = subprocess.run([sys.executable, __file__, "--step", way, location],
                          capture_output=True, text=True)
    if done.returncode:
        sys.exit(f"{way} failed:\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    parser.add_argument("--folder", type=Path, help="keep the store here for the next run")
    parser.add_argument("--ways", nargs="+", default=list(WAYS), choices=list(WAYS))
    parser.add_argument("--step", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.step:
        step(*args.step)
        return
    from sitrep.store import open_store

    with tempfile.TemporaryDirectory() as scratch:
        folder = args.folder or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        location = str(folder / "board-store.db")
        records: list[str] = []
        for size in sorted(args.sizes):
            with open_store(location) as store:
                held = store.counts()["articles"]
                if held < size and not records:
                    records = analysed_corpus()
                made = -(-held // max(len(records), 1)) if records else 0
                while held < size:
                    for analysis in copies(records, made, made + 1):
                        if held < size:
                            held += store.save(analysis)
                    made += 1
                counts = store.counts()
            print(f"{counts['articles']} articles, {counts['events']} events,"
                  f" {counts['claims']} claims", flush=True)
            for way in args.ways:
                r = run_step(way, location)
                print(f"  {way:10}: {r['seconds']:7.2f} s  {r['json_mb']:7.1f} MB of JSON  peak RSS"
                      f" {r['peak_mb']:7.1f} MB (after imports {r['base_mb']:.1f} MB)"
                      f"  {r['shown']} of {r['of']} articles", flush=True)


if __name__ == "__main__":
    main()
