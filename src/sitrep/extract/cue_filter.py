"""A trained keep/drop decision for the lexicon cue verbs a hand-written filter would drop.

The verb-claim rules (:func:`sitrep.extract.claims.verb_candidates`) propose a claim for every
verb of ``knowledge/cues.tsv`` and record which of their filters fired on it (:class:`Reasons`):
"found the wreckage" (an act of finding), "the SDF attacked army positions" (a deed), "which
could indicate …" (an inference), "the notion can now be confirmed" (the writer's verdict),
"published images which they say show …" (the claim is the inner one), and so on. Each filter is
right more often than wrong on its own, but context decides: a verb with no filter fired is a
claim unless the filter's veto (:mod:`sitrep.extract.cue_veto`, ``CueFilter.veto``) reads it
as no cue here; one with a filter fired is kept only when the model reads it as a cue here.
Without a model (``Lexicon.cue_filter`` is ``None``) every filtered verb is dropped and every
other kept, as the rules do.

sitrep ships one model, ``knowledge/cue_filter.npz``, trained on the PolNeAR training split
(``knowledge/cue_filter.md`` gives its provenance and cross-validated scores): one weight per
hashed feature (the filters fired, alone and with the lemma, and the cue model's features of
the verb and its context: :func:`sitrep.extract.cue_model.verb_features`). Fitting needs
scikit-learn (``pip install 'sitrep[train]'``), applying it only NumPy; the file is a
compressed ``.npz`` of plain arrays read with ``allow_pickle=False``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING, Any

import numpy as np

from sitrep.extract.cue_model import fit as fit_linear
from sitrep.extract.cue_model import verb_features
from sitrep.extract.cue_veto import CueVeto, shipped_cue_veto, vetoes
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
MODEL_FILE = "cue_filter.npz"
# Filters the model is never asked to overrule: a deed of war ("the SDF attacked army
# positions", "Russian jets supported the offensive": claim_deeds.of_war), a cue handing its noun's
# content to another's word or an inference ("published images which they say show …", "which
# could indicate …"), an anonymity note ("who asked not to be named") and a subject that names
# no one ("No group claimed responsibility"): what the sample and codebook fix.
HARD = frozenset({"deed_of_war", "hands_on", "inference", "names_no_one", "nobody"})


@dataclass(frozen=True)
class Reasons:
    """The hand-written filters that fired on a candidate cue verb, in the order they ran
    (names as in :func:`sitrep.extract.claims.verb_candidates`); none: the rules keep it."""

    fired: tuple[str, ...] = ()

    def add(self, name: str) -> Reasons:
        return Reasons((*self.fired, name))

    def __bool__(self) -> bool:
        return bool(self.fired)

    @property
    def hard(self) -> bool:
        """Whether a filter fired that no model overrules (:data:`HARD`)."""
        return any(r in HARD for r in self.fired)


@dataclass(frozen=True, eq=False)
class CueFilter:
    """The weights of a trained keep/drop classifier (see the module docstring)."""

    weights: Any  # float32 array, 2**hash_bits
    bias: float
    threshold: float = 0.5
    hash_bits: int = HASH_BITS
    # drops, in context, a candidate no filter fired on (:mod:`sitrep.extract.cue_veto`)
    veto: CueVeto | None = None


def filter_features(tok: Token, reasons: Reasons, sources: Sequence[Mapping[str, str]]
                    ) -> list[str]:
    """The feature strings of a filtered candidate verb: the filters fired, alone, with the
    verb's lemma and in pairs, and the cue model's features of the verb in context."""
    lemma = tok.lemma_.lower()
    fired = sorted(set(reasons.fired))
    feats = [f"n_fired={min(len(fired), 3)}"]
    for n, r in enumerate(fired):
        feats += [f"r={r}", f"l|r={lemma}|{r}", f"dep|r={tok.dep_}|{r}"]
        feats += [f"r|r={r}|{s}" for s in fired[n + 1:]]
    return feats + verb_features(tok, sources)


def probability(model: CueFilter, tok: Token, reasons: Reasons,
                sources: Sequence[Mapping[str, str]]) -> float:
    """P(the filtered candidate ``tok`` heads a right cue) under ``model``."""
    feats = filter_features(tok, reasons, sources)
    score = float(model.weights[hash_indices(feats, model.hash_bits, len(feats))].sum())
    return 0.5 * (1.0 + float(np.tanh(0.5 * (score + model.bias))))


def keeps(model: CueFilter | None, tok: Token, reasons: Reasons,
          sources: Sequence[Mapping[str, str]]) -> bool:
    """Whether a candidate verb makes its claim: with no filter fired, unless the model's veto
    reads it as no cue here; never without a model or with a filter of :data:`HARD` fired,
    else when ``model`` reads it as a cue in this context."""
    if not reasons:
        return model is None or model.veto is None or not vetoes(model.veto, tok, sources)
    return model is not None and not reasons.hard and probability(
        model, tok, reasons, sources) >= model.threshold


# Training


def fit(features: Sequence[Sequence[str]], labels: Sequence[bool], *, threshold: float = 0.5,
        c: float = 1.0, bits: int = HASH_BITS) -> CueFilter:
    """A model trained on the feature lists of filtered candidates and whether each is a cue
    (the cue model's logistic regression, :func:`sitrep.extract.cue_model.fit`)."""
    linear = fit_linear(features, labels, threshold=threshold, c=c, bits=bits)
    return CueFilter(linear.weights, linear.bias, threshold, bits)


# A filter that keeps every candidate: what the rules would make of each, to label for training.
KEEP_ALL = CueFilter(np.zeros(2, dtype=np.float32), 50.0, 0.5, 1)


def training_examples(docs: Sequence[Doc], articles: Sequence[GoldArticle], lex: Lexicon
                      ) -> tuple[list[list[str]], list[bool], list[int], list[Reasons]]:
    """(features, labels, article index, reasons) of the filtered candidates that yield a claim.

    Every filtered candidate (but those of :data:`HARD`) is kept (:data:`KEEP_ALL`); each
    filtered verb that then heads a claim of the whole extractor is an example, positive when
    the claim's cue is exactly a gold cue of its article (a PolNeAR split:
    :func:`sitrep.evaluate.claims.read_polnear`).
    """
    from sitrep.evaluate.claims import normalise
    from sitrep.extract.claims import extract_claims, verb_candidates
    from sitrep.extract.quotes import find_quotes, quote_claims
    from sitrep.model import Article
    from sitrep.nlp import doc_text

    keep_all = replace(lex, cue_filter=KEEP_ALL)
    sources = (lex.source_words, lex.source_roles)
    features: list[list[str]] = []
    labels: list[bool] = []
    article_of: list[int] = []
    why: list[Reasons] = []
    for n, (doc, gold) in enumerate(zip(docs, articles, strict=True)):
        article = Article(text=gold.text, origin=gold.name)
        cues = {normalise(gold.text, a.cue) for a in gold.attributions}
        marks = find_quotes(doc_text(doc), article.body_start)
        quotes = quote_claims(doc, article, keep_all, marks)
        filtered = {d.verb: r for d, r in verb_candidates(doc, article, keep_all, marks, quotes)
                    if r and not r.hard and d.verb is not None}
        seen: set[int] = set()
        for claim in extract_claims(doc, article=article, lexicon=keep_all):
            verb = next((t.i for t in doc if claim.cue.start <= t.idx < claim.cue.end
                         and t.i in filtered), None)
            if verb is None or verb in seen:
                continue
            seen.add(verb)
            features.append(filter_features(doc[verb], filtered[verb], sources))
            labels.append(normalise(gold.text, ((claim.cue.start, claim.cue.end),)) in cues)
            article_of.append(n)
            why.append(filtered[verb])
    return features, labels, article_of, why


# Saving and loading


# save_cue_filter(model, path), load_cue_filter(path=None) (the shipped one by default; a missing,
# corrupt or other-format file is a ResourceError) and default_model_path()
_FILE = ThresholdedFile(CueFilter, MODEL_FILE, FORMAT, "cue filter")
save_cue_filter = _FILE.save
load_cue_filter = _FILE.load
default_model_path = _FILE.default_path


@cache
def shipped_cue_filter() -> CueFilter:
    """The shipped model, with the shipped veto (:mod:`sitrep.extract.cue_veto`), read once."""
    return replace(load_cue_filter(), veto=shipped_cue_veto())
