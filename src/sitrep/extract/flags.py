"""Flags: hedges, verification cues and loaded language in an article's body.

A flag is evidence for an analyst, not a verdict. It marks a word or phrase that lowers the
certainty of a report ("reportedly", "could not be independently verified") or that takes a
side ("terrorists", "martyred", "regime"), with the lexicon term it matched.

The knowledge is data: ``knowledge/hedges.tsv`` (term, kind, certainty) and
``knowledge/loaded_terms.tsv`` (term, PTC technique, neutral alternative: the vocabulary of
conflict reporting) and ``knowledge/propaganda_terms.tsv`` (same columns: the general loaded
words, labels and stock phrases of opinion writing). Matching rules:

- each word of a term matches a token whose lowercase form or lowercase lemma equals it, so a
  base form ("terrorist", "martyr", "liberate") matches its inflections ("terrorists",
  "martyred", "liberating") while an inflected form ("savages") matches only itself;
- only the body is searched (offsets at or after :attr:`Article.body_start`);
- "may", "might" and "could" are hedges only as auxiliaries of a verb, so "May 5" and a person
  called May are not;
- loaded words inside a capitalised name ("the Liberation Front", "Martyrs Brigade") and
  "regime" heading a common-noun compound ("sanctions regime") are not flagged;
- where terms of the same family overlap, the longest wins ("could not be independently
  verified" over "could"); a hedge and a loaded term may cover the same words; a conflict
  term beats an overlapping general term;
- a one-word general term is widened to the phrase it colours, as PTC annotators mark it: an
  adjective with the next word it modifies ("disgraceful decision"), an intensifier with the
  word it intensifies ("absolutely ridiculous").

The pipeline adds the spans of a trained model (:mod:`sitrep.extract.flag_model`, loaded once
by ``Pipeline.load``) to the lexicon's flags: ``extract_flags(doc, article=…, model=…)``. Its
flags carry the term ``"model"`` and a PTC technique kind; without a model, only the lexicon.
A model flag under its technique's calibrated confidence (``knowledge/flag_shown.tsv``) is
*weak* (:func:`is_weak`): the JSONL keeps it, marked, and the report folds it away.

Limits: no word-sense disambiguation beyond these rules ("massacre" is flagged even where it is
the accepted name of an event); words in direct quotes are flagged like any other (the claims
stage knows which spans are quotes); scare quotes and irony are not detected unless the quoted
words are themselves in the lexicon ("'fake news'").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any, Literal, cast

from sitrep.errors import ResourceError
from sitrep.knowledge import read_table
from sitrep.model import MODEL_FLAG_TERM, Article, Certainty, Flag

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from sitrep.extract.flag_head import FlagEncoder
    from sitrep.extract.flag_model import FlagModel

HEDGE_FILE = "hedges.tsv"
LOADED_FILE = "loaded_terms.tsv"
PROPAGANDA_FILE = "propaganda_terms.tsv"
SHOWN_FILE = "flag_shown.tsv"  # per technique, the confidence a model flag needs to be shown

HedgeKind = Literal["hedge", "unconfirmed"]

# PTC technique name -> Flag.kind.
TECHNIQUE_KINDS: dict[str, str] = {
    "Loaded_Language": "loaded_language",
    "Name_Calling,Labeling": "name_calling",
    "Doubt": "doubt",
    "Exaggeration,Minimisation": "exaggeration",
    "Appeal_to_fear-prejudice": "appeal_to_fear",
    "Flag-Waving": "flag_waving",
    "Black-and-White_Fallacy": "black_and_white",
    "Causal_Oversimplification": "causal_oversimplification",
    "Slogans": "slogans",
    "Thought-terminating_Cliches": "thought_terminating_cliche",
    "Appeal_to_Authority": "appeal_to_authority",
    "Whataboutism,Straw_Men,Red_Herring": "whataboutism",
    "Bandwagon,Reductio_ad_hitlerum": "bandwagon",
    "Repetition": "repetition",
}

MODALS = frozenset({"may", "might", "could"})
# Entity labels of names inside which a capitalised loaded word is part of the name.
NAME_LABELS = frozenset({"ORG", "FAC", "GPE", "LOC", "EVENT", "WORK_OF_ART", "LAW", "PERSON"})
# Loaded words that are technical vocabulary when they head a common-noun compound.
TECHNICAL_COMPOUND_HEADS = frozenset({"regime"})
# Parts of speech of the next word that a one-word general propaganda term takes into its span.
SHAPED_HEADS = frozenset({"NOUN", "ADJ", "VERB"})


@dataclass(frozen=True)
class HedgeCue:
    """An entry of the hedge lexicon."""

    term: str
    kind: HedgeKind
    certainty: Certainty


@dataclass(frozen=True)
class LoadedTerm:
    """An entry of the loaded-terms lexicon."""

    term: str
    technique: str  # PTC technique name, e.g. "Name_Calling,Labeling"
    neutral: tuple[str, ...]  # neutral alternatives, or one parenthesised instruction

    @property
    def kind(self) -> str:
        """The :attr:`Flag.kind` this term produces, e.g. ``"name_calling"``."""
        return technique_kind(self.technique)


def technique_kind(technique: str) -> str:
    """The snake-case flag kind of a PTC technique name (``"Flag-Waving"`` -> ``"flag_waving"``)."""
    try:
        return TECHNIQUE_KINDS[technique]
    except KeyError:
        raise ValueError(f"unknown propaganda technique {technique!r}") from None


@cache
def load_hedges() -> tuple[HedgeCue, ...]:
    """The hedge and verification cues of ``knowledge/hedges.tsv``."""
    cues: list[HedgeCue] = []
    for row in read_table(HEDGE_FILE):
        term, kind, certainty = row["term"].lower(), row["kind"], row["certainty"]
        if not term or kind not in ("hedge", "unconfirmed"):
            raise ResourceError(f"{HEDGE_FILE}: bad kind {kind!r} for term {term!r}")
        if certainty not in ("hedged", "unconfirmed"):
            raise ResourceError(f"{HEDGE_FILE}: bad certainty {certainty!r} for term {term!r}")
        cues.append(HedgeCue(term, cast(HedgeKind, kind), cast(Certainty, certainty)))
    return tuple(cues)


def _read_terms(name: str) -> tuple[LoadedTerm, ...]:
    terms: list[LoadedTerm] = []
    for row in read_table(name):
        term, technique = row["term"].lower(), row["technique"]
        if not term or technique not in TECHNIQUE_KINDS:
            raise ResourceError(f"{name}: bad technique {technique!r} for term {term!r}")
        neutral = tuple(n.strip() for n in row["neutral"].split(";") if n.strip())
        terms.append(LoadedTerm(term, technique, neutral))
    return tuple(terms)


@cache
def load_loaded_terms() -> tuple[LoadedTerm, ...]:
    """The loaded terms of conflict reporting, ``knowledge/loaded_terms.tsv``."""
    return _read_terms(LOADED_FILE)


@cache
def load_propaganda_terms() -> tuple[LoadedTerm, ...]:
    """The general propaganda terms of ``knowledge/propaganda_terms.tsv``."""
    return _read_terms(PROPAGANDA_FILE)


@cache
def shown_thresholds() -> dict[str, float]:
    """Flag kind -> the confidence under which a trained-model flag of that kind is *weak*
    (``knowledge/flag_shown.tsv``; the row ``*`` serves the kinds without a row of their own)."""
    table: dict[str, float] = {}
    for row in read_table(SHOWN_FILE):
        kind = row["technique_kind"]
        if kind != "*" and kind not in TECHNIQUE_KINDS.values():
            raise ResourceError(f"{SHOWN_FILE}: unknown flag kind {kind!r}")
        table[kind] = float(row["threshold"])
    if "*" not in table:
        raise ResourceError(f"{SHOWN_FILE}: no '*' row")
    return table


def is_weak(flag: Flag) -> bool:
    """Whether ``flag`` is a trained-model flag whose confidence is under its technique's
    calibrated threshold (:func:`shown_thresholds`): less likely to mark propaganda than the
    model's average flag. Weak flags stay in the JSONL (``"weak": true``) as evidence; the
    report hides them by default. Lexicon flags and hedges are never weak."""
    if flag.term != MODEL_FLAG_TERM or flag.confidence is None:
        return False
    table = shown_thresholds()
    return flag.confidence < table.get(flag.kind, table["*"])


def shown(flag: Flag) -> bool:
    """Whether the report shows ``flag`` by default (it is not :func:`is_weak`)."""
    return not is_weak(flag)


def hedge_terms(kind: HedgeKind | None = None) -> tuple[str, ...]:
    """The lowercase hedge terms, all of them or those of one ``kind``."""
    return tuple(c.term for c in load_hedges() if kind is None or c.kind == kind)


def loaded_terms() -> tuple[str, ...]:
    """The lowercase loaded terms."""
    return tuple(t.term for t in load_loaded_terms())


def certainty_of(flags: Iterable[Flag], start: int, end: int) -> Certainty:
    """The certainty that the hedge flags inside ``[start, end)`` give a claim there.

    "unconfirmed" beats "hedged" beats "certain"; loaded-language flags do not count.
    """
    kinds = {f.kind for f in flags if start <= f.span.start and f.span.end <= end}
    if "unconfirmed" in kinds:
        return "unconfirmed"
    return "hedged" if "hedge" in kinds else "certain"


def extract_lexicon_flags(doc: Doc, *, article: Article) -> tuple[Flag, ...]:
    """Hedges, verification cues and loaded terms in the body of ``article``, in text order.

    ``doc`` must be the parse of ``article.text``.
    """
    if doc.text != article.text:
        raise ValueError(f"the Doc is not the parse of the text of {article.origin}")
    matcher = _matcher()
    hedges: list[tuple[Span, Flag]] = []
    loaded: list[tuple[Span, Flag]] = []
    general: list[tuple[Span, Flag]] = []
    for match_id, start, end in matcher(doc):
        span = doc[start:end]
        if span.start_char < article.body_start:
            continue
        family, index = match_id.split(":")
        if family == "hedge":
            cue = load_hedges()[int(index)]
            if cue.term in MODALS and not _is_modal_auxiliary(span[0]):
                continue
            hedges.append((span, _flag(article, span, cue.kind, cue.term)))
        else:
            lexicon = load_loaded_terms() if family == "loaded" else load_propaganda_terms()
            term = lexicon[int(index)]
            if _inside_name(span) or _technical_compound(span):
                continue
            found = loaded if family == "loaded" else general
            if family == "propaganda":
                span = _phrase(span)
            found.append((span, _flag(article, span, term.kind, term.term)))
    flags = _longest(hedges) + _longest(loaded + general, first=len(loaded))
    return tuple(sorted(flags, key=lambda f: (f.span.start, f.span.end, f.kind)))


def extract_flags(doc: Doc, *, article: Article, model: FlagModel | None = None,
                  encoder: FlagEncoder | None = None) -> tuple[Flag, ...]:
    """The flags of ``article``: those of the lexicon, plus the spans of a trained ``model``
    (:mod:`sitrep.extract.flag_model`) when one is given, in text order. An ``encoder``
    (opt-in, :mod:`sitrep.extract.flag_head`) adds its P(inside) to the model's, and the
    lexicon's technique flags are then kept only where that P(inside) is high enough
    (:func:`sitrep.extract.flag_head.confident_lexicon`).

    ``doc`` must be the parse of ``article.text``.
    """
    lexicon = extract_lexicon_flags(doc, article=article)
    if model is None:
        return lexicon
    from sitrep.extract.flag_model import scored_flags

    found, inside = scored_flags(doc, article=article, model=model, lexicon=lexicon,
                                 encoder=encoder)
    if encoder is not None:
        from sitrep.extract.flag_head import confident_lexicon

        lexicon = confident_lexicon(doc, lexicon, inside)
    return combine_flags(lexicon, found)


def combine_flags(lexicon: Sequence[Flag], found: Sequence[Flag]) -> tuple[Flag, ...]:
    """The flags of the lexicon and those a trained model ``found``, in text order.

    The union: 5-fold cross-validation on PTC gave it SI F1 0.394 against 0.393 for the model
    alone and 0.179 for the lexicon alone, and a better technique F1 (FLC 0.178 against 0.164)
    than the model alone, relabelling the model's spans with the lexicon's techniques or
    dropping lexicon flags under model spans.
    """
    return tuple(sorted((*lexicon, *found), key=lambda f: (f.span.start, f.span.end, f.kind)))


def _flag(article: Article, span: Span, kind: str, term: str) -> Flag:
    return Flag(article.span(span.start_char, span.end_char), kind, term)


def _longest(found: list[tuple[Span, Flag]], *, first: int | None = None) -> list[Flag]:
    """Non-overlapping flags, longest first, then earliest; the ``first`` entries of ``found``
    (the conflict lexicon) are placed before the others (the general propaganda terms)."""
    taken: set[int] = set()
    kept: list[Flag] = []
    rank = len(found) if first is None else first
    order = sorted(range(len(found)),
                   key=lambda i: (i >= rank, -len(found[i][0]), found[i][0].start))
    for span, flag in (found[i] for i in order):
        tokens = set(range(span.start, span.end))
        if not tokens & taken:
            taken |= tokens
            kept.append(flag)
    return kept


def _phrase(span: Span) -> Span:
    """A one-word term widened to the phrase PTC annotators mark: a loaded adjective with the
    noun it modifies ("disgraceful decision"), an intensifier with the word it intensifies
    ("absolutely ridiculous")."""
    if len(span) != 1:
        return span
    token = span[0]
    head = token.head
    if token.dep_ in ("amod", "advmod") and head.i == token.i + 1 and head.pos_ in SHAPED_HEADS:
        return span.doc[token.i : head.i + 1]
    return span


def _is_modal_auxiliary(token: Token) -> bool:
    """True for "may"/"might"/"could" used as a modal auxiliary of a verb."""
    return (
        token.tag_ == "MD"
        and token.dep_ in ("aux", "auxpass")
        and token.head.pos_ in ("VERB", "AUX")
    )


def _inside_name(span: Span) -> bool:
    """True when a capitalised word of ``span`` belongs to a name ("Liberation Front")."""
    doc = span.doc
    for token in span:
        if not token.is_title or token.is_sent_start:
            continue
        if token.ent_type_ in NAME_LABELS:
            return True
        neighbours = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
        if any(n.is_title and n.pos_ == "PROPN" and not n.is_sent_start for n in neighbours):
            return True
    return False


def _technical_compound(span: Span) -> bool:
    """True for "sanctions regime": the word heads a compound with a common noun."""
    if len(span) != 1 or span[0].lower_ not in TECHNICAL_COMPOUND_HEADS:
        return False
    return any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in span[0].children)


@cache
def _term_words(term: str) -> tuple[str, ...]:
    """The lowercase tokens of a lexicon term, split as the English tokenizer splits text."""
    return tuple(t.lower_ for t in _tokenizer()(term))


@cache
def _tokenizer() -> Any:
    import spacy

    return spacy.blank("en").tokenizer


class _TermIndex:
    """Every hedge and loaded term, indexed by first word.

    A term word matches a token by its lowercase form, or (for alphabetic words) by its lemma,
    so a base-form term ("martyr") also finds inflections ("martyred"). A plain scan over an
    index is an order of magnitude faster here than spaCy's Matcher with ``LEMMA IN`` sets.
    """

    def __init__(self) -> None:
        self.by_first: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        propaganda = tuple(t.term for t in load_propaganda_terms())
        for family, terms in (("hedge", hedge_terms()), ("loaded", loaded_terms()),
                              ("propaganda", propaganda)):
            for index, term in enumerate(terms):
                words = _term_words(term)
                if words:
                    self.by_first.setdefault(words[0], []).append((f"{family}:{index}", words))

    @staticmethod
    def _keys(token: Token) -> set[str]:
        keys = {token.lower_}
        lemma = token.lemma_
        if lemma and (lemma.islower() or lemma.isupper() or lemma.istitle()):
            keys.add(lemma.lower())
        return keys

    @staticmethod
    def _fits(token: Token, word: str) -> bool:
        if token.lower_ == word:
            return True
        return word.isalpha() and token.lemma_ in {word, word.capitalize(), word.upper()}

    def __call__(self, doc: Doc) -> list[tuple[str, int, int]]:
        found: list[tuple[str, int, int]] = []
        for token in doc:
            for key in self._keys(token):
                for name, words in self.by_first.get(key, ()):
                    end = token.i + len(words)
                    if end <= len(doc) and all(
                            self._fits(doc[token.i + k], w) for k, w in enumerate(words)):
                        found.append((name, token.i, end))
        return sorted(set(found), key=lambda m: (m[1], m[2], m[0]))


@cache
def _matcher() -> _TermIndex:
    return _TermIndex()
