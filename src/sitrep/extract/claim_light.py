"""Claims whose cue is a light verb and a noun of speech or position: "expressed concern that
…", "made the case for …", "took a swipe at …", "voiced support for …".

The pairs are data (``knowledge/claim_light_cues.tsv``). The cue runs, as PolNeAR marks it,
from the verb group over the object ("expressed deep concern", "made no mention") to the
preposition that joins the content ("took a swipe at"); a "that" clause or an infinitive of
the noun ("concern that …", "an inclination to …") is the content with the cue ending at the
noun. The source is the verb's subject. The verb rule leaves such a verb to this rule
(:func:`light_object`), so "expressed" is not read as a cue whose content is "concern …".
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitrep.extract.claim_draft import Draft, subtree_span, tok_span
from sitrep.extract.claim_lexicon import Lexicon, certainty
from sitrep.extract.claim_source_spans import source_span
from sitrep.extract.claim_spans import cue_tokens
from sitrep.extract.claim_speakers import source_of
from sitrep.extract.claim_vehicles import carries_message_cue
from sitrep.model import Article, Span

LIGHT_PREPS = frozenset({"about", "over", "for", "at", "of", "on", "with", "against", "behind",
                         "to", "in", "toward", "towards", "regarding"})
PERSONAL = frozenset({"he", "she", "i", "we", "who"})


def light_object(verb: Token, lex: Lexicon) -> Token | None:
    """The noun of speech or position a light verb takes as its object, if any."""
    if verb.pos_ != "VERB":
        return None
    lemma = verb.lemma_.lower()
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i
                 and (lemma, c.lemma_.lower()) in lex.light), None)


def _content(doc: Doc, verb: Token, noun: Token) -> tuple[Span, Token | None] | None:
    """(content, preposition the cue takes) of a light verb and its noun."""
    heads = [noun, verb, *[o for p in [*noun.children, *verb.children] if p.dep_ == "prep"
                           and p.i > noun.i for o in p.children if o.dep_ == "pobj"]]
    for c in [k for t in heads for k in t.children]:
        if c.dep_ in {"acl", "ccomp", "relcl"} and c.i > noun.i and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
            # "expressed concern that …", "made the case to voters that …"
            return subtree_span(doc, c), None
    for c in noun.children:
        if c.dep_ in {"acl", "xcomp"} and c.i > noun.i and any(
                m.dep_ == "aux" and m.lower_ == "to" for m in c.children):
            return subtree_span(doc, c), None  # "showed little inclination to …"
    after = noun.i + 1
    for c in [*noun.children, *verb.children]:
        if c.dep_ == "prep" and c.i == after and c.lower_ in LIGHT_PREPS:
            obj = next((p for p in c.children if p.dep_ in {"pobj", "pcomp"}), None)
            if obj is not None:
                return subtree_span(doc, obj), c  # "took a swipe at X"
    return None


def _person(subj: Token, lex: Lexicon) -> bool:
    """Whether a subject names a person: "Trump", "she", "the senator" (not "the gunners")."""
    return subj.ent_type_ == "PERSON" or subj.lower_ in PERSONAL or (
        lex.source_roles.get(subj.lemma_.lower()) not in {None, "military", "armed group"})


def _made_clear(doc: Doc, verb: Token) -> tuple[Token, Span] | None:
    """("clear", content) of "made (it) clear (to X) that …": the cue runs to "clear"."""
    if verb.lemma_.lower() != "make" or verb.pos_ != "VERB":
        return None
    clear = next((c for c in verb.children if c.lower_ == "clear" and c.i > verb.i
                  and c.dep_ in {"ccomp", "oprd", "acomp", "xcomp", "advmod"}), None)
    if clear is None or clear.i > verb.i + 2:
        return None
    clauses = [c for h in (clear, verb) for c in h.children if c.i > clear.i
               and c.dep_ in {"ccomp", "advcl", "csubj"} and c.pos_ in {"VERB", "AUX"}]
    clauses.sort(key=lambda c: (not any(m.dep_ == "mark" and m.lower_ == "that"
                                        for m in c.children), c.i))
    return (clear, subtree_span(doc, clauses[0])) if clauses else None


def light_claims(doc: Doc, article: Article, lex: Lexicon) -> list[Draft]:
    """Every claim of the article body whose cue is a light verb and its noun, and of "made
    (it) clear that …"."""
    drafts: list[Draft] = []
    for verb in doc:
        if verb.idx < article.body_start:
            continue
        clear = _made_clear(doc, verb)
        said_by = source_of(verb) if clear is not None else None
        if clear is not None and said_by is not None:
            told = clear[1]
            cue = tok_span(doc, doc[min(t.i for t in cue_tokens(verb)):clear[0].i + 1])
            drafts.append(Draft(source_span(doc, said_by, cue=verb), cue, told, "indirect",
                                "asserts", certainty(told.text, "certain", lex), verb.sent,
                                verb=verb.i))
            continue
        noun = light_object(verb, lex)
        if noun is not None and carries_message_cue(verb, lex):
            continue  # "issued a statement on Friday, condemning …": the participle's claim
        found = _content(doc, verb, noun) if noun is not None else None
        subj = source_of(verb) if found is not None else None
        if noun is None or found is None or subj is None or (
                lex.light[(verb.lemma_.lower(), noun.lemma_.lower())] and not _person(subj, lex)):
            continue
        content, prep = found
        src = source_span(doc, subj, cue=verb)
        if src.start <= content.start < src.end:
            continue
        first = min(t.i for t in cue_tokens(verb))
        last = prep.i if prep is not None else noun.i
        cue = tok_span(doc, doc[first:last + 1])
        if content.start < cue.end:
            continue
        drafts.append(Draft(src, cue, content, "indirect", "asserts",
                            certainty(content.text, "certain", lex), verb.sent, verb=verb.i))
    return drafts
