"""A trained veto on the lexicon cue verbs no hand-written filter fired on.

The verb-claim rules (:func:`sitrep.extract.claims.verb_candidates`) make a claim of every verb
of ``knowledge/cues.tsv`` with a content and a source, unless a filter fires
(:mod:`sitrep.extract.cue_filter`). Many of those verbs are cues in one context and not in
another: "the senator wants a recount" tells a stance, "voters who want change" or "the
company wants to expand" describe; "show", "see", "offer", "seek", "call", "appear" likewise.
The veto reads the verb in its context (the cue model's features,
:func:`sitrep.extract.cue_model.verb_features`) and drops the claim when the probability that
the verb heads a right cue is below its threshold: a low one, so that only verbs the model
is fairly sure of are dropped. Without a veto (``CueFilter.veto`` is ``None``) every such
verb makes its claim, as the rules do.

sitrep ships one, ``knowledge/cue_veto.npz``, trained on the PolNeAR training split
(``knowledge/cue_veto.md`` gives its provenance and cross-validated scores). Fitting needs
scikit-learn (``pip install 'sitrep[train]'``), applying it only NumPy.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING, Any

import numpy as np

from sitrep.extract.cue_model import fit as fit_linear
from sitrep.extract.cue_model import verb_features
from sitrep.extract.hashed_model import (
    ThresholdedFile,
    hash_indices,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from sitrep.evaluate.claims import GoldArticle
    from sitrep.extract.claim_lexicon import Lexicon

FORMAT = 1
HASH_BITS = 16
MODEL_FILE = "cue_veto.npz"


@dataclass(frozen=True, eq=False)
class CueVeto:
    """The weights of a trained veto: a candidate below ``threshold`` makes no claim."""

    weights: Any  # float32 array, 2**hash_bits
    bias: float
    threshold: float = 0.25
    hash_bits: int = HASH_BITS


def veto_features(tok: Token, sources: Sequence[Mapping[str, str]]) -> list[str]:
    """The feature strings of a candidate verb no filter fired on (the cue filter's, with
    none fired: :func:`sitrep.extract.cue_filter.filter_features`)."""
    return ["n_fired=0", *verb_features(tok, sources)]


def probability(model: CueVeto, tok: Token, sources: Sequence[Mapping[str, str]]) -> float:
    """P(the candidate ``tok`` heads a right cue) under ``model``."""
    feats = veto_features(tok, sources)
    score = float(model.weights[hash_indices(feats, model.hash_bits, len(feats))].sum())
    return 0.5 * (1.0 + float(np.tanh(0.5 * (score + model.bias))))


def vetoes(model: CueVeto, tok: Token, sources: Sequence[Mapping[str, str]]) -> bool:
    """Whether ``model`` drops the candidate verb ``tok``: it reads it as no cue here."""
    return probability(model, tok, sources) < model.threshold


# Training


def fit(features: Sequence[Sequence[str]], labels: Sequence[bool], *, threshold: float = 0.25,
        c: float = 0.3, bits: int = HASH_BITS) -> CueVeto:
    """A veto trained on the feature lists of unfiltered candidates and whether each is a cue
    (the cue model's logistic regression, :func:`sitrep.extract.cue_model.fit`)."""
    linear = fit_linear(features, labels, threshold=threshold, c=c, bits=bits)
    return CueVeto(linear.weights, linear.bias, threshold, bits)


def training_examples(docs: Sequence[Doc], articles: Sequence[GoldArticle], lex: Lexicon
                      ) -> tuple[list[list[str]], list[bool], list[int]]:
    """(features, labels, article index) of the candidates no filter fired on that head a claim.

    The rules run with ``lex`` less any veto; each unfiltered candidate verb that then heads
    a claim of the whole extractor (not one told inside another) is an example, positive when
    the claim's cue is exactly a gold cue of its article (a PolNeAR split:
    :func:`sitrep.evaluate.claims.read_polnear`).
    """
    from sitrep.evaluate.claims import normalise
    from sitrep.extract.claims import extract_claims, verb_candidates
    from sitrep.extract.quotes import find_quotes, quote_claims
    from sitrep.model import Article
    from sitrep.nlp import doc_text

    if lex.cue_filter is not None:
        lex = replace(lex, cue_filter=replace(lex.cue_filter, veto=None))
    sources = (lex.source_words, lex.source_roles)
    features: list[list[str]] = []
    labels: list[bool] = []
    article_of: list[int] = []
    for n, (doc, gold) in enumerate(zip(docs, articles, strict=True)):
        article = Article(text=gold.text, origin=gold.name)
        cues = {normalise(gold.text, a.cue) for a in gold.attributions}
        marks = find_quotes(doc_text(doc), article.body_start)
        quotes = quote_claims(doc, article, lex, marks)
        plain = {d.verb for d, r in verb_candidates(doc, article, lex, marks, quotes)
                 if not r and d.verb is not None}
        seen: set[int] = set()
        for claim in extract_claims(doc, article=article, lexicon=lex):
            if claim.within is not None:
                continue
            verb = next((t.i for t in doc if claim.cue.start <= t.idx < claim.cue.end
                         and t.i in plain), None)
            if verb is None or verb in seen:
                continue
            seen.add(verb)
            features.append(veto_features(doc[verb], sources))
            labels.append(normalise(gold.text, ((claim.cue.start, claim.cue.end),)) in cues)
            article_of.append(n)
    return features, labels, article_of


# Saving and loading


# save_cue_veto(model, path), load_cue_veto(path=None) (the shipped one by default; a missing,
# corrupt or other-format file is a ResourceError) and default_model_path()
_FILE = ThresholdedFile(CueVeto, MODEL_FILE, FORMAT, "cue veto")
save_cue_veto = _FILE.save
load_cue_veto = _FILE.load
default_model_path = _FILE.default_path


@cache
def shipped_cue_veto() -> CueVeto:
    """The shipped veto, read once."""
    return load_cue_veto()
