"""``sitrep.nlp.doc_text``: the text of a parsed article, built once per document."""

from __future__ import annotations

from typing import Any

from sitrep.extract.claims import extract_claims
from sitrep.model import Article
from sitrep.nlp import doc_text

TEXT = ("Syrian troops shelled the town on Tuesday.\n\n"
        "  The ministry said on Wednesday that 12 fighters had been killed, “a heavy blow”.")


def test_doc_text_is_the_text_and_is_built_once(nlp: Any) -> None:
    doc = nlp(TEXT)
    first = doc_text(doc)
    assert first == doc.text == TEXT
    assert doc_text(doc) is first  # the kept string, not a new join of the tokens
    assert doc_text(nlp(TEXT)) is not first  # kept per document


def test_claim_spans_cut_from_the_kept_text_index_the_article(nlp: Any) -> None:
    doc = nlp(TEXT)
    claims = extract_claims(doc, article=Article(text=TEXT, origin="test"))
    assert [c.cue.text for c in claims] == ["said"]
    claim = claims[0]
    assert claim.source.span is not None and claim.source.span.text == "The ministry"
    for span in (claim.source.span, claim.cue, claim.content):
        assert TEXT[span.start:span.end] == span.text
