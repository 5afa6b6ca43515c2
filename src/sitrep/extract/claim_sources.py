"""Who makes a claim: the source phrase of a cue, and the fullest name it stands for.

Sources are typed from ``knowledge/sources.tsv`` and resolved to the fullest name in the
article ("he" → the person named earlier in the sentence, "Ryan" → "Paul Ryan").
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from sitrep.extract.claim_draft import subtree_span, tok_span
from sitrep.extract.claim_lexicon import Lexicon, load_lexicon, type_source, verb_cue
from sitrep.extract.descriptions import described
from sitrep.knowledge import read_table
from sitrep.model import Span

PRONOUNS = {"he", "she", "they", "it", "we", "i"}
# Possessive pronouns, which stand for a speaker as their subject forms do: "his criticism".
POSSESSIVES = {"his", "her", "their", "its", "our", "my"}
# The "'s" (or bare apostrophe) of a possessor source: "Trump's claim", "Sanders' claim".
POSSESSIVE_S = re.compile(r"\s*['’]s?$")
# Pronouns that may stand for a thing or a state of affairs rather than for a speaker.
IMPERSONAL = frozenset({"it", "this", "that"})
SPEAKER_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
RELATIVE_PRONOUNS = {"which", "that", "who", "what"}
NOMINAL = {"NOUN", "PROPN", "PRON"}
# Focus adverbs the parser hangs on a subject, which are no part of the source: "even X says".
FOCUS_ADVERBS = frozenset({"even", "just", "virtually"})
# What sets a phrase off from the speaker it follows: "Ruiz, speaking at a rally, said".
SET_OFF = frozenset({",", "—", "(", "–"})
# Verbs that move their object to act, whose object does what the infinitive says: "the defeat
# led some allies to question …" (PolNeAR train: the object is the source of such a cue
# infinitive 34 times, the subject 8, 5 of them "used X to say", a purpose, not a cause).
CAUSERS = frozenset({"prompt", "lead", "force", "leave", "require", "push", "drive", "cause",
                     "spur", "compel", "persuade", "convince", "encourage", "inspire", "get",
                     "pressure", "move"})
# Prepositions of a phrase between the speaker and the cue that may say only when or in what
# ("The campaign on Monday said", "The senator in a statement said"): :func:`when`.
TIME_PREPS = frozenset({"on", "in", "during", "at"})
# The media of words (as claim_spans.CUE_MEDIA, which gives them to the cue).
MEDIA = frozenset({"statement", "release", "tweet", "post", "op-ed", "column", "letter", "memo",
                   "blog", "interview", "speech", "email", "e-mail", "briefing", "remarks"})
# Set phrases that say how the speaker stands, not who the speaker is: "Farmers in particular".
SET_PHRASES = frozenset({"at the time", "in particular", "in general", "in turn", "in response",
                         "at times", "at first", "in part", "in fact", "in private",
                         "in public"})
# The dash after a dateline ("GENEVA (AP) — …"), which the parser may hang on the subject; a
# hyphen between spaces does too ("CLEVELAND - Donald Trump said": PolNeAR train, 6 of 6 such
# sources gold starts after it).
DATELINE_DASHES = frozenset({"—", "–", "--"})
# Abbreviations of titles before a name, at whose full stop the parser may end a sentence.
TITLE_ABBREVIATIONS = frozenset({"Capt", "Lt", "Sgt", "Col", "Gen", "Maj", "Cpl", "Pvt", "Adm",
                                 "Cmdr", "Brig", "Spc", "Gov", "Sen", "Rep", "Dr", "Rev",
                                 "Prof", "Gens", "Sens", "Reps"})
# Tags of the words of a title before a name ("Presumptive Democratic nominee Ana Ruiz").
TITLE_TAGS = frozenset({"NNP", "NNPS", "NN", "NNS", "JJ"})
# What may end the sentence before one that opens with a source ('… the vote." Ohio Gov. …').
SENTENCE_ENDS = frozenset({".", "!", "?", '"', "”", "’", "'"})


# Subjects that speak for themselves, whose "'s" before a participle is "has" ("he's said").
SPEAKERS = frozenset({"he", "she", "who", "i", "we", "they"})
CONTRACTED = frozenset({"'s", "’s"})


def has_contracted(verb: Token) -> Token | None:
    """The subject of a participle whose "'s" the tagger took for a passive's "is".

    "he's said the border will stay closed", "who's called for a curfew": with a personal
    subject, no agent, no "as" ("she's seen as …") and no "been" ("it's been reported"),
    the "'s" is "has" and the subject speaks. PolNeAR train (a tagged "'s" passive that
    heads a gold cue): the subject is the gold source in 11 of 11.
    """
    aux = [c for c in verb.children if c.dep_ in {"auxpass", "aux"}]
    if not any(c.lower_ in CONTRACTED and c.dep_ == "auxpass" for c in aux) or any(
            c.lower_ == "been" for c in aux):
        return None
    if any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "as") for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subj is None or not (subj.lower_ in SPEAKERS or subj.pos_ == "PROPN"):
        return None
    return subj


# Verbs of feeling whose object is the one who feels: "the ruling angered the families".
EXPERIENCER_VERBS = frozenset({
    "alarm", "anger", "annoy", "bother", "disturb", "frustrate", "irk", "rankle", "rattle",
    "scare", "frighten", "surprise", "shock", "trouble", "upset", "worry", "infuriate",
    "exasperate", "unsettle", "startle", "outrage", "enrage", "embolden", "excite",
    "disappoint", "dismay", "delight", "impress", "offend", "puzzle", "baffle", "amuse",
    "horrify", "terrify", "appal", "appall", "stun", "thrill", "intrigue", "embarrass",
    "humiliate", "hearten", "dishearten", "spook"})


def experiencer(verb: Token) -> tuple[Token, Token] | None:
    """(who feels, what they feel about) of an active verb of feeling with an object.

    "The ruling angered the families", "that rankled many in the party": the object's
    reaction to the subject, as PolNeAR marks it (source the object, content the subject).
    PolNeAR train (such verbs with a subject and an object that head a gold cue): the object
    is the gold source in 25 of 25 (18 of them our cues); 47 more head no gold cue (2 ours).
    """
    if verb.lemma_.lower() not in EXPERIENCER_VERBS or any(
            c.dep_ in {"prt", "nsubjpass", "auxpass"} for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "csubj"}), None)
    if obj is None or subj is None:
        return None
    return obj, subj


def source_of(verb: Token) -> Token | None:
    """The head of the source of a cue verb: its subject, its agent, or its head's subject."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    contracted = has_contracted(verb)
    if contracted is not None:
        subjects.append(contracted)
    # "which they say": they; of two subjects the parser gave a verb, the nearer speaks ("Kabul
    # (AFP) – The Taliban said", '"My apologies," Ruiz said': PolNeAR train 81 of 85)
    subjects.sort(key=lambda c: (c.lower_ in RELATIVE_PRONOUNS, abs(c.i - verb.i)))
    if subjects:
        return subjects[0]
    for child in verb.children:
        if child.dep_ == "agent":
            pobj = [c for c in child.children if c.dep_ == "pobj"]
            return pobj[0] if pobj else None
    inverted = inverted_speaker(verb) or adjective_speaker(verb)
    if inverted is not None:
        return inverted
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in CAUSERS:
        moved = [c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i]
        if moved:
            return moved[0]  # "the defeat led some allies to question …": the allies
    if verb.dep_ in {"conj", "xcomp"} or verb.dep_ == "advcl" and verb.tag_ == "VBG":
        return source_of(verb.head)  # "…, saying that …": the subject of the main verb
    if verb.dep_ == "advcl" and verb.tag_ == "VB" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and any(
            c.dep_ == "ccomp" for c in verb.children):
        return source_of(verb.head)  # "she took the stage to say (that) …": who took the stage
    if verb.tag_ == "VBG" and verb.dep_ == "acl" and verb.head.pos_ in NOMINAL:
        noun = verb.head  # "a group backing Mr. X", "polls showing …": the noun it modifies,
        issuer = next((c for c in noun.head.children if c.dep_ == "nsubj"), None) if (
            noun.dep_ == "dobj" and noun.head.pos_ == "VERB") else None
        return noun if issuer is None else issuer  # or who issued it "a statement saying …"
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.head.pos_ in {"VERB", "AUX"}:
        return source_of(verb.head.head)  # "she answered by saying …": the one who answered
    return None


