"""Context cues and verb+object frames that decide an event's ACLED sub-type.

Behavioural tests run sentences written for these tests through the real pipeline; the unit
tests at the end pin the rule functions of :mod:`sitrep.extract.event_rules` directly.
"""

from __future__ import annotations

from typing import Any

import pytest

from sitrep.extract import event_rules
from sitrep.extract.event_rules import (
    GOV_REGAINS,
    NON_STATE_OVERTAKES,
    cue_kinds,
    object_of,
    overriding_sub_type,
    peaceful_transfer,
    protest_sub_type,
    territory_by_actor,
)
from sitrep.extract.events import main_event
from sitrep.knowledge import read_table
from sitrep.model import Actor, Article, Event

NVTT = "Non-violent transfer of territory"


def events(pipeline: Any, text: str) -> tuple[Event, ...]:
    """The events of ``text``, with their trigger and sentence spans checked against it."""
    analysis = pipeline.analyze(Article(text=text, origin="test"))
    for ev in analysis.events:
        assert text[ev.trigger.start:ev.trigger.end] == ev.trigger.text
        assert text[ev.sentence.start:ev.sentence.end] == ev.sentence.text
    return analysis.events


def sub_types(pipeline: Any, text: str) -> list[str]:
    return [ev.sub_event_type for ev in events(pipeline, text)]


# --- overriding cues: chemical agents, suicide bombers, sexual violence -------------------------


@pytest.mark.parametrize("text", [
    "Rebels fired shells carrying chlorine at a village near Hama on Sunday.",
    "Government forces used sarin against civilians in a town near Damascus.",
    "The militia used mustard gas against Kurdish fighters near Aleppo.",
])
def test_a_chemical_agent_overrides_the_delivery(pipeline: Any, text: str) -> None:
    """Shells or an unspecified use: a chemical agent makes the event a chemical weapon."""
    assert sub_types(pipeline, text) == ["Chemical weapon"]


@pytest.mark.parametrize("text", [
    "Soldiers fired tear gas at protesters in Khartoum.",
    "Police fired tear gas at a crowd in Nairobi on Tuesday.",
])
def test_tear_gas_is_not_a_chemical_weapon(pipeline: Any, text: str) -> None:
    """Riot-control gas never makes a chemical-weapon event."""
    assert "Chemical weapon" not in sub_types(pipeline, text)


def test_tear_gas_on_protesters_is_an_intervention(pipeline: Any) -> None:
    (ev,) = events(pipeline, "Soldiers fired tear gas at protesters in Khartoum.")
    assert ev.sub_event_type == "Protest with intervention"
    assert ev.actor2 and ev.actor2.actor.type == "protesters"


def test_a_suicide_bomber_overrides_the_attack(pipeline: Any) -> None:
    (ev,) = events(pipeline, "A suicide bomber blew himself up at a checkpoint in Kabul on "
                             "Tuesday, killing four soldiers.")
    assert ev.sub_event_type == "Suicide bomb"
    assert ev.fatalities == 5  # the four soldiers and the bomber (evleft: ACLED counts every
    # reported death of the event, the attacker's too)
    assert ev.location and ev.location.place.name == "Kabul"


@pytest.mark.parametrize("text", [
    "Militiamen attacked the village and raped several women in Darfur.",
    "Gunmen raped a woman and killed her brother in a village near Goma.",
    "Militiamen raped women and shot villagers during an attack on a village near Goma.",
])
def test_sexual_violence_wins_over_the_attack_told_with_it(pipeline: Any, text: str) -> None:
    """Rape told together with other violence: one event, coded as sexual violence."""
    assert sub_types(pipeline, text) == ["Sexual violence"]


def test_raped_alone_is_sexual_violence(pipeline: Any) -> None:
    assert sub_types(pipeline, "Soldiers raped two women in a village near Goma.") == [
        "Sexual violence"]


