"""The dense head over contextual token vectors (sitrep.extract.flag_head) and its use in the
cross-validation of the flag tagger."""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from sitrep.cli import cli
from sitrep.errors import ResourceError
from sitrep.evaluate.flags import cross_validate, read_ptc
from sitrep.extract.flag_head import (
    HEAD_WEIGHT,
    HIDDEN,
    LEXICON_FLOOR,
    MPNET_HEAD_FILE,
    DenseHead,
    averaged,
    confident_lexicon,
    default_head_path,
    fit_head,
    head_probabilities,
    load_head,
    matching_head,
    save_head,
)
from sitrep.extract.flags import TECHNIQUE_KINDS, extract_lexicon_flags
from sitrep.extract.hashed_model import shipped_path
from sitrep.model import Article
from sitrep.nlp import load_pipeline

from conftest import write_phrase_ptc


def require_encoder() -> None:
    """Skip only when asked to (SITREP_SKIP_ENCODER_TESTS=1): ``dev`` installs torch."""
    if os.environ.get("SITREP_SKIP_ENCODER_TESTS") == "1":
        pytest.skip("SITREP_SKIP_ENCODER_TESTS=1: the encoder extra is not installed here")


PHRASES = [("a disgraceful surrender", "Loaded_Language"),
           ("the cowardly gang", "Name_Calling,Labeling"),
           ("vile propaganda", "Loaded_Language"),
           ("those spineless crooks", "Name_Calling,Labeling")]


