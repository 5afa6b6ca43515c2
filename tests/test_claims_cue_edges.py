"""Probes: where a cue's verb group begins and ends (issue 5, cue edges).

Written for this round; the sentences are ours. The conventions were counted on PolNeAR train
(gold cues that overlap a predicted cue; how often gold takes the word in when it is there):
an adverb inside the verb group, between an auxiliary and the verb, is always in the cue
("has since said", "has so far denied", "has, however, conceded": 29 of 29 such adverbs we left
out, 146 of 146 -ly ones we kept); "then" before the verb right after its subject is in it (15
of 19; after "and" or a comma it is not, 5 of 7); "always" and "soon" right before the verb are
in it (9 of 9); a floating "both" or "all" after the subject or the auxiliary is in it (12 of
13); an -ly adverb of manner right after the verb is in it when a clause, a preposition or the
end of the sentence follows ("asked rhetorically", "complained bitterly about": 17 of 19), and
so is "back" ("wrote back": 5 of 6). Edges left as they were because PolNeAR is split on them:
a weekday after the verb ("said Tuesday": 61 of 109 gold cues take it), "in an interview"
(25 of 70), "said of" (31 of 80).
"""

from __future__ import annotations

from typing import Any

from sitrep.evaluate.claims import predicted_attributions
from stages import claims_in as claims


def cues(text: str, nlp: Any) -> list[str]:
    return [text[a.cue[0][0]:a.cue[0][1]] for a in predicted_attributions(claims(nlp, text))]


def test_since_inside_the_verb_group(nlp: Any) -> None:
    text = "The governor has since said that the curfew will be lifted."
    assert cues(text, nlp) == ["has since said"]


def test_so_far_inside_the_verb_group(nlp: Any) -> None:
    text = "The ministry has so far denied that its troops crossed the border."
    assert cues(text, nlp) == ["has so far denied"]


def test_always_inside_the_verb_group(nlp: Any) -> None:
    text = "The mayor has always maintained that the river is safe to drink."
    assert cues(text, nlp) == ["has always maintained"]


def test_an_aside_adverb_between_commas_inside_the_verb_group(nlp: Any) -> None:
    text = "The ministry has, however, conceded that two soldiers were wounded."
    assert cues(text, nlp) == ["has, however, conceded"]


def test_then_after_the_subject(nlp: Any) -> None:
    text = "Ortega then claimed that the strike had been planned abroad."
    assert cues(text, nlp) == ["then claimed"]


def test_then_after_and_stays_out(nlp: Any) -> None:
    text = "She thanked the volunteers and then said that the shelter would close in May."
    assert "said" in cues(text, nlp)


def test_always_before_the_verb(nlp: Any) -> None:
    text = "The farmers always insisted that the dam would flood their fields."
    assert cues(text, nlp) == ["always insisted"]


def test_soon_before_the_verb(nlp: Any) -> None:
    text = "Observers soon noted that the ballots had not been counted."
    assert cues(text, nlp) == ["soon noted"]


def test_a_floating_both_after_the_auxiliary(nlp: Any) -> None:
    text = "The two parties have both claimed that the vote was rigged."
    assert cues(text, nlp) == ["have both claimed"]


def test_a_floating_both_after_the_subject(nlp: Any) -> None:
    text = "Kamau and Otieno both insisted that the land had been sold illegally."
    assert cues(text, nlp) == ["both insisted"]


def test_a_manner_adverb_after_the_verb_before_a_clause(nlp: Any) -> None:
    text = "The colonel argued forcefully that the base must stay open."
    assert cues(text, nlp) == ["argued forcefully"]


def test_a_manner_adverb_after_the_verb_at_the_end(nlp: Any) -> None:
    text = "\u201cWho would believe that?\u201d the spokesman asked rhetorically."
    assert cues(text, nlp) == ["asked rhetorically"]


def test_a_manner_adverb_before_the_content_preposition(nlp: Any) -> None:
    text = "Residents complained bitterly about the noise from the airfield."
    assert cues(text, nlp) == ["complained bitterly about"]


def test_back_after_the_verb(nlp: Any) -> None:
    text = "The senator wrote back that she had never seen the letter."
    assert cues(text, nlp) == ["wrote back"]


def test_a_weekday_after_the_verb_stays_out(nlp: Any) -> None:
    text = "The army said Tuesday that the road had been reopened."
    assert cues(text, nlp) == ["said"]


def test_an_adverb_already_in_the_group_is_kept(nlp: Any) -> None:
    text = "The agency has also reported that prices rose in March."
    assert cues(text, nlp) == ["has also reported"]


def test_a_name_read_as_a_modal_is_no_part_of_the_cue(nlp: Any) -> None:
    text = "Columnist George Will wrote that the plan would fail."
    assert cues(text, nlp) == ["wrote"]


def test_a_modal_stays_in_the_cue(nlp: Any) -> None:
    text = "The minister will say that the budget is balanced."
    assert cues(text, nlp) == ["will say"]


def test_a_manner_phrase_with_after_a_verb_of_saying(nlp: Any) -> None:
    text = "\u201cThe war is over,\u201d the general said with a grin."
    assert cues(text, nlp) == ["said with a grin"]


def test_a_phone_after_a_verb_of_saying(nlp: Any) -> None:
    text = "The mayor said by telephone that the water supply was safe."
    assert cues(text, nlp) == ["said by telephone"]


def test_a_companion_with_a_clause_stays_out(nlp: Any) -> None:
    text = "The minister spoke with reporters who had waited outside for hours."
    assert "spoke with reporters who had waited outside for hours" not in cues(text, nlp)
