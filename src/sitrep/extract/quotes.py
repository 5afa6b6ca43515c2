"""Direct quotes: where quotations begin and end, and who is quoted.

Quotation marks are paired paragraph by paragraph, as English typography sets them: a quote
never closes in a later paragraph, and a quote left open at the end of a paragraph runs on
into the next one, which opens with a mark again (“… ¶ “… ”). Curly (“ ”), straight (") and
doubled (`` '' or '' '') marks are all read.

A quote is attributed by a trailer (“…,” X said), a lead-in (X said: “…”), a name and a colon
(Trump: “…”), or, when it has none, as the continuation of the previous quote of the same
paragraph, of the quote that ran on from the paragraph before, or of the quote and trailer that
end the paragraph just before (“…,” she said.¶“…”). A cue after a quote that tells a clause of
its own (“….” Later, Ruiz said he …) or that leads into the next quote (“….” She added, “…”)
is no trailer. A short quote is a scare quote unless it is a sentence of its own. A quote
inside the clause its cue tells (X said the plan was “…” in the end) is part of an indirect
claim whose content is that whole clause.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from sitrep.extract.claim_draft import Draft, char_span, tok_span
from sitrep.extract.claim_lexicon import Lexicon, load_lexicon, verb_cue
from sitrep.extract.claim_reach import quoted_as
from sitrep.extract.claim_source_spans import source_span
from sitrep.extract.claim_source_types import type_source
from sitrep.extract.claim_spans import cue_tokens
from sitrep.extract.claim_speakers import source_of
from sitrep.model import Article, Span, Stance
from sitrep.nlp import doc_text

MARK_RE = re.compile(r"“|”|\"|''|``")
OPENING = {"“", "``"}
CLOSING = {"”"}
DASHES = frozenset({"-", "–", "—", "--"})
# A quote shorter than this is a scare quote unless a cue stands right next to it.
MIN_QUOTE_WORDS = 6


@dataclass(frozen=True)
class Quote:
    """A quotation: its marks (``start``, ``end``) and the words inside (``inner_*``)."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    closed: bool  # False: left open at the end of its paragraph, to run on into the next


def find_quotes(text: str, start: int = 0) -> tuple[Quote, ...]:
    """Every quotation in ``text`` from ``start``, in order, paired within paragraphs."""
    quotes: list[Quote] = []
    for para in re.finditer(r"[^\n]+", text[start:]):
        p_start, p_end = para.start() + start, para.end() + start
        opened: re.Match[str] | None = None
        for m in MARK_RE.finditer(text, p_start, p_end):
            mark = m.group()
            if opened is None:
                if mark not in CLOSING:
                    opened = m
                continue
            if mark in OPENING:  # an opening mark inside an open quote: the first was stray
                opened = m
                continue
            if m.start() - opened.end() >= 2:
                quotes.append(Quote(opened.start(), m.end(), opened.end(), m.start(), True))
            opened = None
        if opened is not None:
            inner_end = p_end
            while inner_end > opened.end() and text[inner_end - 1].isspace():
                inner_end -= 1
            if len(text[opened.end():inner_end].split()) >= 2:
                quotes.append(Quote(opened.start(), inner_end, opened.end(), inner_end, False))
    return tuple(quotes)


def _word_count(text: str, q: Quote) -> int:
    return len(text[q.inner_start:q.inner_end].split())


def _trailer(doc: Doc, q: Quote, lex: Lexicon) -> Token | None:
    """The cue verb after a quote (“…,” he said), in the same sentence and close to it."""
    text = doc_text(doc)
    if not q.closed:
        return None
    after = doc.char_span(q.end, min(len(text), q.end + 160), alignment_mode="expand")
    if after is None:
        return None
    ends_sentence = text[q.inner_end - 1] in ".!?"
    for k, tok in enumerate(after):
        if "\n" in tok.text or tok.text in {"“", '"', "''", "``", ".", "!", "?", ";"}:
            return None
        if tok.dep_ == "relcl" and after[0].i <= tok.head.i < tok.i:
            continue  # “…,” Cruz, who has proposed a rival bill, said: the speaker's clause
        if verb_cue(tok, lex) is not None and (k <= (3 if ends_sentence else 8) or any(
                c.dep_ == "nsubj" and c.left_edge.i == after[0].i for c in tok.children)):
            # “…,” Jane Roe, a rabbi who led the march, said: a speaker set off by an
            # apposition may stand further from the quote
            return None if _own_clause(tok) or ends_sentence and _leads_in(doc, tok) else tok
        if k > (3 if ends_sentence else 8) and after[0].pos_ not in {"PROPN", "PRON"}:
            return None
    return None


