"""Probes: claims in conflict wire copy, fifth pass (issue 5, clwire5 round). The sentences are
ours, in the register of Reuters, AFP and AP copy about the wars in Ukraine, Gaza, Sudan, Syria,
the Sahel, Myanmar, Yemen, Nigeria and the DRC.

- "X was quoted (by state media) as saying that …": X's claim, with the cue "was quoted …
  as saying"; the medium that quotes is no source (:func:`sitrep.extract.claim_reach.quoted_as`).
  The active "Tass quoted the ministry as saying …" stays the medium's, as PolNeAR marks it.
- "said it struck X and denied striking Y": the denial is the speaker's next claim, and the
  content end the model chose does not run over it (``claims._short_of_next_cue``).
- "…, though Moscow has not confirmed this": the note of a failed check ends the content and
  leaves the claim unconfirmed (:func:`sitrep.extract.claim_stance.without_unchecked_tail`).
- "an AFP journalist saw …": a witness's account, certain; "sees the talks as a trap" stays a
  hedged view (:func:`sitrep.extract.claim_readings.witnessed`).
- "the Islamic State group's Sahel branch": the group's, not a person "Sahel".
- "The monitor said …" after a named monitor is that monitor's word.
- "dismissed Kyiv's claim that …": Kyiv's claim, denied by the one who dismissed it and told
  within that denial (``Claim.within``: PolNeAR marks the denial alone); a participle after it
  ("…, saying …") is the dismisser's word, not Kyiv's.
- "The RSF's claim that … could not be verified": the claim its own noun tells is unconfirmed.
- "wrote on Telegram", "said on X": the platform belongs to the cue, as PolNeAR marks "wrote on
  Twitter" (``claim_spans.CUE_MEDIA``).
- controls: posts and videos, headline claims, documents and bodies as sources, quotes over
  several sentences and resumed after a trailer, accusations and blame, passive and sourceless
  reports, titles and ranks, and certainty (allegedly, reportedly, a check in the next sentence).
"""

from __future__ import annotations

from typing import Any

import pytest

from stages import claim_with_cue, claims_in, source_text

# --- the items left by the last stop -----------------------------------------------------

def test_quoted_by_state_media_as_saying(nlp: Any) -> None:
    text = "The governor was quoted by state media as saying that the attack killed six people."
    found = claims_in(nlp, text)
    assert len(found) == 1, [(c.cue.text, c.content.text) for c in found]
    said = found[0]
    assert source_text(said) == "The governor"
    assert said.cue.text == "was quoted by state media as saying"
    assert said.content.text == "that the attack killed six people"


def test_quoted_as_saying_without_the_medium(nlp: Any) -> None:
    text = "The commander was quoted as saying the bridge over the Dnipro had been destroyed."
    said = claim_with_cue(nlp, text, "was quoted as saying")
    assert source_text(said) == "The commander"
    assert said.content.text == "the bridge over the Dnipro had been destroyed"


def test_agency_quoting_a_ministry_stays_the_agency_claim(nlp: Any) -> None:
    text = "Tass quoted the defence ministry as saying that 20 drones were shot down over Bryansk."
    quoted = claim_with_cue(nlp, text, "quoted")
    assert source_text(quoted) == "Tass"
    assert quoted.content.text.startswith("the defence ministry as saying")


def test_denied_striking_after_a_strike_claim(nlp: Any) -> None:
    text = ("The army said it struck militant positions near Bakhmut and denied striking "
            "residential areas.")
    said = claim_with_cue(nlp, text, "said")
    assert said.content.text == "it struck militant positions near Bakhmut"
    denied = claim_with_cue(nlp, text, "denied")
    assert source_text(denied) == "The army" and denied.source.canonical == said.source.canonical
    assert denied.stance == "denies"
    assert denied.content.text == "striking residential areas"


def test_denied_targeting_civilians(nlp: Any) -> None:
    text = "The ministry said its forces hit a fuel depot in Sumy and denied targeting civilians."
    said = claim_with_cue(nlp, text, "said")
    assert said.content.text == "its forces hit a fuel depot in Sumy"
    denied = claim_with_cue(nlp, text, "denied")
    assert source_text(denied) == "The ministry" and denied.stance == "denies"


def test_though_moscow_has_not_confirmed_this(nlp: Any) -> None:
    text = ("Ukraine said it destroyed a Russian ammunition depot in Melitopol, though Moscow "
            "has not confirmed this.")
    said = claim_with_cue(nlp, text, "said")
    assert said.content.text == "it destroyed a Russian ammunition depot in Melitopol"
    assert said.certainty == "unconfirmed"


def test_but_this_could_not_be_independently_confirmed(nlp: Any) -> None:
    text = ("The rebels said they had captured the base at Lashio, but this could not be "
            "independently confirmed.")
    said = claim_with_cue(nlp, text, "said")
    assert said.content.text == "they had captured the base at Lashio"
    assert said.certainty == "unconfirmed"


