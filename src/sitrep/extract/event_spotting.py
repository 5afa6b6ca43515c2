"""Where a sentence tells an event, and which weapon makes a generic attack word specific.

:func:`sentence_triggers` finds the trigger words of a sentence (phrases of
``knowledge/event_triggers.tsv``, "under fire", frame verbs and nouns whose object decides, and
single words); :func:`refined_sub_type` makes a generic attack word specific by the nearest weapon
of the sentence or its paragraph (``event_instruments.tsv``), or by an air force actor.
Moved out of :mod:`sitrep.extract.events` unchanged.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from sitrep.extract.event_accused import blank_accusations
from sitrep.extract.event_rules import (
    downs_aircraft,
    frame_sub_type,
    instrument_hits,
    is_frame_verb,
    nominal_sub_type,
    under_fire,
)
from sitrep.extract.event_triggers import Trigger, phrase_pattern, singulars, triggers
from sitrep.extract.event_window import own_deeds_text
from sitrep.model import ActorMention, Span, Toponym

AIR_WORDS = re.compile(r"\b(air ?force|warplanes?|jets?|aircraft|helicopters?|drones?)\b", re.I)

# fire traded or exchanged is two sides firing: an armed clash whatever the weapon (ACLED's
# shelling is one-sided remote violence the other side cannot answer): "traded artillery fire"
TRADED = frozenset({"trade", "exchange"})


def traded(tok: Token) -> bool:
    """The fire an exchange is of ("an exchange of artillery fire")."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and (
        tok.head.head.lemma_.lower() in TRADED)


def sentence_triggers(sent: SpacySpan, toponyms: tuple[Toponym, ...] = ()
                   ) -> list[tuple[Token, Trigger, Span]]:
    single = triggers()[0]
    pattern, phrases = phrase_pattern()
    found: list[tuple[Token, Trigger, Span]] = []
    taken: set[int] = set()
    for m in pattern.finditer(sent.text.lower()):
        span = sent.doc.char_span(sent.start_char + m.start(), sent.start_char + m.end(),
                                  alignment_mode="expand")
        if span is None or any(t.i in taken for t in span):
            continue
        if traded(span.root):
            continue  # "an exchange of artillery fire": the fire is the exchange's, one clash
        taken.update(t.i for t in span)
        found.append((span.root, phrases[m.group()],
                      Span(span.start_char, span.end_char, span.text)))
    for tok in sent:
        if tok.i in taken or tok.ent_type_ in {"DATE", "TIME"}:
            continue  # "in March 2018" is a month, not a march
        if under_fire(tok):  # "the convoy was under heavy fire"
            found.append((tok, Trigger("under fire", "noun", "Armed clash", True, ""),
                          Span(tok.idx, tok.idx + len(tok), tok.text)))
            continue
        named = nominal_sub_type(tok, toponyms)  # "the recapture of Palmyra"
        if named is not None:
            found.append((tok, Trigger(tok.lemma_.lower(), "noun", named, named == "Armed clash"
                                       and tok.lemma_.lower() not in TRADED, "frame"),
                          Span(tok.idx, tok.idx + len(tok), tok.text)))
            continue
        if is_frame_verb(tok):  # "seized weapons", "set up a post": the object decides
            framed = frame_sub_type(tok, toponyms)
            if framed is not None:
                refine = framed == "Armed clash" and not downs_aircraft(tok, toponyms) and (
                    tok.lemma_.lower() not in TRADED)
                found.append((tok, Trigger(tok.lemma_.lower(), "verb", framed, refine, "frame"),
                              Span(tok.idx, tok.idx + len(tok), tok.text)))
                continue
        pos = "verb" if tok.pos_ == "VERB" else "noun" if tok.pos_ in {"NOUN", "PROPN"} else ""
        trig: Trigger | None = single.get((tok.lemma_.lower(), pos)) or single.get(
            (tok.lower_, pos))
        if trig is None and tok.pos_ == "PROPN" and not tok.ent_type_:
            # a capitalised plural the tagger took for a name ("Clashes erupted …"): the
            # lemmatiser leaves names as they are, so the noun is read from its singular
            trig = next((single[(w, "noun")] for w in singulars(tok.lower_)
                         if (w, "noun") in single), None)
        if trig is not None and not (pos == "noun" and tok.dep_ == "compound"):
            found.append((tok, trig, Span(tok.idx, tok.idx + len(tok), tok.text)))
    return found


def refined_sub_type(trig: Trigger, sent: SpacySpan, tok: Token, actor1: ActorMention | None,
            window: tuple[int, str] | None = None, doc: Doc | None = None) -> str:
    """A generic attack word made specific by the nearest weapon of its sentence, else of the
    paragraph ``window`` beside it (start, text) not told as another deed (event_window)."""
    if not trig.refine:
        return told_by_instrument(trig, tok) or trig.sub_event_type
    for start, text in ((sent.start_char, sent.text), window or (0, "")):  # deeds blanked
        text = own_deeds_text(doc, sent, start, start + len(text)) if doc and text else text
        text = blank_accusations(text, start, sent, tok)  # the weapon of an act accused
        hits = [(abs(start + at - tok.idx), sub) for at, sub in instrument_hits(text)]
        if hits:
            return min(hits)[1]
    if actor1 is not None and (re.search(r"air|aerospace", actor1.actor.name, re.I) or (
            actor1.span is not None and AIR_WORDS.search(actor1.span.text))):
        return "Air/drone strike"
    return trig.sub_event_type


def told_by_instrument(trig: Trigger, tok: Token) -> str | None:
    """A toll verb whose subject is a weapon ("Bomb kills five", "shelling killed two"): the
    weapon names the event, as it would in "a bomb exploded, killing five"."""
    if trig.role != "outcome" or tok.pos_ != "VERB":
        return None
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    hits = instrument_hits(" ".join(t.text for t in subject.subtree))
    return hits[0][1] if hits else None
