"""Where a claim's cue and content begin and end, on the dependency parse.

The boundaries follow the attribution annotation of PolNeAR (Newell, Margolin & Ruths 2018),
read off its training split: the cue is the whole verb group ("has also said", "did not
mention", "said in a statement", "called for"), the content the whole clause or object that is
attributed, and a source wrapped around by its content ("X, he said, Y") leaves a content in two
parts (one claim over the cue: :func:`sitrep.extract.claim_passes.one_per_cue`). The content
of a passive cue ("X was reported by Y") and of a cue in a relative clause
("the plan he opposed") is cut here too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from sitrep.extract.claim_draft import Draft, char_span, subtree_span, tok_span
from sitrep.extract.claim_readings import told_clause
from sitrep.extract.claim_speakers import RELATIVE_PRONOUNS
from sitrep.extract.content_subjects import told_with_subject
from sitrep.extract.cue_edges import widen
from sitrep.model import Span
from sitrep.nlp import doc_text

# Adverbs that PolNeAR keeps inside the cue ("also said", "later told", "has repeatedly said").
CUE_ADVERBS = frozenset({
    "also", "later", "now", "once", "first", "recently", "repeatedly", "publicly", "previously",
    "often", "still", "even", "just", "initially", "already", "finally", "again", "further",
    "frequently", "privately", "openly", "explicitly", "flatly", "basically", "long",
    "always", "soon", "sometimes", "seldom",  # PolNeAR train: 12 of 12 before a cue verb
})
# "said in a statement", "wrote on Twitter": the medium belongs to the cue.
CUE_MEDIA = frozenset({
    "statement", "release", "tweet", "twitter", "facebook", "post", "instagram", "op-ed",
    "column", "letter", "memo", "blog",
    # the platforms of 2020s war reporting, as PolNeAR marks "wrote on Twitter": "wrote on
    # Telegram", "said on X", "posted on TikTok" (Telegram channels of officials and groups)
    "telegram", "x", "tiktok", "youtube", "vk", "vkontakte", "whatsapp", "threads",
})
# Verb + preposition whose object is the content: "called for X", "referring to X".
PREP_CONTENT = frozenset({
    ("call", "for"), ("refer", "to"), ("talk", "about"), ("point", "to"), ("ask", "about"),
    ("ask", "for"), ("speak", "about"), ("speak", "of"), ("write", "about"), ("warn", "of"),
    ("warn", "about"), ("complain", "about"), ("hope", "for"), ("argue", "for"),
    ("agree", "with"), ("allude", "to"), ("push", "for"), ("worry", "about"), ("say", "of"),
    ("say", "about"), ("think", "about"), ("think", "of"), ("know", "about"),
})
# Prepositions that join any other cue to its content when they follow it directly:
# "railed against X", "pushed for X", "approve of X", "worried about X" ("to", "on" and "with"
# are left out: far more often than not they join a place, a time or a companion).
CONTENT_PREPS = frozenset({"about", "against", "for", "of"})
# Verbs of saying take their content as a clause; a preposition after them says when or where.
SPEECH_VERBS = frozenset({
    "say", "tell", "add", "note", "state", "explain", "announce", "declare", "post", "tweet",
    "write", "report", "reply", "speak", "continue",
})
PLACE_TIME = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC", "EVENT", "CARDINAL", "ORDINAL"})
# Verbs that report through an object or infinitive, not only through a clause.
CLAUSE_DEPS = ("ccomp",)
# The clauses the parser may hang on a noun after a cue: "said in a statement that …".
TOLD_DEPS = frozenset({"acl", "ccomp", "relcl"})
OBJECT_DEPS = ("xcomp", "dobj", "oprd")
# Verbs of denial whose "as" phrase says what the account was called ("dismissed as lies").
DENYING = frozenset({"dismiss", "deny", "reject", "denounce"})
# What follows a cue's object and still belongs to what is told: "called him divisive",
# "criticized her for …", "never mentioned Trump by name", "want their money back".
COMPLEMENT_DEPS = frozenset({"prep", "oprd", "advmod", "npadvmod", "xcomp", "dative", "acomp",
                             "ccomp", "dobj"})


def cue_tokens(verb: Token) -> list[Token]:
    """The verb group of a cue verb: auxiliaries, negation, particle, cue adverbs, the medium,
    and a "went on" before it ("went on to say").

    An adverb in -ly right before the verb ("jokingly said", "directly contradicted") is part
    of the group too, as PolNeAR marks it, and so is the preposition of a prepositional cue
    verb of ``PREP_CONTENT`` right after the group ("pointed to", "called for"), whatever the
    content is (not after a verb of saying: "said of X: “…”" leaves "of" out).
    """
    toks = [verb]
    for c in verb.children:
        group = c.dep_ in {"aux", "auxpass", "neg", "prt"} and c.i < verb.i + 3 or (
            c.dep_ == "dobj" and c.lower_ == "it" and verb.lemma_.lower() == "put")  # put it
        manner = c.dep_ == "advmod" and c.i < verb.i and c.lower_.endswith("ly") and c.is_alpha
        if group or manner or c.dep_ == "advmod" and c.lower_ in CUE_ADVERBS and abs(
                c.i - verb.i) <= 3:
            toks.append(c)
        elif c.dep_ == "prep" and c.i > verb.i and any(
                p.dep_ == "pobj" and p.lower_ in CUE_MEDIA for p in c.children):
            # "said in a statement (that …)": the medium, not the clause the parser hung on it
            told = {t.i for p in c.children for k in p.children
                    if k.dep_ in TOLD_DEPS and k.i > p.i for t in k.subtree}
            toks.extend(t for t in c.subtree if t.i not in told)
    toks = widen(verb, toks)  # "has since said", "then claimed", "asked rhetorically"
    lemma = verb.lemma_.lower()
    if lemma not in SPEECH_VERBS:  # "pointed to X as proof that …": the cue is "pointed to"
        end = max(t.i for t in contiguous(verb, toks))
        toks.extend(c for c in verb.children if c.dep_ == "prep" and c.i == end + 1
                    and (lemma, c.lower_) in PREP_CONTENT)
    head = verb.head
    if verb.dep_ in {"xcomp", "advcl"} and head.lemma_ == "go" and any(
            c.dep_ == "prt" and c.lower_ == "on" for c in head.children):
        toks.extend(cue_tokens(head))  # "went on to say", before a quote or a clause
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
    """(preposition, its object) for "called for X", "referring to X", "railed against X".

    Besides the pairs of ``PREP_CONTENT``, a cue that is not a verb of saying takes its
    content through a preposition of ``CONTENT_PREPS`` that follows its verb group directly,
    unless the object is a time, a place or a medium ("spoke on Tuesday", "wrote on Twitter").
    """
    lemma = verb.lemma_.lower()
    group_end = max(t.i for t in cue_tokens(verb))
    for c in verb.children:
        if c.dep_ != "prep":
            continue
        pobj = next((p for p in c.children if p.dep_ in {"pobj", "pcomp"}), None)
        if pobj is None:
            continue
        if (lemma, c.lower_) in PREP_CONTENT:
            return c, pobj
        if (c.lower_ in CONTENT_PREPS and c.i == group_end + 1 and lemma not in SPEECH_VERBS
                and pobj.ent_type_ not in PLACE_TIME and pobj.lower_ not in CUE_MEDIA):
            return c, pobj
    return None


def fronted_subject(verb: Token) -> Token | None:
    """The first of two subjects the parser hung on a verb of saying, when a comma sets it
    off from the second: "Fighters looted homes in the town, survivors told Reuters" reads
    as "X …, Y told Z", and what is told is the first subject's clause, not the addressee.
    The nearer subject speaks (:func:`sitrep.extract.claim_speakers.source_of`); the first
    may also be a noun the parser left unlabelled ("dep") whose words hold a verb."""
    if verb.lemma_.lower() not in SPEECH_VERBS or any(c.dep_ == "ccomp" for c in verb.children):
        return None  # "Most voters in Alabama, Georgia … said they felt betrayed": its clause
    subjects = sorted((c for c in verb.children if c.dep_ == "nsubj" or (
        c.dep_ == "dep" and c.pos_ in {"NOUN", "PROPN"} and c.i < verb.i
        and any(t.pos_ == "VERB" for t in c.subtree))), key=lambda c: c.i)
    if len(subjects) != 2 or not subjects[1].i < verb.i or subjects[1].dep_ != "nsubj":
        return None
    first, second = subjects
    comma = first.right_edge.i + 1
    if comma + 1 != second.left_edge.i or verb.doc[comma].text != ",":
        return None
    return first


def after_semicolon(verb: Token, clause: Token) -> bool:
    """Whether a clause before a cue ends at a semicolon that starts the cue's own clause:
    in "Officials counted nine dead; the monitor reports 14" the monitor tells "14", and the
    clause before the semicolon is the writer's (or another source's)."""
    if clause.i > verb.i:
        return False
    return any(c.dep_ == "punct" and c.text == ";" and clause.right_edge.i < c.i < verb.i
               for c in verb.children)


# Words that open a subordinate clause an "as" aside may follow: "If A, as X said, B".
SUBORDINATORS = frozenset({"if", "when", "because", "since", "although", "though", "while",
                           "after", "before", "unless", "once"})


def fronted_aside(doc: Doc, verb: Token) -> list[Span]:
    """The clause an "as" aside right after a fronted subordinate clause tells: in "If they
    were carrying weapons, as the paper's source said, they were a military target" the source
    said they were carrying weapons, not that they were a target (the parser hangs the aside
    on the main verb). The clause without its subordinator; empty when the aside follows
    anything else ("The army, as SANA reported, withdrew": the rest of the sentence)."""
    first = verb.left_edge
    if first.lower_ != "as" or first.head.i != verb.i or first.i < 2 or doc[
            first.i - 1].text != ",":
        return []
    comma = first.i - 1
    host = verb.head  # the subordinate clause, or the main verb it hangs from
    for c in [host, *(c for c in host.children if c.dep_ == "advcl")]:
        opener = c.left_edge
        if (c.i < comma and opener.i == c.sent.start and opener.lower_ in SUBORDINATORS
                and opener.head.i == c.i and opener.i + 1 < comma - 1
                and (c.right_edge.i in {comma - 1, comma} or c is host)):
            return [tok_span(doc, [doc[opener.i + 1], doc[comma - 1]])]
    return []


def in_as_aside(verb: Token) -> bool:
    """Whether a cue verb heads an "as" aside set off at the start of a sentence or after a
    punctuation mark ("As SANA reported, …", "…, as residents told AFP, …"). Such a clause
    has a gap where its content would be ("as X said __"): a clause after it, however the
    parser hangs it, is not its complement."""
    first = verb.left_edge
    return first.lower_ == "as" and first.head.i == verb.i and first.dep_ == "mark" and (
        first.i == verb.sent.start or first.nbor(-1).is_punct)


def aside_host(verb: Token) -> Token:
    """The verb of the clause an "as" aside tells: the parser may hang "as SANA reported" on
    the subject noun it follows ("The army, as SANA reported, withdrew"), and the agency
    reported the withdrawal, not the army."""
    head = told_clause(verb)
    while head.pos_ in {"NOUN", "PROPN", "PRON"} and head.head.i != head.i:
        head = head.head
    return head


def as_told_to(verb: Token) -> bool:
    """Whether a "tell" in an "as" aside ("…, as residents told AFP, …") has only its
    addressee for an object: what it tells is the clause the aside hangs from."""
    return verb.lemma_.lower() == "tell" and in_as_aside(verb)


def around(sentence: Iterable[Token], cue_clause: set[int]) -> list[tuple[Token, Token]]:
    """The runs of the sentence (or clause) outside the cue's clause: the parts of an "X, he
    said, Y"."""
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


