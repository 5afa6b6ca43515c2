"""Probes: claims told inside another claim's content (issue 5, nesting).

Written for this round; the sentences are ours. PolNeAR never nests one attribution inside
another's content: "the governor said the rebels had denied the charge" is the governor's
claim, and the rebels' denial is part of what the governor said (PolNeAR train: of 27 denials
we kept inside another of our claims' contents, gold marks the inner cue in 5). A cue verb
joined by a conjunction, an adverbial or a clause that the final content of another claim
holds once its ends are set ("says the council is acting unlawfully and showing contempt for
…") is told inside it the same way (train: 11 of 75 such inner cues are gold cues). What
stays: a denial that holds the claim it denies ("rejected claims by the army that …": both,
linked), a cue set into what it tells ("the town, the mayor said, is safe"), an aside ("…, as
first reported by X"), and a speaker's turn in a transcript with the claims told in it.
Last, "call" that names a thing or calls it off ("called off the vote") is no claim.
"""

from __future__ import annotations

from typing import Any

import pytest

from sitrep.evaluate.claims import predicted_attributions
from stages import claims_in as claims


def cues(text: str, nlp: Any) -> list[str]:
    return [text[a.cue[0][0]:a.cue[-1][1]] for a in predicted_attributions(claims(nlp, text))]


# The inner cue is the outer source's word, not a claim of its own.
@pytest.mark.parametrize(("text", "outer", "inner"), [
    ("The governor said the rebels had denied any part in the raid.", "said", "had denied"),
    ("The envoy told reporters that both sides rejected the new map.", "told", "rejected"),
    ("A spokesman said the army had denied entering the village.", "said", "had denied"),
    ("The mayor said the militia dismissed the curfew as a stunt.", "said", "dismissed"),
    ("Residents said the police refuted the rumours within hours.", "said", "refuted"),
    ("The minister told parliament that the company denied paying the guards.", "told",
     "denied"),
])
def test_a_denial_told_inside_a_claim_is_the_outer_claim(
        nlp: Any, text: str, outer: str, inner: str) -> None:
    found = cues(text, nlp)
    assert outer in found
    assert inner not in found


# A content whose end is set over a coordinated verb holds that verb: it is what is said.
@pytest.mark.parametrize(("text", "outer", "inner"), [
    ("The governor says the council is acting unlawfully and showing contempt for the courts.",
     "says", "showing"),
])
def test_a_cue_the_final_content_holds_is_told_inside_it(
        nlp: Any, text: str, outer: str, inner: str) -> None:
    found = cues(text, nlp)
    assert outer in found
    assert inner not in found


# Controls: these keep both claims, or the inner one.
@pytest.mark.parametrize(("text", "wanted"), [
    ("The ministry rejected claims by the rebels that the dam had been mined.",
     ["rejected"]),
    ("The town, the mayor said, is safe again.", ["said"]),
    ("The rebels shelled the airport, as first reported by the local radio.",
     ["first reported"]),
    ("The general said the convoy had left. The rebels denied that any convoy had left.",
     ["said", "denied"]),
    ("Q: Did the army leave the town?\nA: I think it left on Monday.", [":"]),
    ("The army denied the report, the spokesman said.", ["said"]),
])
def test_claims_that_stand_beside_one_another_stay(
        nlp: Any, text: str, wanted: list[str]) -> None:
    found = cues(text, nlp)
    assert all(w in found for w in wanted), found


# "Call" naming a thing or calling it off is no one's words (claim_idioms.names_or_cancels);
# calling something a name with a speaker, or by an agent, is.
@pytest.mark.parametrize("text", [
    "The council called off the vote after the shelling.",
    "The union has called off the strike planned for Monday.",
    "The rebels hold a village called Tal Abyad near the border.",
    "The rebels shelled the so-called safe zone.",
])
def test_call_that_names_or_cancels_is_no_claim(nlp: Any, text: str) -> None:
    assert cues(text, nlp) == []


@pytest.mark.parametrize(("text", "cue"), [
    ("The minister called the attack a crime against civilians.", "called"),
    ("The offensive, called Operation Dawn by the army, began on Monday.", "called"),
    ("A group calling itself the Free Brigade said it fired the rockets.", "said"),
])
def test_call_with_a_speaker_stays_a_claim(nlp: Any, text: str, cue: str) -> None:
    assert cue in cues(text, nlp)
