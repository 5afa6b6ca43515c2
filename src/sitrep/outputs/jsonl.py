"""The JSONL contract as output: one :func:`sitrep.contract.to_record` object per line."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from sitrep.contract import to_record
from sitrep.model import Analysis


def write_jsonl(analyses: Iterable[Analysis], out: TextIO) -> int:
    """Write one JSON object per article, one per line; return the number written."""
    count = 0
    for analysis in analyses:
        out.write(json.dumps(to_record(analysis), ensure_ascii=False))
        out.write("\n")
        count += 1
    return count


def write_json(analyses: Iterable[Analysis], out: TextIO) -> int:
    """Write the records as one indented JSON array; return the number written.

    Streams record by record, so the array never has to be held in memory whole.
    """
    count = 0
    out.write("[")
    for analysis in analyses:
        out.write(",\n" if count else "\n")
        text = json.dumps(to_record(analysis), ensure_ascii=False, indent=2)
        out.write("\n".join("  " + line for line in text.splitlines()))
        count += 1
    out.write("\n]\n" if count else "]\n")
    return count
