"""Does a trained sub-type classifier beside the event rules pay on CASE 2021 task 2? (2-fold CV)

Trains logistic regressions that predict a snippet's CASE label (all 30 classes: the 25 ACLED
sub-types and the non-ACLED ones) and combines them with the rules' label, scoring each CASE
half only with models trained on the other half (folds by 0-based row parity: odd rows predicted
by a model trained on the even rows and the probes, and the other way round). The probe
sentences of tests/test_event_codebook*.py (sitrep's own writing, with their expected sub-types;
no event = NOT_ACLED) are always in the training set.

Features: hashed word uni- and bigrams, or the mean-pooled last layer of all-MiniLM-L6-v2 over the
snippet (L2-normalised, times ``--scale``); optionally the rules' label (one-hot) and trigger.
Combinations: ``clf`` (the classifier's label), ``override`` (the classifier's label when its
probability beats that of the rules' label by a margin), ``abstain`` (the classifier's ACLED label
only where the rules give no ACLED event, above a probability). The margin is chosen inside each
fold's training half (an inner 2-fold CV on its CASE rows), never on the rows scored.

Needs the ``train`` and ``encoder`` extras. Run from a checkout:

    PYTHONPATH=src python benchmarks/events_subtype_cv.py \
        --case ../shared/data/events/case2021-task2-dev.tsv
"""

from __future__ import annotations

import argparse
import importlib
import re
import sys
import zlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np

from sitrep.evaluate import events as ev
from sitrep.evaluate.metrics import macro_f1, per_label, weighted_f1
from sitrep.extract.events import main_event
from sitrep.extract.taxonomy import load_taxonomy
from sitrep.model import Article

PROBE_MODULES = ("test_event_codebook", "test_event_codebook7", "test_event_codebook8",
                 "test_event_codebook9")
C_GRID = (0.3, 1.0, 3.0, 10.0)  # for the variant whose C is chosen inside each fold
MARGINS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)  # 1.01: never
BITS = 18
WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
Row = dict[str, Any]


def probe_items(tests: Path) -> Iterator[tuple[str, Any, bool]]:
    """(sentence, expected sub-type, None or a reason string, whether marked as a known
    failure) of every two-item probe in the ``…PROBES`` tables of the codebook test files."""
    sys.path.insert(0, str(tests))
    for name in PROBE_MODULES:
        for attr, value in vars(importlib.import_module(name)).items():
            if not attr.endswith("PROBES") or not isinstance(value, list):
                continue
            for item in value:
                vals = getattr(item, "values", item)
                if isinstance(vals, tuple) and len(vals) == 2 and isinstance(vals[0], str):
                    yield vals[0], vals[1], bool(getattr(item, "marks", ()))


def probe_rows(tests: Path) -> list[Row]:
    """The (sentence, expected sub-type) probes of the codebook test files, as CASE codes."""
    taxonomy = load_taxonomy()
    rows = []
    for text, sub, _ in probe_items(tests):
        try:
            gold = taxonomy.by_sub_type(sub).case_code if sub else ev.NOT_ACLED
        except (KeyError, ValueError):
            continue  # a reason string (no event for a stated reason): skipped
        rows.append({"text": text, "gold": gold})
    return rows


def add_rules(pipe: Any, rows: list[Row], published: date | None) -> None:
    """Each row's rule label (its main event's CASE code, or NOT_ACLED) and trigger."""
    arts = [Article(text=r["text"], origin="cv", published=published) for r in rows]
    for row, analysis in zip(rows, pipe.analyze_many(arts), strict=True):
        event = main_event(analysis.events)
        row["rule"] = ev.case_label(analysis)
        row["trig"] = event.trigger.text.lower() if event is not None else ""


