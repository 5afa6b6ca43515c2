"""One-sided violence told in the words of another sub-type: ACLED's attack on civilians.

ACLED's codebook codes violence an armed or organised actor uses against unarmed civilians as
an attack, whatever verb the news uses for it. Two wordings otherwise read as other sub-types:

- a place "overrun", "captured" or "taken" with villagers killed and no fight told ("terrorists
  overran a village, killing 37 civilians"): ACLED's territorial sub-types are battles, won by
  fighting an armed side; killing villagers is an attack on them;
- the words of a protest's intervention (tear gas, a baton charge, dispersal) where no crowd is
  told ("police fired tear gas into a church service, injuring worshippers"): there is no
  demonstration to intervene in, and the force hit civilians.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

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
    return sub if cue_kinds(told) & CROWD_TOLD or GATHERING.search(told) else ATTACK
