"""A claim while the rules build it, and the character spans they cut from the text.

Drafts are mutable because later passes refine them (the source is resolved, a later "the
reports are not confirmed" lowers the certainty, a denial is linked); ``extract_claims`` turns
them into frozen :class:`~sitrep.model.Claim` values at the end.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from sitrep.model import Certainty, ClaimKind, Span, Stance
from sitrep.nlp import doc_text

EDGE_PUNCT = " ,;:—–\n\"“”'‘’"


@dataclass
class Draft:
    source: Span | None
    cue: Span
    content: Span
    kind: ClaimKind
    stance: Stance
    certainty: Certainty
    sentence: SpacySpan
    canonical: str | None = None
    source_type: str = "unknown"
    denies: int | None = None  # index into the draft list
    verb: int | None = None  # token index of the cue verb, when the cue is a verb
    aside: bool = False  # "…, as first reported by X": told beside, not inside, a claim
    inset: bool = False  # "CNN, Cruz said, called it …": a cue set into what it tells
    felt: bool = False  # "the ruling angered X": a content that is what X reacts to
    answered: bool = False  # "dismissed Kyiv's claim that …": told within the denial of it


def char_span(doc: Doc, start_char: int, end_char: int) -> Span:
    """The text between two offsets, less spaces, commas and quote marks at its edges."""
    text = doc_text(doc)
    while start_char < end_char and text[start_char] in EDGE_PUNCT + "-":
        start_char += 1
    while end_char > start_char and text[end_char - 1] in EDGE_PUNCT:
        end_char -= 1
    return Span(start_char, end_char, text[start_char:end_char])


def tok_span(doc: Doc, tokens: Iterable[Token]) -> Span:
    toks = sorted(tokens, key=lambda t: t.i)
    return char_span(doc, toks[0].idx, toks[-1].idx + len(toks[-1]))


def subtree_span(doc: Doc, token: Token) -> Span:
    return tok_span(doc, [token.left_edge, token.right_edge])
