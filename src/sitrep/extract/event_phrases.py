"""Phrases of the event's actors, read from the parse alone (no actor dictionary): where a
phrase ends, whether a word names a people or a state, who speaks a report, a dependent of a
token, and an armed group the dictionary does not know named by its phrase. Used by
:mod:`sitrep.extract.event_actors` and :mod:`sitrep.extract.event_sides`."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitrep.extract.actors import LOCALISED_BY_NAME
from sitrep.extract.event_nouns import ARMED_MODIFIERS, GENERIC_ARMED
from sitrep.extract.place_forms import demonym_table
from sitrep.model import Actor, ActorMention, Span
from sitrep.nlp import doc_text

GROUP_NOUNS = GENERIC_ARMED | {"guerrillas", "guerrilla", "gunmen", "herdsmen", "bandits",
                               "militia", "militias",
                               "militiamen", "separatists", "troops", "soldiers", "police",
                               "forces", "army", "protesters", "demonstrators", "rioters",
                               "bombers", "attackers", "assailants", "snipers", "kidnappers",
                               "abductors", "raiders", "mercenaries", "paramilitaries",
                               "fundamentalists", "extremists", "squads"}
# heads of an appositive that says a proper name is an armed group ("X, the main rebel group")
GROUP_HEADS = {"group", "movement", "organisation", "organization", "faction", "front"}
REPORTING = {"say", "claim", "announce", "report", "state", "confirm", "add", "tell"}


def dependent(tok: Token, deps: set[str], words: set[str] | None = None) -> Token | None:
    for c in tok.children:
        if c.dep_ in deps and (words is None or c.lower_ in words):
            if c.dep_ in {"prep", "agent"}:
                pobj = [g for g in c.children if g.dep_ == "pobj"]
                if pobj:
                    return pobj[0]
                continue
            return c
    return None


def phrase_end(tok: Token) -> int:
    """Where the phrase ``tok`` heads ends, before any actor joined to it: "the government
    and the ELN" ends after "government" (the ELN is another actor: event_actors.conjuncts),
    and before a relative clause."""
    joined = [c.left_edge.idx for c in tok.children if c.dep_ in {"cc", "conj"} and c.i > tok.i]
    # nor what a relative clause tells of it: "a crowd that had set fire to a police station"
    # names no police among the crowd
    joined += [c.left_edge.idx for c in tok.children if c.dep_ == "relcl" and c.i > tok.i]
    return min(joined) if joined else tok.right_edge.idx + len(tok.right_edge)


def described(doc: Doc, tok: Token, found: ActorMention) -> ActorMention:
    """A generic actor's span with the words that say who they are: "four Tamil civilians" is
    "Tamil civilians", not "civilians" (the actor stays ACLED's Civilians (Country))."""
    if found.span is None or found.actor.name.partition(" (")[0] not in LOCALISED_BY_NAME \
            or found.span.start != tok.idx:
        return found
    mods = [c for c in tok.children if c.i < tok.i and c.dep_ in {"amod", "compound", "nmod"}
            and not c.like_num]
    if not mods:
        return found
    start, end = min(m.left_edge.idx for m in mods), found.span.end
    return ActorMention(found.actor, Span(start, end, doc_text(doc)[start:end]))


def people_word(tok: Token) -> bool:
    """A people's name or adjective ("Serbs", "Kurdish", "Bosnian"), also where NER took it
    for a person."""
    word = tok.lower_
    return tok.ent_type_ == "NORP" or word in demonym_table() or (
        word.endswith("s") and word[:-1] in demonym_table())


def speaker_of(tok: Token) -> Token | None:
    """The subject of the reporting verb whose clause ``tok`` is in ("X said they …")."""
    for node in tok.ancestors:
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in REPORTING:
            speaker = dependent(node.head, {"nsubj"})
            return speaker if speaker is not None and speaker.i < tok.i else None
    return None


def unnamed_group(tok: Token) -> ActorMention | None:
    """An armed group the dictionary does not know, named by its phrase: "Irish nationalist
    guerrillas", "gun-wielding herdsmen". Type unknown: sitrep does not guess its class."""
    mods = [c for c in tok.children if c.dep_ in {"amod", "compound", "nmod"} and c.i < tok.i]
    if tok.lower_ not in GROUP_NOUNS or not mods:
        return None  # ("rebels loyal to X" is read by _loyal)
    left = min((c.left_edge for c in mods), key=lambda t: t.i)
    start, end = left.idx, tok.idx + len(tok)
    text = tok.doc.text[start:end]
    return ActorMention(Actor(text, "unknown"), Span(start, end, text))


def state_word(tok: Token) -> bool:
    """A proper-noun modifier that is a country's name or abbreviation ("US", "UK") where the
    tagger gave it no entity."""
    state = demonym_table().get(tok.lower_) if tok.dep_ == "compound" and tok.pos_ == "PROPN" \
        else None
    return state is not None and bool(state[0])


def named_by_apposition(tok: Token) -> ActorMention | None:
    """An armed group the dictionary and the tagger do not know, that an appositive says is
    one: "The Liberation Tigers of Tamil Eelam, the main rebel group, attacked ..." (named by
    its proper-noun phrase, type unknown)."""
    if tok.pos_ != "PROPN" or tok.ent_type_ in {"GPE", "LOC", "PERSON", "DATE"}:
        return None
    appos = next((t for t in tok.subtree if t.dep_ == "appos" and t.head.pos_ == "PROPN"), None)
    if appos is None or not (appos.lower_ in GROUP_NOUNS or appos.lower_ in GROUP_HEADS and any(
            c.dep_ in {"amod", "compound"} and c.lower_ in ARMED_MODIFIERS | {"guerrilla",
                                                                            "separatist"}
            for c in appos.children)):
        return None
    words = [t for t in tok.subtree if t.i < appos.left_edge.i and t.dep_ not in {"punct", "det"}
             or t.i < appos.left_edge.i and t.dep_ == "det" and t.i > tok.left_edge.i]
    if not words:
        return None
    start, last = words[0].idx, words[-1]
    end = last.idx + len(last)
    text = doc_text(tok.doc)[start:end]
    return ActorMention(Actor(text, "unknown"), Span(start, end, text))
