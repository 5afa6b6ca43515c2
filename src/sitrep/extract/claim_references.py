"""One name per source within an article: definite short references taken back to the source
they stand for.

Wire copy names a source once in full and then refers back to it: "A military source told
SANA … The source said …", "Syria's Defence Ministry denied … the ministry said … The Defence
Ministry has denied …". The first resolution (:class:`sitrep.extract.claim_sources.Resolver`)
reads names and entities; this pass reads the claims themselves, in text order, so that every
claim of one source carries the canonical name of its fullest earlier mention, and the claims
board and the link stage count it once.

A definite short reference is "the" and one or two words ending in a head noun ("the source",
"the ministry", "The Defence Ministry"; one word in capitals is a name, "the House", left to
the first resolution); it stands for the latest earlier claim source whose canonical name has
the same head ("military source", "Syrian Ministry of Defense": the word before "of" or the
last word) and holds its other words, and is longer. A pronoun source first named as the short
one ("It said …" after "The ministry said …") follows it; an indefinite "a source" does not.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sitrep.extract.claim_draft import Draft
from sitrep.extract.claim_sources import POSSESSIVES, PRONOUNS

# British and American spellings of the words of source names, read as one.
SPELLINGS = {"defence": "defense", "organisation": "organization", "programme": "program"}
# Short forms of the heads of source names: "the MoD" is a ministry of defence.
SHORT_FORMS = {"mod": ("ministry", "defense")}
# Words of a reference that say which one, not what it is: "the same source".
DETERMINERS = frozenset({"same", "latter", "former"})
DEFINITE_RE = re.compile(r"^the\s+(?P<words>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)$", re.I)


def _words(name: str) -> list[str]:
    """The words of a name, lower case, one spelling, short forms spelt out, possessives off."""
    out: list[str] = []
    for w in re.findall(r"[A-Za-z][\w-]*", name.lower()):
        out.extend(SHORT_FORMS.get(w, (SPELLINGS.get(w, w),)))
    return out


def head_word(name: str) -> str | None:
    """The noun a source name is about: the word before "of" or "for" ("Ministry of Defense":
    ministry), else the last ("military source": source); short forms spelt out ("MoD":
    ministry)."""
    head = re.split(r"\s+(?:of|for)\s+", name, maxsplit=1)[0]
    words = re.findall(r"[A-Za-z][\w-]*", head.lower())
    if not words:
        return None
    return SHORT_FORMS[words[-1]][0] if words[-1] in SHORT_FORMS else SPELLINGS.get(
        words[-1], words[-1])


def stands_for(short: str, full: str) -> bool:
    """Whether the short name of a reference ("source", "Defence Ministry") may stand for a
    fuller canonical name ("military source", "Syrian Ministry of Defense"): the same head,
    every other word of it in the fuller one, and the fuller one longer."""
    mine, theirs = _words(short), _words(full)
    return (len(theirs) > len(mine) and head_word(short) == head_word(full)
            and set(mine) <= set(theirs))


def definite_reference(text: str) -> str | None:
    """The words of a definite short reference ("the source" → "source"), else None."""
    m = DEFINITE_RE.match(text.strip())
    if m is None:
        return None
    words = [w for w in m.group("words").split() if w.lower() not in DETERMINERS]
    if len(words) == 1 and words[0][:1].isupper() and words[0].lower() not in SHORT_FORMS:
        return None  # "the House", "the Pentagon", "the Front": a name, not a reference back
    return " ".join(words) or None


def _replaceable(first: str, short: str, fuller: str) -> bool:
    """Whether the name the first resolution gave a reference gives way to the claim source
    it stands for: it is the reference's own words ("source"), a shorter form of that source's
    name ("Defence Ministry" of "Syrian Ministry of Defense"), or a name that holds the
    reference's head but is about something else ("defence ministry later", a tagger's
    entity); a fuller name of its own ("Health Ministry") stays."""
    head = head_word(short)
    return (_words(first) == _words(short) or stands_for(first, fuller)
            or head in _words(first) and head_word(first) != head)


def refer_back(drafts: Sequence[Draft], types: dict[str, str]) -> None:
    """Give each definite short reference the canonical name and type of the latest earlier
    claim source it stands for (:func:`stands_for`), and the pronouns and references first
    named as it was after it the same ("It said …" after "The ministry said …"). ``types``
    holds what each canonical name was typed as.

    A reference the first resolution gave a fuller name of its own (an organisation named in a
    sentence with no claim) keeps it (:func:`_replaceable`).
    """
    order = sorted((d for d in drafts if d.source is not None and d.canonical),
                   key=lambda d: d.source.start if d.source is not None else 0)
    seen: list[tuple[int, str, str]] = []  # (end, canonical, type) of the sources so far
    renamed: dict[str, tuple[str, str]] = {}
    for d in order:
        assert d.source is not None and d.canonical is not None
        short = definite_reference(d.source.text)
        fuller = next(((name, typ) for end, name, typ in reversed(seen)
                       if end <= d.source.start and stands_for(short, name)), None) if (
            short is not None) else None
        if fuller is not None and short is not None and not _replaceable(
                d.canonical, short, fuller[0]):
            fuller = None
        if fuller is not None:
            renamed[d.canonical] = fuller
            d.canonical, d.source_type = fuller
        elif d.canonical in renamed and (short is not None or d.source.text.lower() in (
                PRONOUNS | POSSESSIVES)):  # "The ministry said … It said …": the ministry's
            d.canonical, d.source_type = renamed[d.canonical]
        typ = types.get(d.canonical, "unknown") if d.source_type == "unknown" else d.source_type
        seen.append((d.source.end, d.canonical, typ))