def add_vectors(rows: list[Row]) -> None:
    """Each row's MiniLM snippet vector (mean of the last layer over its wordpieces)."""
    import torch

    from sitrep.extract.flag_encoder import load_encoder

    enc = load_encoder(threads=1)
    with torch.no_grad():
        for i in range(0, len(rows), 32):
            batch = enc.tokenizer([r["text"] for r in rows[i:i + 32]], padding=True,
                                  truncation=True, max_length=256, return_tensors="pt")
            hidden = enc.model(**batch).last_hidden_state
            mask = batch["attention_mask"].unsqueeze(-1).float()
            vec = (hidden * mask).sum(1) / mask.sum(1)
            vec = vec / vec.norm(dim=1, keepdim=True)
            for row, v in zip(rows[i:i + 32], vec.numpy(), strict=True):
                row["vec"] = v


def matrix(rows: list[Row], kind: str, rule: bool, trigger: bool, scale: float) -> Any:
    from scipy.sparse import csr_matrix, hstack

    feats = []
    for r in rows:
        f = []
        if kind == "words":
            w = WORD.findall(r["text"].lower())
            f += ["w=" + x for x in w]
            f += ["b=" + a + "_" + b for a, b in zip(w, w[1:], strict=False)]
        if rule:
            f.append("R=" + r["rule"])
        if trigger and r["trig"]:
            f += ["T=" + r["trig"], "RT=" + r["rule"] + "_" + r["trig"]]
        feats.append(sorted({zlib.crc32(x.encode()) & ((1 << BITS) - 1) for x in f}))
    ii = [i for i, f in enumerate(feats) for _ in f]
    jj = [j for f in feats for j in f]
    sparse = csr_matrix((np.ones(len(ii), dtype=np.float32), (ii, jj)),
                        shape=(len(rows), 1 << BITS))
    if kind == "minilm":
        return hstack([csr_matrix(np.stack([r["vec"] for r in rows]) * scale), sparse]).tocsr()
    return sparse


class Variant:
    def __init__(self, kind: str, rule: bool, trigger: bool, mode: str, c: float | None,
                 scale: float) -> None:
        self.kind, self.rule, self.trigger, self.mode, self.c, self.scale = (
            kind, rule, trigger, mode, c, scale)

    def __str__(self) -> str:
        return (f"{self.kind}{'+rule' if self.rule else ''}{'+trigger' if self.trigger else ''}"
                f" {self.mode} C={self.c or 'inner CV'}")

    def with_c(self, c: float) -> Variant:
        return Variant(self.kind, self.rule, self.trigger, self.mode, c, self.scale)

    def choose_c(self, train: list[Row], probes: list[Row]) -> Variant:
        """This variant with the C of :data:`C_GRID` that scores best in an inner 2-fold CV on
        the training half's CASE rows (a ``clf`` variant)."""
        gold = [r["gold"] for k in (0, 1) for i, r in enumerate(train) if i % 2 == k]
        best, best_score = self.with_c(C_GRID[0]), -1.0
        for c in C_GRID:
            variant, pred = self.with_c(c), []
            for k in (0, 1):
                inner = [r for i, r in enumerate(train) if i % 2 != k]
                scored = [r for i, r in enumerate(train) if i % 2 == k]
                probs, classes = variant.proba(variant.fit(inner + probes), scored)
                pred += variant.combine(probs, classes, scored, 0.0)
            if (f1 := score(gold, pred)[0]) > best_score:
                best, best_score = variant, f1
        return best

    def fit(self, rows: list[Row]) -> Any:
        from sklearn.linear_model import LogisticRegression

        x = matrix(rows, self.kind, self.rule, self.trigger, self.scale)
        cols = np.unique(x.indices)
        model = LogisticRegression(C=self.c, max_iter=2000)
        model.fit(x[:, cols], [r["gold"] for r in rows])
        return model, cols

    def proba(self, fitted: Any, rows: list[Row]) -> tuple[Any, list[str]]:
        model, cols = fitted
        x = matrix(rows, self.kind, self.rule, self.trigger, self.scale)[:, cols]
        return model.predict_proba(x), list(model.classes_)

    def combine(self, probs: Any, classes: list[str], rows: list[Row], margin: float) -> list[str]:
        out = []
        for p, r in zip(probs, rows, strict=True):
            top = classes[int(np.argmax(p))]
            p_rule = p[classes.index(r["rule"])] if r["rule"] in classes else 0.0
            if self.mode == "clf":
                out.append(top)
            elif self.mode == "override":
                out.append(top if p.max() - p_rule > margin else r["rule"])
            else:  # abstain
                out.append(top if r["rule"] == ev.NOT_ACLED and top in ACLED and p.max() > margin
                           else r["rule"])
        return out

    def margin(self, train: list[Row], probes: list[Row]) -> float:
        if self.mode == "clf":
            return 0.0
        gold: list[str] = []
        preds: dict[float, list[str]] = {m: [] for m in MARGINS}
        for k in (0, 1):
            inner = [r for i, r in enumerate(train) if i % 2 != k]
            scored = [r for i, r in enumerate(train) if i % 2 == k]
            probs, classes = self.proba(self.fit(inner + probes), scored)
            gold += [r["gold"] for r in scored]
            for m in MARGINS:
                preds[m] += self.combine(probs, classes, scored, m)
        return max(MARGINS, key=lambda m: (score(gold, preds[m])[0], m))


