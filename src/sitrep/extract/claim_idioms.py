"""Verbs of saying frozen into a discourse marker: "That said, …", "having said that, …".

A writer links two of their own sentences with "that said" or "that being said"; no one is
told to say anything, so the verb heads no claim. PolNeAR train: a "That said" the claims rules
read as a claim heads no gold cue in 4 of 5 uses (the one marked is a slip of the annotation);
the verb with a speaker and a clause ("the minister said that …") stays a cue.
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
