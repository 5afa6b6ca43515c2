"""Actors: who is named in an article, resolved to ACLED-style canonical actors.

Three sources of mentions, the longest non-overlapping span winning:
1. the aliases of ``knowledge/actors.tsv`` (case-insensitive; acronyms such as ``IS`` or ``SAA``
   only in capitals, so the verb "is" never becomes Islamic State);
2. a demonym or country name followed by a force noun (``knowledge/demonyms.tsv``): "Syrian
   forces", "Russia's air force", "Kurdish militia" (Kurdish resolves by the article's country);
3. spaCy ORG entities that look like organisations, and NORP entities used as nouns ("the Kurds"),
   that the dictionary does not know: an :class:`Actor` of type ``unknown``.

Generic rows (government forces, unidentified gunmen, civilians, ...) have no country;
:meth:`ActorDictionary.localise` gives them the article's, ACLED-style ("Civilians (Syria)").
ACLED codes state forces acting abroad as external forces (inter 8): :func:`acled_inter` decides
that at event time, from the event's country.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sitrep.errors import ResourceError
from sitrep.extract.descriptions import Description, described
from sitrep.knowledge import read_table
from sitrep.model import Actor, ActorMention, Article
from sitrep.nlp import doc_text

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

ACTORS_TABLE = "actors.tsv"
DEMONYMS_TABLE = "demonyms.tsv"
UNKNOWN = "unknown"
INTER_TYPES = {1: "state forces", 2: "rebel group", 3: "political militia", 4: "identity militia",
               5: "rioters", 6: "protesters", 7: "civilians", 8: "external/other forces"}

# Head nouns after a demonym, by the column of demonyms.tsv that resolves them.
NOUN_CLASSES = {
    "forces": {"forces", "force", "army", "armies", "troops", "military", "soldiers", "soldier",
               "jets", "warplanes", "aircraft", "planes", "helicopters", "drones", "navy",
               "artillery", "tanks", "gunships", "bombers", "units", "personnel", "marines",
               "commandos", "paratroopers", "servicemen", "gunners", "gunboats", "warships",
               "troopers", "infantry", "guards", "sailors", "pilots",
               "defences", "defenses",  # "Ukrainian air defences shot down 20 drones"
               # ranks: "a Russian lieutenant-general", "two Syrian officers" (see _rank)
               "officer", "officers", "commander", "commanders", "colonel", "colonels",
               "general", "generals"},
    "police": {"police", "policemen", "gendarmes", "gendarmerie"},
    "militia": {"militia", "militias", "militiamen", "fighters", "mercenaries", "paramilitaries"},
    "rebels": {"rebels", "insurgents", "guerrillas", "militants",
               # a site or person named by the group it belongs to: "Kurdish rebel bases"
               "rebel", "insurgent", "guerrilla", "militant"},
}
MODIFIERS = ["government", "regime", "armed", "air", "aerospace", "special", "security", "ground",
             "regular", "elite", "army", "naval", "military", "fighter", "attack", "combat",
             "border", "federal", "national", "state", "riot", "defence", "defense", "proxy"]
# Words that open a rank ("lieutenant-general", "major general", "brigadier general").
RANK_PREFIXES = {"lieutenant", "major", "brigadier"}
# Generic nouns whose singular and plural both name the actor ("Syrian Democratic Force").
PLURALS = {"forces": "force", "units": "unit", "brigades": "brigade", "guards": "guard",
           "battalions": "battalion", "militias": "militia", "fighters": "fighter",
           "civilians": "civilian", "protesters": "protester", "demonstrators": "demonstrator",
           "rioters": "rioter", "gunmen": "gunman", "soldiers": "soldier", "militants": "militant",
           "assailants": "assailant", "attackers": "attacker", "residents": "resident",
           "villagers": "villager", "jets": "jet", "warplanes": "warplane", "rebels": "rebel"}
SINGULARS = {v: k for k, v in PLURALS.items()}
ORG_HEADS = {"army", "forces", "force", "front", "brigade", "brigades", "battalion", "movement",
             "party", "group", "ministry", "council", "units", "corps", "militia", "organization",
             "organisation", "committee", "division", "command", "guard", "guards", "police",
             "government", "coalition", "league", "jihad", "regiment", "state", "authority"}
# Generic rows that ACLED names per country: "Civilians (Syria)", "Unidentified Armed Group (Iraq)".
LOCALISED_BY_NAME = {"Unidentified Armed Group", "Civilians", "Protesters", "Rioters",
                     "Unidentified Clan Militia", "Unidentified Pro-Government Militia"}
# movements ACLED names by their country branches ("Islamic State (Philippines)"), with the
# branches named by a region rather than a country
BRANCHED: dict[str, dict[str, str]] = {
    "Islamic State": {code: "Islamic State (Sahel)" for code in ("ML", "NE", "BF")},
}
_DASHES = re.compile(r"[-‐‑–—/]")
_ACRONYM = re.compile(r"^[A-Z][A-Z.]{1,4}$")


def normalize(text: str) -> str:
    """The lookup key of a name: casefolded, no leading "the", possessive, hyphens or dots."""
    t = text.casefold().replace("’", "'").replace("‘", "'")
    t = re.sub(r"'s\b", "", _DASHES.sub(" ", t)).replace("'", "").replace(".", "")
    words = t.split()
    if words[:1] == ["the"]:
        words = words[1:]
    return " ".join(words)


def _number_swaps(key: str) -> Iterator[str]:
    """``key`` with its last word in the other grammatical number, when that word is generic."""
    head, _, last = key.rpartition(" ")
    for other in (PLURALS.get(last), SINGULARS.get(last)):
        if other:
            yield f"{head} {other}".strip()


@dataclass(frozen=True)
class Demonym:
    """A row of demonyms.tsv: names of a people and the actors their forces are."""

    names: tuple[str, ...]
    country: str | None
    country_name: str | None
    context: str | None
    forces: Actor | None
    militia: Actor | None
    rebels: Actor | None


_Matchers = tuple["PhraseMatcher", "PhraseMatcher", "PhraseMatcher", "PhraseMatcher"]


class ActorDictionary:
    """Actors by canonical name and alias, with the matchers that find them in a parsed article.

    Immutable once built; the spaCy matchers are compiled on first use for a vocabulary.
    """

    def __init__(self, actors: Iterable[Actor], demonym_rows: Iterable[dict[str, str]] = (),
                 *, strict: bool = True) -> None:
        self._actors = tuple(actors)
        self._by_name = {a.name: a for a in self._actors}
        self._by_key: dict[str, Actor] = {}
        self._acronyms: set[str] = set()  # keys spelt only in capitals: "IS", "US", "SAA"
        for actor in self._actors:
            for alias in (actor.name, *actor.aliases):
                if _ACRONYM.match(alias):
                    self._acronyms.add(normalize(alias))
                other = self._by_key.setdefault(normalize(alias), actor)
                if other is not actor:
                    raise ResourceError(
                        f"alias {alias!r} names both {other.name!r} and {actor.name!r}")
        self._demonyms = tuple(self._demonym(row, strict) for row in demonym_rows)
        self._media = _media_keys()
        self._matchers: dict[int, tuple[Vocab, *_Matchers]] = {}

    @classmethod
    def load(cls, path: str | Path | None = None) -> ActorDictionary:
        """The package's dictionary, or the actor TSV at ``path`` (same columns as actors.tsv)."""
        if path is None:
            rows = read_table(ACTORS_TABLE)
        else:
            try:
                rows = _parse_tsv(Path(path).read_text(encoding="utf-8"), str(path))
            except OSError as exc:
                raise ResourceError(f"cannot read actor dictionary {path}: {exc}") from exc
        actors = [_actor(row, path or ACTORS_TABLE) for row in rows]
        return cls(actors, read_table(DEMONYMS_TABLE), strict=path is None)

    @property
    def actors(self) -> tuple[Actor, ...]:
        return self._actors

    def get(self, name: str) -> Actor | None:
        """The actor whose canonical name is ``name``."""
        return self._by_name.get(name)
    def lookup(self, text: str) -> Actor | None:
        """The actor that ``text`` names, by alias or as demonym + force noun; None if unknown."""
        key = normalize(text)
        if not key:
            return None
        shouting = any(c.isupper() for c in text)
        for candidate in (key, *_number_swaps(key)):
            if candidate in self._by_key and (shouting or candidate not in self._acronyms):
                return self._by_key[candidate]
        head, _, noun = key.rpartition(" ")
        for word in MODIFIERS:
            head = head.removesuffix(f" {word}")
        return self._demonym_actor(head, noun, None)

    def branch(self, actor: Actor, country_code: str) -> Actor:
        """The branch, in the country of ``country_code``, of a movement that ACLED names by
        its branches (:data:`BRANCHED`): "Islamic State (Syria)", the row its bare name finds,
        acting in the Philippines is "Islamic State (Philippines)"; a branch the dictionary
        names otherwise is that row ("Islamic State (Sahel)" in Niger). Other actors, and an
        unknown country, give ``actor``."""
        base = actor.name.partition(" (")[0]
        code = country_code.upper()
        if base not in BRANCHED or actor.country == code:
            return actor
        known = next((a for a in self._actors if a.name.partition(" (")[0] == base
                      and a.country == code), None)
        if known is not None:
            return known
        region = BRANCHED[base].get(code)
        if region is not None and region in self._by_name:
            return self._by_name[region]
        row = next((d for d in self._demonyms if d.country == code and d.context is None), None)
        if row is None or row.country_name is None:
            return actor
        return Actor(f"{base} ({row.country_name})", actor.type, code, actor.inter, actor.aliases)

    def actor_for_country(self, country_code: str) -> Actor | None:
        """The state (military) forces of the ISO 3166 ``country_code``, or None if unknown."""
        code = country_code.upper()
        for row in self._demonyms:
            if row.country == code and row.context is None:
                return row.forces
        return None

    def government(self, country_code: str) -> Actor | None:
        """The government of the ISO 3166 ``country_code`` (ACLED's "Government of Syria"),
        as a state actor; None if the country is unknown."""
        code = country_code.upper()
        row = next((d for d in self._demonyms if d.country == code and d.context is None), None)
        if row is None or row.country_name is None:
            return None
        return self._state_actor("Government", row.country_name, row.country)

    def localise(self, actor: Actor, country_code: str | None) -> Actor:
        """``actor`` made specific to the article's country: generic rows get a country, ACLED-style
        ("Civilians (Syria)"), "Islamic State (Syria)" becomes "Islamic State (Iraq)" in Iraq."""
        row = next((d for d in self._demonyms if country_code and d.country == country_code.upper()
                    and d.context is None), None)
        if row is None or row.country_name is None:
            return actor
        if actor.name == "Government forces (unspecified)":
            return row.forces or actor
        if actor.name == "Police forces (unspecified)":
            return self._state_actor("Police Forces", row.country_name, row.country)
        base, paren, _ = actor.name.partition(" (")
        sibling = self._by_name.get(f"{base} ({row.country_name})")
        if sibling is not None:
            return sibling
        if actor.name in LOCALISED_BY_NAME:
            return Actor(f"{actor.name} ({row.country_name})", actor.type, row.country,
                         actor.inter, actor.aliases)
        return actor

    def find_mentions(self, doc: Doc, *, article: Article, country: str | None = None,
                      localise: bool = False) -> tuple[ActorMention, ...]:
        """Every actor mention in the body of ``article`` (parsed as ``doc``), in text order.

        ``country`` is the ISO code of the article's country focus, used for context-dependent
        demonyms ("Kurdish forces" is the YPG in Syria, the Peshmerga in Iraq) and, with
        ``localise``, to make generic actors specific (see :meth:`localise`).
        """
        if doc_text(doc) != article.text:
            raise ValueError(f"the parsed doc is not the text of article {article.origin}")
        _, lower, exact, demonyms_lower, demonyms_exact = self._compiled(doc.vocab)
        found: list[tuple[int, int, Actor]] = []
        for match_id, start, end in [*lower(doc), *exact(doc)]:
            found.append((start, end, self._by_key[doc.vocab.strings[match_id]]))
        for match_id, start, name_end in [*demonyms_lower(doc), *demonyms_exact(doc)]:
            row = self._demonyms[int(doc.vocab.strings[match_id])]
            for end, noun_class in _force_nouns(doc, name_end):
                actor = self._class_actor(row, noun_class, country)
                if actor is not None:
                    found.append((start, end, actor))
        chosen: list[tuple[int, int, Actor]] = []
        taken: set[int] = set()
        for start, end, actor in sorted(found, key=lambda f: (f[0] - f[1], f[0])):
            if taken.isdisjoint(range(start, end)):
                chosen.append((start, end, actor))
                taken.update(range(start, end))
        chosen.extend(self._entity_fallback(doc, taken, described(doc)))
        mentions = []
        for start, end, actor in sorted(chosen, key=lambda c: c[0]):
            span = doc[start:end]
            if span.start_char >= article.body_start:
                actor = self.localise(actor, country) if localise else actor
                mentions.append(ActorMention(actor, article.span(span.start_char, span.end_char)))
        return tuple(mentions)

    # -- internals ---------------------------------------------------------------------------

    def _demonym(self, row: dict[str, str], strict: bool) -> Demonym:
        country, country_name = row["country"] or None, row["country_name"] or None
        cells: dict[str, Actor | None] = {}
        for column in ("forces", "militia", "rebels"):
            name = row[column]
            cells[column] = self._by_name.get(name) if name else None
            if name and cells[column] is None and strict:
                raise ResourceError(f"{DEMONYMS_TABLE}: no actor {name!r} in {ACTORS_TABLE}")
        if cells["forces"] is None and country_name:
            cells["forces"] = self._state_actor("Military Forces", country_name, country)
        return Demonym(tuple(row["names"].split("|")), country, country_name,
                       row["context"] or None, cells["forces"], cells["militia"], cells["rebels"])

    def _state_actor(self, prefix: str, country_name: str, country: str | None) -> Actor:
        name = f"{prefix} of {country_name}"
        return self._by_name.get(name) or Actor(name, INTER_TYPES[1], country, 1)

    def _class_actor(self, row: Demonym, noun_class: str, context: str | None) -> Actor | None:
        if row.context is not None and row.context != context:
            return None
        if row.context is None and context is not None and any(
            d.context == context and set(d.names) & set(row.names) for d in self._demonyms
        ):
            return None  # a row for this context exists and wins
        if noun_class == "police":
            if row.country_name is None:
                return None
            return self._state_actor("Police Forces", row.country_name, row.country)
        return getattr(row, noun_class)

    def _demonym_actor(self, name_key: str, noun: str, context: str | None) -> Actor | None:
        noun_class = next((c for c, nouns in NOUN_CLASSES.items() if noun in nouns),
                          "forces" if aircraft_model(noun) else None)  # "Iraqi F-16s"
        if noun_class is None:
            return None
        for row in self._demonyms:
            if name_key in {normalize(n) for n in row.names}:
                actor = self._class_actor(row, noun_class, context)
                if actor is not None:
                    return actor
        return None

    def _entity_fallback(self, doc: Doc, taken: set[int],
                         descriptions: dict[str, Description]
                         ) -> Iterator[tuple[int, int, Actor]]:
        # a group named in full, by its last word: "the Front" after "the Northern Dawn Front"
        by_last_word: dict[str, Actor] = {}
        for ent in doc.ents:
            if ent.label_ not in ("ORG", "NORP") or not taken.isdisjoint(range(ent.start, ent.end)):
                continue
            start, end = ent.start, ent.end
            while start < end and (doc[start].lower_ == "the" or doc[start].is_space):
                start += 1
            end = next((t.i for t in doc[start:end] if t.tag_ == "POS"), end)  # "RT's reporter"
            while end > start and (doc[end - 1].is_space or doc[end - 1].is_punct):
                end -= 1
            span = doc[start:end]
            if not span.text or "\n" in span.text or normalize(span.text) in self._media:
                continue
            short = by_last_word.get(span.text.lower()) if len(span) == 1 else None
            if short is not None and self.lookup(span.text) is None:
                yield start, end, short
                continue
            said = descriptions.get(span.text)  # "X, an armed opposition group": a rebel group
            if ent.label_ == "ORG" and not any(
                _ACRONYM.match(t.text) or t.lower_ in ORG_HEADS for t in span
            ) and not (said is not None and said.actor_type):
                continue  # places and people mistaken for organisations
            if ent.label_ == "NORP" and span[-1].tag_ not in ("NNPS", "NNS"):
                continue  # "Syrian", "Kurdish" are not actors; "the Kurds" may be
            known = self.lookup(span.text)
            kind = said.actor_type if said is not None and said.actor_type else UNKNOWN
            inter = next((code for code, name in INTER_TYPES.items() if name == kind), None)
            actor = known or Actor(span.text, kind, None, inter)
            if len(span) > 1 and span[-1].is_title:
                by_last_word.setdefault(span[-1].lower_, actor)
            yield start, end, actor

    def _compiled(self, vocab: Vocab) -> tuple[Vocab, *_Matchers]:
        if id(vocab) not in self._matchers:
            self._matchers[id(vocab)] = (vocab, *_build_matchers(self, vocab))
        return self._matchers[id(vocab)]


