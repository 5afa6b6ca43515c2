"""Claims whose speaker the parser lost: a main cue verb left without a subject.

- :func:`lost_subject`: "About 4 in 10 say they want …", "X is pushing east, a report by
  Al-Masdar News said": the words before the verb (or after the last comma before it) are
  the source, the clause the content;
- :func:`unattached_source`: "Friday, Kenya, leading a bloc of six states, asked …", "At the
  camp, a nurse who had worked there asked …": a finite main verb whose subject the parser
  hung inside an opening phrase or left unattached; the noun phrase before the verb is the
  source, and the verb rule tells the content as usual.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitrep.extract.claim_draft import subtree_span, tok_span
from sitrep.model import Span


def lost_subject(doc: Doc, verb: Token, cue_toks: list[Token]) -> tuple[Span, Span] | None:
    """(source, content) of a main cue verb the parser left without a subject.

    "About 4 in 10 say they want …", "Jane Roe, a rabbi helping the campaign, said he …":
    the words before the verb, up from the start of the sentence, are the source when they
    hold a name or a noun and no verb of their own, and the clause after it the content.
    """
    if verb.dep_ != "ROOT":
        return None
    content = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    first = min(t.i for t in cue_toks)
    if content is None and any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
        return _trailing_source(doc, verb, first)
    left = [t for t in verb.sent if t.i < first and not t.is_space]
    while left and left[-1].is_punct:
        left.pop()
    if content is None or not left or left[0].is_punct or not any(
            t.pos_ in {"PROPN", "NOUN", "NUM"} or acronym(t) for t in left) or any(
            t.tag_ in {"VBD", "VBZ", "MD"} and not acronym(t)
            or t.lower_ in {"that", "if", "when", "as"} for t in left):
        return None
    return tok_span(doc, _before_aside(left)), subtree_span(doc, content)


def acronym(tok: Token) -> bool:
    """An upper-case name the tagger may take for a verb: "State news agency SANA, citing …,
    said" (no verb of English is written in capitals in running copy)."""
    return len(tok.text) > 1 and tok.text.isalpha() and tok.text.isupper()


def _before_aside(left: list[Token]) -> list[Token]:
    """The speaker's words up to a participle set off by a comma: "SANA, citing a military
    source, said …" is SANA's claim (the source it cites is its own, no part of the speaker),
    as "Ruiz, speaking at a rally, said" is Ruiz's (:func:`sitrep.extract.claim_source_spans.
    source_span`)."""
    for k in range(1, len(left) - 1):
        after = left[k + 1]  # "…, according to X," is no such aside
        if left[k].text == "," and after.tag_ == "VBG" and after.i == left[k].i + 1 and (
                after.lower_ != "according"):
            return left[:k]
    return left


def _trailing_source(doc: Doc, verb: Token, first: int) -> tuple[Span, Span] | None:
    """"X is pushing east, a report by Al-Masdar News said": the parser hung the speaker
    inside the told clause; the noun phrase between the last comma and the cue is the source.

    A comma right before the cue closes an apposition: "…, Omar Farah, the deputy minister,
    wrote" (or "…, a nurse then working there,"); the source is the noun phrase before it and
    the apposition, whatever the apposition holds.
    """
    sent = verb.sent
    commas = [t.i for t in sent if t.i < first and t.text == ","]
    if not commas:
        return None
    if commas[-1] == first - 1 and len(commas) >= 3:
        head = [t for t in sent if commas[-3] < t.i < commas[-2] and not t.is_space]
        aside = [t for t in sent if commas[-2] < t.i < commas[-1] and not t.is_space]
        if _noun_phrase(head) and any(t.pos_ in {"PROPN", "NOUN"} for t in aside):
            told = [t for t in sent if t.i < commas[-3] and not t.is_space]
            return (tok_span(doc, [*head, *aside]), tok_span(doc, told)) if told else None
    comma = commas[-1]
    words = [t for t in sent if comma < t.i < first and not t.is_space]
    if not _noun_phrase(words):
        return None
    told = [t for t in sent if t.i < comma and not t.is_space]
    if not told:
        return None
    return tok_span(doc, words), tok_span(doc, told)


