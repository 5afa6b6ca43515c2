"""The claims rules one class at a time, on short sentences written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from sitrep.evaluate.claims import predicted_attributions
from sitrep.extract.quotes import find_quotes
from sitrep.model import Claim
from stages import claims_in as claims


def one(found: tuple[Claim, ...], cue: str) -> Claim:
    (c,) = [c for c in found if c.cue.text == cue]
    return c


def source(c: Claim) -> str | None:
    return c.source.span.text if c.source.span else None


# quotation marks


def test_quotes_pair_within_a_paragraph_and_run_on_into_the_next() -> None:
    text = ('He said "no" twice.\n"We held the bridge for three days.\n'
            '"Then the shelling stopped."\nA stray " mark.')
    quotes = find_quotes(text)
    inner = [text[q.inner_start:q.inner_end] for q in quotes]
    assert inner == ["no", "We held the bridge for three days.", "Then the shelling stopped."]
    assert [q.closed for q in quotes] == [True, False, True]


def test_a_quote_run_on_over_paragraphs_keeps_its_speaker(nlp: Any) -> None:
    text = ('The commander told reporters: "We held the bridge for three days and nights.\n\n'
            '"Then the shelling stopped and we moved north."')
    found = claims(nlp, text)
    assert [c.cue.text for c in found] == ["told", "told"]
    assert found[1].content.text.startswith("Then the shelling stopped")
    assert {source(c) for c in found} == {"The commander"}


def test_a_quote_inside_the_cue_clause_is_part_of_an_indirect_claim(nlp: Any) -> None:
    c = one(claims(nlp, 'The colonel described the strike as "a precise operation against '
                        'armed fighters".'), "described")
    assert c.kind == "indirect"
    assert c.content.text == 'the strike as "a precise operation against armed fighters'


def test_a_short_quote_right_after_its_cue(nlp: Any) -> None:
    c = one(claims(nlp, 'Asked about the deal, the minister said, "Never."'), "said")
    assert c.kind == "direct" and c.content.text == "Never."


# speakers before a colon


def test_transcript_and_headline_speakers(nlp: Any) -> None:
    (c,) = claims(nlp, "Ahmadi: We will not retreat from the hills.")
    assert (source(c), c.cue.text, c.content.text) == (
        "Ahmadi", ":", "We will not retreat from the hills.")
    (q,) = claims(nlp, "Q: Did the army leave the town before the shelling?")
    assert source(q) == "Q"
    assert claims(nlp, "Update: The convoy left the city at dawn.") == ()


# verbs


def test_participles_take_the_speaker_of_their_clause(nlp: Any) -> None:
    c = one(claims(nlp, "The minister answered by saying the border would stay closed."),
            "saying")
    assert source(c) == "The minister" and c.content.text == "the border would stay closed"
    poster = one(claims(nlp, "Posters saying the war is over covered the walls."), "saying")
    assert source(poster) == "Posters" and poster.content.text == "the war is over"


def test_a_second_cue_of_the_same_speaker_ends_the_first_content(nlp: Any) -> None:
    found = claims(nlp, "The spokesman said the convoy was attacked, adding that two "
                        "drivers were hurt.")
    said, adding = one(found, "said"), one(found, "adding")
    assert said.content.text == "the convoy was attacked"
    assert adding.content.text == "that two drivers were hurt"
    assert source(said) == source(adding) == "The spokesman"


def test_as_clause_attributes_the_rest_of_the_sentence(nlp: Any) -> None:
    c = one(claims(nlp, "As the agency reported, the convoy reached the city on Monday."),
            "reported")
    assert source(c) == "the agency"
    assert c.content.text.startswith("the convoy reached the city")


def test_when_asked_is_a_claim_without_a_source(nlp: Any) -> None:
    c = one(claims(nlp, "When asked whether the talks had failed, the envoy smiled."), "asked")
    assert c.source.span is None and c.content.text == "whether the talks had failed"
    found = claims(nlp, 'Asked if the plan had failed, the mayor replied, "Well, maybe so."')
    assert one(found, "Asked").content.text == "if the plan had failed"
    assert source(one(found, "replied")) == "the mayor"


def test_preposition_joins_a_cue_to_its_content(nlp: Any) -> None:
    c = one(claims(nlp, "The mayor railed against the curfew."), "railed against")
    assert c.content.text == "the curfew" and source(c) == "The mayor"


def test_passive_cue_tells_its_subject(nlp: Any) -> None:
    c = one(claims(nlp, "The attack was first reported by local media."), "was first reported")
    assert c.content.text == "The attack" and source(c) == "local media"
    (c,) = claims(nlp, "Rebel leaders are expected to attend the talks.")
    assert c.content.text == "Rebel leaders are expected to attend the talks"
    assert c.cue.text == "are expected" and c.source.span is None


def test_seem_has_no_source_and_tells_its_subject(nlp: Any) -> None:
    (c,) = claims(nlp, "The truce seems to hold.")
    assert c.content.text == "The truce seems to hold"
    assert c.source.span is None and c.certainty == "hedged"


def test_manner_adverbs_and_chained_cues_belong_to_the_cue(nlp: Any) -> None:
    denied = one(claims(nlp, "The general angrily denied the report."), "angrily denied")
    assert denied.stance == "denies"
    chained = claims(nlp, "The ministry continued to deny that troops were in the town.")
    c = one(chained, "continued to deny")
    assert c.content.text == "that troops were in the town" and c.stance == "asserts"


def test_a_misread_lemma_still_finds_the_cue(nlp: Any) -> None:
    c = one(claims(nlp, "The villagers are hoping the aid will arrive soon."), "are hoping")
    assert c.certainty == "hedged" and c.content.text == "the aid will arrive soon"


def test_fronted_words_belong_to_the_content(nlp: Any) -> None:
    c = one(claims(nlp, "Many days, she worked past midnight, the nurse said."), "said")
    assert c.content.text == "Many days, she worked past midnight"


def test_urged_tells_whom_and_what(nlp: Any) -> None:
    c = one(claims(nlp, "The envoy urged both sides to return to the table."), "urged")
    assert c.content.text == "both sides to return to the table"
    c = one(claims(nlp, "The council called on the rebels to withdraw from the city."),
            "called on")
    assert source(c) == "The council" and c.content.text == "the rebels to withdraw from the city"


def test_an_object_runs_on_to_the_end_of_its_complements(nlp: Any) -> None:
    c = one(claims(nlp, "The senator called the plan a disaster."), "called")
    assert c.content.text == "the plan a disaster"
    c = one(claims(nlp, "The minister criticized the army for the delay."), "criticized")
    assert c.content.text == "the army for the delay"
    c = one(claims(nlp, "The mayor condemned the attack on Tuesday."), "condemned")
    assert c.content.text == "the attack"


def test_went_on_to_and_a_purpose_infinitive(nlp: Any) -> None:
    c = one(claims(nlp, "The minister went on to say that the talks would resume."),
            "went on to say")
    assert source(c) == "The minister" and c.content.text == "that the talks would resume"
    c = one(claims(nlp, "The mayor took the stage to say the city would rebuild."), "to say")
    assert source(c) == "The mayor" and c.content.text == "the city would rebuild"


def test_generic_you_know_is_no_claim(nlp: Any) -> None:
    assert not [c for c in claims(nlp, "You know the war will not end soon.")
                if c.cue.text == "know"]


# nouns, adjectives, findings


def test_content_noun_with_its_possessor(nlp: Any) -> None:
    c = one(claims(nlp, "The governor's criticism of the raid drew a quick response."),
            "criticism of")
    # PolNeAR keeps the "'s" in a possessor source; the canonical name goes without it
    assert source(c) == "The governor's" and c.content.text == "the raid"
    assert c.source.canonical == "governor"


def test_attitude_adjective_after_be(nlp: Any) -> None:
    c = one(claims(nlp, "The monitors were critical of the vote count."), "were critical of")
    assert source(c) == "The monitors" and c.content.text == "the vote count"


def test_a_poll_attributes_the_rest_of_the_sentence(nlp: Any) -> None:
    found = claims(nlp, "In a new poll, most residents back the ceasefire.")
    c = one(found, "In")
    assert source(c) == "a new poll" and c.kind == "according_to"
    assert c.content.text.startswith("most residents back the ceasefire")
    assert claims(nlp, "The mayor is far ahead in the polls.") == ()


def test_a_cue_in_a_relative_clause_is_about_its_noun(nlp: Any) -> None:
    c = one(claims(nlp, "The ceasefire was not the deal the rebels wanted."), "wanted")
    assert (source(c), c.content.text) == ("the rebels", "the deal")
    c = one(claims(nlp, "The council dropped the plan, which the mayor had opposed."),
            "had opposed")
    assert (source(c), c.content.text) == ("the mayor", "which")


def test_a_relative_pronoun_source_stands_for_its_noun(nlp: Any) -> None:
    c = one(claims(nlp, "The engineers released a report which showed the dam was damaged."),
            "showed")
    assert source(c) == "which" and c.source.canonical == "report"
    assert c.content.text == "the dam was damaged"
    assert claims(nlp, "The agency published images which could indicate a second strike.") == ()


def test_a_cue_left_without_a_subject_takes_the_words_before_it(nlp: Any) -> None:
    c = one(claims(nlp, "About 4 in 10 say they want a new election."), "say")
    assert (source(c), c.content.text) == ("About 4 in 10", "they want a new election")


def test_a_cue_ending_its_paragraph_with_a_colon_takes_the_next_one(nlp: Any) -> None:
    c = one(claims(nlp, "The governor wrote:\n\nThe roads will reopen on Friday."), "wrote")
    assert c.content.text == "The roads will reopen on Friday." and source(c) == "The governor"


@pytest.mark.parametrize("text", [
    "Rebel fighters attacked army positions near Hama on Monday.",
    "The militia, backed by Turkish artillery, pushed into the town of Afrin.",
    "The group aims to assert control over the oil fields east of the river.",
])
def test_deeds_of_war_are_not_claims(nlp: Any, text: str) -> None:
    assert claims(nlp, text) == ()


def test_a_verb_of_war_with_a_reason_is_a_claim(nlp: Any) -> None:
    (claim,) = claims(nlp, "The senator attacked the minister over the failed ceasefire.")
    assert claim.cue.text.startswith("attacked")


def test_a_trailing_report_whose_speaker_the_parser_hid_is_still_attributed(
        nlp: Any) -> None:
    found = claims(nlp, "Government troops are advancing towards the dam, a report by "
                             "Al-Masdar News said on Monday.")
    said = next(c for c in found if c.cue.text.startswith("said"))
    assert said.source.canonical == "Al-Masdar News" and said.source.type == "media"
    assert said.content.text == "Government troops are advancing towards the dam"


def test_which_they_say_keeps_the_outlet_s_distance(nlp: Any) -> None:
    found = claims(nlp, "The ministry released photos which they say show rebel tanks near "
                        "the border.")
    shown = next(c for c in found if c.cue.text == "say")
    assert shown.source.span and shown.source.span.text == "they"
    assert shown.stance == "asserts" and shown.certainty == "hedged"


# what is not an attribution (issue 5)


def test_verbs_of_deceit_are_never_cues(nlp: Any) -> None:
    assert claims(nlp, "Either the envoys are lying about the strike or the army is.") == ()
    assert claims(nlp, "The council deceived voters about the size of the deal.") == ()
    (c,) = claims(nlp, "The ministry said the rebels are lying about the strike.")
    assert c.cue.text == "said" and c.content.text == "the rebels are lying about the strike"


def test_a_modal_passive_without_agent_is_the_writers_verdict(nlp: Any) -> None:
    text = ("Hence the talk of a truce between the two towns, weak as it was, can now be "
            "confirmed as false news or, better put, wishful thinking by the rebels.")
    assert claims(nlp, text) == ()
    (c,) = claims(nlp, "The strike was confirmed by the ministry.")
    assert c.cue.text == "was confirmed" and source(c) == "the ministry"


def test_one_cue_gives_one_claim(nlp: Any) -> None:
    text = "The commander has been mentioned as a candidate for the post."
    (c,) = claims(nlp, text)
    assert c.cue.text == "has been mentioned" and source(c) is None
    assert c.content.text == text.rstrip(".")
    (scored,) = predicted_attributions([c])
    assert [text[s:e] for s, e in scored.content] == ["The commander ",
                                                      " as a candidate for the post"]


def test_impersonal_it_or_this_is_no_source(nlp: Any) -> None:
    text = ("The notion of a lasting truce was always weak. However, in practical terms, it "
            "highlights the real possibility that the two sides may clash.")
    assert claims(nlp, text) == ()
    text = "This shows that the army never left the town."
    assert claims(nlp, "The siege dragged on for weeks. " + text) == ()
    found = claims(nlp, "The ministry issued a statement on Monday. It said the army had "
                        "taken the town.")
    assert source(one(found, "said")) == "It"


def test_pronoun_source_stands_for_the_subject_it_hangs_from(nlp: Any) -> None:
    text = ("On Sunday, after talks with the United States, the Russian Ministry of Defense "
            "published aerial images which they say show troops near the city.")
    (c,) = claims(nlp, text)
    assert source(c) == "they" and c.cue.text == "say" and c.certainty == "hedged"
    assert c.source.canonical == "Russian Ministry of Defense"


def test_as_first_reported_by_is_a_claim_beside_the_first(nlp: Any) -> None:
    text = ("Local media have reported that jets bombed the bridge near the town, as "
            "originally reported by Al-Masdar. The reports are not yet confirmed.")
    found = claims(nlp, text)
    assert [(source(c), c.cue.text) for c in found] == [
        ("Local media", "have reported"), ("Al-Masdar", "originally reported")]
    assert found[1].source.canonical == "Al-Masdar News"
    assert found[1].content.text == "that jets bombed the bridge near the town"
    assert all(c.certainty == "unconfirmed" for c in found)


def test_transcript_turns_keep_their_speakers_claims(nlp: Any) -> None:
    text = ("The envoy spoke to reporters on Monday.\n"
            "Q: Will the truce hold through the winter?\n"
            "A: I think the truce will hold if both sides keep their word.\n"
            "Q: And the prisoners?\n"
            "A: They will be freed next week.\n"
            "Casualties: seven districts reported shelling overnight.")
    found = claims(nlp, text)
    turns = [(source(c), c.content.text) for c in found if c.cue.text == ":"]
    assert turns == [("Q", "Will the truce hold through the winter?"),
                     ("A", "I think the truce will hold if both sides keep their word."),
                     ("Q", "And the prisoners?"), ("A", "They will be freed next week.")]
    c = one(found, "think")
    assert source(c) == "I"
    assert c.content.text == "the truce will hold if both sides keep their word"


def test_reportedly_hands_its_clause_to_no_named_source(nlp: Any) -> None:
    text = "The militants reportedly executed three men in the square."
    (c,) = claims(nlp, text)
    assert c.cue.text == "reportedly" and c.source.span is None and c.certainty == "hedged"
    assert c.content.text == "The militants reportedly executed three men in the square"
    (scored,) = predicted_attributions([c])
    assert [text[s:e] for s, e in scored.content] == ["The militants ",
                                                      " executed three men in the square"]
    (verb,) = claims(nlp, "The envoy reportedly said the talks had failed.")
    assert verb.cue.text == "reportedly said" and source(verb) == "The envoy"


# boundaries added for issue 5


def test_a_clause_hung_on_the_medium_or_the_occasion_is_the_content(nlp: Any) -> None:
    c = one(claims(nlp, "The ministry said in a statement that the convoy had reached the "
                        "city."), "said in a statement")
    assert c.content.text == "that the convoy had reached the city"
    c = one(claims(nlp, "The governor said at a news conference on Sunday that the road to "
                        "the airport was open again."), "said")
    assert c.content.text == "that the road to the airport was open again"


def test_a_trailer_after_a_long_apposition_still_names_the_speaker(nlp: Any) -> None:
    c = one(claims(nlp, "“We will not leave our village,” Ahmad Khalil, a farmer who fled the "
                        "shelling in March, said."), "said")
    assert c.content.text == "We will not leave our village"
    assert source(c) == "Ahmad Khalil, a farmer who fled the shelling in March"


def test_a_focus_adverb_is_no_part_of_the_source(nlp: Any) -> None:
    c = one(claims(nlp, "Even the mayor said the shelling had stopped."), "said")
    assert source(c) == "the mayor"


def test_an_agency_kicker_is_no_speaker(nlp: Any) -> None:
    text = "The Latest: Rebels shell the town of Douma\n\nThe army said it repelled them."
    assert [c.cue.text for c in claims(nlp, text)] == ["said"]


def test_a_rumor_is_an_unconfirmed_noun_cue(nlp: Any) -> None:
    c = one(claims(nlp, "The opposition spread a rumor of a coup in the capital."),
            "spread a rumor of")
    assert c.content.text == "a coup in the capital" and c.certainty == "unconfirmed"
    assert source(c) == "The opposition"


# light verb + noun of speech or position (knowledge/claim_light_cues.tsv)


def test_a_light_verb_and_its_noun_are_one_cue(nlp: Any) -> None:
    found = claims(nlp, "The mayor expressed concern that the new bridge would not open "
                        "before winter.")
    c = one(found, "expressed concern")
    assert c.content.text == "that the new bridge would not open before winter"
    assert source(c) == "The mayor"
    assert "expressed" not in [x.cue.text for x in found]
    c = one(claims(nlp, "The senator took issue with the budget cuts."), "took issue with")
    assert c.content.text == "the budget cuts" and source(c) == "The senator"
    c = one(claims(nlp, "Ms. Lopez has made no secret of her plans for the party."),
            "has made no secret of")
    assert c.content.text == "her plans for the party" and source(c) == "Ms. Lopez"


def test_a_light_verb_of_a_jab_needs_a_person(nlp: Any) -> None:
    c = one(claims(nlp, "Senator Anne Walsh took a shot at the governor over the tax plan."),
            "took a shot at")
    assert c.content.text.startswith("the governor")
    assert not claims(nlp, "The gunners took aim at the convoy near the bridge.")


@pytest.mark.parametrize("text", [
    "The army made an advance toward the town.",
    "Rebels took control of the northern district.",
    "The jets gave cover to the ground troops.",
    "Soldiers took positions on the hill overlooking the road.",
    "The militia made an attack on the checkpoint at dawn.",
])
def test_a_deed_of_conflict_news_is_no_light_verb_cue(nlp: Any, text: str) -> None:
    assert not claims(nlp, text)


def test_a_cue_set_into_the_words_it_tells_is_kept(nlp: Any) -> None:
    found = claims(nlp, "He said that the convoy, the officials said, had reached the town.")
    sources = {c.source.span.text for c in found if c.source.span is not None}
    assert sources == {"He", "the officials"}  # the outer claim and the one set into it
    inset = next(c for c in found if c.source.span is not None
                 and c.source.span.text == "the officials")
    assert inset.content is not None and "had reached the town" in inset.content.text
