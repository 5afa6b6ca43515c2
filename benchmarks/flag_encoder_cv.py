"""Score cached token vectors through the shipped encoder path of the flag CV (issue 5).

Runs :func:`sitrep.evaluate.flags.cross_validate` (the same 5 folds by ``fold_of``, head
settings, averaging, decoding and lexicon gate as ``sitrep eval flags --encoder``) with the
parses of a DocBin and token vectors cached by ``flag_encoder_cache.py`` (or
``flag_finetune_cache.py``'s ``frozen.npy``), and prints SI P / R / F1, the per-fold SI F1,
the odd-id half's SI F1, FLC F1 and TC micro-F1 as one JSON line.

    PYTHONPATH=src python benchmarks/flag_encoder_cv.py PTC_DIR DOCBIN VECTORS.npy [--hidden 128]

With ``--save-head OUT.npz`` it instead trains one head on every article, as
:func:`sitrep.extract.flag_head.train_flag_head` does (same tokens, labels and weights), from
the cached vectors, and saves it.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np


def main() -> int:
    import torch
    from spacy.tokens import DocBin

    from sitrep.evaluate.flags import cross_validate, evaluate_flags, read_ptc
    from sitrep.nlp import load_pipeline

    parser = argparse.ArgumentParser()
    parser.add_argument("ptc", type=Path)
    parser.add_argument("docs", type=Path)
    parser.add_argument("vectors", type=Path)
    parser.add_argument("--hidden", type=int, default=128)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--save-head", type=Path)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    articles = read_ptc(args.ptc)
    nlp = load_pipeline()
    docs = list(DocBin().from_disk(args.docs).get_docs(nlp.vocab))
    if [d.text for d in docs] != [a.text for a in articles]:
        raise SystemExit("the cached parses do not match the PTC articles")
    flat = np.load(args.vectors, mmap_mode="r")
    bounds = np.cumsum([0] + [len(d) for d in docs])
    if bounds[-1] != len(flat):
        raise SystemExit(f"{len(flat)} vectors for {bounds[-1]} tokens")
    vectors = [np.asarray(flat[a:b], dtype=np.float32)
               for a, b in zip(bounds[:-1], bounds[1:], strict=True)]
    t0 = time.perf_counter()
    if args.save_head:
        return save_full_head(articles, docs, vectors, args.hidden, args.save_head)
    cv = cross_validate(articles, nlp, docs=docs, vectors=vectors, head_hidden=args.hidden)
    odd = [a for a in articles if a.fold_key % 2]
    odd_scores = evaluate_flags(odd, lambda _: [cv.combined.predictions[a.id] for a in odd])
    result = {"vectors": str(args.vectors), "hidden": args.hidden,
              "si_p": round(cv.combined.si.precision, 4), "si_r": round(cv.combined.si.recall, 4),
              "si_f1": round(cv.combined.si.f1, 4),
              "folds": [round(f, 4) for f in cv.fold_si_f1],
              "odd_si_f1": round(odd_scores.si.f1, 4), "flc_f1": round(cv.combined.flc.f1, 4),
              "tc": round(cv.combined.tc_micro_f1, 4), "seconds": round(time.perf_counter() - t0)}
    print(json.dumps(result), flush=True)
    return 0


def save_full_head(articles: list, docs: list, vectors: list, hidden: int, out: Path) -> int:
    from sitrep.extract.flag_head import fit_head, save_head
    from sitrep.extract.flag_model import TrainingData
    from sitrep.extract.flags import extract_lexicon_flags

    lexicons = [extract_lexicon_flags(doc, article=a.article())
                for doc, a in zip(docs, articles, strict=True)]
    data = TrainingData.build(docs, lexicons, articles)
    rows = np.arange(len(data.inside))
    head = fit_head(np.concatenate(vectors), data.inside, data.weights(rows), hidden=hidden)
    save_head(head, out)
    print(f"wrote {out} ({out.stat().st_size:,} bytes)", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
