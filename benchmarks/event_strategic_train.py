"""Train and cross-validate the strategic-development model (``knowledge/event_strategic.npz``).

The model (:mod:`sitrep.extract.event_strategic`) names a strategic development in a snippet
where the event rules and the vocabulary backoff find none. It is trained on sitrep's own
labelled snippets (``knowledge/event_examples.tsv``), and with ``--probes`` on the codebook probe
sentences of tests/test_event_codebook*.py too (also our own writing; those marked as known
failures are left out, so that they test the model). k-fold cross-validation
over the labelled snippets prints, at each threshold, how many of the snippets the rules leave
without an event the model names a development in, how many exactly right and how many on
snippets that tell no ACLED event (``--end-to-end``: through the whole event stage, the trigger
word, actors and codebook gate included; ``--why`` also lists each development the model names
there that dies on the way, with the reason: no realis word of the lead tells it, or the gate's,
such as no actor1 or no pact word); ``--save`` fits on every row and writes the model. Needs
scikit-learn (the ``train`` extra). Run from a checkout:

    PYTHONPATH=src python benchmarks/event_strategic_train.py --probes [--end-to-end [--why]]
        [--save PATH]
"""

from __future__ import annotations

import argparse
import pickle
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np

from sitrep.extract.event_main import main_event
from sitrep.extract.event_strategic import (
    NOT_ACLED,
    STRATEGIC,
    fit,
    lead_sentences,
    save_strategic_model,
    snippet_features,
)
from sitrep.extract.events import strategic_verdict
from sitrep.extract.taxonomy import load_taxonomy
from sitrep.knowledge import read_table
from sitrep.model import Article
from sitrep.pipeline import Pipeline, analyze_doc, event_context

THRESHOLDS = (0.5, 0.7, 0.8, 0.85, 0.9, 0.95)
Row = dict[str, Any]


def probe_rows(tests: Path) -> list[Row]:
    """The codebook probes (sitrep's own sentences) with their expected sub-types, less those
    marked as known failures: a probe the rules get wrong stays a held-out test of the model."""
    sys.path.insert(0, str(Path(__file__).parent))
    from events_subtype_cv import probe_items

    names = {t.sub_event_type for t in load_taxonomy()} | {None}
    return [{"text": text, "gold": sub or NOT_ACLED} for text, sub, marked in probe_items(tests)
            if not marked and sub in names]  # not a known failure, nor a reason string


def featurise(pipe: Pipeline, rows: list[Row]) -> list[Row]:
    """Each row with its lead's features and the rules' own reading (NOT_ACLED: no event)."""
    out = []
    arts = [Article(text=r["text"], origin="train", published=date(2023, 5, 17)) for r in rows]
    pairs = pipe.nlp.pipe(((a.text, a) for a in arts), as_tuples=True, batch_size=16)
    for row, (doc, art) in zip(rows, pairs, strict=True):
        analysis = analyze_doc(doc, article=art, gazetteer=pipe.gazetteer, actors=pipe.actors)
        main = main_event(analysis.events)
        out.append({**row, "rule": main.sub_event_type if main is not None else NOT_ACLED,
                    "feats": snippet_features(lead_sentences(doc, art.body_start))})
    return out


def cross_validate(labelled: list[Row], extra: list[Row], *, folds: int, c: float) -> None:
    found = []
    for k in range(folds):
        train = [r for i, r in enumerate(labelled) if i % folds != k] + extra
        model = fit([(r["feats"], r["gold"]) for r in train], c=c)
        for r in labelled[k::folds]:
            if r["rule"] == NOT_ACLED:
                probs = model.probabilities(r["feats"])
                event = 1.0 - float(probs[model.labels.index(NOT_ACLED)])
                probs[model.labels.index(NOT_ACLED)] = -1.0
                found.append((event, model.labels[int(np.argmax(probs))], r["gold"]))
    print(f"{len(labelled)} labelled snippets, {len(extra)} probes; {len(found)} with no rule "
          f"event, {sum(g != NOT_ACLED for _, _, g in found)} of them telling an ACLED event, "
          f"{sum(g in STRATEGIC for _, _, g in found)} a strategic development")
    for th in THRESHOLDS:
        named = [(b, g) for p, b, g in found if p >= th and b in STRATEGIC]
        print(f"P >= {th}: names {len(named)}, {sum(b == g for b, g in named)} exactly right, "
              f"{sum(g == NOT_ACLED for _, g in named)} on non-events")