# --- the protest family ------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("Thousands of people marched peacefully through Beirut on Saturday to demand reforms.",
     "Peaceful protest"),
    ("Hundreds of students rallied peacefully in Nairobi on Thursday.", "Peaceful protest"),
    ("Police dispersed a protest with tear gas and water cannon in Khartoum.",
     "Protest with intervention"),
    ("Police used tear gas and water cannon to disperse a rally in Khartoum on Monday.",
     "Protest with intervention"),
    ("Security forces opened fire on peaceful demonstrators in Baghdad, killing five people.",
     "Excessive force against protesters"),
    ("Protesters threw stones at police during a rally in Algiers on Friday.",
     "Violent demonstration"),
    ("Demonstrators blocked roads with burning tyres during a protest in Port-au-Prince.",
     "Violent demonstration"),
    ("Protesters clashed with police in Tunis on Monday.", "Violent demonstration"),
])
def test_protest_cues_choose_the_demonstration_sub_type(pipeline: Any, text: str,
                                                        expected: str) -> None:
    assert sub_types(pipeline, text) == [expected]


def test_lethal_force_on_protesters_carries_the_toll(pipeline: Any) -> None:
    (ev,) = events(pipeline, "Security forces opened fire on peaceful demonstrators in "
                             "Baghdad, killing five people.")
    assert ev.actor1 and ev.actor1.actor.type == "state forces"
    assert ev.actor2 and ev.actor2.actor.type == "protesters"
    assert ev.fatalities == 5


@pytest.mark.parametrize("text", [
    "Hundreds of people protested in Algiers and threw stones at police.",
    "Angry residents protested in Port-au-Prince, blocking roads with burning tyres.",
])
def test_a_protest_verb_with_violence_is_a_violent_demonstration(pipeline: Any,
                                                                 text: str) -> None:
    assert sub_types(pipeline, text) == ["Violent demonstration"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Police dispersed the protesters with tear gas and water cannon in Khartoum.",
     "Protest with intervention"),
    ("Protesters threw stones at police in Algiers on Friday.", "Violent demonstration"),
])
def test_a_demonstration_told_by_its_actors(pipeline: Any, text: str, expected: str) -> None:
    assert sub_types(pipeline, text) == [expected]


# --- verb + object frames ----------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("Police seized rifles and ammunition during a search in Kirkuk on Monday.",
     "Disrupted weapons use"),
    ("An arms cache was discovered in a house in Mosul.", "Disrupted weapons use"),
    ("Troops seized a total of 40 rifles in a raid near Kirkuk.", "Disrupted weapons use"),
    ("Turkish forces set up an observation post near Idlib on Wednesday.",
     "Headquarters or base established"),
    ("The army set up a new base near Kirkuk.", "Headquarters or base established"),
    ("The two sides exchanged prisoners in Aden on Sunday.", "Agreement"),
    ("The Houthis released 20 prisoners in Sanaa on Sunday.", "Agreement"),
    ("Militiamen looted shops in Bangui on Saturday.", "Looting/property destruction"),
])
def test_a_verb_and_its_object_name_the_sub_type(pipeline: Any, text: str,
                                                 expected: str) -> None:
    assert sub_types(pipeline, text) == [expected]


def test_a_partitive_object_stands_for_its_of_object(pipeline: Any) -> None:
    """'a total of 40 rifles': the object that counts is 'rifles', not 'total'."""
    doc = pipeline.nlp("Troops seized a total of 40 rifles in a raid near Kirkuk.")
    verb = next(t for t in doc if t.lower_ == "seized")
    obj = object_of(verb)
    assert obj is not None and obj.lower_ == "rifles"


def test_a_base_frame_keeps_its_actor_and_place(pipeline: Any) -> None:
    (ev,) = events(pipeline, "Turkish forces set up an observation post near Idlib on Wednesday.")
    assert ev.actor1 and ev.actor1.actor.name == "Military Forces of Turkey"
    assert ev.location and ev.location.place.name == "Idlib"


# --- territory: who takes it, and whether anyone fought --------------------------------------


@pytest.mark.parametrize(("text", "expected", "place"), [
    ("Syrian government forces recaptured the town of Saraqib on Thursday.", GOV_REGAINS,
     "Saraqib"),
    # a state force "captures": the verb says non-state, the actor says government
    ("Iraqi troops captured the town of Ramadi on Sunday.", GOV_REGAINS, "Ramadi"),
    ("Islamic State militants captured the town of Ramadi on Sunday.", NON_STATE_OVERTAKES,
     "Ramadi"),
    ("Taliban fighters captured the city of Kunduz on Monday.", NON_STATE_OVERTAKES, "Kunduz"),
])
def test_who_takes_a_place_decides_the_territory_sub_type(pipeline: Any, text: str,
                                                          expected: str, place: str) -> None:
    (ev,) = events(pipeline, text)
    assert ev.sub_event_type == expected
    assert ev.location and ev.location.place.name == place