def _alias_forms(alias: str) -> set[str]:
    """Surface forms of an alias worth matching: hyphens as spaces, curly apostrophes, number."""
    forms = {alias, _DASHES.sub(" ", alias)}
    forms |= {f.replace("'", "’") for f in forms}
    forms |= {f.replace("Air Force", "Air-force").replace("air force", "air-force") for f in forms}
    for form in list(forms):
        head, _, last = form.rpartition(" ")
        for other in (PLURALS.get(last.lower()), SINGULARS.get(last.lower())):
            if head and other:
                forms.add(f"{head} {other}")
    return forms


def _build_matchers(dictionary: ActorDictionary, vocab: Vocab) -> _Matchers:
    """Phrase matchers of aliases (lowercase, exact) and of demonyms (lowercase, exact)."""
    from spacy.matcher import PhraseMatcher

    tokenizer = _tokenizer(vocab)
    lower, exact = PhraseMatcher(vocab, attr="LOWER"), PhraseMatcher(vocab, attr="ORTH")
    for actor in dictionary.actors:
        for alias in (actor.name, *actor.aliases):
            key = normalize(alias)
            for form in _alias_forms(alias):
                doc = tokenizer(form)
                if any(_ACRONYM.match(t.text) for t in doc):
                    exact.add(key, [doc])
                else:
                    lower.add(key, [doc])
    # A token Matcher with a pattern per demonym and noun class costs time per token *and*
    # pattern (it took longer than the parse on long articles); the names are phrase-matched
    # instead and the words after them read by _force_nouns.
    demonyms_lower = PhraseMatcher(vocab, attr="LOWER")
    demonyms_exact = PhraseMatcher(vocab, attr="ORTH")
    for index, row in enumerate(dictionary._demonyms):
        for name in row.names:
            doc = tokenizer(name)
            acronym = any(_ACRONYM.match(t.text) for t in doc)
            (demonyms_exact if acronym else demonyms_lower).add(str(index), [doc])
    return lower, exact, demonyms_lower, demonyms_exact


