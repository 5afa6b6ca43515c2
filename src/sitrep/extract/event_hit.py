"""Whether what a violent act hits is armed, told by its object or by its toll.

ACLED's codebook draws the line between an attack (one-sided violence on civilians or people
not fighting) and an armed clash (two armed, organised sides) by whom the violence meets.
:func:`sitrep.extract.event_targets.armed_object` reads it from the act's object ("stormed an
army base"); a toll told as a participle of the act names whom it met as well: "Jihadists
attacked the town of Kaya, killing soldiers and civilians" met soldiers, so the town's
defenders fought, and ACLED codes a clash even though civilians died too.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.event_nouns import ARMED_NOUNS
from sitrep.extract.event_targets import armed_object

# participles of a toll: "…, killing soldiers", "…, wounding three policemen"
TOLL_VERBS = {"kill", "wound", "injure"}


def armed_toll(tok: Token) -> bool:
    """A toll participle of the act ("…, killing soldiers and civilians") names armed people."""
    for child in tok.children:
        if child.dep_ in {"advcl", "conj"} and child.tag_ == "VBG" and (
                child.lemma_.lower() in TOLL_VERBS):
            victims = [c for c in child.children if c.dep_ == "dobj"]
            if any(v.lower_ in ARMED_NOUNS for d in victims for v in (d, *d.conjuncts)):
                return True
    return False


def armed_hit(tok: Token) -> bool:
    """What the act hits is armed: its object (event_targets.armed_object) or its toll."""
    return armed_object(tok) or armed_toll(tok)
