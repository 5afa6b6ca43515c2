"""The sides of an event where the trigger's own parse does not name them: an agreement's
parties, the force that breaks up a demonstration, the other side of a clash, who loses
territory, the government a crowd protests, whom a curfew is imposed on, the victims of a toll
or the place struck. Split from :mod:`sitrep.extract.events`, which calls :func:`sides` once
per event after reading actor1 and actor2 from the trigger's clause."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from sitrep.extract.event_acted_on import held_by, victims
from sitrep.extract.event_actors import EventContext, actor_of, actor_token, dependent
from sitrep.extract.event_main import LOOTING, TERRITORY
from sitrep.extract.event_nouns import CIVILIAN_SITES, MILITARY_MODIFIERS
from sitrep.extract.event_pacts import pact_parties
from sitrep.extract.event_patients import RECIPROCAL, aimed_at, of_patient, unnamed_target
from sitrep.extract.event_rules import PROTEST_FAMILY, VIOLENT, crowd_side, object_of
from sitrep.extract.event_sides import (
    CRACKDOWNS,
    TOLL_VERBS,
    crowd_mention,
    imposed_on,
    intervening_force,
    losing_side,
    other_side,
    signatory,
    struck_place,
    toll_victims,
    unclaimed,
)
from sitrep.extract.event_targets import armed, protesters
from sitrep.model import ActorMention, Span
from sitrep.nlp import doc_text

UNCLAIMED_BLASTS = {"Remote explosive/landmine/IED", "Grenade", "Suicide bomb"}
RULERS = {"government", "regime", "authorities"}  # whom a demonstration is against
# a war or attack forces are readied for
WARS = {"war", "attack", "offensive", "invasion", "assault", "operation", "campaign", "strike"}
FORMER = re.compile(r"\b(?:former|retired|ex-)", re.I)  # "former soldiers", "ex-policemen"
ARREST_VERBS = {"arrest", "detain", "apprehend"}  # a force's arrests at a riot
# a force's acts on a crowd: the crowd is acted on ("police fired live rounds to disperse X")
FORCE_ON_CROWD = {"Protest with intervention", "Excessive force against protesters"}
UNARMED_CROWD = {"civilians", "protesters", "unknown"}  # a crowd a force clashed with
COUNTED = {"dozens", "hundreds", "thousands", "scores", "crowd", "crowds", "group"}
MOVED_NOUNS = {"troops", "soldiers", "forces", "reinforcements", "units", "warships",
               "reservists", "paratroopers", "marines"}  # what a state sends or masses


def sides(ctx: EventContext, doc: Doc, sent: SpacySpan, tok: Token, sub: str,
           actors: tuple[ActorMention | None, ActorMention | None], subj: Token | None,
           assoc: tuple[ActorMention, ...]
           ) -> tuple[ActorMention | None, ActorMention | None, tuple[ActorMention, ...]]:
    """Who acts and who is acted on, where the trigger's own parse does not say it."""
    actor1, actor2 = actor_and_former(ctx, actors)
    if sub == "Agreement":  # its parties are governments
        subj = subj if tok.pos_ == "VERB" else None
        actor1, actor2 = pact_parties(ctx, doc, tok, subj, (actor1, actor2))
        return signatory(ctx, actor1), signatory(ctx, actor2), assoc
    if sub == "Protest with intervention" and tok.pos_ != "VERB" or (
            sub in {"Protest with intervention", "Excessive force against protesters"}
            and tok.dep_ in {"acl", "relcl"} and not armed(actor1)):  # "students (who were)
        force = intervening_force(ctx, doc, sent, tok)  # marching": "police dispersed …"
        if force is not None:
            crowd_actor = actor1 if protesters(actor1) else crowd_mention(ctx, tok, "Protesters")
            return force, crowd_actor, assoc
    if actor2 is None and sub in FORCE_ON_CROWD and tok.pos_ == "VERB":
        actor2 = dispersed(ctx, doc, tok)  # "fired live rounds to disperse protesters"
    if actor2 is None and sub in FORCE_ON_CROWD and tok.lemma_.lower() in CRACKDOWNS and (
            aimed_at(tok) is not None):
        actor2 = crowd_mention(ctx, tok, "Protesters")  # "the crackdown on protesters"
    if sub in FORCE_ON_CROWD:
        actor2 = as_protesters(ctx, actor2)  # "dispersed students with tear gas": the crowd
    if sub == "Violent demonstration" and tok.lemma_.lower() in RECIPROCAL and armed(actor1):
        crowd_tok = crowd_side(tok) if actor2 is None else None  # "fought running battles
        if crowd_tok is not None:  # with students": the parse hung them on the battles
            start, end = crowd_tok.left_edge.idx, crowd_tok.idx + len(crowd_tok)
            actor2 = as_crowd(ctx, None, Span(start, end, doc_text(doc)[start:end]), "Rioters")
        elif actor2 is not None and actor2.actor.type in UNARMED_CROWD:
            actor2 = as_crowd(ctx, actor2.actor.country or None, actor2.span, "Rioters") or (
                actor2)  # "riot police clashed with students": they fought, ACLED's rioters
    if sub == "Violent demonstration" and actor1 is not None and (
            actor1.actor.type == "state forces") and ctx.dictionary is not None and (
            tok.lemma_.lower() in ARREST_VERBS):
        # a force's arrests at a riot ("police arrested 15 supporters after protests turned
        # violent") are no act of their own: ACLED codes the riot, its actor1 "Rioters
        # (Country)", and the police who intervene actor2 (its fire on rioters stays the
        # force's act)
        base = ctx.dictionary.get("Rioters")
        if base is not None:
            rioters = ActorMention(ctx.dictionary.localise(base, actor1.actor.country or None),
                                   actor2.span if actor2 is not None else None)
            return rioters, actor1, assoc

        side = other_side(ctx, doc, subj, actor1)
        if side is not None:
            return actor1, side, tuple(m for m in assoc if m.actor != side.actor)
    if sub in TERRITORY and actor2 is None and tok.pos_ == "VERB":
        lost = losing_side(ctx, doc, tok)  # "took X from Y": Y loses it
        if lost is not None and not same_actor(lost, actor1):
            return actor1, lost, assoc
        # no side named losing it: the place taken stands for whom the act is on, as a place
        # shelled does ("rebels overran the town of Ruhengeri", "seized Kuito")
        return actor1, struck_place(ctx, doc, tok), assoc
    if sub in PROTEST_FAMILY and actor2 is not None and actor2.span is not None and (
            actor2.span.text.lower().split()[-1] in RULERS and ctx.dictionary is not None
            and actor2.actor.type == "state forces" and actor2.actor.country):
        ruler = ctx.dictionary.government(actor2.actor.country)  # "protested against the
        if ruler is not None:  # government": its government, not its army
            return actor1, ActorMention(ruler, actor2.span), assoc
    if sub == "Other" and actor2 is None and tok.pos_ == "VERB":
        return actor1, imposed_on(ctx, doc, tok), assoc  # a curfew on a town: its people
    if sub == "Change to group/activity" and actor1 is None and armed(actor2) and (
            dependent(tok, {"auxpass"}) is not None):
        return actor2, None, assoc  # "troops were deployed to X": the troops move
    if sub == "Change to group/activity" and tok.pos_ == "VERB" and (
            actor2 is None or same_actor(actor1, actor2) or moved_forces(tok, actor1, actor2)):
        # the troops moved are no target
        actor2 = readied_against(ctx, doc, tok) or (  # "called up reservists for a war
            None if moved_forces(tok, actor1, actor2) else actor2)  # against X": X
    if actor1 is None and sub in UNCLAIMED_BLASTS:  # "a roadside bomb killed three soldiers"
        actor1 = unclaimed(ctx, doc, tok)
    hit = object_of(tok) if actor2 is None and sub == LOOTING else None
    if hit is not None:  # "blew up an oil pipeline owned by Ecopetrol": its owner
        actor2 = held_by(ctx, doc, hit)
    if actor2 is None and sub == LOOTING:  # "looted the market", "burned homes": the
        actor2 = toll_victims(ctx, doc, tok) or robbed(ctx, doc, tok) or (  # civilians who
            struck_place(ctx, doc, tok))  # own them; else where it was ("blew up a bridge
        # leading into Kabul")
    if actor2 is None and sub in VIOLENT and tok.lemma_.lower() not in CRACKDOWNS:  # (verb
        # triggers, noun subjects; "the crackdown left 12 dead in Yangon" strikes no place)
        actor2 = toll_victims(ctx, doc, tok) or dead_when(ctx, doc, tok) or (  # "…, killing
            # 12 people", "a girl was killed when a drone hit a building", "fired shells at
            None if sub == "Armed clash" and tok.lemma_.lower() in RECIPROCAL  # targets in
            else struck_place(ctx, doc, tok))  # Jericho"; where a fight is, is no side of it
        # ("clashes broke out in Sirte", "clashed with them in Gao")
    if actor2 is not None and actor2.actor.type == "unknown" and names_a_place(ctx, doc, actor2):
        victims = next((m for m in ctx.actors if m.actor.type == "civilians" and m.span
                        and sent.start_char <= m.span.start < sent.end_char
                        and not speaking(ctx, m)), None)
        if victims is not None:  # "shelled Kharkiv, killing five civilians": the civilians
            return actor1, victims, assoc
    return actor1, actor2, assoc


