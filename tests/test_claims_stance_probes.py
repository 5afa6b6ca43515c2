"""Probes: stance, certainty and denial links of claims (issue 5), as an analyst reads them.

Written for the stance round; the passages are ours. A denial ("denied", "rejected",
"dismissed as propaganda", "refuted", "a denial", "called the reports baseless", "there was
no truth to") denies; a report left unconfirmed ("did not confirm", "declined to comment",
"neither confirmed nor denied") or a matter in dispute ("is still disputed") is no denial.
Hedges ("allegedly", "appears to", "it is believed", "may have") make a claim hedged; a
verification phrase ("could not be independently verified", "the reports are not yet
confirmed", "unverified footage") makes it unconfirmed, also when it refers back to the
claims told just before ("The figure could not be independently verified."). A denial links
to the claim it denies: one told inside it, one it refers back to ("denied the claim"), else
the nearest earlier claim of another source about the same thing, or told just before it.
Before this round, 30 of the 56 passed (24 failed, 2 strictly xfailed).
"""

from __future__ import annotations

from typing import Any

import pytest

from sitrep.model import Claim
from stages import claims_in, xfail


def _claim(nlp: Any, text: str, cue: str, nth: int = 0) -> Claim:
    found = [c for c in claims_in(nlp, text) if cue in c.cue.text]
    assert len(found) > nth, (cue, [(c.cue.text, c.content.text) for c in claims_in(nlp, text)])
    return found[nth]


def _denied(nlp: Any, text: str, cue: str, nth: int = 0) -> str | None:
    """The cue and source of the claim the ``nth`` claim of ``cue`` denies, or None."""
    claims = claims_in(nlp, text)
    denial = [c for c in claims if cue in c.cue.text][nth]
    target = next((c for c in claims if c.id == denial.denies), None)
    return None if target is None else f"{target.source.span.text if target.source.span else ''}"\
        f" {target.cue.text}"


# -- denial verbs and nouns ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "cue"), [
    ("The army denied that its artillery had hit the hospital.", "denied"),
    ("The rebel command rejected the government's account of the battle.", "rejected"),
    ("The ministry dismissed the video as propaganda.", "dismissed"),
    ("The police chief refuted the allegations of torture in a statement on Sunday.", "refuted"),
    ("The embassy rebutted the charge that its staff had spied on the protesters.", "rebutted"),
    ("The group issued a denial of any role in the ambush.", ""),
    ("A government spokesman called the reports baseless.", "called"),
    ("The governor said there was no truth to the reports of mass graves.", "said"),
    ("Officials said the claims were fabricated.", "said"),
    ("The militia said the allegations were baseless and politically motivated.", "said"),
    ("The channel's report that the general had fled was dismissed by the army as propaganda.",
     "dismissed"),
])
def test_a_denial_denies(nlp: Any, text: str, cue: str) -> None:
    claim = _claim(nlp, text, cue)
    assert (claim.stance, claim.certainty) == ("denies", "certain")


# -- negated reports and disputes are no denials ------------------------------------------

@pytest.mark.parametrize("text", [
    "The ministry did not confirm the toll.",
    "A spokesman declined to comment on the report.",
    "The army neither confirmed nor denied that its jets had struck the village.",
    "The foreign ministry would not confirm whether talks had taken place.",
    "The army did not deny that its jets had struck the village.",
    "Five days after the blast, the death toll is still disputed.",
    "The number of dead remains contested.",
])
def test_no_denial_where_nothing_is_denied(nlp: Any, text: str) -> None:
    assert all(c.stance == "asserts" for c in claims_in(nlp, text))


def test_neither_confirmed_nor_denied_leaves_the_matter_unconfirmed(nlp: Any) -> None:
    text = "The army neither confirmed nor denied that its jets had struck the village."
    claim = _claim(nlp, text, "denied")
    assert claim.certainty == "unconfirmed" and "confirmed" in claim.cue.text


