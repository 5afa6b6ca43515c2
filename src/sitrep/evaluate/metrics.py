"""Classification and span metrics shared by the evaluation modules."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class PRF:
    """Precision, recall and F1 of one label (or one pooled count), with the counts behind them."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def support(self) -> int:
        return self.tp + self.fn


def per_label(gold: Sequence[str], predicted: Sequence[str], labels: Iterable[str]
              ) -> dict[str, PRF]:
    """One :class:`PRF` per label of ``labels``, one gold and one predicted label per item.

    Items whose gold or predicted label is outside ``labels`` still count: a prediction of a
    listed label on an unlisted gold row is a false positive of that label, and a listed gold
    label predicted as anything else is a false negative.
    """
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold labels but {len(predicted)} predictions")
    scores = {}
    for label in labels:
        tp = sum(g == label and p == label for g, p in zip(gold, predicted, strict=True))
        fp = sum(g != label and p == label for g, p in zip(gold, predicted, strict=True))
        fn = sum(g == label and p != label for g, p in zip(gold, predicted, strict=True))
        scores[label] = PRF(tp, fp, fn)
    return scores


def weighted_f1(scores: dict[str, PRF]) -> float:
    """F1 averaged over labels, each weighted by its gold support (scikit-learn's 'weighted')."""
    total = sum(s.support for s in scores.values())
    return sum(s.f1 * s.support for s in scores.values()) / total if total else 0.0


def macro_f1(scores: dict[str, PRF]) -> float:
    """F1 averaged over the labels that occur in the gold data, each counting once."""
    present = [s for s in scores.values() if s.support]
    return sum(s.f1 for s in present) / len(present) if present else 0.0


def confusions(gold: Sequence[str], predicted: Sequence[str]) -> Counter[tuple[str, str]]:
    """How often each (gold, predicted) pair with gold != predicted occurs."""
    return Counter((g, p) for g, p in zip(gold, predicted, strict=True) if g != p)
