"""Calibrate which model flags the report shows: ``knowledge/flag_shown.tsv`` (issue 5).

Runs the flag cross-validation of ``sitrep eval flags`` (5 folds by ``fold_of``; every model
flag is predicted by a model not trained on its article), and for each technique fits a
logistic regression of "the flag touches a PTC gold span" on the flag's confidence. A
technique's threshold is the confidence at which that probability reaches :data:`TARGET`
(0.4: the model's flags as a whole touch a gold span 41 % of the time, so a flag under its
threshold is less likely right than the model's average flag); a technique with fewer than
:data:`MIN_FLAGS` flags takes the threshold fitted on all of them. Flags under the threshold
are *weak* (:func:`sitrep.extract.flags.is_weak`): kept in the JSONL, hidden by the report.

It prints the thresholds fitted on every fold (the TSV), and the SI scores of what the report
shows (lexicon flags and the model flags that are not weak) with each fold's thresholds fitted
on the other four folds only (nested), against all flags, as JSON lines.

    PYTHONPATH=src python benchmarks/flag_shown_calibrate.py PTC_DIR [--docbin PARSES.spacy]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path
from typing import Any

TARGET = 0.4
MIN_FLAGS = 100
POOLED = "*"


def thresholds(flags: list[tuple[str, float, bool]]) -> dict[str, float]:
    """Per flag kind (and :data:`POOLED`), the confidence where P(touch) reaches TARGET."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    out: dict[str, float] = {}
    kinds = sorted({k for k, _, _ in flags})
    for kind in [*kinds, POOLED]:
        rows = [(c, t) for k, c, t in flags if kind in (k, POOLED)]
        if len(rows) < MIN_FLAGS:
            continue
        x = np.array([[c] for c, _ in rows])
        y = np.array([t for _, t in rows])
        fit = LogisticRegression(C=1e4).fit(x, y)
        a, b = float(fit.coef_[0][0]), float(fit.intercept_[0])
        t = (math.log(TARGET / (1 - TARGET)) - b) / a if a > 0 else 1.0
        out[kind] = round(min(max(t, 0.0), 1.0), 3)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("ptc", type=Path)
    parser.add_argument("--docbin", type=Path, default=None, help="cached parses of PTC")
    args = parser.parse_args()

    from sitrep.evaluate.flags import _fixed, cross_validate, evaluate_flags, fold_of, read_ptc
    from sitrep.extract.flags import combine_flags
    from sitrep.nlp import load_pipeline

    articles = read_ptc(args.ptc)
    nlp = load_pipeline(None)
    docs: Any = None
    if args.docbin is not None:
        from spacy.tokens import DocBin

        docs = list(DocBin().from_bytes(args.docbin.read_bytes()).get_docs(nlp.vocab))
    cv = cross_validate(articles, nlp, docs=docs)
    found = [cv.model.predictions[a.id] for a in articles]
    lexicon = [cv.lexicon.predictions[a.id] for a in articles]
    rows: list[tuple[int, str, float, bool]] = []
    for a, flags in zip(articles, found, strict=True):
        gold = [(s.start, s.end) for s in a.spans]
        for f in flags:
            touch = any(min(f.span.end, e) > max(f.span.start, s) for s, e in gold)
            rows.append((fold_of(a, 5), f.kind, float(f.confidence or 0.0), touch))
    table = thresholds([(k, c, t) for _, k, c, t in rows])
    print("technique_kind\tthreshold")
    for kind, t in sorted(table.items()):
        print(f"{kind}\t{t}")
    nested = {k: thresholds([(kd, c, t) for f, kd, c, t in rows if f != k]) for k in range(5)}
    shown = []
    for a, flags in zip(articles, found, strict=True):
        table_k = nested[fold_of(a, 5)]
        shown.append([f for f in flags
                      if (f.confidence or 0.0) >= table_k.get(f.kind, table_k[POOLED])])
    odd = [i for i, a in enumerate(articles) if a.fold_key % 2]
    for name, model_flags in (("all", found), ("shown", shown)):
        combined = [combine_flags(lex, own) for lex, own in zip(lexicon, model_flags,
                                                                strict=True)]
        whole = evaluate_flags(articles, _fixed(combined))
        half = evaluate_flags([articles[i] for i in odd], _fixed([combined[i] for i in odd]))
        print(json.dumps({"flags": name, **whole.summary(), "odd_si_f1": round(half.si.f1, 4),
                          "model_flags": sum(map(len, model_flags))}), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
