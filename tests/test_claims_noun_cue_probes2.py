"""Probes: cues that are not verbs, or verbs the tagger did not read as verbs (issue 5, cue
recall, second round on nouns). The sentences are ours.

A headline set in title case often has its cue verb read as one more word of a long name
("Rebel Commander Denounces Truce Talks": "Denounces" a proper noun), and no rule saw it
(:mod:`sitrep.extract.claim_headlines`). The speaker is the run of capitalised words before
the verb, the content the rest of the line (a verb that ends the line tells what comes before
its speaker). A cue-verb form that is a noun stays no cue: after a possessor ("The Governor's
Attacks On ..."), inside a place's name, after a preposition ("In Border States"), or as
the subject of a verb after it.
"""

from __future__ import annotations

from typing import Any

from stages import claims_in, contents_by_cue, sources_by_cue


def test_headline_verb_read_as_a_name(nlp: Any) -> None:
    text = "Rebel Commander Denounces Proposed Truce Talks."
    assert sources_by_cue(text, nlp) == {"Denounces": "Rebel Commander"}
    assert contents_by_cue(text, nlp) == {"Denounces": ["Proposed Truce Talks"]}


def test_headline_verb_with_its_preposition(nlp: Any) -> None:
    text = "Farmers Union Worries About Falling Grain Prices."
    assert sources_by_cue(text, nlp) == {"Worries About": "Farmers Union"}
    assert contents_by_cue(text, nlp) == {"Worries About": ["Falling Grain Prices"]}


def test_headline_content_stops_at_an_adjunct(nlp: Any) -> None:
    text = "Veteran Senator Praises Mediators After Prisoner Swap."
    assert sources_by_cue(text, nlp) == {"Praises": "Veteran Senator"}
    assert contents_by_cue(text, nlp) == {"Praises": ["Mediators"]}


def test_headline_speaker_after_a_timestamp(nlp: Any) -> None:
    text = "Live updates 10:42AM Opposition Chief Endorses Reform Candidate Ahead Of Vote."
    assert sources_by_cue(text, nlp).get("Endorses") == "Opposition Chief"


def test_headline_noun_after_a_possessor_is_no_cue(nlp: Any) -> None:
    text = "Why The Governor's Attacks On The Press Could Backfire."
    assert claims_in(nlp, text) == ()


def test_headline_noun_in_a_place_is_no_cue(nlp: Any) -> None:
    text = "Clashes Erupt In Border States As Talks Stall."
    assert claims_in(nlp, text) == ()


def test_headline_noun_subject_is_no_cue(nlp: Any) -> None:
    text = "Regional Flood Reports Could Delay Bridge Repairs."
    assert "Reports" not in sources_by_cue(text, nlp)


# Adjectives of attitude after "be" (knowledge/claim_attitudes.tsv): the cue runs from the
# verb group to the adjective and its preposition, its object told, the subject the source.
# "critical to" / "critical for" means crucial: no one's view.

def test_supportive_of(nlp: Any) -> None:
    text = "The farmers' union was supportive of the new water plan."
    assert sources_by_cue(text, nlp) == {"was supportive of": "The farmers' union"}
    assert contents_by_cue(text, nlp) == {"was supportive of": ["the new water plan"]}


def test_leery_of(nlp: Any) -> None:
    text = "Many shopkeepers remain leery of the new currency."
    assert sources_by_cue(text, nlp) == {"remain leery of": "Many shopkeepers"}


def test_upbeat_about(nlp: Any) -> None:
    text = "Local traders are upbeat about the coming harvest."
    assert sources_by_cue(text, nlp) == {"are upbeat about": "Local traders"}
    assert contents_by_cue(text, nlp) == {"are upbeat about": ["the coming harvest"]}


def test_unhappy_with(nlp: Any) -> None:
    text = "The fishermen were unhappy with the new quotas."
    assert sources_by_cue(text, nlp) == {"were unhappy with": "The fishermen"}


def test_critical_to_is_crucial_not_a_view(nlp: Any) -> None:
    text = "The northern bridge is critical to the supply of the besieged town."
    assert claims_in(nlp, text) == ()


def test_critical_of_stays_a_claim(nlp: Any) -> None:
    text = "The relief agencies were critical of the blockade."
    assert sources_by_cue(text, nlp) == {"were critical of": "The relief agencies"}


