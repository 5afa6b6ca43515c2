"""Probes: cue precision (issue 5), verbs of finding and seeing that name an act, not a report.

Written for this round; the sentences are ours. "Find" and "see" report what someone holds
("investigators found that …", "a survey found broad support", "she finds the curfew
unreasonable"), but just as often name an act of finding or seeing: "found himself in a
row", "engineers found the wreckage", "went north to find survivors", "waiting to see
whether …", "helped found the party". On PolNeAR train, "find" with a bare noun object and
no finding (poll, survey, study) for its subject heads an annotated cue in few of its uses,
and "to find" / "to see" in none of 24 (see :data:`sitrep.extract.claims.PERCEPTIONS`).
"""

from __future__ import annotations

from typing import Any

from sitrep.evaluate.claims import predicted_attributions
from stages import claims_in as claims


def cues(text: str, nlp: Any) -> list[str]:
    return [text[a.cue[0][0]:a.cue[0][1]] for a in predicted_attributions(claims(nlp, text))]


def test_finding_oneself_somewhere_is_no_claim(nlp: Any) -> None:
    assert cues("The minister found himself at the centre of the row over the budget.", nlp) == []


def test_finding_a_thing_is_no_claim(nlp: Any) -> None:
    assert cues("Engineers found the wreckage of the helicopter near the river.", nlp) == []


def test_going_to_find_is_no_claim(nlp: Any) -> None:
    assert cues("Rescue teams drove north to find survivors in the flooded villages.", nlp) == []


def test_waiting_to_see_is_no_claim(nlp: Any) -> None:
    assert cues("The villagers are waiting to see whether the army withdraws.", nlp) == []


def test_helping_to_found_a_party_is_no_claim(nlp: Any) -> None:
    assert cues("He helped found the opposition party in 2004.", nlp) == []


def test_a_survey_finding_support_is_a_claim(nlp: Any) -> None:
    text = "A survey by the institute found broad support for the truce."
    assert cues(text, nlp) == ["found"]


def test_finding_that_is_a_claim(nlp: Any) -> None:
    text = "Investigators found that the fire had been set deliberately."
    assert cues(text, nlp) == ["found"]


def test_finding_something_so_is_a_claim(nlp: Any) -> None:
    text = "She finds the new curfew unreasonable and says so."
    assert "finds" in cues(text, nlp)
