"""Who did what to whom: the actors of an event, read from the dependency parse.

Actor1 is the one acting (the subject, the agent of a passive, "by X" or "from X" after a noun
trigger, the possessor in "X's assault"), actor2 the one acted on (the object, the subject of a
passive, "on X" / "against X"). Where the trigger names no actor, short references are resolved
("the army" → the home state's forces, "the group" → the armed group named before it), a noun
trigger borrows the actors of the verb it is the means of ("killed … in an attack") or of the
light verb that carries it ("launched an offensive"), and an unknown armed group is named by its
phrase ("Irish nationalist guerrillas"). The sides the trigger's parse does not name (a
demonstration's crowd and the force that intervenes, the other side of a clash, the side that
loses territory) are read by :mod:`sitrep.extract.event_sides`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from sitrep.extract.actors import ActorDictionary
from sitrep.extract.event_nouns import ARMED_MODIFIERS, GENERIC_ARMED
from sitrep.extract.event_patients import (
    ANYONE,
    FIRE_OBJECTS,
    RECIPROCAL,
    affiliation,
    aimed_at,
    bare_count,
    carried,
    earlier_target,
    members,
    of_patient,
    owner,
    pronoun_owner,
    unnamed_target,
)
from sitrep.extract.event_phrases import (
    GROUP_NOUNS,
    REPORTING,
    dependent,
    described,
    named_by_apposition,
    people_word,
    phrase_end,
    speaker_of,
    state_word,
    unnamed_group,
)
from sitrep.extract.event_rules import weapon
from sitrep.extract.place_forms import demonym_table
from sitrep.model import (
    Actor,
    ActorMention,
    Article,
    Claim,
    Flag,
    Span,
    TimeExpression,
    Toponym,
)
from sitrep.nlp import doc_text

VIOLENT_ACTOR_TYPES = {"rebel group", "political militia", "identity militia"}
ARMED_TYPES = VIOLENT_ACTOR_TYPES | {"state forces", "external/other forces"}
# vessels and aircraft named by whose they are: "French and Egyptian warships launched …"
CRAFT = {"warship", "warships", "vessels", "ships", "submarines", "frigates", "destroyers",
         "planes", "aircraft", "jets", "warplanes", "bombers", "helicopters", "tanks",
         # the singulars, and the small craft of older wire copy ("an Iranian speedboat")
         "vessel", "ship", "submarine", "frigate", "destroyer", "plane", "jet", "warplane",
         "bomber", "helicopter", "tank", "gunboat", "gunboats", "speedboat", "speedboats",
         "gunship", "gunships"}
FIRE_WORDS = FIRE_OBJECTS  # what a gun fires, never whom: "opened fire", "fired shots"
# the state acting through its officials: its government in ACLED's terms
AUTHORITIES = {"authorities", "authority", "administration", "junta"}
HOME_FORCE_WORDS = {"army", "troops", "military", "forces", "soldiers", "government", "regime",
                    "warplanes", "jets", "aircraft", "helicopters", "artillery"}
NOMINAL_SUFFIXES = ("tion", "tions", "sion", "sions", "ment", "ments", "ance", "ances", "ence",
                    "ences")
UNIDENTIFIED = "Unidentified Armed Group"  # ACLED's actor for an armed group nobody names
UNSPECIFIED_FORCES = "Government forces (unspecified)"  # state forces of a country not known
STATE_FORCE_WORDS = {"army", "troops", "military", "soldiers"}
PLACE_NOUNS = {"position", "station", "location", "settlement", "installation", "encampment"}
# pronouns and short references that stand for an actor named before them
PRONOUNS = {"it", "they", "we", "its", "their", "our"}  # "he", "his": a person, not a group
MEANS_PREPOSITIONS = {"in", "during", "with", "by"}  # "killed in an attack", "… with air strikes"
# verbs that carry a noun trigger without adding meaning: "launched an offensive", "staged a sit-in"
LIGHT_VERBS = {"launch", "carry", "conduct", "stage", "mount", "open", "begin", "start", "hold",
               "organise", "organize", "unleash", "wage", "intensify", "continue", "resume",
               "execute", "perpetrate", "commit", "lead", "spearhead",
               # verbs of its course: "completed their withdrawal", "stepped up its offensive"
               "complete", "finish", "step", "press", "renew", "escalate", "expand", "pursue",
               "exchange", "trade"}  # "exchanged artillery fire": the two sides fired
REFERRING = PRONOUNS | {"group", "organisation", "organization", "movement", "militants",
                        "jihadists", "insurgents", "rebels"}
# sites that belong to a state's forces when a people's adjective names whose they are
FORCE_SITES = {"post", "base", "position", "checkpoint", "outpost", "barracks", "garrison",
               "convoy", "patrol", "helicopter", "warplane", "jet", "aircraft", "plane", "drone",
               "gunship", "warship", "vessel", "tank"}
YIELD_VERBS = {"fall"}  # a place "fell to" whoever took it
UNDER_VERBS = {"come", "fall"}  # "came under fire from X", "fell under attack by X": X acts
# a noun trigger that names a state's space, not an act: its possessor owns it and is entered
# ("Chinese jets entered Taiwan's air defence zone": China acts, Taiwan is acted on)
OWNED_SPACES = {"zone", "airspace", "air-space"}
# what two sides agree on, named "between X and Y"
PACTS = {"ceasefire", "cease-fire", "truce", "agreement", "deal", "accord", "treaty", "pact",
         "armistice", "talks", "negotiations"}
FIRING = {"fire", "launch", "shoot", "lob", "hurl", "throw", "drop"}  # a weapon sent at X
AGENT_TRIGGERS = {"bomber", "bombers", "gunman", "gunmen", "sniper", "snipers", "attacker",
                  "attackers", "assailant", "assailants"}  # a trigger that names the doer
COUNT_HEADS = {"dozens", "hundreds", "thousands", "scores", "tens", "millions"}  # "… of X": X
HOSTAGES = {"hostage", "hostages", "captive", "captives"}  # "held X hostage": X is held
DIE_VERBS = {"die", "perish"}  # "soldiers died in an ambush": the subject is the victims
INVADE = {"invasion", "invade", "incursion"}  # an armed entry into a state's territory
LOYAL = {"loyal", "allied", "affiliated", "linked"}  # "forces loyal to X"


@dataclass(frozen=True)
class EventContext:
    """What the other stages found in the article, handed to the event stage."""

    article: Article
    actors: tuple[ActorMention, ...] = ()
    claims: tuple[Claim, ...] = ()
    toponyms: tuple[Toponym, ...] = ()
    dates: tuple[TimeExpression, ...] = ()
    home_forces: Actor | None = None  # state forces of the article's country focus
    dictionary: ActorDictionary | None = None  # for "Russia shelled …": a state's forces
    flags: tuple[Flag, ...] = ()  # hedge and verification cues of the article


def _mention_in(ctx: EventContext, start: int, end: int, near: int) -> ActorMention | None:
    inside = [m for m in ctx.actors if m.span and start <= m.span.start and m.span.end <= end]
    if not inside:
        return None
    return min(inside, key=lambda m: (not (m.span and m.span.start <= near < m.span.end),
                                      abs((m.span.start if m.span else 0) - near)))


def conjuncts(ctx: EventContext, tok: Token | None, first: ActorMention | None
               ) -> tuple[ActorMention, ...]:
    """Actors joined to the first by 'and' / 'along with': ACLED's associated actors."""
    if tok is None or first is None:
        return ()
    joined = [c for c in tok.conjuncts]
    joined += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in {"with", "along"}
               for w in (c, *c.children) for g in w.children if g.dep_ == "pobj"]
    found: list[ActorMention] = []
    for head in joined:
        left, right = head.left_edge.idx, head.right_edge.idx + len(head.right_edge)
        found += [m for m in ctx.actors if m.span and left <= m.span.start
                  and m.span.end <= right and m.actor != first.actor and m not in found]
    return tuple(found)