def with_complements(doc: Doc, verb: Token, content: Span) -> Span:
    """A content that is the cue's object, run on to the end of the complements after it.

    PolNeAR marks "called | him divisive", "criticized | her for the vote"; a complement set
    off by punctuation, or a time ("condemned the attack on Tuesday"), ends it.
    """
    end = content.end
    for c in sorted(verb.children, key=lambda c: c.i):
        if c.idx < content.end:
            continue
        if c.dep_ not in COMPLEMENT_DEPS or doc[c.left_edge.i - 1].is_punct or (
                c.dep_ in {"prep", "npadvmod"}
                and any(t.ent_type_ in {"DATE", "TIME"} for t in c.subtree)):
            break
        end = c.right_edge.idx + len(c.right_edge)
    return char_span(doc, content.start, end) if end > content.end else content


def relative_object(doc: Doc, verb: Token) -> list[Span]:
    """What a cue in a relative clause is about: "the style he prefers", "which he opposed".

    The relative pronoun when there is one, else the noun the clause modifies, without the
    clause; only when the clause has its own subject (the noun is the cue's object).
    """
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ in RELATIVE_PRONOUNS or verb.head.pos_ not in {"NOUN", "PRON"}:
        return []
    if any(c.dep_ in {"ccomp", "xcomp"} or c.dep_ == "prep" and not (
            _named_as(verb, c)) for c in verb.children):
        return []
    rel = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if rel is not None:
        return [tok_span(doc, [rel])] if rel.lower_ in RELATIVE_PRONOUNS | {"whom"} else []
    clause = {t.i for t in verb.subtree}
    head = [t for t in verb.head.subtree if t.i not in clause and t.i <= verb.head.i]
    return [tok_span(doc, head)] if head else []


