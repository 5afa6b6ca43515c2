"""Cross-validated measurement of a hashed token tagger of attribution cues on PolNeAR train.

Issue 5 asks whether a tagger of cue spans of every part of speech, learned from the tokens
themselves, finds the cues the claims rules miss. This script measures it, out of fold::

    python benchmarks/cue_tagger_cv.py CACHE_DIR [--passes 1|2] [--alpha A] [--epochs N] [--blind]

``CACHE_DIR`` keeps the spaCy parses of PolNeAR train (``train.docbin``, in the order of
``read_polnear``) and the rules' attributions (``train_rules.pkl``: per article the gold and
predicted attributions of ``evaluate_claims``); both are made when missing (a parse of train
takes ~15 min, the rules ~1.5 min). Each token is tagged B (begins a cue), I (continues one)
or O from hashed features (:func:`token_features`: the token, lemma, tag, dependency, head,
children, a window of two, quotation marks, entity types, ``cues.tsv`` membership and the
role of a rule claim covering it or its neighbours, left out with ``--blind``); one-vs-rest
logistic regressions (SGD, log loss) are trained per fold, five folds by article (index
modulo 5). ``--passes 2`` stacks a second tagger on the first's out-of-fold probabilities of
the token, its neighbours and head (the first pass's probabilities of the training folds are
themselves out of fold, from models that saw the test fold: a small leak, as in usual
stacking).

Printed: the tagger's token-level average precision; its own cue exact P/R/F1 at thresholds
on P(not O); among the rules' missed gold cues that no predicted cue overlaps ("FN none"),
how many a tagged span hits exactly or overlaps; the precision of the tagged spans that no
rule cue overlaps (the claims it would add); and that precision for the confident ones (every
token's P(not O) at least 0.8 to 0.95), all spans and single verbs. Training needs
scikit-learn.

Results (issue 5, round 4; rules of main 9117ae1, which score cue 0.7424 on train: 17,316
predicted cues, 13,788 right, 19,830 gold; 4,709 gold cues that no predicted cue overlaps;
8 epochs; out of fold):

| tagger | token AP | cue P / R / F1 (0.5) | FN-none exact / overlap | uncovered: n, P, P ov. |
| --- | --- | --- | --- | --- |
| 1 pass, alpha 2e-6 | 0.706 | 0.676 / 0.631 / 0.653 | 296 / 990 | 2,459, 0.120, 0.469 |
| 1 pass, 5e-7, 15 epochs | 0.675 | 0.600 / 0.638 / 0.618 | 427 / 1,434 | 4,800, 0.089, 0.357 |
| 1 pass, alpha 1e-5 | 0.735 | 0.744 / 0.661 / 0.700 | 183 / 562 | 1,060, 0.173, 0.600 |
| 1 pass, alpha 3e-5 | 0.734 | 0.761 / 0.669 / 0.712 | 126 / 360 | 693, 0.182, 0.600 |
| 2 passes, alpha 2e-6 | 0.718 | 0.698 / 0.649 / 0.673 | 311 / 926 | 2,201, 0.141, 0.488 |
| 2 passes, alpha 1e-5 | 0.741 | 0.725 / 0.672 / 0.698 | 249 / 789 | 1,711, 0.146, 0.527 |
| 1 pass, 1e-5, ``--blind`` | 0.673 | 0.676 / 0.551 / 0.607 | 399 / 895 | 2,599, 0.154, 0.393 |

Blind to the rules (no feature of the claims covering a token) the tagger is as good as the
MiniLM head (token AP 0.673); its confident uncovered spans are nearly all single verbs:
every token >= 0.95: 71 spans, 40 right (P 0.563); >= 0.9: 129, 67 (0.519); >= 0.8: 322,
122 (0.379).

At a threshold of 0.2 the 2-pass tagger (alpha 1e-5) overlaps 2,297 of the 4,709 FN-none gold
cues but hits 1,002 exactly, among 8,112 uncovered spans (exact precision 0.124). Its most
confident uncovered spans (every token >= 0.8) are 30 (10 right); single verbs of the 1-pass
alpha 3e-5 tagger at >= 0.8 are 20 (13 right), of the 1-pass alpha 2e-6 tagger at >= 0.9 122
(57 right). So no threshold gives the ~0.6 exact precision at a recall worth a claim pass (the
cue-F1 break-even for added cues is ~0.37 precision; the best confident set, the blind
tagger's 129 above, all made claims, would add +0.0010 cue F1 on train, before any source or
content), and no tagged cue was turned into a claim. Neither does the tagger help the rules'
own cues:
dropping a rule cue whose tokens all score below 0.02 to 0.3 (1 pass, alpha 2e-6) lowers train
cue F1 (0.7424 -> 0.7420 to 0.7386), and widening a rule cue to the tagged span containing it
(2 passes, alpha 2e-6) loses more right cues than it gains (net -66 / -17 / -5 / -4 at 0.5 /
0.7 / 0.8 / 0.9; "said" vs "said Tuesday" is annotated both ways). The FN-none gold cues are
62 % multi-word (2,103 headed by a verb, 607 by a noun, 378 by an auxiliary: "did not respond
to", "called for", "has blasted"), 879 single verbs, 296 single nouns; 633 lie inside a rule
claim's content (nested attributions). The token AP compares with 0.680 for the MiniLM cue head of
``knowledge/cue_model.md`` (same folds, same 38,043 positive tokens, no rule features).
"""

