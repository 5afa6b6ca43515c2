"""Probes (evfix3, issue 3): items the round left, decided by the ACLED Codebook.

sitrep's own sentences. A state force backed by a militia acts, the backer is an associated
actor; a people's adjective with an aircraft model is that state's air force; Mexican cartel
violence is political violence (cartels as armed groups), their smuggling ordinary crime; a
violent act told with a troop movement in one sentence is the snippet's event; a town whose
shelling is denied is treated as a town shelled.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from sitrep.extract.event_main import main_event
from sitrep.model import Article, Event
from stages import xfail


def events_of(pipeline: Any, text: str) -> tuple[Event, ...]:
    return pipeline.analyze(Article(text=text, origin="test", published=date(2023, 5, 17))).events


def only(pipeline: Any, text: str, sub: str) -> Event:
    found = [e for e in events_of(pipeline, text) if e.sub_event_type == sub]
    assert len(found) == 1, [(e.trigger.text, e.sub_event_type) for e in events_of(pipeline, text)]
    return found[0]


def name(event: Event, role: str) -> str | None:
    mention = getattr(event, role)
    return mention.actor.name if mention is not None else None


# --- 1. a backed force acts; an adjective and an aircraft model name a state's air force ---

BACKED = [
    "Government forces backed by clan militia retook the town of Baidoa on Monday.",
    "Somali troops backed by local clan militias recaptured the town of Baidoa on Monday.",
]


@pytest.mark.parametrize("text", BACKED)
def test_backed_state_force_regains(pipeline: Any, text: str) -> None:
    event = only(pipeline, text, "Government regains territory")
    assert name(event, "actor1") == "Military Forces of Somalia"
    assert [a.actor.name for a in event.assoc_actors] == ["Unidentified Clan Militia (Somalia)"]


def test_backer_named_is_associated(pipeline: Any) -> None:
    text = ("Iraqi troops, supported by Turkish artillery, attacked Kurdish fighters near Zakho "
            "on Monday.")
    event = next(e for e in events_of(pipeline, text) if e.actor1 is not None)
    assert name(event, "actor1") == "Military Forces of Iraq"
    assert "Military Forces of Turkey" in [a.actor.name for a in event.assoc_actors]


def test_retaking_from_a_group_stays_the_government_s(pipeline: Any) -> None:
    """"Retook … from al-Shabaab": a retaking is the government's own ground back, whatever
    country a place read in the group's name lies in."""
    text = "Somali government forces retook the town of Bulo Burde from al-Shabaab on Monday."
    event = only(pipeline, text, "Government regains territory")
    assert name(event, "actor1") == "Military Forces of Somalia"


AIRCRAFT = [
    ("Iraqi F-16s bombed Islamic State positions near Mosul on Tuesday.",
     "Military Forces of Iraq"),
    ("Iraqi F-16 jets bombed Islamic State positions near Mosul on Tuesday.",
     "Military Forces of Iraq"),
    ("Russian Su-25s struck rebel positions near Idlib on Monday.", "Military Forces of Russia"),
]


@pytest.mark.parametrize(("text", "force"), AIRCRAFT)
def test_adjective_and_aircraft_model_is_the_state_s_military(pipeline: Any, text: str,
                                                               force: str) -> None:
    event = only(pipeline, text, "Air/drone strike")
    assert name(event, "actor1") == force


# --- 2. cartel violence is political violence; their trade is crime ----------------------

CARTEL_VIOLENCE = [
    ("Cartel gunmen clashed with soldiers in Culiacan on Sunday.", "Armed clash"),
    ("Soldiers killed 12 cartel gunmen in a shootout in Reynosa on Saturday.", "Armed clash"),
    ("Cartel members clashed with the National Guard in Fresnillo on Saturday.", "Armed clash"),
]


@pytest.mark.parametrize(("text", "sub"), CARTEL_VIOLENCE)
def test_cartel_violence_is_coded(pipeline: Any, text: str, sub: str) -> None:
    assert sub in {e.sub_event_type for e in events_of(pipeline, text)}


CARTEL_CRIME = [
    "Police seized two tonnes of cocaine from a cartel in Sinaloa on Friday.",
    "A former cartel accountant was charged with money laundering in Mexico City on Friday.",
]


@pytest.mark.parametrize("text", CARTEL_CRIME)
def test_cartel_trade_is_ordinary_crime(pipeline: Any, text: str) -> None:
    assert not events_of(pipeline, text)


# --- 3. the violence told with a movement is the snippet's event -------------------------

WITH_A_MOVE = [
    "Ground troops moved into Khan Younis on Monday as Israeli air strikes pounded the city.",
    "Ground troops moved into Khan Younis on Monday while warplanes struck the city.",
    "Israeli ground troops moved into Khan Younis and warplanes bombed the city on Monday.",
]


@xfail("main_event's lead-sentence rule (a move told first is the news when nothing later is "
       "dated after it) still picks the move; ranking a remote strike told beside the move in "
       "the lead sentence first fixed these but lowered CASE weighted F1 on the held-out odd "
       "half (0.8180 -> 0.8091), so it was reverted")
@pytest.mark.parametrize("text", WITH_A_MOVE)
def test_violence_over_movement(pipeline: Any, text: str) -> None:
    main = main_event(events_of(pipeline, text))
    assert main is not None and main.sub_event_type == "Air/drone strike"


def test_move_after_violence_stays_the_move(pipeline: Any) -> None:
    """Control: "deployed after clashes" tells the clashes as background (event_main)."""
    text = "Troops were deployed to Kafr Nabl on Monday after clashes last week."
    main = main_event(events_of(pipeline, text))
    assert main is not None and main.sub_event_type == "Change to group/activity"


# --- 4. a town whose shelling is denied is a town shelled ----------------------------------

def test_denied_shelling_treats_the_town_as_a_town_shelled(pipeline: Any) -> None:
    told = only(pipeline, "The army shelled the town of Kafr Nabl on Monday.",
                "Shelling/artillery/missile attack")
    denied = only(pipeline, "The army denied shelling Kafr Nabl on Monday.",
                  "Shelling/artillery/missile attack")
    assert denied.status == "denied"
    assert name(denied, "actor1") == name(told, "actor1") == "Military Forces of Syria"
    assert name(denied, "actor2") == name(told, "actor2")
    assert denied.location is not None and told.location is not None
    assert denied.location.place.name == told.location.place.name
