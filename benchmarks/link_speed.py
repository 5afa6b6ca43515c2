"""Print the link stage's time on synthetic events: blocked (as shipped) and every pair.

    .venv/bin/python benchmarks/link_speed.py [--sizes 2000 5000 20000 100000]
                                              [--every-pair-up-to 5000] [--dated-by-article 0.3]

Events are one per article, spread over a country-sized box (Syria's), one year and the six
ACLED event types, a quarter of them at 40 shared town names so that stories form; a share of
them (``--dated-by-article``) are reports that name no day, dated by their article's publication
to the week, which join the day-dated event they fit best. The every-
pair comparison (the link stage before blocking) is timed up to ``--every-pair-up-to`` events
only: it grows with the square of the store. Numbers only, no assertions.
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Iterator
from datetime import date, timedelta

from sitrep import link
from sitrep.link import link_stories
from sitrep.model import Analysis, Article, Event, Location, Place, Span

TYPES = ("Battles", "Explosions/Remote violence", "Violence against civilians", "Protests",
         "Riots", "Strategic developments")
S = Span(0, 4, "text")


def synthetic(n: int, seed: int = 1, dated_by_article: float = 0.3) -> list[Analysis]:
    rng = random.Random(seed)
    towns = [(rng.uniform(32.3, 37.3), rng.uniform(35.7, 42.4)) for _ in range(40)]
    out = []
    for i in range(n):
        lat, lon = rng.choice(towns) if rng.random() < 0.25 else (
            rng.uniform(32.3, 37.3), rng.uniform(35.7, 42.4))
        day = date(2024, 1, 1) + timedelta(days=rng.randrange(366))
        published = day + timedelta(days=1)
        no_day = rng.random() < dated_by_article
        event = Event(id=f"e{i}", event_type=rng.choice(TYPES), sub_event_type="x", trigger=S,
                      sentence=S, actor1=None, actor2=None,
                      location=Location(Place(f"p{i}", lat, lon), 1),
                      date=published if no_day else day, time_precision=2 if no_day else 1)
        article = Article(text="text", origin=f"a{i}", outlet=f"outlet{i % 30}",
                          published=published)
        out.append(Analysis(article=article, events=(event,)))
    return out


def every_pair(members: list[object], **_: object) -> Iterator[tuple[int, int]]:
    """What the link stage compared before blocking: every pair of events."""
    n = len(members)
    for i in range(n):
        for j in range(i + 1, n):
            yield i, j


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 5000, 20000, 100000])
    parser.add_argument("--every-pair-up-to", type=int, default=5000)
    parser.add_argument("--dated-by-article", type=float, default=0.3,
                        help="share of events that name no day (dated by their article)")
    args = parser.parse_args()
    blocked = link.candidate_pairs
    for n in args.sizes:
        analyses = synthetic(n, dated_by_article=args.dated_by_article)
        t0 = time.perf_counter()
        stories = link_stories(analyses)
        took = time.perf_counter() - t0
        line = f"{n:>7} events  blocked {took:8.2f} s  {len(stories):>7} stories"
        if n <= args.every_pair_up_to:
            link.candidate_pairs = every_pair  # type: ignore[assignment]
            try:
                t0 = time.perf_counter()
                same = link_stories(analyses)
                line += f"  every pair {time.perf_counter() - t0:8.2f} s"
                line += "  same stories" if same == stories else "  DIFFERENT stories"
            finally:
                link.candidate_pairs = blocked
        print(line, flush=True)


if __name__ == "__main__":
    main()
