"""Probes: claims in conflict wire copy, seventh pass (issue 5, clwire7 round). The sentences are
ours, in the register of Reuters, AFP and AP copy about the wars in Ukraine, Gaza, Sudan, Syria,
Iraq, Somalia and the Sahel: statements posted on Telegram and in videos, UN agencies and
humanitarian groups, monitors and open-source investigators, rival claims in one sentence,
tolls of health ministries run by a party, armed groups' claims, vows, warnings, accusations,
non-answers, accounts given without evidence, Arabic names with particles, and quotes that run
on into the next paragraph.

- "said in a video posted online that …": the "that" clause the parser hangs on the participle
  that says where the medium was put out is what was said (the claim was lost); so with "said
  without providing evidence that …", the clause hung on "evidence"
  (``claim_contents._prep_nouns``, ``claim_contents._told_on``).
- "said, without providing evidence, that …", "said, citing intelligence, that …": the phrase
  set off before the "that" is the speaker's aside, no part of what was said
  (:func:`sitrep.extract.claim_spans.without_leading_aside`); a participle there is the
  speaker's own ("citing": Kyiv's, not the clause subject's,
  :func:`sitrep.extract.claim_speakers.fronted_in_told`); "without evidence" unconfirms as
  "without providing evidence" does (:func:`sitrep.extract.claim_stance.without_evidence`).
- "al-Shabaab said" in lower case: the "al" and hyphen the tokenizer split off are part of the
  source (``claim_source_spans._hyphen_joined``).
- "The UN Human Rights Monitoring Mission in Ukraine": a name in the head of the source
  phrase speaks, not the place after "in" (:func:`sitrep.extract.claim_source_types.
  type_source`).
- UN agencies (WHO, UNICEF, UNHCR), Bellingcat, ISW and the armed groups of the Gaza war's
  fronts as wire copy names them (``knowledge/sources.tsv``).
- controls: Telegram statements, OCHA updates, MSF and Red Cross, rival claims, "Hamas-run"
  and "Houthi-run" ministries, "claimed responsibility", "vowed", "warned", "accused … of",
  "neither confirmed nor denied", "declined to comment", names with "bin" and "Abu", a quote
  continued in the next paragraph.
"""

from __future__ import annotations

from typing import Any

from stages import claim_with_cue, claims_by_cue, claims_in, source_text

# --- statements on Telegram, on X, in videos ---------------------------------------------


def test_said_in_a_statement_on_telegram(nlp: Any) -> None:  # a control
    text = ("The Russian defence ministry said in a statement on Telegram that its air defences "
            "had destroyed 14 Ukrainian drones over the Belgorod region.")
    said = claims_in(nlp, text)[0]
    assert said.cue.text == "said in a statement on Telegram"
    assert said.source.canonical == "Russian Ministry of Defense"
    assert said.content.text.startswith("that its air defences had destroyed")


def test_said_in_a_video_posted_online_that(nlp: Any) -> None:
    text = ("Abu Obeida, the spokesman of Hamas's armed wing, said in a video posted online that "
            "the hostages were alive.")
    said = claim_with_cue(nlp, text, "said")
    assert said.source.canonical == "Abu Obeida"
    assert said.source.type == "armed group"
    assert said.content.text == "that the hostages were alive"


def test_said_in_a_video_posted_on_telegram_that(nlp: Any) -> None:
    text = "The Houthis said in a video posted on Telegram that they had struck the ship."
    said = claim_with_cue(nlp, text, "said")
    assert said.source.canonical == "Houthis"
    assert said.content.text == "that they had struck the ship"


def test_said_in_an_audio_message_posted_on_telegram(nlp: Any) -> None:  # a control
    text = ("The Wagner chief said in an audio message posted on Telegram that his men would "
            "withdraw.")
    said = claim_with_cue(nlp, text, "said")
    assert said.source.type == "armed group"
    assert said.content.text == "that his men would withdraw"


def test_a_statement_published_on_its_website(nlp: Any) -> None:  # a control
    text = ("The ministry said in a statement published on its website that 12 soldiers had been "
            "killed.")
    said = claims_in(nlp, text)[0]
    assert said.content.text == "that 12 soldiers had been killed"


