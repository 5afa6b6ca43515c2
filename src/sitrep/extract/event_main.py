"""The event a snippet or headline is about, among the events sitrep read from it.

News tells its event first and its background after it or in adjuncts ("deployed after
clashes"); a strategic development (a move, a base, arrests) gives way to the violence or
demonstration told with it, unless the lead sentence tells it and nothing told later is dated
after it (the inverted pyramid). See :func:`main_event`.
"""

from __future__ import annotations

import re

from sitrep.model import Event

TERRITORY = {"Government regains territory", "Non-state actor overtakes territory",
             "Non-violent transfer of territory"}
# Strategic developments that give way to a violent or demonstration event told with them.
ARRESTS = {"Abduction/forced disappearance": "Arrests"}
LOOTING = "Looting/property destruction"  # by demonstrators: a violent demonstration
# a marker of an adjunct that tells an event's background, with no clause break before the
# trigger: "after clashes", "following an attack on", "amid fighting", "in retaliation for",
# "before the president's rally", a relative clause ("men who attacked a church") or a clause
# told beside the main one (", as rebels captured a village")
BACKGROUND_ADJUNCT = re.compile(
    r"\b(?:after|following|amid|amidst|since|in\s+(?:response|retaliation|reprisal)\s+(?:to|for)"
    r"|in\s+the\s+wake\s+of|before|ahead\s+of|prior\s+to|where|which|who|whom|whose"
    r"|,\s*(?:as|while|whereas)"
    # a purpose: "stationed in Tillaberi to counter jihadist attacks" (what the move is for)
    r"|\bto\s+(?:counter|combat|fight|repel|prevent|deter|curb|stop|contain|quell|tackle"
    r"|protect|defend|secure|respond\s+to))\b[^,;:]*$", re.I)
BACKGROUND_TYPES = {"Change to group/activity", "Headquarters or base established", "Other",
                    "Arrests"}
LEAD_TYPES = {"Change to group/activity", "Other", "Headquarters or base established"}


# an armed entry told by its means, not its harm ("stormed a village", "raided a farm"): when it
# kills no one and the snippet tells people abducted or property looted in it, ACLED codes what
# was done there (its codebook: an abduction or looting with no other violence)
ENTRY = re.compile(r"^(?:storm|raid|invad|broke\s+into|break\s+into)", re.I)
DONE_IN_ENTRY = {"Abduction/forced disappearance", LOOTING}
HARM = re.compile(r"\b(?:kill|dead|death|die|shot|shoot|wound|injur|murder|massacr|behead|hack"
                  r"|lynch|hostage|torture|rape|beat)", re.I)


def _bare_entry(event: Event, events: tuple[Event, ...] | list[Event]) -> bool:
    """``event`` is a raid that harmed no one, told with the abduction or looting done in it."""
    return (event.sub_event_type in {"Attack", "Armed clash"}
            and ENTRY.match(event.trigger.text) is not None
            and any(e.sub_event_type in DONE_IN_ENTRY for e in events)
            and not any(e.fatalities or HARM.search(e.sentence.text) for e in events))


def in_background_adjunct(event: Event) -> bool:
    """The trigger sits in an adjunct that tells what came before or around the sentence's own
    event: "troops were deployed *after clashes*", "arrested 12 men *following an attack*"."""
    before = event.sentence.text[:max(event.trigger.start - event.sentence.start, 0)]
    return BACKGROUND_ADJUNCT.search(before) is not None


def _lead_sentence(events: tuple[Event, ...] | list[Event]) -> int:
    """The start of the first sentence when a move or strategic development told there is the
    snippet's news: no violent or demonstration event told after it is dated later ("formed a
    brigade last month. On Monday, warplanes bombed …" leads with the bombing), else -1."""
    first = min(e.sentence.start for e in events)
    told = [e for e in events if e.sentence.start == first and e.sub_event_type in LEAD_TYPES]
    later = [e for e in events if e.sentence.start > first
             and e.sub_event_type not in BACKGROUND_TYPES]
    return first if told and not any(_told_later(e, one) for e in later for one in told) else -1


def _told_later(event: Event, lead: Event) -> bool:
    """``event`` happened after ``lead``: a later date, or, undated, a more precise time ("on
    Monday" after "last month")."""
    if event.date is not None and lead.date is not None:
        return event.date > lead.date
    mine, theirs = event.time_precision, lead.time_precision
    return mine is not None and theirs is not None and mine < theirs


def main_event(events: tuple[Event, ...] | list[Event]) -> Event | None:
    """The event a snippet or headline is about: the first one told, strategic background last.

    Events come in text order, specific triggers first within a sentence. Arrests, base
    building or a group's change give way to a violent or demonstration event told with them,
    unless that event is only the background of their sentence ("deployed after clashes");
    arrests told with another strategic development are part of it ("staged a coup and
    detained the president" is the coup):
    a sentence is about its main clause. A battle told with the territory it won is coded
    as that change of territory (ACLED's territorial sub-types are battles with that outcome).
    """
    if not events:
        return None
    adjunct = {e.id for e in events if in_background_adjunct(e)}
    told = {e.sentence.start for e in events if e.id not in adjunct}
    taken = {e.sentence.start for e in events if e.sub_event_type in TERRITORY}
    lead = _lead_sentence(events) if not taken else -1
    return min(events, key=lambda e: (e.id in adjunct and e.sentence.start in told,
                                      _bare_entry(e, events),
                                      e.sub_event_type in BACKGROUND_TYPES
                                      and not (e.sub_event_type in LEAD_TYPES
                                               and e.sentence.start == lead),
                                      e.sentence.start,
                                      e.sub_event_type in ARRESTS.values(),  # a coup's arrests
                                      # property looted or burned beside people killed or
                                      # abducted: the violence against people is the event
                                      e.sub_event_type == LOOTING,
                                      e.sub_event_type == "Armed clash"
                                      and e.sentence.start in taken))