ACLED = [t.case_code for t in load_taxonomy().acled_sub_types()]
NON_ACLED = {t.case_code for t in load_taxonomy() if not t.is_acled}


def score(gold: list[str], predicted: list[str]) -> tuple[float, float, float]:
    """Weighted F1, macro F1 (25 ACLED sub-types) and non-ACLED accuracy, as the gate scores."""
    pred = [ev.NOT_ACLED if p in NON_ACLED else p for p in predicted]
    scores = per_label(gold, pred, ACLED)
    outside = [p for g, p in zip(gold, pred, strict=True) if g in NON_ACLED]
    return (weighted_f1(scores), macro_f1(scores),
            sum(p == ev.NOT_ACLED for p in outside) / len(outside) if outside else 0.0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--case", type=Path, required=True)
    ap.add_argument("--tests", type=Path, default=Path(__file__).parent.parent / "tests")
    ap.add_argument("--scale", type=float, default=3.0)
    ap.add_argument("--only", default="", help="run only the variants whose name holds this")
    args = ap.parse_args()
    from sitrep.pipeline import Pipeline

    case = [{"text": r.text, "gold": r.label} for r in ev.read_case(args.case)]
    probes = probe_rows(args.tests)
    pipe = Pipeline.load()
    add_rules(pipe, case, None)
    add_rules(pipe, probes, date(2021, 6, 10))  # as acled_main of the probe tests
    add_vectors(case + probes)
    print(f"{len(case)} CASE rows, {len(probes)} probes", flush=True)
    variants = [Variant(kind, rule, trig, mode, 1.0, args.scale)
                for kind, rule, trig in (("words", True, True), ("minilm", False, False),
                                         ("minilm", True, False))
                for mode in ("clf", "override", "abstain")]
    variants.append(Variant("minilm", True, False, "clf", None, args.scale))
    for variant in [None, *(v for v in variants if args.only in str(v))]:
        line = []
        for held in (1, 0):
            train = [r for i, r in enumerate(case) if i % 2 != held]
            test = [r for i, r in enumerate(case) if i % 2 == held]
            if variant is None:
                pred, m = [r["rule"] for r in test], None
            else:
                fold = variant if variant.c else variant.choose_c(train, probes)
                margin = fold.margin(train, probes)  # 0.0 for a clf variant
                probs, classes = fold.proba(fold.fit(train + probes), test)
                pred = fold.combine(probs, classes, test, margin)
                m = margin if variant.c else fold.c
            w, mac, non = score([r["gold"] for r in test], pred)
            line.append((w, mac, non, m))
        (wo, mo, no, go), (we, me, ne, ge) = line
        name = str(variant or "rules alone")
        what = "C" if variant and not variant.c else "margin"
        print(f"{name:32s} odd {wo:.4f} / {mo:.4f} / {no:.3f} ({what} {go})  "
              f"even {we:.4f} / {me:.4f} / {ne:.3f} ({ge})  2-fold mean {(wo + we) / 2:.4f}",
              flush=True)


if __name__ == "__main__":
    main()
