"""Probes: what a source phrase leaves out, as PolNeAR marks it (round 5 of issue 5, sources).

Written for this round; the sentences are ours. A "who" clause set off by commas between a
speaker and the cue is part of the source when it says who the speaker is ("Ana Ruiz, who
heads the transport office, said …"), but not when it reports something the speaker said or
stood for: that clause is a claim of its own ("Ana Ruiz, who endorsed the governor last week,
said …": source "Ana Ruiz").
"""

from __future__ import annotations

from typing import Any

from stages import sources_by_cue


def test_a_who_clause_that_is_a_claim_of_its_own_leaves_the_source(nlp: Any) -> None:
    text = ("Ana Ruiz, who endorsed the governor last week, said the bridge would stay closed "
            "until spring.")
    assert sources_by_cue(text, nlp)["said"] == "Ana Ruiz"


def test_a_who_clause_of_denial_leaves_the_source(nlp: Any) -> None:
    text = ("The mayor, who has denied any wrongdoing, told reporters the audit was politically "
            "motivated.")
    assert sources_by_cue(text, nlp)["told"] == "The mayor"


def test_a_who_clause_of_criticism_leaves_the_source(nlp: Any) -> None:
    text = ("Senator Okafor, who criticized the budget in March, warned that the schools "
            "would lose funding.")
    assert sources_by_cue(text, nlp)["warned"] == "Senator Okafor"


def test_a_who_clause_naming_the_speakers_office_is_kept(nlp: Any) -> None:
    text = ("Ana Ruiz, who heads the transport office, said the bridge would stay closed until "
            "spring.")
    assert sources_by_cue(text, nlp)["said"] == "Ana Ruiz, who heads the transport office"


def test_a_who_clause_saying_what_the_speaker_is_is_kept(nlp: Any) -> None:
    text = ("Tom Berg, who is the union's lawyer, said the strike would go ahead on Monday.")
    assert sources_by_cue(text, nlp)["said"] == "Tom Berg, who is the union's lawyer"


def test_a_medium_between_speaker_and_cue_leaves_the_source(nlp: Any) -> None:
    text = "The senator in a statement on Friday said the vote would be delayed."
    assert sources_by_cue(text, nlp)["said"] == "The senator"


def test_a_time_between_speaker_and_cue_leaves_the_source(nlp: Any) -> None:
    text = "The mayor during the summer insisted that the bridge was safe."
    assert sources_by_cue(text, nlp)["insisted"] == "The mayor"


def test_a_focus_phrase_after_the_speaker_leaves_the_source(nlp: Any) -> None:
    text = "Farmers in particular say the new quotas are unfair."
    assert sources_by_cue(text, nlp)["say"] == "Farmers"


def test_then_after_the_speaker_leaves_the_source(nlp: Any) -> None:
    text = "The mayor at the time said the bridge was safe."
    assert sources_by_cue(text, nlp)["said"] == "The mayor"


def test_a_place_after_the_speaker_is_kept(nlp: Any) -> None:
    text = "Residents in the valley say the water is unsafe to drink."
    assert sources_by_cue(text, nlp)["say"] == "Residents in the valley"


def test_a_dateline_with_a_hyphen_is_no_part_of_the_source(nlp: Any) -> None:
    text = "NAIROBI - The interior minister Jane Wambui said the curfew would be lifted."
    assert sources_by_cue(text, nlp)["said"] == "The interior minister Jane Wambui"


def test_a_dateline_with_an_abbreviated_state_is_no_part_of_the_source(nlp: Any) -> None:
    text = "RENO, NEV. - Governor Alan Marsh said the dam was safe."
    assert sources_by_cue(text, nlp)["said"] == "Governor Alan Marsh"


def test_a_hyphenated_party_label_stays_in_the_source(nlp: Any) -> None:
    text = "Rep. Ann Cole (D-Ohio) said the bill would pass."
    assert sources_by_cue(text, nlp)["said"] == "Rep. Ann Cole (D-Ohio"  # scored without ")"


def test_a_floating_both_is_no_part_of_the_source(nlp: Any) -> None:
    text = "Ruiz and Cole both warned that the reservoir would run dry by August."
    # the floating "both" goes to the cue (tests/test_claims_cue_edges.py)
    assert sources_by_cue(text, nlp)["both warned"] == "Ruiz and Cole"


def test_both_of_them_before_the_speakers_stays(nlp: Any) -> None:
    text = "Both mayors warned that the reservoir would run dry by August."
    assert sources_by_cue(text, nlp)["warned"] == "Both mayors"
