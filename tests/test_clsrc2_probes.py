"""Probes: who says so in Red Sea, Gaza and Darfur wire copy (issue 5, clsrc2 round). The
sentences are ours, in the register of Reuters, AFP and AP copy.

- "the group's al-Masirah TV reported": the outlet is Al-Masirah, media; the owner's
  possessive is no part of its name, and the Arabic article is matched in either case
  (:func:`sitrep.extract.claim_lexicon.name_pattern`,
  :func:`sitrep.extract.claim_source_types.name_of_kind`). An outlet not listed keeps its own
  name without its owner's ("the militia's Radio Dawn": Radio Dawn).
- "The UK Maritime Trade Operations agency said": the Royal Navy's UKMTO, military. An agency
  that is no news agency is a public body, official ("Iran's atomic energy agency"), or an aid
  agency (:func:`sitrep.extract.claim_source_types.agency_type`); news agencies stay media.
- "It did not name the ship": PolNeAR train marks "did not name", "declined to name", "would
  not identify" as cues, so the claim stays, but it asserts nothing: unconfirmed, as "declined
  to comment" is (:data:`sitrep.extract.claim_stance.WITHHOLDING_RE`).
- "Kremlin-installed officials": officials, and the canonical keeps who installed them.
"""

from __future__ import annotations

from typing import Any

import pytest

from sitrep.affiliations import voice
from stages import claim_with_cue, claims_in, source_text

STORY = ("Yemen's Houthi movement said on Tuesday it had fired anti-ship missiles at a "
         "British-owned cargo vessel in the Gulf of Aden.\n\n"
         "The UK Maritime Trade Operations agency said the crew of a vessel 35 nautical miles "
         "south of Aden reported an explosion nearby but no damage. It did not name the ship.\n\n"
         "Hours later, US and British warplanes struck Houthi targets near the port city of "
         "Hodeidah, the group's al-Masirah TV reported, saying two people were killed.")


def who(nlp: Any, text: str, cue: str) -> tuple[str | None, str]:
    """(canonical, type) of the source of the one claim of ``text`` whose cue is ``cue``."""
    said = claim_with_cue(nlp, text, cue)
    return said.source.canonical, said.source.type


# --- an outlet named with its owner ---------------------------------------------------------

def test_the_groups_al_masirah_tv(nlp: Any) -> None:
    reported = claim_with_cue(nlp, STORY, "reported")
    assert source_text(reported) == "the group's al-Masirah TV"
    assert (reported.source.canonical, reported.source.type) == ("Al-Masirah", "media")
    assert voice(reported.source.canonical or "") == "party:Houthis"


def test_the_participle_after_al_masirah_is_its_word(nlp: Any) -> None:
    assert who(nlp, STORY, "saying") == ("Al-Masirah", "media")


def test_al_manar_in_lower_case(nlp: Any) -> None:
    text = "The strike hit a house in Nabatieh, Hezbollah's al-Manar television said."
    assert who(nlp, text, "said") == ("Al-Manar", "media")


def test_hamas_al_aqsa_tv_is_an_outlet_not_hamas(nlp: Any) -> None:
    text = "Hamas's Al-Aqsa TV reported that 10 people were killed in the strike on Rafah."
    assert who(nlp, text, "reported") == ("Al-Aqsa TV", "media")
    assert voice("Al-Aqsa TV") == "party:Hamas"


def test_an_unlisted_outlet_is_named_without_its_owner(nlp: Any) -> None:
    text = "The militia's Radio Dawn reported that the town of Tawila had fallen."
    assert who(nlp, text, "reported") == ("Radio Dawn", "media")


def test_a_states_tv_is_its_state_media(nlp: Any) -> None:  # a control: no outlet's name
    text = "Russia's state TV said the town of Avdiivka had fallen."
    canonical, typ = who(nlp, text, "said")
    assert (canonical, typ) == ("Russia's state TV", "media")
    assert voice(canonical or "") == "state:RU"


def test_a_states_news_agency_is_its_state_media(nlp: Any) -> None:  # a control
    text = "Syria's state news agency said three soldiers were killed near Deir ez-Zor."
    assert who(nlp, text, "said") == ("Syria's state news agency", "media")