def actor_token(ctx: EventContext, doc: Doc, tok: Token) -> ActorMention | None:
    """The actor named by exactly this token (a mention covering it, or a state by its name)."""
    for m in ctx.actors:
        if m.span and m.span.start <= tok.idx < m.span.end:
            return m
    if ctx.dictionary is not None and tok.ent_type_ in {"GPE", "ORG"}:
        ent = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
        if ent is not None and (ent.label_ == "GPE" or ent.text.lower() in demonym_table()):
            actor = ctx.dictionary.lookup(f"{ent.text} forces")
            if actor is not None:
                return ActorMention(actor, Span(ent.start_char, ent.end_char, ent.text))
    return None


def _generic(ctx: EventContext, doc: Doc, tok: Token) -> ActorMention | None:
    """'terrorists', 'the army': the article's main armed group, or its home state forces."""
    words = {t.lower_ for t in tok.subtree}
    text = doc_text(doc)[tok.left_edge.idx:phrase_end(tok)].rstrip(" ,")
    span = Span(tok.left_edge.idx, tok.left_edge.idx + len(text), text)
    if words & GENERIC_ARMED or tok.dep_ != "compound" and {
            c.lower_ for c in tok.children if c.dep_ in {"amod", "compound"}} & ARMED_MODIFIERS:
        groups = Counter(m.actor for m in ctx.actors if m.actor.type in VIOLENT_ACTOR_TYPES)
        if groups:
            return ActorMention(groups.most_common(1)[0][0], span)
        unknown = ctx.dictionary.get(UNIDENTIFIED) if ctx.dictionary is not None else None
        if ctx.dictionary is not None and unknown is not None and unnamed_group(tok) is None:
            country = ctx.home_forces.country if ctx.home_forces is not None else None
            return ActorMention(ctx.dictionary.localise(unknown, country), span)  # none named
    if tok.lower_ in AUTHORITIES and ctx.dictionary is not None:
        ruler = _ruler(ctx, doc, tok)  # "Turkish authorities imposed a curfew"
        if ruler is not None:
            return ActorMention(ruler, span)
    head_words = {tok.lower_} | {c.lower_ for c in tok.children if c.dep_ == "compound"}
    if head_words & HOME_FORCE_WORDS and _named_owner(tok):
        return None  # "NATO forces", "AU troops": an organisation's forces, not the home state's
    if head_words & HOME_FORCE_WORDS and ctx.home_forces is not None:
        return ActorMention(ctx.home_forces, span)
    if head_words & STATE_FORCE_WORDS and ctx.dictionary is not None:  # no country known:
        forces = ctx.dictionary.get(UNSPECIFIED_FORCES)  # "soldiers" are still state forces
        return ActorMention(forces, span) if forces is not None else None
    return None


