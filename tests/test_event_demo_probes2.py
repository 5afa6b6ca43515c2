"""Demo probes, second round (lead, stop 21): wrong records seen in ``sitrep extract
examples/corpus``, probed with sitrep's own sentences (other towns and wording than the demo's).

- a fight told before or during a deed, "after two days of clashes with X", was fought by the
  deed's doer (the demo's "liberated the town … after two days of fierce battles with the
  terrorists of the so-called Northern Dawn Front" had no actor1);
- "the terrorists", "militants" of an article that names only a group the dictionary does not
  know, as "fighters of the X Front", are that group, not ACLED's Unidentified Armed Group;
- a retelling whose sentence names no place ("The demonstration ended peacefully") is where its
  first telling was, not at the article's main place;
- a question about who did it ("did not establish who fired") presupposes the act told before:
  a retelling, not a new shelling;
- a settlement named with its province ("Saraqib, a town in Idlib province") is the event's
  place, not the province, and a country named after a road ("between Saraqib and Sarmin, in
  north-western Syria") is not the place either;
- a dateline the parser hung on the verb as a second subject is not who fought.

Written before the rules: 8 of the 10 probes failed (the control of a relative clause's "who"
passed, and so did the road's country, which guards against this round's first version of
"in northern X", which let a governed country win over the towns of a road); all pass now.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sitrep.model import Article, Event


def events_in(pipeline: Any, text: str) -> tuple[Event, ...]:
    return pipeline.analyze(Article(text=text, origin="test", published=date(2023, 5, 17))).events


def by_trigger(pipeline: Any, text: str) -> dict[str, Event]:
    return {e.trigger.text.lower(): e for e in events_in(pipeline, text)}


def name(mention: Any) -> str | None:
    return mention.actor.name if mention is not None else None


def test_fight_before_a_deed_is_fought_by_its_doer(pipeline: Any) -> None:
    found = by_trigger(pipeline, "Troops retook the village of Tal Rifaat after a week of "
                                 "fighting with the rebels, the army said.")
    assert name(found["fighting"].actor1) == "Military Forces of Syria"


def test_days_of_battles_before_a_deed(pipeline: Any) -> None:
    found = by_trigger(pipeline, "Units of the army today liberated the town of Atarib after "
                                 "two days of fierce battles with the fighters of the so-called "
                                 "Northern Dawn Front, a military source said.")
    battle = found["battles"]
    assert (name(battle.actor1), name(battle.actor2)) == ("Military Forces of Syria",
                                                          "Northern Dawn Front")


def test_generic_armed_men_are_the_group_named_by_its_fighters(pipeline: Any) -> None:
    text = ("Army units entered Atarib after clashes with fighters of the Western Dawn Front, "
            "a military source said. It said the terrorists had fired mortar rounds into the "
            "town before they fled.")
    assert name(by_trigger(pipeline, text)["fired"].actor1) == "Western Dawn Front"


def test_retelling_without_a_place_is_where_it_was_first_told(pipeline: Any) -> None:
    text = ("Hundreds of people protested in Manbij on Saturday against the closure of the "
            "crossing near Jarablus, which traders say has cut off their trade with Azaz. "
            "The demonstration ended peacefully.")
    found = by_trigger(pipeline, text)
    first, again = found["protested"], found["demonstration"]
    assert again.same_as == first.id
    assert again.location is not None and first.location is not None
    assert (again.location.place.name, again.location.geo_precision) == (
        first.location.place.name, first.location.geo_precision)


def test_question_of_who_did_it_retells_the_act(pipeline: Any) -> None:
    text = ("Artillery shells hit the market in Manbij on Monday, killing four people. "
            "Investigators have not established who fired on the market.")
    found = by_trigger(pipeline, text)
    assert found["fired"].same_as == found["shells"].id


def test_who_asked_with_no_object_retells_the_act(pipeline: Any) -> None:
    found = by_trigger(pipeline, "Shells hit a bakery in Manbij on Monday. Nobody knows who fired.")
    assert found["fired"].same_as == found["shells"].id


def test_relative_who_tells_a_deed_of_its_own(pipeline: Any) -> None:
    # control: "gunmen who fired on a bus" tells the deed, no earlier act is presupposed
    found = by_trigger(pipeline, "Gunmen who fired on a bus near Manbij on Monday killed four "
                                 "people.")
    assert found["fired"].same_as is None


def test_settlement_named_with_its_province_is_the_place(pipeline: Any) -> None:
    text = ("Government forces said on Thursday that they had regained control of Jisr "
            "al-Shughur, a town on the main road in Idlib province, after two days of clashes "
            "with rebels.")
    clash = by_trigger(pipeline, text)["clashes"]
    assert clash.location is not None
    assert (clash.location.place.name, clash.location.geo_precision) == ("Jisr ash Shughūr", 1)


def test_a_dateline_is_not_the_doer_of_a_fight(pipeline: Any) -> None:
    text = ("ATARIB, May 14, 2023 — Units of the army today liberated the town of Atarib after "
            "two days of fierce battles with the fighters of the so-called Western Dawn Front, "
            "a military source said.")
    assert name(by_trigger(pipeline, text)["battles"].actor1) == "Military Forces of Syria"


def test_a_place_on_a_road_is_not_its_country(pipeline: Any) -> None:
    text = ("A drone strike on a convoy on the road between Atarib and Sarmada, in north-western "
            "Syria, killed three people early on Tuesday.")
    strike = by_trigger(pipeline, text)["drone strike"]
    assert strike.location is not None and strike.location.place.country == "SY"
    assert strike.location.geo_precision < 3
