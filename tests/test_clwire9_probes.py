"""Probes: claims in Sudan wire copy (issue 5, clwire9 round). The sentences are ours, in the
register of Reuters and AFP copy about El Fasher, Darfur and Kordofan, with controls from the
wars in Gaza and the Caucasus.

- "…, a claim that could not be independently verified" closing a sentence checks the claim
  of that sentence only, not the report of the paragraph before
  (:func:`sitrep.extract.claim_passes.own_sentence_note`); nor does "…, but it could not be
  verified", nor "The claim could not be verified" after a nearer claim than the report. A
  standalone "The reports could not be verified" still reaches back.
- "…, a claim Reuters could not independently verify": the failed check with no object of its
  own is on the account its noun sums up (``claim_stance.gapped_account``).
- "according to a statement from the army, which said …": the source ends before ", which";
  the clause is a claim of its own, the army's (``claim_nouns._without_aside_clause``); after
  "Ahmed Ali, a local official, who said …" the "who" is Ahmed Ali
  (``claim_sources.antecedent``).
- "The army blamed the RSF … An RSF spokesman denied that its fighters …": a denial told by
  the party another source's claim charges answers that claim, though they share no word
  (``claim_denials._accusation``); a party only named in passing ("struck RSF positions") is
  not charged, and a claim of the denier's own side is no accusation.
- accusations: "accused X of", "blamed X for" are the accuser's assertion (source the accuser,
  stance asserts) and stay hedged, as "alleged" is: the verb tells a charge the outlet does not
  vouch for (``knowledge/cues.tsv``), and a named accuser keeps the event "reported".
- "EL FASHER, Sudan, June 12 - …": the spaced hyphen of a Reuters dateline ends the dateline
  (``claim_passes.trim_datelines``), as it does for a source; "Separately, …", "However, …"
  opening a content told before its cue are the writer's
  (``content_trims.without_opening_connective``).
- "the military said" in a story placed in Gaza is the Israeli military's
  (``knowledge/claim_territories.tsv``); "Yerevan", "Baku" are their governments
  (``knowledge/sources.tsv``).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from sitrep.extract.claims import extract_claims
from sitrep.model import Article, Claim
from stages import claim_with_cue, claims_by_cue, claims_in, source_text

MARKET = ("A drone strike on a market in El Fasher killed 14 civilians on Tuesday, medical "
          "sources said.")


def _medical(found: tuple[Claim, ...]) -> Claim:
    return next(c for c in found if c.source.canonical == "medical sources")


# --- 1. a verification note on its own sentence reaches no further back ------------------

def test_a_claim_that_could_not_be_verified_checks_its_own_sentence(nlp: Any) -> None:
    text = (f"{MARKET}\n\nAn RSF spokesman accused the army of shelling residential areas, a "
            "claim that could not be independently verified.")
    found = claims_in(nlp, text)
    assert _medical(found).certainty == "certain"
    assert claim_with_cue(nlp, text, "accused").certainty == "unconfirmed"


def test_the_medical_sources_alone_are_certain(nlp: Any) -> None:  # a control
    assert claim_with_cue(nlp, MARKET, "said").certainty == "certain"


def _checked_spokesman(nlp: Any, text: str) -> Claim:
    """The RSF spokesman's claim of ``text``, after asserting that the note of a failed check
    left it unconfirmed and the medical sources' claim before it certain."""
    found = claims_in(nlp, text)
    assert _medical(found).certainty == "certain"
    spokesman = next(c for c in found if c.source.canonical == "RSF spokesman")
    assert spokesman.certainty == "unconfirmed"
    return spokesman


def test_but_it_could_not_be_verified_checks_its_own_sentence(nlp: Any) -> None:
    _checked_spokesman(nlp, f"{MARKET} An RSF spokesman said the army shelled residential "
                            "areas, but it could not be independently verified.")


def test_a_claim_reuters_could_not_verify(nlp: Any) -> None:
    spokesman = _checked_spokesman(
        nlp, f"{MARKET}\n\nAn RSF spokesman said the army shelled residential areas, a claim "
             "Reuters could not independently verify.")
    assert spokesman.content.text == "the army shelled residential areas"


def test_a_sourceless_claim_that_could_not_be_verified(nlp: Any) -> None:
    text = (f"{MARKET}\n\nThe army shelled residential areas, a claim that could not be "
            "independently verified.")
    assert _medical(claims_in(nlp, text)).certainty == "certain"


def test_the_claim_could_not_be_verified_is_the_nearest(nlp: Any) -> None:
    text = (f"{MARKET} An RSF spokesman said the army shelled residential areas. The claim "
            "could not be independently verified.")
    found = claims_in(nlp, text)
    assert _medical(found).certainty == "certain"
    spokesman = next(c for c in found if c.source.canonical == "RSF spokesman")
    assert spokesman.certainty == "unconfirmed"


