"""Cue verbs whose content or source sits one step further than the parse's usual place.

- :func:`adverb_prep`: a preposition that tells what a cue is for or against, set off from the
  verb group by adverbs of the verb ("campaigned hard against X", "voted twice for X",
  "cheered loudly for X", "pushed back against X"); a verb of saying takes only "against" so
  ("spoke out sharply against X", "spoke against X": "said on Monday" and "spoke for an
  hour" say when or how long). :func:`bridged` puts those adverbs into the cue, as PolNeAR
  marks it ("campaigned hard against"). PolNeAR train: of the lexicon verbs that found no
  content and have such a preposition after adverbs of theirs (or "against" after a verb of
  saying), 11 of 14 lie in a gold cue, 10 of them a cue that runs over the adverbs and the
  preposition.
- :func:`told_as`: a cue whose object is a relative pronoun before it and whose complement
  follows it ("which the minister called a fragile first step", "what critics call
  censorship", "which the army described as a supply route") tells both: the pronoun and the
  complement are the content's two parts, as PolNeAR marks them (the rules told the
  complement alone, or nothing when it hung from "as"). PolNeAR train: such a cue lies in a
  gold cue in 42 of 96 (most were claims already), and gold's content holds the pronoun in 36
  of those 42; in a relative clause with no other content, 9 of 11, all with the pronoun.
- :func:`quoted_as`: "X was quoted (by state media) as saying that …" is X's claim, told with
  the cue "was quoted … as saying"; the medium that quotes X is not the source. PolNeAR train
  marks the passive so ("Braynard is quoted as saying": source Braynard, that cue); the active
  "Tass quoted the ministry as saying …" stays the medium's claim, as PolNeAR marks it.
- :func:`disposed` / the source of :func:`sitrep.extract.claim_vehicles.stage_source`: an
  infinitive cue after an adjective of haste ("was quick to point out that …", "were quick to
  add that …") or after a comparative "likely" with a verb of saying or opinion ("are more
  likely to say that …", "less likely to believe that …": a poll's finding) has the subject of the
  verb the adjective completes for its source, and the cue runs from that verb ("are slightly
  more likely to say"). PolNeAR train: such an infinitive lies in a gold cue in 8 of 10 after
  "quick", 7 of 10 after a comparative "likely" with those verbs (3 of 11 after a bare
  "likely", 1 of 12 after "able", 1 of 8 after "willing": left alone).
- :func:`pro_clause`: "so", "otherwise", "yes" or "no" right after a cue verb's group stands
  for what it tells ("thinks so", "would not say so", "suggest otherwise", "said yes"), as
  PolNeAR marks it. PolNeAR train: of the lexicon cue verbs that found no content, 7 of 7 with
  such a "so" lie in a gold cue, all with "so" for the content; 7 of 7 with a "yes" or "no",
  5 of them with the word alone for the content.
- :func:`likened`: "seem like X" tells its subject and X, as "seem to X" does (the writer's
  impression, no source). PolNeAR train: of the "seem" with a subject and a "like" that found
  no content, 10 of 12 lie in a gold cue, the subject opening the content in all 10 (the cue
  takes "like" in 5: half are exact at best). "look like" (2 of 5) and "appear" with an
  adjective (4 of 7) are left alone.
- :func:`stance_prep`: a verb that takes a side or a position through its preposition ("sided
  with X", "believe in X", "agreed on X", "pushed back on X", "remarked upon X", "admitted to
  X") tells the preposition's object, the preposition joining the cue. PolNeAR train: of such
  verbs that found no content, 22 of 32 lie in a gold cue, 19 of them a cue with the
  preposition and the object for the content ("insist on" 2 of 8, "agree to" 2 of 7 left out).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitrep.extract.claim_draft import subtree_span, tok_span
from sitrep.extract.claim_spans import (
    CONTENT_PREPS,
    CUE_MEDIA,
    PLACE_TIME,
    SPEECH_VERBS,
    cue_tokens,
)
from sitrep.model import Span

# Relative pronouns that tell, as a part of the content, what a cue names: "which he called X"
# ("that" is left out: "the plan that he called X" is told by the noun, a complementizer or a
# demonstrative as often; PolNeAR train: the claims it gained were right in none of 4).
WH_OBJECTS = frozenset({"which", "what", "who", "whom"})
# Adjectives of haste that hand a cue infinitive its speaker: "was quick to point out".
HASTE = frozenset({"quick", "swift", "quicker", "swifter"})
# Comparatives of "likely" that make a cue infinitive a poll's finding: "more likely to say".
COMPARATIVES = frozenset({"more", "less", "most", "least"})
# Pro-forms that stand for the clause a verb of saying or belief tells: "thinks so", "said no".
PRO_CLAUSES = frozenset({"so", "otherwise", "yes", "no"})
# Verbs that tell their subject and the object of a "like" after them: "seems like a good idea".
LIKENING = frozenset({"seem"})
# Verbs that take a side or a position through a preposition: "sided with X", "believe in X".
STANCE_PREPS = frozenset({
    ("side", "with"), ("believe", "in"), ("agree", "on"), ("push", "on"), ("remark", "upon"),
    ("remark", "on"), ("admit", "to"),
})
# Verbs that join a subject to an adjective of ``HASTE`` or "likely" within one cue.
COPULAS = frozenset({"be", "seem", "appear", "remain", "prove"})
# Verbs of saying and of opinion a poll reports through "more likely to …".
OPINIONS = frozenset({
    "say", "describe", "think", "believe", "call", "view", "see", "want", "support", "favor",
    "favour", "prefer", "oppose", "back", "rate", "approve", "disapprove", "trust", "consider",
    "agree", "disagree", "blame", "expect", "worry", "feel", "cite", "name", "choose", "pick",
})


def adverb_prep(verb: Token) -> tuple[Token, Token] | None:
    """(preposition, its object) of a content preposition after ``verb``'s group and one or
    more adverbs of the verb, or "against" right after a verb of saying; not a time, a place
    or a medium."""
    group_end = max(t.i for t in cue_tokens(verb))
    speech = verb.lemma_.lower() in SPEECH_VERBS
    for c in verb.children:
        if c.dep_ != "prep" or c.i <= group_end or c.lower_ not in CONTENT_PREPS:
            continue
        gap = verb.doc[group_end + 1:c.i]
        if speech and c.lower_ != "against" or not speech and not len(gap):
            continue
        if not all(t.dep_ in {"advmod", "prt"} and t.head.i == verb.i for t in gap):
            continue
        pobj = next((p for p in c.children if p.dep_ in {"pobj", "pcomp"}), None)
        if pobj is None or pobj.ent_type_ in PLACE_TIME or pobj.lower_ in CUE_MEDIA:
            continue
        return c, pobj
    return None


def bridged(verb: Token, cue_toks: list[Token], prep: Token | None) -> list[Token]:
    """``cue_toks`` with the preposition that joins the content, and the adverbs of ``verb``
    between them ("campaigned | hard | against"); none when anything else stands between."""
    if prep is None:
        return cue_toks
    gap = verb.doc[max(t.i for t in cue_toks) + 1:prep.i]
    if prep.head.i != verb.i or not len(gap) or not all(
            t.dep_ in {"advmod", "prt"} and t.head.i == verb.i for t in gap):
        return [*cue_toks, prep]
    return [*cue_toks, *gap, prep]


def disposed(verb: Token, *, cue: bool = False) -> Token | None:
    """The verb an adjective of ``HASTE`` (or a comparative "likely" before a verb of
    ``OPINIONS``) completes, for a cue infinitive with no subject of its own after it; with
    ``cue``, where the cue starts: that verb when it is a copula ("were quick to add"), else
    the adjective ("has become her critic, quick to point out …")."""
    adj = verb.head
    if verb.dep_ != "xcomp" or adj.pos_ != "ADJ" or adj.i >= verb.i or adj.dep_ != "acomp":
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    word = adj.lower_
    if word not in HASTE and not (
            word == "likely" and verb.lemma_.lower() in OPINIONS
            and any(c.lower_ in COMPARATIVES for c in adj.children)):
        return None
    head = adj.head
    if head.i >= adj.i or head.pos_ not in {"VERB", "AUX"}:
        return None
    return adj if cue and head.lemma_.lower() not in COPULAS else head


def told_as(doc: Doc, verb: Token) -> list[Span]:
    """(relative pronoun, complement) of a cue whose object is a relative pronoun before it and
    whose complement (an object predicate, or an "as" phrase) follows it: "which he called |
    a disgrace", "what critics call | censorship", "which the army described | as a route";
    none for any other cue."""
    rel = next((c for c in verb.children if c.dep_ == "dobj" and c.i < verb.i
                and c.lower_ in WH_OBJECTS), None)
    comp = next((c for c in verb.children if c.i > verb.i and (
        c.dep_ == "oprd" or c.dep_ == "prep" and c.lower_ == "as")), None)
    if rel is None or comp is None:
        return []
    return [tok_span(doc, [rel]), subtree_span(doc, comp)]


def pro_clause(verb: Token) -> Token | None:
    """The "so", "otherwise", "yes" or "no" right after ``verb``'s group that stands for what
    it tells ("thinks so", "would not say so", "suggest otherwise", "said yes"); not one that
    modifies a word after it ("said so many things", "said no more")."""
    nxt = max(t.i for t in cue_tokens(verb)) + 1
    if nxt >= len(verb.doc):
        return None
    tok = verb.doc[nxt]
    if tok.lower_ not in PRO_CLAUSES or tok.dep_ not in {"advmod", "intj"} or tok.head.i != verb.i:
        return None
    return tok


def likened(verb: Token) -> tuple[Token, Token] | None:
    """("like", its object) of a verb of ``LIKENING`` with a subject of its own: "This seems
    like a good idea" ("like" joins the cue, the subject is told too: see claims)."""
    if verb.lemma_.lower() not in LIKENING or not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    like = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "like"
                 and c.i > verb.i), None)
    pobj = next((p for p in like.children if p.dep_ == "pobj"), None) if like else None
    return (like, pobj) if like is not None and pobj is not None else None


