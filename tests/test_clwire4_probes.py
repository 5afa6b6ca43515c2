"""Probes: claims in conflict wire copy, fourth pass (issue 5, clwire4 round). The sentences
are ours, in the register of Reuters, AFP and AP copy about the wars in Ukraine, Gaza, Sudan,
the Sahel, Myanmar, Yemen and the DRC.

- "State news agency SANA, citing a military source, said …": an upper-case name the tagger
  took for a verb is still the speaker (:func:`sitrep.extract.claim_unparsed.lost_subject`).
- "The ministry could not confirm the attack": a failed check of what was just told (a
  definite noun that takes it up) leaves the report unconfirmed, and asserts nothing itself
  (:func:`sitrep.extract.claim_stance.unverified_accounts`).
- "It was not possible to independently verify the claim", "…, a claim Reuters could not
  immediately verify": the same, in the other phrasings of wire copy
  (:func:`sitrep.extract.claim_stance.unchecked`).
- a content clause keeps its "that", as PolNeAR marks it ("denied that its fighters …").
- "“…” — Ahmed Saleh, a farmer in Khan Younis": a quote closed by a dash and a name at the
  end of its paragraph is the name's (:func:`sitrep.extract.quotes._dash_trailer`); of the
  persons in a source phrase, the one it is headed by speaks (not the town of its apposition).
- "The military said … The spokesman said …": a bare "the spokesman" speaks for the body
  that spoke last (:class:`sitrep.extract.claim_sources.Resolver`); "He" opening a sentence
  stands for the person the sentence before is about.
- an anonymity note after what was told keeps the claim and leaves its content; a hedging
  adverb in the cue hedges; "denied any involvement" answers the claim that names the denier;
  "called the claim propaganda" denies it; a speaker's "which …" clause does not type it.
- multi-sentence quotes, "— Name" trailers, passive and sourceless reports, sources resolved
  across sentences and typed, denials linked to what they deny, hedges.
"""

from __future__ import annotations

from typing import Any

import pytest

from stages import claim_with_cue, claims_by_cue, claims_in, source_text

# --- the items left by the last stop -----------------------------------------------------

def test_news_agency_name_the_tagger_took_for_a_verb(nlp: Any) -> None:
    text = ("State news agency SANA, citing a military source, said the army had shot down two "
            "drones over Idlib.")
    said = claim_with_cue(nlp, text, "said")
    assert source_text(said) == "State news agency SANA"
    assert said.source.type == "media"
    assert said.content.text == "the army had shot down two drones over Idlib"
    assert [c.cue.text for c in claims_in(nlp, text)] == ["said"]  # "citing" tells no claim


def test_ministry_could_not_confirm_the_attack(nlp: Any) -> None:
    text = ("Residents said a drone struck a market in the town. The ministry could not confirm "
            "the attack.")
    said = claim_with_cue(nlp, text, "said")
    assert said.certainty == "unconfirmed"
    assert [c.cue.text for c in claims_in(nlp, text)] == ["said"]


def test_not_possible_to_independently_verify(nlp: Any) -> None:
    text = ("Rebels said they had seized the base. It was not possible to independently verify "
            "the claim.")
    assert claim_with_cue(nlp, text, "said").certainty == "unconfirmed"


def test_a_claim_an_agency_could_not_immediately_verify(nlp: Any) -> None:
    text = "The RSF said it had taken the city, a claim Reuters could not immediately verify."
    said = claim_with_cue(nlp, text, "said")
    assert said.certainty == "unconfirmed"
    assert said.content.text == "it had taken the city"


def test_a_claim_it_was_not_possible_to_verify(nlp: Any) -> None:
    text = ("The RSF said it had taken the city, a claim that it was not possible to "
            "independently verify.")
    assert claim_with_cue(nlp, text, "said").certainty == "unconfirmed"
    assert [c.cue.text for c in claims_in(nlp, text)] == ["said"]


