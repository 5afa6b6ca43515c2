"""Force used on a crowd that ACLED counts as lethal: a firearm fired at demonstrators.

ACLED's codebook codes a demonstration met "with lethal force or force that causes serious
injury" as Excessive force against protesters. Live fire is lethal force whatever the wound it
leaves: "Police shot a protester in the leg" is as much excessive force as "shot dead"; less-
lethal munitions ("shot rubber bullets", "fired tear gas") and warning shots ("shot in the
air") are an intervention, as other force on the crowd is ("Police beat protesters"). Split
from :mod:`sitrep.extract.events`, which reads it when it decides a demonstration's sub-type."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from sitrep.extract.event_patients import RECIPROCAL
from sitrep.extract.event_rules import cue_kinds
from sitrep.extract.event_triggers import Trigger
from sitrep.model import ActorMention, Event
from sitrep.nlp import doc_text

SHOOT = frozenset({"shoot"})
# what was shot when it was no bullet: less-lethal munitions and the air of a warning shot
LESS_LETHAL = frozenset({"rubber", "plastic", "pellet", "pellets", "gas", "teargas", "cannon",
                         "beanbag", "beanbags", "blank", "blanks", "air", "sky", "canister",
                         "canisters", "grenade", "grenades", "shotgun", "birdshot"})


def live_fire(tok: Token) -> bool:
    """Whether the verb ``tok`` tells a firearm shot at people: "shot a protester in the leg",
    "shot and wounded three students", not "shot rubber bullets" or "shot in the air"."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in SHOOT:
        return False
    return not any(t.lower_ in LESS_LETHAL for t in tok.subtree)


# what an attack word is typed before its context: force used, whoever it was used on
VIOLENCE = frozenset({"Attack", "Armed clash"})
# militias ACLED names only as the government's (actors.tsv): they act on a crowd for the state
STATE_AFFILIATES = frozenset({"Unidentified Pro-Government Militia"})


def force_on_crowd(trigger_sub: str, actor1: ActorMention | None,
                   actor2: ActorMention | None, *, at_demonstration: bool = False) -> bool:
    """Whether state forces use force on demonstrators ("Police beat protesters", "Security
    forces attacked demonstrators"): ACLED's Protest with intervention at least, never a
    peaceful protest, as the crowd was "physically dispersed or suppressed". Also on people the
    parse names otherwise ("students", none) at a demonstration its sentence tells
    (``at_demonstration``: "Police beat students who were staging a sit-in"). The state's
    affiliates use it as its forces do ("pro-government thugs attacked protesters": ACLED's
    intervention when no one is told gravely hurt, excessive force when they are)."""
    return trigger_sub in VIOLENCE and (_state(actor1) or _affiliate(actor1)) and (
        actor2 is not None and actor2.actor.type in {"protesters", "rioters"}
        or at_demonstration and (actor2 is None or actor2.actor.type in {"civilians", "unknown"}))


def crowd_violence_told(doc: Doc, sent: SpacySpan, mentions: Iterable[ActorMention]) -> bool:
    """Whether the paragraph of ``sent`` tells a violent crowd once the acts of state forces
    are read out of it: "riot police raided the protest camp and tore down the tents",
    "security forces stormed the square" tell what the police did to a demonstration, not a
    riot. A verb is the state's when its subject (or the subject of the verb it is joined to)
    lies in a state forces mention; clashes stay, as two sides fight in them."""
    text = doc_text(doc)
    start = text.rfind("\n", 0, sent.start_char) + 1
    end = text.find("\n", sent.end_char)
    end = end if end != -1 else len(text)
    state = [(m.span.start, m.span.end) for m in mentions
             if m.span is not None and _state(m) and start <= m.span.start < end]
    chars = list(text[start:end])
    region = doc.char_span(start, end, alignment_mode="expand")
    for tok in region if region is not None and state else ():
        if tok.pos_ != "VERB" or tok.lemma_.lower() in RECIPROCAL:
            continue
        told = tok
        while told.dep_ in {"conj", "xcomp"} and not any(c.dep_ == "nsubj"
                                                          for c in told.children):
            told = told.head  # "raided the camp and tore down the tents": the police's too;
            # "police moved to storm the camp": the police's attempt, not the crowd's
        subjects = [c for c in told.children if c.dep_ == "nsubj"]
        doers = [t for s in subjects for t in (s, *s.conjuncts)]
        if not doers or not all(any(a <= t.idx < b for a, b in state) for t in doers):
            continue
        for t in (tok, *(c for c in tok.children if c.dep_ == "prt")):
            for i in range(max(t.idx, start), min(t.idx + len(t), end)):
                chars[i - start] = " "
    return "protest_violent" in cue_kinds("".join(chars))


EXCESSIVE = "Excessive force against protesters"
INTERVENTION = "Protest with intervention"
# a demonstration's other readings in the sentence that tells force used on it
CROWD_READINGS = frozenset({"Peaceful protest", INTERVENTION, EXCESSIVE})


