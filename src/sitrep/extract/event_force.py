"""Force used on a crowd that ACLED counts as lethal: a firearm fired at demonstrators.

ACLED's codebook codes a demonstration met "with lethal force or force that causes serious
injury" as Excessive force against protesters. Live fire is lethal force whatever the wound it
leaves: "Police shot a protester in the leg" is as much excessive force as "shot dead"; less-
lethal munitions ("shot rubber bullets", "fired tear gas") and warning shots ("shot in the
air") are an intervention. Split from :mod:`sitrep.extract.events`, which reads it when it
decides a demonstration's sub-type."""

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


EXCESSIVE = "Excessive force against protesters"
# a demonstration's other readings in the sentence that tells force used on it
CROWD_READINGS = frozenset({"Peaceful protest", "Protest with intervention", EXCESSIVE})


def one_demonstration(events: list[Event]) -> list[Event]:
    """The events of one sentence with a demonstration met by lethal force told once: "Soldiers
    shot two demonstrators at a sit-in" is one event of excessive force, not a peaceful sit-in
    and the force besides; "Riot police shot and wounded three students who were marching" is
    the police's force on the march, not an attack of its own. The reading kept is the one
    where state forces act, typed as the force."""
    force = next((e for e in events if e.sub_event_type == EXCESSIVE), None)
    if force is None:
        return events
    same = [e for e in events if e.sub_event_type in CROWD_READINGS or (
        e.sub_event_type == "Attack" and _state(e.actor1) and not (
            e.actor2 is not None and e.actor2.actor.type == "civilians"))]
    keep = next((e for e in same if _state(e.actor1)), force)
    kept = replace(keep, event_type=force.event_type, sub_event_type=EXCESSIVE,
                   cameo=force.cameo, plover=force.plover)
    return [kept if e is keep else e for e in events if e is keep or e not in same]


def _state(mention: ActorMention | None) -> bool:
    return mention is not None and mention.actor.type == "state forces"
