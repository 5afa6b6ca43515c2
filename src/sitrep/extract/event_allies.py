"""Forces of a joint action: peoples joined by 'and' before one force noun ("US and British
warplanes", "Russian and Syrian jets", "Saudi and Emirati troops"). ACLED codes the first as
actor1 and the other force as an associated actor (assoc_actor_1); :mod:`event_actors` reads the
first, this module the peoples and the forces each names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from sitrep.extract.event_phrases import state_word
from sitrep.extract.place_forms import demonym_table
from sitrep.model import ActorMention, Span

if TYPE_CHECKING:
    from sitrep.extract.event_actors import EventContext

# nouns of armed force and of its acts that peoples joined before them share: "US and British
# warplanes", "Russian and Syrian air strikes"; not "Kenyan and Somali civilians" (no force),
# nor "police" (ACLED's police forces, not the military the people's word names here)
FORCE_NOUNS = frozenset({
    "army", "armies", "troops", "military", "militaries", "forces", "soldiers", "warplanes",
    "jets", "aircraft", "planes", "helicopters", "drones", "warships", "navies", "artillery",
    "strikes", "airstrikes", "raids", "bombardment", "bombardments", "attacks", "offensive",
    "operation", "operations"})


def joined_peoples(tok: Token) -> list[Token]:
    """The peoples or states joined by 'and' before one force noun, in order: "French and
    British warplanes", "US and British warplanes" (a state's name the parse hung as nmod),
    "Saudi and Emirati troops"; empty where one or none modifies it."""
    if tok.lower_ not in FORCE_NOUNS:
        return []
    first = next((c for c in tok.children if c.i < tok.i and (
        c.dep_ == "amod" and c.ent_type_ == "NORP" or c.dep_ in {"nmod", "compound", "amod"}
        and c.ent_type_ in {"GPE", "NORP"}) and any(g.dep_ == "conj" for g in c.children)),
        None)
    if first is None:
        return []
    return [first, *(c for c in first.conjuncts if c.i < tok.i and _people(c))]


def _people(tok: Token) -> bool:
    """A people's or a state's word, whatever entity the tagger gave it ("Azerbaijani")."""
    return tok.ent_type_ in {"GPE", "NORP"} or state_word(tok) or tok.lower_ in demonym_table()


def people_forces(ctx: EventContext, mod: Token) -> ActorMention | None:
    """The state forces one people's word before a force noun names ("British" → Military
    Forces of the United Kingdom), its span the word."""
    span = Span(mod.idx, mod.idx + len(mod), mod.text)
    for m in ctx.actors:
        if m.span and m.span.start <= mod.idx < m.span.end and m.actor.type == "state forces":
            return ActorMention(m.actor, span)
    actor = ctx.dictionary.lookup(f"{mod.text} forces") if ctx.dictionary is not None else None
    return ActorMention(actor, span) if actor is not None and actor.type == "state forces" \
        else None


def allied_forces(ctx: EventContext, tok: Token | None, first: ActorMention | None
                  ) -> tuple[ActorMention, ...]:
    """The forces of the other peoples joined before the force noun whose first people is
    actor1: "US and British warplanes struck …" gives the United Kingdom's forces beside the
    United States' (ACLED's assoc_actor_1 for the other force of a joint action)."""
    if tok is None or first is None:
        return ()
    peoples = joined_peoples(tok)
    if not peoples:
        return ()
    lead = people_forces(ctx, peoples[0])
    if lead is None or lead.actor != first.actor:
        return ()
    found: list[ActorMention] = []
    for mod in peoples[1:]:
        forces = people_forces(ctx, mod)
        if forces is not None and forces.actor != first.actor and all(
                f.actor != forces.actor for f in found):
            found.append(forces)
    return tuple(found)
