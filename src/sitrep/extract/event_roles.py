"""Which actor is which: actor1 (the one acting) and actor2 (the one acted on) of a trigger,
from the sentence's structure, not its word order.

A verb trigger's subject acts and its object is acted on, turned round for a passive ("was shelled
by X"), for "came under fire from X" and for "Y repelled an attack by X"; the shared object of
"shot and wounded X", the aim of "fired on X", the people a toll clause or a vehicle names, the
parties of "fighting between X and Y". A noun trigger reads "by X", "X's", a people's or a
group's modifier, "on X", "of X", and borrows the actors of the verb it is the means of or that
carries it. Who a phrase names is resolved by :mod:`sitrep.extract.event_actors`; the sides the
trigger's parse does not give are read by :mod:`sitrep.extract.event_sides`; who a
phrase acted on stands for (victims, owners, crowds, an invaded state) by
:mod:`sitrep.extract.event_acted_on`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from sitrep.extract.event_acted_on import (
    CROWDS,
    actor_after,
    crowd,
    demonstrating,
    invaded,
    sender,
    target_actor,
    victims,
)
from sitrep.extract.event_actors import (
    PACTS,
    UNIDENTIFIED,
    EventContext,
    actor_of,
    actor_token,
    governing_verb,
    modifier_actor,
    shared_subject,
)
from sitrep.extract.event_patients import (
    FIRE_OBJECTS,
    RECIPROCAL,
    TARGET_NOUNS,
    UNARMED_PEOPLE,
    aimed_at,
    bare_count,
    counted,
    earlier_target,
    members,
    of_patient,
    owner,
    pronoun_owner,
    proper_name,
    unnamed_target,
)
from sitrep.extract.event_phrases import dependent, people_word, state_word, unnamed_group
from sitrep.extract.event_rules import UNDER_HEADS, weapon
from sitrep.extract.place_forms import demonym_table
from sitrep.extract.retellings import ACCOUNTS
from sitrep.model import Actor, ActorMention, Span
from sitrep.nlp import doc_text

# vessels and aircraft named by whose they are: "French and Egyptian warships launched …"
CRAFT = {"warship", "warships", "vessels", "ships", "submarines", "frigates", "destroyers",
         "planes", "aircraft", "jets", "warplanes", "bombers", "helicopters", "tanks",
         # the singulars, and the small craft of older wire copy ("an Iranian speedboat")
         "vessel", "ship", "submarine", "frigate", "destroyer", "plane", "jet", "warplane",
         "bomber", "helicopter", "tank", "gunboat", "gunboats", "speedboat", "speedboats",
         "gunship", "gunships"}
FIRE_WORDS = FIRE_OBJECTS  # what a gun fires, never whom: "opened fire", "fired shots"
YIELD_VERBS = {"fall"}  # a place "fell to" whoever took it
UNDER_VERBS = UNDER_HEADS  # "came under fire from X", "was under attack by X": X acts
# a noun trigger that names a state's space, not an act: its possessor owns it and is entered
# ("Chinese jets entered Taiwan's air defence zone": China acts, Taiwan is acted on)
OWNED_SPACES = {"zone", "airspace", "air-space"}
FIRING = {"fire", "launch", "shoot", "lob", "hurl", "throw", "drop"}  # a weapon sent at X
AGENT_TRIGGERS = {"bomber", "bombers", "gunman", "gunmen", "sniper", "snipers", "attacker",
                  "attackers", "assailant", "assailants"}  # a trigger that names the doer
HOSTAGES = {"hostage", "hostages", "captive", "captives"}  # "held X hostage": X is held
DIE_VERBS = {"die", "perish"}  # "soldiers died in an ambush": the subject is the victims
NOMINAL_SUFFIXES = ("tion", "tions", "sion", "sions", "ment", "ments", "ance", "ances", "ence",
                    "ences")
STATE_SEATS = {"PPLC", "PCLI", "PCLS"}  # a capital or an independent state acting
PLACE_NOUNS = {"position", "station", "location", "settlement", "installation", "encampment"}
# people who act, named by a common noun for what they are or do, no group the dictionary holds
# (armed, state and crowd nouns are read by the dictionary and event_sides; "supporters of X"
# are X's): "stone-throwers in Hebron attacked …", "villagers lynched …", "settlers attacked …"
DOERS = {"thrower", "villager", "resident", "settler", "youth", "youngster", "teenager",
         "student", "pupil", "farmer", "herder", "herdsman", "nomad", "tribesman", "peasant",
         "worker", "miner", "fisherman", "trader", "merchant", "vendor", "shopkeeper", "driver",
         "landowner", "squatter", "inmate", "mourner", "worshipper", "pilgrim", "vigilante",
         "hunter", "poacher", "smuggler", "looter", "arsonist"}


def _by_after(sent: SpacySpan, tok: Token, words: set[str]) -> Token | None:
    """A 'by X' / 'from X' phrase after a noun trigger, where the parser attached it elsewhere."""
    for t in sent[tok.i - sent.start + 1:]:
        if t.dep_ == "ROOT" or t.text in {";", "—"}:
            break
        if t.lower_ in words and t.dep_ in {"prep", "agent"}:
            if t.head.i != tok.i and _action_noun(t.head):
                continue  # "… against violations by the army": the violations are by it
            if _in_other_clause(t, tok):
                continue  # "protested to demand reforms by the government": the reforms'
            pobj = [g for g in t.children if g.dep_ == "pobj"]
            if pobj:
                return pobj[0]
    return None


def _paired(ctx: EventContext, doc: Doc, sides: Token | None
            ) -> tuple[ActorMention, ActorMention] | None:
    """The two sides of "between Armenian and Azerbaijani forces": each people's forces."""
    pair = next(([m, *m.conjuncts] for m in sides.children if (
        m.dep_ == "amod" or m.dep_ in {"nmod", "compound"} and m.ent_type_ == "NORP")
        and m.conjuncts), None) if sides is not None and not sides.conjuncts else None
    side = next((m for m in sides.children if m.dep_ in {"nmod", "compound"}
                 and m.pos_ == "NOUN" and m.conjuncts and m.i < sides.i), None) \
        if sides is not None and pair is None else None
    if side is not None and sides is not None:
        # "between the army and Moslem rebels", parsed with "army" a modifier of "rebels":
        # the modifier is one side, the rest of the phrase the other
        rest = side.conjuncts[0]
        first = actor_token(ctx, doc, side) or _generic_side(ctx, doc, side)
        other = _people_side(ctx, doc, rest, sides) if people_word(rest) else None
        if other is None and sides.lemma_.lower() in TARGET_NOUNS | DOER_NOUNS:
            end = sides.idx + len(sides)  # "between police and opposition supporters"
            text = doc_text(doc)[rest.left_edge.idx:end]
            other = ActorMention(Actor(text, "unknown"), Span(rest.left_edge.idx, end, text))
        return (first, other) if first is not None and other is not None else None
    if pair is None:
        return None
    first, other = (_people_side(ctx, doc, m, sides) for m in pair[:2])
    return (first, other) if first is not None and other is not None else None


