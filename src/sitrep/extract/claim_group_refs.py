"""Armed groups referred back to: wire copy names a group once ("Hamas fighters attacked …")
and then calls it "the group", "the militant group", "the al Qaeda-linked group", or "it" in a
clause that denies what was just told of it ("…, which it denied"). Used by
:class:`sitrep.extract.claim_sources.Resolver`.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from sitrep.extract.claim_lexicon import Lexicon

# what wire copy calls an armed group it has named when it refers back to it ("the group")
GROUP_NOUNS = frozenset({"group", "movement", "militia", "organisation", "organization",
                         "faction", "insurgency"})


def group_reference(text: str) -> bool:
    """Whether a source phrase is a short reference to a group: "the group", "the militant
    group", "the al Qaeda-linked group", "the movement"; not one with a name of its own ("the
    Wagner group")."""
    words = text.split()
    return (2 <= len(words) <= 4 and words[0].lower() == "the"
            and words[-1].lower() in GROUP_NOUNS
            and not any(w[:1].isupper() and "-" not in w for w in words[1:]))


def denies_what_was_told(verb: Token, lex: Lexicon) -> bool:
    """Whether a cue verb denies, in a relative clause whose object is "which", what the
    clause it closes told: "Survivors said its fighters killed dozens of men, which it
    denied"."""
    cue = lex.verbs.get(verb.lemma_.lower())
    return (cue is not None and cue.stance == "denies" and verb.dep_ == "relcl"
            and any(c.dep_ == "dobj" and c.lower_ == "which" for c in verb.children))


def latest_group(doc: Doc, at: int, lex: Lexicon, described: Iterable[tuple[int, str]], *,
                 other_than: str | None = None) -> str | None:
    """The armed group named last before character ``at``: a name of ``knowledge/sources.tsv``
    typed armed group, or one of ``described`` ((end, name) of names the article describes
    as one); never ``other_than``."""
    before = doc.text[:at]
    named = [(m.end(), canonical) for pat, typ, canonical in lex.source_names
             if typ == "armed group" for m in pat.finditer(before)]
    named += [(end, name) for end, name in described if end <= at]
    named = [n for n in named if n[1] != other_than]
    return max(named)[1] if named else None