def test_could_not_immediately_verify_the_figures(nlp: Any) -> None:
    text = ("Health officials in Gaza said 31 people were killed in the strikes. AFP could not "
            "immediately verify the figures.")
    assert claim_with_cue(nlp, text, "said").certainty == "unconfirmed"


# --- quotes over several sentences and "— Name" trailers ---------------------------------

def test_quote_of_two_sentences_with_a_trailer(nlp: Any) -> None:
    text = ("“The shelling did not stop all night. We buried four neighbours this morning,” a "
            "resident of Kherson told AFP.")
    told = claim_with_cue(nlp, text, "told")
    assert "We buried four neighbours this morning" in told.content.text
    assert source_text(told) == "a resident of Kherson"


def test_dash_trailer_names_the_speaker(nlp: Any) -> None:
    text = "“We will not leave our land.” — Ahmed Saleh, a farmer in Khan Younis"
    claims = claims_in(nlp, text)
    assert claims and claims[0].content.text == "We will not leave our land."
    assert source_text(claims[0]) is not None and "Ahmed Saleh" in source_text(claims[0])


def test_dash_trailer_inside_an_article(nlp: Any) -> None:
    text = ("Shelling went on through the night.\n“We have nothing left to lose here.” - Aung "
            "Min, a teacher in Sagaing\nThe junta said it had restored order.")
    claim = claim_with_cue(nlp, text, "-")
    assert claim.content.text == "We have nothing left to lose here."
    assert claim.source.canonical == "Aung Min"


def test_a_dash_before_a_phrase_that_is_no_name(nlp: Any) -> None:  # a control
    text = "He called the truce “a pause for the enemy to regroup” - a view many share."
    assert "-" not in [c.cue.text for c in claims_in(nlp, text)]


def test_speaker_with_an_apposition_naming_a_town(nlp: Any) -> None:
    text = "“They came at dawn and took the men,” said Ahmed Saleh, a farmer in Khan Younis."
    said = claim_with_cue(nlp, text, "said")
    assert source_text(said) == "Ahmed Saleh, a farmer in Khan Younis"
    assert said.source.canonical == "Ahmed Saleh"


def test_quote_continued_by_the_same_speaker(nlp: Any) -> None:
    text = ("“The road to El Fasher is closed,” the aid worker said. “No convoy has passed in "
            "three weeks.”")
    claims = claims_in(nlp, text)
    assert len(claims) == 2
    assert source_text(claims[1]) == source_text(claims[0]) == "the aid worker"


# --- "X's report that …", passive and sourceless reports -----------------------------------

def test_possessive_report_that(nlp: Any) -> None:
    text = ("The UN's report that 300 civilians were killed in the offensive drew a sharp "
            "response from the junta.")
    claim = claim_with_cue(nlp, text, "report")
    assert claim.content.text == "that 300 civilians were killed in the offensive"
    assert source_text(claim) is not None and "UN" in source_text(claim)


def test_passive_report_with_no_agent(nlp: Any) -> None:
    text = "Heavy fighting was reported near the airport in Khartoum on Tuesday."
    claim = claim_with_cue(nlp, text, "was reported")
    assert claim.source.span is None
    assert "Heavy fighting" in claim.content.text


def test_passive_report_by_an_agent(nlp: Any) -> None:
    text = "Explosions in the port city of Hodeidah were reported by residents overnight."
    claim = claim_with_cue(nlp, text, "were reported")
    assert source_text(claim) == "residents"
    assert claim.source.type == "witness"


def test_it_is_alleged_that(nlp: Any) -> None:
    text = "It is alleged that soldiers burned several villages in Sagaing region."
    claim = claim_with_cue(nlp, text, "is alleged")
    assert claim.certainty == "hedged"
    assert claim.content.text == "that soldiers burned several villages in Sagaing region"


# --- sources resolved across sentences ------------------------------------------------------

