"""What an article says an unknown name is ("the Tahrir Falcons, an armed opposition group"):
the event actor's ACLED type and the claim source's type. sitrep's own sentences; before this
round both names stayed "unknown"."""

from __future__ import annotations

from datetime import date
from typing import Any

from sitrep.extract.descriptions import described
from sitrep.model import Article

TEXT = (
    "The Tahrir Falcons, a rebel group, ambushed an army patrol near Saraqib on Monday, killing "
    "four soldiers. The Falcons said the ambush was a warning. Radio Basma, an opposition "
    "outlet, reported that the patrol had been sent from Idlib."
)


def test_an_apposition_says_what_a_name_is(nlp: Any) -> None:
    found = described(nlp(TEXT))
    assert found["Tahrir Falcons"].actor_type == "rebel group"
    assert found["Tahrir Falcons"].source_type == "armed group"
    assert found["Radio Basma"].source_type == "media"
    assert found["Radio Basma"].actor_type is None
    # the parse may hang the description on the head of "Fighters of X"
    assert described(nlp("Fighters of the Amber Legion, an armed opposition group, took the "
                         "hill."))["Amber Legion"].actor_type == "rebel group"
    # a person described by a trade is no organisation's description
    assert described(nlp("Omar Haddad, a farmer, said the shells fell at dawn.")) == {}


def test_events_and_claims_take_the_type_the_article_gives(pipeline: Any) -> None:
    analysis = pipeline.analyze(Article(text=TEXT, origin="test", published=date(2024, 3, 12)))
    actors = {m.actor.name: m.actor for e in analysis.events
              for m in (e.actor1, e.actor2) if m is not None}
    assert actors["Tahrir Falcons"].type == "rebel group" and actors["Tahrir Falcons"].inter == 2
    sources = {c.source.canonical: c.source.type for c in analysis.claims}
    assert sources["Tahrir Falcons"] == "armed group"
    assert sources["Radio Basma"] == "media"
