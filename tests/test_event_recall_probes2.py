"""Recall probes, second set (recall7): events told with no usual attack verb, and the main
event of a sentence that tells two.

Found not at all by earlier rounds: soldiers "captured" or "taken prisoner" by an armed group
(ACLED: Abduction/forced disappearance; a capture told inside a fight is the fight), a
"crackdown" with detentions (Arrests), positions "under heavy fire" from a named side (Armed
clash), a group whose "bombers blew up" a vehicle (Remote explosive/landmine/IED). Main event:
when forces fire on a crowd, the firing is what PLOVER codes (ASSAULT) and a crowd protesting
over strikes is a protest (PROTEST), not the strikes it protests. Controls carry the same words
in trade, tax, sport and business wording, and must give no event.

The sentences are sitrep's own writing in wire style, with invented names. All were written
before any was run: 11 of 19 passed first (4 of 9 recall probes, 3 of 4 main-event probes,
all 5 controls and the protest check). The capture, prisoner and round-up rules made 4 more
pass; 4 stayed strict xfails with their reasons. Coding state forces' force on a riot as ASSAULT
first (ACLED's sub-type kept) made the police probe pass; 3 strict xfails remained, and pass
since evfix (the "under fire" noun trigger and the vehicle class of the blow-up frame).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from sitrep.extract.events import main_event
from sitrep.model import Article
from test_event_codebook import ABDUCT, ARRESTS, CLASH, IED, PEACEFUL, acled_main

RECALL_PROBES_2: list[Any] = [
    ("Rebels of the Kavu Liberation Front captured 20 soldiers near the town of Dembi on "
     "Tuesday, an army spokesman said.",
     ABDUCT),
    ("Insurgents seized three policemen at a checkpoint outside Marola and took them to an "
     "unknown location, officials said.",
     ABDUCT),
    ("Two government soldiers were taken prisoner by guerrillas in the hills north of Santa "
     "Lucia on Friday.",
     ABDUCT),
    ("Security forces detained more than 40 opposition activists in a crackdown in the capital "
     "Tarsa overnight, their party said.",
     ARRESTS),
    ("Authorities launched a crackdown on supporters of the banned Unity Movement in Kolbi "
     "province on Monday, rounding up dozens.",
     ARRESTS),
    # the next three were strict xfails until evfix (tests/test_event_recall_probes3.py): "fire"
    # a unit came, was or remained under is a trigger of its own (event_rules.under_fire), and
    # a vehicle blown up is an explosive attack (class vehicle of event_frames.tsv)
    ("Army positions near Kassala came under heavy rebel fire on Wednesday, a military "
     "spokesman said.",
     CLASH),
    ("Government troops were under heavy fire from militia fighters on the outskirts of Beni "
     "late on Sunday.",
     CLASH),
    ("The group said its bombers blew up a bus carrying soldiers on the road to Gardez.",
     IED),
    ("Militants blew up an army truck with a roadside bomb near Kandi, killing four soldiers.",
     IED),
]

# (text, PLOVER category of the main event)
MAIN_EVENT_PROBES: list[Any] = [
    ("Police opened fire on rioters in the market town of Obeti on Saturday, killing three "
     "people, witnesses said.",
     "ASSAULT"),
    ("Soldiers fired live rounds at a crowd that had set fire to a police station in Lukasa, "
     "wounding eight.",
     "ASSAULT"),
    ("Thousands of people protested in Marisa on Friday against air strikes that killed 12 "
     "civilians last week.",
     "PROTEST"),
    ("Hundreds of villagers demonstrated outside the governor's office in Tobo on Monday over "
     "the shelling of their homes by the army.",
     "PROTEST"),
]

CONTROLS_2: list[Any] = [
    "The company captured the market for mobile payments within two years, analysts said.",
    "The finance ministry announced a crackdown on tax evasion by large firms on Tuesday.",
    "Kessler took the title after beating the defending champion in straight sets on Sunday.",
    "The striker was taken off at half-time after a knock to the ankle.",
    "The photographer captured the mood of the city in a series of black-and-white images.",
]


@pytest.mark.parametrize(("text", "expected"), RECALL_PROBES_2)
def test_recall_probe_2(pipeline: Any, text: str, expected: str) -> None:
    assert acled_main(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), MAIN_EVENT_PROBES)
def test_main_event_probe(pipeline: Any, text: str, expected: str) -> None:
    analysis = pipeline.analyze(Article(text=text, origin="test", published=date(2021, 6, 10)))
    main = main_event(analysis.events)
    assert main is not None
    assert (main.plover or "").split("|")[0].split(":")[0] == expected  # as the evaluator


@pytest.mark.parametrize("text", CONTROLS_2)
def test_recall_control_2(pipeline: Any, text: str) -> None:
    assert acled_main(pipeline, text) is None


def test_protest_over_strikes_is_peaceful_protest(pipeline: Any) -> None:
    text = ("Thousands of people protested in Marisa on Friday against air strikes that killed "
            "12 civilians last week.")
    assert acled_main(pipeline, text) == PEACEFUL


def test_force_on_a_riot_keeps_acled_riot_and_rioters_attacking_stay_protest(
        pipeline: Any) -> None:
    police = ("Police opened fire on rioters in the market town of Obeti on Saturday, killing "
              "three people, witnesses said.")
    assert acled_main(pipeline, police) == "Violent demonstration"
    text = "Rioters attacked police with stones and clubs in Obeti on Saturday."
    analysis = pipeline.analyze(Article(text=text, origin="test", published=date(2021, 6, 10)))
    main = main_event(analysis.events)
    assert main is not None and (main.plover or "").startswith("PROTEST")


# A second batch (recall7), written before it was run: labour strikes and walkouts worded as
# wires word them (ACLED codes a strike as a peaceful protest when workers stop work in
# protest; a strike of weapons, a striker in sport, a deal struck and lightning are no event).
# 3 of 8 passed first (the walkout and two controls); all 8 pass with the strike phrases and
# the lightning disaster cue.
STRIKE_PROBES: list[Any] = [
    ("Dock workers began an open-ended strike in Port Kessa on Monday over unpaid wages, "
     "their union said.",
     PEACEFUL),
    ("Teachers across the country staged a nationwide strike on Wednesday to demand a pay "
     "rise.",
     PEACEFUL),
    ("Nurses at the main hospital in Lamu walked out on Thursday in protest at staff cuts.",
     PEACEFUL),
    ("Thousands of miners stopped work on Tuesday in protest against the closure of two pits.",
     PEACEFUL),
    ("Bus drivers in Karnit held a two-day strike over the dismissal of a colleague.",
     PEACEFUL),
    ("A lightning strike set fire to a barn near Hollin on Sunday, the fire service said.",
     None),
    ("The two firms struck a deal to share the cost of the new plant.", None),
    ("The striker scored twice as Dynamo beat Rovers 3-1 on Saturday.", None),
]


@pytest.mark.parametrize(("text", "expected"), STRIKE_PROBES)
def test_strike_probe(pipeline: Any, text: str, expected: str | None) -> None:
    assert acled_main(pipeline, text) == expected
