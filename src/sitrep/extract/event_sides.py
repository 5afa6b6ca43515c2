"""The sides of an event that the trigger's own parse does not name: the crowd of a
demonstration (ACLED's "Protesters (Country)" / "Rioters (Country)") and the force that
intervenes in it, whom a demonstration addresses, the other side of a clash told as one
subject, the side that loses territory, where a measure is imposed, and generic actors placed
in the country the event happened in. The trigger's own actors are read by
:mod:`sitrep.extract.event_actors`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from sitrep.extract.actors import LOCALISED_BY_NAME
from sitrep.extract.event_acted_on import victims
from sitrep.extract.event_actors import (
    EventContext,
    actor_of,
    actor_token,
    dependent,
    governing_verb,
    modifier_actor,
    shared_subject,
)
from sitrep.extract.event_onesided import crowd_control_word
from sitrep.extract.event_patients import (
    DEMAND_VERBS,
    OFFICES,
    RECIPROCAL,
    aimed_at,
    bare_count,
    demand_clause,
    members,
    named_in,
    owner,
    unnamed_target,
)
from sitrep.extract.event_rules import VIOLENT
from sitrep.extract.event_struck_places import carrier
from sitrep.extract.event_struck_places import struck_place as struck_place  # re-exported
from sitrep.extract.event_triggers import triggers
from sitrep.extract.place_forms import demonym_table
from sitrep.model import Actor, ActorMention, Span
from sitrep.nlp import doc_text

AFTER = {"after", "following", "amid"}  # a fight told as what a taking came with
TOLL_VERBS = {"kill", "wound", "injure", "maim"}  # "…, killing 12 people": whom it was done to

# a crowd named by the trigger itself: "rioters attacked police", "dispersed demonstrators"
CROWD_NOUNS = {"protesters", "protestors", "demonstrators", "rioters", "protester", "protestor",
               "demonstrator", "rioter"}
# ACLED's actor for the people of a demonstration, by sub-event type, and the actor type of each
CROWDS = {"Peaceful protest": "Protesters", "Protest with intervention": "Protesters",
          "Violent demonstration": "Rioters", "Mob violence": "Rioters"}
CROWD_TYPES = {"Protesters": "protesters", "Rioters": "rioters"}
# words that name a state's armed force, not the state ("the Sudanese army" stays its forces)
FORCE_WORDS = {"army", "armies", "forces", "force", "troops", "military", "soldiers", "navy",
               "militia", "militias", "guards", "police", "commanders", "officers", "generals"}
# where a demonstration gathers that names whom it addresses: "outside the Turkish embassy"
SITE_PREPS = {"outside", "at", "near", "before"}
MISSIONS = {"embassy", "consulate", "mission", "legation"}
RULED_BY = {"government", "regime", "junta"}  # "anti-government": the home state's government
# a state's ruling bodies, named by its adjective: "the Bahraini monarchy", "Serbian authorities"
RULING_BODIES = RULED_BY | {"monarchy", "authorities", "administration", "cabinet", "leadership",
                            "rulers", "presidency", "kingdom"}
MEASURES = {"curfew", "law", "emergency", "lockdown", "blockade"}  # imposed on a place
# nouns of force on a crowd whose "on" object is the crowd: "a crackdown on protesters"
CRACKDOWNS = {"crackdown", "repression"}
# words that count a crowd: "hundreds of people"
COUNTED_CROWDS = {"dozens", "hundreds", "thousands", "scores", "crowd", "crowds", "group"}


def addressee(ctx: EventContext, doc: Doc, tok: Token) -> ActorMention | None:
    """Whom a demonstration makes its demand of: the first actor, person, state or
    organisation of its demand clause ("marched to demand the resignation of the governor").
    Not the state it is held in: ACLED leaves a protest's actor2 empty when no one is named."""
    return _demanded_of(ctx, doc, tok)


def _crowd_verb(tok: Token) -> Token | None:
    """The verb a crowd named by the trigger is the subject of: "hundreds of protesters in
    Lagos demanded …" (protesters → of → hundreds → demanded)."""
    if tok.lower_ not in CROWD_NOUNS:
        return None
    node = tok
    while node.dep_ in {"pobj", "prep"} and node.head.i != node.i:
        node = node.head
    return node.head if node.dep_ == "nsubj" and node.head.pos_ == "VERB" else None


