"""Stance and certainty read again over all the drafts, as an analyst reads them.

The rules give each claim the stance and certainty of its cue and the hedge words of its
content; these passes correct what that misses (probes: tests/test_claims_stance_probes.py):

- what is no denial: "neither confirmed nor denied" leaves the matter unconfirmed, "did not
  deny" is a hedged admission, a matter "still disputed" with no one disputing it is
  unconfirmed, and a proposal rejected ("rejected the ceasefire proposal", "denied the
  request") is refused, not called untrue (:func:`reread_stances`);
- what is one: a claim that an account is untrue ("said the reports were fabricated",
  "called the claims baseless", "there was no truth to the reports") and a denial issued as
  a noun ("issued a denial of any role"), words of ``knowledge/claim_denials.tsv``;
- hedges matched on tokens, as the flags match them (:func:`recheck_certainty`): "appears
  to", "seemed to" count, "May" the month and a "claim" named in the content do not;
- a verification phrase about the accounts just told ("The figure could not be independently
  verified", "but this has not been confirmed", "The two accounts …", "The ministry could
  not confirm the attack", "It was not possible to verify the claim", "…, a claim Reuters
  could not immediately verify") makes them unconfirmed (:func:`unverified_accounts`).
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Token

from sitrep.extract.claim_draft import Draft, char_span, tok_span
from sitrep.extract.claim_lexicon import Lexicon, certainty
from sitrep.extract.flags import MODALS, load_hedges
from sitrep.knowledge import read_table
from sitrep.model import Article, Certainty
from sitrep.nlp import doc_text

DENIAL_FILE = "claim_denials.tsv"
DOUBT: dict[Certainty, int] = {"certain": 0, "hedged": 1, "unconfirmed": 2}
# words that name or tell an account inside a content rather than hedge it ("denied the
# claim", "the group, which claimed the attack, …")
NAMED_ACCOUNTS = frozenset({"claim", "rumour", "rumor"})
PAIRS = frozenset({"two", "both", "neither", "either"})
# verbs of an active verification phrase, whose object is the account checked
VERIFYING = frozenset({"verify", "confirm"})
BACK_WINDOW = 1200  # characters between a verification phrase and the accounts it is about
# what a group claims when it takes an attack as its own ("claimed responsibility for")
OWNED_DEEDS = frozenset({"responsibility", "credit"})
# attacks a group owns when it claims them, in the passive: "The bombing was claimed by X"
CLAIMED_ATTACKS = frozenset({"attack", "bombing", "ambush", "assault", "raid", "strike",
                             "killing", "kidnapping", "abduction", "massacre", "blast",
                             "explosion", "shelling", "attacks", "bombings"})


def unchecked(verb: Token) -> bool:
    """Whether a verb of verification says the check was not made or failed: "did not
    confirm", "could not independently verify the reports", "was unable to verify" (the
    writer's note that what was told is unconfirmed, no claim of its own)."""
    if verb.lemma_.lower() not in VERIFYING:
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    if verb.dep_ != "xcomp":
        return False
    head = verb.head  # "unable to verify", "was impossible to verify", "was not possible to"
    for adj in (head, *[c for c in head.children if c.dep_ == "acomp"]):
        lemma = adj.lemma_.lower()
        if lemma in {"unable", "impossible"}:
            return True
        be = adj.head if adj.dep_ == "acomp" else adj
        if lemma in {"able", "possible"} and any(
                c.dep_ == "neg" for c in (*adj.children, *be.children)):
            return True
    return False


def impossible_check(noun: Token) -> bool:
    """Whether a noun of verification is the subject of "was not possible" or "was
    impossible": "Independent verification was not possible", "Confirmation was impossible"
    (the writer's note on what was just told)."""
    if noun.lemma_.lower() not in {"verification", "confirmation"} or noun.dep_ != "nsubj":
        return False
    be = noun.head
    for adj in (c for c in be.children if c.dep_ == "acomp"):
        if adj.lemma_.lower() == "impossible" or adj.lemma_.lower() == "possible" and any(
                c.dep_ == "neg" for c in (*adj.children, *be.children)):
            return True
    return False