from __future__ import annotations

import argparse
import pickle
import sys
import time
from collections.abc import Collection, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from sitrep.evaluate.claims import normalise, read_polnear
from sitrep.extract.claim_lexicon import load_lexicon
from sitrep.extract.hashed_model import hash_indices

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

POLNEAR = Path(__file__).resolve().parents[2] / "shared/data/attribution/polnear/train"

HASH_BITS = 20
TAGS = ("O", "B", "I")
QUOTE_MARKS = frozenset({'"', "“", "”", "``", "''"})
PERSONAL = frozenset({"i", "we", "he", "she", "they", "you", "who"})


def _kind(tok: Token) -> str:
    """What a word is, coarsely: entity type, a personal pronoun, or its part of speech."""
    if tok.ent_type_:
        return tok.ent_type_
    if tok.lower_ in PERSONAL:
        return "PRON_PERS"
    return tok.pos_


def token_features(tok: Token, *, cue_lemmas: Collection[str],
                   covered: dict[int, str]) -> Iterator[str]:
    """The feature strings of one token. ``covered`` maps a token index to the role of a rule
    claim it lies in ("cue", "source", "content")."""
    lem = tok.lemma_.lower()
    yield "bias"
    yield f"w={tok.lower_}"
    yield f"l={lem}"
    yield f"t={tok.tag_}"
    yield f"d={tok.dep_}"
    yield f"sh={tok.shape_}"
    yield f"s3={tok.lower_[-3:]}"
    yield f"lt={lem}|{tok.tag_}"
    yield f"ld={lem}|{tok.dep_}"
    yield f"lex={lem in cue_lemmas}|{tok.pos_}"
    yield f"e={tok.ent_type_}"
    yield f"cov={covered.get(tok.i, '-')}"
    yield f"covl={covered.get(tok.i, '-')}|{lem}"
    head = tok.head
    yield f"h={head.lemma_.lower()}"
    yield f"hd={tok.dep_}|{head.lemma_.lower()}"
    yield f"hp={tok.dep_}|{head.pos_}"
    yield f"hlex={head.lemma_.lower() in cue_lemmas}|{tok.dep_}"
    yield f"hcov={covered.get(head.i, '-')}|{tok.dep_}"
    deps = sorted({c.dep_ for c in tok.children})
    yield f"cd={'+'.join(deps)}"
    for c in tok.children:
        yield f"c={c.dep_}"
        word = c.lower_ if c.dep_ in {"mark", "prep", "prt", "aux", "neg"} else _kind(c)
        yield f"cl={c.dep_}|{word}"
        if c.dep_ in {"nsubj", "nsubjpass", "agent", "poss"}:
            yield f"subj={c.dep_}|{_kind(c)}|{lem}"
        if c.dep_ in {"ccomp", "xcomp"}:
            yield f"comp={c.dep_}|{lem}"
            mark = next((m.lower_ for m in c.children if m.dep_ in {"mark", "aux"}), "-")
            yield f"compm={c.dep_}|{mark}"
    doc = tok.doc
    for off in (-2, -1, 1, 2):
        j = tok.i + off
        if 0 <= j < len(doc):
            n = doc[j]
            yield f"w{off}={n.lower_}"
            yield f"t{off}={n.tag_}"
            yield f"cov{off}={covered.get(j, '-')}"
        else:
            yield f"w{off}=<edge>"
    yield f"bi-={doc[tok.i - 1].lower_ if tok.i else '<s>'}|{tok.lower_}"
    yield f"bi+={tok.lower_}|{doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else '</s>'}"
    sent = tok.sent
    quotes = [t.i for t in sent if t.text in QUOTE_MARKS]
    inside = sum(1 for q in quotes if q < tok.i) % 2 == 1
    yield f"q={bool(quotes)}|{inside}"
    yield f"qadj={any(abs(q - tok.i) <= 2 for q in quotes)}"
    yield f"sentpos={'first' if tok.i == sent.start else 'mid'}"