def as_protesters(ctx: EventContext, mention: ActorMention | None) -> ActorMention | None:
    """Civilians a force used on a demonstration is used on are its crowd: ACLED's
    "Protesters (Country)" of an intervention or of excessive force, with the same words
    ("police dispersed students with tear gas": the students are the protesters)."""
    if mention is None or mention.actor.type != "civilians":
        return mention
    return as_crowd(ctx, mention.actor.country or None, mention.span, "Protesters") or mention


def as_crowd(ctx: EventContext, country: str | None, span: Span | None, name: str
             ) -> ActorMention | None:
    """ACLED's crowd ``name`` ("Protesters", "Rioters") of ``country`` (None: placed later in
    the event's), named by ``span``; None when the dictionary has no such actor."""
    base = ctx.dictionary.get(name) if ctx.dictionary is not None else None
    if base is None or ctx.dictionary is None:
        return None
    return ActorMention(ctx.dictionary.localise(base, country), span)


def dispersed(ctx: EventContext, doc: Doc, tok: Token) -> ActorMention | None:
    """The crowd a force's act was done to disperse ("fired live rounds to disperse
    protesters", "used batons to break up a rally of students"), as ACLED's Protesters of the
    country: the crowd is acted on, whatever the act's own object (rounds, batons) is."""
    purpose = next((c for c in tok.children if c.dep_ in {"advcl", "xcomp"}
                    and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)), None)
    aim = dependent(purpose, {"dobj"}) if purpose is not None else None
    if aim is None or aim.pos_ not in {"NOUN", "PROPN", "NUM"}:
        return None
    if aim.ent_type_ == "CARDINAL" or aim.lower_ in COUNTED:  # "hundreds of protesters"
        aim = dependent(aim, {"prep"}, {"of"}) or aim
    base = ctx.dictionary.get("Protesters") if ctx.dictionary is not None else None
    if base is None or ctx.dictionary is None:
        return None
    country = ctx.home_forces.country if ctx.home_forces is not None else None
    start, end = aim.left_edge.idx, aim.idx + len(aim)
    return ActorMention(ctx.dictionary.localise(base, country),
                        Span(start, end, doc_text(doc)[start:end]))