def end_to_end(pipe: Pipeline, labelled: list[Row], extra: list[Row], *, folds: int, c: float,
               threshold: float, why: bool = False) -> None:
    """The same folds through the whole event stage (trigger word, actors, codebook gate): of
    the snippets without a rule event, how many get a development, how many exactly right.
    With ``why``, each development the model names that dies on the way, and why."""
    named = right = wrong_none = 0
    reasons: list[tuple[str, str, str]] = []  # (why it died, gold, snippet)
    for k in range(folds):
        train = [r for i, r in enumerate(labelled) if i % folds != k] + extra
        model = replace(fit([(r["feats"], r["gold"]) for r in train], c=c), threshold=threshold)
        test = [r for r in labelled[k::folds] if r["rule"] == NOT_ACLED]
        arts = [Article(text=r["text"], origin="cv", published=date(2023, 5, 17)) for r in test]
        pairs = pipe.nlp.pipe(((a.text, a) for a in arts), as_tuples=True, batch_size=16)
        for row, (doc, art) in zip(test, pairs, strict=True):
            main = main_event(analyze_doc(doc, article=art, gazetteer=pipe.gazetteer,
                                          actors=pipe.actors, strategic_model=model).events)
            if main is not None:
                named += 1
                right += main.sub_event_type == row["gold"]
                wrong_none += row["gold"] == NOT_ACLED
            elif why:
                ctx = event_context(doc, article=art, gazetteer=pipe.gazetteer,
                                    actors=pipe.actors, strategic_model=model)
                reason = strategic_verdict(ctx, doc, model)[1]
                if reason is not None:
                    reasons.append((reason, row["gold"], row["text"]))
    print(f"whole stage at P >= {threshold}: names {named}, {right} exactly right, "
          f"{wrong_none} on non-events")
    if why:
        print(f"{len(reasons)} namings die on the way (named sub-type: why | gold | snippet):")
        for reason, gold, text in sorted(reasons):
            print(f"  {reason} | {gold} | {' '.join(text.split())[:110]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--probes", action="store_true", help="train on the codebook probes too")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--c", type=float, default=1.0)
    ap.add_argument("--threshold", type=float, default=0.9, help="the saved model's threshold")
    ap.add_argument("--save", default="", help="fit on every row and write the model here")
    ap.add_argument("--cache", default="", help="pickle of the featurised rows (scratch)")
    ap.add_argument("--end-to-end", action="store_true",
                    help="also run the folds through the whole event stage (gate included)")
    ap.add_argument("--why", action="store_true",
                    help="with --end-to-end: list each naming that dies on the way, and why")
    args = ap.parse_args()
    loaded = Pipeline.load()
    pipe = Pipeline(nlp=loaded.nlp, gazetteer=loaded.gazetteer, actors=loaded.actors)
    if args.cache and Path(args.cache).exists():
        with open(args.cache, "rb") as fh:
            labelled, extra = pickle.load(fh)
    else:
        labelled = featurise(pipe, [{"text": r["text"], "gold": r["sub_event_type"]}
                                    for r in read_table("event_examples.tsv")])
        extra = featurise(pipe, probe_rows(Path("tests")))
        if args.cache:
            with open(args.cache, "wb") as fh:
                pickle.dump((labelled, extra), fh)
    extra = extra if args.probes else []
    cross_validate(labelled, extra, folds=args.folds, c=args.c)
    if args.end_to_end:
        end_to_end(pipe, labelled, extra, folds=args.folds, c=args.c, threshold=args.threshold,
                   why=args.why)
    elif args.why:
        ap.error("--why lists what dies in the whole event stage: give --end-to-end too")
    if args.save:
        model = fit([(r["feats"], r["gold"]) for r in labelled + extra], c=args.c)
        save_strategic_model(replace(model, threshold=args.threshold), Path(args.save))
        right = sum(model.labels[int(np.argmax(model.probabilities(r["feats"])))] == r["gold"]
                    for r in labelled)
        print(f"saved {args.save}: {len(model.labels)} labels, training accuracy "
              f"{right}/{len(labelled)}")


if __name__ == "__main__":
    main()