def doc_matrix(doc: Doc, *, cue_lemmas: Collection[str], covered: dict[int, str],
               bits: int = HASH_BITS) -> tuple[Any, Any]:
    """Every token's hashed feature indices as a flat array, and each token's offset into it
    (``len(doc) + 1`` offsets, CSR style)."""
    feats: list[str] = []
    offsets = [0]
    for tok in doc:
        feats.extend(token_features(tok, cue_lemmas=cue_lemmas, covered=covered))
        offsets.append(len(feats))
    return hash_indices(feats, bits, len(feats)), np.asarray(offsets, dtype=np.int64)


def tag_spans(tags: list[int], doc: Doc) -> list[tuple[int, int]]:
    """Token spans (start, end) read off B/I/O tags (indices into :data:`TAGS`): a ``B``
    opens a span, an ``I`` continues the one before it in the same sentence or opens one."""
    spans: list[tuple[int, int]] = []
    start: int | None = None
    for i, t in enumerate(tags):
        inside = start is not None and t == 2 and not doc[i].is_sent_start
        if inside:
            continue
        if start is not None:
            spans.append((start, i))
            start = None
        if t in (1, 2):
            start = i
    if start is not None:
        spans.append((start, len(tags)))
    return spans



def covered_roles(doc, predicted) -> dict[int, str]:
    """Token index -> role of a rule attribution it lies in (cue over source over content)."""
    out: dict[int, str] = {}
    for role in ("content", "source", "cue"):
        for a in predicted:
            for s, e in a.role(role):
                span = doc.char_span(s, e, alignment_mode="expand")
                if span is not None:
                    for t in span:
                        out[t.i] = role
    return out


def gold_tags(doc, gold) -> list[int]:
    tags = [0] * len(doc)
    for a in gold:
        first = True
        for s, e in sorted(a.cue):
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is None:
                continue
            for t in span:
                if tags[t.i] == 0:
                    tags[t.i] = 1 if first else 2
                first = False
    return tags


def build_cache(cache: Path) -> tuple[list[Any], list[Any], list[Any]]:
    """The gold articles, parses and rules' attributions of PolNeAR train (made if missing)."""
    from spacy.tokens import DocBin

    from sitrep.evaluate.claims import evaluate_claims
    from sitrep.extract.claims import extract_claims
    from sitrep.model import Analysis
    from sitrep.nlp import load_pipeline

    arts = list(read_polnear(POLNEAR))
    nlp = load_pipeline()
    cache.mkdir(parents=True, exist_ok=True)
    parsed = cache / "train.docbin"
    if not parsed.exists():
        db = DocBin(store_user_data=True)
        for d in nlp.pipe((a.text for a in arts), batch_size=16):
            db.add(d)
        parsed.write_bytes(db.to_bytes())
    docs = list(DocBin().from_bytes(parsed.read_bytes()).get_docs(nlp.vocab))
    ruled = cache / "train_rules.pkl"
    if not ruled.exists():
        by_text = {d.text: d for d in docs}
        scores = evaluate_claims(arts, lambda articles: (
            Analysis(article=a, claims=extract_claims(by_text[a.text], article=a))
            for a in articles))
        ruled.write_bytes(pickle.dumps([(r.gold, r.predicted) for r in scores.results]))
    rules = pickle.loads(ruled.read_bytes())
    assert len(docs) == len(arts) == len(rules)
    return arts, docs, rules


