"""The place a violent act is aimed at when no one acted on is named: "fired shells at targets
in Jericho", "shelled the town of Kuito", "a school in Kandahar province" (ACLED's actor2 of an
act on a place stands for whom it was on). Moved out of :mod:`sitrep.extract.event_sides`
unchanged.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitrep.extract.event_actors import EventContext, dependent
from sitrep.extract.event_nouns import CIVILIAN_SITES
from sitrep.extract.event_patients import CARRY_VERBS, aimed_at, of_patient
from sitrep.extract.event_places import names_water
from sitrep.extract.event_rules import object_of, weapon
from sitrep.model import Actor, ActorMention, Span
from sitrep.nlp import doc_text

PLACE_INTO = {"in", "into", "to"}  # "targets in Jericho", "lines leading into Kabul"
ROUTES = {"road", "highway", "motorway", "route", "way", "path", "track"}  # "the road to X"
# a populated place named by "of" or an appositive: "the town of Kuito", "the capital, Kabul"
TOWN_NOUNS = {"city", "town", "village", "capital", "port", "district", "suburb", "enclave",
              "township", "settlement", "quarter",
              # a place named by whose it is: "their stronghold of Saada"
              "stronghold", "bastion", "hometown", "heartland"}
# a region named by its name before or after it: "Kandahar province", "the province of Idlib"
REGION_NOUNS = {"province", "region", "governorate", "prefecture", "county", "state",
                "department", "municipality"}
# a part of a town named by "of": "shelled the outskirts of Tripoli" is aimed at Tripoli
TOWN_PARTS = {"outskirts", "outskirt", "suburbs", "edge", "centre", "center", "heart",
              "environs", "vicinity", "streets", "neighbourhoods", "neighborhoods"}


def carrier(tok: Token) -> Token | None:
    """The verb that tells what a trigger hit: a verb trigger itself, the verb a noun trigger is
    the subject of ("a Serb tank shell hit a block of flats"); none for other nouns."""
    if tok.pos_ == "VERB":
        return tok
    return tok.head if tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" else None


def struck_place(ctx: EventContext, doc: Doc, tok: Token) -> ActorMention | None:
    """The place a violent act is aimed at through what it hits, when no one acted on is named:
    "fired shells at targets in Jericho", "blew up power lines leading into Kabul" (the place
    stands for whom the act is on, as a place shelled does: "shelled Kharkiv", "shelled the town
    of Kuito", "pounded the Iraqi port city of Basra")."""
    # a noun trigger's own aim first: "Serb shelling of Sarajevo", "an attack on a village"
    named = [of_patient(tok), dependent(tok, {"prep"}, {"on", "against"})] \
        if tok.pos_ in {"NOUN", "PROPN"} else []
    verb = carrier(tok)
    if verb is None:
        return _aimed_place(ctx, doc, [a for a in named if a is not None])
    tok = verb
    hit = object_of(tok)
    if hit is not None and hit.head.lower_ == "from":
        hit = None  # "rockets fired from Lebanon": whence the act came, not what it hit
    aims = [*named, hit, aimed_at(tok), aimed_at(hit) if hit is not None else None,
            *(dependent(tok, {"prep"}, {word}) for word in ("to", "into", "in"))]
    # where the deed itself went when it hit nothing named: "set fire to a school in Kandahar
    # province", "burned down homes in the village of Kaya", "fired into Kashmir"
    sent_off = tok.head if tok.dep_ == "acl" and weapon(tok.head) else hit  # "a rocket fired
    # from Gaza struck a house"
    if sent_off is not None and weapon(sent_off) and sent_off.dep_ == "nsubj" and (
            sent_off.head.pos_ == "VERB"):
        landed = sent_off.head  # "rockets fired by X hit the port of Haifa", "shells landed in a
        aims += [object_of(landed), aimed_at(landed),  # market in Aleppo": what the weapon hit
                 *(dependent(landed, {"prep"}, {word}) for word in ("into", "in"))]
    return _aimed_place(ctx, doc, [a for a in aims if a is not None])


def _aimed_place(ctx: EventContext, doc: Doc, aims: list[Token]) -> ActorMention | None:
    """The civilians of a civilian site hit in a named place, else the first town among what
    an act is aimed at, else a place named in one of them."""
    site = next((a for a in aims if (a.lemma_.lower() in CIVILIAN_SITES
                 or a.lower_ in CIVILIAN_SITES) and _town(ctx, doc, a) is None), None)
    # (a site named as a town, "the village of Kaya", stays the town)
    place = next((t for a in aims for t in a.subtree if _resolved(ctx, t)), None) \
        if site is not None else None
    if site is not None and place is not None:
        people = _civilians_at(ctx, doc, site, place)
        if people is not None:  # "stormed a hotel in Mogadishu": the civilians there
            return people
    for aim in aims:
        town = _town(ctx, doc, aim)
        if town is not None:
            return town
    for thing in aims:
        for t in thing.subtree:
            if t.i <= thing.i or t.dep_ != "pobj" or t.head.lower_ not in PLACE_INTO:
                continue
            if t.head.lower_ == "to" and t.head.head.lemma_.lower() in ROUTES | CARRY_VERBS:
                continue  # "a convoy on the road to Saraqib", "a convoy carrying aid to Goma":
                # where the road leads or the cargo goes, not what was hit
            town = _town(ctx, doc, t) if t.pos_ == "NOUN" else None
            if town is not None:  # "homes in the village of Kaya", "a school in Kandahar
                return town  # province"
            if t.pos_ == "PROPN" and not _water(ctx, t) and (
                    t.ent_type_ in {"GPE", "LOC", "FAC"} or any(
                        p.place is not None and p.span.start <= t.idx < p.span.end
                        for p in ctx.toponyms)):
                start, end = t.left_edge.idx, t.idx + len(t)
                text = doc_text(doc)[start:end]
                return ActorMention(Actor(text, "unknown"), Span(start, end, text))
    return None


def _civilians_at(ctx: EventContext, doc: Doc, site: Token, place: Token
                  ) -> ActorMention | None:
    """The civilians of a civilian site hit in a resolved place ("a hotel in Mogadishu", "a
    market in Aleppo"): the ACLED Codebook codes an attack on a civilian site as one on
    civilians, "Civilians (Country)" of the place's country; the span keeps the site's
    phrase."""
    if ctx.dictionary is None:
        return None
    named = next((p for p in ctx.toponyms if p.place is not None
                  and p.span.start <= place.idx < p.span.end), None)
    base = ctx.dictionary.get("Civilians")
    if named is None or named.place is None or not named.place.country or base is None:
        return None
    country = named.place.country
    start = next((t.idx for t in site.subtree if t.dep_ != "det"), site.idx)
    end = named.span.end if place.i > site.i else site.idx + len(site)
    return ActorMention(ctx.dictionary.localise(base, country),
                        Span(start, end, doc_text(doc)[start:end]))


def _resolved(ctx: EventContext, tok: Token) -> bool:
    """A proper name the places stage resolved to a place on land."""
    return tok.pos_ == "PROPN" and not _water(ctx, tok) and any(
        p.place is not None and p.span.start <= tok.idx < p.span.end for p in ctx.toponyms)


def _water(ctx: EventContext, tok: Token) -> bool:
    """Whether a name is a body of water ("a ship in the Red Sea": where the target was, never
    whom it was): its words, or the place the places stage resolved."""
    if names_water(" ".join(t.lower_ for t in tok.subtree)):
        return True
    return any(p.place is not None and p.place.feature_class == "H"
               and p.span.start <= tok.idx < p.span.end for p in ctx.toponyms)


def _town(ctx: EventContext, doc: Doc, hit: Token) -> ActorMention | None:
    """A populated place hit, as its phrase: "the town of Kuito", "the capital, Kabul",
    "Iraqi cities" (a people's towns), a part of one ("the outskirts of Tripoli"), or a
    place's own name ("missiles at Baghdad"; "Kyiv was hit by drones", whose first word the
    tagger gave no entity type: the places stage resolved it)."""
    named = None
    if hit.lemma_.lower() in TOWN_NOUNS | TOWN_PARTS:
        named = dependent(hit, {"prep"}, {"of"}) or dependent(hit, {"appos"})
        if named is None and any(c.dep_ == "amod" and c.ent_type_ == "NORP"
                                 for c in hit.children):
            named = hit  # "Iranian border towns"
    elif hit.lemma_.lower() in REGION_NOUNS:  # "Kandahar province", "the province of Idlib"
        named = dependent(hit, {"prep"}, {"of"}) or next(
            (c for c in hit.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
    elif hit.pos_ == "NOUN" and any(  # "the Jenin refugee camp": a site named by its place
            c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ == "GPE" for c in
            hit.children):
        named = next(c for c in hit.children if c.dep_ == "compound" and c.pos_ == "PROPN")
        if not any(p.place is not None and p.span.start <= named.idx < p.span.end
                   for p in ctx.toponyms):
            return None
    elif hit.pos_ == "PROPN" and hit.ent_type_ in {"GPE", ""} and any(
            p.place is not None and p.span.start <= hit.idx < p.span.end for p in ctx.toponyms):
        named = hit  # "missiles at Baghdad"
    if named is None or named is not hit and named.pos_ != "PROPN":
        return None
    start = next(t for t in hit.subtree if t.dep_ != "det").idx
    last = _name_end(named) if named is not hit else hit
    end = last.idx + len(last)
    text = doc_text(doc)[start:end]
    # the place by its own name ("Sarmin" of "the town of Sarmin", "Saraqib" of "the eastern
    # edge of Saraqib"); the span keeps the phrase the text hit
    name = text if named is hit else doc_text(doc)[named.left_edge.idx:end]
    return ActorMention(Actor(name, "unknown"), Span(start, end, text))


def _name_end(named: Token) -> Token:
    """The last word of a place's name: its phrase without what the parse hung after it
    ("Chiapas on New Year's Day", "Kabul, the capital")."""
    last = named
    for child in named.children:
        if child.i > last.i and child.dep_ in {"compound", "flat", "nmod", "amod"}:
            last = max(last, child.right_edge, key=lambda t: t.i)
    return last


# acts from afar on a place: a state named as where they hit is its territory, not its forces
REMOTE = {"Shelling/artillery/missile attack", "Air/drone strike", "Remote explosive/landmine/IED"}
FORCE_WORDS = {"army", "forces", "force", "troops", "military", "soldiers", "navy", "police",
               "positions", "posts", "bases", "base", "government", "regime", "authorities"}


def territory_hit(doc: Doc, mention: ActorMention | None, sub_event_type: str,
                  actor1: ActorMention | None) -> ActorMention | None:
    """A state named only as the territory a group's remote attack hit ("Hamas fired rockets
    at southern Israel") as that place, as a town shelled stands for whom the act is on: the
    ACLED Codebook names a state's forces acted on only when the report tells them ("rockets
    hit an army post"). Between two states the state hit is the other side of their war
    ("Iraq fired Scud missiles at Israel": its forces); ``mention`` itself otherwise."""
    if mention is None or mention.span is None or sub_event_type not in REMOTE or (
            mention.actor.type != "state forces") or (
            actor1 is not None and actor1.actor.type == "state forces"):
        return mention
    named = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    if named is None or named.root.ent_type_ not in {"GPE", "LOC"} or {
            t.lower_ for t in named} & FORCE_WORDS:
        return mention
    start = next((t.idx for t in named.root.subtree if t.dep_ != "det"), named.root.idx)
    end = named.root.idx + len(named.root)
    text = doc_text(doc)[start:end]
    return ActorMention(Actor(text, "unknown"), Span(start, end, text))
