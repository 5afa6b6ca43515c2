"""Claims whose cue is not a verb: "according to X", "in a new poll", "X's criticism of Y",
"X is critical of Y", "X reportedly did Y".

- "according to X" attributes the larger side of the sentence to X;
- a noun of findings after "in" ("In a new poll, 45 percent back the plan") attributes the
  rest of the sentence, on both sides, to the poll (the ``finding`` rows of ``cues.tsv``);
- a content-bearing noun (the ``noun`` rows: "criticism", "claim", "warning", …) attributes
  its "that" clause, or the object of an "of", "for", "about", "against" or "on" right after
  it, to its possessor ("his criticism of …") or to the object of its "from" or "by"
  ("criticism from rivals that …"); "claims from X that …" is also read off the surface.
  A noun with no one's name on it tells its "that" clause ("the claim that …" is sourceless)
  but not its prepositional object: "criticism of the plan grew" names a topic (PolNeAR
  train: such claims matched a gold cue in 19 of 139, none in 76);
- a noun of backing that a verb of getting or holding takes ("X won the endorsement of Y",
  "X has the backing of Y", ``knowledge/claim_backing.tsv``) makes Y the source and X the
  content: it is X that Y backs (PolNeAR train: gold had it so in all 11 of the claims the
  noun rule made the other way round);
- an adjective of attitude after "be" (the ``adj`` rows: "critical", "eager", "worried")
  attributes its clause, infinitive or prepositional object to the subject;
- an adverb of report (the ``adverb`` rows: "reportedly") attributes the clause of the verb
  it modifies, around it, to no named source.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from sitrep.extract.claim_deeds import DEEDS
from sitrep.extract.claim_draft import Draft, char_span, subtree_span, tok_span
from sitrep.extract.claim_headlines import headline_claims
from sitrep.extract.claim_lexicon import Lexicon, certainty, verb_cue
from sitrep.extract.claim_source_spans import after_title, source_span
from sitrep.extract.claim_sources import POSSESSIVES
from sitrep.extract.claim_spans import around, cue_tokens
from sitrep.extract.claim_speakers import source_of
from sitrep.extract.claim_stance import gapped_account, unchecked
from sitrep.extract.claim_vehicles import issued_message
from sitrep.model import Article, Span

NOUN_CUE_RE = re.compile(
    r"\b(?P<cue>claims?|allegations?|accusations?|reports?|assertions?)\s+(?:from|by|of)\s+"
    r"(?P<src>[^,;]{2,120}?)\s+that\s+(?P<content>[^;]+?)[.!?]?$"
)
NOUN_CONTENT_PREPS = frozenset({"of", "for", "about", "against", "on"})


def noun_claims(doc: Doc, article: Article, lex: Lexicon) -> list[Draft]:
    """Every claim of the article body whose cue is a noun or a preposition."""
    drafts: list[Draft] = []
    for sent in doc.sents:
        if sent.start_char < article.body_start:
            continue
        drafts.extend(_according_to(doc, sent, lex))
        drafts.extend(_finding_claims(doc, sent, lex))
        drafts.extend(_content_noun_claims(doc, sent, lex))
        drafts.extend(_backing_claims(doc, sent, lex))
        drafts.extend(_attitude_claims(doc, sent, lex))
        drafts.extend(_adverb_claims(doc, sent, lex))
        drafts.extend(headline_claims(doc, sent, lex))
        drafts.extend(_stance_phrase_claims(doc, sent))
        drafts.extend(_viewpoint_claims(doc, sent))
        m = NOUN_CUE_RE.search(sent.text)
        if m:
            base = sent.start_char
            cue = lex.nouns.get(m.group("cue").lower().rstrip("s"))
            src = char_span(doc, base + m.start("src"), base + m.end("src"))
            # "a report by X found that …": the clause is the verb's, told by "a report by X"
            if cue is not None and not _tells_clause(doc, src):
                drafts.append(Draft(
                    src,
                    char_span(doc, base + m.start("cue"), base + m.end("cue")),
                    char_span(doc, base + m.start("content"), base + m.end("content")),
                    "indirect", cue.stance, cue.certainty, sent))
    return drafts


def _tells_clause(doc: Doc, span: Span) -> bool:
    """Whether a finite verb in ``span`` takes a clause of its own ("X found that …"): then
    the "that" clause is the verb's, not the noun's ("Kurdish led militants" is a name)."""
    return any(t.tag_ in {"VBD", "VBZ", "VBP", "MD"} and (
        t.dep_ == "ROOT" or any(c.dep_ == "ccomp" for c in t.children))
        for t in doc.char_span(span.start, span.end, alignment_mode="expand") or ())


def _according_to(doc: Doc, sent: SpacySpan, lex: Lexicon) -> list[Draft]:
    drafts: list[Draft] = []
    for tok in sent:
        if tok.lower_ != "according" or tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "to":
            continue
        pobj = [c for c in doc[tok.i + 1].children if c.dep_ == "pobj"]
        if not pobj:
            continue
        named = after_title(pobj[0].right_edge)  # "according to Brig. | Gen. Ali, …"
        src = tok_span(doc, [*_without_aside_clause(pobj[0]), *named])
        end = max(pobj[0].right_edge.i, tok.right_edge.i, *(t.i for t in named))
        before = [t for t in sent if t.i < tok.i and not t.is_space]
        # where the name ran on past the stop the parser ended the sentence at, the rest is
        # the next sentence's
        after = [t for t in (named[-1].sent if named else sent) if t.i > end and not t.is_space]
        rest = max(before, after, key=lambda ts: sum(t.is_alpha for t in ts))
        if not any(t.is_alpha for t in rest):
            continue
        if _set_off(doc, before, after, tok.i, end, lex):
            # "A convoy that was hit near Kherson, according to officials, was carrying
            # grain": both sides, however long the subject's relative clause
            rest = before + after
        content = tok_span(doc, rest)
        phrase = doc[tok.i:end + 1].text  # "according to reports that could not be …"
        drafts.append(Draft(src, tok_span(doc, [tok, doc[tok.i + 1]]), content,
                            "according_to", "asserts",
                            certainty(f"{content.text} {phrase}", "certain", lex), sent))
    return drafts


def _without_aside_clause(noun: Token) -> list[Token]:
    """The words of the source an "according to" names, less a relative clause set off by a
    comma that tells what the source said or did ("according to a statement from the army,
    which said dozens of the attackers were killed": that clause is a claim of its own, its
    source the army); a restrictive clause stays ("according to reports that …")."""
    doc = noun.doc
    words = list(noun.subtree)
    cut = min((t.left_edge.i for t in words if t.dep_ == "relcl" and t.left_edge.i > noun.i
               and doc[t.left_edge.i - 1].text == ","), default=None)
    if cut is None:
        return words
    end = cut - 1  # the comma before the clause, and any punctuation before it
    while end > noun.i and doc[end - 1].is_punct:
        end -= 1
    return [t for t in words if t.i < end]


def _set_off(doc: Doc, before: list[Token], after: list[Token], start: int, end: int,
             lex: Lexicon) -> bool:
    """Whether an "according to X" set off by commas inside a clause tells the whole clause
    on both sides of it: the words before it are the clause's subject (the phrase hangs on a
    verb after it), with no cue of their own."""
    if not before or not after or start < 1 or end + 1 >= len(doc):
        return False
    if doc[start - 1].text != "," or doc[end + 1].text != ",":
        return False
    head = doc[start].head  # the verb, or the subject the parser hung the phrase on
    if head.dep_ in {"nsubj", "nsubjpass"} and head.i < start:
        head = head.head
    return head.i > end and head.pos_ in {"VERB", "AUX"} and any(
        t.dep_ in {"nsubj", "nsubjpass"} and t.head.i == head.i for t in before) and not any(
        verb_cue(t, lex) is not None and t.pos_ == "VERB" for t in before)


def _finding_claims(doc: Doc, sent: SpacySpan, lex: Lexicon) -> list[Draft]:
    """"In a new poll, 45 percent back the plan": the poll is the source, "in" the cue.

    The content is the rest of the sentence, on both sides of the phrase ("In a survey, most
    said they …" keeps the "said" inside); "ahead in the polls" is the state of a race.
    """
    drafts: list[Draft] = []
    for tok in sent:
        if tok.lower_ != "in" or tok.dep_ != "prep":
            continue
        pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if pobj is None or pobj.lemma_.lower() not in lex.findings or pobj.tag_ != "NN":
            continue
        clause = {t.i for t in tok.subtree}
        for a, b in around(sent, clause):
            content = tok_span(doc, [a, b])
            drafts.append(Draft(subtree_span(doc, pobj), tok_span(doc, [tok]), content,
                                "according_to", "asserts",
                                certainty(content.text, "certain", lex), sent))
    return drafts


def _noun_content(doc: Doc, noun: Token) -> tuple[Span, list[Token]] | None:
    """(content, words the cue takes besides the noun) of a content-bearing noun."""
    for c in noun.children:
        if c.dep_ in {"acl", "ccomp"} and c.i > noun.i and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in c.children) and not any(
                unchecked(t) and getattr(gapped_account(t), "i", None) == noun.i
                for t in c.subtree):
            # "the claim that …", not "a claim that it was not possible to verify" (a
            # relative clause whose "that" the parser took for a mark: the writer's verdict)
            return subtree_span(doc, c), []  # "the claim that …"
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in NOUN_CONTENT_PREPS and c.i == noun.i + 1:
            obj = next((p for p in c.children if p.dep_ in {"pobj", "pcomp"}), None)
            if obj is not None:
                return subtree_span(doc, obj), [c]  # "criticism of the plan"
    return None


def _noun_source(doc: Doc, noun: Token) -> Span | None:
    """Whose the noun is: "his criticism", "Trump's claim", "criticism from rivals".

    A possessor keeps its "'s" ("Trump's"), as PolNeAR marks it; the canonical name goes
    without it (:meth:`~sitrep.extract.claim_sources.Resolver.canonical`).
    """
    for c in noun.children:
        if c.dep_ == "poss":
            return subtree_span(doc, c)
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in {"from", "by"}:
            obj = next((p for p in c.children if p.dep_ == "pobj"), None)
            if obj is not None:
                return subtree_span(doc, obj)
    return None


def _modified_from(doc: Doc, noun: Token) -> Token:
    """The first word of a noun cue with the adjectives and the "a"/"an" right before it:
    "a renewed endorsement of", "an earlier claim that", "their unsparing criticism of".

    PolNeAR marks them in the cue (train: of the adjectives before the noun of a gold noun
    cue, 248 in the cue, 85 out; "a" 86 in, 23 out; "an" 21 in, 4 out), not "the" (87 in,
    69 out), compounds (36 in, 104 out) or the possessor (3 in, 363 out).
    """
    allowed: set[int] = set()
    for c in noun.children:
        if c.i < noun.i and (c.dep_ == "amod" or c.dep_ == "det" and c.lower_ in {"a", "an"}):
            allowed.update(t.i for t in c.subtree)
    i = noun.i
    while i - 1 in allowed:
        i -= 1
    return doc[i]


def _content_noun_claims(doc: Doc, sent: SpacySpan, lex: Lexicon) -> list[Draft]:
    drafts: list[Draft] = []
    for tok in sent:
        cue = lex.nouns.get(tok.lemma_.lower()) if tok.pos_ == "NOUN" else None
        found = _noun_content(doc, tok) if cue is not None else None
        if cue is None or found is None or _backed(tok, lex) is not None:
            continue
        if tok.dep_ == "pobj" and verb_cue(tok.head.head, lex) is not None:
            continue  # "said in a statement that …": the verb's claim
        if any(issued_message(a) is not None and verb_cue(a, lex) for a in tok.children):
            continue  # "issued a statement on Sunday saying …": the participle's claim
        content, joins = found
        src = _noun_source(doc, tok)
        first = _modified_from(doc, tok)
        answered = verb_cue(tok.head, lex) if tok.dep_ == "dobj" else None
        denied = src is not None and answered is not None and answered.stance == "denies" and (
            src.text.lower() not in POSSESSIVES)  # "dismissed Kyiv's claim that …": Kyiv's,
        # which the dismissal denies (claim_denials links them), as "rejected claims by X"
        if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and not denied:
            # "made allegations against X", "avoided criticism of Y": the verb's subject
            # is the source and the verb group is part of the cue
            subj = source_of(tok.head)
            src = source_span(doc, subj) if subj is not None else src
            first = min(cue_tokens(tok.head), key=lambda t: t.i)
        if src is not None and src.start <= content.start < src.end:
            continue
        if src is None and joins:
            continue  # "criticism of the plan grew": a topic, no one's claim (module doc)
        drafts.append(Draft(src, tok_span(doc, [first, tok, *joins]), content,
                            "indirect" if src is not None else "sourceless", cue.stance,
                            certainty(content.text, cue.certainty, lex), sent,
                            answered=denied))
    return drafts


MODALS = frozenset({"can", "could", "may", "might", "must", "shall", "should", "will", "would"})


def _backed(noun: Token, lex: Lexicon) -> tuple[Token, Token, Token] | None:
    """(verb, preposition, backer) of "won the endorsement of Y", "received support from Y"."""
    verb = noun.head
    if (noun.dep_ != "dobj" or noun.pos_ != "NOUN" or noun.lemma_.lower() not in lex.backing
            or verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in lex.getting):
        return None
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in {"of", "from"}]
    preps += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"]
    for prep in sorted(preps, key=lambda t: t.i):
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if prep.i > noun.i and obj is not None:
            return verb, prep, obj
    return None


def _backing_claims(doc: Doc, sent: SpacySpan, lex: Lexicon) -> list[Draft]:
    """"X won the endorsement of Y": Y is the source, X the content (it is X that Y backs).

    The cue is the verb group and the noun ("won the endorsement", "received strong
    support"); after "have" it keeps the preposition ("has the backing of"), as PolNeAR
    marks both (train). A backing only hoped for or possible is no claim ("to win the
    support of", "could get the backing of": PolNeAR train marks none of these).
    """
    drafts: list[Draft] = []
    for noun in sent:
        found = _backed(noun, lex)
        subj = source_of(found[0]) if found is not None else None
        if found is None or subj is None or found[0].dep_ == "xcomp" or any(
                c.dep_ == "aux" and (c.lower_ in MODALS or c.lower_ == "to")
                for c in found[0].children):
            continue
        verb, prep, backer = found
        first = min(t.i for t in cue_tokens(verb))
        last = prep if verb.lemma_.lower() == "have" else noun
        drafts.append(Draft(subtree_span(doc, backer), tok_span(doc, doc[first:last.i + 1]),
                            source_span(doc, subj), "indirect", "asserts", "certain", sent))
    return drafts


# attitude adjectives that mean "crucial" before "to" or "for": "the vote is critical to the
# plan" tells no one's view (PolNeAR train: "critical to/for" after "be" never a gold cue, 0/3)
CRUCIAL = frozenset({"critical"})
# verbs that link a subject to its attitude: "is wary of", "remained skeptical of"
COPULAS = frozenset({"be", "remain", "stay", "seem", "appear", "become", "grow"})


def _attitude_claims(doc: Doc, sent: SpacySpan, lex: Lexicon) -> list[Draft]:
    """"Republicans have been critical of the deal", "she is eager to run", "I am glad he won".

    "critical to" / "critical for" is "crucial to" (:data:`CRUCIAL`): no claim.
    """
    drafts: list[Draft] = []
    for adj in sent:
        if (adj.dep_ != "acomp" or adj.head.lemma_ not in COPULAS
                or adj.lemma_.lower() not in lex.attitudes):
            continue
        be = adj.head
        joins: list[Token] = []
        content: Span | None = None
        for c in adj.children:
            told = _told_by_infinitive(c, lex) if c.dep_ == "xcomp" and c.i > adj.i else None
            if told is not None:
                joins, content = told  # "is reluctant to endorse X": the cue runs to the verb
            elif c.dep_ in {"ccomp", "xcomp"} and c.i > adj.i:
                content = subtree_span(doc, c)
            elif c.dep_ == "prep" and c.i == adj.i + 1 and content is None and not (
                    adj.lemma_.lower() in CRUCIAL and c.lower_ in {"to", "for"}):
                obj = next((p for p in c.children if p.dep_ in {"pobj", "pcomp"}), None)
                if obj is not None:
                    content, joins = subtree_span(doc, obj), [c]
        subj = source_of(be)
        if content is None or subj is None:
            continue
        cue = list(doc[min(t.i for t in cue_tokens(be)):adj.i + 1])
        drafts.append(Draft(source_span(doc, subj), tok_span(doc, [*cue, *joins]), content,
                            "indirect", "asserts", "hedged", sent, verb=be.i))
    return drafts


def _told_by_infinitive(verb: Token, lex: Lexicon) -> tuple[list[Token], Span] | None:
    """(cue words from "to" to the verb, content) of an attitude's infinitive that is itself a
    listed cue verb of speech with an object of its own: "was reluctant to endorse Mr. X",
    "are eager to hear his explanation" (PolNeAR train: gold runs the cue to such a verb,
    "was reluctant to endorse", and tells its object; "is eager to run" keeps "to run" told).
    """
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    lemma = verb.lemma_.lower()
    if to is None or lemma not in lex.verbs or lemma in DEEDS or verb_cue(verb, lex) is None:
        return None  # "is eager to attack him": a deed wanted, not a thing said
    words = cue_tokens(verb)
    last = max(t.i for t in words)
    rest = [t for t in verb.subtree if t.i > last]
    if not rest or any(t.i < to.i for t in verb.subtree):
        return None
    doc = verb.doc
    return [t for t in doc[to.i:last + 1]], tok_span(doc, rest)


def _adverb_claims(doc: Doc, sent: SpacySpan, lex: Lexicon) -> list[Draft]:
    """"The group reportedly executed three men": the clause is told, by no one named.

    The content is the clause of the verb the adverb modifies, around the adverb (one claim
    whose content runs over its cue, scored as the two parts PolNeAR marks).
    """
    drafts: list[Draft] = []
    for adv in sent:
        cue = lex.adverbs.get(adv.lower_) if adv.dep_ == "advmod" else None
        if cue is None or adv.head.pos_ not in {"VERB", "AUX"} or verb_cue(adv.head, lex):
            continue  # "X reportedly wants …": the adverb is part of the verb's cue
        verb = adv.head
        words = [t for t in verb.subtree if t.i != adv.i]
        while words and words[-1].is_punct:
            words.pop()
        content = tok_span(doc, words)
        drafts.append(Draft(None, tok_span(doc, [adv]), content, "sourceless", cue.stance,
                            certainty(content.text, cue.certainty, lex), sent))
    return drafts


# "voted in favor of X", "spoke out in support of X", "stood in opposition to X": a verb of
# voting or speaking out with a phrase of stance tells X as its subject's position
STANCE_PHRASES = {("favor", "of"), ("favour", "of"), ("support", "of"), ("opposition", "to")}
STANCE_VERBS = frozenset({"vote", "speak", "argue", "come", "stand", "testify", "campaign",
                          "rally", "write", "lobby", "weigh"})


def _stance_phrase_claims(doc: Doc, sent: SpacySpan) -> list[Draft]:
    """"The council voted in favor of the truce": the council tells that it backs the truce.

    The cue runs from the verb group to the preposition of the phrase ("has spoken out in
    favor of"), as PolNeAR marks it (train: of the 10 claims this makes, 8 have the gold cue;
    "is in favor of" after "be" was marked in 1 of 6 and is left alone, as is "ruled in
    favor of", a court's decision, marked otherwise).
    """
    drafts: list[Draft] = []
    for tok in sent:
        if tok.lower_ != "in" or tok.dep_ != "prep" or tok.i + 2 >= sent.end:
            continue
        noun, prep = doc[tok.i + 1], doc[tok.i + 2]
        verb = tok.head
        if ((noun.lower_, prep.lower_) not in STANCE_PHRASES or verb.pos_ != "VERB"
                or verb.lemma_.lower() not in STANCE_VERBS):
            continue
        obj = next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None)
        subj = source_of(verb)
        if obj is None or subj is None:
            continue
        first = min(t.i for t in cue_tokens(verb))
        if any(t.is_punct for t in doc[first:tok.i]):
            continue
        # a name's apposition or relative clause set off by a comma is not the position
        # ("in support of Cruz, the choice of many insiders": gold "Cruz", train 2 of 2)
        words = [t for t in obj.subtree]
        comma = next((t.i for t in words if t.i > obj.i and t.text == ","), None)
        content = tok_span(doc, [t for t in words if comma is None or t.i < comma])
        drafts.append(Draft(source_span(doc, subj), tok_span(doc, doc[first:prep.i + 1]),
                            content, "indirect", "asserts", "certain", sent, verb=verb.i))
    return drafts


# who a sentence-opening "To X," can be: a name of a person, group or people, a personal
# pronoun, or an indefinite many ("To many, he is a provocateur")
VIEWERS = frozenset({"him", "her", "them", "me", "us", "many", "some", "most", "others"})
VIEWER_ENTS = frozenset({"PERSON", "ORG", "NORP"})


def _viewpoint_claims(doc: Doc, sent: SpacySpan) -> list[Draft]:
    """"To Ms. Ruiz, the truce is a trap": a sentence that opens on "To" and a person, set off
    by a comma, tells the rest of the sentence as that person's view; "To" is the cue, as
    PolNeAR marks it (train: 7 of the 8 such openings on a name, pronoun or "many" are gold
    cues; "To that, …", "To date, …", "To be sure, …" and a place are no one's view).
    """
    words = [t for t in sent if not t.is_space]
    if len(words) < 5 or words[0].lower_ != "to" or words[0].pos_ != "ADP":
        return []
    to = words[0]
    who = next((c for c in to.children if c.dep_ == "pobj"), None)
    if who is None or not (who.lower_ in VIEWERS or who.ent_type_ in VIEWER_ENTS
                           and who.pos_ == "PROPN"):
        return []
    end = who.right_edge.i + 1  # "To Sanders, his aides and those in attendance, …"
    if end >= sent.end or doc[end].text != ",":
        return []
    rest = [t for t in doc[end + 1:sent.end] if not t.is_space]
    while rest and rest[-1].is_punct:
        rest.pop()
    if not any(t.pos_ in {"VERB", "AUX"} for t in rest):
        return []
    return [Draft(tok_span(doc, doc[who.left_edge.i:end]), tok_span(doc, [to]),
                  tok_span(doc, rest), "indirect", "asserts", "certain",
                  sent)]