def base_matrix(docs: list[Any], rules: list[Any], *, blind: bool = False
                ) -> tuple[Any, Any, Any]:
    """The hashed features (CSR), gold tags and article index of every token (``blind``:
    without the roles of the rule claims covering it)."""
    from scipy.sparse import csr_matrix

    lex = load_lexicon()
    cue_lemmas = frozenset(lex.verbs) | frozenset(lex.nouns)
    cols, ys, doc_of = [], [], []
    indptr = [0]
    for k, (doc, (gold, pred)) in enumerate(zip(docs, rules, strict=True)):
        covered = {} if blind else covered_roles(doc, pred)
        idx, off = doc_matrix(doc, cue_lemmas=cue_lemmas, covered=covered)
        cols.append(idx)
        indptr.extend((off[1:] + indptr[-1]).tolist())
        ys.extend(gold_tags(doc, gold))
        doc_of.extend([k] * len(doc))
    col = np.concatenate(cols)
    x = csr_matrix((np.ones(len(col), dtype=np.float32), col, np.asarray(indptr)),
                   shape=(len(ys), 1 << HASH_BITS))
    x.sum_duplicates()
    return x, np.asarray(ys), np.asarray(doc_of)


def out_of_fold(x: Any, y: Any, doc_of: Any, *, alpha: float, epochs: int) -> Any:
    """P(O), P(B), P(I) of every token from the model of the other four folds."""
    from sklearn.linear_model import SGDClassifier

    proba = np.zeros((len(y), 3), dtype=np.float32)
    for fold in range(5):
        test = doc_of % 5 == fold
        clf = SGDClassifier(loss="log_loss", alpha=alpha, max_iter=epochs, tol=None,
                            random_state=0)
        clf.fit(x[~test], y[~test])
        proba[test] = clf.predict_proba(x[test])
    return proba


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("cache", type=Path)
    ap.add_argument("--passes", type=int, choices=(1, 2), default=2)
    ap.add_argument("--alpha", type=float, default=2e-6)
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--blind", action="store_true",
                    help="leave out the features of the rule claims covering a token")
    args = ap.parse_args()
    from scipy.sparse import hstack
    from sklearn.metrics import average_precision_score

    t0 = time.time()
    arts, docs, rules = build_cache(args.cache)
    x, y, doc_of = base_matrix(docs, rules, blind=args.blind)
    print(f"{x.shape[0]} tokens, {int((y > 0).sum())} inside a gold cue, "
          f"{time.time() - t0:.0f}s", file=sys.stderr)
    proba = out_of_fold(x, y, doc_of, alpha=args.alpha, epochs=args.epochs)
    if args.passes == 2:
        x = hstack([x, stacked(docs, proba, doc_of)], format="csr")
        proba = out_of_fold(x, y, doc_of, alpha=args.alpha, epochs=args.epochs)
    print(f"{'blind, ' if args.blind else ''}pass {args.passes}, alpha {args.alpha}, "
          f"{args.epochs} epochs, "
          f"{time.time() - t0:.0f}s: token average precision of P(not O) "
          f"{average_precision_score(y > 0, 1 - proba[:, 0]):.4f}")
    report(arts, docs, rules, proba, doc_of)