def test_though_reuters_could_not_verify_the_figure(nlp: Any) -> None:
    text = "Kyiv said its forces shot down 15 drones, though Reuters could not verify the figure."
    said = claim_with_cue(nlp, text, "said")
    assert said.content.text == "its forces shot down 15 drones"
    assert said.certainty == "unconfirmed"


def test_journalist_who_saw_is_certain(nlp: Any) -> None:
    text = "An AFP journalist saw several bodies lying in the street in Khartoum."
    saw = claim_with_cue(nlp, text, "saw")
    assert saw.certainty == "certain"
    assert saw.source.canonical == "AFP"


def test_witnesses_who_saw_are_certain(nlp: Any) -> None:
    text = "Witnesses saw armed men setting fire to houses in the village near Kalehe."
    assert claim_with_cue(nlp, text, "saw").certainty == "certain"


def test_a_view_with_see_as_stays_hedged(nlp: Any) -> None:
    text = "The general saw the ceasefire as a chance for the rebels to regroup."
    assert claim_with_cue(nlp, text, "saw").certainty == "hedged"


def test_islamic_state_sahel_branch(nlp: Any) -> None:
    text = "The Islamic State group's Sahel branch claimed responsibility for the attack."
    claimed = claim_with_cue(nlp, text, "claimed")
    assert claimed.source.canonical == "Islamic State"
    assert claimed.source.type == "armed group"


# --- new probes ---------------------------------------------------------------------------

def test_the_monitor_is_the_monitor_named_before(nlp: Any) -> None:
    text = ("The Syrian Observatory for Human Rights said air strikes killed 14 fighters near "
            "Deir Ezzor. The monitor said the toll was likely to rise.")
    found = claims_in(nlp, text)
    assert [c.source.canonical for c in found] == ["SOHR", "SOHR"]
    assert found[1].source.type == "monitor"


def test_dismissed_kyivs_claim(nlp: Any) -> None:
    text = "The ministry dismissed Kyiv's claim that its forces had retaken the town."
    dismissed = claim_with_cue(nlp, text, "dismissed")
    claim = claim_with_cue(nlp, text, "claim")
    assert dismissed.stance == "denies"
    assert claim.source.canonical == "Government of Ukraine"
    assert claim.content.text == "that its forces had retaken the town"
    assert dismissed.denies == claim.id and claim.within == dismissed.id


def test_rejected_the_rebels_allegations(nlp: Any) -> None:
    text = "The army rejected the rebels' allegations that it had shelled the camp in Darfur."
    allegations = claim_with_cue(nlp, text, "allegations")
    assert source_text(allegations) == "the rebels"
    assert claim_with_cue(nlp, text, "rejected").stance == "denies"


def test_dismissed_claims_then_saying_is_the_dismisser(nlp: Any) -> None:
    text = ("The army spokesman dismissed the RSF's claims that it had taken the airport, saying "
            "the airport remained under army control.")
    saying = claim_with_cue(nlp, text, "saying")
    assert source_text(saying) == "The army spokesman"


def test_wrote_on_telegram(nlp: Any) -> None:
    text = ("Governor Oleh Syniehubov wrote on Telegram that two people were wounded in the "
            "shelling of Kharkiv.")
    wrote = claim_with_cue(nlp, text, "wrote on Telegram")
    assert wrote.source.canonical == "Oleh Syniehubov"
    assert wrote.content.text == "that two people were wounded in the shelling of Kharkiv"


def test_ministry_said_on_telegram(nlp: Any) -> None:
    text = "Russia's defence ministry said on Telegram that its forces had repelled 12 attacks."
    said = claim_with_cue(nlp, text, "said on Telegram")
    assert said.source.canonical == "Russian Ministry of Defense"
    assert said.content.text == "that its forces had repelled 12 attacks"


def test_posted_on_x(nlp: Any) -> None:
    text = "The Houthis posted on X that they had struck a ship in the Red Sea."
    posted = claim_with_cue(nlp, text, "posted on X")
    assert posted.source.type == "armed group"
    assert posted.content.text == "that they had struck a ship in the Red Sea"


def test_said_in_a_post_on_x(nlp: Any) -> None:
    text = "The Wagner chief said in a post on X that his men had taken the village."
    said = claim_with_cue(nlp, text, "said in a post on X")
    assert said.content.text == "that his men had taken the village"


def test_in_a_video_posted_on_social_media(nlp: Any) -> None:
    text = ("In a video posted on social media, the commander said his fighters had captured "
            "the airport.")
    said = claim_with_cue(nlp, text, "said")
    assert source_text(said) == "the commander"
    assert said.content.text == "his fighters had captured the airport"


def test_headline_says_it_downed_drones(nlp: Any) -> None:
    text = "Russia says it downed 20 Ukrainian drones over Crimea."
    says = claim_with_cue(nlp, text, "says")
    assert says.source.canonical == "Government of Russia"
    assert says.content.text == "it downed 20 Ukrainian drones over Crimea"


