"""Does a sub-type classifier trained on sitrep's own labelled snippets pay beside the event rules?

Issue 3's lever: a labelled set of our own (``knowledge/event_examples.tsv``) and a classifier
trained on it that gives a second opinion on the rules' main event. This script measures it: a
multinomial logistic regression over hashed features of the main event's sentence (lemmas and
their bigrams, the trigger and its dependents, entity types, the context cues of
``event_cues.tsv``, optionally the rules' own sub-type and the snippet's other events) plus the
tok2vec vectors the parse already holds (the trigger's and the sentence's mean), so inference
would be numpy-only and cost no extra model run. The classifier replaces the rules' sub-type
only when both are in ``--acts-on`` and its probability beats the rules' one by a margin.

Rows: the labelled snippets where the rules find an event (the classifier acts on the rules'
main event and nowhere else); with ``--probes``, the probe sentences of
tests/test_event_codebook*.py (also our own writing) always train. k-fold cross-validation over
the labelled snippets prints the rules' accuracy and the combined accuracy at each margin, and
the changes made at ``--margin``. Nothing ships: the measured model did not pay on CASE 2021
(see the commit that added this script). Needs scikit-learn and scipy (the ``train`` extra).
Run from a checkout:

    PYTHONPATH=src python benchmarks/event_classifier_cv.py --probes [--drop "r=|rt=|o="]
    PYTHONPATH=src python benchmarks/event_classifier_cv.py --probes --snippet

With ``--snippet`` it measures the other place a classifier could act: naming an event in a
snippet where the rules (and the vocabulary backoff) find none, from the whole snippet's words.
"""

from __future__ import annotations

import argparse
import pickle
import sys
import zlib
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from sitrep.extract.event_main import main_event
from sitrep.extract.event_rules import cue_kinds
from sitrep.knowledge import read_table
from sitrep.model import Article, Event
from sitrep.pipeline import Pipeline, analyze_doc

NOT_ACLED = "NOT_ACLED"
MARGINS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1.01)  # 1.01: never
Row = dict[str, Any]


@dataclass(frozen=True)
class Classifier:
    """A hashed multinomial logistic regression with dense tok2vec features."""

    labels: tuple[str, ...]
    weights: Any  # classes x 2**bits
    dense: Any  # classes x vector width
    bias: Any
    bits: int
    margin: float
    acts_on: frozenset[str]

    def probabilities(self, features: list[str], vector: Any) -> Any:
        mask = (1 << self.bits) - 1
        idx = sorted({zlib.crc32(f.encode()) & mask for f in features})
        scores = self.weights[:, idx].sum(axis=1) + self.dense @ vector + self.bias
        scores = np.exp(scores - scores.max())
        return scores / scores.sum()

    def choose(self, rule: str, probs: Any) -> str:
        """The model's sub-type when it and ``rule`` are both acted on and it beats the rules'
        by the margin, else ``rule``."""
        best = self.labels[int(np.argmax(probs))]
        if best == rule or rule not in self.acts_on or best not in self.acts_on:
            return rule
        mine = probs[self.labels.index(rule)] if rule in self.labels else 0.0
        return best if probs[self.labels.index(best)] - mine >= self.margin else rule


def _trigger_head(span: SpacySpan) -> Token:
    """The token of a (multi-word) trigger whose head lies outside it."""
    return next((t for t in span if not (span.start <= t.head.i < span.end) or t.head == t),
                span[0])


def event_features(doc: Doc, event: Event, others: tuple[Event, ...]) -> tuple[list[str], Any]:
    """The hashed-feature strings and the dense vector of ``event`` told with ``others``."""
    sent = doc.char_span(event.sentence.start, event.sentence.end, alignment_mode="expand")
    trig = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    width = doc.tensor.shape[1] if len(doc.tensor.shape) == 2 else 0
    if sent is None or trig is None or not width:
        return [f"r={event.sub_event_type}"], np.zeros(2 * width, dtype=np.float32)
    words = [t.lemma_.lower() for t in sent if t.is_alpha and not t.is_stop]
    head = _trigger_head(trig)
    feats = [f"r={event.sub_event_type}", f"t={head.lemma_.lower()}",
             f"rt={event.sub_event_type}|{head.lemma_.lower()}",
             f"th={head.dep_}:{head.head.lemma_.lower()}"]
    feats += [f"l={w}" for w in words]
    feats += [f"b={a}_{b}" for a, b in zip(words, words[1:], strict=False)]
    feats += [f"td={c.dep_}:{c.lemma_.lower()}" for c in head.children]
    feats += [f"e={e.label_}" for e in sent.ents]
    feats += [f"c={k}" for k in sorted(cue_kinds(doc.text))]
    feats += [f"o={e.sub_event_type}" for e in others if e.id != event.id]
    vector = np.concatenate([doc.tensor[head.i], doc.tensor[sent.start:sent.end].mean(0)])
    return feats, vector.astype(np.float32)


