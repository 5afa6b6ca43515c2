"""A trained classifier of cue verbs the lexicon lacks: hashed features, logistic regression.

Whether a verb outside ``knowledge/cues.tsv`` heads an attribution cue depends on its context:
"she *slammed* the plan as a sham" is one, "the door *slammed*" is not. sitrep ships one
model, ``knowledge/cue_model.npz``, trained on the PolNeAR training split (see
``knowledge/cue_model.md`` for its provenance and cross-validated scores): one weight per
hashed feature of a verb and its context (lemma, tag, dependency, children, the clause or
object it governs, its subject, quotation marks and neighbouring words). A verb whose
probability reaches the model's threshold is read as a cue that asserts, with certainty
certain (:func:`sitrep.extract.claim_lexicon.verb_cue`).

:func:`training_examples` and :func:`fit` train one; fitting needs scikit-learn
(``pip install 'sitrep[train]'``), applying one only NumPy. A saved model is a compressed
``.npz`` of plain arrays (the nonzero weights as float16), read with ``allow_pickle=False``:
loading one runs no code.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING, Any

import numpy as np

from sitrep.errors import ResourceError
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
MODEL_FILE = "cue_model.npz"
INSTALL_TRAIN = "training a cue model needs scikit-learn: pip install 'sitrep[train]'"
# Verbs the model never reads as cues: "according to" has its own rule, and verbs of deeds in
# conflict news ("shelled", "captured", "killed") are acts however they are reported.
EXCLUDED = frozenset({
    "accord", "be", "attack", "bomb", "capture", "kill", "shell", "strike", "seize", "fire",
    "wound", "injure", "launch", "advance", "retake", "recapture", "besiege", "bombard",
    "clash", "fight", "withdraw", "retreat", "storm", "ambush", "shoot", "destroy", "hit",
    "liberate", "encircle", "surround", "control", "die", "flee", "arrest", "detain", "raid",
    "aim",  # "aims to assert control": an intention to act
})
PERSONAL = frozenset({"i", "we", "he", "she", "they", "you", "who"})
QUOTE_MARKS = frozenset({'"', "“", "”", "``", "''"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


@dataclass(frozen=True, eq=False)
class CueModel:
    """The weights of a trained cue-verb classifier (see the module docstring)."""

    weights: Any  # float32 array, 2**hash_bits
    bias: float
    threshold: float = 0.5
    hash_bits: int = HASH_BITS


def is_candidate(tok: Token) -> bool:
    """Whether the model is asked about ``tok`` at all: a content verb it may read as a cue."""
    return tok.pos_ == "VERB" and tok.is_alpha and tok.lemma_.lower() not in EXCLUDED


def _subject(tok: Token) -> Token | None:
    """The subject of a verb, or that of the verb it is joined to ("X met Y and said …")."""
    for verb in (tok, tok.head) if tok.dep_ in {"conj", "xcomp", "advcl"} else (tok,):
        subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subj is not None:
            return subj
    return tok.head if tok.dep_ in {"relcl", "acl"} else None


def _subject_kind(subj: Token | None, sources: Sequence[Mapping[str, str]]) -> str:
    if subj is None:
        return "none"
    low = subj.lower_
    if low in PERSONAL:
        return f"pron:{low}"
    typ = next((t.get(w) for t in sources for w in (low, low[:-1] if low.endswith("s") else low)
                if t.get(w)), None)
    if typ:
        return f"src:{typ}"
    if subj.ent_type_:
        return f"ent:{subj.ent_type_}"
    return f"pos:{subj.pos_}"


# The last doc read, with what was read of it: each verb's features (with the source tables
# they were typed by) and each sentence's quotation marks and words. The cue model, the cue
# filter and its veto read the same verbs; holding the doc keeps its identity check sound.
_SEEN: list[Any] = [None, {}, {}]


def verb_features(tok: Token, sources: Sequence[Mapping[str, str]]) -> list[str]:
    """The feature strings of a candidate verb; ``sources`` type source words ("official")."""
    if _SEEN[0] is not tok.doc:
        _SEEN[:] = [tok.doc, {}, {}]
    hit = _SEEN[1].get(tok.i)
    if hit is not None and len(hit[0]) == len(sources) and all(
            a is b for a, b in zip(hit[0], sources, strict=True)):
        return list(hit[1])
    feats = _verb_features(tok, sources)
    _SEEN[1][tok.i] = (tuple(sources), feats)
    return list(feats)


def _sentence(tok: Token) -> tuple[list[int], set[str]]:
    """The indices of the quotation marks and the lower-case words of ``tok``'s sentence."""
    sent = tok.sent
    known = _SEEN[2].get(sent.start)
    if known is None:
        known = ([t.i for t in sent if t.text in QUOTE_MARKS], {t.lower_ for t in sent})
        _SEEN[2][sent.start] = known
    return known


