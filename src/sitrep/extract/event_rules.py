"""Knowledge-driven rules that decide an event's ACLED sub-type from its context.

Three kinds of knowledge, each a data file:

* ``event_cues.tsv``: words whose presence in the event's sentence (or paragraph window)
  changes the sub-type (chemical agents, suicide bombers, sexual violence, the four kinds of
  demonstration) or keeps a sentence outside ACLED (disasters, ordinary crime, diplomacy).
* ``event_frames.tsv``: a verb and the class of its object ("seized weapons", "set up a post",
  "took over four localities", "released prisoners") name a sub-type that the verb alone does
  not.
* Who acts decides a change of territory: state forces regain it, anyone else overtakes it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from sitrep.extract.event_nouns import ARMED_NOUNS, NON_STATE_WORDS, STATE_WORDS, nouns
from sitrep.knowledge import read_table
from sitrep.model import Actor, ActorMention, Toponym

GOV_REGAINS = "Government regains territory"
NON_STATE_OVERTAKES = "Non-state actor overtakes territory"
TERRITORY_TAKEN = {GOV_REGAINS, NON_STATE_OVERTAKES}
VIOLENT = {"Armed clash", "Attack", "Air/drone strike", "Shelling/artillery/missile attack",
           "Remote explosive/landmine/IED", "Grenade", "Suicide bomb"}
PROTEST_FAMILY = {"Peaceful protest", "Protest with intervention",
                  "Excessive force against protesters", "Violent demonstration"}
# sub-types a demonstration context turns into one of the protest family
PROTEST_ABSORBS = {"Armed clash", "Attack", "Arrests", "Mob violence", *PROTEST_FAMILY,
                   "Looting/property destruction"}  # property destroyed by demonstrators
NON_STATE_TYPES = {"rebel group", "political militia", "identity militia"}
# verbs that drive an armed group out of a place: the place is taken from it
EXPEL_VERBS = frozenset({"drive", "push", "clear", "flush", "expel", "chase", "dislodge", "oust",
                         "evict", "rout"})
# head nouns that stand for a quantity of their "of" object: "a total of 206 weapons"
PARTITIVES = {"total", "number", "amount", "batch", "quantity", "lot", "lots", "dozens",
              "hundreds", "thousands", "swathe", "swath", "part", "parts", "portion", "stretch",
              "length", "section", "rest", "some", "all", "most", "cache", "stockpile", "haul",
              "scores", "convoy", "column", "battalion", "contingent", "detachment",
              "consignment", "consignments", "shipment", "shipments", "truckload", "truckloads",
              "stock", "stocks",
              # measures and containers: "40 kilograms of explosives", "crates of ammunition"
              "kilogram", "kilograms", "kilo", "kilos", "kg", "tonne", "tonnes", "ton", "tons",
              "pound", "pounds", "litre", "litres", "liter", "liters", "box", "boxes", "crate",
              "crates", "sack", "sacks", "bag", "bags", "piece", "pieces"}
# past forms the English lemmatiser leaves as they are
IRREGULAR = {"retook": "retake", "retaken": "retake", "overran": "overrun",
             "undertook": "undertake", "shot": "shoot", "took": "take", "taken": "take",
             "blew": "blow"}
PARTICLES = {"out", "up", "down", "off", "away"}
GATHERINGS = {"gather", "assemble", "converge"}  # a demonstration when their purpose protests
PROTEST_PURPOSES = {"denounce", "demand", "protest", "condemn", "oppose", "reject", "call",
                    "demonstrate", "decry", "criticise", "criticize", "urge", "press", "voice"}
# participles that describe people as demonstrating: "fired tear gas at students marching"
MARCHING = {"march", "protest", "demonstrate", "rally"}
# subjects that are an unorganised crowd, not an organised armed group
CROWD_WORDS = nouns("crowd")
ABLAZE = {"ablaze", "alight", "afire"}  # "set X ablaze": X burned
PLACE_PREPS = {"of", "in", "near", "around"}  # "territory in the town of X", "areas near X"
# a protest a government lodges with another is a diplomatic note, not a demonstration
# verbs a unit is "under fire" with: came, was, fell, remained (event_roles.UNDER_VERBS)
UNDER_HEADS = {"come", "fall", "be", "remain", "stay"}
# leaving an office or a body "in protest" (resigned, stepped down, quit, walked out of talks)
OFFICE_EXITS = {"resign", "quit", "step", "leave", "abstain", "withdraw", "boycott"}
NOTE_VERBS = {"lodge", "file", "register", "issue", "send", "deliver", "submit", "hand", "make"}
NOTE_MODIFIERS = {"formal", "official", "diplomatic", "written", "verbal", "strong"}
PEACEKEEPING = {"peacekeeping", "peace-keeping", "peacekeeper", "monitoring", "observer"}
RELATIVE_PRONOUNS = {"that", "which", "who", "whom", "what"}
# participles that tell what a vehicle carries: "a truck laden with explosives"
CARRYING = {"carry", "contain", "load", "laden", "pack", "fill", "transport", "ferry"}
# verbs that let captives go: "in exchange for" others makes it a prisoner swap (an agreement)
RELEASES = {"release", "free", "hand over", "hand"}
AGREEMENT = "Agreement"
# nouns for an attack told by its weapon ("a suicide attack", "a bomb plot")
ATTEMPTS = {"attack", "attempt", "plot", "strike"}


# a class whose frames fall back on a broader one's: a vehicle burned or seized is property
# destroyed or looted as any property is; only "blew up a bus" has a frame of its own (and
# homes only "abandoned": people displaced)
BROADER = {"vehicle": "property", "home": "property"}


@dataclass(frozen=True)
class Frame:
    verb: str
    object_class: str
    sub_event_type: str


@cache
def _cue_patterns() -> dict[str, re.Pattern[str]]:
    by_kind: dict[str, list[str]] = {}
    for row in read_table("event_cues.tsv"):
        word = row["match"].lower()
        body = re.escape(word[:-1]) + r"[\w-]*" if word.endswith("*") else re.escape(word)
        by_kind.setdefault(row["kind"], []).append(body.replace(r"\ ", r"\s+"))
    return {kind: re.compile(r"(?<![\w-])(?:" + "|".join(sorted(words, key=len, reverse=True))
                             + r")(?![\w-])", re.I)
            for kind, words in by_kind.items()}


# a demonstration blocked or halted (by those who police it): ACLED's intervention, not the
# road-blocking that marks a violent demonstration ("blocked the road")
HALTED_MARCH = re.compile(r"\b(?:block|stopp|halt|prevent)(?:ed|ing)\s+(?:the\s+|a\s+|an\s+)?"
                          r"(?:[\w-]+\s+){0,2}?"  # "a planned march", "the opposition's rally"
                          r"(?:march(?:ers)?|protest(?:ers)?|rally|procession"
                          r"|demonstrat(?:ion|ors))\b"
                          # "prevented opposition supporters from gathering"
                          r"|\b(?:block|stopp|prevent)(?:ed|ing)\s+(?:[\w-]+\s+){1,3}?from\s+"
                          r"(?:gathering|marching|protesting|demonstrating|rallying|assembling)\b",
                          re.I)


_WORD = re.compile(r"[\w-]+")


@cache
def _cue_starts() -> tuple[frozenset[str], dict[str, frozenset[str]],
                           dict[int, dict[str, frozenset[str]]]]:
    """What a text must hold for a kind's pattern to match: the first word of one of its cues
    (exact), or the stem of a one-word cue ending in ``*`` (by the stem's length); and the
    kinds always run, those with a cue whose first word is not all word characters ("bank's")."""
    always: set[str] = set()
    exact: dict[str, set[str]] = {}
    stems: dict[int, dict[str, set[str]]] = {}
    for row in read_table("event_cues.tsv"):
        first = row["match"].lower().split()[0]
        if not _WORD.fullmatch(first.rstrip("*")):
            always.add(row["kind"])
        elif first.endswith("*"):
            stem = first[:-1]
            stems.setdefault(len(stem), {}).setdefault(stem, set()).add(row["kind"])
        else:
            exact.setdefault(first, set()).add(row["kind"])
    return (frozenset(always), {w: frozenset(k) for w, k in exact.items()},
            {n: {w: frozenset(k) for w, k in by.items()} for n, by in stems.items()})


def _possible_kinds(text: str) -> set[str]:
    """The kinds whose pattern could match ``text``: a fast pass over its words, so that only
    those patterns are run (each is an alternation of many cues, slow to scan)."""
    always, exact, stems = _cue_starts()
    kinds = set(always)
    for word in set(_WORD.findall(text.casefold())):  # as a cue's word stands: between others
        kinds.update(exact.get(word, ()))
        for n, by in stems.items():
            if len(word) >= n:
                kinds.update(by.get(word[:n], ()))
    return kinds


@lru_cache(maxsize=4096)
def cue_kinds(text: str) -> frozenset[str]:
    """The kinds of context cue (``chemical``, ``protest_violent``, ``disaster`` …) in ``text``.

    Phrases of kind ``mask`` ("riot police", "anti-riot") are blanked first: they name who
    intervenes, not what the crowd does."""
    patterns = _cue_patterns()
    mask = patterns.get("mask")
    if mask is not None:
        text = mask.sub(lambda m: " " * len(m.group()), text)
    halted = HALTED_MARCH.search(text) is not None
    if halted:  # "police blocked the march": the crowd is stopped, it blocks nothing
        text = HALTED_MARCH.sub(lambda m: " " * len(m.group()), text)
    # a march the police halted is still a demonstration told: its crowd was there
    possible = _possible_kinds(text)
    return frozenset(kind for kind, pat in patterns.items()
                     if kind != "mask" and kind in possible and pat.search(text)
                     ) | ({"protest_intervention", "protest_actor"} if halted else frozenset())


@cache
def _frames() -> tuple[dict[tuple[str, str], Frame], dict[str, str], frozenset[str]]:
    frames: dict[tuple[str, str], Frame] = {}
    objects: dict[str, str] = {}
    for row in read_table("event_frames.tsv"):
        if row["kind"] == "frame":
            frames[(row["word"], row["class"])] = Frame(row["word"], row["class"],
                                                        row["sub_event_type"])
        elif row["kind"] == "object":
            objects[row["word"]] = row["class"]
    return frames, objects, frozenset(verb for verb, _ in frames)


@cache
def territory_words() -> frozenset[str]:
    """The nouns of places a territorial verb takes ("town", "villages", "outskirts")."""
    return frozenset(w for w, cls in _frames()[1].items() if cls == "territory")


@cache
def _nominals() -> dict[str, str]:
    """Action nouns and the frame verb each names: "capture" -> capture, "seizure" -> seize."""
    return {row["word"]: row["class"] for row in read_table("event_frames.tsv")
            if row["kind"] == "nominal"}


@cache
def instruments() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for every instrument word, and the sub-type of each (lower-case) word."""
    subs = {r["word"].lower(): r["sub_event_type"] for r in read_table("event_instruments.tsv")}
    words = sorted(subs, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, words)) + r")(?![\w-])",
                      re.I), subs


