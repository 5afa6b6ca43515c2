"""Events of wire copy an ACLED coder would reject: where a follow-on act was, a ship's blast
told twice, an interception coded as a strike (evplace2, issue 3).

Illustrative: every text is sitrep's own writing (invented events, real places), never a CASE
2021 or PLOVER row nor a paraphrase of one. The probes marked "failed before" failed on the
branch's base e7438e8; the controls passed there and must not change.

- A sentence that names no place tells an act where the act told before it in its paragraph
  was ("Coalition jets bombed Houthi positions near the town of Harib … The coalition said it
  had destroyed two mobile missile launchers": near Harib, at that place's precision, 2), not
  at the article's main place (``event_places.paragraph_place``). A new paragraph does not
  inherit; a sentence with a place of its own keeps it; "the town" still refers first.
- "near the port city of Hodeidah", "near the port of Aden": the near-place cue reads past
  "port" (geo_precision 2).
- An act told at sea is at the sea: the governed water beats a dateline's town no place word
  governs ("ADEN, June 4 - … fired missiles at a tanker in the Red Sea") and a land place of
  another clause after it ("… in the Gulf of Aden, … in solidarity with Palestinians in Gaza").
- A blast a ship reports, with no device word and no doer, after a missile or drone attack on
  a ship, is that attack told again (``retold_blasts``: same_as, the attack's type and doer),
  not an IED of an Unidentified Armed Group. A mine named, or no attack at sea told: unchanged.
- An interception ("shot down 24 of 31 Shahed-type drones") is Disrupted weapons use by the
  interceptor (``acled_taxonomy.tsv``: "a missile intercepted"; ``event_examples.tsv``), the
  count read through to what it counts (``event_rules._through_partitives``); the launcher
  named as its agent ("launched by Russia") is actor2 (``event_launchers``). A launcher only
  implied by the drone's make is not read.
"""

from __future__ import annotations

from typing import Any

from sitrep.model import Event
from stages import events_in, who

HARIB = ("Yemen latest\n\nSANAA, March 3 - Houthi fighters attacked government positions in "
         "Marib on Sunday, the army said.\n\nLater, Saudi-led coalition jets bombed Houthi "
         "positions near the town of Harib, the group's television said, saying three fighters "
         "were killed.{gap}The coalition said it had destroyed two mobile missile launchers{at}.")
TANKER = ("ADEN, June 4 - Houthi forces said on Tuesday they had fired two ballistic missiles at "
          "a Greek-owned tanker in the Red Sea.\n\nThe British maritime security agency said the "
          "master of a ship 50 nautical miles west of Hodeidah reported {blast} near the vessel. "
          "No injuries were reported.")
DISRUPTED = "Disrupted weapons use"
MISSILES = "Shelling/artillery/missile attack"


def _one(events: tuple[Event, ...], trigger: str) -> Event:
    found = [e for e in events if e.trigger.text.split()[0] == trigger]
    assert len(found) == 1, [(e.trigger.text, e.sub_event_type) for e in events]
    return found[0]


def _where(event: Event) -> tuple[str, int, str | None]:
    loc = event.location
    assert loc is not None
    return loc.place.name, loc.geo_precision, loc.span.text if loc.span is not None else None


def test_a_follow_on_act_is_where_the_paragraphs_act_was(pipeline: Any) -> None:
    """Failed before: the launchers were put at Marib, the article's main place (3)."""
    events = events_in(pipeline, HARIB.format(gap=" ", at=""))
    assert _where(_one(events, "bombed")) == ("Ḩarīb", 2, "Harib")
    destroyed = _one(events, "destroyed")
    assert destroyed.sub_event_type == DISRUPTED
    assert _where(destroyed) == ("Ḩarīb", 2, "Harib")
    assert destroyed.location is not None and destroyed.location.cue is not None
    assert "before it in its paragraph" in destroyed.location.cue


def test_a_new_paragraph_does_not_inherit_the_place(pipeline: Any) -> None:
    """Control: told in a paragraph of its own, the act is at the article's main place."""
    events = events_in(pipeline, HARIB.format(gap="\n\n", at=""))
    assert _where(_one(events, "destroyed")) == ("Ma'rib", 3, None)


def test_an_act_with_a_place_of_its_own_keeps_it(pipeline: Any) -> None:
    """Control: the sentence names where the launchers were."""
    events = events_in(pipeline, HARIB.format(gap=" ", at=" in Sirwah"))
    assert _where(_one(events, "destroyed"))[::2] == ("Sirwah", "Sirwah")


def test_the_town_still_refers_to_the_sentence_before(pipeline: Any) -> None:
    """Control: "the town" refers to the place the sentence before names."""
    events = events_in(pipeline, "Clashes broke out in Kidal on Monday, residents said. By "
                                 "evening, troops had retaken the town.")
    taken = [e for e in events if e.trigger.text == "retaken"]
    assert taken and _where(taken[0])[2] == "Kidal"


