"""Attributed claims: who says what, with which cue, how sure, asserting or denying.

Rules on the dependency parse plus a few surface patterns, in the order an analyst reads:
1. direct quotes (“…”) with a trailer (“…,” X said) or a lead-in (X said: “…”), and quotes that
   continue a speaker's earlier quote in the same paragraph;
2. reporting verbs with a clause or object ("SANA reported", "Washington has denied the
   accusations", "which they say show …"), incl. the passive ("it was reported");
3. "according to X" and content-bearing nouns ("claims from X that …", "a report by X said");
4. certainty from hedge and verification cues, incl. a later "the reports are not yet confirmed";
5. a denial is linked to the claim it denies (nested "rejected claims … that …", or the latest
   claim of another source that it answers).
Sources are typed from ``knowledge/sources.tsv`` and resolved to the fullest name in the article.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from sitrep.extract.claim_spans import OBJECT_DEPS, around, contiguous, cue_tokens, prep_content
from sitrep.extract.flags import load_hedges
from sitrep.knowledge import read_table
from sitrep.model import Article, Certainty, Claim, ClaimKind, Source, Span, Stance, stable_id

PRONOUNS = {"he", "she", "they", "it", "we", "i"}
RELATIVE_PRONOUNS = {"which", "that", "who", "what"}
REPORTING_LEMMAS = {"report", "claim", "allege", "allegation", "accusation", "reports", "claims"}
QUOTE_RE = re.compile(r"[“\"]([^“”\"]{2,}?)[”\"]|''((?:(?!'')[^\n]){2,}?)''")
NOUN_CUE_RE = re.compile(
    r"\b(?P<cue>claims?|allegations?|accusations?|reports?|assertions?)\s+(?:from|by|of)\s+"
    r"(?P<src>[^,;]{2,120}?)\s+that\s+(?P<content>[^;]+?)[.!?]?$"
)
BACK_REFERENCE = {"report", "reports", "claim", "claims", "story", "accusation", "accusations",
                  "allegation", "allegations", "account", "accounts", "it"}


@dataclass(frozen=True)
class Cue:
    lemma: str
    pos: str
    stance: Stance
    certainty: Certainty


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, Cue]
    nouns: dict[str, Cue]
    source_names: tuple[tuple[re.Pattern[str], str, str], ...]  # pattern, type, canonical
    source_words: dict[str, str]
    hedges: tuple[tuple[str, Certainty], ...]  # lower-case term, certainty


@cache
def load_lexicon() -> Lexicon:
    cues = [Cue(r["cue"], r["pos"], r["stance"], r["certainty"])  # type: ignore[arg-type]
            for r in read_table("cues.tsv")]
    names = []
    words = {}
    for row in read_table("sources.tsv"):
        if row["kind"] == "name":
            pat = re.compile(rf"(?<![\w-]){re.escape(row['pattern'])}(?![\w-])")
            names.append((pat, row["type"], row["canonical"]))
        else:
            words[row["pattern"].lower()] = row["type"]
    names.sort(key=lambda n: -len(n[0].pattern))
    hedges: list[tuple[str, Certainty]] = [
        (h.term.lower(), "unconfirmed" if h.certainty == "unconfirmed" else "hedged")
        for h in load_hedges()
    ]
    return Lexicon(
        verbs={c.lemma: c for c in cues if c.pos == "verb"},
        nouns={c.lemma: c for c in cues if c.pos == "noun"},
        source_names=tuple(names),
        source_words=words,
        hedges=tuple(hedges),
    )


def _span(doc: Doc, start_char: int, end_char: int) -> Span:
    text = doc.text
    while start_char < end_char and text[start_char] in " ,;:—–-\n\"“”'‘’":
        start_char += 1
    while end_char > start_char and text[end_char - 1] in " ,;:—–\n\"“”'‘’":
        end_char -= 1
    return Span(start_char, end_char, text[start_char:end_char])


def _tok_span(doc: Doc, tokens: Iterable[Token]) -> Span:
    toks = sorted(tokens, key=lambda t: t.i)
    return _span(doc, toks[0].idx, toks[-1].idx + len(toks[-1]))


def _subtree_span(doc: Doc, token: Token) -> Span:
    return _tok_span(doc, [token.left_edge, token.right_edge])


def type_source(text: str, lex: Lexicon) -> tuple[str, str | None]:
    """(type, canonical name when the source is a known name) of a source phrase.

    The head of the phrase decides first ("Kurdish media in Syria" is media, not Syria).
    """
    head = re.split(r"\s+(?:in|of|from|at|on|for|with)\s+", text, maxsplit=1)[0]
    for part in (head, text):
        for pat, typ, canonical in lex.source_names:
            if pat.search(part) and (part is text or pat.search(head.split()[-1] if head else "")):
                return typ, canonical
        for word in reversed(re.findall(r"[A-Za-z]+", part.lower())):
            if word in lex.source_words:
                return lex.source_words[word], None
    return "unknown", None


def _clean_name(text: str) -> str:
    return re.sub(r"^(the|a|an)\s+", "", text.strip(), flags=re.I).strip(" ,")


class _Resolver:
    """Resolves pronouns and short names to the fullest earlier mention in the article."""

    def __init__(self, doc: Doc) -> None:
        self.ents = [e for e in doc.ents if e.label_ in {"ORG", "PERSON", "GPE", "NORP"}]
        self.last: str | None = None
        self.types: dict[str, str] = {}

    def canonical(self, src: Span, lex: Lexicon, *, sentence: SpacySpan) -> tuple[str | None, str]:
        low = src.text.lower()
        if low in PRONOUNS:
            earlier = [e for e in self.ents if sentence.start_char <= e.start_char < src.start
                       and e.label_ in {"ORG", "PERSON", "GPE"}]
            if earlier:
                name = _clean_name(earlier[0].text)
                return name, type_source(name, lex)[0]
            return self.last, type_source(self.last or "", lex)[0] if self.last else "unknown"
        typ, canonical = type_source(src.text, lex)
        persons = [e for e in self.ents if e.label_ == "PERSON"
                   and src.start <= e.start_char and e.end_char <= src.end]
        if persons:
            name = persons[-1].text
            fuller = [e.text for e in self.ents if e.label_ == "PERSON" and e.end_char <= src.start
                      and e.text.endswith(name) and len(e.text) > len(name)]
            name = fuller[-1] if fuller else name
            if typ == "unknown":
                typ = self.types.get(name, "official")
            return name, typ
        if canonical:
            return canonical, typ
        name = _clean_name(src.text)
        if typ == "unknown" and name in self.types:
            return name, self.types[name]
        if low.startswith("the ") and len(name.split()) <= 2:
            head = name.split()[-1].lower()
            for e in reversed(self.ents):
                if e.end_char <= src.start and head in e.text.lower().split():
                    return _clean_name(e.text), typ
        return name, typ


def _certainty(text: str, base: Certainty, lex: Lexicon) -> Certainty:
    low = f" {text.lower()} "
    found: Certainty = base
    for term, cert in lex.hedges:
        if re.search(rf"(?<![\w-]){re.escape(term)}(?![\w-])", low):
            if cert == "unconfirmed":
                return "unconfirmed"
            found = "hedged"
    return found


def _source_of(verb: Token) -> Token | None:
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    subjects.sort(key=lambda c: c.lower_ in RELATIVE_PRONOUNS)  # "which they say": they
    if subjects:
        return subjects[0]
    for child in verb.children:
        if child.dep_ == "agent":
            pobj = [c for c in child.children if c.dep_ == "pobj"]
            return pobj[0] if pobj else None
    if verb.dep_ in {"conj", "xcomp"} or verb.dep_ == "advcl" and verb.tag_ == "VBG":
        return _source_of(verb.head)  # "…, saying that …": the subject of the main verb
    return None


def _source_span(doc: Doc, subj: Token) -> Span:
    """The source phrase: the subject's subtree, or the agent of a 'report by X' subject."""
    if subj.lemma_.lower() in {"report", "statement"}:
        for prep in subj.children:
            if prep.dep_ == "prep" and prep.lower_ in {"by", "from", "of"}:
                pobj = [c for c in prep.children if c.dep_ == "pobj"]
                if pobj:
                    return _subtree_span(doc, pobj[0])
    clauses = {t.i for c in subj.children if c.dep_ in {"relcl", "acl"} for t in c.subtree}
    return _tok_span(doc, [t for t in subj.subtree if t.i not in clauses])


