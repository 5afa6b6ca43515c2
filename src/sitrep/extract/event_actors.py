"""Who did what to whom: the actors of an event, read from the dependency parse.

Actor1 is the one acting (the subject, the agent of a passive, "by X" or "from X" after a noun
trigger, the possessor in "X's assault"), actor2 the one acted on (the object, the subject of a
passive, "on X" / "against X"). Where the trigger names no actor, short references are resolved
("the army" → the home state's forces, "the group" → the armed group named before it), a noun
trigger borrows the actors of the verb it is the means of ("killed … in an attack") or of the
light verb that carries it ("launched an offensive"), and an unknown armed group is named by its
phrase ("Irish nationalist guerrillas"). The sides the trigger's parse does not name (a
demonstration's crowd and the force that intervenes, the other side of a clash, the side that
loses territory) are read by :mod:`sitrep.extract.event_sides`. Which phrase is actor1 and
which actor2 of a trigger is read by :mod:`sitrep.extract.event_roles`; this module resolves who
a phrase names.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from sitrep.extract.actors import ActorDictionary
from sitrep.extract.event_allies import joined_peoples, people_forces
from sitrep.extract.event_nouns import ARMED_MODIFIERS, GENERIC_ARMED
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
from sitrep.extract.event_rules import territory_words, weapon
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

if TYPE_CHECKING:
    from sitrep.extract.event_strategic import StrategicModel

VIOLENT_ACTOR_TYPES = {"rebel group", "political militia", "identity militia"}
ARMED_TYPES = VIOLENT_ACTOR_TYPES | {"state forces", "external/other forces"}
# the state acting through its officials: its government in ACLED's terms
AUTHORITIES = {"authorities", "authority", "administration", "junta"}
HOME_FORCE_WORDS = {"army", "troops", "military", "forces", "soldiers", "government", "regime",
                    "warplanes", "jets", "aircraft", "helicopters", "artillery"}
# participles of support: "troops backed by militias", "supported by Turkish artillery"
BACKING = frozenset({"back", "support", "aid", "assist", "accompany", "reinforce"})
UNIDENTIFIED = "Unidentified Armed Group"  # ACLED's actor for an armed group nobody names
UNSPECIFIED_FORCES = "Government forces (unspecified)"  # state forces of a country not known
STATE_FORCE_WORDS = {"army", "troops", "military", "soldiers"}
# pronouns and short references that stand for an actor named before them
PRONOUNS = {"it", "they", "we", "its", "their", "our", "them"}  # "he", "his": a person
OBJECT_PRONOUNS = {"them"}  # whom a verb acts on: never its own subject ("shelled them")
MEANS_PREPOSITIONS = {"in", "during", "with", "by"}  # "killed in an attack", "… with air strikes"
# verbs that carry a noun trigger without adding meaning: "launched an offensive", "staged a sit-in"
LIGHT_VERBS = {"launch", "carry", "conduct", "stage", "mount", "open", "begin", "start", "hold",
               "organise", "organize", "unleash", "wage", "intensify", "continue", "resume",
               "execute", "perpetrate", "commit", "lead", "spearhead",
               # verbs of its course: "completed their withdrawal", "stepped up its offensive"
               "complete", "finish", "step", "press", "renew", "escalate", "expand", "pursue",
               "exchange", "trade",  # "exchanged artillery fire": the two sides fired
               "form"}  # "formed a human chain": those who formed it demonstrate
REFERRING = PRONOUNS | {"group", "organisation", "organization", "movement", "militants",
                        "jihadists", "insurgents", "rebels"}
# what two sides agree on, named "between X and Y"
PACTS = {"ceasefire", "cease-fire", "truce", "agreement", "deal", "accord", "treaty", "pact",
         "armistice", "talks", "negotiations"}
LOYAL = {"loyal", "allied", "affiliated", "linked"}  # "forces loyal to X"
# bodies of several forces that speak for themselves: "it" in "the coalition said it had …" is
# the speaker, whether or not the dictionary knows which coalition
SPEAKING_BODIES = {"coalition", "alliance", "command"}


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
    # names a strategic development where the rules find no event (event_strategic)
    strategic: StrategicModel | None = None


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
    # "government forces backed by clan militia": the backer fights beside them (ACLED
    # assoc_actor_1), the force it backs is actor1
    joined += [g for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in BACKING
               for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
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
    """'terrorists', 'the army': the article's main armed group, or its home state forces.
    A clause describing a place does not make it a group ("the countryside, which the
    fighters held")."""
    described = {t.i for c in tok.children if c.dep_ in {"relcl", "acl"} for t in c.subtree
                 } if tok.lower_ in territory_words() else set()
    described |= {t.i for c in tok.children if c.dep_ in {"conj", "cc"} for t in c.subtree}
    # nor a conjoined actor's words: "the government and the rebels" names no armed group
    words = {t.lower_ for t in tok.subtree if t.i not in described}
    end = min([phrase_end(tok), *(c.idx for c in tok.children if c.dep_ == "prep"
                                  and c.i > tok.i and c.lower_ in MEANS_PREPOSITIONS)])
    text = doc_text(doc)[tok.left_edge.idx:end].rstrip(" ,")  # not "… in clashes in Borno"
    span = Span(tok.left_edge.idx, tok.left_edge.idx + len(text), text)
    if words & GENERIC_ARMED or tok.dep_ != "compound" and {
            c.lower_ for c in tok.children if c.dep_ in {"amod", "compound"}} & ARMED_MODIFIERS:
        members = next((m for m in (_members_of(ctx, doc, t) for t in tok.subtree
                                    if t.i not in described and t.lower_ in GENERIC_ARMED)
                        if m is not None), None)
        if members is not None:  # "battles with fighters of the X Front": the Front
            return members
        if unnamed_group(tok) is None:
            return _armed_group(ctx, span)
        groups = Counter(m.actor for m in ctx.actors if m.actor.type in VIOLENT_ACTOR_TYPES)
        if groups:
            return ActorMention(groups.most_common(1)[0][0], span)
    if tok.lower_ in AUTHORITIES and ctx.dictionary is not None:
        ruler = _ruler(ctx, doc, tok)  # "Turkish authorities imposed a curfew"
        if ruler is not None:
            return ActorMention(ruler, span)
    head_words = {tok.lower_} | {c.lower_ for c in tok.children if c.dep_ == "compound"}
    if head_words & HOME_FORCE_WORDS and _named_owner(tok):
        return None  # "NATO forces", "AU troops": an organisation's forces, not the home state's
    named_state = _state_of_adjective(ctx, tok) if head_words & HOME_FORCE_WORDS else None
    if named_state is not None:  # "the Colombian government" at talks in Havana: Colombia's
        return ActorMention(named_state, span)
    if head_words & HOME_FORCE_WORDS and ctx.home_forces is not None:
        return ActorMention(ctx.home_forces, span)
    if head_words & STATE_FORCE_WORDS and ctx.dictionary is not None:  # no country known:
        forces = ctx.dictionary.get(UNSPECIFIED_FORCES)  # "soldiers" are still state forces
        return ActorMention(forces, span) if forces is not None else None
    return None


def _state_of_adjective(ctx: EventContext, tok: Token) -> Actor | None:
    """The forces of the state a people's adjective before ``tok`` names, whatever type the
    tagger gave it ("the Sudanese government", "the Colombian regime"), or None."""
    if ctx.dictionary is None:
        return None
    for mod in tok.lefts:
        if mod.dep_ in {"amod", "compound"} and mod.text[:1].isupper():
            forces = ctx.dictionary.lookup(f"{mod.text} forces")
            if forces is not None and forces.inter == 1 and forces.country:
                return ctx.dictionary.actor_for_country(forces.country)
    return None


def _ruler(ctx: EventContext, doc: Doc, tok: Token) -> Actor | None:
    """The government that "authorities" stand for: the state its modifier names ("Kenyan
    authorities", "Iraq's authorities"), else the article's home state."""
    if ctx.dictionary is None:
        return None
    for mod in tok.children:
        if mod.dep_ not in {"amod", "compound", "poss"} or mod.ent_type_ not in {"NORP", "GPE"}:
            continue
        state = modifier_actor(ctx, doc, mod) or actor_token(ctx, doc, mod)
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
    members = _members_of(ctx, doc, tok)
    if members is not None:
        return members
    found = _mention_in(ctx, tok.left_edge.idx, phrase_end(tok), tok.idx)
    if found is None and tok.ent_type_ in {"GPE", "ORG"}:
        found = actor_token(ctx, doc, tok)  # a state acting: its forces
    if found is not None and found.actor.type == "unknown" and ctx.home_forces is not None:
        generic = _generic(ctx, doc, tok)
        return generic or found
    if found is not None:
        return described(doc, tok, _first_people(ctx, doc, tok, found))
    return (_owned(ctx, doc, tok) or _loyal(ctx, doc, tok) or _led(ctx, doc, tok)
            or _generic(ctx, doc, tok)
            or _antecedent(ctx, tok) or unnamed_group(tok) or named_by_apposition(tok))


def _members_of(ctx: EventContext, doc: Doc, tok: Token) -> ActorMention | None:
    """Armed men named by the group they belong to: "fighters of the Northern Dawn Front",
    "the terrorists of the so-called X" are that group, not ACLED's Unidentified Armed Group
    their generic noun alone would make."""
    if tok.lower_ not in GROUP_NOUNS or tok.lower_ in HOME_FORCE_WORDS | STATE_FORCE_WORDS:
        return None  # "soldiers of the Republican Guard" are the state's, the Guard a unit
    group = dependent(tok, {"prep"}, {"of"})
    if group is None:
        return None
    named = _mention_in(ctx, group.left_edge.idx, phrase_end(group), group.idx)
    if named is None or named.actor.name.startswith(UNIDENTIFIED) or not (
            named.actor.type in ARMED_TYPES or group.ent_type_ == "ORG"
            or group.pos_ == "PROPN"):
        return None
    start = next(t for t in tok.subtree if t.dep_ != "det").idx
    end = named.span.end if named.span is not None else phrase_end(group)
    return ActorMention(named.actor, Span(start, end, doc_text(doc)[start:end]))


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


def _led(ctx: EventContext, doc: Doc, tok: Token) -> ActorMention | None:
    """Forces named by the person who leads them: "General Aidid's militia", "Charles Taylor's
    forces" (a faction of its own, not the home state's forces; an armed actor the dictionary
    knows by its leader's name is that actor)."""
    if tok.lower_ not in GROUP_NOUNS | HOME_FORCE_WORDS:
        return None
    leader = next((c for c in tok.children if c.dep_ == "poss" and c.ent_type_ == "PERSON"),
                  None)
    if leader is None:
        return None
    start = next(t for t in tok.subtree if t.dep_ != "det").idx
    end = tok.idx + len(tok)
    text = doc_text(doc)[start:end]
    named = _mention_in(ctx, leader.left_edge.idx, leader.idx + len(leader), leader.idx)
    if named is not None and named.actor.type in ARMED_TYPES:
        return ActorMention(named.actor, Span(start, end, text))
    return ActorMention(Actor(text, "unknown"), Span(start, end, text))


def _first_people(ctx: EventContext, doc: Doc, tok: Token, found: ActorMention
                  ) -> ActorMention:
    """Of peoples joined on one noun ("French and British warplanes"), the first names
    actor1 as ACLED lists them; the mention found may be the second's ("British warplanes")."""
    peoples = joined_peoples(tok)
    first = peoples[0] if peoples else None
    if first is None or found.span is None or found.span.start <= first.idx:
        return found
    forces = modifier_actor(ctx, doc, first) if first.dep_ == "amod" else None
    forces = forces if forces is not None and forces.actor != found.actor \
        else people_forces(ctx, first)
    if forces is None or forces.actor == found.actor:
        return found
    start = min(first.idx, forces.span.start if forces.span else first.idx)  # "South Korean"
    end = tok.idx + len(tok)
    return ActorMention(forces.actor, Span(start, end, doc_text(doc)[start:end]))


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
                state = actor_token(ctx, tok.doc, speaker) if found is None \
                    and speaker.ent_type_ == "GPE" and tok.pos_ == "PRON" else None
                if state is not None and state.actor.type == "state forces":
                    # "Iraq said it shot down ...": the state speaking acts through its forces
                    return ActorMention(state.actor, Span(tok.idx, tok.idx + len(tok), tok.text))
                if found is None and tok.lower_ == "it" and speaker.lower_ in SPEAKING_BODIES:
                    return None  # "the coalition said it had destroyed …": the coalition, a
                    # body the dictionary does not know; not the group named before it
                armed = speaker.lower_ in GROUP_NOUNS | STATE_FORCE_WORDS or (  # "UNITA
                    # rebels said they …", "the military said it had destroyed …"
                    tok.dep_ == "poss" and speaker.ent_type_ == "ORG") or (  # "… said its
                    # guerrillas"; "the Front said it had withdrawn": a group named before
                    tok.pos_ == "PRON" and speaker.pos_ == "PROPN" and found is not None)
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
                generic = _generic(ctx, tok.doc, speaker) if armed and tok.pos_ == "PRON" \
                    else None  # "the rebels said they had repulsed …": the rebels, not the
                if generic is not None:  # army named before them
                    return ActorMention(generic.actor, Span(tok.idx, tok.idx + len(tok),
                                                            tok.text))
            break
    sent = tok.sent
    since = sent.doc[max(sent.start - 1, 0)].sent.start_char
    pronoun = tok.pos_ == "PRON" or tok.lower_ in PRONOUNS
    kinds = ARMED_TYPES if pronoun else VIOLENT_ACTOR_TYPES  # "the rebels" are not the army
    verb = tok.head.head if tok.head.dep_ == "prep" else tok.head  # "opened fire on them"
    doer = dependent(verb, {"nsubj"}) if tok.lower_ in OBJECT_PRONOUNS else None
    own = (doer.left_edge.idx, doer.right_edge.idx + len(doer.right_edge)) if doer else (0, 0)
    earlier = [m for m in ctx.actors if m.span and since <= m.span.start < tok.idx
               and m.actor.type in kinds
               and not own[0] <= m.span.start < own[1]]  # "troops shelled them": not the troops
    if not earlier:
        return None
    last = max(earlier, key=lambda m: m.span.start if m.span else 0)
    return ActorMention(last.actor, Span(tok.idx, tok.idx + len(tok), tok.text))


def _named_as_armed(text: str, span: Span) -> bool:
    """Whether a name follows "fighters of (the so-called)", "militants of" and the like."""
    words = text[max(0, span.start - 40):span.start].lower().split()
    while words and words[-1] in {"the", "so-called"}:
        words.pop()
    return len(words) >= 2 and words[-1] == "of" and words[-2] in GROUP_NOUNS \
        and words[-2] not in HOME_FORCE_WORDS | STATE_FORCE_WORDS


def _armed_group(ctx: EventContext, span: Span) -> ActorMention | None:
    """A generic armed group ("militants", "rebel fire"): the article's main armed group, else
    ACLED's Unidentified Armed Group of the article's country."""
    groups = Counter(m.actor for m in ctx.actors if m.actor.type in VIOLENT_ACTOR_TYPES)
    if not groups:  # "the terrorists of the so-called X Front": a group the dictionary does
        # not know, named as one whose men fight, is the article's armed group
        groups = Counter(m.actor for m in ctx.actors if m.actor.type == "unknown"
                         and m.span is not None and _named_as_armed(ctx.article.text, m.span))
    if groups:
        return ActorMention(groups.most_common(1)[0][0], span)
    unknown = ctx.dictionary.get(UNIDENTIFIED) if ctx.dictionary is not None else None
    if ctx.dictionary is None or unknown is None:
        return None
    country = ctx.home_forces.country if ctx.home_forces is not None else None
    return ActorMention(ctx.dictionary.localise(unknown, country), span)  # none named


def modifier_actor(ctx: EventContext, doc: Doc, mod: Token) -> ActorMention | None:
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
    if found is None and mod.lower_ in ARMED_MODIFIERS and mod.dep_ in {"amod", "compound"}:
        found = _armed_group(ctx, Span(mod.idx, mod.idx + len(mod), mod.text))  # "rebel fire"
    return found


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
    hung = verb  # "killed 30 militants in air strikes", "killed 30 villagers with machetes in
    for _ in range(3):  # an attack": the parse hung the means on the object (or on what
        # hangs on it); the attack is the killing's
        if hung.dep_ != "pobj" or hung.head.dep_ != "prep" or hung.head.head.pos_ != "NOUN":
            break
        hung = hung.head.head
    if hung.dep_ in {"dobj", "nsubjpass"} and hung.pos_ in {"NOUN", "PROPN"} and (
            head.lower_ in MEANS_PREPOSITIONS and hung.head.pos_ == "VERB"):
        verb = hung.head
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

