"""Which actor is which: actor1 (the one acting) and actor2 (the one acted on) of a trigger,
from the sentence's structure, not its word order.

A verb trigger's subject acts and its object is acted on, turned round for a passive ("was shelled
by X"), for "came under fire from X" and for "Y repelled an attack by X"; the shared object of
"shot and wounded X", the aim of "fired on X", the people a toll clause or a vehicle names, the
parties of "fighting between X and Y". A noun trigger reads "by X", "X's", a people's or a
group's modifier, "on X", "of X", and borrows the actors of the verb it is the means of or that
carries it. Who a phrase names is resolved by :mod:`sitrep.extract.event_actors`; the sides the
trigger's parse does not give are read by :mod:`sitrep.extract.event_sides`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

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
from sitrep.extract.event_nouns import ARMED_MODIFIERS, CIVILIAN_SITES
from sitrep.extract.event_patients import (
    ANYONE,
    COUNT_HEADS,
    FIRE_OBJECTS,
    RECIPROCAL,
    TARGET_NOUNS,
    UNARMED_PEOPLE,
    affiliation,
    aimed_at,
    bare_count,
    carried,
    counted,
    earlier_target,
    members,
    of_a_group,
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
# a crowd acted on, as ACLED's demonstrator actors (a mob is rioters)
CROWDS = {"crowd": "Protesters", "crowds": "Protesters", "mob": "Rioters", "mobs": "Rioters"}
# what people do who demonstrate, told in a clause on them ("students who were marching")
DEMONSTRATING = {"protest", "march", "demonstrate", "rally", "picket", "strike"}
COUNTED = {"dozens", "hundreds", "thousands", "scores", "some", "many", "group", "crowd"}
GATHERING = {"gather", "assemble", "converge", "come", "take"}  # "took to the streets to protest"
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
INVADE = {"invasion", "invade", "incursion"}  # an armed entry into a state's territory
# sites that belong to a state's forces when a people's adjective names whose they are
FORCE_SITES = {"post", "base", "position", "checkpoint", "outpost", "barracks", "garrison",
               "convoy", "patrol", "helicopter", "warplane", "jet", "aircraft", "plane", "drone",
               "gunship", "warship", "vessel", "tank",
               # a state's depot or airbase is its forces' ("a Russian ammunition depot")
               "depot", "arsenal", "airbase", "airfield"}
NOMINAL_SUFFIXES = ("tion", "tions", "sion", "sions", "ment", "ments", "ance", "ances", "ence",
                    "ences")
STATE_SEATS = {"PPLC", "PCLI", "PCLS"}  # a capital or an independent state acting
# a thing hit named by who holds it: "positions held by Moslem rebels"
HOLDING = {"hold", "control", "occupy", "man", "own", "run", "operate", "use", "guard"}
STATE_NOUNS = {"government", "army", "police", "regime"}  # whose "government positions" are
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


def _sender(participle: Token) -> Token | None:
    """Who a participle describing a noun trigger names as its doer: the agent of "fired by X",
    or whom it is "blamed on" ("the shelling, blamed on Serb forces")."""
    if participle.lemma_.lower() in {"blame", "attribute"}:
        return dependent(participle, {"prep"}, {"on", "to"})
    return dependent(participle, {"agent"})


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
        actor2 = (actor_of(ctx, doc, target) or _actor_after(ctx, target, actor1)
                  or _target_actor(ctx, doc, target) or _invaded(ctx, doc, tok, target, actor1)
                  or (paired[1] if paired is not None else None))
        if target is not None and actor1 is not None and actor2 is not None \
                and actor2.actor == actor1.actor and target.i != (subj.i if subj else -1):
            # "Amal militiamen battled Palestinian guerrillas": the generic noun is not the
            # article's main group when that group is the other side; named by its phrase
            actor2 = unnamed_group(target) or actor2
        if actor2 is None and target is not None and target.lower_ in CROWDS and (
                members(target) is None):  # "a crowd of mourners" is the mourners
            actor2 = _crowd(ctx, target)  # "fired at a crowd (that had set fire to …)"
        if target is not None and _demonstrating(target) and (
                actor2 is None or actor2.actor.type in {"unknown", "civilians"}):
            actor2 = _crowd(ctx, target, "Protesters") or actor2  # "shot three students who
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
    # noun trigger: "X's assault on Y by Z", "shelling from X", "came under shelling"
    by = (dependent(tok, {"prep"}, {"by", "from"}) or _by_after(sent, tok, {"by", "from"})
          or next((_sender(c) for c in tok.children if c.dep_ == "acl"
                   and _sender(c) is not None), None))  # "shells fired by X", "a landmine
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
    actor2 = _target_actor(ctx, doc, target) or _invaded(ctx, doc, tok, target, actor1)
    if actor2 is None and tok.dep_ == "nsubj" and tok.head.pos_ == "VERB":
        # "a roadside bombing killed two soldiers": what the event did, it did to its object
        hit = dependent(tok.head, {"dobj"})
        actor2 = actor_of(ctx, doc, hit) or (  # "a mob beat a man to death": a civilian
            victims(ctx, doc, hit) if hit is not None and hit.lemma_.lower() in UNARMED_PEOPLE
            else None) or unnamed_target(hit) or (
            _target_actor(ctx, doc, hit) if hit is not None and (
                pronoun_owner(hit) is not None or owner(hit) is not None)
            else None)  # "a roadside bomb hit their patrol": whose patrol it was; "a suicide
        # bomber struck a Shiite mosque": whose mosque
    if actor2 is None and tok.dep_ == "pobj" and tok.head.lower_ == "under" \
            and tok.head.head.lemma_.lower() in UNDER_VERBS:  # "X came under attack": X is hit
        actor2 = _target_actor(ctx, doc, dependent(tok.head.head, {"nsubj"}))  # "ECOMOG
        # peacekeepers came under attack": people the dictionary does not know are still hit
    placing = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "under" else None
    if placing is not None and placing.pos_ == "VERB" and (  # "placed X under house arrest"
            placing.lemma_.lower() not in UNDER_VERBS) and dependent(
            placing, {"dobj"}) is not None:
        actor1 = actor1 or actor_of(ctx, doc, dependent(placing, {"nsubj"}))
        held_one = dependent(placing, {"dobj"})
        actor2 = actor2 or _target_actor(ctx, doc, held_one) or proper_name(held_one)
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
            return _target_actor(ctx, doc, foe), _target_actor(ctx, doc, dead)
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
            actor2 = _target_actor(ctx, doc, aimed_at(verb))
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


def victims(ctx: EventContext, doc: Doc, hit: Token) -> ActorMention | None:
    """Who was killed or wounded, named by ``hit``: an actor, else people named by no group
    ("12 people", "one person") as the civilians of the article's country, else the people
    the phrase names ("a woman", "two farmers")."""
    found = actor_of(ctx, doc, hit)
    if found is None and hit.lemma_.lower() in ANYONE | UNARMED_PEOPLE and (
            ctx.dictionary is not None and not of_a_group(hit)):
        people = ctx.dictionary.get("Civilians")
        country = ctx.home_forces.country if ctx.home_forces is not None else None
        start, end = hit.left_edge.idx, hit.idx + len(hit)
        if people is not None:
            found = ActorMention(ctx.dictionary.localise(people, country),
                                 Span(start, end, doc_text(doc)[start:end]))
    return found or unnamed_target(hit)


def _invaded(ctx: EventContext, doc: Doc, tok: Token, target: Token | None,
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


def _target_actor(ctx: EventContext, doc: Doc, target: Token | None) -> ActorMention | None:
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
    keeper = next((_sender(c) for c in target.children if c.dep_ == "acl"
                   and c.lemma_.lower() in HOLDING), None)
    if keeper is not None:  # "positions held by Moslem rebels", "a pipeline owned by X"
        return actor_of(ctx, doc, keeper) or unnamed_target(keeper, bodies=True)
    holder = owner(target)
    if holder is None and target.lemma_.lower() in FORCE_SITES | {"camp", "stronghold"}:
        force = next((c for c in target.children if c.dep_ == "compound"
                      and c.lower_ in STATE_NOUNS), None)
        if force is not None:  # "government positions", "army posts": the state's forces
            return actor_of(ctx, doc, force)
        rebel = next((c for c in target.subtree if c.i < target.i and c.dep_ in {
            "amod", "compound"} and c.lower_ in ARMED_MODIFIERS), None)
        if rebel is not None:  # "a rebel weapons depot", "militant camps": the armed group's
            return modifier_actor(ctx, doc, rebel)
    mine = pronoun_owner(target) if holder is None else None
    if mine is not None:  # "were killed when militants ambushed their jeep": the killed's
        return victims(ctx, doc, mine)  # ("a woman was killed when a shell hit her home")
    if holder is not None and holder.ent_type_ == "NORP" and target.lower_ in CIVILIAN_SITES:
        people = _civilians_of(ctx, holder)  # "a Palestinian village", "Rohingya homes":
        if people is not None:  # the civilians of the people's state
            return people
    if holder is not None:
        forces = modifier_actor(ctx, doc, holder) if target.lemma_.lower() in FORCE_SITES \
            else None  # "Saudi border posts": the Saudi forces' posts
        return forces or actor_token(ctx, doc, holder) or unnamed_target(holder, bodies=True)
    return victims(ctx, doc, target)  # "killed 12 people": civilians


def _civilians_of(ctx: EventContext, people: Token) -> ActorMention | None:
    """ACLED's civilians of the state a people's adjective names ("Palestinian": Civilians
    (Palestine)); None for a people with no state of its own in the table."""
    country = demonym_table().get(people.lower_, ("",))[0]
    base = ctx.dictionary.get("Civilians") if ctx.dictionary is not None else None
    if not country or base is None or ctx.dictionary is None:
        return None
    local = ctx.dictionary.localise(base, country)
    span = Span(people.idx, people.idx + len(people), people.text)
    return ActorMention(local, span) if local is not base else None


def _demonstrating(target: Token) -> bool:
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


def _crowd(ctx: EventContext, target: Token, name: str | None = None) -> ActorMention | None:
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


def _actor_after(ctx: EventContext, target: Token | None, actor1: ActorMention | None
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
            or c.dep_ == "prep" and any(g.lemma_ == "order" for g in c.children))]
        stop = min([stop, *later])
    found = [m for m in ctx.actors if m.span and start <= m.span.start < min(stop, start + 80)
             and (actor1 is None or m.actor != actor1.actor) and not _a_place(ctx, m)]
    return min(found, key=lambda m: m.span.start if m.span else 0) if found else None


def _a_place(ctx: EventContext, mention: ActorMention) -> bool:
    """A mention that is a place the places stage resolved ("opened fire on a crowd of Hindu
    nationalists in Ayodhya": Ayodhya is where, not whom)."""
    span = mention.span
    return span is not None and mention.actor.type == "unknown" and any(
        t.place is not None and t.span.start <= span.start and span.end <= t.span.end
        for t in ctx.toponyms)