@dataclass
class _Draft:
    source: Span | None
    cue: Span
    content: Span
    kind: ClaimKind
    stance: Stance
    certainty: Certainty
    sentence: SpacySpan
    canonical: str | None = None
    source_type: str = "unknown"
    denies: int | None = None  # index into the draft list


def _trailer(doc: Doc, m: re.Match[str], lex: Lexicon) -> Token | None:
    """The cue verb after a quote ("…,” he said), in the same sentence and close to it."""
    text = doc.text
    after = doc.char_span(m.end(), min(len(text), m.end() + 160), alignment_mode="expand")
    if after is None:
        return None
    ends_sentence = text[_inner(m)[1] - 1] in ".!?"
    for k, tok in enumerate(after):
        if ("\n" in tok.text or tok.text in {"“", '"', "''", ".", "!", "?", ";"}
                or k > (3 if ends_sentence else 8)):
            return None
        if tok.pos_ in {"VERB", "AUX"} and tok.lemma_.lower() in lex.verbs:
            return tok
    return None


def _lead_in(doc: Doc, m: re.Match[str], article: Article, lex: Lexicon) -> Token | None:
    """The cue verb before a quote (X said: “…”), in the same sentence."""
    before = doc.char_span(max(article.body_start, m.start() - 160), m.start(),
                           alignment_mode="contract")
    if before is None:
        return None
    for tok in reversed(before):
        if "\n" in tok.text_with_ws and tok.idx < m.start() - 2 or tok.text in {".", "!", "?"}:
            return None
        if tok.pos_ in {"VERB", "AUX"} and tok.lemma_.lower() in lex.verbs:
            return tok
    return None