def test_an_iraqi_militia_umbrella_on_telegram(nlp: Any) -> None:
    text = ("The Islamic Resistance in Iraq said in a statement on Telegram that it had attacked "
            "a US base in Syria.")
    said = claims_in(nlp, text)[0]
    assert (said.source.canonical, said.source.type) == (
        "Islamic Resistance in Iraq", "armed group")


# --- UN agencies and humanitarian groups --------------------------------------------------


def test_ocha_in_its_latest_update(nlp: Any) -> None:  # a control
    text = ("OCHA said in its latest update that more than 80,000 people had fled the fighting "
            "in North Darfur.")
    said = claims_in(nlp, text)[0]
    assert (said.source.canonical, said.source.type) == ("UN OCHA", "official")
    assert said.content.text == "that more than 80,000 people had fled the fighting in North Darfur"


def test_a_un_mission_in_a_country_is_the_uns(nlp: Any) -> None:
    text = ("The UN Human Rights Monitoring Mission in Ukraine said 27 civilians were killed in "
            "June.")
    said = claims_in(nlp, text)[0]
    assert said.source.canonical == "United Nations"


def test_a_un_mission_in_a_country_named_short(nlp: Any) -> None:
    text = ("The UN mission in South Sudan said peacekeepers had repelled an attack on the "
            "camp.")
    said = claims_in(nlp, text)[0]
    assert said.source.canonical == "United Nations"


def test_the_world_health_organization(nlp: Any) -> None:
    text = ("The World Health Organization said the last functioning hospital in northern Gaza "
            "was out of service.")
    said = claims_in(nlp, text)[0]
    assert said.source.type == "official"


def test_unicef(nlp: Any) -> None:
    text = "UNICEF said 14 children were among the dead."
    said = claims_in(nlp, text)[0]
    assert (said.source.canonical, said.source.type) == ("UNICEF", "official")


def test_unhcr_after_its_description(nlp: Any) -> None:
    text = "The UN refugee agency UNHCR said 1.2 million people had fled Sudan."
    said = claims_in(nlp, text)[0]
    assert said.source.canonical == "UNHCR"


def test_an_msf_coordinator(nlp: Any) -> None:  # a control
    text = ("An MSF coordinator in Port Sudan told Reuters that the clinic had run out of "
            "supplies.")
    told = claims_in(nlp, text)[0]
    assert (told.source.canonical, told.source.type) == ("Doctors Without Borders", "monitor")


def test_the_red_cross(nlp: Any) -> None:  # a control
    text = ("The International Committee of the Red Cross said its team had reached the hospital "
            "in Kherson after two days of shelling.")
    said = claims_in(nlp, text)[0]
    assert (said.source.canonical, said.source.type) == ("Red Cross", "monitor")


# --- monitors and open-source investigators -----------------------------------------------


def test_bellingcat_is_a_monitor(nlp: Any) -> None:
    text = ("Bellingcat said the missile that hit the station was a Tochka-U fired from "
            "Ukrainian-held territory.")
    said = claims_in(nlp, text)[0]
    assert (said.source.canonical, said.source.type) == ("Bellingcat", "monitor")


def test_according_to_bellingcat(nlp: Any) -> None:
    text = "According to Bellingcat, the convoy was hit by a Russian Kalibr missile."
    according = claims_in(nlp, text)[0]
    assert according.source.type == "monitor"


def test_the_institute_for_the_study_of_war(nlp: Any) -> None:
    text = ("The Institute for the Study of War said Russian forces had made marginal gains near "
            "Avdiivka.")
    said = claims_in(nlp, text)[0]
    assert said.source.type == "expert"


def test_airwars_likely_killed_is_hedged(nlp: Any) -> None:  # a control
    text = ("Airwars said at least 40 civilians were likely killed in the coalition strikes on "
            "Mosul.")
    said = claims_in(nlp, text)[0]
    assert (said.source.type, said.certainty) == ("monitor", "hedged")


def test_sohr_by_its_initials(nlp: Any) -> None:  # a control
    text = "SOHR said the strikes killed nine civilians in Idlib province."
    said = claims_in(nlp, text)[0]
    assert (said.source.canonical, said.source.type) == ("SOHR", "monitor")