def inverted_speaker(verb: Token) -> Token | None:
    """The speaker after a verb whose words come before it, which the parser took for its
    object: '"The pumps will fail," added a Lagos engineer.', '"Why?" asked the fisherman.'."""
    told = any(c.dep_ in {"ccomp", "parataxis"} and c.i < verb.i for c in verb.children)
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    if not told or len(objects) != 1 or objects[0].pos_ not in NOMINAL:
        return None
    return objects[0]


def adjective_speaker(verb: Token) -> Token | None:
    """The speaker after a cue verb right after a quote that the parser took for an adjective
    of the speaker's title: '"…," tweeted council spokesman Omar Saleh' ("tweeted" an amod of
    "spokesman"): the head of the name the title is part of."""
    if verb.dep_ != "amod" or verb.head.i <= verb.i or verb.i == 0 or (
            verb.doc[verb.i - 1].text not in {'"', "”", "''", "’", ","}):
        return None
    tok = verb.head
    while tok.dep_ == "compound" and tok.head.i > tok.i:
        tok = tok.head
    return tok if tok.pos_ in NOMINAL else None


def source_span(doc: Doc, subj: Token, *, cue: Token | None = None) -> Span:
    """The source phrase: the subject's subtree ("A statement from the mayor's office said":
    the whole, as PolNeAR marks it; its canonical name is the office's, :func:`issuer`).

    A clause set off by commas between the speaker and the cue is kept ("Smith, who leads the
    group, said": the span runs from its first to its last token) unless it is a claim of its own
    (:func:`told_own`); a restrictive one ("officials who saw the report", "a poll released
    Sunday") is kept, unless it is the ``cue`` itself ("posters saying …": the source is
    "posters").
    """
    clauses = {t.i for c in subj.children if c.dep_ in {"relcl", "acl"} and (
               set_off(c) and not told_after(subj, c, cue)
               or cue is not None and c.i == cue.i) for t in c.subtree}
    toks = [t for t in subj.subtree if t.i not in clauses]
    if cue is not None and toks[0].i <= cue.i < subj.i:  # "tweeted council spokesman Ruiz"
        toks = [t for t in toks if t.i > cue.i and not (t.is_punct and t.i == subj.right_edge.i
                                                         and t.i > subj.i)] or toks
    asides = [c.left_edge.i for c in subj.children if c.i > subj.i and set_off(c) and (
              c.dep_ == "acl" and c.tag_ == "VBG" or c.dep_ == "amod")]
    dated = {t.i for c in subj.children if c.i > subj.i and when(c) for t in c.subtree}
    if dated and cue is not None:  # "The campaign on Monday said", "said Ruiz on Monday": no time
        toks = [t for t in toks if t.i not in dated]
    claimed = [c.left_edge.i for c in subj.children if cue is not None and subj.i < c.i < cue.i
               and told_own(c)]
    if asides or claimed:  # "Ruiz, speaking at a rally, said": the source ends before the aside
        toks = [t for t in toks if t.i < min(asides + claimed) - 1] or toks
    unnamed = next((c for c in subj.children if c.i > subj.i and unnamed_note(c)), None)
    if unnamed is not None:  # "an aide who requested anonymity": the note is no part of it
        toks = [t for t in toks if t.i < unnamed.left_edge.i - set_off(unnamed)] or toks
    dash = next((t.i for t in toks if t.text in DATELINE_DASHES or t.text == "-" and t.i > 0
                 and doc[t.i - 1].whitespace_ and t.whitespace_), None)
    if dash is not None and (capitals(toks[0]) or agency_dateline(toks[0], dash)) and (
            toks[-1].i > dash):
        toks = [t for t in toks if t.i > dash]  # "GENEVA — Sen. Ann Cole said": no speaker
    while len(toks) > 1 and toks[0].lower_ in FOCUS_ADVERBS and toks[0].dep_ == "advmod":
        toks = toks[1:]  # "even his allies say": his allies
    if len(toks) > 1 and toks[-1].lower_ == "both" and toks[-1].head.i == subj.i < toks[-1].i:
        toks = toks[:-1]  # "Ruiz and Cole both warned": train, out of gold's source 5 of 5
    far = _set_off_subject(subj)
    if far is not None and toks[0].i == subj.left_edge.i:
        toks = [*far.subtree, doc[subj.left_edge.i - 1], *toks]
    toks = [*_cut_title(toks[0]), *toks]  # "Ohio Gov. Mark Lenz", its state cut off
    toks = [*toks, *_after_title(toks[-1])]  # "said Army Capt. Ana Ruiz", cut at "Capt."
    return tok_span(doc, toks)