def instrument_hits(text: str) -> list[tuple[int, str]]:
    """(offset, sub-type) of each instrument word in ``text``."""
    pattern, subs = instruments()
    return [(m.start(), subs[m.group().lower()]) for m in pattern.finditer(text)]


def _through_partitives(found: Token | None) -> Token | None:
    """ "a total of 206 weapons", "a swathe of territory": the thing counted, not the count."""
    for _ in range(2):
        if found is None or found.lower_ not in PARTITIVES and not (
                found.pos_ == "NUM" and found.dep_ in {"dobj", "nsubjpass"}):
            break  # (a count of a whole: "shot down 24 of 31 drones")
        of = next((c for c in found.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        inner = next((g for g in of.children if g.dep_ == "pobj"), None) if of else None
        if inner is None:
            break
        found = inner
    return found


def of_object(tok: Token) -> Token | None:
    """What an action noun acts on: its "of" object ("the capture of Kalehe"), also when the
    noun is a compound ("the exchange process of prisoners")."""
    holder = tok.head if tok.dep_ == "compound" else tok
    of = next((c for c in holder.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    found = next((g for g in of.children if g.dep_ == "pobj"), None) if of else None
    return _through_partitives(found)


def nominal_sub_type(tok: Token, toponyms: Iterable[Toponym]) -> str | None:
    """The sub-type named by an action noun and its object's class, read as its verb's frame:
    "the recapture of Palmyra", "the exchange of 200 prisoners", "the deployment of troops"."""
    verb = _nominals().get(tok.lemma_.lower()) if tok.pos_ == "NOUN" else None
    obj = of_object(tok) if verb is not None else None
    cls = object_class(obj, toponyms) if obj is not None else None
    frame = _frame(verb, cls) if verb is not None and cls is not None else None
    return frame.sub_event_type if frame else None


def _frame(name: str, cls: str) -> Frame | None:
    """The frame of verb ``name`` (a particle verb, else its first word) on class ``cls``, else
    on the class ``cls`` falls back on (:data:`BROADER`)."""
    frames = _frames()[0]
    for one in (cls, BROADER.get(cls)):
        if one is None:
            continue
        frame = frames.get((name, one)) or frames.get((name.split()[0], one))
        if frame is not None:
            return frame
    return None


def verb_name(tok: Token) -> str:
    """The verb's lemma with its particle: "set up", "take over", "shoot down"."""
    prt = next((c.lower_ for c in tok.children if c.dep_ == "prt" or c.dep_ in {"prep", "advmod"}
                and c.lower_ in PARTICLES and c.i == tok.i + 1), "")  # "carried away": advmod
    lemma = IRREGULAR.get(tok.lower_, tok.lemma_.lower())
    if lemma == "set" and any(c.lower_ in ABLAZE or c.dep_ == "prep" and c.lower_ == "on" and any(
            g.lower_ == "fire" for g in c.children) for c in tok.children):
        return "set fire"  # "set a polling station on fire", "set the offices ablaze"
    return f"{lemma} {prt}".strip()


def is_frame_verb(tok: Token) -> bool:
    verbs = _frames()[2] | EXPEL_VERBS
    return tok.pos_ == "VERB" and (verb_name(tok) in verbs or verb_name(tok).split()[0] in verbs)


def _armed_word(tok: Token) -> bool:
    """The noun names an armed group or its members: "Tigrayan fighters", "Boko Haram"."""
    return (tok.lower_ in ARMED_NOUNS or tok.lower_ in NON_STATE_WORDS
            or tok.pos_ == "PROPN" and tok.ent_type_ not in {"GPE", "LOC", "FAC", "NORP", "DATE"})


def expelled_from(tok: Token, toponyms: Iterable[Toponym]) -> bool:
    """An armed group driven out of a named place ("pushed Tigrayan fighters out of Dessie",
    "cleared Boko Haram from the town of Marte"): the place changes hands."""
    if tok.pos_ != "VERB" or verb_name(tok).split()[0] not in EXPEL_VERBS:
        return False
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None or not _armed_word(obj):
        return False
    preps = [c for c in (*tok.children, *obj.children) if c.dep_ == "prep"]
    preps += [g for c in (*tok.children, *obj.children) if c.lower_ == "out"
              for g in c.children if g.dep_ == "prep"]  # "out of Dessie"
    places = [g for c in preps if c.lower_ in {"from", "of"} for g in c.children
              if g.dep_ == "pobj"]
    for place in places:
        named = [place, *(g for c in place.children if c.dep_ == "prep" and c.lower_ == "of"
                          for g in c.children if g.dep_ == "pobj")]  # "the town of Marte"
        if any(object_class(t, toponyms) in {"territory", "name"} for t in named):
            return True
    return False


def object_of(tok: Token) -> Token | None:
    """What the verb acts on: its direct object, passive subject, or "from"/"over" object."""
    objects = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}
               and c.lower_ not in RELATIVE_PRONOUNS]
    found = next((c for c in objects if c.pos_ in {"NOUN", "PROPN", "NUM"}),
                 objects[0] if objects else None)
    if found is None and tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ in {
            "NOUN", "PROPN"} and any(c.dep_ == "agent" for c in tok.children):
        found = tok.head  # a passive participle with its agent acts on the noun it describes:
        # "the villages captured by the Taliban", "weapons seized by the army"; not "troops
        # stationed in Mali", which describes them
    if found is None:
        preps = [c for c in tok.children if c.dep_ == "prep"]
        preps += [g for c in preps if c.lower_ in PARTICLES for g in c.children
                  if g.dep_ == "prep"]  # "pulled out of Kirkuk"
        for prep in (c for c in preps if c.lower_ in {"from", "over", "of"}):
            found = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if found is not None:
                break
    if found is None:  # a parse that hung the object elsewhere: the first noun after the verb
        subjects = {t.i for c in tok.children if c.dep_.startswith("nsubj") for t in c.subtree}
        found = next((t for t in tok.subtree if t.i > tok.i and t.i not in subjects
                      and t.pos_ in {"NOUN", "PROPN"}
                      and t.dep_ not in {"compound", "amod", "npadvmod"}),  # "Russian-brokered"
                     None)
    return _through_partitives(found)  # "a total of 206 weapons", "a swathe of territory"


def object_class(obj: Token, toponyms: Iterable[Toponym]) -> str | None:
    """The class of the object (``weapon``, ``territory`` …); a named place is territory."""
    objects = _frames()[1]
    if any(c.lower_ in {"tear", "pepper", "cooking", "natural"} for c in obj.lefts):
        return None  # tear gas is not a chemical weapon in ACLED's sense
    if any(c.lower_ in PEACEKEEPING for c in obj.lefts):
        return None  # peacekeeping troops sent in are aid, not a conflict party's move
    if _carries_weapons(obj):
        return "weapon"  # "intercepted a boat (a truck) carrying rocket launchers"
    compound = next((c.lower_ for c in reversed(list(obj.lefts)) if c.dep_ == "compound"), "")
    for word in (f"{compound} {obj.lower_}", obj.lower_, obj.lemma_.lower()):
        if word in objects:  # a two-word name first: "power lines", "railway line"
            return objects[word]
    if obj.lemma_.lower() in ATTEMPTS and any(  # "a suicide attack was foiled": a bombing
            objects.get(c.lower_) == "weapon" for c in obj.children
            if c.dep_ in {"compound", "amod"}):
        return "weapon"
    if obj.ent_type_ in {"GPE", "LOC", "FAC"} or any(
            t.span.start <= obj.idx < t.span.end for t in toponyms if t.place is not None):
        return "territory"
    if obj.pos_ == "PROPN" and obj.ent_type_ not in {"NORP", "ORG", "DATE", "TIME"}:
        return "name"  # a place the parser did not know ("recaptured Tal Afar")
    return None


def _carries_weapons(obj: Token) -> bool:
    """A vehicle told by its load: "a truck carrying explosives", "a boat loaded with arms"."""
    objects = _frames()[1]
    loads = [c for c in obj.children if c.dep_ in {"acl", "amod"}
             and c.lemma_.lower() in CARRYING]
    return any(objects.get(g.lower_) == "weapon" or objects.get(g.lemma_.lower()) == "weapon"
               for c in loads for g in c.subtree if g.dep_ in {"dobj", "pobj", "conj"})


def frame_sub_type(tok: Token, toponyms: Iterable[Toponym]) -> str | None:
    """The sub-type named by the verb and its object's class, if a frame covers them."""
    if tok.pos_ != "VERB":
        return None
    frames = _frames()[0]
    name = verb_name(tok)
    obj = object_of(tok)
    frame = None
    for one in (obj, *obj.conjuncts, *_under_dateline(obj)) if obj is not None else ():
        # "sent vehicles and troops"
        cls = object_class(one, toponyms)
        frame = _frame(name, cls) if cls else None
        if frame is None and one.ent_type_ == "PERSON":  # "seized Amadu Keita": a person
            frame = frames.get((name, "civilian")) or frames.get((name.split()[0], "civilian"))
        if frame is not None:
            break
    if frame is None and expelled_from(tok, toponyms):
        return NON_STATE_OVERTAKES  # who drove them out decides (territory_by_actor)
    if frame is None and name.split()[0] in RELEASES and any(
            p.dep_ == "prep" and p.lower_ == "in" and any(g.lemma_.lower() == "exchange"
                                                         for g in p.children)
            for p in tok.children):
        return AGREEMENT  # "released 20 soldiers in exchange for 35 fighters": a swap
    # a past-tense verb the parser hung on its subject ("Hundreds of soldiers massed …" read as
    # a noun phrase) has that noun as its subject; not "girls fleeing …"
    hung = tok.head if tok.dep_ == "acl" and tok.tag_ in {"VBD", "VBN"} else None
    if tok.dep_ == "xcomp":  # "families were forced to flee", "residents began fleeing": the
        # subject of the verb that governs it; not its object ("militias burned houses, forcing
        # residents to flee": the flight is the burning's consequence, event_flight)
        hung = next((c for c in tok.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    subject = _through_partitives(next((c for c in tok.children if c.dep_ == "nsubj"), hung))
    if frame is None and subject is not None:  # "reinforcements arrived in Kidal"
        role = f"subject:{object_class(subject, toponyms)}"
        frame = frames.get((name, role)) or frames.get((name.split()[0], role))
    return frame.sub_event_type if frame else None


def _under_dateline(obj: Token) -> list[Token]:
    """The nouns the parser hung on a dateline it took for the object: in "Tamanrasset Three
    caches containing rifles have been discovered", the caches are the object, not the town
    that opens the snippet."""
    if obj.pos_ != "PROPN" or obj.i != obj.sent.start:
        return []
    return [c for c in obj.children if c.i > obj.i and c.pos_ == "NOUN"
            and c.dep_ in {"dobj", "appos", "nmod", "npadvmod", "conj"}]


def downs_aircraft(tok: Token, toponyms: Iterable[Toponym]) -> bool:
    """The verb brings down an aircraft ("shot down a government helicopter"): the aircraft is
    the target of the clash, not its instrument."""
    obj = object_of(tok) if tok.pos_ == "VERB" else None
    return obj is not None and object_class(obj, toponyms) == "aircraft"


def territory_by_actor(sub: str, actor: Actor | None, where: str | None = None) -> str:
    """A change of territory is the government's when state forces take it, else a non-state
    one; a foreign state's forces taking a place in another state (``where``, its country)
    overtake it (ACLED Codebook: a non-state or foreign state actor captures territory; the
    government regains territory in its own country)."""
    if sub not in TERRITORY_TAKEN or actor is None:
        return sub
    if actor.type == "state forces":
        return NON_STATE_OVERTAKES if where and actor.country and actor.country != where \
            else GOV_REGAINS
    if actor.type in NON_STATE_TYPES:
        return NON_STATE_OVERTAKES
    words = set(actor.name.lower().split())
    if actor.type == "unknown" and words & NON_STATE_WORDS:  # "militia fighters", "rebels"
        return NON_STATE_OVERTAKES
    if actor.type == "unknown" and words & STATE_WORDS:
        return GOV_REGAINS
    return sub


def peaceful_transfer(sub: str, kinds: frozenset[str]) -> str:
    """Territory taken without a fight ("pulled out without resistance"): a non-violent one."""
    return "Non-violent transfer of territory" if sub in TERRITORY_TAKEN and (
        "nonviolent" in kinds) else sub


def protest_sub_type(kinds: frozenset[str]) -> str:
    """ACLED's demonstration sub-type from the cues around it, most serious first."""
    if "protest_violent" in kinds:
        return "Violent demonstration"
    if "protest_lethal" in kinds:
        return "Excessive force against protesters"
    if "protest_intervention" in kinds:
        return "Protest with intervention"
    return "Peaceful protest"


def overriding_sub_type(sub: str, kinds: frozenset[str]) -> str:
    """Chemical agents, suicide bombers and sexual violence decide the sub-type of an attack."""
    if sub in VIOLENT and "chemical" in kinds:
        return "Chemical weapon"
    if sub in VIOLENT and "suicide" in kinds:
        return "Suicide bomb"
    if sub in {"Attack", "Armed clash", "Abduction/forced disappearance"} and "sexual" in kinds:
        return "Sexual violence"  # "abducted a woman and raped her": the rape is coded
    return sub


def figurative(tok: Token) -> bool:
    """A conflict word used of something abstract (``abstract`` objects of event_frames.tsv):
    "attacked the budget", "prices exploded", "a battle for market share", "the budget came
    under attack"."""
    objects = _frames()[1]
    if tok.pos_ == "VERB":
        obj = object_of(tok)
        if obj is None or obj.dep_ not in {"dobj", "nsubjpass"}:
            obj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        return obj is not None and objects.get(obj.lemma_.lower()) == "abstract"
    if tok.dep_ == "pobj" and tok.head.lower_ == "under" and tok.head.head.pos_ in {"VERB", "AUX"}:
        # "the budget came under attack": what came under it is what the attack is on
        subject = next((c for c in tok.head.head.children if c.dep_ == "nsubj"), None)
        if subject is not None and objects.get(subject.lemma_.lower()) == "abstract":
            return True
    return any(objects.get(g.lemma_.lower()) == "abstract" for c in tok.children
               if c.dep_ == "prep" and c.lower_ in {"for", "over", "against"}
               for g in c.children if g.dep_ == "pobj")


def no_party_acts(tok: Token) -> bool:
    """The verb's subject cannot be a party to political violence: an animal ("a lion
    attacked a herder") or someone whose attack is spoken or virtual ("critics attacked the
    plan", "hackers attacked the systems")."""
    node, subject = tok, None
    for _ in range(3):  # "a lion attacked and killed a herder": killed shares attacked's subject
        subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subject is not None or node.dep_ != "conj" or node.head.i == node.i:
            break
        node = node.head
    if tok.pos_ != "VERB" or subject is None:
        return False
    heads = {subject.lower_, subject.lemma_.lower()} | {
        c.lower_ for c in subject.children if c.dep_ == "compound"}
    return bool(heads & (nouns("animal") | nouns("unarmed_agent")))


UNARMED_SIDES = {"civilians", "protesters", "rioters", "unknown"}


def street_clash(tok: Token, actor1: ActorMention | None, actor2: ActorMention | None) -> bool:
    """Unarmed people who clash with police or troops ("youths clashed with police", "students
    fought riot police", and told the other way round, "riot police clashed with students",
    "police and students clashed"): ACLED's violent demonstration, not an armed clash, which
    needs two organised armed sides; a clash is violence on both sides, the crowd's too."""
    if actor1 is not None and actor1.actor.type == "state forces" and (
            actor2 is None or actor2.actor.type in UNARMED_SIDES):
        return crowd_side(tok) is not None
    if actor2 is None or actor2.actor.type != "state forces":
        return False
    if actor1 is not None and actor1.actor.type not in {"civilians", "protesters", "rioters",
                                                        "unknown"}:
        return False
    verb = tok if tok.pos_ == "VERB" else None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb else None
    if subject is None:
        return actor1 is not None and actor1.actor.type in {"protesters", "rioters"}
    subject = _through_partitives(subject)  # "hundreds of students"
    crowds = nouns("street_crowd")
    return subject is not None and (subject.lemma_.lower() in crowds or subject.lower_ in crowds)


def crowd_side(tok: Token) -> Token | None:
    """The other side of a clash verb when it is a street crowd: its "with" or "against" object
    ("riot police clashed with hundreds of students": the students) or its subject's conjunct
    ("police and students clashed")."""
    if tok.pos_ != "VERB":
        return None
    heads = [tok, *(c for c in tok.children if c.dep_ == "dobj")]  # "fought battles with"
    sides = [g for h in heads for c in h.children if c.dep_ == "prep"
             and c.lower_ in {"with", "against"} for g in c.children if g.dep_ == "pobj"]
    sides += [t for c in tok.children if c.dep_ == "nsubj" for t in c.conjuncts]
    crowds = nouns("street_crowd")
    for named in sides:
        side = _through_partitives(named)  # "hundreds of students"
        if side is not None and side.lower_ in {"crowd", "crowds"}:
            side = _through_partitives(next((g for c in side.children if c.dep_ == "prep"
                                             and c.lower_ == "of" for g in c.children
                                             if g.dep_ == "pobj"), side))  # "a crowd of youths"
        if side is not None and (side.lower_ in crowds or side.lemma_.lower() in crowds):
            return side
    return None


def crowd_assault(tok: Token, actor1: ActorMention | None) -> bool:
    """Unarmed supporters, students or workers who storm or attack something ("hundreds of
    supporters of the cleric stormed the parliament"): a violent demonstration. Villagers and
    crowds acting on their own are a mob (:func:`crowd_violence`)."""
    if tok.pos_ != "VERB" or actor1 is not None and actor1.actor.type not in {
            "civilians", "protesters", "rioters", "unknown"}:
        return False
    subject = _through_partitives(next((c for c in tok.children if c.dep_ == "nsubj"), None))
    demonstrators = nouns("street_crowd") - CROWD_WORDS - {"crowds", "mob", "youths", "residents",
                                                           "villagers"}
    return subject is not None and (subject.lower_ in demonstrators
                                    or subject.lemma_.lower() in demonstrators)


def crowd_violence(sub: str, tok: Token, actor1: ActorMention | None, armed_actor: bool) -> str:
    """ACLED never codes civilians as perpetrators: unarmed villagers or a crowd who attack
    someone are a mob (Mob violence), not an armed actor's Attack, nor a clash when what they
    attack is armed ("a crowd attacked a police station": a clash needs two armed groups)."""
    if sub not in {"Attack", "Armed clash"} or armed_actor:
        return sub
    subject = next((c.lemma_.lower() for c in tok.children if c.dep_ == "nsubj"), "")
    if actor1 is not None and actor1.actor.type in {"civilians", "rioters"} or (
            actor1 is None and subject in CROWD_WORDS):
        return "Mob violence"
    return sub


def to_death(tok: Token) -> bool:
    """The verb says its victim died: "beat a thief to death", "hacked him to death", "burned
    a man alive"."""
    return any(c.dep_ == "prep" and c.lower_ == "to"
               and any(g.lower_ == "death" for g in c.children) for c in tok.children) or any(
        c.lower_ == "alive" and (c.head == tok or c.head.dep_ == "dobj" and c.head.head == tok
                                 and c.i > c.head.i)  # "burned a thief alive" (parsed as amod)
        for c in tok.subtree)


def names_place(tok: Token) -> bool:
    """A territorial verb's object names a place the gazetteer may not know: a proper noun in
    "regained control of Shire", "took control of Bunagana", "the village of Boulkessi",
    "regained territory in the town of Ngouboua" (two steps of "of"/"in"/"near")."""
    obj = object_of(tok) if tok.pos_ == "VERB" else of_object(tok)
    if obj is None:
        return False
    found = [obj, *(g for c in tok.children if c.dep_ == "prep" and c.lower_ in {"in", "near"}
                    for g in c.children if g.dep_ == "pobj")]
    for _ in range(2):
        found += [g for t in found[-4:] for c in t.children
                  if c.dep_ == "prep" and c.lower_ in PLACE_PREPS
                  for g in c.children if g.dep_ == "pobj" and g not in found]
    towns = territory_words()
    sites = towns | {w for w, cls in _frames()[1].items() if cls == "base"}
    found += [c for t in found if t.lower_ in sites for c in t.subtree
              if c.dep_ == "compound" and c.i < t.i]  # "the Nerkh district centre"
    return any(t.pos_ == "PROPN" and (
        t.ent_type_ not in {"NORP", "DATE"}
        # "the town of Mahagi": a name after "the town of" is a place, whatever NER calls it
        or t.ent_type_ != "DATE" and t.head.lower_ == "of" and t.head.head.lower_ in towns)
        for t in found)


def protest_purpose(tok: Token, kinds: frozenset[str]) -> bool:
    """A gathering is a demonstration: its purpose clause protests, or a protest is named."""
    return "protest_actor" in kinds or any(
        c.dep_ in {"advcl", "xcomp"} and c.lemma_.lower() in PROTEST_PURPOSES for c in tok.children)


def protest_told(sent: SpacySpan, preemptive: re.Pattern[str]) -> bool:
    """A demonstration is told in the sentence: a protest word not still to come (``preemptive``
    blanks "a planned rally"), or a crowd that gathered to protest ("soldiers shot dead a
    teenager as crowds gathered to demand the release of a cleric": force at a demonstration),
    or people told marching or protesting (:func:`_marching`)."""
    return "protest_actor" in cue_kinds(preemptive.sub(" ", sent.text)) or any(
        t.lemma_.lower() in GATHERINGS and t.tag_ in {"VBD", "VBN", "VBG"}
        and protest_purpose(t, frozenset()) for t in sent) or any(
        _marching(t) for t in sent)


def _marching(tok: Token) -> bool:
    """People the sentence tells demonstrating by a participle: "(fired tear gas at) students
    marching in Dhaka", "protesters marching on parliament"; not troops or fighters marching."""
    if tok.lemma_.lower() not in MARCHING or tok.tag_ != "VBG":
        return False
    who = tok.head if tok.dep_ == "acl" else next(
        (c for c in tok.children if c.dep_ == "nsubj"), None) if tok.dep_ == "pcomp" else None
    who = _through_partitives(who)  # "a column of soldiers marching": the soldiers march
    return who is not None and who.pos_ in {"NOUN", "PROPN"} and not _armed_word(who)


def troops_marching(tok: Token, kinds: frozenset[str]) -> bool:
    """A march verb whose own subject (or the noun its participle describes) names armed men,
    with no protest purpose: "soldiers marching toward the town" move, they do not demonstrate
    (not "soldiers marched to demand their pay")."""
    if tok.lemma_.lower() != "march" or tok.pos_ != "VERB" or protest_purpose(tok, kinds):
        return False
    who = _through_partitives(tok.head if tok.dep_ == "acl" else next(
        (c for c in tok.children if c.dep_ == "nsubj"), None))  # "a column of rebel fighters"
    return who is not None and _armed_word(who)


def weapon(tok: Token) -> bool:
    """The noun names a weapon or munition (class ``weapon`` of event_frames.tsv)."""
    objects = _frames()[1]
    return objects.get(tok.lower_) == "weapon" or objects.get(tok.lemma_.lower()) == "weapon"


def munition_subject(tok: Token) -> bool:
    """The verb's subject is a munition ("mortar rounds landed"): an object of class weapon."""
    objects = _frames()[1]
    return any(c.dep_ == "nsubj" and objects.get(c.lower_) == "weapon" for c in tok.children)


def under_fire(tok: Token) -> bool:
    """ "Fire" that a unit came, was or remained under, worded as no trigger phrase is: "a convoy
    was under heavy fire", "positions came under heavy rebel fire". The noun is the trigger; who
    fires is its "from" object or modifier, who is hit the subject (event_roles)."""
    if not (tok.lower_ == "fire" and tok.pos_ == "NOUN" and tok.dep_ == "pobj"
            and tok.head.lower_ == "under" and tok.head.head.lemma_.lower() in UNDER_HEADS):
        return False
    verb = tok.head.head  # "the minister was under fire from critics": words, not shots
    sides = [c for c in verb.children if c.dep_ == "nsubj"] + [
        g for c in tok.children if c.dep_ == "prep" and c.lower_ in {"from", "by"}
        for g in c.children if g.dep_ == "pobj"]
    return not any({s.lower_, s.lemma_.lower()} & nouns("unarmed_agent") for s in sides)


def left_in_protest(tok: Token) -> bool:
    """An office left "in protest": "the minister resigned in protest", "two board members
    stepped down in protest". A personal act of disapproval, no demonstration."""
    return (tok.lemma_.lower() == "protest" and tok.dep_ == "pobj" and tok.head.lower_ == "in"
            and tok.head.head.lemma_.lower() in OFFICE_EXITS)


def diplomatic_protest(tok: Token) -> bool:
    """A protest lodged by one government with another: "lodged a formal protest with Albania",
    "filed a diplomatic protest". A note of disapproval, never a demonstration."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() != "protest":
        return False
    return any(c.dep_ == "amod" and c.lower_ in NOTE_MODIFIERS for c in tok.children) or (
        tok.dep_ in {"dobj", "nsubjpass"} and tok.head.lemma_.lower() in NOTE_VERBS)