def _named_as(verb: Token, prep: Token) -> bool:
    """"a charge the army dismissed as fabrication": an "as" phrase of a cue of denial in a
    relative clause says what the denier called the account, which is the noun the clause
    modifies."""
    return prep.lower_ == "as" and prep.i > verb.i and verb.lemma_.lower() in DENYING and not any(
        c.dep_ == "dobj" for c in verb.children)


def passive_content(doc: Doc, verb: Token, *, raising: bool = False, pronoun: bool = False
                    ) -> tuple[list[Span], list[Token]]:
    """(content parts, words joining them to the cue) of a passive cue with no clause.

    "The meeting was first reported by Politico", "Perez has been mentioned as a candidate",
    "He is accused of fraud": the subject is what is told, with the object of an "as", "of"
    or "for" right after the verb (PolNeAR keeps "by" out of the cue, "of" in it). With
    ``pronoun`` (a cue told through an infinitive: "which is expected to pass") a relative
    pronoun is the subject told too, as PolNeAR marks it.
    """
    deps = {"nsubjpass", "nsubj"} if raising else {"nsubjpass"}
    subject = next((c for c in verb.children if c.dep_ in deps), None)
    if subject is None or subject.lower_ == "it" or (
            subject.lower_ in RELATIVE_PRONOUNS and not pronoun):
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