def _cut_title(first: Token) -> list[Token]:
    """The words that open a sentence before its source which the parser cut from it: "Ohio
    Gov. Mark Lenz is backing …" (Ohio taken for a sentence of its own), "Presumptive Democratic
    nominee Ana Ruiz has vowed …", "Trump senior adviser Ana Ruiz said …" (Trump taken for a
    verb). Up to four words, each a noun, a name or an adjective (or an opening base verb), no
    stop word, date or number, the first in capitals and right after the sentence's start.
    PolNeAR train (found sources after such words): the words are in gold's source 16 times
    of 16, none lost (4 more with no gold source)."""
    doc = first.doc
    if first.pos_ not in NOMINAL - {"PRON"} | {"ADJ"}:
        return []
    run: list[Token] = []
    k = first.i - 1
    while k >= 0 and len(run) < 4:
        t = doc[k]
        if not (t.is_alpha and t.whitespace_ and not t.is_stop
                and (t.tag_ in TITLE_TAGS or t.tag_ == "VB" and t.is_sent_start)
                and t.ent_type_ not in {"DATE", "TIME", "CARDINAL", "ORDINAL"}):
            break
        run.insert(0, t)
        k -= 1
    if not run or not run[0].text[:1].isupper():
        return []
    opens = k < 0 or doc[k].is_space or run[0].is_sent_start or doc[k].text in SENTENCE_ENDS
    return run if opens else []


