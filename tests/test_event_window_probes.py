"""The weapon of a neighbouring sentence types an event only when that sentence tells it again.

A generic attack word ("attacked") takes its sub-type from the nearest weapon of its sentence,
else of the sentences beside it in the paragraph (CASE snippets often name the weapon in the
next sentence). A neighbour that retells the same deed ("the attack was carried out with
mortars", "the shells hit …") lends its weapon; a neighbour whose weapon is another deed - the
reason or the reply the attack is said to be ("revenge for the shelling of its camps"), or an
event told as another ("in a separate incident", "followed two days later") - does not: the
attack stays what its own sentence makes it (armed sides fighting: an armed clash).

sitrep's own sentences, invented names. The first 12 (five retellings, seven other deeds) were
written before any rule was changed: 5 passed (the retellings); all pass with event_window. The
4 marked below were written after the rule, to probe it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from sitrep.model import Article


def typed(pipeline: Any, text: str, word: str) -> str | None:
    events = pipeline.analyze(Article(text=text, origin="test", published=date(2024, 3, 14))).events
    return next((e.sub_event_type for e in events if e.trigger.text.lower() == word), None)


# the neighbour retells the attack: its weapon is the attack's
SAME_EVENT = [
    ("Gunmen attacked a police post in Derwa on Tuesday, killing two officers. The attack was "
     "carried out with mortars and rockets, a local official said.",
     "Shelling/artillery/missile attack"),
    ("Militants attacked the village of Kolam overnight. The shells hit three houses and a "
     "school, residents said.", "Shelling/artillery/missile attack"),
    ("Unknown assailants attacked a convoy of the ruling party on the Mesa road on Friday. A "
     "roadside bomb destroyed two of its vehicles.", "Remote explosive/landmine/IED"),
    ("Government forces attacked the rebel-held town of Ruma on Monday. Artillery pounded its "
     "eastern districts for hours, a monitor said.", "Shelling/artillery/missile attack"),
    ("Rebels attacked an army base near Kilo on Sunday with mortars, the army said.",
     "Shelling/artillery/missile attack"),
]

# written after the rule of event_window, to probe its dates: a date of the telling ("On
# Tuesday, officials said") is no other event (failed with the first rule, passes now); the
# same date told again keeps the weapon (passed with the first rule)
SAME_EVENT += [
    ("Militants attacked a checkpoint in Rano late on Monday. On Tuesday, officials said the "
     "attackers had used rocket-propelled grenades.", "Grenade"),
    ("Gunmen attacked a police checkpoint near Lato on Monday. The assault on Monday began "
     "with mortar fire, the army said.", "Shelling/artillery/missile attack"),
]

# the neighbour's weapon belongs to another deed: the reason, the reply, a separate event
OTHER_DEED = [
    ("The Sahel Lions, an armed group, attacked a gendarmerie post near Doro on Friday, killing "
     "three gendarmes. The group said the attack was revenge for the shelling of its camps.",
     "Armed clash"),
    ("Fighters of the Ansar Brigade attacked a police checkpoint outside Miran on Monday. The "
     "brigade said the attack was a response to air strikes on its positions last week.",
     "Armed clash"),
    ("Insurgents attacked an army patrol near Selim on Wednesday, killing one soldier. The "
     "attack came in retaliation for a drone strike that killed a commander of the group.",
     "Armed clash"),
    ("Rebels attacked government positions near the dam on Sunday. Artillery shelling of the "
     "old city followed two days later.", "Armed clash"),
    ("Militiamen attacked soldiers guarding a bridge near Tobo, the army said. In a separate "
     "incident, a rocket hit a market in the capital.", "Armed clash"),
    ("A car bomb exploded in Harat on Saturday, killing nine people. On Sunday, gunmen attacked "
     "a police station in the north of the town.", "Armed clash"),
    ("Tribal fighters attacked a border post on Monday in retaliation for air strikes on "
     "their villages, a spokesman said.", "Armed clash"),
    # written after the rule (both passed with it)
    ("Fighters attacked an army checkpoint near Lato on Monday. The attack came a day after "
     "army shelling killed five civilians in the town.", "Armed clash"),
    ("Gunmen attacked a police checkpoint near Lato on Monday. The group said it had acted to "
     "avenge an air strike on a wedding.", "Armed clash"),
]


@pytest.mark.parametrize(("text", "sub"), SAME_EVENT)
def test_a_retelling_neighbour_lends_its_weapon(pipeline: Any, text: str, sub: str) -> None:
    assert typed(pipeline, text, "attacked") == sub


@pytest.mark.parametrize(("text", "sub"), OTHER_DEED)
def test_another_deeds_weapon_does_not_type_the_attack(pipeline: Any, text: str,
                                                      sub: str) -> None:
    assert typed(pipeline, text, "attacked") == sub