@pytest.mark.parametrize("text", [
    "Kurdish forces withdrew from Kirkuk without a fight on Monday.",
    "Taliban fighters captured the city of Kunduz without a fight on Monday.",
    "Islamic State militants took control of Mosul without a fight.",
    "The army handed over Kirkuk to Kurdish forces.",
])
def test_territory_changing_hands_without_a_fight(pipeline: Any, text: str) -> None:
    assert sub_types(pipeline, text) == [NVTT]


def test_troops_pulling_out_is_a_non_violent_transfer(pipeline: Any) -> None:
    assert sub_types(pipeline, "Iraqi troops pulled out of Kirkuk on Monday.") == [NVTT]


# --- contexts outside ACLED --------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "A gas cylinder exploded at a factory in Lagos, killing three workers.",
    "Floods hit the province of Sindh, killing dozens of people.",
    "A magnitude 6 earthquake hit Van province on Sunday, killing 12 people.",
    "The European Union imposed sanctions targeting ten officials in Minsk.",
    "The new tax targets small businesses.",
])
def test_contexts_outside_acled_give_no_event(pipeline: Any, text: str) -> None:
    assert events(pipeline, text) == ()


def test_arresting_drug_smugglers_is_ordinary_crime(pipeline: Any) -> None:
    assert events(pipeline, "Police arrested three drug smugglers in Kabul on Monday.") == ()


def test_an_earthquake_striking_a_country_is_no_event(pipeline: Any) -> None:
    assert events(pipeline, "An earthquake struck eastern Turkey on Monday, killing 20 "
                            "people.") == ()


def test_a_road_accident_is_no_event(pipeline: Any) -> None:
    assert events(pipeline, "A bus plunged into a ravine in Nepal, killing 20 passengers.") == ()


# --- weak and outcome triggers -----------------------------------------------------------------


def test_a_weak_trigger_with_an_air_force_is_an_air_strike(pipeline: Any) -> None:
    (ev,) = events(pipeline, "Warplanes hit a convoy near Raqqa on Monday.")
    assert ev.sub_event_type == "Air/drone strike"
    assert ev.trigger.text == "hit"


def test_an_outcome_trigger_gives_way_to_its_cause(pipeline: Any) -> None:
    """'killed when … shelled': one shelling event carrying the toll, not a second attack."""
    (ev,) = events(pipeline, "Two soldiers were killed when their post was shelled by "
                             "militants.")
    assert ev.sub_event_type == "Shelling/artillery/missile attack"
    assert ev.trigger.text == "shelled"
    assert ev.fatalities == 2


# --- main_event --------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "background", "expected"), [
    ("Police arrested two activists in Cairo on Monday.\n\nLater that day, hundreds of people "
     "protested outside the court in Cairo.", "Arrests", "Peaceful protest"),
    ("Rebel commanders formed a new brigade in Idlib last month. On Monday, Russian warplanes "
     "bombed a market in Idlib, killing nine civilians.", "Change to group/activity",
     "Air/drone strike"),
])
def test_main_event_prefers_violence_over_background(pipeline: Any, text: str, background: str,
                                                     expected: str) -> None:
    evs = events(pipeline, text)
    assert [e.sub_event_type for e in evs] == [background, expected]
    main = main_event(evs)
    assert main is not None and main.sub_event_type == expected


def test_main_event_of_background_only_is_the_first(pipeline: Any) -> None:
    evs = events(pipeline, "Police arrested two activists in Cairo on Monday. The army set up "
                           "a new base near Kirkuk.")
    assert [e.sub_event_type for e in evs] == ["Arrests", "Headquarters or base established"]
    assert main_event(evs) == evs[0]
    assert main_event(()) is None


# --- unit: event_rules functions ---------------------------------------------------------------


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("stone-throwing protesters", {"protest_violent", "protest_actor"}, set()),
    ("Tear gas was fired", {"protest_intervention"}, {"chemical"}),
    ("shells filled with chlorine", {"chemical"}, set()),
    ("the suicide bombers struck", {"suicide"}, set()),
    ("rapeseed and grape harvests", set(), {"sexual"}),
    ("a fire at the factory", {"disaster"}, set()),
    ("new sanctions on Minsk", {"diplomacy"}, set()),
    ("the rebels pulled out without a fight", {"nonviolent"}, set()),
])
def test_cue_kinds(text: str, present: set[str], absent: set[str]) -> None:
    """Cues match whole words or prefixes ('protester*'), case-insensitively."""
    kinds = cue_kinds(text)
    assert present <= kinds
    assert not absent & kinds


