"""An optional trained tagger for propaganda spans, built by the user from PTC-format data.

The lexicon of :mod:`sitrep.extract.flags` ships with sitrep; this model does not. A user who
has the Propaganda Techniques Corpus (or another corpus in its format) trains one with
:func:`train_flag_model`, saves it with :func:`save_flag_model` and applies it with
:func:`model_flags`. Training needs scikit-learn (``pip install 'scikit-learn>=1.5,<2'``);
loading and applying a saved model need only NumPy, which spaCy already brings.

The model labels each token with the technique of the gold span covering it (the shortest
one where several do) or with "outside", from hashed features of the token, its neighbours,
its syntactic head, its sentence and the lexicon flags over it, with one-vs-rest logistic
regression. A span is a run of tokens whose probability of being inside some technique
reaches ``threshold``; its technique is the one with the highest summed probability.

A saved model is a ``.npz`` file of arrays (weights, intercepts, class names, settings),
read with ``allow_pickle=False``: loading one runs no code.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from sitrep.errors import ResourceError
from sitrep.extract.flags import TECHNIQUE_KINDS, extract_flags
from sitrep.model import Article, Flag

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

OUTSIDE = "O"
HASH_BITS = 20
FORMAT = 1
LOW = 0.6  # a run extends over tokens reaching LOW * threshold


@dataclass(frozen=True, eq=False)
class FlagModel:
    """Weights of a trained tagger: one row of ``weights`` per class of ``classes``."""

    classes: tuple[str, ...]  # OUTSIDE first, then PTC technique names
    weights: Any  # numpy array, classes x 2**HASH_BITS
    intercepts: Any  # numpy array, one per class
    threshold: float = 0.3


def _hash(feature: str) -> int:
    return zlib.crc32(feature.encode("utf-8")) & ((1 << HASH_BITS) - 1)


def _bucket(n: int) -> str:
    return str(n) if n < 4 else "4-7" if n < 8 else "8-15" if n < 16 else "16+"


def _lexicon_kinds(doc: Doc, article: Article) -> dict[int, set[str]]:
    """Token index -> the kinds of the lexicon flags over it."""
    kinds: dict[int, set[str]] = {}
    for flag in extract_flags(doc, article=article):
        span = doc.char_span(flag.span.start, flag.span.end, alignment_mode="expand")
        for token in span or ():
            kinds.setdefault(token.i, set()).add(flag.kind)
    return kinds


def token_features(doc: Doc, article: Article) -> list[list[str]]:
    """The feature strings of each token of ``doc``."""
    lexicon = _lexicon_kinds(doc, article)
    features: list[list[str]] = []
    for sent in doc.sents:
        words = [t for t in sent if not t.is_space]
        sentence = [f"s!={'!' in sent.text}", f"s?={'?' in sent.text}",
                    f"slen={_bucket(len(words) // 4)}",
                    f"slex={min(3, sum(t.i in lexicon for t in sent))}"]
        quoted = _quoted(sent)
        for token in sent:
            features.append(_features(token, lexicon, sentence, token.i in quoted))
    return features


def _quoted(sent: Any) -> set[int]:
    inside, out = False, set()
    for token in sent:
        if token.text in {'"', "“", "”"}:
            inside = not inside if token.text == '"' else token.text == "“"
            continue
        if inside:
            out.add(token.i)
    return out


def _features(token: Token, lexicon: dict[int, set[str]], sentence: list[str], quoted: bool
              ) -> list[str]:
    doc, i = token.doc, token.i
    lower = token.lower_
    feats = ["bias", f"w={lower}", f"l={token.lemma_.lower()}", f"t={token.tag_}",
             f"sh={token.shape_}", f"suf={lower[-3:]}", f"dep={token.dep_}",
             f"hl={token.head.lemma_.lower()}", f"dep_hl={token.dep_}|{token.head.lemma_.lower()}",
             f"ent={token.ent_type_}", f"q={quoted}", f"sp={token.is_space}", *sentence]
    for offset in (-2, -1, 1, 2):
        j = i + offset
        other = doc[j] if 0 <= j < len(doc) else None
        feats.append(f"w{offset}={other.lower_ if other is not None else '<>'}")
        feats.append(f"t{offset}={other.tag_ if other is not None else '<>'}")
    if i > 0:
        feats.append(f"bw-1={doc[i - 1].lower_}|{lower}")
    if i + 1 < len(doc):
        feats.append(f"bw+1={lower}|{doc[i + 1].lower_}")
    for j in range(max(0, i - 2), min(len(doc), i + 3)):
        for kind in lexicon.get(j, ()):
            feats.append(f"lex{j - i}={kind}")
    for child in token.children:
        feats.append(f"ch={child.dep_}|{child.lemma_.lower()}")
    return feats


def _matrix(rows: Sequence[Sequence[str]]) -> Any:
    from scipy.sparse import csr_matrix

    indptr: list[int] = [0]
    indices: list[int] = []
    for feats in rows:
        indices.extend(_hash(f) for f in feats)
        indptr.append(len(indices))
    data = np.ones(len(indices), dtype=np.float32)
    matrix = csr_matrix((data, np.array(indices), np.array(indptr)),
                        shape=(len(rows), 1 << HASH_BITS))
    matrix.sum_duplicates()
    return matrix


def token_labels(doc: Doc, spans: Iterable[tuple[int, int, str]]) -> list[str]:
    """The class of each token: the technique of the shortest span over it, or OUTSIDE."""
    labels = [OUTSIDE] * len(doc)
    width = [0] * len(doc)
    for start, end, technique in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        for token in span or ():
            if labels[token.i] == OUTSIDE or end - start < width[token.i]:
                labels[token.i], width[token.i] = technique, end - start
    return labels


def fit(features: Sequence[Sequence[str]], labels: Sequence[str], *, threshold: float = 0.3,
        epochs: int = 8, alpha: float = 2e-6) -> FlagModel:
    """Train the tagger on token feature lists and token labels (needs scikit-learn)."""
    try:
        from sklearn.linear_model import SGDClassifier
    except ImportError as exc:
        raise ResourceError("training a flag model needs scikit-learn: "
                            "pip install 'scikit-learn>=1.5,<2'") from exc
    classes = (OUTSIDE, *sorted(set(labels) - {OUTSIDE}))
    y = np.array([classes.index(label) for label in labels])
    classifier = SGDClassifier(loss="log_loss", alpha=alpha, max_iter=epochs, tol=None,
                               random_state=0)
    classifier.fit(_matrix(features), y)
    weights = classifier.coef_.astype(np.float32)
    return FlagModel(classes, weights, classifier.intercept_.astype(np.float32), threshold)


def _probabilities(model: FlagModel, features: Sequence[Sequence[str]]) -> Any:
    """One-vs-rest probabilities, normalised over the classes (as scikit-learn does)."""
    scores = _matrix(features) @ model.weights.T + model.intercepts
    probs = 1.0 / (1.0 + np.exp(-scores))
    total = probs.sum(axis=1, keepdims=True)
    return probs / np.where(total == 0, 1, total)


def model_flags(doc: Doc, *, article: Article, model: FlagModel) -> tuple[Flag, ...]:
    """The spans that ``model`` tags in the body of ``article``, as flags of their technique."""
    if doc.text != article.text:
        raise ValueError(f"the Doc is not the parse of the text of {article.origin}")
    if not len(doc):
        return ()
    probs = _probabilities(model, token_features(doc, article))
    inside = 1.0 - probs[:, 0]
    flags: list[Flag] = []
    for run in _runs(doc, inside, model.threshold):
        flags.append(_run_flag(doc, article, run, probs, model))
    return tuple(f for f in flags if f.span.start >= article.body_start)


def _runs(doc: Doc, inside: Any, threshold: float) -> list[list[int]]:
    """Runs of tokens inside a span, with hysteresis: a run starts at a token whose
    probability reaches ``threshold``, extends over neighbours reaching ``LOW * threshold``,
    and never crosses a sentence boundary."""
    low = LOW * threshold
    keep = [not t.is_space and inside[t.i] >= low for t in doc]
    runs: list[list[int]] = []
    i = 0
    while i < len(doc):
        if not keep[i]:
            i += 1
            continue
        j = i
        while j + 1 < len(doc) and keep[j + 1] and not doc[j + 1].is_sent_start:
            j += 1
        if max(inside[i:j + 1]) >= threshold:
            runs.append(list(range(i, j + 1)))
        i = j + 1
    return runs


def _run_flag(doc: Doc, article: Article, run: list[int], probs: Any, model: FlagModel) -> Flag:
    first, last = doc[run[0]], doc[run[-1]]
    while last.i > first.i and last.is_punct:
        last = doc[last.i - 1]
    summed = probs[run, 1:].sum(axis=0)
    technique = model.classes[1 + int(np.argmax(summed))]
    start, end = first.idx, last.idx + len(last.text)
    return Flag(article.span(start, end), TECHNIQUE_KINDS[technique], "model")


def train_flag_model(ptc_dir: Path, *, nlp: Any, threshold: float = 0.3,
                     only: Sequence[str] | None = None) -> FlagModel:
    """Train a :class:`FlagModel` on a PTC-format directory (all articles, or ids ``only``)."""
    from sitrep.evaluate.flags import read_ptc

    articles = [a for a in read_ptc(ptc_dir) if only is None or a.id in only]
    features: list[list[str]] = []
    labels: list[str] = []
    docs = nlp.pipe((a.text for a in articles), batch_size=16)
    for ptc, doc in zip(articles, docs, strict=True):
        features += token_features(doc, ptc.article())
        labels += token_labels(doc, ((s.start, s.end, s.technique or "")
                                     for s in ptc.techniques))
    return fit(features, labels, threshold=threshold)


def save_flag_model(model: FlagModel, path: Path) -> None:
    """Write ``model`` to ``path`` as a compressed ``.npz`` of plain arrays."""
    with path.open("wb") as fh:
        np.savez_compressed(fh, format=np.array(FORMAT), hash_bits=np.array(HASH_BITS),
                            classes=np.array(model.classes), weights=model.weights,
                            intercepts=model.intercepts, threshold=np.array(model.threshold))


def load_flag_model(path: Path) -> FlagModel:
    """Read a model written by :func:`save_flag_model`; ResourceError if it is not one."""
    try:
        with np.load(path, allow_pickle=False) as data:
            if int(data["format"]) != FORMAT or int(data["hash_bits"]) != HASH_BITS:
                raise ResourceError(f"{path}: flag model of another format; train it again")
            classes = tuple(str(c) for c in data["classes"])
            model = FlagModel(classes, data["weights"], data["intercepts"],
                              float(data["threshold"]))
    except (OSError, KeyError, ValueError) as exc:
        raise ResourceError(f"{path}: not a sitrep flag model ({exc})") from exc
    if classes[0] != OUTSIDE or not set(classes[1:]) <= set(TECHNIQUE_KINDS):
        raise ResourceError(f"{path}: unknown classes {classes}")
    return model
