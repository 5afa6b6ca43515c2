"""Passes over the drafts of all the rules: what one rule cannot see alone.

- duplicates from overlapping rules are dropped (:func:`deduplicate`), and, last, one cue
  gives one claim: the parts of a content told around its cue ("X, he said, Y", "X was
  confirmed as Y") become one content that wraps the cue (:func:`one_per_cue`);
- a second cue of the same speaker ends the first one's content (:func:`split_run_ons`);
- a claim told inside another's content is the outer source's word (:func:`nested`);
- a later "the reports are not yet confirmed" makes the latest reports unconfirmed
  (:func:`unconfirmed_back_references`; a denial is linked to the claim it denies in
  :mod:`sitrep.extract.claim_denials`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitrep.extract.claim_draft import Draft, char_span, tok_span
from sitrep.extract.claim_lexicon import Lexicon
from sitrep.extract.claim_source_spans import DATELINE_DASHES, agency_dateline, capitals
from sitrep.extract.claim_spans import cue_tokens
from sitrep.extract.claim_stance import closing_account
from sitrep.model import Certainty

REPORTING_LEMMAS = {"report", "claim", "allege", "allegation", "accusation", "reports", "claims"}
BACK_REFERENCE = {"report", "reports", "claim", "claims", "story", "accusation", "accusations",
                  "allegation", "allegations", "account", "accounts", "it", "remark", "remarks"}
DOUBT: dict[Certainty, int] = {"certain": 0, "hedged": 1, "unconfirmed": 2}


def deduplicate(drafts: list[Draft]) -> list[Draft]:
    """The drafts in text order, less the same content attributed twice by overlapping rules."""
    unique: list[Draft] = []
    for d in sorted(drafts, key=lambda d: (d.cue.start, d.content.start)):
        if any(u.content == d.content or u.cue.start == d.cue.start
               and u.content.start < d.content.end and d.content.start < u.content.end
               for u in unique):
            continue
        unique.append(d)
    return unique


def one_per_cue(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """One claim per cue: the parts a rule found around one cue, joined.

    "In Miami, he said, Trump is seen as a bully" and "the notion … can be confirmed as fake
    news" are one statement each: one claim whose content runs from the first part to the
    last, over the cue, with the most doubtful certainty of its parts. (The other passes see
    the parts, so that the words between them are not taken as part of what is told.) A
    direct quote continued after its trailer stays one claim per quote: each quote is a
    statement of its own. ``denies`` indices are kept valid.
    """
    keep: list[int] = []
    into: dict[int, int] = {}
    for i, d in enumerate(drafts):
        j = next((k for k in keep if drafts[k].cue == d.cue and drafts[k].kind == d.kind
                  and d.kind != "direct" and drafts[k].source == d.source), None)
        if j is None:
            keep.append(i)
            continue
        first = drafts[j]
        first.content = char_span(doc, min(first.content.start, d.content.start),
                                  max(first.content.end, d.content.end))
        if DOUBT[d.certainty] > DOUBT[first.certainty]:
            first.certainty = d.certainty
        into[i] = j
    index = {old: new for new, old in enumerate(keep)}
    out = [drafts[k] for k in keep]
    for d in out:
        if d.denies is not None:
            d.denies = index[into.get(d.denies, d.denies)]
    return out


def own_sentence_note(tok: Token) -> bool:
    """Whether a word that refers to an account is the writer's note on what its own sentence
    told before it, not on the sentences before: "…, a claim that could not be independently
    verified" (an account noun set off by a comma), "…, but it could not be verified" (the
    subject of a clause joined to an earlier one)."""
    if closing_account(tok):
        return True
    verb = tok.head
    return tok.dep_ in {"nsubj", "nsubjpass"} and verb.dep_ in {"conj", "advcl"} and (
        verb.head.i < tok.i)


def unconfirmed_back_references(doc: Doc, drafts: list[Draft], lex: Lexicon) -> None:
    """'The reports are not yet confirmed' makes the latest reports before it unconfirmed: those
    of the latest sentence that told any ("X reported that …, as first reported by Y"). A note
    on its own sentence's account (:func:`own_sentence_note`) reaches no further back."""
    for sent in doc.sents:
        if not lex.unconfirmed_re.search(sent.text.lower()):
            continue
        refs = [t for t in sent if t.lower_ in BACK_REFERENCE and not own_sentence_note(t)]
        if not refs:
            continue
        told = [d for d in drafts if d.sentence.end_char <= sent.start_char
                and sent.start_char - d.sentence.end_char < 1200 and d.stance == "asserts"]
        earlier = [d for d in told
                   if (d.cue.text.lower().split()[-1].rstrip("s") in REPORTING_LEMMAS
                       or d.cue.text.lower().split()[-1] in REPORTING_LEMMAS
                       or d.source_type in {"media", "anonymous"})]
        if earlier and all(t.tag_ in {"NN", "PRP"} for t in refs) and (
                earlier[-1].sentence.start != max(d.sentence.start for d in told)):
            continue  # "The claim could not be verified": the one just told, not a report before
        for d in earlier:  # the reports of the latest sentence that told any
            if d.sentence.start == earlier[-1].sentence.start:
                d.certainty = "unconfirmed"


JOINING = {",", "and", "but", "—", "–", ";", "-"}
CLOSING = {"”", "’", '"', "''", "'"}  # a quote closed before the join: "“messy,” adding"


