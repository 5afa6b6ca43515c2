"""What a cue verb rides on: an appearance before an audience, a message its speaker issued.

- :func:`stage_source`: an infinitive cue with no subject of its own after a verb of going or
  appearing before an audience ("went on to criticize X", "went on the radio to defend X",
  "took to Twitter to denounce X", "appeared on television to deny X", "will come on the show
  to talk about X"): who went, took to or appeared speaks. The pairs of ``STAGES`` only: a
  trip with a purpose ("went to Geneva to discuss X") and "came to accept X" are no claim,
  nor a verb of force ("the battalion went on to attack the airport": a deed).
  PolNeAR train: an infinitive cue with no subject or clause of its own after such a verb
  and particle lies in a gold cue in 31 of 35; after any other verb of going, coming,
  taking, appearing, speaking, visiting, holding, calling, meeting or using in 34 of 144.
  Where the infinitive is no "went on to …" the cue runs from that verb group too ("went on
  ABC to defend", "has not stepped forward publicly to defend"), as gold runs it in 8 of
  the 12 such claims the rule made on train (the infinitive alone in 2).
- :func:`vehicle_cue` / :func:`issued_message`: a participle cue on a message its speaker
  issued ("issued a statement saying …", "put out a video calling X a traitor", "released a
  statement Tuesday saying …") is one cue from the issuing verb to the participle. PolNeAR
  train: where such a participle on a noun of ``MESSAGES`` after a verb of ``ISSUING`` lies
  in a gold cue, that cue runs from the issuing verb in 26 of 27; on other nouns after other
  verbs ("a group backing X", "cited a memo saying …") it is the participle's in 18 of 22.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitrep.extract.claim_deeds import FORCE
from sitrep.extract.claim_lexicon import Lexicon, verb_cue
from sitrep.extract.claim_reach import disposed
from sitrep.extract.claim_source_spans import source_span
from sitrep.extract.claim_spans import contiguous, cue_tokens
from sitrep.extract.claim_speakers import source_of
from sitrep.model import Span

# (verb, particle or preposition right after it) of going or appearing before an audience:
# "went on to …", "went on CNN to …", "went out of her way to …", "took to Twitter to …",
# "came on the show to …", "came forward to …", "appeared on / before …", "stepped up to …"
STAGES = frozenset({
    ("go", "on"), ("go", "out"), ("take", "to"), ("come", "on"), ("come", "forward"),
    ("appear", "on"), ("appear", "before"), ("step", "forward"), ("step", "up"),
})
# Nouns of a message its sender issues, whose participle cue is told from the issuing verb:
# "issued a statement saying …", "ran an ad calling …".
MESSAGES = frozenset({
    "statement", "release", "letter", "memo", "message", "ad", "advertisement", "video",
    "article", "report", "notice", "paper", "robocall", "email", "e-mail", "tweet", "post",
    "op-ed", "column", "editorial", "resolution", "note", "communique", "communiqué",
    "declaration", "leaflet", "flyer", "broadcast", "bulletin",
})
# Verbs of putting out a message ("issued a statement", "ran an ad", "planted articles"); not
# verbs that tell another's message ("cited a memo saying …", "called a report suggesting …").
ISSUING = frozenset({
    "issue", "release", "put", "send", "publish", "post", "blast", "plant", "approve", "pass",
    "adopt", "run", "air", "launch", "draft", "revise", "file", "circulate", "distribute",
    "tweet", "share", "unveil", "sign", "pen", "broadcast", "deliver", "submit", "introduce",
})


def stage(verb: Token) -> Token | None:
    """The verb of ``STAGES`` an infinitive cue with no subject of its own hangs from."""
    if verb.dep_ not in {"advcl", "xcomp"} or verb.tag_ != "VB" or any(
            c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children):
        return None
    if verb.lemma_.lower() in FORCE:  # "the battalion went on to attack the airport"
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" and c.i < verb.i for c in verb.children):
        return None
    head = verb.head
    if head.i >= verb.i or not any(
            c.dep_ in {"prt", "prep", "advmod"} and c.i < verb.i
            and (head.lemma_.lower(), c.lower_) in STAGES for c in head.children):
        return None
    return head


def stage_source(doc: Doc, verb: Token) -> Span | None:
    """The source of an infinitive cue after a verb of ``STAGES``: the subject of that verb."""
    head = stage(verb) or disposed(verb)  # or "was quick to point out", "more likely to say"
    subj = source_of(head) if head is not None else None
    return source_span(doc, subj, cue=head) if head is not None and subj is not None else None


def vehicle_cue(verb: Token, cue_toks: list[Token]) -> list[Token]:
    """The cue of a verb that rides on an appearance or an issued message, from the verb
    group it rides on ("did go out of his way to criticize", "went on the radio to defend",
    "issued a statement Tuesday saying"); any other cue as it is."""
    found = issued_message(verb)
    head = found[0] if found is not None else stage(verb) or disposed(verb, cue=True)
    if head is None:
        return cue_toks
    start = min(t.i for t in cue_tokens(head))
    return contiguous(verb, [*verb.doc[start:verb.i], *cue_toks])


def issued_message(verb: Token) -> tuple[Token, Token] | None:
    """(issuing verb, message noun) of a participle cue on a message its speaker issued.

    The parser hangs the participle on the noun ("issued a statement saying …") or, after a
    time, a recipient or a comma, on the issuing verb ("released a statement Wednesday,
    saying …", "sent a letter to voters urging …"). PolNeAR train: of the 12 cues the
    second reading changed, 6 now match a gold cue, 4 that did no longer, 2 neither (dev: cue
    exact F1 0.7203 -> 0.7208, the held-out odd half 0.7172 -> 0.7184).
    """
    if verb.tag_ != "VBG" or verb.dep_ not in {"acl", "advcl"}:
        return None
    noun = verb.head if verb.dep_ == "acl" else _issued_object(verb)
    if noun is None or noun.i >= verb.i or noun.dep_ != "dobj" or (
            noun.lemma_.lower() not in MESSAGES):
        return None
    issuer = noun.head
    if issuer.lemma_.lower() not in ISSUING or issuer.i >= noun.i or not any(
            c.dep_ == "nsubj" for c in issuer.children):
        return None
    return issuer, noun


def _issued_object(verb: Token) -> Token | None:
    """The object of the verb an adverbial participle hangs on, with no verb or clause break
    between them ("released a statement Wednesday, saying …")."""
    noun = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if noun is None or any(t.pos_ in {"VERB", "AUX"} or t.text in {";", ":", "—"}
                           for t in verb.doc[noun.i + 1:verb.i]):
        return None
    return noun


def issues_message(verb: Token, lex: Lexicon) -> bool:
    """Whether a verb issues a message whose participle cue tells what it says ("issued a
    statement saying …"): that participle's claim is the one, not the issuing verb's."""
    return any(issued_message(a) is not None and a.head.head.i == verb.i
               and verb_cue(a, lex) is not None
               for c in verb.children if c.dep_ == "dobj" for a in c.children)


def carries_message_cue(verb: Token, lex: Lexicon) -> bool:
    """Whether a verb issues a message a participle cue tells, however the parser hangs the
    participle ("issued a statement on Friday, condemning …")."""
    found = [issued_message(a) for a in message_participles(verb) if verb_cue(a, lex)]
    return any(f is not None and f[0].i == verb.i for f in found)


def message_participles(verb: Token) -> list[Token]:
    """The participles a verb's object or the verb itself carries ("issued a statement
    saying …", "released a statement Tuesday, saying …")."""
    return [*[a for c in verb.children if c.dep_ == "dobj" for a in c.children],
            *[a for a in verb.children if a.dep_ == "advcl"]]
