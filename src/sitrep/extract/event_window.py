"""Which weapons beside an event may type it: not those of another deed.

A generic attack word takes the nearest weapon of its sentence, else of its neighbours in the
paragraph (:func:`sitrep.extract.event_spotting.refined_sub_type`). A weapon told as the reason
or the reply of a deed ("the attack was revenge for the shelling of its camps", "in retaliation
for air strikes") is another event, in any sentence; a neighbour sentence that tells another
event ("in a separate incident", "followed two days later", a date of its own other than the
event's) lends none of its weapons. A neighbour that retells the deed ("the attack was carried
out with mortars", "the shells hit three houses") keeps them.
"""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from sitrep.extract.event_protest import protested_text

# nouns and verbs whose prepositional or direct object is the deed answered (another event)
REASONS = frozenset({"response", "retaliation", "revenge", "reply", "reprisal", "retribution",
                     "answer", "avenge", "retaliate", "respond"})
# words that make a sentence tell another event than the one beside it
ANOTHER = frozenset({"separate", "another", "elsewhere", "meanwhile", "later", "earlier",
                     "previously", "subsequent", "subsequently"})


# verbs of telling: a date on them dates the telling, not a deed ("On Tuesday, officials said")
TELLING = frozenset({"say", "tell", "announce", "report", "state", "add", "claim", "confirm",
                     "note", "explain", "disclose", "reveal"})


def _dates(sent: SpacySpan) -> set[str]:
    """The dates of the sentence's deeds, not of its telling."""
    found = set()
    for ent in sent.ents:
        if ent.label_ != "DATE":
            continue
        verb = ent.root.head.head if ent.root.head.dep_ == "prep" else ent.root.head
        if verb.lemma_.lower() not in TELLING:
            found.add(ent.text.lower().removeprefix("on "))
    return found


def _another_event(sent: SpacySpan, own: SpacySpan) -> bool:
    """The neighbour ``sent`` tells another event than the one of ``own``."""
    if any(t.lower_ in ANOTHER for t in sent):
        return True
    theirs, ours = _dates(sent), _dates(own)
    return bool(theirs and ours and not theirs & ours)


def own_deeds_text(doc: Doc, own: SpacySpan, start: int, end: int) -> str:
    """The text from ``start`` to ``end`` with the weapons of other deeds blanked, offsets kept:
    what a crowd protests (:func:`protested_text`), what a reason word answers, and the whole of
    a neighbour of ``own`` telling another event."""
    text = protested_text(doc, start, end)
    chars = list(text)

    def blank(lo: int, hi: int) -> None:
        for i in range(max(lo, start), min(hi, end)):
            chars[i - start] = " "

    region = doc.char_span(start, end, alignment_mode="expand")
    if region is None or not len(region):
        return text
    lo, hi = region[0].sent.start, region[-1].sent.end
    for sent in doc.sents:
        if sent.end <= lo or sent.start >= hi:
            continue
        if sent.start != own.start and _another_event(sent, own):
            blank(sent.start_char, sent.end_char)
            continue
        for tok in sent:
            if tok.lemma_.lower() in REASONS:
                for child in tok.children:
                    if child.dep_ in {"prep", "dobj"}:
                        for t in child.subtree:
                            blank(t.idx, t.idx + len(t))
    return "".join(chars)
