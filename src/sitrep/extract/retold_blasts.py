"""A blast a ship reports, told after a missile or drone attack on a ship: the attack retold.

Wire copy on attacks at sea tells the attacker's claim first ("the Houthis said they had fired
anti-ship missiles at a cargo vessel in the Gulf of Aden") and the maritime agency's report
after it ("the crew of a vessel 35 nautical miles south of Aden reported an explosion nearby
but no damage"). The report is the missile landing seen from the ship. ACLED's
Remote explosive/landmine/IED is "a planted or remotely detonated device … explodes without its
maker present" (``knowledge/acled_taxonomy.tsv``): an explosion with no device word and no
doer, near a ship, is no such device when the article tells a missile or drone attack on a ship;
it retells that attack (:mod:`sitrep.extract.retellings`), takes its type, and the attack's
doer stands for the Unidentified Armed Group the blast alone would get. Its own position ("35
nautical miles south of Aden") is where the ship was, not another place: the place check of
other retellings does not apply at sea.
"""

from __future__ import annotations

import re

from sitrep.model import Event

# a blast told by its noun alone, with no device: "reported an explosion nearby"
BLASTS = frozenset({"explosion", "explosions", "blast", "blasts"})
# words of a device that explodes without its maker, which make the blast ACLED's IED
DEVICE = re.compile(r"\b(?:ieds?|(?:car\s+|roadside\s+|suicide\s+)?bombs?|(?:land|sea|naval\s+)?"
                    r"mines?|explosive\s+devices?|devices?|booby[- ]?trap\w*|limpet)\b",
                    re.IGNORECASE)
# ships, in the sentences of the attack and of the blast
VESSELS = re.compile(r"\b(?:ships?|vessels?|tankers?|freighters?|carriers?|boats?|ferr(?:y|ies)|"
                     r"bulkers?|merchantm[ae]n)\b", re.IGNORECASE)
# the remote attacks a ship is hit by from afar
ATTACKS_AT_SEA = frozenset({"Shelling/artillery/missile attack", "Air/drone strike"})


def ship_blast(later: Event, head: Event) -> bool:
    """Whether ``later`` is an explosion a ship reports, with no device and no doer named,
    that retells ``head``, a missile or drone attack on a ship told before it."""
    words = later.trigger.text.lower().split()
    if not words or words[-1] not in BLASTS or later.sentence.start <= head.sentence.start:
        return False
    if head.sub_event_type not in ATTACKS_AT_SEA or not VESSELS.search(head.sentence.text):
        return False
    if not VESSELS.search(later.sentence.text) or DEVICE.search(later.sentence.text):
        return False
    doer = later.actor1
    return doer is None or doer.actor.name.partition(" (")[0] == "Unidentified Armed Group"