_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_MODIFIERS = frozenset(MODIFIERS)
_HYPHENS = frozenset({"-", "‐", "‑"})
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj", "attr"})
_NOUN_CLASS = {noun: noun_class for noun_class, nouns in NOUN_CLASSES.items() for noun in nouns}


def _force_nouns(doc: Doc, start: int) -> Iterator[tuple[int, str]]:
    """Ends and noun classes of "['s] modifier* noun" from token ``start``: "'s air force".

    Each force noun reached yields a candidate ("army" in "Syrian army forces" and "forces");
    the caller keeps the longest.
    """
    i = start + 1 if start < len(doc) and doc[start].text in _POSSESSIVE else start
    while i < len(doc):
        word = doc[i].lower_
        if word in _NOUN_CLASS and _rank(doc, i):
            yield i + 1, _NOUN_CLASS[word]
        elif aircraft_model(word):  # "Iraqi F-16s": a people's warplanes are its military
            yield i + 1, "forces"
        if word in RANK_PREFIXES and i + 1 < len(doc) and doc[i + 1].text in _HYPHENS:
            i += 2  # "lieutenant-general"
            continue
        if word not in _MODIFIERS and word not in RANK_PREFIXES and not aircraft_model(word):
            return
        i += 1


@cache
def _aircraft_models() -> frozenset[str]:
    return frozenset(r["word"].lower() for r in read_table("event_instruments.tsv")
                     if r["sub_event_type"] == "Air/drone strike" and any(
                         c.isdigit() for c in r["word"]))