def test_geolocated_footage_shows(nlp: Any) -> None:  # a control
    text = "Geolocated footage shows Russian tanks entering the village of Krynky."
    shows = claim_with_cue(nlp, text, "shows")
    assert source_text(shows) == "Geolocated footage"
    assert shows.content.text == "Russian tanks entering the village of Krynky"


# --- rival claims in one sentence ----------------------------------------------------------


def test_rival_claims_across_a_semicolon(nlp: Any) -> None:  # a control
    text = ("Russia said it had downed 20 drones overnight; Ukraine said it had hit an oil depot "
            "in Novorossiysk.")
    found = claims_in(nlp, text)
    assert [(c.source.canonical, c.content.text) for c in found] == [
        ("Government of Russia", "it had downed 20 drones overnight"),
        ("Government of Ukraine", "it had hit an oil depot in Novorossiysk")]


def test_rival_claims_joined_by_but(nlp: Any) -> None:  # a control
    text = ("Israel said it killed a senior Hamas commander in the strike, but Hamas said he "
            "survived.")
    found = claims_in(nlp, text)
    assert [(c.source.canonical, c.content.text) for c in found] == [
        ("Government of Israel", "it killed a senior Hamas commander in the strike"),
        ("Hamas", "he survived")]


def test_a_toll_and_a_rival_account_joined_by_while(nlp: Any) -> None:  # a control
    text = ("The Gaza health ministry said 40 people were killed in the strike on the school, "
            "while the Israeli military said it had targeted a Hamas command centre.")
    found = claims_in(nlp, text)
    assert [c.content.text for c in found] == [
        "40 people were killed in the strike on the school",
        "it had targeted a Hamas command centre"]
    assert found[1].source.type == "military"


# --- tolls of ministries run by a party ----------------------------------------------------


def test_a_houthi_run_health_ministry(nlp: Any) -> None:  # a control
    text = ("The Houthi-run health ministry said 12 people were killed in the US strikes on "
            "Hodeidah.")
    said = claims_in(nlp, text)[0]
    assert source_text(said) == "The Houthi-run health ministry"
    assert said.source.type == "official"


# --- armed groups: claims of responsibility, vows, warnings --------------------------------


def test_claimed_responsibility_then_saying(nlp: Any) -> None:  # a control
    text = ("JNIM claimed responsibility for the ambush, saying its fighters had killed 20 "
            "soldiers.")
    found = claims_by_cue(nlp, text)
    assert found["claimed"].certainty == "certain"
    assert found["saying"].source.canonical == "JNIM"


def test_qassam_brigades_speak_for_hamas(nlp: Any) -> None:
    text = "The al-Qassam Brigades said its fighters had ambushed an Israeli unit in Jabalia."
    said = claims_in(nlp, text)[0]
    assert (said.source.canonical, said.source.type) == ("Hamas", "armed group")


def test_kataib_hezbollah_is_not_lebanons_hezbollah(nlp: Any) -> None:
    text = "Kataib Hezbollah said it would suspend its attacks on US forces."
    said = claims_in(nlp, text)[0]
    assert (said.source.canonical, said.source.type) == ("Kataib Hezbollah", "armed group")


def test_palestinian_islamic_jihad(nlp: Any) -> None:
    text = "The Palestinian Islamic Jihad said two of its commanders were killed in the strike."
    said = claims_in(nlp, text)[0]
    assert said.source.type == "armed group"


def test_vowed_to_retaliate(nlp: Any) -> None:  # a control
    text = "Iran vowed to retaliate for the strike on its consulate in Damascus."
    vowed = claim_with_cue(nlp, text, "vowed")
    assert vowed.source.canonical == "Government of Iran"
    assert vowed.content.text == "to retaliate for the strike on its consulate in Damascus"


def test_warned_that(nlp: Any) -> None:  # a control
    text = "The Houthis warned that they would target any ship heading to Israeli ports."
    warned = claim_with_cue(nlp, text, "warned")
    assert (warned.source.type, warned.stance) == ("armed group", "asserts")
    assert warned.content.text == "that they would target any ship heading to Israeli ports"


# --- accusations, non-answers, dismissals --------------------------------------------------