def test_a_toll_in_dispute_is_unconfirmed(nlp: Any) -> None:
    text = "Five days after the blast, the death toll is still disputed."
    claim = _claim(nlp, text, "disputed")
    assert (claim.stance, claim.certainty) == ("asserts", "unconfirmed")


def test_a_question_is_hedged(nlp: Any) -> None:
    claim = _claim(nlp, "Analysts questioned whether the ceasefire would hold.", "questioned")
    assert (claim.stance, claim.certainty) == ("asserts", "hedged")


# -- hedges --------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "cue"), [
    ("The commander was allegedly killed in the raid, the channel said.", "said"),
    ("Rebels reportedly shot down a helicopter near the airport.", "reportedly"),
    ("The agency said it is believed the hostages were moved to the mountains.", "said"),
    ("The ministry said the fire appears to have started in a fuel depot.", "said"),
    ("Police said the gunman may have acted alone.", "said"),
    ("The mayor said the bridge was probably destroyed by a mine.", "said"),
    ("Witnesses said the soldiers seemed to be withdrawing.", "said"),
])
def test_a_hedge_hedges(nlp: Any, text: str, cue: str) -> None:
    claim = _claim(nlp, text, cue)
    assert (claim.stance, claim.certainty) == ("asserts", "hedged")


# -- unconfirmed ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "cue"), [
    ("The group said unverified footage showed its fighters in the town.", "said"),
    ("The army said it had killed 30 fighters. The figure could not be independently verified.",
     "said"),
    ("State television reported that the dam had been retaken. The reports are not yet "
     "confirmed.", "reported"),
    ("The group said it had downed a drone, a claim that could not be verified.", "said"),
    ("Local media reported that the governor had resigned, but this has not been confirmed.",
     "reported"),
    ("Officials said there were unconfirmed reports of fighting in the north.", "said"),
])
def test_an_unverified_report_is_unconfirmed(nlp: Any, text: str, cue: str) -> None:
    claim = _claim(nlp, text, cue)
    assert (claim.stance, claim.certainty) == ("asserts", "unconfirmed")


def test_the_two_accounts_are_both_unconfirmed(nlp: Any) -> None:
    text = ("The army said it had retaken the village. The rebels said they still held it. "
            "The two accounts could not be independently verified.")
    assert [c.certainty for c in claims_in(nlp, text)] == ["unconfirmed", "unconfirmed"]


def test_the_figures_are_those_of_the_paragraph(nlp: Any) -> None:
    text = ("The health office said 12 people were wounded. A local radio station said six "
            "people had died. The figures could not be independently verified.")
    assert [c.certainty for c in claims_in(nlp, text)] == ["unconfirmed", "unconfirmed"]


def test_a_verified_toll_stays_certain(nlp: Any) -> None:
    text = "The army said it had killed 30 fighters. The figure was confirmed by the hospital."
    assert _claim(nlp, text, "said").certainty == "certain"


# -- a denial links to the claim it denies -------------------------------------------------

@pytest.mark.parametrize(("text", "cue", "denied"), [
    ("The rebels said government jets had bombed a school. The defence ministry denied the "
     "claim.", "denied", "The rebels said"),
    ("Activists reported that troops had opened fire on mourners. The army rejected the "
     "reports.", "rejected", "Activists reported"),
    ("Local officials said artillery shells hit the market. The army denied that it had "
     "shelled the market.", "denied", "Local officials said"),
    ("The ministry said its jets struck only militant positions. Residents denied any fighters "
     "were in the market.", "denied", "The ministry said"),
    ("Activists said troops burned houses in the village. The governor said aid would arrive "
     "on Monday. The army denied that its troops had burned any houses.", "denied",
     "Activists said"),
    ("The army rejected claims by the rebels that it had used gas.", "rejected",
     "the rebels claims"),
    ("Rebels said they had captured the airport. A military spokesman said the claim was "
     "false.", "spokesman", "Rebels said"),
    ("State media claimed that the town had fallen. Those claims are lies, the commander told "
     "reporters.", "told", "State media claimed"),
    ("The channel's report that the general had fled was dismissed by the army as propaganda.",
     "dismissed", "The channel's report"),
])
def test_a_denial_links_to_the_claim_it_denies(nlp: Any, text: str, cue: str,
                                               denied: str) -> None:
    if cue == "spokesman":
        claims = claims_in(nlp, text)
        denial = next(c for c in claims if c.source.span and "spokesman" in c.source.span.text)
        assert (denial.stance, denial.certainty) == ("denies", "certain")
        target = next(c for c in claims if c.id == denial.denies)
        assert target.source.span is not None
        assert f"{target.source.span.text} {target.cue.text}" == denied
        return
    assert (_claim(nlp, text, cue).stance, _claim(nlp, text, cue).certainty) == (
        "denies", "certain")  # naming "the claim" it denies does not hedge a denial
    assert _denied(nlp, text, cue) == denied


