"""The place an event is told as happening in, as the side it falls on when no one is named.

PLOVER's coders name a place as the target when an act falls on no one the sentence names:
a demonstration held in a state addresses that state ("ethnic Albanians demonstrated in
Serbia": Serbia; "prisoners rioted at a jail in northern Israel": Israel), troops "arrived in
Bosnia" (Bosnia), aid "suspended in Baghdad" (Baghdad). Only the place the trigger's own
phrases put the act in ("in", "at", "inside", "across", "throughout" and what those phrases
hold; a noun trigger's own, then its verb's) counts: a place of a speaker ("Belgrade radio
said"), of another clause or of a relative clause inside the phrase ("in Serbia, where 24 were
killed in Pristina") is not where the act was done.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitrep.extract.event_actors import EventContext, governing_verb
from sitrep.model import Actor, ActorMention, Span, Toponym

# prepositions that put an act in a place: "demonstrated in Serbia", "rioted at a jail in X"
VENUE_PREPS = {"in", "at", "inside", "across", "throughout"}
# clauses of the verb that are not where its act was done: "…, where 24 were killed last
# March" is in the place's own phrase and is read; a purpose, a time or a cause clause is not
OTHER_CLAUSES = {"advcl", "ccomp", "xcomp", "conj", "parataxis"}


def _place_at(ctx: EventContext, tok: Token) -> Toponym | None:
    return next((t for t in ctx.toponyms if t.place is not None
                 and t.span.start <= tok.idx < t.span.end), None)


def venue_place(ctx: EventContext, tok: Token) -> Toponym | None:
    """The first resolved place of the trigger clause's "in"/"at" phrases (a noun trigger's
    own, then its verb's), in text order; none when no such phrase names one."""
    verb = tok if tok.pos_ in {"VERB", "AUX"} else governing_verb(tok)
    heads = [tok] + ([verb] if verb is not None and verb.i != tok.i else [])
    for head in heads:
        for prep in sorted((c for c in head.children if c.dep_ == "prep"
                            and c.lower_ in VENUE_PREPS), key=lambda c: c.i):
            for t in prep.subtree:
                if any(a.dep_ in {"relcl", "acl"} and a.i != prep.i for a in t.ancestors
                       if a.i in {x.i for x in prep.subtree}):
                    continue  # "in Serbia, where 24 were killed in Pristina": not Pristina
                place = _place_at(ctx, t)
                if place is not None:
                    return place
    return None


def venue(ctx: EventContext, doc: Doc, tok: Token, *, state: bool = False
          ) -> ActorMention | None:
    """Whom an act is on, when only the place it was done in names them: the place by its
    name; with ``state``, only a state named as one, as its government (a demonstration held
    in a state addresses it)."""
    place = venue_place(ctx, tok)
    if place is None or place.place is None:
        return None
    span = Span(place.span.start, place.span.end, place.span.text)
    country = (place.place.feature_code or "").startswith("PCL")
    if state:
        if not country or not place.place.country or ctx.dictionary is None:
            return None
        ruler = ctx.dictionary.government(place.place.country)
        return ActorMention(ruler, span) if ruler is not None else None
    return ActorMention(Actor(place.span.text, "unknown"), span)
