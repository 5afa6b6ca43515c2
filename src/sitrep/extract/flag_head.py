"""A small dense head over contextual token vectors: P(inside a propaganda span) (opt-in).

The vectors are those of :mod:`sitrep.extract.flag_encoder`. The head standardises them (the
training tokens' mean and standard deviation), then applies one hidden layer of
:data:`HIDDEN` ReLU units and a logistic output. It is trained with torch (AdamW, learning
rate 2e-3, weight decay 1e-2, dropout 0.2 on the input and on the hidden layer, batches of
2,048 tokens, :data:`EPOCHS` epochs, seeded), each token weighted as the span model weighs it
(``TrainingData.weights``: short spans count more); applying it needs only NumPy.

Its P(inside) and the hashed span model's are averaged with weights :data:`HEAD_WEIGHT` and
``1 - HEAD_WEIGHT`` (:func:`averaged`) and decoded as before (:mod:`sitrep.extract.flag_spans`,
same thresholds) except that each part is trimmed to its tokens with at least
:data:`ENCODER_PEAK_RATIO` of its highest probability. The lexicon's technique flags are kept
only where the averaged P(inside) of their tokens reaches :data:`LEXICON_FLOOR`
(:func:`confident_lexicon`): with the head, the model knows better than a word list when a
loaded word is not propaganda; hedges and verification cues are always kept. 5-fold
cross-validation by article on PTC: SI F1 0.394 (no encoder) -> 0.445 (plain mean, union with
every lexicon flag) -> 0.466 (these settings) with MiniLM's vectors (the shipped head), 0.479
with MPNet's (``flag_head_mpnet.npz``, opt-in; ``knowledge/flag_model.md``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from sitrep.errors import ResourceError
from sitrep.extract.flags import TECHNIQUE_KINDS
from sitrep.extract.hashed_model import read_model_file, shipped_path
from sitrep.model import Flag

if TYPE_CHECKING:
    from sitrep.evaluate.flags import PtcArticle
    from sitrep.extract.flag_encoder import EncoderSpec, TokenEncoder

HIDDEN = 128
HEAD_WEIGHT = 0.6  # the head's share of the averaged P(inside); the span model has the rest
ENCODER_PEAK_RATIO = 0.3  # flag_spans.PEAK_RATIO on the encoder path
LEXICON_FLOOR = 0.3  # a lexicon technique flag needs this mean averaged P(inside)
EPOCHS = 3
BATCH = 2048
INSTALL_TORCH = "training the flag head needs torch: pip install 'sitrep[encoder]'"
HEAD_FILE = "flag_head.npz"  # the shipped head (MiniLM vectors), trained on all of PTC train
MPNET_HEAD_FILE = "flag_head_mpnet.npz"  # the same on all-mpnet-base-v2 vectors (opt-in)
FORMAT = 1


@dataclass(frozen=True, eq=False)
class DenseHead:
    """Standardisation and the weights of the one-hidden-layer head (float32 arrays)."""

    mean: Any  # DIM
    scale: Any  # DIM
    hidden_weights: Any  # DIM x HIDDEN
    hidden_bias: Any  # HIDDEN
    out_weights: Any  # HIDDEN
    out_bias: float


@dataclass(frozen=True, eq=False)
class FlagEncoder:
    """The loaded transformer and the trained head: the opt-in dense half of the flag model,
    loaded once (:func:`load_flag_encoder`) and injected like the spaCy pipeline."""

    encoder: TokenEncoder
    head: DenseHead

    def inside(self, doc: Any) -> Any:
        """The head's P(inside) of each token of ``doc``."""
        from sitrep.extract.flag_encoder import token_vectors

        return head_probabilities(self.head, token_vectors(self.encoder, doc))


def load_flag_encoder(head_path: Path | str | None = None, *,
                      spec: EncoderSpec | None = None) -> FlagEncoder:
    """Load the encoder of ``spec`` (:func:`sitrep.extract.flag_encoder.load_encoder`; MiniLM
    by default) and the head (by default the shipped one for that encoder); a
    :class:`ResourceError` says what to install when the ``encoder`` extra is missing."""
    from sitrep.extract.flag_encoder import DEFAULT, MPNET, load_encoder

    spec = DEFAULT if spec is None else spec
    encoder = load_encoder(spec)  # first: a missing extra says what to install
    if head_path is None:
        head_path = shipped_path(MPNET_HEAD_FILE) if spec == MPNET else default_head_path()
    return FlagEncoder(encoder, matching_head(load_head(head_path), encoder.dim, head_path))


def matching_head(head: DenseHead, dim: int, where: Path | str) -> DenseHead:
    """``head`` itself when it reads vectors of ``dim`` dimensions; else a
    :class:`ResourceError` (a head trained on another encoder's vectors)."""
    if head.mean.shape != (dim,):
        raise ResourceError(f"{where}: a flag head for {head.mean.shape[0]}-d vectors, but the "
                            f"encoder gives {dim}-d ones: rebuild it with "
                            "`sitrep flags train --encoder`")
    return head


def head_probabilities(head: DenseHead, vectors: Any) -> Any:
    """P(inside) of each row of ``vectors`` (tokens x DIM)."""
    x = (np.asarray(vectors, dtype=np.float32) - head.mean) / head.scale
    hidden = np.maximum(x @ head.hidden_weights + head.hidden_bias, 0.0)
    score = hidden @ head.out_weights + head.out_bias
    return 0.5 * (1.0 + np.tanh(0.5 * score.astype(np.float64)))


def averaged(model_inside: Any, head_inside: Any, weight: float = HEAD_WEIGHT) -> Any:
    """The span model's and the head's P(inside), token by token, averaged with weights
    ``1 - weight`` and ``weight``."""
    return (1.0 - weight) * np.asarray(model_inside) + weight * np.asarray(head_inside)