def actor_and_former(ctx: EventContext, actors: tuple[ActorMention | None, ActorMention | None]
                     ) -> tuple[ActorMention | None, ActorMention | None]:
    """Former soldiers or police acted on are no longer a force: ACLED's civilians of their
    country ("the Taliban executed three former soldiers": Civilians (Afghanistan))."""
    actor1, actor2 = actors
    if actor2 is None or actor2.span is None or ctx.dictionary is None or (
            actor2.actor.type != "state forces") or not FORMER.search(actor2.span.text):
        return actor1, actor2
    base = ctx.dictionary.get("Civilians")
    if base is None:
        return actor1, actor2
    return actor1, ActorMention(ctx.dictionary.localise(base, actor2.actor.country or None),
                                actor2.span)


def dead_when(ctx: EventContext, doc: Doc, tok: Token) -> ActorMention | None:
    """Who the main clause says was killed or hurt by the act its clause of time tells: "a girl
    was killed when a Russian drone hit a residential building" (the girl, not the town)."""
    verb = tok if tok.pos_ == "VERB" else tok.head if tok.dep_ == "nsubj" else None
    if verb is None or verb.dep_ != "advcl" or verb.head.lemma_.lower() not in TOLL_VERBS \
            or not any(c.lower_ in {"when", "as"} for c in verb.children):
        return None
    dead = dependent(verb.head, {"nsubjpass"})
    return victims(ctx, doc, dead) if dead is not None else None


