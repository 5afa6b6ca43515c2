"""Who did what to whom: the actors of an event, read from the dependency parse.

Actor1 is the one acting (the subject, the agent of a passive, "by X" or "from X" after a noun
trigger, the possessor in "X's assault"), actor2 the one acted on (the object, the subject of a
passive, "on X" / "against X"). Where the trigger names no actor, short references are resolved
("the army" → the home state's forces, "the group" → the armed group named before it), a noun
trigger borrows the actors of the verb it is the means of ("killed … in an attack") or of the
light verb that carries it ("launched an offensive"), and an unknown armed group is named by its
phrase ("Irish nationalist guerrillas").
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from sitrep.extract.actors import ActorDictionary
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

GENERIC_ARMED = {"terrorist", "terrorists", "militant", "militants", "jihadist", "jihadists",
                 "insurgent", "insurgents", "extremist", "extremists", "fighters", "rebels"}
VIOLENT_ACTOR_TYPES = {"rebel group", "political militia", "identity militia"}
ARMED_TYPES = VIOLENT_ACTOR_TYPES | {"state forces", "external/other forces"}
HOME_FORCE_WORDS = {"army", "troops", "military", "forces", "soldiers", "government", "regime",
                    "warplanes", "jets", "aircraft", "helicopters", "artillery"}
GROUP_NOUNS = GENERIC_ARMED | {"guerrillas", "guerrilla", "gunmen", "herdsmen", "bandits",
                               "militiamen", "separatists", "troops", "soldiers", "police",
                               "forces", "army", "protesters", "demonstrators", "rioters",
                               "bombers", "attackers", "assailants", "snipers", "kidnappers",
                               "abductors", "raiders", "mercenaries", "paramilitaries"}
NOMINAL_SUFFIXES = ("tion", "tions", "sion", "sions", "ment", "ments", "ance", "ances", "ence",
                    "ences")
PLACE_NOUNS = {"position", "station", "location", "settlement", "installation", "encampment"}
# ACLED's actor for the people of a demonstration, by sub-event type, and the actor type of each
CROWDS = {"Peaceful protest": "Protesters", "Protest with intervention": "Protesters",
          "Violent demonstration": "Rioters", "Mob violence": "Rioters"}
CROWD_TYPES = {"Protesters": "protesters", "Rioters": "rioters"}
# pronouns and short references that stand for an actor named before them
PRONOUNS = {"it", "they", "we", "its", "their", "our"}  # "he", "his": a person, not a group
MEANS_PREPOSITIONS = {"in", "during", "with", "by"}  # "killed in an attack", "… with air strikes"
# verbs that carry a noun trigger without adding meaning: "launched an offensive", "staged a sit-in"
LIGHT_VERBS = {"launch", "carry", "conduct", "stage", "mount", "open", "begin", "start", "hold",
               "organise", "organize", "unleash", "wage", "intensify", "continue", "resume",
               "execute", "perpetrate", "commit", "lead", "spearhead"}
REFERRING = PRONOUNS | {"group", "organisation", "organization", "movement", "militants",
                        "jihadists", "insurgents", "rebels"}
AIMED_PREPOSITIONS = {"against", "on", "at", "upon"}
# people an event can be done to, named by a common noun (the dictionary knows the groups)
TARGET_NOUNS = {"official", "leader", "opponent", "activist", "journalist", "prisoner",
                "detainee", "youth", "immigrant", "migrant", "refugee", "worker", "student",
                "villager", "resident", "civilian", "soldier", "officer", "policeman",
                "minister", "governor", "president", "commander", "chief", "demonstrator",
                "protester", "protestor", "militant", "rebel", "guerrilla", "fighter",
                "settler", "worshipper", "pilgrim", "farmer", "herder", "trader", "teacher",
                "doctor", "lawyer", "judge", "politician", "candidate", "supporter", "member",
                "people", "person", "man", "woman", "child", "boy", "girl", "family"}
REPORTING = {"say", "claim", "announce", "report", "state", "confirm", "add", "tell"}


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


def _actor_token(ctx: EventContext, doc: Doc, tok: Token) -> ActorMention | None:
    """The actor named by exactly this token (a mention covering it, or a state by its name)."""
    for m in ctx.actors:
        if m.span and m.span.start <= tok.idx < m.span.end:
            return m
    if ctx.dictionary is not None and tok.ent_type_ == "GPE":
        ent = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
        if ent is not None:
            actor = ctx.dictionary.lookup(f"{ent.text} forces")
            if actor is not None:
                return ActorMention(actor, Span(ent.start_char, ent.end_char, ent.text))
    return None


def _generic(ctx: EventContext, doc: Doc, tok: Token) -> ActorMention | None:
    """'terrorists', 'the army': the article's main armed group, or its home state forces."""
    words = {t.lower_ for t in tok.subtree}
    span = Span(tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge),
                doc.text[tok.left_edge.idx:tok.right_edge.idx + len(tok.right_edge)])
    if words & GENERIC_ARMED:
        groups = Counter(m.actor for m in ctx.actors if m.actor.type in VIOLENT_ACTOR_TYPES)
        if groups:
            return ActorMention(groups.most_common(1)[0][0], span)
    head_words = {tok.lower_} | {c.lower_ for c in tok.children if c.dep_ == "compound"}
    if head_words & HOME_FORCE_WORDS and ctx.home_forces is not None:
        return ActorMention(ctx.home_forces, span)
    return None


