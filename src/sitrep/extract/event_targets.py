"""Who or what an event hits, read from the sentence: armed forces, a military site, civilians,
a crowd; and the paragraph a demonstration is told in.

ACLED's line between an armed clash and an attack on civilians runs through the target: an armed
group's attack on soldiers or on an army base is a clash, on villagers an attack.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from sitrep.extract.event_actors import ARMED_TYPES, EventContext, dependent
from sitrep.extract.event_nouns import (
    ARMED_NOUNS,
    CIVILIAN_MODIFIERS,
    CIVILIAN_NOUNS,
    CIVILIAN_SITES,
    MILITARY_MODIFIERS,
    MILITARY_SITES,
)
from sitrep.extract.event_rules import object_of
from sitrep.model import ActorMention
from sitrep.nlp import doc_text


def paragraph(doc: Doc, sent: SpacySpan) -> str:
    """The paragraph a sentence belongs to (the text between line breaks around it)."""
    start = doc_text(doc).rfind("\n", 0, sent.start_char) + 1
    end = doc_text(doc).find("\n", sent.end_char)
    return doc_text(doc)[start:end if end != -1 else len(doc_text(doc))]


def armed(mention: ActorMention | None) -> bool:
    return mention is not None and mention.actor.type in ARMED_TYPES


def armed_object(tok: Token) -> bool:
    """What the attack hits is armed: fighters, or a military site ("stormed a police post and
    an army base"; ACLED codes an attack on armed forces' positions as an armed clash)."""
    obj = object_of(tok) if tok.pos_ == "VERB" else dependent(tok, {"prep"}, {"on", "against"})
    if obj is None or _carries_civilians(obj) or _civilian_kind(obj):
        return False
    return any(t.lower_ in ARMED_NOUNS or t.lower_ in MILITARY_SITES and any(
        c.lower_ in MILITARY_MODIFIERS for c in t.children if c.dep_ in {"amod", "compound"})
        or t.lower_ in {"barracks", "garrison", "garrisons", "convoy", "convoys"}
        for t in (obj, *obj.conjuncts))


def _modifiers(obj: Token) -> set[str]:
    return {c.lower_ for c in obj.children if c.dep_ in {"amod", "compound"}}


def _civilian_kind(obj: Token) -> bool:
    """A site or vehicle its modifier tells as civilian, not military: "a polling station",
    "a passenger train", "a refugee camp", "an aid convoy"."""
    mods = _modifiers(obj)
    return bool(mods & CIVILIAN_MODIFIERS) and not mods & MILITARY_MODIFIERS


def _carries_civilians(obj: Token) -> bool:
    """A convoy or vehicle told as carrying civilians ("a convoy carrying aid workers")."""
    return any(t.lower_ in CIVILIAN_NOUNS for c in obj.children if c.dep_ in {"acl", "relcl"}
               for t in c.subtree)


def civilian_victims(sent: SpacySpan, tok: Token) -> bool:
    """The people acted on are civilians, not fighters ("killed seven people"), or the place
    attacked is where civilians are ("an attack on a village", "stormed a church")."""
    obj = object_of(tok) if tok.pos_ == "VERB" else dependent(tok, {"prep"}, {"on", "against"})
    if obj is not None and obj.lower_ in ARMED_NOUNS:
        return False
    if obj is not None and obj.lower_ in CIVILIAN_SITES and not _modifiers(obj) & (
            MILITARY_MODIFIERS):
        return True
    if obj is not None and (_civilian_kind(obj) or _carries_civilians(obj)):
        return True  # "fired on a passenger train", "a vehicle carrying aid workers"
    if tok.pos_ != "VERB" and any(c.dep_ == "compound" and c.lower_ in CIVILIAN_SITES
                                  for c in tok.children):
        return True  # "a village raid", "a market attack": where civilians are
    return any(t.lower_ in CIVILIAN_NOUNS and t.dep_ in {"dobj", "nsubjpass", "pobj", "nsubj"}
               for t in sent)


def forces_near(ctx: EventContext, window: tuple[int, str]) -> bool:
    """Whether an armed actor is named in the sentence window (who could have killed)."""
    start, text = window
    return any(m.span is not None and start <= m.span.start < start + len(text) and armed(m)
               for m in ctx.actors)


def protesters(*mentions: ActorMention | None) -> bool:
    return any(m is not None and m.actor.type in {"protesters", "rioters"} for m in mentions)