def without_leading_aside(doc: Doc, part: Span) -> Span:
    """A content less a phrase set off by commas at its start: in "said, speaking on condition
    of anonymity, that the army had withdrawn" the participle tells how the speaker spoke, and
    the claim starts at "that"; so with any phrase right before the "that" of the clause told
    ("said, citing intelligence, that …", "said, without providing evidence, that …")."""
    span = doc.char_span(part.start, part.end, alignment_mode="expand")
    if span is None or len(span) < 4:
        return part
    first = next((t for t in span if not t.is_punct), span[0])
    comma = first.right_edge.i + 1
    if (first.tag_ in {"VBG", "VBN"} and first.dep_ == "advcl" and first.left_edge.i == first.i
            and comma < span.end - 2 and doc[comma].text == ","):
        return char_span(doc, doc[comma + 1].idx, part.end)
    mark = _mark_after_aside(span, first)
    return char_span(doc, doc[mark].idx, part.end) if mark is not None else part


def _mark_after_aside(span: SpacySpan, first: Token) -> int | None:
    """The index of the "that" right after a phrase set off by a comma that opens ``span``
    (the phrase headed by the highest word that ``first`` begins), None if there is none."""
    doc = span.doc
    top = first
    while top.head.i != top.i and top.head.left_edge.i == first.i and (
            span.start <= top.head.i < span.end and top.head.dep_ not in {"ccomp", "ROOT"}):
        top = top.head
    if top.dep_ not in {"prep", "advcl", "npadvmod"}:
        return None
    comma = top.right_edge.i if doc[top.right_edge.i].text == "," else top.right_edge.i + 1
    mark = comma + 1
    if comma < mark < span.end - 2 and doc[comma].text == "," and doc[mark].lower_ == "that" and (
            doc[mark].dep_ == "mark"):
        return mark
    return None