def test_near_the_port_city_of_is_near(pipeline: Any) -> None:
    """Failed before: "near the port city of Hodeidah" was Hodeidah itself (1)."""
    event = _one(events_in(pipeline, "US warplanes struck Houthi targets near the port city of "
                                     "Hodeidah on Monday."), "struck")
    assert _where(event)[1:] == (2, "Hodeidah")


def test_a_missile_attack_at_sea_is_at_sea_not_at_the_dateline(pipeline: Any) -> None:
    """Failed before: the tanker attack was put at Aden, the dateline's town (1)."""
    events = events_in(pipeline, TANKER.format(blast="an explosion in the water"))
    assert _where(_one(events, "fired")) == ("Red Sea", 3, "Red Sea")


def test_a_missile_attack_at_sea_is_not_in_a_later_clauses_town(pipeline: Any) -> None:
    """Failed before: placed at Gaza, named in a clause after the sea."""
    events = events_in(pipeline, "Yemen's Houthis said on Tuesday they had fired missiles at a "
                                 "cargo ship in the Gulf of Aden, the latest in a series of "
                                 "attacks they say back Palestinians in Gaza.")
    assert _where(_one(events, "fired"))[::2] == ("Gulf of Aden", "Gulf of Aden")


def test_a_blast_a_ship_reports_retells_the_missile_attack(pipeline: Any) -> None:
    """Failed before: a separate IED of the Unidentified Armed Group (Yemen)."""
    events = events_in(pipeline, TANKER.format(blast="an explosion in the water"))
    attack, blast = _one(events, "fired"), _one(events, "explosion")
    assert blast.same_as == attack.id
    assert blast.sub_event_type == MISSILES
    assert who(blast.actor1).startswith("houthis / ansar allah")


def test_a_mine_a_ship_reports_is_not_retold(pipeline: Any) -> None:
    """Control: a device named is ACLED's remote explosive, another event."""
    events = events_in(pipeline, TANKER.format(blast="a mine explosion"))
    blast = _one(events, "explosion")
    assert blast.same_as is None
    assert blast.sub_event_type == "Remote explosive/landmine/IED"


def test_a_blast_with_no_attack_at_sea_told_is_unchanged(pipeline: Any) -> None:
    """Control: no missile attack on a ship told, the blast stays the IED it was."""
    events = events_in(pipeline, "ADEN, June 4 - Residents said an explosion shook a market near "
                                 "the port of Aden on Tuesday. No injuries were reported.")
    blast = _one(events, "explosion")
    assert blast.same_as is None and blast.sub_event_type == "Remote explosive/landmine/IED"
    assert _where(blast)[1:] == (2, "Aden")  # (failed before: "near the port of" was 1)


def test_drones_shot_down_are_a_disrupted_weapons_use(pipeline: Any) -> None:
    """Failed before: an Air/drone strike by the Military Forces of Ukraine."""
    events = events_in(pipeline, "Ukraine's air force said it had shot down 24 of 31 "
                                 "Shahed-type drones launched overnight.")
    assert [(e.sub_event_type, who(e.actor1), who(e.actor2)) for e in events] == [
        (DISRUPTED, "military forces of ukraine [state forces] ukraine's air force", "-")]


def test_the_launcher_named_is_acted_on(pipeline: Any) -> None:
    """Failed before (an Air/drone strike by Ukraine): the launcher named is actor2."""
    events = events_in(pipeline, "Ukraine's air force said it had shot down 24 of 31 "
                                 "Shahed-type drones launched by Russia overnight.")
    shot = _one(events, "shot")
    assert shot.sub_event_type == DISRUPTED
    assert who(shot.actor2) == "military forces of russia [state forces] russia"


def test_an_interception_counted_by_the_whole_keeps_its_sides(pipeline: Any) -> None:
    """Control: an interception whose launcher the parse already gave as actor2."""
    events = events_in(pipeline, "The Saudi-led coalition intercepted a ballistic missile fired "
                                 "by the Houthis towards Jizan.")
    shot = _one(events, "intercepted")
    assert shot.sub_event_type == DISRUPTED
    assert who(shot.actor1).startswith("military forces of saudi arabia")
    assert who(shot.actor2).startswith("houthis / ansar allah")


def test_a_drone_strike_stays_a_strike(pipeline: Any) -> None:
    """Control: drones that struck are an Air/drone strike by their side."""
    event = _one(events_in(pipeline, "Russian drones struck an energy facility in the Odesa "
                                     "region overnight, the governor said."), "struck")
    assert event.sub_event_type == "Air/drone strike"
    assert who(event.actor1).startswith("military forces of russia")