DOER_NOUNS = {"rebel", "guerrilla", "militant", "separatist", "fighter", "militiaman",
              "insurgent", "protester", "demonstrator", "rioter", "youth", "gunman"}


def _generic_side(ctx: EventContext, doc: Doc, tok: Token) -> ActorMention | None:
    """A side named by a bare force noun ("the army"): the actor the dictionary gives the noun
    alone, else the home state's forces."""
    known = ctx.dictionary.lookup(tok.text) if ctx.dictionary is not None else None
    if known is not None:
        return ActorMention(known, Span(tok.idx, tok.idx + len(tok), tok.text))
    if tok.lower_ in {"army", "troops", "military", "soldiers"} and ctx.home_forces is not None:
        return ActorMention(ctx.home_forces, Span(tok.idx, tok.idx + len(tok), tok.text))
    return None


def _people_side(ctx: EventContext, doc: Doc, people: Token, noun: Token) -> ActorMention | None:
    """One side of "Christian and Moslem youths", "Serb and Croat militias": the forces of the
    state its adjective names, else the people's members by the shared noun ("Christian
    youths"), as an actor of its own: the mention of the whole phrase names neither side."""
    name = f"{people.text} {noun.text}"
    known = ctx.dictionary.lookup(name) if ctx.dictionary is not None else None
    span = Span(people.idx, people.idx + len(people), people.text)
    if known is not None:
        return ActorMention(known, span)
    found = modifier_actor(ctx, doc, people)
    phrase = found is not None and found.span is not None and (
        found.span.end - found.span.start > len(people.text))  # "Serb and Croat militias"
    if found is not None and not phrase or not people_word(people):
        return found
    return ActorMention(Actor(name, "unknown"), span)