def test_a_claim_the_denial_itself_describes_is_the_one_denied(nlp: Any) -> None:
    # "a claim the government denied": the relative clause is the denial's own, not words that
    # say which claim (lead, after the merge: the round's rule had left this one unlinked)
    text = "Jets bombed a market in Ariha on Monday, activists said, a claim the government denied."
    assert _denied(nlp, text, "denied") == "activists said"


def test_a_denial_of_reports_that_say_whose_answers_no_other_claim(nlp: Any) -> None:
    text = ("A commander said a drone had destroyed a convoy of militants near the bridge. "
            "The ministry denied that it had bombed the clinic. It said the reports on foreign "
            "websites were fabricated.")
    assert _claim(nlp, text, "said", 1).stance == "denies"
    assert _denied(nlp, text, "said", 1) is None
    assert _denied(nlp, text, "denied") is None  # "that it had bombed": "it" is the ministry


def test_a_denial_of_the_denier_s_own_words_is_not_linked(nlp: Any) -> None:
    text = "The army said it had taken the hill. The army denied that it had lost any soldiers."
    assert _denied(nlp, text, "denied") is None


def test_a_denial_with_nothing_before_it_is_not_linked(nlp: Any) -> None:
    text = "The ministry denied that its forces had entered the camp."
    assert _denied(nlp, text, "denied") is None


# -- controls: nothing denied or hedged ------------------------------------------------------

@pytest.mark.parametrize(("text", "cue"), [
    ("The army said it had retaken the village on Tuesday.", "said"),
    ("The governor confirmed that the curfew would be lifted.", "confirmed"),
    ("The rebels said the army had rejected a ceasefire offer.", "said"),
    ("The council said the May elections would go ahead.", "said"),
    ("The spokesman said the report was accurate.", "said"),
])
def test_a_plain_report_asserts_and_is_certain(nlp: Any, text: str, cue: str) -> None:
    claim = _claim(nlp, text, cue)
    assert (claim.stance, claim.certainty, claim.denies) == ("asserts", "certain", None)


# -- contents -------------------------------------------------------------------------------

def test_a_chant_inside_what_witnesses_said_is_no_claim(nlp: Any) -> None:
    text = ("Protesters carried photographs of the dead and chanted slogans against the "
            "government, witnesses said.")
    assert [c.cue.text for c in claims_in(nlp, text)] == ["said"]


@xfail("the 'according to' rule (claim_nouns.py) takes the longer side of its sentence; "
       "after a relative clause set off by a comma, PolNeAR train gold takes the whole "
       "sentence in 8 of 13 and the clause (with its 'which'/'who') in 5: no convention to "
       "follow, left as it is")
def test_according_to_after_a_relative_clause_attributes_that_clause(nlp: Any) -> None:
    text = ("Hundreds protested against the shelling of the town, in which at least nine "
            "civilians were killed, according to local health officials.")
    assert _claim(nlp, text, "according to").content.text == (
        "at least nine civilians were killed")
