"""Verbs that mostly name deeds ("attack", "back", "support", "push"): when they are words.

In conflict news "attacked positions", "pushed into the town", "backed by the US military" are
acts; "attacked the mayor over the deal", "pressed that …" are words, and "the senator backed
the plan" may be, as the cue model reads it in context. A force, weapon or place of war as the
doer or object ("the army attacked positions near Hama", "Russian jets supported the
offensive"; ``knowledge/claim_war_words.tsv``) makes a deed of war, which no trained model turns
into a claim (:data:`sitrep.extract.cue_filter.HARD`).
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.claim_lexicon import Lexicon
from sitrep.extract.claim_speakers import source_of
from sitrep.extract.cue_model import tells_words

# Cue verbs that in conflict news mostly name deeds ("attacked positions", "pushed into the
# town", "backed by the US military", "charged a camp", "asserted control"): a claim only with a
# clause or a reason (SPEECH_PREPOSITIONS): "attacked the mayor over the deal".
DEEDS = frozenset({"attack", "charge", "push", "press", "target", "assert", "blast", "back",
                   "support"})
SPEECH_PREPOSITIONS = frozenset({"for", "over", "as"})
PERSON_OBJECTS = frozenset({"him", "her", "them", "me", "us"})
PERSONAL_SUBJECTS = frozenset({"he", "she", "they", "i", "we", "who"})
# The verbs of ``DEEDS`` that name force: words only when aimed at a person.
FORCE = frozenset({"attack", "charge", "push", "press", "target", "blast"})


def spoken(verb: Token, content_tok: Token | None, prep: Token | None) -> bool:
    """Whether a verb that may name a deed reports words here: with a clause ("attacked the
    plan as a sham", "pressed that …") or a reason ("slammed the mayor for …", "over …")."""
    if content_tok is not None and content_tok.dep_ in {"ccomp", "parataxis"}:
        return True
    preps = [prep] if prep is not None else []
    preps += [c for c in verb.children if c.dep_ == "prep"]
    return any(p.lower_ in SPEECH_PREPOSITIONS for p in preps)


def at_person(verb: Token, lex: Lexicon) -> bool:
    """Whether an active verb of ``DEEDS`` may be words: said by a person ("the senator backed
    the plan", "voters support him", not "Russian jets supported the offensive"), and a verb
    of force only with a person for its object ("attacked Trump", not "attacked army
    positions"); "backed by the US" is a deed."""
    force = verb.lemma_.lower() in FORCE
    subj = source_of(verb)
    return subj is not None and (
        subj.ent_type_ == "PERSON" or subj.lower_ in PERSONAL_SUBJECTS
        or subj.lemma_.lower() in lex.source_words or subj.lemma_.lower() in lex.source_roles
    ) and not any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children) and any(
        c.dep_ == "dobj" and (not force or c.ent_type_ == "PERSON" or c.lower_ in PERSON_OBJECTS)
        for c in verb.children)


ARMED_TYPES = frozenset({"military", "armed group"})


def _armed(noun: Token, lex: Lexicon, *, target: bool = False) -> bool:
    """Whether a noun names a fighting force or its weapon ("Rebel fighters", "the SDF",
    "Russian jets"), or, as an object (``target``), what forces fight over ("the town")."""
    words = [noun, *[c for c in noun.children if c.dep_ in {"compound", "amod"}]]
    if any(w.lemma_.lower() in lex.war_forces or w.lower_ in lex.war_forces
           or lex.source_words.get(w.lemma_.lower()) in ARMED_TYPES
           or lex.source_roles.get(w.lemma_.lower()) in ARMED_TYPES for w in words):
        return True
    if target and noun.lemma_.lower() in lex.war_targets:
        return True
    if noun.pos_ != "PROPN":
        return False
    text = noun.doc[min(w.i for w in words):noun.i + 1].text
    return any(typ in ARMED_TYPES and pat.search(text) for pat, typ, _ in lex.source_names)


def of_war(verb: Token, lex: Lexicon) -> bool:
    """Whether a verb of ``DEEDS`` with no clause names a deed of war: a fighting force or
    weapon is its subject, agent, object or the noun it hangs from, or a place of war its
    object ("the army attacked positions near Hama", "Russian jets supported the offensive",
    "the militia, backed by Turkish artillery, …"; ``knowledge/claim_war_words.tsv``)."""
    doers = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    doers += [o for c in verb.children if c.dep_ == "agent" for o in c.children
              if o.dep_ == "pobj"]
    if verb.dep_ in {"acl", "relcl"}:
        doers.append(verb.head)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [o for c in verb.children if c.dep_ == "prep" for o in c.children
                if o.dep_ == "pobj"]
    return any(_armed(n, lex) for n in doers) or any(_armed(n, lex, target=True)
                                                     for n in objects)


def words_in_context(verb: Token, lex: Lexicon) -> bool:
    """Whether the cue model reads a verb of ``DEEDS`` with no clause as words here."""
    return lex.cue_model is not None and tells_words(
        lex.cue_model, verb, (lex.source_words, lex.source_roles))
