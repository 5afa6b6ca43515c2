"""Probes: the edges and the speaker of a claim's source (issue 5, round srcexact).

Written for this round; the sentences are ours. A source never holds its own cue: when the
cue is a participle that describes the speaker ("a relief group backing the mayor, has
…"), the speaker is the noun it describes, without the participle's phrase, even where a
comma closes that phrase before the main verb.

A relative clause set off after the speaker that quotes words is a claim of its own, left
out of the source before the cue or after it; one that only says who the speaker is stays.
"""

from __future__ import annotations

from typing import Any

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
