"""How a cue verb is read in its sentence: an act of finding or seeing rather than a report,
a relative clause that hands what a thing shows to its source ("images which they say show"),
an "as" aside that tells the clause it hangs from, a modal passive the writer holds. Split from
:mod:`sitrep.extract.claims`, which asks these while judging each candidate verb."""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.claim_lexicon import Lexicon, verb_cue
from sitrep.extract.claim_speakers import RELATIVE_PRONOUNS, source_of

# Verbs of finding and seeing: a report of what someone holds ("investigators found that …",
# "she finds the curfew unreasonable", "a poll found broad support") or an act ("found himself
# in a bind", "engineers found the wreckage", "waiting to see whether …"). PolNeAR train:
# "find" with a bare noun object and no poll, study or report for its subject heads a gold cue
# in 5 of 46 such claims; "to find" and "to see" in 0 of 24 (2 more overlap one).
PERCEPTIONS = frozenset({"find", "see"})
# Relative cues that hand what their noun shows to its source ("published images which they
# say show …"): the claim is theirs, not the publishing verb's. Any other cue in a relative
# clause of a cue's object ("cited a poll that showed …", "signed a letter he said was
# drafted …") is told inside the outer claim (PolNeAR train: of 96 such objects, the outer
# cue is a gold cue in 62, the inner one in 27).
SAY_SO = frozenset({"say", "claim"})

def perceived(verb: Token, content_tok: Token | None, lex: Lexicon) -> bool:
    """Whether a verb of ``PERCEPTIONS`` names an act of finding or seeing, not a report: an
    infinitive ("went north to find survivors", "waiting to see whether …"), or "find" with a
    bare noun for its object and no finding or report for its subject ("found the wreckage",
    "found himself in a row", "helped found the party"; not "a survey found broad support")."""
    lemma = verb.lemma_.lower()
    if lemma not in PERCEPTIONS:
        return False
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return True
    if lemma != "find" or content_tok is None or content_tok.dep_ != "dobj":
        return False
    subj = source_of(verb)
    return subj is None or (subj.lemma_.lower() not in lex.findings
                            and subj.lemma_.lower() not in lex.nouns)


def witnessed(verb: Token, content_tok: Token | None) -> bool:
    """Whether a cue of seeing is a witness's account of what was before their eyes, so
    certain: a simple past "saw" with an object ("an AFP journalist saw several bodies",
    "witnesses saw armed men setting fire to houses"). "see" stays hedged as ``cues.tsv`` has
    it where it is a view: "sees the talks as a trap", "we have seen this before", "saw
    that the deal was dead"."""
    if verb.lemma_.lower() != "see" or verb.tag_ != "VBD" or content_tok is None or (
            content_tok.dep_ != "dobj" and not (  # or a scene: "saw bodies lying in …"
                content_tok.dep_ == "ccomp" and content_tok.tag_ in {"VBG", "VB", "VBN"})):
        return False
    return not any(c.dep_ in {"aux", "neg"} or c.dep_ == "prep" and c.lower_ == "as"
                   for c in [*verb.children, *content_tok.children])


def theirs_to_say(verb: Token, subj: Token | None) -> bool:
    """"Images which they say show …": a relative clause that hands what the thing is to its
    source keeps the outlet's distance, so the claim is hedged."""
    return (verb.dep_ == "relcl" and verb.lemma_.lower() in {"say", "claim"}
            and subj is not None and subj.lower_ in {"they", "he", "she", "it"})


def hands_on(verb: Token, lex: Lexicon) -> bool:
    """Whether a cue in a relative clause hands what its noun shows to another's word or to an
    inference ("images which they say show …", "images which could indicate …"): the verb
    whose object the noun is ("published", "released") then makes no claim of its own."""
    cue_def = verb_cue(verb, lex) if verb.dep_ == "relcl" else None
    if cue_def is None:
        return False
    subj = source_of(verb)
    return verb.lemma_.lower() in SAY_SO or (
        subj is not None and subj.lower_ in RELATIVE_PRONOUNS - {"who"} and (
            cue_def.certainty == "hedged"
            or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)))


def as_aside(verb: Token) -> bool:
    """"As the agency reported, …", "…, as first reported by Al-Masdar": a cue in an
    adverbial "as" clause with no content of its own tells the clause it hangs from."""
    if verb.dep_ != "advcl":
        return False
    first = verb.left_edge
    return first.lower_ == "as" and first.head.i == verb.i and (
        first.i == verb.sent.start or first.nbor(-1).is_punct)


def told_clause(verb: Token) -> Token:
    """The head of the clause an aside hangs from, over coordination: "X bombed Y and led Z,
    as first reported by W" tells all of "X bombed … Z"."""
    head = verb.head
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return head


def judged(verb: Token) -> bool:
    """"X can now be confirmed as Y", "it could be shown that …": a passive cue with a modal
    and no agent says what the writer holds possible or proven, not what anyone said."""
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children) and not any(
        c.dep_ == "agent" for c in verb.children)
