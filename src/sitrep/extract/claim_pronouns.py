"""Pronoun sources that may stand for no speaker: "it", "this", "that".

"The ministry issued a statement. It said …" is the ministry's claim; "However, it highlights
the possibility that …" is no one's: :func:`impersonal` tells them apart by what the pronoun
most likely stands for (:func:`referent`).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from sitrep.extract.claim_lexicon import Lexicon
from sitrep.extract.claim_speakers import RELATIVE_PRONOUNS, SUBJECTS
from sitrep.knowledge import read_table

# Pronouns that may stand for a thing or a state of affairs rather than for a speaker.
IMPERSONAL = frozenset({"it", "this", "that"})
SPEAKER_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def referent(pron: Token) -> Token | None:
    """The head of what an "it", "this" or "that" subject most likely stands for.

    The nearest subject before it in its sentence, else the subject of the main verb of the
    sentence before ("The ministry issued a statement. It said …": the ministry).
    """
    doc = pron.doc
    sent = pron.sent
    before = [t for t in sent if t.i < pron.i and t.dep_ in SUBJECTS
              and t.lower_ not in IMPERSONAL | RELATIVE_PRONOUNS]
    if before:
        return before[-1]
    if sent.start == 0:
        return None
    root = doc[sent.start - 1].sent.root
    return next((c for c in root.children if c.dep_ in SUBJECTS), None)


def impersonal(pron: Token, lex: Lexicon) -> bool:
    """Whether an "it", "this" or "that" source stands for no one who could say anything.

    "However, it highlights the possibility that …" after "the notion … can be confirmed": a
    notion, a situation or a fact is not a source. What is a source: a person, an
    organisation, a place that stands for its government, a name, a noun that types a source
    (``sources.tsv``), a report, poll or statement (``cues.tsv``) or a noun of
    ``claim_speakers.tsv`` ("company", "campaign", "document"). A referent that is a pronoun
    itself or that cannot be found leaves "it" a source.
    """
    if pron.lower_ not in IMPERSONAL:
        return False
    head = referent(pron)
    if head is None or head.pos_ in {"PRON", "PROPN"} or head.ent_type_ in SPEAKER_ENTS:
        return False
    lemma = head.lemma_.lower()
    return not (lemma in lex.source_words or lemma in lex.source_roles or lemma in lex.nouns
                or lemma in lex.findings or lemma in speaker_nouns()
                or any(t.ent_type_ in SPEAKER_ENTS for t in head.children
                       if t.dep_ == "compound"))


@cache
def speaker_nouns() -> frozenset[str]:
    """Common nouns that name who or what can make a claim (``knowledge/claim_speakers.tsv``)."""
    return frozenset(r["noun"].lower() for r in read_table("claim_speakers.tsv"))