def _actor_of(ctx: EventContext, doc: Doc, tok: Token | None) -> ActorMention | None:
    if tok is None:
        return None
    left, right = tok.left_edge, tok.right_edge
    found = _mention_in(ctx, left.idx, right.idx + len(right), tok.idx)
    if found is None and tok.ent_type_ == "GPE":
        found = _actor_token(ctx, doc, tok)  # a state acting: its forces
    if found is not None and found.actor.type == "unknown" and ctx.home_forces is not None:
        generic = _generic(ctx, doc, tok)
        return generic or found
    return found or _generic(ctx, doc, tok) or _antecedent(ctx, tok) or _unnamed_group(tok)


def _unnamed_group(tok: Token) -> ActorMention | None:
    """An armed group the dictionary does not know, named by its phrase: "Irish nationalist
    guerrillas", "gun-wielding herdsmen". Type unknown: sitrep does not guess its class."""
    if tok.lower_ not in GROUP_NOUNS or not any(
            c.dep_ in {"amod", "compound", "nmod"} for c in tok.children):
        return None
    left = min((c.left_edge for c in tok.children if c.dep_ in {"amod", "compound", "nmod"}),
               key=lambda t: t.i)
    start, end = left.idx, tok.idx + len(tok)
    text = tok.doc.text[start:end]
    return ActorMention(Actor(text, "unknown"), Span(start, end, text))


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


def dependent(tok: Token, deps: set[str], words: set[str] | None = None) -> Token | None:
    for c in tok.children:
        if c.dep_ in deps and (words is None or c.lower_ in words):
            if c.dep_ in {"prep", "agent"}:
                pobj = [g for g in c.children if g.dep_ == "pobj"]
                if pobj:
                    return pobj[0]
                continue
            return c
    return None


def _by_after(sent: SpacySpan, tok: Token, words: set[str]) -> Token | None:
    """A 'by X' / 'from X' phrase after a noun trigger, where the parser attached it elsewhere."""
    for t in sent[tok.i - sent.start + 1:]:
        if t.dep_ == "ROOT" or t.text in {";", "—"}:
            break
        if t.lower_ in words and t.dep_ in {"prep", "agent"}:
            if t.head.i != tok.i and _action_noun(t.head):
                continue  # "… against violations by the army": the violations are by it
            pobj = [g for g in t.children if g.dep_ == "pobj"]
            if pobj:
                return pobj[0]
    return None


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
            attacker = _actor_of(ctx, doc, dependent(obj, {"prep"}, {"by", "from"}))
            if attacker is None:
                mods = [c for c in obj.children if c.dep_ in {"amod", "compound", "poss"}]
                attacker = _actor_of(ctx, doc, mods[0]) if mods else None
        defender = dependent(tok, {"nsubj"}) or dependent(tok.head, {"nsubj"})
        return attacker, _actor_of(ctx, doc, defender)
    if tok.pos_ == "VERB":
        subj = dependent(tok, {"nsubj"}) or dependent(tok, {"agent"}) or shared_subject(tok)
        if subj is None and tok.dep_ == "acl":  # "the story of Russia targeting the SDF"
            return _actor_token(ctx, doc, tok.head), _actor_of(ctx, doc, dependent(tok, {"dobj"}))
        target = dependent(tok, {"dobj", "nsubjpass"})
        if dependent(tok, {"auxpass"}) is not None:
            subj, target = dependent(tok, {"agent"}), dependent(tok, {"nsubjpass"})
        if target is None:  # "fired on the crowd", "fought against the rebels"
            target = _aimed_at(tok)
        actor1 = _actor_of(ctx, doc, subj)
        actor2 = (_actor_of(ctx, doc, target) or _actor_after(ctx, target, actor1)
                  or _unnamed_target(target))
        return actor1, actor2
    # noun trigger: "X's assault on Y by Z", "shelling from X", "came under shelling"
    by = dependent(tok, {"prep"}, {"by", "from"}) or _by_after(sent, tok, {"by", "from"})
    mods = [c for c in tok.children if c.dep_ in {"poss", "compound", "amod", "nmod"}]
    actor1 = _actor_of(ctx, doc, by) or (_actor_of(ctx, doc, mods[0]) if mods else None)
    target = dependent(tok, {"prep"}, {"on", "against", "at"})
    actor2 = _actor_of(ctx, doc, target) or _unnamed_target(target)
    if actor2 is None and tok.dep_ == "nsubj" and tok.head.pos_ == "VERB":
        # "a roadside bombing killed two soldiers": what the event did, it did to its object
        hit = dependent(tok.head, {"dobj"})
        actor2 = _actor_of(ctx, doc, hit) or _unnamed_target(hit)
    if actor2 is None and tok.head.lemma_ in {"come", "face"} and tok.dep_ == "pobj":
        actor2 = _actor_of(ctx, doc, dependent(tok.head.head, {"nsubj"}))
    claimer = next((a for a in list(tok.ancestors)[:3] if a.lemma_.lower() == "claim"), None)
    if actor1 is None and claimer is not None:  # "IS claimed (responsibility for) the attack"
        actor1 = _actor_of(ctx, doc, dependent(claimer, {"nsubj"}))
    verb = governing_verb(tok)
    if verb is not None and (actor1 is None or actor2 is None):
        # "X wounded two soldiers in a bomb attack": the attack's actors are the verb's
        by_verb = participants(ctx, doc, sent, verb, role)
        carried = tok.dep_ in {"dobj", "pcomp"}  # the light verb's object is the trigger itself
        actor1, actor2 = actor1 or by_verb[0], actor2 or (None if carried else by_verb[1])
    return actor1, actor2