def _ruler(ctx: EventContext, doc: Doc, tok: Token) -> Actor | None:
    """The government that "authorities" stand for: the state its modifier names ("Kenyan
    authorities", "Iraq's authorities"), else the article's home state."""
    if ctx.dictionary is None:
        return None
    for mod in tok.children:
        if mod.dep_ not in {"amod", "compound", "poss"} or mod.ent_type_ not in {"NORP", "GPE"}:
            continue
        state = _modifier_actor(ctx, doc, mod) or actor_token(ctx, doc, mod)
        if state is not None and state.actor.country:
            return ctx.dictionary.government(state.actor.country)
    home = ctx.home_forces.country if ctx.home_forces is not None else None
    return ctx.dictionary.government(home) if home else None


def _named_owner(tok: Token) -> bool:
    """Forces named by an organisation ("NATO forces", "ECOWAS troops"): a proper-noun
    modifier that is not a state or a people."""
    return any(c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN"
               and c.ent_type_ not in {"GPE", "NORP", "LOC", "DATE"} for c in tok.children)


def actor_of(ctx: EventContext, doc: Doc, tok: Token | None) -> ActorMention | None:
    if tok is None:
        return None
    found = _mention_in(ctx, tok.left_edge.idx, phrase_end(tok), tok.idx)
    if found is None and tok.ent_type_ in {"GPE", "ORG"}:
        found = actor_token(ctx, doc, tok)  # a state acting: its forces
    if found is not None and found.actor.type == "unknown" and ctx.home_forces is not None:
        generic = _generic(ctx, doc, tok)
        return generic or found
    if found is not None:
        return described(doc, tok, _first_people(ctx, doc, tok, found))
    return (_owned(ctx, doc, tok) or _loyal(ctx, doc, tok) or _generic(ctx, doc, tok)
            or _antecedent(ctx, tok) or unnamed_group(tok) or named_by_apposition(tok))