def _colon_speaker(doc: Doc, m: re.Match[str]) -> tuple[Span, Span] | None:
    """(source, cue) of a quote introduced by a name and a colon: 'Trump: “…”'."""
    colon = doc.char_span(m.start() - 2, m.start(), alignment_mode="expand")
    if colon is None or not colon.text.rstrip().endswith(":"):
        return None
    tok = next(t for t in colon if t.text == ":") if ":" in [t.text for t in colon] else None
    if tok is None or tok.i == 0:
        return None
    name = doc[tok.i - 1]
    start = name.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and not doc[start - 1].is_sent_start:
        start -= 1
    opens = doc[start].is_sent_start or "\n" in doc[start - 1].text_with_ws
    if name.pos_ != "PROPN" or not opens:
        return None
    return _tok_span(doc, doc[start:name.i + 1]), Span(tok.idx, tok.idx + 1, ":")


def _inner(m: re.Match[str]) -> tuple[int, int]:
    g = 1 if m.group(1) is not None else 2
    return m.start(g), m.end(g)


def _quotes(doc: Doc, article: Article, lex: Lexicon) -> list[_Draft]:
    drafts: list[_Draft] = []
    text = doc.text
    for m in QUOTE_RE.finditer(text, article.body_start):
        inner_start, inner_end = _inner(m)
        words = text[inner_start:inner_end].split()
        cue_tok = _trailer(doc, m, lex)
        if len(words) < 6 and (cue_tok is None or text[inner_end - 1] not in ",.!?"):
            continue  # short scare quotes belong to the sentence's own attribution
        if cue_tok is None and len(words) >= 6:
            cue_tok = _lead_in(doc, m, article, lex)
            content = next((c for c in cue_tok.children if c.dep_ == "ccomp"), None) if (
                cue_tok is not None) else None
            if cue_tok is not None and content is not None and (
                    cue_tok.i < content.left_edge.i and content.left_edge.idx < m.start()):
                continue  # he said the plan “…”: a mixed quote, the verb rule takes the clause
        prev_cue = drafts[-1].cue.start if drafts else -1
        if cue_tok is not None and cue_tok.idx == prev_cue and cue_tok.idx < m.start():
            cue_tok = None  # the trailer of the previous quote: this quote continues it
        sentence = doc.char_span(inner_start, inner_end, alignment_mode="expand")
        sent = sentence[0].sent if sentence is not None and len(sentence) else None
        if cue_tok is None:
            colon = _colon_speaker(doc, m) if len(words) >= 3 else None
            if colon is not None and sent is not None:
                drafts.append(_Draft(colon[0], colon[1], _span(doc, inner_start, inner_end),
                                     "direct", "asserts", "certain", sent))
                continue
            # a quote continuing the previous speaker's quote in the same paragraph
            prev = drafts[-1] if drafts else None
            if prev and prev.kind == "direct" and "\n" not in text[prev.content.end:m.start()]:
                drafts.append(_Draft(prev.source, prev.cue, _span(doc, inner_start, inner_end),
                                     "direct", "asserts", "certain", sent or prev.sentence,
                                     prev.canonical, prev.source_type))
            continue
        subj = _source_of(cue_tok)
        src = _source_span(doc, subj) if subj is not None else None
        cue_def = lex.verbs[cue_tok.lemma_.lower()]
        drafts.append(_Draft(src, _tok_span(doc, cue_tokens(cue_tok)),
                             _span(doc, inner_start, inner_end),
                             "direct", cue_def.stance, "certain", cue_tok.sent))
    return drafts