def without_trailing_aside(doc: Doc, part: Span) -> Span:
    """A content less a "which" clause set off by a comma at its end: "said the vote was
    delayed to May, which is after the deadline" tells the delay; the writer adds the rest.
    A "who" clause stays ("confirmed the death of X, who was killed when …": what befell
    the person is often what was confirmed)."""
    span = doc.char_span(part.start, part.end, alignment_mode="expand")
    if span is None or len(span) < 4:
        return part
    last = max((t.i for t in span if not t.is_punct), default=span.start)
    for tok in span:
        comma = tok.left_edge.i - 1
        if (tok.dep_ == "relcl" and tok.right_edge.i == last and comma > span.start + 1
                and doc[comma].text == "," and span.start <= tok.head.i < comma
                and tok.left_edge.lower_ == "which"):
            return char_span(doc, part.start, doc[comma - 1].idx + len(doc[comma - 1]))
    return part


# Between a cue (and its source) set inside a sentence and the words after it: a comma, and
# the quotation mark a quote opens with ("The harvest, he said, “was …”").
SET_IN_GAP_RE = re.compile(r"\s*,\s*[“\"'‘`]*\s*")
QUOTE_MARK_RE = re.compile(r"“|”|\"|''|``")
# Words that join a sentence to the one before it: the writer's, not what the cue tells
# ("But, she said, …", "Still, he added, …").
CONNECTIVES = frozenset({
    "and", "but", "yet", "so", "still", "however", "meanwhile", "moreover", "indeed",
    "instead", "nonetheless", "nevertheless", "besides", "furthermore", "in addition",
    "after all", "of course", "in fact", "and yet", "but then",
})
# Where a clause joined to an earlier one starts: "…, and coincidentally, he said, …" tells
# only "coincidentally" and what follows the cue.
JOINED_CLAUSE_RE = re.compile(r"(?:^|[,;:—–]\s*|\s-\s*)(?:and|but|or|so|yet)\b\s*|\s[—–-]\s+",
                              re.IGNORECASE)


