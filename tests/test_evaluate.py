"""Evaluation: the metrics, the CASE 2021 / PLOVER readers, and both scorers end to end."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from sitrep.errors import InputError
from sitrep.evaluate.events import (
    NOT_ACLED,
    CaseRow,
    PloverRecord,
    evaluate_case,
    evaluate_plover,
    read_case,
    read_plover,
)
from sitrep.evaluate.metrics import PRF, confusions, macro_f1, per_label, weighted_f1

# --- metrics -----------------------------------------------------------------------------------

# Five items; labels A, B and D are scored, C and X are not. D is never gold nor predicted.
#   item  gold  predicted
#   0     A     A          A: tp
#   1     A     B          A: fn, B: fp
#   2     B     B          B: tp
#   3     C     A          A: fp (unlisted gold row)
#   4     X     A          A: fp (unlisted gold row)
GOLD = ["A", "A", "B", "C", "X"]
PRED = ["A", "B", "B", "A", "A"]
LABELS = ["A", "B", "D"]


def test_per_label_counts() -> None:
    """A prediction of a listed label on an unlisted gold row is a false positive."""
    scores = per_label(GOLD, PRED, LABELS)
    assert list(scores) == LABELS
    assert scores["A"] == PRF(tp=1, fp=2, fn=1)
    assert scores["B"] == PRF(tp=1, fp=1, fn=0)
    assert scores["D"] == PRF(tp=0, fp=0, fn=0)


def test_per_label_precision_recall_f1() -> None:
    scores = per_label(GOLD, PRED, LABELS)
    a, b, d = scores["A"], scores["B"], scores["D"]
    # A: P = 1/3, R = 1/2, F1 = 2 * (1/6) / (5/6) = 0.4, support 2
    assert (a.precision, a.recall, a.f1, a.support) == (
        pytest.approx(1 / 3), pytest.approx(0.5), pytest.approx(0.4), 2)
    # B: P = 1/2, R = 1, F1 = 2 * (1/2) / (3/2) = 2/3, support 1
    assert (b.precision, b.recall, b.f1, b.support) == (
        pytest.approx(0.5), pytest.approx(1.0), pytest.approx(2 / 3), 1)
    # D: nothing at all
    assert (d.precision, d.recall, d.f1, d.support) == (0.0, 0.0, 0.0, 0)


def test_weighted_and_macro_f1() -> None:
    scores = per_label(GOLD, PRED, LABELS)
    # weighted: (0.4 * 2 + 2/3 * 1 + 0 * 0) / (2 + 1 + 0) = (12/15 + 10/15) / 3 = 22/45
    assert weighted_f1(scores) == pytest.approx(22 / 45)
    # macro over the labels present in gold (A, B; not D): (0.4 + 2/3) / 2 = 8/15
    assert macro_f1(scores) == pytest.approx(8 / 15)


def test_confusions_count_only_mistakes() -> None:
    assert confusions(GOLD, PRED) == {("A", "B"): 1, ("C", "A"): 1, ("X", "A"): 1}
    assert confusions(["A", "A"], ["B", "B"]) == {("A", "B"): 2}
    assert confusions(["A"], ["A"]) == {}


@pytest.mark.parametrize(("prf", "precision", "recall", "f1"), [
    (PRF(0, 0, 0), 0.0, 0.0, 0.0),  # nothing: no division by zero
    (PRF(0, 3, 0), 0.0, 0.0, 0.0),  # only false positives: recall has no denominator
    (PRF(0, 0, 4), 0.0, 0.0, 0.0),  # only misses: precision has no denominator
    (PRF(2, 0, 0), 1.0, 1.0, 1.0),
])
def test_prf_zero_division(prf: PRF, precision: float, recall: float, f1: float) -> None:
    assert (prf.precision, prf.recall, prf.f1) == (precision, recall, f1)


def test_averages_of_nothing_are_zero() -> None:
    assert weighted_f1({}) == 0.0
    assert macro_f1({}) == 0.0
    only_fp = {"A": PRF(0, 2, 0)}  # a label never in gold: no support anywhere
    assert weighted_f1(only_fp) == 0.0
    assert macro_f1(only_fp) == 0.0


def test_mismatched_lengths_raise() -> None:
    with pytest.raises(ValueError, match="3 gold labels but 2 predictions"):
        per_label(["A", "B", "A"], ["A", "B"], ["A", "B"])
    with pytest.raises(ValueError):
        confusions(["A", "B"], ["A"])


# --- read_case ---------------------------------------------------------------------------------


def write_tsv(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_read_case_reads_rows(tmp_path: Path) -> None:
    path = write_tsv(tmp_path / "case.tsv", [
        "id\tEventSnippet\tSubType",
        "1\tJets struck a depot near the border.\tAIR_STRIKE",
        "2\t  A river burst its banks after days of rain.  \tNATURAL_DISASTER",
    ])
    assert read_case(path) == [
        CaseRow("1", "Jets struck a depot near the border.", "AIR_STRIKE"),
        CaseRow("2", "A river burst its banks after days of rain.", "NATURAL_DISASTER"),
    ]


def test_read_case_missing_column(tmp_path: Path) -> None:
    path = write_tsv(tmp_path / "case.tsv", ["id\tEventSnippet", "1\tSomething happened."])
    with pytest.raises(InputError, match="SubType") as info:
        read_case(path)
    assert info.value.origin == str(path)


def test_read_case_unknown_label_names_the_line(tmp_path: Path) -> None:
    path = write_tsv(tmp_path / "case.tsv", [
        "id\tEventSnippet\tSubType",
        "1\tJets struck a depot near the border.\tAIR_STRIKE",
        "2\tA crowd gathered in the square.\tPICNIC",
    ])
    with pytest.raises(InputError, match="PICNIC") as info:
        read_case(path)
    assert info.value.origin == f"{path}:3"


def test_read_case_empty_snippet(tmp_path: Path) -> None:
    path = write_tsv(tmp_path / "case.tsv", ["id\tEventSnippet\tSubType", "7\t\tAIR_STRIKE"])
    with pytest.raises(InputError) as info:
        read_case(path)
    assert info.value.origin.endswith(":2")


# --- read_plover -------------------------------------------------------------------------------


def test_read_plover_skips_documents_and_collects_actors(tmp_path: Path) -> None:
    path = tmp_path / "plover.json"
    path.write_text(json.dumps([
        {"id": "doc-1", "text": "About this file.", "event": "DOCUMENT"},
        {"id": "r1", "text": " Jets bombed a depot. ", "event": "ASSAULT",
         "source": [{"actorText": "Jets"}, {"actorText": ""}, "stray"],
         "target": [{"actorText": "depot guards"}]},
        {"id": "r2", "text": "Envoys met in Geneva.", "event": "CONSULT",
         "source": "a bare string", "target": None},
        {"id": "r3", "text": "", "event": "ASSAULT"},
        {"id": "r4", "text": "No event key here."},
    ]), encoding="utf-8")
    assert read_plover(path) == [
        PloverRecord("r1", "Jets bombed a depot.", "ASSAULT", ("Jets",), ("depot guards",)),
        PloverRecord("r2", "Envoys met in Geneva.", "CONSULT", (), ()),
    ]


def test_read_plover_reads_2016_fight_as_2021_assault(tmp_path: Path) -> None:
    path = tmp_path / "plover.json"
    path.write_text(json.dumps([
        {"id": "f", "text": "Troops shelled the hills.", "event": "FIGHT"},
        {"id": "c", "text": "Police seized rifles.", "event": "COERCE"},
    ]), encoding="utf-8")
    assert [r.category for r in read_plover(path)] == ["ASSAULT", "COERCE"]


def test_read_plover_malformed_json(tmp_path: Path) -> None:
    path = tmp_path / "plover.json"
    path.write_text('[{"id": "r1", "text": ', encoding="utf-8")
    with pytest.raises(InputError, match="not a readable JSON list"):
        read_plover(path)


def test_read_plover_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        read_plover(tmp_path / "absent.json")


# --- end to end with the real pipeline --------------------------------------------------------

CASE_ROWS = [
    CaseRow("air", "Russian warplanes bombed a market in Idlib on Monday, killing nine "
                   "civilians.", "AIR_STRIKE"),
    CaseRow("quake", "A magnitude 6 earthquake hit Van province on Sunday, killing 12 people.",
            "NATURAL_DISASTER"),
    CaseRow("flood", "Floods hit the province of Sindh, killing dozens of people.",
            "NATURAL_DISASTER"),
    CaseRow("protest", "Hundreds of teachers protested peacefully in Nairobi on Thursday.",
            "PEACE_PROTEST"),
    CaseRow("weapons", "Police seized rifles and ammunition during a search in Kirkuk on "
                       "Monday.", "DISR_WEAP"),
    CaseRow("base", "Turkish forces set up an observation post near Idlib on Wednesday.",
            "HQ_ESTABLISHED"),
]


def test_evaluate_case_end_to_end(pipeline: Any) -> None:
    scores = evaluate_case(CASE_ROWS, pipeline.analyze_many)
    assert scores.predictions == [
        ("air", "AIR_STRIKE", "AIR_STRIKE"),
        ("quake", "NATURAL_DISASTER", NOT_ACLED),
        ("flood", "NATURAL_DISASTER", NOT_ACLED),
        ("protest", "PEACE_PROTEST", "PEACE_PROTEST"),
        ("weapons", "DISR_WEAP", "DISR_WEAP"),
        ("base", "HQ_ESTABLISHED", "HQ_ESTABLISHED"),
    ]
    assert scores.rows == 6
    assert (scores.non_acled_rows, scores.non_acled_accuracy) == (2, 1.0)
    assert scores.weighted_f1 == 1.0 and scores.macro_f1 == 1.0
    # a right abstention on a non-ACLED row is not a confusion
    assert scores.confusions == []
    assert scores.per_label["AIR_STRIKE"] == PRF(1, 0, 0)
    assert scores.per_label["CHEM_WEAP"] == PRF(0, 0, 0)
    assert "NATURAL_DISASTER" not in scores.per_label  # only ACLED's sub-types are scored
    assert len(scores.per_label) == 25
    assert scores.summary() == {"weighted_f1": 1.0, "macro_f1": 1.0, "non_acled_accuracy": 1.0}


def test_evaluate_case_counts_a_wrong_row(pipeline: Any) -> None:
    """A gold label the system misses: a false negative of it, a false positive of the guess."""
    rows = [CASE_ROWS[0], CaseRow("wrong", CASE_ROWS[4].text, "ARREST"), CASE_ROWS[1]]
    scores = evaluate_case(rows, pipeline.analyze_many)
    assert [p for _, _, p in scores.predictions] == ["AIR_STRIKE", "DISR_WEAP", NOT_ACLED]
    assert scores.per_label["ARREST"] == PRF(0, 0, 1)
    assert scores.per_label["DISR_WEAP"] == PRF(0, 1, 0)
    # AIR_STRIKE F1 1 (support 1), ARREST F1 0 (support 1): weighted = macro = 0.5
    assert scores.weighted_f1 == pytest.approx(0.5)
    assert scores.macro_f1 == pytest.approx(0.5)
    assert scores.confusions == [("ARREST", "DISR_WEAP", 1)]


PLOVER_RECORDS = [
    PloverRecord("p-air", "Russian warplanes bombed a market in Idlib on Monday, killing nine "
                          "civilians.", "ASSAULT", ("Russian warplanes",), ("civilians",)),
    PloverRecord("p-protest", "Hundreds of teachers protested peacefully in Nairobi on "
                              "Thursday.", "PROTEST", ("teachers",), ()),
    PloverRecord("p-meet", "The foreign ministers of Egypt and Jordan met in Amman to discuss "
                           "trade.", "CONSULT", ("Egypt",), ("Jordan",)),
    PloverRecord("p-quake", "A magnitude 6 earthquake hit Van province on Sunday, killing 12 "
                            "people.", "OTHER", (), ()),
]


def test_evaluate_plover_end_to_end(pipeline: Any) -> None:
    scores = evaluate_plover(PLOVER_RECORDS, pipeline.analyze_many)
    assert scores.predictions == [
        ("p-air", "ASSAULT", "ASSAULT"),
        ("p-protest", "PROTEST", "PROTEST"),
        ("p-meet", "CONSULT", ""),
        ("p-quake", "OTHER", ""),
    ]
    assert (scores.records, scores.violent_records) == (4, 2)
    assert scores.category_recall == 1.0
    assert scores.category_precision == 1.0
    assert scores.abstention == 1.0
    # "Hundreds of teachers" who protest are ACLED's Protesters, and their phrase is the span
    assert scores.source_accuracy == 1.0
    assert scores.target_accuracy == 1.0  # "civilians" is the air strike's actor2
