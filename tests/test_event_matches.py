"""The PLOVER actor match of ``sitrep eval events`` (sitrep.evaluate.events._matches).

A gold actor text and a predicted actor match when they share a naming word. A people's
adjective and its country's name are one word there ("Israeli" / "Civilians (Israel)"), a
possessive "'s" is dropped, and an article or preposition two phrases share is no overlap.
"""

from __future__ import annotations

import pytest

from sitrep.evaluate.events import _matches
from sitrep.model import Actor, ActorMention, Span


def _mention(text: str, name: str, kind: str = "unknown") -> ActorMention:
    return ActorMention(Actor(name, kind), Span(0, len(text), text))


@pytest.mark.parametrize(("text", "name", "gold"), [
    ("civilian", "Civilians (Palestine)", "Palestinian"),  # whose homes: a people
    ("Israel", "Military Forces of Israel", "Israeli"),
    ("Kenyan police", "Police Forces of Kenya", "Kenya"),
    ("the government", "Government of Sudan", "Sudan's government"),
    ("US forces", "Military Forces of the United States", "U.S. soldier"),
    ("UN", "United Nations", "UN monitors"),  # a two-letter name still names
    ("the rebels", "Opposition Rebels (Syria)", "Syrian rebels"),
    ("Palestinian youths", "youths", "Palestinians"),  # a people's plural is its people
    ("Iraqi troops", "Military Forces of Iraq", "Iraqis"),
])
def test_same_actor_in_other_words(text: str, name: str, gold: str) -> None:
    assert _matches(_mention(text, name), [gold])


@pytest.mark.parametrize(("text", "name", "gold"), [
    ("the army", "Military Forces of Ethiopia", "the rebels"),  # only "the" in common
    ("forces of the junta", "Government of Myanmar", "Mayor of Yangon"),  # only "of"
    ("Kurdish fighters", "Kurdish fighters", "Kurds"),  # no state: the plural is not folded
])
def test_other_actor_sharing_a_filler(text: str, name: str, gold: str) -> None:
    assert not _matches(_mention(text, name), [gold])


def test_no_mention_never_matches() -> None:
    assert not _matches(None, ["Israel"])