def aircraft_model(word: str) -> bool:
    """Whether ``word`` is a military aircraft's model ("F-16s", "Su-25", "MiG-29s",
    ``knowledge/event_instruments.tsv``): after a people's adjective, that state's military
    (ACLED codes a state's air strikes to its military forces)."""
    return word.lower() in _aircraft_models()


def _rank(doc: Doc, i: int) -> bool:
    """Whether a "general" is the rank, a noun heading its phrase ("a Russian general was
    killed"), not the adjective of "a Syrian general amnesty"; other force nouns always are."""
    if doc[i].lower_ not in ("general", "generals"):
        return True
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    nominal = doc[i].pos_ in ("NOUN", "PROPN") or doc[i].dep_ in _ARGUMENTS  # tagged ADJ
    return nominal and (nxt is None or nxt.pos_ not in ("NOUN", "PROPN"))


@cache
def _blank_english() -> Language:
    import spacy

    return spacy.blank("en")


def _tokenizer(vocab: Vocab) -> Language:
    """A tokenizer with spaCy's English rules on ``vocab``: patterns tokenise as texts do."""
    import spacy

    blank = _blank_english()
    return blank if blank.vocab is vocab else spacy.blank("en", vocab=vocab)


def _parse_tsv(text: str, origin: str) -> tuple[dict[str, str], ...]:
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    if not lines:
        raise ResourceError(f"{origin}: no header row")
    header = [c.strip() for c in lines[0].split("\t")]
    cells = ([c.strip() for c in line.split("\t")] + [""] * len(header) for line in lines[1:])
    return tuple(dict(zip(header, row, strict=False)) for row in cells)


