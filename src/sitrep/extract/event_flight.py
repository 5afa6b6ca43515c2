"""Acts that are part of another act told in the same sentence, not events of their own:
people fleeing it (its consequence), and looting by its doers (its course).

ACLED's "Other" strategic development codes mass displacement when displacement is what is
reported; people who flee an attack told with it ("Residents fled as militants torched a
church", "Villagers fled their homes after fighters set fire to houses") are the attack's
consequence, and ACLED codes the attack alone (the church burned by an armed group is Looting/
property destruction, as no people were attacked). Split from :mod:`sitrep.extract.events`,
which calls :func:`without_caused_flight` on each sentence's events.

ACLED's codebook leaves looting in the course of an attack or a clash to that event: "Gunmen
raided the village, killing 15 civilians and stealing cattle" is one attack with 15 dead, not an
attack and a looting (:func:`without_looting_in_violence`); burning told so was already read as
the attack's."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitrep.extract.event_triggers import one_doer
from sitrep.model import Event

FLIGHT = frozenset({"flee", "escape", "evacuate", "abandon"})
# a clause that tells the cause of the flight ("as militants torched", "after fighters set
# fire"); not a phrase ("fled their homes after the fighting": the fighting is its background,
# the displacement what is reported)
CAUSE_DEPS = frozenset({"advcl"})


def _root(doc: Doc, event: Event) -> Token | None:
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def without_caused_flight(doc: Doc, events: list[Event]) -> list[Event]:
    """``events`` of one sentence less a flight whose cause, a clause of its verb, holds the
    trigger of another event of the sentence."""
    if len(events) < 2:
        return events
    roots = {e.id: _root(doc, e) for e in events}
    acts = [t.i for e in events if e.sub_event_type != "Other"
            and (t := roots[e.id]) is not None]
    kept = []
    for event in events:
        tok = roots[event.id]
        if event.sub_event_type == "Other" and tok is not None and (
                tok.lemma_.lower() in FLIGHT) and any(
                c.dep_ in CAUSE_DEPS and c.left_edge.i <= i <= c.right_edge.i
                for c in tok.children for i in acts):
            continue
        kept.append(event)
    return kept


LOOTING = "Looting/property destruction"
# the acts whose doers' looting in the same breath is part of them
VIOLENCE = frozenset({"Attack", "Armed clash", "Sexual violence",
                      "Abduction/forced disappearance", "Shelling/artillery/missile attack",
                      "Air/drone strike", "Remote explosive/landmine/IED", "Grenade",
                      "Suicide bomb"})


def without_looting_in_violence(doc: Doc, events: list[Event]) -> list[Event]:
    """``events`` of one sentence less a looting whose verb and the verb of a violent event of
    the sentence tell one doer's acts (:func:`sitrep.extract.event_triggers.one_doer`):
    "killed 15 civilians and looted shops", "stole cattle and killed two herders", "shelled the
    town, damaging a hospital"; looting by others ("…, and residents later looted the market")
    stays."""
    if len(events) < 2:
        return events
    roots = {e.id: _root(doc, e) for e in events}
    acts = [t for e in events if e.sub_event_type in VIOLENCE and (t := roots[e.id]) is not None
            and t.pos_ == "VERB"]
    return [e for e in events if not (
        e.sub_event_type == LOOTING and (tok := roots[e.id]) is not None and tok.pos_ == "VERB"
        and any(one_doer(tok, act) for act in acts))]
