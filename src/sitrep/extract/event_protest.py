"""What happened at a demonstration, told apart from what is told around it.

A demonstration's sub-type follows from what its crowd and the police did (``event_cues.tsv``).
Words of an intervention (arrests, dispersal, a crackdown) also tell its background: the arrests
it protests ("the release of activists arrested last week"), a crackdown it defies ("marched
despite a crackdown"), arrests that did not happen ("no arrests were reported") or happened
earlier ("last month, police arrested students at a similar march"), or describe whom it is
for ("relatives of the detained fishermen"). ACLED codes a protest with
intervention only when the authorities intervened in that demonstration, so such words are read
out of the text before its cues are weighed.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from sitrep.extract.event_rules import cue_kinds
from sitrep.extract.event_sides import hit_by_deed
from sitrep.model import ActorMention, Event
from sitrep.nlp import doc_text

# prepositions whose object is what came before or around the demonstration
BACKGROUND_PREPS = {"after", "following", "despite", "since", "amid", "amidst", "before"}
# nouns whose "of" object is a deed remembered ("to mark the anniversary of the crackdown")
REMEMBERED = {"anniversary", "memory", "commemoration", "remembrance"}
# prepositions whose object is what a demonstration is against, with the words they follow
PROTESTED_PREPS = {"against", "over"}
PROTEST_HEADS = {"protest", "demonstrate", "demonstration", "rally", "march", "gather",
                 "anger", "outrage", "outcry", "protester", "demonstrator"}
# verbs whose object is what a demonstration denounces ("marched to denounce the killing of a
# journalist by police"), and the acts of a crowd they may hang on besides PROTEST_HEADS
DENOUNCING = {"denounce", "condemn", "decry", "protest", "mourn", "oppose", "reject", "deplore"}
CROWD_ACTS = PROTEST_HEADS | {"take", "stage", "hold", "chant", "carry", "strike", "block",
                              "assemble", "converge", "walk"}
# nouns of what a crowd demands for captives: "the release of those arrested" names no arrest
FREED = {"release", "freedom", "return"}
# clauses that describe a noun: background when dated apart ("activists arrested last week")
DESCRIBING = {"relcl", "acl"}
# a sentence dated before the demonstration it is told with
EARLIER = re.compile(r"\b(?:last\s+(?:week|month|year)|(?:weeks|months|years|days)\s+ago"
                     r"|earlier\s+this\s+(?:week|month|year)|previously|in\s+the\s+past"
                     r"|(?:earlier|previous|past|recent)\s+(?:protest|demonstration|rall|march)\w*"
                     r"|a\s+similar\s+(?:protest|march|rally|demonstration))\b", re.I)


def _background(tok: Token, memo: dict[int, tuple[bool, bool, bool]] | None = None) -> bool:
    """The token tells the demonstration's background, not its course. ``memo`` keeps what
    :func:`_node_background` found for each node across the tokens of one text."""
    if tok.dep_ == "amod" and tok.tag_ == "VBN" and tok.head.pos_ in {"NOUN", "PROPN"} and (
            tok.head.dep_ != "ROOT"):  # a clause with a noun for its root has its verb misread
        return True  # "relatives of the detained fishermen": who the protest is about; not
        # "Police lathi-charged protesting students", the tagger's noun phrase of a clause
    memo = {} if memo is None else memo
    for node in (tok, *tok.ancestors):
        found = memo.get(node.i)
        if found is None:
            found = memo[node.i] = _node_background(node)
        always, demanding, stops = found
        if always or node is not tok and demanding:
            return True
        if stops and node is not tok:
            break
    return False


def _node_background(node: Token) -> tuple[bool, bool, bool]:
    """Of one node on a token's path up: whether it makes whatever it governs background (a
    dated describing clause, "activists arrested last week"; a background or protested
    adjunct, "rallied to protest against the arrest of a journalist"; the deed whose
    anniversary is marked; "demanding arrest of the accused", the tagger's adjective of a
    clause; a negation, "no arrests were reported", "police did not intervene"), whether it is
    a demanding verb ("urging police to arrest the killers": what the crowd asks for, when
    below it), and whether the clause ends there."""
    always = (
        node.dep_ in DESCRIBING and any(t.ent_type_ == "DATE" for t in node.subtree)
        or node.dep_ == "prep" and node.lower_ in BACKGROUND_PREPS or _earlier_clause(node)
        or node.dep_ == "prep" and node.lower_ == "of" and node.head.lemma_.lower() in REMEMBERED
        or node.dep_ == "prep" and node.lower_ in PROTESTED_PREPS
        and node.head.lemma_.lower() in PROTEST_HEADS or denounced_object(node)
        or any(c.dep_ == "amod" and c.lemma_.lower() in DEMANDING for c in node.children)
        or any(c.dep_ in {"det", "neg"} and c.lower_ in {"no", "not", "never", "n't"}
               for c in node.children))
    return always, node.lemma_.lower() in DEMANDING, node.dep_ in {"ROOT", "ccomp"}


# verbs whose complement is what a crowd asks for, not what happened to it
DEMANDING = {"demand", "urge", "call", "ask", "press", "want", "allow", "plead", "petition",
             "seek"}
# the distance of a clause told "days after" the demonstration's own day
DAYS_APART = {"day", "week", "month", "year"}


def _earlier_clause(node: Token) -> bool:
    """The clause ``node`` heads is told as before the demonstration's own day: "(rallied) days
    after security forces shot dead 12 protesters", "since police killed two students". Not
    "(the crowd dispersed) after police fired tear gas": that is the same demonstration."""
    if node.dep_ != "advcl":
        return False
    marks = {c.lower_ for c in node.children if c.dep_ == "mark"}
    return "since" in marks or "after" in marks and any(
        c.dep_ == "npadvmod" and c.lemma_.lower() in DAYS_APART for c in node.children)


# people a protest word describes ("a protest leader", "the protest movement's spokesman"), and
# the verbs of a clause that tells what they did in protests before ("who had led protests")
PROTEST_PEOPLE = {"leader", "organiser", "organizer", "activist", "figure", "spokesman",
                  "spokeswoman", "spokesperson", "coordinator", "icon", "movement"}
PROTEST_ROLES = {"lead", "organise", "organize", "involve", "spearhead", "coordinate",
                 "cover", "incite", "instigate"}


def protest_described(sent: SpacySpan) -> bool:
    """Whether every protest word of ``sent`` describes a person or a demonstration over
    before, so that none is told as under way: "shot dead a prominent protest organiser at his
    home", "killed two activists involved in the protests", "an activist who had led protests",
    "arrested a journalist who had covered the protests", "arrested five organisers of last
    week's protest" (ACLED's arrests outside a demonstration). ACLED's excessive
    force and intervention are force used on people "engaged in" a demonstration; an activist
    attacked elsewhere is attacked as a civilian. Not "fired on a protest march" (the march is
    the demonstration) nor "killed people who were protesting"."""
    words = [t for t in sent if "protest_actor" in cue_kinds(t.text)]
    return bool(words) and all(protest_word_described(t) for t in words)


def protest_word_described(tok: Token) -> bool:
    """The protest noun ``tok`` describes a person ("a protest leader", "an activist who had
    led protests") or a demonstration over before ("last week's protest"): no demonstration
    under way (:func:`protest_described`)."""
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return False
    if tok.dep_ == "compound" and tok.head.lemma_.lower() in PROTEST_PEOPLE:
        return True  # "a protest leader", "the protest movement"
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and (
            tok.head.head.lemma_.lower() in PROTEST_PEOPLE):
        return True  # "the organisers of the protest"
    if any(c.dep_ == "poss" and c.ent_type_ == "DATE" for c in tok.children):
        return True  # "last week's protest": a demonstration over before the deed
    for node in tok.ancestors:
        if node.dep_ in DESCRIBING:
            return node.lemma_.lower() in PROTEST_ROLES  # "who had led protests"
        if node.pos_ == "VERB":
            return False
    return False


def protested_deed(tok: Token, crowd_told: bool) -> str | None:
    """How a deed noun is the topic of a demonstration, not its trigger: "against" when it is
    what the demonstration is against ("marched against the shelling of X": an event of its
    own only if the article tells it nowhere else), "remembered" when a sentence about a crowd
    (``crowd_told``) names it as a dated deed ("carried photographs of the victims of Monday's
    massacre": no event) or as a clause describing a noun dated before ("the release of
    colleagues detained last week") or the people a release is asked for ("the release of
    detained activists"); None otherwise."""
    freed = any(a.lemma_.lower() in FREED for a in list(tok.ancestors)[:3])
    if crowd_told and (tok.dep_ in DESCRIBING and (EARLIER.search(
            tok.doc[tok.left_edge.i:tok.right_edge.i + 1].text) or freed)
            or tok.dep_ == "amod" and freed):
        return "remembered"  # "demanding the release of colleagues detained last week", "of
        # detained activists"
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return None
    if any(a.dep_ == "prep" and a.lower_ in PROTESTED_PREPS
           and a.head.lemma_.lower() in PROTEST_HEADS for a in tok.ancestors):
        return "against"
    if crowd_told and tok.dep_ == "pobj" and any(
            c.dep_ == "poss" and c.ent_type_ == "DATE" for c in tok.children):
        return "remembered"
    return None


def protested_text(doc: Doc, start: int, end: int, *, denounced: bool = True) -> str:
    """The text from ``start`` to ``end`` with what a demonstration is "against" or "over", or
    what it denounces (:func:`denounced_object`; not with ``denounced=False``), blanked
    (offsets kept): "protested against the killing of a student by police"."""
    chars = list(doc_text(doc)[start:end])
    region = doc.char_span(start, end, alignment_mode="expand")
    if region is None or not len(region):
        return "".join(chars)
    # what is blanked is the subtree of an anchor: a protested "against"/"over", a denounced
    # object; anchors are found in the sentences of the region (ancestors stay in a sentence)
    lo, hi = region[0].sent.start, region[-1].sent.end
    for anchor in doc[lo:hi]:
        if not (anchor.dep_ == "prep" and anchor.lower_ in PROTESTED_PREPS
                and anchor.head.lemma_.lower() in PROTEST_HEADS
                or denounced and denounced_object(anchor)):
            continue
        for tok in anchor.subtree:
            for i in range(max(tok.idx, start), min(tok.idx + len(tok), end)):
                chars[i - start] = " "
    return "".join(chars)


def denounced_object(tok: Token) -> bool:
    """The token is what a crowd gathered to denounce: the object of a denouncing verb that is
    itself the crowd's act or its purpose ("marched to denounce the killing of a journalist by
    police", "protested the arrest of their leader")."""
    verb = tok.head
    return tok.dep_ == "dobj" and verb.lemma_.lower() in DENOUNCING and (
        verb.lemma_.lower() == "protest" or verb.dep_ in {"advcl", "xcomp", "conj"}
        and verb.head.lemma_.lower() in CROWD_ACTS)


def course_text(doc: Doc, start: int, end: int, own: SpacySpan) -> str:
    """The text from ``start`` to ``end`` with its background blanked (offsets kept): clauses
    that describe a noun, adjuncts of what came before or is protested, clauses told as days
    before or since, what a crowd demands, negated acts, and sentences other than ``own`` that
    are dated earlier."""
    chars = list(doc_text(doc)[start:end])
    for sent in doc.sents:
        if sent.end_char <= start or sent.start_char >= end:
            continue
        earlier = sent.start != own.start and EARLIER.search(sent.text) is not None
        memo: dict[int, tuple[bool, bool, bool]] = {}
        for tok in sent:
            if earlier or _background(tok, memo):
                for i in range(max(tok.idx, start), min(tok.idx + len(tok), end)):
                    chars[i - start] = " "
    return "".join(chars)


def in_protested(doc: Doc, sent: SpacySpan, tok: Token, mention: ActorMention | None) -> bool:
    """The mention lies in what a demonstration of ``sent`` is against (:func:`protested_text`)
    and is whom the deed protested hit (:func:`hit_by_deed`), not the protest's addressee."""
    if mention is None or mention.span is None:
        return False
    at = mention.span.start - sent.start_char
    blanked = protested_text(doc, sent.start_char, sent.end_char)
    if not (0 <= at < len(blanked) and blanked[at] == " " and not sent.text[at].isspace()):
        return False
    named = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    return named is not None and hit_by_deed(named.root, tok)


def told_elsewhere(events: list[Event], protested: set[str]) -> list[Event]:
    """The events without the deeds a demonstration is against ("marched against the
    shelling of X", ids in ``protested``) that the article also tells in another sentence as
    the same sub-type, not denied: there the deed is the protest's topic, and its own report
    the event."""
    def elsewhere(deed: Event) -> bool:
        return any(e.id not in protested and e.sub_event_type == deed.sub_event_type
                   and e.sentence.start != deed.sentence.start and e.status != "denied"
                   for e in events)
    return [e for e in events if e.id not in protested or not elsewhere(e)]


def demonstration_course(doc: Doc, sent: SpacySpan) -> str:
    """The paragraph of ``sent`` with what is told around its demonstration blanked."""
    start = doc_text(doc).rfind("\n", 0, sent.start_char) + 1
    end = doc_text(doc).find("\n", sent.end_char)
    return course_text(doc, start, end if end != -1 else len(doc_text(doc)), sent)