def test_accused_of_then_denied_by_the_group(nlp: Any) -> None:  # a control
    text = ("The Israeli military accused Hamas of using the hospital as a command centre, which "
            "the group denied.")
    found = claims_by_cue(nlp, text)
    assert found["accused"].source.type == "military"
    assert (found["denied"].source.canonical, found["denied"].stance) == ("Hamas", "denies")


def test_neither_confirmed_nor_denied(nlp: Any) -> None:  # a control
    text = ("The Pentagon neither confirmed nor denied that US aircraft had carried out the "
            "strike.")
    answer = claims_in(nlp, text)[0]
    assert answer.cue.text == "neither confirmed nor denied"
    assert answer.certainty == "unconfirmed"


def test_declined_to_comment_after_a_question(nlp: Any) -> None:  # a control
    text = "Asked about the strike, a Pentagon spokesperson declined to comment."
    declined = claim_with_cue(nlp, text, "declined")
    assert declined.certainty == "unconfirmed"


def test_a_claim_dismissed_as_propaganda(nlp: Any) -> None:  # a control
    text = "Moscow said its forces had taken the village, a claim Kyiv dismissed as propaganda."
    found = claims_by_cue(nlp, text)
    assert found["dismissed"].stance == "denies"
    assert found["dismissed"].source.canonical == "Government of Ukraine"


# --- accounts given without evidence, asides before "that" ---------------------------------


def test_said_without_providing_evidence_set_off(nlp: Any) -> None:
    text = ("The RSF said, without providing evidence, that army drones had struck a market in "
            "Nyala.")
    said = claim_with_cue(nlp, text, "said")
    assert said.content.text == "that army drones had struck a market in Nyala"
    assert said.certainty == "unconfirmed"


def test_said_without_providing_evidence_that(nlp: Any) -> None:
    text = "The ministry said without providing evidence that Ukraine had shelled the plant."
    said = claim_with_cue(nlp, text, "said")
    assert said.content.text == "that Ukraine had shelled the plant"
    assert said.certainty == "unconfirmed"


def test_said_without_evidence_that(nlp: Any) -> None:
    text = "The army said without evidence that rebels had used the school."
    said = claim_with_cue(nlp, text, "said")
    assert said.content.text == "that rebels had used the school"
    assert said.certainty == "unconfirmed"


def test_said_citing_intelligence_that(nlp: Any) -> None:
    text = "Kyiv said, citing intelligence, that Russia was massing troops."
    found = claims_by_cue(nlp, text)
    assert found["said"].content.text == "that Russia was massing troops"
    assert found["citing"].source.canonical == "Government of Ukraine"


def test_said_in_a_statement_set_off(nlp: Any) -> None:  # a control
    text = "The army said, in a statement, that rebels had attacked the base."
    said = claim_with_cue(nlp, text, "said")
    assert said.content.text == "that rebels had attacked the base"


# --- Arabic names with particles -----------------------------------------------------------


def test_al_shabaab_in_lower_case_opening_a_sentence(nlp: Any) -> None:
    text = "al-Shabaab said it had killed 30 soldiers in the raid on the base."
    said = claims_in(nlp, text)[0]
    assert source_text(said) == "al-Shabaab"
    assert (said.source.canonical, said.source.type) == ("al-Shabaab", "armed group")


def test_abu_and_al_in_a_name(nlp: Any) -> None:  # a control
    text = "Abu Mohammed al-Jolani said his fighters would not attack the Kurdish forces."
    said = claims_in(nlp, text)[0]
    assert said.source.canonical == "Abu Mohammed al-Jolani"


def test_bin_in_a_name(nlp: Any) -> None:  # a control
    text = ("Mohammed bin Salman told reporters that the kingdom would not normalise ties "
            "without a Palestinian state.")
    told = claims_in(nlp, text)[0]
    assert told.source.canonical == "Mohammed bin Salman"


def test_al_in_a_spokesman_name_with_his_role(nlp: Any) -> None:  # a control
    text = ("Ahmed al-Mismari, the spokesman for Khalifa Haftar's forces, said the city had been "
            "secured.")
    said = claims_in(nlp, text)[0]
    assert said.source.canonical == "Ahmed al-Mismari"


# --- quotes over paragraphs ----------------------------------------------------------------


