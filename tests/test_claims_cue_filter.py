"""The trained cue filter: the shipped file, saving and loading, the filters it may not
overrule, and the rules' candidates with the reasons recorded for them."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from sitrep.errors import ResourceError
from sitrep.extract.claim_lexicon import load_lexicon
from sitrep.extract.claims import extract_claims, verb_candidates
from sitrep.extract.cue_filter import (
    HARD,
    KEEP_ALL,
    CueFilter,
    Reasons,
    default_model_path,
    keeps,
    load_cue_filter,
    save_cue_filter,
    shipped_cue_filter,
)
from sitrep.extract.quotes import find_quotes, quote_claims
from sitrep.model import Article
from sitrep.nlp import doc_text


def test_the_shipped_filter_loads_and_is_small() -> None:
    model = load_cue_filter()
    assert default_model_path().stat().st_size < 200_000
    assert 0.0 < model.threshold < 1.0 and np.count_nonzero(model.weights) > 100
    assert load_lexicon().cue_filter is shipped_cue_filter()


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    weights = np.zeros(1 << 4, dtype=np.float32)
    weights[[2, 9]] = [1.5, -0.25]
    path = tmp_path / "f.npz"
    save_cue_filter(CueFilter(weights, 0.75, 0.4, 4), path)
    model = load_cue_filter(path)
    assert np.array_equal(model.weights, weights)
    assert (model.bias, model.threshold, model.hash_bits) == (0.75, 0.4, 4)


def test_a_bad_file_is_a_resource_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.npz"
    bad.write_bytes(b"not a filter")
    with pytest.raises(ResourceError, match="not a sitrep cue filter"):
        load_cue_filter(bad)
    with pytest.raises(ResourceError, match="missing"):
        load_cue_filter(tmp_path / "none.npz")


def _candidates(nlp: Any, text: str) -> list[tuple[str, Reasons]]:
    doc = nlp(text)
    article = Article(text=text, origin="test")
    lex = load_lexicon()
    marks = find_quotes(doc_text(doc), article.body_start)
    return [(d.cue.text, r) for d, r in verb_candidates(
        doc, article, lex, marks, quote_claims(doc, article, lex, marks))]


def test_candidates_record_the_filters_that_fired(nlp: Any) -> None:
    assert _candidates(nlp, "The minister said the border would reopen.") == [
        ("said", Reasons())]
    ((cue, why),) = _candidates(nlp, "Engineers found the wreckage near the river.")
    assert cue == "found" and why.fired == ("perceived",) and not why.hard
    ((cue, why),) = _candidates(nlp, "The army attacked positions near Hama.")
    assert cue == "attacked" and why.fired == ("deed_of_war",) and why.hard


def test_without_a_filter_every_filtered_candidate_is_dropped(nlp: Any) -> None:
    text = "Two thirds of young voters support the new climate bill."
    doc = nlp(text)
    rules = replace(load_lexicon(), cue_filter=None)
    assert extract_claims(doc, article=Article(text=text, origin="test"), lexicon=rules) == ()
    keep_all = replace(load_lexicon(), cue_filter=KEEP_ALL)
    (c,) = extract_claims(doc, article=Article(text=text, origin="test"), lexicon=keep_all)
    assert c.cue.text == "support"


def test_a_hard_filter_is_never_overruled(nlp: Any) -> None:
    doc = nlp("Russian jets supported the offensive near Idlib.")
    for name in HARD:
        assert not keeps(KEEP_ALL, doc[2], Reasons((name,)), ({}, {}))
    assert keeps(KEEP_ALL, doc[2], Reasons(("deed_act",)), ({}, {}))
    assert keeps(None, doc[2], Reasons(), ({}, {}))
    assert not keeps(None, doc[2], Reasons(("deed_act",)), ({}, {}))
    keep_all = replace(load_lexicon(), cue_filter=KEEP_ALL)
    text = "Russian jets supported the offensive near Idlib."
    assert extract_claims(doc, article=Article(text=text, origin="test"), lexicon=keep_all) == ()
