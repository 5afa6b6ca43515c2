"""How well the loaded-terms lexicon agrees with the PTC training spans.

Runs :func:`sitrep.extract.flags.extract_flags` over the articles of the Propaganda Techniques
Corpus training set (../shared/data/propaganda/ptc-train) and compares the flags of kind
``loaded_language`` and ``name_calling`` with the gold spans of Loaded_Language and
Name_Calling,Labeling. A flag counts as correct when it overlaps a gold span by at least one
character (partial overlap); a gold span counts as found when a flag overlaps it.

PTC annotates opinion articles, mostly US politics, and its annotators mark a technique only
where they judged it persuasive, so a low precision here is expected for conflict vocabulary
("regime", "terrorist"): the figures are a check on the lexicon, not an evaluation gate. It
prints numbers and per-term counts; it asserts nothing.

    .venv/bin/python benchmarks/flags_ptc_check.py [--limit N] [--top K]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from sitrep.extract.flags import extract_flags
from sitrep.model import Article
from sitrep.nlp import load_pipeline

PTC = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "propaganda" / "ptc-train"
GOLD_TECHNIQUES = {"Loaded_Language", "Name_Calling,Labeling"}
FLAG_KINDS = {"loaded_language", "name_calling"}

Gold = dict[str, list[tuple[str, int, int]]]


def read_gold(root: Path) -> Gold:
    """Technique spans by article id, from the task-2 labels file."""
    gold: Gold = defaultdict(list)
    with (root / "train-task2-TC.labels").open(encoding="utf-8") as lines:
        for line in lines:
            article_id, technique, start, end = line.rstrip("\n").split("\t")
            gold[article_id].append((technique, int(start), int(end)))
    return gold


def overlaps(start: int, end: int, spans: list[tuple[str, int, int]]) -> bool:
    return any(s < end and start < e for _, s, e in spans)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    parser.add_argument("--top", type=int, default=25, help="terms to list (most frequent)")
    options = parser.parse_args()
    if not PTC.is_dir():
        print(f"PTC training data not found at {PTC}", file=sys.stderr)
        return 1

    gold = read_gold(PTC)
    paths = sorted((PTC / "articles").glob("article*.txt"))
    if options.limit:
        paths = paths[: options.limit]
    nlp = load_pipeline()
    texts = [p.read_text(encoding="utf-8") for p in paths]

    flagged = correct = correct_any = gold_total = gold_found = 0
    by_term: Counter[str] = Counter()
    term_correct: Counter[str] = Counter()
    started = time.perf_counter()
    for path, text, doc in zip(paths, texts, nlp.pipe(texts, batch_size=16), strict=True):
        article_id = path.stem.removeprefix("article")
        article = Article(text=text, origin=path.name)
        flags = [f for f in extract_flags(doc, article=article) if f.kind in FLAG_KINDS]
        spans = gold.get(article_id, [])
        target = [g for g in spans if g[0] in GOLD_TECHNIQUES]
        for flag in flags:
            flagged += 1
            by_term[flag.term] += 1
            if overlaps(flag.span.start, flag.span.end, target):
                correct += 1
                term_correct[flag.term] += 1
            if overlaps(flag.span.start, flag.span.end, spans):
                correct_any += 1
        gold_total += len(target)
        gold_found += sum(
            1 for _, s, e in target if any(f.span.start < e and s < f.span.end for f in flags)
        )
    seconds = time.perf_counter() - started

    def ratio(a: int, b: int) -> float:
        return a / b if b else 0.0

    precision, recall = ratio(correct, flagged), ratio(gold_found, gold_total)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"PTC train: {len(paths)} articles, {seconds:.1f} s")
    print(f"gold Loaded_Language + Name_Calling,Labeling spans: {gold_total}")
    print(f"flags (loaded_language, name_calling): {flagged}")
    print(f"precision (overlaps an LL/NC span):   {precision:.3f}")
    print(f"precision (overlaps any technique):   {ratio(correct_any, flagged):.3f}")
    print(f"recall (LL/NC spans overlapped):      {recall:.3f}")
    print(f"F1:                                   {f1:.3f}")
    print(f"\n{'term':28} {'flags':>6} {'in LL/NC':>9}")
    for term, count in by_term.most_common(options.top):
        print(f"{term:28} {count:6d} {term_correct[term]:9d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
