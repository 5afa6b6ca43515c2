"""The event a snippet's vocabulary tells when no trigger of it could be read as one.

The trigger rules read an event from a word and its parse. A short report can tell its event
only through the words around it: a photo caption ("a woman is pulled by police after throwing
bottles at the vehicle on the first day of the summit"), a noun phrase the parser split, a verb
the trigger list lacks. ACLED's codebook decides some sub-types by such words alone, whatever the
verb: any attack by a suicide bomber is a suicide bomb, any with chemical agents a chemical
weapon, sexual violence is coded as such, and a demonstration's sub-type follows from what the
demonstrators and the police did (``event_cues.tsv``). When no event was found, the first
sentence of the body that holds such words tells it; a sentence about a disaster, a crime,
diplomacy, sport, a drill or a commemoration tells none.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from sitrep.extract.event_rules import _cue_patterns, cue_kinds, protest_sub_type

# cue kinds that keep a sentence outside ACLED, or make its conflict words no event
OUTSIDE = frozenset({"disaster", "crime", "diplomacy", "sport", "rehearsal", "commemoration"})
# words that make a sentence a statement about who is to blame, not a report of what happened
BLAME = frozenset({"blame", "accuse", "accusation", "responsible", "responsibility", "behind",
                   "deny", "denial", "role", "investigate", "investigation", "charge", "trial",
                   "sentence", "convict", "prosecute", "indict"})
# cue kinds that decide a sub-type on their own, most specific first
DECISIVE = (("sexual", "Sexual violence"), ("suicide", "Suicide bomb"),
            ("chemical", "Chemical weapon"))
# demonstration cues: a demonstration named, or two kinds of what its crowd and police did
PROTEST_KINDS = frozenset({"protest_violent", "protest_intervention", "protest_lethal"})


@dataclass(frozen=True)
class VocabularyEvent:
    """A sub-type read from a sentence's words, and the cue (start, end) that decided it."""

    sentence: SpacySpan
    sub_event_type: str
    start: int
    end: int


def _cue_at(sent: SpacySpan, kinds: tuple[str, ...]) -> tuple[int, int] | None:
    """Character offsets (in the document) of the first cue of one of ``kinds``."""
    patterns = _cue_patterns()
    hits = [m for k in kinds if k in patterns for m in [patterns[k].search(sent.text)] if m]
    if not hits:
        return None
    first = min(hits, key=lambda m: m.start())
    return sent.start_char + first.start(), sent.start_char + first.end()


def vocabulary_event(doc: Doc, body_start: int, skip: set[int] | frozenset[int] = frozenset()
                     ) -> VocabularyEvent | None:
    """The event the first sentence with decisive vocabulary tells, or None. Sentences whose
    start is in ``skip`` are passed over (their triggers were weighed by the rules)."""
    for sent in doc.sents:
        if sent.start_char < body_start or sent.start_char in skip:
            continue
        kinds = cue_kinds(sent.text)
        if kinds & OUTSIDE or any(t.lemma_.lower() in BLAME for t in sent):
            continue
        for kind, sub in DECISIVE:
            at = _cue_at(sent, (kind,)) if kind in kinds else None
            if at is not None:
                return VocabularyEvent(sent, sub, *at)
        crowd = kinds & PROTEST_KINDS
        if "protest_actor" in kinds or len(crowd) >= 2:
            at = _cue_at(sent, ("protest_actor", *sorted(crowd)))
            if at is not None:
                return VocabularyEvent(sent, protest_sub_type(kinds), *at)
    return None