def _leads_in(doc: Doc, verb: Token) -> bool:
    """Whether a cue verb introduces the quote that follows it: “….” She added, “…”."""
    end = max(t.idx + len(t) for t in cue_tokens(verb))
    return re.match(r"\s*[,:]?\s*(?:“|\"|``|'')", doc_text(doc)[end:end + 6]) is not None


def _own_clause(verb: Token) -> bool:
    """Whether a cue verb after a quote tells a clause of its own ("“….” Later, Ruiz said
    he had …", "…, adding that …"): then it starts a new statement and is no trailer of the
    quote. In "“…,” said Jane Roe, half joking" the parser may take the speaker after a
    finite verb without a subject for the subject of a clause of the verb's: a trailer."""
    end = max(t.i for t in cue_tokens(verb))
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.left_edge.i == end + 1),
                  None)
    if clause is None:
        return False
    inverted = verb.tag_ in {"VBD", "VBZ", "VBP"} and not any(
        c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children) and any(
        c.dep_ == "nsubj" and c.pos_ == "PROPN" and c.left_edge.i == end + 1
        for c in clause.children)
    return not inverted


def _lead_in(doc: Doc, q: Quote, article: Article, lex: Lexicon) -> Token | None:
    """The cue verb before a quote (X said: “…”), in the same sentence."""
    before = doc.char_span(max(article.body_start, q.start - 160), q.start,
                           alignment_mode="contract")
    if before is None:
        return None
    for tok in reversed(before):
        if "\n" in tok.text_with_ws and tok.idx < q.start - 2 or tok.text in {".", "!", "?"}:
            return None
        if verb_cue(tok, lex) is not None:
            return tok
    return None


def _adjacent_lead_in(doc: Doc, q: Quote, article: Article, lex: Lexicon) -> Token | None:
    """A cue verb right before a short quote, nothing but a comma or colon between: said, “No.”"""
    tok = _lead_in(doc, q, article, lex)
    if tok is None:
        return None
    end = max(t.idx + len(t) for t in cue_tokens(tok))
    return tok if not doc_text(doc)[end:q.start].strip(" ,:") else None


def lex_stance(tok: Token, lex: Lexicon) -> Stance:
    cue = verb_cue(tok, lex)
    return cue.stance if cue is not None else "asserts"


def _mixed(doc: Doc, cue_tok: Token, q: Quote) -> bool:
    """Whether a quote after its cue is part of the cue's own clause: 'said the plan “…”'.

    Words of the clause stand between the cue and the quote; a lead-in that ends in a colon
    or a comma ("said in a statement on Monday: “…”") introduces the quote instead, unless
    the gap opens with "that" ('said that in 2009, “…”': the quote ends the that-clause).
    """
    end = max(t.idx + len(t) for t in cue_tokens(cue_tok))
    gap = doc_text(doc)[end:q.start].strip()
    return bool(re.search(r"\w", gap)) and (not gap.endswith((":", ",")) or bool(
        re.match(r"that\b", gap, re.IGNORECASE)))


def _clause_end(cue_tok: Token, q: Quote) -> int:
    """Where the clause told by a cue ends, when it holds the quote: "said the budget was “…”
    despite the deficit" runs on after the quote's end."""
    for c in cue_tok.children:
        if c.dep_ == "ccomp" and c.i > cue_tok.i and c.left_edge.idx < q.inner_start and (
                q.inner_end <= c.right_edge.idx + len(c.right_edge)):
            return c.right_edge.idx + len(c.right_edge)
    return q.inner_end


def _clause_start(cue_tok: Token, cue: Span, q: Quote) -> int:
    """Where the clause told by a cue starts, when it holds the quote: "told reporters on
    Friday that the bill “…”" tells "that the bill “…”", not the hearer or the time before it."""
    for c in cue_tok.children:
        if c.dep_ == "ccomp" and cue.end <= c.left_edge.idx < q.inner_start:
            return c.left_edge.idx
    return cue.end