def _verb_features(tok: Token, sources: Sequence[Mapping[str, str]]) -> list[str]:
    doc = tok.doc
    i = tok.i
    lemma = tok.lemma_.lower()
    sent = tok.sent
    children = list(tok.children)
    deps = {c.dep_ for c in children}
    clause = next((c for c in children if c.dep_ in {"ccomp", "parataxis"}), None)
    mark = "" if clause is None else next(
        (m.lower_ for m in clause.children if m.dep_ == "mark"), "-")
    subj = _subject(tok)
    kind = _subject_kind(subj, sources)
    passive = "auxpass" in deps or "nsubjpass" in deps
    before = doc[i - 1].lower_ if i > sent.start else "<s>"
    after = doc[i + 1].lower_ if i + 1 < sent.end else "</s>"
    after2 = doc[i + 2].lower_ if i + 2 < sent.end else "</s>"
    marks, words = _sentence(tok)
    quote_before = any(m < i for m in marks)
    quote_after = any(m > i for m in marks)
    inside = sum(1 for m in marks if m < i) % 2 == 1
    content = "ccomp" if clause is not None else "xcomp" if "xcomp" in deps else (
        "dobj" if "dobj" in deps else "prep" if "prep" in deps else "none")
    feats = [
        "bias", f"l={lemma}", f"t={tok.tag_}", f"dep={tok.dep_}", f"hp={tok.head.pos_}",
        f"hl={tok.head.lemma_.lower()}", f"subj={kind}", f"pass={passive}",
        f"content={content}", f"mark={mark}", f"w-1={before}", f"w+1={after}",
        f"w+2={after2}", f"q<={quote_before}", f"q>={quote_after}", f"qin={inside}",
        f"l|content={lemma}|{content}", f"l|subj={lemma}|{kind.split(':')[0]}",
        f"l|dep={lemma}|{tok.dep_}", f"l|w+1={lemma}|{after}", f"l|t={lemma}|{tok.tag_}",
        f"content|subj={content}|{kind}", f"content|mark={content}|{mark}",
        f"dep|content={tok.dep_}|{content}",
    ]
    for c in children:
        feats.append(f"ch={c.dep_}")
        if c.dep_ in {"prep", "prt", "mark", "advmod", "dobj", "neg", "aux"}:
            feats.append(f"ch={c.dep_}|{c.lower_}")
            feats.append(f"l|ch={lemma}|{c.dep_}|{c.lower_}")
    if clause is not None:
        feats.append(f"cl<={clause.i < i}")
        feats.append(f"cl_tag={clause.tag_}")
    if subj is not None:
        feats.append(f"subj_l={subj.lower_ if subj.pos_ == 'PRON' else subj.lemma_.lower()}")
    obj = next((c for c in children if c.dep_ in {"dobj", "nsubjpass"}), None)
    if obj is not None:  # "attacked Trump" (words), "attacked army positions" (a deed)
        okind = _subject_kind(obj, sources)
        feats += [f"obj={okind}", f"l|obj={lemma}|{okind}", f"obj_l={obj.lemma_.lower()}"]
    feats.append(f"s_colon={':' in words}")
    feats.append(f"s_acc={'according' in words}")
    return feats


def _index(features: Sequence[str], bits: int) -> Any:
    return hash_indices(features, bits, len(features))


def probability(model: CueModel, tok: Token, sources: Sequence[Mapping[str, str]]) -> float:
    """P(``tok`` heads an attribution cue) under ``model``."""
    score = float(model.weights[_index(verb_features(tok, sources), model.hash_bits)].sum())
    return 0.5 * (1.0 + float(np.tanh(0.5 * (score + model.bias))))


