"""One-sided violence told in the words of another sub-type: ACLED's attack on civilians.

ACLED's codebook codes violence an armed or organised actor uses against unarmed civilians as
an attack, whatever verb the news uses for it. Two wordings otherwise read as other sub-types:

- a place "overrun", "captured" or "taken" with villagers killed and no fight told ("terrorists
  overran a village, killing 37 civilians"): ACLED's territorial sub-types are battles, won by
  fighting an armed side; killing villagers is an attack on them;
- the words of a protest's intervention (tear gas, a baton charge, dispersal) where no crowd is
  told ("police fired tear gas into a church service, injuring worshippers"): there is no
  demonstration to intervene in, and the force hit civilians. People of a kind that gathers to
  demonstrate, hit as a group with nothing else told of what they were doing ("police fired
  tear gas at students in Dhaka", class ``demonstrating`` of ``event_nouns.tsv``), are such a
  crowd: ACLED codes a crowd of students dispersed with tear gas as a demonstration met by
  force (Protest with intervention; Excessive force when the force kills or gravely hurts),
  not an attack on civilians.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from sitrep.extract.event_nouns import nouns
from sitrep.extract.event_patients import COUNT_HEADS, aimed_at, members
from sitrep.extract.event_rules import TERRITORY_TAKEN, cue_kinds
from sitrep.extract.event_targets import civilian_victims, paragraph
from sitrep.model import ActorMention

ATTACK = "Attack"
INTERVENTION = "Protest with intervention"
# fighting told around a place taken: its battle, whoever died in it
FIGHTING = re.compile(r"\b(?:fight|clash|battle|gunfight|firefight|exchange\s+of\s+fire|resist"
                      r"|repel|gunbattle|offensive|counter-?attack)", re.I)
# cues that a crowd is there (a demonstration, a riot, a mob), or words of people gathered
CROWD_TOLD = frozenset({"protest_actor", "protest_violent", "mob"})
GATHERING = re.compile(r"\b(?:march|gather|rall|assembl|crowd|sit-in|picket|strik|vigil"
                       r"|procession|mass(?:ed|ing)\b|converg)", re.I)
# the words of crowd-control force, in the object of a verb that used it ("fired tear gas"),
# and verbs that are such force themselves ("teargassed students")
CROWD_CONTROL = frozenset({"gas", "teargas", "tear-gas", "cannon", "cannons", "rubber",
                           "plastic", "pellet", "pellets", "baton", "batons", "pepper"})
CONTROL_VERBS = frozenset({"teargassed", "tear-gassed", "teargassing", "tear-gassing", "teargas",
                           "disperse", "dispersed"})


def raid_on_civilians(sub: str, actor2: ActorMention | None, *, toll: bool, armed_target: bool,
                      window: str) -> str:
    """An attack for a territorial ``sub`` whose toll (``toll``) is civilians (``actor2``) with
    no armed side hit (``armed_target``) and no fight told in ``window``; else ``sub``."""
    if sub in TERRITORY_TAKEN and toll and not armed_target and not FIGHTING.search(window) and (
            actor2 is not None and actor2.actor.type == "civilians"):
        return ATTACK
    return sub


def force_without_crowd(sub: str, trigger_sub: str, doc: Doc, sent: SpacySpan, tok: Token) -> str:
    """An attack for an intervention word (``trigger_sub``) that hits civilians where the
    paragraph tells no crowd; else ``sub``."""
    if trigger_sub != INTERVENTION or not civilian_victims(sent, tok):
        return sub
    told = paragraph(doc, sent)
    if cue_kinds(told) & CROWD_TOLD or GATHERING.search(told) or crowd_control_on_group(tok):
        return sub
    return ATTACK


def crowd_control_on_group(tok: Token) -> bool:
    """Whether ``tok``, an intervention word ("tear gas", "water cannon") or a verb that uses
    one ("fired tear gas at …"), hits people of a kind that gathers to demonstrate: "fired tear
    gas at students", "used water cannon on opposition supporters", "dispersed students with
    tear gas", "teargassed activists"; told as no more than that group, not "students
    attending a funeral", whom a clause tells doing something else."""
    word = tok
    while word.dep_ in {"compound", "amod"} and word.head.i != word.i:
        word = word.head  # "tear gas", "water cannon": the head noun
    if word.pos_ == "VERB" and word.lower_ not in CONTROL_VERBS and not any(
            crowd_control_word(c) for c in word.children if c.dep_ == "dobj"):
        return False  # "fired at students": no crowd-control weapon told
    if word.pos_ != "VERB" and not crowd_control_word(word):
        return False  # "a crackdown on opposition supporters": no crowd told dispersed
    verb = word
    for _ in range(3):  # "dispersed students with tear gas": up to the verb that used it
        if verb.pos_ == "VERB" or verb.head.i == verb.i:
            break
        verb = verb.head
    hits = [aimed_at(word)] if word.pos_ != "VERB" else []  # "water cannon on students"
    if verb.pos_ == "VERB":
        hits += [c for c in verb.children if c.dep_ == "dobj" and c.i != word.i
                 and not crowd_control_word(c)]  # the gas fired is not whom it hit
        hits.append(aimed_at(verb))
    hit = next((h for h in hits if h is not None), None)
    hit = members(hit) or hit if hit is not None else None
    if hit is not None and (hit.lower_ in COUNT_HEADS or hit.like_num):
        hit = next((g for c in hit.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj"), hit)  # "hundreds of students"
    return hit is not None and hit.lower_ in nouns("demonstrating") and not any(
        c.dep_ in {"acl", "relcl"} for c in hit.children)


def crowd_control_word(noun: Token) -> bool:
    """The noun names crowd-control force by itself or its modifiers: "tear gas", "rubber
    bullets", "water cannon"."""
    return noun.lower_ in CROWD_CONTROL or any(
        c.dep_ in {"compound", "amod"} and c.lower_ in CROWD_CONTROL for c in noun.children)
