"""Event evaluation: ACLED sub-types on CASE 2021 task 2, who-did-what-to-whom on PLOVER.

**CASE 2021 task 2** (``case2021-task2-dev.tsv``: ``id, EventSnippet, SubType``): each snippet
is analysed as an article and labelled with the sub-type of its main event
(:func:`main_event`), or ``NOT_ACLED`` when sitrep finds no ACLED event. Scores: weighted and
macro F1 over ACLED's 25 sub-types (a snippet of a non-ACLED class predicted as an ACLED type is
a false positive of that type), and the share of non-ACLED rows recognised as such.

**PLOVER gold standard** (``plover-gsr-cameo.json``): each record's sentence is analysed; the
main event's PLOVER category is compared with the gold ``event``, and its actor1/actor2 with the
gold source/target actors. sitrep codes ACLED's taxonomy, so only the violent and coercive
PLOVER categories can be matched; on the others, the right answer is no ACLED event. The gold
file is coded in PLOVER 0.5, sitrep in PLOVER 2021: a gold FIGHT is read as 2021's ASSAULT.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sitrep.errors import InputError
from sitrep.evaluate.metrics import PRF, confusions, macro_f1, per_label, weighted_f1
from sitrep.extract.events import main_event
from sitrep.extract.place_forms import demonym_table
from sitrep.extract.taxonomy import load_taxonomy
from sitrep.model import ActorMention, Analysis, Article, Event

NOT_ACLED = "NOT_ACLED"
Analyse = Callable[[Iterable[Article]], Iterable[Analysis]]

# PLOVER categories that an ACLED event can express (from the taxonomy's plover column).
PLOVER_VIOLENT = frozenset({"ASSAULT", "FIGHT", "COERCE", "PROTEST", "MOBILIZE", "RETREAT"})
# The gold standard is coded in PLOVER 0.5 (2016); sitrep's taxonomy codes PLOVER 2021, which
# folded FIGHT (conventional military force) into ASSAULT. Gold categories are read in 2021 terms.
PLOVER_2021 = {"FIGHT": "ASSAULT"}


@dataclass(frozen=True)
class CaseRow:
    id: str
    text: str
    label: str


@dataclass(frozen=True)
class CaseScores:
    """Scores of one run over CASE 2021 task 2 rows."""

    rows: int
    weighted_f1: float
    macro_f1: float
    non_acled_accuracy: float
    non_acled_rows: int
    per_label: dict[str, PRF]
    confusions: list[tuple[str, str, int]]
    predictions: list[tuple[str, str, str]] = field(repr=False)  # (id, gold, predicted)

    def summary(self) -> dict[str, float]:
        return {"weighted_f1": round(self.weighted_f1, 4), "macro_f1": round(self.macro_f1, 4),
                "non_acled_accuracy": round(self.non_acled_accuracy, 4)}


def read_case(path: Path) -> list[CaseRow]:
    """The rows of a CASE 2021 task 2 TSV; InputError naming the line if one is malformed."""
    codes = {t.case_code for t in load_taxonomy()}
    rows = []
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        missing = {"id", "EventSnippet", "SubType"} - set(reader.fieldnames or ())
        if missing:
            raise InputError(str(path), f"missing columns {sorted(missing)}")
        for line, rec in enumerate(reader, start=2):
            label = (rec.get("SubType") or "").strip()
            text = (rec.get("EventSnippet") or "").strip()
            if label not in codes or not text:
                raise InputError(f"{path}:{line}", f"unknown label {label!r} or empty snippet")
            rows.append(CaseRow(rec["id"].strip(), text, label))
    return rows


def case_label(analysis: Analysis) -> str:
    event = main_event(analysis.events)
    if event is None:
        return NOT_ACLED
    return load_taxonomy().by_sub_type(event.sub_event_type).case_code


def evaluate_case(rows: Sequence[CaseRow], analyse: Analyse) -> CaseScores:
    """Run ``analyse`` over the snippets and score the main events' sub-types."""
    articles = [Article(text=r.text, origin=f"case2021:{r.id}") for r in rows]
    predicted = [case_label(a) for a in analyse(articles)]
    gold = [r.label for r in rows]
    taxonomy = load_taxonomy()
    acled = [t.case_code for t in taxonomy.acled_sub_types()]
    non_acled = {t.case_code for t in taxonomy if not t.is_acled}
    scores = per_label(gold, predicted, acled)
    outside = [p for g, p in zip(gold, predicted, strict=True) if g in non_acled]
    return CaseScores(
        rows=len(rows),
        weighted_f1=weighted_f1(scores),
        macro_f1=macro_f1(scores),
        non_acled_accuracy=sum(p == NOT_ACLED for p in outside) / len(outside) if outside else 0,
        non_acled_rows=len(outside),
        per_label=scores,
        confusions=[(g, p, n) for (g, p), n in confusions(gold, predicted).most_common()
                    if not (g in non_acled and p == NOT_ACLED)],  # a right abstention
        predictions=[(r.id, g, p) for r, g, p in zip(rows, gold, predicted, strict=True)],
    )