def test_the_reports_could_not_be_verified_still_reach_back(nlp: Any) -> None:  # a control
    text = (f"{MARKET} An RSF spokesman said the army shelled residential areas. The reports "
            "could not be independently verified.")
    assert _medical(claims_in(nlp, text)).certainty == "unconfirmed"


def test_the_report_is_not_yet_confirmed_after_the_reports(nlp: Any) -> None:  # a control
    text = ("Local media have reported that jets bombed the bridge near the town, as "
            "originally reported by Al-Masdar. The report is not yet confirmed.")
    assert [c.certainty for c in claims_in(nlp, text)] == ["unconfirmed", "unconfirmed"]


def test_the_figure_could_not_be_verified(nlp: Any) -> None:  # a control
    text = ("The RSF said it had killed 40 soldiers near Babanusa. The figure could not be "
            "independently verified.")
    assert claim_with_cue(nlp, text, "said").certainty == "unconfirmed"


# --- 2. the source of "according to" ends before a clause of its own ---------------------

def test_according_to_a_statement_which_said(nlp: Any) -> None:
    text = ("Army troops repelled an RSF attack on the town, according to a statement from the "
            "army, which said dozens of the attackers were killed.")
    found = claims_by_cue(nlp, text)
    according = found["according to"]
    assert source_text(according) == "a statement from the army"
    assert according.source.canonical == "army"
    assert according.content.text == "Army troops repelled an RSF attack on the town"
    said = found["said"]
    assert source_text(said) == "which" and said.source.canonical == "army"
    assert said.content.text == "dozens of the attackers were killed"


def test_according_to_a_person_who_said(nlp: Any) -> None:
    text = ("Five people were killed in the shelling of Kadugli, according to Ahmed Ali, a "
            "local official, who said the shelling lasted all night.")
    according = claim_with_cue(nlp, text, "according to")
    assert source_text(according) == "Ahmed Ali, a local official"
    said = claim_with_cue(nlp, text, "said")  # "who" is the named official, not "official"
    assert source_text(said) == "who" and said.source.canonical == "Ahmed Ali"


def test_according_to_reports_that_could_not_be_verified(nlp: Any) -> None:  # a control
    text = "Five people were killed, according to reports that could not be verified."
    according = claim_with_cue(nlp, text, "according to")
    assert source_text(according) == "reports that could not be verified"
    assert according.certainty == "unconfirmed"


# --- 3. a denial answers the accusation against its teller -------------------------------

def test_a_denial_answers_the_blame(nlp: Any) -> None:
    text = ("The Sudanese army blamed the RSF for the strike. An RSF spokesman denied that its "
            "fighters had targeted the market.")
    found = claims_by_cue(nlp, text)
    assert found["denied"].stance == "denies"
    assert found["denied"].denies == found["blamed"].id


# (text, the denial's cue, the cue of the claim it answers; None: it answers none)
ANSWERS = [
    ("Kinshasa accused Rwanda of backing the M23. Kigali denied that its troops were in "
     "Congo.", "denied", "accused"),
    # a denial answers what the denier's fighters were said to do
    ("Activists said RSF fighters had burned the village. The RSF denied that its men were in "
     "the area.", "denied", "said"),
    # controls: a party named in passing is not answered
    ("The Sudanese army said its jets struck RSF positions near the town. An RSF spokesman "
     "denied that its fighters had looted homes in Omdurman.", "denied", None),
    # a claim of the denier's own side is no accusation
    ("The RSF said its fighters had taken the base. An RSF commander denied that his men had "
     "looted the town.", "denied", None),
    # a denier named by a pronoun answers nothing by name
    ("Aides said Mr. Clinton's role would be narrowly defined, and they rejected any "
     "implication that Mrs. Clinton would outsource her administration.", "rejected", None),
    # "denied any involvement" still answers
    ("The Sudanese army accused the RSF of shelling a hospital in El Fasher. The paramilitary "
     "group denied any involvement.", "denied", "accused"),
]


@pytest.mark.parametrize(("text", "denial", "answered"), ANSWERS,
                         ids=[t[:48] for t, _, _ in ANSWERS])
def test_a_denial_answers_the_accusation_of_its_teller(nlp: Any, text: str, denial: str,
                                                       answered: str | None) -> None:
    found = claims_by_cue(nlp, text)
    assert found[denial].denies == (found[answered].id if answered else None)


