"""Probes: claims in conflict wire copy, as an analyst reads them (issue 5, clwire round).
The sentences are ours, in the register of Reuters, AFP and AP copy about wars.

- "X …, Y told Z": a verb of saying the parser gives two subjects, the first set off by a
  comma, tells the first subject's clause; the object is the addressee
  (:func:`sitrep.extract.claim_spans.fronted_subject`).
- "A; the monitor reports B": a clause before a semicolon is not what the cue after it tells
  (:func:`sitrep.extract.claim_spans.after_semicolon`).
- "If A, as X said, B": an "as" aside right after a fronted subordinate clause tells that
  clause (:func:`sitrep.extract.claim_spans.fronted_aside`); one hung on a subject noun
  ("The army, as SANA reported, withdrew") tells the whole clause
  (:func:`sitrep.extract.claim_spans.aside_host`); "as residents told AFP" tells the clause,
  not the addressee (:func:`sitrep.extract.claim_spans.as_told_to`).
- "The fighters who stormed the camp, according to UN officials, came from the north": an
  "according to" set off by commas after the subject tells the clause on both sides, however
  long the subject's relative clause (:mod:`sitrep.extract.claim_nouns`).
- "Reuters could not independently verify the claim": an active verification phrase is
  about its object, and makes the account before it unconfirmed; "claimed responsibility
  for the attack" takes the attack as the group's own, and is not hedged
  (:mod:`sitrep.extract.claim_stance`).
- "X said A, while Y said B": Y's claim set against X's is no part of X's content
  (:func:`sitrep.extract.content_trims.without_contrasted_report`).
- the armed groups of the Sudan, Sahel and eastern Congo wars are typed as armed groups when
  they speak (``knowledge/sources.tsv``).
"""

from __future__ import annotations

from typing import Any

from stages import claims_in, contents_by_cue, sources_by_cue, xfail


def test_fronted_clause_told_to_an_outlet(nlp: Any) -> None:
    text = ("Gunmen on motorbikes burned granaries and shot herders near the village of "
            "Tillia, residents told AFP.")
    assert sources_by_cue(text, nlp).get("told") == "residents"
    assert contents_by_cue(text, nlp).get("told") == [
        "Gunmen on motorbikes burned granaries and shot herders near the village of Tillia"]


def test_two_subjects_of_told(nlp: Any) -> None:
    # the parser reads "looted" as an adjective and hangs "Gunmen" on "told" as a subject
    text = ("Gunmen of the RSF looted homes and burned shops in the town of Kutum, residents "
            "told AFP.")
    assert sources_by_cue(text, nlp).get("told") == "residents"
    assert contents_by_cue(text, nlp).get("told") == [
        "Gunmen of the RSF looted homes and burned shops in the town of Kutum"]


def test_fronted_clause_told_to_reuters(nlp: Any) -> None:
    text = ("Soldiers of the junta detained dozens of young men in the market of Djibo, "
            "witnesses told Reuters.")
    assert contents_by_cue(text, nlp).get("told") == [
        "Soldiers of the junta detained dozens of young men in the market of Djibo"]


def test_told_with_clause_keeps_its_clause(nlp: Any) -> None:
    text = "A commander told Reuters that his unit had pulled back from the bridge."
    assert contents_by_cue(text, nlp).get("told") == [
        "that his unit had pulled back from the bridge"]


def test_count_after_a_semicolon(nlp: Any) -> None:
    text = ("The regional governor put the toll at six dead; the Syrian Observatory reports "
            "11, including three women.")
    assert sources_by_cue(text, nlp).get("reports") == "the Syrian Observatory"
    assert contents_by_cue(text, nlp).get("reports") == ["11, including three women"]


def test_clause_after_a_semicolon_is_told(nlp: Any) -> None:
    text = ("The shelling went on through the night; the monitor says the army "
            "has lost the hill.")
    assert contents_by_cue(text, nlp).get("says") == ["the army has lost the hill"]


def test_as_aside_after_an_if_clause(nlp: Any) -> None:
    text = ("If the convoy was carrying ammunition, as the army's spokesman said, it was a "
            "lawful target.")
    assert contents_by_cue(text, nlp).get("said") == ["the convoy was carrying ammunition"]


def test_as_told_to_after_a_because_clause(nlp: Any) -> None:
    text = ("Because the bridge at Wad Madani had collapsed, as residents told AFP, aid could "
            "not reach the town.")
    assert sources_by_cue(text, nlp).get("told") == "residents"
    assert contents_by_cue(text, nlp).get("told") == [
        "the bridge at Wad Madani had collapsed"]


