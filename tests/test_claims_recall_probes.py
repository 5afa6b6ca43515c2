"""Probes: cues the rules miss (issue 5, cue recall). The sentences are ours.

A finite main verb the parser left without a subject (it hung the speaker inside an opening
phrase: "Friday, Kenya, …, asked …", "On May 3, 2019, Haddad, who …, decided …") made no
claim; the noun phrase before the verb is its source (:mod:`sitrep.extract.claim_unparsed`).
An imperative ("Read the full report here") has no such words and stays no claim.

"Called for X to Y": the parser hangs "for X to Y" as an adverbial clause marked by "for",
and the cue verb had no content; PolNeAR marks "called for" as the cue and "X to Y" as the
content ("waited for X to pass" is no cue verb and stays no claim).

A cue whose object holds a relative cue ("cited a survey that showed …", "praised a report
that found …") made no claim, the inner one being taken for the claim; PolNeAR marks the
outer cue (and the inner one is told inside its content). "Images which they say show …"
and "a map which could indicate …" stay as they were: another's word, an inference.
"""

from __future__ import annotations

from typing import Any

from sitrep.evaluate.claims import predicted_attributions
from stages import claims_in, contents_by_cue


def cues_and_sources(text: str, nlp: Any) -> dict[str, str]:
    """{cue text: source text} of the attributions of ``text``."""
    return {" ".join(text[s:e] for s, e in a.cue): " ".join(text[s:e] for s, e in a.source)
            for a in predicted_attributions(claims_in(nlp, text))}


def test_speaker_hung_on_an_opening_time(nlp: Any) -> None:
    text = "Friday, Kenya, leading a bloc of six states, asked the council to extend the mission."
    assert cues_and_sources(text, nlp) == {"asked": "Kenya, leading a bloc of six states"}


def test_speaker_hung_on_an_opening_date(nlp: Any) -> None:
    text = ("On May 3, 2019, Haddad, who had stayed silent during the siege, decided to back "
            "the truce.")
    assert cues_and_sources(text, nlp) == {
        "decided": "Haddad, who had stayed silent during the siege"}


def test_speaker_after_an_opening_phrase_stays(nlp: Any) -> None:
    text = ("Alarmed by the shelling in the north, Governor Ana Ruiz, the regional head, said "
            "that she had spoken with the army.")
    assert cues_and_sources(text, nlp) == {"said": "Governor Ana Ruiz, the regional head"}


def test_imperatives_stay_no_claim(nlp: Any) -> None:
    assert cues_and_sources("Read the full report on the siege here.", nlp) == {}
    assert cues_and_sources("Tell us what you saw.", nlp) == {}


def test_called_for_someone_to_act(nlp: Any) -> None:
    text = "In the wake of the raid, the governor called for the police chief to resign."
    assert contents_by_cue(text, nlp) == {"called for": ["the police chief to resign"]}


def test_has_called_for_all_sides_to_act(nlp: Any) -> None:
    text = "The envoy has called for all sides to lay down their arms."
    assert contents_by_cue(text, nlp) == {"has called for": ["all sides to lay down their arms"]}


def test_called_for_a_noun_stays(nlp: Any) -> None:
    assert contents_by_cue("The envoy called for calm.", nlp) == {"called for": ["calm"]}


def test_waiting_for_someone_to_act_is_no_claim(nlp: Any) -> None:
    text = "The villagers waited for the convoy to pass before crossing the road."
    assert contents_by_cue(text, nlp) == {}


def test_citing_a_survey_that_showed_is_the_citer_s_claim(nlp: Any) -> None:
    text = "The minister cited a survey that showed most families had fled the valley."
    assert contents_by_cue(text, nlp) == {
        "cited": ["a survey that showed most families had fled the valley"]}


def test_praising_a_report_that_found_is_the_praiser_s_claim(nlp: Any) -> None:
    text = "The senator praised a report that found the camps were overcrowded."
    assert cues_and_sources(text, nlp) == {"praised": "The senator"}


def test_rejecting_a_study_keeps_what_the_study_concluded(nlp: Any) -> None:
    text = "The governor rejected a study which concluded that the dam was unsafe."
    assert cues_and_sources(text, nlp) == {"rejected": "The governor", "concluded": "which"}


def test_images_which_they_say_show_stay_their_claim(nlp: Any) -> None:
    text = "The army published photos which they say show the bridge intact."
    assert cues_and_sources(text, nlp) == {"say": "they"}
    assert cues_and_sources("The agency posted a map which could indicate a second front.",
                            nlp) == {}


# "X won / received / has the endorsement (backing, support) of Y": Y backs X. PolNeAR marks Y
# as the source and X as the content (train: 11 of the 11 such claims we made had it so,
# swapped); "has the backing of" keeps its preposition in the cue, "won the endorsement"
# does not (train, see claim_nouns._backing_claims).