def _demanded_of(ctx: EventContext, doc: Doc, tok: Token) -> ActorMention | None:
    verb = tok if tok.pos_ == "VERB" else governing_verb(tok) or _crowd_verb(tok)
    clause = demand_clause(tok) or (demand_clause(verb) if verb is not None else None)
    if clause is None and verb is not None and verb.lemma_.lower() in DEMAND_VERBS:
        clause = dependent(verb, {"dobj"})  # "protested the Israeli occupation"
    said = verb if verb is not None else tok.head if tok.dep_ == "nsubj" else None
    opposed = _anti(tok) or (_anti(dependent(said, {"dobj"})) if said is not None else None)
    if clause is None and opposed is not None:  # "anti-American protests"
        return _opposed(ctx, doc, opposed)
    if clause is None and verb is not None:  # "demonstrated outside the Turkish embassy":
        site = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ in SITE_PREPS
                     for g in c.children if g.dep_ == "pobj"
                     and g.lemma_.lower() in MISSIONS), None)  # the state it represents
        holder = owner(site) if site is not None else None
        return _party(ctx, doc, holder, state_word=True) if holder is not None else None
    if clause is None:
        return None
    names = [t for t in named_in(clause) if not hit_by_deed(t, clause)]  # a person or state before
    # a people's adjective ("Algerian")
    for cand in [t for t in names if t.ent_type_ != "NORP"] + [t for t in names
                                                            if t.ent_type_ == "NORP"]:
        found = _party(ctx, doc, cand)
        if found is not None:
            return found
    return None


# modifiers of a deed noun that name its doer: "NATO air strikes", "the army's shelling"
DOER_DEPS = {"compound", "amod", "poss", "nmod"}
# wrongs a crowd protests, and the prepositions that name whom they are done to: "the regime's
# crimes against civilians", "police violence towards women" (the doer may be addressed, the
# wronged are not)
WRONGS = {"crime", "abuse", "atrocity", "violence", "brutality", "repression", "persecution",
          "oppression", "discrimination", "violation", "injustice", "harassment", "mistreatment"}
DONE_TO = {"against", "towards", "toward", "on", "upon"}


def hit_by_deed(tok: Token, clause: Token) -> bool:
    """The place or people a violent deed protested was done to ("against the shelling of
    Sarmin, in which nine civilians were killed"): whom the deed hit, not whom the crowd
    addresses (its doer may be: "the killing of a student by police", "NATO air strikes")."""
    below = tok
    for node in tok.ancestors:
        if node.i == clause.i:
            return False  # the demand clause's own head: nothing beyond it is protested
        if node.dep_ == "agent" or node.lower_ == "by" and node.dep_ == "prep":
            return False
        if (node.dep_ == "prep" and node.lower_ in DONE_TO and below.dep_ == "pobj"
                and node.head.lemma_.lower() in WRONGS):
            return True
        if node.pos_ in {"NOUN", "PROPN"} and below.dep_ not in DOER_DEPS:
            found = triggers()[0].get((node.lemma_.lower(), "noun"))
            if found is not None and found.sub_event_type in VIOLENT:
                return True
        below = node
    return False


def wronged(doc: Doc, mention: ActorMention | None) -> bool:
    """The mention names whom a wrong is done to ("the regime's crimes against civilians")."""
    if mention is None or mention.span is None:
        return False
    words = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    if words is None:
        return False
    prep = words.root.head
    return (words.root.dep_ == "pobj" and prep.lower_ in DONE_TO
            and prep.head.lemma_.lower() in WRONGS)


def _anti(noun: Token | None) -> Token | None:
    """The word an "anti-X" modifier of a demonstration (or of its slogans) opposes: "anti-
    American protests", "anti-government rally" (the tokenizer splits "anti", "-", "X")."""
    if noun is None:
        return None
    for child in noun.children:
        i = child.i
        if child.lower_ == "anti" and i + 2 < len(noun.doc) and noun.doc[i + 1].text == "-" \
                and noun.doc[i + 2].i < noun.i:
            return noun.doc[i + 2]
    return None


def _opposed(ctx: EventContext, doc: Doc, word: Token) -> ActorMention | None:
    """Whom an "anti-X" demonstration addresses: the government of the article's state for
    "anti-government", else the state or people X names (its government)."""
    start, end = doc[word.i - 2].idx, word.idx + len(word)
    span = Span(start, end, doc_text(doc)[start:end])
    if word.lower_ in RULED_BY and ctx.dictionary is not None:
        home = ctx.home_forces.country if ctx.home_forces is not None else None
        ruler = ctx.dictionary.government(home) if home else None
        return ActorMention(ruler, span) if ruler is not None else None
    found = _party(ctx, doc, word, state_word=True)
    return ActorMention(found.actor, span) if found is not None else None