def test_the_ministry_named_before(nlp: Any) -> None:
    text = ("Ukraine's defence ministry reported new gains near Bakhmut on Monday. The ministry "
            "said its troops had advanced two kilometres.")
    said = claim_with_cue(nlp, text, "said")
    assert said.source.type == "official"
    # one name for the ministry in the article (clwire8: the name "Ukraine's defence ministry"
    # stands for, not the short form)
    assert said.source.canonical == "Ukrainian Ministry of Defense"


def test_the_spokesman_of_the_army_named_before(nlp: Any) -> None:
    text = ("The Israeli military said it struck a Hamas command centre. The spokesman said the "
            "site was used to plan attacks.")
    said = claims_in(nlp, text)[1]
    assert said.cue.text == "said"
    assert said.source.type == "military"


def test_he_is_the_commander_named_before(nlp: Any) -> None:
    text = ("General Abdel Fattah al-Burhan visited troops in Omdurman. He said the army would "
            "fight until the RSF surrendered.")
    said = claim_with_cue(nlp, text, "said")
    assert said.source.canonical is not None and "Burhan" in said.source.canonical


def test_the_spokesman_after_a_person_stays_a_spokesman(nlp: Any) -> None:  # a control
    text = ("Zelensky said the front was holding. The spokesman said new aid would arrive on "
            "Friday.")
    said = claims_in(nlp, text)[1]
    assert said.source.canonical == "spokesman" and said.source.type == "official"


# --- source types ------------------------------------------------------------------------

def test_a_military_spokesman(nlp: Any) -> None:
    text = "An army spokesman said militants attacked a checkpoint near Gao."
    assert claim_with_cue(nlp, text, "said").source.type == "military"


def test_an_armed_group_named(nlp: Any) -> None:
    text = "The M23 rebels said they had taken control of the town of Rubaya."
    assert claim_with_cue(nlp, text, "said").source.type == "armed group"


def test_a_security_source_is_anonymous(nlp: Any) -> None:
    text = "A security source said jihadists killed 12 soldiers in an ambush in Burkina Faso."
    assert claim_with_cue(nlp, text, "said").source.type == "anonymous"


def test_an_analyst_is_an_expert(nlp: Any) -> None:
    text = ("A military analyst at the Institute for the Study of War said Russian forces were "
            "likely to press the attack.")
    assert claim_with_cue(nlp, text, "said").source.type == "expert"


def test_an_eyewitness(nlp: Any) -> None:
    text = "An eyewitness said gunmen on motorbikes opened fire on the market."
    assert claim_with_cue(nlp, text, "said").source.type == "witness"


def test_a_news_channel(nlp: Any) -> None:
    text = "Al Jazeera reported that Israeli tanks had entered the outskirts of Rafah."
    assert claim_with_cue(nlp, text, "reported").source.type == "media"


def test_a_government_ministry_is_official(nlp: Any) -> None:
    text = "Yemen's foreign ministry said the Houthis had seized a second ship."
    assert claim_with_cue(nlp, text, "said").source.type == "official"


# --- denials linked to what they deny -------------------------------------------------------

def test_refuted_links_to_the_report(nlp: Any) -> None:
    text = ("Kremlin-backed media said Ukrainian saboteurs blew up the bridge. Kyiv refuted the "
            "report.")
    claims = claims_by_cue(nlp, text)
    assert claims["refuted"].stance == "denies"
    assert claims["refuted"].denies == claims["said"].id


def test_dismissed_as_fabricated(nlp: Any) -> None:
    text = ("Activists said soldiers executed prisoners in the village. The junta dismissed "
            "the accounts as fabricated.")
    claims = claims_by_cue(nlp, text)
    dismissed = claims["dismissed"]
    assert dismissed.stance == "denies"
    assert dismissed.denies == claims["said"].id


def test_denied_that_with_a_clause(nlp: Any) -> None:
    text = ("Residents said the RSF looted the hospital. The RSF denied that its fighters had "
            "entered the building.")
    claims = claims_by_cue(nlp, text)
    assert claims["denied"].stance == "denies"
    assert claims["denied"].content.text == "that its fighters had entered the building"


