"""Who is acted on: actor2 of a trigger read from the phrase that names it.

The people killed or wounded (an actor, else the civilians of the article's country), a thing by
whoever holds or owns it ("positions held by Moslem rebels", "Saudi border posts", "Rohingya
homes"), a crowd or people demonstrating as ACLED's Protesters or Rioters, the state an invasion
enters, and the first actor named in the object's clause where the parse split the phrase. Used
by :mod:`sitrep.extract.event_roles`, :mod:`sitrep.extract.event_sides` and
:mod:`sitrep.extract.event_parties`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitrep.extract.event_accused import ACCUSING
from sitrep.extract.event_actors import EventContext, actor_of, actor_token, modifier_actor
from sitrep.extract.event_nouns import ARMED_MODIFIERS, CIVILIAN_SITES
from sitrep.extract.event_patients import (
    ANYONE,
    COUNT_HEADS,
    UNARMED_PEOPLE,
    affiliation,
    carried,
    members,
    of_a_family,
    of_a_group,
    owner,
    pronoun_owner,
    proper_name,
    unnamed_target,
)
from sitrep.extract.event_phrases import dependent
from sitrep.extract.event_struck_places import TOWN_NOUNS
from sitrep.extract.place_forms import demonym_table
from sitrep.model import Actor, ActorMention, Span
from sitrep.nlp import doc_text

# a crowd acted on, as ACLED's demonstrator actors (a mob is rioters)
CROWDS = {"crowd": "Protesters", "crowds": "Protesters", "mob": "Rioters", "mobs": "Rioters"}
# what people do who demonstrate, told in a clause on them ("students who were marching")
DEMONSTRATING = {"protest", "march", "demonstrate", "rally", "picket", "strike"}
COUNTED = {"dozens", "hundreds", "thousands", "scores", "some", "many", "group", "crowd"}
GATHERING = {"gather", "assemble", "converge", "come", "take"}  # "took to the streets to protest"
BACKGROUND_PREPS = {"after", "following", "amid", "amidst", "during", "since", "before"}
INVADE = {"invasion", "invade", "incursion"}  # an armed entry into a state's territory
# sites that belong to a state's forces when a people's adjective names whose they are
FORCE_SITES = {"post", "base", "position", "checkpoint", "outpost", "barracks", "garrison",
               "convoy", "patrol", "helicopter", "warplane", "jet", "aircraft", "plane", "drone",
               "gunship", "warship", "vessel", "tank",
               # a state's depot or airbase is its forces' ("a Russian ammunition depot")
               "depot", "arsenal", "airbase", "airfield"}
# a thing hit named by who holds it: "positions held by Moslem rebels"
HOLDING = {"hold", "control", "occupy", "man", "own", "run", "operate", "use", "guard",
           "belong"}
STATE_NOUNS = {"government", "army", "police", "regime"}  # whose "government positions" are


def sender(participle: Token) -> Token | None:
    """Who a participle describing a noun trigger names as its doer: the agent of "fired by X",
    or whom it is "blamed on" ("the shelling, blamed on Serb forces")."""
    if participle.lemma_.lower() in {"blame", "attribute"}:
        return dependent(participle, {"prep"}, {"on", "to"})
    if participle.lemma_.lower() == "belong":  # "trucks belonging to a Chinese company"
        return dependent(participle, {"prep"}, {"to"})
    return dependent(participle, {"agent"})


def victims(ctx: EventContext, doc: Doc, hit: Token) -> ActorMention | None:
    """Who was killed or wounded, named by ``hit``: an actor, else people named by no group
    ("12 people", "one person") as the civilians of the article's country, else the people
    the phrase names ("a woman", "two farmers")."""
    found = actor_of(ctx, doc, hit)
    if found is None and (hit.lemma_.lower() in ANYONE | UNARMED_PEOPLE or of_a_family(hit)) and (
            ctx.dictionary is not None and not of_a_group(hit)):
        people = ctx.dictionary.get("Civilians")
        country = ctx.home_forces.country if ctx.home_forces is not None else None
        start, end = hit.left_edge.idx, hit.idx + len(hit)
        if people is not None:
            found = ActorMention(ctx.dictionary.localise(people, country),
                                 Span(start, end, doc_text(doc)[start:end]))
    return found or unnamed_target(hit)


def invaded(ctx: EventContext, doc: Doc, tok: Token, target: Token | None,
             actor1: ActorMention | None) -> ActorMention | None:
    """The state an invasion enters, by the country a part of it is named by ("the invasion
    of South Lebanon", "invaded northern Cyprus"): its forces, as ACLED codes the defender."""
    if target is None or tok.lemma_.lower() not in INVADE or ctx.dictionary is None:
        return None
    country = demonym_table().get(target.lower_, ("",))[0]
    if not country or (actor1 is not None and actor1.actor.country == country):
        return None
    state = ctx.dictionary.actor_for_country(country)
    start, end = target.left_edge.idx, target.idx + len(target)
    return ActorMention(state, Span(start, end, doc_text(doc)[start:end])) if state else None


def target_actor(ctx: EventContext, doc: Doc, target: Token | None) -> ActorMention | None:
    """Who is acted on through ``target`` when no actor is named on it: a person by the group
    they lead or serve ("the commander of X"), a thing by its owner ("Rohingya homes"),
    else the person or people it names."""
    if target is None:
        return None
    if target.ent_type_ == "CARDINAL" or target.lower_ in COUNT_HEADS:
        target = dependent(target, {"prep"}, {"of"}) or target  # "hundreds of young men"
    aboard = carried(target) or members(target)  # "a bus carrying pilgrims", "a crowd of
    if aboard is not None:  # students": the pilgrims, the students
        target = aboard
    found = actor_of(ctx, doc, target)
    if found is not None:
        return found
    group = affiliation(target)
    if group is not None:
        named = actor_of(ctx, doc, group)
        if named is not None:
            return named
        start, end = target.left_edge.idx, group.idx + len(group)
        if target.left_edge.dep_ == "det":
            start = doc[target.left_edge.i + 1].idx
        text = doc_text(doc)[start:end]
        return ActorMention(Actor(text, "unknown"), Span(start, end, text))
    kept = held_by(ctx, doc, target)
    if kept is not None:  # "positions held by Moslem rebels", "a pipeline owned by X"
        return kept
    holder = owner(target)
    if holder is None and target.lemma_.lower() in FORCE_SITES | {"camp", "stronghold"}:
        force = next((c for c in target.children if c.dep_ == "compound"
                      and c.lower_ in STATE_NOUNS or c.dep_ == "amod" and c.lower_ == "military"),
                     None)
        if force is not None:  # "government positions", "army posts", "a military helicopter":
            # the state's forces
            return actor_of(ctx, doc, force)
        rebel = next((c for c in target.subtree if c.i < target.i and c.dep_ in {
            "amod", "compound"} and c.lower_ in ARMED_MODIFIERS), None)
        if rebel is not None:  # "a rebel weapons depot", "militant camps": the armed group's
            return modifier_actor(ctx, doc, rebel)
    mine = pronoun_owner(target) if holder is None else None
    if mine is not None:  # "were killed when militants ambushed their jeep": the killed's
        return victims(ctx, doc, mine)  # ("a woman was killed when a shell hit her home")
    if holder is not None and holder.ent_type_ == "NORP" and target.lower_ in CIVILIAN_SITES:
        people = civilians_of(ctx, holder)  # "a Palestinian village", "Rohingya homes":
        if people is not None:  # the civilians of the people's state
            return people
    if holder is not None and named_town(target):
        return None  # "stormed the Chechen village of Samashki": a people with no state of
        # its own names no one acted on; the town hit does
    if holder is not None:
        forces = modifier_actor(ctx, doc, holder) if target.lemma_.lower() in FORCE_SITES \
            else None  # "Saudi border posts": the Saudi forces' posts
        return forces or actor_token(ctx, doc, holder) or unnamed_target(holder, bodies=True)
    return victims(ctx, doc, target)  # "killed 12 people": civilians


def named_town(target: Token) -> bool:
    """A town named by "of" after its noun ("the Chechen village of Samashki"): a place hit
    (:func:`sitrep.extract.event_struck_places.struck_place` reads it), whoever's people the
    adjective before it names."""
    name = dependent(target, {"prep"}, {"of"})
    return target.lemma_.lower() in TOWN_NOUNS and name is not None and name.pos_ == "PROPN"


def held_by(ctx: EventContext, doc: Doc, target: Token) -> ActorMention | None:
    """Who holds or owns a thing hit, told by a participle on it: "positions held by Moslem
    rebels", "an oil pipeline owned by Ecopetrol"."""
    keeper = next((sender(c) for c in target.children if c.dep_ == "acl"
                   and c.lemma_.lower() in HOLDING), None)
    if keeper is None:
        return None
    return actor_of(ctx, doc, keeper) or unnamed_target(keeper, bodies=True) or (
        proper_name(keeper))  # "owned by Ecopetrol", a name the tagger took for a place


def civilians_of(ctx: EventContext, people: Token) -> ActorMention | None:
    """ACLED's civilians of the state a people's adjective names ("Palestinian": Civilians
    (Palestine)); None for a people with no state of its own in the table."""
    country = demonym_table().get(people.lower_, ("",))[0]
    base = ctx.dictionary.get("Civilians") if ctx.dictionary is not None else None
    if not country or base is None or ctx.dictionary is None:
        return None
    local = ctx.dictionary.localise(base, country)
    span = Span(people.idx, people.idx + len(people), people.text)
    return ActorMention(local, span) if local is not base else None


def demonstrating(target: Token) -> bool:
    """People the clause on them says demonstrate: "students who were marching", "students
    protesting outside the university"."""
    of = dependent(target, {"prep"}, {"of"}) if target.lower_ in COUNTED else None
    if of is not None and of.pos_ in {"NOUN", "PROPN"}:
        target = of  # "dozens of students who had gathered …": the students
    return any(c.dep_ in {"acl", "relcl"} and (
        c.lemma_.lower() in DEMONSTRATING or c.lemma_.lower() in GATHERING and any(
            p.dep_ in {"xcomp", "advcl"} and p.lemma_.lower() in DEMONSTRATING
            for p in c.children))  # "students who had gathered outside the university to
        for c in target.children)  # protest"


def crowd(ctx: EventContext, target: Token, name: str | None = None) -> ActorMention | None:
    """A crowd fired on or charged, named as ACLED names demonstrators: "Protesters (Country)"
    ("Rioters" for a mob); its span stops before what a relative clause tells of it."""
    name = name or CROWDS[target.lower_]
    base = ctx.dictionary.get(name) if ctx.dictionary is not None else None
    if base is None or ctx.dictionary is None:
        return None
    country = ctx.home_forces.country if ctx.home_forces is not None else None
    start, end = target.left_edge.idx, target.idx + len(target)
    return ActorMention(ctx.dictionary.localise(base, country),
                        Span(start, end, doc_text(target.doc)[start:end]))


def actor_after(ctx: EventContext, target: Token | None, actor1: ActorMention | None
                 ) -> ActorMention | None:
    """The first actor named in the object's clause, where the parse split the phrase."""
    if target is None:
        return None
    text = target.doc.text
    start = target.idx
    stop = min((i for i in (text.find(",", start), text.find(".", start)) if i != -1),
               default=len(text))
    clause = next((c for c in target.children if c.dep_ in {"relcl", "acl"}), None)
    if clause is not None:  # "a crowd that had set fire to a police station": not the police
        stop = min(stop, min(t.idx for t in clause.subtree))
    verb = next((a for a in target.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if verb is not None:  # "… into the town themselves in order to blame the army": the
        # verb's purpose is not the object's phrase (a conjoined verb may be: the parse makes
        # one of "Kurdish led")
        later = [c.left_edge.idx for c in verb.children if c.i > target.i and (
            c.dep_ in {"advcl", "xcomp"}
            or c.dep_ == "prep" and any(g.lemma_ == "order" for g in c.children)
            # what the deed came after or amid is its background, not whom it was done to
            # ("fled their homes after clashes between the army and rebels")
            or c.dep_ == "prep" and c.lower_ in BACKGROUND_PREPS
            # "had targeted the market and accused the army of …": whom the next verb accuses
            or c.dep_ == "conj" and c.lemma_.lower() in ACCUSING)]
        stop = min([stop, *later])
    found = [m for m in ctx.actors if m.span and start <= m.span.start < min(stop, start + 80)
             and (actor1 is None or m.actor != actor1.actor) and not a_place(ctx, m)]
    return min(found, key=lambda m: m.span.start if m.span else 0) if found else None


def a_place(ctx: EventContext, mention: ActorMention) -> bool:
    """A mention that is a place the places stage resolved ("opened fire on a crowd of Hindu
    nationalists in Ayodhya": Ayodhya is where, not whom)."""
    span = mention.span
    return span is not None and mention.actor.type == "unknown" and any(
        t.place is not None and t.span.start <= span.start and span.end <= t.span.end
        for t in ctx.toponyms)
