"""Attributed claims: who says what, with which cue, how sure, asserting or denying.

Rules on the dependency parse plus a few surface patterns, in the order an analyst reads:
1. direct quotes (“…”) with a trailer (“…,” X said) or a lead-in (X said: “…”), quotes that
   continue a speaker's earlier quote, and speakers set before a colon ("Q: …", "Trump: …")
   (module :mod:`sitrep.extract.quotes`);
2. reporting verbs with a clause, object or preposition ("SANA reported", "Washington has
   denied the accusations", "which they say show …", "railed against X"), incl. the passive
   ("it was reported", "the attack was reported by X"), participles ("…, saying …", "a group
   backing X", "when asked whether …") and "as X reported, …";
3. "according to X", "in a new poll", content-bearing nouns and adjectives ("claims from X
   that …", "his criticism of …", "X is critical of …": :mod:`sitrep.extract.claim_nouns`);
4. certainty from hedge and verification cues, incl. a later "the reports are not yet confirmed";
5. a denial is linked to the claim it denies (nested "rejected claims … that …", or the latest
   claim of another source that it answers).
Sources are typed and resolved in :mod:`sitrep.extract.claim_sources`; the words each rule
looks for are data, loaded by :mod:`sitrep.extract.claim_lexicon`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Token

from sitrep.extract.claim_draft import Draft, char_span, subtree_span, tok_span
from sitrep.extract.claim_lexicon import Cue, Lexicon, certainty, load_lexicon, verb_cue
from sitrep.extract.claim_nouns import noun_claims
from sitrep.extract.claim_sources import (
    RELATIVE_PRONOUNS,
    Resolver,
    antecedent,
    source_of,
    source_span,
)
from sitrep.extract.claim_spans import (
    OBJECT_DEPS,
    around,
    contiguous,
    cue_tokens,
    prep_content,
    with_complements,
)
from sitrep.extract.quotes import (
    MIN_QUOTE_WORDS,
    Quote,
    find_quotes,
    quote_claims,
    speaker_lines,
)
from sitrep.model import Article, Claim, Source, Span, stable_id

REPORTING_LEMMAS = {"report", "claim", "allege", "allegation", "accusation", "reports", "claims"}
# Cue verbs that make one cue with a cue infinitive: "continued to say", "refused to admit".
CHAIN_VERBS = frozenset({"continue", "refuse", "decline", "seek", "begin", "start", "try"})
# Verbs of asking, whose "if"/"whether" clause the parser may hang as an adverbial clause.
QUESTION_VERBS = frozenset({"ask", "wonder", "question", "inquire"})
# Cue verbs only with a clause: "she continued: …", "he maintained that …".
CLAUSE_ONLY = frozenset({"continue", "maintain"})
# Cue verbs that in conflict news mostly name deeds ("attacked positions", "pushed into the
# town", "backed by the US military", "charged a camp", "asserted control"): a claim only with a
# clause or a reason (SPEECH_PREPOSITIONS): "attacked the mayor over the deal".
DEEDS = frozenset({"attack", "charge", "push", "press", "target", "assert", "blast", "back",
                   "support"})
SPEECH_PREPOSITIONS = frozenset({"for", "over", "as"})
# Verbs whose subject is part of what is told: "the plan seems to work" (no source).
RAISING_VERBS = frozenset({"seem", "appear"})
# Verbs of belief and perception that, with a generic "you", are a way of talking.
GENERIC_BELIEFS = frozenset({"know", "see", "think", "find", "want", "feel", "believe", "hope"})
# Verb + preposition whose object is who is called on to act: "called on X to resign".
CALL_ON = frozenset({("call", "on"), ("call", "upon")})
BACK_REFERENCE = {"report", "reports", "claim", "claims", "story", "accusation", "accusations",
                  "allegation", "allegations", "account", "accounts", "it"}


def _told(verb: Token, content_tok: Token | None, prep: Token | None) -> bool:
    """Whether a verb that may name a deed reports words here: with a clause ("attacked the
    plan as a sham", "pressed that …") or a reason ("slammed the mayor for …", "over …")."""
    if content_tok is not None and content_tok.dep_ in {"ccomp", "parataxis"}:
        return True
    preps = [prep] if prep is not None else []
    preps += [c for c in verb.children if c.dep_ == "prep"]
    return any(p.lower_ in SPEECH_PREPOSITIONS for p in preps)


def _theirs_to_say(verb: Token, subj: Token | None) -> bool:
    """"Images which they say show …": a relative clause that hands what the thing is to its
    source keeps the outlet's distance, so the claim is hedged."""
    return (verb.dep_ == "relcl" and verb.lemma_.lower() in {"say", "claim"}
            and subj is not None and subj.lower_ in {"they", "he", "she", "it"})


def _inside(span: Span, drafts: Iterable[Draft]) -> bool:
    return any(d.kind == "direct" and d.content.start <= span.start < d.content.end
               for d in drafts)


def _content_of(tok: Token, cue_def: Cue) -> tuple[Token | None, Token | None]:
    """(head of the content, preposition that joins it to the cue) of a cue verb."""
    content_tok = next((c for c in tok.children if c.dep_ == "ccomp"), None)
    if content_tok is None and tok.dep_ == "relcl":  # "images which they say show ..."
        content_tok = next((c for c in tok.children if c.dep_ == "xcomp"), None)
    if content_tok is None and cue_def.lemma in QUESTION_VERBS:  # "asked if the plan failed"
        content_tok = next((c for c in tok.children if c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in {"if", "whether"} for m in c.children)), None)
    if content_tok is None and tok.dep_ == "ROOT":
        content_tok = next((c for c in tok.children if c.dep_ in {"ccomp", "parataxis"}), None)
    if content_tok is None:  # "urged voters to stay home": what is urged, not who
        objects = [c for c in tok.children if c.dep_ in OBJECT_DEPS
                   and not (c.dep_ == "dobj" and c.lower_ in RELATIVE_PRONOUNS)]
        objects.sort(key=lambda c: OBJECT_DEPS.index(c.dep_))
        content_tok = objects[0] if objects else None
    if content_tok is None:  # "said in a statement that …", "alleged in the suit that …"
        content_tok = next((k for c in tok.children if c.dep_ == "prep" and c.i > tok.i
                            for o in c.children if o.dep_ == "pobj"
                            for k in o.children if k.dep_ in {"acl", "ccomp"} and any(
                                m.dep_ == "mark" and m.lower_ == "that" for m in k.children)),
                           None)
    if content_tok is None:
        joined = prep_content(tok)
        if joined is not None:
            return joined[1], joined[0]
    return content_tok, None


