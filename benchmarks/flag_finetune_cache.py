"""Cache, once, what fine-tuning the top of MiniLM for propaganda spans needs (issue 5).

Parses the PTC articles with spaCy (a DocBin) and runs all-MiniLM-L6-v2 once over the chunks
of :mod:`sitrep.extract.flag_encoder` (the same packing of whole sentences), keeping for each
chunk the hidden states h3, h4 and h5 (the outputs of layers 3, 4 and 5; h5 enters layer 6,
h4 layer 5) as float16, each wordpiece's token (row of the article's doc, -1 for the special
tokens) and the frozen token vectors of :func:`sitrep.extract.flag_encoder.token_vectors` (the
mean of h3..h6 pooled over wordpieces), so that the frozen head can be scored on the same
cache. Everything goes to a private directory; nothing is written into the repository.

    PYTHONPATH=src python benchmarks/flag_finetune_cache.py PTC_DIR /tmp/flagft
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np


def save_chunks(out: Path, states: dict[int, list[Any]], piece_token: list[Any],
                chunk_article: list[int], chunk_len: list[int]) -> None:
    """Write the cached hidden states (``h{layer}.npy``), each wordpiece's token and each
    chunk's article and length, as the fine-tuning caches of flags and cues read them."""
    for layer, parts in states.items():
        np.save(out / f"h{layer}.npy", np.concatenate(parts))
    np.save(out / "piece_token.npy", np.concatenate(piece_token))
    np.save(out / "chunk_article.npy", np.array(chunk_article, dtype=np.int32))
    np.save(out / "chunk_len.npy", np.array(chunk_len, dtype=np.int32))


def main() -> int:
    import torch
    from spacy.tokens import DocBin

    from sitrep.evaluate.flags import read_ptc
    from sitrep.extract.flag_encoder import MINILM, encoded_batches, load_encoder, token_index
    from sitrep.nlp import load_pipeline

    ptc, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    articles = read_ptc(ptc)
    nlp = load_pipeline()
    t0 = time.perf_counter()
    docs = list(nlp.pipe((a.text for a in articles), batch_size=16))
    parse_s = time.perf_counter() - t0
    bin_ = DocBin(store_user_data=True)
    for doc in docs:
        bin_.add(doc)
    bin_.to_disk(out / "docs.spacy")
    again = list(bin_.get_docs(nlp.vocab))
    same = all([s.start for s in a.sents] == [s.start for s in b.sents]
               for a, b in zip(docs, again, strict=True))
    print(f"parsed {len(docs)} in {parse_s:.0f} s; sentences survive the DocBin: {same}",
          flush=True)

    encoder = load_encoder(MINILM, threads=2)
    t0 = time.perf_counter()
    states: dict[int, list[np.ndarray]] = {3: [], 4: [], 5: []}
    piece_token: list[np.ndarray] = []
    chunk_article: list[int] = []
    chunk_len: list[int] = []
    frozen: list[np.ndarray] = []
    for n, doc in enumerate(docs):
        total = np.zeros((len(doc), MINILM.dim), dtype=np.float32)
        count = np.zeros(len(doc), dtype=np.float32)
        token_at = token_index(doc)
        for batch in encoded_batches(encoder, doc):
            hidden = batch.hidden
            mean4 = torch.stack(hidden[-4:]).mean(0).numpy()
            for row, start in enumerate(batch.starts):
                size = int(batch.lengths[row])
                tokens = np.full(size, -1, dtype=np.int32)
                for piece, (first, end) in enumerate(batch.offsets[row][:size]):
                    if end <= first:
                        continue
                    i = token_at[start + first]
                    if i >= 0:
                        tokens[piece] = i
                        total[i] += mean4[row, piece]
                        count[i] += 1
                for layer in (3, 4, 5):
                    states[layer].append(hidden[layer][row, :size].numpy().astype(np.float16))
                piece_token.append(tokens)
                chunk_article.append(n)
                chunk_len.append(size)
        frozen.append((total / np.maximum(count, 1.0)[:, None]).astype(np.float16))
        if n % 50 == 0:
            print(f"{n} articles, {time.perf_counter() - t0:.0f} s", flush=True)
    encode_s = time.perf_counter() - t0
    save_chunks(out, states, piece_token, chunk_article, chunk_len)
    np.save(out / "frozen.npy", np.concatenate(frozen))
    words = sum(len(a.text.split()) for a in articles)
    meta = {"articles": len(articles), "words": words, "chunks": len(chunk_len),
            "pieces": int(sum(chunk_len)), "parse_s": parse_s, "encode_s": encode_s}
    (out / "meta.json").write_text(json.dumps(meta, indent=1))
    print(meta, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
