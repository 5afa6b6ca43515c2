"""Probes: claims in conflict wire copy, as an analyst reads them (issue 5, clconflict round).
The sentences are ours, in the register of Reuters, AFP and AP copy about wars.

- "SANA, citing a military source, said": the source is SANA; the source it cites is its own,
  no part of the speaker (:func:`sitrep.extract.claim_unparsed.lost_subject`,
  :func:`sitrep.extract.claim_source_spans.source_span`).
- "…, a claim Kyiv denied", "…, which residents denied": the denial answers the claim the
  clause sums up, and denies what it told, for certain
  (:func:`sitrep.extract.claim_denials.link_denials`).
- "Ukraine's air force said": a state's armed service speaks as a military, not as its
  government (:func:`sitrep.extract.claim_source_types.state_service`).
- "declined to comment", "would not say whether": the claim stays (PolNeAR marks it), but
  asserts nothing: unconfirmed, as "neither confirmed nor denied" (:func:`sitrep.extract.
  claim_stance.withholds`).
- a headline speaker named by role: "Syrian army: …", "UN envoy: …" (:func:`sitrep.extract.
  quotes.speaker_lines`).
- "He said the strike, according to the army, hit …": the "according to" set inside what was
  said tells that clause, and so does "said" (:func:`sitrep.extract.claim_spans.
  across_according`, :func:`sitrep.extract.content_trims.told_across_according`).
- sources as wire copy names them: "Russia's defence ministry" in lower case, "rights groups"
  (monitors), "its spokesman" (whom the sentence's subject is: :meth:`sitrep.extract.
  claim_sources.Resolver.canonical`); an account told "without providing evidence" is
  unconfirmed (:func:`sitrep.extract.claim_stance.without_evidence`).
- "told AFP on condition of anonymity that …": the clause after the note is told, the source
  anonymous (:func:`sitrep.extract.claim_spans.after_anonymity`).
- "X said A, in what it called B": the frame is no part of A; "it called B" is a claim of its
  own (:func:`sitrep.extract.content_trims.without_framing`).
- "claimed responsibility for the bombing in a statement on Telegram": the medium closing the
  content is no part of it (:func:`sitrep.extract.content_trims.without_trailing_medium`).
- "…, which could not be independently confirmed", "…, a claim that could not be verified":
  the account before it is unconfirmed (:func:`sitrep.extract.claim_stance.trailing_verdict`).
"""

from __future__ import annotations

from typing import Any

from stages import claims_by_cue, claims_in


def test_citing_phrase_is_no_part_of_the_source(nlp: Any) -> None:
    text = "SANA, citing a military source, said the army had repelled an attack on the airport."
    said = claims_by_cue(nlp, text)["said"]
    assert said.source.span is not None and said.source.span.text == "SANA"
    assert said.source.canonical == "SANA"
    assert said.content.text == "the army had repelled an attack on the airport"


def test_citing_phrase_hung_on_a_monitor(nlp: Any) -> None:
    text = ("The Syrian Observatory for Human Rights, citing sources on the ground, said 12 "
            "fighters were killed.")
    said = claims_by_cue(nlp, text)["said"]
    assert said.source.span is not None
    assert said.source.span.text == "The Syrian Observatory for Human Rights"
    assert said.source.type == "monitor"


def test_denial_of_a_claim_it_names(nlp: Any) -> None:
    text = ("Russian state media claimed the dam was destroyed by Ukrainian shelling, a claim "
            "Kyiv denied.")
    claims = claims_by_cue(nlp, text)
    denied, claimed = claims["denied"], claims["claimed"]
    assert denied.stance == "denies" and denied.certainty == "certain"
    assert denied.denies == claimed.id
    assert denied.content.text == "the dam was destroyed by Ukrainian shelling"
    assert denied.source.canonical == "Government of Ukraine"


def test_denial_in_a_which_clause(nlp: Any) -> None:
    text = "The army said it shelled the town, which residents denied."
    claims = claims_by_cue(nlp, text)
    assert claims["denied"].denies == claims["said"].id
    assert claims["denied"].content.text == "it shelled the town"


def test_accusation_rejected_is_no_part_of_what_was_said(nlp: Any) -> None:
    text = "Israel said the hospital was used by Hamas, an accusation the group rejected."
    claims = claims_by_cue(nlp, text)
    assert claims["said"].content.text == "the hospital was used by Hamas"
    assert claims["rejected"].stance == "denies"
    assert claims["rejected"].denies == claims["said"].id


def test_charge_dismissed_as_fabrication(nlp: Any) -> None:
    text = ("Witnesses said troops fired on protesters, a charge the army has dismissed as "
            "fabrication.")
    claims = claims_by_cue(nlp, text)
    dismissed = claims["has dismissed"]
    assert dismissed.stance == "denies" and dismissed.certainty == "certain"
    assert dismissed.denies == claims["said"].id


def test_air_force_is_the_military(nlp: Any) -> None:
    text = "Ukraine's air force said it shot down 18 of 20 drones overnight."
    said = claims_by_cue(nlp, text)["said"]
    assert said.source.type == "military"
    assert said.source.canonical != "Government of Ukraine"


def test_navy_and_fleet_are_the_military(nlp: Any) -> None:
    for text in ("Israel's navy said it intercepted a vessel off Gaza.",
                 "Russia's Black Sea Fleet said it destroyed three sea drones."):
        assert claims_by_cue(nlp, text)["said"].source.type == "military"


def test_ministry_of_a_state_stays_official(nlp: Any) -> None:
    text = "Ukraine's foreign ministry said the talks had stalled."
    assert claims_by_cue(nlp, text)["said"].source.type == "official"