@pytest.mark.parametrize(("kinds", "expected"), [
    ({"protest_violent", "protest_lethal", "protest_intervention"}, "Violent demonstration"),
    ({"protest_lethal", "protest_intervention"}, "Excessive force against protesters"),
    ({"protest_intervention", "protest_actor"}, "Protest with intervention"),
    ({"protest_actor"}, "Peaceful protest"),
    (set(), "Peaceful protest"),
])
def test_protest_sub_type_most_serious_first(kinds: set[str], expected: str) -> None:
    assert protest_sub_type(frozenset(kinds)) == expected


@pytest.mark.parametrize(("sub", "kinds", "expected"), [
    ("Shelling/artillery/missile attack", {"chemical"}, "Chemical weapon"),
    ("Air/drone strike", {"chemical", "suicide"}, "Chemical weapon"),
    ("Remote explosive/landmine/IED", {"suicide"}, "Suicide bomb"),
    ("Attack", {"suicide", "sexual"}, "Suicide bomb"),
    ("Attack", {"sexual"}, "Sexual violence"),
    ("Armed clash", {"sexual"}, "Sexual violence"),
    ("Air/drone strike", {"sexual"}, "Air/drone strike"),
    ("Arrests", {"chemical", "suicide", "sexual"}, "Arrests"),
    ("Peaceful protest", {"chemical"}, "Peaceful protest"),
    ("Attack", set(), "Attack"),
])
def test_overriding_sub_type(sub: str, kinds: set[str], expected: str) -> None:
    """Chemical beats suicide beats sexual; only violent sub-types are overridden."""
    assert overriding_sub_type(sub, frozenset(kinds)) == expected


ARMY = Actor("Military Forces of Iraq", "state forces", country="Iraq", inter=1)
IS = Actor("Islamic State (Iraq)", "rebel group", country="Iraq", inter=2)
MILITIA = Actor("Some Ethnic Militia", "identity militia", country="Iraq", inter=4)
CIVILIANS = Actor("Civilians (Iraq)", "civilians", country="Iraq", inter=7)


@pytest.mark.parametrize(("sub", "actor", "expected"), [
    (NON_STATE_OVERTAKES, ARMY, GOV_REGAINS),
    (GOV_REGAINS, ARMY, GOV_REGAINS),
    (GOV_REGAINS, IS, NON_STATE_OVERTAKES),
    (NON_STATE_OVERTAKES, MILITIA, NON_STATE_OVERTAKES),
    (GOV_REGAINS, CIVILIANS, GOV_REGAINS),  # neither side: the verb's reading stands
    (GOV_REGAINS, None, GOV_REGAINS),
    ("Armed clash", ARMY, "Armed clash"),
    (NVTT, IS, NVTT),
])
def test_territory_by_actor(sub: str, actor: Actor | None, expected: str) -> None:
    assert territory_by_actor(sub, actor) == expected


@pytest.mark.parametrize(("sub", "kinds", "expected"), [
    (GOV_REGAINS, {"nonviolent"}, NVTT),
    (NON_STATE_OVERTAKES, {"nonviolent", "protest_actor"}, NVTT),
    (NON_STATE_OVERTAKES, set(), NON_STATE_OVERTAKES),
    ("Armed clash", {"nonviolent"}, "Armed clash"),
])
def test_peaceful_transfer(sub: str, kinds: set[str], expected: str) -> None:
    assert peaceful_transfer(sub, frozenset(kinds)) == expected


# --- issue 3: demonstrations told over a paragraph, riot police, strategic developments --------


def test_riot_police_do_not_make_a_protest_violent() -> None:
    """"Riot police" names who intervenes: it is masked, the dispersal is what counts."""
    kinds = cue_kinds("Riot police in anti-riot gear dispersed the marchers with batons.")
    assert "protest_violent" not in kinds
    assert "protest_intervention" in kinds
    assert "protest_violent" in cue_kinds("The rioters smashed shop windows.")