def test_the_houthi_run_al_masirah_tv(nlp: Any) -> None:  # a control
    text = "The Houthi-run Al-Masirah TV said US strikes had hit the port of Ras Isa."
    assert who(nlp, text, "said") == ("Al-Masirah", "media")


def test_a_ministry_by_its_possessor_stays_the_ministrys(nlp: Any) -> None:  # a control
    text = "Russia's defence ministry said its forces had taken the village of Krynky."
    assert who(nlp, text, "said") == ("Russian Ministry of Defense", "official")


# --- agencies: news agencies and public bodies ------------------------------------------

def test_ukmto_is_the_royal_navys(nlp: Any) -> None:
    said = [c for c in claims_in(nlp, STORY) if c.cue.text == "said"]
    ukmto = [c for c in said if source_text(c) == "The UK Maritime Trade Operations agency"]
    assert len(ukmto) == 1
    assert (ukmto[0].source.canonical, ukmto[0].source.type) == ("UKMTO", "military")


def test_ukmto_by_its_initials(nlp: Any) -> None:
    text = "UKMTO said a vessel reported a small craft approaching it west of Hodeidah."
    assert who(nlp, text, "said") == ("UKMTO", "military")


@pytest.mark.parametrize(("text", "expected"), [
    ("Iran's atomic energy agency said the site at Natanz was not damaged.", "official"),
    ("The UN refugee agency said 40,000 people had fled El Fasher in a week.", "official"),
    ("The aid agency said it had moved 40 tonnes of food into El Fasher.", "monitor"),
    ("A UN agency official said 40,000 people had fled El Fasher in a week.", "official"),
    ("An aid agency spokesman said the convoy was looted near Tawila.", "monitor"),
])
def test_an_agency_that_is_no_news_agency(nlp: Any, text: str, expected: str) -> None:
    assert who(nlp, text, "said")[1] == expected


@pytest.mark.parametrize(("text", "cue", "expected"), [
    ("The state news agency SANA said three soldiers were killed.", "said", ("SANA", "media")),
    ("Reuters news agency reported that the town fell.", "reported", ("Reuters", "media")),
    ("The Anadolu agency reported that the town of Tal Rifaat fell.", "reported",
     ("Anadolu Agency", "media")),
    ("The Interfax news agency reported that the plant was hit.", "reported",
     ("Interfax", "media")),
])
def test_news_agencies_stay_media(nlp: Any, text: str, cue: str,
                                  expected: tuple[str, str]) -> None:  # controls
    assert who(nlp, text, cue) == expected


def test_the_agency_alone_stays_a_news_agency(nlp: Any) -> None:  # a control
    assert who(nlp, "The agency said the strike killed four people.", "said")[1] == "media"


# --- not naming, not saying --------------------------------------------------------------

def test_it_did_not_name_the_ship(nlp: Any) -> None:
    named = claim_with_cue(nlp, STORY, "did not name")
    assert (named.source.canonical, named.source.type) == ("UKMTO", "military")
    assert named.stance == "asserts" and named.certainty == "unconfirmed"


@pytest.mark.parametrize(("text", "cue"), [
    ("The army declined to identify the unit involved in the raid.", "declined to identify"),
    ("The army did not say how many soldiers were killed in the ambush.", "did not say"),
])
def test_withholding_a_name_or_a_number(nlp: Any, text: str, cue: str) -> None:
    assert claim_with_cue(nlp, text, cue).certainty == "unconfirmed"


def test_a_statement_after_it_stays_certain(nlp: Any) -> None:  # a control
    assert claim_with_cue(nlp, STORY, "reported").certainty == "certain"


# --- officials installed by an occupier ------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Kremlin-installed officials said the shelling killed four people.",
     "Kremlin-installed officials"),
    ("Russian-installed officials in Zaporizhzhia said two people were killed.",
     "Russian-installed officials in Zaporizhzhia"),
])
def test_installed_officials_keep_who_installed_them(nlp: Any, text: str,
                                                     expected: str) -> None:
    assert who(nlp, text, "said") == (expected, "official")
