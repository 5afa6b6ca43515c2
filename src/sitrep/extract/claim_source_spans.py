"""The source phrase of a cue: the speaker's words, without what PolNeAR leaves out of them.

The speaker is found by :func:`sitrep.extract.claim_speakers.source_of`; this module draws the
edges of its phrase (clauses and asides set off between the speaker and the cue, datelines,
phrases of time or medium, titles the parser cut off) and names a report's issuer.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitrep.extract.claim_draft import subtree_span, tok_span
from sitrep.extract.claim_lexicon import load_lexicon, verb_cue
from sitrep.model import Span

# Parts of speech a speaker's head may have.
NOMINAL = {"NOUN", "PROPN", "PRON"}
# Focus adverbs the parser hangs on a subject, which are no part of the source: "even X says".
FOCUS_ADVERBS = frozenset({"even", "just", "virtually"})
# What sets a phrase off from the speaker it follows: "Ruiz, speaking at a rally, said".
SET_OFF = frozenset({",", "—", "(", "–"})
# Marks that separate a phrase from its neighbours, never the edge of a source.
SEPARATORS = frozenset({",", ";", ":", "—", "–", "-", "--"})
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
    if cue is not None and subj.i < cue.i <= toks[-1].i:  # "Ruiz on Friday endorsed Haddad
        toks = _unpunctuated([t for t in toks if t.i < cue.i])  # and Sen. Idris", Idris hung
        # on Ruiz: a source before its cue ends there (PolNeAR train: 9 gained, none lost)
    asides = [c.left_edge.i for c in subj.children if c.i > subj.i and set_off(c) and (
              c.dep_ in {"acl", "advcl"} and c.tag_ == "VBG" or c.dep_ == "amod")]
    # ("SOHR, citing sources on the ground, said": the parser may hang the participle as an
    # adverbial clause of the speaker; the source it cites is no part of the speaker)
    dated = {t.i for c in subj.children if c.i > subj.i and when(c) for t in c.subtree}
    if dated and cue is not None:  # "The campaign on Monday said", "said Ruiz on Monday": no time
        toks = [t for t in toks if t.i not in dated]
    claimed = [c.left_edge.i for c in subj.children if cue is not None and subj.i < c.i and (
               c.i < cue.i and told_own(c) or quoting(c))]
    if asides or claimed:  # "Ruiz, speaking at a rally, said": the source ends before the aside
        toks = [t for t in toks if t.i < min(asides + claimed) - 1] or toks
    unnamed = next((c for c in subj.children if c.i > subj.i and unnamed_note(c)), None)
    if unnamed is not None:  # "an aide who requested anonymity": the note is no part of it
        toks = [t for t in toks if t.i < unnamed.left_edge.i - set_off(unnamed)] or toks
    dash = next((t.i for t in toks if t.text in DATELINE_DASHES or t.text == "-" and t.i > 0
                 and doc[t.i - 1].whitespace_ and t.whitespace_), None)
    if dash is not None and (capitals(toks[0]) or agency_dateline(toks[0], dash)
                             or dated_dateline(toks[0], dash)) and toks[-1].i > dash:
        toks = [t for t in toks if t.i > dash]  # "GENEVA — Sen. Ann Cole said": no speaker
    while len(toks) > 1 and toks[0].lower_ in FOCUS_ADVERBS and toks[0].dep_ == "advmod":
        toks = toks[1:]  # "even his allies say": his allies
    if len(toks) > 1 and toks[-1].lower_ == "both" and toks[-1].head.i == subj.i < toks[-1].i:
        toks = toks[:-1]  # "Ruiz and Cole both warned": train, out of gold's source 5 of 5
    cued = next((c for c in subj.children if cue is not None and c.dep_ in {"relcl", "acl"}
                 and subj.i < c.left_edge.i <= cue.i <= c.right_edge.i), None)
    if cued is not None:  # "a super PAC backing Jeb Bush, has hit …" (cue "backing")
        toks = _unpunctuated([t for t in toks if t.i < cued.left_edge.i]) or toks
    far = _set_off_subject(subj)
    if far is not None and toks[0].i == subj.left_edge.i:
        toks = [*far.subtree, doc[subj.left_edge.i - 1], *toks]
    described = _described_subject(subj)
    if described is not None and toks[0].i == subj.left_edge.i:
        toks = [*described.subtree, *toks]  # "Russia's state news agency RIA reported"
    toks = [*_hyphen_joined(toks[0]), *toks]  # "al-Shabaab said", "al" and "-" taken apart
    toks = [*rank_before(toks[0]), *toks]  # "Brig. Gen. Ali said": "Brig." a sentence apart
    toks = [*_cut_title(toks[0]), *toks]  # "Ohio Gov. Mark Lenz", its state cut off
    toks = [*toks, *after_title(toks[-1])]  # "said Army Capt. Ana Ruiz", cut at "Capt."
    return tok_span(doc, toks)


def _unpunctuated(toks: list[Token]) -> list[Token]:
    """The source's words less the separators left at its edges once a phrase is taken out.
    "Right to Rise, a super PAC backing Jeb Bush, has hit Rubio" (cue "backing"): the
    speaker is "a super PAC"; the phrase that holds the cue ("backing Jeb Bush", or
    "restricting class actions and requiring arbitration" for "requiring") is no part of it,
    nor the comma that closed it, to which a span would run over the cue again."""
    while len(toks) > 1 and toks[-1].text in SEPARATORS:
        toks = toks[:-1]
    while len(toks) > 1 and toks[0].text in SEPARATORS:
        toks = toks[1:]
    return toks


HYPHENS = frozenset({"-", "‐", "‑"})


def _hyphen_joined(first: Token) -> list[Token]:
    """The word and hyphen written onto the source's first word with no space, which the
    parser took as words of their own: "al-Shabaab said …" in lower case opening a sentence
    ("al", "-" and "Shabaab" three subjects of "said"), "abu-Bakr": one name, as written."""
    doc = first.doc
    i = first.i
    if i < 2 or doc[i - 1].text not in HYPHENS or doc[i - 1].whitespace_ or (
            doc[i - 2].whitespace_) or not doc[i - 2].is_alpha:
        return []
    return [doc[i - 2], doc[i - 1]]


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


def rank_before(first: Token) -> list[Token]:
    """The rank abbreviations right before a name that the parser left out of it: "Brig. Gen.
    Yahya Rasool said …" opening a sentence ("Brig." taken for a sentence of its own, "Brig"
    and its stop two words), "Sgt. Maj. John Smith", "The attack failed. Lt. Col. Ahmed Hassan
    said …" (the name alone the subject). Each abbreviation and its stop, or a title
    written as one word with its stop ("Gen."), back from the name's first word; none when
    that word is no name or title. A piece cut off at the rank that is a noun phrase set off
    by a comma before it is the noun the name is in apposition to, and is taken too."""
    doc = first.doc
    if first.tag_ not in {"NNP", "NNPS"}:
        return []
    k = first.i - 1
    while k >= 0:
        if k >= 1 and doc[k].text == "." and doc[k].whitespace_ and not doc[k - 1].whitespace_ \
                and doc[k - 1].text in TITLE_ABBREVIATIONS:
            k -= 2  # "Brig" "."
        elif doc[k].whitespace_ and doc[k].text.endswith(".") and (
                doc[k].text[:-1] in TITLE_ABBREVIATIONS):
            k -= 1  # "Gen."
        else:
            break
    if k == first.i - 1:
        return []
    piece = doc[k + 1].sent
    if k > piece.start and doc[k].text == "," and piece.end == first.i and doc[
            piece.start].pos_ in {"DET", "NOUN", "PROPN", "ADJ"} and not any(
            t.pos_ in {"VERB", "AUX", "ADP"} and t.dep_ != "prep" or t.dep_ == "advmod"
            for t in doc[piece.start:k]):
        # "A spokesman for the Sudanese army, Brig. | Gen. Nabil Abdallah, said": the piece
        # the parser ended at the rank is the noun the name is in apposition to
        k = piece.start - 1
    return list(doc[k + 1:first.i])


def after_title(last: Token) -> list[Token]:
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


def _described_subject(subj: Token) -> Token | None:
    """"Russia's state news agency RIA reported": the parser gave the verb two subjects, the
    name and the common noun that describes it right before it with nothing between; the
    speaker is the whole phrase, its description and its name."""
    start = subj.left_edge.i
    if subj.dep_ != "nsubj" or subj.pos_ != "PROPN" or start < 1:
        return None
    far = next((c for c in subj.head.children if c.dep_ == "nsubj" and c.i < subj.i
                and c.i == c.right_edge.i == start - 1), None)
    if far is None or far.pos_ != "NOUN" or any(
            t.pos_ in {"VERB", "AUX"} or t.is_punct for t in far.subtree):
        return None
    return far


def issuer(src: Span, doc: Doc) -> Span | None:
    """Who issued a report or statement that is a source ("a report by Al-Masdar News", "A
    statement from the mayor's office"), which names it; None for any other source. PolNeAR
    keeps the whole phrase as the source (train: 7 of 7 gold sources with "report" or
    "statement" and "by" or "from" before the cue)."""
    span = doc.char_span(src.start, src.end, alignment_mode="expand")
    if span is None or span.root.lemma_.lower() not in {"report", "statement"} | POSTED:
        return None
    for prep in span.root.children:
        if prep.dep_ == "prep" and prep.lower_ in {"by", "from", "of"} and (
                span.root.lemma_.lower() in {"report", "statement"}):
            pobj = [c for c in prep.children if c.dep_ == "pobj"]
            if pobj:
                return subtree_span(doc, pobj[0])
    return _channel_owner(span.root)


# What is put out on a channel: "a statement posted on the group's Telegram channel".
POSTED = frozenset({"video", "post", "message", "statement"})
CHANNELS = frozenset({"channel", "account", "website", "page", "feed", "site"})


def _channel_owner(message: Token) -> Span | None:
    """Whose channel a statement or video was posted on ("a statement posted on the group's
    Telegram channel", "a video published on its website"): the owner issued it; None when the
    channel is no one's."""
    doc = message.doc
    for acl in message.children:
        if acl.dep_ != "acl" or acl.tag_ != "VBN":
            continue
        for prep in acl.children:
            channel = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if prep.dep_ != "prep" or prep.lower_ not in {"on", "to"} or channel is None or (
                    channel.lemma_.lower() not in CHANNELS):
                continue
            owner = next((c for c in channel.children if c.dep_ == "poss"), None)
            if owner is not None:
                return tok_span(doc, [owner.left_edge, owner])
    return None


def agency_dateline(first: Token, dash: int) -> bool:
    """Whether the words from ``first`` to the dash at ``dash`` are a dateline of a place and
    a news agency in brackets ("Lagos (AFP) – The governor said"): PolNeAR train, gold's
    source starts after the dash 4 times of 4."""
    doc = first.doc
    return (first.text[:1].isupper() and dash - first.i >= 4 and doc[dash - 1].text == ")"
            and doc[dash - 3].text == "(" and doc[dash - 2].text[:1].isupper())


MONTHS = frozenset({
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "january", "february", "march", "april", "june", "july", "august", "september", "october",
    "november", "december"})


def dated_dateline(first: Token, dash: int) -> bool:
    """Whether the words from ``first`` to the dash at ``dash`` are the date of a dateline whose
    place the parse left out of the phrase ("SANAA, Feb 20 - Yemen's Houthi movement said":
    "Feb 20 -"): a month, its day, perhaps a year and an agency in brackets."""
    doc = first.doc
    words = [t for t in doc[first.i:dash] if not t.is_punct]
    return (len(words) >= 2 and words[0].lower_.rstrip(".") in MONTHS and words[1].like_num
            and all(t.like_num or t.text[:1].isupper() for t in words[2:]))


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


# Quotation marks, straight and curly, single and doubled.
QUOTE_MARKS = frozenset({'"', "“", "”", "''", "``", "‘"})  # not ’, an apostrophe too


def quoting(clause: Token) -> bool:
    """A relative clause set off after a speaker that quotes words ("Alderman Ruiz, who thinks
    the council 'needs to listen', said …"): a claim of its own, which PolNeAR leaves out of
    the source, before the cue or after it (train, found sources with such a clause: out 12
    times of 13)."""
    return clause.dep_ == "relcl" and set_off(clause) and any(
        t.text in QUOTE_MARKS for t in clause.subtree if t.i > clause.left_edge.i)


def told_after(subj: Token, clause: Token, cue: Token | None) -> bool:
    """A "who" clause of a speaker named after the cue ("…, said Ruiz, who heads the office."),
    which PolNeAR keeps in the source: at the end of the sentence (train: 72 of 106) and
    before more of it ("…, said Ruiz, who heads the office, adding …": 31 of 45)."""
    return not (cue is None or subj.i < cue.i or clause.dep_ != "relcl"
                or clause.left_edge.lower_ != "who")


def governing_subject(verb: Token) -> Token | None:
    """The subject of the nearest verb above ``verb``'s own clause."""
    tok = verb
    while tok.head.i != tok.i:
        tok = tok.head
        if tok.pos_ not in {"VERB", "AUX"}:
            continue
        subj = next((c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is not None:
            return subj
    return None