def test_trailing_which_could_not_be_confirmed(nlp: Any) -> None:
    text = ("Activists said 40 people were killed in the strike, which could not be "
            "independently confirmed.")
    said = claims_by_cue(nlp, text)["said"]
    assert said.certainty == "unconfirmed"
    assert said.content.text == "40 people were killed in the strike"


def test_trailing_claim_that_could_not_be_verified(nlp: Any) -> None:
    text = ("Rebels said they had downed a helicopter, a claim that could not be independently "
            "verified.")
    assert claims_by_cue(nlp, text)["said"].certainty == "unconfirmed"


def test_which_clause_of_a_place_stays_certain(nlp: Any) -> None:
    text = "Activists said 40 people were killed in the market, which was crowded."
    assert claims_by_cue(nlp, text)["said"].certainty == "certain"


def test_declined_to_comment_asserts_nothing(nlp: Any) -> None:
    # PolNeAR marks "declined to comment" as an attribution; the claim stays, unconfirmed
    text = "The Israeli military declined to comment on the report."
    (claim,) = claims_in(nlp, text)
    assert claim.stance == "asserts" and claim.certainty == "unconfirmed"


def test_would_not_say_asserts_nothing(nlp: Any) -> None:
    for text in ("A spokesman for the ministry would not say whether the convoy was hit.",
                 "Hamas declined to say how many hostages were alive.",
                 "The army refused to confirm the figure."):
        assert {c.certainty for c in claims_in(nlp, text)} == {"unconfirmed"}, text


def test_declining_further_comment_leaves_what_was_said(nlp: Any) -> None:
    text = "The ministry said the strike killed 12 people and declined to comment further."
    claims = claims_by_cue(nlp, text)
    assert claims["said"].certainty == "certain"
    assert claims["declined"].certainty == "unconfirmed"


def test_headline_speakers_named_by_role(nlp: Any) -> None:
    for text, source, typ in (
            ("Syrian army: rebels shelled Aleppo overnight", "Syrian army", "military"),
            ("UN envoy: talks on Yemen truce to resume next week", "UN envoy", "official"),
            ("Hamas official: no deal without a full ceasefire", "Hamas official", "armed group"),
            ("Ukraine's air force: 18 of 20 drones downed overnight", "Ukraine's air force",
             "military")):
        (claim,) = claims_in(nlp, text)
        assert claim.source.span is not None and claim.source.span.text == source, text
        assert claim.source.type == typ, text
        assert claim.cue.text == ":" and claim.content.text == text.split(": ", 1)[1]


def test_headline_label_that_names_no_speaker(nlp: Any) -> None:
    assert not claims_in(nlp, "The reason is simple: the army ran out of shells")


def test_according_to_set_inside_what_was_said(nlp: Any) -> None:
    # the parser takes "the strike" for the object of "said" and cuts the clause there
    text = "He said the strike, according to the army, hit a weapons depot."
    claims = claims_by_cue(nlp, text)
    assert claims["said"].content.text == "the strike, according to the army, hit a weapons depot"
    assert claims["according to"].source.type == "military"
    assert claims["according to"].content.text == claims["said"].content.text


def test_according_to_after_what_was_said_keeps_the_whole(nlp: Any) -> None:
    text = "The Houthis said they had targeted a ship in the Red Sea, according to their spokesman."
    content = claims_by_cue(nlp, text)["according to"].content.text
    assert content.startswith("The Houthis said")


def test_defence_ministry_in_lower_case(nlp: Any) -> None:
    text = "Russia's defence ministry said its forces had repelled the attack."
    assert claims_by_cue(nlp, text)["said"].source.canonical == "Russian Ministry of Defense"


def test_rights_groups_are_monitors(nlp: Any) -> None:
    text = "Rights groups say hundreds have been detained since the coup."
    assert claims_by_cue(nlp, text)["say"].source.type == "monitor"


def test_told_without_evidence_is_unconfirmed(nlp: Any) -> None:
    for text in ("The ministry said its forces had repelled the attack, without providing "
                 "evidence.",
                 "The army said, without providing evidence, that the rebels used the school "
                 "as a base."):
        assert claims_by_cue(nlp, text)["said"].certainty == "unconfirmed", text
    text = "The army said it had evidence that the rebels used the school."
    assert claims_by_cue(nlp, text)["said"].certainty == "certain"


def test_its_spokesman_speaks_for_the_subject(nlp: Any) -> None:
    text = "The Houthis said they had targeted a ship in the Red Sea, according to their spokesman."
    according = claims_by_cue(nlp, text)["according to"]
    assert according.source.canonical == "Houthis"
    assert according.source.type == "armed group"


def test_told_on_condition_of_anonymity_that(nlp: Any) -> None:
    # the parser hangs the "that" clause on "condition" as a relative clause
    text = "Two residents told AFP on condition of anonymity that the militants had left."
    told = claims_by_cue(nlp, text)["told"]
    assert told.content.text == "that the militants had left"
    assert told.source.type == "anonymous"


def test_in_what_it_called_is_its_own_claim(nlp: Any) -> None:
    text = ("Hezbollah said it fired rockets at an Israeli position, in what it called a "
            "response to the strikes.")
    claims = claims_by_cue(nlp, text)
    assert claims["said"].content.text == "it fired rockets at an Israeli position"
    assert claims["called"].source.canonical == "Hezbollah"


def test_medium_at_the_end_of_what_was_told(nlp: Any) -> None:
    text = "Islamic State claimed responsibility for the bombing in a statement on Telegram."
    claimed = claims_by_cue(nlp, text)["claimed"]
    assert claimed.content.text == "responsibility for the bombing"
    assert claimed.certainty == "certain"