def _noun_phrase(words: list[Token]) -> bool:
    """Whether words hold a noun and no verb or relative word (a speaker, not a clause)."""
    return bool(words) and any(t.pos_ in {"PROPN", "NOUN"} for t in words) and not any(
        t.pos_ in {"VERB", "AUX"} or t.lower_ in {"that", "which", "who"} for t in words)


FINITE = frozenset({"VBD", "VBZ", "VBP"})
# What may open a sentence before its speaker: "At the rally,", "Friday,", "Alarmed by X,".
LEAD_DEPS = frozenset({"prep", "advcl", "npadvmod", "advmod"})
NOMINAL = frozenset({"PROPN", "NOUN", "PRON"})
QUOTE_CHARS = frozenset({'"', "“", "”", "``", "''"})
SET_OFF = frozenset({",", "-", "—", "–"})


def unattached_source(doc: Doc, verb: Token, cue_toks: list[Token]) -> Span | None:
    """The source of a finite main verb the parser left without a subject.

    "Friday, Kenya, leading a bloc of six states, asked …", "On May 3, Haddad, who had
    stayed silent, decided …": the words between what opens the sentence (a conjunction, a
    phrase set off by a comma, less a speaker the parser hung inside it) and the verb, less a
    time or adverb right before the verb ("…, last week said"), when they start a noun
    phrase, hold no quotation mark and no finite verb outside a relative clause. An
    imperative ("Read the full report here") has no such words.
    """
    if verb.dep_ not in {"ROOT", "dep"} or verb.tag_ not in FINITE:
        return None
    first = min(t.i for t in cue_toks)
    region = _after_opening(verb, [t for t in verb.sent if t.i < first and not t.is_space])
    while region:  # "…, last week said", "… also railed"
        last = region[-1]
        time = next((a for a in [last, *last.ancestors] if a.dep_ == "npadvmod"
                     and a.head.i == verb.i), None)
        if last.is_punct or last.dep_ in {"advmod", "neg"} and last.head.i == verb.i:
            region.pop()
        elif time is not None and time.left_edge.i > region[0].i:
            region = [t for t in region if t.i < time.left_edge.i]
        else:
            break
    if not region or region[0].pos_ not in NOMINAL | {"DET", "NUM", "ADJ"} or not any(
            t.pos_ in NOMINAL for t in region) or any(t.text in QUOTE_CHARS for t in region):
        return None
    relative = False
    for t in region:
        relative = relative or t.lower_ in {"who", "which", "that"}
        if t.tag_ in FINITE | {"MD"} and not relative:
            return None
    return tok_span(doc, region)


def _after_opening(verb: Token, region: list[Token]) -> list[Token]:
    """``region`` less what opens the sentence: "But", "At the rally,", "Friday,"."""
    while region:
        head = region[0]
        if head.dep_ in {"cc", "mark"} or head.is_punct:
            region = region[1:]
            continue
        lead = next((c for c in verb.children if c.dep_ in LEAD_DEPS
                     and c.left_edge.i == head.i and c.i < verb.i), None)
        if lead is None or lead.dep_ == "advmod" and lead.pos_ in {"PROPN", "NOUN"}:
            break  # "But Bill Skelly, a data operative, vouched …": the speaker himself
        inside = swallowed(lead)
        end = inside.left_edge.i if inside is not None else lead.right_edge.i + 1
        rest = [t for t in region if t.i >= end]
        if inside is None and not (rest and rest[0].text in SET_OFF):
            break
        region = rest
    return region


def swallowed(lead: Token) -> Token | None:
    """The speaker the parser hung inside an opening phrase as its apposition or conjunct,
    after a comma and under no verb of the phrase: "At the camp, a nurse …", "Alarmed by
    the shelling, Governor Ana Ruiz, …" (not "At the camp, where X said …, Y")."""
    doc = lead.doc
    for t in lead.subtree:
        if t.i == lead.i or t.dep_ not in {"appos", "conj"} or t.pos_ not in NOMINAL:
            continue
        if t.left_edge.i == 0 or doc[t.left_edge.i - 1].text != ",":
            continue
        between = [a for a in t.ancestors if lead.is_ancestor(a)]
        if not any(a.pos_ in {"VERB", "AUX"} for a in between):
            return t
    return None
