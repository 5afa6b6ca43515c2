"""A strategic development a snippet tells where no trigger rule read an event.

ACLED's strategic developments (an agreement, arrests, a base set up, a group's change, a
territory handed over) are told with many verbs the trigger list cannot hold ("the two sides
sealed a truce", "the junta dissolved the brigade"). When the rules and the vocabulary backoff
find no event, a hashed multinomial logistic regression trained on sitrep's own labelled
snippets (``knowledge/event_examples.tsv``; ``knowledge/event_strategic.md`` gives its
provenance and cross-validated scores) reads the lead of the body (its first sentences, as the
inverted pyramid tells the news first) and names a strategic development when it is sure of one.

The event is a record an analyst can trace: its trigger is the word of the lead that weighs
most for the sub-type named, a content word of what is told, never a reporting verb (inside a
claim, only its content is read) nor an actor's or a place's name; actors are read from that
word's parse by the event stage. A codebook gate keeps it off what ACLED does not code
(:func:`conflict_development`): a sentence about a disaster, a crime, diplomacy, sport, a drill,
a memorial or blame tells none (:mod:`sitrep.extract.event_backoff`), and a development needs
a conflict party, an armed actor named on one side of it; an agreement needs the kind of pact
ACLED codes (a truce, a peace deal, an exchange of prisoners, a surrender, a handover: the
codebook's list, ``knowledge/event_strategic.tsv``).

Inference is NumPy only over the features of the parse already made (lemmas, their bigrams,
verbs, entity types, cue kinds); fitting needs scikit-learn (``pip install 'sitrep[train]'``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from sitrep.errors import ResourceError
from sitrep.extract.event_actors import ARMED_TYPES
from sitrep.extract.event_backoff import BLAME, OUTSIDE
from sitrep.extract.event_nouns import ARMED_MODIFIERS, ARMED_NOUNS, NON_STATE_WORDS
from sitrep.extract.event_phrases import REPORTING
from sitrep.extract.event_rules import cue_kinds
from sitrep.extract.event_triggers import realis
from sitrep.extract.hashed_model import hash_indices, read_model_file, shipped_path
from sitrep.knowledge import read_table
from sitrep.model import ActorMention, Span

FORMAT = 1
HASH_BITS = 16
MODEL_FILE = "event_strategic.npz"
NOT_ACLED = "NOT_ACLED"
LEAD = 3  # body sentences read: the labelled snippets are one to three sentences
# the sub-types the model may name: ACLED's strategic developments
STRATEGIC = frozenset({"Agreement", "Arrests", "Change to group/activity",
                       "Disrupted weapons use", "Headquarters or base established",
                       "Looting/property destruction", "Non-violent transfer of territory",
                       "Other"})
TRIGGER_POS = frozenset({"VERB", "NOUN"})
# a clause that describes a noun ("the bridge linking two villages"): told after the clauses
# that tell what was done
DESCRIBING = frozenset({"acl", "relcl"})
# verbs the claims stage reads as cues ("the two sides agreed to form a unified army": what
# they agreed to, its content) that are themselves the act of an agreement: ACLED codes the
# agreeing, and what is agreed to is still a plan
AGREEING = frozenset({"agree"})


@dataclass(frozen=True, eq=False)
class StrategicModel:
    """A hashed multinomial logistic regression over snippets: one row of weights per label
    (a sub-type or NOT_ACLED). A snippet tells an event when the probability of the labels
    other than NOT_ACLED is ``threshold`` or above; its sub-type is the likeliest of them."""

    labels: tuple[str, ...]
    weights: Any  # float32, labels x 2**hash_bits
    bias: Any  # float32, labels
    threshold: float = 0.9
    hash_bits: int = HASH_BITS

    def probabilities(self, features: Sequence[str]) -> Any:
        """The probability of each label given the feature strings of a snippet."""
        idx = np.unique(hash_indices(features, self.hash_bits, len(features)))
        scores = self.weights[:, idx].sum(axis=1) + self.bias
        scores = np.exp(scores - scores.max())
        return scores / scores.sum()

    def weight(self, label: str, features: Iterable[str]) -> float:
        """How much ``features`` weigh for ``label``."""
        feats = list(features)
        idx = np.unique(hash_indices(feats, self.hash_bits, len(feats)))
        return float(self.weights[self.labels.index(label), idx].sum())


@dataclass(frozen=True)
class StrategicReading:
    """The development the lead tells: its sub-type, the model's probability that the lead
    tells an ACLED event, the sentence and the word that tell it."""

    sub_event_type: str
    probability: float
    sentence: SpacySpan
    trigger: Token


def lead_sentences(doc: Doc, body_start: int) -> list[SpacySpan]:
    """The first :data:`LEAD` sentences of the body."""
    return [s for s in doc.sents if s.start_char >= body_start][:LEAD]


def _word_features(tok: Token) -> list[str]:
    return [f"l={tok.lemma_.lower()}"] + ([f"v={tok.lemma_.lower()}"] if tok.pos_ == "VERB"
                                           else [])


def snippet_features(sents: Sequence[SpacySpan]) -> list[str]:
    """The feature strings of a snippet: its lemmas and their bigrams (stop words left out),
    its verbs, entity types and the kinds of context cue (``event_cues.tsv``) it holds."""
    toks = [t for s in sents for t in s]
    words = [t.lemma_.lower() for t in toks if t.is_alpha and not t.is_stop]
    feats = [f"l={w}" for w in words]
    feats += [f"b={a}_{b}" for a, b in zip(words, words[1:], strict=False)]
    feats += [f"e={t.ent_type_}" for t in toks if t.ent_iob_ == "B"]
    feats += [f"c={k}" for k in sorted(cue_kinds(" ".join(s.text for s in sents)))]
    feats += [f"v={t.lemma_.lower()}" for t in toks if t.pos_ == "VERB"]
    return feats or ["empty"]


@cache
def _cue_verbs() -> frozenset[str]:
    return frozenset(r["cue"] for r in read_table("cues.tsv") if r["pos"] == "verb")


def _reporting(tok: Token) -> bool:
    """A verb that reports what it tells ("announced their merger", "said that …"): a speech
    verb, or a reporting cue verb of the claims lexicon heading a clause."""
    lemma = tok.lemma_.lower()
    return lemma in REPORTING or lemma in _cue_verbs() and any(
        c.dep_ == "ccomp" for c in tok.children)


def told_act(tok: Token) -> bool:
    """A word that tells an act: a verb that reports nothing, or the noun a reporting verb
    tells ("announced their merger": the merger is the act, the announcing its report)."""
    if tok.pos_ == "VERB":
        return not _reporting(tok)
    return tok.dep_ == "dobj" and _reporting(tok.head)


def acting(tok: Token) -> Token:
    """The word whose parse says who acted: the reporting verb of an act told as its object
    ("the faction announced its merger": the faction merged), else the word itself."""
    return tok.head if tok.pos_ != "VERB" and told_act(tok) else tok


def _candidates(sent: SpacySpan, taken: Sequence[Span], cues: Sequence[Span],
                contents: Sequence[Span]) -> list[Token]:
    """Words of ``sent`` that may tell the development: verbs and common nouns outside the
    names of actors and places (``taken``), never a reporting verb or cue; inside a claim's
    content when the sentence reports one. A verb of agreeing (:data:`AGREEING`) is read
    though the claims stage made it a cue: "agreed to form a unified army" tells the pact."""
    inside = [c for c in contents if c.start < sent.end_char and sent.start_char < c.end]
    found = []
    for tok in sent:
        if tok.pos_ not in TRIGGER_POS or not tok.is_alpha or tok.is_stop or tok.ent_type_:
            continue
        agreeing = tok.pos_ == "VERB" and tok.lemma_.lower() in AGREEING
        if any(s.start <= tok.idx < s.end for s in taken) or _reporting(tok) or not agreeing \
                and any(s.start <= tok.idx < s.end for s in cues):
            continue
        if inside and not agreeing and not any(c.start <= tok.idx < c.end for c in inside):
            continue
        found.append(tok)
    return found


def strategic_reading(doc: Doc, body_start: int, model: StrategicModel, *,
                      taken: Sequence[Span] = (), cues: Sequence[Span] = (),
                      contents: Sequence[Span] = ()) -> StrategicReading | None:
    """The strategic development the lead of the body tells, when the model names one at its
    threshold and a sentence of the lead holds a word that tells it: of the words that tell
    an act (:func:`told_act`) and tell it as done (not negated, modal, demanded or hoped for:
    :func:`~sitrep.extract.event_triggers.realis`), the one that weighs most for the sub-type
    (a clause describing a noun last: :data:`DESCRIBING`), the earliest of equals; None
    otherwise. A sentence whose trigger words the rules weighed
    and rejected is read too: the rules reject a word whose frame they do not know ("tore down
    the bridge"), and the codebook's vetoes are the gate's (:func:`conflict_development`)."""
    sents = lead_sentences(doc, body_start)
    named = model_naming(sents, model)
    if named is None:
        return None
    sub, event = named
    words = [(t.dep_ in DESCRIBING, -model.weight(sub, _word_features(t)), t.i, t, s)
             for s in sents for t in _candidates(s, taken, cues, contents)
             if told_act(t) and realis(doc, t)]
    words = [w for w in words if w[1] < 0]  # a word that weighs for the sub-type
    if not words:
        return None  # no word of the lead tells it
    *_, tok, sent = min(words, key=lambda w: w[:3])
    return StrategicReading(sub, event, sent, tok)


def model_naming(sents: Sequence[SpacySpan], model: StrategicModel) -> tuple[str, float] | None:
    """The strategic development the model names in the lead ``sents`` and its probability
    that the lead tells an ACLED event, when that is at its threshold; None otherwise."""
    if not sents:
        return None
    probs = model.probabilities(snippet_features(sents))
    none = model.labels.index(NOT_ACLED)
    event = 1.0 - float(probs[none])  # that the lead tells an ACLED event, whichever
    probs[none] = -1.0
    sub = model.labels[int(np.argmax(probs))]
    if sub not in STRATEGIC or event < model.threshold:
        return None
    return sub, event


@cache
def _pacts() -> re.Pattern[str]:
    rows = read_table("event_strategic.tsv")
    words = sorted({r["match"] for r in rows if r["kind"] == "pact"}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w).replace(r"\*", r"\w*") for w in words)
                      + r")\b", re.I)