def test_the_wire_story_links_the_denial(pipeline: Any) -> None:
    text = ("EL FASHER, Sudan, June 12 - A drone strike on a crowded market in El Fasher killed "
            "at least 14 civilians on Tuesday, medical sources said.\n\nThe Sudanese army "
            "blamed the RSF for the strike. An RSF spokesman denied that its fighters had "
            "targeted the market and accused the army of shelling residential areas in the "
            "north of the city, a claim that could not be independently verified.")
    found = pipeline.analyze(Article(text=text, origin="test", published=date(2024, 6, 12))).claims
    by_cue = {c.cue.text: c for c in found}
    assert by_cue["said"].certainty == "certain"
    assert by_cue["said"].content.text.startswith("A drone strike on a crowded market")
    assert by_cue["denied"].denies == by_cue["blamed"].id
    assert by_cue["accused"].certainty == "unconfirmed"


def test_an_accusation_is_the_accusers_hedged_assertion(nlp: Any) -> None:
    accused = claim_with_cue(nlp, "The RSF accused the army of shelling a camp near El Fasher.",
                             "accused")
    assert (accused.source.canonical, accused.stance, accused.certainty) == (
        "RSF", "asserts", "hedged")
    blamed = claim_with_cue(nlp, "The Sudanese army blamed the RSF for the strike.", "blamed")
    assert (blamed.source.canonical, blamed.stance, blamed.certainty) == (
        "Sudanese army", "asserts", "hedged")


# --- datelines and connectives ------------------------------------------------------------

def test_a_reuters_dateline_with_a_hyphen_is_no_part_of_the_content(nlp: Any) -> None:
    text = ("EL FASHER, Sudan, June 12 - A drone strike on a crowded market killed at least 14 "
            "civilians on Tuesday, medical sources said.")
    said = claim_with_cue(nlp, text, "said")
    assert said.content.text.startswith("A drone strike")


def test_a_hyphen_inside_a_name_stays(nlp: Any) -> None:  # a control
    text = "The US - Iran talks failed, the ministry said."
    assert claim_with_cue(nlp, text, "said").content.text == "The US - Iran talks failed"


# --- 4. whose military, whose capital ----------------------------------------------------

def test_the_military_in_gaza_is_israels(nlp: Any) -> None:
    text = ("An air strike on a house in Rafah killed 12 people, medics said. The military said "
            "it had struck a Hamas command post.")
    found = extract_claims(nlp(text), article=Article(text=text, origin="test",
                                                      outlet="Times of Israel"), country="PS")
    military = next(c for c in found if c.cue.text == "said" and c.source.span is not None
                    and c.source.span.text == "The military")
    assert (military.source.canonical, military.source.type) == ("Israeli military", "military")


def test_the_military_in_a_gaza_story_end_to_end(pipeline: Any) -> None:
    text = ("Israeli jets struck a school in Gaza City, the civil defence agency said. The "
            "military said it had targeted Hamas militants operating inside.")
    analysis = pipeline.analyze(Article(text=text, origin="test", outlet="Times of Israel",
                                        published=date(2024, 6, 12)))
    military = next(c for c in analysis.claims if c.source.span is not None
                    and c.source.span.text == "The military")
    assert military.source.canonical == "Israeli military"


def test_the_army_in_sudan_stays_sudans(nlp: Any) -> None:  # a control
    text = "The RSF shelled the city overnight, the army said."
    found = extract_claims(nlp(text), article=Article(text=text, origin="test"), country="SD")
    assert found[0].source.canonical == "Sudanese army"


def test_the_army_of_another_state_named_in_gaza_is_left(nlp: Any) -> None:  # a control
    text = ("Egyptian troops closed the Rafah crossing, witnesses said. The army said the border "
            "was sealed.")
    found = extract_claims(nlp(text), article=Article(text=text, origin="test"), country="PS")
    army = next(c for c in found if c.source.span is not None and c.source.span.text == "The army")
    assert army.source.canonical == "army"  # the article names another state: not Israel's


def test_yerevan_and_baku_are_their_governments(nlp: Any) -> None:
    text = ("Yerevan said Azerbaijani forces had shelled border villages. Baku said Armenian "
            "troops had fired first.")
    assert [c.source.canonical for c in claims_in(nlp, text)] == [
        "Government of Armenia", "Government of Azerbaijan"]


def test_separately_is_no_part_of_what_the_army_said(nlp: Any) -> None:
    text = ("Separately, army troops repelled an RSF attack on the town of Um Kadada, "
            "according to a statement from the army.")
    according = claim_with_cue(nlp, text, "according to")
    assert according.content.text == "army troops repelled an RSF attack on the town of Um Kadada"


def test_however_is_the_writers(nlp: Any) -> None:
    text = "However, the army retook the bridge at Shambat, the ministry said."
    assert claim_with_cue(nlp, text, "said").content.text == "the army retook the bridge at Shambat"


def test_a_name_opening_the_content_stays(nlp: Any) -> None:  # a control
    text = "Kadugli, the state capital, was shelled overnight, the governor said."
    assert claim_with_cue(nlp, text, "said").content.text.startswith("Kadugli")

