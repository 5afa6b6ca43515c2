"""A trained tagger of propaganda spans: hashed token features, two linear models, NumPy only.

sitrep ships one model, ``knowledge/flag_model.npz``, trained on the Propaganda Techniques
Corpus (PTC, SemEval-2020 task 11; see ``knowledge/flag_model.md`` for its provenance and
cross-validated scores). :func:`train_flag_model` rebuilds it from a PTC-format directory
(``sitrep flags train``) and needs scikit-learn (``pip install 'sitrep[train]'``); loading and
applying a model need only NumPy, which spaCy already brings.

Each token gets feature strings (its word, lemma, tag, shape, neighbours, syntactic head and
children, words of its sentence, the lexicon flags near it; for the whole article, the words
of its first sentence (the title in PTC) and how dense its lexicon flags are), hashed to
``2**hash_bits`` indices. Two models score them, each a weight per index plus an intercept:

- the *span* model: logistic regression of "inside some propaganda span" (the task 1 spans),
  each inside token weighted by ``1 / sqrt(length of its span)`` (rescaled to keep the total),
  so that short spans count more than their share of tokens: the SI metric averages recall
  over spans, not tokens;
- the *technique* model: one-vs-rest logistic regression over the PTC techniques, trained
  on the tokens inside technique spans (the task 2 labels; the shortest span where several
  cover a token), weighted by span length in the same way, with averaged SGD.

A span is a run of tokens whose inside probability reaches ``threshold`` somewhere and stays
above ``low`` throughout, within one sentence, cut at clause punctuation and trimmed to the
tokens near its peak probability (:mod:`sitrep.extract.flag_spans`), then widened to cover a
named entity it cuts ("Hillary | Clinton"); its technique is the one with the highest
summed technique score over its tokens, its confidence the mean P(inside) of its tokens
(``Flag.confidence``). A span whose lemma sequence occurs :data:`REPEATS` times or more in
the article is flagged a second time, as Repetition (PTC marks repeated phrases so, as well
as by their own technique); the technique model alone seldom names Repetition, which
depends on the rest of the article.

A saved model is a compressed ``.npz`` of plain arrays (only the nonzero weights, as
float16), read with ``allow_pickle=False``: loading one runs no code.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from sitrep.errors import ResourceError
from sitrep.extract import flag_spans
from sitrep.extract.flags import TECHNIQUE_KINDS, extract_lexicon_flags
from sitrep.extract.hashed_model import hash_indices, read_model_file, shipped_path
from sitrep.model import MODEL_FLAG_TERM, Article, Flag

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from sitrep.evaluate.flags import PtcArticle
    from sitrep.extract.flag_head import FlagEncoder

FORMAT = 3  # 3: article-level features (first-sentence words, lexicon density)
HASH_BITS = 18
MODEL_FILE = "flag_model.npz"
TERM = MODEL_FLAG_TERM  # Flag.term of the spans the model finds
SPAN_WEIGHTS = 60_000  # nonzero weights kept in the span model
TECHNIQUE_WEIGHTS = 6_000  # nonzero weights kept per technique
REPETITION = "Repetition"  # a model span whose words recur is also flagged as this technique
REPEATS = 3  # ... when they occur this many times in the article (itself included)
LENGTH_POWER = 0.5  # inside tokens weigh 1 / (span length in tokens) ** LENGTH_POWER
NEUTRAL_WEIGHT = 0.1  # the training weight of each token of a neutral text (extra negatives)
INSTALL_TRAIN = "training a flag model needs scikit-learn: pip install 'sitrep[train]'"


@dataclass(frozen=True, eq=False)
class FlagModel:
    """The weights of a trained tagger, dense in memory (see the module docstring)."""

    span_weights: Any  # float32 array, 2**hash_bits
    span_bias: float
    techniques: tuple[str, ...]  # PTC technique names
    technique_weights: Any  # float32 array, len(techniques) x 2**hash_bits
    technique_bias: Any  # float32 array, one per technique
    threshold: float = 0.5
    low: float = 0.3
    hash_bits: int = HASH_BITS


# Features


def _bucket(n: int) -> str:
    return str(n) if n < 4 else "4-7" if n < 8 else "8-15" if n < 16 else "16+"


def _lexicon_kinds(doc: Doc, flags: Iterable[Flag]) -> dict[int, set[str]]:
    """Token index -> the kinds of the lexicon flags over it."""
    kinds: dict[int, set[str]] = {}
    for flag in flags:
        span = doc.char_span(flag.span.start, flag.span.end, alignment_mode="expand")
        for token in span or ():
            kinds.setdefault(token.i, set()).add(flag.kind)
    return kinds


def _article_features(doc: Doc, lexicon: Sequence[Flag], lemma: list[str]) -> list[str]:
    """Features shared by every token of an article: the words of its first sentence (the
    title of a PTC article, often the most partisan line) and its lexicon flags per 60 words."""
    first = next(iter(doc.sents), None)
    words = sum(1 for t in doc if not t.is_space)
    title = {f"tw={lemma[t.i]}" for t in first or () if t.is_alpha and not t.is_stop
             and len(t) > 2}
    return [*sorted(title), f"alex={min(6, 60 * len(lexicon) // max(words, 1))}"]


def token_features(doc: Doc, lexicon: Iterable[Flag]) -> list[list[str]]:
    """The feature strings of each token of ``doc``, given the lexicon flags of its article."""
    flags = list(lexicon)
    kinds = _lexicon_kinds(doc, flags)
    words = _Words([t.lower_ for t in doc], [t.tag_ for t in doc],
                   [t.lemma_.lower() for t in doc])
    article = _article_features(doc, flags, words.lemma)
    features: list[list[str]] = []
    for number, sent in enumerate(doc.sents):
        tokens = [t for t in sent if not t.is_space]
        sentence = [*article, f"s!={'!' in sent.text}", f"s?={'?' in sent.text}",
                    f"slen={_bucket(len(tokens) // 4)}", f"first={number == 0}",
                    f"slex={min(3, sum(t.i in kinds for t in sent))}",
                    *sorted({f"sw={words.lemma[t.i]}" for t in tokens
                             if t.is_alpha and not t.is_stop and len(t) > 2})]
        quoted = _quoted(sent)
        for token in sent:
            features.append(_features(token, words, kinds, sentence, token.i in quoted,
                                      (sent.start, sent.end)))
    return features


@dataclass(frozen=True)
class _Words:
    """Per-token strings of a Doc, read once (indexing a Doc builds a Token each time)."""

    lower: list[str]
    tag: list[str]
    lemma: list[str]


def _quoted(sent: Span) -> set[int]:
    inside, out = False, set()
    for token in sent:
        if token.text in {'"', "“", "”"}:
            inside = not inside if token.text == '"' else token.text == "“"
            continue
        if inside:
            out.add(token.i)
    return out


def _features(token: Token, words: _Words, kinds: dict[int, set[str]], sentence: list[str],
              quoted: bool, bounds: tuple[int, int]) -> list[str]:
    i, n = token.i, len(words.lower)
    lower = words.lower[i]
    head = words.lemma[token.head.i]
    dep = token.dep_
    feats = ["bias", f"w={lower}", f"l={words.lemma[i]}", f"t={words.tag[i]}",
             f"sh={token.shape_}", f"suf={lower[-3:]}", f"dep={dep}", f"hl={head}",
             f"dep_hl={dep}|{head}", f"ent={token.ent_type_}", f"q={quoted}",
             f"sp={token.is_space}", f"pos={_bucket(i - bounds[0])}", *sentence]
    for offset in (-3, -2, -1, 1, 2, 3):
        j = i + offset
        inside = bounds[0] <= j < bounds[1]
        feats.append(f"w{offset}={words.lower[j] if inside else '<>'}")
        feats.append(f"t{offset}={words.tag[j] if inside else '<>'}")
    if i > 0:
        feats.append(f"bw-1={words.lower[i - 1]}|{lower}")
    if i + 1 < n:
        feats.append(f"bw+1={lower}|{words.lower[i + 1]}")
    for j in range(max(0, i - 2), min(n, i + 3)):
        for kind in sorted(kinds.get(j, ())):
            feats.append(f"lex{j - i}={kind}")
    for child in token.children:
        feats.append(f"ch={child.dep_}|{words.lemma[child.i]}")
    return feats


def hashed(features: Sequence[Sequence[str]], bits: int = HASH_BITS) -> tuple[Any, Any]:
    """Feature lists as (flat hashed indices, start of each token's indices)."""
    lengths = np.fromiter((len(f) for f in features), dtype=np.int64, count=len(features))
    starts = np.zeros(len(features), dtype=np.int64)
    np.cumsum(lengths[:-1], out=starts[1:])
    flat = hash_indices((f for feats in features for f in feats), bits, int(lengths.sum()),
                        np.int32)
    return flat, starts


# Labels and training


def token_labels(doc: Doc, spans: Iterable[tuple[int, int, str]]) -> list[str]:
    """The label of each token: that of the shortest span over it, or "" outside every span."""
    labels = [""] * len(doc)
    width = [0] * len(doc)
    for start, end, label in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        for token in span or ():
            if not labels[token.i] or end - start < width[token.i]:
                labels[token.i], width[token.i] = label, end - start
    return labels


def span_lengths(doc: Doc, spans: Iterable[tuple[int, int]]) -> Any:
    """The length in tokens of the shortest span over each token (0 outside every span)."""
    lengths = np.zeros(len(doc), dtype=np.float32)
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            seg = lengths[span.start:span.end]
            seg[(seg == 0) | (seg > len(span))] = len(span)
    return lengths


@dataclass(frozen=True)
class TrainingData:
    """Hashed features and labels of the tokens of some articles, in article order."""

    flat: Any  # hashed feature indices of every token, concatenated
    starts: Any  # start of each token's indices in ``flat``
    inside: Any  # bool per token: inside a task 1 span
    technique: list[str]  # technique per token ("" outside technique spans)
    article_of: Any  # index of the article of each token
    span_length: Any  # tokens of the shortest task 1 span over each token (0 outside)
    technique_length: Any  # the same for the technique spans
    neutral: Any = None  # bool per token: of a neutral text, an extra negative (None: none)

    @classmethod
    def build(cls, docs: Sequence[Doc], lexicons: Sequence[Sequence[Flag]],
              articles: Sequence[PtcArticle], neutral: int = 0) -> TrainingData:
        """The tokens of ``docs``, the parses of ``articles`` (``lexicons`` their lexicon
        flags); the last ``neutral`` of them are neutral texts (no spans: every token outside),
        weighted :data:`NEUTRAL_WEIGHT` in training (:func:`fit`)."""
        flats: list[Any] = []  # hashed article by article: the strings are not all kept
        starts: list[Any] = []
        offset = 0
        inside: list[bool] = []
        technique: list[str] = []
        article_of: list[int] = []
        lengths: list[Any] = []
        technique_lengths: list[Any] = []
        for n, (doc, lexicon, ptc) in enumerate(zip(docs, lexicons, articles, strict=True)):
            flat, start = hashed(token_features(doc, lexicon))
            flats.append(flat)
            starts.append(start + offset)
            offset += len(flat)
            inside += [bool(x) for x in token_labels(doc, ((s.start, s.end, "in")
                                                           for s in ptc.spans))]
            technique += token_labels(doc, ((s.start, s.end, s.technique or "")
                                            for s in ptc.techniques))
            article_of += [n] * len(doc)
            lengths.append(span_lengths(doc, ((s.start, s.end) for s in ptc.spans)))
            technique_lengths.append(span_lengths(doc, ((s.start, s.end)
                                                        for s in ptc.techniques)))
        flat = np.concatenate(flats or [np.zeros(0, dtype=np.int32)])
        of = np.array(article_of, dtype=np.int64)
        return cls(flat, np.concatenate(starts or [np.zeros(0, dtype=np.int64)]),
                   np.array(inside), technique, of,
                   np.concatenate(lengths or [np.zeros(0)]),
                   np.concatenate(technique_lengths or [np.zeros(0)]),
                   of >= len(articles) - neutral if neutral else None)

    def weights(self, rows: Any, neutral_weight: float = NEUTRAL_WEIGHT) -> Any:
        """The training weight of tokens ``rows`` for the span model (module docstring); the
        tokens of neutral texts weigh ``neutral_weight``."""
        weight = np.ones(len(rows), dtype=np.float64)
        inside = self.inside[rows]
        weight[inside] = _length_weights(self.span_length[rows][inside])
        if self.neutral is not None:
            weight[self.neutral[rows]] = neutral_weight
        return weight

    def ptc_rows(self, rows: Any) -> Any:
        """The tokens of ``rows`` that are not of a neutral text."""
        return rows if self.neutral is None else rows[~self.neutral[rows]]

    def matrix(self, rows: Any, bits: int = HASH_BITS) -> Any:
        """The CSR matrix of tokens ``rows`` (needs SciPy, which scikit-learn brings)."""
        from scipy.sparse import csr_matrix

        ends = np.append(self.starts[1:], len(self.flat))
        lengths = ends[rows] - self.starts[rows]
        indptr = np.zeros(len(rows) + 1, dtype=np.int64)
        np.cumsum(lengths, out=indptr[1:])
        take = np.repeat(self.starts[rows] - indptr[:-1], lengths) + np.arange(indptr[-1])
        matrix = csr_matrix((np.ones(len(take), dtype=np.float32), self.flat[take], indptr),
                            shape=(len(rows), 1 << bits))
        matrix.sum_duplicates()
        return matrix


def fit(data: TrainingData, rows: Any | None = None, *, threshold: float = 0.35,
        low: float = 0.1, alpha: float = 6e-5, epochs: int = 10,
        technique_alpha: float = 1e-5, neutral_weight: float = NEUTRAL_WEIGHT) -> FlagModel:
    """Train both models on the tokens ``rows`` of ``data`` (all tokens by default); the
    tokens of neutral texts weigh ``neutral_weight`` in the span model.

    The weights come out as they are saved, so that cross-validation scores the model that
    ships: the :data:`SPAN_WEIGHTS` largest span weights and the :data:`TECHNIQUE_WEIGHTS`
    largest of each technique are kept, rounded to float16; the others are zero. The default
    settings are those that 5-fold cross-validation on PTC chose (``knowledge/flag_model.md``).
    """
    try:
        from sklearn.linear_model import SGDClassifier
    except ImportError as exc:
        raise ResourceError(INSTALL_TRAIN) from exc
    rows = np.arange(len(data.starts)) if rows is None else rows
    x = data.matrix(rows)
    span = SGDClassifier(loss="log_loss", alpha=alpha, max_iter=epochs, tol=None,
                         random_state=0)
    span.fit(x, data.inside[rows], sample_weight=data.weights(rows, neutral_weight))
    labels = np.array(data.technique, dtype=object)[rows]
    labelled = labels != ""
    techniques = tuple(sorted(set(labels[labelled])))
    if len(techniques) < 2:
        raise ValueError("training a flag model needs spans of at least two techniques")
    tech = SGDClassifier(loss="log_loss", alpha=technique_alpha, max_iter=epochs, tol=None,
                         random_state=0, average=True)  # averaged: far less seed-dependent
    tech.fit(x[np.flatnonzero(labelled)], labels[labelled],
             sample_weight=_length_weights(data.technique_length[rows][labelled]))
    coef = tech.coef_.astype(np.float32)
    bias = tech.intercept_.astype(np.float32)
    if len(techniques) == 2:  # scikit-learn keeps one row for two classes
        coef, bias = np.vstack([-coef, coef]), np.concatenate([-bias, bias])
    return FlagModel(_pruned(span.coef_[0], SPAN_WEIGHTS), float(span.intercept_[0]),
                     tuple(str(c) for c in tech.classes_),
                     np.vstack([_pruned(row, TECHNIQUE_WEIGHTS) for row in coef]), bias,
                     threshold, low)


def _length_weights(lengths: Any) -> Any:
    """``1 / length ** LENGTH_POWER``, scaled to average 1."""
    weight = 1.0 / np.maximum(lengths.astype(np.float64), 1.0) ** LENGTH_POWER
    return weight * len(weight) / weight.sum() if len(weight) else weight


def _pruned(weights: Any, keep: int) -> Any:
    """``weights`` with all but the ``keep`` largest in magnitude set to 0, float16-rounded."""
    out = weights.astype(np.float16).astype(np.float32)
    if np.count_nonzero(out) > keep:
        out[np.argsort(np.abs(out))[:-keep]] = 0.0
    return out


# Applying


def inside_probabilities(model: FlagModel, flat: Any, starts: Any) -> Any:
    """P(inside a propaganda span) of each token."""
    scores = np.add.reduceat(model.span_weights[flat], starts) + model.span_bias
    return 0.5 * (1.0 + np.tanh(0.5 * scores))  # the logistic function, without overflow


def technique_scores(model: FlagModel, flat: Any, starts: Any) -> Any:
    """Tokens x techniques linear scores."""
    return (np.add.reduceat(model.technique_weights[:, flat], starts, axis=1).T
            + model.technique_bias)


def model_flags(doc: Doc, *, article: Article, model: FlagModel,
                lexicon: Sequence[Flag] | None = None, encoder: FlagEncoder | None = None
                ) -> tuple[Flag, ...]:
    """The spans that ``model`` tags in the body of ``article``, as flags of their technique,
    each with the model's confidence (the mean P(inside) of its tokens).

    ``lexicon`` is the lexicon flags of the article (computed when not given). With an
    ``encoder`` (:mod:`sitrep.extract.flag_head`), its head's P(inside) is averaged with the
    model's before decoding, as ``sitrep.evaluate.flags.cross_validate`` scores it.
    """
    return scored_flags(doc, article=article, model=model, lexicon=lexicon, encoder=encoder)[0]


def scored_flags(doc: Doc, *, article: Article, model: FlagModel,
                 lexicon: Sequence[Flag] | None = None, encoder: FlagEncoder | None = None
                 ) -> tuple[tuple[Flag, ...], Any]:
    """:func:`model_flags` and the P(inside) of each token they were decoded from."""
    if doc.text != article.text:
        raise ValueError(f"the Doc is not the parse of the text of {article.origin}")
    if not len(doc):
        return (), np.zeros(0)
    if lexicon is None:
        lexicon = extract_lexicon_flags(doc, article=article)
    flat, starts = hashed(token_features(doc, lexicon), model.hash_bits)
    inside = inside_probabilities(model, flat, starts)
    peak_ratio = flag_spans.PEAK_RATIO
    if encoder is not None:
        from sitrep.extract.flag_head import ENCODER_PEAK_RATIO, averaged

        inside = averaged(inside, encoder.inside(doc))
        peak_ratio = ENCODER_PEAK_RATIO
    return decode(doc, article, model, inside, technique_scores(model, flat, starts),
                  peak_ratio=peak_ratio), inside


def decode(doc: Doc, article: Article, model: FlagModel, inside: Any, scores: Any, *,
           peak_ratio: float = flag_spans.PEAK_RATIO) -> tuple[Flag, ...]:
    """Flags from per-token inside probabilities and technique scores; a flag's confidence is
    the mean inside probability of its tokens. A span whose words recur in the article
    (:func:`repeated`) gets a second flag, of Repetition. ``peak_ratio`` goes to
    :func:`sitrep.extract.flag_spans.spans`."""
    flags: list[Flag] = []
    words = _lemma_sequence(doc)
    for first, last in flag_spans.spans(doc, inside, model.threshold, model.low,
                                         peak_ratio):
        first, last = _whole_names(doc, first, last)
        technique = model.techniques[int(np.argmax(scores[first:last + 1].sum(axis=0)))]
        start, end = doc[first].idx, doc[last].idx + len(doc[last].text)
        if start >= article.body_start:
            confidence = round(float(np.mean(inside[first:last + 1])), 3)
            flags.append(Flag(article.span(start, end), TECHNIQUE_KINDS[technique], TERM,
                              confidence))
            if technique != REPETITION and repeated(doc[first:last + 1], words):
                flags.append(Flag(article.span(start, end), TECHNIQUE_KINDS[REPETITION], TERM,
                                  confidence))
    return tuple(flags)


def _lemma_sequence(doc: Doc | Span) -> list[str]:
    """The lower-case lemmas of the tokens of ``doc`` that are neither punctuation nor space."""
    return [t.lemma_.lower() for t in doc if not (t.is_punct or t.is_space)]


def repeated(span: Span, words: Sequence[str], times: int = REPEATS) -> bool:
    """Whether the lemmas of ``span`` (punctuation aside) occur at least ``times`` times in
    ``words`` (:func:`_lemma_sequence` of its article), ``span`` holding a content word."""
    if not any(t.is_alpha and not t.is_stop for t in span):
        return False
    seq = _lemma_sequence(span)
    length = len(seq)
    count = sum(1 for i, word in enumerate(words)
                if word == seq[0] and list(words[i:i + length]) == seq)
    return count >= times


def _whole_names(doc: Doc, first: int, last: int) -> tuple[int, int]:
    """(first, last) widened so that no named entity is cut, within the sentence."""
    while first > 0 and doc[first].ent_iob_ == "I" and not doc[first].is_sent_start:
        first -= 1
    while last + 1 < len(doc) and doc[last + 1].ent_iob_ == "I" \
            and not doc[last + 1].is_sent_start:
        last += 1
    return first, last


# Training from a corpus, saving and loading


def train_flag_model(articles: Sequence[PtcArticle], *, nlp: Any, neutral: Sequence[str] = (),
                     **options: Any) -> FlagModel:
    """Train a :class:`FlagModel` on PTC articles (see :func:`sitrep.evaluate.flags.read_ptc`),
    with ``neutral`` texts as extra negatives (:mod:`sitrep.evaluate.neutral`)."""
    articles = [*articles, *neutral_articles(neutral)]
    docs = list(nlp.pipe((a.text for a in articles), batch_size=16))
    lexicons = [extract_lexicon_flags(doc, article=a.article())
                for doc, a in zip(docs, articles, strict=True)]
    return fit(TrainingData.build(docs, lexicons, articles, len(neutral)), **options)


def neutral_articles(texts: Sequence[str]) -> list[PtcArticle]:
    """Neutral ``texts`` as PTC articles without spans (every token a negative)."""
    from sitrep.evaluate.flags import PtcArticle

    return [PtcArticle(f"neutral-{n}", text, (), ()) for n, text in enumerate(texts)]


def _sparse(weights: Any) -> tuple[Any, Any]:
    """The nonzero float16 weights of a vector: (indices, values)."""
    values = weights.astype(np.float16)
    index = np.flatnonzero(values)
    return index.astype(np.uint32), values[index]


def save_flag_model(model: FlagModel, path: Path) -> None:
    """Write ``model`` to ``path`` as a compressed ``.npz`` of its nonzero weights."""
    span_index, span_values = _sparse(model.span_weights)
    rows = [_sparse(w) for w in model.technique_weights]
    arrays = {
        "format": np.array(FORMAT), "hash_bits": np.array(model.hash_bits),
        "threshold": np.array(model.threshold), "low": np.array(model.low),
        "span_index": span_index, "span_values": span_values,
        "span_bias": np.array(model.span_bias, dtype=np.float32),
        "techniques": np.array(model.techniques),
        "technique_row": np.concatenate([np.full(len(i), n, dtype=np.uint8)
                                         for n, (i, _) in enumerate(rows)]),
        "technique_index": np.concatenate([i for i, _ in rows]),
        "technique_values": np.concatenate([v for _, v in rows]),
        "technique_bias": model.technique_bias.astype(np.float32),
    }
    with path.open("wb") as fh:
        np.savez_compressed(fh, **arrays)


def default_model_path() -> Path:
    """The model that ships with sitrep."""
    return shipped_path(MODEL_FILE)


def load_flag_model(path: Path | str | None = None) -> FlagModel:
    """Read a model written by :func:`save_flag_model` (the shipped one by default).

    Raises :class:`ResourceError` when the file is missing, corrupt or of another format.
    """
    path = default_model_path() if path is None else Path(path)

    def build(data: Any) -> FlagModel:
        bits = int(data["hash_bits"])
        techniques = tuple(str(t) for t in data["techniques"])
        span = np.zeros(1 << bits, dtype=np.float32)
        span[data["span_index"]] = data["span_values"]
        tech = np.zeros((len(techniques), 1 << bits), dtype=np.float32)
        tech[data["technique_row"], data["technique_index"]] = data["technique_values"]
        return FlagModel(span, float(data["span_bias"]), techniques, tech,
                         data["technique_bias"].astype(np.float32),
                         float(data["threshold"]), float(data["low"]), bits)

    model = read_model_file(path, what="flag model", fmt=FORMAT, build=build,
                            missing="reinstall sitrep or rebuild it with `sitrep flags train`",
                            rebuild="rebuild it with `sitrep flags train`")
    techniques = model.techniques
    if not techniques or not set(techniques) <= set(TECHNIQUE_KINDS):
        raise ResourceError(f"{path}: unknown techniques {techniques}")
    if model.technique_bias.shape != (len(techniques),) or not 0 <= model.low <= model.threshold:
        raise ResourceError(f"{path}: inconsistent flag model")
    return model
