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
    "US, British and Canadian jets" (a list the parse may split), "Saudi and Emirati troops";
    empty where one or none modifies it, or where other words come between them."""
    if tok.lower_ not in FORCE_NOUNS:
        return []
    mods = [c for c in tok.children if c.i < tok.i and c.dep_ in {"amod", "nmod", "compound"}
            and c.ent_type_ in {"GPE", "NORP"}]
    if not any(g.dep_ == "conj" for c in mods for g in c.children):
        return []
    joined = sorted({c.i: c for m in mods for c in (m, *m.conjuncts)
                     if c.i < tok.i and _people(c)}.values(), key=lambda c: c.i)
    if len(joined) < 2:
        return []
    ids = {c.i for c in joined}  # nothing else between them but a name's own words ("South
    # Korean and US troops"), commas and 'and'
    if any(t.i not in ids and t.head.i not in ids and t.dep_ not in {"cc", "punct"}
           for t in tok.doc[joined[0].i:joined[-1].i + 1]):
        return []
    return joined


def _people(tok: Token) -> bool:
    """A people's or a state's word, whatever entity the tagger gave it ("Azerbaijani")."""
    return tok.ent_type_ in {"GPE", "NORP"} or state_word(tok) or tok.lower_ in demonym_table()


def people_forces(ctx: EventContext, mod: Token) -> ActorMention | None:
    """The state forces one people's word before a force noun names ("British" → Military
    Forces of the United Kingdom, "South Korean" with the words of its name), its span the
    name."""
    start = min([mod.i, *(c.i for c in mod.lefts if c.dep_ in {"amod", "compound"}
                          and c.text[:1].isupper() and c.i == mod.i - 1)])
    words = mod.doc[start:mod.i + 1]
    span = Span(words.start_char, words.end_char, words.text)
    for m in ctx.actors:
        if m.span and m.span.start <= mod.idx < m.span.end and m.actor.type == "state forces" \
                and m.span.start <= span.start:
            return ActorMention(m.actor, span)
    actor = ctx.dictionary.lookup(f"{words.text} forces") if ctx.dictionary is not None \
        else None
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
