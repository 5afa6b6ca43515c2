"""Events told as accusations, and generic fighting (evaccuse, issue 3), each pinned with controls.

Illustrative: every sentence is sitrep's own writing (invented events, real towns), never a
CASE 2021 or PLOVER row nor a paraphrase of one. The 19 probes above a group's "controls" line
failed on the branch's base d6e96b0; the 12 controls passed there and must not change.

- An accusation that names a specific act ("accused the army of shelling residential areas in
  the north of El Fasher") reports that act, coded to the accused as ACLED codes an alleged
  attack to whom it is attributed, the accuser kept as the claim's source: status reported, or
  unconfirmed when the text says it could not be verified or no one is named making it, never
  asserted (``event_accused.accused_of``); so does blame for a gerund ("blamed the RSF for
  shelling the market") and an indefinite act noun ("of an attack on a market", "of carrying
  out an air strike"). Blame laid for a deed told by a definite noun ("blamed the RSF for the
  strike", "for the shelling of the market") stays no event: the deed is told where it is
  reported (CASE 2021's attribution class, PLOVER's DISAPPROVE); so does conduct with no act
  ("accused the army of attacking civilians"), a negated accusation and a prosecutor's charge.
- Two deeds in one sentence are two events: a denied targeting keeps its own words (no weapon
  of the act accused beside it types it, ``event_accused.blank_accusations``), and whom the next
  verb accuses is not acted on by it (``event_acted_on.actor_after``); an accused act of the
  same sub-type as a deed told beside it is an event of its own (``events.extract_events``).
- "The fighting" that people fled or were displaced by names the war, not a clash of a day
  between sides (``event_accused.fled_fighting``); those who fled a clash told with its day are
  no side of it (``event_accused.fled_fight``). The displacement itself stays the project's
  "Other" (``acled_taxonomy.tsv``: mass displacement; pinned by earlier rounds' probes in
  test_event_codebook.py, test_evcodebook_probes.py and test_event_analyst_probes.py): with the
  frames of flight and displacement left out (``event_frames.tsv``: displace, flee, abandon and
  desert home) CASE 2021 fell (weighted F1 0.9064 -> 0.8988, macro 0.8843 -> 0.8663; the held-out
  odd half 0.8584 -> 0.8431), so its gold codes such displacement as "Other" too.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from sitrep.model import Article, Event
from stages import events_in

SHELLING = "Shelling/artillery/missile attack"
AIR = "Air/drone strike"

# (sentence, sub-type, actor1 name, status) of the one event of the sentence
ACCUSED = [
    ("An RSF spokesman accused the army of shelling residential areas in the north of "
     "El Fasher.", SHELLING, "Military Forces of Sudan", "reported"),
    ("An RSF spokesman accused the army of shelling residential areas in the north of "
     "El Fasher, a claim that could not be independently verified.", SHELLING,
     "Military Forces of Sudan", "unconfirmed"),
    ("Kyiv accused Russia of bombing a maternity hospital in Mariupol on Wednesday.", AIR,
     "Military Forces of Russia", "reported"),
    ("The army was accused of shelling the town of Kadugli on Monday.", SHELLING,
     "Military Forces of Sudan", "unconfirmed"),
    ("Human Rights Watch accused police of detaining 30 activists in Harare last week.",
     "Arrests", "Police Forces of Zimbabwe", "reported"),
    ("The Houthis accused Saudi jets of bombing a market in Saada, killing 12 people.", AIR,
     "Military Forces of Saudi Arabia", "reported"),
    # the other forms of an accused act: a perfect gerund, blame for a gerund, a light verb's
    # act noun, an indefinite act noun
    ("The RSF accused the army of having shelled a camp in El Fasher on Monday.", SHELLING,
     "Military Forces of Sudan", "reported"),
    ("The army blamed the RSF for shelling the market in El Fasher.", SHELLING,
     "RSF: Rapid Support Forces", "reported"),
    ("The RSF accused the army of carrying out an air strike on a market in Omdurman.", AIR,
     "Military Forces of Sudan", "reported"),
    ("The army accused the RSF of an attack on a market in El Fasher.", "Attack",
     "RSF: Rapid Support Forces", "reported"),
]


def _one(events: tuple[Event, ...]) -> Event:
    assert len(events) == 1, [(e.sub_event_type, e.trigger.text) for e in events]
    return events[0]


@pytest.mark.parametrize(("text", "sub_type", "actor1", "status"), ACCUSED,
                         ids=[t[:48] for t, *_ in ACCUSED])
def test_an_act_accused_is_reported_and_coded_to_the_accused(
        pipeline: Any, text: str, sub_type: str, actor1: str, status: str) -> None:
    event = _one(events_in(pipeline, text))
    assert event.sub_event_type == sub_type
    assert event.actor1 is not None and event.actor1.actor.name == actor1
    assert event.status == status


def test_an_accused_act_keeps_its_toll_and_victims(pipeline: Any) -> None:
    event = _one(events_in(pipeline, "The Houthis accused Saudi jets of bombing a market in "
                                     "Saada, killing 12 people."))
    assert (event.trigger.text, event.sub_event_type, event.fatalities) == ("bombing", AIR, 12)
    assert event.actor2 is not None and event.actor2.actor.type == "civilians"


# controls (no event on d6e96b0 either): accusations that tell no act, as the accusation rule
# is narrowed to leave them, and blame laid for a deed named by a noun
NO_EVENT = [
    "Rebels accused the army of attacking civilians.",
    "The opposition did not accuse the army of shelling the town.",
    "Prosecutors accused him of bombing the embassy in Nairobi in 1998.",
    "The Sudanese army blamed the RSF for the strike.",
    "The army blamed the RSF for the shelling of the market in El Fasher.",
    "The RSF accused the army of carrying out the attack.",
    "Local leaders held the militia responsible for the attack on the market.",
]


@pytest.mark.parametrize("text", NO_EVENT, ids=[t[:48] for t in NO_EVENT])
def test_blame_and_conduct_tell_no_event(pipeline: Any, text: str) -> None:
    assert [e.sub_event_type for e in events_in(pipeline, text)] == []


# (sentence, [(trigger, sub-type, actor1 name, actor2 name or None, status)] sorted by trigger)
GLUED = [
    ("An RSF spokesman denied that its fighters had targeted the market in El Fasher and "
     "accused the army of shelling residential areas.",
     [("shelling", SHELLING, "Military Forces of Sudan", None, "reported"),
      ("targeted", "Attack", "RSF: Rapid Support Forces", "Civilians (Sudan)", "denied")]),
    ("The militia denied that its fighters had shelled the market and accused the army of "
     "shelling residential areas in El Fasher.",
     [("shelled", SHELLING, "Unidentified Armed Group (Sudan)", None, "denied"),
      ("shelling", SHELLING, "Military Forces of Sudan", "El Fasher", "reported")]),
]


@pytest.mark.parametrize(("text", "events"), GLUED, ids=[t[:48] for t, _ in GLUED])
def test_a_denial_and_an_accusation_are_two_events(
        pipeline: Any, text: str, events: list[tuple[str, str, str, str | None, str]]) -> None:
    found = sorted((e.trigger.text, e.sub_event_type, e.actor1.actor.name if e.actor1 else None,
                    e.actor2.actor.name if e.actor2 else None, e.status)
                   for e in events_in(pipeline, text))
    assert found == events


def test_the_army_accused_is_not_hit_by_the_denied_targeting(pipeline: Any) -> None:
    text = ("An RSF spokesman denied that its fighters had targeted the market and accused the "
            "army of shelling residential areas.")
    targeting = next(e for e in events_in(pipeline, text) if e.trigger.text == "targeted")
    assert targeting.sub_event_type == "Attack"  # no weapon of its own: not the shelling's
    assert targeting.actor2 is None or targeting.actor2.actor.type != "state forces"
    assert targeting.status == "denied"


# a generic attack word still takes its own weapon, accused or told
OWN_WEAPON = [
    ("The army accused the RSF of targeting the market with mortars in El Fasher.", SHELLING),
    # controls
    ("Gunmen targeted the market with mortars in El Fasher.", SHELLING),
]


@pytest.mark.parametrize(("text", "sub_type"), OWN_WEAPON, ids=[t[:48] for t, _ in OWN_WEAPON])
def test_an_attack_word_keeps_its_own_weapon(pipeline: Any, text: str, sub_type: str) -> None:
    assert [e.sub_event_type for e in events_in(pipeline, text)] == [sub_type]


# (sentence, sorted sub-types of its events)
FLED = [
    ("More than 130,000 people had fled the fighting since May, the United Nations said.",
     ["Other"]),
    ("Residents fleeing the fighting crossed into Chad.", []),
    # controls: a displacement told alone, a fight with its sides or its day, one that drove
    # people out
    ("Thousands of families have been displaced by the fighting in North Kivu, aid agencies "
     "said.", ["Other"]),
    ("Fighting broke out between the army and the RSF in Omdurman on Monday.", ["Armed clash"]),
    ("Residents fled the clashes between the army and rebels in Goma on Monday.",
     ["Armed clash", "Other"]),
    ("Heavy fighting erupted in the town on Sunday, forcing thousands to flee.",
     ["Armed clash"]),
]


@pytest.mark.parametrize(("text", "sub_types"), FLED, ids=[t[:48] for t, _ in FLED])
def test_the_fighting_people_fled_is_the_war_not_a_clash(pipeline: Any, text: str,
                                                          sub_types: list[str]) -> None:
    assert sorted(e.sub_event_type for e in events_in(pipeline, text)) == sub_types


def test_those_who_fled_a_clash_are_no_side_of_it(pipeline: Any) -> None:
    """A clash of its own day that civilians fled: they are not acted on by it."""
    clash = next(e for e in events_in(pipeline, "Civilians fled Monday's fighting in Omdurman.")
                 if e.sub_event_type == "Armed clash")
    assert clash.actor2 is None


ARTICLE = """Shelling hits homes in El Fasher as RSF tightens its grip
By Staff reporter
Published: 2024-06-12

EL FASHER, Sudan, June 12 - An RSF spokesman said on Wednesday that its fighters had not \
attacked the camp and accused the army of shelling homes in the west of the city, a claim that \
could not be independently verified.

More than 40,000 people have fled the fighting since April, the United Nations said.
"""


def test_an_article_codes_the_accused_shelling_and_no_clash(pipeline: Any) -> None:
    analysis = pipeline.analyze(Article(text=ARTICLE, origin="test",
                                        published=date(2024, 6, 12)))
    found = {(e.trigger.text, e.sub_event_type) for e in analysis.events}
    assert ("shelling", SHELLING) in found
    assert not any(sub == "Armed clash" for _, sub in found)
    shelling = next(e for e in analysis.events if e.trigger.text == "shelling")
    assert shelling.actor1 is not None and shelling.actor1.actor.name == "Military Forces of Sudan"
    assert shelling.status == "unconfirmed"
