"""One extraction stage run on a sentence written for a test, every span checked against it."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from sitrep.evaluate.claims import normalise, predicted_attributions
from sitrep.extract.claims import extract_claims
from sitrep.extract.events import main_event
from sitrep.extract.places import extract_places
from sitrep.gazetteer import Gazetteer, normalize
from sitrep.model import ActorMention, Article, Claim, Event, Toponym


def claims_in(nlp: Any, text: str) -> tuple[Claim, ...]:
    """The claims of ``text``; each cue, content and source span is the text it points to."""
    found = extract_claims(nlp(text), article=Article(text=text, origin="test"))
    for c in found:
        for span in (c.cue, c.content, c.source.span):
            assert span is None or text[span.start:span.end] == span.text
    return found


def claim_with_cue(nlp: Any, text: str, cue: str) -> Claim:
    """The one claim of ``text`` whose cue is ``cue`` (fails when there are none or several)."""
    found = [c for c in claims_in(nlp, text) if c.cue.text == cue]
    assert len(found) == 1, [(c.cue.text, c.content.text) for c in claims_in(nlp, text)]
    return found[0]


def source_text(claim: Claim) -> str | None:
    """The words of ``claim``'s source span, None when the source has no span."""
    return claim.source.span.text if claim.source.span is not None else None


def claims_by_cue(nlp: Any, text: str) -> dict[str, Claim]:
    """The claims of ``text`` (:func:`claims_in`) by the words of their cue; of two claims
    with the same cue words, the later."""
    return {c.cue.text: c for c in claims_in(nlp, text)}


def contents_by_cue(text: str, nlp: Any, *, trimmed: bool = True) -> dict[str, list[str]]:
    """The content of each cue of ``text`` as the PolNeAR scorer sees it: its parts, trimmed of
    edge punctuation (``trimmed=False``: the parts as extracted)."""
    return {text[a.cue[0][0]:a.cue[0][1]]:
            [text[s:e] for s, e in (normalise(text, a.content) if trimmed else a.content)]
            for a in predicted_attributions(claims_in(nlp, text))}


def sources_by_cue(text: str, nlp: Any) -> dict[str, str]:
    """The source of each cue of ``text`` as the PolNeAR scorer sees it, trimmed of edge
    punctuation; a source in parts is joined with " | "."""
    return {text[a.cue[0][0]:a.cue[0][1]]:
            " | ".join(text[s:e] for s, e in normalise(text, a.source))
            for a in predicted_attributions(claims_in(nlp, text))}


def source_of(nlp: Any, text: str, cue: str) -> str | None:
    """The source of ``cue`` as the PolNeAR scorer sees it, None when the cue makes no claim."""
    return sources_by_cue(text, nlp).get(cue)


def toponyms_in(nlp: Any, gazetteer: Gazetteer, text: str) -> dict[str, Toponym]:
    """The toponyms of ``text`` by their words."""
    article = Article(text=text, origin="test")
    return {t.span.text: t for t in extract_places(nlp(text), article=article, gazetteer=gazetteer)}


def assert_resolved(nlp: Any, gazetteer: Gazetteer, text: str, name: str, country: str,
                    place_name: str) -> None:
    """``name`` is a toponym of ``text`` resolved to ``place_name`` (compared normalized) in
    ``country``."""
    found = toponyms_in(nlp, gazetteer, text)
    assert name in found, f"{name!r} not found; got {sorted(found)}"
    place = found[name].place
    assert place is not None, f"{name!r} unresolved"
    assert (place.country, normalize(place.name)) == (country, normalize(place_name)), (
        f"{name!r} resolved to {place.name}, {place.country}"
    )


def assert_not_a_place(nlp: Any, gazetteer: Gazetteer, text: str, phrase: str) -> None:
    """No toponym of ``text`` overlaps ``phrase``."""
    start = text.index(phrase)
    end = start + len(phrase)
    for t in toponyms_in(nlp, gazetteer, text).values():
        assert not (t.span.start < end and start < t.span.end), f"{t.span.text!r} taken as a place"


def xfail(reason: str) -> pytest.MarkDecorator:
    """A probe sitrep is known to get wrong, for ``reason``; strict, so a fix must remove it."""
    return pytest.mark.xfail(strict=True, reason=reason)


def who(mention: ActorMention | None) -> str:
    """An event actor as the role probes match it: name, [type] and span, lower case; "-" for
    none."""
    if mention is None:
        return "-"
    span = mention.span.text if mention.span else ""
    return f"{mention.actor.name} [{mention.actor.type}] {span}".lower()


def main_roles(pipeline: Any, text: str) -> tuple[str, str]:
    """Actor1 and actor2 (:func:`who`) of the main event the pipeline finds in ``text``,
    published 9 March 2022; the text must give an event."""
    analysis = pipeline.analyze(Article(text=text, origin="test", published=date(2022, 3, 9)))
    main = main_event(analysis.events)
    assert main is not None, text
    return who(main.actor1), who(main.actor2)


WIRE_DATE = date(2023, 5, 17)  # the publication date of the wire-copy probes (a Wednesday)


def events_in(pipeline: Any, text: str) -> tuple[Event, ...]:
    """The events the pipeline finds in ``text``, published on :data:`WIRE_DATE`."""
    return pipeline.analyze(Article(text=text, origin="test", published=WIRE_DATE)).events


def main_in(pipeline: Any, text: str) -> Event:
    """The main event (:func:`sitrep.extract.events.main_event`) of :func:`events_in`; the
    text must give one."""
    event = main_event(events_in(pipeline, text))
    assert event is not None, "no event"
    return event