def _in_other_clause(tok: Token, trigger: Token) -> bool:
    """Whether ``tok`` hangs on a verb that is not above ``trigger``: a clause of its own."""
    node = tok.head
    while node.i not in {trigger.i, node.head.i} and node.pos_ != "VERB":
        node = node.head
    return node.pos_ == "VERB" and node.i != trigger.i and all(
        a.i != node.i for a in trigger.ancestors)


# spans of time a fight lasted: "after two days of clashes with X"
DURATIONS = frozenset({"hours", "days", "nights", "weeks", "months", "years", "hour", "day",
                       "night", "week", "month", "year"})


def _fought_before(tok: Token) -> Token | None:
    """The verb a fight noun is told before or during ("retook the town after fierce fighting
    with Y", "after two days of clashes with Y", "amid heavy fighting"), or None."""
    node = tok
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lower_ in DURATIONS:
        node = node.head.head  # "two days of clashes": the span of time is what "after" takes
    if node.dep_ == "pobj" and node.head.lower_ in {"after", "following", "amid"} \
            and node.head.head.pos_ == "VERB":
        return node.head.head
    return None


def _action_noun(tok: Token) -> bool:
    """A noun made from a verb, which takes its own "by" agent: violations, deployment."""
    word = tok.lower_
    return (tok.pos_ == "NOUN" and word.endswith(NOMINAL_SUFFIXES)
            and word.rstrip("s") not in PLACE_NOUNS)


# purposes that work on what others think of someone, not on him: "fired mortar rounds into the
# town in order to blame the army" (the army is whom the deed is to be pinned on, not its target)
SWAYING = {"blame", "frame", "discredit", "implicate", "incriminate", "embarrass", "provoke",
           "accuse", "defame", "smear", "justify"}


