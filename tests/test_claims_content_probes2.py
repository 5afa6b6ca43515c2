"""Probes: words of the writer's after an indirect content (issue 5, content spans, round 3).

Written for this round; the sentences are ours. The conventions are PolNeAR's, measured on its
training split (cue equal to gold, content start right):

- a "who" clause set off by a comma at the content's end, on the object of the told clause or
  on a predicate noun ("should release X, who has been held …", "would be X, who leads …"), is
  the writer's and left out (gold: 9 of 12 left out, 2 kept); one inside the content stays;
- a phrase opened by "a"/"an" set off by a comma at the end ("…, a move that …"), naming what
  was told, is left out, unless it hangs on a preposition's object (there gold keeps it in 7
  of 10: a strict xfail) or on a person, or holds a "who" clause or a quotation mark;
- the subject of a passive cue with no source is told with what follows the cue ("The striker
  | the best player"), unless it is the one asked or told, an empty "it", or a clause follows
  (gold: 23 at the subject where the rules started after the cue, 11 as the rules, all hearers).
"""

from __future__ import annotations

from typing import Any

from stages import contents_by_cue, xfail

ON_A_PREPOSITION = ("a ', a/an NOUN …' phrase hung on a preposition's object is left in: on "
                    "PolNeAR train gold keeps such phrases in 7 of 10 (a person or a place "
                    "described), and trimming them too lowered dev content exact F1 0.5940 -> "
                    "0.5935 (content spans round 3)")

# A "who" clause on the object or predicate noun of what is told: the writer's.


def test_a_who_clause_on_the_object_is_not_told(nlp: Any) -> None:
    text = ("The minister said the court should release Omar Haddad, who has been held without "
            "charge for two years.")
    assert contents_by_cue(text, nlp)["said"] == ["the court should release Omar Haddad"]


def test_a_who_clause_on_a_predicate_noun_is_not_told(nlp: Any) -> None:
    text = ("The envoy predicted the next governor would be Lina Ruiz, who leads every poll in "
            "the north.")
    assert contents_by_cue(text, nlp)["predicted"] == ["the next governor would be Lina Ruiz"]


def test_a_who_clause_inside_the_content_stays(nlp: Any) -> None:
    text = "The police said the driver, who was not hurt, had fled the scene on foot."
    assert contents_by_cue(text, nlp)["said"] == [
        "the driver, who was not hurt, had fled the scene on foot"]

# A phrase naming what was reported: the writer's.


def test_a_move_after_the_content_is_not_told(nlp: Any) -> None:
    text = ("The port authority said it would close two of its docks, a move that angered the "
            "dockers' union.")
    assert contents_by_cue(text, nlp)["said"] == ["it would close two of its docks"]


@xfail(ON_A_PREPOSITION)
def test_a_charge_after_the_content_is_not_told(nlp: Any) -> None:
    text = ("The opposition said the count had been rigged in three provinces, a charge the "
            "electoral board rejected on Monday.")
    assert contents_by_cue(text, nlp)["said"] == ["the count had been rigged in three provinces"]


def test_a_plan_after_an_object_is_not_told(nlp: Any) -> None:
    text = ("The council approved a new toll on the coastal road, a plan that drivers have "
            "fought for years.")
    assert contents_by_cue(text, nlp)["approved"] == ["a new toll on the coastal road"]


def test_a_figure_after_the_content_is_not_told(nlp: Any) -> None:
    text = ("Aid workers reported that 4,000 families had fled the valley, a number far higher "
            "than last winter's.")
    assert contents_by_cue(text, nlp)["reported"] == [
        "that 4,000 families had fled the valley"]


def test_a_step_after_the_content_is_not_told(nlp: Any) -> None:
    text = ("The ministry said it would close the border crossing at night, an unusual step "
            "for a government that depends on trade.")
    assert contents_by_cue(text, nlp)["said"] == ["it would close the border crossing at night"]


# What stays.


def test_who_a_named_person_is_stays_with_the_content(nlp: Any) -> None:
    text = ("The mayor said she had spoken with Amina Diallo, a retired judge who leads the "
            "inquiry.")
    assert contents_by_cue(text, nlp)["said"] == [
        "she had spoken with Amina Diallo, a retired judge who leads the inquiry"]


def test_a_phrase_with_the_before_it_stays(nlp: Any) -> None:
    text = "The guide said the group had reached the summit, the highest point in the range."
    assert contents_by_cue(text, nlp)["said"] == [
        "the group had reached the summit, the highest point in the range"]


def test_a_list_after_a_comma_stays(nlp: Any) -> None:
    text = "The farmer said the storm had flattened his wheat, his barley and a shed."
    assert contents_by_cue(text, nlp)["said"] == [
        "the storm had flattened his wheat, his barley and a shed"]


def test_a_phrase_inside_a_quote_stays(nlp: Any) -> None:
    text = ("The coach said the team needed “a quieter ground, a place where the young "
            "players can learn.”")
    assert contents_by_cue(text, nlp)["said"] == [
        "the team needed “a quieter ground, a place where the young players can learn"]


def test_a_phrase_before_the_cue_is_not_touched(nlp: Any) -> None:
    text = ("The bridge will reopen in May, a year later than planned, the transport "
            "minister said.")
    assert contents_by_cue(text, nlp)["said"] == [
        "The bridge will reopen in May, a year later than planned"]


# The subject of a passive cue with no source: told with what follows the cue ("Sanders |
# the winner"; the scorer cuts the cue out). The one asked or told is the hearer, and an
# "it" subject or a clause after the cue leave the content as it was.


def test_the_subject_of_a_passive_cue_is_told(nlp: Any) -> None:
    text = "The striker was named the best player of the tournament."
    assert contents_by_cue(text, nlp)["was named"] == [
        "The striker", "the best player of the tournament"]


def test_the_subject_of_a_passive_cue_with_for_is_told(nlp: Any) -> None:
    text = "The two guards were blamed for the fire at the depot."
    assert contents_by_cue(text, nlp)["were blamed for"] == [
        "The two guards", "the fire at the depot"]


def test_the_subject_of_a_known_for_cue_is_told(nlp: Any) -> None:
    text = "The old judge is known for his long rulings on water rights."
    assert contents_by_cue(text, nlp)["is known for"] == [
        "The old judge", "his long rulings on water rights"]


def test_the_one_asked_is_the_hearer(nlp: Any) -> None:
    text = "The governor was asked about the flooded roads in the east."
    assert contents_by_cue(text, nlp)["was asked about"] == ["the flooded roads in the east"]


def test_an_it_subject_is_not_told(nlp: Any) -> None:
    text = "It was reported that the dam had cracked overnight."
    assert contents_by_cue(text, nlp)["was reported"] == ["that the dam had cracked overnight"]
