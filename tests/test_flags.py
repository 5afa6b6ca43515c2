"""Flags: hedges, verification cues and loaded language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sitrep.extract.flags import (
    TECHNIQUE_KINDS,
    certainty_of,
    extract_flags,
    hedge_terms,
    load_hedges,
    load_loaded_terms,
    loaded_terms,
    technique_kind,
)
from sitrep.model import Article, Flag, Span
from sitrep.nlp import load_pipeline

nlp = load_pipeline()

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO.parent / "shared" / "samples" / "deir-ez-zor-2017.txt"
EXAMPLES = REPO / "examples" / "corpus"

needs_sample = pytest.mark.skipif(
    not SAMPLE.is_file(), reason=f"reference sample not found at {SAMPLE} (../shared is absent)"
)


def article_of(text: str) -> Article:
    """An Article whose body starts after its `Source:` line, when it has one."""
    header = re.search(r"^Source: .*\n", text, re.M)
    return Article(text=text, origin="test", body_start=header.end() if header else 0)


def flags_of(text: str) -> tuple[Flag, ...]:
    article = article_of(text)
    return extract_flags(nlp(article.text), article=article)


def found(flags: tuple[Flag, ...]) -> set[tuple[str, str]]:
    return {(f.span.text.lower(), f.kind) for f in flags}


def sample_articles() -> list[str]:
    return re.split(r"\n{3,}", SAMPLE.read_text(encoding="utf-8").strip())


@pytest.fixture(scope="module")
def sample_flags() -> list[tuple[Article, tuple[Flag, ...]]]:
    if not SAMPLE.is_file():
        pytest.skip(f"reference sample not found at {SAMPLE} (../shared is absent)")
    out = []
    for text in sample_articles():
        article = article_of(text)
        out.append((article, extract_flags(nlp(text), article=article)))
    return out


# The reference sample


@needs_sample
def test_sample_loaded_language(sample_flags: list[tuple[Article, tuple[Flag, ...]]]) -> None:
    rt, duran = (found(flags) for _, flags in sample_flags)
    assert ("terrorists", "name_calling") in rt
    assert ("liberate", "loaded_language") in rt
    assert ("liberated", "loaded_language") in rt
    assert ("every inch", "exaggeration") in rt
    assert ("martyred", "loaded_language") in duran
    assert ("proxy militia", "name_calling") in duran
    assert ("fake news", "doubt") in duran
    assert ("shady", "loaded_language") in duran
    assert ("jihadists", "name_calling") in duran
    assert ("liberation", "loaded_language") in duran


@needs_sample
def test_sample_us_proxy_militia_is_covered(
    sample_flags: list[tuple[Article, tuple[Flag, ...]]],
) -> None:
    article, flags = sample_flags[1]
    phrase = article.text.index("US proxy militia")
    covering = [f for f in flags if phrase <= f.span.start < phrase + len("US proxy militia")]
    assert [f.kind for f in covering] == ["name_calling"]


@needs_sample
def test_sample_hedges_and_unconfirmed(
    sample_flags: list[tuple[Article, tuple[Flag, ...]]],
) -> None:
    rt, duran = (found(flags) for _, flags in sample_flags)
    assert ("not yet confirmed", "unconfirmed") in duran  # "the reports are not yet confirmed"
    assert ("unconfirmed", "unconfirmed") in duran  # "Today's unconfirmed reports"
    assert ("alleged", "hedge") in duran
    assert ("may", "hedge") in duran and ("likely", "hedge") in duran  # "may very likely"
    assert ("might", "hedge") in rt  # "might prove to be more difficult"
    assert ("could", "hedge") in rt  # "which could indicate"


@needs_sample
def test_sample_title_and_header_are_not_flagged(
    sample_flags: list[tuple[Article, tuple[Flag, ...]]],
) -> None:
    for article, flags in sample_flags:
        assert flags
        assert all(f.span.start >= article.body_start for f in flags)
    # "ISIS terrorists" in the first title is before the body
    rt_article, rt_flags = sample_flags[0]
    assert rt_article.text.index("terrorists") < rt_article.body_start
    assert min(f.span.start for f in rt_flags) > rt_article.body_start


@needs_sample
def test_sample_spans_are_slices(sample_flags: list[tuple[Article, tuple[Flag, ...]]]) -> None:
    for article, flags in sample_flags:
        for flag in flags:
            assert article.text[flag.span.start : flag.span.end] == flag.span.text
        assert list(flags) == sorted(flags, key=lambda f: (f.span.start, f.span.end, f.kind))


# Sentences written for the tests


def test_allegedly_and_reportedly_are_hedges() -> None:
    flags = flags_of(
        "The group allegedly fired rockets at the airport. "
        "Two soldiers were reportedly wounded in the attack."
    )
    assert found(flags) == {("allegedly", "hedge"), ("reportedly", "hedge")}
    assert {f.term for f in flags} == {"allegedly", "reportedly"}


def test_verification_phrase_is_one_unconfirmed_flag() -> None:
    flags = flags_of("The toll could not be independently verified.")
    assert [(f.span.text, f.kind, f.term) for f in flags] == [
        (
            "could not be independently verified",
            "unconfirmed",
            "could not be independently verified",
        )
    ]


def test_unconfirmed_wordings() -> None:
    text = (
        "The reports have not been independently confirmed. "
        "The figures cannot be independently verified. "
        "There was no independent confirmation of the toll."
    )
    assert {f.kind for f in flags_of(text)} == {"unconfirmed"}
    assert len(flags_of(text)) == 3


def test_raising_verbs_and_inflected_claims() -> None:
    kinds = found(
        flags_of(
            "The commander is believed to have fled. The strike appears to have hit a school. "
            "The group claimed responsibility."
        )
    )
    assert ("believed to", "hedge") in kinds
    assert ("appears to", "hedge") in kinds
    assert ("claimed", "hedge") in kinds


def test_neutral_wording_is_not_flagged() -> None:
    text = (
        "Militants attacked government forces near the town on Tuesday, and the army said "
        "four fighters were killed. Rebels withdrew from two villages, the ministry said. "
        "Residents said the shelling killed three civilians and wounded eleven."
    )
    assert flags_of(text) == ()


def test_may_the_month_and_may_the_name_are_not_hedges() -> None:
    text = (
        "On May 5, fighters attacked the base. May Haddad, a nurse, said ten people were "
        "wounded. Fighting resumed in early May."
    )
    assert flags_of(text) == ()


def test_modal_auxiliary_is_a_hedge() -> None:
    flags = flags_of("The offensive may resume next week, and the army might send reinforcements.")
    assert found(flags) == {("may", "hedge"), ("might", "hedge")}


def test_inflections_match_the_base_form() -> None:
    flags = flags_of(
        "A terrorist cell was found. The soldier was martyred on Sunday; his martyrdom was "
        "celebrated. The army is liberating the villages. The martyrs were buried."
    )
    terms = [(f.span.text, f.term) for f in flags]
    assert ("terrorist", "terrorist") in terms
    assert ("martyred", "martyr") in terms
    assert ("martyrdom", "martyrdom") in terms
    assert ("liberating", "liberate") in terms
    assert ("martyrs", "martyr") in terms


def test_loaded_words_inside_names_are_not_flagged() -> None:
    text = "Fighters of the Popular Liberation Front and the Martyrs Brigade attacked the post."
    assert flags_of(text) == ()


def test_regime_is_flagged_but_not_a_sanctions_regime() -> None:
    assert found(flags_of("The regime shelled the town.")) == {("regime", "name_calling")}
    assert flags_of("The sanctions regime was extended for a year.") == ()


def test_longest_loaded_term_wins() -> None:
    flags = flags_of("The criminal regime bombed the market.")
    assert [(f.span.text, f.term, f.kind) for f in flags] == [
        ("criminal regime", "criminal regime", "loaded_language")
    ]


def test_quoted_fake_news_is_doubt() -> None:
    flags = flags_of("The ministry dismissed the reports as 'fake news'.")
    assert found(flags) == {("fake news", "doubt")}


def test_a_doc_of_another_text_is_refused() -> None:
    article = Article(text="The regime shelled the town.", origin="test")
    with pytest.raises(ValueError, match="not the parse"):
        extract_flags(nlp("Something else."), article=article)


# The lexicons


def test_hedge_lexicon() -> None:
    cues = load_hedges()
    assert {c.kind for c in cues} == {"hedge", "unconfirmed"}
    assert all(
        (c.kind, c.certainty) in {("hedge", "hedged"), ("unconfirmed", "unconfirmed")} for c in cues
    )
    assert len(set(hedge_terms())) == len(hedge_terms())
    assert "reportedly" in hedge_terms("hedge")
    assert "could not be independently verified" in hedge_terms("unconfirmed")
    assert "reportedly" not in hedge_terms("unconfirmed")


def test_loaded_lexicon() -> None:
    entries = load_loaded_terms()
    assert 100 <= len(entries) <= 250
    assert len(set(loaded_terms())) == len(entries)
    assert all(e.neutral for e in entries)
    assert {e.technique for e in entries} <= set(TECHNIQUE_KINDS)
    by_term = {e.term: e for e in entries}
    assert by_term["terrorist"].kind == "name_calling"
    assert by_term["martyr"].kind == "loaded_language"
    assert "government" in by_term["regime"].neutral
    # neutral wording is never a loaded term
    for word in ("militant", "fighter", "killed", "kill", "government forces", "army", "rebel"):
        assert word not in by_term


def test_technique_kind() -> None:
    assert technique_kind("Name_Calling,Labeling") == "name_calling"
    assert technique_kind("Appeal_to_fear-prejudice") == "appeal_to_fear"
    assert technique_kind("Flag-Waving") == "flag_waving"
    assert technique_kind("Exaggeration,Minimisation") == "exaggeration"
    with pytest.raises(ValueError):
        technique_kind("Sarcasm")


def test_certainty_of() -> None:
    def flag(start: int, kind: str) -> Flag:
        return Flag(Span(start, start + 3, "abc"), kind, "abc")

    flags = [flag(0, "hedge"), flag(10, "unconfirmed"), flag(20, "loaded_language")]
    assert certainty_of(flags, 0, 5) == "hedged"
    assert certainty_of(flags, 0, 15) == "unconfirmed"
    assert certainty_of(flags, 18, 30) == "certain"


# The example corpus: the wire is neutral, the partisan outlets are not


def test_partisan_outlet_is_flagged_more_than_the_wire() -> None:
    def loaded(name: str) -> int:
        kinds = {"hedge", "unconfirmed"}
        return sum(
            f.kind not in kinds for f in flags_of((EXAMPLES / name).read_text(encoding="utf-8"))
        )

    assert loaded("free-idlib-voice.txt") >= 10 * max(loaded("levant-wire.txt"), 1)


# The general propaganda lexicon (knowledge/propaganda_terms.tsv)


def test_general_terms_are_shaped_into_phrases() -> None:
    flags = flags_of("Critics called it a disgraceful decision and an absolutely ridiculous idea.")
    spans = {(f.span.text, f.kind) for f in flags}
    assert ("disgraceful decision", "loaded_language") in spans
    assert any(text.startswith("absolutely ridiculous") for text, _ in spans)


def test_general_terms_cover_other_techniques() -> None:
    kinds = {f.kind for f in flags_of(
        "The senator said the American people deserve better. He called his rival a lunatic "
        "and the plan a complete witch hunt.")}
    assert {"flag_waving", "name_calling", "loaded_language"} <= kinds


def test_neutral_conflict_facts_stay_unflagged_with_the_general_lexicon() -> None:
    text = (
        "A total of 12 people were killed when the blast destroyed a building. The base came "
        "under attack and the town was under siege for a week. Troops surrendered on Friday, "
        "and roads were closed because of the shelling."
    )
    assert flags_of(text) == ()


def test_conflict_term_beats_an_overlapping_general_term() -> None:
    flags = flags_of("Officials dismissed the story as fake news.")
    assert [(f.span.text, f.kind) for f in flags] == [("fake news", "doubt")]
