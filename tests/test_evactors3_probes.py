"""Who did it, in wire copy (evactors3, issue 3): joint forces, launches told inside an
interception, "it" after a speaking body. Each pinned with controls.

Illustrative: every sentence is sitrep's own writing (invented events, real places), never a
CASE 2021 or PLOVER row nor a paraphrase of one. Every probe above a group's "controls" line
failed on the branch's base c298841; the controls passed there and must not change. What was
decided, from ACLED's codebook (actor1 / assoc_actor_1, and the sub-event definitions kept in
``knowledge/acled_taxonomy.tsv``):

- peoples joined by 'and' before one force noun ("US and British warplanes", "Russian and
  Syrian jets", "Saudi and Emirati troops", "Russian and Syrian air strikes") tell a joint
  action: the first people's forces are actor1 (as before), the others' forces associated
  actors, ACLED's assoc_actor_1 (``event_allies``). Only before a noun of armed force or of
  its acts (``event_allies.FORCE_NOUNS``): "Kenyan and Somali civilians" are no state forces
  (on c298841 they were the Military Forces of Kenya);
- a weapon told launched as what an interception stopped ("shot down 24 of 31 drones launched
  by Russia", "missiles fired by the Houthis were intercepted") gives the interception only
  (Disrupted weapons use, the launcher its actor2); the participle is no Air/drone strike of its
  own (``event_launchers.intercepted_launch``). A launch told by its own verb ("Russia launched
  31 drones at Kyiv") or weapons that went on to hit ("drones launched by Russia hit Kyiv")
  stay strikes;
- "it" in "the coalition said it had destroyed …" is the speaker, a body of several forces
  (``event_actors.SPEAKING_BODIES``): not the armed group named in the sentence before. When the
  dictionary does not know which coalition, the event has no actor1 (a named one, "the
  Saudi-led coalition", is coded as before);
- kept, not changed: "Dozens were arrested in a crackdown in Minsk" codes "Police Forces of
  Belarus" as actor1 with no span (``events._arresting_police``). ACLED codes the arresting
  state force of an arrest when the report implies it (its Arrests sub-event is "state forces or
  others detain"; arrests with no arrester named are coded to the country's police), so the
  inferred actor stays, marked by its missing span as inferred rather than read.
"""

from __future__ import annotations

from typing import Any

import pytest

from sitrep.model import Article
from sitrep.outputs.acled_csv import acled_rows
from stages import WIRE_DATE, events_in, main_in, who

AIR = "Air/drone strike"
SHELLING = "Shelling/artillery/missile attack"
DISRUPTED = "Disrupted weapons use"
CLASH = "Armed clash"


def assoc(event: Any) -> list[str]:
    """The associated actors of ``event`` as :func:`stages.who` writes them."""
    return [who(m) for m in event.assoc_actors]


# (sentence, actor1 of the main event, its associated actors)
JOINT = [
    ("Hours later, US and British warplanes struck Houthi targets near the port city of "
     "Hodeidah.",
     "military forces of the united states [state forces] us and british warplanes",
     ["military forces of the united kingdom [state forces] british"]),
    ("Russian and Syrian jets bombed rebel positions in Idlib on Sunday.",
     "military forces of russia [state forces] russian and syrian jets",
     ["military forces of syria [state forces] syrian"]),
    ("Saudi and Emirati troops attacked Houthi fighters in Aden.",
     "military forces of saudi arabia [state forces] saudi and emirati troops",
     ["military forces of united arab emirates [state forces] emirati"]),
    ("French and British warplanes bombed Libyan positions near Sirte.",
     "military forces of france [state forces] french and british warplanes",
     ["military forces of the united kingdom [state forces] british"]),
    ("Russian and Syrian air strikes killed 12 civilians in Idlib.",
     "military forces of russia [state forces] russian",
     ["military forces of syria [state forces] syrian"]),
    ("Turkish and Azerbaijani troops held a joint exercise near Baku.",
     "military forces of turkey [state forces] turkish and azerbaijani troops",
     ["military forces of azerbaijan [state forces] azerbaijani"]),
    ("US, British and Canadian jets struck Houthi targets near Hodeidah.",
     "military forces of the united states [state forces] us, british and canadian jets",
     ["military forces of the united kingdom [state forces] british",
      "military forces of canada [state forces] canadian"]),
    ("US and South Korean troops held a joint exercise near Seoul.",
     "military forces of the united states [state forces] us and south korean troops",
     ["military forces of south korea [state forces] south korean"]),
    ("South Korean and US troops held a joint exercise near Seoul.",
     "military forces of south korea [state forces] south korean and us troops",
     ["military forces of the united states [state forces] us"]),
    # controls: one people; two forces joined as nouns (already associated); no force noun
    ("British warplanes struck Houthi targets near Hodeidah.",
     "military forces of the united kingdom [state forces] british warplanes", []),
    ("Russian jets and Syrian troops attacked rebels in Idlib.",
     "military forces of russia [state forces] russian jets",
     ["military forces of syria [state forces] syrian troops"]),
    ("US warplanes and British warships struck Houthi targets near Hodeidah.",
     "military forces of the united states [state forces] us warplanes",
     ["military forces of the united kingdom [state forces] british warships"]),
]


