"""Where in the parse the one acted on sits when it is not the trigger's object.

Token finders (the event stage resolves the tokens to actors), and the person or people hit
when the dictionary does not know them (:func:`unnamed_target`):

- the object of a noun trigger's "of" ("the invasion of Kuwait", "the killing of two monks");
- the owner of what was hit ("Rohingya houses", "the ministry's offices");
- the group a person hit belongs to ("the commander of the 5th Brigade");
- whom a demonstration makes its demand of ("… to demand the resignation of the governor",
  "calling for independence from Spain", "in protest against the new mayor").
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.model import Actor, ActorMention, Span
from sitrep.nlp import doc_text

NAMED = {"PERSON", "ORG", "GPE", "NORP"}
AIMED_PREPOSITIONS = {"against", "on", "at", "upon", "toward", "towards"}
# fighting done with someone, not by means of something: "clashed with police"
RECIPROCAL = {"clash", "fight", "fighting", "battle", "skirmish", "gunfight", "firefight",
              "confrontation", "engage", "exchange", "trade"}  # "traded fire"
# people an event can be done to, named by a common noun (the dictionary knows the groups)
TARGET_NOUNS = {"official", "leader", "opponent", "activist", "journalist", "prisoner",
                "detainee", "youth", "immigrant", "migrant", "refugee", "worker", "student",
                "villager", "resident", "civilian", "soldier", "officer", "policeman",
                "minister", "governor", "president", "commander", "chief", "demonstrator",
                "protester", "protestor", "militant", "rebel", "guerrilla", "fighter",
                "settler", "worshipper", "pilgrim", "farmer", "herder", "trader", "teacher",
                "doctor", "lawyer", "judge", "politician", "candidate", "supporter", "member",
                "people", "person", "man", "woman", "child", "boy", "girl", "family",
                "missionary", "priest", "monk", "nun", "cleric", "imam", "diplomat",
                "ambassador", "tourist", "hostage", "aid worker", "volunteer", "nurse",
                "engineer", "contractor", "businessman", "employee", "mayor", "deputy",
                "thief", "suspect", "robber", "kidnapper", "driver", "passenger", "motorist",
                "miner", "striker", "labourer", "laborer", "fisherman",
                # round 10: people of older wire copy ("stone-throwers", "UN observers")
                "thrower", "peacekeeper", "observer", "monitor", "inspector", "reporter",
                "photographer", "envoy", "crewman", "sailor", "seaman", "peasant",
                "tribesman", "shepherd",
                # round 4 (evtarget): people named by age, calling, faith, office or plight
                "teenager", "teen", "infant", "baby", "toddler", "pupil", "schoolchild",
                "schoolgirl", "schoolboy", "youngster", "blogger", "dissident", "critic",
                "campaigner", "unionist", "academic", "professor", "scholar", "writer", "poet",
                "novelist", "artist", "editor", "correspondent", "cameraman", "lawmaker",
                "legislator", "senator", "parliamentarian", "councillor", "councilor", "mp",
                "policewoman", "gendarme", "guard", "bodyguard", "conscript", "recruit",
                "cadet", "warlord", "elder", "chieftain", "herdsman", "nomad", "merchant",
                "vendor", "shopkeeper", "landowner", "squatter", "shopper", "commuter",
                "pedestrian", "bystander", "mourner", "pastor", "bishop", "rabbi", "sheikh",
                "mullah", "inmate", "convict", "captive", "defector", "deserter", "evacuee",
                "survivor", "widow", "orphan", "citizen", "foreigner", "expatriate", "visitor",
                "traveller", "traveler", "inhabitant", "premier", "chancellor", "prefect",
                "king", "emir", "sultan", "dictator", "ruler",
                # people gathered where an attack finds them
                "guest", "spectator", "patient", "customer", "diner", "churchgoer"}
# offices whose holder a demonstration makes its demand of when no name is given ("demanded the
# resignation of the state governor")
OFFICES = {"governor", "president", "minister", "premier", "mayor", "chancellor", "prefect",
           "king", "emir", "sultan", "dictator", "ruler"}
# a noun whose "of" names its holder: "the leader of the party", "members of the militia"
TITLE_NOUNS = {"chief", "leader", "commander", "head", "member", "members", "spokesman",
               "official", "officials", "officer", "officers", "deputy", "ally", "allies",
               "militia", "fighters", "supporters", "activists", "founder", "president"}
# verbs of a demonstration's demand; the clause they head names whom it is made of
DEMAND_VERBS = {"demand", "call", "press", "urge", "protest", "denounce", "condemn", "oppose",
                "seek", "ask", "reject", "decry"}
# things an event damages or seizes, which belong to someone
PROPERTY_NOUNS = {"home", "house", "building", "office", "headquarters", "embassy", "consulate",
                  "property", "shop", "store", "business", "farm", "field", "crop", "vehicle",
                  "car", "truck", "bus", "convoy", "plane", "helicopter", "jet", "warplane",
                  "aircraft", "drone", "tank", "tanker", "ship", "boat", "vessel", "school",
                  "hospital", "clinic", "mosque", "church", "temple", "shrine", "village",
                  "camp", "base", "post", "position", "station", "facility", "plant",
                  "warehouse", "depot", "pipeline", "installation", "compound", "residence",
                  "land", "livestock", "cattle", "newspaper",
                  # a force's sites and craft (event_actors.FORCE_SITES names their forces)
                  "checkpoint", "outpost", "barracks", "barrack", "garrison", "patrol",
                  "gunship", "warship",
                  # vehicles and economic sites of older wire copy
                  "jeep", "van", "lorry", "minibus", "train", "terminal", "refinery", "port",
                  "airport", "airfield", "oilfield", "ministry", "site"}
OWNER_PRONOUNS = {"their", "its", "his", "her"}
# bodies that own what is hit, named by a common noun: "the offices of the ruling party"
BODIES = {"party", "government", "ministry", "council", "parliament", "union", "movement",
          "company", "firm", "corporation", "agency", "church", "university", "family", "clan",
          "tribe", "community", "organisation", "organization", "group", "faction",
          "newspaper", "broadcaster", "magazine", "charity"}
PROTEST_PREPOSITIONS = {"against", "over"}  # "marched against the governor"
GATHERINGS = {"crowd", "crowds", "group", "groups", "gathering", "band", "column", "party"}
CARRY_VERBS = {"carry", "transport", "ferry", "bring"}
CARGO = {"aid", "food", "supplies", "fuel", "goods", "weapons", "arms", "ammunition", "cargo",
         "oil", "explosives", "equipment"}  # what a convoy carries that is nobody
# a count that stands for people named before it ("killing two", "detaining dozens")
COUNT_WORDS = {"dozens", "scores", "hundreds", "thousands", "several", "many", "others", "some",
               "few", "more"}
COUNT_HEADS = {"dozens", "hundreds", "thousands", "scores", "tens", "millions"}  # "… of X": X
ANYONE = {"person", "people", "other"}  # "killing one person": of the people told before
# people named only by sex, age or what a crowd took them for: unarmed, so ACLED's civilians of
# the country when acted on ("lynched a man", "a woman was killed", "killing seven children",
# "a mob beat a suspected thief to death"; Codebook: civilians are unarmed people not engaged in
# political violence)
UNARMED_PEOPLE = {"man", "woman", "child", "boy", "girl", "teenager", "infant", "baby",
                  "toddler", "thief",
                  # schoolchildren and kin, named by school or by whose family they are
                  # ("abducted 20 students from a school", "kidnapped his wife", "killing eight
                  # members of one family")
                  "student", "pupil", "schoolgirl", "schoolboy", "schoolchild", "wife",
                  "husband", "son", "daughter", "mother", "father", "brother", "sister"}
FAMILIES = {"family", "families", "household", "households"}  # "members of one family"
FIRE_OBJECTS = {"fire", "gunfire", "shots", "volley", "volleys", "salvo", "salvos"}  # how, not whom
QUANTITY_HEADS = {"dozens", "hundreds", "thousands", "scores", "tens", "millions", "number",
                  "group", "series", "wave", "spate", "string", "round", "day", "days", "night",
                  "week", "weeks", "months", "years", "hours", "kind", "type", "threat", "fear"}


def of_patient(trigger: Token) -> Token | None:
    """The object of a noun trigger's "of": what the invasion or killing was done to."""
    if trigger.pos_ not in {"NOUN", "PROPN"} or trigger.lower_ in QUANTITY_HEADS:
        return None
    for child in trigger.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is not None and pobj.ent_type_ not in {"DATE", "TIME", "CARDINAL"}:
                return pobj
    return None