def roles(text: str, nlp: Any) -> list[tuple[str, str, str]]:
    """(source, cue, content) of the attributions of ``text``."""
    return sorted(tuple(" ".join(text[s:e] for s, e in frags)  # type: ignore[misc]
                        for frags in (a.source, a.cue, a.content))
                  for a in predicted_attributions(claims_in(nlp, text)))


def test_won_the_endorsement_of_a_union(nlp: Any) -> None:
    text = "Last week the mayor won the endorsement of the farmers' union."
    assert roles(text, nlp) == [("the farmers' union", "won the endorsement", "the mayor")]


def test_plan_has_the_backing_of_the_council(nlp: Any) -> None:
    text = "The ceasefire plan has the backing of most of the regional council."
    assert roles(text, nlp) == [
        ("most of the regional council", "has the backing of", "The ceasefire plan")]


def test_received_backing_from_militia_leaders(nlp: Any) -> None:
    text = "Okafor received strong backing from several militia leaders in the north."
    assert roles(text, nlp) == [
        ("several militia leaders in the north", "received strong backing", "Okafor")]


def test_secured_the_endorsement_of_the_elders(nlp: Any) -> None:
    text = "The new commander secured the endorsement of the tribal elders before the vote."
    assert roles(text, nlp) == [
        ("the tribal elders", "secured the endorsement", "The new commander")]


def test_a_backing_told_in_a_relative_clause(nlp: Any) -> None:
    text = "Diallo, who had the backing of the largest party, was sworn in on Friday."
    assert roles(text, nlp) == [("the largest party", "had the backing of", "who")]


def test_hoping_to_win_support_is_no_claim(nlp: Any) -> None:
    text = "The governor hopes to win the support of the northern clans."
    assert roles(text, nlp) == [
        ("The governor", "hopes", "to win the support of the northern clans")]
    assert roles("The bill could get the backing of the assembly.", nlp) == []


# A speaker set off by commas after what is told: the source is the whole name and apposition,
# whatever the apposition holds (a verb, a "who" clause, a quoted slogan), as PolNeAR marks it.


def test_trailing_speaker_with_an_apposition_set_off(nlp: Any) -> None:
    text = ("Three convoys were stopped at the border, Omar Farah, the deputy minister for "
            "transport, wrote in a letter to the council.")
    assert cues_and_sources(text, nlp) == {
        "wrote in a letter to the council": "Omar Farah, the deputy minister for transport"}


def test_trailer_speakers_with_an_apposition(nlp: Any) -> None:
    text = ('"We will not sign this deal," the mayors of Gao and Mopti, both members of the '
            'opposition, said in a statement.')
    assert cues_and_sources(text, nlp) == {
        "said in a statement": "the mayors of Gao and Mopti, both members of the opposition"}


def test_trailer_speaker_wearing_a_quoted_slogan(nlp: Any) -> None:
    text = ('"We have never seen a flood like this one," Kenyan farmer Amos Wekesa, wearing a '
            'torn "Vote Ruto" shirt, said as the rain fell.')
    assert cues_and_sources(text, nlp) == {
        "said": 'Kenyan farmer Amos Wekesa, wearing a torn "Vote Ruto" shirt'}


def test_trailer_speakers_with_a_verb_in_the_apposition_stay(nlp: Any) -> None:
    text = ('"The talks are over and the army will decide," Diallo, who has led the delegation '
            'since March, said on Tuesday.')
    assert cues_and_sources(text, nlp) == {"said": "Diallo, who has led the delegation since March"}
    text = ('"The bridge is gone and the road is closed," Nadia Haddad, a nurse then working at '
            'the clinic, wrote in a message.')
    assert cues_and_sources(text, nlp) == {
        "wrote": "Nadia Haddad, a nurse then working at the clinic"}
    text = '"The army must leave the city now," the opposition leader, Kemi Ade, tweeted Sunday.'
    assert cues_and_sources(text, nlp) == {"tweeted": "the opposition leader, Kemi Ade"}


def test_a_trailer_speakers_who_clause_is_no_cue_of_the_quote(nlp: Any) -> None:
    # the clause's verb is a cue of its own ("proposed"), so the quote was told by it, with
    # "Cruz, who" as the source, until the trailer scan passed over the speaker's clause
    text = ('"The plan will not pass this year," Cruz, who has proposed a rival bill, said on '
            'Monday.')
    found = cues_and_sources(text, nlp)
    assert found["said"] == "Cruz"
    assert [c.content.text for c in claims_in(nlp, text) if c.cue.text == "said"] == [
        "The plan will not pass this year"]
