"""Probes: who says so, as an analyst reads it (issue 5, clwire8 round). The sentences are ours,
in the register of wire copy about the wars in Syria and Iraq.

- Ranks written with a stop ("Brig.", "Col.", "Lt.", "Sgt.", "Maj."): the tokenizer splits the
  stop off and the parser may end a sentence there, so "Brig. Gen. Yahya Rasool said …" lost
  "Brig." from its source and "According to Brig. Gen. X, …" made no claim at all. The claims
  stage joins the pieces (:func:`sitrep.extract.claim_source_spans.rank_before` and
  :func:`~sitrep.extract.claim_source_spans.after_title` in the "according to" rule); the
  tokenizer and the sentence splitter are left as they are (the flags gate reads them).
- "The source said" after "a military source told SANA": the source named earlier, one
  canonical name (:mod:`sitrep.extract.claim_references`); so "the ministry", "The Defence
  Ministry" and "the Russian MoD" after the ministry's full name.
- "chanted slogans" is no report: "chant" is a cue with the words quoted only, and a verb inside a
  content told before its cue ("Protesters … chanted slogans, witnesses said") is no claim of
  the speaker's.
"""

from __future__ import annotations

from typing import Any

import pytest

from stages import claim_with_cue, claims_in, source_text

# --- ranks written with a stop -------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Brig. Gen. Yahya Rasool said the strikes had killed 20 militants.",
    "The operation continues. Brig. Gen. Yahya Rasool said the strikes had killed 20 militants.",
])
def test_sentence_initial_brigadier_general_keeps_the_rank(nlp: Any, text: str) -> None:
    said = claim_with_cue(nlp, text, "said")
    assert source_text(said) == "Brig. Gen. Yahya Rasool"
    assert (said.source.canonical, said.source.type) == ("Yahya Rasool", "military")
    assert said.content.text == "the strikes had killed 20 militants"


def test_two_abbreviated_ranks_before_a_name(nlp: Any) -> None:
    said = claim_with_cue(nlp, "Sgt. Maj. John Smith told reporters the base was safe.", "told")
    assert source_text(said) == "Sgt. Maj. John Smith"
    assert (said.source.canonical, said.source.type) == ("John Smith", "military")


def test_lieutenant_colonel_after_another_sentence(nlp: Any) -> None:
    text = ("The operation continues. Lt. Col. Ahmed Hassan said the strikes had killed 20 "
            "militants.")
    said = claim_with_cue(nlp, text, "said")
    assert source_text(said) == "Lt. Col. Ahmed Hassan"
    assert said.source.type == "military"


def test_army_and_rank_before_a_split_name(nlp: Any) -> None:
    text = "Iraqi army Brig. Gen. Yahya Rasool said the strikes had killed 20 militants."
    said = claim_with_cue(nlp, text, "said")
    assert source_text(said) == "Iraqi army Brig. Gen. Yahya Rasool"


def test_rank_and_apposition(nlp: Any) -> None:
    text = ("Brig. Gen. Yahya Rasool, a spokesman for the Joint Operations Command, told reporters "
            "that the strikes had killed 20 militants.")
    told = claim_with_cue(nlp, text, "told")
    assert source_text(told).startswith("Brig. Gen. Yahya Rasool")  # type: ignore[union-attr]
    assert told.content.text == "that the strikes had killed 20 militants"


def test_the_noun_a_ranked_name_is_in_apposition_to(nlp: Any) -> None:
    text = ("The army's spokesman, Brig. Gen. Yahya Rasool, told reporters the strikes had killed "
            "20 militants.")
    told = claim_with_cue(nlp, text, "told")
    assert source_text(told) == "The army's spokesman, Brig. Gen. Yahya Rasool"
    assert (told.source.canonical, told.source.type) == ("Yahya Rasool", "military")


@pytest.mark.parametrize("opening", ["In Mosul", "Meanwhile"])
def test_a_phrase_before_a_ranked_name_is_no_part_of_it(nlp: Any, opening: str) -> None:
    text = f"{opening}, Brig. Gen. Yahya Rasool said the strikes had killed 20 militants."
    said = claim_with_cue(nlp, text, "said")
    assert source_text(said) == "Brig. Gen. Yahya Rasool"
    assert said.source.canonical == "Yahya Rasool"


def test_according_to_a_brigadier_general_opening_a_sentence(nlp: Any) -> None:
    text = "According to Brig. Gen. Yahya Rasool, the strikes killed 20 militants."
    said = claim_with_cue(nlp, text, "According to")
    assert source_text(said) == "Brig. Gen. Yahya Rasool"
    assert said.source.type == "military"
    assert said.content.text.rstrip(".") == "the strikes killed 20 militants"


def test_according_to_a_brigadier_general_at_the_end(nlp: Any) -> None:
    text = "The strikes killed 20 militants, according to Brig. Gen. Yahya Rasool."
    said = claim_with_cue(nlp, text, "according to")
    assert source_text(said) == "Brig. Gen. Yahya Rasool"
    assert said.source.canonical == "Yahya Rasool"
    assert said.content.text == "The strikes killed 20 militants"


def test_he_after_a_colonel_is_military(nlp: Any) -> None:
    text = "Col. Ibrahim Sheikh visited the front on Monday. He said the army would advance."
    said = claim_with_cue(nlp, text, "said")
    assert (said.source.canonical, said.source.type) == ("Ibrahim Sheikh", "military")