def _party(ctx: EventContext, doc: Doc, cand: Token, state_word: bool = False
           ) -> ActorMention | None:
    """Whom a demonstration addresses through ``cand``: a state's government (a people's
    adjective too, with ``state_word``: "the Turkish embassy"), else an actor or a named
    person, organisation or people; a ruling body a state's word names is its government
    ("against the Bahraini monarchy")."""
    found = None
    ruled = next((c for c in cand.children if c.dep_ in {"amod", "compound"}
                  and c.ent_type_ in {"NORP", "GPE"}), None) \
        if cand.lemma_.lower() in RULING_BODIES else None
    if ruled is not None:
        found = _party(ctx, doc, ruled, state_word=True)
        if found is not None:
            return found
    if (cand.ent_type_ == "GPE" or state_word and cand.ent_type_ == "NORP") \
            and ctx.dictionary is not None:  # a state: its government
        forces = ctx.dictionary.lookup(f"{cand.text} forces")
        state = ctx.dictionary.government(forces.country) if forces and forces.country \
            else None
        if state is not None:
            found = ActorMention(state, Span(cand.idx, cand.idx + len(cand), cand.text))
    else:
        found = actor_token(ctx, doc, cand)
    if found is None and cand.ent_type_ in {"PERSON", "ORG", "NORP"} and not any(
            t.place is not None and t.source not in {"demonym", "name"}
            and t.span.start <= cand.idx < t.span.end
            for t in ctx.toponyms):  # "against the shelling of Sarmin": a place, no party
        found = unnamed_target(cand)
    if found is None and cand.lemma_.lower() in OFFICES:  # "the resignation of the governor"
        found = unnamed_target(cand)
    return found


def crowd(ctx: EventContext, tok: Token, sub_event_type: str,
          actor1: ActorMention | None) -> ActorMention | None:
    """ACLED's actor1 of a demonstration: whoever demonstrates is coded "Protesters (Country)",
    whoever riots "Rioters (Country)" ("Palestinian prisoners rioted" → Rioters)."""
    name = CROWDS.get(sub_event_type)
    if name is None or ctx.dictionary is None or tok.lemma_.lower() in CRACKDOWNS:
        return actor1  # "the crackdown on protesters": the crowd is acted on, no doer
    if actor1 is not None and actor1.span is not None and any(
            c.dep_ == "amod" and c.idx == actor1.span.start for c in tok.children):
        actor1 = None  # "Palestinian riots": a people's crowd, not its state's forces
    if actor1 is not None:
        kind = actor1.actor.type  # civilians who demonstrate ("farmers marched") are protesters
        if kind not in {"civilians", "unknown"} and (  # as are a people ("thousands of Serbs")
                kind not in CROWD_TYPES.values() or kind == CROWD_TYPES[name]):
            return actor1
        country, span = actor1.actor.country or (  # demonstrators who riot are rioters
            ctx.home_forces.country if ctx.home_forces is not None else None), actor1.span
    else:
        phrase = _crowd_phrase(tok)
        country = ctx.home_forces.country if ctx.home_forces is not None else None
        if phrase is None and tok.pos_ == "NOUN" and tok.dep_ in {"nsubj", "nsubjpass"}:
            base = ctx.dictionary.get(name)  # "riots broke out in X": ACLED codes the crowd
            # no words name as "Rioters (Country)"; no span
            return ActorMention(ctx.dictionary.localise(base, country), None) if base else None
        if phrase is None:
            return None
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
        if verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN", "NUM"}:
            return verb.head  # "students protesting the fees", and a parse that hangs
            # "Hundreds of students protested in X" that way
    if tok.pos_ == "NOUN" and tok.lower_ in CROWD_NOUNS:
        return tok  # "Islamist student demonstrators": the whole phrase, not its adjective
    opposed = _anti(tok)
    mods = [c for c in tok.children if c.dep_ in {"amod", "poss", "compound"}
            and c.ent_type_ in {"NORP", "GPE"} and not (  # "anti-American": whom, not who
                opposed is not None and opposed.i - 2 <= c.i <= opposed.i)]
    if not mods and opposed is not None:
        return tok  # "anti-American protests": the crowd is the protests' own
    return mods[0] if mods else None