# words that make a group the dictionary does not know an armed one ("rebel fighters",
# "armed herders", "regional forces"): ACLED codes the developments of armed groups it has
# not named before as it codes those of the groups it knows
ARMED_WORDS = ARMED_NOUNS | NON_STATE_WORDS | ARMED_MODIFIERS | {"armed"}


def armed_phrase(text: str) -> bool:
    """A phrase that names armed people or an armed group by its words."""
    return not ARMED_WORDS.isdisjoint(w.lower() for w in re.findall(r"[\w-]+", text))


def named_force(mention: ActorMention | None, places: Sequence[Span]) -> bool:
    """An armed actor named as one ("the army", "M23 rebels", "Israeli troops", or a group the
    dictionary does not know named by armed words: "rebel fighters", :func:`armed_phrase`),
    not a state named by its own or its capital's name ("the United States suspended aid",
    "Beirut rejected"): what a state does under its name is politics or diplomacy."""
    if mention is None or mention.span is None:
        return False
    if mention.actor.type not in ARMED_TYPES and not (
            mention.actor.type == "unknown" and armed_phrase(mention.span.text)):
        return False
    span = mention.span
    words = [m for m in re.finditer(r"[\w'-]+", span.text) if m.group().lower() != "the"]
    return any(not any(p.start <= span.start + w.start() < p.end for p in places)
               for w in words)


