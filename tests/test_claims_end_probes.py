"""Probes and unit tests: where an indirect content ends (the content-end model, issue 5).

Written for this round; the sentences are ours. The rules cut a content from the parse; the
model of :mod:`sitrep.extract.content_ends` may end it elsewhere among the ends the sentence
allows, as PolNeAR's annotators end it: with the complement that says what someone is accused
of, the list a colon announces, a clause joined by "but" that has no cue of its own; without
a clause that has one, or a ", which …" clause the writer adds. The first three failed before
the model (the rules ended the content early); the other four passed and pin what it leaves
alone. A time after an object stays out as before (tests/test_claims_rules.py: "condemned the
attack | on Tuesday").
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

from sitrep.errors import ResourceError
from sitrep.extract.content_ends import (
    EndModel,
    _cuts,
    candidate_ends,
    default_model_path,
    load_end_model,
    save_end_model,
    shipped_end_model,
)
from sitrep.model import Span
from stages import contents_by_cue


def test_an_accusation_runs_on_to_what_it_accuses_of(nlp: Any) -> None:
    text = ("The opposition leader accused the government of rigging the vote in the northern "
            "provinces last year.")
    assert contents_by_cue(text, nlp)["accused"] == [
        "the government of rigging the vote in the northern provinces last year"]


def test_a_list_announced_by_a_colon_is_part_of_what_is_named(nlp: Any) -> None:
    text = "The mayor named three priorities for the coming year: housing, transit and schools."
    assert contents_by_cue(text, nlp)["named"] == [
        "three priorities for the coming year: housing, transit and schools"]


def test_a_clause_joined_by_but_without_a_cue_of_its_own_is_told_too(nlp: Any) -> None:
    text = "The spokeswoman said the talks would resume next week, but gave no date."
    assert contents_by_cue(text, nlp)["said"] == [
        "the talks would resume next week, but gave no date"]


def test_a_clause_joined_by_but_with_a_cue_of_its_own_is_a_claim_of_its_own(nlp: Any) -> None:
    text = "The minister said the port would reopen, but warned that the roads were still mined."
    assert contents_by_cue(text, nlp) == {"said": ["the port would reopen"],
                                          "warned": ["that the roads were still mined"]}


def test_a_which_clause_of_the_writer_stays_out(nlp: Any) -> None:
    text = "The army said it had retaken the village, which lies north of the river."
    assert contents_by_cue(text, nlp)["said"] == ["it had retaken the village"]


def test_a_clause_that_ends_its_sentence_is_left_as_it_is(nlp: Any) -> None:
    text = "The governor said the bridge would reopen in spring."
    assert contents_by_cue(text, nlp)["said"] == ["the bridge would reopen in spring"]


def test_two_clauses_told_by_one_cue_stay_one_content(nlp: Any) -> None:
    text = ("Aid groups said the convoy reached the town on Monday, and that food was handed "
            "out within hours.")
    assert contents_by_cue(text, nlp)["said"] == [
        "the convoy reached the town on Monday, and that food was handed out within hours"]


def test_cuts_leave_whole_trailing_dependents(nlp: Any) -> None:
    doc = nlp("The army said it had retaken the village, which lies north of the river.")
    start = next(t.i for t in doc if t.text == "it")
    cuts = {doc[k].text for k in _cuts(doc, start, len(doc) - 1)}
    assert "," in cuts and "had" not in cuts and "village" not in cuts


def test_candidates_start_with_the_rules_end_and_stay_in_reach(nlp: Any) -> None:
    text = "The army said it had retaken the village, which lies north of the river. It holds."
    doc = nlp(text)
    start = text.index("it had")
    end = text.index(", which")
    cands = candidate_ends(doc, Span(9, 13, "said"), Span(start, end, text[start:end]),
                           "indirect", "say", [])
    ends = [c.end for c in cands]
    assert ends[0] == end and len(set(ends)) == len(ends)
    assert text.index(" It holds") in ends and len(text) in ends  # sentence, next one
    assert all(start < e <= len(text) for e in ends)
    assert candidate_ends(doc, Span(9, 13, "said"), Span(0, 8, "The army"), "indirect",
                          "say", []) == []  # a content before its cue is left alone


def test_the_shipped_model_loads_and_is_small() -> None:
    model = load_end_model()
    assert default_model_path().stat().st_size < 1_000_000
    assert np.count_nonzero(model.weights) > 1000 and model.margin >= 0
    assert shipped_end_model() is shipped_end_model()


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    weights = np.zeros(1 << 4, dtype=np.float32)
    weights[[2, 9]] = [0.75, -1.5]
    path = tmp_path / "ends.npz"
    save_end_model(EndModel(weights, -0.5, 0.25, 4), path)
    model = load_end_model(path)
    assert np.array_equal(model.weights, weights)
    assert (model.bias, model.margin, model.hash_bits) == (-0.5, 0.25, 4)


def test_a_missing_or_foreign_file_is_a_resource_error(tmp_path: Path) -> None:
    with pytest.raises(ResourceError, match="content-end model"):
        load_end_model(tmp_path / "absent.npz")
    bad = tmp_path / "bad.npz"
    np.savez(bad, format=np.array(99))
    with pytest.raises(ResourceError, match="format 99"):
        load_end_model(bad)
