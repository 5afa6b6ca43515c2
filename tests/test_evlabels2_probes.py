"""Probes: ACLED conventions behind misses of the rules on sitrep's labelled snippets (evlabels2).

Written for this round; the sentences are ours, none is taken from event_examples.tsv or any
corpus. Each probe states the ACLED Codebook convention it checks (acled_taxonomy.tsv).
"""

from __future__ import annotations

from typing import Any

import pytest

from sitrep.extract.events import main_event
from stages import events_in, main_in

NO_EVENT = [
    # a road or rail accident that kills is no political violence (a disaster context)
    "Two lorries collided on the coastal highway near Sfax, killing nine people.",
    "A minibus overturned on a bend outside Mbeya, killing 12 passengers.",
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_accidents_are_not_events(pipeline: Any, text: str) -> None:
    assert main_event(events_in(pipeline, text)) is None


CODED = [
    # Chemical weapon: chemical agents used as weapons, whatever the delivery
    ("Government jets dropped bombs filled with toxic chemicals on the rebel-held village.",
     "Chemical weapon"),
    ("Artillery fired shells loaded with an asphyxiating gas at the militia's trenches.",
     "Chemical weapon"),
    # Change to group/activity: a group forms
    ("A coalition of armed factions in the north announced its formation on Tuesday.",
     "Change to group/activity"),
    ("Militia leaders announced the formation of a new brigade in Tripoli.",
     "Change to group/activity"),
    # Headquarters or base established
    ("The army set up a command centre in the border town of Kousseri.",
     "Headquarters or base established"),
    # Sexual violence is coded as such when other violence is told with it
    ("Gunmen abducted two girls from a farm and raped them, relatives said.",
     "Sexual violence"),
]


@pytest.mark.parametrize(("text", "sub_type"), CODED)
def test_codebook_sub_types(pipeline: Any, text: str, sub_type: str) -> None:
    assert main_in(pipeline, text).sub_event_type == sub_type


TERRITORY = [
    # a past told under "X said" is an event even when the tagger reads its irregular form as a
    # present ("retook" tagged VBP); the codebook's territorial sub-types are battles won
    ("Rebel fighters retook the market town of Kanyabayonga after a battle with the army, a "
     "local chief said.", "Non-state actor overtakes territory"),
    # "the town of X" names a place whatever the NER took X for
    ("Government troops drove the insurgents out of the town of Mbalimbala and restored "
     "control, an officer said.", "Government regains territory"),
]


@pytest.mark.parametrize(("text", "sub_type"), TERRITORY)
def test_territory_changes(pipeline: Any, text: str, sub_type: str) -> None:
    assert main_in(pipeline, text).sub_event_type == sub_type


def test_a_force_disbanded_is_a_change_to_group(pipeline: Any) -> None:
    # Change to group/activity: a group's make-up changes (it forms, merges, is disbanded)
    text = "The presidential guard units were disbanded and merged into the regular army."
    assert main_in(pipeline, text).sub_event_type == "Change to group/activity"


def test_a_present_habit_under_said_stays_no_event(pipeline: Any) -> None:
    # the habit rule stays for true presents: "the army targets only terrorist positions"
    text = "The ministry said the army targets only terrorist positions."
    assert main_event(events_in(pipeline, text)) is None


MOBS = [
    # Mob violence: a disorganised crowd attacks people, as in lynchings
    "An angry crowd burned a suspected cattle thief alive in a village near Kisumu.",
    "Residents set upon two suspected robbers in a market in Onitsha and beat them badly.",
]


@pytest.mark.parametrize("text", MOBS)
def test_crowds_that_lynch_are_mob_violence(pipeline: Any, text: str) -> None:
    assert main_in(pipeline, text).sub_event_type == "Mob violence"


AGREEMENTS = [
    # Agreement: conflict actors agree to a prisoner exchange, a withdrawal, a ceasefire
    "The army and the rebels agreed to swap 300 prisoners at talks in Addis Ababa.",
    "The militia agreed to withdraw from the oil fields under a deal brokered by tribal elders.",
    "The two sides agreed to a three-day pause in fighting to let aid in, mediators said.",
]


@pytest.mark.parametrize("text", AGREEMENTS)
def test_agreed_exchanges_withdrawals_and_pauses(pipeline: Any, text: str) -> None:
    assert main_in(pipeline, text).sub_event_type == "Agreement"


def test_burning_tyres_is_no_killing(pipeline: Any) -> None:
    # "burn" names a killing only with its victim dying ("alive", "to death")
    text = "Protesters burned tyres on the main road into Conakry."
    assert main_in(pipeline, text).sub_event_type != "Attack"


NOT_POLITICAL = [
    # ordinary crime is no political violence: a killing in a family, an arrest for embezzlement
    "A farmer killed his brother in a domestic dispute over land in Gulu, police said.",
    "A county treasurer was arrested for embezzling public funds in Nakuru.",
]


@pytest.mark.parametrize("text", NOT_POLITICAL)
def test_ordinary_crime_is_no_event(pipeline: Any, text: str) -> None:
    assert main_event(events_in(pipeline, text)) is None


def test_a_curfew_after_a_protest_over_election_fraud_stays(pipeline: Any) -> None:
    # election fraud is a political grievance, not ordinary crime
    text = ("Authorities imposed a curfew in the town of Siirt after a demonstration over fraud "
            "allegations in the local elections.")
    assert {e.sub_event_type for e in events_in(pipeline, text)} & {"Other", "Peaceful protest"}


DROPPED = [
    # a weapon dropped is an attack the weapon names, as one launched (event_frames.tsv)
    ("Helicopters dropped bombs on a rebel camp outside Damazin, the rebels said.",
     "Air/drone strike"),
    ("A drone dropped two grenades on an army trench near Bakhmut.", "Grenade"),
    # an air force's aircraft named by their model are the strike's instrument
    ("Two Su-25s struck a militia convoy on the road to Tessalit.", "Air/drone strike"),
]


@pytest.mark.parametrize(("text", "sub_type"), DROPPED)
def test_dropped_weapons_and_aircraft_models(pipeline: Any, text: str, sub_type: str) -> None:
    assert main_in(pipeline, text).sub_event_type == sub_type


def test_dropped_charges_are_no_event(pipeline: Any) -> None:
    text = "The prosecutor dropped the charges against the opposition leader."
    assert main_event(events_in(pipeline, text)) is None


def test_rival_supporters_fighting_each_other_are_a_mob(pipeline: Any) -> None:
    # Mob violence: communal clashes between rioters, with no demonstration told
    text = "Rival supporters of two parties fought with clubs and stones in Mombasa, injuring 12."
    assert main_in(pipeline, text).sub_event_type == "Mob violence"


def test_supporters_who_fight_police_at_a_rally_riot(pipeline: Any) -> None:
    # a demonstration told: a violent demonstration, as before
    text = ("Supporters of the opposition leader fought with police at a rally in Mombasa, "
            "injuring 12.")
    assert main_in(pipeline, text).sub_event_type == "Violent demonstration"
