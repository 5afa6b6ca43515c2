"""Claim evaluation: the PolNeAR reader and the Citron-style metrics, on brat files written here."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from sitrep.errors import InputError
from sitrep.evaluate.claims import (
    Attribution,
    claims_only,
    evaluate_claims,
    normalise,
    predicted_attributions,
    read_polnear,
)
from sitrep.model import Analysis, Article, Claim, Source, Span

from conftest import SHARED, shared_or_skip

TEXT = ("The mayor said the bridge would reopen in May. "
        "“We are ready,” the engineer told reporters, “and so is the city.”\n")


def at(text: str, piece: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(piece, start + 1)
    return start, start + len(piece)


def brat(text: str, rows: list[tuple[str, list[str]]]) -> str:
    """A brat file with one event per row: (cue, [source, content, content…]) pieces of text."""
    lines, t = [], 0
    for e, (cue, others) in enumerate(rows, start=1):
        args = []
        for role, piece in [("Cue", cue), *zip(("Source", "Content", "Content2"), others,
                                                 strict=False)]:
            if not piece:
                continue
            t += 1
            frags = ";".join(f"{s} {e_}" for s, e_ in
                             (at(text, p) for p in piece.split(" || ")))
            lines.append(f"T{t}\t{role} {frags}\t{piece}")
            args.append(f"{role}:T{t}")
        t += 1
        s, e_ = at(text, cue)
        lines.append(f"T{t}\tAttribution {s} {e_}\t{cue}")
        lines.append(f"E{e}\tAttribution:T{t} " + " ".join(args))
    return "\n".join(lines) + "\n"


def write_split(root: Path, name: str, text: str, anns: dict[str, str]) -> Path:
    (root / "text").mkdir(parents=True, exist_ok=True)
    (root / "attributions").mkdir(exist_ok=True)
    (root / "text" / f"{name}.txt").write_text(text, encoding="utf-8")
    for annotator, ann in anns.items():
        (root / "attributions" / f"{name}_{annotator}.ann").write_text(ann, encoding="utf-8")
    return root


GOLD = [("said", ["The mayor", "the bridge would reopen in May"]),
        ("told reporters", ["the engineer", "“We are ready,” || “and so is the city.”"])]


@pytest.fixture()
def split(tmp_path: Path) -> Path:
    other = brat(TEXT, [("said", ["The mayor", "the bridge would reopen"])])
    return write_split(tmp_path / "dev", "bridge", TEXT, {"b2": other, "a1": brat(TEXT, GOLD)})


def claim(text: str, source: str | None, cue: str, content: str) -> Claim:
    def span(piece: str) -> Span:
        s, e = at(text, piece)
        return Span(s, e, piece)

    return Claim(id=cue + content, source=Source(span(source) if source else None, None, "x"),
                 cue=span(cue), content=span(content), kind="indirect", stance="asserts",
                 certainty="certain")


def fixed(claims: list[Claim]) -> Any:
    def analyse(articles: Iterable[Article]) -> Iterator[Analysis]:
        for a in articles:
            yield Analysis(article=a, claims=tuple(claims))
    return analyse


def test_reader_takes_the_first_annotator_and_discontinuous_spans(split: Path) -> None:
    (article,) = read_polnear(split)
    assert article.annotator == "a1" and article.name == "bridge"
    said, told = article.attributions
    assert TEXT[slice(*said.cue[0])] == "said" and TEXT[slice(*said.source[0])] == "The mayor"
    assert len(told.content) == 2  # the quote is split by its trailer
    assert TEXT[slice(*told.content[1])] == "“and so is the city.”"


def test_reader_skips_events_without_cue_and_keeps_sourceless_ones(tmp_path: Path) -> None:
    ann = ("T1\tContent 0 9\tThe mayor\nT2\tAttribution-no-source 10 14\tsaid\n"
           "E1\tAttribution-no-source:T2 Content:T1\n"
           "T3\tCue 10 14\tsaid\nT4\tContent 15 46\tthe bridge would reopen in May\n"
           "T5\tAttribution 10 14\tsaid\nE2\tAttribution:T5 Cue:T3 Content:T4\n"
           "#1\tAnnotatorNotes T1\ta note\nT6\tDiscuss 0 9\tThe mayor\n")
    (article,) = read_polnear(write_split(tmp_path, "x", TEXT, {"a": ann}))
    (only,) = article.attributions
    assert only.source == () and only.cue == ((10, 14),)


def test_reader_rejects_spans_outside_the_text(tmp_path: Path) -> None:
    ann = "T1\tCue 0 9999\tx\n"
    with pytest.raises(InputError, match="outside the text"):
        read_polnear(write_split(tmp_path, "x", TEXT, {"a": ann}))
    with pytest.raises(InputError, match="not a PolNeAR split"):
        read_polnear(tmp_path / "nowhere")


def test_perfect_prediction_scores_one(split: Path) -> None:
    articles = read_polnear(split)
    claims = [claim(TEXT, "The mayor", "said", "the bridge would reopen in May"),
              claim(TEXT, "the engineer", "told reporters", "We are ready"),
              claim(TEXT, "the engineer", "told reporters", "and so is the city")]
    summary = evaluate_claims(articles, fixed(claims)).summary()
    assert all(v == 1.0 for v in summary.values()), summary


def test_partial_prediction(split: Path) -> None:
    articles = read_polnear(split)
    # right cue and source, content one word short; second attribution: cue "told" only
    claims = [claim(TEXT, "The mayor", "said", "the bridge would reopen"),
              claim(TEXT, None, "told", "We are ready")]
    scores = evaluate_claims(articles, fixed(claims))
    s = scores.summary()
    assert (s["cue_exact_p"], s["cue_exact_r"]) == (0.5, 0.5)
    # source: 1st matches exactly, 2nd predicted none where gold has "the engineer"
    assert (s["source_exact_p"], s["source_exact_r"]) == (0.5, 0.5)
    assert s["content_exact_f1"] == 0.0
    assert s["attribution_f1"] == 0.0
    assert s["attribution_loose_f1"] == 1.0  # both found, boundaries aside
    # cue tokens: predicted said, told (2, both gold); gold said, told, reporters (3)
    assert (s["cue_overlap_p"], s["cue_overlap_r"]) == (1.0, round(2 / 3, 4))
    # content tokens: predicted 4 + 3 = 7 all gold; gold 6 + 3 + 5 = 14
    assert (s["content_overlap_p"], s["content_overlap_r"]) == (1.0, 0.5)
    assert scores.exact["cue_exact"].tp == 1 and scores.exact["cue_exact"].fn == 1


def test_false_positive_lowers_precision_only(split: Path) -> None:
    articles = read_polnear(split)
    claims = [claim(TEXT, "The mayor", "said", "the bridge would reopen in May"),
              claim(TEXT, "the engineer", "told reporters", "We are ready"),
              claim(TEXT, "the engineer", "told reporters", "and so is the city"),
              claim(TEXT, "the city", "ready", "so is")]
    s = evaluate_claims(articles, fixed(claims)).summary()
    assert s["cue_exact_r"] == 1.0 and s["cue_exact_p"] == round(2 / 3, 4)
    assert s["attribution_r"] == 1.0 and s["attribution_p"] == round(2 / 3, 4)


def test_normalise_trims_edge_punctuation_and_merges_touching_fragments() -> None:
    text = "“We are ready,” he said."
    assert normalise(text, ((0, 15),)) == ((1, 13),)
    assert normalise(text, ((0, 4), (4, 15))) == ((1, 13),)
    assert normalise(text, ((0, 2), (16, 18))) == ((1, 2), (16, 18))


def test_claims_sharing_a_cue_are_one_attribution() -> None:
    claims = [claim(TEXT, "the engineer", "told reporters", "We are ready"),
              claim(TEXT, "the engineer", "told reporters", "and so is the city")]
    (one,) = predicted_attributions(claims)
    assert isinstance(one, Attribution) and len(one.content) == 2


def test_claims_only_runs_the_claims_stage(pipeline: Any) -> None:
    analyse = claims_only(pipeline.nlp)
    (analysis,) = analyse([Article(text=TEXT, origin="t")])
    assert any(c.cue.text == "said" for c in analysis.claims)


POLNEAR_DEV = SHARED / "data" / "attribution" / "polnear" / "dev"


def test_polnear_dev_scores(pipeline: Any) -> None:
    """The held-out PolNeAR dev split: reads every text and scores above a sanity floor."""
    articles = read_polnear(shared_or_skip(POLNEAR_DEV))
    assert len(articles) == 84 and sum(len(a.attributions) for a in articles) > 2000
    s = evaluate_claims(articles, claims_only(pipeline.nlp)).summary()
    assert s["cue_exact_f1"] > 0.62 and s["source_overlap_f1"] > 0.70
    assert s["content_overlap_f1"] > 0.75 and s["attribution_f1"] > 0.41
