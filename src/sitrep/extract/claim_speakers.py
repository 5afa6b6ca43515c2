"""Who speaks a cue: the head of the speaker's phrase, found in the parse.

The subject of a cue verb, its agent, or the subject of the verb it hangs from; the one who
feels of a verb of feeling; a speaker the parser lost in a quote's trailer or in an opening
phrase. The edges of the speaker's phrase are drawn in :mod:`sitrep.extract.claim_source_spans`
and the name it stands for is resolved in :mod:`sitrep.extract.claim_sources`.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.claim_source_spans import NOMINAL
from sitrep.extract.claim_unparsed import swallowed

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
RELATIVE_PRONOUNS = {"which", "that", "who", "what"}
# Verbs that move their object to act, whose object does what the infinitive says: "the defeat
# led some allies to question …" (PolNeAR train: the object is the source of such a cue
# infinitive 34 times, the subject 8, 5 of them "used X to say", a purpose, not a cause).
CAUSERS = frozenset({"prompt", "lead", "force", "leave", "require", "push", "drive", "cause",
                     "spur", "compel", "persuade", "convince", "encourage", "inspire", "get",
                     "pressure", "move"})


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
    "humiliate", "hearten", "dishearten", "spook", "irritate", "mystify", "amaze"})


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


# Verbs whose passive subject is the one brought to believe: "she is assured of winning …",
# "he is now persuaded that …" (PolNeAR train, agentless passives heading a gold cue: the
# subject is gold's source 6 of 8, none 2, one of them a relative clause's).
BELIEVERS = frozenset({"assure", "reassure", "persuade", "convince"})


def passive_feeler(verb: Token) -> Token | None:
    """The one who feels of a verb of feeling in the passive with no agent: "residents are
    mystified that …", "council members were angered that …": the passive's subject (the
    claim had no source). PolNeAR train (such passives that head a gold cue): the subject is
    gold's source 5 of 5. With an agent ("were startled by the remarks", gold's source the
    subject 7 of 7) the claim's content is the passive's subject (claim_spans.passive_content),
    so the agent stays the source until the content is the agent's phrase."""
    if verb.lemma_.lower() not in EXPERIENCER_VERBS | BELIEVERS or any(
            c.dep_ == "agent" for c in verb.children):
        return None
    feeler = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if feeler is not None and verb.lemma_.lower() in BELIEVERS and (
            feeler.lower_ in RELATIVE_PRONOUNS):
        return None  # "the water, which they had been assured was safe": no one in particular
    return feeler


def source_of(verb: Token) -> Token | None:
    """The head of the source of a cue verb: its subject, its agent, or its head's subject."""
    feeler = passive_feeler(verb)
    if feeler is not None:
        return feeler  # "residents are mystified that …": the residents
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
    lost = swallowed_speaker(verb) or trailing_speaker(verb) or misparsed_speaker(verb)
    if lost is not None:
        return lost
    inverted = inverted_speaker(verb) or adjective_speaker(verb)
    if inverted is not None:
        return inverted
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in CAUSERS:
        moved = [c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i]
        if moved:
            return moved[0]  # "the defeat led some allies to question …": the allies
    if verb.dep_ == "xcomp" and not any(c.dep_ == "agent" for c in verb.head.children):
        moved = [c for c in verb.head.children if c.dep_ == "nsubjpass"]
        if moved:
            return moved[0]  # "Ruiz was prompted to say …", "members are obliged to report …"
    holder = duty_holder(verb)
    if holder is not None:
        return holder  # "Ruiz, whose job is to recommend …": whose
    if fronted_in_told(verb):
        return source_of(verb.head.head)  # "Kyiv said, citing intelligence, that …": Kyiv
    if verb.dep_ in {"conj", "xcomp"} or verb.dep_ == "advcl" and verb.tag_ == "VBG":
        return source_of(verb.head)  # "…, saying that …": the subject of the main verb
    if verb.dep_ == "advcl" and verb.tag_ == "VB" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and any(
            c.dep_ == "ccomp" for c in verb.children):
        return source_of(verb.head)  # "she took the stage to say (that) …": who took the stage
    if verb.dep_ == "relcl" and verb.tag_ == "VB" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return clause_subject(verb.head)  # "Ruiz was the first mayor to endorse …": Ruiz
    if verb.tag_ == "VBG" and verb.dep_ == "acl" and verb.head.lemma_.lower() in ORATIONS:
        return clause_subject(verb.head)  # "she made the remarks in a speech attacking …"
    if verb.tag_ == "VBG" and verb.dep_ == "acl" and verb.head.pos_ in NOMINAL:
        noun = verb.head  # "a group backing Mr. X", "polls showing …": the noun it modifies,
        issuer = next((c for c in noun.head.children if c.dep_ == "nsubj"), None) if (
            noun.dep_ == "dobj" and noun.head.pos_ == "VERB") else None
        return noun if issuer is None else issuer  # or who issued it "a statement saying …"
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.head.pos_ in {"VERB", "AUX"}:
        return source_of(verb.head.head)  # "she answered by saying …": the one who answered
    return None


