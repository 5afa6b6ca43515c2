"""People acted on who are named by their people or faith, as ACLED codes them.

The ACLED Codebook's civilians are unarmed people not engaged in political violence, coded as
"Civilians (Country)"; their people or faith goes to an associated actor in ACLED, here it stays
in the span ("Two Palestinians", "three Christians", "Tibetan monks"). The country is the one
the people's own adjective or plural names ("Palestinians": Palestine), else the one the event
happened in (:func:`sitrep.extract.event_sides.placed`). People named by their trade alone keep
the project's convention: the trade names them ("a journalist", "five doctors").
"""

from __future__ import annotations

from spacy.tokens import Doc

from sitrep.extract.event_actors import EventContext
from sitrep.extract.event_nouns import ARMED_NOUNS
from sitrep.extract.event_rules import VIOLENT
from sitrep.extract.place_forms import demonym_table
from sitrep.model import ActorMention

# acts on people that make them ACLED's civilians when nothing arms them
ON_CIVILIANS = VIOLENT | {"Abduction/forced disappearance", "Sexual violence"}


def civilians_named(ctx: EventContext, doc: Doc, mention: ActorMention | None,
                    sub_event_type: str) -> ActorMention | None:
    """``mention`` as the civilians of a state when it names unarmed people of a people or
    faith the dictionary does not know ("three Christians", "Tibetan monks"); else
    ``mention``."""
    if mention is None or mention.span is None or ctx.dictionary is None or (
            mention.actor.type != "unknown" or sub_event_type not in ON_CIVILIANS):
        return mention
    named = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    if named is None:
        return mention
    head = named.root
    people = head.tag_ in {"NNS", "NNPS"} and (  # "Palestinians", "Christians", "Tibetan
        head.ent_type_ == "NORP" or _a_people(head.lower_) is not None or any(  # monks"
            c.dep_ in {"amod", "compound"} and c.ent_type_ == "NORP" for c in head.children))
    if not people or head.lower_ in ARMED_NOUNS or head.ent_type_ in {
            "GPE", "LOC", "FAC", "PERSON", "ORG"}:
        return mention
    base = ctx.dictionary.get("Civilians")
    if base is None:
        return mention
    country = next((code for code in map(_a_people, (t.lower_ for t in named))
                    if code), None) or (
        ctx.home_forces.country if ctx.home_forces is not None else None)
    return ActorMention(ctx.dictionary.localise(base, country), mention.span)


def _a_people(word: str) -> str | None:
    """The country a people's adjective or its plural names ("Palestinian", "Palestinians")."""
    table = demonym_table()
    code = table.get(word, ("",))[0] or (table.get(word[:-1], ("",))[0]
                                         if word.endswith("s") else "")
    return code or None
