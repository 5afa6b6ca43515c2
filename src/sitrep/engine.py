"""Where the pipeline runs: in this process (``local``) or on Dask distributed workers (``dask``).

Both engines run the same stage functions over the same batches of articles and yield, in
input order, an :class:`~sitrep.model.Analysis` for each article, or an
:class:`~sitrep.errors.InputError` naming an article whose analysis raised (the rest of its
batch goes on), the way :func:`sitrep.ingest.read_inputs` yields an error for an input it
cannot read.

On Dask, each worker process loads the :class:`~sitrep.pipeline.Pipeline` once, from the
:class:`LoadOptions` it is sent (a few strings), and keeps it for every batch: the spaCy model
and the gazetteer never travel through the scheduler; the worker opens the gazetteer the way
the client would (``$SITREP_GAZETTEER``, else the user data folder). A bounded number of batches
is in flight, so memory stays flat however many articles come in.

>>> with dask_client() as client:  # doctest: +SKIP
...     for result in analyze_on_dask(articles, client, options=LoadOptions()):
...         ...

:func:`save_on_dask` is the seam for a store the workers can reach themselves (a database
server): each worker opens the store at the location it is given and saves what it analysed,
and only a short :class:`SavedArticle` comes back. A worker keeps no store open between
batches, and at most :data:`KEEP_PIPELINES` pipelines, so a long-lived cluster serving many
runs does not grow.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict, deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING, Any, TypeVar

from sitrep.errors import EngineError, InputError, StoreError
from sitrep.model import Analysis, Article

if TYPE_CHECKING:
    from distributed import Client, Future

    from sitrep.pipeline import Pipeline

T = TypeVar("T")
BATCH_SIZE = 8  # articles per nlp.pipe batch, and per Dask task


@dataclass(frozen=True)
class LoadOptions:
    """What :meth:`Pipeline.load <sitrep.pipeline.Pipeline.load>` is given: small, hashable and
    sent to every worker, which loads its pipeline from them once."""

    model: str | None = None
    gazetteer_path: str | None = None
    actors_path: str | None = None
    flag_model_path: str | None = None
    flag_encoder: bool | str = False

    def load(self) -> Pipeline:
        from sitrep.pipeline import Pipeline

        return Pipeline.load(model=self.model, gazetteer_path=self.gazetteer_path,
                             actors_path=self.actors_path, flag_model_path=self.flag_model_path,
                             flag_encoder=self.flag_encoder)


@dataclass(frozen=True)
class SavedArticle:
    """What a worker that saved an article itself sends back: which one, and whether it was
    new to the store (False: already there, nothing changed)."""

    article_id: str
    origin: str
    new: bool


def batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """``items`` in lists of ``size`` (the last may be shorter), read lazily."""
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def analyze_batch(pipeline: Pipeline, articles: list[Article]) -> list[Analysis | InputError]:
    """Analyse ``articles`` together (one ``nlp.pipe`` batch); when that raises, again one by
    one, so that only the article that raises becomes an :class:`InputError`."""
    try:
        return list(pipeline.analyze_many(articles, batch_size=max(len(articles), 1)))
    except Exception:  # which article? found below, one at a time
        results: list[Analysis | InputError] = []
        for article in articles:
            try:
                results.append(pipeline.analyze(article))
            except Exception as exc:  # reported as this input's error
                results.append(InputError(article.origin,
                                          f"analysis failed: {type(exc).__name__}: {exc}"))
        return results


def analyze_local(pipeline: Pipeline, articles: Iterable[Article], *,
                  batch_size: int = BATCH_SIZE) -> Iterator[Analysis | InputError]:
    """The local engine: :func:`analyze_batch` over ``articles`` in this process, in order."""
    for batch in batches(articles, batch_size):
        yield from analyze_batch(pipeline, batch)


# --- on a worker -------------------------------------------------------------------------

KEEP_PIPELINES = 2  # pipelines a worker keeps, the most recently used (each is ~0.3-1 GB)
_loaded: OrderedDict[LoadOptions, Pipeline] = OrderedDict()  # per process, oldest first
_loading = threading.Lock()


def worker_pipeline(options: LoadOptions) -> Pipeline:
    """This process's pipeline for ``options``, loaded on first use and kept for the next
    batches and runs; a worker that serves runs with other options (a long-lived cluster) keeps
    only the :data:`KEEP_PIPELINES` it used last, so its memory stays bounded."""
    with _loading:
        if options in _loaded:
            _loaded.move_to_end(options)
        else:
            _loaded[options] = options.load()
            while len(_loaded) > KEEP_PIPELINES:
                _loaded.popitem(last=False)  # a task still running on it keeps its reference
        return _loaded[options]


def preload(options: LoadOptions) -> None:
    """Load this worker's pipeline now (``client.run(preload, options)`` loads it on every
    worker at once, before the first batch)."""
    worker_pipeline(options)


def analyze_task(articles: list[Article], options: LoadOptions) -> list[Analysis | InputError]:
    """The Dask task: one batch on this worker's pipeline."""
    return analyze_batch(worker_pipeline(options), articles)


