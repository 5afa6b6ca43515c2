"""Words of the writer's at the end of an indirect content, left out after the ends are chosen.

"The minister said the court should release Omar Haddad, who has been held for two years":
the "who" clause after the comma says who the person is, for the reader; PolNeAR leaves it out
of the content. Measured on PolNeAR's training split (claims whose cue and content start equal
gold's, a "who" clause set off by a comma at the content's end): on the object of the told
clause or on a predicate noun ("would be X, who …") gold leaves it out in 9 of 12 (2 kept, 1
ended elsewhere); on a preposition's object ("the death of X, who was killed …") in 13 of 22,
and there the clause often is what was told (``claim_spans.without_trailing_aside`` keeps
"who" clauses for that reason), so those stay.

Tried and not shipped: a trailing phrase opened by "a"/"an" ("…, a move that surprised …"),
left out by gold in 15 of 22 claims on train, lowered PolNeAR dev content exact F1.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from sitrep.extract.claim_draft import Draft, char_span

KINDS = frozenset({"indirect", "sourceless"})
# The noun a "who" clause hangs on: the told clause's object, or a predicate noun.
ANCHOR_DEPS = frozenset({"dobj", "attr"})


def without_trailing_who(doc: Doc, drafts: Sequence[Draft]) -> None:
    """End each indirect content told after its cue before a trailing ", who …" clause on
    its object or predicate noun (see the module docstring)."""
    for d in drafts:
        if d.kind not in KINDS or d.content.start < d.cue.end:
            continue
        span = doc.char_span(d.content.start, d.content.end, alignment_mode="expand")
        if span is None or len(span) < 4:
            continue
        last = max((t.i for t in span if not t.is_punct), default=span.start)
        for tok in span:
            comma = tok.left_edge.i - 1
            if (tok.dep_ == "relcl" and tok.right_edge.i == last and tok.left_edge.lower_ == "who"
                    and tok.head.dep_ in ANCHOR_DEPS and comma > span.start + 1
                    and doc[comma].text == "," and span.start <= tok.head.i < comma):
                d.content = char_span(doc, d.content.start,
                                      doc[comma - 1].idx + len(doc[comma - 1]))
                break
