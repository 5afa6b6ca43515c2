"""What kind of source makes a claim: official, military, media, armed group, anonymous,
expert, witness, monitor, from the words of its phrase and the names of ``knowledge/sources.tsv``
(:func:`type_source`), a state's armed services (:func:`state_service`), an outlet that reports
(:func:`reporting`) and two known names joined (:func:`joint_source`).

Who the source is, and the fullest name it stands for, is found in
:mod:`sitrep.extract.claim_sources`.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from sitrep.extract.claim_lexicon import Lexicon
from sitrep.knowledge import read_table
from sitrep.model import Span


def _word_type(word: str, table: dict[str, str]) -> str | None:
    """The type of a word of a table, or of its singular ("analysts" → "analyst")."""
    return table.get(word) or (table.get(word[:-1]) if word.endswith("s") else None)


# Civil offices named with a military rank (the rank alone types a source military):
# "Attorney General", "Secretary-General", "Lt. Gov.", "Lieutenant Governor".
CIVIL_GENERAL = re.compile(r"\b(?:attorney|secretary|inspector|solicitor|surgeon|auditor|"
                           r"comptroller|procurator|prosecutor|consul|governor|postmaster)"
                           r"[\s-]+general\b|\b(?:lieutenant|lt\.?)[\s-]+gov(?:ernor\b|\.)",
                           re.IGNORECASE)


# Civil defence and emergency services, the state's rescuers (their "defence" is no army's,
# their "agency" no news agency): "Gaza's civil defence agency", "Ukraine's State Emergency
# Service"; ACLED and wire copy cite them for tolls as officials.
RESCUERS = re.compile(r"\bcivil[\s-]+defen[cs]e(?:\s+(?:agency|service|directorate|"
                      r"department|authority))?\b|\b(?:state\s+)?emergency\s+services?\b",
                      re.IGNORECASE)


def type_source(text: str, lex: Lexicon) -> tuple[str, str | None]:
    """(type, canonical name when the source is a known name) of a source phrase.

    The head of the phrase decides first ("Kurdish media in Syria" is media, not Syria). A
    head that only names a role ("spokesman", "officials", "commander") takes its type from
    the words before it: "a military spokesman" is military, "a Taliban spokesman" an armed
    group, "a Human Rights Watch researcher" a monitor; "a police spokesman" stays official;
    else from whom it speaks for: "a spokesman for the Front" is an armed group's.
    """
    text = CIVIL_GENERAL.sub("official", text)  # "Attorney General X" is no soldier
    text = RESCUERS.sub("official", text)  # "Gaza's civil defence agency": no army, no outlet
    head = re.split(r"\s+(?:in|of|from|at|on|for|with)\s+", text, maxsplit=1)[0]
    for pat, name_type, name in lex.source_names if head != text else ():
        m = pat.search(text)  # a name the split cut: "Syria's Ministry of Defence"
        if m is not None and m.start() < len(head) < m.end():
            return name_type, name
    words = re.findall(r"[A-Za-z]+", head.lower())
    if words and _word_type(words[-1], lex.source_roles):
        role = _word_type(words[-1], lex.source_roles) or "unknown"
        modifier = head[:head.lower().rindex(words[-1])]
        if armed_service(modifier):  # "Ukrainian air force spokesman X": the air force's word
            return "military", None
        agency = agency_type(modifier)
        if agency is not None:  # "a UN agency official": no news agency's
            return agency, None
        for word in reversed(words[:-1]):
            typ = _word_type(word, lex.source_words) or _word_type(word, lex.source_roles)
            if typ is not None:
                return typ, None
        # a name before the role, or one that ends with it ("a Wagner commander")
        named = next((typ for pat, typ, _ in lex.source_names
                      if pat.search(modifier) or pat.search(head)), None)
        whose = re.match(r"\s+(?:for|of)\s+(.+)", text[len(head):])
        if named is None and whose is not None:  # "a spokesman for the Front": the Front's
            named = type_source(whose.group(1), lex)[0]
        return named if named not in {None, "unknown"} else role, None
    known = name_of_kind(head, lex)
    if known is not None:  # "al-Masirah TV", "Reuters news agency": the outlet's own name
        return known
    agency = agency_type(head)
    if agency is not None:  # "the UK Maritime Trade Operations agency": no news agency
        return agency, None
    last = head.split()[-1] if head.split() else ""
    for pat, typ, canonical in lex.source_names:
        m = pat.search(head)  # the name the head ends with: "Ukraine's state news agency
        if m is not None and m.end() == len(head.rstrip()):  # Ukrinform" is Ukrinform's
            return typ, canonical
    for part in (head, text):
        for pat, typ, canonical in lex.source_names:
            if pat.search(part) and (part is text or pat.search(last)):
                return typ, canonical
        for word in reversed(re.findall(r"[A-Za-z]+", part.lower())):
            typ = _word_type(word, lex.source_words) or _word_type(word, lex.source_roles)
            if typ is not None and _word_type(word, lex.source_words) is None and armed_service(
                    part[:part.lower().rindex(word)]):
                return "military", None  # "air force spokesman Yuriy Ihnat": the air force's
            if typ is not None:
                return typ, None
        if part is head and head != text:
            # a name in the head, before a place or a party after it: "the UN Human Rights
            # Monitoring Mission in Ukraine" is the UN's, not Ukraine's
            in_head = next(((typ, canonical) for pat, typ, canonical in lex.source_names
                            if pat.search(head)), None)
            if in_head is not None:
                return in_head
    return "unknown", None


# The kind of body a name is, said after it: "al-Masirah TV", "Reuters news agency", "the UK
# Maritime Trade Operations agency".
KIND_AFTER_NAME = re.compile(r"(?:['’]s?)?\s+(?P<news>(?:(?:news|press|state)\s+)+)?"
                             r"(?P<kind>agency|agencies|tv|television|channel|radio|newspaper|"
                             r"daily|broadcaster|website)$", re.IGNORECASE)


def name_of_kind(head: str, lex: Lexicon) -> tuple[str, str | None] | None:
    """(type, canonical) of a known name followed only by the kind of body it is: an outlet
    by its medium ("the group's al-Masirah TV": Al-Masirah, media; the owner's name before it
    is none of the outlet's), any body but a state by "agency" ("the UK Maritime Trade
    Operations agency": UKMTO). A state's name before a medium ("Russia's state TV") or a
    news agency is its state media, media with no canonical: which state owns it is told by
    the words (``knowledge/outlet_affiliations.tsv``); the government is no outlet."""
    for pat, typ, canonical in lex.source_names:
        for m in pat.finditer(head):
            kind = KIND_AFTER_NAME.match(head[m.end():])
            if kind is None:
                continue
            agency = kind.group("kind").lower().startswith("agenc")
            if canonical.startswith("Government of"):
                if not agency or kind.group("news") is not None:
                    return "media", None
            elif typ == "media" or agency:
                return typ, canonical
    return None


# The modifiers of an agency that make it a news agency: "the state news agency", "the
# official agency", "the Interfax-Ukraine news agency"; an agency by any other words is a
# public body ("the UK Maritime Trade Operations agency", "the UN refugee agency", "Iran's
# atomic energy agency") and speaks as an official, or an aid agency, which speaks as the
# aid groups do (MSF and the Red Cross are monitors, ``knowledge/sources.tsv``).
NEWS_AGENCY_WORDS = {"news", "press", "wire", "information", "media", "state", "official",
                     "semi", "semiofficial"}
AID_WORDS = {"aid", "relief", "humanitarian", "charity"}
AGENCY_HEAD_RE = re.compile(r"^(?:(?:the|a|an)\s+)?(?P<modifier>.+?)\s+agency$", re.IGNORECASE)


def agency_type(head: str) -> str | None:
    """The type of a source phrase that is an agency other than a news agency
    (:data:`NEWS_AGENCY_WORDS`): "monitor" for an aid agency, else "official"; None for any
    other phrase. "The agency" alone is taken, as wire copy most often means it, for the news
    agency that reports, and an agency named by a known outlet is that outlet's
    (:func:`name_of_kind`)."""
    m = AGENCY_HEAD_RE.match(head.strip())
    if m is None:
        return None
    words = set(re.findall(r"[a-z]+", m.group("modifier").lower())) - {"the", "a", "an"}
    if not words or words & NEWS_AGENCY_WORDS:
        return None
    return "monitor" if words & AID_WORDS else "official"


def joint_source(src: Span, lex: Lexicon, sentence: SpacySpan) -> tuple[str, str] | None:
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


# The armed services of a state, as wire copy names them after the state ("Ukraine's air
# force", "Israel's navy", "Russia's Black Sea Fleet", "Iran's Revolutionary Guards").
ARMED_SERVICES = ("army", "navy", "air force", "fleet", "military", "armed forces", "forces",
                  "troops", "marines", "air defence", "air defense", "coast guard",
                  "national guard", "revolutionary guards", "general staff")


def state_service(text: str, lex: Lexicon, typ: str, canonical: str | None
                  ) -> tuple[str, str | None]:
    """(type, canonical) of a source, less a state's name matched inside the name of one of its
    armed services: "Ukraine's air force", "Israel's navy", "Russia's Black Sea Fleet" speak
    as a military, not as the government (the phrase names them); any other source keeps
    what :func:`type_source` gave it."""
    if canonical is None or not canonical.startswith("Government of ") or not armed_service(
            text):
        return typ, canonical
    return "military", None


@cache
def _peoples() -> dict[str, str]:
    """A state's name (lower case) -> its people's adjective, the first name of its row of
    ``knowledge/demonyms.tsv`` ("israel" -> "Israeli", "mali" -> "Malian")."""
    peoples: dict[str, str] = {}
    for row in read_table("demonyms.tsv"):
        names = [n.strip() for n in row["names"].split("|") if n.strip()]
        for name in names[1:]:
            peoples.setdefault(name.lower(), names[0])
    return peoples


POSSESSED_SERVICE_RE = re.compile(r"^(?:the\s+)?(?P<state>[A-Z][\w.\- ]*?)['’]s\s+"
                                  r"(?P<service>[a-z][a-z ]*)$")


def state_forces(text: str) -> str | None:
    """The name of a state's armed service told by the state's name, in the people's adjective
    as wire copy and the events name it: "Israel's military" is the "Israeli military", as
    "the Israeli military" is; "Sudan's army" the "Sudanese army" (``knowledge/demonyms.tsv``).
    None for any other phrase."""
    m = POSSESSED_SERVICE_RE.match(text.strip())
    if m is None or m.group("service").lower() not in ARMED_SERVICES:
        return None
    people = _peoples().get(m.group("state").lower())
    return f"{people} {m.group('service')}" if people is not None else None


def armed_service(text: str) -> bool:
    """Whether a phrase ends with the name of one of a state's armed services, after the
    state's name: "Mali's army", "Ukraine's air force" (:data:`ARMED_SERVICES`)."""
    words = " ".join(re.findall(r"[A-Za-z]+", text.lower()))
    return any(words.endswith(" " + service) for service in ARMED_SERVICES)


def reporting(typ: str, verb: Token | None) -> str:
    """A source of no known type whose cue is "report" is a news outlet ("Free Idlib Voice
    reported that …"); a person or a known kind of source keeps its type."""
    return "media" if typ == "unknown" and verb is not None and verb.lemma_ == "report" else typ
