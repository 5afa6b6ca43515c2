"""Full-text search on PostgreSQL that matches the way the SQLite store's FTS5 index matches.

SQLite's index (``unicode61 remove_diacritics 2``) splits text into runs of letters, digits and
private-use characters (any other character, a combining mark of a non-Latin script included,
separates words), folds case, strips the diacritics of Latin letters, and does not stem.
PostgreSQL's own parser splits differently (``ez-Zor`` is one hyphenated word and two parts,
``3.5`` a number, URLs and e-mail addresses are tokens), so sitrep does not use it:
:func:`tokens` splits and folds as FTS5 does, :func:`search_vector` hands PostgreSQL a ready
``tsvector`` literal, and :func:`search_query` builds the ``tsquery`` from the same tokens. A
query matches on both backends alike: every word of it is required, a word of several tokens
(``ez-Zor``) is a phrase, a trailing ``*`` makes a prefix.

Where they still differ: letters that Unicode added after the version of SQLite's tables,
and a few letters SQLite folds its own way (``Ǡ``), may split or fold differently (21 of 3,010
random strings of Latin, Greek, Cyrillic, Hebrew, Arabic, Devanagari and kana letters, marks
and symbols differed, all on ``ǡ``); and PostgreSQL's limits on a ``tsvector``: words longer
than :data:`MAX_TOKEN_BYTES` are not indexed, a word's positions past its 256th are dropped (it
still matches, but a phrase built on a later one may not), positions past 16,383 count as
16,383, and an article's vector stops gaining new words at about :data:`MAX_VECTOR_BYTES`.
Like SQLite's, the index splits vocalised Arabic at its harakat.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

__all__ = ["MAX_TOKEN_BYTES", "MAX_VECTOR_BYTES", "search_query", "search_vector", "tokens"]

MAX_TOKEN_BYTES = 2046  # PostgreSQL refuses longer lexemes
MAX_VECTOR_BYTES = 1_000_000  # PostgreSQL refuses a tsvector over 1 MB
MAX_POSITION = 16383
MAX_POSITIONS = 256
COMBINING_DIACRITICS = range(0x300, 0x370)


@lru_cache(maxsize=4096)
def _fold(ch: str) -> str:
    """A token character as the index keeps it: case folded ("ς" is "σ"; "ß" stays); a Latin
    letter on an ASCII base without its diacritics ("Ḥ" is "h", "İ" is "i"); every other
    letter as it is ("æ", "ά", "ё", "ダ" stay)."""
    folded = ch.casefold()
    low = folded if len(folded) == 1 else ch.lower()
    decomposed = unicodedata.normalize("NFD", low)
    if not decomposed[0].isascii():
        return "s" if low == "\u017f" else low  # the long s is an s
    return "".join(c for c in decomposed if ord(c) not in COMBINING_DIACRITICS)


@lru_cache(maxsize=4096)
def _kind(ch: str) -> int:
    """1 a token character (a letter, digit or private-use character), 0 a combining
    diacritic (dropped inside a word), -1 a separator (anything else, other marks too)."""
    if ord(ch) in COMBINING_DIACRITICS:
        return 0
    category = unicodedata.category(ch)
    return 1 if category[0] in "LN" or category == "Co" else -1


def tokens(text: str) -> list[str]:
    """The words of ``text`` as the search index keeps them."""
    found: list[str] = []
    word: list[str] = []
    for ch in text:
        kind = _kind(ch)
        if kind > 0:
            word.append(_fold(ch))
        elif kind < 0 and word:
            found.append("".join(word))
            word = []
    if word:
        found.append("".join(word))
    return found


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
