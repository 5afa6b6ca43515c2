"""The event stage on short texts written for the tests, through the real pipeline."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from sitrep.extract.events import main_event
from sitrep.extract.fatalities import count_fatalities
from sitrep.model import Article, Event


def events(pipeline: Any, text: str, published: date = date(2021, 6, 10)) -> tuple[Event, ...]:
    analysis = pipeline.analyze(Article(text=text, origin="test", published=published))
    for ev in analysis.events:
        assert text[ev.trigger.start:ev.trigger.end] == ev.trigger.text
        assert text[ev.sentence.start:ev.sentence.end] == ev.sentence.text
    return analysis.events


def main_sub_type(pipeline: Any, text: str) -> str | None:
    main = main_event(events(pipeline, text))
    return main.sub_event_type if main else None


def test_passive_voice_puts_the_agent_first(pipeline: Any) -> None:
    (ev,) = events(pipeline, "Two Iraqi soldiers were killed when their post in Kirkuk was "
                             "shelled by Islamic State militants on Tuesday.")
    assert ev.sub_event_type == "Shelling/artillery/missile attack"
    assert ev.actor1 and ev.actor1.actor.name.startswith("Islamic State")
    assert ev.fatalities == 2
    assert (ev.date, ev.time_precision) == (date(2021, 6, 8), 1)
    assert ev.location and ev.location.place.name == "Kirkuk"


@pytest.mark.parametrize("text", [
    "The army will attack the town next week.",
    "Damascus hopes to recapture Idlib by the end of the year.",
    "If the militia continues to shell the villages, Russia would strike its positions.",
    "Government forces did not attack the protesters.",
    "The ministry threatened to bomb rebel positions.",
])
def test_irrealis_mentions_are_not_events(pipeline: Any, text: str) -> None:
    assert events(pipeline, text) == ()


def test_an_air_force_makes_a_generic_attack_an_air_strike(pipeline: Any) -> None:
    (ev,) = events(pipeline, "Russian warplanes targeted rebel positions near Idlib on Monday.")
    assert ev.sub_event_type == "Air/drone strike"
    assert ev.event_type == "Explosions/Remote violence"
    assert ev.actor1 and ev.actor1.actor.name == "Military Forces of Russia"
    assert ev.cameo and ev.plover


def test_civilian_victims_are_actor2(pipeline: Any) -> None:
    (ev,) = events(pipeline, "Artillery shells hit a market in Aleppo on Sunday, killing at "
                             "least 12 civilians.")
    assert ev.actor2 and ev.actor2.actor.type == "civilians"
    assert ev.fatalities == 12


def test_repelled_attack_reverses_the_roles(pipeline: Any) -> None:
    (ev,) = events(pipeline, "Iraqi forces repelled an attack by Islamic State fighters on "
                             "a checkpoint in Mosul.")
    assert ev.sub_event_type == "Armed clash"
    assert ev.actor1 and ev.actor1.actor.name.startswith("Islamic State")
    assert ev.actor2 and ev.actor2.actor.name == "Military Forces of Iraq"


def test_territory_changes_need_a_named_place(pipeline: Any) -> None:
    assert events(pipeline, "The army said it had regained control of 80 percent of the "
                            "country's territory.") == ()
    (ev,) = events(pipeline, "Syrian government forces recaptured the town of Saraqib on Thursday.")
    assert ev.sub_event_type == "Government regains territory"
    assert ev.location and ev.location.place.name == "Saraqib"


def test_a_toll_goes_to_one_event_only(pipeline: Any) -> None:
    evs = events(pipeline, "Hundreds of people protested in Basra on Friday against the "
                           "shelling that killed nine people in the city.")
    assert sorted(e.fatalities or 0 for e in evs) == [0, 9]
    shelling = next(e for e in evs if e.sub_event_type.startswith("Shelling"))
    assert shelling.fatalities == 9


def test_event_status_follows_its_claim(pipeline: Any) -> None:
    text = ("Activists reported that regime helicopters dropped barrel bombs on Daraa on "
            "Monday. The government denied the reports.")
    (ev,) = events(pipeline, text)
    assert ev.status in {"reported", "denied"}
    assert ev.claim is not None
    unconfirmed = events(pipeline, "Rebels shelled Hama on Monday, according to reports that "
                                   "could not be independently verified.")
    assert unconfirmed and unconfirmed[0].status == "unconfirmed"


def test_habitual_present_in_a_quote_is_not_an_event(pipeline: Any) -> None:
    text = "“They attack us with rockets every night,” a resident of Idlib told reporters."
    assert all(e.sub_event_type != "Armed clash" for e in events(pipeline, text))


@pytest.mark.parametrize(("text", "count"), [
    ("At least 12 people were killed in the strike.", 12),
    ("The attack killed six civilians.", 6),
    ("Dozens of fighters were killed.", 12),
    ("The death toll rose to 40.", 40),
    ("Five people were wounded.", None),
    ("The army shelled the town in 2017.", None),
    ("A soldier was killed by a sniper.", 1),
])
def test_fatality_counts(text: str, count: int | None) -> None:
    found = count_fatalities(text)
    assert (found.count if found else None) == count


def test_a_present_tense_told_by_a_speaker_is_a_habit_not_an_event(pipeline: Any) -> None:
    # a general statement in reported speech names no event an analyst could date
    assert events(pipeline, "The ministry said that the claims were invented and that the army "
                            "targets only militant positions.") == ()
    assert events(pipeline, "Officials insist the air force strikes only military targets.") == ()
    # the past, and what is going on as it is told, stay events
    assert events(pipeline, "The army said it shelled rebel positions near Hama on Monday.")
    assert events(pipeline, "Activists say government forces are shelling the town.")


def test_kinds_of_events_are_not_events(pipeline: Any) -> None:
    text = ("A researcher who studies attacks on hospitals said the militants used the school "
            "as a base for attacks on the army.")
    assert events(pipeline, text) == ()


def test_an_event_denied_by_its_teller_is_denied(pipeline: Any) -> None:
    (ev,) = events(pipeline, "The Defence Ministry has denied shelling residential areas of "
                             "Sarmin on Monday.")
    assert ev.status == "denied"


def test_a_noun_trigger_takes_the_actors_of_the_verb_it_is_the_means_of(pipeline: Any) -> None:
    (ev,) = events(pipeline, "Kurdish militants wounded four Turkish soldiers in a bomb attack "
                             "near Cizre on Monday.")
    assert ev.trigger.text == "attack"
    assert ev.actor1 and ev.actor1.span and ev.actor1.span.text == "Kurdish militants"
    assert ev.actor2 and ev.actor2.actor.name == "Military Forces of Turkey"


def test_a_light_verb_gives_its_subject_to_the_noun_it_carries(pipeline: Any) -> None:
    main = main_event(events(pipeline, "Sudanese troops launched an offensive against rebel "
                                       "positions near Kadugli on Sunday."))
    assert main is not None
    assert main.actor1 and main.actor1.actor.name == "Military Forces of Sudan"


def test_a_verb_continuing_a_clause_shares_its_subject(pipeline: Any) -> None:
    found = events(pipeline, "Egyptian police opened fire on the crowd in Giza, wounding two "
                             "men and arresting nine others.")
    arrests = next(e for e in found if e.sub_event_type == "Arrests")
    assert arrests.actor1 and arrests.actor1.actor.name == "Police Forces of Egypt"


@pytest.mark.parametrize(("text", "crowd", "who"), [
    ("Hundreds of students marched through central Khartoum on Friday.", "Protesters (Sudan)",
     "Hundreds of students"),
    ("Prisoners rioted at the central jail in Kandahar on Monday, setting fire to mattresses.",
     "Rioters (Afghanistan)", "Prisoners"),
])
def test_the_people_who_demonstrate_are_protesters_or_rioters(pipeline: Any, text: str,
                                                               crowd: str, who: str) -> None:
    main = main_event(events(pipeline, text))
    assert main is not None
    assert main.actor1 and main.actor1.actor.name == crowd
    assert main.actor1.span and main.actor1.span.text == who


def test_the_speaker_of_a_report_is_not_the_militants_it_reports_killed(pipeline: Any) -> None:
    found = events(pipeline, "Fighting broke out near Saraqib on Tuesday. The army said that "
                             "more than 30 militants had been killed in the fighting.")
    for ev in found:
        assert not (ev.actor2 and ev.actor2.actor.name == "Military Forces of Syria"), ev


@pytest.mark.parametrize(("text", "sub_type"), [
    ("Dozens of teachers began a hunger strike outside the ministry in Tunis on Monday.",
     "Peaceful protest"),
    ("Dock workers went on strike in Mombasa on Wednesday over unpaid wages.", "Peaceful protest"),
    # ACLED counts road-blocking among the acts of a violent demonstration
    ("Farmers blocked the main highway into Lahore on Tuesday to demand higher crop prices.",
     "Violent demonstration"),
])
def test_strikes_and_road_blockades_by_civilians_are_demonstrations(pipeline: Any, text: str,
                                                                     sub_type: str) -> None:
    assert main_sub_type(pipeline, text) == sub_type


def test_troops_blocking_a_road_do_not_protest(pipeline: Any) -> None:
    found = events(pipeline, "Israeli troops blocked the road into Jenin on Tuesday.")
    assert all(e.sub_event_type != "Peaceful protest" for e in found)


@pytest.mark.parametrize("text", [
    "Three workers were injured when a furnace exploded at a steel mill near Pune on Friday.",
    "A fuel tanker exploded on the highway outside Kano, killing four people.",
])
def test_industrial_explosions_are_not_acled_events(pipeline: Any, text: str) -> None:
    assert events(pipeline, text) == ()


@pytest.mark.parametrize(("text", "sub_type"), [
    ("Aerial bombardments on rebel positions near Maarat al-Numan killed six fighters on Sunday.",
     "Air/drone strike"),
    ("Thousands marched through Lyon on Saturday and some smashed shop windows.",
     "Violent demonstration"),
])
def test_how_it_was_done_decides_the_sub_type(pipeline: Any, text: str, sub_type: str) -> None:
    assert main_sub_type(pipeline, text) == sub_type


@pytest.mark.parametrize(("text", "sub_type"), [
    # a bystander killed in a battle does not make the battle an attack on civilians
    ("During a gunfight between soldiers and rebels near Beni, one civilian was killed.",
     "Armed clash"),
    # no organised armed group: villagers fighting each other are a mob
    ("Two men died after villagers clashed with machetes over grazing land near Jos.",
     "Mob violence"),
])
def test_who_fights_decides_between_battle_and_mob(pipeline: Any, text: str,
                                                   sub_type: str) -> None:
    assert main_sub_type(pipeline, text) == sub_type


@pytest.mark.parametrize(("text", "sub_type"), [
    ("Hundreds rallied in Kampala on Sunday to mourn the students killed last month.",
     "Peaceful protest"),
    ("Marches demanding justice for three pupils killed in a bus accident were held across "
     "Nairobi on Friday.", "Peaceful protest"),
    ("Soldiers dispersed a sit-in outside the ministry in Khartoum with live bullets on Monday.",
     "Excessive force against protesters"),
    ("Rebel fighters took control of the town of Saraqib on Tuesday after the withdrawal of "
     "government troops.", "Non-violent transfer of territory"),
])
def test_context_chooses_among_related_sub_types(pipeline: Any, text: str, sub_type: str) -> None:
    assert main_sub_type(pipeline, text) == sub_type


def test_a_month_is_not_a_march(pipeline: Any) -> None:
    found = events(pipeline, "The report covers the siege of Homs in March 2014.")
    assert all(e.sub_event_type != "Peaceful protest" for e in found)


@pytest.mark.parametrize(("text", "sub_type"), [
    ("Three farmers were hacked to death by gunmen near Bokkos on Sunday.", "Attack"),
    ("Militants fired rockets at an army post outside Kandahar on Monday.",
     "Shelling/artillery/missile attack"),
    ("Police took into custody eleven opposition activists in Harare on Friday.", "Arrests"),
    ("The two militias signed an agreement to stop fighting around Tripoli on Saturday.",
     "Agreement"),
])
def test_codebook_vocabulary(pipeline: Any, text: str, sub_type: str) -> None:
    assert main_sub_type(pipeline, text) == sub_type


def test_his_is_a_person_not_the_armed_group_named_before(pipeline: Any) -> None:
    found = events(pipeline, "Kurdish fighters held the ridge north of Raqqa. A Russian general "
                             "died on Monday after his position was shelled by IS militants.")
    shelled = next(e for e in found if e.trigger.text == "shelled")
    assert shelled.actor1 and shelled.actor1.actor.name.startswith("Islamic State")
    # the general's position ("his", the subject of the clause it explains: round 4 reads a
    # passive subject's owner as an object's), not the Kurdish fighters'
    assert shelled.actor2 is not None and shelled.actor2.span is not None
    assert shelled.actor2.span.text == "Russian general", shelled.actor2


def test_an_attempted_attack_is_an_event_and_a_planned_attempt_is_not(pipeline: Any) -> None:
    assert main_sub_type(pipeline, "Gunmen tried to assassinate the governor of Kirkuk on "
                                   "Monday.") == "Attack"
    assert events(pipeline, "The army will try to retake Mosul next month.") == ()


def test_an_invasion_is_a_battle(pipeline: Any) -> None:
    assert main_sub_type(pipeline, "Turkish troops invaded northern Iraq on Tuesday.") == (
        "Armed clash")


def test_a_ceasefire_is_a_retreat_and_a_signed_deal_an_agreement_in_plover(
        pipeline: Any) -> None:
    (truce,) = [e for e in events(pipeline, "The two militias declared a ceasefire in the town "
                                            "of Gao on Sunday after a week of fighting.")
                if e.sub_event_type == "Agreement"]
    assert truce.plover and truce.plover.startswith("RETREAT:ceasefire")
    deal = main_event(events(pipeline, "The rebels and the government signed a peace "
                                       "agreement in Juba on Monday."))
    assert deal is not None and deal.plover and deal.plover.startswith("AGREE")


def test_burning_property_is_coercion_in_plover(pipeline: Any) -> None:
    main = main_event(events(pipeline, "Settlers torched houses in the village of Burin on "
                                       "Tuesday night."))
    assert main is not None and main.sub_event_type == "Looting/property destruction"
    assert main.plover and main.plover.startswith("COERCE")


@pytest.mark.parametrize(("text", "target"), [
    ("Security forces fired on the students near the campus.", "students"),
    ("A roadside bomb killed two local officials near the town on Friday.", "officials"),
    ("Gunmen tried to assassinate Governor Ali Musa in an ambush near his home.", "Ali Musa"),
])
def test_actor2_is_whoever_is_acted_on_even_when_not_in_the_dictionary(
        pipeline: Any, text: str, target: str) -> None:
    main = main_event(events(pipeline, text))
    assert main is not None and main.actor2 is not None
    assert target in (main.actor2.span.text if main.actor2.span else "")


# -- who is acted on, read from the structure around the trigger (sentences written for the tests)

def _main(pipeline: Any, text: str) -> Event:
    main = main_event(events(pipeline, text))
    assert main is not None
    return main


def test_the_object_of_a_noun_trigger_is_acted_on(pipeline: Any) -> None:
    ev = _main(pipeline, "Turkey launched an invasion of Kuwait on Friday.")
    assert ev.actor1 and ev.actor1.actor.name == "Military Forces of Turkey"
    assert ev.actor2 and ev.actor2.span and ev.actor2.span.text == "Kuwait"


def test_a_person_hit_is_named_with_the_group_they_lead(pipeline: Any) -> None:
    ev = _main(pipeline, "Gunmen killed the leader of a local vigilance committee in Kano on "
                         "Sunday.")
    assert ev.actor2 and ev.actor2.actor.name == "leader of a local vigilance committee"


def test_the_owner_of_burned_property_is_acted_on(pipeline: Any) -> None:
    ev = _main(pipeline, "Government troops burned Rohingya houses in the village.")
    assert ev.actor2 and ev.actor2.actor.name == "Rohingya"


def test_a_peoples_adjective_on_a_strike_names_its_states_forces(pipeline: Any) -> None:
    ev = _main(pipeline, "Recent Turkish drone strikes have killed several PKK commanders.")
    assert ev.actor1 and ev.actor1.actor.name == "Military Forces of Turkey"
    assert ev.actor2 and ev.actor2.actor.name.startswith("PKK")


def test_a_peoples_adjective_on_a_riot_names_the_crowd(pipeline: Any) -> None:
    ev = _main(pipeline, "Kenyan riots erupted in Nairobi on Monday after the vote.")
    assert ev.actor1 and ev.actor1.actor.type == "rioters"


@pytest.mark.parametrize(("text", "addressee"), [
    ("Thousands of farmers marched through the capital on Monday to demand the resignation "
     "of Prime Minister Jane Doe.", "Prime Minister Jane Doe"),
    ("Hundreds of students rallied in Lagos calling for independence from Nigeria.",
     "Government of Nigeria"),
    ("Taxi drivers protested in Athens against the transport minister.", "transport minister"),
])
def test_a_demonstration_is_aimed_at_whom_it_makes_demands_of(
        pipeline: Any, text: str, addressee: str) -> None:
    ev = _main(pipeline, text)
    assert ev.event_type == "Protests"
    assert ev.actor2 and ev.actor2.actor.name == addressee


def test_an_arrest_with_no_agent_is_by_the_local_police(pipeline: Any) -> None:
    ev = _main(pipeline, "A journalist was detained in Baghdad on Monday.")
    assert ev.sub_event_type == "Arrests"
    assert ev.actor1 and ev.actor1.actor.name == "Police Forces of Iraq"
    assert ev.actor1.span is None  # the text names nobody
    assert ev.actor2 and ev.actor2.actor.name == "journalist"


@pytest.mark.parametrize(("text", "one", "other"), [
    ("Clashes between police and farmers left three dead in the north.", "police", "farmers"),
    ("Rebel fighters clashed with Syrian troops near Idlib on Tuesday.", "Rebel fighters",
     "Syrian troops"),
])
def test_who_fights_with_whom(pipeline: Any, text: str, one: str, other: str) -> None:
    ev = _main(pipeline, text)
    assert ev.actor1 and ev.actor1.span and ev.actor1.span.text == one
    assert ev.actor2 and ev.actor2.span and ev.actor2.span.text == other


def test_who_fought_before_taking_a_town_fought(pipeline: Any) -> None:
    ev = _main(pipeline, "Kurdish-led forces captured a hill town after heavy fighting with "
                         "Islamic State militants.")
    assert ev.trigger.text == "fighting"
    assert ev.actor1 and ev.actor1.span and ev.actor1.span.text == "Kurdish-led forces"
    assert ev.actor2 and ev.actor2.actor.name.startswith("Islamic State")


def test_a_named_person_who_kills_is_actor1(pipeline: Any) -> None:
    ev = _main(pipeline, "John Smith killed two guards at the prison on Monday.")
    assert ev.actor1 and ev.actor1.actor.name == "John Smith"


def test_a_by_phrase_of_the_demand_clause_is_not_who_demonstrates(pipeline: Any) -> None:
    ev = _main(pipeline, "Tens of thousands of nurses throughout Kenya staged mass "
                         "demonstrations on Saturday to demand pay rises by President Jane "
                         "Doe's government.")
    assert ev.actor1 and ev.actor1.actor.name == "Protesters (Kenya)"  # "staged", lemma "stag"
    assert ev.actor2 and ev.actor2.actor.name == "President Jane Doe"


def test_a_toll_told_with_an_arrest_belongs_to_the_shooting(pipeline: Any) -> None:
    evs = events(pipeline, "Police opened fire on the crowd in Harare, killing one and "
                           "arresting 12.")
    main = main_event(evs)
    assert main and main.trigger.text == "opened fire" and main.fatalities == 1
    assert all(e.fatalities is None for e in evs if e.sub_event_type == "Arrests")


def test_an_armed_group_nobody_names_is_acleds_unidentified_armed_group(pipeline: Any) -> None:
    main = main_event(events(pipeline, "Insurgents attacked a village in Cabo Delgado, killing "
                                       "five civilians."))
    assert main and main.actor1 and main.actor1.actor.name.startswith("Unidentified Armed Group")


def test_people_named_by_occupation_who_march_are_protesters(pipeline: Any) -> None:
    main = main_event(events(pipeline, "Farmers marched through Nairobi to demand better prices."))
    assert main and main.sub_event_type == "Peaceful protest"
    assert main.actor1 and main.actor1.actor.name == "Protesters (Kenya)"
    assert main.actor1.span and main.actor1.span.text == "Farmers"


def test_generic_actors_take_the_country_the_event_happened_in(pipeline: Any) -> None:
    (ev,) = events(pipeline, "Russian shelling killed three civilians in Kharkiv on Monday.")
    assert ev.actor1 and ev.actor1.actor.name == "Military Forces of Russia"
    assert ev.location and ev.location.place.country == "UA"
    assert ev.actor2 and ev.actor2.actor.name == "Civilians (Ukraine)"
    assert ev.actor2.span and ev.actor2.span.text == "civilians"


def test_a_repelled_attack_is_the_defenders_clash(pipeline: Any) -> None:
    found = events(pipeline, "Government troops repelled a militant attack on the village of "
                             "Kafr Nabl in Idlib province on Monday.")
    assert [e.sub_event_type for e in found] == ["Armed clash"]
    (ev,) = found
    assert ev.actor1 and ev.actor1.actor.type != "state forces"  # the attackers
    assert ev.actor2 and ev.actor2.actor.type == "state forces"  # the defenders
