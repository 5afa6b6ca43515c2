"""Realistic :class:`Analysis` objects built by hand, for tests.

:func:`deir_ez_zor` is an RT-style report of IS shelling in Deir ez-Zor (September 2017):
one event, the claim it rests on (SANA reported), a resolved toponym, a hedge and a loaded
term, a resolved date. Every span indexes the article text exactly. Keyword arguments
vary the article (outlet, title, date, extra text), the event, and add a denial (a second
claim, by the Russian Ministry of Defence, that denies the first), so a test can build a
second report of the same event, or of another one, in one line.
"""

from __future__ import annotations

from datetime import date

from sitrep.model import (
    Actor,
    ActorMention,
    Analysis,
    Article,
    Claim,
    Event,
    EventStatus,
    Flag,
    Location,
    Place,
    Source,
    Span,
    TimeExpression,
    Toponym,
    stable_id,
)

DEIR_EZ_ZOR = Place(
    name="Deir ez-Zor", lat=35.33588, lon=40.14084, geonames_id=170794, feature_class="P",
    feature_code="PPLA", country="SY", admin1="Deir ez-Zor", population=242565,
)

ISLAMIC_STATE = Actor("Islamic State", "rebel group", country=None, inter=2)
CIVILIANS_SYRIA = Actor("Civilians (Syria)", "civilians", country="SY", inter=7)

TITLE = "IS shells residential district of Deir ez-Zor as army pushes on"
BODY = (
    "IS terrorists shelled a residential district of Deir ez-Zor on Wednesday, killing one "
    "civilian, SANA reported. The militants allegedly used rocket launchers fired from the "
    "Al-Omal neighbourhood. Residents say the jihadists have martyred dozens of people in the "
    "besieged city since 2014."
)

DENIAL = "The Russian Defence Ministry denied that any civilians were killed."


def span(text: str, needle: str, *, after: int = 0) -> Span:
    """The span of the first ``needle`` in ``text`` at or after offset ``after``."""
    start = text.index(needle, after)
    return Span(start, start + len(needle), needle)


def deir_ez_zor(
    *,
    outlet: str | None = "RT",
    title: str = TITLE,
    author: str | None = "Mikhail Alaeddin",
    published: date | None = date(2017, 9, 14),
    origin: str = "samples/deir-ez-zor-2017.txt#1",
    extra: str = "",
    event_type: str = "Explosions/Remote violence",
    sub_event_type: str = "Shelling/artillery/missile attack",
    event_date: date | None = date(2017, 9, 13),
    status: EventStatus = "reported",
    fatalities: int | None = 1,
    located: bool = True,
    denial: bool = False,
) -> Analysis:
    """The RT-like Deir ez-Zor shelling report, varied by the keyword arguments."""
    header = f"{title}\nBy {author}\nSource: {outlet}\n\n"
    text = header + BODY + (" " + DENIAL if denial else "") + (("\n\n" + extra) if extra else "")
    body_start = len(header)
    article = Article(text=text, origin=origin, outlet=outlet, author=author, title=title,
                      published=published, body_start=body_start)
    aid = article.id

    sentence_end = text.index("SANA reported.") + len("SANA reported.")
    sentence = Span(body_start, sentence_end, text[body_start:sentence_end])
    trigger = span(text, "shelled", after=body_start)
    place_span = span(text, "Deir ez-Zor", after=body_start)

    content_start = body_start
    content_end = text.index(", SANA reported")
    claim = Claim(
        id=stable_id(aid, "claim", "0"),
        source=Source(span(text, "SANA", after=body_start), "SANA", "media"),
        cue=span(text, "reported", after=body_start),
        content=Span(content_start, content_end, text[content_start:content_end]),
        kind="indirect",
        stance="asserts",
        certainty="certain",
    )
    event = Event(
        id=stable_id(aid, "event", str(trigger.start)),
        event_type=event_type,
        sub_event_type=sub_event_type,
        trigger=trigger,
        sentence=sentence,
        actor1=ActorMention(ISLAMIC_STATE, span(text, "IS terrorists", after=body_start)),
        actor2=ActorMention(CIVILIANS_SYRIA, span(text, "one civilian", after=body_start)),
        location=Location(DEIR_EZ_ZOR, 1, place_span) if located else None,
        date=event_date,
        time_precision=1 if event_date else None,
        fatalities=fatalities,
        status=status,
        claim=claim.id,
        confidence=0.8,
        cameo="195",
        plover="ATTACK",
    )
    claims = (claim,)
    if denial:
        after = text.index(DENIAL)
        content = span(text, "any civilians were killed", after=after)
        claims += (Claim(
            id=stable_id(aid, "claim", "1"),
            source=Source(span(text, "Russian Defence Ministry", after=after),
                          "Russian Ministry of Defence", "military"),
            cue=span(text, "denied", after=after),
            content=content,
            kind="indirect",
            stance="denies",
            certainty="certain",
            denies=claim.id,
        ),)
    return Analysis(
        article=article,
        events=(event,),
        claims=claims,
        places=(
            Toponym(place_span, DEIR_EZ_ZOR, "ner+gazetteer"),
            Toponym(span(text, "Al-Omal", after=body_start), None, "ner"),
        ),
        flags=(
            Flag(span(text, "allegedly", after=body_start), "hedge", "allegedly"),
            Flag(span(text, "martyred", after=body_start), "loaded_language", "martyr"),
            Flag(span(text, "IS terrorists", after=body_start), "name_calling", "terrorists"),
        ),
        dates=(TimeExpression(span(text, "on Wednesday", after=body_start), event_date, 1),),
    )