def test_quote_continued_in_the_next_paragraph(nlp: Any) -> None:  # a control
    text = ('"The situation in the camp is catastrophic," said Omar Khalil, an OCHA official in '
            'Port Sudan.\n\n"People are dying of hunger every day."')
    found = claims_in(nlp, text)
    assert [c.source.canonical for c in found] == ["Omar Khalil", "Omar Khalil"]
    assert found[1].content.text.startswith("People are dying of hunger")


def test_he_added_in_the_next_paragraph(nlp: Any) -> None:  # a control
    text = ('"We have pushed them back from the river," the commander said.\n\n"But the shelling '
            'has not stopped, and we are running out of shells," he added.')
    added = claim_with_cue(nlp, text, "added")
    assert added.source.canonical == "commander"
    assert added.source.type == "military"


def test_a_quote_run_on_over_paragraphs_with_its_trailer_at_the_end(nlp: Any) -> None:
    text = ('The colonel described the battle in detail.\n\n"We held the bridge for three days. '
            'The enemy attacked every night,\n\n"and on the fourth day we ran out of '
            'ammunition," he said.')
    found = [c for c in claims_in(nlp, text) if c.kind == "direct"]
    assert [(c.source.canonical, c.content.text) for c in found] == [
        ("colonel", "We held the bridge for three days. The enemy attacked every night"),
        ("colonel", "and on the fourth day we ran out of ammunition")]


def test_short_quotes_run_on_over_paragraphs(nlp: Any) -> None:
    text = ('Residents of Kherson describe life under fire.\n\n"The shelling never stops.\n\n'
            '"We sleep in the basement.\n\n"Nobody comes to help us," said Olena Koval, a '
            'teacher in Kherson.')
    found = [c for c in claims_in(nlp, text) if c.kind == "direct"]
    assert [c.content.text for c in found] == [
        "The shelling never stops.", "We sleep in the basement.", "Nobody comes to help us"]
    assert {c.source.canonical for c in found} == {"Olena Koval"}


def test_a_scare_quote_before_a_quote_paragraph_stays_no_claim(nlp: Any) -> None:  # a control
    text = ('Officials called it "a temporary pause" in the talks.\n\n"We are still here," the '
            'envoy said.')
    found = [c for c in claims_in(nlp, text) if c.kind == "direct"]
    assert [c.content.text for c in found] == ["We are still here"]


# --- spokesmen of armed services, statements on a group's channel --------------------------


def test_an_air_force_spokesman_named(nlp: Any) -> None:
    text = "Ukrainian air force spokesman Yuriy Ihnat said Russia was using glide bombs more often."
    said = claims_in(nlp, text)[0]
    assert (said.source.canonical, said.source.type) == ("Yuriy Ihnat", "military")


def test_a_statement_posted_on_the_groups_channel(nlp: Any) -> None:
    text = ("Hamas fighters attacked an army post near Khan Younis on Monday.\n\nAccording to a "
            "statement posted on the group's Telegram channel, its fighters destroyed two tanks.")
    according = claim_with_cue(nlp, text, "According to")
    assert (according.source.canonical, according.source.type) == ("Hamas", "armed group")


def test_a_statement_posted_on_a_ministrys_channel(nlp: Any) -> None:
    text = ("According to a statement posted on the Russian defence ministry's Telegram channel, "
            "air defences destroyed 12 drones.")
    according = claim_with_cue(nlp, text, "According to")
    assert according.source.canonical == "Russian Ministry of Defense"


# --- doctors and medics --------------------------------------------------------------------


def test_a_surgeon_named_after_a_quote_is_a_witness(nlp: Any) -> None:
    text = ('"We are running out of everything," said Ahmed Hassan, a surgeon at al-Shifa '
            'hospital.')
    said = claims_in(nlp, text)[0]
    assert (said.source.canonical, said.source.type) == ("Ahmed Hassan", "witness")


def test_medics_are_witnesses(nlp: Any) -> None:
    text = "Medics said 14 people were killed in the strike on the market."
    said = claims_in(nlp, text)[0]
    assert said.source.type == "witness"


def test_doctors_at_a_hospital_are_witnesses(nlp: Any) -> None:
    text = "Doctors at Nasser hospital said they had received 30 bodies."
    said = claims_in(nlp, text)[0]
    assert said.source.type == "witness"