def _inside(span: Span, drafts: Iterable[_Draft]) -> bool:
    return any(d.kind == "direct" and d.content.start <= span.start < d.content.end
               for d in drafts)


def _content_of(tok: Token, cue_def: Cue) -> tuple[Token | None, Token | None]:
    """(head of the content, preposition that joins it to the cue) of a cue verb."""
    content_tok = next((c for c in tok.children if c.dep_ == "ccomp"), None)
    if content_tok is None and tok.dep_ == "relcl":  # "images which they say show ..."
        content_tok = next((c for c in tok.children if c.dep_ == "xcomp"), None)
    if content_tok is None and tok.dep_ == "ROOT":
        content_tok = next((c for c in tok.children if c.dep_ in {"ccomp", "parataxis"}), None)
    if content_tok is None:
        content_tok = next((c for c in tok.children if c.dep_ in OBJECT_DEPS
                            and not (c.dep_ == "dobj" and c.lower_ in RELATIVE_PRONOUNS)), None)
    if content_tok is None:
        joined = prep_content(tok)
        if joined is not None:
            return joined[1], joined[0]
    return content_tok, None


def _verb_claims(doc: Doc, article: Article, lex: Lexicon, quotes: list[_Draft]) -> list[_Draft]:
    drafts: list[_Draft] = []
    # words inside quotation marks are the quoted speaker's, told as part of that quote
    quoted = [_inner(m) for m in QUOTE_RE.finditer(doc.text, article.body_start)
              if len(m.group(0).split()) >= 6]
    used = {d.cue.start for d in quotes}
    for tok in doc:
        if tok.idx < article.body_start or tok.pos_ not in {"VERB", "AUX"}:
            continue
        cue_def = lex.verbs.get(tok.lemma_.lower())
        if cue_def is None or _inside(Span(tok.idx, tok.idx, ""), quotes) or any(
                s <= tok.idx < e for s, e in quoted):
            continue
        cue_toks = cue_tokens(tok)
        if any(t.idx in used for t in cue_toks):
            continue
        content_tok, prep = _content_of(tok, cue_def)
        parts: list[Span] = []
        if content_tok is None and tok.dep_ == "parataxis" and _source_of(tok) is not None:
            # "In Miami, Mr. Regalado said, Mr. Trump is seen as a bully": both sides
            clause = {t.i for t in tok.subtree}
            parts = [_tok_span(doc, [a, b]) for a, b in around(tok.sent, clause)]
        if content_tok is None and not parts:
            continue
        if content_tok is not None and content_tok.dep_ == "dobj" and any(
                t.dep_ == "relcl" and t.lemma_.lower() in lex.verbs for t in content_tok.subtree):
            continue  # "published images which they say show …": the claim is the inner one
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children)
        subj = _source_of(tok)
        if subj is None and not passive and tok.dep_ != "relcl":
            continue
        if subj is not None and subj.lower_ in RELATIVE_PRONOUNS - {"who"}:
            continue  # "which could indicate": an inference, not an attribution
        src = _source_span(doc, subj) if subj is not None else None
        if content_tok is not None:
            content = _subtree_span(doc, content_tok)
            if content.start < tok.idx < content.end:  # "which it says shows …": after the cue
                content = _span(doc, tok.idx + len(tok), content.end)
            parts = [content]
        if prep is not None:
            cue_toks = contiguous(tok, [*cue_toks, prep])
        cue_end = max(t.idx + len(t) for t in cue_toks)
        parts = [p for p in parts if p.text and not (p.start < tok.idx < p.end)
                 and not (src is not None and p.start <= src.start < p.end)]
        if not parts or any(p.start < cue_end and tok.idx < p.end for p in parts):
            continue
        neg = any(c.dep_ == "neg" for c in tok.children)
        stance: Stance = cue_def.stance
        if neg and stance == "asserts" and tok.lemma_.lower() in {"confirm"}:
            continue  # "did not confirm" is a statement about verification, handled below
        for content in parts:
            certainty = _certainty(content.text, cue_def.certainty, lex)
            drafts.append(_Draft(src, _tok_span(doc, cue_toks), content,
                                 "sourceless" if src is None else "indirect", stance, certainty,
                                 tok.sent))
    return drafts


