"""The parties of an agreement (ACLED's Agreement sub-type): who signs, agrees to or accepts a
ceasefire, truce or accord, and with whom, where the trigger's own parse does not name them.

"Israel and the PLO signed a peace accord": the subject's conjunct is the other party; "agreed to
a ceasefire with the SPLA": the pact's "with" names it; "With the signing of a truce, the Angolan
government and UNITA agreed ...": a pact noun hung on a fronted phrase takes the parties of the
clause it opens; "Government and rebel negotiators agreed ...": negotiators stand for the sides
they speak for; "a UN-brokered ceasefire": the broker is no party.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitrep.extract.event_actors import PACTS, EventContext, actor_of, dependent
from sitrep.extract.event_sides import other_side
from sitrep.model import ActorMention, Span
from sitrep.nlp import doc_text

# people who speak for a party at talks: "government negotiators", "rebel delegates"
ENVOYS = {"negotiators", "negotiator", "delegates", "delegation", "delegations",
          "representatives", "envoys", "mediators"}
# a modifier that names a third party of a pact, not a side: "a UN-brokered ceasefire"
BROKERED = {"brokered", "mediated", "sponsored", "negotiated", "monitored"}
NON_STATE = {"rebel group", "political militia", "identity militia"}
# words that name a state's side without naming the state ("the government", "the junta")
BARE_STATE_WORDS = {"the", "government", "regime", "junta", "army", "military", "authorities",
                    "administration", "forces", "troops", "'s", "military-led", "ruling"}


def _side(ctx: EventContext, doc: Doc, tok: Token | None) -> ActorMention | None:
    """The party ``tok`` names; envoys stand for the side their modifier names."""
    if tok is None:
        return None
    found = actor_of(ctx, doc, tok)
    if found is None and tok.lower_ in ENVOYS:
        mod = next((c for c in tok.children if c.dep_ in {"nmod", "compound", "amod"}), None)
        found = actor_of(ctx, doc, mod) if mod is not None else None
        people = ctx.dictionary.lookup(f"{mod.text} forces") if (
            found is None and mod is not None and ctx.dictionary is not None) else None
        if people is not None and mod is not None:  # "Tigrayan negotiators": the side the
            found = ActorMention(people, Span(mod.idx, tok.idx + len(tok),  # people's forces
                                              doc_text(doc)[mod.idx:tok.idx + len(tok)]))
    return found


def _envoy_sides(ctx: EventContext, doc: Doc, subj: Token) -> ActorMention | None:
    """The second side of "government and rebel negotiators" (the modifier's conjunct)."""
    if subj.lower_ not in ENVOYS:
        return None
    mod = next((c for c in subj.children if c.dep_ in {"nmod", "compound", "amod"}), None)
    other = mod.conjuncts[0] if mod is not None and mod.conjuncts else None
    return actor_of(ctx, doc, other) if other is not None else None


def brokered(mention: ActorMention | None, tok: Token) -> bool:
    """The mention is a pact's broker: "a UN-brokered ceasefire" (the UN is no party)."""
    if mention is None or mention.span is None:
        return False
    return any(c.lower_ in BROKERED and c.idx <= mention.span.end + 2
               and mention.span.start >= c.left_edge.idx for c in tok.children)


def pact_parties(ctx: EventContext, doc: Doc, tok: Token, subj: Token | None,
                 actors: tuple[ActorMention | None, ActorMention | None]
                 ) -> tuple[ActorMention | None, ActorMention | None]:
    """Actor1 and actor2 of an agreement, completed from the clause around its trigger."""
    actor1, actor2 = actors
    if brokered(actor1, tok):
        actor1 = None
    if actor1 is None and tok.pos_ != "VERB":  # the clause a pact noun is part of
        verb = next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        subj = dependent(verb, {"nsubj"}) if verb is not None else None
        actor1 = _side(ctx, doc, subj)
    elif actor1 is None and subj is not None:
        actor1 = _side(ctx, doc, subj)
    if actor2 is None or (actor1 is not None and actor2.actor == actor1.actor):
        pact = next((t for t in (tok, *tok.subtree) if t.lemma_.lower() in PACTS), None)
        partner = dependent(pact, {"prep"}, {"with"}) if pact is not None else None
        actor2 = (actor_of(ctx, doc, partner) if partner is not None else None) or (
            other_side(ctx, doc, subj, actor1) if subj is not None else None) or (
            _envoy_sides(ctx, doc, subj) if subj is not None else None) or (
            _side(ctx, doc, subj.conjuncts[0]) if subj is not None and subj.conjuncts
            else None) or actor2  # "Government and Tigrayan negotiators agreed"
    return _own_state(ctx, actor1, actor2), _own_state(ctx, actor2, actor1)


def _own_state(ctx: EventContext, mention: ActorMention | None, other: ActorMention | None
               ) -> ActorMention | None:
    """A state party named by a bare word ("the government", "the junta") is the state of the
    rebel group it makes a pact with: "the government and the ELN signed a ceasefire in Havana"
    is Colombia's government, not Cuba's (the venue of talks abroad only made Cuba the
    article's place). A party whose words name its state ("the Sudanese army") keeps it."""
    if mention is None or other is None or mention.span is None or ctx.dictionary is None:
        return mention
    actor = mention.actor
    if actor.type != "state forces" or other.actor.type not in NON_STATE \
            or not other.actor.country or actor.country == other.actor.country \
            or not set(mention.span.text.lower().split()) <= BARE_STATE_WORDS:
        return mention
    forces = ctx.dictionary.actor_for_country(other.actor.country)
    return ActorMention(forces, mention.span) if forces is not None else mention
