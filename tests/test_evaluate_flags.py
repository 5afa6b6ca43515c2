"""The PTC flag scorer (SemEval-2020 Task 11 SI, per-technique, TC); the model: test_flag_model."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from sitrep.errors import InputError
from sitrep.evaluate.flags import (
    PtcArticle,
    evaluate_flags,
    flag_predictor,
    fold_of,
    merge_spans,
    read_ptc,
)
from sitrep.model import Article, Flag
from sitrep.nlp import load_pipeline

REPO = Path(__file__).resolve().parents[1]
PTC = REPO.parent / "shared" / "data" / "propaganda" / "ptc-train"

# Offsets: "Headline\n\n" is 10 characters, so the body starts at 10.
ONE = "Headline\n\nThe shameful plan failed. Officials met on Monday."
TWO = "Another\n\nThey are absolutely ridiculous people."


def write_ptc(root: Path, si: str, tc: str) -> Path:
    (root / "articles").mkdir(parents=True)
    (root / "articles" / "article1.txt").write_text(ONE, encoding="utf-8")
    (root / "articles" / "article2.txt").write_text(TWO, encoding="utf-8")
    (root / "train-task1-SI.labels").write_text(si, encoding="utf-8")
    (root / "train-task2-TC.labels").write_text(tc, encoding="utf-8")
    return root


def at(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


def fixed(by_origin: dict[str, list[tuple[int, int, str]]]):  # noqa: ANN201
    """A predictor returning the given (start, end, kind) flags for each article origin."""

    def predict(articles: Sequence[Article]) -> list[tuple[Flag, ...]]:
        return [tuple(Flag(a.span(s, e), kind, "t") for s, e, kind in by_origin.get(a.origin, []))
                for a in articles]

    return predict


@pytest.fixture
def ptc(tmp_path: Path) -> list[PtcArticle]:
    s1, e1 = at(ONE, "shameful plan")
    s2, e2 = at(TWO, "absolutely ridiculous")
    s3, e3 = at(TWO, "ridiculous people")
    si = f"1\t{s1}\t{e1}\n2\t{s2}\t{e2}\n2\t{s3}\t{e3}\n"
    tc = (f"1\tLoaded_Language\t{s1}\t{e1}\n2\tExaggeration,Minimisation\t{s2}\t{e2}\n"
          f"2\tName_Calling,Labeling\t{s3}\t{e3}\n")
    return read_ptc(write_ptc(tmp_path, si, tc))


def test_read_ptc(ptc: list[PtcArticle]) -> None:
    assert [a.id for a in ptc] == ["1", "2"]
    assert ONE[ptc[0].spans[0].start:ptc[0].spans[0].end] == "shameful plan"
    assert [t.technique for t in ptc[1].techniques] == [
        "Exaggeration,Minimisation", "Name_Calling,Labeling"]
    article = ptc[0].article()
    assert article.text == ONE and article.body_start == 0 and article.title == "Headline"
    assert {fold_of(a, 2) for a in ptc} == {0, 1}


def test_read_ptc_reports_bad_lines(tmp_path: Path) -> None:
    root = write_ptc(tmp_path, "1\t5\n", "")
    with pytest.raises(InputError, match="SI.labels:1"):
        read_ptc(root)
    (root / "train-task1-SI.labels").write_text("1\t5\t9999\n", encoding="utf-8")
    with pytest.raises(InputError, match="outside"):
        read_ptc(root)
    (root / "train-task1-SI.labels").write_text("", encoding="utf-8")
    (root / "train-task2-TC.labels").write_text("1\tSarcasm\t0\t3\n", encoding="utf-8")
    with pytest.raises(InputError, match="unknown technique"):
        read_ptc(root)
    with pytest.raises(InputError, match="not a PTC directory"):
        read_ptc(tmp_path / "nowhere")


def test_merge_spans_joins_overlaps_but_not_touching_spans() -> None:
    assert merge_spans([(10, 20), (15, 30), (0, 5), (5, 9), (29, 31)]) == [
        (0, 5), (5, 9), (10, 31)]
    assert merge_spans([(3, 3)]) == []


def test_si_partial_overlap_credit(ptc: list[PtcArticle]) -> None:
    # Gold after merging: article 1 "shameful plan" (13 chars); article 2 one merged span
    # "absolutely ridiculous people" (28 chars).
    s1, _ = at(ONE, "shameful plan")
    s2, e2 = at(TWO, "absolutely ridiculous people")
    predict = fixed({
        "ptc:1": [(s1, s1 + 8, "loaded_language"),  # "shameful": 8/8 precision, 8/13 recall
                  *[(m, m + 8, "loaded_language") for m in [at(ONE, "Officials")[0]]]],
        "ptc:2": [(s2, e2, "exaggeration")],  # the whole merged span: 1 and 1
    })
    scores = evaluate_flags(ptc, predict)
    assert scores.si.predicted == 3 and scores.si.gold == 2
    assert scores.si.precision == pytest.approx((1 + 0 + 1) / 3)
    assert scores.si.recall == pytest.approx((8 / 13 + 1) / 2)
    p, r = scores.si.precision, scores.si.recall
    assert scores.si.f1 == pytest.approx(2 * p * r / (p + r))
    summary = scores.summary()
    assert list(summary) == ["si_precision", "si_recall", "si_f1", "flc_f1", "tc_micro_f1",
                             "tc_spans"]
    assert summary["si_f1"] == round(scores.si.f1, 4)


def test_overlapping_predictions_are_merged_and_hedges_ignored(ptc: list[PtcArticle]) -> None:
    s1, e1 = at(ONE, "shameful plan")
    predict = fixed({"ptc:1": [(s1, s1 + 8, "loaded_language"), (s1 + 4, e1, "name_calling"),
                               (e1 + 1, e1 + 7, "hedge")]})
    scores = evaluate_flags(ptc, predict)
    assert scores.si.predicted == 1  # one merged span; the hedge does not count
    assert scores.si.precision == pytest.approx(1.0)
    assert scores.si.recall == pytest.approx(1 / 2)  # 1 of the 2 merged gold spans, whole


def test_per_technique_and_tc(ptc: list[PtcArticle]) -> None:
    s1, e1 = at(ONE, "shameful plan")
    s2, e2 = at(TWO, "absolutely ridiculous")
    s3, e3 = at(TWO, "ridiculous people")
    predict = fixed({"ptc:1": [(s1, e1, "loaded_language")],
                     "ptc:2": [(s2, e2, "loaded_language"), (s3, e3, "name_calling")]})
    scores = evaluate_flags(ptc, predict)
    loaded = scores.per_technique["Loaded_Language"]
    assert (loaded.predicted, loaded.gold) == (2, 1)
    assert loaded.precision == pytest.approx(0.5) and loaded.recall == pytest.approx(1.0)
    assert scores.per_technique["Name_Calling,Labeling"].f1 == pytest.approx(1.0)
    assert scores.per_technique["Exaggeration,Minimisation"].recall == 0.0
    # TC: three predicted spans equal gold spans; two of their techniques are right.
    assert scores.tc_spans == 3
    assert scores.tc_micro_f1 == pytest.approx(2 / 3)


def test_no_predictions_no_gold_is_perfect(tmp_path: Path) -> None:
    articles = read_ptc(write_ptc(tmp_path, "", ""))
    assert evaluate_flags(articles, fixed({})).si.f1 == 1.0
    with pytest.raises(ValueError, match="predictions"):
        evaluate_flags(articles, lambda arts: [()])


@pytest.mark.skipif(not PTC.is_dir(), reason=f"PTC not found at {PTC} (../shared is absent)")
def test_lexicon_on_ptc_fold() -> None:
    """The shipped lexicon on one unseen fold (ids ending in 3 or 8 modulo 5)."""
    articles = [a for a in read_ptc(PTC) if fold_of(a, 5) == 3]
    scores = evaluate_flags(articles, flag_predictor(load_pipeline()))
    summary = scores.summary()
    assert summary["si_precision"] >= 0.40
    assert summary["si_f1"] >= 0.15
    assert scores.per_technique["Loaded_Language"].recall >= 0.08
    # every scored flag is a slice of its article
    texts = {a.id: a.text for a in articles}
    for article_id, flags in scores.predictions.items():
        for flag in flags:
            assert texts[article_id][flag.span.start:flag.span.end] == flag.span.text