def _colon_speaker(doc: Doc, q: Quote) -> tuple[Span, Span] | None:
    """(source, cue) of a quote introduced by a name and a colon: 'Trump: “…”'.

    The name opens its sentence or follows a dash, as a digest of quotes sets it after a
    summary line: 'Turnout held up - Ana Ruiz and Tom Bell: “…”'.
    """
    colon = doc.char_span(q.start - 2, q.start, alignment_mode="expand")
    if colon is None or not colon.text.rstrip().endswith(":"):
        return None
    tok = next(t for t in colon if t.text == ":") if ":" in [t.text for t in colon] else None
    if tok is None or tok.i == 0:
        return None
    name = doc[tok.i - 1]
    start = name.i
    while start > 0 and not doc[start - 1].is_sent_start and (
            doc[start - 1].pos_ == "PROPN" or doc[start - 1].lower_ in {"and", "&"}
            and start > 1 and doc[start - 2].pos_ == "PROPN"):
        start -= 1
    if name.pos_ in {"NOUN", "PROPN"} and doc[name.left_edge.i - 1].lower_ == "from" and (
            name.left_edge.i > 0):
        # 'More from the report: “…”', 'From Haddad: “…”': a digest's next excerpt
        start = min(start, name.left_edge.i)
        lead = doc[start - 1]
        before = doc[lead.i - 1] if lead.i > 0 else None
        if before is not None and before.lower_ == "more" and not lead.is_sent_start:
            lead = before
        return (tok_span(doc, doc[start:name.i + 1]), Span(tok.idx, tok.idx + 1, ":")) if (
            _opens(doc, lead.i)) else None
    if name.pos_ != "PROPN" or not _opens(doc, start):
        return None
    return tok_span(doc, doc[start:name.i + 1]), Span(tok.idx, tok.idx + 1, ":")


def _opens(doc: Doc, i: int) -> bool:
    """Whether token ``i`` opens its sentence or paragraph, or follows a spaced dash."""
    return i == 0 or doc[i].is_sent_start or "\n" in doc[i - 1].text_with_ws or (
        doc[i - 1].text in DASHES and doc[i - 1].whitespace_ != "")


def _whole_sentence(text: str, q: Quote) -> bool:
    """Whether a quote is a sentence of its own (“Both sides listened.”), not words quoted
    inside the writer's sentence (a “photo opportunity”)."""
    before = text[:q.start].rstrip()
    inner = text[q.inner_start:q.inner_end].strip()
    return bool(inner) and inner[0].isupper() and inner[-1] in ".!?" and (
        not before or before[-1] in ".!?”\"'\n" or "\n" in text[len(before):q.start])


def _continues(text: str, prev: Draft | None, prev_quote: Quote | None, q: Quote) -> bool:
    """Whether quote ``q`` goes on with the previous quote's speaker."""
    if prev is None or prev.kind != "direct" or prev_quote is None:
        return False
    between = text[prev_quote.end:q.start]
    if "\n" not in between:
        return True  # the same paragraph
    if not prev_quote.closed:
        return not between.strip()  # a quote run on over paragraphs
    # a paragraph that opens with a quote, right after the paragraph of the speaker's quote
    # and its trailer: “…,” she said.¶“…”
    rest, _, gap = between.partition("\n")
    return not gap.strip() and not re.search(r"[.!?]\s+\S", rest)


