"""Decoding per-token inside probabilities into spans: runs, clause cuts, peak trimming."""

from __future__ import annotations

import numpy as np

from sitrep.extract import flag_spans
from sitrep.nlp import load_pipeline

nlp = load_pipeline()


def texts(text: str, inside: dict[str, float], *, threshold: float = 0.35,
          low: float = 0.1) -> list[str]:
    """The spans decoded when each word in ``inside`` gets its probability (others 0)."""
    doc = nlp(text)
    p = np.array([inside.get(t.text, 0.0) for t in doc])
    return [doc[first:last + 1].text for first, last in flag_spans.spans(doc, p, threshold, low)]


def test_a_run_needs_one_token_over_the_threshold() -> None:
    text = "The minister gave a long and dull speech today."
    assert texts(text, {"long": 0.3, "and": 0.3, "dull": 0.3}) == []
    assert texts(text, {"long": 0.3, "and": 0.3, "dull": 0.5}) == ["long and dull"]


def test_runs_stop_at_sentence_ends_and_drop_end_punctuation() -> None:
    text = "They lied again. Voters noticed."
    doc = nlp(text)
    p = np.full(len(doc), 0.6)
    spans = [doc[a:b + 1].text for a, b in flag_spans.spans(doc, p, 0.35, 0.1)]
    assert spans == ["They lied again", "Voters noticed"]


def test_clause_punctuation_cuts_a_run_and_weak_parts_go() -> None:
    text = "The plan, a reckless gamble, failed."
    probs = {"The": 0.2, "plan": 0.2, ",": 0.2, "a": 0.4, "reckless": 0.9, "gamble": 0.8,
             "failed": 0.2}
    assert texts(text, probs) == ["a reckless gamble"]


def test_a_part_is_trimmed_to_the_tokens_near_its_peak() -> None:
    text = "Officials said that the brutal thugs attacked a village."
    probs = {"Officials": 0.12, "said": 0.12, "that": 0.15, "the": 0.5, "brutal": 0.95,
             "thugs": 0.9, "attacked": 0.12, "a": 0.12, "village": 0.12}
    assert texts(text, probs) == ["the brutal thugs"]  # 0.15 and 0.12 < 0.2 * 0.95
    probs["that"] = 0.25
    assert texts(text, probs) == ["that the brutal thugs"]


def test_a_higher_peak_ratio_trims_harder() -> None:
    """The encoder path keeps a part's tokens with at least 0.3 of its peak, not 0.2."""
    text = "Officials said that the brutal thugs attacked a village."
    doc = nlp(text)
    probs = {"that": 0.25, "the": 0.5, "brutal": 0.95, "thugs": 0.9}
    p = np.array([probs.get(t.text, 0.12) for t in doc])
    found = [[doc[a:b + 1].text for a, b in flag_spans.spans(doc, p, 0.35, 0.1, ratio)]
             for ratio in (0.2, 0.3)]
    assert found == [["that the brutal thugs"], ["the brutal thugs"]]  # 0.25 < 0.3 * 0.95


def test_a_part_with_two_peaks_gives_two_spans() -> None:
    text = "Cowards and liars ran the city for years."
    probs = {"Cowards": 0.9, "and": 0.12, "liars": 0.8, "ran": 0.11}
    assert texts(text, probs) == ["Cowards", "liars"]


def test_nothing_inside_gives_nothing() -> None:
    doc = nlp("Rain is expected on Tuesday.")
    assert flag_spans.spans(doc, np.zeros(len(doc)), 0.35, 0.1) == []
    assert flag_spans.runs(doc, [False] * len(doc)) == []
