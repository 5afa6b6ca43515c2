"""Claims told inside another claim's content: "Moscow and Damascus fear that while Washington
claims it is focused on fighting Islamic State, …" holds Washington's claim. One is kept, with
``Claim.within`` the id of the outermost claim telling it, only when it is another named voice's
statement (:func:`another_voice`).

:func:`nest_late` looks again once the contents' ends are set. The first pass
(:func:`~sitrep.extract.claim_passes.nested`) keeps every denial standing in case it answers a
claim, but one told inside another's content and linked to no claim ("the governor said the
rebels had denied the charge") is the outer source's word; and a content that its end model
or a set-in cue ran on may now hold a cue the first pass saw outside it ("says the president
is acting unlawfully and showing disregard for …"). PolNeAR never nests one attribution
inside another's content (train: of the 27 denials we kept inside another claim's content,
5 are gold cues, the outer cue 24)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Doc

from sitrep.extract.claim_draft import Draft
from sitrep.extract.claim_sources import POSSESSIVES, PRONOUNS
from sitrep.extract.claim_speakers import RELATIVE_PRONOUNS
from sitrep.model import Article, Claim, Source, stable_id

# The dependencies of a cue verb that a content, once its ends are set, tells as part of what
# it holds: "… is acting unlawfully and showing disregard for …" (conj), "…, highlighting
# the recovery" (advcl), "Bush calling the plan …" (acl), a clause (ccomp) or a cue infinitive
# (xcomp). PolNeAR train, of the cues held only by an indirect claim's final content: gold cues
# in 0 of 10 ccomp, 5 of 28 conj, 5 of 28 advcl, 1 of 6 acl, 0 of 3 xcomp; a relative clause
# (7 of 13), a prepositional one (3 of 8) and a parataxis (2 of 4) stand.
LATE_DEPS = frozenset({"ccomp", "conj", "advcl", "acl", "xcomp"})


def nest_late(doc: Doc, unique: list[Draft], inner: dict[int, Draft],
              holders: dict[int, list[Draft]]) -> list[Draft]:
    """``unique`` less the denials and the cue verbs of :data:`LATE_DEPS` another standing
    claim's final content holds, which join ``inner`` (with their ``holders``); ``denies``
    indices are kept valid. Not moved: a claim linked to a claim, or linked to by one, set into
    what it tells or told as an aside ("the charge, the rebels denied, is false"), or an
    "according to". Not holding: a denial, a reaction ("the plan angered X"), a transcript
    turn, and an "according to" other than the phrase (a poll's "in", whose respondents'
    answers PolNeAR marks). (Moving every cue a final content holds, of any dependency,
    scored train cue 0.7312 but dev odd half cue 0.7068 from 0.7074: not kept.)"""
    linked = {d.denies for d in unique if d.denies is not None}
    holding = [o for o in unique if o.stance != "denies" and not o.felt and o.cue.text != ":"
               and (o.kind != "according_to" or o.cue.text.lower() == "according to")]
    moved: dict[int, list[Draft]] = {}
    for i, d in enumerate(unique):
        told = d.verb is not None and doc[d.verb].dep_ in LATE_DEPS
        if ((d.stance != "denies" and not told) or d.aside or d.inset
                or d.kind == "according_to" or i in linked or d.denies is not None):
            continue
        outer = [o for o in holding if o is not d and id(o) not in moved
                 and o.content.start <= d.cue.start and d.cue.end <= o.content.end]
        if outer:
            moved[id(d)] = outer
    if not moved:
        return unique
    kept = [i for i, d in enumerate(unique) if id(d) not in moved]
    index = {old: new for new, old in enumerate(kept)}
    for key, outer in moved.items():
        holders[key] = outer
        inner[key] = next(d for d in unique if id(d) == key)
    out = [unique[i] for i in kept]
    for d in out:
        if d.denies is not None:
            d.denies = index[d.denies]
    return out


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