def save_task(articles: list[Article], options: LoadOptions, location: str
              ) -> list[SavedArticle | InputError]:
    """The Dask task of :func:`save_on_dask`: analyse one batch and save it on the worker, one
    transaction per article; an article the store refuses is that input's error.

    The store is opened for the batch and closed after it (a connection per batch of analyses
    that take seconds), so a worker holds no store between tasks or after the run. Each batch is
    logged as a Dask event under :data:`SAVED_EVENT` (the worker, how many articles it saved,
    already held and failed), which the client and the dashboard can read."""
    from sitrep.store import open_store

    analyses = analyze_task(articles, options)
    results: list[SavedArticle | InputError] = []
    with open_store(location) as store:
        for result in analyses:
            if isinstance(result, InputError):
                results.append(result)
                continue
            try:
                new = store.save(result)
            except StoreError as exc:
                results.append(InputError(result.article.origin, f"not stored: {exc}"))
                continue
            results.append(SavedArticle(result.article.id, result.article.origin, new))
    _log_saved(results)
    return results


SAVED_EVENT = "sitrep-saved"  # the Dask event topic of each batch a worker saved


def _log_saved(results: list[SavedArticle | InputError]) -> None:
    from distributed import get_worker

    try:
        worker = get_worker()
    except ValueError:  # run in a process of its own, not as a Dask task: no one to tell
        return
    saved = [r for r in results if isinstance(r, SavedArticle)]
    worker.log_event(SAVED_EVENT, {"new": sum(r.new for r in saved),
                                   "held": sum(not r.new for r in saved),
                                   "failed": len(results) - len(saved)})


# --- on the client -----------------------------------------------------------------------

@contextmanager
def dask_client(scheduler: str | None = None, *, workers: int | None = None,
                timeout: float = 10.0) -> Iterator[Client]:
    """A Dask client: connected to the scheduler at ``scheduler`` (``tcp://host:port``) within
    ``timeout`` seconds, with at least one worker; or, without an address, to a new
    ``LocalCluster`` of ``workers`` single-threaded worker processes (default: one per core),
    closed on exit. :class:`EngineError` says which address could not be reached."""
    import dask
    from distributed import Client, LocalCluster

    if scheduler is None:
        n = workers or os.cpu_count() or 1
        # Workers keep glibc's own malloc trimming, as the local engine does: Dask's 64 KiB
        # MALLOC_TRIM_THRESHOLD_ cost ~8% more CPU on spaCy's many small allocations
        # (benchmarks/engine_speed.py). Loopback only; the scheduler's HTTP server on a free
        # port (None would take 8787 on every interface).
        environ = {k: v for k, v in dask.config.get("distributed.nanny.pre-spawn-environ").items()
                   if k != "MALLOC_TRIM_THRESHOLD_"}
        with dask.config.set({"distributed.nanny.pre-spawn-environ": environ}), \
                LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                             host="127.0.0.1", dashboard_address="127.0.0.1:0") as cluster, \
                Client(cluster) as client:
            yield client
        return
    try:
        client = Client(scheduler, timeout=timeout)
    except ValueError as exc:
        raise EngineError(f"{scheduler} is not a Dask scheduler address ({exc})") from None
    except (OSError, TimeoutError):
        raise EngineError(f"cannot reach the Dask scheduler at {scheduler} (waited {timeout:g} s):"
                          " is `dask scheduler` running there?") from None
    with client:
        try:
            client.wait_for_workers(1, timeout=timeout)
        except TimeoutError:
            raise EngineError(f"the Dask scheduler at {scheduler} has no worker "
                              f"(waited {timeout:g} s): start one with "
                              f"`dask worker {scheduler}`") from None
        yield client