@dataclass(frozen=True)
class PloverRecord:
    id: str
    text: str
    category: str
    sources: tuple[str, ...]
    targets: tuple[str, ...]


@dataclass(frozen=True)
class PloverScores:
    """Scores of one run over the PLOVER gold-standard records."""

    records: int
    violent_records: int
    category_recall: float  # violent records whose main event has the gold PLOVER category
    abstention: float  # non-violent records given no ACLED event
    category_precision: float  # main events whose PLOVER category equals the gold one
    source_accuracy: float  # of records with a gold source and an event: actor1 matches
    target_accuracy: float  # of records with a gold target and an event: actor2 matches
    predictions: list[tuple[str, str, str]] = field(repr=False)  # (id, gold, predicted)

    def summary(self) -> dict[str, float]:
        return {k: round(getattr(self, k), 4) for k in (
            "category_recall", "category_precision", "abstention", "source_accuracy",
            "target_accuracy")}


def _actor_texts(value: object) -> tuple[str, ...]:
    """The ``actorText`` of each actor of a list; a few records hold a bare string instead."""
    if not isinstance(value, list):
        return ()
    return tuple(a["actorText"] for a in value if isinstance(a, dict) and a.get("actorText"))


def read_plover(path: Path) -> list[PloverRecord]:
    """The coded sentences of the PLOVER gold standard (documentation records are skipped)."""
    try:
        records = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(str(path), f"not a readable JSON list: {exc}") from exc
    if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
        raise InputError(str(path), "expected a JSON list of PLOVER records")
    out: list[PloverRecord] = []
    for rec in records:
        if not rec.get("text") or rec.get("event") in {None, "DOCUMENT"}:
            continue
        out.append(PloverRecord(
            id=str(rec.get("id", len(out))), text=rec["text"].strip(),
            category=PLOVER_2021.get(rec["event"], rec["event"]),
            sources=_actor_texts(rec.get("source")),
            targets=_actor_texts(rec.get("target")),
        ))
    return out


# words that name no one: an article or preposition two actor phrases share is no overlap
FILLER_WORDS = frozenset({"the", "a", "an", "of", "and", "in", "on", "at", "to", "for", "from",
                          "with", "by", "its", "their"})


def _words(text: str) -> set[str]:
    """The naming words of an actor phrase, compared casefolded: a possessive "'s" dropped
    ("Sudan's government"), a people's adjective, its plural or a country's name read as its
    country ("Israeli", "Israelis" and "Israel" are one word here), fillers ("the", "of") left
    out."""
    states = demonym_table()
    found = set()
    for raw in text.split():
        word = raw.strip(".,()'’\"`").casefold()
        word = word.removesuffix("'s").removesuffix("’s")
        if not word or word in FILLER_WORDS:
            continue
        state = states.get(word) or states.get(f"{word}.")  # "U.S." is stripped to "u.s"
        if not state and len(word) > 4 and word.endswith("s"):  # a people: "Palestinians"
            state = states.get(word[:-1])
        found.add(f"country:{state[0]}" if state and state[0] else word)  # not "Kurdish"
    return found


def _matches(mention: ActorMention | None, gold: Sequence[str]) -> bool:
    """The mention's text or canonical name overlaps one of the gold actor texts, word-wise
    (see :func:`_words`: "Civilians (Palestine)" matches a gold "Palestinian", "the" alone
    matches nothing)."""
    if mention is None:
        return False
    words: set[str] = set()
    for text in (mention.span.text if mention.span else "", mention.actor.name,
                 *mention.actor.aliases):
        words |= _words(text)
    return any(words & _words(g) for g in gold)


def _role(event: Event | None, role: str) -> ActorMention | None:
    return getattr(event, role) if event is not None else None


def evaluate_plover(records: Sequence[PloverRecord], analyse: Analyse) -> PloverScores:
    articles = [Article(text=r.text, origin=f"plover:{r.id}") for r in records]
    events = [main_event(a.events) for a in analyse(articles)]
    predicted = [(e.plover or "").split("|")[0].split(":")[0] if e else "" for e in events]
    violent = [i for i, r in enumerate(records) if r.category in PLOVER_VIOLENT]
    calm = [i for i, r in enumerate(records) if r.category not in PLOVER_VIOLENT]
    coded = [i for i, p in enumerate(predicted) if p]

    def share(hits: int, of: int) -> float:
        return hits / of if of else 0.0

    with_source = [i for i in coded if records[i].sources]
    with_target = [i for i in coded if records[i].targets]
    return PloverScores(
        records=len(records),
        violent_records=len(violent),
        category_recall=share(sum(predicted[i] == records[i].category for i in violent),
                              len(violent)),
        abstention=share(sum(not predicted[i] for i in calm), len(calm)),
        category_precision=share(sum(predicted[i] == records[i].category for i in coded),
                                 len(coded)),
        source_accuracy=share(sum(_matches(_role(events[i], "actor1"), records[i].sources)
                                  for i in with_source), len(with_source)),
        target_accuracy=share(sum(_matches(_role(events[i], "actor2"), records[i].targets)
                                  for i in with_target), len(with_target)),
        predictions=[(r.id, r.category, p) for r, p in zip(records, predicted, strict=True)],
    )
