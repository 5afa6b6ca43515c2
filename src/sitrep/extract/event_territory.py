"""Whether a territorial event names its place: "the town" retaken refers back to a place the
sentence before named, and "seized two villages" told in a story about one place is placed
there; and in which country the place taken lies (a foreign state's forces overtake it, a
government regains its own)."""

from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from sitrep.extract.event_actors import EventContext
from sitrep.extract.event_places import article_focus
from sitrep.extract.event_rules import territory_words
from sitrep.model import Toponym

# verbs of taking back a place: the government's own ground, whatever place the parse finds
RETAKING = frozenset({"liberate", "free", "regain", "retake", "recapture", "reclaim", "recover",
                      "reoccupy", "reconquer", "reassert", "restore",
                      "retook", "retaken", "regained"})  # forms the parser leaves unlemmatised
PLACE_PREPOSITIONS = {"in", "near", "from", "at", "outside", "around", "into", "towards"}


def place_entity(sent: SpacySpan) -> bool:
    """The sentence names a place, though the gazetteer may not know it: "took over three
    villages" told after "advanced through the hills of Jebel Marra"; a name after a
    preposition of place, whatever NER took it for ("withdrew from Marzin"), or of a place noun
    ("the town of Garabulli")."""
    towns = territory_words()
    return any(t.ent_type_ in {"GPE", "LOC", "FAC"} or t.pos_ == "PROPN" and t.dep_ == "pobj" and (
        t.head.lower_ in PLACE_PREPOSITIONS
        and t.ent_type_ not in {"PERSON", "NORP", "DATE", "TIME"}
        or t.head.lower_ == "of" and t.head.head.lower_ in towns  # whatever NER took it for
        and t.ent_type_ not in {"DATE", "TIME"}) for t in sent)


DEFINITE = frozenset({"the", "this", "that", "these", "those"})
# a place named as the reference point of a distance or bearing: "8 km south-east of Sarmin"
REFERENCE_POINT = re.compile(r"(?:\b(?:km|kms|kilometres|kilometers|miles|metres|meters)\b|"
                             r"\b(?:north|south|east|west)(?:[- ]?(?:east|west))?(?:ern)?)"
                             r"(?:\s+(?:of|from))\s*$", re.I)


def _objects(tok: Token) -> list[Token]:
    """What the trigger acts on: its object, and the objects of its prepositions and of its
    object's ("took control of two villages")."""
    direct = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
    preps = [p for c in (tok, *direct) for p in c.children if p.dep_ == "prep"]
    return direct + [g for p in preps for g in p.children if g.dep_ == "pobj"]


def _place_noun(tok: Token) -> Token | None:
    """The place noun with a definite article that the trigger acts on ("had retaken the
    town", "shelled the villages"), which names nothing itself; None when there is none.
    "Control of some 87 percent of the country's territory" refers to no place: a tally, not
    an event."""
    return next((o for o in _objects(tok) if o.lower_ in territory_words() and any(
        d.dep_ == "det" and d.lower_ in DEFINITE for d in o.children)), None)


# place nouns too vague to be one place of a story ("seized territory", "gained ground in
# several areas")
VAGUE_PLACES = frozenset({"territory", "territories", "area", "areas", "countryside"})


def _places_taken(tok: Token) -> bool:
    """The trigger takes places by a noun that names none ("seized two villages", "took control
    of a town")."""
    return any(o.lower_ in territory_words() and o.lower_ not in VAGUE_PLACES
               for o in _objects(tok))


def _refers_back(tok: Token) -> bool:
    return _place_noun(tok) is not None


def _same_paragraph(text: str, sents: list[SpacySpan], k: int) -> bool:
    """Sentence ``k`` follows sentence ``k - 1`` in one paragraph (a sentence span keeps the
    blank line after it, so the break is looked for after its last word)."""
    if k == 0:
        return False
    before = sents[k - 1]
    return "\n" not in text[before.start_char + len(before.text.rstrip()):sents[k].start_char]


def named_before(ctx: EventContext, sents: list[SpacySpan], k: int, tok: Token) -> bool:
    """The sentence before, in the same paragraph, names the place that "the town" of this one
    refers to ("Fighting broke out around Kidal. By evening, troops had retaken the town");
    or the article's place context gives the place of places taken by a noun alone ("On
    Sunday, rebels seized two villages" in a story about Bunagana): the event is then placed
    at the article's main place at a province's precision (3), as ACLED codes an event whose
    report names only the wider area it happened in (ACLED Codebook, "Spatial precision
    codes")."""
    if _places_taken(tok) and article_focus(ctx.toponyms, ctx.article) is not None:
        return True
    if not _same_paragraph(ctx.article.text, sents, k):
        return False
    if not _refers_back(tok):
        return False
    before = sents[k - 1]
    return place_entity(before) or any(
        t.place is not None and before.start_char <= t.span.start < before.end_char
        for t in ctx.toponyms)


def referred_place(ctx: EventContext, sents: list[SpacySpan], k: int, tok: Token
                   ) -> Toponym | None:
    """The place "the town" of a sentence that names none refers to.

    First the first settlement of the sentence before (same paragraph) that is not the
    reference point of a distance or bearing ("The fighting for Saraqib, about 8 km to the
    south-east of Sarmin, … Government forces said they had retaken the town": Saraqib).
    Failing that, the last settlement the article introduced with that very noun before the
    sentence ("artillery pounded the town of Sarmin …" three paragraphs earlier, then "the
    ministry denied that its forces had shelled the town": Sarmin), as a reader would take it.
    """
    noun = _place_noun(tok)
    if noun is None:
        return None
    text = ctx.article.text
    settlements = [t for t in ctx.toponyms if t.place is not None
                   and t.place.feature_class == "P" and t.source not in {"demonym", "name"}]
    if _same_paragraph(text, sents, k):
        before = sents[k - 1]
        found = next((t for t in settlements
                      if before.start_char <= t.span.start < before.end_char
                      and not REFERENCE_POINT.search(text[before.start_char:t.span.start])),
                     None)
        if found is not None:
            return found
    if noun.tag_ in {"NNS", "NNPS"}:
        return None  # "the villages": several places, none of which the sentence names
    introduced = re.compile(rf"\b{re.escape(noun.lower_)}\s+of\s+$", re.I)
    named_after = re.compile(rf"^\s+{re.escape(noun.lower_)}\b", re.I)
    return next((t for t in reversed(settlements) if t.span.end <= sents[k].start_char and (
        introduced.search(text[max(0, t.span.start - 30):t.span.start])
        or named_after.match(text[t.span.end:t.span.end + 20]))), None)


def taken_in(ctx: EventContext, sent: SpacySpan, tok: Token) -> str | None:
    """The country of the first place the sentence names after a taking ("captured the town of
    Bakhmut": Ukraine), which decides whether a state force takes its own country's ground."""
    if tok.lemma_.lower() in RETAKING:
        return None  # "regained control of", "liberated", "recaptured": its own ground back
    return next((t.place.country for t in sorted(ctx.toponyms, key=lambda t: t.span.start)
                 if t.place is not None and t.place.country
                 and tok.idx <= t.span.start < sent.end_char), None)