def gapped_account(verb: Token) -> Token | None:
    """The account noun a failed check with no object of its own hangs from: "…, a claim
    Reuters could not immediately verify", "…, a claim that it was not possible to verify",
    "…, a claim which Reuters was not able to verify"; None for any other."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return None
    clause = verb
    while clause.dep_ in {"xcomp", "acomp"} and clause.head.i != clause.i:
        clause = clause.head
    noun = clause.head
    if clause.dep_ not in {"relcl", "acl"} or noun.i >= clause.i:
        return None
    return noun if noun.lemma_.lower() in denial_words()["account"] else None


@cache
def denial_words() -> dict[str, frozenset[str]]:
    """The terms of ``knowledge/claim_denials.tsv`` by kind."""
    out: dict[str, set[str]] = {}
    for row in read_table(DENIAL_FILE):
        out.setdefault(row["kind"], set()).add(row["term"].lower())
    return {k: frozenset(v) for k, v in out.items()}


def _neither(tok: Token) -> list[Token] | None:
    """The words of "neither confirmed nor denied" (either order) around the cue ``tok``."""
    head = tok.head if tok.dep_ == "conj" else tok
    first = next((c for c in head.children if c.lower_ == "neither"), None)
    if first is None:
        return None
    pair = [head, *(c for c in head.children if c.dep_ == "conj"
                    and c.lemma_.lower() in {"confirm", "deny"})]
    if not {t.lemma_.lower() for t in pair} >= {"confirm", "deny"}:
        return None
    return [first, *pair]


@cache
def _by_first(kind: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The terms of one kind of ``knowledge/claim_denials.tsv`` by first word."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for term in denial_words()[kind]:
        words = tuple(term.split())
        out.setdefault(words[0], []).append(words)
    return {k: tuple(v) for k, v in out.items()}


def _matches(tokens: list[Token], kind: str) -> list[list[Token]]:
    """The runs of ``tokens`` that spell a term of ``kind``, word by word (lowercase form or
    lemma)."""
    index = _by_first(kind)
    found = []
    for i, tok in enumerate(tokens):
        for key in {tok.lower_, tok.lemma_.lower()}:
            for words in index.get(key, ()):
                run = tokens[i:i + len(words)]
                if len(run) == len(words) and all(
                        w in {t.lower_, t.lemma_.lower()} for w, t in zip(words, run, strict=True)):
                    found.append(run)
    return found


def calls_false(doc: Doc, d: Draft) -> bool:
    """Whether the content says an account is untrue: "the reports were fabricated", "Those
    claims are lies", "the reports baseless" (called), "no truth to the reports"."""
    span = doc.char_span(d.content.start, d.content.end, alignment_mode="expand")
    if span is None:
        return False
    words = denial_words()
    tokens = list(span)
    accounts = [t for t in tokens if t.lemma_.lower() in words["account"]
                or t.lower_ in words["account"]]
    if not accounts:
        return False
    for run in _matches(tokens, "falsehood"):
        anchor = next((t for t in run if t.head not in run or t.head.i == t.i), run[0])
        if any(c.dep_ == "neg" and c not in run
               for c in (*anchor.children, *anchor.head.children)):
            continue  # "were not fabricated"; "not true" is a term of its own
        for a in accounts:
            if a.dep_ in {"compound", "nmod"} and (a.head in run or a.head.i == anchor.head.i) and (
                    a.head.dep_ in {"dobj", "oprd"}) and any(
                    c.dep_ == "det" and c.i < a.i for c in (*a.head.children, *a.children)):
                # "called the claim propaganda", "branded the reports fake news", parsed as
                # one noun phrase
                return True
            if a in run or a.dep_ in {"compound", "det"}:  # not "those lies"
                continue
            if a.head in run and a.dep_ in {"nsubj", "nsubjpass"}:
                return True  # "branded the reports fake news"
            if a in anchor.subtree and a.dep_ == "pobj" or a.head.i == anchor.i or (
                    a.head.i == anchor.head.i and a.dep_ in {"nsubj", "nsubjpass", "dobj"}):
                return True
    return False


def _issues_denial(doc: Doc, d: Draft) -> bool:
    """"issued a denial of any role": the object of the cue is a denial."""
    span = doc.char_span(d.content.start, d.content.end, alignment_mode="expand")
    return (span is not None and d.verb is not None and span.root.head.i == d.verb
            and span.root.lemma_.lower() in denial_words()["denial_noun"])


def _refuses(doc: Doc, d: Draft) -> bool:
    """"rejected the ceasefire proposal", "denied the request": the object of the cue is a
    proposal (``knowledge/claim_denials.tsv``), which is refused, not called untrue."""
    span = doc.char_span(d.content.start, d.content.end, alignment_mode="expand")
    return (span is not None and d.verb is not None and span.root.head.i == d.verb
            and span.root.lemma_.lower() in denial_words()["proposal"])


