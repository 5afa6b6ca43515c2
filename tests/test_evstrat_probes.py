"""Probes of the strategic-development model (evstrat round, issue 3): sitrep's own sentences.

Where the trigger rules and the vocabulary backoff find no event, the shipped model
(:mod:`sitrep.extract.event_strategic`) may name a strategic development. These sentences are
written for sitrep from the ACLED Codebook's definitions of the strategic developments (a group's
merger or new leadership, a weapons workshop dismantled) and of the neighbours ACLED leaves out
(a bank merger, a visa deal, a car thief, a cabinet reshuffle, a state suspending aid, a demand,
a flood); none is a gold row or a row of the labelled set. The event named must be traceable:
its trigger the word of the act (never the reporting verb), its actor read from that word's
parse. Before the model was hooked in, the four developments found no event (4 of 13 sentence
probes failed); trained on the 631 labelled snippets, two of them were still under its
threshold, and trained on the 1,282 of the evsdset round all four pass.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from sitrep.errors import ResourceError
from sitrep.extract.event_strategic import (
    STRATEGIC,
    conflict_development,
    load_strategic_model,
    save_strategic_model,
    shipped_strategic_model,
)
from sitrep.extract.events import main_event
from sitrep.model import Actor, ActorMention, Span
from stages import events_in, who

DEVELOPMENTS = [
    # (text, sub-type, trigger, words of actor1)
    ("Commanders of two jihadist factions in Idlib announced their merger into a single armed "
     "movement, a monitor said.", "Change to group/activity", "merger", "jihadist factions"),
    ("Soldiers dismantled an explosives workshop hidden in a farmhouse near Gao, the army said.",
     "Disrupted weapons use", "dismantled", "soldiers"),
    ("A breakaway faction of the Kachin Independence Army announced a new commander and a new "
     "name on Sunday.", "Change to group/activity", "commander", "kachin independence army"),
    ("Houthi fighters built new trenches and fortified positions around the port of Hodeidah, "
     "residents said.", "Headquarters or base established", "built", "houthi"),
]

LEFT_ALONE = [
    "The finance minister announced the merger of two state-owned banks into a single lender.",
    "Police arrested a man suspected of stealing cars in the suburbs of Lagos.",
    "The prime minister announced a cabinet reshuffle on Tuesday, replacing the ministers of "
    "finance and health.",
    "The United States suspended part of its military aid to the kingdom, officials said.",
    "The rebels said the government must release all political prisoners before they disarm.",
    "Floods destroyed hundreds of homes in the delta and the army evacuated thousands of "
    "residents.",
    "The defence minister met his French counterpart in Paris to discuss the purchase of "
    "fighter jets.",
    "The government banned the import of second-hand clothes to protect local manufacturers.",
]


@pytest.mark.parametrize(("text", "sub", "trigger", "actor"), DEVELOPMENTS)
def test_a_development_no_rule_reads_is_named_by_the_word_of_its_act(
        pipeline: Any, text: str, sub: str, trigger: str, actor: str) -> None:
    event = main_event(events_in(pipeline, text))
    assert event is not None
    assert (event.sub_event_type, event.trigger.text) == (sub, trigger)
    assert text[event.trigger.start:event.trigger.end] == trigger
    assert actor in who(event.actor1)
    assert event.confidence == 0.3  # the lowest an event gets: read by a model


@pytest.mark.parametrize("text", LEFT_ALONE)
def test_politics_crime_diplomacy_and_disaster_get_no_development(pipeline: Any,
                                                                  text: str) -> None:
    assert not [e for e in events_in(pipeline, text) if e.sub_event_type in STRATEGIC]


def test_the_shipped_model_round_trips(tmp_path: Path) -> None:
    model = shipped_strategic_model()
    assert "NOT_ACLED" in model.labels and set(model.labels) >= STRATEGIC
    save_strategic_model(model, tmp_path / "m.npz")
    again = load_strategic_model(tmp_path / "m.npz")
    assert again.labels == model.labels and again.threshold == model.threshold
    feats = ["l=ceasefire", "v=agree", "c=nonviolent"]
    assert abs(again.probabilities(feats) - model.probabilities(feats)).max() < 1e-2


def test_a_bad_model_file_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.npz"
    bad.write_bytes(b"not a model")
    with pytest.raises(ResourceError, match="strategic development model"):
        load_strategic_model(bad)
    with pytest.raises(ResourceError, match="missing"):
        load_strategic_model(tmp_path / "absent.npz")


def _mention(name: str, kind: str, text: str, start: int) -> ActorMention:
    return ActorMention(Actor(name, kind), Span(start, start + len(text), text))


def test_the_codebook_gate(nlp: Any) -> None:
    """Developments of a conflict actor named as one; never a group's own development done to
    civilians, nor a state's step under its own name; agreements only of the codebook's kinds."""
    text = "The army has been holding villagers near the front."
    sent = next(nlp(text).sents)
    army = _mention("Military Forces of Kavu", "state forces", "The army", 0)
    villagers = _mention("Civilians (Kavu)", "civilians", "villagers", text.index("villagers"))
    assert conflict_development("Change to group/activity", sent, actor1=army)
    assert not conflict_development("Change to group/activity", sent, actor1=army,
                                    actor2=villagers)
    assert conflict_development("Arrests", sent, actor1=army, actor2=villagers)
    assert conflict_development("Arrests", sent, actor1=None)  # the state's police arrest
    state = _mention("Military Forces of Kavu", "state forces", "The Kavu Republic", 0)
    named = [Span(4, 17, "Kavu Republic")]
    assert not conflict_development("Other", sent, actor1=state, places=named)
    pact = next(nlp("The two sides signed a ceasefire in the capital.").sents)
    visas = next(nlp("The two sides signed a visa agreement in the capital.").sents)
    assert conflict_development("Agreement", pact, actor1=None)
    assert not conflict_development("Agreement", visas, actor1=None)