def fires(model: CueModel, tok: Token, sources: Sequence[Mapping[str, str]]) -> bool:
    """Whether ``model`` reads the candidate verb ``tok`` as a cue."""
    return is_candidate(tok) and probability(model, tok, sources) >= model.threshold


def tells_words(model: CueModel, tok: Token, sources: Sequence[Mapping[str, str]]) -> bool:
    """Whether ``model`` reads a verb that mostly names a deed ("attacked", "backed"), used
    with no clause, as a cue in this context: "Clinton attacked Trump", not "the SDF attacked
    army positions" (:data:`sitrep.extract.claim_deeds.DEEDS`)."""
    return tok.is_alpha and probability(model, tok, sources) >= model.threshold


# Training


def fit(features: Sequence[Sequence[str]], labels: Sequence[bool], *, threshold: float = 0.5,
        c: float = 1.0, bits: int = HASH_BITS) -> CueModel:
    """A model trained on the feature lists of candidate verbs and whether each is a cue."""
    try:
        from scipy.sparse import csr_matrix
        from sklearn.linear_model import LogisticRegression
    except ImportError as exc:
        raise ResourceError(INSTALL_TRAIN) from exc
    indptr = np.zeros(len(features) + 1, dtype=np.int64)
    np.cumsum([len(f) for f in features], out=indptr[1:])
    flat = np.concatenate([_index(f, bits) for f in features])
    x = csr_matrix((np.ones(len(flat), dtype=np.float32), flat, indptr),
                   shape=(len(features), 1 << bits))
    x.sum_duplicates()
    x.data[:] = 1.0
    clf = LogisticRegression(C=c, max_iter=2000)
    clf.fit(x, np.asarray(labels, dtype=bool))
    weights = clf.coef_[0].astype(np.float16).astype(np.float32)
    return CueModel(weights, float(clf.intercept_[0]), threshold, bits)


def training_examples(docs: Sequence[Doc], articles: Sequence[GoldArticle], lex: Lexicon
                      ) -> tuple[list[list[str]], list[bool], list[int]]:
    """(features, labels, article index) of the candidate verbs that yield a claim as cues.

    Every candidate verb the lexicon lacks, and every verb of deeds with no clause
    (:func:`sitrep.extract.claims.untold_deed`), is read as a cue; each verb that then heads a
    claim is an example, positive when the claim's cue is exactly a gold cue of its article
    (a PolNeAR split: :func:`sitrep.evaluate.claims.read_polnear`).
    """
    from sitrep.evaluate.claims import normalise
    from sitrep.extract.claim_lexicon import verb_cue
    from sitrep.extract.claims import extract_claims, untold_deed
    from sitrep.model import Article

    always = replace(lex, cue_model=CueModel(np.zeros(2, dtype=np.float32), 50.0, 0.5, 1))
    plain = replace(lex, cue_model=None)
    sources = (lex.source_words, lex.source_roles)
    features: list[list[str]] = []
    labels: list[bool] = []
    article_of: list[int] = []
    for n, (doc, gold) in enumerate(zip(docs, articles, strict=True)):
        cues = {normalise(gold.text, a.cue) for a in gold.attributions}
        seen: set[int] = set()
        claims = extract_claims(doc, article=Article(text=gold.text, origin=gold.name),
                                lexicon=always)
        for claim in claims:
            verb = next((t for t in doc if claim.cue.start <= t.idx < claim.cue.end
                         and (is_candidate(t) and verb_cue(t, plain) is None
                              or untold_deed(t, plain))), None)
            if verb is None or verb.i in seen:
                continue
            seen.add(verb.i)
            features.append(verb_features(verb, sources))
            labels.append(normalise(gold.text, ((claim.cue.start, claim.cue.end),)) in cues)
            article_of.append(n)
    return features, labels, article_of


# Saving and loading


# save_cue_model(model, path), load_cue_model(path=None) (the shipped one by default; a missing,
# corrupt or other-format file is a ResourceError) and default_model_path()
_FILE = ThresholdedFile(CueModel, MODEL_FILE, FORMAT, "cue model")
save_cue_model = _FILE.save
load_cue_model = _FILE.load
default_model_path = _FILE.default_path


@cache
def shipped_cue_model() -> CueModel:
    """The shipped model, read once."""
    return load_cue_model()
