"""Name keys: the transliteration-tolerant forms under which places are indexed.

A name has up to three keys, from strict to loose:

1. the *normalized* name: casefolded, diacritics and apostrophes gone, hyphens and spaces
   unified, leading Arabic articles dropped ("al-", "ez-", ...), a first "St."/"Mt."/"Ft."
   spelled out ("saint", "mount", "fort"), doubled letters collapsed,
   ``ou``/``oo`` → ``u``, ``ee`` → ``i``, non-initial ``y`` → ``i``, a final ``h`` after a
   vowel dropped ("Raqqah" → "raqa");
2. the normalized name without a generic word ("Idlib Governorate" → "idlib");
3. a consonant *skeleton* ("Deir ez-Zor", "Dayr az-Zawr", "Deir al-Zour" → "dr zr"),
   only when it keeps at least four letters, so that short names do not collide.

Besides, a name whose key holds the diphthong ``ai`` or ``ei`` has a *diphthong* key, with
``ei`` read as ``ai`` (:func:`diphthong`): Arabic's "ay" is written both ways ("Beiji" and
"Bayji", "Sheikh" and "Shaykh", "Beit" and "Bayt"). It is looked up only for a name
written with "ei" that no stricter key finds, so it never adds a reading to a name that has
one ("Reid"), nor reads a surname's "ai" as a place's "ei" ("Mays" is not "Meis").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Articles dropped before another word: "al-Hweiqa", "Deir ez-Zor", "Ras al-Ain".
ARTICLES = frozenset(
    [
        "al",
        "el",
        "ad",
        "ar",
        "as",
        "ash",
        "at",
        "az",
        "an",
        "ez",
        "es",
        "ed",
        "er",
        "et",
        "adh",
        "ath",
        "ud",
        "ul",
    ]
)
# Words that say what kind of place a name is, dropped for the second key.
GENERIC_WORDS = frozenset(
    [
        "governorate",
        "governate",
        "province",
        "city",
        "village",
        "town",
        "oblast",
        "region",
        "district",
        "muhafazat",
        "wilayat",
        "raion",
    ]
)
ADMIN_WORDS = frozenset(["governorate", "governate", "province", "oblast", "muhafazat", "wilayat"])
# Words that make a name a second-level division: "Rapides Parish", "Orange County".
COUNTY_WORDS = frozenset(["county", "parish", "borough", "district", "rayon", "raion"])

_SEPARATORS = str.maketrans(
    {
        **{c: None for c in "'’‘ʿʾʻ`´ʼ"},
        **{c: " " for c in "-‐‑‒–—_./,()"},
        "ß": "ss",
        "ø": "o",
        "Ø": "o",
        "æ": "ae",
        "Æ": "ae",
        "ł": "l",
        "Ł": "l",
        "đ": "d",
        "Đ": "d",
        "ı": "i",
        "ð": "d",
        "þ": "th",
    }
)
_GENERIC_KEYS = frozenset(w.replace("y", "i") for w in GENERIC_WORDS)
_PUNCTUATION = str.maketrans(
    {chr(i): " " for i in range(128) if not chr(i).isalnum() and chr(i) != " "}
)
_GLUED_ARTICLE = re.compile(r"^[ae]([dtrzsn])\1(?=[a-z]{2})")
_DOUBLE = re.compile(r"(.)\1+")
_SKELETON_DROP = re.compile(r"(?<!^)[aeiouyw]")


def _fold(name: str) -> str:
    """ASCII lowercase letters and digits of ``name``, words separated by single spaces."""
    text = name.translate(_SEPARATORS)
    if not text.isascii():
        # NFKD splits letters from their accents; the ASCII encoding then drops the accents.
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return text.lower().translate(_PUNCTUATION)


def _word(token: str, first: bool) -> str:
    if not first:
        token = _GLUED_ARTICLE.sub(r"\1", token)  # "ezzor" -> "zor"
    token = token.replace("ou", "u").replace("oo", "u").replace("ee", "i")
    if len(token) > 1:
        token = token[0] + token[1:].replace("y", "i")
    token = _DOUBLE.sub(r"\1", token)
    if len(token) > 3 and token.endswith("h") and token[-2] in "aeiou":
        token = token[:-1]
    return token


# Normalized words, by (word, first word of the name?): the same words recur in many names.
_WORDS: dict[tuple[str, bool], str] = {}


# A name's first word as news abbreviates it: "St. Kitts", "Mt. Pleasant", "Ft. Worth".
_ABBREVIATED = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}


def tokens(name: str) -> list[str]:
    """The normalized words of ``name`` (articles dropped; "St." read as "Saint")."""
    raw = _fold(name).split()
    last = len(raw) - 1
    if last > 0 and raw[0] in _ABBREVIATED:
        raw[0] = _ABBREVIATED[raw[0]]
    out: list[str] = []
    for i, token in enumerate(raw):
        if i < last and token in ARTICLES:
            continue
        key = (token, not out)
        word = _WORDS.get(key)
        if word is None:
            if len(_WORDS) > 1 << 20:
                _WORDS.clear()
            word = _WORDS[key] = _word(token, not out)
        out.append(word)
    return out


def first_word(name: str) -> str:
    """The first word of ``name`` as written, folded ("st" of "St. Louis"), or ""."""
    words = _fold(name).split()
    return words[0] if words else ""


def spelled(name: str) -> str:
    """``name`` as written, folded only (case, accents, punctuation, a first "St."
    spelled out): "Palmyra" and "Palmira" differ, though their normalized keys are one."""
    words = _fold(name).split()
    if len(words) > 1 and words[0] in _ABBREVIATED:
        words[0] = _ABBREVIATED[words[0]]
    return " ".join(words)


def normalize(name: str) -> str:
    """Key 1: the normalized form of ``name`` ("Deir ez-Zor" → "deir zor")."""
    return " ".join(tokens(name))


def strip_generic(key: str) -> str:
    """Key 2: ``key`` without a leading or trailing generic word ("idlib governorate")."""
    words = key.split()
    if len(words) > 1 and words[-1] in _GENERIC_KEYS:
        words = words[:-1]
    elif len(words) > 2 and words[0] in _GENERIC_KEYS and words[1] == "of":
        words = words[2:]
    elif len(words) > 1 and words[0] in ("muhafazat", "wilaiat"):
        words = words[1:]
    return " ".join(words)


def skeleton(key: str) -> str:
    """Key 3: consonant skeleton of a normalized key, or "" when too short to be useful."""
    skel = " ".join([_word_skeleton(word) for word in key.split()])
    return skel if len(skel) - skel.count(" ") >= 4 else ""


@lru_cache(maxsize=1 << 20)
def _word_skeleton(word: str) -> str:
    word = word.replace("ph", "f").replace("ck", "k").replace("q", "k")
    if word[0] in "aeiouy":
        word = "a" + word[1:]
    return _DOUBLE.sub(r"\1", _SKELETON_DROP.sub("", word))


def diphthong(key: str) -> str:
    """The diphthong key of a normalized key ("beiji" → "baiji"), or "" when it has none."""
    return key.replace("ei", "ai") if "ai" in key or "ei" in key else ""


def is_admin_name(name: str) -> bool:
    """True when ``name`` ends with (or starts with) a word for a province or governorate."""
    words = _fold(name).split()
    return bool(words) and (words[-1] in ADMIN_WORDS or words[0] in ADMIN_WORDS)


def is_county_name(name: str) -> bool:
    """True when ``name`` ends with a word for a county ("Orange County", "Rapides Parish")."""
    words = _fold(name).split()
    return len(words) > 1 and words[-1] in COUNTY_WORDS


def name_keys(name: str) -> tuple[str, str, str]:
    """The (normalized, stripped, skeleton) keys of ``name``; empty strings when absent."""
    key = normalize(name)
    stripped = strip_generic(key)
    return key, stripped, skeleton(stripped)
