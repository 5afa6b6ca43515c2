"""The extraction line: parse an article once, run each stage, collect one :class:`Analysis`.

Resources are injected (``Pipeline(nlp=…, gazetteer=…, actors=…, flag_model=…,
flag_encoder=…)``) so tests and other deployments can pass their own; :meth:`Pipeline.load`
loads the defaults once and fails loudly, saying what to install. The flag encoder (MiniLM
token vectors and a dense head, :mod:`sitrep.extract.flag_head`) is opt-in: it needs the
``encoder`` extra and about triples the parse time.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from sitrep.extract.actors import ActorDictionary
from sitrep.extract.claims import extract_claims
from sitrep.extract.dates import extract_dates
from sitrep.extract.event_strategic import StrategicModel, load_strategic_model
from sitrep.extract.events import EventContext, extract_events
from sitrep.extract.flag_head import FlagEncoder, load_flag_encoder
from sitrep.extract.flag_model import FlagModel, load_flag_model
from sitrep.extract.flags import extract_flags
from sitrep.extract.places import extract_places
from sitrep.extract.retellings import mark_retellings
from sitrep.gazetteer import Gazetteer
from sitrep.model import Actor, Analysis, Article, Toponym
from sitrep.nlp import load_pipeline

if TYPE_CHECKING:
    from pathlib import Path

    from spacy.language import Language
    from spacy.tokens import Doc


def _home_country(toponyms: Iterable[Toponym]) -> str | None:
    """The country the article is about: the one its place names resolve to most often.

    A place name counts ahead of a nationality word ("Kurdish fighters clashed with Turkish
    troops near Afrin" is about Syria): nationality words tell whose forces act, place names
    where. Nationality words break ties between place names, and decide alone when no place
    name resolves to a country."""
    named: Counter[str] = Counter()
    peoples: Counter[str] = Counter()
    for t in toponyms:
        if t.place and t.place.country:
            (peoples if t.source == "demonym" else named)[t.place.country] += 1
    if not named:
        return peoples.most_common(1)[0][0] if peoples else None
    order = list(named)  # first named first among equals
    return max(order, key=lambda c: (named[c], peoples[c], -order.index(c)))


def analyze_doc(doc: Doc, *, article: Article, gazetteer: Gazetteer,
                actors: ActorDictionary, flag_model: FlagModel | None = None,
                flag_encoder: FlagEncoder | None = None,
                strategic_model: StrategicModel | None = None) -> Analysis:
    """Run every extraction stage over one parsed article (flags from the lexicon, plus the
    spans of ``flag_model`` when one is given, helped by ``flag_encoder`` when given; the
    strategic developments of ``strategic_model`` where the event rules find none)."""
    context = event_context(doc, article=article, gazetteer=gazetteer, actors=actors,
                            flag_model=flag_model, flag_encoder=flag_encoder,
                            strategic_model=strategic_model)
    events = mark_retellings(doc, extract_events(doc, context=context), context.dates)
    return Analysis(article=article, events=events, claims=context.claims,
                    places=context.toponyms, flags=context.flags, dates=context.dates)


def event_context(doc: Doc, *, article: Article, gazetteer: Gazetteer,
                  actors: ActorDictionary, flag_model: FlagModel | None = None,
                  flag_encoder: FlagEncoder | None = None,
                  strategic_model: StrategicModel | None = None) -> EventContext:
    """What every stage before the event stage finds in one parsed article (places, dates,
    actor mentions, claims, flags), as the event stage is handed it (:func:`analyze_doc`)."""
    places = extract_places(doc, article=article, gazetteer=gazetteer)
    dates = extract_dates(doc, article=article)
    country = _home_country(places)
    mentions = actors.find_mentions(doc, article=article, country=country, localise=True)
    claims = extract_claims(doc, article=article, country=country)
    flags = extract_flags(doc, article=article, model=flag_model, encoder=flag_encoder)
    home: Actor | None = actors.actor_for_country(country) if country else None
    return EventContext(article=article, actors=mentions, claims=claims, toponyms=places,
                        dates=dates, home_forces=home, dictionary=actors,
                        flags=flags, strategic=strategic_model)


class Pipeline:
    """Articles in, :class:`Analysis` out. Cheap to construct; load resources with :meth:`load`."""

    def __init__(self, *, nlp: Language, gazetteer: Gazetteer, actors: ActorDictionary,
                 flag_model: FlagModel | None = None,
                 flag_encoder: FlagEncoder | None = None,
                 strategic_model: StrategicModel | None = None) -> None:
        self.nlp = nlp
        self.gazetteer = gazetteer
        self.actors = actors
        self.flag_model = flag_model
        self.flag_encoder = flag_encoder
        self.strategic_model = strategic_model

    @classmethod
    def load(cls, *, model: str | None = None, gazetteer_path: Path | str | None = None,
             actors_path: Path | str | None = None,
             flag_model_path: Path | str | None = None,
             flag_encoder: bool | str = False) -> Pipeline:
        """Load the spaCy pipeline, the gazetteer (built on first use), the actor dictionary
        and the flag model (the shipped one by default); with ``flag_encoder``, a flag encoder
        and its shipped head too: ``True`` for the default (MiniLM), or an encoder's name
        ("minilm", "mpnet": :data:`sitrep.extract.flag_encoder.ENCODERS`). A
        :class:`~sitrep.errors.ResourceError` says what to install when a piece is missing."""
        flag_model = load_flag_model(flag_model_path)
        encoder = None
        if flag_encoder:
            from sitrep.extract.flag_encoder import encoder_spec

            spec = None if flag_encoder is True else encoder_spec(str(flag_encoder))
            encoder = load_flag_encoder(spec=spec)
        return cls(
            nlp=load_pipeline(model),
            gazetteer=Gazetteer.open(gazetteer_path),
            actors=ActorDictionary.load(actors_path),
            flag_model=flag_model,
            flag_encoder=encoder,
            strategic_model=load_strategic_model(),
        )

    def analyze(self, article: Article) -> Analysis:
        return next(self.analyze_many([article]))

    def analyze_many(self, articles: Iterable[Article], *, batch_size: int = 8
                     ) -> Iterator[Analysis]:
        """Analyse ``articles`` in order, parsing them in batches with ``nlp.pipe``."""
        pairs = ((a.text, a) for a in articles)
        for doc, article in self.nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
            yield analyze_doc(doc, article=article, gazetteer=self.gazetteer, actors=self.actors,
                              flag_model=self.flag_model, flag_encoder=self.flag_encoder,
                              strategic_model=self.strategic_model)
