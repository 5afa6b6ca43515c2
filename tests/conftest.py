"""Shared fixtures: one spaCy pipeline, one gazetteer and one full pipeline per test session."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from postgres_server import ENV, fresh_database, throwaway_cluster

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SAMPLE = SHARED / "samples" / "deir-ez-zor-2017.txt"
EXAMPLES = REPO / "examples" / "corpus"


def shared_or_skip(path: Path) -> Path:
    """``path`` under ../shared, or a skip with a clear reason on a user's machine without it."""
    if not SHARED.is_dir():
        pytest.skip("../shared is absent (a user's machine): reference data not available")
    assert path.exists(), f"{path} is missing from ../shared"
    return path


@pytest.fixture(scope="session")
def gazetteer_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The gazetteer database: $SITREP_GAZETTEER if set (CI builds it once), else a temp file."""
    env = os.environ.get("SITREP_GAZETTEER")
    return Path(env) if env else tmp_path_factory.mktemp("gazetteer") / "gazetteer.sqlite"


@pytest.fixture(scope="session")
def pipeline(gazetteer_path: Path) -> Iterator[object]:
    from sitrep.pipeline import Pipeline

    pipe = Pipeline.load(gazetteer_path=gazetteer_path)
    yield pipe
    pipe.gazetteer.close()


@pytest.fixture(scope="session")
def nlp(pipeline: Any) -> Any:
    """The session pipeline's spaCy model, for tests of one stage."""
    return pipeline.nlp


@pytest.fixture(scope="session")
def gazetteer(pipeline: Any) -> Any:
    """The session pipeline's gazetteer (test modules that build their own override this)."""
    return pipeline.gazetteer


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """A PostgreSQL server's URL: $SITREP_TEST_POSTGRES, else a throwaway local cluster."""
    if os.environ.get(ENV):
        url = os.environ[ENV]
        if "\n" in url.strip() or not url.startswith(("postgresql://", "postgres://")):
            pytest.fail(f"${ENV} is not one PostgreSQL URL: {url!r}", pytrace=False)
        yield url
        return
    with throwaway_cluster() as url:
        yield url


@pytest.fixture()
def postgres_url(postgres_server: str) -> Iterator[str]:
    """The URL of a new, empty database of its own for one test (dropped after)."""
    with fresh_database(postgres_server) as url:
        yield url


@pytest.fixture()
def cli_env(gazetteer_path: Path, pipeline: object, monkeypatch: pytest.MonkeyPatch) -> Path:
    """CLI runs use the session's gazetteer (already built by the ``pipeline`` fixture)."""
    monkeypatch.setenv("SITREP_GAZETTEER", str(gazetteer_path))
    return gazetteer_path


def write_phrase_ptc(root: Path, articles: list[tuple[str, str, str]]) -> Path:
    """A PTC-format directory under ``root``: article ``n`` (from 1) is the text of
    ``articles[n - 1]`` = (text, phrase, technique), whose phrase (its first occurrence) is
    the article's one task 1 span and one task 2 annotation."""
    (root / "articles").mkdir(parents=True)
    si, tc = [], []
    for n, (text, phrase, technique) in enumerate(articles, start=1):
        (root / "articles" / f"article{n}.txt").write_text(text, encoding="utf-8")
        start = text.index(phrase)
        si.append(f"{n}\t{start}\t{start + len(phrase)}\n")
        tc.append(f"{n}\t{technique}\t{start}\t{start + len(phrase)}\n")
    (root / "train-task1-SI.labels").write_text("".join(si), encoding="utf-8")
    (root / "train-task2-TC.labels").write_text("".join(tc), encoding="utf-8")
    return root