def _fronted(doc: Doc, verb: Token, content: Span, subj: Token | None) -> Span:
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


def _catenative(doc: Doc, lex: Lexicon, cue_toks: list[Token], xcomp: Token,
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
        inner_content, inner_prep = _content_of(xcomp, inner)
        if inner_content is not None and inner_content.i > xcomp.i:
            toks = contiguous(anchor, [*cue_toks, to, *cue_tokens(xcomp)])
            return toks, inner_content, inner_prep, [*parts[:-1], subtree_span(doc, inner_content)]
    return cue_toks, xcomp, prep, parts


def _next_paragraph(doc: Doc, cue_toks: list[Token]) -> list[Span]:
    """The paragraph a cue ending its own paragraph with a colon introduces: "She wrote:¶…"."""
    text = doc.text
    end = max(t.idx + len(t) for t in cue_toks)
    m = re.match(r"(?:\s+that)?\s*:[ \t]*\n\s*([^\n]+)", text[end:end + 2000])
    if m is None:
        return []
    return [char_span(doc, end + m.start(1), end + m.end(1))]


def _lost_subject(doc: Doc, verb: Token, cue_toks: list[Token]) -> tuple[Span, Span] | None:
    """(source, content) of a main cue verb the parser left without a subject.

    "About 4 in 10 say they want …", "Jane Roe, a rabbi helping the campaign, said he …":
    the words before the verb, up from the start of the sentence, are the source when they
    hold a name or a noun and no verb of their own, and the clause after it the content.
    """
    if verb.dep_ != "ROOT":
        return None
    content = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    first = min(t.i for t in cue_toks)
    if content is None and any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
        return _trailing_source(doc, verb, first)
    left = [t for t in verb.sent if t.i < first and not t.is_space]
    while left and left[-1].is_punct:
        left.pop()
    if content is None or not left or left[0].is_punct or not any(
            t.pos_ in {"PROPN", "NOUN", "NUM"} for t in left) or any(
            t.tag_ in {"VBD", "VBZ", "MD"} or t.lower_ in {"that", "if", "when", "as"}
            for t in left):
        return None
    return tok_span(doc, left), subtree_span(doc, content)


def _trailing_source(doc: Doc, verb: Token, first: int) -> tuple[Span, Span] | None:
    """"X is pushing east, a report by Al-Masdar News said": the parser hung the speaker
    inside the told clause; the noun phrase between the last comma and the cue is the source."""
    sent = verb.sent
    comma = max((t.i for t in sent if t.i < first and t.text == ","), default=None)
    if comma is None:
        return None
    words = [t for t in sent if comma < t.i < first and not t.is_space]
    if not words or not any(t.pos_ in {"PROPN", "NOUN"} for t in words) or any(
            t.pos_ in {"VERB", "AUX"} or t.lower_ in {"that", "which", "who"} for t in words):
        return None
    told = [t for t in sent if t.i < comma and not t.is_space]
    if not told:
        return None
    return tok_span(doc, words), tok_span(doc, told)


def _relative_object(doc: Doc, verb: Token) -> list[Span]:
    """What a cue in a relative clause is about: "the style he prefers", "which he opposed".

    The relative pronoun when there is one, else the noun the clause modifies, without the
    clause; only when the clause has its own subject (the noun is the cue's object).
    """
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ in RELATIVE_PRONOUNS or verb.head.pos_ not in {"NOUN", "PRON"}:
        return []
    if any(c.dep_ in {"ccomp", "xcomp", "prep"} for c in verb.children):
        return []
    rel = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if rel is not None:
        return [tok_span(doc, [rel])] if rel.lower_ in RELATIVE_PRONOUNS | {"whom"} else []
    clause = {t.i for t in verb.subtree}
    head = [t for t in verb.head.subtree if t.i not in clause and t.i <= verb.head.i]
    return [tok_span(doc, head)] if head else []


def _passive_content(doc: Doc, verb: Token, *, raising: bool = False
                     ) -> tuple[list[Span], list[Token]]:
    """(content parts, words joining them to the cue) of a passive cue with no clause.

    "The meeting was first reported by Politico", "Perez has been mentioned as a candidate",
    "He is accused of fraud": the subject is what is told, with the object of an "as", "of"
    or "for" right after the verb (PolNeAR keeps "by" out of the cue, "of" in it).
    """
    deps = {"nsubjpass", "nsubj"} if raising else {"nsubjpass"}
    subject = next((c for c in verb.children if c.dep_ in deps), None)
    if subject is None or subject.lower_ in RELATIVE_PRONOUNS | {"it"}:
        return [], []
    parts = [subtree_span(doc, subject)]
    joins: list[Token] = []
    group_end = max(t.i for t in cue_tokens(verb))
    for c in verb.children:
        obj = next((p for p in c.children if p.dep_ in {"pobj", "pcomp"}), None)
        if c.dep_ != "prep" or c.i != group_end + 1 or obj is None:
            continue
        if c.lower_ == "of":  # "is accused of X": the preposition is part of the cue
            parts.append(subtree_span(doc, obj))
            joins.append(c)
        elif c.lower_ in {"as", "for"}:  # "was mentioned as X", "was criticized for X"
            parts.append(subtree_span(doc, c))
    return parts, joins


def _object_content(doc: Doc, verb: Token, lemma: str, content_tok: Token, content: Span,
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


def _verb_claims(doc: Doc, article: Article, lex: Lexicon, marks: tuple[Quote, ...],
                 quotes: list[Draft]) -> list[Draft]:
    drafts: list[Draft] = []
    # words inside quotation marks are the quoted speaker's, told as part of that quote
    text = doc.text
    quoted = [(q.inner_start, q.inner_end) for q in marks
              if len(text[q.inner_start:q.inner_end].split()) >= MIN_QUOTE_WORDS]
    used = {d.cue.start for d in quotes}
    for tok in doc:
        if tok.idx < article.body_start:
            continue
        cue_def = verb_cue(tok, lex)
        if cue_def is None or _inside(Span(tok.idx, tok.idx, ""), quotes) or any(
                s <= tok.idx < e for s, e in quoted):
            continue
        cue_toks = cue_tokens(tok)
        if any(t.idx in used for t in cue_toks):
            continue
        content_tok, prep = _content_of(tok, cue_def)
        if cue_def.lemma in DEEDS and not _told(tok, content_tok, prep):
            continue  # "the SDF attacked army positions", "backed by the US": acts, not words
        parts: list[Span] = []
        if content_tok is None and source_of(tok) is not None and (
                tok.dep_ == "parataxis" or tok.dep_ == "advcl" and any(
                    c.dep_ == "mark" and c.lower_ == "as" for c in tok.children)):
            # "As the agency reported, …" and "In Miami, Mr. Regalado said, Mr. Trump is seen
            # as a bully": the rest of the sentence, on both sides
            clause = {t.i for t in tok.subtree}
            parts = [tok_span(doc, [a, b]) for a, b in around(tok.sent, clause)]
        joins: list[Token] = []
        if content_tok is None and not parts:
            parts = _next_paragraph(doc, cue_toks)
        if content_tok is None and not parts:
            parts, joins = _passive_content(doc, tok)
        if content_tok is None and not parts and tok.dep_ == "relcl":
            parts = _relative_object(doc, tok)
        if content_tok is None and not parts:
            continue
        if content_tok is not None and content_tok.dep_ == "dobj" and any(
                t.dep_ == "relcl" and verb_cue(t, lex) for t in content_tok.subtree):
            continue  # "published images which they say show …": the claim is the inner one
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children) or (
            tok.tag_ in {"VBN", "VBD"} and tok.dep_ == "advcl"  # "(when) asked whether …"
            and not any(c.dep_ == "nsubj" for c in tok.children))
        subj = source_of(tok)
        if subj is None and not passive and tok.dep_ != "relcl":
            lost = _lost_subject(doc, tok, cue_toks)
            if lost is not None:
                said_by, told = lost
                drafts.append(Draft(said_by, tok_span(doc, cue_toks), told, "indirect",
                                    cue_def.stance, certainty(told.text, cue_def.certainty, lex),
                                    tok.sent, verb=tok.i))
            continue
        if subj is not None and subj.lower_ in RELATIVE_PRONOUNS - {"who"} and (
                cue_def.certainty == "hedged" or any(
                    c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children)):
            continue  # "which could indicate": an inference; "which showed …" is told
        if subj is not None and subj.lower_ == "you" and cue_def.lemma in GENERIC_BELIEFS:
            continue  # "you know", "you see what happens": talk, not a claim of anyone's
        raising = cue_def.lemma in RAISING_VERBS and subj is not None and subj.head.i == tok.i
        if subj is not None and (raising or subj.dep_ == "expl"):
            # "the plan seems to work": the outlet's own impression, the subject is told of
            passive, subj = True, None
        src = source_span(doc, subj, cue=tok) if subj is not None else None
        cue_end_i = max(t.i for t in cue_toks)
        if tok.dep_ in {"xcomp", "advcl"} and tok.head.lemma_ == "go" and any(
                c.dep_ == "prt" and c.lower_ == "on" for c in tok.head.children):
            cue_toks = contiguous(tok, [*cue_tokens(tok.head), *cue_toks,
                                        *[c for c in tok.head.children if c.dep_ == "prt"]])
        if content_tok is not None:
            content = subtree_span(doc, content_tok)
            if content.start < tok.idx < content.end:  # "which it says shows …": after the cue
                content = char_span(doc, tok.idx + len(tok), content.end)
            elif content.end <= tok.idx and content_tok.dep_ == "ccomp":
                content = _fronted(doc, tok, content, subj)
            content, prep = _object_content(doc, tok, cue_def.lemma, content_tok, content,
                                            prep, cue_end_i)
            parts = [content]
            if content_tok.dep_ in {"xcomp", "oprd"}:  # "X is expected to …", "X was named Y"
                parts = _passive_content(doc, tok, raising=raising)[0][:1] + parts
        if content_tok is not None and content_tok.dep_ == "xcomp":
            chained = _catenative(doc, lex, cue_toks, content_tok, prep, parts)
            if chained[0] == cue_toks and cue_def.lemma in CLAUSE_ONLY:
                continue  # "continued to campaign" is no claim, "continued to say that" is
            cue_toks, content_tok, prep, parts = chained
        elif content_tok is not None and cue_def.lemma in CLAUSE_ONLY and content_tok.dep_ not in {
                "ccomp", "parataxis"}:
            continue  # "continued the search", "maintained a lead"
        if prep is not None or joins:
            cue_toks = contiguous(tok, [*cue_toks, *joins, *([prep] if prep else [])])
        cue_end = max(t.idx + len(t) for t in cue_toks)
        if parts and lex.anonymity_re.search(text[cue_toks[0].idx:parts[-1].end].lower()):
            continue  # "an official who asked not to be named": a note on the source
        parts = [p for p in parts if p.text and not (p.start < tok.idx < p.end)
                 and not (src is not None and p.start <= src.start < p.end)]
        if not parts or any(p.start < cue_end and tok.idx < p.end for p in parts):
            continue
        neg = any(c.dep_ == "neg" for c in tok.children)
        stance = cue_def.stance
        if neg and stance == "asserts" and tok.lemma_.lower() in {"confirm"}:
            continue  # "did not confirm" is a statement about verification, handled below
        named = antecedent(doc, tok, lex) if subj is not None and subj.lower_ in (
            RELATIVE_PRONOUNS - {"who"}) else None
        told_as_theirs = _theirs_to_say(tok, subj)
        for content in parts:
            sure = certainty(content.text, cue_def.certainty, lex)
            d = Draft(src, tok_span(doc, cue_toks), content,
                      "sourceless" if src is None else "indirect", stance,
                      "hedged" if told_as_theirs and sure == "certain" else sure, tok.sent,
                      verb=tok.i)
            if named is not None:  # "a report which showed …": the report says so
                d.canonical, d.source_type = named
            drafts.append(d)
    return drafts


def _unconfirmed_back_references(doc: Doc, drafts: list[Draft], lex: Lexicon) -> None:
    """'The reports are not yet confirmed' makes the latest reports before it unconfirmed."""
    for sent in doc.sents:
        if not lex.unconfirmed_re.search(sent.text.lower()):
            continue
        if not any(t.lower_ in BACK_REFERENCE for t in sent):
            continue
        earlier = [d for d in drafts if d.sentence.end_char <= sent.start_char
                   and sent.start_char - d.sentence.end_char < 1200 and d.stance == "asserts"
                   and (d.cue.text.lower().split()[-1].rstrip("s") in REPORTING_LEMMAS
                        or d.cue.text.lower().split()[-1] in REPORTING_LEMMAS
                        or d.source_type in {"media", "anonymous"})]
        if earlier:
            earlier[-1].certainty = "unconfirmed"


def _link_denials(doc: Doc, drafts: list[Draft]) -> None:
    for i, d in enumerate(drafts):
        if d.stance != "denies":
            continue
        nested = [j for j, o in enumerate(drafts) if j != i and o.stance == "asserts"
                  and (d.content.start <= o.content.start and o.content.end <= d.content.end
                       or d.content.start <= o.cue.start <= d.content.end)]
        if nested:
            d.denies = nested[0]
            inner = drafts[nested[0]]
            if inner.content.end > d.content.end:  # "rejected claims from X that ...": widen
                d.content = char_span(doc, d.content.start, inner.content.end)
            continue
        if d.content.text.lower().split()[-1:] and any(
                w in BACK_REFERENCE for w in d.content.text.lower().split()):
            earlier = [j for j, o in enumerate(drafts) if o.stance == "asserts"
                       and o.content.end <= d.cue.start and o.canonical != d.canonical]
            if earlier:
                d.denies = earlier[-1]


JOINING = {",", "and", "but", "—", "–", ";", "-"}


def _split_run_ons(doc: Doc, drafts: list[Draft]) -> None:
    """A second cue of the same speaker ends the first one's content.

    "He said the vote was fair, adding that …", "she praised the plan and warned that …": the
    parse often hangs the second cue inside the first one's content; a cue with no subject of
    its own, joined by a comma or a conjunction, is the first speaker's next claim instead.
    """
    for d in drafts:
        if d.verb is None:
            continue
        tok = doc[d.verb]
        if tok.dep_ not in {"advcl", "conj"} or tok.dep_ == "advcl" and tok.tag_ != "VBG" or any(
                c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in tok.children):
            continue
        first = tok_span(doc, cue_tokens(tok)).start
        join = doc.char_span(first, first, alignment_mode="expand")
        i = join.start if join is not None else tok.i
        while i > 0 and doc[i - 1].lower_ in JOINING | {"then", "also"}:
            i -= 1
        if i == (join.start if join is not None else tok.i) or doc[i].lower_ in {"then", "also"}:
            continue
        cut = doc[i].idx
        for o in drafts:
            if o is d or o.kind == "direct" or not (
                    o.content.start < cut < d.cue.end <= o.content.end):
                continue
            o.content = char_span(doc, o.content.start, cut)
            d.source, d.canonical, d.source_type = o.source, o.canonical, o.source_type
            d.kind = o.kind


def _nested(d: Draft, drafts: list[Draft]) -> bool:
    """A claim told inside another's content ("he wants to see …", "she said they think …").

    Such a claim is the outer source's word, not the inner's, so it is dropped, except where a
    denial is involved: "Moscow rejected claims by Kyiv that …" keeps both, linked.
    """
    if d.stance == "denies" or d.kind == "according_to":
        return False
    return any(o is not d and o.stance != "denies" and o.kind != "according_to"
               and o.content.start <= d.cue.start and d.cue.end <= o.content.end
               for o in drafts)


def extract_claims(doc: Doc, *, article: Article, lexicon: Lexicon | None = None
                   ) -> tuple[Claim, ...]:
    """Every attributed statement in the article body, in text order.

    ``lexicon`` replaces the shipped cue lexicon and cue model (:func:`load_lexicon`).
    """
    lex = load_lexicon() if lexicon is None else lexicon
    marks = find_quotes(doc.text, article.body_start)
    quotes = quote_claims(doc, article, lex, marks) + speaker_lines(doc, article)
    drafts = (quotes + _verb_claims(doc, article, lex, marks, quotes)
              + noun_claims(doc, article, lex))
    drafts.sort(key=lambda d: (d.cue.start, d.content.start))
    # drop duplicates: the same content attributed twice by overlapping rules
    unique: list[Draft] = []
    for d in drafts:
        if any(u.content == d.content or u.cue.start == d.cue.start
               and u.content.start < d.content.end and d.content.start < u.content.end
               for u in unique):
            continue
        unique.append(d)
    _split_run_ons(doc, unique)
    unique = [d for d in unique if not _nested(d, unique)]
    resolver = Resolver(doc)
    for d in unique:
        if d.canonical is None and d.source is not None:
            d.canonical, d.source_type = resolver.canonical(d.source, lex, sentence=d.sentence)
        elif d.source is None:
            d.source_type = "anonymous"
        if d.source is not None and d.source_type == "unknown" and d.source.text.lower() in {
                "reports", "sources", "a report"}:
            d.source_type = "anonymous"
        if d.canonical:
            resolver.last = d.canonical
            resolver.types.setdefault(d.canonical, d.source_type)
    _unconfirmed_back_references(doc, unique, lex)
    _link_denials(doc, unique)
    ids = [stable_id(article.id, "claim", str(d.cue.start), str(d.content.start)) for d in unique]
    return tuple(
        Claim(
            id=ids[i],
            source=Source(d.source, d.canonical, d.source_type),
            cue=d.cue,
            content=d.content,
            kind=d.kind,
            stance=d.stance,
            certainty=d.certainty,
            denies=ids[d.denies] if d.denies is not None else None,
        )
        for i, d in enumerate(unique)
    )
