"""The content of a cue verb: which part of its sentence it tells, and how it is joined.

A reporting verb tells its clause ("said that …"), its object ("urged voters to stay home",
"denied the accusations"), what its preposition takes ("commented on X", "called for the chief
to resign"), a content set before it ("X looted homes, survivors told Reuters") or the paragraph
its colon opens ("She wrote:¶…"). :func:`content_of` finds the head of that content; the other
functions widen or complete the span :mod:`sitrep.extract.claims` builds from it.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from sitrep.extract.claim_draft import char_span, subtree_span, tok_span
from sitrep.extract.claim_idioms import frozen_saying
from sitrep.extract.claim_lexicon import PUT_IT, Cue, Lexicon, prep_cue, verb_cue
from sitrep.extract.claim_reach import adverb_prep, joined_prep, pro_clause
from sitrep.extract.claim_spans import (
    OBJECT_DEPS,
    TOLD_DEPS,
    after_anonymity,
    after_semicolon,
    as_told_to,
    contiguous,
    cue_tokens,
    fronted_aside,
    fronted_subject,
    in_as_aside,
    prep_content,
    with_complements,
)
from sitrep.extract.claim_speakers import RELATIVE_PRONOUNS
from sitrep.model import Span
from sitrep.nlp import doc_text

# Cue verbs that make one cue with a cue infinitive: "continued to say", "refused to admit".
CHAIN_VERBS = frozenset({"continue", "refuse", "decline", "seek", "begin", "start", "try"})
# Verbs of asking, whose "if"/"whether" clause the parser may hang as an adverbial clause.
QUESTION_VERBS = frozenset({"ask", "wonder", "question", "inquire"})
# Verb + preposition whose object is who is called on to act: "called on X to resign".
CALL_ON = frozenset({("call", "on"), ("call", "upon")})


def content_of(tok: Token, cue_def: Cue, lex: Lexicon) -> tuple[Token | None, Token | None]:
    """(head of the content, preposition that joins it to the cue) of a cue verb."""
    if cue_def.lemma in lex.prep_cues and cue_def.lemma not in lex.verbs:
        joined = prep_cue(tok, lex)  # "commented on X": a cue only with its preposition
        return (joined[1], joined[0]) if joined is not None else (None, None)
    fronted = fronted_subject(tok)  # "X looted homes, survivors told Reuters"
    if fronted is not None:
        return fronted, None
    content_tok = next((c for c in tok.children if c.dep_ == "ccomp"
                        and not after_semicolon(tok, c)), None)  # "A; the monitor reports B"
    if content_tok is not None and in_as_aside(tok) and fronted_aside(tok.doc, tok):
        content_tok = None  # "If A, as X said, B": A, however the parser hangs B
    if content_tok is None and tok.dep_ == "relcl":  # "images which they say show ..."
        content_tok = next((c for c in tok.children if c.dep_ == "xcomp"), None)
    if content_tok is None and cue_def.lemma in QUESTION_VERBS:  # "asked if the plan failed"
        content_tok = next((c for c in tok.children if c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in {"if", "whether"} for m in c.children)), None)
    if content_tok is None and tok.dep_ == "ROOT":
        content_tok = next((c for c in tok.children if c.dep_ in {"ccomp", "parataxis"}
                            and not frozen_saying(c)  # not "That said, …"
                            and not after_semicolon(tok, c)), None)
    if content_tok is None:  # "told AFP on condition of anonymity that …"
        content_tok = after_anonymity(tok, lex.anonymity_re)
    if content_tok is None:  # "urged voters to stay home": what is urged, not who
        objects = [c for c in tok.children if c.dep_ in OBJECT_DEPS
                   and not (c.dep_ == "dobj" and c.lower_ in RELATIVE_PRONOUNS)
                   and not (c.dep_ == "dobj" and cue_def is PUT_IT)  # "as X put it, …"
                   and not (c.dep_ == "dobj" and as_told_to(tok))]  # "as X told AFP, …"
        objects.sort(key=lambda c: OBJECT_DEPS.index(c.dep_))
        content_tok = objects[0] if objects else None
    if content_tok is None:  # "said in a statement that …", "said at a rally that …" (a
        # "that" the parser took for a relative pronoun is still a mark)
        content_tok = next((k for c in tok.children if c.dep_ == "prep" and c.i > tok.i
                            for o in _prep_nouns(c)
                            for k in _told_on(o) if k.dep_ in TOLD_DEPS and any(
                                m.dep_ == "mark" and m.lower_ == "that" for m in k.children)),
                           None)
    if content_tok is None:  # "called for the chief to resign": the parser's "for" clause
        clause = _for_clause(tok)
        if clause is not None:
            return clause
    if content_tok is None:
        joined = prep_content(tok) or prep_cue(tok, lex) or adverb_prep(tok) or joined_prep(tok)
        if joined is not None:  # "lashed out at X", "seems like X", "sided with X"
            return joined[1], joined[0]
    return (content_tok if content_tok is not None else pro_clause(tok)), None  # "thinks so"


def _prep_nouns(prep: Token) -> list[Token]:
    """The nouns of a preposition after a cue: its object ("in a statement", "without
    evidence"), or the object of the gerund it takes ("without providing evidence": the
    parser hangs "that …" on "evidence", and the claim was lost)."""
    nouns = [o for o in prep.children if o.dep_ == "pobj"]
    nouns.extend(o for g in prep.children if g.dep_ == "pcomp" and g.tag_ == "VBG"
                 for o in g.children if o.dep_ == "dobj")
    return nouns


def _told_on(medium: Token) -> list[Token]:
    """The clauses the parser may hang on the medium of a cue ("said in a statement that …"),
    or on the participle that says where the medium was put out: "said in a video posted
    online that …", "said in a statement published on its website that …" (the "that" clause
    hung on "posted" is what was said; the claim was lost)."""
    clauses = list(medium.children)
    for c in medium.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > medium.i:
            clauses.extend(k for k in c.children if k.dep_ == "ccomp" and k.i > c.i)
    return clauses


def _for_clause(verb: Token) -> tuple[Token, Token] | None:
    """(head, "for") of the "for X to Y" clause right after a cue verb: "called for the chief
    to resign", "has called Wednesday for all sides to lay down their arms" (the parser hangs
    it as an adverbial clause whose "for" is a mark; PolNeAR marks "called for" as the cue
    and "the chief to resign" as the content)."""
    for c in verb.children:
        mark = next((m for m in c.children if m.dep_ == "mark" and m.lower_ == "for"), None)
        if c.dep_ != "advcl" or mark is None or mark.i <= verb.i or mark.i != c.left_edge.i:
            continue
        between = verb.doc[verb.i + 1:mark.i]
        if any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) and all(
                t.head.i == verb.i and t.dep_ in {"advmod", "npadvmod"} for t in between):
            return c, mark
    return None


def fronted_content(doc: Doc, verb: Token, content: Span, subj: Token | None) -> Span:
    """A content before its cue, with what the sentence sets before it: "Many days, she
    worked late, she said" is all hers, not only "she worked late"."""
    sent = verb.sent
    first = next((t for t in sent if not t.is_punct and not t.is_space), None)
    if first is None or first.idx >= content.start:
        return content
    if subj is not None and first.i <= subj.i and subj.idx < content.start:
        return content
    if any(t.idx < content.start and t.i in {verb.i, *[c.i for c in verb.children
                                                          if c.dep_ in {"nsubj", "agent"}]}
           for t in sent):
        return content
    return char_span(doc, first.idx, content.end)


