"""An attack on property that harmed no one: ACLED's looting/property destruction.

ACLED's codebook codes the destruction of property by an armed or organised actor, when no
one is hurt and no armed group fights back, as "Looting/property destruction", not as an
attack (which is violence against people) nor a clash (which needs two armed sides). News
tells such deeds with a generic attack word: "unknown assailants attacked the party's offices,
smashing windows", "militants attacked a mobile phone mast". The attack word is read as
property destroyed when its object is property (``event_frames.tsv``), the property is no post
of armed men ("a police station"), no vehicle or crowded site with people in it is hit, and
the sentence tells the damage done (or the property is a structure no one is in, as a mast).

Two neighbouring readings live here too: a fire set is a deed whatever trade the property
serves (:func:`set_on_fire`), and people killed beside property burned are an attack of their
own, not the burning's toll (:func:`toll_of_its_own`).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from sitrep.extract.event_nouns import MILITARY_MODIFIERS, nouns
from sitrep.extract.event_rules import object_class, object_of

LOOTING = "Looting/property destruction"
CROWDS = nouns("street_crowd")  # youths, supporters, residents, a mob: unorganised crowds
ATTACK_WORDS = frozenset({"attack", "assault", "target"})
# property that carries or holds people: an attack on it is an attack on them
PEOPLE_IN = frozenset({"car", "cars", "vehicle", "vehicles", "bus", "buses", "truck", "trucks",
                       "market", "markets", "hospital", "hospitals", "clinic", "clinics"})
# structures no one is in: an attack on them destroys property whatever the words of damage
UNMANNED = frozenset({"mast", "masts", "tower", "towers", "pylon", "pylons", "pipeline",
                      "pipelines", "substation", "substations", "statue", "statues", "monument",
                      "line", "lines"})
# the damage an attack on property did
DAMAGE = re.compile(r"\b(?:damag|destr|smash|vandal|burn|burnt|torch|set\s+(?:fire|ablaze|alight)"
                    r"|ablaze|loot|ransack|wreck|broke|broken|shatter|demolish|raze)", re.I)
# property set on fire: a deed, whatever trade the property serves ("torched a telecom mast")
ARSON = re.compile(r"fire|ablaze|alight|torch|burn|arson", re.I)
# the harm an attack did to people
HARM = re.compile(r"\b(?:kill|dead|death|die|shot|shoot|wound|injur|hurt|murder|massacr|behead"
                  r"|hack|lynch|hostage|abduct|kidnap|beat|torture|rape|casualt|victim)", re.I)


def attacked_property(tok: Token, sentence: str, window: str) -> bool:
    """The generic attack word ``tok`` hits property and no one: "attacked the offices of the
    party, smashing windows" (see the module docstring). ``window`` is the sentence with its
    neighbours, where a harm to people would be told."""
    if tok.lemma_.lower() not in ATTACK_WORDS or HARM.search(window):
        return False
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in CROWDS:
        return False  # "angry youths attacked the office": a crowd's riot or mob, not looting
    if tok.pos_ == "VERB":
        obj = object_of(tok)
    else:
        on = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "on"), None)
        obj = next((g for g in on.children if g.dep_ == "pobj"), None) if on else None
    if obj is None or obj.lower_ in PEOPLE_IN or object_class(obj, ()) != "property":
        return False
    if any(t.lower_ in MILITARY_MODIFIERS for t in obj.subtree if t.i < obj.i):
        return False  # "a police station", "an army post": armed men hold it
    return obj.lower_ in UNMANNED or DAMAGE.search(sentence) is not None


def set_on_fire(trigger_word: str) -> bool:
    """The trigger tells property set on fire ("set ablaze", "torch", "burned down"): a deed no
    trade does, so a business word beside it ("a telecom mast") makes it no market news."""
    return ARSON.search(trigger_word) is not None


def toll_of_its_own(tok: Token, other: str, other_in_background: bool) -> bool:
    """The toll word ``tok`` ("killed") tells an attack of its own beside an ``other`` event of
    its sentence, not that event's toll: people killed beside property burned ("killed two aid
    workers and set their vehicle ablaze"; not "killed livestock", which is property too), or
    killers named in the main clause beside a deed told as its background (``other_in_background``:
    "soldiers killed six civilians in retaliation for an ambush"; not "was martyred after his
    position was shelled", whose toll the shelling took)."""
    if tok.pos_ != "VERB":
        return False
    hit = next((c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}), None)
    if hit is not None and object_class(hit, ()) == "property":
        return False
    if other == LOOTING:
        return True
    return other_in_background and tok.dep_ in {"ROOT", "ccomp"} and any(
        c.dep_ == "nsubj" for c in tok.children)  # a main clause's (or a report's) killers
