"""Event triggers: the lexicon of ``knowledge/event_triggers.tsv`` and whether a trigger's
mention tells an event that happened (realis).

A mention is not an event when it is negated, modal, future, hoped for, threatened or
conditional ("will attack", "hopes to retake"), told as still to come or as a prospect ("a
planned rally", "a coup was unlikely"), a bare plural naming a kind of event ("studies
attacks"), part of a statement about blame or a court's act ("responsible for the attack",
"sentenced for the bombing"), a habitual present inside a quote, an "engage in" that names no
act of its own, spoils seized in another act, or an attack that was repelled.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Token

from sitrep.extract.event_accused import accused_of
from sitrep.extract.retellings import ACCOUNTS
from sitrep.knowledge import read_table
from sitrep.nlp import doc_text

IRREALIS_GOVERNORS = {
    "hope", "plan", "intend", "threaten", "vow", "want", "aim", "seek", "prepare", "hesitate",
    "prevent", "avoid", "stop", "expect", "fear", "warn", "urge", "call", "promise", "pledge",
    "would", "could", "might", "may", "should", "will", "shall", "can", "must", "agree", "decide",
    "offer", "propose", "consider", "demand", "ask", "refuse", "allow", "ready", "willing",
    "swear",
}
# irrealis governors that are voiced acts: their subject did them ("protesters demanded X",
# "marchers vowed to return"), though what they demand or vow is still to come
VOICED = {"demand", "call", "urge", "vow", "warn", "refuse", "threaten", "pledge", "promise",
          "swear", "ask"}
# governors whose "to"/"on" object is the pact agreed: "agreed to a ceasefire"
PACT_GOVERNORS = {"agree"}
# prepositions whose gerund tells an act that happened before or after another one
SEQUENCE_PREPS = {"after", "before", "since", "following", "upon", "while"}
TAKE_PART = {"engage"}  # "engage in X" names no act of its own: X is the event, if any
# what armed men engage in when they fight, besides the trigger words: "engaged in hostilities"
FIGHT_WORDS = {"hostility", "hostilities", "confrontation", "gunfire", "shooting", "warfare",
               "exchange", "crossfire", "gunbattle", "combat"}
# modifiers of an event noun that has not happened: "a planned rally", "an upcoming strike"
UNREALISED = {"planned", "proposed", "scheduled", "upcoming", "forthcoming", "possible",
              "potential", "future", "imminent"}
IRREALIS_MARKS = {"if", "unless", "whether"}
# acts done "to protest" something, which the purpose makes a protest that happened: traders
# "kept their shops closed to protest a tax", workers "stopped work to protest", crowds "took to
# the streets to demonstrate"; not "resigned to protest" or "summoned the envoy to protest"
PROTEST_ACTS = {"keep", "close", "shut", "stay", "stop", "gather", "assemble", "block",
                "barricade", "walk", "down", "take", "go", "pour", "flood", "converge", "line",
                "sit", "burn", "strike", "fast", "turn", "come", "mass", "occupy"}
PURPOSE_PROTESTS = {"protest", "demonstrate"}
# predicates that tell an event noun as a prospect: "a coup was unlikely", "an attack is possible"
PROSPECTS = {"likely", "unlikely", "possible", "impossible", "imminent", "inevitable",
             "probable", "feared", "expected"}
GENERIC_GOVERNORS = {"study", "research", "document", "investigate", "monitor", "track",
                     "prevent", "condemn", "plan", "fear", "risk"}
REALIS_INFINITIVE_HEADS = {"manage", "succeed", "continue", "begin", "start", "proceed",
                           "attempt", "try",  # ACLED codes attempted attacks
                           "use", "employ",
                           "force", "compel"}  # "were forced to flee": they fled
# governors that make a noun trigger part of a statement about blame, not a report of it
BLAME_GOVERNORS = {"blame", "accuse", "accusation", "responsible", "responsibility", "behind",
                   "suspect", "culprit", "condemn", "denounce", "deplore", "decry",
                   # what a statement is against: "criticised the detention of activists"
                   "criticise", "criticize",
                   # a court's or prosecutor's act about it: "sentenced … for the attack"
                   "sentence", "convict", "jail", "imprison", "acquit", "indict", "prosecute",
                   "trial", "verdict", "testify",
                   "role"}  # "charged over their role in the riots"


# prepositions whose object is the setting a statement was made in, not what it is about
SETTINGS = {"at", "during"}


@dataclass(frozen=True)
class Trigger:
    word: str
    pos: str
    sub_event_type: str
    refine: bool
    role: str
    plover: str = ""  # the trigger's own PLOVER category:mode, ahead of its sub-type's

# Verbs of saying whose present-tense clause tells what someone does as a rule, not an event
# ("the ministry insists the army targets only militants", "they say the rebels shell us").
GENERAL_SAYING = frozenset({"say", "insist", "stress", "maintain", "claim", "assert", "argue"})

@cache
def phrase_pattern() -> tuple[re.Pattern[str], dict[str, Trigger]]:
    """One pattern for every trigger phrase, longest first, and the trigger of each phrase."""
    phrases = {t.word: t for t in triggers()[1]}
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, phrases)) + r")(?![\w-])"
                      ), phrases

@cache
def triggers() -> tuple[dict[tuple[str, str], Trigger], tuple[Trigger, ...]]:
    single: dict[tuple[str, str], Trigger] = {}
    phrases: list[Trigger] = []
    for row in read_table("event_triggers.tsv"):
        trig = Trigger(row["trigger"], row["pos"], row["sub_event_type"], row["refine"] == "yes",
                       row.get("role", ""), row.get("plover", ""))
        if trig.pos == "phrase":
            phrases.append(trig)
        else:
            single[(trig.word, trig.pos)] = trig
    return single, tuple(sorted(phrases, key=lambda t: -len(t.word)))

def singulars(word: str) -> tuple[str, ...]:
    """The singulars a lower-case English plural may have: "clashes" -> "clash", "clashe";
    "militias" -> "militia"; "casualties" -> "casualty"."""
    if not word.endswith("s") or word.endswith("ss"):
        return ()
    forms = [word[:-3] + "y"] if word.endswith("ies") else []
    if word.endswith("es"):
        forms.append(word[:-2])
    return (*forms, word[:-1])

def in_quote(doc: Doc, tok: Token) -> bool:
    before = doc_text(doc)[max(0, tok.idx - 600):tok.idx]
    para = before[before.rfind("\n") + 1:]
    return para.count("“") > para.count("”") or para.count('"') % 2 == 1

def realis(doc: Doc, tok: Token, *, people: bool = False) -> bool:
    """False when the trigger is negated, modal, future, hoped-for or conditional.

    ``people``: the trigger names people ("demonstrators"), never a kind of event."""
    path = [tok, *tok.ancestors][:4]
    for i, node in enumerate(path):
        if i > 0 and path[i - 1].tag_ in {"VBG", "VBD", "VBN"} and (
                path[i - 1].dep_ == "advcl" or path[i - 1].dep_ == "conj"
                and path[i - 1].tag_ == node.tag_ == "VBD"):
            break  # "stopped the march, arresting 30", "warned of reprisals after gunmen
            # attacked": an adverbial clause tells what happened, not what was stopped or
            # feared; so does a past verb joined to a past governor ("prevented supporters from
            # gathering and detained six", "planned and carried out the attack")
        for child in node.children:
            if child.dep_ == "neg" and (i == 0 or i == 1 and tok.pos_ != "VERB"):
                return False
            if child.dep_ == "aux" and child.lower_ in IRREALIS_GOVERNORS | {"'ll", "’ll", "wo"}:
                return False
            if child.dep_ == "mark" and child.lower_ in IRREALIS_MARKS:
                return False
        if i > 0 and node.lemma_.lower() in IRREALIS_GOVERNORS and not (
                i == 2 and node.lemma_.lower() in PACT_GOVERNORS and tok.dep_ == "pobj"
                and tok.head.lower_ in {"to", "on"}) and not (
                node.lemma_.lower() in VOICED and path[i - 1].dep_ == "nsubj"):  # "protesters
            # at a rally demanded X": who voices a demand is there; what is demanded is not
            return False  # not "agreed to a prisoner exchange": the agreement is the event
        if node.dep_ in {"ROOT", "ccomp"} and i > 0:
            break
    if tok.pos_ == "VERB":
        if any(c.dep_ == "nsubj" and generic_mention(c) for c in tok.children):
            return False  # "similar attacks have killed hundreds this year": a record
        if tok.dep_ == "pcomp" and tok.head.lower_ not in SEQUENCE_PREPS and (
                accused_of(tok) is None):
            return False  # "focused on fighting", "instead of attacking"; not "after being
            # taken away", "before setting fire to the shops": what came before or after;
            # nor "accused the army of shelling the town": the act an accusation reports
        to_inf = any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        purpose = (tok.dep_ == "advcl" and tok.lemma_.lower() in PURPOSE_PROTESTS
                   and tok.head.lemma_.lower() in PROTEST_ACTS and tok.head.tag_ in {"VBD", "VBN"})
        if to_inf and tok.head.lemma_.lower() not in REALIS_INFINITIVE_HEADS and not purpose:
            return False  # "to liberate Syria", "try to infiltrate"
    elif not people and generic_mention(tok) or about_blame(tok) or unrealised(tok):
        return False
    if tok.pos_ == "VERB" and tok.dep_ == "relcl" and about_blame(tok):
        return False
    head = tok if tok.pos_ == "VERB" else next(
        (a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), tok.head)
    if in_quote(doc, tok):
        return head.tag_ in {"VBD", "VBN"} if tok.pos_ != "VERB" else head.tag_ not in {
            "VBP", "VBZ"}
    # "the ministry said (that the reports were false and) that the army targets only terrorist
    # positions": a habit, no event
    told = tok
    while told.dep_ == "conj" and told.head.i != told.i:
        told = told.head
    # "a report by UN experts that Rwandan troops fight alongside the rebels", "the accusation
    # that its troops shell villages": an account's present is a habit too
    general = told.dep_ == "ccomp" and told.head.lemma_.lower() in GENERAL_SAYING or (
        told.dep_ in {"acl", "relcl"} and told.head.lower_ in ACCOUNTS)
    return not (tok.pos_ == "VERB" and general and (tok.tag_ == "VBZ" or (
                    tok.tag_ == "VBP" and not _dated(tok))) and not headline(tok)
                and not past_form(tok))


# irregular past forms the tagger may take for a present ("fighters retook the town, an elder
# said" tagged VBP): a past told, not a habit
IRREGULAR_PAST = frozenset({"retook", "overran", "took", "overtook", "undertook", "blew", "shot",
                            "fought", "struck"})


def past_form(verb: Token) -> bool:
    """Whether the verb's form is a past one, whatever its tag: a regular "-ed" (not "need",
    "proceed") or an irregular past."""
    word = verb.lower_
    return word in IRREGULAR_PAST or word.endswith("ed") and not word.endswith("eed")


def headline(verb: Token) -> bool:
    """A present verb in a headline's clipped wording, which tells one event: its object counted
    ("gunmen kill 12 villagers") or a singular noun with no article ("rebels seize town", "torch
    police station"). A habit names kinds ("the army targets only terrorist positions")."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    marks = {c.dep_ for c in obj.children}
    return "nummod" in marks or obj.tag_ == "CD" or (
        obj.tag_ == "NN" and not marks & {"det", "poss", "amod"})


def _dated(verb: Token) -> bool:
    """Whether a verb's clause names a day or time: "assailants set a station on fire on
    Tuesday" is a past told in a form the tagger takes for a present."""
    return any(t.ent_type_ in {"DATE", "TIME"} for t in verb.subtree)

def unrealised(tok: Token) -> bool:
    """An event noun told as still to come: "ahead of a planned rally", "an upcoming strike",
    or as a prospect: "a coup was unlikely". Not as a verb's object: "mounted its long-planned
    invasion" happened; the verb decides."""
    if tok.dep_ == "nsubj" and any(c.dep_ == "acomp" and c.lower_ in PROSPECTS
                                   for c in tok.head.children):
        return True
    return tok.dep_ != "dobj" and any(c.dep_ == "amod" and c.lower_ in UNREALISED
                                      for c in tok.children)

def about_blame(tok: Token) -> bool:
    """A noun trigger inside a statement about blame: "responsible for the attack"; also a verb
    in a relative clause of such a noun: "blamed the cartels for the ambush that killed 13"."""
    if tok.pos_ == "VERB" and tok.dep_ == "relcl":
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ in SETTINGS:
        return False  # where the blame was told: "condemned the arrests at a rally" (held)
    if tok.pos_ == "NOUN" and accused_of(tok) is not None:
        return False  # "accused the army of carrying out an air strike on X": the act told
    return any(a.lemma_.lower() in BLAME_GOVERNORS and not owned(a)
               for a in list(tok.ancestors)[:4])


# verbs with which a group takes a deed as its own: "claimed responsibility for the bombing"
OWNING = frozenset({"claim", "take", "accept", "assume", "admit"})


def owned(governor: Token) -> bool:
    """Whether ``governor`` ("responsibility") is what a group claims for its own deed: the
    deed is reported by its doer, not blamed on anyone ("IS claimed responsibility for the
    bombing of a church in Jolo" tells the bombing; "held X responsible" does not, nor does a
    claim no one made)."""
    verb = governor.head
    if not (governor.lemma_.lower() == "responsibility" and governor.dep_ == "dobj"
            and verb.lemma_.lower() in OWNING):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subjects) and not any(c.dep_ == "neg" for c in verb.children) and not any(
        w.lower_ in {"no", "nobody", "none"} for s in subjects for w in s.subtree)