# A source that withholds comment: "declined to comment (on X)", "refused to say whether",
# "would not confirm", "did not respond to a request for comment". PolNeAR marks such a
# statement as an attribution (train: 40 of 45 "declined to comment", "would not say", "did
# not respond to a request for comment" are gold cues, "declined" + "to comment" most often),
# so the claim stays, but it asserts nothing: as "neither confirmed nor denied", unconfirmed.
# Not naming is withholding too: "It did not name the ship", "declined to identify the unit"
# (train: "did not name any", "declined to name the three delegates", "would not identify any
# single issue" are gold cues; one "did not name him" is not).
WITHHOLDING_RE = re.compile(
    r"\b(?:declin|refus)\w*\s+(?:\w+\s+)?(?:to\s+)?(?:comment|say|confirm|discuss|elaborate|"
    r"specify|disclose|name|identify|give\s+details)\b"
    r"|\b(?:would|will|could|did|does|do)(?:\s+not|n['’]t)\s+(?:immediately\s+)?"
    r"(?:say|comment|confirm|disclose|elaborate|specify|discuss|name|identify)\b"
    r"|\bnot\s+(?:immediately\s+)?(?:respond|reply|return)\w*\s+(?:to\s+)?"
    r"(?:\w+\s+)?(?:requests?|calls?|messages?|emails?)\s+(?:\w+\s+)?(?:for|seeking)\s+comment",
    re.IGNORECASE)


def withholds(d: Draft) -> bool:
    """Whether a claim's cue and the words after it say the source withheld comment
    (:data:`WITHHOLDING_RE`); "did not confirm" and "did not deny" are read elsewhere."""
    told = d.cue.text + " " + d.content.text[:60] if d.content.start >= d.cue.end else d.cue.text
    found = WITHHOLDING_RE.search(told)  # the cue's own words, not a content's "would not say"
    return found is not None and found.start() < len(d.cue.text) and not any(
        w in d.cue.text.lower() for w in ("deny", "denied", "denies"))


def reread_stances(doc: Doc, drafts: list[Draft]) -> None:
    """Denials that are none, and statements that are denials (see the module)."""
    for d in drafts:
        tok = doc[d.verb] if d.verb is not None else None
        if d.stance == "denies" and tok is not None:
            both = _neither(tok)
            if both is not None:  # "neither confirmed nor denied": nothing said either way
                d.stance, d.certainty = "asserts", "unconfirmed"
                d.cue = tok_span(doc, both)
            elif any(c.dep_ == "neg" for c in tok.children):  # "did not deny": no denial
                d.stance, d.certainty = "asserts", "hedged"
            elif _refuses(doc, d):  # "rejected the ceasefire proposal": refused, not denied
                d.stance = "asserts"
            elif d.source is None and tok.lemma_.lower() in {"dispute", "contest"}:
                # "the toll is still disputed": contested by no one named, so unconfirmed
                d.stance, d.certainty = "asserts", "unconfirmed"
        elif d.stance == "asserts" and d.kind != "according_to" and (
                _issues_denial(doc, d) or calls_false(doc, d)):
            d.stance = "denies"
        if d.stance == "asserts" and withholds(d):  # "declined to comment": nothing said
            d.certainty = "unconfirmed"


def _cue_certainty(doc: Doc, d: Draft, lex: Lexicon) -> Certainty:
    span = doc.char_span(d.cue.start, d.cue.end, alignment_mode="expand")
    worst: Certainty = "certain"
    for t in span if span is not None else ():
        for table in (lex.verbs, lex.nouns, lex.adverbs):
            cue = table.get(t.lemma_.lower())
            if cue is not None and DOUBT[cue.certainty] > DOUBT[worst]:
                worst = cue.certainty
    return worst


@cache
def _hedge_index() -> dict[str, list[tuple[tuple[str, ...], Certainty]]]:
    """The terms of ``knowledge/hedges.tsv`` by first word: (words, certainty)."""
    index: dict[str, list[tuple[tuple[str, ...], Certainty]]] = {}
    for h in load_hedges():
        words = tuple(h.term.lower().split())
        sure: Certainty = "unconfirmed" if h.certainty == "unconfirmed" else "hedged"
        index.setdefault(words[0], []).append((words, sure))
    return index


def _fits(tok: Token, word: str) -> bool:
    return tok.lower_ == word or word.isalpha() and tok.lemma_.lower() == word