def robbed(ctx: EventContext, doc: Doc, tok: Token) -> ActorMention | None:
    """Whom looting or burning a civilian site robs, when no owner is named: "looted the market
    in El Fasher", "burned homes in a village" are done to the civilians of the country, as
    ACLED codes looting and property destruction (its actor2 is the people whose property it
    is, not the town it stands in). The span is the property, which stands for its owners."""
    owners = dependent(tok, {"prep"}, {"from"}) if tok.pos_ == "VERB" else None
    if owners is not None and owners.pos_ in {"NOUN", "PROPN"}:  # "stole cattle from herders"
        return victims(ctx, doc, owners)
    hit = object_of(tok) if tok.pos_ == "VERB" else of_patient(tok)
    if hit is None or hit.lower_ not in CIVILIAN_SITES or ctx.dictionary is None or any(
            c.lower_ in MILITARY_MODIFIERS for c in hit.children):
        return None
    people = ctx.dictionary.get("Civilians")
    country = ctx.home_forces.country if ctx.home_forces is not None else None
    start = next(t for t in hit.subtree if t.dep_ != "det").idx
    end = hit.idx + len(hit)
    return ActorMention(ctx.dictionary.localise(people, country),
                        Span(start, end, doc_text(doc)[start:end])) if people else None


def readied_against(ctx: EventContext, doc: Doc, tok: Token) -> ActorMention | None:
    """Whom forces are moved or called up against, named by the war they are readied for:
    "mobilized reservists for a possible war against Iraq", "massed troops in preparation for
    an offensive against the rebels"."""
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in {"for", "in"}):
        aim = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if aim is not None and aim.lower_ in {"preparation", "readiness"}:
            aim = dependent(aim, {"prep"}, {"for"})
        if aim is None or aim.lemma_.lower() not in WARS:
            continue
        enemy = dependent(aim, {"prep"}, {"against", "on", "with"})
        if enemy is not None:
            return actor_of(ctx, doc, enemy) or actor_token(ctx, doc, enemy) \
                or unnamed_target(enemy)
    return None


def moved_forces(tok: Token, actor1: ActorMention | None, actor2: ActorMention | None
                 ) -> bool:
    """Forces a state moves, named by a bare force noun ("Nigeria sent 2,000 more troops to
    Liberia"): the mover's own, not the forces of the place they go to."""
    moved = dependent(tok, {"dobj"})
    return (moved is not None and actor1 is not None and actor2 is not None
            and actor1.actor.type == "state forces" and actor2.span is not None
            and moved.left_edge.idx <= actor2.span.start <= moved.idx
            and moved.lower_ in MOVED_NOUNS and not any(
                c.dep_ in {"amod", "compound", "poss", "nmod"} and c.ent_type_ in {"NORP", "GPE"}
                for c in moved.children))


def names_a_place(ctx: EventContext, doc: Doc, mention: ActorMention) -> bool:
    """The mention names a place, not people: "shelled Kharkiv"."""
    span = mention.span
    if span is None:
        return False
    named = doc.char_span(span.start, span.end, alignment_mode="expand")
    return named is not None and named.root.ent_type_ in {"GPE", "LOC", "FAC"} or any(
        t.place is not None and t.span.start <= span.start < t.span.end for t in ctx.toponyms)


def speaking(ctx: EventContext, mention: ActorMention) -> bool:
    """Whether the mention is the source of a claim ("…, residents said"): a speaker, who is
    not acted on unless the act is told as done to them (:func:`on_them`)."""
    return mention.span is not None and any(
        c.source.span is not None and c.source.span.start <= mention.span.start
        < c.source.span.end for c in ctx.claims)


def on_them(tok: Token) -> bool:
    """Whether the trigger's words hit a personal pronoun ("opened fire on them")."""
    return any(t.lower_ in {"them", "us", "him", "her", "me"} and t.dep_ in {"dobj", "pobj"}
               for t in tok.subtree)


def same_actor(one: ActorMention | None, other: ActorMention | None) -> bool:
    return one is not None and other is not None and one.actor == other.actor
