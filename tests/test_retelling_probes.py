"""Retelling probes (evcoref): one real event told in the lead and again in the body is one event.

A wire article tells its main event in the lead and re-tells it lower down ("The shelling hit a
bakery …", "Officials did not say who carried out the attack"); ACLED codes one event per date,
place, sub-type and actor pair, so the later mention must name the first as ``same_as`` and not
count again. Controls: two real events of one sub-type in one article ("a second strike …",
"another …", "a separate attack", other days, other places, "again", "also") stay two.

Written before the rule was coded, wire style, sitrep's own sentences: 8 retellings and 8
controls. First pass (no ``same_as`` existed): the 8 controls passed, 0 of the 8 retellings.
Two of those retellings gave one event only (the extractor found no event in "The strike
happened on a road …", and folded "The four farmers were killed …" into the lead's toll), so
they probe nothing here and were replaced by three written after the rule; three more controls
and one retelling were written after it too (all marked; "shelled the town once more" failed
first, now a mark of another deed). With the rule: 21 of 21 pass (10 retellings, 11 controls).
The one wrong retelling the rule gave on the demo (two deeds of one sentence, "The massacre
comes a week after … resumed their bombardment") made it require a later sentence.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from sitrep.model import Article, Event


def events_in(pipeline: Any, text: str) -> tuple[Event, ...]:
    return pipeline.analyze(Article(text=text, origin="test", published=date(2023, 5, 17))).events


def retold(pipeline: Any, text: str) -> dict[str, str]:
    """Each retelling's trigger (lower case) -> the trigger of the event it retells."""
    events = events_in(pipeline, text)
    by_id = {e.id: e for e in events}
    return {e.trigger.text.lower(): by_id[e.same_as].trigger.text.lower()
            for e in events if getattr(e, "same_as", None) in by_id}


RETELLINGS = [
    # a definite noun re-tells the lead's shelling, twice
    ("Government artillery shelled the town of Ariha on Tuesday, killing five civilians, a local "
     "doctor said. The shelling hit a bakery and two houses near the main square. Residents said "
     "the shells landed shortly after noon.",
     {"shelling": "shelled", "shells": "shelled"}),
    # the toll told again, with the anaphor
    ("An air strike hit a market in Jisr al-Shughur on Tuesday, killing seven people, rescue "
     "workers said. Seven people were killed in the strike, among them two children, the "
     "rescuers added.",
     {"strike": "air strike"}),
    # the denial of the shelling is the same shelling
    ("Artillery shells struck homes in Kafr Nabl on Monday evening, killing six civilians, a "
     "monitoring group said. The defence ministry denied that its forces had shelled the town.",
     {"shelled": "shells"}),
    # a possessive day points back: "Tuesday's shelling"
    ("Artillery shelled the market of Ariha on Tuesday, wounding eleven people, medics said. "
     "Tuesday's shelling was the heaviest on the town this year, residents said.",
     {"shelling": "shelled"}),
    # "the bombardment" re-tells a shelling
    ("Government forces shelled the village of Kansafra on Monday night, residents said. The "
     "bombardment destroyed a mosque and a school, a local council said.",
     {"bombardment": "shelled"}),
    # "the explosion" after a roadside bomb
    ("A roadside bomb exploded next to a police patrol in Baiji on Sunday, killing two "
     "policemen, officials said. Nobody claimed the explosion, which also wounded a passer-by.",
     {"explosion": "roadside bomb"}),
    # written after the rule: "the ambush" with the toll told again
    ("Militants ambushed an army patrol near Tuz Khurmatu on Sunday, killing four soldiers, the "
     "army said. Four soldiers died in the ambush, which lasted an hour, a statement said.",
     {"ambush": "ambushed"}),
    # written after the rule: no anaphor, but the same toll, day and place
    ("A car bomb exploded at a checkpoint in Tikrit on Saturday, killing five people, police "
     "said. Five people died when a car bomb went off at the checkpoint, a hospital official "
     "said.",
     {"car bomb": "car bomb exploded"}),
    # written after the rule: "the attack" after "attacked"
    ("Rebels attacked an army checkpoint outside Maarat al-Numan on Friday, a military source "
     "said. Two soldiers were killed in the attack, the source added.",
     {"attack": "attacked"}),
    # written with the named-target rule (lead, stop 19; failed before it): no anaphor, but the
    # same group named as the side hit, and nothing that marks another strike
    ("Russian jets bombed positions of the Syrian Democratic Forces near Deir ez-Zor, Kurdish "
     "media said. The SDF said an alleged strike on its positions had wounded six fighters.",
     {"strike": "bombed"}),
    # written after the rule: "the march" retells a march
    ("Protesters marched through Basra on Friday to demand jobs, witnesses said. The march ended "
     "peacefully in the evening.",
     {"march": "marched"}),
]


