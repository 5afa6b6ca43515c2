"""The engine options of the commands that analyse (``--engine``, ``--scheduler``,
``--workers``, ``--connect-timeout``) and :func:`analysed`, which runs the pipeline on the
engine chosen and yields its results in input order."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from contextlib import ExitStack, contextmanager
from typing import TYPE_CHECKING

import click

from sitrep.cli._app import F, err, load_pipeline_or_fail
from sitrep.errors import InputError
from sitrep.model import Analysis, Article

if TYPE_CHECKING:
    from sitrep.engine import SavedArticle


def engine_options(fn: F) -> F:
    options = [
        click.option("--engine", type=click.Choice(["local", "dask"]), default="local",
                     show_default=True,
                     help="Where the pipeline runs: in this process, or on Dask workers "
                          "(a local cluster of one worker process per core, or --scheduler's)."),
        click.option("--scheduler", metavar="ADDRESS",
                     help="Dask scheduler to run on, e.g. tcp://10.0.0.5:8786 (implies "
                          "--engine dask)."),
        click.option("--workers", type=click.IntRange(min=1), default=None,
                     help="Worker processes of the local Dask cluster [default: one per core]."),
        click.option("--connect-timeout", type=click.FloatRange(min=0.1), default=10.0,
                     show_default=True,
                     help="Seconds to wait for the scheduler and a worker of --scheduler."),
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


@contextmanager
def analysed(articles: Iterable[Article], *, model: str | None, flag_encoder: bool | str,
             engine: str, scheduler: str | None, workers: int | None,
             connect_timeout: float, shared_store: str | None = None
             ) -> Iterator[Iterator[Analysis | SavedArticle | InputError]]:
    """The results of ``articles`` in input order: an :class:`Analysis` each, or the
    :class:`InputError` of one whose analysis failed. With ``shared_store`` (a store every
    worker reaches: a PostgreSQL URL) on the Dask engine, the workers save what they analyse
    there themselves and a :class:`~sitrep.engine.SavedArticle` comes back instead of each
    analysis. Raises :class:`SitrepError` (resources, scheduler) before anything is yielded
    when it can."""
    from sitrep.engine import (
        LoadOptions,
        analyze_local,
        analyze_on_dask,
        dask_client,
        preload,
        save_on_dask,
    )

    if workers is not None and (scheduler is not None or engine == "local"):
        raise click.UsageError("--workers sizes the local Dask cluster: use it with "
                               "--engine dask and without --scheduler")
    if engine == "local" and scheduler is None:
        yield analyze_local(load_pipeline_or_fail(model, flag_encoder=flag_encoder), articles)
        return
    import distributed  # noqa: F401  (sets its loggers to INFO when imported: -v says if)

    logging.getLogger("distributed").setLevel(max(logging.getLogger().level, logging.WARNING))
    options = LoadOptions(model=model, flag_encoder=flag_encoder)
    if scheduler is None:
        _ensure_gazetteer()  # built here once, not by every worker at the same time
    where = scheduler or f"a local Dask cluster of {workers or 'one worker per core'}" + (
        " workers" if workers else "")
    with ExitStack() as stack:
        with err.status(f"Connecting to {where}…"):
            client = stack.enter_context(
                dask_client(scheduler, workers=workers, timeout=connect_timeout))
        with err.status(f"Loading the pipeline on {len(client.nthreads())} Dask workers…"):
            client.run(preload, options)  # all at once; a missing resource fails here
        if shared_store is not None:
            yield save_on_dask(articles, client, options=options, store=shared_store)
        else:
            yield analyze_on_dask(articles, client, options=options)


def _ensure_gazetteer() -> None:
    from sitrep.gazetteer import Gazetteer

    with err.status("Opening the gazetteer…"):
        Gazetteer.open().close()