def quote_claims(doc: Doc, article: Article, lex: Lexicon,
                 quotes: tuple[Quote, ...]) -> list[Draft]:
    """A direct claim for every attributed quotation of the article body."""
    drafts: list[Draft] = []
    text = doc_text(doc)
    last_quote: Quote | None = None
    run_on: list[Quote] = []  # quotes left open with no speaker, run on into this one
    for q in quotes:
        if q.start < article.body_start:
            continue
        if run_on and not _runs_on(text, run_on[-1], q):
            run_on = []
        words = _word_count(text, q)
        cue_tok = _trailer(doc, q, lex)
        if words < MIN_QUOTE_WORDS and (cue_tok is None or text[q.inner_end - 1] not in ",.!?"):
            cue_tok = _adjacent_lead_in(doc, q, article, lex)
            if cue_tok is None and not (last_quote is not None and (
                    not last_quote.closed or _whole_sentence(text, q))
                    and _continues(text, drafts[-1], last_quote, q)):
                if _opens_paragraph(text, q) and not q.closed:
                    run_on.append(q)  # '“The shelling never stops.¶“…,” said X'
                continue  # short scare quotes belong to the sentence's own attribution
        elif cue_tok is None and (words < 3 or _colon_speaker(doc, q) is None):
            # 'Aid groups warn - Sara Lind: “…”': a name and a colon right before the quote
            # speak it, not a verb before the dash (the colon path below)
            cue_tok = _lead_in(doc, q, article, lex)
            if cue_tok is not None and _mixed(doc, cue_tok, q):
                # he said the plan “…”: a mixed quote, told from the cue to the quote's end
                cue = tok_span(doc, cue_tokens(cue_tok))
                subj, stance = source_of(cue_tok), lex_stance(cue_tok, lex)
                src = source_span(doc, subj, cue=cue_tok) if subj is not None else None
                end = max(q.inner_end, _clause_end(cue_tok, q))
                drafts.append(Draft(src, cue, char_span(doc, _clause_start(cue_tok, cue, q), end),
                                    "indirect",
                                    stance, "certain", cue_tok.sent, verb=cue_tok.i))
                last_quote = q
                continue
        prev_cue = drafts[-1].cue.start if drafts else -1
        if cue_tok is not None and cue_tok.idx == prev_cue and cue_tok.idx < q.start:
            cue_tok = None  # the trailer of the previous quote: this quote continues it
        sentence = doc.char_span(q.inner_start, q.inner_end, alignment_mode="expand")
        sent = sentence[0].sent if sentence is not None and len(sentence) else None
        content_span = char_span(doc, q.inner_start, q.inner_end)
        if cue_tok is None:
            colon = _colon_speaker(doc, q) if words >= 3 else None
            colon = colon or (_dash_trailer(doc, q) if words >= 3 else None)
            if colon is not None and sent is not None:
                drafts.append(Draft(colon[0], colon[1], content_span,
                                    "direct", "asserts", "certain", sent))
                last_quote = q
                continue
            prev = drafts[-1] if drafts else None
            if prev is not None and _continues(text, prev, last_quote, q):
                drafts.append(Draft(prev.source, prev.cue, content_span,
                                    "direct", "asserts", "certain", sent or prev.sentence,
                                    prev.canonical, prev.source_type))
                last_quote = q
            elif not q.closed and sent is not None and _opens_paragraph(text, q):
                run_on.append(q)  # '“… every night,¶“and on the fourth day …,” he said'
            continue
        subj = source_of(cue_tok)
        cue_toks = cue_tokens(cue_tok)
        passive = _quoted_as_saying(cue_tok)
        if passive is not None:  # 'X is quoted as saying: "…"': X's, cue "is quoted as saying"
            subj, cue_toks = passive[0], [*cue_tokens(passive[1]), cue_tok]
        src = source_span(doc, subj, cue=cue_tok) if subj is not None else None
        if src is not None and cue_tok.idx >= q.end:
            src = _whole_trailer_speaker(doc, q, src)
        cue_def = verb_cue(cue_tok, lex)
        assert cue_def is not None
        if sent is not None and cue_tok.idx >= q.end and sent.start_char < q.start:
            content_span = _from_sentence_start(doc, sent.start_char, q, content_span, lex)
        if run_on and cue_tok.idx >= q.end:  # the speaker of the whole run, named at its end
            for earlier in run_on:
                part = char_span(doc, earlier.inner_start, earlier.inner_end)
                first = doc.char_span(earlier.inner_start, earlier.inner_end,
                                      alignment_mode="expand")
                if first is not None and len(first):
                    drafts.append(Draft(src, tok_span(doc, cue_toks), part, "direct",
                                        cue_def.stance, "certain", first[0].sent))
        run_on = []
        drafts.append(Draft(src, tok_span(doc, cue_toks), content_span,
                            "direct", cue_def.stance, "certain", cue_tok.sent))
        last_quote = q
    return drafts


def _opens_paragraph(text: str, q: Quote) -> bool:
    """Whether a quote opens its paragraph."""
    return not text[text.rfind("\n", 0, q.start) + 1:q.start].strip()


def _runs_on(text: str, open_quote: Quote, q: Quote) -> bool:
    """Whether quote ``q`` opens the paragraph right after ``open_quote``, which its paragraph
    left open: the wire convention of a quote over paragraphs (no closing mark at the end of
    a paragraph, an opening mark at the start of the next)."""
    between = text[open_quote.end:q.start]
    return not open_quote.closed and "\n" in between and not between.strip()