def _after_title(last: Token) -> list[Token]:
    """The name after a title abbreviation the source ends in or right before it, which the
    parser split off at the abbreviation's full stop ("said Army Capt. Ana Ruiz": "Army Capt";
    "said Air Force 1st Lt. Mark Olsen": "Air Force 1st"): the abbreviation, its stop and the
    names that follow (PolNeAR train: 3 such sources, the name in gold's source in each)."""
    doc = last.doc
    i = last.i + 1
    if last.text not in TITLE_ABBREVIATIONS and i + 1 < len(doc) and (
            doc[i].text in TITLE_ABBREVIATIONS and doc[i + 1].text == "."):
        i += 1  # "1st | Lt. Mark Olsen"
    elif last.text not in TITLE_ABBREVIATIONS:
        return []
    if i >= len(doc) or doc[i].text != "." or doc[i - 1].whitespace_:
        return []
    names = []
    for tok in doc[i + 1:]:
        if tok.pos_ != "PROPN" or not tok.text[:1].isupper():
            break
        names.append(tok)
    return list(doc[last.i + 1:names[-1].i + 1]) if names else []


def _set_off_subject(subj: Token) -> Token | None:
    """"the mayors of Gao and Mopti, both members of the opposition, said": the parser gave
    the verb two subjects, the apposition nearer; the noun phrase right before it, a comma
    between, is the speaker too (PolNeAR marks the whole). The apposition is set off by
    commas on both sides: "Voters, Clinton suggested, …" keeps Clinton alone."""
    doc = subj.doc
    start, end = subj.left_edge.i, subj.right_edge.i
    if (subj.dep_ != "nsubj" or subj.pos_ == "PRON" or start < 2 or doc[start - 1].text != ","
            or doc[end].text != "," and (end + 1 >= len(doc) or doc[end + 1].text != ",")):
        return None
    far = next((c for c in subj.head.children if c.dep_ == "nsubj" and c.i < subj.i
                and c.right_edge.i == start - 2), None)
    if far is None or far.pos_ not in {"NOUN", "PROPN"} or any(
            t.pos_ in {"VERB", "AUX"} or t.is_punct and t.text != "," for t in far.subtree):
        return None
    return far


