"""Flag evaluation on the Propaganda Techniques Corpus (PTC, SemEval-2020 Task 11).

A PTC directory holds ``articles/article<ID>.txt`` (title line, blank line, body; offsets index
the whole file), ``train-task1-SI.labels`` (``id, start, end``) and ``train-task2-TC.labels``
(``id, technique, start, end``). Each article is analysed whole (``body_start`` 0: PTC
annotates titles too) and only the flags whose kind is a PTC technique count; hedges and
verification cues are not propaganda spans.

**SI** (span identification), as the task's scorer ``task-SI_scorer.py`` computes it:

- a span is the set of character offsets ``range(start, end)``; within one article, spans that
  share at least one character are merged into their union, repeatedly (touching spans,
  ``[0, 5)`` and ``[5, 9)``, stay apart). The scorer always merges gold spans and merges
  submitted ones with its ``-m`` option; we always merge both;
- for every predicted span s and gold span t of the same article,
  ``P = sum |s ∩ t| / |s| / #predicted`` and ``R = sum |s ∩ t| / |t| / #gold``, the counts
  taken over all articles; F1 is their harmonic mean, 1.0 when there is neither a prediction
  nor a gold span, 0.0 when P or R is 0.

**FLC** (per technique, the NLP4IF-2019 fragment-level metric of the same scorer): the SI
formula restricted to the pairs whose technique agrees, spans merged per technique. It gives
the per-technique precision, recall and F1, and ``flc_f1`` pools them.

**TC** (technique classification). The task scores techniques on the gold spans; sitrep
predicts its own spans, so ``tc_micro_f1`` is the micro-F1 of techniques over the predicted
spans whose offsets equal a gold span's exactly: on those spans, a predicted technique is
correct when a gold annotation of that span has it (each gold annotation matched once). It
measures how well sitrep names the technique of a span it delimited exactly like the
annotators, not how many spans it finds (``tc_spans`` says how many there were).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from sitrep.errors import InputError
from sitrep.extract import flag_model, flag_spans
from sitrep.extract.flag_encoder import TokenEncoder, token_vectors
from sitrep.extract.flag_head import (
    ENCODER_PEAK_RATIO,
    HIDDEN,
    averaged,
    confident_lexicon,
    fit_head,
    head_probabilities,
)
from sitrep.extract.flags import TECHNIQUE_KINDS, combine_flags, extract_flags
from sitrep.model import Article, Flag

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

SI_LABELS = "train-task1-SI.labels"
TC_LABELS = "train-task2-TC.labels"
# Flag.kind -> PTC technique name.
KIND_TECHNIQUES: dict[str, str] = {kind: name for name, kind in TECHNIQUE_KINDS.items()}

Predict = Callable[[Sequence[Article]], Iterable[Sequence[Flag]]]
Interval = tuple[int, int]


@dataclass(frozen=True)
class PtcSpan:
    """One gold annotation: ``[start, end)`` of the article file, with its technique for TC."""

    start: int
    end: int
    technique: str | None = None


@dataclass(frozen=True)
class PtcArticle:
    """One PTC article with its SI spans and its TC (technique) annotations."""

    id: str
    text: str
    spans: tuple[PtcSpan, ...]
    techniques: tuple[PtcSpan, ...]

    @property
    def fold_key(self) -> int:
        """The number used to assign the article to a fold (its numeric id)."""
        return int(self.id) if self.id.isdigit() else sum(map(ord, self.id))

    def article(self) -> Article:
        title = self.text.split("\n", 1)[0].strip() or None
        return Article(text=self.text, origin=f"ptc:{self.id}", title=title, id=f"ptc-{self.id}")


@dataclass(frozen=True)
class SpanScore:
    """Partial-overlap precision, recall and F1, with the span counts behind them."""

    precision: float
    recall: float
    f1: float
    predicted: int
    gold: int


@dataclass(frozen=True)
class FlagScores:
    """Scores of one run over PTC articles."""

    articles: int
    si: SpanScore
    flc: SpanScore
    per_technique: dict[str, SpanScore]
    tc_micro_f1: float
    tc_spans: int  # predicted spans whose offsets equal a gold span's
    predictions: dict[str, tuple[Flag, ...]] = field(repr=False)  # article id -> scored flags

    def summary(self) -> dict[str, float]:
        return {
            "si_precision": round(self.si.precision, 4),
            "si_recall": round(self.si.recall, 4),
            "si_f1": round(self.si.f1, 4),
            "flc_f1": round(self.flc.f1, 4),
            "tc_micro_f1": round(self.tc_micro_f1, 4),
            "tc_spans": float(self.tc_spans),
        }


def fold_of(article: PtcArticle, folds: int) -> int:
    """The fold (0 .. folds-1) of an article: its numeric id modulo ``folds``."""
    return article.fold_key % folds


def read_ptc(root: Path) -> list[PtcArticle]:
    """The articles of a PTC directory, in id order, with their gold spans.

    Raises :class:`InputError` naming the file and line when the directory is not PTC-shaped.
    """
    folder = root / "articles"
    paths = sorted(folder.glob("article*.txt"))
    if not paths:
        raise InputError(str(folder), "no article<ID>.txt files: not a PTC directory")
    texts = {p.stem.removeprefix("article"): p.read_text(encoding="utf-8") for p in paths}
    si = _read_labels(root / SI_LABELS, texts, columns=3)
    tc = _read_labels(root / TC_LABELS, texts, columns=4)
    return [PtcArticle(i, texts[i], tuple(si.get(i, ())), tuple(tc.get(i, ()))) for i in texts]


def _read_labels(path: Path, texts: dict[str, str], *, columns: int
                 ) -> dict[str, list[PtcSpan]]:
    spans: dict[str, list[PtcSpan]] = defaultdict(list)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(str(path), f"cannot read the labels: {exc}") from exc
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        row = line.split("\t")
        where = f"{path}:{number}"
        if len(row) != columns:
            raise InputError(where, f"expected {columns} tab-separated columns, found {len(row)}")
        article_id, technique = row[0], (row[1] if columns == 4 else None)
        try:
            start, end = int(row[-2]), int(row[-1])
        except ValueError:
            raise InputError(where, "start and end must be integers") from None
        if article_id not in texts:
            raise InputError(where, f"no article file for id {article_id}")
        if not 0 <= start < end <= len(texts[article_id]):
            raise InputError(where, f"span [{start}, {end}) outside article {article_id}")
        if technique is not None and technique not in TECHNIQUE_KINDS:
            raise InputError(where, f"unknown technique {technique!r}")
        spans[article_id].append(PtcSpan(start, end, technique))
    return spans


def merge_spans(spans: Iterable[Interval]) -> list[Interval]:
    """Spans sharing at least one character merged into their union, as the task scorer does.

    Spans that only touch (``[0, 5)`` and ``[5, 9)``) are kept apart; empty spans are dropped.
    """
    merged: list[list[int]] = []
    for start, end in sorted(s for s in spans if s[1] > s[0]):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(s, e) for s, e in merged]


def _overlap(a: Interval, b: Interval) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _credit(predicted: Sequence[Interval], gold: Sequence[Interval]) -> tuple[float, float]:
    """Summed ``|s ∩ t| / |s|`` and ``|s ∩ t| / |t|`` over all pairs of one article."""
    precision = recall = 0.0
    for s in predicted:
        for t in gold:
            common = _overlap(s, t)
            if common:
                precision += common / (s[1] - s[0])
                recall += common / (t[1] - t[0])
    return precision, recall


def _score(p_sum: float, p_count: int, r_sum: float, r_count: int) -> SpanScore:
    p = p_sum / p_count if p_count else 0.0
    r = r_sum / r_count if r_count else 0.0
    f1 = 2 * p * r / (p + r) if p > 0 and r > 0 else 0.0
    if not p_count and not r_count:
        f1 = 1.0  # nothing to find and nothing found, as the task scorer counts it
    return SpanScore(p, r, f1, p_count, r_count)


def _tc_counts(flags: Sequence[Flag], gold: Sequence[PtcSpan]) -> tuple[int, int, int, int]:
    """(correct, predicted labels, gold labels, spans) over predicted spans equal to a gold span."""
    gold_labels: dict[Interval, Counter[str]] = defaultdict(Counter)
    for g in gold:
        gold_labels[(g.start, g.end)][g.technique or ""] += 1
    predicted: dict[Interval, set[str]] = defaultdict(set)
    for f in flags:
        if (f.span.start, f.span.end) in gold_labels:
            predicted[(f.span.start, f.span.end)].add(KIND_TECHNIQUES[f.kind])
    correct = n_pred = n_gold = 0
    for interval, labels in predicted.items():
        wanted = gold_labels[interval]
        correct += sum(min(1, wanted[label]) for label in labels)
        n_pred += len(labels)
        n_gold += sum(wanted.values())
    return correct, n_pred, n_gold, len(predicted)


class _Tally:
    """Running sums of the partial-overlap formula."""

    def __init__(self) -> None:
        self.p_sum = self.r_sum = 0.0
        self.predicted = self.gold = 0

    def add(self, predicted: Sequence[Interval], gold: Sequence[Interval]) -> None:
        p_sum, r_sum = _credit(predicted, gold)
        self.p_sum += p_sum
        self.r_sum += r_sum
        self.predicted += len(predicted)
        self.gold += len(gold)

    def score(self) -> SpanScore:
        return _score(self.p_sum, self.predicted, self.r_sum, self.gold)


def evaluate_flags(articles: Sequence[PtcArticle], predict: Predict) -> FlagScores:
    """Run ``predict`` over the articles and score its propaganda-technique flags.

    ``predict`` gets the articles (:meth:`PtcArticle.article`) and yields the flags of each,
    in order; :func:`flag_predictor` makes one from a spaCy pipeline.
    """
    flags_of = [tuple(f for f in flags if f.kind in KIND_TECHNIQUES)
                for flags in predict([a.article() for a in articles])]
    if len(flags_of) != len(articles):
        raise ValueError(f"{len(articles)} articles but {len(flags_of)} predictions")
    si, flc = _Tally(), _Tally()
    per_technique = {t: _Tally() for t in TECHNIQUE_KINDS}
    tc = [0, 0, 0, 0]
    for ptc, flags in zip(articles, flags_of, strict=True):
        si.add(merge_spans((f.span.start, f.span.end) for f in flags),
               merge_spans((s.start, s.end) for s in ptc.spans))
        for technique, tally in per_technique.items():
            kind = TECHNIQUE_KINDS[technique]
            predicted = merge_spans((f.span.start, f.span.end) for f in flags if f.kind == kind)
            gold = merge_spans((s.start, s.end) for s in ptc.techniques
                               if s.technique == technique)
            tally.add(predicted, gold)
            flc.add(predicted, gold)
        for i, count in enumerate(_tc_counts(flags, ptc.techniques)):
            tc[i] += count
    correct, n_pred, n_gold, spans = tc
    tc_p = correct / n_pred if n_pred else 0.0
    tc_r = correct / n_gold if n_gold else 0.0
    return FlagScores(
        articles=len(articles),
        si=si.score(),
        flc=flc.score(),
        per_technique={t: tally.score() for t, tally in per_technique.items()},
        tc_micro_f1=2 * tc_p * tc_r / (tc_p + tc_r) if tc_p + tc_r else 0.0,
        tc_spans=spans,
        predictions={a.id: f for a, f in zip(articles, flags_of, strict=True)},
    )


def flag_predictor(nlp: Language, *, batch_size: int = 16) -> Predict:
    """A :data:`Predict` that parses with ``nlp`` and runs :func:`extract_flags`."""

    def predict(articles: Sequence[Article]) -> Iterable[Sequence[Flag]]:
        docs = nlp.pipe((a.text for a in articles), batch_size=batch_size)
        for article, doc in zip(articles, docs, strict=True):
            yield extract_flags(doc, article=article)

    return predict


@dataclass(frozen=True)
class CrossValidation:
    """Scores of the lexicon, of the model and of the two combined as the pipeline combines
    them, each model scored only on the articles of the fold it was not trained on."""

    folds: int
    lexicon: FlagScores
    model: FlagScores
    combined: FlagScores
    fold_si_f1: tuple[float, ...]  # SI F1 of the combination on each held-out fold
    encoder: bool = False  # whether a dense head on encoder vectors helped the model

    def summary(self) -> dict[str, dict[str, float]]:
        """Scores by gate table: ``flags.ptc`` (``flags.ptc_encoder`` with the encoder)."""
        name = "flags.ptc_encoder" if self.encoder else "flags.ptc"
        return {name: self.combined.summary(),
                f"{name}.lexicon": self.lexicon.summary(),
                f"{name}.model": self.model.summary()}


def cross_validate(articles: Sequence[PtcArticle], nlp: Language, *, folds: int = 5,
                   batch_size: int = 16, docs: Sequence[Doc] | None = None,
                   encoder: TokenEncoder | None = None, vectors: Sequence[Any] | None = None,
                   head_inside: Sequence[Any] | None = None, head_hidden: int = HIDDEN,
                   neutral: Sequence[str] = (), **options: Any) -> CrossValidation:
    """Train a flag model on ``folds - 1`` folds (:func:`fold_of`) and flag the held-out fold,
    for each fold in turn; score the lexicon, the model and their combination.

    Parses each article once (or takes its parse from ``docs``); needs scikit-learn.
    ``options`` go to :func:`sitrep.extract.flag_model.fit`. With an ``encoder`` (or the
    token ``vectors`` of each parse), a dense head (:mod:`sitrep.extract.flag_head`, needs
    torch; ``head_hidden`` hidden units) is trained on the same folds and its P(inside)
    averaged with the model's, decoded and combined with the lexicon as
    :func:`sitrep.extract.flags.extract_flags` does.
    ``head_inside`` (one array per parse, a P(inside) per token, out of fold: from a head not
    trained on that article's fold) takes the place of that head's probabilities.
    ``neutral`` texts (:mod:`sitrep.evaluate.neutral`) are extra negatives of every fold's
    span model (never scored; the dense head does not see them).
    """
    if docs is None:
        docs = list(nlp.pipe((a.text for a in articles), batch_size=batch_size))
    if vectors is None and encoder is not None:
        vectors = [token_vectors(encoder, doc) for doc in docs]
    dense = np.concatenate(list(vectors)) if vectors is not None else None
    plain = [a.article() for a in articles]
    lexicons = [extract_flags(doc, article=a) for doc, a in zip(docs, plain, strict=True)]
    negatives = flag_model.neutral_articles(neutral)
    extra = list(nlp.pipe(neutral, batch_size=batch_size)) if neutral else []
    data = flag_model.TrainingData.build(
        [*docs, *extra],
        [*lexicons, *(extract_flags(d, article=a.article()) for d, a in zip(
            extra, negatives, strict=True))],
        [*articles, *negatives], len(negatives))
    fold = np.array([fold_of(a, folds) for a in articles])
    token_fold = np.append(fold, np.full(len(negatives), -1))[data.article_of]
    ends = np.append(data.starts[1:], len(data.flat))
    first = np.searchsorted(data.article_of, np.arange(len(articles)))
    last = np.searchsorted(data.article_of, np.arange(len(articles)), side="right") - 1
    found: list[tuple[Flag, ...]] = [()] * len(articles)
    kept = list(lexicons)  # the lexicon flags beside the model's (all but, with the encoder,
    # the technique flags where the averaged P(inside) is low: flag_head.confident_lexicon)
    for k in range(folds):
        if not (fold == k).any():
            continue
        train = np.flatnonzero(token_fold != k)
        model = flag_model.fit(data, train, **options)
        own = data.ptc_rows(train)  # the PTC tokens, first in ``data`` as in ``dense``
        head = (None if dense is None else
                fit_head(dense[own], data.inside[own], data.weights(own), hidden=head_hidden))
        for n in map(int, np.flatnonzero(fold == k)):
            if last[n] < first[n]:  # an empty article
                continue
            flat = data.flat[data.starts[first[n]]:ends[last[n]]]
            starts = data.starts[first[n]:last[n] + 1] - data.starts[first[n]]
            inside = flag_model.inside_probabilities(model, flat, starts)
            peak_ratio = flag_spans.PEAK_RATIO
            dense_inside = (head_inside[n] if head_inside is not None else
                            None if head is None or dense is None else
                            head_probabilities(head, dense[first[n]:last[n] + 1]))
            if dense_inside is not None:
                inside = averaged(inside, dense_inside)
                peak_ratio = ENCODER_PEAK_RATIO
                kept[n] = confident_lexicon(docs[n], lexicons[n], inside)
            found[n] = flag_model.decode(docs[n], plain[n], model, inside,
                                         flag_model.technique_scores(model, flat, starts),
                                         peak_ratio=peak_ratio)
    combined = [combine_flags(lex, own) for lex, own in zip(kept, found, strict=True)]
    by_fold = []
    for k in range(folds):
        held = [n for n in range(len(articles)) if fold[n] == k]
        if held:
            by_fold.append(evaluate_flags([articles[n] for n in held],
                                          _fixed([combined[n] for n in held])).si.f1)
    return CrossValidation(
        folds=folds,
        lexicon=evaluate_flags(articles, _fixed(lexicons)),
        model=evaluate_flags(articles, _fixed(found)),
        combined=evaluate_flags(articles, _fixed(combined)),
        fold_si_f1=tuple(by_fold),
        encoder=dense is not None or head_inside is not None,
    )


def _fixed(flags: Sequence[Sequence[Flag]]) -> Predict:
    """A :data:`Predict` returning flags already found."""
    return lambda _: flags
