"""Probes: cue precision and cue edges (issue 5), the cueprec round.

Written for this round; the sentences are ours. A cue infinitive or gerund carried by a verb
of phase or of attempt ("began urging", "continued to portray", "failed to mention", "stopped
confirming") is one cue with its carrier, as PolNeAR marks it (train: 28 of 30 gold cues where
sitrep had cued the inner verb alone).
"""

from __future__ import annotations

from typing import Any

import pytest

from sitrep.evaluate.claims import predicted_attributions
from stages import claims_in as claims


def cues(text: str, nlp: Any) -> list[str]:
    return [text[a.cue[0][0]:a.cue[-1][1]] for a in predicted_attributions(claims(nlp, text))]


@pytest.mark.parametrize(("text", "cue"), [
    ("Several governors have begun urging the army to withdraw from the city.",
     "have begun urging"),
    ("The minister continued to portray the refugees as a threat to the region.",
     "continued to portray"),
    ("The report failed to mention the shelling of the market in Idlib.",
     "failed to mention"),
    ("The council has stopped confirming casualty figures from the front.",
     "has stopped confirming"),
    ("The commander kept asking why the convoy had been delayed at the border.",
     "kept asking"),
])
def test_a_carried_cue_takes_its_carrier_in(nlp: Any, text: str, cue: str) -> None:
    assert cue in cues(text, nlp)


def test_a_carrier_with_an_object_stays_out(nlp: Any) -> None:
    # "used the meeting to call for": the meeting is what was used, the cue is the inner verb
    text = "The envoy used the meeting to call for an immediate ceasefire."
    assert cues(text, nlp) == ["to call for"]
