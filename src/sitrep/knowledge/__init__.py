"""Knowledge kept as data: lexicons, actor dictionary, ACLED taxonomy.

Each file in this folder is a TSV (tab-separated, first non-comment line is the
header) or JSON file. Lines starting with ``#`` are comments and say where the
facts come from. Read them with :func:`read_table` / :func:`read_json`.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from sitrep.errors import ResourceError


def _read_text(name: str) -> str:
    try:
        return resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ResourceError(f"knowledge file {name!r} is missing from the sitrep package") from exc


@cache
def read_table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of the TSV knowledge file ``name`` as dicts keyed by the header."""
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    for lineno, line in enumerate(_read_text(name).splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if header is None:
            header = cells
            continue
        if len(cells) > len(header):
            raise ResourceError(f"{name}:{lineno}: {len(cells)} cells, header has {len(header)}")
        cells += [""] * (len(header) - len(cells))
        rows.append(dict(zip(header, cells, strict=True)))
    return tuple(rows)


@cache
def read_json(name: str) -> Any:
    """The parsed JSON knowledge file ``name``."""
    return json.loads(_read_text(name))
