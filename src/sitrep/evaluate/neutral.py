"""Neutral news for the flags: texts that report without propaganda, to train and test against.

Issue 5: "neutral wording of the same fact is not flagged". PTC's unflagged sentences are
opinion writing's quieter lines; wire and local news read otherwise, and the flag model had
never seen any. sitrep holds some as gold for other tasks (none of it is PTC gold, and none
of it was annotated for propaganda):

- LGL local news (``geo/lgl.xml``, Lieberman et al. 2010: US local newspaper articles, title
  and text),
- CASE 2021 event snippets (``events/case2021-task2-dev.tsv``: conflict-news sentences; some
  quote partisan outlets, so a few flags there are right: "Eastern Ghouta terrorists"),
- PLOVER's CAMEO example sentences (``events/plover-gsr-cameo.json``, the DOCUMENT record
  left out).

Each text's numeric id splits them in two halves: even ids are the *train* half, which the flag
model may take as extra negatives (every token outside any span), odd ids the *held* half,
on which the false-flag rate is measured (``benchmarks/flag_neutral_rate.py``) and which no
model is trained on.
"""

from __future__ import annotations

import csv
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from sitrep.errors import InputError

Half = Literal["train", "held", "all"]
LGL = Path("geo") / "lgl.xml"
CASE = Path("events") / "case2021-task2-dev.tsv"
PLOVER = Path("events") / "plover-gsr-cameo.json"


@dataclass(frozen=True)
class NeutralText:
    """One neutral text: its corpus ("lgl", "case", "plover"), its id there and its text."""

    corpus: str
    id: str
    text: str


def in_half(number: int, half: Half) -> bool:
    """Whether a text of numeric id ``number`` belongs to ``half`` (odd ids are held out)."""
    return half == "all" or (number % 2 == 1) == (half == "held")


def neutral_texts(data: Path, half: Half = "train") -> Iterator[NeutralText]:
    """The neutral texts of ``half`` under the shared data directory ``data``."""
    for path in (LGL, CASE, PLOVER):
        if not (data / path).is_file():
            raise InputError(str(data / path), "missing: not the shared data directory")
    root = ET.parse(data / LGL).getroot()
    for article in root.iter("article"):
        docid = article.get("docid", "")
        title = (article.findtext("title") or "").strip()
        text = (article.findtext("text") or "").strip()
        if text and docid.isdigit() and in_half(int(docid), half):
            body = text if text.startswith(title) else f"{title}\n\n{text}"
            yield NeutralText("lgl", docid, body)
    with (data / CASE).open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            snippet = (row.get("EventSnippet") or "").strip()
            if snippet and row["id"].isdigit() and in_half(int(row["id"]), half):
                yield NeutralText("case", row["id"], snippet)
    for record in json.loads((data / PLOVER).read_text(encoding="utf-8")):
        number = re.search(r"(\d+)$", record.get("id", ""))
        text = (record.get("eventText") or "").strip()
        if (record.get("event") != "DOCUMENT" and text and number
                and in_half(int(number.group(1)), half)):
            yield NeutralText("plover", record["id"], text)