def set_in(doc: Doc, drafts: list[Draft]) -> None:
    """A cue set inside what it tells, between commas, tells the words before it too: in
    "Before the storm, the mayor said, most residents left" and "Ticket sales, according to
    the organisers, have doubled" the content runs from the sentence's start over the cue
    (the parts on both sides are what PolNeAR marks). Only where the words before the cue
    and its source end in a comma, hold no quotation mark (a quote there is a claim of its
    own) and no other claim's cue, and the content starts right after the cue's comma. The
    words start after the last clause joined by a conjunction or a dash ("…, and also, he
    said, …"); a lone connective ("But, she said, …") and a quoted sentence after the cue
    (', Trump said, “I will …”') leave the content as it was. The subject of a passive cue
    with no source is told too (:mod:`sitrep.extract.content_subjects`)."""
    told_with_subject(doc, drafts)
    text = doc_text(doc)
    for d in drafts:
        edges = [(d.cue.start, d.cue.end)]
        if d.source is not None:
            edges.append((d.source.start, d.source.end))
        seg_start, seg_end = min(s for s, _ in edges), max(e for _, e in edges)
        if len(edges) == 2 and len(re.findall(r"\w+", text[min(e for _, e in edges):max(
                s for s, _ in edges)])) > 2:
            continue  # "she sent an email saying, …": the cue is no aside
        if _told_after(text, d, seg_start, seg_end):
            end = d.sentence.end_char
            if not any(o is not d and seg_end <= o.cue.start < end for o in drafts):
                d.content = char_span(doc, d.content.start, end)
            continue
        if d.content.start < seg_end or not SET_IN_GAP_RE.fullmatch(
                text[seg_end:d.content.start]):
            continue
        start = d.sentence.start_char
        before = text[start:seg_start].rstrip()
        if not before.endswith(",") or not any(ch.isalpha() for ch in before) or (
                QUOTE_MARK_RE.search(before) or "\n" in before.strip()):
            continue
        if any(o is not d and start <= o.cue.start < seg_start for o in drafts):
            continue
        joined = list(JOINED_CLAUSE_RE.finditer(before))
        if joined:
            start += joined[-1].end()
            before = before[joined[-1].end():]
        if " ".join(before[:-1].lower().split()) in CONNECTIVES or not any(
                ch.isalpha() for ch in before):
            continue
        if QUOTE_MARK_RE.search(text[seg_end:d.content.start]) and not text[
                d.content.start:d.content.start + 1].islower():
            continue  # ', Trump said, “I will …”': a quoted sentence of its own
        d.content = char_span(doc, start, d.content.end)


# Clauses after a trailing cue set off by commas that go on with what is told: "X, he said,
# because Y", "It is no surprise, she said, that Y".
TOLD_AFTER_RE = re.compile(r"\s*,\s*(?:because|that)\b", re.IGNORECASE)


def _told_after(text: str, d: Draft, seg_start: int, seg_end: int) -> bool:
    """Whether a content before its cue and source goes on after them: only a comma (and a
    closing quotation mark) between the content and the cue, and a "because" or "that"
    clause after the cue's comma."""
    return d.content.end <= seg_start and bool(
        re.fullmatch(r"[\s,”\"'’]*,[\s”\"'’]*", text[d.content.end:seg_start])) and bool(
        TOLD_AFTER_RE.match(text, seg_end)) and seg_end < d.sentence.end_char


def across_according(doc: Doc, verb: Token, obj: Token) -> Span | None:
    """The clause a cue verb tells when the parser cut it at an "according to" set off inside
    it: "He said the strike, according to the army, hit a weapons depot" (the parser takes
    "the strike" for the object of "said" and hangs "hit" on it as an adverbial clause with no
    subject): the object's words through the end of that verb's phrase; None for any other
    object."""
    comma = obj.right_edge.i + 1
    if obj.dep_ != "dobj" or obj.pos_ not in {"NOUN", "PROPN"} or comma + 2 >= len(doc) or (
            doc[comma].text != "," or doc[comma + 1].lower_ != "according"
            or doc[comma + 2].lower_ != "to"):
        return None
    told = doc[comma + 1].head
    if told.head.i != verb.i or told.i <= comma or told.pos_ not in {"VERB", "AUX"} or any(
            c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in told.children) or not any(
            t.text == "," and t.i > comma for t in doc[comma + 1:told.i]):
        return None
    return tok_span(doc, [obj.left_edge, told.right_edge])


def after_anonymity(verb: Token, anonymity: re.Pattern[str]) -> Token | None:
    """The clause a cue tells after an anonymity note that the parser hung it on: "Two
    residents told AFP on condition of anonymity that the militants had left" (the "that"
    clause taken for a relative clause of "condition"): a clause opened by "that" with a
    subject of its own, under a phrase after the verb whose words are the note."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i < verb.i:
            continue
        note = " ".join(t.lower_ for t in prep.subtree)
        if anonymity.search(note) is None:
            continue
        for t in prep.subtree:
            first = t.left_edge
            if t.dep_ in TOLD_DEPS and first.lower_ == "that" and first.i > prep.i and any(
                    c.dep_ in {"nsubj", "nsubjpass"} and c.i != first.i for c in t.children):
                return t
    return None
