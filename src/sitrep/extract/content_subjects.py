"""The subject of a passive cue with no source, told with what follows the cue.

"The striker was named the best player", "The old judge is known for his long rulings", "The
guards were blamed for the fire": what is reported is about the subject, and PolNeAR marks the
content in two parts around the cue ("The striker | the best player"). The claim's content
runs from the subject over the cue to the end of what follows it; the scorer cuts the cue out
(:func:`sitrep.evaluate.claims._around`), as for a cue set inside its content
(:func:`sitrep.extract.claim_spans.set_in`).

Measured on PolNeAR's training split (claims with no source whose cue verb has a passive
subject before it and whose content follows the cue, cue equal to gold's): gold starts the
content at the subject in 23 claims where the rules started it after the cue, and agrees with
the rules in 11, all with a subject who was asked, assured or informed (the hearer, not what
is told: left alone), besides "it"/"there" subjects and contents that open a clause ("it was
revealed that …", "was asked if …"), which gold leaves as the rules cut them in 12 of 15.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from sitrep.extract.claim_draft import Draft, char_span
from sitrep.nlp import doc_text

# Verbs whose passive subject is the one spoken to: "he was asked about X" tells X.
HEARER_VERBS = frozenset({
    "ask", "tell", "inform", "assure", "brief", "advise", "remind", "notify", "question",
    "reassure", "warn",
})
EMPTY_SUBJECTS = frozenset({"it", "there"})
CLAUSE_OPENERS = frozenset({"that", "if", "whether", "how", "why", "what", "when", "where",
                            "who"})


def told_with_subject(doc: Doc, drafts: Sequence[Draft]) -> None:
    """Start the content of each sourceless passive claim at its cue verb's subject (see the
    module docstring)."""
    text = doc_text(doc)
    for d in drafts:
        if d.kind != "sourceless" or d.source is not None or d.content.start < d.cue.end:
            continue
        cue = doc.char_span(d.cue.start, d.cue.end, alignment_mode="expand")
        content = doc.char_span(d.content.start, d.content.end, alignment_mode="expand")
        if cue is None or content is None or not len(content):
            continue
        verb = next((t for t in cue if t.pos_ == "VERB"), None)
        if verb is None or verb.lemma_.lower() in HEARER_VERBS:
            continue
        subj = next((t for t in verb.children if t.dep_ == "nsubjpass" and t.i < verb.i), None)
        if (subj is None or subj.lower_ in EMPTY_SUBJECTS
                or content[0].lower_ in CLAUSE_OPENERS):
            continue
        end = subj.right_edge.idx + len(subj.right_edge)
        if end > d.cue.start or text[end:d.cue.start].strip(" ,"):
            continue
        d.content = char_span(doc, subj.left_edge.idx, d.content.end)
