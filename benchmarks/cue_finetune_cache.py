"""Cache, once, what fine-tuning MiniLM as a tagger of attribution cues needs (issue 5).

For each PolNeAR split named (``train``, ``dev``) it parses the articles with spaCy (in the
order of :func:`sitrep.evaluate.claims.read_polnear`) into ``{split}.docbin``, keeps the
claims rules' attributions next to the gold ones (``{split}_rules.pkl``: per article the
pair (gold, predicted) of :func:`sitrep.evaluate.claims.evaluate_claims`; the same files as
``benchmarks/cue_tagger_cv.py`` makes for train), and runs all-MiniLM-L6-v2 once over the
chunks of :mod:`sitrep.extract.flag_encoder` (whole sentences up to 200 wordpieces), keeping
the hidden states h3 and h4 of every chunk as float16 (h4 enters layer 5: the top two layers
are trained from it), each wordpiece's token (row of the article's doc, -1 for special
tokens), the article of each chunk and its length, under ``{split}/``. Each step is skipped
when its output exists. Everything goes to a private directory, nothing into the repository.

    PYTHONPATH=src python benchmarks/cue_finetune_cache.py /tmp/cueft train dev [--train-folds 0,1]
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

POLNEAR = Path(__file__).resolve().parents[2] / "shared/data/attribution/polnear"
KEPT = (3, 4)  # hidden states cached: h3 (frozen part of the mean of the last 4) and h4


def parsed(cache: Path, split: str, nlp: Any) -> tuple[list[Any], list[Any], list[Any]]:
    """The gold articles, spaCy parses and (gold, rules) attributions of a split (made once)."""
    from spacy.tokens import DocBin

    from sitrep.evaluate.claims import evaluate_claims, read_polnear
    from sitrep.extract.claims import extract_claims
    from sitrep.model import Analysis

    arts = list(read_polnear(POLNEAR / split))
    cache.mkdir(parents=True, exist_ok=True)
    path = cache / f"{split}.docbin"
    if not path.exists():
        t0 = time.perf_counter()
        db = DocBin(store_user_data=True)
        for n, d in enumerate(nlp.pipe((a.text for a in arts), batch_size=16)):
            db.add(d)
            if n % 100 == 0:
                print(f"{split}: parsed {n}/{len(arts)}, {time.perf_counter() - t0:.0f} s",
                      flush=True)
        path.write_bytes(db.to_bytes())
        print(f"{split}: parse {time.perf_counter() - t0:.0f} s", flush=True)
    docs = list(DocBin().from_bytes(path.read_bytes()).get_docs(nlp.vocab))
    ruled = cache / f"{split}_rules.pkl"
    if not ruled.exists():
        t0 = time.perf_counter()
        by_text = {d.text: d for d in docs}
        scores = evaluate_claims(arts, lambda articles: (
            Analysis(article=a, claims=extract_claims(by_text[a.text], article=a))
            for a in articles))
        ruled.write_bytes(pickle.dumps([(r.gold, r.predicted) for r in scores.results]))
        print(f"{split}: rules {time.perf_counter() - t0:.0f} s, "
              f"cue exact F1 {scores.exact['cue_exact'].f1:.4f}", flush=True)
    rules = pickle.loads(ruled.read_bytes())
    assert len(docs) == len(arts) == len(rules)
    return arts, docs, rules


def encode(out: Path, docs: list[Any], folds: frozenset[int] = frozenset(range(5))) -> None:
    """MiniLM's h3 and h4 over every chunk of the ``docs`` whose index modulo 5 is in
    ``folds`` (see the module docstring)."""
    from flag_finetune_cache import save_chunks

    from sitrep.extract.flag_encoder import MINILM, encoded_batches, load_encoder, token_index

    if (out / "meta.json").exists():
        return
    out.mkdir(parents=True, exist_ok=True)
    encoder = load_encoder(MINILM, threads=2)
    t0 = time.perf_counter()
    states: dict[int, list[np.ndarray]] = {n: [] for n in KEPT}
    piece_token: list[np.ndarray] = []
    chunk_article: list[int] = []
    chunk_len: list[int] = []
    for n, doc in enumerate(docs):
        if n % 5 not in folds:
            continue
        token_at = token_index(doc)
        for batch in encoded_batches(encoder, doc):
            for row, start in enumerate(batch.starts):
                size = int(batch.lengths[row])
                tokens = np.full(size, -1, dtype=np.int32)
                for piece, (first, end) in enumerate(batch.offsets[row][:size]):
                    if end > first:
                        tokens[piece] = token_at[start + first]
                for layer in KEPT:
                    states[layer].append(
                        batch.hidden[layer][row, :size].numpy().astype(np.float16))
                piece_token.append(tokens)
                chunk_article.append(n)
                chunk_len.append(size)
        if n % 100 == 0:
            print(f"{out.name}: encoded {n}/{len(docs)}, {time.perf_counter() - t0:.0f} s",
                  flush=True)
    encode_s = time.perf_counter() - t0
    save_chunks(out, states, piece_token, chunk_article, chunk_len)
    meta = {"articles": len(set(chunk_article)), "folds": sorted(folds), "chunks": len(chunk_len),
            "pieces": int(sum(chunk_len)), "encode_s": round(encode_s, 1)}
    (out / "meta.json").write_text(json.dumps(meta, indent=1))
    print(out.name, meta, flush=True)


def main() -> int:
    from sitrep.nlp import load_pipeline

    parser = argparse.ArgumentParser()
    parser.add_argument("cache")
    parser.add_argument("splits", nargs="*", default=["train", "dev"])
    parser.add_argument("--train-folds", default="0,1,2,3,4",
                        help="encode only the train articles whose index modulo 5 is one of "
                        "these (the machine's time allowed 0 and 1 on 2026-12-07)")
    opts = parser.parse_args()
    cache = Path(opts.cache)
    nlp = load_pipeline()
    docs = {split: parsed(cache, split, nlp)[1] for split in opts.splits}
    for split in opts.splits:
        folds = frozenset(int(f) for f in opts.train_folds.split(",")) if split == "train" \
            else frozenset(range(5))
        encode(cache / split, docs[split], folds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
