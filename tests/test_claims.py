"""The claims stage on short texts written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from sitrep.evaluate.claims import normalise, predicted_attributions
from stages import claims_in as claims


def test_indirect_speech_with_a_trailer(nlp: Any) -> None:
    (c,) = claims(nlp, "Government troops shelled the village overnight, the Syrian "
                       "Observatory for Human Rights said.")
    assert c.kind == "indirect" and c.cue.text == "said"
    assert c.source.canonical == "SOHR" and c.source.type == "monitor"
    assert c.content.text == "Government troops shelled the village overnight"


def test_according_to(nlp: Any) -> None:
    (c,) = claims(nlp, "According to Reuters, five soldiers died in the ambush.")
    assert c.kind == "according_to" and c.source.canonical == "Reuters"
    assert c.source.type == "media"
    assert c.content.text == "five soldiers died in the ambush."


def test_direct_quote_continues_with_the_same_speaker(nlp: Any) -> None:
    text = ("“We lost everything in the fire,” said Amina Yusuf, a resident of the camp. "
            "“Nobody came to help us for two whole days after the attack.”")
    first, second = claims(nlp, text)
    assert first.kind == second.kind == "direct"
    assert first.source.canonical == second.source.canonical == "Amina Yusuf"
    assert second.content.text.startswith("Nobody came")


def test_denial_links_to_the_claim_it_denies(nlp: Any) -> None:
    text = ("The opposition said government jets bombed a hospital in Idlib. "
            "The defence ministry denied the allegations.")
    asserted, denial = claims(nlp, text)
    assert denial.stance == "denies" and denial.denies == asserted.id
    assert asserted.stance == "asserts"


def test_nested_rejection(nlp: Any) -> None:
    text = "Moscow rejected claims by Kyiv that its forces had shelled the power plant."
    found = claims(nlp, text)
    rejection = next(c for c in found if c.stance == "denies")
    inner = next(c for c in found if c.id == rejection.denies)
    assert inner.source.canonical == "Government of Ukraine"
    assert "shelled the power plant" in inner.content.text


def test_hedged_and_unconfirmed_certainty(nlp: Any) -> None:
    (hedged,) = claims(nlp, "Officials said the militants may have used chemical weapons.")
    assert hedged.certainty == "hedged"
    text = ("Local media reported that dozens of fighters were killed. "
            "The reports have not been confirmed.")
    (reported, *_rest) = claims(nlp, text)
    assert reported.certainty == "unconfirmed"


def test_pronoun_source_resolves_within_the_sentence(nlp: Any) -> None:
    text = ("The Turkish Defence Ministry released footage which it says shows a strike on "
            "a weapons depot.")
    (c,) = claims(nlp, text)
    assert c.source.span and c.source.span.text == "it"
    assert c.source.canonical == "Turkish Defence Ministry"


def test_cue_is_the_whole_verb_group(nlp: Any) -> None:
    (c,) = claims(nlp, "The governor has also said in a statement that the checkpoint will "
                       "close on Friday.")
    assert c.cue.text == "has also said in a statement"
    assert c.content.text == "that the checkpoint will close on Friday"


def test_source_wrapped_by_its_content_gives_one_claim_over_the_cue(nlp: Any) -> None:
    text = "In the north, the commander said, the rebels still hold three villages."
    (c,) = claims(nlp, text)
    assert c.cue.text == "said" and c.source.span and c.source.span.text == "the commander"
    assert c.content.text == text
    # scored as PolNeAR marks it: the two parts around the source and the cue
    (scored,) = predicted_attributions([c])
    assert [text[s:e] for s, e in normalise(text, scored.content)] == [
        "In the north", "the rebels still hold three villages"]


def test_beliefs_and_demands_are_attributed_but_not_nested_ones(nlp: Any) -> None:
    (c,) = claims(nlp, "The mayor believes the ceasefire will hold.")
    assert c.cue.text == "believes" and c.certainty == "hedged"
    (outer,) = claims(nlp, "The envoy wants to see the talks resume next week.")
    assert outer.cue.text == "wants" and outer.content.text.startswith("to see")


def test_according_to_leaves_its_own_phrase_out_of_the_content(nlp: Any) -> None:
    (c,) = claims(nlp, "Two schools were damaged in the strike, according to the UN office.")
    assert c.content.text == "Two schools were damaged in the strike"


@pytest.mark.parametrize(("text", "kind"), [
    ("A military spokesman said the convoy was hit by a roadside bomb.", "military"),
    ("A Taliban spokesman said the group had captured the district.", "armed group"),
    ("Rebel commanders said they had lost the hill.", "armed group"),
    ("A police spokesman said five suspects were arrested.", "official"),
    ("Witnesses told Reuters that gunmen opened fire on the crowd.", "witness"),
    ("A Human Rights Watch researcher said the strikes hit a school.", "monitor"),
    ("Analysts said the offensive was unlikely to succeed.", "expert"),
    ("SANA reported that three civilians were killed in the shelling.", "media"),
    ("A senior security source told AFP that two officers died.", "anonymous"),
])
def test_source_types(nlp: Any, text: str, kind: str) -> None:
    (c,) = claims(nlp, text)
    assert c.source.type == kind


def test_a_source_who_asked_not_to_be_named_is_anonymous(nlp: Any) -> None:
    (c,) = claims(nlp, "An official who asked not to be named said the talks had collapsed.")
    assert c.cue.text == "said" and c.source.type == "anonymous"
    (c,) = claims(nlp, "A commander, speaking on condition of anonymity, said the base was hit.")
    assert c.source.type == "anonymous"


def test_an_anonymity_note_between_cue_and_content_keeps_the_claim(nlp: Any) -> None:
    (c,) = claims(nlp, "An official said on condition of anonymity that the talks had collapsed.")
    assert c.source.type == "anonymous" and c.content.text.endswith("the talks had collapsed")
    (c,) = claims(nlp, "Two officials said, speaking on condition of anonymity, that the army "
                       "had withdrawn.")
    assert c.source.type == "anonymous" and c.content.text == "that the army had withdrawn"
    assert claims(nlp, "The official asked not to be named.") == ()


def test_a_sources_name_leaves_out_its_who_clause(nlp: Any) -> None:
    (c,) = claims(nlp, "A senior aide, who spoke on the condition of anonymity, said the talks "
                       "had collapsed.")
    assert c.source.canonical == "senior aide" and c.source.type == "anonymous"


def test_a_source_of_two_known_names_is_both(nlp: Any) -> None:
    (c,) = claims(nlp, "Moscow and Damascus fear that the talks will fail.")
    assert c.source.canonical == "Government of Russia and Government of Syria"
    assert c.source.type == "official"
    # with a part that names no known source, the phrase is not split
    (c,) = claims(nlp, "Washington and its Kurdish allies denied the claim.")
    assert c.source.canonical == "Government of the United States"


def test_a_claim_told_inside_another_by_another_voice_is_kept_and_linked(nlp: Any) -> None:
    outer, inner = claims(nlp, "Residents said the army claimed the town was calm.")
    assert (outer.source.canonical, outer.cue.text, outer.within) == ("Residents", "said", None)
    assert (inner.source.canonical, inner.cue.text, inner.content.text) == (
        "army", "claimed", "the town was calm")
    assert inner.within == outer.id
    # the same voice, or what someone did rather than said, is no second claim
    assert [c.cue.text for c in claims(nlp, "He said he thinks the talks will fail.")] == ["said"]
    assert [c.within for c in claims(nlp, "Ruiz said Cole was mocking the mayor.")] == [None]
