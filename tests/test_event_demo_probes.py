"""Demo probes (evdemo): the wrong events a new user meets first in the bundled demo corpus.

Classes seen in ``sitrep extract examples/corpus``, probed with sitrep's own sentences (wire
style, other names and wording than the demo's): moving goods or the wounded is no troop
movement; a killing or shelling told as what a crowd protests is not the protest's trigger; a
bare count of the dead ("between five and 30 people") is no actor; forces attacking positions
with no weapon named fight an armed clash, even when a shelling is told in the next sentence; a
ministry of defence said to have done a violent deed stands for its state's forces.

The probes of the first six groups (21) were written before any was run: 11 passed first (the
protested deed of three of four, the bare toll of one of three, the single-sentence attack on
positions, the counted civilians, one of two troop moves, three of four goods moved). The
rules of this round made 8 more pass; 3 are strict xfails with their reasons. The last four
probes were written after the rules, to pin what they do.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from sitrep.model import Article, Event
from stages import xfail


def events_in(pipeline: Any, text: str) -> tuple[Event, ...]:
    return pipeline.analyze(Article(text=text, origin="test", published=date(2023, 5, 17))).events


def triggers(pipeline: Any, text: str) -> dict[str, str]:
    """Each event's trigger text (lower case) -> its sub-event type."""
    return {e.trigger.text.lower(): e.sub_event_type for e in events_in(pipeline, text)}


# goods, casualties or supplies being moved: no force moves, no event of its own
MOVING_GOODS = [
    ("Local officials said a drone hit two lorries that were moving fuel towards the crossing "
     "at Tessal on Sunday.", "moving"),
    ("Volunteers were moving the injured to a clinic in Orlo when the shelling resumed, a "
     "nurse said.", "moving"),
    pytest.param("According to the police, the smugglers had been moving ammunition and "
                 "medical supplies across the river at night.", "moving",
                 marks=xfail("a main-clause move of weapons is a change to group/activity "
                             "(the codebook probes: 'the rebels moved heavy weapons into "
                             "Kalehe'); who moves them, smugglers and not an armed group, "
                             "is not read")),
    ("The aid agency said it moved 40 tonnes of food into the besieged district on Thursday.",
     "moved"),
]


@pytest.mark.parametrize(("text", "word"), MOVING_GOODS)
def test_moving_goods_is_no_troop_movement(pipeline: Any, text: str, word: str) -> None:
    assert triggers(pipeline, text).get(word) != "Change to group/activity"


# controls: forces that move are a change to group/activity
MOVING_FORCES = [
    "The army moved two armoured brigades to the border with Kestia on Friday, officials said.",
    "Rebel commanders said they had moved hundreds of fighters into the hills above Dobra.",
]


@pytest.mark.parametrize("text", MOVING_FORCES)
def test_moving_forces_is_a_change(pipeline: Any, text: str) -> None:
    assert "Change to group/activity" in triggers(pipeline, text).values()


# the deed a crowd protests is the protest's topic, never its trigger
PROTESTED_DEEDS = [
    ("Hundreds of students rallied in Darbo on Sunday against the massacre in Kelim, chanting "
     "slogans against the army.", "massacre", "rallied"),
    ("Mortar shells hit a market in Sela on Monday, killing eight people. On Wednesday, "
     "thousands of residents marched in the town against the shelling.", "shelling", "marched"),
    ("Relatives of the victims demonstrated outside the governor's office in Ruvi on Friday to "
     "denounce the killing of six farmers.", "killing", "demonstrated"),
    ("Mourners held up pictures of the victims of last week's massacre as they marched through "
     "the centre of Hama.", "massacre", "marched"),
]


@pytest.mark.parametrize(("text", "deed", "protest"), PROTESTED_DEEDS)
def test_protested_deed_is_not_the_protest(pipeline: Any, text: str, deed: str,
                                           protest: str) -> None:
    found = triggers(pipeline, text)
    assert found.get(deed) not in {"Peaceful protest", "Protest with intervention"}
    assert found.get(protest) == "Peaceful protest"


def test_protested_shelling_told_before_is_no_second_event(pipeline: Any) -> None:
    text = PROTESTED_DEEDS[1][0]
    found = triggers(pipeline, text)
    assert "shelling" not in found
    assert found.get("shells") == "Shelling/artillery/missile attack" or found.get(
        "hit") == "Shelling/artillery/missile attack"


# a count of the dead names no actor
COUNTS = [
    "An air strike on a market in Hobra killed between five and 30 people on Friday, according "
    "to conflicting reports.",
    "A car bomb killed as many as 15 people in the town of Tarsa on Sunday, officials said.",
    "The shelling of Ulma killed somewhere between four and a dozen people overnight.",
]


@pytest.mark.parametrize("text", COUNTS)
def test_a_count_is_no_actor(pipeline: Any, text: str) -> None:
    for event in events_in(pipeline, text):
        if event.actor2 is not None and event.actor2.span is not None:
            assert not any(c.isdigit() for c in event.actor2.span.text), event.actor2
            assert "between" not in event.actor2.span.text


def test_counted_civilians_stay_civilians(pipeline: Any) -> None:
    text = "An air strike on a market in Hobra killed at least 12 civilians on Friday."
    kinds = {e.actor2.actor.type for e in events_in(pipeline, text) if e.actor2 is not None}
    assert kinds == {"civilians"}