def other_side(ctx: EventContext, doc: Doc, subj: Token | None, actor1: ActorMention | None
               ) -> ActorMention | None:
    """The side a clash is fought with when both are its subject: "the army and ELN rebels
    exchanged fire" (ACLED: actor1 the army, actor2 the rebels)."""
    if subj is None or actor1 is None:
        return None
    for side in subj.conjuncts:
        found = actor_of(ctx, doc, side)
        if found is not None and found.actor != actor1.actor:
            return found
    # two peoples on one noun: "Pakistani and Indian troops exchanged fire" (each people's
    # forces, the second the other side)
    for side in (c for m in subj.children if m.dep_ == "amod" for c in m.conjuncts):
        found = modifier_actor(ctx, doc, side)
        if found is not None and found.actor != actor1.actor:
            return found
    return None


def losing_side(ctx: EventContext, doc: Doc, tok: Token) -> ActorMention | None:
    """Whom territory is taken from: "from X" anywhere in the verb's phrase, also where the
    parser hung it on the place ("recaptured Tal Afar from Islamic State fighters")."""
    source = next((t for t in tok.subtree if t.lower_ == "from" and t.dep_ == "prep"), None)
    taken = next((g for g in source.children if g.dep_ == "pobj"), None) if source else None
    if taken is None:  # "retook the town after fierce fighting with X": X held it
        fight = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ in AFTER
                      for g in c.children if g.dep_ == "pobj"
                      and g.lemma_.lower() in RECIPROCAL), None)
        taken = dependent(fight, {"prep"}, {"with", "against"}) if fight is not None else None
    return actor_of(ctx, doc, taken) if taken is not None else None


def imposed_on(ctx: EventContext, doc: Doc, tok: Token) -> ActorMention | None:
    """Where a measure is imposed, as whom it acts on: "imposed a curfew on the town of Jos",
    "a curfew in Cizre" (a place: its people)."""
    obj = dependent(tok, {"dobj"})
    if obj is None or obj.lemma_.lower() not in MEASURES:
        return None
    heads = [obj, tok]
    place = next((g for h in heads for c in h.children if c.dep_ == "prep"
                  and c.lower_ in {"on", "over", "in"} for g in c.children if g.dep_ == "pobj"),
                 None)
    for _ in range(2):  # "the town of Jos"
        named = dependent(place, {"prep"}, {"of"}) if place is not None else None
        if place is None or place.pos_ == "PROPN" or named is None:
            break
        place = named
    if place is None or place.pos_ != "PROPN":
        return None
    start, end = place.left_edge.idx, place.right_edge.idx + len(place.right_edge)
    text = doc_text(doc)[start:end]
    return actor_of(ctx, doc, place) or ActorMention(Actor(text, "unknown"),
                                                      Span(start, end, text))


def intervening_force(ctx: EventContext, doc: Doc, sent: SpacySpan, tok: Token
                      ) -> ActorMention | None:
    """State forces that act on a demonstration named by a noun: the subject (or passive agent)
    of the verb whose object the demonstration or its crowd is ("police dispersed hundreds of
    demonstrators", "protesters were dispersed by police", "police broke up a sit-in")."""
    node = tok.head if tok.pos_ == "VERB" and tok.dep_ in {"acl", "relcl"} else tok  # "crowds
    # protesting", "students who were marching"
    node = _holders(node) or node  # "dispersed hundreds of people holding a vigil"
    for _ in range(2):  # "hundreds of demonstrators", "a group of protesters"
        if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ == "NOUN":
            node = node.head.head
    verb = node.head
    if node.dep_ == "pobj" and verb.lower_ in {"on", "at", "into"} and verb.head.pos_ == "VERB":
        verb = verb.head  # "fired on crowds protesting …", "shot at demonstrators"
        subj = dependent(verb, {"nsubj"}) or shared_subject(verb)
        found = actor_of(ctx, doc, subj)
        return found if found is not None and found.actor.type == "state forces" else None
    if node.dep_ not in {"dobj", "nsubjpass"} or verb.pos_ != "VERB" or verb.i == node.i:
        return None
    subj = dependent(verb, {"agent"}) if node.dep_ == "nsubjpass" else (
        dependent(verb, {"nsubj"}) or shared_subject(verb))
    found = actor_of(ctx, doc, subj)
    return found if found is not None and found.actor.type == "state forces" else None


