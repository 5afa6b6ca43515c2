"""Probes: the speaker of a cue the parser hung on a noun (round 8 of issue 5, sources: the
wrong entity and the missing source).

Written for this round; the sentences are ours. A "to" infinitive the parser takes for a
relative clause of a noun ("the first mayor to endorse", "had every reason to doubt") is
said by the subject of the clause the noun belongs to; a participle on a speech ("during a
speech attacking …") by the one who gave it; a verb of feeling tells its object's reaction.
"""

from __future__ import annotations

from typing import Any

from stages import source_of


def test_the_first_to_endorse_is_the_subject_of_the_clause(nlp: Any) -> None:
    text = "Ana Ruiz became the first governor to endorse the ceasefire."
    assert source_of(nlp, text, "to endorse") == "Ana Ruiz"


def test_the_only_one_to_oppose_is_the_subject_of_the_clause(nlp: Any) -> None:
    text = "The senator was the only member of the committee to oppose the bill."
    assert source_of(nlp, text, "to oppose") == "The senator"


def test_a_reason_to_doubt_is_the_subject_s(nlp: Any) -> None:
    text = "The farmers had every reason to doubt that the dam would be finished by spring."
    assert source_of(nlp, text, "to doubt") == "The farmers"


def test_a_briefing_held_to_announce_is_the_holder_s(nlp: Any) -> None:  # a control
    text = "The governor held a short briefing on Friday to announce that the roads had reopened."
    assert source_of(nlp, text, "to announce") == "The governor"


def test_an_infinitive_with_no_clause_subject_has_no_source(nlp: Any) -> None:
    text = "There are good reasons to doubt that the dam will be finished by spring."
    assert source_of(nlp, text, "to doubt") in {"", None}


def test_a_participle_on_a_speech_is_said_by_the_speaker(nlp: Any) -> None:
    text = ("The senator made the remarks during a long speech attacking the new budget of the "
            "province.")
    assert source_of(nlp, text, "attacking") == "The senator"


def test_a_participle_on_a_group_is_still_the_group_s(nlp: Any) -> None:
    text = "The donors gave money to a group backing the mayor for a second term."
    assert source_of(nlp, text, "backing") == "a group"


def test_an_irritated_object_is_the_source(nlp: Any) -> None:
    text = "The court's ruling has irritated the families of the detainees."
    assert source_of(nlp, text, "has irritated") == "the families of the detainees"


def test_a_mystified_object_is_the_source(nlp: Any) -> None:
    text = "The decision has mystified the aid groups."
    assert source_of(nlp, text, "has mystified") == "the aid groups"


# An infinitive cue under a passive verb with no agent is said by the passive's subject:
# "the envoy was prompted to say …" (the claim had no source).

def test_one_prompted_to_say_is_the_source(nlp: Any) -> None:
    text = ("The talks were so tense that the envoy was prompted to say that nothing had "
            "been agreed.")
    assert source_of(nlp, text, "to say") == "the envoy"


def test_one_obliged_to_disclose_is_the_source(nlp: Any) -> None:
    text = "Contractors are obliged to disclose that they have paid the fee."
    assert source_of(nlp, text, "to disclose") == "Contractors"


def test_one_forced_to_admit_is_the_source(nlp: Any) -> None:
    text = "The mayor was forced to admit that the money had gone."
    assert source_of(nlp, text, "to admit") == "The mayor"


def test_a_passive_with_an_agent_keeps_the_agent(nlp: Any) -> None:  # a control
    text = "The mayor was urged by the council to deny that the money had gone."
    assert source_of(nlp, text, "was urged") == "the council"


# A speaker the parser hung inside the opening phrase of a quote's sentence ("In a call with
# reporters, Col. X, an army spokesman, said, '…'") is the source (the quote had none).

def test_a_speaker_hung_inside_an_opening_phrase_speaks_the_quote(nlp: Any) -> None:
    text = ('But in a call with reporters on Monday, Col. Omar Haddad, an army spokesman in the '
            'capital, said, "The raid was a combat operation."')
    assert source_of(nlp, text, "said") == "Col. Omar Haddad, an army spokesman in the capital"


def test_a_speaker_after_an_opening_statement_phrase_speaks_the_quote(nlp: Any) -> None:
    text = ('In a statement to reporters, the chief engineer of the province, Omar Haddad, '
            'said: "The bridge will hold."')
    assert source_of(nlp, text, "said") == "the chief engineer of the province, Omar Haddad"


# An infinitive cue that says what a duty noun's holder is there to do is the holder's:
# "Ruiz, whose job is to recommend …" (the source was "whose job").

def test_whose_job_is_to_recommend_is_said_by_whose(nlp: Any) -> None:
    text = ("The plan now goes to Admiral Ana Ruiz, whose job is to recommend options to the "
            "cabinet.")
    assert source_of(nlp, text, "to recommend") == "whose"


def test_the_envoys_job_is_to_explain_is_said_by_the_envoy(nlp: Any) -> None:
    text = "The envoy's job was to explain that the truce would hold."
    assert source_of(nlp, text, "to explain") == "The envoy's"