def _aimed_at(verb: Token) -> Token | None:
    """The object of "against", "on", "at" or "upon" after a verb with no direct object."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in AIMED_PREPOSITIONS:
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None and pobj.ent_type_ not in {"DATE", "TIME"}:
                return pobj
    return None


def _unnamed_target(tok: Token | None) -> ActorMention | None:
    """Who is acted on when the dictionary does not know them: a named person, organisation
    or people ("Prime Minister X", "political opponents", "two Iraqi youths"). Type unknown."""
    if tok is None or tok.pos_ == "PRON":
        return None
    if not (tok.ent_type_ in {"PERSON", "ORG", "NORP"} or tok.lemma_.lower() in TARGET_NOUNS):
        return None
    left = min((t for t in tok.subtree if t.i <= tok.i and t.dep_ not in {"det", "nummod",
               "quantmod", "punct"} and not t.like_num), key=lambda t: t.i, default=tok)
    right = tok
    for t in tok.subtree:  # a name runs on: "Prime Minister Iyad Allawi"
        if t.i > right.i and t.ent_type_ == tok.ent_type_ and t.ent_type_ and t.i == right.i + 1:
            right = t
    start, end = left.idx, right.idx + len(right)
    text = tok.doc.text[start:end]
    return ActorMention(Actor(text, "unknown"), Span(start, end, text))


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
    if tok.dep_ in {"dobj", "pcomp"} and head.lemma_.lower() in LIGHT_VERBS:
        return head if head.pos_ == "VERB" else None
    if tok.dep_ != "pobj" or head.dep_ != "prep":
        return None
    verb = head.head
    if verb.pos_ != "VERB" or verb.i == tok.i:
        return None
    if head.lower_ in MEANS_PREPOSITIONS or (head.lower_ == "to" and verb.lemma_ == "resort"):
        return verb
    return None


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




def crowd(ctx: EventContext, tok: Token, sub_event_type: str,
          actor1: ActorMention | None) -> ActorMention | None:
    """ACLED's actor1 of a demonstration: whoever demonstrates is coded "Protesters (Country)",
    whoever riots "Rioters (Country)" ("Palestinian prisoners rioted" → Rioters)."""
    name = CROWDS.get(sub_event_type)
    if name is None or ctx.dictionary is None:
        return actor1
    if actor1 is not None:
        if actor1.actor.type not in CROWD_TYPES or actor1.actor.type == CROWD_TYPES[name]:
            return actor1
        country, span = actor1.actor.country, actor1.span  # demonstrators who riot are rioters
    else:
        phrase = _crowd_phrase(tok)
        if phrase is None:
            return None
        country = ctx.home_forces.country if ctx.home_forces is not None else None
        last = max((t for t in phrase.subtree if not _in_clause(t, phrase)), key=lambda t: t.i)
        start, end = phrase.left_edge.idx, last.idx + len(last)
        span = Span(start, end, tok.doc.text[start:end])
    base = ctx.dictionary.get(name)
    if base is None:
        return actor1
    return ActorMention(ctx.dictionary.localise(base, country), span)


def _crowd_phrase(tok: Token) -> Token | None:
    """The people who demonstrate: the subject of the trigger's clause ("thousands of students
    marched"), else the group a noun trigger is of ("Palestinian riots")."""
    verb = tok if tok.pos_ == "VERB" else governing_verb(tok)
    if verb is not None:
        subj = dependent(verb, {"nsubj"}) or shared_subject(verb)
        if subj is not None and subj.pos_ in {"NOUN", "PROPN", "NUM", "PRON"}:
            return subj
        if subj is not None:
            return None
    mods = [c for c in tok.children if c.dep_ in {"amod", "poss", "compound"}
            and c.ent_type_ in {"NORP", "GPE"}]
    return mods[0] if mods else None


def _in_clause(tok: Token, head: Token) -> bool:
    """Whether ``tok`` sits in a clause, apposition or punctuation hung on ``head``'s phrase."""
    while tok.i != head.i:
        if tok.dep_ in {"relcl", "acl", "appos", "punct", "cc", "conj"}:
            return True
        tok = tok.head
    return False
