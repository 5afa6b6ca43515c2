"""Fine-tune the top k layers of all-MiniLM-L6-v2 for PTC span identification (issue 5).

Reads the cache of ``benchmarks/flag_finetune_cache.py`` (spaCy parses, the hidden states h3,
h4, h5 of every chunk, the frozen token vectors). For each of the folds of
:func:`sitrep.evaluate.flags.cross_validate` (``fold_of``: article id modulo 5) it trains, on
the other folds' articles, copies of the pretrained layers 7-k..6 (k = ``--top``) and a token
head on the mean of the last 4 hidden layers pooled to spaCy tokens (standardised with the
training tokens' frozen mean and scale, 384-128-1 ReLU, dropout 0.2, as
:func:`sitrep.extract.flag_head.fit_head`), each token weighted as the span model weighs it;
then it gives each held-out token its P(inside). Those out-of-fold probabilities replace the
frozen head's in ``cross_validate(head_inside=…)``, which averages, decodes and combines them
with the lexicon exactly as the encoder path does. ``--freeze`` keeps the top layers
pretrained and trains the head alone through the same loop (the control; h6 is not cached, so
it needs ``--top 1``). ``--frozen`` also scores the shipped frozen head on the same cache and
folds.

    PYTHONPATH=src python benchmarks/flag_finetune.py PTC_DIR /tmp/flagft --top 1
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

LAYERS = 6  # all-MiniLM-L6-v2
MEAN_OF = 4  # the token vector is the mean of the last 4 hidden layers (flag_encoder.LAYERS)


class Cache:
    """The cached chunks: hidden states, wordpiece -> token rows, article of each chunk."""

    def __init__(self, root: Path, first: np.ndarray) -> None:
        self.h = {n: np.load(root / f"h{n}.npy", mmap_mode="r") for n in (3, 4, 5)
                  if (root / f"h{n}.npy").exists()}  # the cue cache keeps h3 and h4 only
        self.piece_token = np.load(root / "piece_token.npy")
        self.article = np.load(root / "chunk_article.npy")
        self.length = np.load(root / "chunk_len.npy")
        self.offset = np.concatenate([[0], np.cumsum(self.length)])
        # the global token row of each wordpiece (-1: special token or no token)
        rows = first[np.repeat(self.article, self.length)] + self.piece_token
        self.row = np.where(self.piece_token >= 0, rows, -1)


def batch_tensors(cache: Cache, chunks: np.ndarray, top: int) -> tuple[Any, ...]:
    """Padded input (the state entering the first trained layer), frozen part of the mean of
    the last 4 layers, 2-D mask and wordpiece rows of ``chunks``."""
    import torch

    size = int(cache.length[chunks].max())
    entering = LAYERS - top  # index of the hidden state entering the first trained layer
    x = np.zeros((len(chunks), size, 384), dtype=np.float32)
    frozen = np.zeros_like(x)
    mask = np.zeros((len(chunks), size), dtype=np.int64)
    rows = np.full((len(chunks), size), -1, dtype=np.int64)
    for b, c in enumerate(chunks):
        lo, hi = cache.offset[c], cache.offset[c + 1]
        n = hi - lo
        if top:
            x[b, :n] = cache.h[entering][lo:hi]
        for layer in range(LAYERS - MEAN_OF + 1, entering + 1):  # frozen layers among 3..6
            frozen[b, :n] += cache.h[layer][lo:hi]
        mask[b, :n] = 1
        rows[b, :n] = cache.row[lo:hi]
    return (torch.from_numpy(x), torch.from_numpy(frozen), torch.from_numpy(mask),
            torch.from_numpy(rows))


class Tuned:
    """Trainable top layers + token head."""

    def __init__(self, model: Any, top: int, mean: np.ndarray, scale: np.ndarray,
                 seed: int, outputs: int = 1) -> None:
        import torch

        torch.manual_seed(seed)
        self.config = model.config
        self.layers = torch.nn.ModuleList(
            [copy.deepcopy(model.encoder.layer[i]) for i in range(LAYERS - top, LAYERS)])
        self.head = torch.nn.Sequential(torch.nn.Dropout(0.2), torch.nn.Linear(384, 128),
                                        torch.nn.ReLU(), torch.nn.Dropout(0.2),
                                        torch.nn.Linear(128, outputs))
        self.mean = torch.from_numpy(mean)
        self.scale = torch.from_numpy(scale)

    def train(self, on: bool) -> None:
        self.layers.train(on)
        self.head.train(on)

    def token_logits(self, x: Any, frozen: Any, mask: Any, rows: Any) -> tuple[Any, Any]:
        """Logit(s) of each distinct token row in the batch (a vector for one output, else a
        row per token), and those rows."""
        import torch
        from transformers.masking_utils import create_bidirectional_mask

        total = frozen
        if len(self.layers):
            attention = create_bidirectional_mask(config=self.config, inputs_embeds=x,
                                                  attention_mask=mask)
            hidden = x
            for layer in self.layers:
                out = layer(hidden, attention_mask=attention)
                hidden = out[0] if isinstance(out, tuple) else out
                total = total + hidden
        mean4 = total / MEAN_OF
        flat_rows = rows.reshape(-1)
        keep = flat_rows >= 0
        unique, where = torch.unique(flat_rows[keep], return_inverse=True)
        summed = torch.zeros((len(unique), 384)).index_add_(0, where,
                                                           mean4.reshape(-1, 384)[keep])
        count = torch.zeros(len(unique)).index_add_(0, where, torch.ones(len(where)))
        vectors = (summed / count[:, None] - self.mean) / self.scale
        return self.head(vectors).squeeze(1), unique


def fit_fold(cache: Cache, model: Any, train_chunks: np.ndarray, inside: np.ndarray,
             weights: np.ndarray, mean: np.ndarray, scale: np.ndarray, opts: Any) -> Tuned:
    import torch

    tuned = Tuned(model, opts.top, mean, scale, opts.seed)
    groups = [{"params": tuned.head.parameters(), "lr": opts.head_lr}]
    tuned.layers.requires_grad_(not opts.freeze)
    if not opts.freeze:
        groups.append({"params": tuned.layers.parameters(), "lr": opts.lr})
    optimiser = torch.optim.AdamW(groups, weight_decay=1e-2)
    steps = opts.epochs * -(-len(train_chunks) // opts.batch)
    warm = max(1, steps // 10)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda s: min((s + 1) / warm, max(0.0, (steps - s) / (steps - warm))))
    ys = torch.from_numpy(inside.astype(np.float32))
    ws = torch.from_numpy(weights.astype(np.float32))
    order = np.random.default_rng(opts.seed)
    tuned.train(True)
    tuned.layers.train(not opts.freeze)  # no dropout in layers that stay pretrained
    for _ in range(opts.epochs):
        shuffled = order.permutation(train_chunks)
        for b in range(0, len(shuffled), opts.batch):
            x, frozen, mask, rows = batch_tensors(cache, shuffled[b:b + opts.batch], opts.top)
            logits, unique = tuned.token_logits(x, frozen, mask, rows)
            loss = (torch.nn.functional.binary_cross_entropy_with_logits(
                logits, ys[unique], reduction="none") * ws[unique]).mean()
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            schedule.step()
    tuned.train(False)
    return tuned


def predict(cache: Cache, tuned: Tuned, chunks: np.ndarray, out: np.ndarray, top: int) -> None:
    """Write P(inside) of the tokens of ``chunks`` into ``out`` (token rows)."""
    import torch

    with torch.inference_mode():
        for b in range(0, len(chunks), 16):
            x, frozen, mask, rows = batch_tensors(cache, chunks[b:b + 16], top)
            logits, unique = tuned.token_logits(x, frozen, mask, rows)
            out[unique.numpy()] = torch.sigmoid(logits).numpy()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("ptc")
    parser.add_argument("cache")
    parser.add_argument("--top", type=int, default=1)
    parser.add_argument("--lr", type=float, default=5e-5)
    parser.add_argument("--head-lr", type=float, default=2e-3)
    parser.add_argument("--epochs", type=int, default=2)
    parser.add_argument("--batch", type=int, default=8)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--freeze", action="store_true", help="train the head alone")
    parser.add_argument("--frozen", action="store_true", help="also score the frozen head")
    parser.add_argument("--save", default="", help="write the out-of-fold P(inside) here")
    opts = parser.parse_args()
    if not 1 <= opts.top <= 3:
        parser.error("--top must be 1 to 3: the cache holds h3, h4 and h5")

    import torch
    from spacy.tokens import DocBin

    from sitrep.evaluate.flags import _fixed, cross_validate, evaluate_flags, fold_of, read_ptc
    from sitrep.extract import flag_model
    from sitrep.extract.flag_encoder import MINILM, load_encoder
    from sitrep.extract.flags import extract_flags
    from sitrep.nlp import load_pipeline

    torch.set_num_threads(2)
    root = Path(opts.cache)
    articles = read_ptc(Path(opts.ptc))
    nlp = load_pipeline()
    docs = list(DocBin().from_disk(root / "docs.spacy").get_docs(nlp.vocab))
    lexicons = [extract_flags(d, article=a.article()) for d, a in zip(docs, articles, strict=True)]
    data = flag_model.TrainingData.build(docs, lexicons, articles)
    first = np.searchsorted(data.article_of, np.arange(len(articles)))
    cache = Cache(root, first)
    frozen_vectors = np.load(root / "frozen.npy")
    fold = np.array([fold_of(a, opts.folds) for a in articles])
    token_fold = fold[data.article_of]
    model = load_encoder(MINILM, threads=2).model
    oof = np.zeros(len(data.inside), dtype=np.float64)
    timings = []
    for k in range(opts.folds):
        train = np.flatnonzero(token_fold != k)
        weights = np.zeros(len(data.inside))
        weights[train] = data.weights(train)
        x = frozen_vectors[train].astype(np.float32)
        mean, scale = x.mean(axis=0), (x.std(axis=0) + 1e-6).astype(np.float32)
        t0 = time.perf_counter()
        tuned = fit_fold(cache, model, np.flatnonzero(fold[cache.article] != k), data.inside,
                         weights, mean, scale, opts)
        t1 = time.perf_counter()
        # tokens in no chunk get the frozen path's zero vector
        held = np.flatnonzero(token_fold == k)
        with torch.inference_mode():
            zero = torch.sigmoid(tuned.head((torch.zeros(1, 384) - tuned.mean) / tuned.scale))
        oof[held] = float(zero)
        predict(cache, tuned, np.flatnonzero(fold[cache.article] == k), oof, opts.top)
        t2 = time.perf_counter()
        words = sum(len(a.text.split()) for a, f in zip(articles, fold, strict=True) if f == k)
        timings.append((t1 - t0, (t2 - t1) / words * 1000))
        print(f"fold {k}: train {t1 - t0:.0f} s, predict {t2 - t1:.1f} s "
              f"({(t2 - t1) / words * 1000:.3f} s per 1,000 words)", flush=True)
    if opts.save:
        np.save(opts.save, oof)
    per_doc = [oof[first[n]:first[n] + len(docs[n])] for n in range(len(docs))]
    odd = [n for n, a in enumerate(articles) if a.fold_key % 2]
    runs = {"tuned": {"head_inside": per_doc}}
    if opts.frozen:
        runs["frozen"] = {"vectors": [frozen_vectors[first[n]:first[n] + len(docs[n])]
                                      .astype(np.float32) for n in range(len(docs))]}
    results = {}
    for name, extra in runs.items():
        cv = cross_validate(articles, nlp, folds=opts.folds, docs=docs, **extra)
        odd_si = evaluate_flags([articles[n] for n in odd],
                                _fixed([cv.combined.predictions[articles[n].id]
                                        for n in odd])).si.f1
        results[name] = {**cv.combined.summary(), "folds": [round(f, 4) for f in cv.fold_si_f1],
                         "odd_si_f1": round(odd_si, 4)}
        print(name, json.dumps(results[name]), flush=True)
    print(json.dumps({"options": vars(opts), "timings": timings, "results": results}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