@pytest.mark.parametrize("text", [  # controls: ranks the parser kept with the name
    "Col. Ibrahim Sheikh said the army had taken the village.",
    "The army had taken the village, Col. Ibrahim Sheikh said.",
    "The coalition spokesman, Col. Ibrahim Sheikh, said the army had taken the village.",
])
def test_colonel_controls(nlp: Any, text: str) -> None:
    said = claim_with_cue(nlp, text, "said")
    assert source_text(said).endswith("Col. Ibrahim Sheikh")  # type: ignore[union-attr]
    assert (said.source.canonical, said.source.type) == ("Ibrahim Sheikh", "military")


def test_a_full_stop_before_a_name_is_no_rank(nlp: Any) -> None:  # a control
    text = "The convoy was hit near Saraqib. Ibrahim Sheikh said the army had taken the village."
    said = claim_with_cue(nlp, text, "said")
    assert source_text(said) == "Ibrahim Sheikh"


# --- "the source said": the source named earlier ----------------------------------------------


def test_the_source_is_the_military_source_named_before(nlp: Any) -> None:
    text = ("A military source told SANA that the army had retaken the town. The source said 40 "
            "terrorists were killed. The source added that engineers were clearing mines.")
    found = claims_in(nlp, text)
    assert [(source_text(c), c.source.canonical, c.source.type) for c in found] == [
        ("A military source", "military source", "anonymous"),
        ("The source", "military source", "anonymous"),
        ("The source", "military source", "anonymous")]


def test_one_ministry_named_four_ways(nlp: Any) -> None:
    text = ("The Russian Ministry of Defense said its jets struck ISIS positions. Russia's defence "
            "ministry later said the strikes killed 80 fighters. The Russian MoD added that the US "
            "was helping the SDF. The ministry said the photos proved it.")
    found = claims_in(nlp, text)
    assert len(found) == 4
    assert {c.source.canonical for c in found} == {"Russian Ministry of Defense"}
    assert {c.source.type for c in found} == {"official"}


def test_the_russian_mod_alone(nlp: Any) -> None:
    said = claims_in(nlp, "The Russian MoD said its jets struck ISIS positions.")[0]
    assert said.source.canonical == "Russian Ministry of Defense"


def test_the_ministry_and_the_defence_ministry_after_syrias(nlp: Any) -> None:
    text = ("Syria's Defence Ministry denied that its forces had shelled the town. In a statement, "
            "the ministry said that the army had struck only launch sites. The Defence Ministry "
            "added that 12 militants were killed.")
    found = claims_in(nlp, text)
    assert {c.source.canonical for c in found} == {"Syrian Ministry of Defense"}


def test_it_after_the_ministry_follows_it(nlp: Any) -> None:
    text = ("Syria's Defence Ministry denied that its forces had shelled the town. The ministry "
            "said the reports were fabricated. It said the militants had fired the mortars.")
    found = claims_in(nlp, text)
    assert {c.source.canonical for c in found} == {"Syrian Ministry of Defense"}


def test_the_ministry_is_the_latest_ministry(nlp: Any) -> None:
    text = ("Syria's Defence Ministry said its forces had shelled the town. The Iraqi Interior "
            "Ministry said the border was closed. The ministry added that 12 smugglers were held.")
    added = claim_with_cue(nlp, text, "added")
    assert added.source.canonical == "Iraqi Interior Ministry"


def test_another_ministry_keeps_its_name(nlp: Any) -> None:  # a control
    text = ("Syria's Defence Ministry said its forces had shelled the town. The Health Ministry "
            "said 14 civilians were killed.")
    said = [c for c in claims_in(nlp, text) if source_text(c) == "The Health Ministry"]
    assert len(said) == 1
    assert said[0].source.canonical == "Health Ministry"


def test_the_source_with_no_source_before_stays(nlp: Any) -> None:  # a control
    said = claims_in(nlp, "The source said 40 terrorists were killed.")[0]
    assert said.source.canonical == "source"


# --- chants ----------------------------------------------------------------------------------


def test_chanting_slogans_is_no_claim(nlp: Any) -> None:
    assert claims_in(nlp, "Witnesses chanted slogans against the government.") == ()


def test_a_chant_inside_what_witnesses_said(nlp: Any) -> None:
    text = ("Protesters carried photographs of the dead and chanted slogans against the "
            "government, witnesses said.")
    said = claim_with_cue(nlp, text, "said")
    assert said.source.canonical == "witnesses"
    assert said.content.text == ("Protesters carried photographs of the dead and chanted "
                                 "slogans against the government")
    assert [c.cue.text for c in claims_in(nlp, text)] == ["said"]


def test_a_quoted_chant_is_a_claim(nlp: Any) -> None:  # a control
    text = 'The crowd chanted "Down with the regime" as the convoy passed.'
    chanted = claim_with_cue(nlp, text, "chanted")
    assert chanted.content.text == "Down with the regime"


def test_an_indefinite_source_is_not_the_source_named_before(nlp: Any) -> None:  # a control
    text = ("A military source told SANA that the army had retaken the town. The source said 40 "
            "terrorists were killed. Later, a source in the opposition said the town was still "
            "contested.")
    later = [c for c in claims_in(nlp, text) if source_text(c) == "a source in the opposition"]
    assert len(later) == 1
    assert later[0].source.canonical != "military source"
