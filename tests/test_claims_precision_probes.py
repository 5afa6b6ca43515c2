"""Probes: cue precision, words that look like a cue and attribute nothing (issue 5).

Written for this round; the sentences are ours. "That said, …", "having said that, …",
"needless to say", "suffice it to say", "so to speak": a verb of saying frozen into a
discourse marker links the writer's own sentences and tells no one's words (PolNeAR train:
"That said" heads no gold cue in 4 of its 5 uses as a claim). The same verbs with a speaker and
a clause stay claims, and so does a generic "you" or "one" with a modal ("you could say …":
PolNeAR marks 7 of the 11 such verbs in train).
"""

from __future__ import annotations

from typing import Any

import pytest

from sitrep.evaluate.claims import predicted_attributions
from stages import claims_in as claims


def cues(text: str, nlp: Any) -> list[str]:
    return [text[a.cue[0][0]:a.cue[-1][1]] for a in predicted_attributions(claims(nlp, text))]


@pytest.mark.parametrize("text", [
    "That said, the council met again on Monday.",
    "Having said that, the road to the border remains closed.",
    "That being said, most shops reopened by noon.",
    "Needless to say, the ceasefire collapsed within a day.",
    "Suffice it to say, the visit did not go well.",
    "The town was, so to speak, cut off from the rest of the province.",
    "But that said, the market stayed open all week.",
    "The rains came late; having said that, the wells are full.",
])
def test_a_frozen_or_generic_saying_is_no_claim(nlp: Any, text: str) -> None:
    assert cues(text, nlp) == []


@pytest.mark.parametrize(("text", "cue"), [
    ("The minister said the border would reopen on Friday.", "said"),
    ("The mayor had said that he would resign in the spring.", "had said"),
    ("That, the spokesman said, was a mistake.", "said"),
    ("Officials said that, despite the rain, the convoy had left.", "said"),
    ("That said, the governor told reporters the bridge would stay closed.", "told"),
    ("One witness said the shelling began before dawn.", "said"),
    ("You said the convoy would be safe, the driver told the officer.", "told"),
])
def test_a_speaker_saying_something_stays_a_claim(nlp: Any, text: str, cue: str) -> None:
    assert cue in cues(text, nlp)


# The trained veto (knowledge/cue_veto.npz) reads a lexicon cue verb no filter fired on in
# context: a place that "offers" something, an errand one "had to" run ("had to tell the
# families in person": no content told) make no claim; a stance, an offer to act, a call for
# something and a report do.
@pytest.mark.parametrize("text", [
    "The camp is a place that offers shelter to families.",
    "The envoy had to tell the families in person.",
    "The teacher had to tell the children twice.",
    "The driver had to ask the way at every village.",
])
def test_a_cue_verb_that_tells_nothing_here_is_vetoed(nlp: Any, text: str) -> None:
    assert cues(text, nlp) == []


@pytest.mark.parametrize(("text", "cue"), [
    ("The governor wants the guard to leave the city.", "wants"),
    ("The senator offered to resign over the scandal.", "offered"),
    ("The group has called for an independent inquiry.", "has called for"),
    ("The general said the convoy had reached the town.", "said"),
])
def test_the_veto_keeps_what_is_told(nlp: Any, text: str, cue: str) -> None:
    assert cues(text, nlp) == [cue]
