"""Cache, once, the token vectors of a transformer over PTC for the flag head (issue 5).

Reads the PTC articles (``read_ptc`` order) and their spaCy parses from a DocBin written by
``flag_finetune_cache.py`` (checked against the articles' texts; re-parsed when missing),
runs a transformer over :mod:`sitrep.extract.flag_encoder`'s chunks (the same packing of whole
sentences) and pools, for each spaCy token, the mean over its wordpieces of the mean of some
hidden layers, for several layer selections in one pass. Each selection goes to
``OUT/<name>.npy`` (float16, tokens of all articles concatenated in order); nothing is written
into the repository.

    PYTHONPATH=src python benchmarks/flag_encoder_cache.py PTC_DIR MODEL_DIR OUT \
        [--docs DOCBIN] [--limit N] [--threads 2]

Selections are hidden-state indices (0 = embeddings): for a 12-layer model ``last4`` is
9..12, ``last1`` 12 and ``mid`` 5..8.
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
    from transformers import AutoModel, AutoTokenizer

    from sitrep.evaluate.flags import read_ptc
    from sitrep.extract.flag_encoder import TokenEncoder, encoded_batches, token_index
    from sitrep.nlp import load_pipeline

    parser = argparse.ArgumentParser()
    parser.add_argument("ptc", type=Path)
    parser.add_argument("model", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--docs", type=Path)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    articles = read_ptc(args.ptc)
    nlp = load_pipeline()
    if args.docs and args.docs.is_file():
        docs = list(DocBin().from_disk(args.docs).get_docs(nlp.vocab))
        if [d.text for d in docs] != [a.text for a in articles]:
            raise SystemExit("the cached parses do not match the PTC articles")
    else:
        docs = list(nlp.pipe((a.text for a in articles), batch_size=16))
    if args.limit:
        docs = docs[:args.limit]
    torch.set_num_threads(args.threads)
    tokenizer = AutoTokenizer.from_pretrained(str(args.model), local_files_only=True)
    model = AutoModel.from_pretrained(str(args.model), local_files_only=True,
                                      output_hidden_states=True).eval()
    layers = model.config.num_hidden_layers
    dim = model.config.hidden_size
    selections = {"last4": list(range(layers - 3, layers + 1)), "last1": [layers],
                  "mid": list(range(layers // 2 - 1, layers // 2 + 3))}
    encoder = TokenEncoder(tokenizer, model)
    out: dict[str, list[np.ndarray]] = {name: [] for name in selections}
    t0 = time.perf_counter()
    for n, doc in enumerate(docs):
        totals = {name: np.zeros((len(doc), dim), dtype=np.float32) for name in selections}
        count = np.zeros(len(doc), dtype=np.float32)
        token_at = token_index(doc)
        for batch in encoded_batches(encoder, doc):
            pooled = {name: torch.stack([batch.hidden[i] for i in chosen]).mean(0).numpy()
                      for name, chosen in selections.items()}
            for row, start in enumerate(batch.starts):
                for piece, (first, end) in enumerate(batch.offsets[row]):
                    if end <= first:
                        continue
                    i = token_at[start + first]
                    if i >= 0:
                        for name, states in pooled.items():
                            totals[name][i] += states[row, piece]
                        count[i] += 1
        for name, total in totals.items():
            out[name].append((total / np.maximum(count, 1.0)[:, None]).astype(np.float16))
        if n % 10 == 0:
            print(f"{n + 1} articles, {time.perf_counter() - t0:.0f} s", flush=True)
    encode_s = time.perf_counter() - t0
    for name, parts in out.items():
        np.save(args.out / f"{name}.npy", np.concatenate(parts))
    words = sum(len(d.text.split()) for d in docs)
    meta = {"articles": len(docs), "words": words, "tokens": sum(len(d) for d in docs),
            "encode_s": encode_s, "selections": selections, "dim": dim}
    (args.out / "meta.json").write_text(json.dumps(meta, indent=1))
    print(meta, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
