"""Probes: claims in Red Sea and Russian wire copy (issue 5, clwire10 round). The sentences are
ours, in the register of Reuters and AFP copy about the Houthis' attacks on shipping and the
Russian state agencies' reports, with controls.

- "Yemen's Houthi movement said on Tuesday it had fired missiles …": the time of the saying is
  the cue's clause's, not what was said (``content_trims.without_opening_time``; PolNeAR train
  leaves such a day out of cue and content 74 times in 77). A time after "that", or a day that
  is the subject told, stays in the content.
- "a campaign of attacks the group says is in solidarity with Palestinians in Gaza": the cue of
  a relative clause with a gapped subject tells the predicate after it
  (``claim_contents.gapped_predicate``), not the noun "attacks".
- "Russia's state news agency RIA reported": the source is the whole phrase, its description
  and its name (``claim_source_spans._described_subject``); RIA, Xinhua, KCNA, SUNA are news
  agencies (media, ``knowledge/sources.tsv``) and RIA speaks for the Russian state
  (``knowledge/outlet_affiliations.tsv``).
- "Still, he said, the town was calm": the connective before an inset cue is the writer's
  (``content_trims.without_inset_connective``); a place before it ("In Miami, he said, …") is
  still told.
"""

from __future__ import annotations

from typing import Any

from sitrep.affiliations import voice
from stages import claim_with_cue, claims_in, contents_by_cue, source_text

HOUTHIS = "Yemen's Houthi movement said on Tuesday it had fired missiles at a cargo vessel."
CAMPAIGN = ("The ship was struck on Monday, the latest in a campaign of attacks the group says "
            "is in solidarity with Palestinians in Gaza.")


# --- 1. the time of the saying is not what was said --------------------------------------

def test_said_on_tuesday_leaves_the_day_out_of_the_content(nlp: Any) -> None:
    said = claim_with_cue(nlp, HOUTHIS, "said")
    assert said.content.text == "it had fired missiles at a cargo vessel"
    assert source_text(said) == "Yemen's Houthi movement"


def test_said_late_on_monday_night(nlp: Any) -> None:
    text = "The army said late on Monday night its troops had withdrawn from the village."
    assert claim_with_cue(nlp, text, "said").content.text == (
        "its troops had withdrawn from the village")


def test_said_tuesday_without_on(nlp: Any) -> None:
    text = "The Pentagon said Tuesday two US destroyers had shot down the drones."
    assert claim_with_cue(nlp, text, "said").content.text == (
        "two US destroyers had shot down the drones")


def test_announced_on_june_12_that(nlp: Any) -> None:
    text = "The army announced on June 12 that it had taken the town."
    assert contents_by_cue(text, nlp)["announced"] == ["that it had taken the town"]


def test_a_time_after_that_is_told(nlp: Any) -> None:  # a control
    text = "The ministry said that on Tuesday its troops had withdrawn from the village."
    assert claim_with_cue(nlp, text, "said").content.text == (
        "that on Tuesday its troops had withdrawn from the village")


def test_a_day_that_is_the_subject_told(nlp: Any) -> None:  # a control
    text = "The ministry said Tuesday was the deadliest day of the war."
    assert claim_with_cue(nlp, text, "said").content.text == (
        "Tuesday was the deadliest day of the war")


def test_a_day_told_after_its_cue_in_a_fronted_content(nlp: Any) -> None:  # a control
    text = "Missiles struck the port on Tuesday, the Houthis said."
    assert claim_with_cue(nlp, text, "said").content.text == "Missiles struck the port on Tuesday"


# --- 2. a gapped relative clause tells its predicate -------------------------------------

def test_attacks_the_group_says_is_in_solidarity(nlp: Any) -> None:
    says = claim_with_cue(nlp, CAMPAIGN, "says")
    assert says.content.text == "is in solidarity with Palestinians in Gaza"
    assert source_text(says) == "the group"


def test_a_probe_the_agency_said_was_ongoing(nlp: Any) -> None:  # a control, as before
    text = "It was a probe the agency said was ongoing as of earlier this month."
    assert claim_with_cue(nlp, text, "said").content.text == (
        "was ongoing as of earlier this month")


def test_a_relative_clause_with_its_own_object(nlp: Any) -> None:  # a control
    text = "He denied the charges the prosecutors filed against him."
    assert [c.content.text for c in claims_in(nlp, text) if c.cue.text == "filed"] == []


def test_the_reforms_the_minister_wants_to_pass(nlp: Any) -> None:  # a control
    text = "The reforms the minister wants to pass were blocked."
    assert contents_by_cue(text, nlp)["wants"] == ["The reforms", "to pass"]


# --- 3. state news agencies ------------------------------------------------------------

def test_russias_state_news_agency_ria(nlp: Any) -> None:
    text = "Russia's state news agency RIA reported that two drones were shot down over Belgorod."
    reported = claim_with_cue(nlp, text, "reported")
    assert source_text(reported) == "Russia's state news agency RIA"
    assert reported.source.canonical == "RIA Novosti"
    assert reported.source.type == "media"
    assert voice(reported.source.canonical or "") == "state:RU"


def test_bare_ria(nlp: Any) -> None:
    text = "Two drones were shot down over Belgorod, RIA reported."
    reported = claim_with_cue(nlp, text, "reported")
    assert (reported.source.canonical, reported.source.type) == ("RIA Novosti", "media")


def test_irans_official_news_agency_irna(nlp: Any) -> None:
    text = "Iran's official news agency IRNA said the tanker had been seized in the Gulf."
    said = claim_with_cue(nlp, text, "said")
    assert source_text(said) == "Iran's official news agency IRNA"
    assert (said.source.canonical, said.source.type) == ("IRNA", "media")


def test_xinhua_kcna_and_suna_are_media(nlp: Any) -> None:
    for name in ("Xinhua", "KCNA", "SUNA"):
        text = f"The talks had ended without agreement, {name} reported."
        reported = claim_with_cue(nlp, text, "reported")
        assert (reported.source.canonical, reported.source.type) == (name, "media")
    assert voice("Xinhua") == "state:CN" and voice("KCNA") == "state:KP"
    assert voice("SUNA") == "state:SD"


def test_interfax_speaks_for_itself() -> None:  # a control: a private agency
    assert voice("Interfax") is None


def test_a_named_spokesman_keeps_his_name_only(nlp: Any) -> None:  # a control
    text = "Army spokesman Nabil Abdallah said the attack had been repelled."
    assert source_text(claim_with_cue(nlp, text, "said")) == "Army spokesman Nabil Abdallah"


# --- 4. a connective before an inset cue ------------------------------------------------

def test_still_he_said_the_town_was_calm(nlp: Any) -> None:
    text = "Still, he said, the town was calm."
    assert contents_by_cue(text, nlp)["said"] == ["the town was calm"]


def test_however_the_army_said_in_a_statement(nlp: Any) -> None:
    text = "However, the army said in a statement, the town was calm."
    said = claims_in(nlp, text)
    assert [c.content.text for c in said] == ["the town was calm"]


def test_a_place_before_an_inset_cue_is_told(nlp: Any) -> None:  # a control
    text = "In the north, he said, the town was calm."
    assert contents_by_cue(text, nlp)["said"] == ["In the north", "the town was calm"]