def snippet_features(doc: Doc) -> tuple[list[str], Any]:
    """Features of the whole snippet (``--snippet``): lemmas and bigrams, verbs, entity types,
    cue kinds, and the mean and max of the tok2vec rows."""
    words = [t.lemma_.lower() for t in doc if t.is_alpha and not t.is_stop]
    feats = [f"l={w}" for w in words]
    feats += [f"b={a}_{b}" for a, b in zip(words, words[1:], strict=False)]
    feats += [f"e={e.label_}" for e in doc.ents]
    feats += [f"c={k}" for k in sorted(cue_kinds(doc.text))]
    feats += [f"v={t.lemma_.lower()}" for t in doc if t.pos_ == "VERB"]
    return feats, np.concatenate([doc.tensor.mean(0), doc.tensor.max(0)]).astype(np.float32)


def probe_rows(tests: Path) -> list[Row]:
    """The codebook probes (sitrep's own sentences) with their expected sub-types."""
    sys.path.insert(0, str(Path(__file__).parent))
    from events_subtype_cv import probe_rows as case_probes

    from sitrep.extract.taxonomy import load_taxonomy

    tax = load_taxonomy()
    return [{"text": r["text"], "gold": (tax.by_case_code(r["gold"]).sub_event_type
                                         if r["gold"] != NOT_ACLED else NOT_ACLED)}
            for r in case_probes(tests)]


def featurise(pipe: Pipeline, rows: list[Row], snippet: bool = False) -> list[Row]:
    """The rows where the rules find a main event, with its features and sub-type; with
    ``snippet``, every row, with the whole snippet's features (rule "NOT_ACLED": no event)."""
    kept = []
    arts = [Article(text=r["text"], origin="cv", published=date(2023, 5, 17)) for r in rows]
    pairs = pipe.nlp.pipe(((a.text, a) for a in arts), as_tuples=True, batch_size=16)
    for row, (doc, art) in zip(rows, pairs, strict=True):
        analysis = analyze_doc(doc, article=art, gazetteer=pipe.gazetteer, actors=pipe.actors)
        main = main_event(analysis.events)
        if snippet:
            feats, vec = snippet_features(doc)
            rule = main.sub_event_type if main is not None else NOT_ACLED
            kept.append({**row, "rule": rule, "feats": feats, "vec": vec})
        elif main is not None:
            feats, vec = event_features(doc, main, analysis.events)
            kept.append({**row, "rule": main.sub_event_type, "feats": feats, "vec": vec})
    return kept


