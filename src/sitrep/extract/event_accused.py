"""Acts told as what someone is accused of, and fighting told only as what people fled.

An accusation that names a specific act ("An RSF spokesman accused the army of shelling
residential areas in the north of the city") reports that act: ACLED codes a reported attack by
who is said to have done it, whoever reports it, and notes the source; sitrep keeps the source
in the event's claim and its status (reported, or unconfirmed when the text says it could not be
verified; never asserted by the outlet). The accused is actor1 (:func:`accused_of`). Blame laid
for a deed told by a noun ("blamed the RSF for the strike", "held X responsible for the
attack") stays no event of its own (:func:`sitrep.extract.event_triggers.about_blame`): the deed
is told where it is reported, and the statement is the blame (CASE 2021's attribution class,
PLOVER's DISAPPROVE). A gerund with nothing it acts on or where ("accused the army of killing")
names a kind of conduct, not an act, and stays none too, as does one whose only object is a
bare plural of civilians ("accused the army of attacking civilians") and a court's charge.

The weapon of an accused act belongs to that act: it does not type a generic attack word told
beside it ("denied that its fighters had targeted the market and accused the army of shelling
residential areas": the targeting is no shelling, :func:`blank_accusations`).

"The fighting" that people fled, escaped or were displaced by names the war they left, not a
clash told on a day between sides (:func:`fled_fighting`); a fight with its sides ("fled the
fighting between the army and the RSF") stays one.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from sitrep.extract.event_nouns import CIVILIAN_NOUNS
from sitrep.extract.event_phrases import dependent

# verbs whose gerund (after the preposition) is the act someone is said to have done:
# "accused X of shelling Y", "blamed X for shelling Y"
ACCUSING = {"accuse": "of", "blame": "for"}
# the dependants of a gerund that make it one act: what it acts on, or where and when
OWN_ACT = frozenset({"dobj", "prep", "npadvmod"})
# accusers whose accusation is a court's charge, about a deed long reported, not news of it
COURTS = frozenset({"prosecutor", "prosecution", "court", "tribunal", "judge", "indictment",
                    "prosecutors", "courts", "judges", "indictments", "charge", "charges"})
# light verbs whose gerund carries an act noun: "accused X of carrying out an air strike"
CARRYING = frozenset({"carry", "launch", "conduct", "stage", "mount", "perpetrate", "commit",
                      "unleash"})


def accused_of(tok: Token) -> Token | None:
    """Who is accused of ``tok``, when ``tok`` is the act an accusation names: "the army" of
    "accused the army of shelling residential areas" (also "of having shelled", "blamed the army
    for shelling", "of carrying out an air strike on X"), "the army" of "the army was accused of
    shelling the town"; None otherwise (and when the accusation is negated: "did not accuse")."""
    act = tok
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in CARRYING:
        act = tok.head  # the act noun the light gerund carries
        if not _new_act(tok):
            return None  # "accused the army of carrying out the attack": blame for a deed told
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj":
        if not _new_act(tok):
            return None  # "blamed the RSF for the strike": blame for a deed told
    elif act.pos_ != "VERB" or act.dep_ != "pcomp" or not (act.tag_ == "VBG" or (
            act.tag_ == "VBN" and any(c.lower_ == "having" for c in act.children))):
        return None
    prep = act.head
    if prep.dep_ != "prep" or prep.lower_ not in ACCUSING.values():
        return None
    verb, accused = prep.head, None
    if verb.dep_ == "dobj" and ACCUSING.get(verb.head.lemma_.lower()) == prep.lower_:
        verb, accused = verb.head, verb  # "of" hung on the accused: "accused [the army of …]"
    if verb.pos_ != "VERB" or ACCUSING.get(verb.lemma_.lower()) != prep.lower_ or any(
            c.dep_ == "neg" for c in verb.children):
        return None
    if act.pos_ == "VERB" and (not any(c.dep_ in OWN_ACT for c in act.children)
                               or _conduct(act)):
        return None  # "accused the army of killing", "… of attacking civilians": conduct
    if any(c.dep_ == "nsubj" and c.lower_ in COURTS for c in verb.children):
        return None  # "prosecutors accused him of bombing the embassy": a charge in court
    if accused is None:
        passive = dependent(verb, {"auxpass"}) is not None
        accused = dependent(verb, {"nsubjpass"} if passive else {"dobj"})
    return accused


def _new_act(noun: Token) -> bool:
    """An act noun, after the accusation's preposition or carried by a light gerund, that tells
    an act of its own: one indefinite or counted ("of an attack on a market", "of carrying out
    an air strike", "of two raids"), or carried by a gerund that says where or when ("of
    carrying out the raid in Nyala"). A definite one names a deed told elsewhere ("for the
    strike", "for the shelling of the market", "of carrying out the attack"): the blame."""
    return any(c.dep_ == "nummod" or c.dep_ == "det" and c.lower_ in {"a", "an"}
               for c in noun.children) or noun.dep_ == "dobj" and any(
        c.dep_ in OWN_ACT - {"dobj"} for c in noun.head.children)


def _conduct(act: Token) -> bool:
    """A gerund that names a kind of conduct: its one dependant a bare plural of civilians
    ("of attacking civilians", "of targeting unarmed protesters"), no place, time or count."""
    deps = [c for c in act.children if c.dep_ in OWN_ACT]
    if len(deps) != 1 or deps[0].dep_ != "dobj":
        return False
    obj = deps[0]
    return obj.tag_ == "NNS" and obj.lower_ in CIVILIAN_NOUNS and not any(
        c.dep_ in {"det", "poss", "nummod", "prep", "acl", "relcl"} for c in obj.children)


def accusations(sent: SpacySpan) -> list[Token]:
    """The acts of ``sent`` that accusations name (the gerunds :func:`accused_of` accepts)."""
    return [t for t in sent if t.pos_ == "VERB" and accused_of(t) is not None]


def blank_accusations(text: str, start: int, sent: SpacySpan, tok: Token) -> str:
    """``text`` (which starts at character ``start`` of the document) with the words of each
    accused act of ``sent`` blanked, offsets kept, unless ``tok`` is in that act: its weapons
    are that act's, not ``tok``'s."""
    chars = list(text)
    for act in accusations(sent):
        if act.left_edge.i <= tok.i <= act.right_edge.i:
            continue
        for t in act.subtree:
            for i in range(t.idx, t.idx + len(t)):
                if start <= i < start + len(chars):
                    chars[i - start] = " "
    return "".join(chars)


# verbs whose object (or "from", "by" phrase) is what people left: "fled the fighting"
FLED = frozenset({"flee", "escape", "displace", "drive", "uproot", "force"})
# fight nouns that name the war when told only as what was fled
WAR_NOUNS = frozenset({"fighting", "fight", "clash", "clashes", "battle", "battles", "combat",
                       "hostility", "hostilities"})
# prepositions that name a fight's sides: a fight of its own
SIDES = frozenset({"between", "with", "by", "against", "involving"})


def fled_fight(tok: Token) -> bool:
    """Whether ``tok`` is a fight noun people fled, escaped or were displaced by: the object of
    such a verb, or its "from" or "by" phrase ("fled Monday's fighting", "driven out by the
    clashes"); those who fled are no side of it."""
    if tok.pos_ not in {"NOUN", "PROPN"} or tok.lower_ not in WAR_NOUNS:
        return False
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in {"from", "by"} and head.dep_ in {"prep", "agent"}:
        head = head.head
    elif tok.dep_ != "dobj":
        return False
    return head.pos_ == "VERB" and head.lemma_.lower() in FLED


def fled_fighting(tok: Token) -> bool:
    """A fight noun told only as what people fled, escaped or were displaced by ("had fled the
    fighting since May", "fleeing fighting", "displaced by the fighting"), with no sides, owner
    or day of its own ("the fighting between the army and the RSF", "Monday's fighting" are
    clashes; a place alone, "the fighting in the area", names where the war is)."""
    if not fled_fight(tok):
        return False
    return not any(c.dep_ in {"poss", "nummod"} or c.dep_ == "prep" and c.lower_ in SIDES
                   or c.dep_ in {"compound", "amod"} and c.pos_ == "PROPN"
                   for c in tok.children) and not any(
        t.ent_type_ in {"DATE", "TIME"} for t in tok.subtree)
