"""The trained propaganda-span model: training, saving, loading, applying, and the shipped one."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from sitrep.cli import cli
from sitrep.errors import ResourceError
from sitrep.evaluate.flags import cross_validate, read_ptc
from sitrep.extract import flag_model
from sitrep.extract.flag_model import (
    FlagModel,
    decode,
    default_model_path,
    load_flag_model,
    model_flags,
    save_flag_model,
    span_lengths,
    train_flag_model,
)
from sitrep.extract.flags import TECHNIQUE_KINDS, extract_flags, extract_lexicon_flags
from sitrep.extract.hashed_model import hash_indices
from sitrep.model import Article
from sitrep.nlp import load_pipeline

from conftest import write_phrase_ptc

nlp = load_pipeline()

# A tiny PTC-format corpus: every article says one loaded thing and one neutral thing.
LOADED = [
    ("the corrupt traitors", "Name_Calling,Labeling"),
    ("a shameful betrayal", "Loaded_Language"),
    ("disgusting lies", "Loaded_Language"),
    ("the treacherous thugs", "Name_Calling,Labeling"),
]
NEUTRAL = "Officials met on Monday and the committee published its annual budget report."


def tiny_text(n: int) -> tuple[str, str, str]:
    phrase, technique = LOADED[n % len(LOADED)]
    text = f"Headline {n}\n\nVoters were told about {phrase} again. {NEUTRAL}\n"
    return text, phrase, technique


def write_tiny_ptc(root: Path, articles: int = 12) -> Path:
    return write_phrase_ptc(root, [tiny_text(n) for n in range(1, articles + 1)])


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> FlagModel:
    pytest.importorskip("sklearn", reason="training needs scikit-learn: sitrep[train]")
    root = write_tiny_ptc(tmp_path_factory.mktemp("ptc"))
    return train_flag_model(read_ptc(root), nlp=nlp, threshold=0.5, low=0.3)


def spans_of(model: FlagModel, text: str) -> list[tuple[str, str]]:
    article = Article(text=text, origin="test")
    flags = model_flags(nlp(text), article=article, model=model)
    for flag in flags:
        assert text[flag.span.start:flag.span.end] == flag.span.text
        assert flag.term == "model"
    return [(f.span.text, f.kind) for f in flags]


def test_training_learns_the_tiny_corpus(tiny_model: FlagModel) -> None:
    assert set(tiny_model.techniques) == {"Loaded_Language", "Name_Calling,Labeling"}
    found = spans_of(tiny_model, "Voters were told about disgusting lies again. " + NEUTRAL)
    assert found == [("disgusting lies", "loaded_language")]
    assert spans_of(tiny_model, NEUTRAL) == []


def test_save_and_load_round_trip(tiny_model: FlagModel, tmp_path: Path) -> None:
    path = tmp_path / "model.npz"
    save_flag_model(tiny_model, path)
    loaded = load_flag_model(path)
    assert loaded.techniques == tiny_model.techniques
    assert (loaded.threshold, loaded.low, loaded.hash_bits) == (0.5, 0.3, flag_model.HASH_BITS)
    # float16 storage: weights agree to float16 precision
    np.testing.assert_allclose(loaded.span_weights, tiny_model.span_weights, atol=1e-2)
    text = "Critics denounced the treacherous thugs again. " + NEUTRAL
    assert spans_of(loaded, text) == spans_of(tiny_model, text)


def test_apply_is_the_sum_of_hashed_weights() -> None:
    """A hand-made model: one heavy weight on the word "shameful"."""
    bits = flag_model.HASH_BITS
    span = np.zeros(1 << bits, dtype=np.float32)
    span[hash_indices(["w=shameful"], bits, 1)[0]] = 8.0  # a hand-made model
    tech = np.zeros((2, 1 << bits), dtype=np.float32)
    model = FlagModel(span, -4.0, ("Doubt", "Loaded_Language"), tech,
                      np.array([0.0, 1.0], dtype=np.float32), 0.5, 0.3)
    assert spans_of(model, "The shameful plan failed. Officials met on Monday.") == [
        ("shameful", "loaded_language")]


def test_corrupt_or_missing_model_is_a_clear_error(tiny_model: FlagModel, tmp_path: Path
                                                   ) -> None:
    bad = tmp_path / "bad.npz"
    bad.write_bytes(b"not a model")
    with pytest.raises(ResourceError, match="not a sitrep flag model"):
        load_flag_model(bad)
    with pytest.raises(ResourceError, match="is missing"):
        load_flag_model(tmp_path / "nowhere.npz")
    good = tmp_path / "good.npz"
    save_flag_model(tiny_model, good)
    with np.load(good) as data:
        arrays = {k: data[k] for k in data.files if k != "span_values"}
    np.savez(tmp_path / "partial.npz", **arrays)
    with pytest.raises(ResourceError, match="span_values"):
        load_flag_model(tmp_path / "partial.npz")
    arrays["span_values"] = np.zeros(1, dtype=np.float16)
    arrays["format"] = np.array(1)
    np.savez(tmp_path / "old.npz", **arrays)
    with pytest.raises(ResourceError, match="format 1"):
        load_flag_model(tmp_path / "old.npz")


def test_pipeline_load_fails_loudly_on_a_bad_model(tmp_path: Path) -> None:
    from sitrep.pipeline import Pipeline

    (tmp_path / "bad.npz").write_bytes(b"\x00" * 10)
    with pytest.raises(ResourceError, match="flag model"):
        Pipeline.load(flag_model_path=tmp_path / "bad.npz",
                      gazetteer_path=tmp_path / "unused.sqlite")


def test_cross_validation_scores_held_out_folds(tmp_path: Path) -> None:
    pytest.importorskip("sklearn", reason="training needs scikit-learn")
    cv = cross_validate(read_ptc(write_tiny_ptc(tmp_path)), nlp, folds=2, threshold=0.5,
                        low=0.3)
    assert len(cv.fold_si_f1) == 2
    assert cv.model.articles == 12 and cv.model.si.gold == 12
    assert cv.model.si.f1 > 0.5  # learnt from the other fold's articles
    assert set(cv.summary()) == {"flags.ptc", "flags.ptc.lexicon", "flags.ptc.model"}


def test_flags_train_command(tmp_path: Path) -> None:
    pytest.importorskip("sklearn", reason="training needs scikit-learn")
    root = write_tiny_ptc(tmp_path / "ptc")
    result = CliRunner().invoke(cli, ["flags", "train", "--ptc", str(root),
                                      "--out", str(tmp_path / "m.npz")])
    assert result.exit_code == 0, result.output
    assert load_flag_model(tmp_path / "m.npz").techniques


# The shipped model


@pytest.fixture(scope="module")
def shipped() -> FlagModel:
    return load_flag_model()


def test_shipped_model_is_compact(shipped: FlagModel) -> None:
    assert default_model_path().stat().st_size < 3_000_000
    assert set(shipped.techniques) >= {"Loaded_Language", "Name_Calling,Labeling", "Doubt"}


def test_shipped_model_flags_an_obviously_loaded_sentence(shipped: FlagModel) -> None:
    text = ("These disgusting, treacherous cowards have betrayed our great nation, and every "
            "patriot must rise up against their evil lies before it is too late!")
    article = Article(text=text, origin="test")
    flags = extract_flags(nlp(text), article=article, model=shipped)
    found = [f for f in flags if f.term == "model"]
    assert found, "the shipped model flags nothing in an obviously loaded sentence"
    covered = {i for f in found for i in range(f.span.start, f.span.end)}
    assert text.index("cowards") in covered
    for flag in flags:
        assert text[flag.span.start:flag.span.end] == flag.span.text


def test_shipped_model_keeps_neutral_wording_unflagged(shipped: FlagModel) -> None:
    text = (
        "Militants attacked government forces near the town on Tuesday, and the army said "
        "four fighters were killed. Rebels withdrew from two villages, the ministry said. "
        "Residents said the shelling killed three civilians and wounded eleven."
    )
    article = Article(text=text, origin="test")
    assert extract_flags(nlp(text), article=article, model=shipped) == ()


def test_model_adds_to_the_lexicon_flags(shipped: FlagModel) -> None:
    text = "Source: Wire\nThe regime's thugs murdered innocent people, the shameless liars said."
    article = Article(text=text, origin="test", body_start=text.index("The"))
    doc = nlp(text)
    lexicon = extract_lexicon_flags(doc, article=article)
    combined = extract_flags(doc, article=article, model=shipped)
    assert set(lexicon) <= set(combined)
    assert all(f.span.start >= article.body_start for f in combined)


@pytest.mark.parametrize("text", [
    "The ministry said on Monday that 40 trucks of food and medicine had crossed into the "
    "province. Aid groups said more convoys were planned for next week.",
    "The central bank kept its main interest rate at 4.5 percent, citing slower inflation. "
    "Exports rose two percent in the third quarter, the statistics office said.",
])
def test_shipped_model_keeps_more_neutral_reports_unflagged(shipped: FlagModel, text: str
                                                            ) -> None:
    article = Article(text=text, origin="test")
    assert model_flags(nlp(text), article=article, model=shipped) == ()


def test_model_flags_carry_a_confidence(shipped: FlagModel) -> None:
    text = ("These disgusting, treacherous cowards have betrayed our great nation, and every "
            "patriot must rise up against their evil lies before it is too late!")
    article = Article(text=text, origin="test")
    doc = nlp(text)
    flags = model_flags(doc, article=article, model=shipped)
    assert flags and all(f.confidence is not None and shipped.low <= f.confidence <= 1.0
                         for f in flags)


def test_model_spans_do_not_cut_names() -> None:
    text = "Critics said Hillary Clinton lied again."
    doc = nlp(text)
    names = [e for e in doc.ents if e.text == "Hillary Clinton"]
    assert names, "the parser should see the name"
    model = FlagModel(np.zeros(4, dtype=np.float32), 0.0, ("Doubt", "Slogans"),
                      np.zeros((2, 4), dtype=np.float32), np.zeros(2, dtype=np.float32),
                      0.5, 0.3, 2)
    inside = np.zeros(len(doc))
    inside[names[0].start - 1:names[0].start + 1] = 0.9  # "said Hillary", not "Clinton"
    flags = decode(doc, Article(text=text, origin="test"), model, inside, np.zeros((len(doc), 2)))
    assert [f.span.text for f in flags] == ["said Hillary Clinton"]
    assert flags[0].confidence == pytest.approx(0.6, abs=1e-3)  # mean over the widened span


def test_span_lengths_take_the_shortest_span_and_weights_average_one() -> None:
    text = "They lie and lie and lie to us."
    doc = nlp(text)
    lengths = span_lengths(doc, [(0, len(text)), (5, 8)])
    assert list(lengths) == [9, 1, 9, 9, 9, 9, 9, 9, 9]  # nine tokens with the full stop
    weights = flag_model._length_weights(np.array([1.0, 4.0, 4.0, 4.0, 4.0]))
    assert weights.mean() == pytest.approx(1.0)
    assert weights[0] == pytest.approx(2 * weights[1])


def _zero_model() -> FlagModel:
    return FlagModel(np.zeros(4, dtype=np.float32), 0.0, ("Doubt", "Slogans"),
                     np.zeros((2, 4), dtype=np.float32), np.zeros(2, dtype=np.float32),
                     0.5, 0.3, 2)


def _flag_last_phrase(text: str, phrase: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    start = text.rindex(phrase)
    span = doc.char_span(start, start + len(phrase))
    assert span is not None
    inside = np.zeros(len(doc))
    inside[span.start:span.end] = 0.9
    flags = decode(doc, Article(text=text, origin="test"), _zero_model(), inside,
                   np.zeros((len(doc), 2)))
    return [(f.span.text, f.kind) for f in flags]


def test_a_phrase_said_three_times_is_also_flagged_as_repetition() -> None:
    text = ("Build the wall, the crowd shouted. The speaker answered: build the wall! "
            "Tomorrow we start to build the wall.")
    found = _flag_last_phrase(text, "build the wall")
    kinds = {kind for _, kind in found}
    assert {span for span, _ in found} == {"build the wall"}
    assert TECHNIQUE_KINDS["Repetition"] in kinds and TECHNIQUE_KINDS["Doubt"] in kinds


def test_a_phrase_said_twice_is_not_repetition() -> None:
    text = "Build the wall, the crowd shouted. Tomorrow we start to build the wall."
    found = _flag_last_phrase(text, "build the wall")
    assert found == [("build the wall", TECHNIQUE_KINDS["Doubt"])]


def test_recurring_function_words_are_not_repetition() -> None:
    doc = nlp("It is what it is, and it is so.")
    words = flag_model._lemma_sequence(doc)
    assert not flag_model.repeated(doc[0:2], words)  # "It is", three times, no content word
    lies = nlp("Lies, lies and more lies.")
    assert flag_model.repeated(lies[0:1], flag_model._lemma_sequence(lies))