def issuer(src: Span, doc: Doc) -> Span | None:
    """Who issued a report or statement that is a source ("a report by Al-Masdar News", "A
    statement from the mayor's office"), which names it; None for any other source. PolNeAR
    keeps the whole phrase as the source (train: 7 of 7 gold sources with "report" or
    "statement" and "by" or "from" before the cue)."""
    span = doc.char_span(src.start, src.end, alignment_mode="expand")
    if span is None or span.root.lemma_.lower() not in {"report", "statement"}:
        return None
    for prep in span.root.children:
        if prep.dep_ == "prep" and prep.lower_ in {"by", "from", "of"}:
            pobj = [c for c in prep.children if c.dep_ == "pobj"]
            if pobj:
                return subtree_span(doc, pobj[0])
    return None


def agency_dateline(first: Token, dash: int) -> bool:
    """Whether the words from ``first`` to the dash at ``dash`` are a dateline of a place and
    a news agency in brackets ("Lagos (AFP) – The governor said"): PolNeAR train, gold's
    source starts after the dash 4 times of 4."""
    doc = first.doc
    return (first.text[:1].isupper() and dash - first.i >= 4 and doc[dash - 1].text == ")"
            and doc[dash - 3].text == "(" and doc[dash - 2].text[:1].isupper())


def capitals(tok: Token) -> bool:
    """Whether a word is written in capitals, as a dateline's place is ("GENEVA", "S.C.")."""
    return len(tok) > 1 and tok.text.isupper() and any(c.isalpha() for c in tok.text)


def when(prep: Token) -> bool:
    """Whether a phrase after the speaker only says when, how or in what: a preposition of time
    and a date ("The campaign on Monday said", "The mayor during the summer insisted"), the
    medium of the words, which PolNeAR gives the cue ("The senator in a statement said"), or
    a set phrase ("at the time", "in particular"), before the cue or after it ("…," said Ruiz
    in an interview). PolNeAR train (such a phrase on the speaker before the cue, found
    sources): out of the source 10 times in 10 (after the cue, 4 of 4), besides "on" and a date
    (8 in 9); "in" and a date is a coin flip (2 out, 1 in) and stays ("a poll of voters in
    March"), and so does a place ("Residents in the valley").
    """
    if prep.dep_ != "prep" or prep.lower_ not in TIME_PREPS:
        return False
    sub = list(prep.subtree)
    if " ".join(t.lower_ for t in sub) in SET_PHRASES:
        return True
    words = [t for t in sub if t.is_alpha and t.i != prep.i and t.pos_ != "DET"]
    if prep.lower_ != "in" and words and all(t.ent_type_ in {"DATE", "TIME"} for t in words):
        return True  # "in" and a date is a coin flip ("a poll of voters in March" stays whole)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return obj is not None and prep.lower_ in {"in", "during"} and obj.lemma_.lower() in MEDIA


# Verbs of a relative clause that asks for or is granted anonymity ("who spoke on condition of
# anonymity", "who requested anonymity", "who declined to be named").
UNNAMED_VERBS = frozenset({"speak", "request", "decline", "ask", "insist"})


def unnamed_note(clause: Token) -> bool:
    """A relative clause of a speaker that only says the speaker asked not to be named ("a
    strategist who requested anonymity to speak candidly"), which PolNeAR leaves out of the
    source (train, found sources with such a clause: 12 out, 5 in); one of what the speaker is
    ("an official who was not authorized to speak", "who didn't want to be named") stays."""
    if clause.dep_ != "relcl" or clause.lemma_.lower() not in UNNAMED_VERBS:
        return False
    text = " ".join(t.lower_ for t in clause.subtree)
    return load_lexicon().anonymity_re.search(text) is not None


def set_off(clause: Token) -> bool:
    """Whether a dependent phrase is set off from its head by a comma, dash or bracket."""
    first = clause.left_edge.i
    return first > 0 and clause.doc[first - 1].text in SET_OFF