def owner(target: Token) -> Token | None:
    """Who a hit thing belongs to: its possessor or a people/state/organisation naming it
    ("Palestinian homes", "Israel's embassy", "UN vehicles", "the homes of Tutsi families")."""
    if target.lemma_.lower() not in PROPERTY_NOUNS:
        return None
    for child in target.children:
        if child.dep_ == "poss" and child.pos_ in {"PROPN", "NOUN"} and not _kind_of(child):
            return child
        if child.dep_ in {"amod", "compound", "nmod"} and child.ent_type_ in NAMED:
            return child
        flag = next((g for g in child.children if g.dep_ == "npadvmod"
                     and g.ent_type_ in NAMED), None) if child.dep_ == "amod" else None
        if flag is not None:  # "a Liberian-registered tanker", "a Saudi-owned ship"
            return flag
    of = next((c for c in target.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    holder = next((g for g in of.children if g.dep_ == "pobj"), None) if of else None
    if holder is not None and (holder.lemma_.lower() in TARGET_NOUNS | BODIES
                               or holder.ent_type_ in NAMED):
        return holder  # "the homes of Tutsi families", "the offices of the ruling party"
    return None


def _kind_of(poss: Token) -> bool:
    """A genitive that tells what kind a thing is, not whose: "a girls' school", "a women's
    hospital" (a bare plural common noun, no article or owner of its own)."""
    return poss.tag_ == "NNS" and not any(  # "a girls' school": the parse hangs "a" on girls
        c.dep_ == "poss" or c.dep_ == "det" and c.lower_ not in {"a", "an"}
        for c in poss.children)


def pronoun_owner(target: Token) -> Token | None:
    """Whom "their" or "its" names on a thing hit in a clause of time or cause: the subject of
    the clause it explains ("four policemen were killed when militants ambushed their jeep",
    "soldiers fired back after rebels attacked their post", "peacekeepers were wounded when
    their convoy was targeted"), not the clause's own attacker."""
    if target.lemma_.lower() not in PROPERTY_NOUNS or target.dep_ not in {"dobj", "nsubjpass"} \
            and not (target.dep_ == "nsubj" and any(  # "their jeep came under fire": hit
                c.dep_ == "prep" and c.lower_ == "under" for c in target.head.children)):
        return None
    if not any(c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS for c in target.children):
        return None
    verb = target.head
    if verb.dep_ != "advcl" or verb.head.pos_ != "VERB":
        return None
    return next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None) or next(
        (c for c in verb.head.children if c.dep_ == "nsubj"), None)


def affiliation(target: Token) -> Token | None:
    """The group a person hit belongs to: the "of" object of a title ("the chief of X")."""
    if target.lower_ not in TITLE_NOUNS:
        return None
    for child in target.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def demand_clause(verb: Token) -> Token | None:
    """The clause or phrase of a demonstration's demand, hung on the verb that tells it:
    "to demand …", "calling for …", "in protest against …", "against …"."""
    for child in verb.children:
        if child.dep_ in {"advcl", "xcomp", "conj"} and child.lemma_.lower() in DEMAND_VERBS:
            return child
        if child.dep_ in {"advcl", "xcomp"} and any(  # "to mourn X and to demand …"
                c.dep_ == "conj" and c.lemma_.lower() in DEMAND_VERBS for c in child.children):
            return next(c for c in child.children
                        if c.dep_ == "conj" and c.lemma_.lower() in DEMAND_VERBS)
        if child.dep_ in {"advcl", "xcomp"} and child.lemma_.lower() == "join":
            joined = demand_clause(child)  # "rioted, joining workers in demanding X's …"
            if joined is not None:
                return joined
        if child.dep_ == "prep" and child.lower_ in PROTEST_PREPOSITIONS:
            return child
        if child.dep_ == "prep" and child.lower_ == "in":
            protest = next((g for g in child.children if g.dep_ in {"pobj", "pcomp"}
                            and g.lemma_.lower() in DEMAND_VERBS), None)
            if protest is not None:
                return protest
    return None


def named_in(clause: Token, after: Token | None = None) -> list[Token]:
    """Tokens of a clause that could name an actor, in text order: the last word of each
    name ("Jane Doe" → Doe) and common nouns (the caller resolves them)."""
    found = []
    for tok in clause.subtree:
        if after is not None and tok.i <= after.i:
            continue
        if tok.dep_ == "compound" and tok.head.ent_type_ in NAMED:
            continue  # a word inside a name: the name's last word stands for it
        if tok.ent_type_ in NAMED or tok.pos_ in {"NOUN", "PROPN"}:
            found.append(tok)
    return found


def aimed_at(verb: Token) -> Token | None:
    """The object of "against", "on", "at" or "upon" after a verb with no direct object; where
    the parse hangs a participle on the preposition ("fired tear gas at students marching in
    Dhaka": "at" → "marching" → its subject "students"), the participle's subject."""
    aimed = AIMED_PREPOSITIONS | ({"with"} if verb.lemma_.lower() in RECIPROCAL else set())
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in aimed:
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is None:
                clause = next((g for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"),
                              None)
                pobj = next((g for g in clause.children if g.dep_ == "nsubj"
                             and g.pos_ in {"NOUN", "PROPN"}), None) if clause else None
            if pobj is not None and pobj.ent_type_ not in {"DATE", "TIME"}:
                return pobj
    return None


def carried(vehicle: Token) -> Token | None:
    """Whom a vehicle hit was carrying: "a bus carrying pilgrims", "a helicopter transporting
    monitors" (the people aboard are acted on, not the bus)."""
    for child in vehicle.children:
        if child.dep_ == "acl" and child.lemma_.lower() in CARRY_VERBS:
            aboard = next((g for g in child.children if g.dep_ == "dobj"), None)
            if aboard is not None and aboard.lemma_.lower() not in CARGO:
                return aboard
    return None


def members(gathering: Token) -> Token | None:
    """Who a gathering hit is made of: "a crowd of students", "a group of striking teachers"."""
    if gathering.lower_ not in GATHERINGS:
        return None
    of = next((c for c in gathering.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None


def bare_count(tok: Token | None) -> bool:
    """A number or quantity standing alone for people told before: "killing two", "arresting
    30", "wounding dozens", "two others" (not "dozens of students", which names them)."""
    if tok is None or not (tok.like_num or tok.lower_ in COUNT_WORDS):
        return False
    return not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


# words that only count or hedge a number of people: "somewhere between three and 20 people"
COUNTING = {"between", "and", "to", "or", "than", "more", "less", "fewer", "as", "many", "much",
            "up", "about", "around", "nearly", "almost", "over", "under", "some", "somewhere",
            "at", "least", "most", "roughly", "approximately", "estimated", "several", "few",
            "dozens", "hundreds", "scores", "of", "the", "a", "an", "other", "another",
            "possibly", "perhaps", "dozen", "hundred", "-"}


def bare_people(tok: Token) -> bool:
    """ "People" with nothing but a count or hedge on it ("12 people", "as many as 15
    people", "somewhere between three and more than 20 people"): a toll, no actor. ACLED's
    civilians are coded only when the text says so; "12 Kurdish people" names a people."""
    if tok.lemma_.lower() not in {"people", "person"}:
        return False
    return all(t is tok or t.like_num or t.lower_ in COUNTING or t.lower_ in COUNT_WORDS
               for t in tok.subtree if t.i <= tok.i)


def earlier_target(verb: Token) -> Token | None:
    """Whom the clause a verb continues acted on, for a verb whose own object is a bare count:
    "opened fire on demonstrators, killing two and arresting 30" (arresting → killing →
    opened → demonstrators); the object of a purpose clause counts ("… to disperse X")."""
    node = verb
    for _ in range(3):
        if node.dep_ not in {"xcomp", "conj", "advcl"} or node.head.i == node.i:
            return None
        node = node.head
        for child in node.children:
            if child.dep_ in {"dobj", "nsubjpass"} and child.lower_ not in FIRE_OBJECTS \
                    and not bare_count(child) and child.lemma_.lower() not in ANYONE:
                return child
            if child.dep_ in {"xcomp", "advcl"} and child.i < verb.i and any(
                    a.lower_ == "to" for a in child.children):  # "opened fire to disperse X"
                aim = next((g for g in child.children if g.dep_ == "dobj"), None)
                if aim is not None and not bare_count(aim):
                    return aim
        aimed = aimed_at(node)
        if aimed is not None:
            return aimed
    return None


def _of_a_people(tok: Token) -> bool:
    """People named by a people's or faith's adjective: "Hindu nationalists", "Tutsi
    refugees" (a plural common noun with a NORP modifier)."""
    return tok.tag_ == "NNS" and any(c.dep_ in {"amod", "compound"} and c.ent_type_ == "NORP"
                                     for c in tok.children)


def of_a_group(hit: Token) -> bool:
    """People a modifier or an "of" names as an organisation's ("UN workers", "two men of the
    militia"): not the country's civilians as such. A people's adjective keeps them civilians,
    of that people's state ("a Palestinian man": event_sides.placed reads it)."""
    return any(c.dep_ in {"amod", "compound"} and c.ent_type_ == "ORG"
               or c.dep_ == "prep" and c.lower_ == "of" and not of_a_family(hit)
               for c in hit.children)


def of_a_family(hit: Token) -> bool:
    """People named as a family's ("eight members of one family", "the family's sons")."""
    of = next((c for c in hit.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    kin = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    return kin is not None and kin.lower_ in FAMILIES


def unnamed_target(tok: Token | None, *, bodies: bool = False) -> ActorMention | None:
    """Who is acted on when the dictionary does not know them: a named person, organisation
    or people ("Prime Minister X", "political opponents", "two Iraqi youths"); with ``bodies``,
    also a body named by a common noun that owns what was hit ("the ruling party"). Type
    unknown."""
    if tok is None or tok.pos_ == "PRON":
        return None
    if not (tok.ent_type_ in {"PERSON", "ORG", "NORP"} or tok.lemma_.lower() in TARGET_NOUNS
            or bodies and tok.lemma_.lower() in BODIES or _of_a_people(tok)):
        return None
    if bare_people(tok):
        return None  # "killed between three and 20 people": a count, no side named
    left = min((t for t in tok.subtree if t.i <= tok.i and t.dep_ not in {"det", "nummod",
               "quantmod", "punct"} and not t.like_num), key=lambda t: t.i, default=tok)
    right = tok
    for t in tok.subtree:  # a name runs on: "Prime Minister Iyad Allawi"
        if t.i > right.i and t.ent_type_ == tok.ent_type_ and t.ent_type_ and t.i == right.i + 1:
            right = t
    start, end = left.idx, right.idx + len(right)
    name = tok.doc.text[start:end]
    # an apposition tells who by both its names ("the opposition leader, Kizza Besigye",
    # "Mohammad Khan, the district governor"): the span takes it, the name stays the first
    named = next((c for c in tok.children if c.dep_ == "appos" and c.i > tok.i), None)
    if named is not None and named.right_edge.i - tok.i <= 8:
        last = next(t for t in reversed(list(named.subtree)) if t.dep_ != "punct")
        end = last.idx + len(last)
    return ActorMention(Actor(name, "unknown"), Span(start, end, tok.doc.text[start:end]))


def proper_name(tok: Token | None) -> ActorMention | None:
    """A proper name the tagger gave no type, as its phrase: "opposition leader Aung San Suu
    Kyi" (type unknown)."""
    if tok is None or tok.pos_ != "PROPN":
        return None
    start = next(t for t in tok.subtree if t.dep_ != "det").idx
    end = tok.idx + len(tok)
    text = doc_text(tok.doc)[start:end]
    return ActorMention(Actor(text, "unknown"), Span(start, end, text))


def counted(tok: Token) -> Token:
    """The count a noun is the "of" object of, standing for it in the clause ("took hundreds
    of hostages": hundreds is the object of took); else the noun itself."""
    head = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
    if head is not None and (head.lower_ in COUNT_HEADS or head.ent_type_ == "CARDINAL"):
        return head
    return tok
