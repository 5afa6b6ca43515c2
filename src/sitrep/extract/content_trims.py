"""Words of the writer's at the end of an indirect content, left out after the ends are chosen.

"The minister said the court should release Omar Haddad, who has been held for two years":
the "who" clause after the comma says who the person is, for the reader; PolNeAR leaves it out
of the content. Measured on PolNeAR's training split (claims whose cue and content start equal
gold's, a "who" clause set off by a comma at the content's end): on the object of the told
clause or on a predicate noun ("would be X, who …") gold leaves it out in 9 of 12 (2 kept, 1
ended elsewhere); on a preposition's object ("the death of X, who was killed …") in 13 of 22,
and there the clause often is what was told (``claim_spans.without_trailing_aside`` keeps
"who" clauses for that reason), so those stay.

A phrase opened by "a"/"an" set off by a comma at the content's end that names what was told
("…, a move that surprised its pilots", "…, an increase of 40 %") is the writer's too: where it
hangs on the told clause's object, a predicate noun or a verb, gold leaves it out in 15 of 21
(3 kept, 3 ended elsewhere; the rule below made 10 claims gold-exact and 2 not). Hung on a
preposition's object it often says who or what that is ("with X, a retired judge"), and gold
keeps it in 7 of 10: left alone, as are phrases hung on a person, holding a "who" clause or a
quotation mark. Trimming those too gained 11 and lost 6 claims on train and lowered PolNeAR
dev content exact F1 (0.5940 -> 0.5935).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from sitrep.extract.claim_draft import Draft, char_span
from sitrep.extract.claim_spans import CONNECTIVES
from sitrep.model import Span
from sitrep.nlp import doc_text

KINDS = frozenset({"indirect", "sourceless"})
# The noun a "who" clause hangs on: the told clause's object, or a predicate noun.
ANCHOR_DEPS = frozenset({"dobj", "attr"})


def _told_after(doc: Doc, drafts: Sequence[Draft]) -> Iterator[tuple[Draft, SpacySpan, int]]:
    """The indirect contents told after their cue, of four tokens or more, with their tokens and
    the index of their last word."""
    for d in drafts:
        if d.kind not in KINDS or d.content.start < d.cue.end:
            continue
        span = doc.char_span(d.content.start, d.content.end, alignment_mode="expand")
        if span is None or len(span) < 4:
            continue
        yield d, span, max((t.i for t in span if not t.is_punct), default=span.start)


def without_trailing_who(doc: Doc, drafts: Sequence[Draft]) -> None:
    """End each indirect content told after its cue before a trailing ", who …" clause on
    its object or predicate noun (see the module docstring)."""
    for d, span, last in _told_after(doc, drafts):
        for tok in span:
            comma = tok.left_edge.i - 1
            if (tok.dep_ == "relcl" and tok.right_edge.i == last and tok.left_edge.lower_ == "who"
                    and tok.head.dep_ in ANCHOR_DEPS and comma > span.start + 1
                    and doc[comma].text == "," and span.start <= tok.head.i < comma):
                d.content = char_span(doc, d.content.start,
                                      doc[comma - 1].idx + len(doc[comma - 1]))
                break


ARTICLES = frozenset({"a", "an"})
# How the parser hangs such a phrase: on the noun before it ("appos"), on the verb as a second
# object or a measure ("dobj", "npadvmod"), or as an adjective's measure ("a bit more …").
PIECE_DEPS = frozenset({"appos", "npadvmod", "dobj", "amod"})
QUOTE_MARKS = frozenset({'"', "“", "”", "``", "''"})


def without_trailing_apposition(doc: Doc, drafts: Sequence[Draft]) -> None:
    """End each indirect content told after its cue before a trailing ", a/an NOUN …" phrase
    that names what was told (see the module docstring)."""
    for d, span, last in _told_after(doc, drafts):
        if any(t.text in QUOTE_MARKS for t in span):
            continue
        for tok in span:
            comma, det = tok.left_edge.i - 1, tok.left_edge
            if (tok.dep_ in PIECE_DEPS and tok.right_edge.i == last and det.lower_ in ARTICLES
                    and det.head.pos_ == "NOUN" and comma > span.start + 1
                    and doc[comma].text == "," and span.start <= tok.head.i < comma
                    and tok.head.ent_type_ != "PERSON" and tok.head.dep_ != "pobj"
                    and not any(t.lower_ == "who" for t in doc[comma:last + 1])):
                d.content = char_span(doc, d.content.start,
                                      doc[comma - 1].idx + len(doc[comma - 1]))
                break


# Words that open a clause set against the one before it ("X said A, while Y said B").
CONTRASTS = frozenset({"while", "whereas"})


def without_contrasted_report(doc: Doc, drafts: Sequence[Draft]) -> None:
    """End an indirect content before a ", while Y said B" clause of another claim inside
    it: in "Ukraine's air force said it shot down 24 drones, while Russia's defence ministry
    said its forces took the village" the air force told of the drones, and the ministry's
    claim, set against it, is its own (the parser hangs it on the told clause)."""
    for d in drafts:
        if d.kind not in KINDS or d.content.start < d.cue.end:
            continue
        for o in drafts:
            if o is d or o.verb is None or o.source is None:
                continue
            verb = doc[o.verb]
            first = verb.left_edge
            comma = first.i - 1
            if (d.content.start < verb.idx < d.content.end and verb.dep_ == "advcl"
                    and first.lower_ in CONTRASTS and first.head.i == verb.i
                    and comma > 0 and doc[comma].text == ","
                    and doc[comma - 1].idx > d.content.start and o.source.start > first.idx):
                d.content = char_span(doc, d.content.start,
                                      doc[comma - 1].idx + len(doc[comma - 1]))
                break


def told_across_according(drafts: Sequence[Draft]) -> None:
    """"He said the strike, according to the army, hit a weapons depot": an "according to"
    set inside what a cue verb tells attributes that clause, not the words before it (the
    speaker and the cue): its content is the verb's. One after the verb's words ("X said Y,
    according to Z") is the writer's attribution of the whole, and stays."""
    for d in drafts:
        if d.kind != "according_to" or d.cue.text.lower() != "according to":
            continue
        src = d.source
        if src is None:
            continue
        outer = next((o for o in drafts if o is not d and o.verb is not None
                      and o.kind == "indirect" and o.content.start < d.cue.start
                      and src.end + 2 < o.content.end  # set inside it, not at its end
                      and d.content.start <= o.cue.start < d.content.end), None)
        if outer is not None:
            d.content = outer.content


# ", in what it called a response to the strikes": the writer's frame around the account, which
# tells the source's own name for it as a claim of its own (PolNeAR train holds no such phrase).
FRAMED_RE = re.compile(r",\s+in\s+what\s+(?:\w+\s+){1,3}?(?:called|described|termed|dubbed|"
                       r"calls|describes|terms|dubs|said\s+was)\b", re.IGNORECASE)


def without_framing(drafts: Sequence[Draft]) -> None:
    """"Hezbollah said it fired rockets at an Israeli position, in what it called a response
    to the strikes": the indirect content ends before the frame, whose words are the
    source's name for what it did (a claim of their own), set around it by the writer."""
    for d in drafts:
        if d.kind not in KINDS or d.content.start < d.cue.end:
            continue
        m = FRAMED_RE.search(d.content.text)
        if m is not None and m.start() > 0:
            end = d.content.start + m.start()
            d.content = Span(d.content.start, end, d.content.text[:m.start()])


# The medium of the words at the end of what was told: "claimed responsibility for the bombing
# in a statement on Telegram". PolNeAR train: such a phrase right after a gold content 17
# times, inside its end 5.
MEDIUM_END_RE = re.compile(r",?\s+(?:in|on|via)\s+(?:a|an|its|his|her|their|the)\s+(?:\w+\s+){0,2}?"
                           r"(?:statement|interview|tweet|video|post|broadcast|channel|"
                           r"communique|communiqué|news\s+conference|press\s+conference)"
                           r"(?:\s+(?:on|posted|published|released|carried)\b[^,;]*)?[.]?$",
                           re.IGNORECASE)


def without_trailing_medium(drafts: Sequence[Draft]) -> None:
    """An indirect content told after its cue ends before a closing phrase of the medium of
    the words ("… in a statement on Telegram", "… in a video posted online")."""
    for d in drafts:
        if d.kind not in KINDS or d.content.start < d.cue.end:
            continue
        m = MEDIUM_END_RE.search(d.content.text)
        if m is not None and m.start() > 0 and len(d.content.text[:m.start()].split()) >= 2:
            end = d.content.start + m.start()
            d.content = Span(d.content.start, end, d.content.text[:m.start()])


# "Separately, …", "However, …" opening a sentence whose content is told before its cue: the
# writer's link to the sentence before (``claim_spans.CONNECTIVES``, and "separately", wire
# copy's turn to another story).
OPENING_CONNECTIVE_RE = re.compile(
    r"(?P<word>[A-Za-z]+(?: [a-z]+)?),\s+(?=\S)")
OPENING_CONNECTIVES = CONNECTIVES | {"separately"}


def without_opening_connective(drafts: Sequence[Draft], doc: Doc) -> None:
    """A content told before its cue that opens its sentence with a connective and a comma
    ("Separately, army troops repelled an attack, according to the army", "However, the town
    fell, the ministry said") starts after the comma: PolNeAR train gold starts such a content
    after the connective 17 times in 24 (the others a cue set inside the content)."""
    for d in drafts:
        if d.kind == "direct" or d.content.end > d.cue.start or (
                d.content.start != d.sentence.start_char):
            continue
        m = OPENING_CONNECTIVE_RE.match(d.content.text)
        if m is None or m.group("word").lower() not in OPENING_CONNECTIVES:
            continue
        d.content = char_span(doc, d.content.start + m.end(), d.content.end)


# The time of the saying set between a cue and what it tells: "said on Tuesday it had fired",
# "announced late on Monday the army had withdrawn". PolNeAR train: of 77 such days right after
# "said", "announced", "reported" and the like, gold puts 74 in neither cue nor content, 3 in
# the content.
DAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
MONTHS = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
          r"December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)")
