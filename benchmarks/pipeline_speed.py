"""Print words/s of the spaCy parse, of each extraction stage and of the whole pipeline.

    .venv/bin/python benchmarks/pipeline_speed.py [PATH …] [--case CASE.tsv] [--repeat N]

Defaults to the bundled example corpus plus ../shared/samples when present. Numbers only, no
assertions: run it before and after a change to a stage.
"""

from __future__ import annotations

import argparse
import resource
import time
from collections import defaultdict
from pathlib import Path

from sitrep.evaluate.events import read_case
from sitrep.evaluate.places import read_lgl
from sitrep.extract.claims import extract_claims
from sitrep.extract.dates import extract_dates
from sitrep.extract.events import EventContext, extract_events
from sitrep.extract.flags import extract_flags
from sitrep.extract.places import extract_places
from sitrep.ingest import read_inputs
from sitrep.model import Article
from sitrep.pipeline import Pipeline, _home_country

REPO = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--case", help="also time the snippets of a CASE 2021 task 2 TSV "
                                       "(event-dense text)")
    parser.add_argument("--lgl", help="also time the articles of the LGL corpus (lgl.xml: "
                                      "local news dense with places)")
    args = parser.parse_args()
    paths = args.paths or [str(REPO / "examples" / "corpus")]
    sample = REPO.parent / "shared" / "samples"
    if not args.paths and sample.is_dir():
        paths.append(str(sample))
    articles = [a for a in read_inputs(paths) if isinstance(a, Article)]
    if args.case:
        articles += [Article(text=r.text, origin=f"case:{r.id}")
                     for r in read_case(Path(args.case))]
    if args.lgl:
        articles += [Article(text=a.text, origin=f"lgl:{a.id}") for a in read_lgl(Path(args.lgl))]
    articles *= args.repeat
    words = sum(len(a.text.split()) for a in articles)

    t0 = time.perf_counter()
    pipeline = Pipeline.load()
    print(f"load (spaCy + gazetteer + actors): {time.perf_counter() - t0:.2f} s")

    t0 = time.perf_counter()
    docs = list(pipeline.nlp.pipe([a.text for a in articles], batch_size=8))
    parse = time.perf_counter() - t0

    stages: dict[str, float] = defaultdict(float)

    def timed(name: str, fn, *a, **kw):  # type: ignore[no-untyped-def]
        start = time.perf_counter()
        result = fn(*a, **kw)
        stages[name] += time.perf_counter() - start
        return result

    for doc, article in zip(docs, articles, strict=True):
        places = timed("places", extract_places, doc, article=article,
                       gazetteer=pipeline.gazetteer)
        dates = timed("dates", extract_dates, doc, article=article)
        country = _home_country(places)
        mentions = timed("actors", pipeline.actors.find_mentions, doc, article=article,
                         country=country, localise=True)
        claims = timed("claims", extract_claims, doc, article=article)
        flags = timed("flags", extract_flags, doc, article=article, model=pipeline.flag_model)
        ctx = EventContext(article=article, actors=mentions, claims=claims, toponyms=places,
                           dates=dates, flags=flags, dictionary=pipeline.actors,
                           strategic=pipeline.strategic_model,
                           home_forces=pipeline.actors.actor_for_country(country)
                           if country else None)
        timed("events", extract_events, doc, context=ctx)

    t0 = time.perf_counter()
    for _ in pipeline.analyze_many(articles):
        pass
    total = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux

    print(f"{len(articles)} articles, {words} words")
    print(f"{'spaCy parse':16} {words / parse:9.0f} words/s  ({parse:.2f} s)")
    for name, seconds in stages.items():
        print(f"{name:16} {words / seconds:9.0f} words/s  ({seconds:.2f} s, "
              f"{100 * seconds / parse:.0f}% of parse time)")
    print(f"{'whole pipeline':16} {words / total:9.0f} words/s  ({total:.2f} s; "
          f"peak resident memory {peak:.0f} MiB)")


if __name__ == "__main__":
    main()
