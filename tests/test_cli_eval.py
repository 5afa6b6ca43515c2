"""``sitrep eval events``: scores printed, predictions written, floors enforced by exit code."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitrep.cli import cli

# Written for these tests (illustrative, not from any corpus).
ROWS = [
    ("1", "Government warplanes carried out air strikes on rebel positions near Idlib on Monday, "
          "killing four fighters.", "AIR_STRIKE"),
    ("2", "A strong earthquake struck the coast on Sunday, destroying hundreds of homes.",
     "NATURAL_DISASTER"),
    ("3", "Police arrested two opposition activists in Homs on Tuesday.", "ARREST"),
]


@pytest.fixture()
def case_file(tmp_path: Path) -> Path:
    path = tmp_path / "case.tsv"
    lines = ["id\tEventSnippet\tSubType"] + ["\t".join(r) for r in ROWS]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _floors(tmp_path: Path, weighted: float) -> Path:
    path = tmp_path / "floors.toml"
    path.write_text(f"[events.case]\nweighted_f1 = {weighted}\nnon_acled_accuracy = 1.0\n",
                    encoding="utf-8")
    return path


def test_eval_events_prints_scores_and_writes_predictions(case_file: Path, tmp_path: Path,
                                                          cli_env: Path) -> None:
    preds = tmp_path / "preds.tsv"
    result = CliRunner().invoke(cli, ["eval", "events", "--case", str(case_file), "--json",
                                      "--predictions", str(preds)])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)["events.case"]
    assert scores == {"weighted_f1": 1.0, "macro_f1": 1.0, "non_acled_accuracy": 1.0}
    rows = [line.split("\t") for line in preds.read_text(encoding="utf-8").splitlines()]
    assert rows == [["1", "AIR_STRIKE", "AIR_STRIKE"], ["2", "NATURAL_DISASTER", "NOT_ACLED"],
                    ["3", "ARREST", "ARREST"]]


def test_floors_met_exit_0_and_missed_exit_1(case_file: Path, tmp_path: Path,
                                             cli_env: Path) -> None:
    met = CliRunner().invoke(cli, ["eval", "events", "--case", str(case_file), "--floors",
                                   str(_floors(tmp_path, 0.9))])
    assert met.exit_code == 0, met.output
    assert "Gate: 2 of 2 floors met" in met.output
    bad = case_file.read_text(encoding="utf-8").replace("\tARREST", "\tAIR_STRIKE")
    case_file.write_text(bad, encoding="utf-8")
    missed = CliRunner().invoke(cli, ["eval", "events", "--case", str(case_file), "--floors",
                                      str(_floors(tmp_path, 0.9))])
    assert missed.exit_code == 1
    assert "below floor" in missed.output and "weighted_f1" in missed.output


def test_eval_needs_a_corpus_and_reports_bad_files(tmp_path: Path, cli_env: Path) -> None:
    assert CliRunner().invoke(cli, ["eval", "events"]).exit_code == 2
    broken = tmp_path / "broken.tsv"
    broken.write_text("id\tsnippet\n1\tsomething\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", "events", "--case", str(broken)])
    assert result.exit_code == 2
    assert "missing columns" in result.output
    floors = tmp_path / "floors.toml"
    floors.write_text("[events.case]\nweighted_f1 = 'high'\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", "events", "--case", str(broken), "--floors",
                                      str(floors)])
    assert result.exit_code == 2