def _speculates(tok: Token) -> bool:
    """A modal of speculation: an auxiliary "may", "might", "could", not "May" the month nor
    "could not" / "couldn't", which tell what someone was unable to do ("may not" is still
    a guess)."""
    if tok.tag_ != "MD":
        return False
    after = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return not (tok.lower_ == "could" and after is not None
                and after.lower_ in {"not", "n't", "n’t"})


def token_certainty(doc: Doc, start: int, end: int) -> Certainty:
    """The certainty the hedges of ``knowledge/hedges.tsv`` give the text between two
    offsets, matched on tokens as the flags match them (a word by its form or lemma, so
    "appears to" is "appear to"; "may", "might", "could" only as a modal of speculation; the
    longest term wins) and less a "claim" or "rumour" a content names or tells of (the
    surface match took only the bare word "claim")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return "certain"
    index = _hedge_index()
    found: list[tuple[int, int, Certainty]] = []
    for tok in span:
        for key in {tok.lower_, tok.lemma_.lower()}:
            for words, sure in index.get(key, ()):
                stop = tok.i + len(words)
                if stop > span.end or not all(
                        _fits(doc[tok.i + k], w) for k, w in enumerate(words)):
                    continue
                if len(words) == 1 and (words[0] in MODALS and not _speculates(tok)
                                        or words[0] in NAMED_ACCOUNTS):
                    continue  # a claim or rumour in a content is named or told, not a hedge
                found.append((tok.i, stop, sure))
    taken: set[int] = set()
    worst: Certainty = "certain"
    for a, b, sure in sorted(found, key=lambda f: (f[0] - f[1], f[0])):  # longest first
        if taken & set(range(a, b)):
            continue
        taken |= set(range(a, b))
        if DOUBT[sure] > DOUBT[worst]:
            worst = sure
    return worst


def recheck_certainty(doc: Doc, drafts: list[Draft], lex: Lexicon) -> None:
    """Hedges matched on tokens (:func:`token_certainty`): a hedge the surface match missed
    ("appears to", "seemed to") hedges the claim; a word the surface match took for one
    ("the May elections", "denied the claim") does not. Direct quotes keep their own."""
    for d in drafts:
        if d.kind == "direct":
            continue
        found = max(token_certainty(doc, d.content.start, d.content.end),
                    _adverb_doubt(doc, d), key=DOUBT.__getitem__)
        if DOUBT[found] > DOUBT[d.certainty]:
            d.certainty = found
        elif (d.certainty == "hedged" and found == "certain" and d.kind != "according_to"
              and certainty(d.content.text, "certain", lex) == "hedged"
              and _cue_certainty(doc, d, lex) == "certain"
              and token_certainty(doc, d.cue.start, d.cue.end) == "certain"
              and (d.verb is None or doc[d.verb].dep_ != "relcl")):
            d.certainty = "certain"
        if d.certainty == "hedged" and _takes_responsibility(doc, d):
            d.certainty = "certain"


def _adverb_doubt(doc: Doc, d: Draft) -> Certainty:
    """The doubt a hedging adverb in the cue casts on what it tells: "a video purportedly
    shows …", "the group reportedly said …"."""
    span = doc.char_span(d.cue.start, d.cue.end, alignment_mode="expand")
    worst: Certainty = "certain"
    for t in span if span is not None else ():
        if t.pos_ == "ADV":
            sure = token_certainty(doc, t.idx, t.idx + len(t.text))
            worst = sure if DOUBT[sure] > DOUBT[worst] else worst
    return worst


def _takes_responsibility(doc: Doc, d: Draft) -> bool:
    """"Hezbollah claimed responsibility for the attack": a group that claims an attack
    takes it as its own in a formal statement, which the verb "claim" does not hedge (as it
    does "claimed the village had fallen"), and so does "The attack was claimed by X"; the
    content holds no hedge of its own."""
    if d.verb is None or doc[d.verb].lemma_.lower() != "claim":
        return False
    span = doc.char_span(d.content.start, d.content.end, alignment_mode="expand")
    if span is None or span.root.head.i != d.verb or token_certainty(
            doc, d.content.start, d.content.end) != "certain":
        return False
    root = span.root  # "claimed responsibility for …", "The attack was claimed by X"
    return root.lemma_.lower() in OWNED_DEEDS or root.dep_ == "nsubjpass" and (
        root.lemma_.lower() in CLAIMED_ATTACKS or root.lower_ in CLAIMED_ATTACKS)


