"""Probes: claims in conflict wire copy, third pass (issue 5, clwire3 round). The sentences are
ours, in the register of Reuters, AFP and AP copy about the wars in Gaza, Sudan, Ukraine, Yemen,
the Sahel and Myanmar.

- "Reuters could not independently verify the reports": the outlet's note that what was told is
  unconfirmed, no claim of its own (:func:`sitrep.extract.claim_stance.unchecked`); the claims
  it is about become unconfirmed (:func:`sitrep.extract.claim_stance.unverified_accounts`).
- "Reuters could not immediately verify the report", "AP could not confirm the claim": a verb
  of verification makes what it is about unconfirmed even where no phrase of hedges.tsv
  names it.
- "The group said", "the militant group said": a short reference takes up the armed group the
  article named before it (:func:`sitrep.extract.claim_group_refs.group_reference`).
- "Survivors said its fighters killed dozens of men, which it denied": "it" is not the teller
  but the armed group the account accuses, named before it
  (:func:`sitrep.extract.claim_group_refs.denies_what_was_told`).
- "Mali's army said": a state's army, the "Malian army" (named as "the Malian army" is, since
  clwire6), though the tagger took "Mali" for a person
  (:func:`sitrep.extract.claim_source_types.armed_service`).
- "The Arakan Army said", "the junta said": Myanmar's ethnic armed organisations are armed
  groups, a junta is the military (``knowledge/sources.tsv``).
- "Yemen's Houthis claimed …, which they said": the pronoun stands for the known source the
  governing subject names, not the first entity in it (:func:`sitrep.extract.
  claim_source_spans.governing_subject`).
- "Gaza's civil defence agency said": rescuers, officials, not an outlet nor an army
  (:data:`sitrep.extract.claim_source_types.RESCUERS`).
"""

from __future__ import annotations

from typing import Any

from stages import claims_by_cue, claims_in


def test_outlet_that_could_not_verify_makes_no_claim(nlp: Any) -> None:
    text = ("Israeli air strikes killed 12 people in Rafah overnight, Palestinian health "
            "officials said. Reuters could not independently verify the reports.")
    claims = claims_by_cue(nlp, text)
    assert "could not independently verify" not in claims
    assert not any(c.source.canonical == "Reuters" for c in claims.values())
    assert claims["said"].certainty == "unconfirmed"


def test_outlet_unable_to_verify_makes_no_claim(nlp: Any) -> None:
    text = ("The RSF said it had seized the town of El Fasher. AFP was unable to verify the "
            "claim.")
    claims = claims_in(nlp, text)
    assert [c.source.canonical for c in claims] == ["RSF"]
    assert claims[0].certainty == "unconfirmed"


def test_the_group_is_the_armed_group_named_before(nlp: Any) -> None:
    text = ("Hamas fighters attacked Israeli troops in Khan Younis on Tuesday. The group said "
            "it had destroyed three tanks.")
    said = claims_by_cue(nlp, text)["said"]
    assert said.source.canonical == "Hamas"
    assert said.source.type == "armed group"


def test_the_militant_group_opening_a_sentence(nlp: Any) -> None:
    text = ("Al-Shabaab militants stormed a hotel in Mogadishu on Friday. The militant group "
            "said its fighters had killed 20 soldiers.")
    said = claims_by_cue(nlp, text)["said"]
    assert said.source.canonical == "al-Shabaab"
    assert said.source.type == "armed group"


def test_a_group_described_by_its_allegiance(nlp: Any) -> None:
    text = ("JNIM fighters ambushed a military convoy near Djibo. The al Qaeda-linked group "
            "said it had killed 15 soldiers.")
    said = claims_by_cue(nlp, text)["said"]
    assert said.source.canonical == "JNIM"


def test_the_latest_group_named_is_the_one_meant(nlp: Any) -> None:
    text = ("Hezbollah fired rockets at northern Israel last week. On Monday the Houthis "
            "launched a drone at Eilat. The Iran-aligned group said the drone hit its target.")
    said = claims_by_cue(nlp, text)["said"]
    assert said.source.canonical == "Houthis"


