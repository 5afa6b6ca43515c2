"""The evaluation gate: scores compared with floors pinned in a TOML file.

The floors file has one table per corpus, named ``<stage>.<corpus>``, mapping a score name to
its floor, e.g. ``[events.case]`` with ``weighted_f1 = 0.73``. A score below its floor, or a
floor naming a score the evaluation does not produce, is a failure.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from sitrep.errors import InputError


@dataclass(frozen=True)
class Check:
    corpus: str
    score: str
    value: float | None
    floor: float

    @property
    def passed(self) -> bool:
        return self.value is not None and self.value >= self.floor


def read_floors(path: Path) -> dict[str, dict[str, float]]:
    """``{"events.case": {"weighted_f1": 0.73, …}, …}`` from the TOML file at ``path``."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise InputError(str(path), f"not a readable TOML floors file: {exc}") from exc
    floors: dict[str, dict[str, float]] = {}
    for stage, corpora in data.items():
        if not isinstance(corpora, dict):
            raise InputError(str(path), f"[{stage}] must be a table of corpora")
        for corpus, scores in corpora.items():
            if not isinstance(scores, dict) or not all(
                    isinstance(v, int | float) for v in scores.values()):
                raise InputError(str(path), f"[{stage}.{corpus}] must map score names to numbers")
            floors[f"{stage}.{corpus}"] = {k: float(v) for k, v in scores.items()}
    return floors


def check(scores: Mapping[str, Mapping[str, float]], floors: Mapping[str, Mapping[str, float]]
          ) -> list[Check]:
    """One :class:`Check` per floor of each evaluated corpus (corpora not evaluated are skipped)."""
    return [Check(corpus, name, scores[corpus].get(name), floor)
            for corpus in scores if corpus in floors
            for name, floor in floors[corpus].items()]
