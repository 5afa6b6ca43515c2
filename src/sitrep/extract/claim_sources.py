"""Who makes a claim: the fullest name the speaker's phrase stands for, and its type.

The speaker of a cue is found by :func:`sitrep.extract.claim_speakers.source_of`; the edges of
its phrase are drawn in :mod:`sitrep.extract.claim_source_spans`.

Sources are typed from ``knowledge/sources.tsv`` and resolved to the fullest name in the
article ("he" → the person named earlier in the sentence, else the person the sentence before
is about, "Ryan" → "Paul Ryan"). Pronouns that stand for no speaker: :mod:`sitrep.extract.
claim_pronouns`.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from sitrep.extract.claim_draft import tok_span
from sitrep.extract.claim_group_refs import denies_what_was_told, group_reference, latest_group
from sitrep.extract.claim_lexicon import Lexicon
from sitrep.extract.claim_source_spans import (
    TITLE_ABBREVIATIONS,
    governing_subject,
    issuer,
    rank_before,
    source_span,
)
from sitrep.extract.claim_source_types import (
    armed_service,
    joint_source,
    reporting,
    state_forces,
    state_service,
    type_source,
)
from sitrep.extract.claim_speakers import SUBJECTS
from sitrep.extract.descriptions import described
from sitrep.model import Span
from sitrep.nlp import doc_text

PRONOUNS = {"he", "she", "they", "it", "we", "i"}
# Possessive pronouns, which stand for a speaker as their subject forms do: "his criticism".
POSSESSIVES = {"his", "her", "their", "its", "our", "my"}
# The "'s" (or bare apostrophe) of a possessor source: "Trump's claim", "Sanders' claim".
POSSESSIVE_S = re.compile(r"\s*['’]s?$")

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
    named = NAME_APPOSITION_RE.match(text)  # "Aung Min, a teacher in Sagaing": Aung Min
    text = named.group(1) if named is not None else text
    return re.sub(r"^(the|a|an)\s+", "", text.strip(), flags=re.I).strip(" ,")


# A name in capitals and the apposition that says what it is: "Aung Min, a teacher in …".
NAME_APPOSITION_RE = re.compile(r"([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*),\s+(?:a|an|the)\s")


def antecedent(doc: Doc, verb: Token, lex: Lexicon) -> tuple[str, str] | None:
    """(name, type) of what a relative pronoun source stands for: "a report which showed …";
    after a name and its apposition, the name: "Ahmed Ali, a local official, who said …"."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in {"NOUN", "PROPN"}:
        return None
    span = source_span(doc, verb.head, cue=verb)
    name = clean_name((issuer(span, doc) or span).text)
    kind = type_source(name, lex)[0]
    named = _named_before(verb.head)
    if named is not None:  # "Ahmed Ali, a local official, who said": Ahmed Ali, an official
        return named, kind if kind != "unknown" else type_source(named, lex)[0]
    return name, kind


def _named_before(noun: Token) -> str | None:
    """The name a common noun is an apposition of, the name's words alone: "Ahmed Ali" of
    "Ahmed Ali, a local official"; None where the noun is no apposition of a name before it
    ("the Trump who": a name; "a museum that": no name)."""
    name = noun.head
    if noun.dep_ != "appos" or noun.pos_ != "NOUN" or name.pos_ != "PROPN" or name.i > noun.i:
        return None
    while name.dep_ == "pobj" and name.head.dep_ == "prep" and name.head.head.pos_ == "PROPN":
        name = name.head.head  # "Democracy for America, an organization that …": the whole
    words = [t for t in name.subtree if t.i < noun.left_edge.i]
    while words and (words[-1].is_punct or words[-1].is_space):
        words.pop()
    while words and (words[0].dep_ == "det" or words[0].is_punct):
        words.pop(0)
    doc = noun.doc
    if not words or words[-1].i + 2 != noun.left_edge.i or doc[words[-1].i + 1].text != ",":
        return None  # the apposition right after the name, a comma between
    if not all(t.text[:1].isupper() or t.lower_ in {".", "-", "'", "of", "for", "the", "and"}
               for t in words) or words[-1].i - words[0].i + 1 != len(words):
        return None  # "Elizabeth Arnold, 32", "among them Robert Mercer": not a name alone
    return clean_name(doc_text(doc)[words[0].idx:words[-1].idx + len(words[-1])])


