"""An event's status from the claim it rests on: asserted by the outlet, reported by a named
source, unconfirmed, or denied."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitrep.extract.event_actors import EventContext
from sitrep.extract.retellings import ACCOUNTS, account_noun
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


def _flag_roots(ctx: EventContext, doc: Doc, tok: Token, kind: str) -> list[Token]:
    """The root tokens of the flags of ``kind`` in the sentence of ``tok``."""
    roots = []
    for f in ctx.flags:
        if f.kind == kind and tok.sent.start_char <= f.span.start < tok.sent.end_char:
            flag_span = doc.char_span(f.span.start, f.span.end, alignment_mode="expand")
            if flag_span is not None and len(flag_span):
                roots.append(flag_span.root)
    return roots


def _hedged(ctx: EventContext, doc: Doc, tok: Token) -> bool:
    """Whether a hedge bears on the event itself: a hedging adverb, modal or raising verb of its
    clause or of a clause above it ("Jets reportedly bombed", "Video appears to show jets
    bombing"), or a hedging adjective of its trigger ("an apparent suicide bombing"); not one of
    a participant ("suspected militants attacked")."""
    clause = _clause(tok)
    above = {clause, *clause.ancestors}
    for root in _flag_roots(ctx, doc, tok, "hedge"):
        if root.pos_ == "ADJ" or root.dep_ == "amod":
            if root.head == tok:
                return True
        elif _clause(root) in above:
            return True
    return False


def event_status(ctx: EventContext, claim: Claim | None, doc: Doc, tok: Token) -> EventStatus:
    """Denied when the claim it rests on denies it or is denied; unconfirmed when told
    unverified (in its clause, in its claim's source, "Unconfirmed reports said", or by its
    claim's certainty), or hedged with no named source to report it ("Jets reportedly bombed",
    "It was claimed that …"), or told only inside an account that names no one's ("the story
    of X doing Y"); reported when a named source tells it or the account is someone's; else
    asserted by the outlet."""
    if claim is not None and (claim.stance == "denies"
                              or any(c.denies == claim.id for c in ctx.claims)):
        return "denied"
    clause = _clause(tok)
    source = claim.source.span if claim is not None else None
    unconfirmed = any(
        _clause(root) == clause
        or (source is not None and source.start <= root.idx < source.end)
        or _of_the_account(root)
        for root in _flag_roots(ctx, doc, tok, "unconfirmed"))
    if unconfirmed or (claim is not None and claim.certainty == "unconfirmed") or (
            claim is None and _disowned_next(ctx, doc, tok)):
        return "unconfirmed"
    named = claim is not None and claim.source.span is not None
    if not named and (_hedged(ctx, doc, tok) or (claim is not None
                                                 and claim.certainty == "hedged")):
        return "unconfirmed"
    account = account_noun(tok) if claim is None else None
    if account is not None:  # "the story of police beating protesters has spread online": an
        # account the outlet tells, not the act it vouches for; whose account it is reports it
        return "reported" if _holder(account) else "unconfirmed"
    return "asserted" if claim is None else "reported"


def _of_the_account(root: Token) -> bool:
    """Whether an unverified cue qualifies the account the event is told in, set off beside it
    ("..., state media reported, a claim that could not be verified"), not its toll ("a figure
    that could not be verified")."""
    clause = _clause(root)
    return clause.dep_ == "relcl" and clause.head.lower_ in ACCOUNTS


def _holder(account: Token) -> bool:
    """Whether an account names whose it is: "the government's account", "a report by HRW"."""
    return any(c.dep_ == "poss" or (c.dep_ in {"prep", "agent"} and c.lower_ in {"by", "from"})
               for c in account.children)


# what a verification disclaimer may be about without being about the event: its toll
_TOLL_WORDS = frozenset({"figure", "figures", "toll", "tolls", "number", "numbers", "tally",
                         "count", "casualties", "casualty"})


def _disowned_next(ctx: EventContext, doc: Doc, tok: Token) -> bool:
    """Whether the sentence after the event's (in wire copy often a paragraph of its own) only
    says that the outlet could not verify what it told ("The RSF shelled El Fasher on Tuesday.
    Reuters could not independently verify the report."). Not when it names what it could not
    verify ("claims by rebels that they downed a jet": another claim), nor when it is about the
    toll only ("Reuters was unable to verify the figure"), which leaves the event as told."""
    after = next((w.sent for w in doc[tok.sent.end:] if not w.is_space), None)
    if after is None or not _flag_roots(ctx, doc, after[0], "unconfirmed"):
        return False
    return not any(w.lower_ in _TOLL_WORDS or w.lower_ in {"that", "of", "about", "by"}
                   or w.dep_ in {"ccomp", "acl", "relcl"} for w in after)