# adjectives that make a bare plural event noun a kind of event ("similar attacks", "such
# raids"): a comparison, not an event told ("sporadic clashes killed four" is one)
KINDS = frozenset({"similar", "such", "comparable"})


def generic_mention(tok: Token) -> bool:
    """A bare plural naming a kind of event: "studies attacks", "a base for attacks"; or a noun
    of a kind told by "such": "the second such attack this month" counts a series the deed the
    sentence tells belongs to, it is no other deed."""
    if any(c.lower_ == "such" and c.dep_ in {"amod", "predet", "det"} for c in tok.children):
        return True
    if tok.tag_ != "NNS" or any(c.dep_ in {"det", "poss", "nummod"} for c in tok.children):
        return False
    if any(c.dep_ == "amod" and c.lower_ in KINDS for c in tok.children):
        return True  # "Boko Haram has carried out similar attacks": a kind, not one told
    head = tok.head
    return (tok.dep_ == "pobj" and head.lower_ in {"for", "against", "about", "on"}
            or head.lemma_.lower() in GENERIC_GOVERNORS)

def takes_part_in_no_event(tok: Token) -> bool:
    """ "engage in X" names no act of its own: X tells the event when it is a trigger phrase;
    a single fighting word ("engaged in heavy fighting") keeps "engaged" as the clash."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in TAKE_PART:
        return False
    single = triggers()[0]
    preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"]
    if not preps:
        return False
    words = [t for c in preps for t in c.subtree if t.i > c.i]
    told = " ".join(t.lower_ for t in words)
    if phrase_pattern()[0].search(told):
        return True  # "engaged in mock dogfights": the phrase is the event
    return not (any(
        t.lemma_.lower() in FIGHT_WORDS or (t.lemma_.lower(), pos) in single
        or (t.lower_, pos) in single for t in words for pos in ("noun", "verb")))

def spoils(tok: Token, trig: Trigger, told_by_verb: set[int]) -> bool:
    """Weapons seized as a participle of another act told in the sentence ("stormed the post,
    seizing weapons"): the attackers' spoils, not a disruption of weapons use."""
    return (trig.role == "frame" and trig.sub_event_type == "Disrupted weapons use"
            and tok.tag_ == "VBG" and tok.dep_ in {"advcl", "conj", "xcomp"}
            and any(a.i in told_by_verb for a in tok.ancestors))


def disarmed(tok: Token, trig: Trigger, disrupting: set[int]) -> bool:
    """A device named as what a verb of disrupted weapons use acts on (``disrupting``: those
    verbs' tokens): "engineers defused a roadside bomb", "found and dismantled a car bomb".
    The device did not go off: the disruption is the event, not an explosion."""
    return (trig.sub_event_type == "Remote explosive/landmine/IED" and tok.pos_ != "VERB"
            and tok.dep_ in {"dobj", "nsubjpass"} and tok.head.i in disrupting)


def one_doer(tok: Token, other: Token) -> bool:
    """Whether the verbs ``tok`` and ``other`` tell one doer's acts: one a conjunct or a
    participle of the other ("raided …, killing … and stealing"), the later one with no
    subject of its own."""
    for first, second in ((other, tok), (tok, other)):
        chain = second
        while chain.dep_ in {"conj", "advcl"} and chain.head.i != chain.i:
            chain = chain.head
            if chain.i == first.i:
                return not any(c.dep_ in {"nsubj", "nsubjpass"} for c in second.children)
    return False


def repelled(tok: Token) -> bool:
    """An attack that was repelled, foiled or thwarted: its defenders' clash is the event
    ("forces repelled a terrorist attack on the village"), not an attack of its own."""
    if tok.pos_ != "NOUN" or tok.dep_ not in {"dobj", "nsubjpass"}:
        return False
    verb = triggers()[0].get((tok.head.lemma_.lower(), "verb"))
    return verb is not None and verb.role == "repel"
