"""Claims told inside another claim's content: "Moscow and Damascus fear that while Washington
claims it is focused on fighting Islamic State, …" holds Washington's claim. One is kept, with
``Claim.within`` the id of the outermost claim telling it, only when it is another named voice's
statement (:func:`another_voice`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Doc

from sitrep.extract.claim_draft import Draft
from sitrep.extract.claim_sources import POSSESSIVES, PRONOUNS, RELATIVE_PRONOUNS
from sitrep.model import Article, Claim, Source, stable_id


def told_inside(doc: Doc, article: Article, unique: Sequence[Draft],
                inner: Mapping[int, Draft], holders: Mapping[int, Sequence[Draft]],
                ids: Sequence[str]) -> dict[int, list[Claim]]:
    """The claims of ``inner`` (nested drafts by ``id``) to keep, by the index in ``unique`` of
    the outermost standing claim whose content holds them (``holders``: each nested draft's
    holding drafts; ``ids``: the standing claims' ids)."""
    index = {id(d): i for i, d in enumerate(unique)}
    told: dict[int, list[Claim]] = {}
    for key, d in inner.items():  # told inside a claim that stands: linked to the outermost
        outer = [index[id(o)] for o in holders[key] if id(o) in index]
        if not outer:
            continue
        o = min(outer, key=lambda i: unique[i].content.start)
        if not another_voice(doc, d, unique[o]):
            continue
        told.setdefault(o, []).append(Claim(
            id=stable_id(article.id, "claim", str(d.cue.start), str(d.content.start)),
            source=Source(d.source, d.canonical, d.source_type), cue=d.cue, content=d.content,
            kind=d.kind, stance=d.stance, certainty=d.certainty, within=ids[o]))
    return told


def another_voice(doc: Doc, d: Draft, outer: Draft) -> bool:
    """Whether a claim told inside another's content is someone else's statement, named:
    "Moscow fears that, while Washington claims X, …" tells Washington's claim; "the ministry
    published images which they say show …" and "he said he thinks …" tell no second voice,
    and "X said Y was mocking his rival" tells what Y did, not what Y said (a statement has
    a clause or a quote for its content)."""
    if (d.source is None or d.canonical is None or d.canonical == outer.canonical
            or d.source.text.lower() in PRONOUNS | POSSESSIVES | RELATIVE_PRONOUNS):
        return False
    if d.kind == "direct":
        return True
    content = doc.char_span(d.content.start, d.content.end, alignment_mode="expand")
    return content is not None and any(
        t.dep_ in {"nsubj", "nsubjpass", "expl"} and content.start <= t.head.i < content.end
        for t in content)
