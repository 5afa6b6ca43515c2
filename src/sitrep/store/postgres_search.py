"""Full-text search on PostgreSQL that matches the way the SQLite store's FTS5 index matches.

SQLite's index (``unicode61 remove_diacritics 2``) splits text into runs of letters and digits,
folds case and drops diacritics, and does not stem. PostgreSQL's own parser splits differently
(``ez-Zor`` is one hyphenated word and two parts, ``3.5`` a number, URLs and e-mail addresses
are tokens), so sitrep does not use it: :func:`search_vector` tokenises in Python the way FTS5
does and hands PostgreSQL a ready ``tsvector`` literal, and :func:`search_query` builds the
``tsquery`` from the same tokens. A query matches on both backends alike: every word of it is
required, a word of several tokens (``ez-Zor``) is a phrase, a trailing ``*`` makes a prefix.

Where they still differ (PostgreSQL's limits on a ``tsvector``): words longer than
:data:`MAX_TOKEN_BYTES` are not indexed, a word's positions past its 256th are dropped (it
still matches, but a phrase built on a later one may not), positions past 16,383 count as
16,383, and an article's vector stops gaining new words at about :data:`MAX_VECTOR_BYTES`.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["MAX_TOKEN_BYTES", "MAX_VECTOR_BYTES", "search_query", "search_vector", "tokens"]

MAX_TOKEN_BYTES = 2046  # PostgreSQL refuses longer lexemes
MAX_VECTOR_BYTES = 1_000_000  # PostgreSQL refuses a tsvector over 1 MB
MAX_POSITION = 16383
MAX_POSITIONS = 256
TOKEN = re.compile(r"[^\W_]+")


def _fold(text: str) -> str:
    """Lower case, without diacritics (compatibility forms unfolded: "ﬁ" is "fi")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def tokens(text: str) -> list[str]:
    """The words of ``text`` as the search index keeps them."""
    return TOKEN.findall(_fold(text))


def _lexeme(token: str) -> str:
    return "'" + token.replace("\\", "\\\\").replace("'", "''") + "'"


def search_vector(*fields: str | None) -> str:
    """A ``tsvector`` literal of the fields' words with their positions. A gap of one
    position between fields keeps a phrase from running from one field into the next."""
    positions: dict[str, list[int]] = {}
    size = 0
    at = 0
    for text in fields:
        for token in tokens(text or ""):
            at += 1
            found = positions.get(token)
            if found is None:
                width = len(token.encode("utf-8"))
                if width > MAX_TOKEN_BYTES or size + width > MAX_VECTOR_BYTES:
                    continue
                size += width + 8
                positions[token] = found = []
            if len(found) < MAX_POSITIONS:
                found.append(min(at, MAX_POSITION))
                size += 2
        at += 1
    return " ".join(f"{_lexeme(token)}:{','.join(map(str, dict.fromkeys(places)))}"
                    for token, places in positions.items())


def search_query(text: str) -> str | None:
    """``text`` as a ``tsquery``: every word required, the tokens of one word a phrase, a
    trailing ``*`` a prefix of the word's last token. None when nothing searchable is left.
    Quotes and operators in ``text`` are words' punctuation, never query syntax."""
    words = []
    for word in text.split():
        prefix = word.endswith("*")
        found = [t for t in tokens(word) if len(t.encode("utf-8")) <= MAX_TOKEN_BYTES]
        if not found:
            continue
        lexemes = [_lexeme(t) for t in found]
        if prefix:
            lexemes[-1] += ":*"
        words.append(lexemes[0] if len(lexemes) == 1 else "(" + " <-> ".join(lexemes) + ")")
    return " & ".join(words) or None
