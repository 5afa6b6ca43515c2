"""Where a claim's cue and content begin and end, on the dependency parse.

The boundaries follow the attribution annotation of PolNeAR (Newell, Margolin & Ruths 2018),
read off its training split: the cue is the whole verb group ("has also said", "did not
mention", "said in a statement", "called for"), the content the whole clause or object that is
attributed, and a source wrapped around by its content ("X, he said, Y") leaves a content in two
parts.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

# Adverbs that PolNeAR keeps inside the cue ("also said", "later told", "has repeatedly said").
CUE_ADVERBS = frozenset({
    "also", "later", "now", "once", "first", "recently", "repeatedly", "publicly", "previously",
    "often", "still", "even", "just", "initially", "already", "finally", "again", "further",
    "frequently", "privately", "openly", "explicitly", "flatly", "basically", "long",
})
# "said in a statement", "wrote on Twitter": the medium belongs to the cue.
CUE_MEDIA = frozenset({
    "statement", "release", "tweet", "twitter", "facebook", "post", "instagram", "op-ed",
    "column", "letter", "memo", "blog",
})
# Verb + preposition whose object is the content: "called for X", "referring to X".
PREP_CONTENT = frozenset({
    ("call", "for"), ("refer", "to"), ("talk", "about"), ("point", "to"), ("ask", "about"),
    ("ask", "for"), ("speak", "about"), ("speak", "of"), ("write", "about"), ("warn", "of"),
    ("warn", "about"), ("complain", "about"), ("hope", "for"), ("argue", "for"),
    ("agree", "with"), ("allude", "to"), ("push", "for"), ("worry", "about"), ("say", "of"),
    ("say", "about"), ("think", "about"), ("think", "of"), ("know", "about"),
})
# Verbs that report through an object or infinitive, not only through a clause.
CLAUSE_DEPS = ("ccomp",)
OBJECT_DEPS = ("xcomp", "dobj", "oprd")


def cue_tokens(verb: Token) -> list[Token]:
    """The verb group of a cue verb: auxiliaries, negation, particle, cue adverbs, the medium."""
    toks = [verb]
    for c in verb.children:
        group = c.dep_ in {"aux", "auxpass", "neg", "prt"} and c.i < verb.i + 3
        if group or c.dep_ == "advmod" and c.lower_ in CUE_ADVERBS and abs(c.i - verb.i) <= 3:
            toks.append(c)
        elif c.dep_ == "prep" and c.i > verb.i and any(
                p.dep_ == "pobj" and p.lower_ in CUE_MEDIA for p in c.children):
            toks.extend(c.subtree)
    return contiguous(verb, toks)


def contiguous(anchor: Token, toks: list[Token]) -> list[Token]:
    """The tokens of ``toks`` that form one unbroken run with ``anchor``."""
    have = {t.i for t in toks}
    start = end = anchor.i
    doc = anchor.doc
    while start - 1 in have:
        start -= 1
    while end + 1 in have:
        end += 1
    return [doc[i] for i in range(start, end + 1)]


def prep_content(verb: Token) -> tuple[Token, Token] | None:
    """(preposition, its object) for "called for X", "referring to X"."""
    for c in verb.children:
        if c.dep_ == "prep" and (verb.lemma_.lower(), c.lower_) in PREP_CONTENT:
            pobj = next((p for p in c.children if p.dep_ in {"pobj", "pcomp"}), None)
            if pobj is not None:
                return c, pobj
    return None


def around(sentence: SpacySpan, cue_clause: set[int]) -> list[tuple[Token, Token]]:
    """The runs of the sentence outside the cue's clause: the parts of an "X, he said, Y"."""
    runs: list[tuple[Token, Token]] = []
    current: list[Token] = []
    for tok in sentence:
        if tok.i in cue_clause or tok.is_space:
            if current:
                runs.append((current[0], current[-1]))
            current = []
            continue
        current.append(tok)
    if current:
        runs.append((current[0], current[-1]))
    return [(a, b) for a, b in runs if any(t.is_alpha for t in a.doc[a.i:b.i + 1])]