def test_remained_hopeful_that(nlp: Any) -> None:
    text = "The negotiators remained hopeful that the talks would resume."
    assert sources_by_cue(text, nlp) == {"remained hopeful": "The negotiators"}
    assert contents_by_cue(text, nlp) == {"remained hopeful": ["that the talks would resume"]}


# A verb of voting or speaking out with "in favor of", "in support of", "in opposition to":
# the cue runs to the preposition, its object the position told; "is in favor of" after "be"
# and a court's "ruled in favor of" stay no claim (PolNeAR train marks them otherwise).

def test_voted_in_favor_of(nlp: Any) -> None:
    text = "Most of the assembly voted in favor of the truce."
    assert sources_by_cue(text, nlp) == {"voted in favor of": "Most of the assembly"}
    assert contents_by_cue(text, nlp) == {"voted in favor of": ["the truce"]}


def test_spoken_out_in_support_of(nlp: Any) -> None:
    text = "The bishop has spoken out in support of the striking miners, a union of 4,000."
    assert sources_by_cue(text, nlp) == {"has spoken out in support of": "The bishop"}
    assert contents_by_cue(text, nlp) == {"has spoken out in support of": ["the striking miners"]}


def test_stood_in_opposition_to(nlp: Any) -> None:
    text = "The party has long stood in opposition to the dam."
    assert sources_by_cue(text, nlp) == {"has long stood in opposition to": "The party"}


def test_ruled_in_favor_of_is_no_claim(nlp: Any) -> None:
    text = "The court ruled in favor of the farmers."
    assert claims_in(nlp, text) == ()


# A colon is the cue of a quote set after a name (quotes._colon_speaker): in a digest of
# excerpts "More from X:" and "From the report:" name the source, and a name after a dash
# speaks the quote even when a verb stands before the dash.

def test_more_from_name_colon_quote(nlp: Any) -> None:
    text = "More from Haddad: “Prices in the market have doubled since the spring.”"
    assert sources_by_cue(text, nlp) == {":": "Haddad"}


def test_from_the_report_colon_quote(nlp: Any) -> None:
    text = "From the report: “Most of the displaced have no access to clean water at all.”"
    assert sources_by_cue(text, nlp) == {":": "the report"}
    assert contents_by_cue(text, nlp) == {
        ":": ["Most of the displaced have no access to clean water at all"]}


def test_name_after_a_dash_speaks_the_quote(nlp: Any) -> None:
    text = ("Aid groups warn of famine - Sara Lind and Omar Haddad: “The next harvest will "
            "fail without rain in the coming weeks.”")
    assert sources_by_cue(text, nlp).get(":") == "Sara Lind and Omar Haddad"
    assert contents_by_cue(text, nlp).get("warn of") == ["famine"]


# A noun cue takes the adjectives and the "a"/"an" right before it, as PolNeAR marks it
# ("a renewed call", "his blunt warning"), not "the" or a compound.

def test_noun_cue_takes_its_adjective(nlp: Any) -> None:
    text = "The envoy's blunt warning that the truce would collapse went unheeded."
    assert sources_by_cue(text, nlp) == {"blunt warning": "The envoy's"}
    assert contents_by_cue(text, nlp) == {"blunt warning": ["that the truce would collapse"]}


def test_noun_cue_takes_its_article_a(nlp: Any) -> None:
    text = "An admission that the shelling had hit the school came late."
    assert contents_by_cue(text, nlp) == {
        "An admission": ["that the shelling had hit the school"]}


# An attitude's infinitive that is itself a cue verb of speech joins the cue, and its object
# is told ("was reluctant to endorse X"); any other infinitive is what is told ("is eager to
# run"), and so is a deed ("is eager to attack the town").

def test_reluctant_to_endorse(nlp: Any) -> None:
    text = "The senator was reluctant to endorse the new budget."
    assert sources_by_cue(text, nlp) == {"was reluctant to endorse": "The senator"}
    assert contents_by_cue(text, nlp) == {"was reluctant to endorse": ["the new budget"]}


def test_eager_to_run_keeps_its_infinitive(nlp: Any) -> None:
    text = "The mayor is eager to run for a second term."
    assert contents_by_cue(text, nlp) == {"is eager": ["to run for a second term"]}


def test_eager_to_attack_is_a_deed_wanted(nlp: Any) -> None:
    text = "The militia commander is eager to attack the town."
    assert contents_by_cue(text, nlp).get("is eager") == ["to attack the town"]