def _actor(row: dict[str, str], origin: str | Path) -> Actor:
    try:
        inter = int(row["inter"])
        name, kind = row["name"], row["type"]
    except (KeyError, ValueError) as exc:
        raise ResourceError(f"{origin}: bad actor row {row!r}: {exc}") from exc
    if INTER_TYPES.get(inter) != kind or not name:
        raise ResourceError(f"{origin}: actor {name!r} has type {kind!r} but inter {inter}")
    aliases = tuple(dict.fromkeys(a.strip() for a in row.get("aliases", "").split("|")
                                  if a.strip()))
    return Actor(name, kind, row.get("country") or None, inter, aliases)


def _media_keys() -> frozenset[str]:
    """News outlets from sources.tsv: named in articles, but sources of claims, not actors."""
    try:
        rows = read_table("sources.tsv")
    except ResourceError:
        return frozenset()
    return frozenset(normalize(r.get("pattern", "")) for r in rows if r.get("type") == "media")


@cache
def default_dictionary() -> ActorDictionary:
    """The package's actor dictionary, loaded once."""
    return ActorDictionary.load()


def actor_for_country(country_code: str) -> Actor | None:
    """The state forces of ``country_code`` in the package dictionary (for "the army", ...)."""
    return default_dictionary().actor_for_country(country_code)


def acled_inter(actor: Actor, event_country: str | None) -> int | None:
    """ACLED's inter code of ``actor`` in an event in ``event_country``: state forces outside
    their own country are external forces (8)."""
    if actor.inter == 1 and actor.country and event_country and actor.country != event_country:
        return 8
    return actor.inter