def participants(ctx: EventContext, doc: Doc, sent: SpacySpan, tok: Token,
                 role: str) -> tuple[ActorMention | None, ActorMention | None]:
    if role == "repel":  # Y repelled an attack by X: X attacks Y
        obj = dependent(tok, {"dobj"}) or dependent(tok, {"nsubjpass"})
        attacker = None
        if obj is not None:
            attacker = actor_of(ctx, doc, dependent(obj, {"prep"}, {"by", "from"})
                                or _by_after(sent, obj, {"by"}))  # "an assault on a base by
            if attacker is None:  # rebels was repelled": "by" hangs on the base
                mods = [c for c in obj.children if c.dep_ in {"amod", "compound", "poss"}]
                attacker = actor_of(ctx, doc, mods[0]) if mods else None
        defender = (dependent(tok, {"nsubj"}) or dependent(tok, {"agent"})
                    or dependent(tok.head, {"nsubj"}))
        if defender is None and obj is not None and obj.dep_ == "nsubjpass":
            defender = dependent(obj, {"prep"}, {"on", "against"})  # "an attack on X was
            # repelled" (no one named repelling it): X was attacked and held
        kept = actor_of(ctx, doc, defender)
        if defender is not None and defender.dep_ == "pobj" and (
                kept is None or attacker is not None and kept.actor == attacker.actor):
            # "an assault on a Yemeni army base by Houthi rebels": the attackers hang on the
            # base; whose site it is says who held it
            kept = next((a for a in (modifier_actor(ctx, doc, m) for m in defender.children
                                     if m.dep_ in {"amod", "compound"} and m.i < defender.i)
                         if a is not None), None)
        return attacker, kept
    if tok.pos_ == "VERB" and tok.lemma_.lower() in YIELD_VERBS:
        taker = dependent(tok, {"prep"}, {"to"})
        if taker is not None:  # "the town fell to M23 rebels": the rebels take it
            return actor_of(ctx, doc, taker), None
    if tok.pos_ == "VERB":
        subj = dependent(tok, {"nsubj"}) or dependent(tok, {"agent"}) or shared_subject(tok)
        if subj is not None and subj.lower_ in {"who", "that", "which"} and tok.dep_ == "relcl":
            subj = tok.head  # "supporters who had gathered": the relative clause's noun acts
        if subj is None and tok.dep_ == "acl":  # "militants attacking the post"
            doer = tok.head
            if doer.lower_ in ACCOUNTS:  # "the story of Russia targeting the SDF": the parse
                doer = dependent(doer, {"prep"}, {"of"}) or doer  # hung the act on the story
            return actor_token(ctx, doc, doer), actor_of(ctx, doc, dependent(tok, {"dobj"}))
        target = dependent(tok, {"dobj", "nsubjpass"})
        if target is not None and target.lower_ == "fire" and tok.lemma_.lower() == "set":
            target = dependent(tok, {"prep"}, {"to"}) or dependent(target, {"prep"}, {"to"})
            # "set fire to the party's offices": what burns is hit
        if target is not None and target.lower_ in FIRE_WORDS:
            target = None  # "opened fire": the fire is how, not whom
        if target is not None and weapon(target) and tok.lemma_.lower() in FIRING:
            target = aimed_at(tok) or aimed_at(target) or target  # "fired missiles at X": X
        elif target is not None and tok.lemma_.lower() in FIRING - {"shoot"} and aimed_at(
                tok) is not None and actor_of(ctx, doc, target) is None:
            target = aimed_at(tok)  # what is fired is never whom: "fired mortars on X"
        if dependent(tok, {"auxpass"}) is not None:
            subj, target = dependent(tok, {"agent"}), dependent(tok, {"nsubjpass"})
        under = dependent(tok, {"prep"}, {"under"})
        if under is not None and tok.lemma_.lower() in UNDER_VERBS:
            # "a police station came under fire from JNIM": the subject is hit, JNIM fires
            subj, target = (dependent(tok, {"prep"}, {"from", "by"})
                            or dependent(under, {"prep"}, {"from", "by"})), subj
        if subj is None and tok.lemma_.lower() in RECIPROCAL:
            sides = dependent(tok, {"prep"}, {"between"})
            paired = _paired(ctx, doc, sides)
            if paired is not None:
                return paired
            if sides is not None and sides.conjuncts:  # "fighting between X and Y killed 30"
                subj, target = sides, sides.conjuncts[0]
        if target is None:  # "fired on the crowd", "fought against the rebels"
            target = aimed_at(tok)
        if target is None:  # "shot and wounded two youths": the object the verbs share
            shared = next((c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB"
                           and dependent(c, {"nsubj", "nsubjpass"}) is None), None)
            target = dependent(shared, {"dobj"}) if shared is not None else None
        if target is None and tok.lemma_.lower() in RECIPROCAL and subj is not None \
                and subj.conjuncts:  # "X and Y exchanged fire": each fired on the other
            target = subj.conjuncts[0]
        paired = _paired(ctx, doc, subj) if target is None and subj is not None and (
            tok.lemma_.lower() in RECIPROCAL) else None  # "Pakistani and Indian troops
        # exchanged fire": each people's forces, the second the other side
        if bare_count(target):  # "… on demonstrators, killing two and arresting 30"
            target = earlier_target(tok) or target
        if target is None:  # "opened fire to disperse demonstrators": whom the fire was for
            purpose = next((c for c in tok.children if c.dep_ in {"xcomp", "advcl"}
                            and any(a.lower_ == "to" for a in c.children)
                            and c.lemma_.lower() not in SWAYING), None)
            target = dependent(purpose, {"dobj"}) if purpose is not None else None
        actor1 = actor_of(ctx, doc, subj) or (  # a person or a people's member the dictionary
            unnamed_target(subj) if subj is not None and (  # cannot know ("by a Palestinian"),
                subj.ent_type_ == "PERSON" or subj.ent_type_ == "NORP" and subj.pos_ == "PROPN"
                or subj.lemma_.lower() in DOERS and dependent(subj, {"prep"}, {"of"}) is None)
            else None)  # people named by what they are: "villagers lynched …"
        if actor1 is None and subj is not None and (
                subj.ent_type_ == "GPE" or subj.pos_ == "PROPN" and not subj.ent_type_):
            actor1 = capital_state(ctx, subj)  # "Washington launched cruise missiles at …"
        if actor1 is None and subj is None and dependent(tok, {"auxpass"}) is None:
            actor1 = _named_before(ctx, tok)  # "Shining Path guerrillas killed …", parsed
            # with "Shining" as a verb: the name just before an active verb is its subject
            before = tok.doc[tok.i - 1] if tok.i > tok.sent.start else None
            if actor1 is None and before is not None and before.pos_ == "PROPN" \
                    and before.dep_ in {"npadvmod", "nsubj"}:  # "Turkey massed troops …"
                actor1 = capital_state(ctx, before)
        if actor1 is None and subj is not None and subj.lower_ in AGENT_TRIGGERS:
            actor1 = agent_noun(ctx, doc, subj)  # "a Serb sniper killed a woman"
        if actor1 is None and subj is not None and (weapon(subj) or subj.lower_ in CRAFT
                                                    | FIRE_WORDS):
            actor1 = next(  # "Russian missiles hit Kyiv": Russia's forces fired them
                (a for a in (modifier_actor(ctx, doc, m) for m in subj.children
                             if m.dep_ == "amod") if a is not None), None)
            origin = dependent(subj, {"prep"}, {"from", "by"})
            if actor1 is None and origin is not None:  # "gunfire from Serb positions": the
                actor1 = actor_of(ctx, doc, origin) or next(  # Serbs who hold them fired
                    (a for a in (modifier_actor(ctx, doc, m) for m in origin.children
                                 if m.dep_ in {"amod", "compound"}) if a is not None), None)
        if paired is not None and (actor1 is None or actor1.actor.type == "unknown"):
            actor1 = paired[0]  # "Serb and Croat militias fought": the first people's side
        actor2 = (actor_of(ctx, doc, target) or actor_after(ctx, target, actor1)
                  or target_actor(ctx, doc, target) or invaded(ctx, doc, tok, target, actor1)
                  or (paired[1] if paired is not None else None))
        if target is not None and actor1 is not None and actor2 is not None \
                and actor2.actor == actor1.actor and target.i != (subj.i if subj else -1):
            # "Amal militiamen battled Palestinian guerrillas": the generic noun is not the
            # article's main group when that group is the other side; named by its phrase
            actor2 = unnamed_group(target) or actor2
        if actor2 is None and target is not None and target.lower_ in CROWDS and (
                members(target) is None):  # "a crowd of mourners" is the mourners
            actor2 = crowd(ctx, target)  # "fired at a crowd (that had set fire to …)"
        if target is not None and demonstrating(target) and (
                actor2 is None or actor2.actor.type in {"unknown", "civilians"}):
            actor2 = crowd(ctx, target, "Protesters") or actor2  # "shot three students who
            # were marching", "assaulted students protesting": the crowd, as ACLED names it
        pact = target if target is not None and target.lemma_.lower() in PACTS else None
        sides = dependent(pact, {"prep"}, {"between"}) if pact is not None else None
        if actor1 is None and sides is not None and sides.conjuncts:
            # "the factions agreed on a ceasefire between X and Y": X and Y are its parties
            actor1, actor2 = actor_of(ctx, doc, sides), actor_of(ctx, doc, sides.conjuncts[0])
        return actor1, actor2
    if tok.lemma_.lower() in OWNED_SPACES and tok.dep_ in {"dobj", "pobj"}:
        mover = tok.head if tok.dep_ == "dobj" else tok.head.head
        if mover.pos_ == "VERB":  # "jets entered Taiwan's air defence zone"
            subj = dependent(mover, {"nsubj"}) or shared_subject(mover)
            return actor_of(ctx, doc, subj), actor_of(ctx, doc, dependent(tok, {"poss"}))
    if tok.lemma_.lower() in {"exchange", "trade"}:  # "an exchange of fire between X and Y"
        fire = dependent(tok, {"prep"}, {"of"})
        paired = _paired(ctx, doc, dependent(tok, {"prep"}, {"between"}) or (
            dependent(fire, {"prep"}, {"between"}) if fire is not None else None))
        if paired is not None:
            return paired
    # noun trigger: "X's assault on Y by Z", "shelling from X", "came under shelling"
    by = (dependent(tok, {"prep"}, {"by", "from"}) or _by_after(sent, tok, {"by", "from"})
          or next((sender(c) for c in tok.children if c.dep_ == "acl"
                   and sender(c) is not None), None))  # "shells fired by X", "a landmine
    # planted by the rebels": whoever sent the weapon used it; "the shelling, blamed on X"
    mods = [c for c in tok.children if c.dep_ in {"poss", "compound", "amod", "nmod"}]
    held = next((c for c in mods if c.dep_ == "compound"), None) \
        if tok.lower_ in HOSTAGES and tok.dep_ == "dobj" else None
    if held is not None:  # "held 40 villagers hostage": the villagers are held, not holding
        mods = []
    mods += [g for c in mods for g in c.children if g.dep_ in {"poss", "amod"}  # Turkish drone
             or g.dep_ == "compound" and (g.ent_type_ in {"GPE", "ORG", "NORP"}
                                          or state_word(g))]  # "US drone strikes"
    actor1 = actor_of(ctx, doc, by) or next(  # "recent Turkish drone strikes": Turkey's
        (a for a in (modifier_actor(ctx, doc, m) for m in mods) if a is not None), None)
    target = held or aimed_at(tok) or of_patient(tok)  # "attack on X" (not "on Monday")
    taken = counted(tok) if tok.lower_ in HOSTAGES and held is None else None
    if taken is not None and taken.dep_ == "dobj" and taken.head.pos_ == "VERB":
        # "rebels took hundreds of hostages": who takes them acts, the hostages are acted on
        actor1 = actor1 or actor_of(ctx, doc, dependent(taken.head, {"nsubj"}))
        target = target or tok
    if target is None and by is not None and by.head.head.i == tok.i:
        target = aimed_at(by)  # "the raid by Israeli commandos on a PLO base": the parse hung
        # the aim on the raiders
    if target is None and tok.lemma_.lower() in RECIPROCAL | PACTS:
        target = dependent(tok, {"prep"}, {"with"})
        sides = dependent(tok, {"prep"}, {"between"}) or (  # "fighting erupted between X
            dependent(tok.head, {"prep"}, {"between"}) if tok.dep_ in {"nsubj", "nsubjpass"}
            else None)  # and Y", "clashes were reported between X and Y"
        if actor1 is None and sides is not None and sides.conjuncts:  # "between X and Y"
            actor1, target = actor_of(ctx, doc, sides), sides.conjuncts[0]
        paired = _paired(ctx, doc, sides) if actor1 is None else None
        if paired is not None:
            return paired
    actor2 = target_actor(ctx, doc, target) or invaded(ctx, doc, tok, target, actor1)
    if actor2 is None and tok.dep_ == "nsubj" and tok.head.pos_ == "VERB":
        # "a roadside bombing killed two soldiers": what the event did, it did to its object
        hit = dependent(tok.head, {"dobj"})
        actor2 = actor_of(ctx, doc, hit) or (  # "a mob beat a man to death": a civilian
            victims(ctx, doc, hit) if hit is not None and hit.lemma_.lower() in UNARMED_PEOPLE
            else None) or unnamed_target(hit) or (
            target_actor(ctx, doc, hit) if hit is not None and (
                pronoun_owner(hit) is not None or owner(hit) is not None)
            else None)  # "a roadside bomb hit their patrol": whose patrol it was; "a suicide
        # bomber struck a Shiite mosque": whose mosque
    if actor2 is None and tok.dep_ == "pobj" and tok.head.lower_ == "under" \
            and tok.head.head.lemma_.lower() in UNDER_VERBS:  # "X came under attack": X is hit
        actor2 = target_actor(ctx, doc, dependent(tok.head.head, {"nsubj"}))  # "ECOMOG
        # peacekeepers came under attack": people the dictionary does not know are still hit
    placing = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "under" else None
    if placing is not None and placing.pos_ == "VERB" and (  # "placed X under house arrest"
            placing.lemma_.lower() not in UNDER_VERBS) and dependent(
            placing, {"dobj"}) is not None:
        actor1 = actor1 or actor_of(ctx, doc, dependent(placing, {"nsubj"}))
        held_one = dependent(placing, {"dobj"})
        actor2 = actor2 or target_actor(ctx, doc, held_one) or proper_name(held_one)
    claimer = next((a for a in list(tok.ancestors)[:3] if a.lemma_.lower() == "claim"), None)
    if actor1 is None and claimer is not None:  # "IS claimed (responsibility for) the attack"
        actor1 = actor_of(ctx, doc, dependent(claimer, {"nsubj"}))
    verb = governing_verb(tok)
    thrown = verb is None and tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and (
        tok.head.lemma_.lower() in FIRING - {"launch"})  # "threw a grenade into a cafe"
    if thrown:  # the one who sends the weapon uses it
        verb = tok.head
    foe = dependent(tok, {"prep"}, {"with"}) if tok.lemma_.lower() in RECIPROCAL else None
    if verb is not None and foe is not None and tok.dep_ == "pobj" and (
            verb.lemma_.lower() in DIE_VERBS or dependent(verb, {"auxpass"}) is not None):
        dead = dependent(verb, {"nsubj", "nsubjpass"})  # "two soldiers were killed in clashes
        if dead is not None:  # with PKK militants": the militants killed them
            return target_actor(ctx, doc, foe), target_actor(ctx, doc, dead)
    if verb is not None and verb.lemma_.lower() in DIE_VERBS:  # "eight soldiers died in an
        dead = dependent(verb, {"nsubj"})  # ambush": the dead were acted on, not acting
        return actor1, actor2 or (victims(ctx, doc, dead) if dead is not None else None)
    if verb is not None and (actor1 is None or actor2 is None):
        # "X wounded two soldiers in a bomb attack": the attack's actors are the verb's
        by_verb = participants(ctx, doc, sent, verb, role)
        carried = tok.dep_ in {"dobj", "pcomp"} and not thrown  # the light verb's object is
        # the trigger itself
        actor1, actor2 = actor1 or by_verb[0], actor2 or (None if carried else by_verb[1])
        if actor2 is None and carried:  # "stepped up their offensive against X": X, on the verb
            actor2 = target_actor(ctx, doc, aimed_at(verb))
    if role == "outcome" and actor1 is None and tok.dep_ in {"dobj", "nsubjpass"} \
            and tok.head.pos_ == "VERB":  # "security forces killed three protesters": the
        # crowd the trigger names was acted on by the verb's doer
        by_verb = participants(ctx, doc, sent, tok.head, "hurt")
        actor1, actor2 = by_verb[0], actor2 or by_verb[1]
    fought_before = _fought_before(tok) if tok.lemma_.lower() in RECIPROCAL else None
    if actor1 is None and fought_before is not None:
        # "X retook the town after (two days of) fierce fighting with Y": who fought is who
        # retook
        subjects = [c for c in fought_before.children if c.dep_ == "nsubj"]
        actor1 = actor_of(ctx, doc, subjects[-1]) if subjects else None  # the nearest: not a
        # dateline the parser also hung there ("DAMASCUS, March 14 — Units of the army …")
    if actor1 is None and tok.lower_ in AGENT_TRIGGERS:
        # "a suicide bomber struck …": the trigger names who acted, a group nobody names
        actor1 = agent_noun(ctx, doc, tok)
    return actor1, actor2