def test_how_a_demonstration_ended_later_in_its_paragraph_decides_its_sub_type(
        pipeline: Any) -> None:
    text = ("Several hundred teachers marched through the centre of Lusaka on Friday to demand "
            "unpaid wages. They gathered outside the education ministry and sang songs. "
            "Later in the afternoon officers detained eleven of the marchers and broke up "
            "the crowd.")
    main = main_event(events(pipeline, text))
    assert main is not None and main.sub_event_type == "Protest with intervention"


@pytest.mark.parametrize(("text", "expected"), [
    ("Army officers staged a coup in the capital on Monday.",
     "Other"),
    ("Investigators found a mass grave holding forty bodies near the village of Korla.",
     "Other"),
    ("Six military aircraft entered the airspace of its neighbour on Sunday, the defence "
     "ministry said.", "Change to group/activity"),
    ("The navy and the army held joint exercises off the southern coast this week.",
     "Change to group/activity"),
    ("The government mobilised thousands of reservists along the northern border.",
     "Change to group/activity"),
])
def test_strategic_developments_from_the_codebook(pipeline: Any, text: str,
                                                  expected: str) -> None:
    main = main_event(events(pipeline, text))
    assert main is not None and main.sub_event_type == expected


def test_an_attack_on_a_military_base_is_a_clash(pipeline: Any) -> None:
    """ACLED codes an armed group's attack on armed forces' positions as an armed clash."""
    text = "Gunmen attacked a market and an army base in the north of the province on Monday."
    main = main_event(events(pipeline, text))
    assert main is not None and main.sub_event_type == "Armed clash"


def test_an_unnamed_group_takes_territory_by_the_words_that_name_it() -> None:
    assert territory_by_actor(GOV_REGAINS, Actor("tribal militia fighters", "unknown")) == (
        NON_STATE_OVERTAKES)
    assert territory_by_actor(NON_STATE_OVERTAKES, Actor("border troops", "unknown")) == (
        GOV_REGAINS)
    assert territory_by_actor(GOV_REGAINS, Actor("the newcomers", "unknown")) == GOV_REGAINS


@pytest.mark.parametrize("text", [
    "An angry mob beat a suspected thief to death at a bus stop in Kisumu on Saturday.",
    "Irate villagers set fire to the house of a man accused of witchcraft near Tamale.",
])
def test_a_crowd_acting_on_its_own_is_mob_violence(pipeline: Any, text: str) -> None:
    main = main_event(events(pipeline, text))
    assert main is not None and main.sub_event_type == "Mob violence"


def test_an_incursion_without_fighting_is_a_change_of_activity(pipeline: Any) -> None:
    text = "Two patrol boats made an incursion into the disputed waters near Kaldor on Monday."
    main = main_event(events(pipeline, text))
    assert main is not None and main.sub_event_type == "Change to group/activity"


def _every_pattern(text: str) -> frozenset[str]:
    """cue_kinds without its word pass: every kind's pattern run over the text."""
    patterns = event_rules._cue_patterns()
    text = patterns["mask"].sub(lambda m: " " * len(m.group()), text)
    halted = event_rules.HALTED_MARCH.search(text) is not None
    text = event_rules.HALTED_MARCH.sub(lambda m: " " * len(m.group()), text)
    return frozenset(k for k, p in patterns.items() if k != "mask" and p.search(text)) | (
        {"protest_intervention", "protest_actor"} if halted else frozenset())


def test_the_word_pass_skips_no_kind_a_pattern_finds() -> None:
    """cue_kinds runs only the patterns of kinds whose cue words the text holds: the same
    kinds as running them all, on every cue of event_cues.tsv in the forms text gives it."""
    texts = []
    for row in read_table("event_cues.tsv"):
        cue = row["match"]
        for form in (cue.replace("*", "ing"), cue.replace("*", ""), cue.upper().replace("*", "S")):
            texts += [form, f"The {form}.", f"x-{form}", f"({form})", f"{form}'s",
                      f"Rebels said the {form} near Idlib had stopped."]
    texts += ["police blocked the march", "Riot police fired tear gas", "", "  ", "—"]
    differ = [t for t in texts if event_rules.cue_kinds.__wrapped__(t) != _every_pattern(t)]
    assert differ == [] and len(texts) > 3000