def fit(rows: list[Row], *, c: float, scale: float, bits: int, drop: tuple[str, ...]
        ) -> Classifier:
    from scipy.sparse import csr_matrix, hstack
    from sklearn.linear_model import LogisticRegression

    mask = (1 << bits) - 1
    idx = [sorted({zlib.crc32(f.encode()) & mask for f in r["feats"] if not f.startswith(drop)})
           for r in rows]
    ii = [i for i, f in enumerate(idx) for _ in f]
    jj = [j for f in idx for j in f]
    sparse = csr_matrix((np.ones(len(ii), dtype=np.float32), (ii, jj)),
                        shape=(len(rows), 1 << bits))
    x = hstack([sparse, csr_matrix(np.stack([r["vec"] for r in rows]) * scale)]).tocsr()
    lr = LogisticRegression(C=c, max_iter=3000)
    lr.fit(x, [r["gold"] for r in rows])
    labels = tuple(str(v) for v in lr.classes_)
    coef = lr.coef_.astype(np.float32)
    return Classifier(labels=labels, weights=coef[:, :1 << bits], dense=coef[:, 1 << bits:] * scale,
                      bias=lr.intercept_.astype(np.float32), bits=bits, margin=0.0,
                      acts_on=frozenset(labels) - {NOT_ACLED})


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--probes", action="store_true", help="train on the codebook probes too")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--c", type=float, default=1.0)
    ap.add_argument("--scale", type=float, default=0.1, help="weight of the tok2vec vectors")
    ap.add_argument("--bits", type=int, default=16)
    ap.add_argument("--margin", type=float, default=0.5, help="margin whose changes are listed")
    ap.add_argument("--acts-on", default="", help="|-separated sub-types (default: all ACLED)")
    ap.add_argument("--drop", default="", help='|-separated feature prefixes left out ("r=|rt=")')
    ap.add_argument("--cache", default="", help="pickle of the featurised rows (scratch)")
    ap.add_argument("--snippet", action="store_true",
                    help="read whole snippets, and score only where the rules find no event")
    args = ap.parse_args()
    drop = tuple(args.drop.split("|")) if args.drop else ()
    if args.cache and Path(args.cache).exists():
        with open(args.cache, "rb") as fh:
            labelled, extra = pickle.load(fh)
    else:
        pipe = Pipeline.load()
        labelled = featurise(pipe, [{"text": r["text"], "gold": r["sub_event_type"]}
                                    for r in read_table("event_examples.tsv")], args.snippet)
        extra = featurise(pipe, probe_rows(Path("tests")), args.snippet)
        if args.cache:
            with open(args.cache, "wb") as fh:
                pickle.dump((labelled, extra), fh)
    extra = extra if args.probes else []
    if args.snippet:
        proposals(labelled, extra, args)
        return
    print(f"{len(labelled)} labelled snippets with a rule event, {len(extra)} probes")
    folds = [labelled[i::args.folds] for i in range(args.folds)]
    right: Counter[float] = Counter()
    changed: Counter[tuple[float, str, str, bool]] = Counter()
    for k, test in enumerate(folds):
        train = [r for j, f in enumerate(folds) if j != k for r in f] + extra
        model = fit(train, c=args.c, scale=args.scale, bits=args.bits, drop=drop)
        if args.acts_on:
            model = replace(model, acts_on=frozenset(args.acts_on.split("|")))
        for r in test:
            probs = model.probabilities(r["feats"], r["vec"])
            for m in MARGINS:
                pick = replace(model, margin=m).choose(r["rule"], probs)
                right[m] += pick == r["gold"]
                if pick != r["rule"]:
                    changed[m, r["rule"], pick, pick == r["gold"]] += 1
    n = len(labelled)
    print(f"rules {sum(r['rule'] == r['gold'] for r in labelled)}/{n}")
    for m in MARGINS:
        fixes = sum(v for (mm, _, _, ok), v in changed.items() if mm == m and ok)
        breaks = sum(v for (mm, _, _, ok), v in changed.items() if mm == m and not ok)
        print(f"margin {m:4.2f}: {right[m]}/{n}  changed {fixes} right, {breaks} wrong")
    for (m, rule, pick, ok), v in sorted(changed.items()):
        if m == args.margin:
            print(f"   {rule} -> {pick}: {v} {'right' if ok else 'wrong'}")


def proposals(labelled: list[Row], extra: list[Row], args: Any) -> None:
    """k-fold CV of the classifier's ACLED reading of the snippets the rules find no event in:
    at each threshold on P(an ACLED event), how many it names, how many exactly right, how
    many on snippets that tell no event."""
    folds = [labelled[i::args.folds] for i in range(args.folds)]
    found = []
    for k, test in enumerate(folds):
        train = [r for j, f in enumerate(folds) if j != k for r in f] + extra
        model = fit(train, c=args.c, scale=args.scale, bits=args.bits, drop=())
        for r in test:
            if r["rule"] == NOT_ACLED:
                probs = model.probabilities(r["feats"], r["vec"])
                best = model.labels[int(np.argmax(probs))]
                found.append((1 - probs[model.labels.index(NOT_ACLED)], best, r["gold"]))
    print(f"{len(found)} snippets with no rule event, "
          f"{sum(g != NOT_ACLED for _, _, g in found)} of them telling an ACLED event")
    for th in (0.5, 0.7, 0.8, 0.9, 0.95):
        named = [(b, g) for p, b, g in found if p >= th and b != NOT_ACLED]
        print(f"P >= {th}: names {len(named)}, {sum(b == g for b, g in named)} exactly right, "
              f"{sum(g == NOT_ACLED for _, g in named)} on non-events")


if __name__ == "__main__":
    main()