def stance_prep(verb: Token) -> tuple[Token, Token] | None:
    """(preposition, its object) of a pair of ``STANCE_PREPS`` right after ``verb``'s group,
    not a time or a place: "sided with X", "pushed back on X"."""
    group_end = max(t.i for t in cue_tokens(verb))
    lemma = verb.lemma_.lower()
    for c in verb.children:
        if c.dep_ != "prep" or c.i != group_end + 1 or (lemma, c.lower_) not in STANCE_PREPS:
            continue
        pobj = next((p for p in c.children if p.dep_ in {"pobj", "pcomp"}), None)
        if pobj is not None and pobj.ent_type_ not in PLACE_TIME:
            return c, pobj
    return None


def joined_prep(verb: Token) -> tuple[Token, Token] | None:
    """(preposition, its object) of "seems like X" or "sided with X"."""
    return likened(verb) or stance_prep(verb)


def quoted_as(verb: Token) -> tuple[Token, Token] | None:
    """(the one quoted, the verb of saying) of a passive "X was quoted (by Y) as saying …";
    none for any other verb."""
    if verb.lemma_.lower() != "quote":
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    as_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                and c.i > verb.i), None)
    said = next((c for c in as_.children if c.dep_ in {"pcomp", "pobj"} and c.tag_ == "VBG"),
                None) if as_ is not None else None
    if subj is None or said is None:
        return None
    return subj, said