def _loyal(ctx: EventContext, doc: Doc, tok: Token) -> ActorMention | None:
    """Forces named by whom they serve: "forces loyal to Khalifa Haftar", "rebels allied to
    X". A known armed actor served is the actor ("troops loyal to the government" are its
    forces); a person or an unknown party names an actor of its own by the phrase (not the
    home state's forces, nor a generic group)."""
    if tok.lower_ not in GROUP_NOUNS | HOME_FORCE_WORDS:
        return None
    bond = next((c for c in tok.children if c.dep_ == "amod" and c.lower_ in LOYAL), None)
    served = dependent(bond, {"prep"}, {"to", "with"}) if bond is not None else None
    if bond is None or served is None:
        return None
    start = next(t for t in tok.subtree if t.dep_ != "det").idx
    end = bond.right_edge.idx + len(bond.right_edge)
    text = doc_text(doc)[start:end]
    span = Span(start, end, text)
    master = actor_of(ctx, doc, served)
    if master is not None and master.actor.type in ARMED_TYPES:
        return ActorMention(master.actor, span)
    return ActorMention(Actor(text, "unknown"), span)


def _first_people(ctx: EventContext, doc: Doc, tok: Token, found: ActorMention
                  ) -> ActorMention:
    """Of peoples joined on one noun ("French and British warplanes"), the first names
    actor1 as ACLED lists them; the mention found may be the second's ("British warplanes")."""
    first = next((c for c in tok.children if c.dep_ == "amod" and c.ent_type_ == "NORP"
                  and any(g.dep_ == "conj" for g in c.children)), None)
    if first is None or found.span is None or found.span.start <= first.idx:
        return found
    forces = _modifier_actor(ctx, doc, first)
    if forces is None or forces.actor == found.actor:
        return found
    end = tok.idx + len(tok)
    return ActorMention(forces.actor, Span(first.idx, end, doc_text(doc)[first.idx:end]))


def _owned(ctx: EventContext, doc: Doc, tok: Token) -> ActorMention | None:
    """Forces named by a possessive pronoun ("said its troops had shelled …", "their
    fighters"): the speaker's or the earlier actor's, before the article's home forces. A
    government speaking ("the defence ministry said its troops …") owns its state's forces;
    a people with no dictionary entry ("Bosnian Serb leaders said their forces …") is named by
    its phrase."""
    pronoun = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in PRONOUNS), None)
    if pronoun is None or tok.lower_ not in HOME_FORCE_WORDS | GROUP_NOUNS:
        return None
    span = Span(pronoun.idx, tok.idx + len(tok), doc_text(doc)[pronoun.idx:tok.idx + len(tok)])
    owner = _antecedent(ctx, pronoun)
    if owner is not None:
        actor = owner.actor
        if actor.name.startswith("Government of") and actor.country and ctx.dictionary:
            actor = ctx.dictionary.actor_for_country(actor.country) or actor
        return ActorMention(actor, span)
    speaker = speaker_of(pronoun)
    if speaker is None:
        return None
    state = actor_token(ctx, doc, speaker) if speaker.ent_type_ == "GPE" else None
    if state is not None and state.actor.type == "state forces":  # "Iraq said its warplanes"
        return ActorMention(state.actor, span)
    if people_word(speaker):  # "Bosnian Serbs said their forces …": the Bosnian Serbs' forces
        start = next(t for t in speaker.subtree if t.dep_ != "det").idx
        name = doc_text(doc)[start:speaker.idx + len(speaker)]
        return ActorMention(Actor(name, "unknown"), span)
    people = [c for c in speaker.children if c.i < speaker.i and people_word(c)]
    if not people:
        return None
    name = f"{doc[people[0].i:people[-1].i + 1].text} {tok.lower_}"
    known = ctx.dictionary.lookup(name) if ctx.dictionary is not None else None
    return ActorMention(known or Actor(name, "unknown"), span)