def told_own(clause: Token) -> bool:
    """A relative clause set off between a speaker and the cue that is a claim of its own: its
    verb is a cue ("Ruiz, who endorsed the governor last week, said …"), which PolNeAR leaves
    out of the source (PolNeAR train, found sources: 52 of 63 set-off "who", "which" and
    "whose" clauses with a cue verb before the cue are out; with any other verb 83 of 140 are
    in, 38 of 49 with a verb of office such as "is", "heads", "leads": "Ruiz, who heads the
    office, said" stays whole)."""
    return clause.dep_ == "relcl" and set_off(clause) and clause.left_edge.lower_ in {
        "who", "whose", "which"} and verb_cue(clause, load_lexicon()) is not None


def told_after(subj: Token, clause: Token, cue: Token | None) -> bool:
    """A "who" clause of a speaker named after the cue ("…, said Ruiz, who heads the office."),
    which PolNeAR keeps in the source: at the end of the sentence (train: 72 of 106) and
    before more of it ("…, said Ruiz, who heads the office, adding …": 31 of 45)."""
    return not (cue is None or subj.i < cue.i or clause.dep_ != "relcl"
                or clause.left_edge.lower_ != "who")


def clean_name(text: str) -> str:
    """A name without its leading article, a set-off "who" clause and edge commas.

    "the ministry" → "ministry"; "A senior aide, who spoke on condition of anonymity" → "senior
    aide" (a clause of what the speaker is stays in the span, as PolNeAR marks it; the name
    leaves it out; a note of anonymity leaves the span too, :func:`unnamed_note`).
    """
    text = re.split(r",\s+(?:who|whom|whose|which|speaking|talking)\b"
                    r"|\s+(?:speaking|talking)\s+(?:on|under|anonymously)\b"
                    r"|\s+who\s+(?:spoke|asked|requested|declined|insisted)\b",
                    text, maxsplit=1)[0]
    return re.sub(r"^(the|a|an)\s+", "", text.strip(), flags=re.I).strip(" ,")