def crowd_mention(ctx: EventContext, tok: Token, name: str) -> ActorMention | None:
    """The crowd of a demonstration ``tok`` names, as ACLED's "Protesters (Country)"."""
    base = ctx.dictionary.get(name) if ctx.dictionary is not None else None
    if base is None or ctx.dictionary is None:
        return None
    country = ctx.home_forces.country if ctx.home_forces is not None else None
    who = dependent(tok, {"prep"}, {"by", "of"}) or _held_by(tok) or _holders(tok)  # "a sit-in
    # by nurses", "a vigil held by families", "people holding a vigil"
    aim = aimed_at(tok.head) if tok.dep_ == "dobj" else None  # "fired tear gas at …"
    if aim is None and (crowd_control_word(tok) or tok.lemma_.lower() in CRACKDOWNS):
        aim = aimed_at(tok)  # "used water cannon on students", "a crackdown on protesters"
    if who is None and aim is None and tok.dep_ == "dobj":  # "fired tear gas to disperse X"
        purpose = next((c for c in tok.head.children if c.dep_ in {"advcl", "xcomp"}
                        and any(a.lower_ == "to" for a in c.children)), None)
        aim = dependent(purpose, {"dobj"}) if purpose is not None else None
        if aim is not None and aim.ent_type_ == "CARDINAL":  # "thousands of supporters"
            aim = dependent(aim, {"prep"}, {"of"}) or aim
    if who is None and aim is not None:
        who = members(aim) or aim
    head = who if who is not None and who.pos_ in {"NOUN", "PROPN"} else tok
    start, end = head.left_edge.idx, head.idx + len(head)
    if head is not tok and head.dep_ == "pobj" and head.head.lower_ == "of" and (
            head.head.head.lower_ in COUNTED_CROWDS or head.head.head.like_num):
        start = head.head.head.left_edge.idx  # "hundreds of people": the whole count
    counted = dependent(head, {"prep"}, {"of"}) if head is not tok and (
        head.lower_ in COUNTED_CROWDS or head.like_num) else None
    if counted is not None:
        end = counted.idx + len(counted)  # "(used tear gas on) hundreds of students"
    return ActorMention(ctx.dictionary.localise(base, country),
                        Span(start, end, tok.doc.text[start:end]))


def _held_by(tok: Token) -> Token | None:
    """Who held a demonstration its participle tells: "a vigil held by families", and by the
    verb's "by" the parser hung on the verb that acts on it ("broke up a vigil by students")."""
    held = next((g for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"
                 for a in c.children if a.dep_ == "agent" for g in a.children
                 if g.dep_ == "pobj"), None)
    if held is not None or tok.dep_ != "dobj":
        return held
    by = next((c for c in tok.head.children if c.dep_ in {"prep", "agent"} and c.lower_ == "by"
               and c.i == tok.right_edge.i + 1), None)
    people = next((g for g in by.children if g.dep_ == "pobj"), None) if by else None
    return people if people is not None and people.tag_ in {"NNS", "NNPS"} else None  # not
    # "by force"


def _holders(tok: Token) -> Token | None:
    """The people a participle tells holding a demonstration: "hundreds of people holding a
    vigil" (the vigil's holders), as the object a force acts on."""
    if tok.dep_ == "dobj" and tok.head.dep_ == "acl" and tok.head.tag_ == "VBG" and (
            tok.head.head.pos_ in {"NOUN", "PROPN", "NUM"}):
        return tok.head.head
    return None


def _in_clause(tok: Token, head: Token) -> bool:
    """Whether ``tok`` sits in a clause, apposition or punctuation hung on ``head``'s phrase."""
    while tok.i != head.i:
        if tok.dep_ in {"relcl", "acl", "appos", "punct", "cc", "conj"}:
            return True
        tok = tok.head
    return False