def _antecedent(ctx: EventContext, tok: Token) -> ActorMention | None:
    """What "it", "they", "the group" or "its fighters" stands for.

    First the speaker whose report the clause is ("the army said it had shelled …"), then the
    nearest armed actor named earlier in the last two sentences.
    """
    head = tok.head if tok.dep_ == "poss" else tok
    words = {head.lower_} | {c.lower_ for c in head.children if c.dep_ in {"det", "poss"}}
    if not (words & REFERRING or tok.lower_ in REFERRING):
        return None
    for node in tok.ancestors if words & PRONOUNS else ():  # not "the army said militants …"
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in REPORTING:
            speaker = dependent(node.head, {"nsubj"})
            if speaker is not None and speaker.i < tok.i:
                found = _mention_in(ctx, speaker.left_edge.idx,
                                    speaker.right_edge.idx + len(speaker.right_edge), speaker.idx)
                if found is not None and found.actor.type in ARMED_TYPES:
                    return found
                armed = speaker.lower_ in GROUP_NOUNS or (  # "UNITA rebels said they …"
                    tok.dep_ == "poss" and speaker.ent_type_ == "ORG")  # "… said its guerrillas"
                if armed and found is not None and found.actor.type == "unknown":
                    return found  # a group the dictionary does not know, named by NER
                if armed and speaker.pos_ == "PROPN":  # "the Khmer Rouge said its guerrillas"
                    start = next(t for t in speaker.subtree if t.dep_ != "det").idx
                    end = speaker.idx + len(speaker)
                    text = doc_text(tok.doc)[start:end]
                    return ActorMention(Actor(text, "unknown"), Span(start, end, text))
                named = unnamed_group(speaker) if armed else None  # "Renamo guerrillas said"
                if named is not None:
                    return named
            break
    sent = tok.sent
    since = sent.doc[max(sent.start - 1, 0)].sent.start_char
    pronoun = tok.pos_ == "PRON" or tok.lower_ in PRONOUNS
    kinds = ARMED_TYPES if pronoun else VIOLENT_ACTOR_TYPES  # "the rebels" are not the army
    earlier = [m for m in ctx.actors if m.span and since <= m.span.start < tok.idx
               and m.actor.type in kinds]
    if not earlier:
        return None
    last = max(earlier, key=lambda m: m.span.start if m.span else 0)
    return ActorMention(last.actor, Span(tok.idx, tok.idx + len(tok), tok.text))


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


def _in_other_clause(tok: Token, trigger: Token) -> bool:
    """Whether ``tok`` hangs on a verb that is not above ``trigger``: a clause of its own."""
    node = tok.head
    while node.i not in {trigger.i, node.head.i} and node.pos_ != "VERB":
        node = node.head
    return node.pos_ == "VERB" and node.i != trigger.i and all(
        a.i != node.i for a in trigger.ancestors)


def _action_noun(tok: Token) -> bool:
    """A noun made from a verb, which takes its own "by" agent: violations, deployment."""
    word = tok.lower_
    return (tok.pos_ == "NOUN" and word.endswith(NOMINAL_SUFFIXES)
            and word.rstrip("s") not in PLACE_NOUNS)


