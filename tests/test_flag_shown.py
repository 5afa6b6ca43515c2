"""Weak model flags (issue 5: flags are evidence, and neutral wording is not flagged): a model
flag under its technique's calibrated confidence (``knowledge/flag_shown.tsv``) is kept in the
JSONL as ``"weak": true`` and folded away, closed, in the HTML report; and neutral news as
extra negatives of the span model (``cross_validate(neutral=…)``, ``--neutral``)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from sitrep.contract import flag_record, from_record, to_record
from sitrep.evaluate.flags import cross_validate, read_ptc
from sitrep.evaluate.neutral import in_half, neutral_texts
from sitrep.extract import flag_model
from sitrep.extract.flags import TECHNIQUE_KINDS, is_weak, shown, shown_thresholds
from sitrep.model import MODEL_FLAG_TERM, Analysis, Article, Flag, Span
from sitrep.nlp import load_pipeline
from sitrep.outputs.html_report import render_report

from conftest import shared_or_skip, write_phrase_ptc

TEXT = "The army said the town was quiet. Savage traitors burned the homes of the poor."


def _article() -> Article:
    return Article(text=TEXT, origin="test", id="a1", title="Town")


def _model_flag(phrase: str, kind: str, confidence: float) -> Flag:
    start = TEXT.index(phrase)
    return Flag(Span(start, start + len(phrase), phrase), kind, MODEL_FLAG_TERM, confidence)


def test_every_technique_has_a_threshold_between_the_decoder_s_and_one() -> None:
    table = shown_thresholds()
    assert "*" in table
    assert set(table) - {"*"} <= set(TECHNIQUE_KINDS.values())
    assert all(0.0 <= t <= 1.0 for t in table.values())


def test_only_model_flags_under_their_threshold_are_weak() -> None:
    table = shown_thresholds()
    kind = "loaded_language"
    limit = table.get(kind, table["*"])
    low = _model_flag("the town was quiet", kind, round(limit - 0.05, 3))
    high = _model_flag("Savage traitors", kind, round(limit + 0.05, 3))
    lexicon = Flag(Span(TEXT.index("Savage"), TEXT.index("Savage") + 6, "Savage"), kind, "savage")
    assert is_weak(low) and not shown(low)
    assert not is_weak(high) and shown(high)
    assert not is_weak(lexicon)  # a listed term is matched, not scored
    assert flag_record(low)["weak"] is True and flag_record(lexicon)["weak"] is False


def test_the_jsonl_marks_weak_flags_and_reads_back() -> None:
    weak = _model_flag("the town was quiet", "doubt", 0.05)
    record = to_record(Analysis(article=_article(), flags=(weak,)))
    assert record["flags"][0]["weak"] is True
    assert from_record(record).flags == (weak,)


def test_the_report_folds_weak_flags_away() -> None:
    weak = _model_flag("the town was quiet", "doubt", 0.05)
    strong = _model_flag("Savage traitors", "name_calling", 0.95)
    page = render_report([Analysis(article=_article(), flags=(weak, strong))], [])
    flags = page[page.index('id="flags"'):]
    shown_part, _, folded = flags.partition('<details class="weak">')
    assert "<mark>Savage traitors</mark>" in shown_part
    assert "<mark>the town was quiet</mark>" not in shown_part
    assert "1 weak model flag " in folded and "<mark>the town was quiet</mark>" in folded
    only_weak = render_report([Analysis(article=_article(), flags=(weak,))], [])
    assert '<details class="weak">' in only_weak and "<ul><li" not in only_weak.split(
        'id="flags"')[1].split("<details")[0]


def test_neutral_halves_split_by_id_parity() -> None:
    assert in_half(7, "held") and not in_half(7, "train") and in_half(8, "train")
    assert in_half(7, "all") and in_half(8, "all")


def test_the_shared_neutral_news_splits_in_two_disjoint_halves() -> None:
    data = shared_or_skip(Path(__file__).resolve().parents[2] / "shared" / "data")
    train = {(t.corpus, t.id) for t in neutral_texts(data, "train")}
    held = {(t.corpus, t.id) for t in neutral_texts(data, "held")}
    assert train and held and not train & held
    assert {c for c, _ in held} == {"lgl", "case", "plover"}


def test_neutral_texts_are_weighted_negatives_of_the_span_model(tmp_path: Path) -> None:
    pytest.importorskip("sklearn", reason="training needs scikit-learn")
    nlp = load_pipeline()
    phrases = [("disgusting lies", "Loaded_Language"), ("the corrupt traitors",
                                                      "Name_Calling,Labeling")]
    loaded = [(f"Headline {n}\n\nThey spread {phrases[n // 2 % 2][0]} about us. The council met.\n",
               *phrases[n // 2 % 2]) for n in range(1, 9)]
    articles = read_ptc(write_phrase_ptc(tmp_path, loaded))
    neutral = ["The council met on Monday.", "The road reopened after repairs."]
    negatives = flag_model.neutral_articles(neutral)
    docs = [nlp(a.text) for a in [*articles, *negatives]]
    data = flag_model.TrainingData.build(docs, [()] * len(docs), [*articles, *negatives],
                                         len(negatives))
    assert data.neutral is not None
    rows = np.arange(len(data.inside))
    assert not data.inside[data.neutral].any()  # every neutral token is outside
    assert data.weights(rows, 0.25)[data.neutral] == pytest.approx(0.25)
    assert len(data.ptc_rows(rows)) == sum(len(d) for d in docs[:len(articles)])
    cv = cross_validate(articles, nlp, folds=2, threshold=0.5, low=0.3, neutral=neutral)
    assert cv.model.articles == len(articles)  # the neutral texts are never scored
    assert cv.model.si.f1 > 0.5


def test_the_weak_flag_of_a_replaced_confidence_changes_with_it() -> None:
    flag = _model_flag("Savage traitors", "name_calling", 0.99)
    assert not is_weak(flag) and is_weak(replace(flag, confidence=0.0))