def _noun_claims(doc: Doc, article: Article, lex: Lexicon) -> list[_Draft]:
    drafts: list[_Draft] = []
    for sent in doc.sents:
        if sent.start_char < article.body_start:
            continue
        for tok in sent:
            if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
                pobj = [c for c in doc[tok.i + 1].children if c.dep_ == "pobj"]
                if not pobj:
                    continue
                src = _subtree_span(doc, pobj[0])
                end = max(pobj[0].right_edge.i, tok.right_edge.i)
                before = [t for t in sent if t.i < tok.i and not t.is_space]
                after = [t for t in sent if t.i > end and not t.is_space]
                rest = max(before, after, key=lambda ts: sum(t.is_alpha for t in ts))
                if not any(t.is_alpha for t in rest):
                    continue
                content = _tok_span(doc, rest)
                phrase = doc[tok.i:end + 1].text  # "according to reports that could not be …"
                drafts.append(_Draft(src, _tok_span(doc, [tok, doc[tok.i + 1]]), content,
                                     "according_to", "asserts",
                                     _certainty(f"{content.text} {phrase}", "certain", lex),
                                     sent))
        m = NOUN_CUE_RE.search(sent.text)
        if m:
            base = sent.start_char
            cue = lex.nouns.get(m.group("cue").lower().rstrip("s"))
            if cue is not None:
                drafts.append(_Draft(
                    _span(doc, base + m.start("src"), base + m.end("src")),
                    _span(doc, base + m.start("cue"), base + m.end("cue")),
                    _span(doc, base + m.start("content"), base + m.end("content")),
                    "indirect", cue.stance, cue.certainty, sent))
    return drafts


def _unconfirmed_back_references(doc: Doc, drafts: list[_Draft], lex: Lexicon) -> None:
    """'The reports are not yet confirmed' makes the latest reports before it unconfirmed."""
    terms = [t for t, c in lex.hedges if c == "unconfirmed"] or ["not yet confirmed", "unconfirmed"]
    for sent in doc.sents:
        low = sent.text.lower()
        if not any(re.search(rf"(?<![\w-]){re.escape(t)}(?![\w-])", low) for t in terms):
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


def _link_denials(doc: Doc, drafts: list[_Draft]) -> None:
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
                d.content = _span(doc, d.content.start, inner.content.end)
            continue
        if d.content.text.lower().split()[-1:] and any(
                w in BACK_REFERENCE for w in d.content.text.lower().split()):
            earlier = [j for j, o in enumerate(drafts) if o.stance == "asserts"
                       and o.content.end <= d.cue.start and o.canonical != d.canonical]
            if earlier:
                d.denies = earlier[-1]


def _nested(d: _Draft, drafts: list[_Draft]) -> bool:
    """A claim told inside another's content ("he wants to see …", "she said they think …").

    Such a claim is the outer source's word, not the inner's, so it is dropped, except where a
    denial is involved: "Moscow rejected claims by Kyiv that …" keeps both, linked.
    """
    if d.stance == "denies" or d.kind == "according_to":
        return False
    return any(o is not d and o.stance != "denies" and o.kind != "according_to"
               and o.content.start <= d.cue.start and d.cue.end <= o.content.end
               for o in drafts)


def extract_claims(doc: Doc, *, article: Article) -> tuple[Claim, ...]:
    """Every attributed statement in the article body, in text order."""
    lex = load_lexicon()
    quotes = _quotes(doc, article, lex)
    drafts = quotes + _verb_claims(doc, article, lex, quotes) + _noun_claims(doc, article, lex)
    drafts.sort(key=lambda d: (d.cue.start, d.content.start))
    # drop duplicates: the same content attributed twice by overlapping rules
    unique: list[_Draft] = []
    for d in drafts:
        if any(u.content == d.content or u.cue.start == d.cue.start
               and u.content.start < d.content.end and d.content.start < u.content.end
               for u in unique):
            continue
        unique.append(d)
    unique = [d for d in unique if not _nested(d, unique)]
    resolver = _Resolver(doc)
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