def test_an_msf_doctor_is_msfs(nlp: Any) -> None:  # a control
    text = "An MSF doctor said the clinic was hit twice."
    said = claims_in(nlp, text)[0]
    assert said.source.type == "monitor"


def test_a_military_medic_is_the_militarys(nlp: Any) -> None:
    text = "A military medic said two soldiers were wounded."
    said = claims_in(nlp, text)[0]
    assert said.source.type == "military"


# --- offices, initials, non-answers --------------------------------------------------------


def test_an_office_named_by_a_name_with_al(nlp: Any) -> None:
    text = "Al-Burhan's office said the general had met the US envoy in Port Sudan."
    said = claims_in(nlp, text)[0]
    assert said.source.canonical == "Al-Burhan"


def test_a_presidents_office(nlp: Any) -> None:  # a control
    text = "Zelensky's office said the talks would resume."
    said = claims_in(nlp, text)[0]
    assert said.source.canonical == "Zelensky"


def test_the_idf_by_its_initials(nlp: Any) -> None:
    text = "The IDF said it was aware of the reports and was looking into them."
    said = claims_in(nlp, text)[0]
    assert (said.source.canonical, said.source.type) == ("Israeli military", "military")


def test_the_israel_defense_forces(nlp: Any) -> None:
    text = "The Israel Defense Forces said troops had found a tunnel under the school."
    said = claims_in(nlp, text)[0]
    assert (said.source.canonical, said.source.type) == ("Israeli military", "military")


def test_el_in_lower_case_opening_a_sentence(nlp: Any) -> None:  # a control
    text = "el-Sisi warned that the war could spread across the region."
    warned = claims_in(nlp, text)[0]
    assert source_text(warned) == "el-Sisi"


def test_refused_to_comment_asserts_nothing(nlp: Any) -> None:  # a control
    text = "The army refused to comment on the report."
    refused = claims_in(nlp, text)[0]
    assert refused.certainty == "unconfirmed"


def test_would_neither_confirm_nor_deny(nlp: Any) -> None:  # a control
    text = "Ukraine's defence ministry would neither confirm nor deny the strike."
    answer = claims_in(nlp, text)[0]
    assert answer.certainty == "unconfirmed"


def test_no_response_to_a_request_for_comment_is_no_claim(nlp: Any) -> None:  # a control
    text = "The RSF did not immediately respond to a Reuters request for comment."
    assert claims_in(nlp, text) == ()


# --- tolls of bodies run by a party ---------------------------------------------------------


def test_according_to_a_hamas_run_ministry(nlp: Any) -> None:  # a control
    text = ("More than 40 people were killed in the strike, according to the Hamas-run health "
            "ministry.")
    according = claims_in(nlp, text)[0]
    assert according.source.type == "official"
    assert according.content.text == "More than 40 people were killed in the strike"


def test_according_to_a_health_authority_run_by_an_armed_group(nlp: Any) -> None:
    text = ("The strike killed 12 people, according to the RSF-controlled health authority in "
            "Nyala.")
    according = claims_in(nlp, text)[0]
    assert according.source.type == "official"


# --- outlets of the parties -------------------------------------------------------------------


def test_a_state_agency_named_after_its_country(nlp: Any) -> None:
    text = "Ukraine's state news agency Ukrinform reported that the dam had been breached."
    reported = claims_in(nlp, text)[0]
    assert (reported.source.canonical, reported.source.type) == ("Ukrinform", "media")


def test_a_houthi_run_tv_channel(nlp: Any) -> None:
    text = "The Houthi-run Al-Masirah TV said US strikes had hit the port of Ras Isa."
    said = claims_in(nlp, text)[0]
    assert (said.source.canonical, said.source.type) == ("Al-Masirah", "media")


def test_wafa(nlp: Any) -> None:
    text = "The Palestinian news agency WAFA said settlers had attacked the village."
    said = claims_in(nlp, text)[0]
    assert (said.source.canonical, said.source.type) == ("WAFA", "media")


def test_sana_after_its_description(nlp: Any) -> None:  # a control
    text = "Syrian state news agency SANA said the army had taken the hill."
    said = claims_in(nlp, text)[0]
    assert (said.source.canonical, said.source.type) == ("SANA", "media")
