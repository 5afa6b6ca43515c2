"""The words the claims rules look for: cue verbs and nouns, source names, hedges.

All of it is data (``knowledge/cues.tsv``, ``knowledge/sources.tsv``,
``knowledge/claim_non_cues.tsv``, ``knowledge/claim_backing.tsv``,
``knowledge/claim_attitudes.tsv``, the hedge list of the flags stage); this module only loads
it once and answers the questions the rules ask of it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Token

from sitrep.extract.cue_filter import CueFilter, shipped_cue_filter
from sitrep.extract.cue_model import CueModel, fires, shipped_cue_model
from sitrep.extract.flags import load_hedges
from sitrep.knowledge import read_table
from sitrep.model import Certainty, Stance


@dataclass(frozen=True)
class Cue:
    lemma: str
    pos: str
    stance: Stance
    certainty: Certainty


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, Cue]
    nouns: dict[str, Cue]
    attitudes: frozenset[str]  # adjectives of attitude after "be": "critical of", "eager to"
    findings: frozenset[str]  # nouns of findings that attribute through "in": "in a poll"
    adverbs: dict[str, Cue]  # adverbs that hand their clause to an unnamed source: "reportedly"
    source_names: tuple[tuple[re.Pattern[str], str, str], ...]  # pattern, type, canonical
    source_words: dict[str, str]
    source_roles: dict[str, str]  # "spokesman", "official": typed by what modifies them
    anonymity_re: re.Pattern[str]  # "asked not to be named", "on condition of anonymity"
    hedges: tuple[tuple[str, Certainty], ...]  # lower-case term, certainty
    hedged_re: re.Pattern[str]  # any hedged term, as a whole word
    unconfirmed_re: re.Pattern[str]  # any unconfirmed term, as a whole word
    cue_model: CueModel | None = None  # reads the verbs not listed here (knowledge/cue_model.npz)
    non_cues: frozenset[str] = frozenset()  # verbs never a cue: "lie", "deceive", "cheat"
    # light verb + noun that make a cue ("express", "concern") → whether the subject must be a
    # person ("took aim at the plan", not "gunners took aim at the convoy")
    light: dict[tuple[str, str], bool] = field(default_factory=dict)
    # "X won the endorsement of Y": verbs of getting or holding, nouns of backing
    # (knowledge/claim_backing.tsv)
    getting: frozenset[str] = frozenset()
    backing: frozenset[str] = frozenset()
    # keeps, in context, a cue verb a hand-written filter would drop (knowledge/cue_filter.npz);
    # None: every filtered verb is dropped
    cue_filter: CueFilter | None = None
    # words of war (knowledge/claim_war_words.tsv): who fights or fires, what is fought over
    war_forces: frozenset[str] = frozenset()
    war_targets: frozenset[str] = frozenset()
    # verbs that are a cue only with a preposition (and particle) right after them: "commented
    # on X", "lashed out at X" (knowledge/claim_prep_cues.tsv): lemma -> {(particle, prep)}
    prep_cues: dict[str, frozenset[tuple[str, str]]] = field(default_factory=dict)


def name_pattern(name: str) -> str:
    """The regular expression of a source name, matched as written but for the Arabic article
    that opens it, which wire copy writes in either case ("Al-Masirah", "al-Masirah TV";
    "Al Jazeera", "al Jazeera")."""
    if re.match(r"Al[- ]", name):
        return "[Aa]" + re.escape(name[1:])
    return re.escape(name)


@cache
def load_lexicon() -> Lexicon:
    cues = [Cue(r["cue"], r["pos"], r["stance"], r["certainty"])  # type: ignore[arg-type]
            for r in read_table("cues.tsv")]
    names = []
    words: dict[str, str] = {}
    roles: dict[str, str] = {}
    unnamed: list[str] = []
    for row in read_table("sources.tsv"):
        if row["kind"] == "name":
            # a place standing for its government is no part of a longer name: "the Damascus
            # Evening Post", "the Washington Post", "US Army" are not the governments
            longer = r"(?!\s+[A-Z][a-z])" if row["canonical"].startswith("Government of") else ""
            pat = re.compile(rf"(?<![\w-]){name_pattern(row['pattern'])}(?![\w-]){longer}")
            names.append((pat, row["type"], row["canonical"]))
        elif row["kind"] == "anonymity":
            unnamed.append(row["pattern"].lower())
        else:
            (roles if row["kind"] == "role" else words)[row["pattern"].lower()] = row["type"]
    names.sort(key=lambda n: -len(n[0].pattern))
    hedges: list[tuple[str, Certainty]] = [
        (h.term.lower(), "unconfirmed" if h.certainty == "unconfirmed" else "hedged")
        for h in load_hedges()
    ]
    backing = read_table("claim_backing.tsv")
    preps: dict[str, set[tuple[str, str]]] = {}
    for r in read_table("claim_prep_cues.tsv"):
        preps.setdefault(r["verb"], set()).add((r["particle"], r["preposition"]))
    war = read_table("claim_war_words.tsv")
    return Lexicon(
        verbs={c.lemma: c for c in cues if c.pos == "verb"},
        nouns={c.lemma: c for c in cues if c.pos == "noun"},
        attitudes=frozenset(c.lemma for c in cues if c.pos == "adj")
        | {r["adjective"] for r in read_table("claim_attitudes.tsv")},
        findings=frozenset(c.lemma for c in cues if c.pos == "finding"),
        adverbs={c.lemma: c for c in cues if c.pos == "adverb"},
        source_names=tuple(names),
        source_words=words,
        source_roles=roles,
        anonymity_re=_any_term(unnamed),
        hedges=tuple(hedges),
        hedged_re=_any_term(t for t, c in hedges if c == "hedged"),
        unconfirmed_re=_any_term(t for t, c in hedges if c == "unconfirmed"),
        cue_model=shipped_cue_model(),
        non_cues=frozenset(r["lemma"].lower() for r in read_table("claim_non_cues.tsv")),
        light={(r["verb"], r["noun"]): r["person"] == "yes"
               for r in read_table("claim_light_cues.tsv")},
        getting=frozenset(r["word"] for r in backing if r["kind"] == "verb"),
        backing=frozenset(r["word"] for r in backing if r["kind"] == "noun"),
        cue_filter=shipped_cue_filter(),
        war_forces=frozenset(r["word"] for r in war if r["kind"] == "force"),
        war_targets=frozenset(r["word"] for r in war if r["kind"] == "target"),
        prep_cues={verb: frozenset(pairs) for verb, pairs in preps.items()},
    )


def _any_term(terms: Iterable[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(t) for t in sorted(set(terms), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives or '(?!)'})(?![\w-])")


# "As X put it, …": the idiom tells what follows in X's words (cue "put it").
PUT_IT = Cue("put", "verb", "asserts", "certain")


def puts_it(tok: Token) -> bool:
    """Whether a verb is the "put it" of "as X put it" (not "she put it on the table")."""
    return tok.lemma_.lower() == "put" and tok.dep_ == "advcl" and any(
        c.dep_ == "dobj" and c.lower_ == "it" and c.i == tok.i + 1 for c in tok.children) and (
        tok.left_edge.lower_ == "as" or any(c.dep_ == "mark" and c.lower_ == "as"
                                            for c in tok.children))


def verb_cue(tok: Token, lex: Lexicon) -> Cue | None:
    """The cue a verb token is, if any.

    The tagger's lemmatiser sometimes drops a silent e ("hoping", "hopes" → "hop"); a form
    that is the lemma plus an inflection and whose lemma + "e" is a cue is read as that cue.
    A verb the lexicon lacks is a cue that asserts when the lexicon's cue model says so
    (:mod:`sitrep.extract.cue_model`). A verb of deceit or moral judgement ("are lying
    about …") is never a cue: it judges what someone did, it does not report what they said.
    """
    if tok.pos_ not in {"VERB", "AUX"}:
        return None
    lemma = tok.lemma_.lower()
    if lemma in lex.non_cues:
        return None
    if puts_it(tok):
        return PUT_IT
    cue = lex.verbs.get(lemma)
    if cue is None and tok.lower_ in {lemma + "ing", lemma + "es", lemma + "ed"}:
        cue = lex.verbs.get(lemma + "e")
    if cue is None and prep_cue(tok, lex) is not None:
        cue = Cue(lemma, "verb", "asserts", "certain")
    if cue is None and lex.cue_model is not None and fires(
            lex.cue_model, tok, (lex.source_words, lex.source_roles)):
        cue = Cue(lemma, "verb", "asserts", "certain")
    return cue


def prep_cue(tok: Token, lex: Lexicon) -> tuple[Token, Token] | None:
    """(preposition, its object) of a verb of ``Lexicon.prep_cues`` with its preposition right
    after it and its particle: "commented on the plan", "lashed out at X"; else None."""
    pairs = lex.prep_cues.get(tok.lemma_.lower())
    if not pairs:
        return None
    particle = next((c for c in tok.children if c.dep_ == "prt" and c.i == tok.i + 1), None)
    after = particle.i if particle is not None else tok.i
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.i == after + 1), None)
    obj = next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None) if prep else None
    if prep is None or obj is None or (
            particle.lower_ if particle is not None else "-", prep.lower_) not in pairs:
        return None
    return prep, obj


# the month May with its day or year ("May 2", "2 May", "May 2024"): a date, not the modal
_MONTH_MAY = re.compile(r"\bMay\s+(?:\d{1,2}|(?:19|20)\d\d)\b|\b\d{1,2}\s+May\b")


def certainty(text: str, base: Certainty, lex: Lexicon) -> Certainty:
    """The certainty of a content: unconfirmed or hedged when it holds such a term (the month
    in a date, "GOMA, … May 2 -", is no hedge)."""
    low = _MONTH_MAY.sub("", text).lower()
    if lex.unconfirmed_re.search(low):
        return "unconfirmed"
    return "hedged" if lex.hedged_re.search(low) else base
