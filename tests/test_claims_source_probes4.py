"""Probes: what an analyst sees of a source, its canonical name and its type (round 7 of
issue 5, sources).

Written for this round; the sentences are ours, and the outlets in them are invented names
that no tagger or knowledge file knows ("Free Idlib Voice", "Levant Wire"). Not scored by the
PolNeAR gate: these pin the typing and resolution the claims table shows.
"""

from __future__ import annotations

from typing import Any

from stages import claims_in, sources_by_cue


def _sources(nlp: Any, text: str) -> list[tuple[str, str | None, str]]:
    """(cue, canonical name, type) of every claim of ``text``, in order."""
    return [(c.cue.text, c.source.canonical, c.source.type) for c in claims_in(nlp, text)]


def test_a_spokesman_for_a_ministry_is_an_official(nlp: Any) -> None:
    text = "A spokesman for the ministry said the convoy had been hit near the bridge."
    assert _sources(nlp, text) == [("said", "spokesman for the ministry", "official")]


def test_local_residents_are_witnesses(nlp: Any) -> None:
    text = "Local residents said the shelling lasted through the night."
    assert _sources(nlp, text) == [("said", "Local residents", "witness")]


def test_an_unnamed_official_is_named_without_the_note_of_anonymity(nlp: Any) -> None:
    text = ("A senior US official speaking on condition of anonymity said the strikes would "
            "continue.")
    assert _sources(nlp, text) == [("said", "senior US official", "anonymous")]


def test_the_observatory_is_a_monitor_under_its_short_name(nlp: Any) -> None:
    text = "The Syrian Observatory for Human Rights said 12 fighters were killed."
    assert _sources(nlp, text) == [("said", "SOHR", "monitor")]


def test_an_analyst_at_a_think_tank_is_an_expert(nlp: Any) -> None:
    text = "An analyst at the Carnegie Endowment said the offensive was likely to stall."
    assert _sources(nlp, text) == [("said", "analyst at the Carnegie Endowment", "expert")]


def test_an_unknown_organisation_that_reports_is_media(nlp: Any) -> None:
    text = "Free Idlib Voice reported that two markets were struck."
    assert _sources(nlp, text) == [("reported", "Free Idlib Voice", "media")]


def test_a_wire_is_media_even_when_the_tagger_takes_it_for_a_person(nlp: Any) -> None:
    text = "Levant Wire said the checkpoint fell on Tuesday."
    assert _sources(nlp, text) == [("said", "Levant Wire", "media")]


def test_an_outlet_introduced_by_its_kind_is_named_for_its_name(nlp: Any) -> None:
    text = "An opposition outlet, Free Idlib Voice, reported that the road was closed."
    assert _sources(nlp, text) == [("reported", "Free Idlib Voice", "media")]


def test_an_outlet_keeps_its_type_when_named_again(nlp: Any) -> None:
    text = ("According to Free Idlib Voice, an opposition outlet, the checkpoint fell on "
            "Tuesday.  Free Idlib Voice said the road to the north was cut.")
    assert _sources(nlp, text) == [("According to", "Free Idlib Voice", "media"),
                                   ("said", "Free Idlib Voice", "media")]


def test_a_colonel_is_military_and_his_pronoun_keeps_the_type(nlp: Any) -> None:
    text = ("Colonel Ahmed Nasser said his men had retaken the hill.  He said the losses were "
            "light.")
    assert _sources(nlp, text) == [("said", "Ahmed Nasser", "military"),
                                   ("said", "Ahmed Nasser", "military")]


def test_a_pronoun_keeps_the_type_of_a_named_official(nlp: Any) -> None:
    text = ("Interior Minister Omar Haddad said the border would reopen.  He said trucks "
            "would be searched.")
    assert _sources(nlp, text) == [("said", "Omar Haddad", "official"),
                                   ("said", "Omar Haddad", "official")]


def test_a_ministry_that_reports_stays_an_official_source(nlp: Any) -> None:
    text = "The interior ministry reported that two drones were shot down."
    assert [t for _, _, t in _sources(nlp, text)] == ["official"]


def test_a_person_who_reports_is_not_made_an_outlet(nlp: Any) -> None:
    text = "Omar Haddad reported that the bridge was down."
    assert _sources(nlp, text) == [("reported", "Omar Haddad", "official")]


def test_a_named_newspaper_is_media(nlp: Any) -> None:
    text = "The Northern Post reported that the dam was breached."
    assert [t for _, _, t in _sources(nlp, text)] == ["media"]


def test_an_attorney_general_is_an_official_not_a_soldier(nlp: Any) -> None:
    text = "Attorney General Ana Ruiz said the detainees would be charged."
    assert [t for _, _, t in _sources(nlp, text)] == ["official"]


def test_an_abbreviated_rank_is_military(nlp: Any) -> None:
    text = "Brig. Gen. Omar Saleh said the brigade had pulled back."
    assert [t for _, _, t in _sources(nlp, text)] == ["military"]


def test_a_spokesman_takes_the_type_of_whom_he_speaks_for(nlp: Any) -> None:
    text = ("Omar Saleh, a spokesman for the Northern Shield militia, said the town was still "
            "held.  He said the front line had not moved.")
    assert _sources(nlp, text) == [("said", "Omar Saleh", "armed group"),
                                   ("said", "Omar Saleh", "armed group")]


def test_a_health_directorate_is_an_official_source(nlp: Any) -> None:
    text = "The Hama health directorate said nine people were wounded."
    assert [t for _, _, t in _sources(nlp, text)] == ["official"]


def test_a_commander_is_named_without_his_request_for_anonymity(nlp: Any) -> None:
    text = ("A commander of the brigade who spoke on condition of anonymity said the unit had "
            "lost two tanks.")
    assert _sources(nlp, text) == [("said", "commander of the brigade", "anonymous")]


def test_a_cue_after_a_quote_taken_for_an_adjective_of_the_title_has_its_speaker(nlp: Any) -> None:
    for verb in ("tweeted", "added", "insisted", "noted"):
        text = f'"We were wrong about the bridge," {verb} council spokesman Omar Saleh.'
        assert sources_by_cue(text, nlp)[verb] == "council spokesman Omar Saleh", verb


def test_an_adjective_of_a_speaker_before_a_cue_is_no_cue(nlp: Any) -> None:
    text = "A retired general said the ceasefire would not hold."
    assert sources_by_cue(text, nlp) == {"said": "A retired general"}
