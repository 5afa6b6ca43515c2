"""A small dense head over contextual token vectors: P(inside a propaganda span) (opt-in).

The vectors are those of :mod:`sitrep.extract.flag_encoder`. The head standardises them (the
training tokens' mean and standard deviation), then applies one hidden layer of
:data:`HIDDEN` ReLU units and a logistic output. It is trained with torch (AdamW, learning
rate 2e-3, weight decay 1e-2, dropout 0.2 on the input and on the hidden layer, batches of
2,048 tokens, :data:`EPOCHS` epochs, seeded), each token weighted as the span model weighs it
(``TrainingData.weights``: short spans count more); applying it needs only NumPy.

Its P(inside) is averaged with the hashed span model's (:func:`averaged`) and decoded as
before (:mod:`sitrep.extract.flag_spans`, same thresholds). 5-fold cross-validation by article
on PTC: SI F1 0.394 -> 0.445 (``knowledge/flag_model.md``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from sitrep.errors import ResourceError

HIDDEN = 128
EPOCHS = 3
BATCH = 2048
INSTALL_TORCH = "training the flag head needs torch: pip install torch==2.13.0"


@dataclass(frozen=True, eq=False)
class DenseHead:
    """Standardisation and the weights of the one-hidden-layer head (float32 arrays)."""

    mean: Any  # DIM
    scale: Any  # DIM
    hidden_weights: Any  # DIM x HIDDEN
    hidden_bias: Any  # HIDDEN
    out_weights: Any  # HIDDEN
    out_bias: float


def head_probabilities(head: DenseHead, vectors: Any) -> Any:
    """P(inside) of each row of ``vectors`` (tokens x DIM)."""
    x = (np.asarray(vectors, dtype=np.float32) - head.mean) / head.scale
    hidden = np.maximum(x @ head.hidden_weights + head.hidden_bias, 0.0)
    score = hidden @ head.out_weights + head.out_bias
    return 0.5 * (1.0 + np.tanh(0.5 * score.astype(np.float64)))


def averaged(model_inside: Any, head_inside: Any) -> Any:
    """The mean of the span model's and the head's P(inside), token by token."""
    return (np.asarray(model_inside) + np.asarray(head_inside)) / 2.0


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
    net = torch.nn.Sequential(torch.nn.Dropout(0.2), torch.nn.Linear(x.shape[1], hidden),
                              torch.nn.ReLU(), torch.nn.Dropout(0.2), torch.nn.Linear(hidden, 1))
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
    first, second = net[1], net[4]
    return DenseHead(mean, scale.astype(np.float32),
                     first.weight.detach().numpy().T.copy(), first.bias.detach().numpy().copy(),
                     second.weight.detach().numpy()[0].copy(),
                     float(second.bias.detach().numpy()[0]))
