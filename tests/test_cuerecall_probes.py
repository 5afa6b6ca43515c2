"""Probes: cues the claims rules missed entirely (issue 5, cue recall, cuerecall round).
The sentences are ours.

A headline in sentence case drops its articles and auxiliaries as a title-case one does, and
the tagger reads the cue verb after a name as one more noun of it ("UNICEF plans airlift",
"Trump calls for ceasefire"): in the article's first line such a lower-case cue-verb form,
right after a name and before no verb, adverb or auxiliary, is the cue
(:mod:`sitrep.extract.claim_headlines`). A plural noun heading the headline's subject stays a
noun ("Kabul talks resume", "Gaza attacks leave dozens dead"), and so does the same word in
the body.

A phrasal verb of speech whose particle and preposition join it ("weighed in on the dispute")
is a cue with the preposition's object for content (``knowledge/claim_prep_cues.tsv``).

A sentence that opens on "To" and a person, set off by a comma ("To many, the commander is a
war criminal", "To the Kurds, the withdrawal was a betrayal"), tells the rest of the sentence
as that person's view (:mod:`sitrep.extract.claim_nouns`); "To date", "To be sure", "To that"
and a place ("To Raqqa, the convoy travelled") are no one's view.
"""

from __future__ import annotations

from typing import Any

from stages import contents_by_cue, sources_by_cue

BODY = "\nThe agency said on Monday that it had no further comment."


def test_sentence_case_headline_plans(nlp: Any) -> None:
    text = "UNICEF plans airlift of vaccines to Gaza." + BODY
    assert sources_by_cue(text, nlp).get("plans") == "UNICEF"
    assert contents_by_cue(text, nlp).get("plans") == ["airlift of vaccines to Gaza"]


def test_sentence_case_headline_calls_for(nlp: Any) -> None:
    text = "Trump calls for ceasefire in Gaza." + BODY
    assert sources_by_cue(text, nlp).get("calls for") == "Trump"
    assert contents_by_cue(text, nlp).get("calls for") == ["ceasefire in Gaza"]


def test_sentence_case_headline_issues(nlp: Any) -> None:
    text = "UNHCR issues urgent appeal to donors over Darfur." + BODY
    assert sources_by_cue(text, nlp).get("issues") == "UNHCR"
    assert contents_by_cue(text, nlp).get("issues") == ["urgent appeal to donors over Darfur"]


def test_headline_plural_subject_is_no_cue(nlp: Any) -> None:
    for headline in ("Kabul talks resume in Doha.", "Gaza attacks leave dozens dead."):
        cues = sources_by_cue(headline + BODY, nlp)
        assert set(cues) == {"said"}, headline


def test_lower_case_noun_in_the_body_is_no_cue(nlp: Any) -> None:
    text = ("Aid flights resumed on Monday.\nOfficials in Amman said UNICEF plans were "
            "still under review.")
    assert "plans" not in sources_by_cue(text, nlp)


def test_weighed_in_on(nlp: Any) -> None:
    text = "The foreign minister weighed in on the dispute over the dam."
    assert sources_by_cue(text, nlp) == {"weighed in on": "The foreign minister"}
    assert contents_by_cue(text, nlp) == {"weighed in on": ["the dispute over the dam"]}


def test_have_weighed_in_on(nlp: Any) -> None:
    text = "Aid groups have weighed in on the plan to close the crossing."
    assert contents_by_cue(text, nlp) == {
        "have weighed in on": ["the plan to close the crossing"]}


def test_to_many_opens_a_view(nlp: Any) -> None:
    text = "To many, the commander is a war criminal."
    assert sources_by_cue(text, nlp) == {"To": "many"}
    assert contents_by_cue(text, nlp) == {"To": ["the commander is a war criminal"]}


def test_to_a_people_opens_a_view(nlp: Any) -> None:
    text = "To the Kurds, the withdrawal was a betrayal."
    assert sources_by_cue(text, nlp) == {"To": "the Kurds"}
    assert contents_by_cue(text, nlp) == {"To": ["the withdrawal was a betrayal"]}


def test_to_a_person_opens_a_view(nlp: Any) -> None:
    text = "To Ms. Ruiz, the truce is a trap set by the army."
    assert sources_by_cue(text, nlp) == {"To": "Ms. Ruiz"}


def test_to_a_place_or_a_phrase_is_no_view(nlp: Any) -> None:
    for text in ("To Raqqa, the convoy travelled for three days.",
                 "To that, the minister added nothing.",
                 "To date, no group has claimed the attack.",
                 "To be sure, the ceasefire has largely held."):
        assert "To" not in sources_by_cue(text, nlp), text
