"""Who launched what an interception stopped: "Ukrainian air defences shot down 18 of 20
drones launched by Russia overnight".

ACLED codes a missile or drone intercepted as Disrupted weapons use ("An attack is prevented:
a bomb is defused, a missile intercepted …", ``knowledge/acled_taxonomy.tsv``; the examples of
``knowledge/event_examples.tsv`` code "shot down 18 of 20 drones launched by Russia" so). The
interceptor prevents the attack and is actor1; the side whose weapons it stopped, when the text
names it as the launcher ("launched by Russia", "fired by the Houthis"), is the side acted on,
actor2. A launcher only implied (by the make of the drone, "Shahed-type") is not read: the
same make flies for several sides.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitrep.extract.event_actors import EventContext, actor_of
from sitrep.extract.event_phrases import dependent
from sitrep.extract.event_rules import object_of
from sitrep.model import ActorMention

# participles that tell who sent a weapon on its way
LAUNCHING = frozenset({"launch", "fire", "send", "shoot"})


def launcher(ctx: EventContext, doc: Doc, tok: Token) -> ActorMention | None:
    """The actor named as the agent of launching the object of ``tok`` ("drones launched by
    Russia"), or None."""
    obj = object_of(tok) if tok.pos_ == "VERB" else None
    if obj is None:
        return None
    for holder in (obj, obj.head):  # "24 of 31 drones launched …": the parse may hang the
        # participle on the count
        for clause in holder.children:
            if clause.dep_ == "acl" and clause.lemma_.lower() in LAUNCHING:
                found = actor_of(ctx, doc, dependent(clause, {"agent"}))
                if found is not None:
                    return found
    return None


def intercepted_launch(tok: Token, disrupting: set[int]) -> bool:
    """A launch told as part of an interception: "shot down 24 of 31 drones launched by
    Russia", "missiles fired by the Houthis were intercepted". The participle says what was
    stopped and whose it was (:func:`launcher` reads the launcher as actor2); it is no air or
    drone strike of its own. ``disrupting``: the tokens of the verbs of disrupted weapons use
    in the sentence. "Russia launched 31 drones at Kyiv" (a verb with its subject) stays one."""
    if tok.dep_ != "acl" or tok.lemma_.lower() not in LAUNCHING:
        return False
    node = tok.head  # the weapons, or the count they are "of"
    for _ in range(3):
        if node.dep_ in {"dobj", "nsubjpass"} and node.head.i in disrupting:
            return True
        if node.dep_ != "pobj" or node.head.dep_ != "prep" or node.head.lower_ != "of":
            return False
        node = node.head.head
    return False