def _named_before(ctx: EventContext, tok: Token) -> ActorMention | None:
    """The actor named right before a verb the parse gave no subject: nothing but spaces
    between the name and the verb, in the verb's own sentence."""
    before = tok.doc.text[:tok.idx].rstrip()
    if not before or before[-1] in ",;:-)\"'":
        return None
    return next((m for m in ctx.actors if m.span is not None and m.span.end == len(before)
                 and m.span.start >= tok.sent.start_char), None)


def capital_state(ctx: EventContext, tok: Token) -> ActorMention | None:
    """The forces of the state whose capital acts: "Washington launched missiles", "Baghdad
    shelled ..." (a capital as the subject of an act is its state, as wire copy writes it; the
    gazetteer's feature code PPLC says it is one); and of a state named as a country the tagger
    gave no entity type ("Nigeria sent troops", feature code PCLI)."""
    if ctx.dictionary is None or any(c.dep_ in {"compound", "amod", "nmod"} for c in tok.children):
        return None  # "Real Madrid" is a club, not Spain's forces
    place = next((t for t in ctx.toponyms if t.place is not None
                  and t.span.start <= tok.idx < t.span.end), None)
    entry = demonym_table().get(tok.lower_)
    if place is None and entry is not None and entry[0] and tok.text in entry[1][1:]:
        state = ctx.dictionary.actor_for_country(entry[0])  # a state by its own name
        return ActorMention(state, Span(tok.idx, tok.idx + len(tok), tok.text)) \
            if state is not None else None
    if place is None or place.place is None or place.place.feature_code not in STATE_SEATS \
            or not place.place.country:
        return None
    state = ctx.dictionary.actor_for_country(place.place.country)
    return ActorMention(state, place.span) if state is not None else None


def agent_noun(ctx: EventContext, doc: Doc, tok: Token) -> ActorMention | None:
    """Who a noun naming the doer stands for ("a suicide bomber", "a lone gunman", "a Serb
    sniper"): the group or state its modifier names, else the Unidentified Armed Group of the
    article's country, with the noun's phrase as span."""
    if ctx.dictionary is None:
        return None
    start, end = tok.left_edge.idx, tok.idx + len(tok)
    span = Span(start, end, doc_text(doc)[start:end])
    named = next((a for a in (modifier_actor(ctx, doc, m) for m in tok.children
                              if m.dep_ in {"amod", "compound"} and m.ent_type_ == "NORP")
                  if a is not None), None)
    if named is not None:
        return ActorMention(named.actor, span)
    unknown = ctx.dictionary.get(UNIDENTIFIED)
    country = ctx.home_forces.country if ctx.home_forces is not None else None
    return ActorMention(ctx.dictionary.localise(unknown, country), span) if unknown else None
