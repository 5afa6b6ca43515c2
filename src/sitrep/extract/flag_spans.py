"""Decoding per-token P(inside a propaganda span) into spans (see :mod:`.flag_model`).

A *run* is a stretch of tokens whose inside probability stays at or above ``low`` throughout,
within one sentence, without trailing punctuation, that reaches ``threshold`` somewhere. The
model's runs are often longer than the spans they cover (a median of 9 tokens against 5 for
PTC's gold spans), which the SI metric charges in proportion to the excess, so each run is
then cut down:

- into the *parts* between the clause punctuation inside it (commas, semicolons, colons,
  dashes, quotation marks, brackets: :data:`SPLIT`); a part must itself reach ``threshold``;
- each part to the stretches whose tokens keep at least :data:`PEAK_RATIO` of the part's
  highest probability, again each reaching ``threshold``.

5-fold cross-validation by article on PTC (out-of-fold probabilities) chose these over
cutting at conjunctions too, trimming to the peak's stretch only, a segment-penalised Viterbi
decoding and shorter spans for the loaded-language techniques: SI F1 0.394 against 0.382,
better on each of the 5 folds, spans of a median 6 tokens instead of 9
(``knowledge/flag_model.md``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc

SPLIT = frozenset({",", ";", ":", "—", "–", "(", ")", '"', "“", "”"})
PEAK_RATIO = 0.2  # a part keeps its tokens with P(inside) >= PEAK_RATIO * the part's maximum
# (the encoder path trims harder: flag_head.ENCODER_PEAK_RATIO)

Run = tuple[int, int]  # first and last token, inclusive


def spans(doc: Doc, inside: Any, threshold: float, low: float,
          peak_ratio: float = PEAK_RATIO) -> list[Run]:
    """The (first, last) tokens of the spans decoded from ``inside`` (module docstring); a
    part keeps its tokens with at least ``peak_ratio`` of its highest probability."""
    out: list[Run] = []
    for first, last in runs(doc, [not t.is_space and inside[t.i] >= low for t in doc]):
        cut = [doc[i].text not in SPLIT for i in range(first, last + 1)]
        for part in runs(doc, cut, first):
            top = max(inside[part[0]:part[1] + 1])
            kept = [inside[i] >= peak_ratio * top for i in range(part[0], part[1] + 1)]
            out += [run for run in runs(doc, kept, part[0])
                    if max(inside[run[0]:run[1] + 1]) >= threshold]
    return out


def runs(doc: Doc, keep: list[bool], offset: int = 0) -> list[Run]:
    """The maximal stretches of tokens ``offset + i`` with ``keep[i]``, each within one
    sentence, trimmed of punctuation at both ends (dropped if nothing else is left)."""
    out: list[Run] = []
    i = 0
    while i < len(keep):
        if not keep[i]:
            i += 1
            continue
        j = i
        while j + 1 < len(keep) and keep[j + 1] and not doc[offset + j + 1].is_sent_start:
            j += 1
        first, last = offset + i, offset + j
        while first <= last and (doc[first].is_punct or doc[first].is_space):
            first += 1
        while last >= first and (doc[last].is_punct or doc[last].is_space):
            last -= 1
        if first <= last:
            out.append((first, last))
        i = j + 1
    return out
