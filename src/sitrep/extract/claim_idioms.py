"""Verbs of saying frozen into a discourse marker: "That said, …", "having said that, …".

A writer links two of their own sentences with "that said" or "that being said"; no one is
told to say anything, so the verb heads no claim. PolNeAR train: a "That said" the claims rules
read as a claim heads no gold cue in 4 of 5 uses (the one marked is a slip of the annotation);
the verb with a speaker and a clause ("the minister said that …") stays a cue.

"Call" names or cancels as often as it tells (:func:`names_or_cancels`): "the so-called green
line", "a film called Homeland", "called off the vote" are no one's words. PolNeAR train: a
participle of "call" set on a noun with no agent heads a gold cue in 3 of 13 claims the rules
made of it, "called off" in 0 of 3; "the offensive, called Dawn by the army" (an agent) and
"a group calling itself X" (a speaker describing itself: gold in 16 of 19 such self-
descriptions) stay claims.
"""

from __future__ import annotations

from spacy.tokens import Token

# The markers, lower case, as the words between the clause's edges (a comma, semicolon, dash,
# bracket or the sentence's ends): "That said, …", "…; having said that, …".
FROZEN_SAYINGS = frozenset({
    "that said", "this said", "with that said", "all that said", "that all said",
    "having said that", "having said this", "having said all that",
    "that being said", "this being said", "all that being said", "that having been said",
})
# A conjunction or adverb that may lead the marker: "But that said, …".
LEADS = frozenset({"but", "and", "still", "yet", "so", "now", "again"})
EDGES = frozenset({",", ";", ":", "—", "–", "-", "--", "(", ")", '"', "“", "”", "``", "''"})


def frozen_saying(verb: Token) -> bool:
    """Whether the verb of saying ``verb`` is a discourse marker, not a report: "That said,
    the market stayed open", "The rains came late; having said that, the wells are full"."""
    if verb.lemma_.lower() != "say":
        return False
    sent = verb.sent
    start = verb.i
    while start > sent.start and verb.doc[start - 1].text not in EDGES:
        start -= 1
    end = verb.i + 1
    while end < sent.end and verb.doc[end].text not in EDGES:
        end += 1
    if end >= sent.end or verb.doc[end].text != ",":
        return False  # a marker is set off by a comma: "That said, …"
    words = [t.lower_.replace("’", "'") for t in verb.doc[start:end]]
    if words and words[0] in LEADS:
        words = words[1:]
    return " ".join(words) in FROZEN_SAYINGS


def names_or_cancels(verb: Token) -> bool:
    """Whether ``verb`` is "call" naming a thing or calling it off, not a report: a participle
    on a noun with no agent ("the so-called green line", "a village called Tal Abyad") or
    "called off"."""
    if verb.lemma_.lower() != "call":
        return False
    if any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children):
        return True
    return verb.tag_ == "VBN" and verb.dep_ in {"acl", "amod"} and not any(
        c.dep_ == "agent" for c in verb.children)