def fronted_in_told(verb: Token) -> bool:
    """Whether a participle set off before the "that" of the clause a cue tells is the cue's
    speaker's aside: "Kyiv said, citing intelligence, that Russia was massing troops" (the
    parser hangs "citing" on "massing"; it is Kyiv that cites, and the clause's "Russia" was
    taken for the one citing)."""
    head = verb.head
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.dep_ == "ccomp" and any(
        c.dep_ == "mark" and c.lower_ == "that" and verb.right_edge.i < c.i for c in head.children)


# Adjectives whose "it" subject is a real one, which the infinitive's doer is: "the data is
# unlikely to tell the full story", "it is sure to anger the unions".
RAISING_ADJECTIVES = frozenset({"likely", "unlikely", "sure", "certain", "bound", "set", "due",
                                "about", "able", "unable", "ready", "willing", "eager", "quick",
                                "slow", "apt", "liable", "poised", "prepared"})


NOBODY = frozenset({"nobody", "none", "noone"})
NO_DETERMINERS = frozenset({"no", "neither"})
# Cues whose subject naming no one says that nothing was said or claimed: "No group claimed
# responsibility", "Neither side commented", "None of the officials would confirm".
UNANSWERED = frozenset({"claim", "comment", "confirm", "respond", "acknowledge"})


def nobody(subj: Token) -> bool:
    """Whether a cue's subject names no one: "No group claimed responsibility", "No one has
    said", "Neither side commented", "nobody knows" (a statement that nothing was told)."""
    return subj.lower_ in NOBODY or any(
        c.dep_ == "det" and c.lower_ in NO_DETERMINERS for c in subj.children)


def no_one_in_particular(verb: Token, subj: Token) -> bool:
    """Whether a cue infinitive or gerund is told of no one in particular, its "it" subject
    standing for what follows: "it is hard to know whether …", "it's worth remembering that
    …", "it is wrong to blame …" (an adjective of the copula that judges the act), "it means
    admitting that …". PolNeAR train (such cues "it" + "be" + adjective + infinitive that
    head a gold cue): gold has no source 11 times of 12, "it" never; "it means" + gerund: no
    source 2 of 2."""
    head = verb.head
    if subj.lower_ != "it" or verb.dep_ != "xcomp" or subj.head.i != head.i:
        return False
    if head.lemma_ == "mean":
        return verb.tag_ == "VBG"
    adjective = next((c for c in head.children if c.dep_ == "acomp" and c.pos_ == "ADJ"
                      and subj.i < c.i < verb.i), None)
    return head.lemma_ == "be" and adjective is not None and (
        adjective.lemma_.lower() not in RAISING_ADJECTIVES)


# How a noun may hang from the verb of its clause on the way up to it: "was the first mayor
# (attr) to endorse", "had every reason (dobj) to doubt", "went out of his way (pobj) to say".
CLAUSE_PATH = frozenset({"attr", "dobj", "dative", "pobj", "prep", "pcomp", "npadvmod"})
# Speeches, which speak for the one who gives them: "during a speech attacking the budget".
ORATIONS = frozenset({"speech", "address", "sermon", "keynote"})


def clause_subject(noun: Token) -> Token | None:
    """The subject of the verb of the clause a noun belongs to, None if that verb has none or
    the noun is the subject: "Ruiz was the first mayor to endorse the plan" (the infinitive a
    relative clause of "mayor"): Ruiz. PolNeAR train (such infinitive cues we found whose
    source we left empty or gave otherwise): the subject of the clause above is gold's source
    10 times, no source 3 times (two with no subject above)."""
    tok = noun
    while tok.dep_ in CLAUSE_PATH and tok.head.i != tok.i:
        tok = tok.head
        if tok.pos_ in {"VERB", "AUX"}:
            return next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return None


# Nouns of what one is there to do: "whose job was to recommend …".
DUTIES = frozenset({"job", "task", "role", "duty", "mission", "goal", "aim", "purpose", "plan",
                    "intention", "responsibility"})


def duty_holder(verb: Token) -> Token | None:
    """The holder of a duty an infinitive cue says ("Ruiz, whose job was to recommend options
    …", "the envoy's task is to persuade …"): the possessor of the duty noun subject of "be".
    PolNeAR train: gold's source is the possessor 2 of 2 (we gave "whose job")."""
    if verb.dep_ != "xcomp" or verb.head.lemma_ != "be":
        return None
    subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lemma_.lower() not in DUTIES:
        return None
    return next((c for c in subj.children if c.dep_ == "poss"), None)


