"""Probes: where an indirect content STARTS (issue 5).

Written for this round; the sentences are ours. PolNeAR train, cue matching gold, content
told by a passive or raising cue through an infinitive ("X is expected to …"): the gold
content is the subject and the infinitive, two fragments, in 16 of 20 such claims with the
cue "expected" (4 are the infinitive alone), and that holds when the subject is a relative
pronoun ("which is expected to draw …": "which" + "to draw …") or "it" ("It is expected to
take years"). The rules took the subject in already unless it was one of those; the first
three probes failed before, the last passed and pins a named subject.
"""

from __future__ import annotations

from typing import Any

from sitrep.evaluate.claims import normalise, predicted_attributions
from stages import claims_in as claims


def contents_by_cue(text: str, nlp: Any) -> dict[str, list[str]]:
    """The content of each cue as scored: its parts, trimmed of edge punctuation."""
    found = claims(nlp, text)
    return {text[a.cue[0][0]:a.cue[0][1]]: [text[s:e] for s, e in normalise(text, a.content)]
            for a in predicted_attributions(found)}


def test_a_relative_pronoun_subject_of_an_expected_infinitive_is_told(nlp: Any) -> None:
    text = ("The budget vote, which is expected to pass easily on Thursday, will end a long "
            "dispute in the assembly.")
    assert contents_by_cue(text, nlp)["is expected"] == ["which", "to pass easily on Thursday"]


def test_a_who_subject_of_an_expected_infinitive_is_told(nlp: Any) -> None:
    text = ("The mayor met the new police chief, who is expected to announce sweeping changes "
            "to the force next month.")
    assert contents_by_cue(text, nlp)["is expected"] == [
        "who", "to announce sweeping changes to the force next month"]


def test_an_it_subject_of_an_expected_infinitive_is_told(nlp: Any) -> None:
    text = "It is expected to take at least three years to rebuild the bridge."
    assert contents_by_cue(text, nlp)["is expected"][0] == "It"


def test_a_named_subject_of_an_expected_infinitive_is_told(nlp: Any) -> None:
    text = "The governor is expected to sign the water bill before the end of the week."
    assert contents_by_cue(text, nlp)["is expected"] == [
        "The governor", "to sign the water bill before the end of the week"]