def test_rejected_the_accusation(nlp: Any) -> None:
    text = ("Kinshasa accused Rwanda of backing the M23. Kigali rejected the accusation.")
    claims = claims_by_cue(nlp, text)
    assert claims["rejected"].stance == "denies"
    assert claims["rejected"].denies == claims["accused"].id


def test_a_denial_by_the_spokesman(nlp: Any) -> None:
    text = ("A Houthi spokesman denied reports that the group had attacked a tanker in the Gulf "
            "of Aden.")
    denied = claim_with_cue(nlp, text, "denied")
    assert denied.stance == "denies"
    assert denied.source.type == "armed group"


# --- hedges and unconfirmed reports ---------------------------------------------------------

@pytest.mark.parametrize(("text", "cue", "certainty"), [
    pytest.param("Police said the suspect had allegedly planted the bomb near the mosque.",
                 "said", "hedged", id="allegedly_in_what_was_said"),
    pytest.param("Local media said Wagner fighters had reportedly left the base in Mali.",
                 "said", "hedged", id="reportedly_in_what_was_said"),
    pytest.param("The group said a video purportedly showed the captured soldiers.",
                 "said", "hedged", id="purportedly_in_what_was_said"),
    pytest.param("Officials said the death toll may rise as rescuers search the rubble.",
                 "said", "hedged", id="may_have_in_what_was_said"),
    pytest.param("Analysts said the strike appears to have hit an ammunition depot.",
                 "said", "hedged", id="appears_to_in_what_was_said"),
    pytest.param(("The army said it had recaptured the town. The report has not yet been "
                  "confirmed by independent sources."),
                 "said", "unconfirmed", id="not_yet_confirmed_in_a_second_sentence"),
    pytest.param(("Rebel-run media reported that 20 soldiers were killed. The figure could not be "
                  "verified."),
                 "reported", "unconfirmed", id="could_not_be_verified_after_a_report"),
])
def test_certainty_in_and_after_what_was_said(nlp: Any, text: str, cue: str,
                                              certainty: str) -> None:
    assert claim_with_cue(nlp, text, cue).certainty == certainty


def test_a_plain_account_stays_certain(nlp: Any) -> None:  # a control
    text = "The ministry said 14 soldiers were killed in the attack."
    said = claim_with_cue(nlp, text, "said")
    assert said.certainty == "certain" and said.stance == "asserts"


def test_a_confirmation_is_no_failed_check(nlp: Any) -> None:  # a control
    text = "Residents said a drone struck a market. The ministry confirmed the attack."
    assert claim_with_cue(nlp, text, "said").certainty == "certain"


# --- anonymity notes, deniers and group claims ------------------------------------------------

def test_anonymity_note_after_what_was_told(nlp: Any) -> None:
    text = ("Two residents told Reuters that soldiers had set fire to homes, speaking on "
            "condition of anonymity for fear of reprisals.")
    told = claim_with_cue(nlp, text, "told")
    assert told.content.text == "that soldiers had set fire to homes"
    assert told.source.type == "anonymous"


def test_asking_not_to_be_named_is_no_claim(nlp: Any) -> None:
    text = ("Two residents said soldiers had set fire to homes, asking not to be named for fear "
            "of reprisals.")
    assert [c.cue.text for c in claims_in(nlp, text)] == ["said"]
    assert claim_with_cue(nlp, text, "said").content.text == "soldiers had set fire to homes"


def test_called_the_claim_propaganda(nlp: Any) -> None:
    text = ("Russia's defence ministry said its forces had destroyed a Ukrainian ammunition "
            "depot. Kyiv called the claim propaganda.")
    claims = claims_by_cue(nlp, text)
    assert claims["called"].stance == "denies"
    assert claims["called"].denies == claims["said"].id


def test_denied_any_involvement_answers_the_accusation(nlp: Any) -> None:
    text = ("The Sudanese army accused the RSF of shelling a hospital in El Fasher. The "
            "paramilitary group denied any involvement.")
    claims = claims_by_cue(nlp, text)
    assert claims["denied"].stance == "denies"
    assert claims["denied"].denies == claims["accused"].id