OPENING_TIME_RE = re.compile(
    r"(?:(?:early|late|earlier|later)\s+)?(?:on\s+)?"
    rf"(?:{DAYS}(?:\s+(?:morning|afternoon|evening|night))?|{MONTHS}\s+\d{{1,2}}"
    r"|yesterday|today|tonight|last\s+(?:night|week|month)|this\s+(?:week|month)"
    r"|earlier\s+(?:today|this\s+(?:week|month)))"
    r",?\s+(?=[A-Za-z])")
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})


def without_opening_time(drafts: Sequence[Draft], doc: Doc) -> None:
    """An indirect content that opens right after its cue verb with the time of the saying
    ("Yemen's Houthi movement said on Tuesday it had fired missiles …") starts after it: the
    time is when the source spoke, not part of what it said (see ``OPENING_TIME_RE``). A time
    after "that" ("said that on Tuesday it had …") is inside the content and stays, as does
    one that is the subject told ("said Tuesday was the worst day")."""
    text = doc_text(doc)
    for d in drafts:
        if d.kind not in KINDS or d.content.start < d.cue.end or (
                text[d.cue.end:d.content.start].strip()):
            continue
        m = OPENING_TIME_RE.match(d.content.text)
        if m is None or m.end() >= len(d.content.text):
            continue
        span = doc.char_span(d.content.start, d.content.start + m.end(), alignment_mode="expand")
        if span is None or any(t.dep_ in SUBJECT_DEPS for t in span):
            continue
        d.content = char_span(doc, d.content.start + m.end(), d.content.end)


def without_inset_connective(drafts: Sequence[Draft], doc: Doc) -> None:
    """"Still, he said, the town was calm": a cue set inside its sentence after a lone
    connective tells what follows it, not the connective (the writer's link to the sentence
    before), so the content starts after the comma that closes the cue's clause. PolNeAR
    train: of 104 sources right after a sentence's opening connective and comma, gold keeps
    the connective out of the content 94 times ("And, Kasich tells the crowd, he's …")."""
    text = doc_text(doc)
    for d in drafts:
        if d.kind == "direct" or not d.content.start < d.cue.start < d.content.end:
            continue
        m = OPENING_CONNECTIVE_RE.match(d.content.text)
        first = min(d.cue.start, d.source.start if d.source is not None else d.cue.start)
        if (m is None or m.group("word").lower() not in OPENING_CONNECTIVES
                or d.content.start + m.end() != first):
            continue
        comma = re.match(r"[^,;:.!?\"“”]*,\s*(?=\S)", text[d.cue.end:d.content.end])
        if comma is not None and d.cue.end + comma.end() < d.content.end:
            d.content = char_span(doc, d.cue.end + comma.end(), d.content.end)