def write_tiny_ptc(root: Path, articles: int = 12) -> Path:
    """Articles that each say one loaded phrase (a technique span) and one neutral thing."""
    texts = []
    for n in range(1, articles + 1):
        phrase, technique = PHRASES[(n // 2) % len(PHRASES)]
        texts.append((f"Report {n}\n\nThe mayor called it {phrase} on Friday. "
                      "The council then approved the new bus timetable for the spring.\n",
                      phrase, technique))
    return write_phrase_ptc(root, texts)


def test_head_probabilities_are_the_standardised_relu_network() -> None:
    head = DenseHead(mean=np.array([1.0, 0.0], dtype=np.float32),
                     scale=np.array([2.0, 1.0], dtype=np.float32),
                     hidden_weights=np.array([[1.0, -1.0], [0.0, 1.0]], dtype=np.float32),
                     hidden_bias=np.array([0.0, 0.5], dtype=np.float32),
                     out_weights=np.array([2.0, -1.0], dtype=np.float32), out_bias=-0.5)
    x = np.array([[5.0, 1.0], [1.0, 0.0]], dtype=np.float32)
    # row 0: standardised (2, 1); hidden relu(2, -2 + 1 + 0.5) = (2, 0); score 4 - 0.5 = 3.5
    # row 1: standardised (0, 0); hidden relu(0, 0.5) = (0, 0.5); score -0.5 - 0.5 = -1
    expected = 1 / (1 + np.exp(-np.array([3.5, -1.0])))
    assert np.allclose(head_probabilities(head, x), expected)


def test_averaged_weighs_the_head_and_the_model() -> None:
    model, head = np.array([0.2, 0.9]), np.array([0.4, 0.1])
    assert np.allclose(averaged(model, head, 0.5), [0.3, 0.5])
    assert HEAD_WEIGHT == 0.6
    assert np.allclose(averaged(model, head), [0.32, 0.42])  # 0.4 * model + 0.6 * head


def test_lexicon_technique_flags_need_a_confident_model() -> None:
    """With the encoder, a loaded word keeps its lexicon flag only where the averaged
    P(inside) of its tokens reaches the floor; hedges are kept whatever the model says."""
    text = "The ministry reportedly called the rebels vile thugs, and a vile smell lingered."
    doc = load_pipeline()(text)
    article = Article(text=text, origin="test")
    lexicon = extract_lexicon_flags(doc, article=article)
    kinds = {(f.span.text, f.kind) for f in lexicon}
    assert {("reportedly", "hedge"), ("vile", "loaded_language")} <= kinds
    inside = np.full(len(doc), 0.05)
    for token in doc[: [t.text for t in doc].index(",")]:
        inside[token.i] = 0.6  # confident over the first clause only
    kept = confident_lexicon(doc, lexicon, inside)
    techniques = set(TECHNIQUE_KINDS.values())
    assert [f for f in kept if f.kind not in techniques] == \
        [f for f in lexicon if f.kind not in techniques]
    kept_loaded = [f for f in kept if f.kind in techniques]
    assert kept_loaded and all(f.span.end <= text.index(",") for f in kept_loaded)
    assert any(f.kind in techniques and f.span.start > text.index(",") for f in lexicon)
    assert confident_lexicon(doc, lexicon, np.full(len(doc), LEXICON_FLOOR)) == lexicon


def separable(n: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(n, 8)).astype(np.float32) * 3 + 10
    return x, x[:, 0] + x[:, 1] > 20


def test_fit_head_learns_a_rule_and_is_seeded() -> None:
    require_encoder()
    x, y = separable(4000, 0)
    head = fit_head(x, y, np.ones(len(y)), epochs=30)
    test_x, test_y = separable(1000, 1)
    p = head_probabilities(head, test_x)
    assert ((p >= 0.5) == test_y).mean() >= 0.9
    again = fit_head(x, y, np.ones(len(y)), epochs=30)
    assert np.array_equal(head.hidden_weights, again.hidden_weights)
    assert head.hidden_weights.shape == (8, 128) and head.mean.shape == (8,)


def test_cross_validation_averages_the_head_with_the_model(tmp_path: Path) -> None:
    """Token vectors that tell the span tokens apart keep the held-out spans found when the
    head weighs 0.6 of P(inside). (On 12 toy articles the hashed model alone is already
    perfect and the head gets 3 optimiser steps, so it cannot add; on PTC it does.)"""
    require_encoder()
    pytest.importorskip("sklearn", reason="training needs scikit-learn")
    nlp = load_pipeline()
    articles = read_ptc(write_tiny_ptc(tmp_path))
    docs = [nlp(a.text) for a in articles]
    vectors = []
    for doc, article in zip(docs, articles, strict=True):
        v = np.zeros((len(doc), 4), dtype=np.float32)
        span = article.spans[0]
        for token in doc:
            v[token.i, 0] = float(span.start <= token.idx < span.end)
            v[token.i, 1 + token.i % 3] = 1.0
        vectors.append(v)
    plain = cross_validate(articles, nlp, folds=2, docs=docs, threshold=0.5, low=0.3)
    helped = cross_validate(articles, nlp, folds=2, docs=docs, vectors=vectors, threshold=0.5,
                            low=0.3)
    assert plain.model.si.f1 == 1.0
    assert helped.model.si.recall == 1.0 and helped.model.si.f1 > 0.9
    # the encoder path is gated under its own floors table
    assert set(plain.summary()) == {"flags.ptc", "flags.ptc.lexicon", "flags.ptc.model"}
    assert set(helped.summary()) == {"flags.ptc_encoder", "flags.ptc_encoder.lexicon",
                                     "flags.ptc_encoder.model"}


def test_cross_validation_takes_out_of_fold_head_probabilities(tmp_path: Path) -> None:
    """``head_inside`` (a P(inside) per token from a head trained elsewhere, as
    benchmarks/flag_finetune.py gives for fine-tuned MiniLM layers) replaces the dense head:
    a head sure of the span tokens keeps every span; one that says 0 everywhere leaves the
    averaged P(inside) under the start threshold, so nothing is found."""
    pytest.importorskip("sklearn", reason="training needs scikit-learn")
    nlp = load_pipeline()
    articles = read_ptc(write_tiny_ptc(tmp_path))
    docs = [nlp(a.text) for a in articles]
    sure, silent = [], []
    for doc, article in zip(docs, articles, strict=True):
        span = article.spans[0]
        sure.append(np.array([float(span.start <= t.idx < span.end) for t in doc]))
        silent.append(np.zeros(len(doc)))
    found = cross_validate(articles, nlp, folds=2, docs=docs, head_inside=sure, threshold=0.5,
                           low=0.3)
    none = cross_validate(articles, nlp, folds=2, docs=docs, head_inside=silent, threshold=0.5,
                          low=0.3)
    assert found.model.si.recall == 1.0 and found.model.si.f1 > 0.9
    assert none.model.si.predicted == 0
    assert set(found.summary()) == {"flags.ptc_encoder", "flags.ptc_encoder.lexicon",
                                    "flags.ptc_encoder.model"}


def test_a_saved_head_loads_back_with_float16_weights(tmp_path: Path) -> None:
    rng = np.random.default_rng(0)
    head = DenseHead(mean=rng.normal(size=6).astype(np.float32),
                     scale=rng.uniform(0.5, 2, size=6).astype(np.float32),
                     hidden_weights=rng.normal(size=(6, 4)).astype(np.float32),
                     hidden_bias=rng.normal(size=4).astype(np.float32),
                     out_weights=rng.normal(size=4).astype(np.float32), out_bias=0.25)
    save_head(head, tmp_path / "head.npz")
    back = load_head(tmp_path / "head.npz")
    x = rng.normal(size=(50, 6)).astype(np.float32)
    assert np.allclose(head_probabilities(back, x), head_probabilities(head, x), atol=2e-3)
    assert back.hidden_weights.dtype == np.float32 and back.out_bias == 0.25


def test_a_bad_head_file_is_a_resource_error(tmp_path: Path) -> None:
    with pytest.raises(ResourceError, match="missing.*sitrep flags train --encoder"):
        load_head(tmp_path / "absent.npz")
    (tmp_path / "junk.npz").write_bytes(b"not a zip")
    with pytest.raises(ResourceError, match="not a sitrep flag head"):
        load_head(tmp_path / "junk.npz")


def test_the_shipped_head_loads_and_is_small() -> None:
    path = default_head_path()
    assert path.stat().st_size < 1_000_000
    head = load_head()
    assert head.hidden_weights.shape == (384, HIDDEN)
    assert head.mean.shape == head.scale.shape == (384,) and (head.scale > 0).all()
    p = head_probabilities(head, np.zeros((3, 384), dtype=np.float32))
    assert ((p > 0) & (p < 1)).all()
    mpnet = load_head(shipped_path(MPNET_HEAD_FILE))  # the opt-in head on MPNet's vectors
    assert mpnet.hidden_weights.shape == (768, HIDDEN) and mpnet.mean.shape == (768,)
    assert shipped_path(MPNET_HEAD_FILE).stat().st_size < 1_000_000


def test_eval_flags_encoder_scores_under_its_own_table(tmp_path: Path) -> None:
    """`sitrep eval flags --encoder` encodes with MiniLM, trains a head on each fold and reports
    the flags.ptc_encoder table that eval/floors.toml gates."""
    require_encoder()
    ptc = write_tiny_ptc(tmp_path / "ptc")
    result = CliRunner().invoke(cli, ["eval", "flags", "--ptc", str(ptc), "--folds", "2",
                                      "--encoder", "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert set(scores) == {"flags.ptc_encoder", "flags.ptc_encoder.lexicon",
                           "flags.ptc_encoder.model"}
    assert 0 <= scores["flags.ptc_encoder"]["si_f1"] <= 1


def test_the_head_reads_vectors_as_wide_as_it_was_trained_on() -> None:
    """A head trained on 768-d vectors has a 768-d input and standardisation, and a head of
    another width than the encoder's vectors is refused with what to rebuild."""
    require_encoder()
    rng = np.random.default_rng(1)
    vectors = rng.normal(size=(300, 768)).astype(np.float32)
    inside = vectors[:, 0] > 0.5
    head = fit_head(vectors, inside, np.ones(300), epochs=1, hidden=16)
    assert head.hidden_weights.shape == (768, 16) and head.mean.shape == (768,)
    assert head_probabilities(head, vectors).shape == (300,)
    assert matching_head(head, 768, "head.npz") is head
    with pytest.raises(ResourceError, match="768-d vectors, but the encoder gives 384-d"):
        matching_head(head, 384, "head.npz")
