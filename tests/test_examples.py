"""The bundled example corpus: present, marked illustrative, and in the formats ingest reads."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
CORPUS = EXAMPLES / "corpus"
FILES = (
    "levant-wire.txt",
    "free-idlib-voice.txt",
    "damascus-evening-post.html",
    "meridian-monitor.jsonl",
)
MARK = "(Illustrative article written for the sitrep examples; not a real report.)"


def txt_articles() -> list[tuple[str, str]]:
    """(file name, article text) for each article of each .txt file."""
    return [
        (path.name, text)
        for path in sorted(CORPUS.glob("*.txt"))
        for text in re.split(r"\n{3,}", path.read_text(encoding="utf-8").strip())
    ]


def jsonl_records() -> list[dict[str, str]]:
    lines = (CORPUS / "meridian-monitor.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.mark.parametrize("name", FILES)
def test_corpus_file_exists_and_is_listed_in_the_readme(name: str) -> None:
    assert (CORPUS / name).is_file()
    assert f"corpus/{name}" in (EXAMPLES / "README.md").read_text(encoding="utf-8")


def test_readme_says_the_articles_are_illustrative() -> None:
    readme = (EXAMPLES / "README.md").read_text(encoding="utf-8").lower()
    assert "illustrative articles written for sitrep, not real reports" in readme
    assert "fictional" in readme


def test_every_txt_article_has_a_header() -> None:
    articles = txt_articles()
    assert len(articles) == 4
    for name, text in articles:
        lines = text.splitlines()
        assert lines[0].strip() and not lines[1].strip(), f"{name}: title, then a blank line"
        assert re.match(r"By \S.+$", lines[2]), f"{name}: no `By` line in {lines[:4]}"
        assert re.match(r"Source: \S.+$", lines[3]), f"{name}: no `Source:` line in {lines[:4]}"


def test_every_article_is_marked_illustrative() -> None:
    for name, text in txt_articles():
        assert text.rstrip().endswith(MARK), name
    for record in jsonl_records():
        assert record["text"].rstrip().endswith(MARK), record["id"]
    assert MARK in (CORPUS / "damascus-evening-post.html").read_text(encoding="utf-8")


def test_jsonl_records() -> None:
    records = jsonl_records()
    assert len(records) == 2
    assert len({r["id"] for r in records}) == 2
    for record in records:
        assert set(record) == {"id", "text", "title", "outlet", "author", "published"}
        date.fromisoformat(record["published"])
        assert 150 <= len(record["text"].split()) <= 350


def test_html_page_metadata() -> None:
    html = (CORPUS / "damascus-evening-post.html").read_text(encoding="utf-8")
    assert re.search(r"<title>[^<]+</title>", html)
    for meta in (
        r'name="author" content="Rami Suleiman"',
        r'property="article:published_time" content="2024-03-14T',
        r'property="og:site_name" content="The Damascus Evening Post"',
    ):
        assert meta in html


def test_txt_article_lengths_and_outlets() -> None:
    outlets = set()
    for name, text in txt_articles():
        assert 150 <= len(text.split()) <= 350, name
        outlets.add(re.search(r"^Source: (.+)$", text, re.M).group(1))  # type: ignore[union-attr]
    assert outlets == {"Levant Wire", "Free Idlib Voice"}