def participants(ctx: EventContext, doc: Doc, sent: SpacySpan, tok: Token,
                 role: str) -> tuple[ActorMention | None, ActorMention | None]:
    if role == "repel":  # Y repelled an attack by X: X attacks Y
        obj = dependent(tok, {"dobj"})
        attacker = None
        if obj is not None:
            attacker = actor_of(ctx, doc, dependent(obj, {"prep"}, {"by", "from"}))
            if attacker is None:
                mods = [c for c in obj.children if c.dep_ in {"amod", "compound", "poss"}]
                attacker = actor_of(ctx, doc, mods[0]) if mods else None
        defender = dependent(tok, {"nsubj"}) or dependent(tok.head, {"nsubj"})
        return attacker, actor_of(ctx, doc, defender)
    if tok.pos_ == "VERB" and tok.lemma_.lower() in YIELD_VERBS:
        taker = dependent(tok, {"prep"}, {"to"})
        if taker is not None:  # "the town fell to M23 rebels": the rebels take it
            return actor_of(ctx, doc, taker), None
    if tok.pos_ == "VERB":
        subj = dependent(tok, {"nsubj"}) or dependent(tok, {"agent"}) or shared_subject(tok)
        if subj is None and tok.dep_ == "acl":  # "the story of Russia targeting the SDF"
            return actor_token(ctx, doc, tok.head), actor_of(ctx, doc, dependent(tok, {"dobj"}))
        target = dependent(tok, {"dobj", "nsubjpass"})
        if target is not None and target.lower_ in FIRE_WORDS:
            target = None  # "opened fire": the fire is how, not whom
        if target is not None and weapon(target) and tok.lemma_.lower() in FIRING:
            target = aimed_at(tok) or aimed_at(target) or target  # "fired missiles at X": X
        if dependent(tok, {"auxpass"}) is not None:
            subj, target = dependent(tok, {"agent"}), dependent(tok, {"nsubjpass"})
        under = dependent(tok, {"prep"}, {"under"})
        if under is not None and tok.lemma_.lower() in UNDER_VERBS:
            # "a police station came under fire from JNIM": the subject is hit, JNIM fires
            subj, target = (dependent(tok, {"prep"}, {"from", "by"})
                            or dependent(under, {"prep"}, {"from", "by"})), subj
        if subj is None and tok.lemma_.lower() in RECIPROCAL:
            sides = dependent(tok, {"prep"}, {"between"})
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
        if bare_count(target):  # "… on demonstrators, killing two and arresting 30"
            target = earlier_target(tok) or target
        if target is None:  # "opened fire to disperse demonstrators": whom the fire was for
            purpose = next((c for c in tok.children if c.dep_ in {"xcomp", "advcl"}
                            and any(a.lower_ == "to" for a in c.children)), None)
            target = dependent(purpose, {"dobj"}) if purpose is not None else None
        actor1 = actor_of(ctx, doc, subj) or (  # a person or a people's member the dictionary
            unnamed_target(subj) if subj is not None and (  # cannot know ("by a Palestinian")
                subj.ent_type_ == "PERSON" or subj.ent_type_ == "NORP" and subj.pos_ == "PROPN")
            else None)
        if actor1 is None and subj is not None and subj.ent_type_ == "GPE":
            actor1 = capital_state(ctx, subj)  # "Washington launched cruise missiles at …"
        if actor1 is None and subj is not None and subj.lower_ in AGENT_TRIGGERS:
            actor1 = agent_noun(ctx, doc, subj)  # "a Serb sniper killed a woman"
        if actor1 is None and subj is not None and (weapon(subj) or subj.lower_ in CRAFT):
            actor1 = next(  # "Russian missiles hit Kyiv": Russia's forces fired them
                (a for a in (_modifier_actor(ctx, doc, m) for m in subj.children
                             if m.dep_ == "amod") if a is not None), None)
        actor2 = (actor_of(ctx, doc, target) or _actor_after(ctx, target, actor1)
                  or _target_actor(ctx, doc, target) or _invaded(ctx, doc, tok, target, actor1))
        if target is not None and actor1 is not None and actor2 is not None \
                and actor2.actor == actor1.actor and target.i != (subj.i if subj else -1):
            # "Amal militiamen battled Palestinian guerrillas": the generic noun is not the
            # article's main group when that group is the other side; named by its phrase
            actor2 = unnamed_group(target) or actor2
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
    by = dependent(tok, {"prep"}, {"by", "from"}) or _by_after(sent, tok, {"by", "from"})
    mods = [c for c in tok.children if c.dep_ in {"poss", "compound", "amod", "nmod"}]
    held = next((c for c in mods if c.dep_ == "compound"), None) \
        if tok.lower_ in HOSTAGES and tok.dep_ == "dobj" else None
    if held is not None:  # "held 40 villagers hostage": the villagers are held, not holding
        mods = []
    mods += [g for c in mods for g in c.children if g.dep_ in {"poss", "amod"}  # Turkish drone
             or g.dep_ == "compound" and (g.ent_type_ in {"GPE", "ORG", "NORP"}
                                          or state_word(g))]  # "US drone strikes"
    actor1 = actor_of(ctx, doc, by) or next(  # "recent Turkish drone strikes": Turkey's
        (a for a in (_modifier_actor(ctx, doc, m) for m in mods) if a is not None), None)
    target = held or aimed_at(tok) or of_patient(tok)  # "attack on X" (not "on Monday")
    if target is None and by is not None and by.head.head.i == tok.i:
        target = aimed_at(by)  # "the raid by Israeli commandos on a PLO base": the parse hung
        # the aim on the raiders
    if target is None and tok.lemma_.lower() in RECIPROCAL | PACTS:
        target = dependent(tok, {"prep"}, {"with"})
        sides = dependent(tok, {"prep"}, {"between"})
        if actor1 is None and sides is not None and sides.conjuncts:  # "between X and Y"
            actor1, target = actor_of(ctx, doc, sides), sides.conjuncts[0]
    actor2 = _target_actor(ctx, doc, target) or _invaded(ctx, doc, tok, target, actor1)
    if actor2 is None and tok.dep_ == "nsubj" and tok.head.pos_ == "VERB":
        # "a roadside bombing killed two soldiers": what the event did, it did to its object
        hit = dependent(tok.head, {"dobj"})
        actor2 = actor_of(ctx, doc, hit) or unnamed_target(hit)
    if actor2 is None and tok.dep_ == "pobj" and tok.head.lower_ == "under" \
            and tok.head.head.lemma_.lower() in UNDER_VERBS:  # "X came under attack": X is hit
        actor2 = actor_of(ctx, doc, dependent(tok.head.head, {"nsubj"}))
    claimer = next((a for a in list(tok.ancestors)[:3] if a.lemma_.lower() == "claim"), None)
    if actor1 is None and claimer is not None:  # "IS claimed (responsibility for) the attack"
        actor1 = actor_of(ctx, doc, dependent(claimer, {"nsubj"}))
    verb = governing_verb(tok)
    if verb is not None and verb.lemma_.lower() in DIE_VERBS:  # "eight soldiers died in an
        dead = dependent(verb, {"nsubj"})  # ambush": the dead were acted on, not acting
        return actor1, actor2 or (victims(ctx, doc, dead) if dead is not None else None)
    if verb is not None and (actor1 is None or actor2 is None):
        # "X wounded two soldiers in a bomb attack": the attack's actors are the verb's
        by_verb = participants(ctx, doc, sent, verb, role)
        carried = tok.dep_ in {"dobj", "pcomp"}  # the light verb's object is the trigger itself
        actor1, actor2 = actor1 or by_verb[0], actor2 or (None if carried else by_verb[1])
        if actor2 is None and carried:  # "stepped up their offensive against X": X, on the verb
            actor2 = _target_actor(ctx, doc, aimed_at(verb))
    if actor1 is None and tok.lemma_.lower() in RECIPROCAL and tok.dep_ == "pobj" \
            and tok.head.lower_ in {"after", "following", "amid"} and tok.head.head.pos_ == "VERB":
        # "X retook the town after fierce fighting with Y": who fought is who retook
        actor1 = actor_of(ctx, doc, dependent(tok.head.head, {"nsubj"}))
    if actor1 is None and tok.lower_ in AGENT_TRIGGERS:
        # "a suicide bomber struck …": the trigger names who acted, a group nobody names
        actor1 = agent_noun(ctx, doc, tok)
    return actor1, actor2


