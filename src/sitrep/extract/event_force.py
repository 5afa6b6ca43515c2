"""Force used on a crowd that ACLED counts as lethal: a firearm fired at demonstrators.

ACLED's codebook codes a demonstration met "with lethal force or force that causes serious
injury" as Excessive force against protesters. Live fire is lethal force whatever the wound it
leaves: "Police shot a protester in the leg" is as much excessive force as "shot dead"; less-
lethal munitions ("shot rubber bullets", "fired tear gas") and warning shots ("shot in the
air") are an intervention, as other force on the crowd is ("Police beat protesters"). Split
from :mod:`sitrep.extract.events`, which reads it when it decides a demonstration's sub-type."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from sitrep.model import ActorMention, Event

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


def force_on_crowd(trigger_sub: str, actor1: ActorMention | None,
                   actor2: ActorMention | None) -> bool:
    """Whether state forces use force on demonstrators ("Police beat protesters", "Security
    forces attacked demonstrators"): ACLED's Protest with intervention at least, never a
    peaceful protest, as the crowd was "physically dispersed or suppressed"."""
    return trigger_sub in VIOLENCE and _state(actor1) and actor2 is not None and (
        actor2.actor.type in {"protesters", "rioters"})


EXCESSIVE = "Excessive force against protesters"
INTERVENTION = "Protest with intervention"
# a demonstration's other readings in the sentence that tells force used on it
CROWD_READINGS = frozenset({"Peaceful protest", INTERVENTION, EXCESSIVE})


def one_demonstration(events: list[Event]) -> list[Event]:
    """The events of one sentence with a demonstration met by force told once: "Soldiers shot
    two demonstrators at a sit-in" is one event of excessive force, not a peaceful sit-in and
    the force besides; "Riot police shot and wounded three students who were marching" is the
    police's force on the march, not an attack of its own; "Soldiers assaulted students
    protesting" one intervention. The reading kept is the one where state forces act, typed as
    the most severe force (lethal, else an intervention by state forces)."""
    force = next((e for e in events if e.sub_event_type == EXCESSIVE), None) or next(
        (e for e in events if e.sub_event_type == INTERVENTION and _state(e.actor1)), None)
    if force is None:
        return events
    same = [e for e in events if e.sub_event_type in CROWD_READINGS or (
        e.sub_event_type == "Attack" and _state(e.actor1) and not (
            e.actor2 is not None and e.actor2.actor.type == "civilians"))]
    keep = next((e for e in same if _state(e.actor1)), force)
    kept = replace(keep, event_type=force.event_type, sub_event_type=force.sub_event_type,
                   cameo=force.cameo, plover=force.plover)
    return [kept if e is keep else e for e in events if e is keep or e not in same]


def _state(mention: ActorMention | None) -> bool:
    return mention is not None and mention.actor.type == "state forces"