def placed(ctx: EventContext, mention: ActorMention | None,
           country: str | None) -> ActorMention | None:
    """A generic actor named for the country the event happened in, as ACLED names them:
    civilians killed in Kharkiv are "Civilians (Ukraine)" even in an article about Russia's
    forces. Named groups and state forces keep their own country, but for a movement's branch
    (:meth:`sitrep.extract.actors.ActorDictionary.branch`)."""
    if mention is None or country is None or ctx.dictionary is None:
        return mention
    base = mention.actor.name.partition(" (")[0]
    branch = ctx.dictionary.branch(mention.actor, country)
    if branch is not mention.actor:  # "IS claimed the bombing of a church in Jolo"
        return ActorMention(branch, mention.span)
    if base in NAMED_BY_PEOPLE:
        country = _people_named(mention) or country  # "a Palestinian gunman": Palestine's
    if base not in LOCALISED_BY_NAME or mention.actor.country == country:
        return mention
    generic = ctx.dictionary.get(base)
    if generic is None:
        return mention
    local = ctx.dictionary.localise(generic, country)
    return ActorMention(local, mention.span) if local is not generic else mention


# generic actors whose people the mention's own adjective names, whatever place the event is
# put in ("Iraqi civilians" killed in Syria, "a Palestinian gunman"); a crowd is coded by the
# country it gathers in
NAMED_BY_PEOPLE = {"Unidentified Armed Group", "Civilians"}


def _people_named(mention: ActorMention) -> str | None:
    """The country a people's adjective before the mention's head word names ("Palestinian
    gunman": PS), if any."""
    words = mention.span.text.split()[:-1] if mention.span is not None else []
    table = demonym_table()
    for word in words:
        code = table.get(word.strip(",.'").lower(), ("",))[0] if word[:1].isupper() else ""
        if code:
            return code
    return None


def signatory(ctx: EventContext, mention: ActorMention | None) -> ActorMention | None:
    """A state that signs or agrees is its government, as ACLED codes an agreement's parties:
    "Ethiopia and Eritrea signed …", "the Sudanese government agreed …" (the dictionary reads
    a state acting as its forces). A force named as one keeps its name ("the Sudanese army")."""
    if mention is None or mention.span is None or ctx.dictionary is None:
        return mention
    actor = mention.actor
    if actor.type != "state forces" or not actor.country or not actor.name.startswith(
            "Military Forces of") or set(mention.span.text.lower().split()) & FORCE_WORDS:
        return mention
    ruler = ctx.dictionary.government(actor.country)
    return ActorMention(ruler, mention.span) if ruler is not None else mention


def toll_victims(ctx: EventContext, doc: Doc, tok: Token) -> ActorMention | None:
    """Whom a violent act killed or wounded, told in a clause after it: "a bomb exploded at a
    market, killing 12 people" (the people killed are acted on, not the market's town); a noun
    trigger's clause hangs on its verb ("a shell hit a block of flats, killing three")."""
    verb = carrier(tok)
    for clause in verb.children if verb is not None else ():
        if clause.dep_ not in {"advcl", "conj"} or clause.lemma_.lower() not in TOLL_VERBS:
            continue
        hit = dependent(clause, {"dobj"})
        if hit is not None and not bare_count(hit):
            return victims(ctx, doc, hit)  # "killing 12 people": civilians
    return None


UNSPECIFIED_STATE = {"Government forces (unspecified)", "Police forces (unspecified)"}
NON_STATE_TYPES = {"rebel group", "political militia", "identity militia"}


def home_state(ctx: EventContext, mention: ActorMention | None,
               other: ActorMention | None) -> ActorMention | None:
    """State forces of no known country named for the country of the armed group on the other
    side: a rebel group fights its own state ("the LTTE attacked an army camp": Sri Lanka's
    army), where the article's place did not say which state it is."""
    if mention is None or mention.actor.name not in UNSPECIFIED_STATE or other is None \
            or other.actor.type not in NON_STATE_TYPES or not other.actor.country \
            or ctx.dictionary is None:
        return mention
    local = ctx.dictionary.localise(mention.actor, other.actor.country)
    return ActorMention(local, mention.span) if local is not mention.actor else mention


def unclaimed(ctx: EventContext, doc: Doc, tok: Token) -> ActorMention | None:
    """ACLED's actor1 of a blast no one is named for ("a roadside bomb killed ...", "a grenade
    was thrown into a bar"): the Unidentified Armed Group of the article's country. No words
    of the text name it, so it has no span (the bomb is what was used, not who used it)."""
    if ctx.dictionary is None:
        return None
    unknown = ctx.dictionary.get("Unidentified Armed Group")
    if unknown is None:
        return None
    country = ctx.home_forces.country if ctx.home_forces is not None else None
    return ActorMention(ctx.dictionary.localise(unknown, country), None)
