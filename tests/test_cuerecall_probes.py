"""Probes: cues the claims rules missed entirely (issue 5, cue recall, cuerecall round).
The sentences are ours.

A headline in sentence case drops its articles and auxiliaries as a title-case one does, and
the tagger reads the cue verb after a name as one more noun of it ("UNICEF plans airlift",
"Trump calls for ceasefire"): in the article's first line such a lower-case cue-verb form,
right after a name and before no verb, adverb or auxiliary, is the cue
(:mod:`sitrep.extract.claim_headlines`). A plural noun heading the headline's subject stays a
noun ("Kabul talks resume", "Gaza attacks leave dozens dead"), and so does the same word in
the body.
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
