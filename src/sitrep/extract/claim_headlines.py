"""Claims of a headline whose cue verb the tagger read as a name: "Rebel Commander Denounces
Truce Talks", "Ceasefire Will Hold, Army Spokesman Says".

In a line set in title case the tagger often takes a capitalised verb for one more proper
noun of a long name ("Denounces" a compound of "Talks"), and the verb rule never sees it. A
word that is a cue verb's third-person form ("Denounces", "Says", "Warns", "Backs"),
capitalised, in a title-case sentence, right after a run of capitalised words that names
who speaks, is read as that verb:

- the source is that run back to the start of the line, a punctuation mark, a digit or a
  word of the line's grammar ("As", "And", "Why": "U.S. Flexes Muscles As Asia Worries
  About ..." is told by "Asia");
- the cue is the verb, with a preposition or particle right after it that makes one verb
  with it ("Calls On", "Calls For", "Warns Of", "Worries About");
- the content is the rest of the line after the cue, up to a comma, semicolon or dash; a
  verb that ends the line tells what comes before its speaker ("Truce Will Hold, Army
  Spokesman Says").

Not a cue: such a word after a possessor, a determiner or a preposition ("The Governor's
Attacks On ...", "In Border States"), or inside a place's name ("United States").
PolNeAR TRAIN: a capitalised cue-verb form the tagger read as a proper noun in a title-case
sentence lies in a gold cue 26 times in 43; the 17 others are mostly "States" in a place's
name and nouns after a possessor, which this rule leaves alone.

A headline in sentence case ("Trump calls for bringing back surveillance", "DNC issues
'deep and sincere apology' to Sanders") drops its articles and auxiliaries just the same, and
the tagger reads the verb after a name as one more noun of it ("Trump calls", "U.S.
presses"). In the article's first line only, such a lower-case cue-verb form is read as the
verb when it follows a name (a proper noun) and is not itself followed by a verb, an adverb
or an auxiliary ("Paris attacks test Clinton's strategy", "Clinton emails now deemed
classified": the form is the subject's noun there). PolNeAR TRAIN: of the lower-case
cue-verb forms the tagger read as nouns in a first line in sentence case, 41 of 75 lie in a
gold cue; the 9 claims read under these conditions all have the gold cue ("emails",
"talks", "attacks" after a name head the subject and are left alone).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from sitrep.extract.claim_draft import Draft, tok_span
from sitrep.extract.claim_lexicon import Cue, Lexicon, certainty
from sitrep.nlp import doc_text

# words of a headline's grammar, never part of a speaker's name
GRAMMAR = frozenset({
    "a", "an", "and", "after", "as", "at", "because", "before", "but", "by", "for", "from",
    "how", "if", "in", "is", "are", "on", "or", "so", "that", "the", "to", "was", "were",
    "what", "when", "where", "while", "who", "why", "will", "with", "would", "just", "now",
    "not", "amid", "over", "again", "also", "still", "says", "said", "both", "all", "many",
    "some", "most", "few", "these", "those", "this", "its", "his", "her", "their", "our",
    "my", "your"})
JOINED = frozenset({"on", "out", "about", "for", "of", "with"})  # "Calls On", "Sides With"
# an adjunct after a nominal content: "Slams X After Ruling", "Endorses X With Y's Blessing"
ADJUNCTS = frozenset({"after", "amid", "during", "despite", "with", "in", "and", "but"})
# in sentence case, where a phrase's words are not all capitalised alike, only what sets the
# whole headline against its background ends the content: "plans major ad buy after weeks of
# being outspent" is one plan, "presses for truce in Syria despite policy snags" one call
SENTENCE_ADJUNCTS = frozenset({"amid", "despite", "while", "as", "but"})
NOT_NAMES = frozenset({"GPE", "LOC", "FAC", "NORP"})
STOPS = frozenset({",", ";", ":", "—", "–", "-", "(", ")"})


@cache
def _forms(verbs: frozenset[str]) -> dict[str, str]:
    """Third-person singular forms of the cue verbs -> lemma ("denounces" -> "denounce")."""
    out: dict[str, str] = {}
    for v in sorted(verbs):
        out.setdefault(v + "s", v)
        out.setdefault(v + "es", v)
        if v.endswith("y") and len(v) > 2 and v[-2] not in "aeiou":
            out.setdefault(v[:-1] + "ies", v)
    return out


def _title_case(sent: SpacySpan) -> bool:
    words = [w for w in sent if w.is_alpha and len(w) > 3]
    return len(words) >= 3 and sum(w.is_title or w.is_upper for w in words) >= 0.8 * len(words)


def _name_word(tok: Token) -> bool:
    if tok.lower_ in {"'s", "’s", "of"}:
        return True
    return (tok.is_title or tok.is_upper or tok.text[:1].isupper()) and not any(
        ch.isdigit() for ch in tok.text) and tok.lower_ not in GRAMMAR and tok.text not in STOPS


def _cue_at(tok: Token, lex: Lexicon, *, lower: bool = False) -> Cue | None:
    """The cue a capitalised word of a title-case line is; ``lower``: the cue a lower-case
    word of a first line in sentence case is, under the stricter conditions of the module
    doc."""
    if tok.pos_ not in {"PROPN", "NOUN"} or not (tok.is_lower if lower else tok.is_title):
        return None
    if lower and not _after_name(tok):
        return None
    lemma = _forms(frozenset(lex.verbs)).get(tok.lower_)
    if lemma is None or lemma in lex.non_cues:
        return None
    if tok.ent_type_ in NOT_NAMES or tok.dep_ == "pobj":
        return None  # "United States", "In Border States"
    doc = tok.doc
    prev = doc[tok.i - 1] if tok.i > tok.sent.start else None
    if prev is None or prev.dep_ == "poss" or prev.lower_ in GRAMMAR or prev.lower_.endswith(
            ("'s", "’s")) or (
            prev.pos_ not in {"PROPN", "NOUN"} and prev.ent_type_ not in {"PERSON", "ORG"}):
        return None  # "The Governor's Attacks On ...", "Many States"
    if tok.i + 1 < tok.sent.end and (doc[tok.i + 1].pos_ == "AUX"
                                     or doc[tok.i + 1].tag_ == "MD"):
        return None  # "Tax Plans Would ...": a noun, the subject of what follows
    return lex.verbs[lemma]


# words after a name that make it a noun phrase's head, not a verb ("DNC emails released")
NOT_AFTER = frozenset({"VERB", "AUX", "ADV", "PART"})
# plural nouns that are cue-verb forms only by spelling and head a headline's subject: "Clinton
# emails", "Sudan talks", "Paris attacks"
HEADLINE_NOUNS = frozenset({"emails", "states", "talks", "attacks", "remarks", "points"})


def _after_name(tok: Token) -> bool:
    """Whether a lower-case word of a sentence-case headline comes right after a name and
    before no verb, adverb or auxiliary: "Trump calls for …", not "Paris attacks test …".
    (The tagger reads a name as a noun, or after such a word as a verb: "Super PAC blasts
    Trump for …".)"""
    doc = tok.doc
    if tok.i == tok.sent.start or tok.lower_ in HEADLINE_NOUNS:
        return False
    prev = doc[tok.i - 1]
    nxt = doc[tok.i + 1] if tok.i + 1 < tok.sent.end else None
    return prev.pos_ in {"PROPN", "NOUN"} and prev.text[:1].isupper() and prev.dep_ != "poss" \
        and (nxt is None or nxt.tag_ != "MD" and (
            nxt.pos_ not in NOT_AFTER or nxt.pos_ == "VERB" and nxt.text[:1].isupper()))


def _first_line(doc: Doc, sent: SpacySpan) -> bool:
    """Whether a sentence lies in the first line of the text (a headline's place)."""
    return "\n" not in doc_text(doc)[:sent.end_char].strip()


def headline_claims(doc: Doc, sent: SpacySpan, lex: Lexicon) -> list[Draft]:
    """The claims of a title-case line, or of a first line in sentence case, whose cue verb
    the tagger read as a name (module doc)."""
    lower = not _title_case(sent)
    if lower and not _first_line(doc, sent):
        return []
    drafts: list[Draft] = []
    for tok in sent:
        cue = _cue_at(tok, lex, lower=lower)
        if cue is None:
            continue
        src: list[Token] = []
        j = tok.i - 1
        while j >= sent.start and _name_word(doc[j]):
            src.insert(0, doc[j])
            j -= 1
        while src and src[0].lower_ in {"'s", "’s", "of"}:
            src.pop(0)
        if not src or any(_cue_at(t, lex) for t in src):
            continue
        last = tok
        if tok.i + 1 < sent.end and doc[tok.i + 1].lower_ in JOINED:
            last = doc[tok.i + 1]
        after: list[Token] = []
        for t in doc[last.i + 1:sent.end]:
            if t.text in STOPS or (after and t.lower_ in (
                    SENTENCE_ADJUNCTS if lower else ADJUNCTS)):
                break
            after.append(t)
        before = [t for t in doc[sent.start:src[0].i]]
        while before and (before[-1].is_punct or before[-1].is_space):
            before.pop()
        while after and (after[-1].is_punct or after[-1].is_space):
            after.pop()
        content = after if any(t.is_alpha for t in after) else (
            before if tok.i + 1 >= sent.end or doc[tok.i + 1].is_punct else [])
        if not any(t.is_alpha for t in content):
            continue
        span = tok_span(doc, content)
        drafts.append(Draft(tok_span(doc, src), tok_span(doc, [tok, last]), span, "indirect",
                            cue.stance, certainty(span.text, cue.certainty, lex), sent))
    return drafts
