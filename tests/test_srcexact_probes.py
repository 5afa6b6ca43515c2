"""Probes: the edges and the speaker of a claim's source (issue 5, round srcexact).

Written for this round; the sentences are ours. A source never holds its own cue: when the
cue is a participle that describes the speaker ("a relief group backing the mayor, has
…"), the speaker is the noun it describes, without the participle's phrase, even where a
comma closes that phrase before the main verb.

A relative clause set off after the speaker that quotes words is a claim of its own, left
out of the source before the cue or after it; one that only says who the speaker is stays.

A source before its cue ends before it, even where the parser hung words after the cue on
the speaker (an apposition, a list).

The name in a quote's trailer is its speaker where the parser hung it on the verb as
something else ('"…," Haddad notes.' with "Haddad" a compound, '"…," said Yusuf, …' with
"Yusuf" an adverb); a date after "said" is no speaker.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from sitrep.extract.claim_source_spans import source_span
from sitrep.extract.claim_speakers import source_of as source_of_verb
from stages import source_of


def test_participle_cue_set_off_before_verb(nlp: Any) -> None:
    text = ("Clean Water Now, a relief group backing the mayor of Kassala, has been raising "
            "money for new wells.")
    assert source_of(nlp, text, "backing") == "a relief group"


def test_participle_cue_conjoined(nlp: Any) -> None:
    text = ("Protesters carrying banners and denouncing the curfew marched to the governor's "
            "office.")
    assert source_of(nlp, text, "denouncing") == "Protesters"


def test_participle_cue_without_comma(nlp: Any) -> None:
    text = "Money poured in from groups supporting the opposition candidate in the north."
    assert source_of(nlp, text, "supporting") == "groups"


def test_relative_clause_that_quotes_before_cue(nlp: Any) -> None:
    text = ("Omar Haddad, who goes by \"Abu Sami\" in the camp, said the food convoys were late "
            "again.")
    assert source_of(nlp, text, "said") == "Omar Haddad"


def test_relative_clause_that_quotes_after_cue(nlp: Any) -> None:
    text = ("\"The convoys were late again,\" said Amina Yusuf, who has long described the "
            "delays as \"a failure of planning\" by the ministry.")
    assert source_of(nlp, text, "said") == "Amina Yusuf"


def test_relative_clause_without_quote_stays(nlp: Any) -> None:
    text = ("\"The convoys were late again,\" said Amina Yusuf, who heads the camp council in "
            "Kassala.")
    assert source_of(nlp, text, "said") == "Amina Yusuf, who heads the camp council in Kassala"


def test_source_stops_at_its_cue_when_the_parser_hangs_words_after_it_on_the_speaker(
        nlp: Any) -> None:
    # A parse as the parser gave it to a PolNeAR sentence: the last name of the list after
    # the verb taken for an apposition of the subject, whose phrase then ran over the cue.
    words = ["Opposition", "leader", "Ana", "Ruiz", "on", "Friday", "endorsed", "Mayor",
             "Omar", "Haddad", "and", "Sen.", "Lina", "Idris", "."]
    heads = [1, 3, 3, 6, 6, 4, 6, 9, 9, 6, 9, 13, 13, 3, 6]
    deps = ["compound", "compound", "compound", "nsubj", "prep", "pobj", "ROOT", "compound",
            "compound", "dobj", "cc", "compound", "compound", "appos", "punct"]
    pos = ["NOUN", "NOUN", "PROPN", "PROPN", "ADP", "PROPN", "VERB", "PROPN", "PROPN",
           "PROPN", "CCONJ", "PROPN", "PROPN", "PROPN", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert source_span(doc, doc[3], cue=doc[6]).text == "Opposition leader Ana Ruiz"


def _parsed(nlp: Any, words: list[str], heads: list[int], deps: list[str],
            tags: list[str]) -> Doc:
    """A sentence with the parse the parser gave a PolNeAR sentence of the same shape."""
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags)


def test_trailer_name_taken_for_a_compound_of_the_verb(nlp: Any) -> None:
    # '"…," Haddad notes.': "Haddad" a compound of "notes", which has no subject
    doc = _parsed(nlp, ['"', "The", "pumps", "failed", ",", '"', "Haddad", "notes", "."],
                  [7, 2, 3, 7, 7, 7, 7, 7, 7],
                  ["punct", "det", "nsubj", "ccomp", "punct", "punct", "compound", "ROOT",
                   "punct"],
                  ["``", "DT", "NNS", "VBD", ",", "''", "NNP", "VBZ", "."])
    speaker = source_of_verb(doc[7])
    assert speaker is not None and speaker.i == 6


def test_trailer_name_taken_for_an_adverb_of_said(nlp: Any) -> None:
    # '"…," said Yusuf, explaining …': "Yusuf" an adverb of "said"
    doc = _parsed(nlp, ['"', "The", "pumps", "failed", ",", '"', "said", "Yusuf", ",",
                        "explaining", "nothing", "."],
                  [6, 2, 3, 6, 6, 6, 6, 6, 6, 6, 9, 6],
                  ["punct", "det", "nsubj", "ccomp", "punct", "punct", "ROOT", "advmod",
                   "punct", "advcl", "dobj", "punct"],
                  ["``", "DT", "NNS", "VBD", ",", "''", "VBD", "RB", ",", "VBG", "NN", "."])
    speaker = source_of_verb(doc[6])
    assert speaker is not None and speaker.i == 7


def test_trailer_with_a_date_after_said_has_no_name(nlp: Any) -> None:
    doc = _parsed(nlp, ['"', "The", "pumps", "failed", ",", '"', "said", "Monday", "."],
                  [6, 2, 3, 6, 6, 6, 6, 6, 6],
                  ["punct", "det", "nsubj", "ccomp", "punct", "punct", "ROOT", "npadvmod",
                   "punct"],
                  ["``", "DT", "NNS", "VBD", ",", "''", "VBD", "NNP", "."])
    doc.ents = [SpacySpan(doc, 7, 8, label="DATE")]
    assert source_of_verb(doc[6]) is None


def test_speaker_between_the_parts_of_a_split_quote(nlp: Any) -> None:
    # '"The risk," said Haddad, "is that …"': "said" a parataxis of the second part's verb,
    # the speaker that verb's subject
    doc = _parsed(nlp, ['"', "The", "risk", ",", '"', "said", "Omar", "Haddad", ",", '"', "is",
                        "that", "it", "fails", ".", '"'],
                  [5, 2, 5, 5, 5, 10, 7, 10, 10, 10, 10, 13, 13, 10, 10, 10],
                  ["punct", "det", "dep", "punct", "punct", "parataxis", "compound", "nsubj",
                   "punct", "punct", "ROOT", "mark", "nsubj", "ccomp", "punct", "punct"],
                  ["``", "DT", "NN", ",", "''", "VBD", "NNP", "NNP", ",", "``", "VBZ", "IN",
                   "PRP", "VBZ", ".", "''"])
    speaker = source_of_verb(doc[5])
    assert speaker is not None and speaker.i == 7
