"""A group's report of its own acts: "it" is the group that speaks, and the dead it tells
belong to the fighting, not to a withdrawal ACLED calls non-violent.

From the demo's Levant Wire article ("The Front said that seven of its fighters had been killed
and that it had withdrawn …"), where the withdrawal was the army's and carried the seven dead.
Written by the lead (stop 20); the passages are ours. Before the change both probes failed; the
control passed.
"""

from __future__ import annotations

from typing import Any

from sitrep.model import Article, Event

LEAD = ("Government forces said on Thursday that they had regained control of Saraqib after "
        "two days of clashes with fighters of the Northern Dawn Front. ")
TOLD = ("The Front said that seven of its fighters had been killed and that it had withdrawn "
        "from the town centre but was still fighting on the eastern edge of Saraqib.")


def _event(pipeline: Any, text: str, trigger: str) -> Event:
    events = pipeline.analyze(Article(text=text, origin="test")).events
    return next(e for e in events if e.trigger.text == trigger)


def test_it_is_the_group_that_speaks(pipeline: Any) -> None:
    withdrawal = _event(pipeline, LEAD + TOLD, "withdrawn")
    assert withdrawal.actor1 is not None
    assert withdrawal.actor1.actor.name == "Northern Dawn Front"


def test_the_dead_are_the_fighting_s_not_the_withdrawal_s(pipeline: Any) -> None:
    assert _event(pipeline, LEAD + TOLD, "withdrawn").fatalities is None
    assert _event(pipeline, LEAD + TOLD, "fighting").fatalities == 7


def test_the_army_that_speaks_is_the_army(pipeline: Any) -> None:  # control
    text = LEAD + "The army said it had shelled rebel positions on the edge of Saraqib."
    shelling = _event(pipeline, text, "shelled")
    assert shelling.actor1 is not None
    assert shelling.actor1.actor.name == "Military Forces of Syria"