def test_attack_claimed_by_a_group(nlp: Any) -> None:
    text = "The attack was claimed by the Islamic State group's Sahel branch."
    claim = claim_with_cue(nlp, text, "was claimed")
    assert claim.certainty == "certain"
    assert claim.source.type == "armed group"


def test_who_clause_speaks_for_its_antecedent(nlp: Any) -> None:
    text = ("Israel's account of the strike was disputed by witnesses, who said no militants "
            "were present.")
    said = claim_with_cue(nlp, text, "said")
    assert said.source.canonical == "witnesses"
    assert said.source.type == "witness"


def test_purportedly_before_the_cue(nlp: Any) -> None:
    text = "A video circulating on social media purportedly shows fighters executing prisoners."
    assert claim_with_cue(nlp, text, "purportedly shows").certainty == "hedged"


def test_denied_any_role_answers_the_claim_naming_the_denier(nlp: Any) -> None:
    text = ("Kinshasa said Rwandan troops were fighting alongside the M23. Rwanda has denied "
            "any role in the conflict.")
    claims = claims_by_cue(nlp, text)
    assert claims["has denied"].denies == claims["said"].id
    assert claims["said"].source.canonical == "Government of the Democratic Republic of the Congo"


def test_denied_any_role_with_no_claim_naming_the_denier(nlp: Any) -> None:  # a control
    text = ("The army said the government had lost control of the north. Moscow denied any "
            "role.")
    assert claims_by_cue(nlp, text)["denied"].denies is None


def test_branded_the_reports_fake_news(nlp: Any) -> None:
    text = ("Activists said soldiers burned the village. The army branded the reports fake "
            "news.")
    claims = claims_by_cue(nlp, text)
    assert claims["branded"].stance == "denies"
    assert claims["branded"].denies == claims["said"].id


def test_a_ministry_run_by_a_group_is_the_ministry(nlp: Any) -> None:
    text = ("The Gaza health ministry, which is run by Hamas, said 27 people were killed "
            "overnight.")
    said = claim_with_cue(nlp, text, "said")
    assert said.source.canonical == "Gaza health ministry"
    assert said.source.type == "official"


def test_the_claim_has_yet_to_be_verified(nlp: Any) -> None:
    text = "Rebels said they had downed a helicopter. The claim has yet to be verified."
    assert claim_with_cue(nlp, text, "said").certainty == "unconfirmed"


def test_dismissed_his_remarks(nlp: Any) -> None:
    text = ("Sudan's army chief said the RSF would be defeated. The RSF, in a statement, "
            "dismissed his remarks as empty threats.")
    claims = claims_by_cue(nlp, text)
    assert claims["dismissed"].stance == "denies"
    assert claims["dismissed"].denies == claims["said"].id


def test_pentagon_did_not_confirm_the_claim(nlp: Any) -> None:
    text = ("The Houthis claimed to have shot down a U.S. drone. The Pentagon did not confirm "
            "the claim.")
    assert [c.cue.text for c in claims_in(nlp, text)] == ["claimed"]
    assert claim_with_cue(nlp, text, "claimed").certainty == "unconfirmed"


def test_no_immediate_comment_is_no_claim(nlp: Any) -> None:  # a control
    text = ("Hezbollah said it fired rockets at an Israeli base. There was no immediate comment "
            "from the Israeli military.")
    assert [c.cue.text for c in claims_in(nlp, text)] == ["said"]


def test_independent_verification_was_not_possible(nlp: Any) -> None:
    text = ("The state-run news agency reported that five militants were killed. Independent "
            "verification was not possible.")
    assert claim_with_cue(nlp, text, "reported").certainty == "unconfirmed"


def test_verification_that_is_possible_leaves_the_report(nlp: Any) -> None:  # a control
    text = ("Activists said 20 people died in the shelling. Verification is possible through "
            "satellite images.")
    assert claim_with_cue(nlp, text, "said").certainty == "certain"
