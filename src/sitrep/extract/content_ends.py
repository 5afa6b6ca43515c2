"""Where an indirect claim's content ends: a learned choice among the ends the parse allows.

The rules cut a content told after its cue from the parse (the clause, object or phrase the
cue governs), and the parse often ends it too early ("said the plan would fail | , but
praised the talks" where PolNeAR keeps both) or too late ("said the vote was fair | on
Tuesday at a rally", "… McCain | , a former nominee who …"). PolNeAR's convention depends on
what the trailing words are, which a small model reads better than a list of rules.

For each claim whose content follows its cue, :func:`candidate_ends` lists the ends the
sentence allows: the rules' own end, every end that leaves out a run of trailing dependents
(a cut no dependency arc crosses), the end of the sentence and those cuts of the rest of it,
and the end of the next sentence of the same paragraph (a report continued there). A linear
model over hashed features of each candidate (:func:`end_features`: the words left out or
added, their dependency, the cue, the boundary) scores them, and the best one is kept when it
beats the rules' end by the model's margin.

The shipped model, ``knowledge/content_ends.npz``, is trained on the PolNeAR training split
(see ``knowledge/content_ends.md`` for its provenance and cross-validated scores).
:func:`training_groups` and :func:`fit` train one; fitting needs scikit-learn, applying one
only NumPy. The file holds only hashed feature indices and float16 weights: no corpus text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from sitrep.errors import ResourceError
from sitrep.extract.claim_draft import EDGE_PUNCT, Draft
from sitrep.extract.claim_reach import PRO_CLAUSES
from sitrep.extract.content_trims import (
    without_trailing_apposition,
    without_trailing_medium,
    without_trailing_who,
)
from sitrep.extract.hashed_model import (
    dense_weights,
    hash_indices,
    read_model_file,
    save_sparse_weights,
    shipped_path,
)
from sitrep.model import Span
from sitrep.nlp import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from sitrep.evaluate.claims import GoldArticle

FORMAT = 1
HASH_BITS = 16
MODEL_FILE = "content_ends.npz"
INSTALL_TRAIN = "training a content-end model needs scikit-learn: pip install 'sitrep[train]'"
# Claims whose content the model may end elsewhere: those the verb, noun and light-verb rules
# cut from the parse (a quote ends at its closing mark).
KINDS = frozenset({"indirect", "sourceless"})
MAX_TOKENS = 120  # a content this long is left as the rules cut it
QUOTE_MARKS = frozenset({'"', "“", "”", "``", "''", "‘", "’"})


@dataclass(frozen=True, eq=False)
class EndModel:
    """The weights of a trained content-end scorer (see the module docstring)."""

    weights: Any  # float32 array, 2**hash_bits
    bias: float
    margin: float = 0.0
    hash_bits: int = HASH_BITS


@dataclass(frozen=True)
class Candidate:
    """One possible end of a content, with the features the model scores it by."""

    end: int  # character offset, edge punctuation trimmed
    features: tuple[str, ...]


def _cuts(doc: Doc, first: int, stop: int) -> list[int]:
    """Token indices ``k`` in (first, stop) where the run ``first .. stop-1`` can be cut so
    that no dependency arc joins the part before ``k`` to the part from ``k``'s subtrees
    hanging on words before it: what trails from ``k`` on is whole dependents."""
    blocked = [0] * (stop - first + 1)  # a difference array over k - first
    for t in doc[first:stop]:
        h = t.head.i
        if t.i < h < stop:  # an arc to a later word: no cut between them
            blocked[t.i + 1 - first] += 1
            blocked[h + 1 - first] -= 1
        elif h >= stop:  # a word that hangs beyond the run stays with all before it
            blocked[1] += 1
            blocked[t.i + 1 - first] -= 1
    out, open_arcs = [], 0
    for k in range(first + 1, stop):
        open_arcs += blocked[k - first]
        if not open_arcs and not doc[k].is_space:
            out.append(k)
    return out


def _bucket(n: int) -> str:
    for top, name in ((1, "1"), (2, "2"), (5, "3-5"), (10, "6-10"), (20, "11-20")):
        if n <= top:
            return name
    return ">20"


def _piece_features(doc: Doc, lo: int, hi: int, tag: str, cue_lemma: str) -> list[str]:
    """What the words from token ``lo`` to ``hi`` (exclusive), left out or added, are."""
    toks = [t for t in doc[lo:hi] if not t.is_space]
    if not toks:
        return [f"{tag}:empty"]
    words = [t for t in toks if not t.is_punct]
    first = toks[0]
    feats = [f"{tag}:len={_bucket(len(words))}",
             f"{tag}:p0={first.lower_ if first.is_punct else '_'}"]
    if words:
        w = words[0]
        feats += [f"{tag}:w0={w.lower_}", f"{tag}:w0pos={w.pos_}", f"{tag}:w0dep={w.dep_}",
                  f"{tag}:p0w0={feats[1]}|{w.lower_}", f"{tag}:cue|w0={cue_lemma}|{w.lower_}"]
    tops = [t for t in toks if not lo <= t.head.i < hi or t.head.i == t.i]
    if tops:
        top = tops[0]
        feats += [f"{tag}:dep={top.dep_}", f"{tag}:deppos={top.dep_}|{top.pos_}",
                  f"{tag}:headpos={top.head.pos_}", f"{tag}:ent={top.ent_type_ or '_'}",
                  f"{tag}:p0dep={feats[1]}|{top.dep_}", f"{tag}:ntops={min(len(tops), 3)}"]
    feats.append(f"{tag}:verb={any(t.pos_ in {'VERB', 'AUX'} and t.dep_ != 'aux' for t in toks)}")
    feats.append(f"{tag}:quote={any(t.text in QUOTE_MARKS for t in toks)}")
    feats.append(f"{tag}:sentbreak={any(t.is_sent_start for t in toks[1:])}")
    feats.append(f"{tag}:dates={any(t.ent_type_ in {'DATE', 'TIME'} for t in words)}")
    return feats


def _root(doc: Doc, first: int, stop: int) -> Token:
    """The first word of a run whose head lies outside it."""
    return next((t for t in doc[first:stop] if not first <= t.head.i < stop
                 or t.head.i == t.i), doc[first])


def end_features(doc: Doc, first: int, end_tok: int, cur_tok: int, cue_lemma: str,
                 kind: str, others: bool, root: Token | None = None) -> list[str]:
    """Features of ending a content that starts at token ``first`` before token ``end_tok``
    (exclusive), when the rules end it before ``cur_tok``; ``others``: the extra words hold
    another claim's cue; ``root``: the head of the rules' content, if the caller has it."""
    last = doc[end_tok - 1]
    for i in range(end_tok - 1, first - 1, -1):
        if not doc[i].is_punct and not doc[i].is_space:
            last = doc[i]
            break
    after = doc[end_tok] if end_tok < len(doc) else None
    direction = "same" if end_tok == cur_tok else "trim" if end_tok < cur_tok else "ext"
    at_sent_end = after is None or after.is_sent_start or all(
        t.is_punct or t.is_space for t in doc[end_tok:last.sent.end])
    feats = [f"dir={direction}", f"dir|kind={direction}|{kind}",
             f"dir|cue={direction}|{cue_lemma}", f"dir|sentend={direction}|{at_sent_end}",
             f"dir|last={direction}|{last.pos_}", f"dir|lastw={direction}|{last.lower_}",
             f"dir|others={direction}|{others}",
             f"dir|after={direction}|{after.lower_ if after is not None else '<end>'}",
             f"dir|afterpos={direction}|{after.pos_ if after is not None else '<end>'}"]
    root = _root(doc, first, cur_tok) if root is None else root
    feats += [f"dir|root={direction}|{root.dep_}", f"dir|rootpos={direction}|{root.pos_}"]
    if direction == "trim":
        feats += _piece_features(doc, end_tok, cur_tok, "cut", cue_lemma)
    elif direction == "ext":
        feats += _piece_features(doc, cur_tok, end_tok, "add", cue_lemma)
        feats.append(f"add:dist={_bucket(end_tok - cur_tok)}")
    return feats


def _token_range(doc: Doc, content: Span) -> tuple[int, int] | None:
    span = doc.char_span(content.start, content.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    return span.start, span.end


def _trimmed_end(text: str, start: int, end: int) -> int:
    """``end`` less the spaces, commas and quote marks before it (as ``char_span`` trims)."""
    while end > start and text[end - 1] in EDGE_PUNCT:
        end -= 1
    return end


def _clause_end(doc: Doc, cue: Span) -> int:
    """The token index where the clause of a cue ends: the sentence for a main verb, the
    clause itself for a cue inside another ("Posters saying the war is over covered …")."""
    toks = doc.char_span(cue.start, cue.end, alignment_mode="expand")
    if toks is None or not len(toks):
        return 0
    head = next((t for t in toks if not toks.start <= t.head.i < toks.end or t.head.i == t.i),
                toks[0])
    if head.dep_ == "ROOT":
        return head.sent.end
    return head.right_edge.i + 1


def _only_time(piece: Any) -> bool:
    """Whether added words only say when ("on Tuesday", "last year"): PolNeAR ends a content
    before such a time about as often as after it, so the rules' end stands."""
    words = [t for t in piece if t.is_alpha and t.pos_ not in {"ADP", "DET", "CCONJ"}]
    return bool(words) and all(t.ent_type_ in {"DATE", "TIME"} for t in words)