# attacking positions with no weapon named is a fight, whatever the next sentence shells
POSITIONS = [
    "Insurgents attacked army positions on the outskirts of Malir overnight, the military said.",
    "The offensive started in April, when the Liberation Brigade attacked police posts around "
    "Kessa. On Monday, residents of Kessa protested against the shelling of their district.",
    pytest.param("The fighting began when rebels attacked government positions near the "
                 "airport. Artillery shelling of the old city followed two days later.",
                 marks=xfail("the later shelling no longer types 'attacked' (event_window: "
                             "a neighbour telling another time lends no weapon), so 'attacked' "
                             "is an armed clash like 'fighting' of its sentence and the "
                             "sentence's one clash is told by 'fighting', not 'attacked'")),
]


@pytest.mark.parametrize("text", POSITIONS)
def test_attacking_positions_is_a_clash(pipeline: Any, text: str) -> None:
    assert triggers(pipeline, text).get("attacked") == "Armed clash"


# a ministry of defence said to have struck stands for its state's forces
MINISTRIES = [
    ("The Defence Ministry has denied bombing a school in Kassala, in eastern Sudan, on "
     "Tuesday.", "military forces of sudan"),
    ("In northern Mali, the Ministry of Defence said it had struck a militant camp near Gao "
     "on Saturday.", "military forces of mali"),
]


@pytest.mark.parametrize(("text", "forces"), MINISTRIES)
def test_defence_ministry_stands_for_the_forces(pipeline: Any, text: str, forces: str) -> None:
    names = {e.actor1.actor.name.lower() for e in events_in(pipeline, text)
             if e.actor1 is not None}
    assert forces in names


# a town named as a distance's reference point is not "the town" taken
@pytest.mark.parametrize(("text", "word", "town"), [
    # passes since the places stage reads "X, about 60 km west of Y" as placing X
    # (place_cues._located_from) and a town GeoNames counts no people in near another place
    ("The battle for Tal Afar, about 60 km west of Mosul, lasted more than a week. Iraqi "
     "forces said on Sunday that they had retaken the town.", "retaken", "Tal Afar"),
    # written after the rule (event_territory.referred_place), with the demo's structure
    ("The fighting for Kobani, some 30 km east of Jarabulus, has lasted for weeks. Kurdish "
     "fighters said on Monday that they had recaptured the town.", "recaptured", "Kobani"),
])
def test_the_town_retaken_is_the_one_fought_for(pipeline: Any, text: str, word: str,
                                                town: str) -> None:
    taken = [e for e in events_in(pipeline, text) if e.trigger.text == word]
    assert taken and taken[0].location is not None and taken[0].location.span is not None
    assert taken[0].location.span.text == town


# written after the rules: whom a protest addresses is not whom the deed it protests hit, nor
# the toll of that deed; a crowd remembering a dated killing does not make it a protest
def test_protest_against_a_shelling_names_no_place_as_target(pipeline: Any) -> None:
    text = ("In Baidoa, some 20 km north of Dinsoor, hundreds of people rallied on Friday "
            "against Tuesday's shelling of Berdale, in which at least six civilians were killed.")
    found = events_in(pipeline, text)
    protests = [e for e in found if e.sub_event_type == "Peaceful protest"]
    assert protests and protests[0].actor2 is None and protests[0].fatalities is None
    # told nowhere else, the shelling stays an event of its own, with its toll
    shelling = [e for e in found if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert shelling and shelling[0].fatalities == 6


def test_protest_against_a_killing_by_police_addresses_the_police(pipeline: Any) -> None:
    text = ("Students marched through Kisumu on Monday against the killing of a classmate by "
            "police.")
    protests = [e for e in events_in(pipeline, text) if e.sub_event_type == "Peaceful protest"]
    assert protests and protests[0].actor2 is not None
    assert protests[0].actor2.actor.name == "Police Forces of Kenya"


def test_a_remembered_massacre_in_a_protest_is_no_event(pipeline: Any) -> None:
    text = ("Thousands marched through Hama on Friday. Demonstrators carried pictures of the "
            "victims of Sunday's massacre and chanted against the governor.")
    assert "massacre" not in triggers(pipeline, text)


# written after the rule (event_struck_places.ROUTES): where a road leads is not the place a
# strike hit
def test_the_end_of_a_road_is_not_the_target(pipeline: Any) -> None:
    text = "A drone struck a lorry on the highway to Gao on Friday, witnesses said."
    found = events_in(pipeline, text)
    assert found and all(e.actor2 is None or "Gao" not in (e.actor2.span.text if e.actor2.span
                                                          else "") for e in found)


# written after the rule (event_actors._generic): a place described by a clause that names
# fighters ("which rebels have held") is not those fighters
def test_a_place_held_by_fighters_is_not_the_fighters(pipeline: Any) -> None:
    text = ("Government artillery resumed its bombardment of the Hama countryside, which rebels "
            "of the Free Hills Brigade have held since May.")
    found = events_in(pipeline, text)
    assert found and all(e.actor2 is None or e.actor2.span is None
                         or "countryside" not in e.actor2.span.text for e in found)


# written after the rule (events.NO_TOLL): a toll told beside a strategic development is another
# event's ("… were killed, adding that engineers were clearing mines")
def test_a_toll_is_not_given_to_mine_clearing(pipeline: Any) -> None:
    text = ("Fifteen militants were killed, the army said, adding that its engineers were "
            "clearing mines from the roads around Kadugli.")
    cleared = [e for e in events_in(pipeline, text)
               if e.sub_event_type == "Disrupted weapons use"]
    assert cleared and cleared[0].fatalities is None