def split_run_ons(doc: Doc, drafts: list[Draft]) -> None:
    """A second cue of the same speaker ends the first one's content.

    "He said the vote was fair, adding that …", "she praised the plan and warned that …": the
    parse often hangs the second cue inside the first one's content; a cue with no subject of
    its own, joined by a comma or a conjunction, is the first speaker's next claim instead.
    A quote the second cue tells ("…, adding, “…”") is the same.
    """
    stray: list[Draft] = []
    for d in drafts:
        tok = _cue_verb(doc, d)
        if tok is None:
            continue
        if tok.dep_ not in {"advcl", "conj"} or tok.dep_ == "advcl" and tok.tag_ != "VBG" or any(
                c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in tok.children):
            continue
        first = tok_span(doc, cue_tokens(tok)).start
        join = doc.char_span(first, first, alignment_mode="expand")
        i = join.start if join is not None else tok.i
        joining = JOINING | CLOSING if d.kind == "direct" else JOINING
        while i > 0 and doc[i - 1].lower_ in joining | {"then", "also"}:
            i -= 1
        if i == (join.start if join is not None else tok.i) or doc[i].lower_ in {"then", "also"}:
            continue
        cut = doc[i].idx
        holding = [o for o in drafts if o is not d and o.kind != "direct"
                   and o.content.start < cut < d.cue.end <= o.content.end
                   and o.cue.end <= d.cue.start]
        # a verb in a content told before its cue ("Protesters carried photographs and
        # chanted slogans, witnesses said") shares the content's subject, not the speaker's
        for o in holding:
            if any(p.stance == "denies" and p.content.start <= o.cue.start < p.content.end
                   for p in holding):
                # "X dismissed Y's claims that …, saying …": X says it, not Y, whose claim
                # X's denial holds
                o.content = char_span(doc, o.content.start, cut)
                continue
            o.content = char_span(doc, o.content.start, cut)
            d.source, d.canonical, d.source_type = o.source, o.canonical, o.source_type
            if d.kind != "direct":
                d.kind = o.kind
            # a short quote before the cue that took it for its trailer ("would reopen
            # “within weeks,” adding, “…”") is the first claim's words
            stray += [e for e in drafts if e.kind == "direct" and e.cue == d.cue
                      and o.content.start <= e.content.start and e.content.end <= cut]
    gone = {id(e) for e in stray}
    drafts[:] = [e for e in drafts if id(e) not in gone]


def _cue_verb(doc: Doc, d: Draft) -> Token | None:
    """The verb that heads a draft's cue: the cue verb of a verb claim, the verb of a direct
    quote's trailer or lead-in ("…, adding, “…”"); none for a noun or a colon."""
    if d.verb is not None:
        return doc[d.verb]
    told = doc.char_span(d.content.start, d.content.end, alignment_mode="expand")
    if d.kind != "direct" or d.content.start < d.cue.start or told is None or not any(
            t.pos_ in {"VERB", "AUX"} for t in told):
        return None  # a quoted phrase ("showing “respect”") is no statement of its own
    span = doc.char_span(d.cue.start, d.cue.end, alignment_mode="expand")
    return next((t for t in span if t.pos_ in {"VERB", "AUX"} and not (
        span.start <= t.head.i < span.end and t.head is not t)), None) if span else None


def trim_datelines(doc: Doc, drafts: list[Draft]) -> None:
    """A content that opens the article's first sentence starts after its dateline:
    "DAMASCUS, March 14, 2024 — Units of the army …, a military source told the paper" tells
    what the units did, not where the paper filed from ("GENEVA (AP) —" and "Lagos (AFP) –"
    too, and the spaced hyphen of Reuters copy, "EL FASHER, Sudan, June 12 -", as a source
    span is trimmed of it)."""
    for d in drafts:
        span = doc.char_span(d.content.start, d.content.end, alignment_mode="expand")
        if span is None or len(span) < 4:
            continue
        head = span[:min(len(span) - 1, 12)]
        dash = next((t.i for t in head if t.text in DATELINE_DASHES or t.text == "-"
                     and t.i > span.start and doc[t.i - 1].whitespace_ and t.whitespace_), None)
        if dash is None or not (capitals(span[0]) or agency_dateline(span[0], dash)) or any(
                t.pos_ in {"VERB", "AUX"} for t in doc[span.start:dash]):
            continue
        d.content = char_span(doc, doc[dash + 1].idx, d.content.end)


def nested(d: Draft, drafts: list[Draft]) -> bool:
    """A claim told inside another's content ("he wants to see …", "she said they think …").

    Such a claim is the outer source's word, not the inner's, so it is dropped, except where a
    denial is involved: "Moscow rejected claims by Kyiv that …" keeps both, linked, and for
    an aside of the writer's: "X reported that Y, as first reported by Z" keeps both, and so
    does a cue set into the words it tells: "X said that CNN, Cruz said, called it …", and
    a claim inside what someone reacts to: "the reforms the minister wants worry the unions".
    What "according to X" attributes holds no claims of its own ("the mayor said Y, according
    to Z" is Z's account: PolNeAR train, 24 of 143 such inner claims match a gold cue); a
    poll's "in" does ("In a poll, most said …": 20 of 40).
    """
    if d.stance == "denies" or d.kind == "according_to" or d.aside or d.inset:
        return False
    return any(o is not d and o.stance != "denies" and not o.felt
               and (o.kind != "according_to" or o.cue.text.lower() == "according to")
               and o.cue.text != ":"  # a speaker's turn in a transcript holds their claims
               and o.content.start <= d.cue.start and d.cue.end <= o.content.end
               for o in drafts)
