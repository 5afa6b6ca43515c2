"""The words at the edges of a cue's verb group that PolNeAR marks as part of the cue.

:func:`sitrep.extract.claim_spans.cue_tokens` collects a cue verb's auxiliaries, negation,
particle and known adverbs; :func:`widen` adds the words around that group which PolNeAR's
annotators take into the cue with it. Each edge was counted on PolNeAR train (gold cues that
overlap one of ours: how often gold takes the word in when it is there) and only edges gold
takes in far more often than not are added:

- every adverb between an auxiliary and the verb, with the commas around it ("has since
  said", "would ever admit", "have so far been asked", "has, however, conceded", "have both
  claimed"): 29 of 29 such words left out before, 146 of 146 -ly adverbs there kept;
- "then" right after the subject ("Ortega then claimed": 15 of 19; after "and" or a comma it
  is the writer's sequence, 5 of 7 left out);
- a floating "both" or "all" after a named subject ("Kamau and Otieno both insisted": 6 of 6);
- an -ly adverb of manner right after the verb, when a clause, a preposition or the end of the
  clause follows ("asked rhetorically", "argued insistently that", "complained bitterly
  about": 17 of 19), and "back" ("wrote back": 5 of 6);
- a short "with" phrase of manner or "by phone" after a verb of saying ("said with a grin",
  "said by telephone": 9 of 9).

Left out because PolNeAR is split on them: a weekday after the verb ("said Tuesday": 61 of 109),
"in an interview" (25 of 70), "of" after "said" (31 of 80).
"""

from __future__ import annotations

from spacy.tokens import Token

# Floating quantifiers of a plural subject ("have both urged", "the two all agreed").
FLOATING = frozenset({"both", "all"})
# Verbs of saying a manner phrase can follow ("said with a grin", "said by phone").
SAYING = frozenset({"say", "ask", "reply", "respond", "explain", "add", "joke", "quip", "tell",
                    "answer", "insist", "note", "declare", "admit", "concede", "shout"})
MEANS = frozenset({"phone", "telephone", "email", "e-mail", "text", "video", "videolink",
                   "satellite"})
GROUP_DEPS = frozenset({"aux", "auxpass", "neg"})
# Words in -ly that tell when or how often, not how something was said ("reported daily to").
NOT_MANNER = frozenset({"daily", "weekly", "monthly", "yearly", "nightly", "hourly", "early",
                        "only", "likely", "previously", "recently", "initially", "finally"})


def _in_gap(tok: Token, verb: Token) -> bool:
    """Whether ``tok``, between an auxiliary and the verb, belongs to the verb group."""
    if tok.is_punct:
        return tok.text == ","
    if tok.dep_ in GROUP_DEPS and tok.head.i == verb.i:
        return True
    if tok.lower_ in FLOATING:
        return tok.dep_ in {"dep", "advmod", "appos", "det", "predet"}
    return tok.dep_ in {"advmod", "neg"} and tok.is_alpha and (  # "since" is parsed SCONJ
        tok.head.i == verb.i or tok.head.dep_ == "advmod" and tok.head.head.i == verb.i)


def _before(first: Token, verb: Token) -> bool:
    """Whether the word before the group's first word belongs to the cue."""
    doc = verb.doc
    if first.i == 0:
        return False
    tok = doc[first.i - 1]
    prev = doc[tok.i - 1] if tok.i > 0 else None
    if tok.lower_ == "then" and tok.dep_ == "advmod" and tok.head.i == verb.i:
        return prev is not None and not tok.is_sent_start and not prev.is_punct and (
            prev.lower_ not in {"and", "or"})
    if tok.lower_ in FLOATING and tok.dep_ in {"appos", "dep", "advmod"}:
        return prev is not None and not tok.is_sent_start and prev.pos_ in {"PROPN", "NOUN"}
    return False


def _after(last: Token, verb: Token) -> bool:
    """Whether the word after the group's last word belongs to the cue."""
    doc = verb.doc
    if last.i + 1 >= len(doc):
        return False
    tok = doc[last.i + 1]
    if tok.dep_ != "advmod" or tok.head.i != verb.i or tok.pos_ != "ADV":
        return False
    if tok.lower_ == "back":
        return True
    if not (tok.is_alpha and tok.text.islower() and tok.lower_.endswith("ly")) or (
            tok.lower_ in NOT_MANNER):
        return False
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return nxt is None or nxt.is_punct or nxt.is_space or nxt.pos_ in {"SCONJ", "ADP"} or (
        nxt.lower_ == "that")


def _manner_phrase(last: Token, verb: Token) -> list[Token]:
    """A "with" phrase of manner or a "by phone" right after a verb of saying's group: "said
    with a grin", "said with a laugh", "said by telephone" (PolNeAR train: 9 of 9): a short
    noun phrase with no clause in it."""
    doc = verb.doc
    if last.i + 1 >= len(doc) or verb.lemma_.lower() not in SAYING:
        return []
    prep = doc[last.i + 1]
    if prep.dep_ != "prep" or prep.head.i != verb.i or prep.lower_ not in {"with", "by"}:
        return []
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or obj.pos_ != "NOUN" or obj.right_edge.i - prep.i > 4 or (
            prep.lower_ == "by" and obj.lower_ not in MEANS):
        return []
    phrase = list(doc[prep.i:obj.right_edge.i + 1])
    if any(t.pos_ in {"VERB", "AUX", "PROPN", "PRON"} or t.is_punct for t in phrase):
        return []
    return phrase


def _name_as_modal(tok: Token, verb: Token) -> bool:
    """Whether ``tok`` is a name the parser read as a modal: "Columnist George Will wrote",
    "Will argues" (no modal comes before a past or third-person form)."""
    return tok.dep_ == "aux" and tok.text in {"Will", "May"} and tok.i < verb.i and (
        verb.tag_ in {"VBD", "VBZ"})


def widen(verb: Token, toks: list[Token]) -> list[Token]:
    """``toks`` (a cue verb's group) with the words at its edges that PolNeAR takes in, less
    a name the parser read as a modal."""
    doc = verb.doc
    toks = [t for t in toks if not _name_as_modal(t, verb)]
    have = {t.i for t in toks}
    group = [t for t in toks if t.i < verb.i and t.dep_ in GROUP_DEPS and t.head.i == verb.i]
    if group:
        first = min(t.i for t in group)
        gap = [doc[i] for i in range(first + 1, verb.i) if i not in have]
        if gap and all(_in_gap(t, verb) for t in gap):
            have.update(t.i for t in gap)
    start = end = verb.i
    while start - 1 in have:
        start -= 1
    while end + 1 in have:
        end += 1
    if _before(doc[start], verb):
        have.add(start - 1)
    if _after(doc[end], verb):
        have.add(end + 1)
        end += 1
    have.update(t.i for t in _manner_phrase(doc[end], verb))
    return [doc[i] for i in sorted(have)]