def confident_lexicon(doc: Any, lexicon: Sequence[Flag], inside: Any,
                      floor: float = LEXICON_FLOOR) -> tuple[Flag, ...]:
    """The flags of ``lexicon`` to keep beside the encoder path's spans: every flag that is no
    propaganda technique (hedges, verification cues), and the technique flags whose tokens
    have a mean ``inside`` probability of at least ``floor``."""
    techniques = set(TECHNIQUE_KINDS.values())
    kept = []
    for flag in lexicon:
        span = doc.char_span(flag.span.start, flag.span.end, alignment_mode="expand")
        if flag.kind not in techniques or span is None or not len(span) \
                or float(np.mean(inside[span.start:span.end])) >= floor:
            kept.append(flag)
    return tuple(kept)


def fit_head(vectors: Any, inside: Any, weights: Any, *, seed: int = 0, epochs: int = EPOCHS,
             hidden: int = HIDDEN) -> DenseHead:
    """Train a :class:`DenseHead` on tokens (``vectors``, bool ``inside``, ``weights``)."""
    try:
        import torch
    except ImportError as exc:
        raise ResourceError(INSTALL_TORCH) from exc
    x = np.asarray(vectors, dtype=np.float32)
    mean = x.mean(axis=0)
    scale = x.std(axis=0) + 1e-6
    x = (x - mean) / scale
    torch.manual_seed(seed)
    first, second = torch.nn.Linear(x.shape[1], hidden), torch.nn.Linear(hidden, 1)
    net = torch.nn.Sequential(torch.nn.Dropout(0.2), first, torch.nn.ReLU(), torch.nn.Dropout(0.2),
                              second)
    optimiser = torch.optim.AdamW(net.parameters(), lr=2e-3, weight_decay=1e-2)
    xs = torch.from_numpy(x)
    ys = torch.from_numpy(np.asarray(inside, dtype=np.float32))
    ws = torch.from_numpy(np.asarray(weights, dtype=np.float32))
    order = torch.Generator().manual_seed(seed)
    for _ in range(epochs):
        net.train()
        permutation = torch.randperm(len(xs), generator=order)
        for b in range(0, len(permutation), BATCH):
            rows = permutation[b:b + BATCH]
            loss = (torch.nn.functional.binary_cross_entropy_with_logits(
                net(xs[rows]).squeeze(1), ys[rows], reduction="none") * ws[rows]).mean()
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
    return DenseHead(mean, scale.astype(np.float32),
                     first.weight.detach().numpy().T.copy(), first.bias.detach().numpy().copy(),
                     second.weight.detach().numpy()[0].copy(),
                     float(second.bias.detach().numpy()[0]))


# Training on a corpus, saving and loading


def train_flag_head(articles: Sequence[PtcArticle], *, nlp: Any, encoder: TokenEncoder,
                    batch_size: int = 16) -> DenseHead:
    """Train a :class:`DenseHead` on every token of PTC ``articles`` (as the span model is
    trained by :func:`sitrep.extract.flag_model.train_flag_model`)."""
    from sitrep.extract.flag_encoder import token_vectors
    from sitrep.extract.flag_model import TrainingData
    from sitrep.extract.flags import extract_lexicon_flags

    docs = list(nlp.pipe((a.text for a in articles), batch_size=batch_size))
    lexicons = [extract_lexicon_flags(doc, article=a.article())
                for doc, a in zip(docs, articles, strict=True)]
    data = TrainingData.build(docs, lexicons, articles)
    vectors = np.concatenate([token_vectors(encoder, doc) for doc in docs])
    rows = np.arange(len(data.inside))
    return fit_head(vectors, data.inside, data.weights(rows))


def save_head(head: DenseHead, path: Path) -> None:
    """Write ``head`` to ``path`` as a compressed ``.npz`` (float16 weights, float32
    standardisation)."""
    arrays: dict[str, Any] = {
        "format": np.array(FORMAT),
        "mean": np.asarray(head.mean, dtype=np.float32),
        "scale": np.asarray(head.scale, dtype=np.float32),
        "hidden_weights": np.asarray(head.hidden_weights, dtype=np.float16),
        "hidden_bias": np.asarray(head.hidden_bias, dtype=np.float32),
        "out_weights": np.asarray(head.out_weights, dtype=np.float16),
        "out_bias": np.array(head.out_bias, dtype=np.float32),
    }
    with path.open("wb") as fh:
        np.savez_compressed(fh, **arrays)


def default_head_path() -> Path:
    """The head that ships with sitrep."""
    return shipped_path(HEAD_FILE)


def load_head(path: Path | str | None = None) -> DenseHead:
    """Read a head written by :func:`save_head` (the shipped one by default); a missing,
    corrupt or inconsistent file is a :class:`ResourceError`."""
    path = default_head_path() if path is None else Path(path)

    def build(data: Any) -> DenseHead:
        return DenseHead(data["mean"].astype(np.float32), data["scale"].astype(np.float32),
                         data["hidden_weights"].astype(np.float32),
                         data["hidden_bias"].astype(np.float32),
                         data["out_weights"].astype(np.float32), float(data["out_bias"]))

    head = read_model_file(path, what="flag head", fmt=FORMAT, build=build,
                           missing="reinstall sitrep or rebuild it with "
                                   "`sitrep flags train --encoder`",
                           rebuild="rebuild it with `sitrep flags train --encoder`")
    dim, hidden = head.hidden_weights.shape
    if head.mean.shape != (dim,) or head.scale.shape != (dim,) \
            or head.hidden_bias.shape != (hidden,) or head.out_weights.shape != (hidden,):
        raise ResourceError(f"{path}: inconsistent flag head")
    return head
