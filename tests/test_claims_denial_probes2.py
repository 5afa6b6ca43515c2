"""Probes: a denial that says whose account it denies answers that teller's claim, or none;
a proposal rejected is refused, not denied.

"The reports by activists were fabricated" answers what the activists said, even when it
shares no word with it; "the reports spread by websites linked to the militants" answers no
claim of the article's own military source, even when the two share words ("militants",
"positions"), for neither is what the websites spread. Written by the lead (stop 20); the
passages are ours. Before the change, 4 of the 5 named-teller probes failed; the two
controls passed.
"""

from __future__ import annotations

from typing import Any

import pytest

from stages import claims_in


def _denied(nlp: Any, text: str, cue: str, nth: int = 0) -> str | None:
    """The source and cue of the claim the ``nth`` claim whose cue holds ``cue`` denies."""
    claims = claims_in(nlp, text)
    denial = [c for c in claims if cue in c.cue.text][nth]
    assert denial.stance == "denies", [(c.cue.text, c.stance) for c in claims]
    target = next((c for c in claims if c.id == denial.denies), None)
    if target is None:
        return None
    return f"{target.source.span.text if target.source.span else ''} {target.cue.text}"


@pytest.mark.parametrize(("text", "cue", "nth", "denied"), [
    # the teller named: the claim it told, though the words differ
    ("Activists said jets had bombed the market in Ariha. The ministry said the reports by "
     "activists were fabricated.", "said", 1, "Activists said"),
    ("Opposition activists said the army had shelled the hospital. A local official said the "
     "roads were closed. The army said the claims of the activists were lies.", "said", 2,
     "Opposition activists said"),
    ("The monitoring group said 14 civilians died in the raid. Police dismissed the figures "
     "given by the monitoring group as propaganda.", "dismissed", 0, "The monitoring group said"),
    # the teller named, and no claim of it told: none, though another claim shares words
    ("A military source said the army had driven the militants from their positions near the "
     "town. The ministry said that the reports spread by websites linked to the militants were "
     "fabricated.", "said", 1, None),
    ("The governor said militants attacked a checkpoint on the bridge. He said the reports on "
     "foreign channels about a massacre at the checkpoint were false.", "said", 1, None),
])
def test_a_denial_that_names_the_teller_answers_that_teller(nlp: Any, text: str, cue: str,
                                                            nth: int, denied: str | None) -> None:
    assert _denied(nlp, text, cue, nth) == denied


@pytest.mark.parametrize(("text", "cue", "denied"), [
    # controls: no teller named, so the nearest earlier claim about the same thing
    ("Activists reported that troops had opened fire on mourners. The army rejected the "
     "reports.", "rejected", "Activists reported"),
    ("Local officials said artillery shells hit the market. The army denied that it had "
     "shelled the market.", "denied", "Local officials said"),
])
def test_a_denial_that_names_no_teller_answers_the_nearest(nlp: Any, text: str, cue: str,
                                                           denied: str) -> None:
    assert _denied(nlp, text, cue) == denied


# -- a proposal rejected is refused, not denied (stop 20; 5 of 5 failed before, controls passed)

@pytest.mark.parametrize(("text", "cue"), [
    ("The government rejected the ceasefire proposal.", "rejected"),
    ("The rebels rejected the peace plan on Sunday.", "rejected"),
    ("Russia rejected calls for an inquiry into the strike.", "rejected"),
    ("The army dismissed the rebels' demand for a corridor out of the city.", "dismissed"),
    ("The court denied the request for bail.", "denied"),
])
def test_a_rejected_proposal_is_no_denial(nlp: Any, text: str, cue: str) -> None:
    claim = next(c for c in claims_in(nlp, text) if cue in c.cue.text)
    assert (claim.stance, claim.denies) == ("asserts", None)


@pytest.mark.parametrize(("text", "cue"), [
    ("Kyiv rejected Moscow's claim that its troops had shelled the plant.", "rejected"),
    ("The army rejected the accusation of torture.", "rejected"),
    ("The ministry dismissed the reports as propaganda.", "dismissed"),
    ("The army denied that its artillery had hit the hospital.", "denied"),
])
def test_an_account_rejected_is_still_denied(nlp: Any, text: str, cue: str) -> None:
    assert next(c for c in claims_in(nlp, text) if cue in c.cue.text).stance == "denies"


# -- a denial ends where the speaker's next claim begins (stop 20; the first failed before)

@pytest.mark.parametrize(("text", "denied", "told"), [
    ("Syria's Ministry of Defence denies that its forces shelled the town at all and says that "
     "armed groups fired mortar rounds into Sarmin to blame the army.",
     "that its forces shelled the town at all",
     "that armed groups fired mortar rounds into Sarmin to blame the army"),
    ("The army denied shelling the market and said rebels had planted a bomb there.",
     "shelling the market", "rebels had planted a bomb there"),
])
def test_a_denial_does_not_swallow_what_its_speaker_asserts_next(nlp: Any, text: str,
                                                                 denied: str, told: str) -> None:
    claims = claims_in(nlp, text)
    assert [(c.stance, c.content.text) for c in claims] == [("denies", denied), ("asserts", told)]