def test_a_un_report_said(nlp: Any) -> None:
    text = "A UN report said at least 300 civilians were killed in the fighting in El Fasher."
    said = claim_with_cue(nlp, text, "said")
    assert said.source.canonical == "United Nations"
    assert said.content.text == "at least 300 civilians were killed in the fighting in El Fasher"


def test_it_was_reported(nlp: Any) -> None:
    text = "It was reported that the dam had been breached overnight."
    reported = claim_with_cue(nlp, text, "was reported")
    assert reported.source.span is None and reported.source.type == "anonymous"
    assert reported.content.text == "that the dam had been breached overnight"


def test_reports_said(nlp: Any) -> None:
    text = "Reports said the militants had seized two villages in Borno state."
    said = claim_with_cue(nlp, text, "said")
    assert said.source.type == "anonymous"


def test_rank_and_title_before_said(nlp: Any) -> None:
    text = ("Lt. Gen. Yunus Ahmed, the commander of the eastern front, said the offensive would "
            "resume within days.")
    said = claim_with_cue(nlp, text, "said")
    assert said.source.canonical == "Yunus Ahmed"
    assert said.source.type == "military"
    assert said.content.text == "the offensive would resume within days"


def test_accused_of_bombing(nlp: Any) -> None:
    text = "Hamas accused Israel of bombing a school in Gaza City."
    accused = claim_with_cue(nlp, text, "accused")
    assert accused.source.canonical == "Hamas"
    assert accused.content.text == "Israel of bombing a school in Gaza City"


def test_blamed_for_the_attack(nlp: Any) -> None:
    text = "The junta blamed the rebels for the attack on the convoy."
    blamed = claim_with_cue(nlp, text, "blamed")
    assert source_text(blamed) == "The junta"
    assert blamed.content.text == "the rebels for the attack on the convoy"


def test_could_not_be_verified_in_the_next_sentence(nlp: Any) -> None:
    text = ("Houthi officials said the ship was hit by two missiles. The claim could not be "
            "independently verified.")
    assert claim_with_cue(nlp, text, "said").certainty == "unconfirmed"


def test_a_groups_claim_that_could_not_be_verified(nlp: Any) -> None:
    text = "The RSF's claim that it controls the city of Wad Madani could not be verified."
    claim = claim_with_cue(nlp, text, "claim")
    assert claim.source.canonical == "RSF"
    assert claim.certainty == "unconfirmed"


def test_allegedly_hedges(nlp: Any) -> None:
    text = "The M23 rebels allegedly executed 12 prisoners near Goma, the army said."
    said = claim_with_cue(nlp, text, "said")
    assert source_text(said) == "the army" and said.certainty == "hedged"


def test_reportedly_hedges(nlp: Any) -> None:
    text = "The army said the strike reportedly killed a senior commander."
    assert claim_with_cue(nlp, text, "said").certainty == "hedged"


def test_purportedly_hedges(nlp: Any) -> None:
    text = ("A video purportedly showing the downed helicopter circulated online, the ministry "
            "said.")
    assert claim_with_cue(nlp, text, "said").certainty == "hedged"


def test_quote_over_several_sentences(nlp: Any) -> None:
    text = ('"We will not retreat," the colonel said. "Our positions are holding. The enemy has '
            'lost many men."')
    found = claims_in(nlp, text)
    assert [source_text(c) for c in found] == ["the colonel", "the colonel"]
    assert found[1].content.text == "Our positions are holding. The enemy has lost many men."


def test_quote_resumed_after_the_trailer(nlp: Any) -> None:
    text = '"The bridge is gone," the mayor said, "and we have no way to bring in food."'
    found = claims_in(nlp, text)
    assert [source_text(c) for c in found] == ["the mayor", "the mayor"]
    assert found[0].content.text == "The bridge is gone"


def test_a_claim_the_group_denied(nlp: Any) -> None:
    text = ("Israel's military said it had killed a Hezbollah commander in a strike, a claim "
            "the group denied.")
    denied = claim_with_cue(nlp, text, "denied")
    assert denied.source.canonical == "Hezbollah" and denied.stance == "denies"
    assert denied.denies == claim_with_cue(nlp, text, "said").id


@pytest.mark.xfail(strict=True, reason="PolNeAR train marks 'Messages seem to show' with the "
                   "messages as source and the cue 'seem to show'; keeping the raised subject "
                   "for show/confirm (clwire6) lowered dev odd content and attribution: reverted")
def test_footage_appeared_to_show(nlp: Any) -> None:
    text = "The footage appeared to show a missile hitting the hospital."
    shown = claim_with_cue(nlp, text, "appeared to show")
    assert source_text(shown) == "The footage" and shown.certainty == "hedged"


def test_spokesman_with_a_rank_in_apposition(nlp: Any) -> None:
    text = ("A spokesman for the Sudanese army, Brig. Gen. Nabil Abdallah, said the RSF had "
            "shelled the market.")
    said = claim_with_cue(nlp, text, "said")
    assert source_text(said) == "A spokesman for the Sudanese army, Brig. Gen. Nabil Abdallah"