# mass displacement, which ACLED's codebook names as an "Other" development: people who fled,
# were displaced, left their homes or crossed a border ("Thousands crossed into Burundi")
DISPLACEMENT = re.compile(r"\b(?:fled|flee|flees|fleeing|displaced|displacement|exodus"
                          r"|left (?:their|the) (?:homes?|villages?|camps?|town|islands?)"
                          r"|crossed (?:the border|into|from))\b", re.I)


# developments of a conflict actor's own structure, positions, weapons or ground: done to
# civilians, the act is violence against them, which the model never names
OWN_DEVELOPMENTS = frozenset({"Change to group/activity", "Headquarters or base established",
                              "Disrupted weapons use", "Non-violent transfer of territory"})


def conflict_development(sub: str, sent: SpacySpan, *, actor1: ActorMention | None,
                         actor2: ActorMention | None = None, places: Sequence[Span] = ()
                         ) -> bool:
    """The codebook's gate on a development read by the model: no disaster, crime,
    diplomacy, sport, drill, memorial or blame told in its sentence (what ACLED does not code);
    an agreement names a pact of the codebook's kinds in its sentence (``event_strategic.tsv``);
    any other development is done by an armed actor named as such (``actor1``,
    :func:`named_force`: ACLED codes the developments of conflict actors), or for arrests by
    no one named (ACLED codes them to the state's police), or for mass displacement
    (:data:`DISPLACEMENT`, an "Other" development) by no one or civilians; a development of
    the actor's own (:data:`OWN_DEVELOPMENTS`) is not done to civilians (``actor2``)."""
    return gate_refusal(sub, sent, actor1=actor1, actor2=actor2, places=places) is None