def candidate_ends(doc: Doc, cue: Span, content: Span, kind: str, cue_lemma: str,
                   cues: Sequence[Span], text: str | None = None) -> list[Candidate]:
    """The ends a content told after its cue may take (the rules' own first), with features.

    ``cues`` are the cues of the article's other claims: a longer content that would take
    one in is marked so. ``text`` is ``doc.text``, if the caller has it.
    """
    text = doc_text(doc) if text is None else text
    rng = _token_range(doc, content)
    if rng is None or content.start < cue.end or rng[1] - rng[0] > MAX_TOKENS:
        return []
    first, cur = rng
    reach = max(cur, _clause_end(doc, cue))
    stops = {cur, *_cuts(doc, first, cur)}
    if reach > cur:
        stops |= {reach, *(k for k in _cuts(doc, first, reach) if k > cur)}
    if reach == doc[reach - 1].sent.end and reach < len(doc):
        nxt = doc[reach].sent
        if "\n" not in text[doc[reach - 1].idx:nxt.end_char].rstrip() and (
                nxt.end - first <= MAX_TOKENS):
            stops.add(nxt.end)
    stops = {k for k in stops if k <= cur or not _only_time(doc[cur:k])}
    out: list[Candidate] = []
    seen: set[int] = set()
    word = next((i for i in range(first, len(doc)) if doc[i].is_alpha), len(doc))
    root = _root(doc, first, cur)
    for k in sorted(stops, key=lambda k: (k != cur, k)):
        end = _trimmed_end(text, content.start, doc[k - 1].idx + len(doc[k - 1]))
        if end <= content.start or end in seen or k <= word:
            continue
        seen.add(end)
        others = any(end > c.start >= content.end for c in cues)
        out.append(Candidate(end, tuple(end_features(doc, first, k, cur, cue_lemma,
                                                          kind, others, root))))
    return out