def _in_flight(client: Client) -> int:
    """Batches kept submitted: two per worker thread, so none waits for the next."""
    threads = sum(client.nthreads().values())
    return max(2 * threads, 2)


def _stream(client: Client, articles: Iterable[Article], task: Callable[..., list[Any]],
            args: tuple[Any, ...], *, batch_size: int, max_in_flight: int | None,
            retries: int) -> Iterator[Any]:
    """Submit ``task(batch, *args)`` for each batch, at most ``max_in_flight`` at once, and
    yield the batches' results in input order, releasing each batch once yielded."""
    from distributed import KilledWorker

    limit = max_in_flight or _in_flight(client)
    pending: deque[tuple[Future, list[Article]]] = deque()

    def oldest() -> Iterator[Any]:
        future, batch = pending.popleft()
        try:
            results = future.result()
        except KilledWorker as exc:  # Dask retried it on other workers already
            results = [InputError(a.origin, f"the Dask worker analysing it died ({exc})")
                       for a in batch]
        finally:
            future.release()
        yield from results

    try:
        for batch in batches(articles, batch_size):
            pending.append((client.submit(task, batch, *args, pure=False, retries=retries),
                            batch))
            if len(pending) >= limit:
                yield from oldest()
        while pending:
            yield from oldest()
    finally:  # stopped early (an error, or the reader closed us): drop what is left
        if pending:
            client.cancel([f for f, _ in pending])


def analyze_on_dask(articles: Iterable[Article], client: Client, *, options: LoadOptions,
                    batch_size: int = BATCH_SIZE, max_in_flight: int | None = None,
                    retries: int = 2) -> Iterator[Analysis | InputError]:
    """Analyse ``articles`` on the workers of ``client``, yielding in input order an
    :class:`Analysis` per article, or an :class:`InputError` for one whose analysis raised.

    Batches of ``batch_size`` articles are tasks; at most ``max_in_flight`` (default two per
    worker thread) are submitted at once, so ``articles`` is read only as fast as results are
    consumed. A task whose worker died is rerun by Dask; one that raised is retried
    ``retries`` times. A worker that cannot load the pipeline raises its
    :class:`~sitrep.errors.ResourceError` here.
    """
    return _stream(client, articles, analyze_task, (options,), batch_size=batch_size,
                   max_in_flight=max_in_flight, retries=retries)


def save_on_dask(articles: Iterable[Article], client: Client, *, options: LoadOptions,
                 store: str, batch_size: int = BATCH_SIZE, max_in_flight: int | None = None,
                 retries: int = 2) -> Iterator[SavedArticle | InputError]:
    """Like :func:`analyze_on_dask`, but each worker saves its analyses itself to the store at
    the location ``store`` (what :func:`sitrep.store.open_store` opens; a database server
    every worker reaches), and yields a :class:`SavedArticle` per article instead."""
    return _stream(client, articles, save_task, (options, store), batch_size=batch_size,
                   max_in_flight=max_in_flight, retries=retries)