CONTROLS = [
    # a second strike an hour later is another event
    "A missile strike hit a fuel depot in Ariha on Tuesday morning. A second strike hit the "
    "same depot an hour later, killing two firefighters.",
    # another day, "again"
    "Artillery shelled Kafr Nabl on Monday, wounding three people. On Wednesday, artillery "
    "shelled the town again, residents said.",
    # "another" and another place
    "A drone strike killed two men near Tikrit on Monday. Another drone strike killed a "
    "shepherd near Samarra the same day, officials said.",
    # "a separate attack"
    "Gunmen shot dead a teacher in Baiji on Sunday, police said. In a separate attack, gunmen "
    "killed a shopkeeper in Tikrit.",
    # another place, "also"
    "Government forces shelled Ariha on Tuesday, residents said. They also shelled Jisr "
    "al-Shughur, a monitoring group said.",
    # the same toll on another day is not the same event
    "An air strike hit a school in Maarat al-Numan on Monday, killing four children. On "
    "Thursday, an air strike on a clinic in the town killed four nurses.",
    # the same toll in another town the same day
    "A car bomb killed five people in Tikrit on Saturday, police said. A car bomb killed five "
    "people in Samarra on Saturday, officials there said.",
    # "a new" attack
    "Militants attacked an army post near Baiji on Friday, a military source said. A new attack "
    "on the post followed on Sunday, the source said.",
    # written after the rule: "the clashes" of another day are another event for ACLED
    "Clashes between the army and rebels killed 12 fighters near Daraa on Friday. On Saturday, "
    "the clashes spread to the city's western districts, killing three civilians.",
    # written after the rule: "once more" the same day is a repeated deed (failed first)
    "Artillery shelled Kafr Nabl on Monday morning, residents said. In the evening, artillery "
    "shelled the town once more, a monitoring group said.",
    # written with the named-target rule (lead, stop 19): the same group hit in another place
    "Russian jets bombed positions of the Syrian Democratic Forces near Deir ez-Zor on Monday. "
    "Jets bombed positions of the Syrian Democratic Forces near Hasakah, activists said.",
    # written after the rule: a demonstration of the same day in another town
    "Police fired tear gas at protesters in Basra on Friday. Protesters in Nasiriyah marched on "
    "Friday, witnesses said.",
]


@pytest.mark.parametrize(("text", "expected"), RETELLINGS)
def test_a_retelling_names_the_event_it_retells(pipeline: Any, text: str,
                                                expected: dict[str, str]) -> None:
    assert retold(pipeline, text) == expected


@pytest.mark.parametrize("text", CONTROLS)
def test_two_real_events_stay_two(pipeline: Any, text: str) -> None:
    assert retold(pipeline, text) == {}



# A retelling whose own sentence names no date was dated by the article's frame (the
# publication week); it tells the head's event, so it carries the head's day. Written with the
# rule; both failed before it (each retelling was dated 2023-05-17 with week precision).
DATED_BY_HEAD = [
    ("Artillery shelled Kafr Nabl on Monday, killing six civilians, a monitoring group said. On "
     "Wednesday, hundreds of people marched in Idlib to demand an end to the bombardment of the "
     "province.\n\nThe defence ministry denied that its forces had shelled the town.",
     "shelled", date(2023, 5, 15)),
    ("An air strike hit a market in Jisr al-Shughur on Sunday, killing seven people, rescue "
     "workers said. Fighting continued on Tuesday near Ariha.\n\nSeven people were killed in "
     "the strike, among them two children, the rescuers added.",
     "strike", date(2023, 5, 14)),
]


@pytest.mark.parametrize(("text", "trigger", "day"), DATED_BY_HEAD)
def test_a_retelling_without_a_date_of_its_own_takes_its_heads_day(
        pipeline: Any, text: str, trigger: str, day: date) -> None:
    events = events_in(pipeline, text)
    by_id = {e.id: e for e in events}
    told = [e for e in events if e.same_as in by_id and e.trigger.text == trigger]
    assert len(told) == 1
    head = by_id[told[0].same_as]
    assert head.date == day and head.time_precision == 1
    assert (told[0].date, told[0].time_precision) == (day, 1)


def test_a_retelling_with_a_date_of_its_own_keeps_it(pipeline: Any) -> None:
    # "on Monday" in the later sentence is the same day as the head's: linked, and dated by
    # its own words (the rule only fills a date the retelling does not give)
    text = ("Artillery shelled Kafr Nabl on Monday, killing six civilians, residents said. The "
            "shelling on Monday also damaged a school, the local council said.")
    events = events_in(pipeline, text)
    by_id = {e.id: e for e in events}
    told = [e for e in events if e.same_as in by_id]
    assert [e.date for e in told] == [date(2023, 5, 15)]


def test_a_group_no_one_named_may_be_the_group_named_before(pipeline: Any) -> None:
    # lead (stop 20): ACLED's Unidentified Armed Group is a group no one named, not another
    # group; once "fighters of the Northern Dawn Front" were read as the Front, "militants
    # killed in the fighting" stopped retelling the clashes (failed before the change)
    text = ("The army clashed with fighters of the Northern Dawn Front near Saraqib on Tuesday. "
            "The army said more than 40 militants had been killed in the fighting.")
    assert retold(pipeline, text) == {"fighting": "clashed"}


def test_state_forces_are_not_a_group_no_one_named(pipeline: Any) -> None:
    text = ("Gunmen attacked a checkpoint near Saraqib on Tuesday. "
            "Soldiers attacked a checkpoint near Saraqib, residents said.")
    assert retold(pipeline, text) == {}