def gap_head(doc: Doc, verb: Token, content_tok: Token) -> list[Span]:
    """The noun a bare relative cue hangs from, when it is the missing object of the
    infinitive told: "The reforms the minister wants to pass": "The reforms" + "to pass"."""
    if verb.dep_ != "relcl" or content_tok.dep_ != "xcomp" or verb.head.i > verb.i or any(
            c.lower_ in RELATIVE_PRONOUNS or c.dep_ in {"dobj", "dative", "mark"}
            for c in verb.children) or any(
            t.dep_ in {"dobj", "dative", "ccomp", "xcomp", "nsubj"}
            for t in content_tok.subtree if t is not content_tok):
        return []
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.left_edge.i != verb.left_edge.i:
        return []  # "in which the posts are expected to …", "where X hopes to …": no gap
    head = verb.head
    toks = [t for t in doc[head.left_edge.i:verb.left_edge.i] if not t.is_punct]
    return [tok_span(doc, [toks[0], toks[-1]])] if toks and toks[-1].i == head.i else []


# Finite verbs that may open the predicate of a gapped relative clause ("… the group says is …").
FINITE_TAGS = frozenset({"VBZ", "VBD", "VBP", "MD"})


def gapped_predicate(doc: Doc, verb: Token, cue_toks: list[Token]) -> list[Span]:
    """What a cue in a relative clause with a gapped subject tells, when the parser lost the
    told clause: "a campaign of attacks the group says is in solidarity with Palestinians"
    (the parser hangs "is …" elsewhere in the sentence, and the claim was the bare "attacks").
    The finite verb right after the cue opens the predicate told; it runs to the end of that
    verb's phrase. PolNeAR train marks "a probe the agency said was ongoing …" so: the
    predicate ("was ongoing …"), with the relative pronoun when there is one."""
    end = max(t.i for t in cue_toks)
    if verb.dep_ != "relcl" or end + 1 >= len(doc) or any(
            c.dep_ in {"ccomp", "xcomp", "dobj", "dative", "attr", "acomp"}
            for c in verb.children):
        return []
    nxt = doc[end + 1]
    if nxt.tag_ not in FINITE_TAGS or nxt.pos_ not in {"AUX", "VERB"} or (
            nxt.sent.start != verb.sent.start or nxt in set(verb.subtree)):
        return []
    last = max((t for t in nxt.subtree if t.i > nxt.i and not t.is_punct),
               key=lambda t: t.i, default=None)
    return [tok_span(doc, [nxt, last])] if last is not None else []