def _cue_lemma(doc: Doc, cue: Span) -> str:
    toks = doc.char_span(cue.start, cue.end, alignment_mode="expand")
    if toks is None or not len(toks):
        return "_"
    head: Token = next((t for t in toks if t.pos_ in {"VERB", "NOUN", "ADJ"}), toks[-1])
    return head.lemma_.lower()


def _scores(model: EndModel, cands: Sequence[Candidate]) -> Any:
    return np.array([float(model.weights[hash_indices(c.features, model.hash_bits,
                                                      len(c.features))].sum())
                     for c in cands])


def _choices(doc: Doc, cue: Span, content: Span, kind: str, cues: Sequence[Span], text: str
             ) -> list[Candidate]:
    """The candidate ends of a claim's content when there is a choice to make (two or more,
    for a kind the model ends), else none; ``cues`` are every claim's cues in the document."""
    if kind not in KINDS:
        return []
    cands = candidate_ends(doc, cue, content, kind, _cue_lemma(doc, cue),
                           [c for c in cues if c != cue], text)
    return cands if len(cands) >= 2 else []


def _next_cue_of(doc: Doc, d: Draft, o: Draft) -> bool:
    """Whether ``o``'s cue verb is joined to ``d``'s and tells on after ``d``'s content, in
    the other stance: the same speaker's next claim, which a denial does not deny ("denies
    that X and says that Y"; PolNeAR's gold often nests two assertions, "said X and added
    Y", so those are left to the model)."""
    return (d.verb is not None and o.verb is not None and o is not d and o.stance != d.stance
            and doc[o.verb].dep_ == "conj" and doc[o.verb].head.i == d.verb
            and o.cue.start >= d.content.end)


def refine_ends(doc: Doc, drafts: list[Draft], model: EndModel | None = None) -> None:
    """End each indirect content told after its cue where ``model`` (the shipped one by
    default) scores best, if that beats the rules' end by the model's margin; then leave out
    a trailing "who" clause or ", a/an NOUN" phrase of the writer's
    (:mod:`sitrep.extract.content_trims`)."""
    end_model = shipped_end_model() if model is None else model
    cues = [d.cue for d in drafts]
    text = doc_text(doc)
    for d in drafts:
        cands = _choices(doc, d.cue, d.content, d.kind, cues, text)
        if not cands or d.content.text.lower() in PRO_CLAUSES:  # "said so": no more
            continue
        # the speaker's next cue in the other stance ends what they told ("denies that X and
        # says that Y")
        limit = min((o.cue.start for o in drafts if _next_cue_of(doc, d, o)), default=None)
        if limit is not None:
            cands = [c for i, c in enumerate(cands) if i == 0 or c.end <= limit]
            if len(cands) < 2:
                continue
        scores = _scores(end_model, cands)
        best = int(np.argmax(scores))
        if best and scores[best] - scores[0] > end_model.margin:
            end = cands[best].end
            d.content = Span(d.content.start, end, text[d.content.start:end])
    without_trailing_who(doc, drafts)
    without_trailing_apposition(doc, drafts)
    without_trailing_medium(drafts)


