"""Neutral wording of a fact is not flagged; loaded wording of the same fact is (issue 5).

Pairs of our own writing: the same fact told in loaded words and in the words of a wire
report. The neutral sentence must get no propaganda flag the report shows (hedges and
verification cues are not propaganda flags and do not count); the loaded one must get a flag
of its technique. Flags come from the pipeline's default path: the lexicon and the shipped
span model, with the model's weak spans hidden as the report hides them
(:func:`sitrep.extract.flags.shown`).

First run, before weak flags were hidden: 15 of 16 neutral sentences passed ('in the previous
attack' was Loaded_Language at confidence 0.29), 11 of 16 loaded ones had the technique first
written down (all 16 had some technique flag). With weak flags hidden: 16 and 11.
"""

from __future__ import annotations

from typing import Any

import pytest

from sitrep.extract.flag_model import load_flag_model
from sitrep.extract.flags import extract_flags, shown
from sitrep.model import Article, Flag

# (loaded wording, neutral wording of the same fact, the loaded one's technique)
PAIRS: list[tuple[str, str, str]] = [
    ("The regime's butchers slaughtered dozens of innocent villagers.",
     "Government forces killed 30 people in the village, local officials said.",
     "loaded_language"),
    ("Moscow was forced to admit that the heroic defenders had killed one of its generals.",
     "Russia confirmed the death of a general in the shelling near the city.",
     "loaded_language"),
    ("The terrorists wage their savage war on our people every single day.",
     "Every day there is fighting near the airport, a resident said.",
     "name_calling"),
    ("The glorious army liberated the town from the terrorist scum on Tuesday.",
     "The army said it had taken the town on Tuesday.",
     "name_calling"),
    ("The barbaric strike massacred helpless patients in their beds.",
     "The ministry said the strike hit a hospital and killed four patients.",
     "loaded_language"),
    ("The cowardly attack reduced the bridge to rubble.",
     "Officials said the bridge had been damaged in the previous attack.",
     "loaded_language"),
    ("Bloodthirsty rebels rained rockets on the defenceless town.",
     "Rebels fired rockets at the town and three people were wounded.",
     "loaded_language"),
    ("Mobs of paid thugs swarmed the square to spread chaos.",
     "Protesters gathered in the square and called for new elections.",
     "name_calling"),
    ("Hordes of migrants are flooding across the border, threatening our way of life.",
     "About 2,000 people crossed the border last week, the United Nations said.",
     "appeal_to_fear"),
    ("We will never surrender our sacred homeland to these invaders, the minister vowed.",
     "The defence minister said the operation would continue.",
     "flag_waving"),
    ("The puppet government is a disgrace to the nation.",
     "The government was formed in March after two months of talks.",
     "name_calling"),
    ("The ruthless militia unleashed a reign of terror on the district.",
     "The militia has controlled the district since 2015.",
     "loaded_language"),
    ("Every day the invaders bring more death and destruction to our city.",
     "Every day there is combat in the eastern districts, a commander said.",
     "loaded_language"),
    ("The jets returned to the very spot where the criminals had murdered a general.",
     "The jets struck the same spot where a Russian general was killed last month.",
     "name_calling"),
    ("Ask yourself: who really benefits from this so-called investigation?",
     "The investigation is expected to end in June, the prosecutor said.",
     "doubt"),
    ("This catastrophic decision will destroy thousands of families.",
     "The factory will close in May, and 300 workers will lose their jobs.",
     "loaded_language"),
]


def _flags(nlp: Any, text: str) -> list[Flag]:
    article = Article(text=text, origin="probe", id="probe")
    flags = extract_flags(nlp(text), article=article, model=load_flag_model())
    return [f for f in flags if f.kind not in ("hedge", "unconfirmed") and shown(f)]


@pytest.mark.parametrize(("loaded", "neutral", "kind"), PAIRS,
                         ids=[f"pair{i}" for i in range(len(PAIRS))])
def test_neutral_wording_is_not_flagged(nlp: Any, loaded: str, neutral: str,
                                        kind: str) -> None:
    assert [(f.kind, f.span.text) for f in _flags(nlp, neutral)] == []


# Loaded sentences flagged, but under another technique than the one written down first.
OTHER_TECHNIQUE = {
    8: "'our way of life' is Flag-Waving in the lexicon, 'Hordes' Name_Calling",
    9: "the model calls the vow Appeal_to_fear; 'invaders' is Name_Calling",
    10: "'puppet government' is Loaded_Language in the lexicon",
    12: "'invaders' is Name_Calling, the model's span too",
    13: "'murdered' is Loaded_Language; 'criminals' is in no lexicon",
}


@pytest.mark.parametrize(("loaded", "neutral", "kind"), [
    pytest.param(*pair, id=f"pair{i}", marks=pytest.mark.xfail(
        strict=True, reason=OTHER_TECHNIQUE[i])) if i in OTHER_TECHNIQUE
    else pytest.param(*pair, id=f"pair{i}") for i, pair in enumerate(PAIRS)])
def test_loaded_wording_is_flagged_with_its_technique(nlp: Any, loaded: str, neutral: str,
                                                      kind: str) -> None:
    assert kind in {f.kind for f in _flags(nlp, loaded)}