def stacked(docs: list[Any], first: Any, doc_of: Any, bits: int = 16) -> Any:
    """Hashed features of a first pass's probabilities: each token's and its neighbours'
    (two each side, and its syntactic head's) P(B) and P(I), in tenths."""
    from scipy.sparse import csr_matrix

    starts = np.searchsorted(doc_of, np.arange(len(docs)))
    feats: list[str] = []
    indptr = [0]
    for k, doc in enumerate(docs):
        bins = np.minimum((first[starts[k]:starts[k] + len(doc)] * 10).astype(int), 9)
        for tok in doc:
            for off in (-2, -1, 0, 1, 2):
                j = tok.i + off
                if 0 <= j < len(doc):
                    feats.append(f"s{off}b={bins[j, 1]}")
                    feats.append(f"s{off}i={bins[j, 2]}")
                    feats.append(f"s{off}bi={bins[j, 1]}|{bins[j, 2]}")
            feats.append(f"sh={bins[tok.head.i, 1]}|{bins[tok.head.i, 2]}|{tok.dep_}")
            feats.append(f"s0w={bins[tok.i, 1]}|{bins[tok.i, 2]}|{tok.pos_}")
            indptr.append(len(feats))
    col = hash_indices(feats, bits, len(feats))
    m = csr_matrix((np.ones(len(col), dtype=np.float32), col, np.asarray(indptr)),
                   shape=(len(indptr) - 1, 1 << bits))
    m.sum_duplicates()
    return m


def _overlaps(frags: Any, others: Any) -> bool:
    return any(a0 < b1 and b0 < a1 for o in others for a0, a1 in frags for b0, b1 in o)


def report(arts: list[Any], docs: list[Any], rules: list[Any], proba: Any, doc_of: Any,
           thresholds: tuple[float, ...] = (0.5, 0.4, 0.3, 0.2)) -> None:
    starts = np.searchsorted(doc_of, np.arange(len(docs)))
    confident: list[tuple[float, bool, bool]] = []  # min P(not O), exact gold, a single verb
    for thr in thresholds:
        tp = fp = fn = fn_none = fn_none_hit = fn_none_touch = prop = prop_exact = 0
        prop_touch = 0
        for k, (art, doc, (gold, pred)) in enumerate(zip(arts, docs, rules, strict=True)):
            p = proba[starts[k]:starts[k] + len(doc)]
            tags = [0 if row[0] >= 1 - thr else (1 if row[1] >= row[2] else 2) for row in p]
            text = art.text
            g = {normalise(text, a.cue) for a in gold}
            r = {normalise(text, a.cue) for a in pred}
            spans = {}
            for s, e in tag_spans(tags, doc):
                frags = normalise(text, ((doc[s].idx, doc[e - 1].idx + len(doc[e - 1])),))
                if frags:
                    spans[frags] = (float(np.min(1 - p[s:e, 0])),
                                    e - s == 1 and doc[s].pos_ == "VERB")
            tp += len(spans.keys() & g)
            fp += len(spans.keys() - g)
            fn += len(g - spans.keys())
            for gc in g - r:
                if not _overlaps(gc, r):
                    fn_none += 1
                    fn_none_hit += gc in spans
                    fn_none_touch += _overlaps(gc, spans)
            for sp, (least, verb) in spans.items():
                if not _overlaps(sp, r):
                    prop += 1
                    prop_exact += sp in g
                    prop_touch += _overlaps(sp, g)
                    if thr == 0.5:
                        confident.append((least, sp in g, verb))
        pr = tp / max(tp + fp, 1)
        rc = tp / max(tp + fn, 1)
        print(f"P(not O) >= {thr}: tagger cue exact P {pr:.4f} R {rc:.4f} "
              f"F1 {2 * pr * rc / max(pr + rc, 1e-9):.4f} | rules' FN-none gold cues "
              f"{fn_none}: hit exactly {fn_none_hit}, overlapped {fn_none_touch} | spans no "
              f"rule cue overlaps {prop}: exact gold {prop_exact} "
              f"(P {prop_exact / max(prop, 1):.3f}), overlap gold {prop_touch} "
              f"(P {prop_touch / max(prop, 1):.3f})")
    for least in (0.95, 0.9, 0.85, 0.8):
        for what, keep in (("spans", lambda c: True), ("single verbs", lambda c: c[2])):
            chosen = [c for c in confident if c[0] >= least and keep(c)]
            right = sum(c[1] for c in chosen)
            print(f"uncovered {what} with every token's P(not O) >= {least}: {len(chosen)}, "
                  f"exact gold {right} (P {right / max(len(chosen), 1):.3f})")


if __name__ == "__main__":
    main()
