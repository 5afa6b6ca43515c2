"""The trained cue veto: the shipped file, saving and loading, and that it only ever drops
candidates no hand-written filter fired on."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from sitrep.errors import ResourceError
from sitrep.extract.claim_lexicon import load_lexicon
from sitrep.extract.claims import extract_claims
from sitrep.extract.cue_filter import Reasons, keeps, shipped_cue_filter
from sitrep.extract.cue_veto import (
    CueVeto,
    default_model_path,
    load_cue_veto,
    save_cue_veto,
    shipped_cue_veto,
    vetoes,
)
from sitrep.model import Article


def test_the_shipped_veto_loads_and_rides_on_the_filter() -> None:
    model = load_cue_veto()
    assert default_model_path().stat().st_size < 200_000
    assert 0.0 < model.threshold < 0.5 and np.count_nonzero(model.weights) > 100
    assert shipped_cue_filter().veto is shipped_cue_veto()
    assert load_lexicon().cue_filter is shipped_cue_filter()


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    weights = np.zeros(1 << 4, dtype=np.float32)
    weights[[3, 11]] = [-2.0, 0.5]
    path = tmp_path / "v.npz"
    save_cue_veto(CueVeto(weights, 1.25, 0.2, 4), path)
    model = load_cue_veto(path)
    assert np.array_equal(model.weights, weights)
    assert (model.bias, model.threshold, model.hash_bits) == (1.25, 0.2, 4)


def test_a_bad_file_is_a_resource_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.npz"
    bad.write_bytes(b"not a veto")
    with pytest.raises(ResourceError, match="not a sitrep cue veto"):
        load_cue_veto(bad)
    with pytest.raises(ResourceError, match="missing"):
        load_cue_veto(tmp_path / "none.npz")


def test_the_veto_decides_only_unfiltered_candidates(nlp: Any) -> None:
    doc = nlp("The minister said the border would reopen.")
    said = doc[2]
    sources = (load_lexicon().source_words, load_lexicon().source_roles)
    always_no = CueVeto(np.zeros(2, dtype=np.float32), -50.0, 0.5, 1)
    with_veto = replace(shipped_cue_filter(), veto=always_no)
    assert vetoes(always_no, said, sources)
    assert not keeps(with_veto, said, Reasons(), sources)
    assert keeps(replace(with_veto, veto=None), said, Reasons(), sources)
    text = doc.text
    rules = replace(load_lexicon(), cue_filter=with_veto)
    assert [c.cue.text for c in extract_claims(doc, article=Article(text=text, origin="t"),
                                               lexicon=rules)] == []
    assert [c.cue.text for c in extract_claims(doc, article=Article(text=text, origin="t"))
            ] == ["said"]
