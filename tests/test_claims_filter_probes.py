"""Probes: the learned keep/drop of filtered cue verbs (issue 5, cue recall).

Written for this round; the sentences are ours. The verb-claim rules drop a cue verb when a
hand-written filter fires on it: a verb of deeds ("attack", "back", "support", "push") with no
clause or reason and no person saying it at a person, an act of finding, a modal passive, "did
not confirm", a clause-only verb with a noun ("continued its output"). Each filter is right
more often than wrong on its own, but context decides: "young voters support the climate
bill", "the union backed the governor" and "a group backing the mayor" are what PolNeAR marks
as attributions of a stance. The trained cue filter (``knowledge/cue_filter.npz``) keeps
those; deeds of war (``knowledge/claim_war_words.tsv``) stay dropped whatever it says.
"""

from __future__ import annotations

from typing import Any

import pytest

from sitrep.evaluate.claims import predicted_attributions
from stages import claims_in as claims


def cues(text: str, nlp: Any) -> list[str]:
    return [text[a.cue[0][0]:a.cue[0][1]] for a in predicted_attributions(claims(nlp, text))]


@pytest.mark.parametrize(("text", "cue"), [
    ("Two thirds of young voters support the new climate bill.", "support"),
    ("The union backed the governor in the last election.", "backed"),
    ("The editorial board backed the challenger on Sunday.", "backed"),
    ("A group backing the mayor spent two million dollars on television.", "backing"),
    ("Her latest post attacked the president's trade policy.", "attacked"),
])
def test_a_stance_told_by_a_verb_of_deeds_is_a_claim(nlp: Any, text: str, cue: str) -> None:
    assert cues(text, nlp) == [cue]


@pytest.mark.parametrize("text", [
    "Rebel fighters attacked army positions near Hama on Monday.",
    "Russian jets supported the offensive near Idlib.",
    "The coalition's warplanes backed the ground offensive.",
    "The brigade attacked the airbase at dawn.",
    "Falling prices pushed many farmers into debt.",
])
def test_deeds_stay_no_claim(nlp: Any, text: str) -> None:
    assert cues(text, nlp) == []


@pytest.mark.parametrize("text", [
    "The factory continued its output through the winter.",
    "Engineers found the wreckage of the helicopter near the river.",
    "The plan can now be confirmed as a failure.",
    "The ministry did not confirm the report.",
])
def test_other_filters_still_drop_here(nlp: Any, text: str) -> None:
    assert cues(text, nlp) == []
