"""The trained cue-verb model: the shipped file, saving and loading, and its use in claims."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

from sitrep.errors import ResourceError
from sitrep.extract.claim_lexicon import load_lexicon, verb_cue
from sitrep.extract.cue_model import (
    CueModel,
    default_model_path,
    load_cue_model,
    probability,
    save_cue_model,
    shipped_cue_model,
)
from stages import claims_in as claims


def test_the_shipped_model_loads_and_is_small() -> None:
    model = load_cue_model()
    assert default_model_path().stat().st_size < 2_000_000
    assert 0.0 < model.threshold < 1.0 and np.count_nonzero(model.weights) > 1000
    assert load_lexicon().cue_model is shipped_cue_model()


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    weights = np.zeros(1 << 4, dtype=np.float32)
    weights[[1, 7]] = [0.5, -2.0]
    path = tmp_path / "m.npz"
    save_cue_model(CueModel(weights, -1.25, 0.4, 4), path)
    model = load_cue_model(path)
    assert np.array_equal(model.weights, weights)
    assert (model.bias, model.threshold, model.hash_bits) == (-1.25, 0.4, 4)


def test_a_bad_file_is_a_resource_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.npz"
    bad.write_bytes(b"not a model")
    with pytest.raises(ResourceError, match="not a sitrep cue model"):
        load_cue_model(bad)
    with pytest.raises(ResourceError, match="missing"):
        load_cue_model(tmp_path / "none.npz")


def test_a_reporting_verb_outside_the_lexicon_becomes_a_claim(nlp: Any) -> None:
    lex = load_lexicon()
    assert "trumpet" not in lex.verbs
    (c,) = claims(nlp, "A military spokesman trumpeted that the ceasefire was holding.")
    assert c.cue.text == "trumpeted" and c.stance == "asserts" and c.certainty == "certain"
    assert c.source.type == "military"
    assert c.content.text == "that the ceasefire was holding"


def test_deeds_are_not_cues(nlp: Any) -> None:
    assert claims(nlp, "The army attacked positions near Hama.") == ()
    text = "Rebels shelled the town and captured two villages, killing five soldiers."
    assert claims(nlp, text) == ()
    lex = load_lexicon()
    doc = nlp(text)
    assert lex.cue_model is not None
    assert all(verb_cue(t, lex) is None for t in doc)
    assert probability(lex.cue_model, doc[1], (lex.source_words, lex.source_roles)) < 0.5


def test_a_verb_of_deeds_without_a_clause_is_words_only_for_a_person(nlp: Any) -> None:
    (c,) = claims(nlp, "The senator backed the ceasefire plan on Tuesday.")
    assert c.cue.text == "backed" and c.source.span is not None
    assert c.source.span.text == "The senator"
    assert c.content.text == "the ceasefire plan"
    assert claims(nlp, "Russian jets supported the offensive near Idlib.") == ()
    assert claims(nlp, "The brigade, backed by Turkish drones, attacked the airbase.") == ()


def test_features_read_once_per_doc_are_the_same_as_fresh(nlp: Any) -> None:
    from sitrep.extract import cue_model

    doc = nlp('"It is over," the official said, and the minister "agreed" that it was.')
    lex = load_lexicon()
    sources = (lex.source_words, lex.source_roles)
    first = [cue_model.verb_features(t, sources) for t in doc]
    assert [cue_model.verb_features(t, sources) for t in doc] == first  # from the cache
    assert first == [cue_model._verb_features(t, sources) for t in doc]  # read afresh
    other = ({"minister": "government"}, {})
    agreed = next(t for t in doc if t.lower_ == "agreed")
    assert cue_model.verb_features(agreed, other) == cue_model._verb_features(agreed, other)
    assert cue_model.verb_features(agreed, other) != cue_model.verb_features(agreed, sources)