def capital_state(ctx: EventContext, tok: Token) -> ActorMention | None:
    """The forces of the state whose capital acts: "Washington launched missiles", "Baghdad
    shelled ..." (a capital as the subject of an act is its state, as wire copy writes it; the
    gazetteer's feature code PPLC says it is one)."""
    if ctx.dictionary is None or any(c.dep_ in {"compound", "amod", "nmod"} for c in tok.children):
        return None  # "Real Madrid" is a club, not Spain's forces
    place = next((t for t in ctx.toponyms if t.place is not None
                  and t.span.start <= tok.idx < t.span.end), None)
    if place is None or place.place is None or place.place.feature_code != "PPLC" \
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
    named = next((a for a in (_modifier_actor(ctx, doc, m) for m in tok.children
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
    if found is None and hit.lemma_.lower() in ANYONE and ctx.dictionary is not None:
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


def _modifier_actor(ctx: EventContext, doc: Doc, mod: Token) -> ActorMention | None:
    """The actor a modifier of a noun trigger names: "Israel's", "the army's", and a people's
    adjective for its state's forces ("Turkish strikes", ACLED's "Military Forces of Turkey")."""
    if mod.dep_ == "amod" and mod.pos_ == "ADJ" and mod.lower_ in HOME_FORCE_WORDS:
        return None  # "a military exercise": whose, the adjective does not say
    if mod.dep_ == "compound" and (weapon(mod) or mod.lower_ == "artillery") and not any(
            c.dep_ in {"amod", "compound", "poss"} for c in mod.children) and (
            mod.head.dep_ == "dobj" and dependent(mod.head.head, {"nsubj"}) is not None):
        return None  # "X exchanged artillery fire": the weapon is how, X who
    found = actor_of(ctx, doc, mod) or next(  # "Saudi-led coalition strikes": split by the parse
        (m for m in ctx.actors if m.span and m.span.start <= mod.idx < m.span.end), None)
    if found is None and ctx.dictionary and (mod.ent_type_ == "NORP" and mod.dep_ == "amod" or
                                             state_word(mod)):  # "US drone strikes"
        actor = ctx.dictionary.lookup(f"{mod.text} forces")
        if actor is not None and actor.type == "state forces":
            found = ActorMention(actor, Span(mod.idx, mod.idx + len(mod), mod.text))
    return found


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
    holder = owner(target)
    mine = pronoun_owner(target) if holder is None else None
    if mine is not None:  # "were killed when militants ambushed their jeep": the killed's
        return actor_of(ctx, doc, mine) or unnamed_target(mine)
    if holder is not None:
        forces = _modifier_actor(ctx, doc, holder) if target.lemma_.lower() in FORCE_SITES \
            else None  # "Saudi border posts": the Saudi forces' posts
        return forces or actor_token(ctx, doc, holder) or unnamed_target(holder)
    return unnamed_target(target)


def shared_subject(tok: Token) -> Token | None:
    """The subject of the clause a verb continues: "police opened fire, killing one and
    arresting 12" (arresting → killing → opened → police)."""
    node = tok
    for _ in range(3):
        if node.dep_ not in {"xcomp", "conj", "advcl"} or node.head.i == node.i:
            return None
        node = node.head
        subj = dependent(node, {"nsubj"}) or dependent(node, {"agent"})
        if subj is not None:
            return subj
    return None


def governing_verb(tok: Token) -> Token | None:
    """The verb whose actors a noun trigger shares: the verb it is the means or occasion of
    ("killed … in an attack", "wounded … during clashes") or the light verb that carries it
    ("launched an offensive", "staged a protest", "resorted to throwing stones")."""
    head = tok.head
    if tok.dep_ in {"dobj", "pcomp"} and _light(head):
        return head if head.pos_ == "VERB" else None
    if tok.dep_ != "pobj" or head.dep_ not in {"prep", "agent"}:
        return None  # a passive's agent can be the means: "was killed by an exploding shell"
    verb = head.head
    if verb.pos_ != "VERB" or verb.i == tok.i:
        return None
    if head.lower_ in MEANS_PREPOSITIONS or (head.lower_ == "to" and verb.lemma_ == "resort"):
        return verb
    return None


def _light(verb: Token) -> bool:
    """A light verb, also where the lemmatiser slipped ("staged" → "stag")."""
    word = verb.lower_
    forms = {verb.lemma_.lower(), word}
    if verb.tag_ in {"VBD", "VBN"} and word.endswith("ed"):
        forms |= {word[:-1], word[:-2]}  # staged → stage, launched → launch
    return not forms.isdisjoint(LIGHT_VERBS)


def _actor_after(ctx: EventContext, target: Token | None, actor1: ActorMention | None
                 ) -> ActorMention | None:
    """The first actor named in the object's clause, where the parse split the phrase."""
    if target is None:
        return None
    text = target.doc.text
    start = target.idx
    stop = min((i for i in (text.find(",", start), text.find(".", start)) if i != -1),
               default=len(text))
    found = [m for m in ctx.actors if m.span and start <= m.span.start < min(stop, start + 80)
             and (actor1 is None or m.actor != actor1.actor)]
    return min(found, key=lambda m: m.span.start if m.span else 0) if found else None