VIOLENT = "Violent demonstration"


def violent_crowd(events: list[Event]) -> list[Event]:
    """The events of one sentence with a crowd told violent in it ("Demonstrators assaulted
    two police officers; police fired tear gas and arrested 20") typed as that one violent
    demonstration: ACLED's codebook codes a demonstration whose participants use violence as a
    violent demonstration whatever force met it, so the crowd's other readings (peaceful, met
    by an intervention or by lethal force) give way to it. A crowd is told violent by an
    event of that sub-type whose actor1 is the crowd ("protesters", "rioters")."""
    riot = next((e for e in events if e.sub_event_type == VIOLENT and _crowd(e.actor1)), None)
    if riot is None:
        return events
    return [replace(e, event_type=riot.event_type, sub_event_type=VIOLENT, cameo=riot.cameo,
                    plover=riot.plover) if e.sub_event_type in CROWD_READINGS else e
            for e in events]


def one_demonstration(events: list[Event]) -> list[Event]:
    """The events of one sentence with a demonstration met by force told once: "Soldiers shot
    two demonstrators at a sit-in" is one event of excessive force, not a peaceful sit-in and
    the force besides; "Riot police shot and wounded three students who were marching" is the
    police's force on the march, not an attack of its own; "Soldiers assaulted students
    protesting" one intervention. The reading kept is the one where state forces act, typed as
    the most severe force (lethal, else an intervention by state forces)."""
    force = next((e for e in events if e.sub_event_type == EXCESSIVE), None) or next(
        (e for e in events if e.sub_event_type == INTERVENTION and _state(e.actor1)), None)
    if force is None and any(_state(e.actor1) and _same_force(e) for e in events):
        # the crowd's reading says it was met by force; the state's act is that force
        force = next((e for e in events if e.sub_event_type == INTERVENTION), None)
    if force is None:
        return events
    same = [e for e in events if _same_force(e)]
    keep = next((e for e in same if _state(e.actor1)), force)
    crowd = next((m for e in same for m in (e.actor2, e.actor1) if _crowd(m)), None)
    actor2 = crowd if crowd is not None and not _crowd(keep.actor2) else keep.actor2
    if _names_place(keep, actor2):
        actor2 = None  # "fired at supporters marching in Nairobi": the town is where, not whom
    kept = replace(keep, event_type=force.event_type, sub_event_type=force.sub_event_type,
                   cameo=force.cameo, plover=force.plover, actor2=actor2)
    return [kept if e is keep else e for e in events if e is keep or e not in same]


CROWDS = frozenset({"protesters", "rioters"})


def _crowd(mention: ActorMention | None) -> bool:
    return mention is not None and mention.actor.type in CROWDS


def _names_place(event: Event, mention: ActorMention | None) -> bool:
    """Whether ``mention`` is the words that name ``event``'s place."""
    where = event.location.span if event.location is not None else None
    return mention is not None and mention.span is not None and where is not None \
        and (mention.span.start, mention.span.end) == (where.start, where.end)
ARMED_SIDES = frozenset({1, 2, 3, 4, 8})  # ACLED inter codes of the sides that fight


def _same_force(event: Event) -> bool:
    """Whether ``event`` is the demonstration, or state force used on it, told in the
    sentence of a demonstration met by force: the crowd's readings, the state's attack on
    anyone but civilians, and the state's fire with no armed side against it ("Police fired
    live rounds to disperse supporters marching": no clash, as no one fired back)."""
    if event.sub_event_type in CROWD_READINGS:
        return True
    if not _state(event.actor1):
        return False
    side = event.actor2
    if event.sub_event_type == "Attack":
        return not (side is not None and side.actor.type == "civilians")
    return event.sub_event_type == "Armed clash" and (side is None or side.actor.inter
                                                        not in ARMED_SIDES)


def _state(mention: ActorMention | None) -> bool:
    return mention is not None and mention.actor.type == "state forces"


def _affiliate(mention: ActorMention | None) -> bool:
    """The mention is a militia named only as the government's (actors.tsv)."""
    return mention is not None and mention.actor.name.partition(" (")[0] in STATE_AFFILIATES


def plover_codes(codes: tuple[str, ...], trig: Trigger, sub: str,
            actor1: ActorMention | None = None) -> str | None:
    """The event's PLOVER codes, best first: the trigger's own when it names the sub-type.

    State forces whose attack word a riot turned into a violent demonstration ("police opened
    fire on rioters") repress it by force: ACLED keeps the riot, PLOVER codes the force first
    (ASSAULT, CAMEO 175, as for excessive force against protesters)."""
    if trig.plover and sub == trig.sub_event_type:
        codes = (trig.plover, *(c for c in codes if c != trig.plover))
    if (sub == "Violent demonstration" and trig.sub_event_type in {"Armed clash", "Attack"}
            and actor1 is not None and actor1.actor.type == "state forces"):
        codes = ("ASSAULT", *codes)
    return "|".join(codes) or None