# Training


def training_groups(docs: Sequence[Doc], articles: Sequence[GoldArticle]
                    ) -> list[tuple[list[Candidate], int, int]]:
    """(candidates, index of the one that equals gold, article index) of every claim whose
    content some candidate gets exactly right, its cue overlapping a gold cue.

    Claims come from :func:`sitrep.extract.claims.extract_claims` with ``ends=False`` (the
    rules' own ends), as the model sees them at run time.
    """
    from sitrep.evaluate.claims import normalise
    from sitrep.extract.claims import extract_claims
    from sitrep.model import Article

    groups: list[tuple[list[Candidate], int, int]] = []
    for n, (doc, gold) in enumerate(zip(docs, articles, strict=True)):
        text = gold.text
        gold_n = [(normalise(text, a.cue), normalise(text, a.content)) for a in gold.attributions]
        claims = extract_claims(doc, article=Article(text=text, origin=gold.name), ends=False)
        cues = [c.cue for c in claims]
        text_of_doc = doc_text(doc)
        for c in claims:
            cands = _choices(doc, c.cue, c.content, c.kind, cues, text_of_doc)
            if not cands:
                continue
            cue_n = normalise(text, ((c.cue.start, c.cue.end),))
            contents = {g_content for g_cue, g_content in gold_n if any(
                s1 < e2 and s2 < e1 for s1, e1 in cue_n for s2, e2 in g_cue)}
            right = [i for i, k in enumerate(cands)
                     if normalise(text, ((c.content.start, k.end),)) in contents]
            if right:
                groups.append((cands, right[0], n))
    return groups


def fit(groups: Sequence[tuple[Sequence[Candidate], int, int]], *, c: float = 1.0,
        margin: float = 0.0, bits: int = HASH_BITS) -> EndModel:
    """A model trained to tell, within each group, the candidate that equals gold."""
    try:
        from scipy.sparse import csr_matrix
        from sklearn.linear_model import LogisticRegression
    except ImportError as exc:
        raise ResourceError(INSTALL_TRAIN) from exc
    feats = [list(k.features) for cands, _, _ in groups for k in cands]
    labels = [i == right for cands, right, _ in groups for i in range(len(cands))]
    indptr = np.zeros(len(feats) + 1, dtype=np.int64)
    np.cumsum([len(f) for f in feats], out=indptr[1:])
    flat = np.concatenate([hash_indices(f, bits, len(f)) for f in feats])
    x = csr_matrix((np.ones(len(flat), dtype=np.float32), flat, indptr),
                   shape=(len(feats), 1 << bits))
    x.sum_duplicates()
    x.data[:] = 1.0
    clf = LogisticRegression(C=c, max_iter=3000)
    clf.fit(x, np.asarray(labels, dtype=bool))
    weights = clf.coef_[0].astype(np.float16).astype(np.float32)
    return EndModel(weights, float(clf.intercept_[0]), margin, bits)


# Saving and loading


def save_end_model(model: EndModel, path: Path) -> None:
    """Write ``model`` to ``path`` as a compressed ``.npz`` of its nonzero weights."""
    save_sparse_weights(path, model.weights, format=np.array(FORMAT),
                        hash_bits=np.array(model.hash_bits),
                        margin=np.array(model.margin, dtype=np.float32),
                        bias=np.array(model.bias, dtype=np.float32))


def default_model_path() -> Path:
    """The model that ships with sitrep."""
    return shipped_path(MODEL_FILE)


def load_end_model(path: Path | str | None = None) -> EndModel:
    """Read a model written by :func:`save_end_model` (the shipped one by default).

    Raises :class:`ResourceError` when the file is missing, corrupt or of another format.
    """
    path = default_model_path() if path is None else Path(path)

    def build(data: Any) -> EndModel:
        return EndModel(dense_weights(data), float(data["bias"]), float(data["margin"]),
                        int(data["hash_bits"]))

    model = read_model_file(path, what="content-end model", fmt=FORMAT, build=build,
                            missing="reinstall sitrep")
    if not 1 <= model.hash_bits <= 24 or model.margin < 0:
        raise ResourceError(f"{path}: inconsistent content-end model")
    return model


@cache
def shipped_end_model() -> EndModel:
    """The shipped model, read once."""
    return load_end_model()
