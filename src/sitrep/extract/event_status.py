"""An event's status from the claim it rests on: asserted by the outlet, reported by a named
source, unconfirmed, or denied."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitrep.extract.event_actors import EventContext
from sitrep.model import Claim, EventStatus

CLAUSE_DEPS = {"ROOT", "ccomp", "advcl", "relcl", "conj", "xcomp", "parataxis"}


def claim_for(ctx: EventContext, start: int) -> Claim | None:
    holding = [c for c in ctx.claims if c.content.start <= start < c.content.end
               and c.within is None]  # the claim the writer reports, not one told inside it
    return min(holding, key=lambda c: c.content.end - c.content.start) if holding else None


def _clause(tok: Token) -> Token:
    """The head of the clause a token belongs to."""
    for node in (tok, *tok.ancestors):
        if node.pos_ in {"VERB", "AUX"} and node.dep_ in CLAUSE_DEPS:
            return node
    return tok.sent.root


def event_status(ctx: EventContext, claim: Claim | None, doc: Doc, tok: Token) -> EventStatus:
    if claim is not None and (claim.stance == "denies"
                              or any(c.denies == claim.id for c in ctx.claims)):
        return "denied"
    clause = _clause(tok)
    unconfirmed_here = False
    for f in ctx.flags:
        if f.kind == "unconfirmed" and tok.sent.start_char <= f.span.start < tok.sent.end_char:
            flag_span = doc.char_span(f.span.start, f.span.end, alignment_mode="expand")
            unconfirmed_here |= flag_span is not None and _clause(flag_span.root) == clause
    if unconfirmed_here or (claim is not None and claim.certainty == "unconfirmed"):
        return "unconfirmed"
    return "asserted" if claim is None else "reported"
