"""Fatality counts of a sentence: ranges give their lower end, as ACLED codes them."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from sitrep.extract.fatalities import count_fatalities
from sitrep.model import Article


@pytest.mark.parametrize(("text", "count"), [
    ("A drone strike killed somewhere between three and more than 20 people on Tuesday.", 3),
    ("Between 10 and 15 soldiers were killed in the ambush.", 10),
    ("The shelling killed two or three civilians.", 2),
    ("Officials said 30 to 40 people died when the market was bombed.", 30),
    ("The blast killed 12-15 people.", 12),
    # not ranges
    ("The attack killed six civilians and wounded 20.", 6),
    ("In 2019, 40 people were killed in the town.", 40),
    ("Five people were wounded.", None),
])
def test_a_range_counts_its_lower_end(text: str, count: int | None) -> None:
    found = count_fatalities(text)
    assert (found.count if found else None) == count


# Written before the rules (lead, issue 3's "who died, and no count invented"). The eight
# counts above the controls failed before: the count was the first item only, none at all, or
# none for a singular victim of an active verb; the four controls passed.
@pytest.mark.parametrize(("text", "count"), [
    ("Gunmen attacked a checkpoint, killing two soldiers and a civilian, police said.", 3),
    ("An air strike killed a militia commander and his two sons in the city on Tuesday.", 3),
    ("A roadside bomb killed a soldier and wounded three others.", 1),
    ("Shelling killed three policemen, two soldiers and a child near the market.", 6),
    ("Two policemen were shot dead by unidentified gunmen on Friday.", 2),
    ("The bodies of seven men were found in a field near the town.", 7),
    ("A drone strike hit a car near the village, killing all four passengers.", 4),
    # controls: a list that names no count, wounded people, what was destroyed
    ("The attack killed two soldiers and wounded five others.", 2),
    ("Rebels killed his relatives and burned the house.", None),
    ("Troops killed 12 militants and seized two trucks of weapons.", 12),
    ("The blast killed a boy, a witness said.", 1),
    ("A sniper wounded a woman and her son near the checkpoint.", None),
])
def test_who_died_is_counted_and_listed_victims_are_summed(text: str, count: int | None) -> None:
    found = count_fatalities(text)
    assert (found.count if found else None) == count


def _tolls(pipeline: Any, text: str) -> dict[str, int | None]:
    article = Article(text=text, origin="test", published=date(2024, 3, 12))
    return {e.trigger.text: e.fatalities for e in pipeline.analyze(article).events}


def test_a_toll_told_in_the_next_sentence_is_its_events(pipeline: Any) -> None:
    # failed before: the shelling had no toll (the toll's sentence tells no event of its own)
    text = ("Artillery shelled the town of Sarmin on Monday, residents said. The death toll rose "
            "to 15 on Tuesday, medics said.")
    assert _tolls(pipeline, text) == {"shelled": 15}


@pytest.mark.parametrize("text", [
    # another paragraph, another time, a toll the event already has
    "Artillery shelled the town of Sarmin on Monday, residents said.\n\nThe death toll of the "
    "war rose to 15,000 this year.",
    "Artillery shelled the town of Sarmin on Monday, residents said. Last year, 40 people died "
    "in a similar attack on the town.",
])
def test_a_toll_of_something_else_is_not_carried(pipeline: Any, text: str) -> None:
    tolls = _tolls(pipeline, text)
    assert tolls["shelled"] in (None, 4)


def test_a_risen_toll_replaces_the_toll_told(pipeline: Any) -> None:
    # was "a toll the event already has" (kept at 4) until evtolls: ACLED revises an event's
    # toll as it mounts ("Keeping ACLED data updated": "updated fatality counts as death tolls
    # mount"), so the risen toll of the next sentence is the event's
    text = ("Artillery shelled the town of Sarmin on Monday, killing four civilians, residents "
            "said. The death toll rose to 15 on Tuesday, medics said.")
    assert _tolls(pipeline, text)["shelled"] == 15


@pytest.mark.parametrize("text", [
    "Government forces shelled the village of Kansafra on Monday, residents said. No casualties "
    "were reported.",
    "Rockets hit an army base near the airport on Sunday, causing no casualties, the army said.",
    "A roadside bomb exploded next to a patrol in the city on Friday. Nobody was hurt.",
])
def test_a_report_that_nobody_died_is_a_known_toll_of_zero(pipeline: Any, text: str) -> None:
    # failed before: the toll was unknown (None), which the ACLED CSV cannot tell from none
    assert set(_tolls(pipeline, text).values()) == {0}


def test_no_one_wounded_is_not_no_one_killed_when_a_toll_is_given(pipeline: Any) -> None:
    text = ("Artillery shelled the town on Monday, killing two civilians. No one else was hurt, "
            "medics said.")
    assert _tolls(pipeline, text) == {"shelled": 2}


@pytest.mark.parametrize(("text", "toll"), [
    # dead told as more than the toll before: added (failed before: 2, the lowest told)
    ("Rebels attacked an army post near Baiji on Friday, killing four soldiers, a military "
     "source said. Two more soldiers died of their wounds in the attack, the source added.", 6),
    # another count of the same dead: the lowest, ACLED's conservative figure
    ("An air strike hit a market in Ariha on Tuesday, killing seven people, rescuers said. Nine "
     "people were killed in the strike, a monitor said.", 7),
])
def test_a_retold_toll_adds_only_the_dead_it_tells_as_more(pipeline: Any, text: str,
                                                           toll: int) -> None:
    from sitrep.extract.retellings import merged, real_events

    article = Article(text=text, origin="test", published=date(2024, 3, 12))
    (real,) = [merged(head, told) for head, told in real_events(pipeline.analyze(article).events)]
    assert real.fatalities == toll