def relative_subject(doc: Doc, content_tok: Token, verb: Token) -> list[Span]:
    """The relative pronoun that is the subject of the told clause, before the cue: "which
    he said had harmed the economy" tells "which" too (a part of its own, as PolNeAR marks
    it); else nothing."""
    subj = next((c for c in content_tok.children if c.dep_ in {"nsubj", "nsubjpass"}
                 and c.i < verb.i), None)
    if subj is None or subj.lower_ not in RELATIVE_PRONOUNS | {"whom"} or any(
            t.i != subj.i for t in subj.subtree):
        return []
    return [tok_span(doc, [subj])]


def catenative(doc: Doc, lex: Lexicon, cue_toks: list[Token], xcomp: Token,
                prep: Token | None, parts: list[Span]
                ) -> tuple[list[Token], Token | None, Token | None, list[Span]]:
    """A cue verb whose infinitive is a cue too: "refused to admit that …", "continued to say".

    The chain is one cue and the content is the inner verb's ("declined to speculate about
    X": content X), as PolNeAR marks it, for the verbs of ``CHAIN_VERBS``; other infinitives
    ("wants to see the talks resume") are the content.
    """
    to = next((c for c in xcomp.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    anchor = cue_toks[0]
    if to is None or to.i != max(t.i for t in cue_toks) + 1:
        return cue_toks, xcomp, prep, parts
    inner = verb_cue(xcomp, lex)
    if inner is not None and to.i + 1 == xcomp.i and xcomp.head.lemma_.lower() in CHAIN_VERBS:
        inner_content, inner_prep = content_of(xcomp, inner, lex)
        if inner_content is not None and inner_content.i > xcomp.i:
            toks = contiguous(anchor, [*cue_toks, to, *cue_tokens(xcomp)])
            return toks, inner_content, inner_prep, [*parts[:-1], subtree_span(doc, inner_content)]
    return cue_toks, xcomp, prep, parts


def next_paragraph(doc: Doc, cue_toks: list[Token]) -> list[Span]:
    """The paragraph a cue ending its own paragraph with a colon introduces: "She wrote:¶…"."""
    text = doc_text(doc)
    end = max(t.idx + len(t) for t in cue_toks)
    m = re.match(r"(?:\s+that)?\s*:[ \t]*\n\s*([^\n]+)", text[end:end + 2000])
    if m is None:
        return []
    return [char_span(doc, end + m.start(1), end + m.end(1))]


def object_content(doc: Doc, verb: Token, lemma: str, content_tok: Token, content: Span,
                    prep: Token | None, cue_end: int) -> tuple[Span, Token | None]:
    """The content of a cue told through an object, with the preposition joining it.

    "urged voters to stay home" and "called on X to resign" tell who is urged and to do what
    (the cue takes the "on"); "called him divisive", "criticized her for …" run on to the
    end of the complements after the object.
    """
    obj = next((c for c in verb.children if c.dep_ in {"dobj", "dative"}
                and verb.i < c.i < content_tok.i), None)
    call_on = next((c for c in verb.children if c.dep_ == "prep" and c.i == cue_end + 1
                    and (lemma, c.lower_) in CALL_ON), None)
    if obj is None and call_on is not None:
        obj = next((o for o in call_on.children if o.dep_ == "pobj"), None)
        prep = call_on if obj is not None else prep
    if content_tok.dep_ == "xcomp" and obj is not None and obj.lower_ not in RELATIVE_PRONOUNS:
        content = char_span(doc, obj.left_edge.idx, content.end)
    if content_tok.dep_ in OBJECT_DEPS or prep is not None:
        content = with_complements(doc, verb, content)
    return content, prep