def test_as_told_to_after_the_main_clause(nlp: Any) -> None:
    text = "The militia shelled the market in El Fasher, as witnesses told Reuters."
    assert contents_by_cue(text, nlp).get("told") == [
        "The militia shelled the market in El Fasher"]


@xfail("the parts of an aside's content are joined over the cue (claim_passes.one_per_cue) "
       "and the aside's 'as' is in neither cue nor source, so the first part keeps it")
def test_as_aside_on_a_subject_tells_the_clause(nlp: Any) -> None:
    text = "The brigade, as SANA reported, withdrew from the outskirts of Hama."
    assert contents_by_cue(text, nlp).get("reported") == [
        "The brigade", "withdrew from the outskirts of Hama"]


@xfail("the parts of an aside's content are joined over the cue (claim_passes.one_per_cue) "
       "and the aside's 'as' is in neither cue nor source, so the first part keeps it")
def test_as_aside_in_the_middle_tells_the_whole_sentence(nlp: Any) -> None:
    text = "In Kharkiv, as the governor said, three people were killed overnight."
    assert contents_by_cue(text, nlp).get("said") == [
        "In Kharkiv", "three people were killed overnight"]


def test_according_to_after_a_relative_clause(nlp: Any) -> None:
    text = ("The fighters who stormed the camp at Zamzam, according to UN officials, came "
            "from the north.")
    assert sources_by_cue(text, nlp).get("according to") == "UN officials"
    assert contents_by_cue(text, nlp).get("according to") == [
        "The fighters who stormed the camp at Zamzam", "came from the north"]


def test_according_to_after_the_clause(nlp: Any) -> None:
    text = "Israeli strikes killed 19 people in Rafah overnight, according to medics."
    assert contents_by_cue(text, nlp).get("according to") == [
        "Israeli strikes killed 19 people in Rafah overnight"]


def _claim(nlp: Any, text: str, cue: str) -> Any:
    found = [c for c in claims_in(nlp, text) if c.cue.text == cue]
    assert len(found) == 1, [c.cue.text for c in claims_in(nlp, text)]
    return found[0]


def test_agency_could_not_verify_the_claim(nlp: Any) -> None:
    text = ("The Sudanese army said it had retaken the bridge over the Blue Nile. Reuters could "
            "not independently verify the claim.")
    assert _claim(nlp, text, "said").certainty == "unconfirmed"


def test_agency_unable_to_confirm_the_report(nlp: Any) -> None:
    text = ("The RSF said its fighters had shot down a drone over Omdurman. AFP was unable to "
            "independently confirm the report.")
    assert _claim(nlp, text, "said").certainty == "unconfirmed"


def test_agency_could_not_verify_a_place_leaves_the_claim(nlp: Any) -> None:
    text = ("The ministry said five soldiers died. Reuters could not independently verify the "
            "location of the attack.")
    assert _claim(nlp, text, "said").certainty == "certain"


def test_claimed_responsibility_is_certain(nlp: Any) -> None:
    text = "The Islamic State group claimed responsibility for the bombing in Kabul."
    assert _claim(nlp, text, "claimed").certainty == "certain"


def test_claimed_a_fact_stays_hedged(nlp: Any) -> None:
    text = "The rebels claimed the town of Kidal had fallen."
    assert _claim(nlp, text, "claimed").certainty == "hedged"


def test_a_claim_that_could_not_be_verified(nlp: Any) -> None:  # a control: passed before
    text = ("The Malian army said it had killed dozens of fighters in an air strike near "
            "Gao, a claim that could not be verified.")
    assert _claim(nlp, text, "said").certainty == "unconfirmed"


def test_while_another_source_said(nlp: Any) -> None:
    text = ("The army said it had repelled the attack on the base at Tessalit, while the "
            "rebels claimed they had taken it.")
    assert contents_by_cue(text, nlp).get("said") == [
        "it had repelled the attack on the base at Tessalit"]
    assert contents_by_cue(text, nlp).get("claimed") == ["they had taken it"]


def test_while_clause_of_the_same_source_stays(nlp: Any) -> None:  # a control
    text = ("The ministry said the shelling went on while families fled the town.")
    assert contents_by_cue(text, nlp).get("said") == [
        "the shelling went on while families fled the town"]


def test_armed_groups_of_current_wars_are_typed(nlp: Any) -> None:
    for text, cue in (("The RSF said its fighters had shot down a drone over Omdurman.", "said"),
                      ("The Wagner group denied the allegations.", "denied"),
                      ("JNIM claimed the attack on the army post near Boni.", "claimed")):
        source = _claim(nlp, text, cue).source
        assert source.type == "armed group", text
