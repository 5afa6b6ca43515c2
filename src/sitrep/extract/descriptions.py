"""What an article says an unknown name is: "the Northern Dawn Front, an armed opposition
group" is a rebel group (and, as a claim's source, an armed group); "Free Idlib Voice, an
opposition outlet" is media. Read from an apposition right after the name, by the head noun of
the description and its modifiers (knowledge/described_as.tsv). Names the actor dictionary or
the source list know keep their own type; this only types what would stay unknown.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc

from sitrep.knowledge import read_table


@dataclass(frozen=True)
class Description:
    """The types an apposition gives a name (``None``: it gives that kind no type)."""

    source_type: str | None
    actor_type: str | None


_CACHE_KEY = "sitrep.described"


@cache
def _rows() -> tuple[tuple[str, str, Description], ...]:
    return tuple((row["noun"], row["modifier"],
                  Description(row["source_type"] or None, row["actor_type"] or None))
                 for row in read_table("described_as.tsv"))


def described(doc: Doc) -> dict[str, Description]:
    """Each name of ``doc`` that an indefinite apposition describes ("X, an armed group"),
    with the types the description gives, keyed by the name's text (without "the"). Read once
    per doc: the actor and the claim stages both ask."""
    cached = doc.user_data.get(_CACHE_KEY)
    if cached is not None:
        return cached
    found: dict[str, Description] = {}
    for tok in doc:
        comma = tok.left_edge.i - 1
        if tok.dep_ != "appos" or comma < 1 or doc[comma].text != ",":
            continue
        name_end = doc[comma - 1]  # the parse may hang the description on "Fighters" of
        if name_end.pos_ != "PROPN":  # "Fighters of the X, an armed group": X is described
            continue
        if not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in tok.children):
            continue
        modifiers = {c.lower_ for c in tok.children if c.dep_ in {"amod", "compound"}}
        modifiers |= {w for c in tok.children if c.dep_ in {"amod", "compound"}
                      for w in c.lower_.split("-")}  # "Kurdish-led", "pro-government"
        for noun, modifier, description in _rows():
            if tok.lemma_.lower() == noun and (not modifier or modifier in modifiers):
                start = name_end.left_edge.i
                if name_end.ent_iob_ in {"B", "I"}:  # the entity holding the name, if any
                    start = next(e.start for e in doc.ents if e.start <= name_end.i < e.end)
                while start < name_end.i and (doc[start].dep_ == "det" or doc[start].is_punct):
                    start += 1
                found.setdefault(doc[start:name_end.i + 1].text, description)
                break
    doc.user_data[_CACHE_KEY] = found
    return found