@pytest.mark.parametrize(("text", "actor1", "allies"), JOINT, ids=[t[:48] for t, _, _ in JOINT])
def test_peoples_joined_before_one_force_give_actor1_and_associated_actors(
        pipeline: Any, text: str, actor1: str, allies: list[str]) -> None:
    event = main_in(pipeline, text)
    assert who(event.actor1) == actor1
    assert assoc(event) == allies


def test_peoples_joined_before_civilians_are_no_state_forces(pipeline: Any) -> None:
    event = main_in(pipeline, "Kenyan and Somali civilians protested in Nairobi.")
    assert event.sub_event_type == "Peaceful protest"
    assert event.actor1 is not None
    assert event.actor1.actor.type != "state forces", who(event.actor1)
    assert assoc(event) == []


def test_joint_strike_reaches_the_acled_row(pipeline: Any) -> None:
    text = "Hours later, US and British warplanes struck Houthi targets near Hodeidah."
    analysis = pipeline.analyze(Article(text=text, origin="test", published=WIRE_DATE))
    rows = [r for r in acled_rows([analysis]) if r["sub_event_type"] == AIR]
    assert len(rows) == 1, rows
    assert rows[0]["actor1"] == "Military Forces of the United States"
    assert rows[0]["assoc_actor_1"] == "Military Forces of the United Kingdom"


# (sentence, the sub-types of all its events, sorted; actor2 of the main event)
INTERCEPTIONS = [
    ("Ukraine's Air Force said it had shot down 24 of 31 Shahed-type drones launched by Russia "
     "overnight.", [DISRUPTED], "military forces of russia [state forces] russia"),
    ("Air defences intercepted 12 missiles launched by Russia at Kyiv.", [DISRUPTED],
     "military forces of russia [state forces] russia"),
    ("Ten of the 15 missiles fired by the Houthis were intercepted over the Red Sea.",
     [DISRUPTED], "houthis / ansar allah [rebel group] houthis"),
    ("Israeli air defences shot down two drones launched by Hezbollah from Lebanon.",
     [DISRUPTED], "hezbollah [political militia] hezbollah"),
    # controls: a launch told by its own verb, weapons launched that went on to hit
    ("Russia launched 31 drones at Kyiv overnight.", [AIR], "-"),
    ("Ukraine shot down 20 drones, and Russia launched missiles at Odesa.",
     [DISRUPTED, SHELLING], None),
    ("Missiles fired by the Houthis struck a cargo ship in the Red Sea.", [SHELLING], None),
]


@pytest.mark.parametrize(("text", "sub_types", "actor2"), INTERCEPTIONS,
                         ids=[t[:48] for t, _, _ in INTERCEPTIONS])
def test_a_launch_told_inside_an_interception_is_no_strike_of_its_own(
        pipeline: Any, text: str, sub_types: list[str], actor2: str | None) -> None:
    assert sorted(e.sub_event_type for e in events_in(pipeline, text)) == sub_types
    if actor2 is not None:
        assert who(main_in(pipeline, text).actor2) == actor2


def test_drones_launched_that_hit_stay_a_strike_by_their_launcher(pipeline: Any) -> None:
    event = main_in(pipeline, "Drones launched by Russia hit Kyiv overnight, killing two.")
    assert event.sub_event_type == AIR
    assert who(event.actor1) == "military forces of russia [state forces] russia"


# (two sentences, the sub-type of the second's event, its actor1)
SPEAKERS = [
    ("The Houthis' al-Masirah TV said two people were killed. The coalition said it had "
     "destroyed two mobile missile launchers.", DISRUPTED, "-"),
    ("Houthi rebels fired missiles at Marib. The coalition said it had destroyed two "
     "launchers.", DISRUPTED, "-"),
    ("Houthi rebels fired missiles at Marib. The alliance said it had shot down three drones.",
     DISRUPTED, "-"),
    # controls: a named coalition; "the group" after an armed group is that group
    ("Houthi rebels fired missiles at Marib. The Saudi-led coalition said it had destroyed two "
     "launchers.", DISRUPTED,
     "military forces of saudi arabia [state forces] saudi-led coalition"),
    ("Houthi rebels fired missiles at Marib. The group said it had destroyed two tanks.",
     SHELLING, "houthis / ansar allah [rebel group] it"),
]


@pytest.mark.parametrize(("text", "sub_type", "actor1"), SPEAKERS,
                         ids=[t[-48:] for t, _, _ in SPEAKERS])
def test_it_after_a_speaking_body_is_the_speaker(
        pipeline: Any, text: str, sub_type: str, actor1: str) -> None:
    second = text.index(". ") + 2
    told = [e for e in events_in(pipeline, text) if e.trigger.start >= second]
    assert [e.sub_event_type for e in told] == [sub_type]
    assert who(told[0].actor1) == actor1


def test_arrests_with_no_arrester_named_keep_the_inferred_police(pipeline: Any) -> None:
    event = main_in(pipeline, "Dozens were arrested in a crackdown in Minsk.")
    assert event.sub_event_type == "Arrests"
    assert event.actor1 is not None and event.actor1.span is None
    assert event.actor1.actor.name == "Police Forces of Belarus"