def _quoted_as_saying(said: Token) -> tuple[Token, Token] | None:
    """(the one quoted, the verb "quoted") when a cue verb is the "saying" of a passive "X was
    quoted (by Y) as saying" (:func:`sitrep.extract.claim_reach.quoted_as`), else None."""
    as_ = said.head
    if as_.lower_ != "as" or said.dep_ not in {"pcomp", "pobj"}:
        return None
    found = quoted_as(as_.head)
    return (found[0], as_.head) if found is not None and found[1].i == said.i else None


# “…” — Ahmed Saleh, a farmer in Khan Younis: a quote closed by a dash and its speaker's name,
# to the end of the paragraph (a pull quote or an epigraph).
DASH_TRAILER_RE = re.compile(r"[ \t]*(?P<dash>\u2014|\u2013|--|-)[ \t]*(?P<name>[A-Z][^\n]{1,100}?)"
                             r"[ \t.]*$", re.MULTILINE)


def _dash_trailer(doc: Doc, q: Quote) -> tuple[Span, Span] | None:
    """(speaker, dash) of a quote closed by a dash and a name that end its paragraph: the name
    is a person or an organisation (its first word, or a proper noun), with no verb in lower
    case."""
    m = DASH_TRAILER_RE.match(doc_text(doc), q.end)
    if m is None:
        return None
    name = doc.char_span(m.start("name"), m.end("name"), alignment_mode="expand")
    if name is None or name[0].ent_type_ not in {"PERSON", "ORG"} and name[0].pos_ != "PROPN":
        return None
    if any(t.pos_ in {"VERB", "AUX"} and t.is_lower for t in name):  # not "Sagaing" the place
        return None
    dash = m.start("dash")
    return char_span(doc, m.start("name"), m.end("name")), Span(dash, m.end("dash"),
                                                                m.group("dash"))


def _whole_trailer_speaker(doc: Doc, q: Quote, src: Span) -> Span:
    """“…,” the mayors of Gao and Mopti, both members of the opposition, said: the parser may
    take the apposition for the subject; the noun phrase between the quote and it, set off by
    a comma, is the speaker too (PolNeAR marks the whole)."""
    text = doc_text(doc)
    before = doc.char_span(q.end, src.start, alignment_mode="contract")
    if before is None or not text[q.end:src.start].rstrip().endswith(",") or text[
            q.inner_end - 1] not in ",!?":  # “…,” the mayors, …: a trailer, not “…” income, he
        return src
    words = [t for t in before if not t.is_punct and not t.is_space]
    if not words or words[0].pos_ not in {"DET", "PROPN", "NOUN", "ADJ", "NUM"} or any(
            t.pos_ in {"VERB", "AUX", "ADV"} or t.lower_ in {"that", "which", "who"}
            for t in words) or not any(t.pos_ in {"PROPN", "NOUN"} for t in words):
        return src
    return char_span(doc, words[0].idx, src.end)


# What ends the words before a quote that introduce it rather than run into it.
INTRODUCERS = (":", "\u2014", "\u2013", "-", "(")


def _from_sentence_start(doc: Doc, start: int, q: Quote, content: Span, lex: Lexicon
                         ) -> Span:
    """A quote that opens inside its sentence, told by a cue after it, is told with the words
    before it: 'Trump is a “change agent,” Cole said.' (PolNeAR train: from the sentence's
    start in 82 such claims, the quote alone in 23, mostly after a colon or a dash), also
    one word ('But “…,”', 'Voters “…,”': on train 17 contents became gold-exact, none lost)
    and a phrase set off by a comma ('Sooner or later, “…,”': 12 gained, 4 lost).
    Words that hold a cue of their own ("Ruiz said the plan was “…,” Cole added") stay out."""
    before = doc_text(doc)[start:q.start]
    lead = doc.char_span(start, q.start, alignment_mode="contract")
    if (not re.search(r"\w", before) or before.rstrip().endswith(INTRODUCERS)
            or MARK_RE.search(before) or lead is None
            or any(verb_cue(t, lex) is not None for t in lead)):
        return content
    return char_span(doc, start + len(before) - len(before.lstrip()), content.end)


