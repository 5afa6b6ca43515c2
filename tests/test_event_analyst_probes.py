"""Analyst probes (evnoticed): records a conflict analyst would reject, read as ACLED codes them.

Each class was seen wrong in an earlier round's closing note and is probed here with sitrep's
own sentences, several wordings per class plus controls, written before the rules:

- ACCOUNTS: a news "story", "report", "claim" or "account" of X doing Y names an account of an
  act told before, not a new act: it retells that act (``same_as``).
- BATTLE_DEAD: "Troops killed 40 militants ... Three soldiers also died in the fighting": the
  second sentence tells the dead of the other side of the same fight ("in the fighting", "in
  the clashes", "during the assault"); ACLED codes one battle and sums both sides' dead.
- MISSIONS: "outside the US embassy in Belgrade": the country of an embassy or consulate names
  whose mission it is, not where the crowd stands; ACLED's protester actor is of the country
  where they protest.
- CLASH_PLACES: "Clashes broke out in Sirte": the place is where the clash is, not a side.
- FORCE: state forces shooting demonstrators (a firearm, whatever the wound) is lethal force,
  ACLED's Excessive force against protesters; tear gas alone is an intervention.
- FLIGHT: people who flee an act of violence told in the same sentence ("Residents fled as
  militants torched a church") are its consequence, not a displacement event of its own.
- PLACES: "near Jenin" with Israeli soldiers is the West Bank town, not a Polish village.

Later batches, each written after a rule above and run before its own: INTERVENTIONS (state
forces beating or attacking a crowd is at least an intervention, never a peaceful protest) and
ACCOUNT_STATUS (an act told only inside an account rests on the account, not on the outlet).

First pass (on 88a9f07, before any rule of this round): 15 of 34 passed (each list's comment
gives its count); with this round's rules 33 of the 34 pass, the other is a strict xfail (a
date of another clause), and its variant without that date, written after, passes.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from sitrep.model import Article, Event


def events_in(pipeline: Any, text: str) -> tuple[Event, ...]:
    return pipeline.analyze(Article(text=text, origin="test", published=date(2023, 5, 17))).events


def _by_trigger(events: tuple[Event, ...], word: str) -> Event:
    return next(e for e in events if e.trigger.text.lower() == word)


# (text, account trigger, trigger of the act it retells); first pass: 1 of 4
ACCOUNTS = [
    ("Jets bombed rebel positions near Maarat al-Numan on Monday, a monitor said. The story of "
     "the jets bombing the rebel positions is still unconfirmed.", "bombing", "bombed"),
    ("Militants attacked an army post near Kidal on Sunday, residents said. The army dismissed "
     "the report of militants attacking the post as false.", "attacking", "attacked"),
    ("Government forces shelled the village of Tal Rifaat on Friday, local media reported. The "
     "claim of government forces shelling the village has not been verified.", "shelling",
     "shelled"),
    pytest.param(
        "Russian jets struck positions of the SDF near Deir ez-Zor, Kurdish media reported. "
        "While the account of Russia targeting the SDF is unconfirmed, it follows similar "
        "reports last month.", "targeting", "struck",
        marks=pytest.mark.xfail(strict=True, reason="'last month' dates the similar reports, "
                                "but a date of the sentence is read as the account's own")),
    # the same without the other reports' date (written after the first pass)
    ("Russian jets struck positions of the SDF near Deir ez-Zor, Kurdish media reported. The "
     "account of Russia targeting the SDF is unconfirmed.", "targeting", "struck"),
]


@pytest.mark.parametrize(("text", "account", "act"), ACCOUNTS)
def test_an_account_of_an_act_retells_it(pipeline: Any, text: str, account: str,
                                         act: str) -> None:
    events = events_in(pipeline, text)
    told = [e for e in events if e.trigger.text.lower() == account]
    assert told, [e.trigger.text for e in events]  # an account read as no event proves nothing
    assert all(e.same_as == _by_trigger(events, act).id for e in told)


# first pass: 3 of 3
ACCOUNT_CONTROLS = [
    # two acts, two days, two places
    "Troops shelled the village of Kfar Hamra on Monday. Rebels attacked an army checkpoint in "
    "Aleppo on Tuesday.",
    # an account of another strike
    "Jets bombed rebel positions near Idlib on Monday. The report of another air strike on "
    "Tuesday in Hama could not be verified.",
    # an account told first is the only telling of its act
    "Reports of troops shelling the village of Binnish emerged on Tuesday.",
]


@pytest.mark.parametrize("text", ACCOUNT_CONTROLS)
def test_accounts_of_other_acts_stay_their_own(pipeline: Any, text: str) -> None:
    events = events_in(pipeline, text)
    assert events
    assert all(e.same_as is None for e in events)


# (text, total dead of the one battle); first pass: 0 of 3
BATTLE_DEAD = [
    ("Troops killed 40 militants in an assault on a rebel camp in Borno state on Sunday, the "
     "army said. Three soldiers also died in the fighting.", 43),
    ("Soldiers killed 12 insurgents near Kidal on Friday. Two soldiers were killed in the "
     "clashes, the army said.", 14),
    ("The army said it killed 25 fighters during an assault on a militant base in Sinai. Four "
     "troops died during the assault.", 29),
    # a second batch, written after the rule (both gave the head's toll alone: the second
    # sentence's toll was not read, "were also killed", "six of the attackers were killed")
    ("Government forces killed 15 rebels near Bambari on Saturday, the army said. Two soldiers "
     "were also killed in the battle.", 17),
    ("Militants attacked a police station in Diffa, killing four officers. Six of the attackers "
     "were killed in the gunfight that followed.", 10),
]


@pytest.mark.parametrize(("text", "dead"), BATTLE_DEAD)
def test_the_other_sides_dead_in_the_same_fight_are_one_battle(pipeline: Any, text: str,
                                                               dead: int) -> None:
    from sitrep.extract.retellings import merged, real_events

    events = events_in(pipeline, text)
    ((head, retold),) = real_events(events)
    assert head.sub_event_type == "Armed clash"
    assert merged(head, retold).fatalities == dead


# first pass: 1 of 1
BATTLE_CONTROLS = [
    "Troops killed 40 militants in Borno state on Sunday. On Wednesday, three soldiers were "
    "killed in an ambush near Maiduguri.",
]


@pytest.mark.parametrize("text", BATTLE_CONTROLS)
def test_a_later_fight_is_another_battle(pipeline: Any, text: str) -> None:
    assert len([e for e in events_in(pipeline, text) if e.same_as is None]) == 2


# (text, protester actor, country of the place); first pass: 1 of 3 (Amman)
MISSIONS = [
    ("Serbs protested outside the US embassy in Belgrade on Sunday.", "Protesters (Serbia)",
     "RS"),
    ("Protesters burned American flags outside the US consulate in Lahore.",
     "Protesters (Pakistan)", "PK"),
    ("Hundreds of people demonstrated outside the Israeli embassy in Amman on Friday.",
     "Protesters (Jordan)", "JO"),
]
# first pass: 3 of 3
MISSION_CONTROLS = [
    ("Hundreds of Kenyans demonstrated in front of the Chinese embassy in Nairobi.",
     "Protesters (Kenya)", "KE"),
    ("Hundreds of Iranians rallied outside the British embassy in Tehran.", "Protesters (Iran)",
     "IR"),
    ("Hundreds of Turks marched to the Swedish consulate in Istanbul on Saturday.",
     "Protesters (Turkey)", "TR"),
]


@pytest.mark.parametrize(("text", "crowd", "country"), MISSIONS + MISSION_CONTROLS)
def test_protesters_are_of_the_country_they_protest_in(pipeline: Any, text: str, crowd: str,
                                                       country: str) -> None:
    (protest,) = events_in(pipeline, text)
    assert protest.actor1 is not None and protest.actor1.actor.name == crowd
    assert protest.location is not None and protest.location.place.country == country


# first pass: 0 of 3
CLASH_PLACES = [
    ("Clashes broke out in Sirte between rival militias on Monday.", "Sirte"),
    ("Clashes erupted in Jenin after Israeli forces entered the city.", "Jenin"),
    ("Heavy fighting raged in Marib overnight, residents said.", "Marib"),
]
# first pass: 2 of 2
CLASH_CONTROLS = [
    ("Government troops clashed with al-Shabaab fighters in Afgoye on Tuesday.", "al-Shabaab"),
    ("Gunmen clashed with police in the town of Ngala on Friday.", "Police Forces of Nigeria"),
]


@pytest.mark.parametrize(("text", "place"), CLASH_PLACES)
def test_where_a_clash_is_is_no_side_of_it(pipeline: Any, text: str, place: str) -> None:
    clashes = [e for e in events_in(pipeline, text) if e.sub_event_type == "Armed clash"]
    assert clashes
    assert all(e.actor2 is None or place not in e.actor2.actor.name for e in clashes)


@pytest.mark.parametrize(("text", "side"), CLASH_CONTROLS)
def test_a_named_side_of_a_clash_stays(pipeline: Any, text: str, side: str) -> None:
    (clash,) = events_in(pipeline, text)
    assert clash.actor2 is not None and clash.actor2.actor.name == side


# first pass: 0 of 3
FORCE = [
    "Police shot a protester in the leg during a rally in Nairobi on Tuesday.",
    "Riot police shot and wounded three students who were marching to parliament in Kampala.",
    "Soldiers shot two demonstrators at a sit-in outside the governor's office in Kano.",
]
# first pass: 2 of 2
FORCE_CONTROLS = [
    ("Police fired tear gas at protesters in Nairobi on Monday.", "Protest with intervention"),
    ("Police shot dead a suspected robber in Nairobi.", "Attack"),
]


@pytest.mark.parametrize("text", FORCE)
def test_shooting_demonstrators_is_excessive_force(pipeline: Any, text: str) -> None:
    (event,) = events_in(pipeline, text)
    assert event.sub_event_type == "Excessive force against protesters"
    # the force acts on the crowd, named as ACLED names it (not "students")
    assert event.actor1 is not None and event.actor1.actor.type == "state forces"
    assert event.actor2 is not None and event.actor2.actor.name.startswith("Protesters")


# a second batch, written after the live-fire rule (0 of 4 passed then: all Peaceful protest)
INTERVENTIONS = [
    "Police beat protesters in Lagos on Monday, witnesses said.",
    "Security forces attacked demonstrators in Khartoum on Thursday.",
    "Soldiers assaulted students protesting outside the university in Harare.",
    pytest.param("Police charged at demonstrators in Dhaka.",
                 marks=pytest.mark.xfail(strict=True, reason="'charged at' is no trigger: only "
                                         "the crowd noun is read, a peaceful protest")),
]


@pytest.mark.parametrize("text", INTERVENTIONS)
def test_force_on_a_crowd_is_an_intervention(pipeline: Any, text: str) -> None:
    (event,) = events_in(pipeline, text)
    assert event.sub_event_type == "Protest with intervention"
    assert event.actor1 is not None and event.actor1.actor.type == "state forces"
    assert event.actor2 is not None and event.actor2.actor.name.startswith("Protesters")


@pytest.mark.parametrize(("text", "sub"), FORCE_CONTROLS)
def test_force_short_of_firearms_or_on_no_crowd(pipeline: Any, text: str, sub: str) -> None:
    assert {e.sub_event_type for e in events_in(pipeline, text)} == {sub}


# first pass: 0 of 3
FLIGHT = [
    "Residents fled as militants torched a church in the village of Kamboinse.",
    "Villagers fled their homes after fighters set fire to houses in the village of Mbau.",
    "Hundreds of families fled Kalehe after gunmen burned their houses.",
]
# first pass: 1 of 1
FLIGHT_CONTROLS = [
    "Thousands of residents have fled the district since January, aid agencies said.",
]


@pytest.mark.parametrize("text", FLIGHT)
def test_flight_from_an_act_told_with_it_is_no_event_of_its_own(pipeline: Any,
                                                                text: str) -> None:
    subs = [e.sub_event_type for e in events_in(pipeline, text)]
    assert subs == ["Looting/property destruction"]


@pytest.mark.parametrize("text", FLIGHT_CONTROLS)
def test_a_displacement_told_alone_stays_other(pipeline: Any, text: str) -> None:
    assert [e.sub_event_type for e in events_in(pipeline, text)] == ["Other"]


# first pass: 1 of 3
PLACES = [
    "Israeli soldiers shot dead a Palestinian gunman near Jenin on Tuesday.",
    "Israeli soldiers killed two Palestinians in clashes near Jenin.",
    "A Palestinian was shot dead by Israeli troops in Jenin on Monday.",
]


@pytest.mark.parametrize("text", PLACES)
def test_jenin_with_israeli_forces_is_in_the_west_bank(pipeline: Any, text: str) -> None:
    (event,) = events_in(pipeline, text)
    assert event.location is not None and event.location.place.country == "PS"


# (text, status): an act told only inside an account is the account's, not the outlet's; run
# on 88a9f07 after the rule was written: 2 of 4 passed (the two unnamed accounts were asserted)
ACCOUNT_STATUS = [
    ("The story of police beating protesters in Lagos has spread widely online.",
     "unconfirmed"),
    ("Reports of troops shelling the village of Binnish emerged on Tuesday.", "unconfirmed"),
    # whose account it is reports it
    ("The army's account of rebels shelling the town of Gao was published on Monday.",
     "reported"),
    # control: the act told by the outlet itself
    ("Troops shelled the village of Binnish on Tuesday.", "asserted"),
]


@pytest.mark.parametrize(("text", "status"), ACCOUNT_STATUS)
def test_an_act_told_only_in_an_account_rests_on_it(pipeline: Any, text: str,
                                                    status: str) -> None:
    (event,) = events_in(pipeline, text)
    assert event.status == status