def _phrase_subject(doc: Doc, at: int, end: int) -> Token | None:
    """The subject of the verification phrase between characters ``at`` and ``end``, where
    the phrase is its predicate ("the figure could not be verified", "the reports are
    unconfirmed"; not "unconfirmed reports … came"), or the object of an active one ("Reuters
    could not independently verify the claim": the claim, not the agency)."""
    span = doc.char_span(at, end, alignment_mode="expand")
    if span is None:
        return None
    checked = next((c for t in span if t.lemma_.lower() in VERIFYING and t.pos_ == "VERB"
                    for c in t.children if c.dep_ == "dobj"), None)
    if checked is not None:  # "Reuters could not independently verify the claim"
        return checked
    heads = [t for t in span] + [t.head for t in span if t.dep_ in {"acomp", "attr"}] + [
        t.head for t in span if t.dep_ == "xcomp" and t.head.i < span.start]  # "has yet to be"
    return next((c for t in heads for c in t.children if c.dep_ in {"nsubj", "nsubjpass"}),
                None)


def trailing_verdict(subj: Token) -> bool:
    """Whether the subject of a verification phrase is the relative pronoun of a clause that
    closes the sentence, set off by a comma, about the account just told: "Activists said 40
    people were killed, which could not be independently confirmed" (a "which" the parser
    hangs on the nearest noun, but which takes up the whole account, as wire copy uses it),
    "…, a claim that could not be verified", "…, a figure that could not be verified" (the
    phrase names the account: ``knowledge/claim_denials.tsv``)."""
    verb = subj.head
    if subj.lower_ not in {"which", "that"} or verb.dep_ != "relcl":
        return False
    doc = subj.doc
    if not _closes_sentence(verb):
        return False
    if subj.lower_ == "which":
        return subj.i > 0 and doc[subj.i - 1].text == ","
    return closing_account(verb.head)


def _closes_sentence(clause: Token) -> bool:
    doc = clause.doc
    end = clause.right_edge.i + 1
    return end >= len(doc) or doc[end].is_punct and doc[end].text in {".", "!", ";"}


def closing_account(noun: Token) -> bool:
    """Whether an account noun is set off by a comma and sums up what its sentence told
    before it: "…, a claim that could not be verified"."""
    doc = noun.doc
    first = noun.left_edge.i
    return (noun.lemma_.lower() in denial_words()["account"] and first > 0
            and doc[first - 1].text == "," and noun.dep_ in {"appos", "npadvmod", "dobj", "attr",
                                                             "ccomp"})


def taken_up(noun: Token) -> bool:
    """Whether a noun checked in vain takes up what was just told by a definite article or
    demonstrative alone: "The ministry could not confirm the attack", "the deaths could not
    be independently verified" (the attack, the deaths the report before told of)."""
    return noun.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in {"the", "this", "these", "those"} for c in noun.children
    ) and not any(c.dep_ in {"poss", "nummod", "compound", "amod"} for c in noun.children)