# Labels an editor sets before a colon that name no speaker ("Update: …", "Photo: …").
EDITORIAL_LABELS = frozenset({
    "update", "updated", "note", "editor's note", "editors note", "correction", "related",
    "watch", "read", "read more", "see", "photo", "photos", "video", "image", "source",
    "sources", "credit", "caption", "advertisement", "share", "tags", "topics", "listen",
    "click", "also", "more", "follow", "subscribe", "warning", "breaking", "exclusive",
    # headline kickers and agency formats: "The Latest: …", "BOOM: …", "Revealed: …"
    "the latest", "revealed", "byline", "wow", "boom", "busted", "bombshell", "look",
    "paid notice", "video transcript", "transcript", "delegate update",
})
# Matched at a paragraph's start (``match`` with ``pos``: a "^" would only match at the start of
# the text).
SPEAKER_LINE_RE = re.compile(
    r"[ \t]*(?P<name>[A-Z][\w.'’&-]*(?:[ \t]+(?:[A-Z][\w.'’&-]*|of|the|and|de|van|von)){0,4})"
    r"[ \t]*(?P<colon>:)[ \t]*(?P<rest>.*)$")
# A headline's speaker named by role, in sentence case: "Syrian army: …", "UN envoy: …",
# "Hamas official: …" (:func:`_role_named`).
ROLE_LINE_RE = re.compile(
    r"[ \t]*(?P<name>[A-Z][\w.'’&-]*(?:[ \t]+[\w.'’&-]+){1,3})"
    r"[ \t]*(?P<colon>:)[ \t]*(?P<rest>.*)$")


def _role_named(name: str) -> bool:
    """Whether a headline's label names a speaker by role or kind, typed by
    ``knowledge/sources.tsv`` ("Syrian army", "UN envoy", "Hamas official", "Ukraine's air
    force"); "The reason is simple", "Key facts" type as no source."""
    return type_source(name, load_lexicon())[0] != "unknown"


def _named(doc: Doc, start: int, end: int) -> bool:
    """Whether the words between two offsets name a person or an organisation."""
    return any(e.label_ in {"PERSON", "ORG", "NORP"} and e.start_char < end and start < e.end_char
               for e in doc.ents)


def _surname(name: str) -> str:
    """The last word of a speaker's name: a transcript names "KATE SMITH" once, then "SMITH"."""
    return name.split()[-1].lower()


def speaker_lines(doc: Doc, article: Article) -> list[Draft]:
    """Words set after a speaker's name and a colon at the start of a paragraph.

    Transcripts ("Q: …", "SMITH: …") and headlines ("Trump: My plans aren't set in stone")
    give the speaker that way; the words run to the end of the paragraph, or fill the next
    paragraph when the colon ends its own. The name before the colon is a speaker when it
    names a person or an organisation, when it takes turns (it heads two paragraphs or more,
    counted by its last word: "KATE SMITH:" then "SMITH:")
    or in the first paragraph (a headline: "Poll: Trump leads"); other labels further down
    ("Iowa: …", "Stat of the week: …") are not.
    """
    drafts: list[Draft] = []
    text = doc_text(doc)
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)
                  if m.start() >= article.body_start]
    lines = [SPEAKER_LINE_RE.match(text, p_start, p_end) for p_start, p_end in paragraphs]
    if paragraphs and lines[0] is None:  # a headline's speaker named by role: "UN envoy: …"
        role = ROLE_LINE_RE.match(text, *paragraphs[0])
        lines[0] = role if role is not None and _role_named(role.group("name")) else None
    turns = Counter(_surname(m.group("name")) for m in lines if m is not None)
    for k, (m, (_, p_end)) in enumerate(zip(lines, paragraphs, strict=True)):
        if m is None or m.group("name").lower().rstrip(".") in EDITORIAL_LABELS:
            continue
        if k and turns[_surname(m.group("name"))] < 2 and not _named(doc, m.start("name"),
                                                           m.end("name")):
            continue  # "Iowa: …", "Stat of the week: …": a label, unless it takes turns
        c_start, c_end = m.start("rest"), p_end
        if not m.group("rest").strip():
            if k + 1 >= len(paragraphs):
                continue
            c_start, c_end = paragraphs[k + 1]
        content = char_span(doc, c_start, c_end)
        if len(content.text.split()) < 2:
            continue
        name = doc.char_span(m.start("name"), m.end("name"), alignment_mode="expand")
        if name is None or any(t.pos_ in {"VERB", "AUX"} and t.i != name.start for t in name):
            continue
        colon = m.start("colon")
        drafts.append(Draft(char_span(doc, m.start("name"), m.end("name")),
                            Span(colon, colon + 1, ":"), content, "direct", "asserts",
                            "certain", name[0].sent))
    return drafts
