"""A denial linked to the claim it denies: one told inside the denial ("Moscow rejected claims
by Kyiv that …"), else, where the denial refers back to a report or claim ("denied the
reports"; not "the reports on foreign websites", which says which), the latest earlier claim
of another source (moved from :mod:`sitrep.extract.claim_passes`), else the nearest earlier
claim of another source about the same thing: one whose content shares a noun or verb with
the denial's ("said shells hit the market" / "denied that it had shelled the market"), armed
men counting as one word ("struck only militant positions" / "denied any fighters were in
the market"; the ``fighter`` words of ``knowledge/claim_denials.tsv``).

A denial that says whose account it denies answers that teller's latest claim ("the reports
by activists were fabricated": what the activists said, though no word is shared), and, when
it names the teller outright ("Kyiv's claims", "reports by X", "the figures given by X",
"the reports spread by websites …") and the article holds no claim of that teller, none: the
words it shares with another source's claim are then a coincidence."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from sitrep.extract.claim_draft import Draft, char_span
from sitrep.extract.claim_passes import BACK_REFERENCE
from sitrep.extract.claim_stance import denial_words, token_certainty

# words any two reports share: they say nothing of what a denial answers
GENERIC = frozenset({"say", "tell", "report", "claim", "state", "add", "deny", "reject", "be",
                     "have", "do", "people", "day", "time", "year", "week", "month", "morning",
                     "night", "statement", "official", "source", "denial", "comment",
                     # the armed sides themselves: "its forces" is no answer to "air force"
                     "force", "army", "military", "troop", "soldier", "government"})
HAPPENING = frozenset({"happen", "occur", "exist", "be"})  # "it" as what was told of
WINDOW = 1500  # characters back from a denial to the claims it may answer


def link_denials(doc: Doc, drafts: list[Draft]) -> None:
    for i, d in enumerate(drafts):
        if d.stance != "denies":
            continue
        summed = _summed_up(doc, i, drafts)
        if summed is not None:  # "…, a claim Kyiv denied": what the claim before told
            d.denies, d.content = summed, drafts[summed].content
            d.certainty = token_certainty(doc, d.cue.start, d.cue.end)
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
        teller, named = _teller(doc, d)
        if teller:
            told = [j for j, o in enumerate(drafts) if o.stance == "asserts" and j != i
                    and o.content.end <= d.cue.start and o.canonical != d.canonical
                    and teller & _source_words(doc, o)]
            if told:
                d.denies = told[-1]
                continue
            if named:  # the teller named, none of its claims told: no other claim answers
                continue
        if _refers_back(doc, d):
            earlier = [j for j, o in enumerate(drafts) if o.stance == "asserts"
                       and o.content.end <= d.cue.start and o.canonical != d.canonical]
            if earlier:
                d.denies = earlier[-1]
                continue
        answered = _answered(doc, i, drafts)
        if answered is None:
            answered = _accusation(doc, i, drafts)
        if answered is not None:
            d.denies = answered


# words of a denier's name that name no party: "An RSF spokesman", "the Sudanese Government"
NO_PARTY = frozenset({"government", "ministry", "spokesman", "spokeswoman", "spokesperson",
                      "official", "officials", "fighters", "forces", "group", "army", "military"})


def _denier(doc: Doc, d: Draft) -> set[str]:
    """The words naming the party a denial is told by, lowercased: the capitalized words of
    its canonical name and source span that are no stop word nor a word of office ("An RSF
    spokesman": "rsf"; "The Sudanese army": "sudanese")."""
    span = None if d.source is None else doc.char_span(d.source.start, d.source.end,
                                                      alignment_mode="expand")
    words = [t.text for t in span or () if not t.is_stop] + (d.canonical or "").split()
    named = {w.lower().strip(",.'’") for w in words if w[:1].isupper()}
    return {w[:-2] if w.endswith(("'s", "’s")) else w for w in named} - NO_PARTY - {""}


def _accusation(doc: Doc, i: int, drafts: list[Draft]) -> int | None:
    """The claim a denial answers when it shares no words with it but is told by the party
    the claim names, in the sentence before or its own: "The Sudanese army blamed the RSF
    for the strike. An RSF spokesman denied that its fighters had targeted the market", "The
    RSF denied any involvement" (the latest earlier claim of another source whose content
    names the denier, or its spokesman, fighters or officials; not a claim told by the
    denier's own side; a denier named by a pronoun alone only for a denial of involvement:
    PolNeAR train, "Aides said Mr. Clinton's role …, and they rejected …" took "they" for
    Clinton)."""
    d = drafts[i]
    denier = _denier(doc, d)
    if not denier:
        return None
    span = doc.char_span(d.content.start, d.content.end, alignment_mode="expand")
    involvement = span is not None and span.root.lemma_.lower() in denial_words()["involvement"]
    said = None if d.source is None else doc.char_span(d.source.start, d.source.end,
                                                       alignment_mode="expand")
    if not involvement and (said is None or all(t.pos_ == "PRON" for t in said)):
        return None  # "they rejected …": whom a pronoun stands for is too weak a tie
    before = {s.start for s in doc.sents if s.end_char <= d.sentence.start_char}
    near = {max(before, default=-1), d.sentence.start}
    for j in range(i - 1, -1, -1):
        o = drafts[j]
        if o.stance != "asserts" or o.canonical == d.canonical or o.content.end > d.cue.start:
            continue
        if o.sentence.start not in near:
            break
        if denier & _denier(doc, o):
            continue  # "The RSF said …; an RSF commander denied …": one side, no answer
        told = doc.char_span(o.content.start, o.content.end, alignment_mode="expand") or ()
        if any(t.lower_.startswith(w) and (involvement or _charged(t, o))  # "Rwandan"
               for t in told for w in denier):
            return j
    return None


def _charged(tok: Token, o: Draft) -> bool:
    """Whether a name in a claim's content names the party the claim charges with a deed:
    the one accused or blamed ("accused the RSF of …", "blamed Rwandan troops for …": the
    ``accusing`` verbs of ``knowledge/claim_denials.tsv``), the subject of the deed told
    ("said RSF fighters shelled …") or its agent ("… was shelled by the RSF"); not a party
    only named in passing ("struck RSF positions") nor the object of another verb ("a voter
    who supports Trump")."""
    noun = tok
    while noun.dep_ in {"compound", "amod", "poss", "nmod"} and noun.head.i != noun.i:
        noun = noun.head  # "RSF fighters", "the RSF's fighters": the fighters
    if noun.dep_ in {"nsubj", "nsubjpass"}:
        return True
    if noun.dep_ == "dobj":  # "accused the RSF of …", not "supports Trump"
        return noun.head.i == o.verb and noun.head.lemma_.lower() in denial_words()["accusing"]
    return noun.dep_ == "pobj" and noun.head.dep_ == "agent"


def _summed_up(doc: Doc, i: int, drafts: list[Draft]) -> int | None:
    """The claim a denial told in a clause closing its sentence denies, when the clause sums
    up what was just told: "Russian state media claimed the dam was destroyed by Ukrainian
    shelling, a claim Kyiv denied", "…, an accusation the group rejected", "The army said it
    shelled the town, which residents denied": the latest claim of another source in the
    same sentence, told before the comma. Its content is what is denied (the denial's own
    words, "a claim" or "which", only name it)."""
    d = drafts[i]
    if d.verb is None:
        return None
    verb = doc[d.verb]
    end = verb.right_edge.i + 1
    if verb.dep_ != "relcl" or end < len(doc) and doc[end].text not in {".", "!", ";"}:
        return None
    head = verb.head
    which = next((c for c in verb.children if c.dep_ == "dobj"  # not "which denied X"
                  and c.lower_ == "which" and c.i < verb.i), None)
    if not any(c.dep_ == "nsubj" and c.lower_ not in {"which", "that"} for c in verb.children):
        return None  # the denier is named in the clause: "a claim Kyiv denied"
    if which is not None:
        comma = which.i - 1
    elif head.lemma_.lower() in denial_words()["account"] - {"this", "these", "those"}:
        comma = head.left_edge.i - 1
    else:
        return None
    if comma < 0 or doc[comma].text != ",":
        return None
    at = doc[comma].idx
    told = [j for j, o in enumerate(drafts) if j != i and o.stance == "asserts"
            and o.sentence.start == d.sentence.start and o.cue.end <= at
            and o.content.start < at and o.canonical != d.canonical]
    if not told:
        return None
    j = max(told, key=lambda j: min(drafts[j].content.end, at))
    o = drafts[j]
    if o.content.end > at:  # the summing-up clause is the writer's, no part of what was told
        o.content = char_span(doc, o.content.start, at)
    return j


def _refers_back(doc: Doc, d: Draft) -> bool:
    """Whether the denial's content refers back to a report told before: "denied the
    claim", "rejected the reports", "denied it", "denied that troops had entered it"; not an
    "it" that is a subject ("denied that it had bombed …": the denier; but "denied it
    happened") nor an account that
    says whose or which it is ("the reports on foreign websites", "the reports spread by
    X")."""
    span = doc.char_span(d.content.start, d.content.end, alignment_mode="expand")

    def says_which(c: Token) -> bool:
        # the denial's own clause is no such modifier: "…, a claim the government denied"
        if c.dep_ in {"acl", "relcl"}:
            return not c.idx <= d.cue.start < c.idx + len(c.text) and not any(
                w.idx <= d.cue.start < w.idx + len(w.text) for w in c.subtree)
        return c.dep_ == "prep" and c.lower_ != "as"

    return span is not None and any(
        t.lower_ == "it" and (t.dep_ not in {"nsubj", "nsubjpass"}  # "had entered it"
                              or t.head.lemma_.lower() in HAPPENING)  # "denied it happened"
        or t.lower_ in BACK_REFERENCE - {"it"} and not any(says_which(c) for c in t.children)
        for t in span)


def _nouns(tokens: Iterable[Token]) -> set[str]:
    return {t.lemma_.lower() for t in tokens if t.pos_ in {"NOUN", "PROPN"} and not t.is_stop}


def _teller(doc: Doc, d: Draft) -> tuple[set[str], bool]:
    """The nouns naming who told the account a denial's content calls untrue or denies,
    and whether they name it outright: a possessor ("Kyiv's claims"), "by"/"from X" ("the
    reports by activists"), a clause with its own agent or subject ("the figures given by the
    monitoring group", "the reports spread by websites …"); any other phrase on the account
    ("the claims of the activists", "reports on foreign channels about a massacre") may
    name it, which only a claim of that teller decides."""
    span = doc.char_span(d.content.start, d.content.end, alignment_mode="expand")
    accounts = denial_words()["account"] - {"this", "these", "those"}
    words: set[str] = set()
    named = False
    for t in span if span is not None else ():
        if t.lemma_.lower() not in accounts and t.lower_ not in accounts:
            continue
        for c in t.children:
            if any(w.idx <= d.cue.start < w.idx + len(w.text) for w in c.subtree):
                continue  # the denial's own clause: "…, a claim the government denied"
            if c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in {"by", "from"} or (
                    c.dep_ in {"acl", "relcl"}
                    and any(g.dep_ in {"agent", "nsubj"} for g in c.children)):
                named = True
            elif c.dep_ != "prep" or c.lower_ == "as":
                continue
            words |= _nouns(c.subtree) - accounts
    return words, named and bool(words)


def _source_words(doc: Doc, d: Draft) -> set[str]:
    """The nouns of a claim's source span and of its canonical name, as lemmas."""
    span = None if d.source is None else doc.char_span(d.source.start, d.source.end,
                                                      alignment_mode="expand")
    words = _nouns(span) if span is not None else set()
    return words | {w.lower() for w in (d.canonical or "").split()}


def _words(doc: Doc, d: Draft) -> set[str]:
    """The nouns and verbs of a content, as lemmas; armed men as one word."""
    span = doc.char_span(d.content.start, d.content.end, alignment_mode="expand")
    fighters = denial_words()["fighter"]
    out = set()
    for t in span if span is not None else ():
        lemma = t.lemma_.lower()
        if lemma in fighters:  # "militant positions" too
            out.add("fighter")
        elif t.pos_ in {"NOUN", "VERB"} and not t.is_stop and lemma not in GENERIC:
            out.add(lemma)
    return out


def _answered(doc: Doc, i: int, drafts: list[Draft]) -> int | None:
    """The nearest earlier claim of another source whose content shares two words with the
    content of the denial ``drafts[i]`` (one, told in the sentence before or its own), where
    that content is a clause: "rejected a push by X", "dismissed the idea" deny no statement
    (PolNeAR train: such links to claims sharing a word were mostly not what was denied)."""
    d = drafts[i]
    told = min(d.cue.start, d.content.start)
    span = doc.char_span(d.content.start, d.content.end, alignment_mode="expand")
    if span is None or span.root.pos_ not in {"VERB", "AUX"}:
        return None  # "rejected a push by X", "dismissed the idea": no statement denied
    mine = _words(doc, d)
    if not mine:
        return None
    before = {s.start for s in doc.sents if s.end_char <= d.sentence.start_char}
    last = max(before, default=-1)
    earlier = [j for j, o in enumerate(drafts) if o.stance == "asserts" and j != i
               and o.content.end <= told and told - o.content.end < WINDOW
               and o.canonical != d.canonical]
    for j in sorted(earlier, key=lambda j: drafts[j].content.end, reverse=True):
        shared = mine & _words(doc, drafts[j])
        near = drafts[j].sentence.start in {last, d.sentence.start}
        if len(shared) >= 2 or shared and near:  # one word only from the sentence before
            return j
    return None