def antecedent(doc: Doc, verb: Token, lex: Lexicon) -> tuple[str, str] | None:
    """(name, type) of what a relative pronoun source stands for: "a report which showed …"."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in {"NOUN", "PROPN"}:
        return None
    span = source_span(doc, verb.head, cue=verb)
    name = clean_name((issuer(span, doc) or span).text)
    return name, type_source(name, lex)[0]


def referent(pron: Token) -> Token | None:
    """The head of what an "it", "this" or "that" subject most likely stands for.

    The nearest subject before it in its sentence, else the subject of the main verb of the
    sentence before ("The ministry issued a statement. It said …": the ministry).
    """
    doc = pron.doc
    sent = pron.sent
    before = [t for t in sent if t.i < pron.i and t.dep_ in SUBJECTS
              and t.lower_ not in IMPERSONAL | RELATIVE_PRONOUNS]
    if before:
        return before[-1]
    if sent.start == 0:
        return None
    root = doc[sent.start - 1].sent.root
    return next((c for c in root.children if c.dep_ in SUBJECTS), None)


def impersonal(pron: Token, lex: Lexicon) -> bool:
    """Whether an "it", "this" or "that" source stands for no one who could say anything.

    "However, it highlights the possibility that …" after "the notion … can be confirmed": a
    notion, a situation or a fact is not a source. What is a source: a person, an
    organisation, a place that stands for its government, a name, a noun that types a source
    (``sources.tsv``), a report, poll or statement (``cues.tsv``) or a noun of
    ``claim_speakers.tsv`` ("company", "campaign", "document"). A referent that is a pronoun
    itself or that cannot be found leaves "it" a source.
    """
    if pron.lower_ not in IMPERSONAL:
        return False
    head = referent(pron)
    if head is None or head.pos_ in {"PRON", "PROPN"} or head.ent_type_ in SPEAKER_ENTS:
        return False
    lemma = head.lemma_.lower()
    return not (lemma in lex.source_words or lemma in lex.source_roles or lemma in lex.nouns
                or lemma in lex.findings or lemma in speaker_nouns()
                or any(t.ent_type_ in SPEAKER_ENTS for t in head.children
                       if t.dep_ == "compound"))


@cache
def speaker_nouns() -> frozenset[str]:
    """Common nouns that name who or what can make a claim (``knowledge/claim_speakers.tsv``)."""
    return frozenset(r["noun"].lower() for r in read_table("claim_speakers.tsv"))


def _joint(src: Span, lex: Lexicon, sentence: SpacySpan) -> tuple[str, str] | None:
    """(canonical names joined by "and", the first one's type) of a source made of two or more
    known names joined ("Moscow and Damascus": the Government of Russia and the Government of
    Syria); None unless every one of them is a known source name. When the parser did not
    join them ("the United States and their Kurdish led proxy militants SDF", the militants
    taken for the verb's object), the phrase's parts between "and" are taken as they read."""
    doc = sentence.doc
    span = doc.char_span(src.start, src.end, alignment_mode="expand")
    if span is None:
        return None
    root = span.root
    heads = [root, *(c for c in root.conjuncts if span.start <= c.i < span.end)]
    parts = [doc[head.left_edge.i:head.i + 1].text for head in heads]
    if len(heads) < 2:
        parts = re.split(r"\s+and\s+", src.text)
    if len(parts) < 2:
        return None
    found: list[tuple[str, str]] = []
    for part in parts:
        typ, canonical = type_source(part, lex)
        if canonical is None:
            return None
        if all(canonical != c for _, c in found):
            found.append((typ, canonical))
    if len(found) < 2:
        return None
    return " and ".join(c for _, c in found), found[0][0]


def reporting(typ: str, verb: Token | None) -> str:
    """A source of no known type whose cue is "report" is a news outlet ("Free Idlib Voice
    reported that …"); a person or a known kind of source keeps its type."""
    return "media" if typ == "unknown" and verb is not None and verb.lemma_ == "report" else typ


class Resolver:
    """Resolves pronouns and short names to the fullest earlier mention in the article."""

    def __init__(self, doc: Doc) -> None:
        self.ents = [e for e in doc.ents if e.label_ in {"ORG", "PERSON", "GPE", "NORP"}]
        self.last: str | None = None
        # what the article says a name is ("X, an armed opposition group"): its type until a
        # claim tells another
        self.types: dict[str, str] = {name: said.source_type for name, said
                                      in described(doc).items() if said.source_type}
        self._name_runs: list[tuple[str, int]] | None = None

    def canonical(self, src: Span, lex: Lexicon, *, sentence: SpacySpan,
                  verb: Token | None = None) -> tuple[str | None, str]:
        """(canonical name, type) of a source phrase; ``verb`` is its cue verb, if any.

        A pronoun stands for the subject of a verb its clause hangs from ("the ministry
        published images which they say show …": the ministry), else for the first name
        earlier in its sentence, else for the last source named.
        """
        src = issuer(src, sentence.doc) or src  # "a report by Al-Masdar": Al-Masdar
        bare = POSSESSIVE_S.sub("", src.text)
        if bare != src.text:  # "the governor's": the governor
            src = Span(src.start, src.start + len(bare), bare)
        low = src.text.lower()
        if low in PRONOUNS | POSSESSIVES:
            governing = self._governing_subject(verb) if verb is not None else None
            earlier = [e for e in self.ents if sentence.start_char <= e.start_char < src.start
                       and e.label_ in {"ORG", "PERSON", "GPE"}]
            if governing is not None:
                earlier = [governing]
            if earlier:
                name = clean_name(earlier[0].text)
                default = "official" if earlier[0].label_ == "PERSON" else "unknown"
                return name, self._known_type(name, lex, default)
            if self.last is None:
                return None, "unknown"
            return self.last, self._known_type(self.last, lex, "unknown")
        joint = _joint(src, lex, sentence)
        if joint is not None:  # "Moscow and Damascus fear …": both governments
            return joint
        typ, canonical = type_source(src.text, lex)
        persons = [e for e in self.ents if e.label_ == "PERSON"
                   and src.start <= e.start_char and e.end_char <= src.end]
        named = type_source(persons[-1].text, lex) if persons else ("unknown", None)
        if named[1] is not None:  # a listed source the tagger took for a person: "Al-Masdar"
            return named[1], named[0]
        if persons:
            name = persons[-1].text
            fuller = [e.text for e in self.ents if e.label_ == "PERSON" and e.end_char <= src.start
                      and e.text.endswith(name) and len(e.text) > len(name)]
            name = fuller[-1] if fuller else name
            if typ == "unknown":
                typ = self.types.get(name, "official")
            return name, typ
        if canonical:
            return canonical, typ
        name = clean_name(src.text)
        if lex.anonymity_re.search(sentence.text.lower()):  # "…, who asked not to be named"
            return name, "anonymous"
        if typ == "unknown" and name in self.types:
            return name, self.types[name]
        if low.startswith("the ") and len(name.split()) <= 2:
            head = name.split()[-1].lower()
            # the latest fuller name, "the Northern Dawn Front", not an earlier "the Front";
            # a run of proper nouns counts where the tagger found no entity
            for text, end in sorted(self._names(sentence.doc), key=lambda n: -n[1]):
                full_name = clean_name(text)
                if end <= src.start and head in full_name.lower().split() and len(
                        full_name.split()) > len(name.split()):
                    return full_name, typ if typ != "unknown" else self.types.get(full_name, typ)
        org = self._named_org(src)
        if org is None:
            return name, typ
        name = clean_name(org)  # "An opposition outlet, Free Idlib Voice": the outlet's name
        typ = typ if typ != "unknown" else self._known_type(name, lex, "unknown")
        return name, reporting(typ, verb)

    def remember(self, name: str, typ: str) -> None:
        """Keep the type a name was first given, for its later mentions; a type learnt later
        fills an unknown one. "Anonymous" is kept for an unnamed speaker ("one former aide")
        but for no proper name: there it says how one sentence named its speaker."""
        if (typ == "anonymous" and name[:1].isupper()) or self.types.get(
                name, "unknown") != "unknown":
            return
        self.types[name] = typ

    def _known_type(self, name: str, lex: Lexicon, default: str) -> str:
        """The type of a name: from its words, else as it was typed earlier, else ``default``."""
        typ = type_source(name, lex)[0]
        return typ if typ != "unknown" else self.types.get(name, default)

    def _named_org(self, src: Span) -> str | None:
        """The organisation a source phrase names: the whole phrase, or its name set off by a
        comma from what it is ("Free Idlib Voice, an opposition outlet"; "An opposition
        outlet, Free Idlib Voice"); None when it names none, or more than that."""
        for ent in self.ents:
            if ent.label_ != "ORG" or not (src.start <= ent.start_char < ent.end_char <= src.end):
                continue
            before = src.text[:ent.start_char - src.start].strip()
            after = src.text[ent.end_char - src.start:].strip()
            if (not before and not after) or (not before and after.startswith(",")) or (
                    not after and before.endswith(",")):
                return ent.text
        return None

    def _names(self, doc: Doc) -> list[tuple[str, int]]:
        """(text, end offset) of the article's names: its entities and its runs of proper nouns."""
        if self._name_runs is None:
            runs: list[list[Token]] = []
            for tok in doc:
                if tok.tag_ in {"NNP", "NNPS"}:
                    if runs and runs[-1][-1].i == tok.i - 1:
                        runs[-1].append(tok)
                    else:
                        runs.append([tok])
            self._name_runs = [(doc[r[0].i:r[-1].i + 1].text, r[-1].idx + len(r[-1]))
                               for r in runs if len(r) > 1]
        return [(e.text, e.end_char) for e in self.ents] + self._name_runs

    def _governing_subject(self, verb: Token) -> SpacySpan | None:
        """The name in the subject of the nearest verb above ``verb``'s own clause."""
        tok = verb
        while tok.head.i != tok.i:
            tok = tok.head
            if tok.pos_ not in {"VERB", "AUX"}:
                continue
            subj = next((c for c in tok.children if c.dep_ in SUBJECTS), None)
            if subj is None:
                continue
            span = (subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge))
            named = [e for e in self.ents if span[0] <= e.start_char and e.end_char <= span[1]
                     and e.label_ in {"ORG", "PERSON", "GPE"}]
            return named[0] if named else None
        return None
