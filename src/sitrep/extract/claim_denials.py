"""A denial linked to the claim it denies: one told inside the denial ("Moscow rejected claims
by Kyiv that …"), else, where the denial refers back to a report or claim ("denied the
reports"), the latest earlier claim of another source. Moved from
:mod:`sitrep.extract.claim_passes`."""

from __future__ import annotations

from spacy.tokens import Doc

from sitrep.extract.claim_draft import Draft, char_span
from sitrep.extract.claim_passes import BACK_REFERENCE


def link_denials(doc: Doc, drafts: list[Draft]) -> None:
    for i, d in enumerate(drafts):
        if d.stance != "denies":
            continue
        nested = [j for j, o in enumerate(drafts) if j != i and o.stance == "asserts"
                  and (d.content.start <= o.content.start and o.content.end <= d.content.end
                       or d.content.start <= o.cue.start <= d.content.end)]
        if nested:
            d.denies = nested[0]
            inner = drafts[nested[0]]
            if inner.content.end > d.content.end:  # "rejected claims from X that ...": widen
                d.content = char_span(doc, d.content.start, inner.content.end)
            continue
        if d.content.text.lower().split()[-1:] and any(
                w in BACK_REFERENCE for w in d.content.text.lower().split()):
            earlier = [j for j, o in enumerate(drafts) if o.stance == "asserts"
                       and o.content.end <= d.cue.start and o.canonical != d.canonical]
            if earlier:
                d.denies = earlier[-1]
