"""Retellings: one real event told twice in one article is one event.

A wire article tells its main event in the lead and tells it again lower down: "Artillery
shelled Kafr Nabl on Monday, killing six. The shelling hit a bakery …", "The ministry denied
that its forces had shelled the town". Every mention stays an :class:`~sitrep.model.Event` of
the JSONL contract (its own trigger, sentence, claim and status: a denial of the shelling is
still told); a later mention that retells an earlier one names it in ``same_as`` (the id of the
event's first mention, its *head*). ACLED codes one event per date, place, sub-type and actor
pair, so the outputs that count events (ACLED CSV rows, GeoJSON features, the report's counts)
count heads only, each with :func:`merged`: everything its mentions say of the event (the most
conservative toll or a risen one, the most precise place and date, the doer a retelling names,
the status of its best-told mention, a denial told beside it); :mod:`sitrep.link` puts a head
and its retellings in one story.

A mention of a later sentence retells the nearest earlier head when

- both have the same sub-event type, or the later one is a generic anaphor ("the attack", "the
  explosion") and both are political violence;
- it points back: a definite, demonstrative or possessive noun trigger ("the shelling", "this
  strike", "Tuesday's bombardment"), a verb whose object is a definite place word ("shelled the
  town"), the same toll as the head, or the same group named as the side acted on ("an alleged
  strike on SDF positions" after "jets bombed SDF positions"); an act told inside an account
  noun ("the story of Russia targeting the SDF", "the report of militants attacking the post")
  is a telling, not an act: it retells the nearest act it shares a side with, and takes its
  type;
- a battle's second telling may name its sides the other way round ("Troops killed 40
  militants …" then "Three soldiers also died in the fighting"): the sides fight each other,
  and the dead of the side that acted in the head are added to its toll, not compared with it;
- nothing marks another event: "another", "a second", "a separate", "a new", "again" and the
  like in its sentence or on its trigger; a date of its own sentence other than the head's; a
  place named in its own sentence that is another place than the head's; a different actor on
  either side.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from sitrep.extract.fatalities import RISEN, tells_more_dead
from sitrep.extract.retold_blasts import ship_blast
from sitrep.model import ActorMention, Event, TimeExpression, great_circle_km

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# determiners that point back to something told ("the strike", "this attack", "its shelling")
DEFINITE = frozenset({"the", "this", "that", "these", "those", "its", "their", "his", "her"})
# words that make a mention another event than one told before
OTHER_EVENT = frozenset({"another", "second", "third", "fourth", "separate", "new", "fresh",
                         "further", "other", "additional", "subsequent", "renewed", "again",
                         "latest"})
# said of a verb trigger: a repeated deed ("shelled the town again", "also shelled Binnish")
REPEATED = frozenset({"again", "also", "too", "later"})
# nouns that name any violent event, so they may retell an event of another sub-type
GENERIC = frozenset({"attack", "attacks", "assault", "incident", "explosion", "blast",
                     "violence", "bloodshed", "massacre", "killing", "killings", "raid",
                     "bombing", "tragedy"})
# nouns of a deed that, as the definite subject of a verb trigger, tell the deed told before
SUBJECT_ACTS = frozenset({"shelling", "strike", "strikes", "airstrike", "air", "bombardment",
                          "shells", "shell", "rocket", "rockets", "missile", "drone", "ambush",
                          "clashes", "fighting", "bomb", "shooting"})
# the head nouns of a toll ("the death toll from the attack", "the number of dead in the blast")
TOLL_WORDS = frozenset({"toll", "tolls", "number", "total"})
VIOLENT = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
# a definite place word as the object of a verb trigger points back to the head's place
PLACE_ANAPHORS = frozenset({"town", "city", "village", "area", "district", "neighbourhood",
                            "neighborhood", "camp", "market", "site", "base", "it"})
SAME_PLACE_KM = 2.0  # two places of one article closer than this are one place
# a year alone ("the deadliest bombing this year", "the worst since 2019") is the frame of a
# comparison, no day of the act: ACLED's vaguest time precision is a month
YEAR_ONLY = re.compile(r"^(?:(?:this|last|the\s+past|the\s+previous)\s+year|(?:in\s+|since\s+)?"
                       r"\d{4})$", re.IGNORECASE)
# nouns that name a telling of an act, not an act: "the story of Russia targeting the SDF",
# "the report of militants attacking the post"; the act inside is the one told before
ACCOUNTS = frozenset({"story", "stories", "report", "reports", "claim", "claims", "account",
                      "accounts", "allegation", "allegations", "accusation", "accusations",
                      "rumour", "rumours", "rumor", "rumors", "news", "version"})
# the sides of a battle fight one another: each side's dead are acted on by the other
MUTUAL = frozenset({"Battles"})


def _token(doc: Doc, event: Event) -> Token | None:
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _definite_noun(tok: Token) -> bool:
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return False
    for child in tok.children:
        if child.dep_ == "det" and child.lower_ in DEFINITE:
            return True
        if child.dep_ == "poss":  # "its shelling", "Tuesday's strike"
            return True
    return False


def _definite_place_object(tok: Token) -> bool:
    if tok.pos_ != "VERB":
        return False
    for child in tok.children:
        if child.dep_ in {"dobj", "nsubjpass"} and child.lower_ in PLACE_ANAPHORS and (
                child.lower_ == "it" or any(d.dep_ == "det" and d.lower_ in DEFINITE
                                            for d in child.children)):
            return True
    return False


def _definite_subject(tok: Token) -> bool:
    """A verb trigger whose subject is a definite noun of violence ("The shelling hit homes in
    Kafr Nabl", "The bombing destroyed the ward"): the deed told before, told again with what
    it did."""
    return tok.pos_ == "VERB" and any(
        c.dep_ == "nsubj" and c.lower_ in GENERIC | SUBJECT_ACTS and any(
            d.dep_ == "poss" or (d.dep_ == "det" and d.lower_ in DEFINITE) for d in c.children)
        for c in tok.children)  # (the parser may tag "The shelling" an adjective)


def in_toll_phrase(tok: Token) -> bool:
    """A noun trigger inside a toll ("The death toll from the attack rose to nine on
    Tuesday", "the number of dead in the bombing"): the sentence tells the toll, and a day it
    names is the toll's day, not the act's."""
    node = tok
    for _ in range(3):
        if node.head is node:
            return False
        node = node.head
        if node.lower_ in TOLL_WORDS or (node.pos_ == "VERB" and any(
                c.dep_ in {"dobj", "nsubj"} and c.lower_ in TOLL_WORDS for c in node.children)):
            return True  # (or the toll the verb brings: "bringing the toll from the attack to 11")
    return False


def asks_who(tok: Token) -> bool:
    """A verb trigger of an indirect or direct question about its doer ("did not establish who
    fired", "It is not clear who shelled the market", "Who fired the rockets?"): the question
    presupposes an act already known, as a definite noun does; not a relative clause's "who"
    ("gunmen who fired on a bus"), which tells a deed of its own."""
    return tok.pos_ == "VERB" and tok.dep_ != "relcl" and any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ == "WP" and c.lower_ in {"who", "whom"}
        for c in tok.children)


def account_noun(tok: Token) -> Token | None:
    """The account noun whose act the trigger is ("the story of X doing Y", "the report of
    militants attacking the post", "reports of an air strike"): a gerund or noun under "of" of
    a story, report, claim or account, through its own subject at most; else None."""
    node = tok
    for _ in range(3):
        if node.dep_ not in {"acl", "pobj", "pcomp"} or node.head is node:
            return None
        node = node.head
        if node.lower_ == "of" and node.dep_ == "prep":
            return node.head if node.head.lower_ in ACCOUNTS else None
        if node.lower_ in ACCOUNTS and tok.dep_ == "acl":
            return node  # "the story of Russia targeting the SDF": the parse hung it on story
    return None


def _told_account(tok: Token) -> bool:
    return account_noun(tok) is not None


def _marks_another(doc: Doc, event: Event, tok: Token | None) -> bool:
    sentence = doc.char_span(event.sentence.start, event.sentence.end, alignment_mode="expand")
    words = sentence if sentence is not None else ()
    if any((t.lower_ in OTHER_EVENT and t.pos_ in {"ADJ", "DET", "ADV", "NUM", "PRON"})
           or (t.lower_ == "more" and t.i > 0 and t.nbor(-1).lower_ == "once")  # "once more"
           for t in words):
        return True
    return tok is not None and tok.pos_ == "VERB" and any(
        c.dep_ == "advmod" and c.lower_ in REPEATED for c in tok.children)


def _own_date(event: Event, dates: Sequence[TimeExpression]) -> bool:
    s = event.sentence
    return any(d.date is not None and s.start <= d.span.start < s.end
               and not YEAR_ONLY.match(d.span.text) for d in dates)


def _same_place(a: Event, b: Event) -> bool:
    if a.location is None or b.location is None:
        return True
    pa, pb = a.location.place, b.location.place
    if (pa.geonames_id is not None and pa.geonames_id == pb.geonames_id) or \
            pa.name.casefold() == pb.name.casefold():
        return True
    return great_circle_km(pa.lat, pa.lon, pb.lat, pb.lon) <= SAME_PLACE_KM or \
        _within(a, b) or _within(b, a)


def _within(part: Event, whole: Event) -> bool:
    """Whether ``part`` is placed inside the province ``whole`` names (geo_precision 3): "a
    village in Idlib province" told again as "homes in Kafr Nabl"."""
    if part.location is None or whole.location is None or whole.location.geo_precision != 3 \
            or part.location.geo_precision == 3:
        return False
    pp, pw = part.location.place, whole.location.place
    return pp.country == pw.country and pp.admin1 is not None and pp.admin1 in {
        pw.admin1, pw.name}


def _own_place(event: Event) -> bool:
    loc, s = event.location, event.sentence
    return loc is not None and loc.span is not None and s.start <= loc.span.start < s.end


def _same_actors(a: Event, b: Event) -> bool:
    if _compatible(((a.actor1, b.actor1), (a.actor2, b.actor2))):
        return True
    # "Troops killed 40 militants … Three soldiers also died in the fighting": a battle's
    # sides act on each other, so the second telling may name them the other way round
    return a.event_type in MUTUAL and b.event_type in MUTUAL and _swapped(a, b)


def _swapped(a: Event, b: Event) -> bool:
    return _compatible(((a.actor1, b.actor2), (a.actor2, b.actor1))) and (
        a.actor2 is not None and b.actor1 is not None or a.actor1 is not None
        and b.actor2 is not None)


def _compatible(pairs: Iterable[tuple[ActorMention | None, ActorMention | None]]) -> bool:
    for x, y in pairs:
        if x is not None and y is not None and x.actor.name != y.actor.name and not (
                _unnamed_match(x, y) or _unnamed_match(y, x)):
            return False
    return True


def _unnamed_match(x: ActorMention, y: ActorMention) -> bool:
    """ACLED's Unidentified Armed Group is a group no one named, not another group: "40
    militants were killed in the fighting" may tell the clashes with the X Front again."""
    return x.actor.name.startswith("Unidentified Armed Group") and y.actor.type not in {
        "state forces", "civilians", "protesters", "rioters"}


# sides named as a group (not "civilians", "protesters", "unidentified gunmen"): an act of one
# sub-type on the same such group, told again in one article, is the same act when nothing marks
# another ("Jets bombed SDF positions …"; "… an alleged strike on SDF positions")
NAMED_SIDES = frozenset({"state forces", "rebel group", "political militia", "identity militia",
                         "external/other forces"})


def _named(mention: ActorMention | None) -> str | None:
    if mention is None:
        return None
    actor = mention.actor
    if actor.type not in NAMED_SIDES or actor.name.startswith("Unidentified") \
            or "unspecified" in actor.name:
        return None
    return actor.name


def _same_named_target(later: Event, head: Event) -> bool:
    target = _named(later.actor2)
    return target is not None and target == _named(head.actor2)


def retells(later: Event, head: Event, *, anaphor: bool, generic: bool, own_date: bool,
            account: bool = False, head_dated: bool = True) -> bool:
    """Whether ``later`` (a mention after ``head`` with no mark of another event) tells the
    same real event as ``head``: compatible sub-type, date, place and actors, and a cue that
    it points back (``anaphor``: a definite trigger or place object; else the same toll)."""
    if later.sentence.start <= head.sentence.start:
        return False  # one sentence, two deeds: "the massacre … their bombardment"
    if later.sub_event_type != head.sub_event_type and not (
            anaphor and generic and later.event_type in VIOLENT and head.event_type in VIOLENT):
        return False
    if not (anaphor or (later.fatalities and later.fatalities == head.fatalities)
            or _same_named_target(later, head)):
        return False
    if own_date and head_dated and later.date and head.date and later.date != head.date:
        return False  # (a head dated by the article's frame, to the week, names no day that
        # a retelling could contradict: "Jets bombed a hospital … The bombing on Sunday night")
    if _own_place(later) and not _same_place(later, head) and not (
            account and later.location is not None and later.location.geo_precision == 3):
        return False  # a country an account names is whose act it tells ("the story of
        # Russia targeting the SDF"), not another place
    if account and not _shares_a_side(later, head):
        return False  # an account naming a side tells an act of that side, not the nearest
    return _same_actors(later, head)


def _shares_a_side(later: Event, head: Event) -> bool:
    """Whether ``later`` names no side, or one side ``head`` names too."""
    named = [m.actor.name for m in (later.actor1, later.actor2) if m is not None]
    return not named or bool(set(named) & {m.actor.name for m in (head.actor1, head.actor2)
                                           if m is not None})


# determiners of what a denial says was not done: the thing told before ("denied that its
# convoy had been ambushed") or any such thing ("denied that any convoy had been ambushed")
DENIED_DETERMINERS = DEFINITE | {"any", "no"}


def _denied_passive(tok: Token) -> bool:
    """A denied deed told in the passive with no doer, of a definite or "any" thing ("The army
    denied that any convoy had been ambushed"): it answers the deed told before, whose doer
    the denial need not name."""
    return any(c.dep_ == "nsubjpass" and any(
        d.dep_ in {"det", "poss"} and d.lower_ in DENIED_DETERMINERS for d in c.children)
        for c in tok.children)


def mark_retellings(doc: Doc, events: Sequence[Event],
                    dates: Sequence[TimeExpression]) -> tuple[Event, ...]:
    """``events`` with ``same_as`` set on each later mention that retells an earlier event."""
    heads: list[Event] = []
    same_as: dict[str, Event] = {}
    undated: set[str] = set()
    accounts: set[str] = set()
    doers: dict[str, ActorMention | None] = {}  # a ship's blast: the attack's doer
    for event in sorted(events, key=lambda e: (e.trigger.start, e.id)):
        tok = _token(doc, event)
        if heads and not _marks_another(doc, event, tok):
            account = tok is not None and _told_account(tok)
            # "The RSF denied targeting civilians": a denial answers an act told before
            denial = event.status == "denied" and (
                event.actor1 is not None or (tok is not None and _denied_passive(tok)))
            anaphor = tok is not None and (_definite_noun(tok) or _definite_place_object(tok)
                                           or _definite_subject(tok) or account
                                           or asks_who(tok) or denial)
            generic = tok is not None and (tok.lower_ in GENERIC or account or denial)
            # "The death toll from the attack rose to nine on Tuesday": the toll's day
            own_date = _own_date(event, dates) and not (tok is not None and in_toll_phrase(tok))
            head = next((h for h in reversed(heads)
                         if retells(event, h, anaphor=anaphor, generic=generic,
                                    own_date=own_date, account=account,
                                    head_dated=_own_date(h, dates))), None)
            if head is None:  # "the crew of a vessel … reported an explosion nearby"
                head = next((h for h in reversed(heads) if ship_blast(event, h) and not (
                    own_date and h.date != event.date)), None)
                if head is not None:  # it takes the attack's type and doer
                    account = True
                    doers[event.id] = head.actor1
            if head is not None:
                same_as[event.id] = head
                if not own_date:
                    undated.add(event.id)
                if account or (tok is not None and tok.lower_ in GENERIC
                               and _definite_noun(tok)):
                    accounts.add(event.id)  # "the attack", "the massacre": a vaguer word for
                    # the act told before, whose type it takes
                continue
        heads.append(event)
    return tuple(_retelling(replace(e, actor1=doers[e.id]) if e.id in doers else e,
                            same_as[e.id], dated=e.id not in undated,
                            account=e.id in accounts) if e.id in same_as
                 else e for e in events)


def _retelling(event: Event, head: Event, *, dated: bool, account: bool = False) -> Event:
    """``event`` as a retelling of ``head``. A retelling whose own sentence names no date
    ("The ministry denied that its forces had shelled the town", told days later) was dated by
    the article's frame, not by what it tells: it is the head's event, so it takes the head's
    date and precision. An account of the act ("the story of Russia targeting the SDF") or a
    generic word for it ("The group later claimed the attack") names it by a vaguer word than
    the telling it retells: it takes the head's type. A retelling whose own sentence names no
    place ("The demonstration ended peacefully") was placed by the article's frame: it takes
    the head's place too."""
    if not _own_place(event) and head.location is not None:
        event = replace(event, location=head.location)
    if account:
        event = replace(event, event_type=head.event_type, sub_event_type=head.sub_event_type,
                        cameo=head.cameo, plover=head.plover)
    if dated:
        return replace(event, same_as=head.id)
    return replace(event, same_as=head.id, date=head.date, time_precision=head.time_precision)


def real_events(events: Iterable[Event]) -> list[tuple[Event, tuple[Event, ...]]]:
    """Each head of ``events`` with its retellings, in the order of ``events``."""
    told: dict[str, list[Event]] = {}
    heads: list[Event] = []
    listed = list(events)
    ids = {e.id for e in listed}
    for e in listed:
        if e.same_as is not None and e.same_as in ids:
            told.setdefault(e.same_as, []).append(e)
        else:
            heads.append(e)
    return [(h, tuple(told.get(h.id, ()))) for h in heads]


def conservative_toll(tolls: Iterable[int | None]) -> int | None:
    """One real event's fatalities from its mentions' tolls: never their sum; when the mentions
    give different tolls, ACLED's rule takes the most conservative one, the lowest given."""
    given = [t for t in tolls if t is not None]
    return min(given) if given else None


def _other_sides_dead(head: Event, retelling: Event) -> bool:
    """Whether a retelling of a battle tells the dead of the side that acted in the head
    ("Troops killed 40 militants …", "Two soldiers were killed in the clashes"): ACLED sums
    both sides' dead of one battle."""
    return head.event_type in MUTUAL and retelling.event_type in MUTUAL and (
        head.actor1 is not None and retelling.actor2 is not None
        and head.actor1.actor.name == retelling.actor2.actor.name
        and not (head.actor2 is not None and head.actor2.actor.name == head.actor1.actor.name))


def merged(head: Event, retellings: Sequence[Event]) -> Event:
    """The real event a head and its retellings tell: everything the article says of it.

    - the toll: the most conservative toll of its mentions (ACLED), replaced by a risen toll a
      retelling gives ("The death toll from the attack rose to nine"; ACLED revises a toll
      upward as tolls mount), plus the dead a mention tells as more ("Three soldiers also
      died");
    - the place: the most precise place of its mentions, the first on a tie (a village a
      retelling names over the province of the lead: ACLED geo_precision 1 over 3);
    - the date: the most precise date of its mentions, the first on a tie (a day a retelling
      names over the week of the article's frame);
    - the actors: the head's, or the first retelling's that gives them when the head does not;
      a doer a retelling names takes the place of an unidentified armed group
      (:func:`_unidentified`);
    - the status and claim: those of its best-told mention, asserted by the outlet before
      reported by a named source before unconfirmed before denied (:data:`TOLD_STRENGTH`): the
      event stands on its strongest telling, and a denial of it (by a side, or of the claim it
      rests on) is told beside the record (:func:`denial_told`), not instead of it. A record
      is denied only when every mention of it is.
    """
    if not retellings:
        return head
    mentions = (head, *retellings)
    # a risen toll is the new total, even told with more dead ("Two more died, bringing the
    # toll to 11"), as fatalities.carry_tolls reads the sentence after an event
    risen = [m for m in retellings if m.fatalities and RISEN.search(m.sentence.text)]
    # "Three soldiers also died in the fighting": dead in addition to the toll told before,
    # not another count of the same dead
    more = [m for m in retellings if m.fatalities and m not in risen and (
        tells_more_dead(m.sentence.text) or _other_sides_dead(head, m))]
    told = conservative_toll(m.fatalities for m in mentions if m not in more and m not in risen)
    top = max((m.fatalities or 0 for m in risen), default=0)
    if top > (told or 0):
        told = top
    if more:
        told = (told or 0) + sum(m.fatalities or 0 for m in more)
    located = [m for m in mentions if m.location is not None]
    place = min(located, key=lambda m: m.location.geo_precision if m.location else 9,
                default=None)
    dated = [m for m in mentions if m.date is not None]
    day = min(dated, key=lambda m: m.time_precision or 9, default=head)
    best = min(mentions, key=lambda m: TOLD_STRENGTH.get(m.status, 9))
    return replace(
        head,
        fatalities=told,
        location=place.location if place is not None else None,
        date=day.date, time_precision=day.time_precision,
        status=best.status, claim=best.claim,
        actor1=next((m.actor1 for m in mentions if m.actor1 is not None
                     and not _unidentified(m.actor1)),
                    next((m.actor1 for m in mentions if m.actor1 is not None), None)),
        actor2=next((m.actor2 for m in mentions if m.actor2 is not None), None),
    )


# how strongly a mention tells its event: the outlet's own word, a named source's, a word
# nobody confirms, a denial (issue 3: "asserted by the outlet, reported by a named source,
# unconfirmed, or denied")
TOLD_STRENGTH = {"asserted": 0, "reported": 1, "unconfirmed": 2, "denied": 3}


def denial_told(head: Event, retellings: Sequence[Event]) -> bool:
    """Whether a mention of an event the record does not count as denied is denied ("Troops
    shelled a market … The army denied that it had shelled the town"): the record says the
    event and that it was denied."""
    record = merged(head, retellings)
    return record.status != "denied" and any(m.status == "denied" for m in (head, *retellings))


def _unidentified(mention: ActorMention) -> bool:
    """Whether ``mention`` is ACLED's Unidentified Armed Group, which a mention that names the
    doer replaces ("A bomb exploded …" and then "Islamic State claimed responsibility for the
    bombing": ACLED codes the bombing to the group that claimed it)."""
    return mention.actor.name.partition(" (")[0] == "Unidentified Armed Group"