def gate_refusal(sub: str, sent: SpacySpan, *, actor1: ActorMention | None,
                 actor2: ActorMention | None = None, places: Sequence[Span] = ()
                 ) -> str | None:
    """Why :func:`conflict_development` refuses the development, in an analyst's words; None
    when it lets it through."""
    outside = cue_kinds(sent.text) & OUTSIDE
    if outside:
        return f"outside ACLED: {', '.join(sorted(outside))} told"
    blame = next((t.text for t in sent if t.lemma_.lower() in BLAME), None)
    if blame is not None:
        return f"blame told ({blame!r})"
    if sub in OWN_DEVELOPMENTS and actor2 is not None and actor2.actor.type == "civilians":
        return "an armed actor's own development done to civilians"  # "the army has been
        # holding refugees as human shields"
    if sub == "Agreement":
        return None if _pacts().search(sent.text) is not None else "no pact word"
    if sub == "Other" and (actor1 is None or actor1.actor.type == "civilians") and (
            DISPLACEMENT.search(sent.text)):
        return None  # mass displacement: the people who flee are its actor, no armed one
    if named_force(actor1, places) or sub == "Arrests" and actor1 is None:
        return None
    if actor1 is None:
        return "no actor1"
    return f"actor1 {actor1.actor.name!r} ({actor1.actor.type}) is no armed force named as one"


def _model_from(data: Any) -> StrategicModel:
    bits = int(data["hash_bits"])
    labels = tuple(str(v) for v in data["labels"])
    weights = np.zeros((len(labels), 1 << bits), dtype=np.float32)
    weights[:, data["index"]] = data["values"]
    return StrategicModel(labels=labels, weights=weights, bias=data["bias"].astype(np.float32),
                          threshold=float(data["threshold"]), hash_bits=bits)


def load_strategic_model(path: Path | str | None = None) -> StrategicModel:
    """Read a model written by :func:`save_strategic_model` (the shipped one by default)."""
    path = shipped_path(MODEL_FILE) if path is None else Path(path)
    model = read_model_file(path, what="strategic development model", fmt=FORMAT,
                            build=_model_from, missing="reinstall sitrep")
    if not 0.0 < model.threshold < 1.0 or not 1 <= model.hash_bits <= 24 or (
            model.weights.shape[0] != len(model.labels)):
        raise ResourceError(f"{path}: inconsistent strategic development model")
    return model


def save_strategic_model(model: StrategicModel, path: Path) -> None:
    """Write ``model`` to ``path``: the hashed columns that weigh for some label, and their
    weights for each label as float16."""
    values = np.asarray(model.weights).astype(np.float16)
    index = np.flatnonzero(np.abs(values).max(axis=0))
    with path.open("wb") as fh:
        np.savez_compressed(fh, format=np.array(FORMAT), hash_bits=np.array(model.hash_bits),
                            threshold=np.array(model.threshold), labels=np.array(model.labels),
                            bias=np.asarray(model.bias, dtype=np.float32),
                            index=index.astype(np.uint32), values=values[:, index])


@cache
def shipped_strategic_model() -> StrategicModel:
    """The shipped model, read once."""
    return load_strategic_model()


def fit(rows: Sequence[tuple[list[str], str]], *, c: float = 1.0, threshold: float = 0.9,
        hash_bits: int = HASH_BITS) -> StrategicModel:
    """A model fitted on (snippet features, label) rows (needs scikit-learn)."""
    try:
        from scipy.sparse import csr_matrix
        from sklearn.linear_model import LogisticRegression
    except ImportError as exc:  # pragma: no cover - the train extra
        raise ResourceError("training needs scikit-learn: pip install 'sitrep[train]'") from exc
    idx = [np.unique(hash_indices(f, hash_bits, len(f))) for f, _ in rows]
    ii = np.concatenate([np.full(len(f), i) for i, f in enumerate(idx)])
    x = csr_matrix((np.ones(len(ii), dtype=np.float32), (ii, np.concatenate(idx))),
                   shape=(len(rows), 1 << hash_bits))
    lr = LogisticRegression(C=c, max_iter=3000)
    lr.fit(x, [label for _, label in rows])
    return StrategicModel(labels=tuple(str(v) for v in lr.classes_),
                          weights=lr.coef_.astype(np.float32),
                          bias=lr.intercept_.astype(np.float32), threshold=threshold,
                          hash_bits=hash_bits)