def test_a_group_of_no_armed_group_named_stays_as_written(nlp: Any) -> None:
    text = ("Aid workers reached the camp on Sunday. The group said food was running out.")
    said = claims_by_cue(nlp, text)["said"]
    assert said.source.canonical != "Hamas"
    assert "group" in (said.source.canonical or "")


def test_could_not_immediately_verify_leaves_the_report_unconfirmed(nlp: Any) -> None:
    text = ("Ukraine's military said it had shot down 20 drones overnight. Reuters could not "
            "immediately verify the battlefield report.")
    claims = claims_in(nlp, text)
    assert [c.cue.text for c in claims] == ["said"]
    assert claims[0].certainty == "unconfirmed"


def test_an_agency_that_could_not_confirm_the_claim(nlp: Any) -> None:
    text = ("Houthi rebels said they had struck a ship in the Red Sea. The Associated Press "
            "could not confirm the claim.")
    claims = claims_in(nlp, text)
    assert [c.source.canonical for c in claims] == ["Houthis"]
    assert claims[0].certainty == "unconfirmed"


def test_a_confirmation_stays_a_claim(nlp: Any) -> None:
    text = "The health ministry confirmed that 30 people were killed in the strike."
    confirmed = claims_by_cue(nlp, text)["confirmed"]
    assert confirmed.stance == "asserts" and confirmed.certainty == "certain"


def test_which_it_denied_names_the_group_of_the_sentence_before(nlp: Any) -> None:
    text = ("The RSF swept into the camp on Monday. Survivors said its fighters killed dozens "
            "of men, which it denied.")
    denied = claims_by_cue(nlp, text)["denied"]
    assert denied.source.canonical == "RSF"
    assert denied.content.text == "its fighters killed dozens of men"


def test_which_it_denied_after_a_short_reference(nlp: Any) -> None:
    text = ("Houthi forces attacked a tanker on Sunday. The U.S. military said the group had "
            "fired two missiles, which it denied.")
    claims = claims_by_cue(nlp, text)
    denied = claims["denied"]
    assert denied.source.canonical == "Houthis" and denied.source.type == "armed group"
    assert denied.denies == claims["said"].id
    assert denied.content.text == "the group had fired two missiles"


def test_a_state_army_the_tagger_took_for_a_person(nlp: Any) -> None:
    text = "Mali's army said it had killed dozens of terrorists in an air strike near Gao."
    said = claims_by_cue(nlp, text)["said"]
    assert said.source.canonical == "Malian army"
    assert said.source.type == "military"


def test_an_ethnic_armed_organisation_named_like_an_army(nlp: Any) -> None:
    text = "The Arakan Army said it had captured the town of Maungdaw after weeks of fighting."
    said = claims_by_cue(nlp, text)["said"]
    assert said.source.canonical == "Arakan Army"
    assert said.source.type == "armed group"


def test_the_junta_speaks_as_the_military(nlp: Any) -> None:
    text = ("The junta said the People's Defence Force had attacked a police post in Sagaing. "
            "The resistance group denied the attack.")
    claims = claims_by_cue(nlp, text)
    assert claims["said"].source.type == "military"
    assert claims["denied"].source.canonical == "People's Defence Force"


def test_they_in_a_clause_of_a_group_named_after_its_country(nlp: Any) -> None:
    text = ("Yemen's Houthis claimed responsibility for the attack, which they said was in "
            "solidarity with Gaza.")
    said = claims_by_cue(nlp, text)["said"]
    assert said.source.canonical == "Houthis"
    assert said.source.type == "armed group"


def test_a_civil_defence_agency_is_no_outlet_and_no_army(nlp: Any) -> None:
    text = ("Gaza's civil defence agency said 15 people were killed when an Israeli strike hit a "
            "school. Ukraine's State Emergency Service said rescuers had pulled 12 bodies from "
            "the rubble.")
    for claim in claims_in(nlp, text):
        assert claim.source.type == "official"
