"""Probes: claims in conflict wire copy, sixth pass (issue 5, clwire6 round). The sentences are
ours, in the register of Reuters, AFP and AP copy about the wars in Ukraine, Gaza, Sudan and the
Sahel.

- "X is quoted as saying: "…"": one claim, X's, with the cue "is quoted as saying"; the quote
  after the colon is no second claim without a source.
- "The Wagner chief", "the RSF commander": the leader of an armed group speaks as one.
- controls: a state's army and a spokesman with a rank.
"""

from __future__ import annotations

from typing import Any

from stages import claims_in


def span(claim: Any) -> str | None:
    return claim.source.span.text if claim.source.span is not None else None


def test_quoted_as_saying_then_a_quote_after_a_colon(nlp: Any) -> None:
    text = 'The envoy is quoted as saying: "We will not leave Bakhmut to them."'
    found = claims_in(nlp, text)
    assert [(span(c), c.cue.text) for c in found] == [("The envoy", "is quoted as saying")]


def test_was_quoted_as_saying_then_a_quote_after_a_colon(nlp: Any) -> None:
    text = 'The colonel was quoted as saying: "The village is now under our control."'
    found = claims_in(nlp, text)
    assert [(span(c), c.cue.text) for c in found] == [("The colonel", "was quoted as saying")]


def test_the_wagner_chief_is_an_armed_group(nlp: Any) -> None:
    text = "The Wagner chief said his fighters had taken the town after weeks of fighting."
    said = claims_in(nlp, text)[0]
    assert span(said) == "The Wagner chief"
    assert said.source.type == "armed group"


def test_a_wagner_commander_is_an_armed_group(nlp: Any) -> None:
    text = "A Wagner commander told reporters the unit had withdrawn from the airfield."
    told = claims_in(nlp, text)[0]
    assert told.source.type == "armed group"


def test_the_rsf_commander_is_an_armed_group(nlp: Any) -> None:
    text = "The RSF commander said his forces had taken control of the bridge in Khartoum."
    said = claims_in(nlp, text)[0]
    assert said.source.type == "armed group"


def test_a_state_army_stays_military(nlp: Any) -> None:
    text = "Sudan's army said it had repelled an attack on its base in El Obeid."
    said = claims_in(nlp, text)[0]
    assert said.source.type == "military"


def test_the_israeli_military_stays_military(nlp: Any) -> None:
    text = "The Israeli military said it had struck a weapons depot in southern Lebanon."
    said = claims_in(nlp, text)[0]
    assert said.source.type == "military"
