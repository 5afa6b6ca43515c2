"""Print words/s of the local engine and of the Dask engine on the same articles, and the
peak memory of each engine's client process (and of the Dask workers).

    .venv/bin/python benchmarks/engine_speed.py [PATH …] [--articles 100] [--workers 2]
        [--engine both|local|dask] [--scheduler tcp://…]

Defaults to the bundled example corpus plus ../shared/samples when present, repeated to
``--articles`` articles. Each engine runs in a process of its own (so the client's peak RSS is
that engine's alone); the pipeline is loaded (on every worker, for Dask) before the clock
starts. The SHA-256 of each engine's JSONL is printed: they must be equal. Numbers only.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import resource
import subprocess
import sys
import time
from itertools import cycle, islice
from pathlib import Path

from sitrep.contract import to_record
from sitrep.engine import LoadOptions, analyze_local, analyze_on_dask, dask_client, preload
from sitrep.ingest import read_inputs
from sitrep.model import Analysis, Article

REPO = Path(__file__).resolve().parents[1]


def _articles(paths: list[str], n: int) -> list[Article]:
    read = [a for a in read_inputs(paths) if isinstance(a, Article)]
    return list(islice(cycle(read), n))


def _cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _worker_cpu_s() -> float:
    import psutil

    times = psutil.Process().cpu_times()
    return float(times.user + times.system)


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def run_one(engine: str, articles: list[Article], workers: int, scheduler: str | None,
            batch_size: int) -> dict[str, object]:
    words = sum(len(a.text.split()) for a in articles)
    digest = hashlib.sha256()
    options = LoadOptions()
    result: dict[str, object] = {"engine": engine, "articles": len(articles), "words": words}

    def consume(results: object) -> float:
        started, cpu = time.perf_counter(), _cpu_s()
        for r in results:  # type: ignore[attr-defined]
            assert isinstance(r, Analysis), r
            digest.update(json.dumps(to_record(r), ensure_ascii=False).encode() + b"\n")
        result["client_cpu_s"] = _cpu_s() - cpu
        return time.perf_counter() - started

    t0 = time.perf_counter()
    if engine == "local":
        pipeline = options.load()
        result["start_s"] = time.perf_counter() - t0
        seconds = consume(analyze_local(pipeline, articles, batch_size=batch_size))
    else:
        import psutil

        with dask_client(scheduler, workers=workers) as client:
            client.run(preload, options)
            result["start_s"] = time.perf_counter() - t0
            result["workers"] = len(client.nthreads())
            before = client.run(_worker_cpu_s)
            seconds = consume(analyze_on_dask(articles, client, options=options,
                                              batch_size=batch_size))
            after = client.run(_worker_cpu_s)
            result["workers_cpu_s"] = [round(after[w] - before[w], 1) for w in sorted(after)]
            rss = client.run(lambda: psutil.Process().memory_info().rss)
            result["worker_rss_mib"] = [round(v / 2**20) for v in rss.values()]
    result.update(seconds=seconds, words_per_s=words / seconds, client_peak_rss_mib=_peak_mib(),
                  jsonl_sha256=digest.hexdigest()[:16])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--workers", type=int, default=2, help="of the local Dask cluster")
    parser.add_argument("--scheduler", help="run the Dask engine on this scheduler instead")
    parser.add_argument("--batch-size", type=int, default=8)
    parser.add_argument("--engine", choices=["both", "local", "dask"], default="both")
    args = parser.parse_args()
    paths = args.paths or [str(REPO / "examples" / "corpus")]
    sample = REPO.parent / "shared" / "samples"
    if not args.paths and sample.is_dir():
        paths.append(str(sample))
    if args.engine != "both":
        articles = _articles(paths, args.articles)
        print(json.dumps(run_one(args.engine, articles, args.workers, args.scheduler,
                                 args.batch_size)))
        return
    rows = []
    for engine in ("local", "dask"):
        command = [sys.executable, __file__, *paths, "--articles", str(args.articles),
                   "--workers", str(args.workers), "--batch-size", str(args.batch_size),
                   "--engine", engine]
        if args.scheduler:
            command += ["--scheduler", args.scheduler]
        out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
        rows.append(json.loads(out.strip().splitlines()[-1]))
    for row in rows:
        extra = (f"; {row['workers']} workers: RSS {row['worker_rss_mib']} MiB, CPU "
                 f"{row['workers_cpu_s']} s" if row["engine"] == "dask" else "")
        print(f"{row['engine']:>5}: {row['articles']} articles, {row['words']} words in "
              f"{row['seconds']:.1f} s = {row['words_per_s']:.0f} words/s; start "
              f"{row['start_s']:.1f} s; client: peak RSS {row['client_peak_rss_mib']:.0f} MiB, "
              f"CPU {row['client_cpu_s']:.1f} s{extra}; JSONL sha256 {row['jsonl_sha256']}")
    local, dask = rows
    print(f"dask / local: {dask['words_per_s'] / local['words_per_s']:.2f}x; "
          f"same JSONL: {local['jsonl_sha256'] == dask['jsonl_sha256']}")


if __name__ == "__main__":
    main()