def unverified_accounts(doc: Doc, drafts: list[Draft], lex: Lexicon) -> None:
    """"The figure could not be independently verified", "…, but this has not been
    confirmed", "The two accounts could not be verified", "Reuters could not immediately
    verify the report" (a verb of verification :func:`unchecked`): the claims that told the accounts
    (before the phrase in its sentence, else those of the latest sentence that told any, and
    for a plural ("the figures") those of the sentence before it in the same paragraph too,
    or the latest two for "the two accounts") are unconfirmed."""
    words = denial_words()["account"]
    for sent in doc.sents:
        m = lex.unconfirmed_re.search(sent.text.lower())
        verb = next((t for t in sent if unchecked(t) or impossible_check(t)), None)
        check = verb if m is None else None
        if m is not None:
            at, end = sent.start_char + m.start(), sent.start_char + m.end()
        elif check is not None:  # "Reuters could not immediately verify the report"
            at, end = check.idx, check.idx + len(check.text)
        else:
            continue
        subj = _phrase_subject(doc, at, end)
        trailing = subj is not None and trailing_verdict(subj)
        gap = gapped_account(verb) if verb is not None else None
        if gap is not None and verb is not None and closing_account(gap) and _closes_sentence(
                verb):
            subj, trailing = gap, True  # "…, a claim Reuters could not immediately verify"
        own = [d for d in drafts if subj is not None and d.stance == "asserts"
               and d.cue.start <= subj.idx < d.cue.end]
        if own and not trailing:  # "The RSF's claim that it holds the city could not be
            for d in own:  # verified": the claim its own noun tells
                d.certainty = "unconfirmed"
            continue
        if check is not None and impossible_check(check):
            subj = check  # "Independent verification was not possible": of what was just told
        elif not trailing and (subj is None or not (
                subj.lemma_.lower() in words or subj.lower_ in words | {"it"}
                or subj.lower_ in PAIRS or taken_up(subj)) or any(
                c.dep_ in {"prep", "acl", "relcl"} for c in subj.children)):
            continue  # "the story of X targeting Y is unconfirmed" tells which story
        assert subj is not None
        pair = subj.lower_ in PAIRS or any(c.lower_ in PAIRS for c in subj.children)
        asserting = [d for d in drafts if d.stance == "asserts"]
        targets = [d for d in asserting if d.sentence.start == sent.start and d.content.end <= at]
        if not targets and not trailing:
            earlier = [d for d in asserting if d.sentence.end_char <= sent.start_char
                       and sent.start_char - d.sentence.end_char < BACK_WINDOW]
            if not earlier:
                continue
            last = max(d.sentence.start for d in earlier)
            targets = [d for d in earlier if d.sentence.start == last]
            before = [d for d in earlier if d.sentence.start < last]
            if pair and len(targets) < 2:
                targets += before[-1:]
            elif subj.tag_ == "NNS" and before and "\n" not in doc_text(doc)[
                    before[-1].sentence.end_char:sent.start_char]:
                # "The figures …": those of the sentence before too, in the same paragraph
                targets += [d for d in before if d.sentence.start == before[-1].sentence.start]
        for d in targets:
            d.certainty = "unconfirmed"


# "…, without providing evidence": the writer notes the source gave no proof of the account,
# which rests on its word alone (wire copy's phrasing; no words of knowledge/hedges.tsv, which
# the flags read too).
NO_EVIDENCE_RE = re.compile(
    r"[\s,]*without\s+(?:(?:providing|offering|giving|presenting|citing|showing|producing)\s+)?"
    r"(?:any\s+)?(?:evidence|proof)\b", re.IGNORECASE)  # "said without evidence that …" too


def without_evidence(doc: Doc, drafts: list[Draft]) -> None:
    """An account told "without providing evidence" (the phrase closing its content, right
    after it or right after the cue) is unconfirmed."""
    text = doc_text(doc)
    for d in drafts:
        if d.stance != "asserts" or d.kind == "direct" or d.content.start < d.cue.end:
            continue
        inside = text.lower().rfind(" without ", d.content.start, d.content.end)
        at = inside if inside >= 0 else d.content.end
        if any(NO_EVIDENCE_RE.match(text, k, d.sentence.end_char) is not None
               for k in (at, d.cue.end)):  # "said, without providing evidence, that …"
            d.certainty = "unconfirmed"


# conjunctions that set a writer's note of a failed check against the account it follows
CONCESSIVE = frozenset({"though", "although", "but"})


def without_unchecked_tail(doc: Doc, drafts: list[Draft]) -> None:
    """An indirect content that runs on into a clause of a failed check set against it ("said
    it destroyed a depot, though Moscow has not confirmed this", "…, but Reuters could not
    verify the figure") ends before that clause, and the account it told is unconfirmed: the
    clause is the writer's note on the claim, not part of what was claimed."""
    for d in drafts:
        if d.kind == "direct" or d.content.start < d.cue.end:
            continue
        span = doc.char_span(d.content.start, d.content.end, alignment_mode="expand")
        if span is None:
            continue
        for t in span:
            if not unchecked(t) or t.dep_ not in {"advcl", "conj"}:
                continue
            first = t.left_edge  # "though Moscow …", or the "but" before a conjoined clause
            joint = first if first.dep_ == "mark" else doc[first.i - 1] if first.i else first
            if joint.lower_ not in CONCESSIVE or joint.dep_ not in {"mark", "cc"} or (
                    joint.i <= span.start):
                continue
            end = joint.i
            while end > span.start and doc[end - 1].is_punct:
                end -= 1
            last = doc[end - 1]
            d.content = char_span(doc, d.content.start, last.idx + len(last))
            d.certainty = "unconfirmed"
            break


def read_stance_and_certainty(doc: Doc, article: Article, drafts: list[Draft],
                              lex: Lexicon) -> None:
    """The passes of this module, in order."""
    reread_stances(doc, drafts)
    recheck_certainty(doc, drafts, lex)
    unverified_accounts(doc, drafts, lex)
    without_evidence(doc, drafts)