QUOTE_OPENS = frozenset({'"', "“", "``", "''", "‘"})


def swallowed_speaker(verb: Token) -> Token | None:
    """The speaker of a main verb that opens a quote, which the parser hung inside an opening
    phrase: 'In a call with reporters on Monday, Col. Ana Ruiz, an army spokeswoman, said,
    "…"' (the claim had no source). PolNeAR train: 3 such quotes, gold's source the
    swallowed phrase in each."""
    doc = verb.doc
    after = [t.text for t in doc[verb.i + 1:verb.i + 3]]
    if verb.dep_ != "ROOT" or verb.tag_ not in {"VBD", "VBZ", "VBP"} or not after or not (
            after[0] in QUOTE_OPENS or after[0] in {",", ":"} and after[1:2]
            and after[1] in QUOTE_OPENS) or any(
            c.dep_ in {"auxpass", "expl", "csubj"} for c in verb.children):
        return None
    leads = [c for c in verb.children if c.dep_ in {"prep", "advcl"} and c.i < verb.i]
    return next((t for t in map(swallowed, leads) if t is not None), None)


QUOTE_CLOSES = frozenset({'"', "”", "''", "’"})


def trailing_speaker(verb: Token) -> Token | None:
    """The speaker named right after a cue verb that follows a quote, which the parser took
    for the subject of a clause after it: '"…," said Omar Haddad, half joking' ("Haddad" the
    subject of "joking"): the claim had no source."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text not in QUOTE_CLOSES:
        return None
    for clause in verb.children:
        if clause.i < verb.i or clause.dep_ not in {"ccomp", "advcl", "conj", "parataxis"}:
            continue
        speaker = next((c for c in clause.children if c.dep_ == "nsubj"
                        and c.left_edge.i == verb.i + 1 and c.pos_ in {"PROPN", "NOUN"}
                        and c.i + 1 < len(doc) and doc[c.i + 1].text == ","), None)
        if speaker is not None:
            return speaker
    return None


# Relations the parser gives a name it did not see as the subject of a quote's trailer.
MISPARSED = frozenset({"compound", "npadvmod", "nmod", "advmod", "dep", "attr"})


def misparsed_speaker(verb: Token) -> Token | None:
    """The name in a quote's trailer that the parser hung on the verb as something other than
    its subject: '"…," Conway notes.' ("Conway" a compound of "notes"), '"…," said Skelly,
    explaining …' ("Skelly" an adverb): a capitalised name right before the verb, which
    follows the quote's closing mark, or right after a finite verb that does (the claim had
    no source). PolNeAR train: 5 sources found so, each gold's; none lost."""
    doc = verb.doc
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for c in verb.children):
        return None
    before = doc[verb.i - 1] if verb.i > 0 else None
    if (before is not None and before.head.i == verb.i and before.dep_ in MISPARSED
            and named(before) and before.left_edge.i > 0
            and doc[before.left_edge.i - 1].text in QUOTE_CLOSES):
        return before  # '"…," Conway notes.'
    after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if (after is not None and after.head.i == verb.i and after.dep_ in MISPARSED
            and verb.tag_ in {"VBD", "VBZ", "VBP"}
            and named(after) and before is not None and before.text in QUOTE_CLOSES):
        return after  # '"…," said Skelly, explaining …'
    if verb.dep_ == "parataxis" and before is not None and before.text in QUOTE_CLOSES:
        # '"The risk," said Leamer, an economist, "is that …"': Leamer the subject of "is"
        return next((c for c in verb.head.children if c.dep_ == "nsubj" and c.i > verb.i
                     and c.left_edge.i == verb.i + 1 and named(c)), None)
    return None


def named(tok: Token) -> bool:
    """Whether a word may be a name: capitalised, no stop word, no date or time ("said
    Monday")."""
    return (tok.text[:1].isupper() and tok.is_alpha and not tok.is_stop
            and tok.ent_type_ not in {"DATE", "TIME"})


def inverted_speaker(verb: Token) -> Token | None:
    """The speaker after a verb whose words come before it, which the parser took for its
    object: '"The pumps will fail," added a Lagos engineer.', '"Why?" asked the fisherman.';
    also a finite main verb right after a quote the parser made a sentence of its own
    ("''Flood!'' blared the front page of …": the quote is no clause of the verb). PolNeAR
    train, that second case: 5 sources found, 0 lost."""
    told = any(c.dep_ in {"ccomp", "parataxis"} and c.i < verb.i for c in verb.children) or (
        verb.dep_ == "ROOT" and verb.tag_ in {"VBD", "VBZ", "VBP"} and verb.i > 0
        and verb.doc[verb.i - 1].text in QUOTE_CLOSES)  # "''Flood!'' blared the front page"
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