# A spokesman named only by whom he speaks for, that pronoun standing for it: "its spokesman".
OWN_ROLE_RE = re.compile(r"(?:its|their)\s+(?:\w+\s+)?(?:spokes(?:man|woman|person)|"
                         r"spokes(?:men|women|people)|representatives?|officials?)$")
# The owner's possessive before an outlet's own name: "the group's Radio Dawn", "Hezbollah's
# al-Nour radio"; the outlet is named without it (its owner, when known, is data:
# ``knowledge/outlet_affiliations.tsv``). "Russia's state TV" names no outlet and keeps it.
OUTLET_OWNER_RE = re.compile(r"^[^,]*?['’]s?\s+(?=(?:al[- ])?[A-Z])")
# A relative clause set off after the speaker, which says what it is, not who speaks.
RELATIVE_ASIDE_RE = re.compile(r",\s+(?:which|that)\s")
# A spokesman named by the article alone: "The spokesman said …".
BARE_ROLE_RE = re.compile(r"the\s+spokes(?:man|woman|person)$")
# "The Syrian Observatory for Human Rights said … The monitor said …": the monitor named last
BARE_MONITOR_RE = re.compile(r"the\s+(?:monitor|observatory|watchdog|monitoring\s+group)$")


class Resolver:
    """Resolves pronouns and short names to the fullest earlier mention in the article."""

    def __init__(self, doc: Doc) -> None:
        # not a rank the tagger took for a name once the parser cut it off ("Meanwhile, Brig.")
        self.ents = [e for e in doc.ents if e.label_ in {"ORG", "PERSON", "GPE", "NORP"}
                     and e.text.rstrip(".") not in TITLE_ABBREVIATIONS]
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
        owner = self._owner(src, lex, sentence) if OWN_ROLE_RE.match(low) else None
        if owner is not None:  # "…, its spokesman said": the army's word
            return owner
        if BARE_ROLE_RE.match(low) and self.last is not None and not any(
                e.label_ == "PERSON" and e.text == self.last for e in self.ents):
            # "The military said … The spokesman said …": the body that spoke last
            typ = self._known_type(self.last, lex, "unknown")
            if typ in {"military", "armed group", "official", "monitor"}:
                return self.last, typ
        if BARE_MONITOR_RE.match(low) and self.last is not None and self._known_type(
                self.last, lex, "unknown") == "monitor":
            return self.last, "monitor"
        accused = self._group(src, lex, sentence.doc, other_than=self.last) if (
            verb is not None and low in {"it", "they"} and denies_what_was_told(verb, lex)
        ) else None
        if accused is not None:  # "…, which it denied": the group the account accuses
            return accused, "armed group"
        if low in PRONOUNS | POSSESSIVES:
            subj = governing_subject(verb) if verb is not None else None
            known = type_source(tok_span(sentence.doc, [subj.left_edge, subj]).text, lex) if (
                subj is not None) else ("unknown", None)
            governing = self._governing_subject(verb) if verb is not None else None
            if known[1] is not None and (governing is None or type_source(
                    governing.text, lex)[1] != known[1]):
                # "Yemen's Houthis claimed …, which they said": the Houthis, not Yemen
                return known[1], known[0]
            earlier = [e for e in self.ents if sentence.start_char <= e.start_char < src.start
                       and e.label_ in {"ORG", "PERSON", "GPE"}]
            if governing is not None:
                earlier = [governing]
            if earlier:
                name = clean_name(earlier[0].text)
                default = "official" if earlier[0].label_ == "PERSON" else "unknown"
                return name, self._known_type(name, lex, default)
            person = self._previous_subject(sentence) if low in {"he", "she"} else None
            if person is not None:  # "Gen. X visited troops. He said …": X, who spoke of none
                name = clean_name(person[0])
                ranked = type_source(person[1], lex)[0]  # "Col. X visited …": a soldier
                return name, ranked if ranked == "military" else self._known_type(
                    name, lex, "official")
            if self.last is None:
                return None, "unknown"
            return self.last, self._known_type(self.last, lex, "unknown")
        joint = joint_source(src, lex, sentence)
        if joint is not None:  # "Moscow and Damascus fear …": both governments
            return joint
        head = RELATIVE_ASIDE_RE.split(src.text, maxsplit=1)[0]  # not "…, which is run by Hamas"
        typ, canonical = state_service(head, lex, *type_source(head, lex))
        persons = [e for e in self.ents if e.label_ == "PERSON"
                   and src.start <= e.start_char and e.end_char <= src.end
                   and not (armed_service(src.text)  # "Mali's army": a state's, no person's
                            and src.text[e.end_char - src.start:].startswith(("'s ", "’s ")))]
        phrase = sentence.doc.char_span(src.start, src.end, alignment_mode="expand")
        persons = [e for e in persons if phrase is not None  # "X, a farmer in Y": X
                   and e.start <= phrase.root.i < e.end] or [
            e for e in persons if phrase is None or canonical is None or not (
                # "the Islamic State group's Sahel branch": the group's, no person "Sahel"
                e.root.dep_ in {"compound", "amod"} and e.root.head.i == phrase.root.i
                and phrase.root.pos_ == "NOUN")]
        named = type_source(persons[-1].text, lex) if persons else ("unknown", None)
        if named[1] is not None:  # a listed source the tagger took for a person: "Al-Masdar"
            return named[1], named[0]
        if persons:
            name = POSSESSIVE_S.sub("", persons[-1].text)  # "Al-Burhan's office": the tagger's
            # person may hold the "'s"
            fuller = [e.text for e in self.ents if e.label_ == "PERSON" and e.end_char <= src.start
                      and e.text.endswith(name) and len(e.text) > len(name)]
            name = fuller[-1] if fuller else name
            if typ == "unknown":
                typ = self.types.get(name, "official")
            return name, typ
        forces = state_forces(head) if typ == "military" and canonical is None else None
        if forces is not None and not persons:  # "Israel's military": the "Israeli military"
            return forces, typ
        if canonical:
            return canonical, typ
        name = clean_name(src.text)
        if typ == "media":  # "the militia's Radio Dawn": the outlet is "Radio Dawn"
            name = OUTLET_OWNER_RE.sub("", name)
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
        group = self._group(src, lex, sentence.doc) if group_reference(src.text) else None
        if group is not None:  # "Hamas fighters attacked … The group said": Hamas
            return group, "armed group"
        org = self._named_org(src)
        if org is None:
            return name, typ
        name = clean_name(org)  # "An opposition outlet, Free Idlib Voice": the outlet's name
        typ = typ if typ != "unknown" else self._known_type(name, lex, "unknown")
        return name, reporting(typ, verb)

    def _group(self, src: Span, lex: Lexicon, doc: Doc, *, other_than: str | None = None
               ) -> str | None:
        """The armed group last named before a source phrase (:func:`latest_group`)."""
        described = [(end, clean_name(text)) for text, end in self._names(doc)
                     if self.types.get(clean_name(text)) == "armed group"]
        return latest_group(doc, src.start, lex, described, other_than=other_than)

    def _owner(self, src: Span, lex: Lexicon, sentence: SpacySpan) -> tuple[str | None, str] | None:
        """(canonical, type) of whom "its" or "their" spokesman speaks for: the first noun
        subject earlier in the sentence ("The army said its forces had killed 30 militants,
        its spokesman said"; "The Houthis said …, according to their spokesman")."""
        subj = next((t for t in sentence if t.idx < src.start and t.dep_ in SUBJECTS
                     and t.pos_ in {"NOUN", "PROPN"}), None)
        if subj is None:
            return None
        owner = tok_span(sentence.doc, [subj.left_edge, subj])
        name, typ = self.canonical(owner, lex, sentence=sentence)
        return (name, typ) if name is not None else None

    def _previous_subject(self, sentence: SpacySpan) -> tuple[str, str] | None:
        """(name, subject phrase) of the person named as the subject of the sentence right
        before ``sentence`` in its paragraph, which a "he" or "she" opening the next one takes
        up; None for any other. The phrase holds the rank the parser may have cut off
        ("Brig. | Gen. X visited …", :func:`~sitrep.extract.claim_source_spans.rank_before`)."""
        doc = sentence.doc
        if sentence.start == 0 or "\n" in doc[sentence.start - 1].text:
            return None
        before = doc[sentence.start - 1].sent
        subj = next((c for c in before.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is None:
            return None
        people = [e for e in self.ents if e.label_ == "PERSON"
                  and subj.left_edge.idx <= e.start_char and e.end_char <= subj.idx + len(subj)
                  and e.root.i == subj.i]
        if not people:
            return None
        phrase = tok_span(doc, [*rank_before(subj.left_edge), subj.left_edge, subj]).text
        return people[0].text, phrase

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
        subj = governing_subject(verb)
        if subj is None:
            return None
        span = (subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge))
        named = [e for e in self.ents if span[0] <= e.start_char and e.end_char <= span[1]
                 and e.label_ in {"ORG", "PERSON", "GPE"}]
        return named[0] if named else None

