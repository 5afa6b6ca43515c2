"""Commands over articles and the store: analyze, extract, the listings, export, report."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any, TextIO

import click
from rich.progress import Progress

from sitrep.cli._app import (
    Ingest,
    article_progress,
    cli,
    db_option,
    fail,
    filter_options,
    input_options,
    missing_store,
    out,
    output_file,
    report_beside,
    window_options,
)
from sitrep.cli._engine import analysed, engine_options
from sitrep.errors import InputError, SitrepError
from sitrep.model import Article


@cli.command()
@input_options
@engine_options
@db_option
@click.option("--report", "report_path", type=click.Path(dir_okay=False), callback=output_file,
              help="Where to write the HTML situation report [default: beside the database; "
                   "sitrep.html for a PostgreSQL store].")
def analyze(paths: tuple[str, ...], no_split: bool, published: date | None, max_bytes: int,
            encoding: str | None, model: str | None, flag_encoder: bool,
            flag_encoder_model: str | None, engine: str, scheduler: str | None,
            workers: int | None, connect_timeout: float, db: str,
            report_path: str | None) -> None:
    """Ingest PATHS, extract, link across articles, store, and summarise."""
    from sitrep.engine import SavedArticle
    from sitrep.outputs.tables import articles_table, claims_table, events_table, summary_table
    from sitrep.store import is_postgres_url, open_store

    ingest = Ingest(paths, split=not no_split, published=published, max_bytes=max_bytes,
                     encoding=encoding)
    try:
        store = open_store(db)
    except SitrepError as exc:
        fail(exc)
    new = skipped = 0

    def unseen(articles: Iterable[Article]) -> Iterator[Article]:
        nonlocal skipped
        for article in articles:
            if store.has_article(article.id):
                skipped += 1  # re-ingesting a stored article is a no-op: not even re-analysed
            else:
                yield article

    with store:
        try:
            with analysed(unseen(ingest), model=model,
                          flag_encoder=flag_encoder_model or flag_encoder, engine=engine,
                          scheduler=scheduler, workers=workers, connect_timeout=connect_timeout,
                          shared_store=db if is_postgres_url(db) else None,
                          ) as results, article_progress() as progress:
                task = progress.add_task("Analysing", total=None)
                for analysis in results:
                    progress.advance(task)
                    if isinstance(analysis, InputError):
                        ingest.report(analysis)
                        continue
                    if isinstance(analysis, SavedArticle):  # a worker saved it to the server
                        new += analysis.new
                        skipped += not analysis.new
                        continue
                    try:
                        saved = store.save(analysis)
                    except SitrepError as exc:
                        ingest.report(exc)
                        continue
                    new += saved
                    skipped += not saved
        except SitrepError as exc:
            fail(exc)
        report = Path(report_path) if report_path else report_beside(db)
        _link_and_report(store, report)
        counts = store.counts()
        tables = [articles_table(store.articles(limit=50)), events_table(store.events(limit=50)),
                  claims_table(store.claims(limit=50))]
    for table in tables:
        out.print(table)
    out.print(summary_table(counts))
    out.print(f"{new} new articles stored, {skipped} already in the store, "
              f"{ingest.failed} inputs failed. Database: {store.location}  Report: {report}",
              highlight=False, soft_wrap=True)
    sys.exit(1 if ingest.failed else 0)


@cli.command()
@input_options
@engine_options
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json"]), default="jsonl",
              show_default=True)
def extract(paths: tuple[str, ...], no_split: bool, published: date | None, max_bytes: int,
            encoding: str | None, model: str | None, flag_encoder: bool,
            flag_encoder_model: str | None, engine: str, scheduler: str | None,
            workers: int | None, connect_timeout: float, fmt: str) -> None:
    """Extract from PATHS and print the JSONL contract on stdout (no store needed)."""
    from sitrep.contract import to_record

    ingest = Ingest(paths, split=not no_split, published=published, max_bytes=max_bytes,
                     encoding=encoding)

    def records(results: Iterable[Any], progress: Progress) -> Iterator[dict[str, Any]]:
        task = progress.add_task("Extracting", total=None)
        for analysis in results:
            progress.advance(task)
            if isinstance(analysis, InputError):
                ingest.report(analysis)
            else:
                yield to_record(analysis)

    try:
        with analysed(ingest, model=model, flag_encoder=flag_encoder_model or flag_encoder,
                      engine=engine, scheduler=scheduler, workers=workers,
                      connect_timeout=connect_timeout) as results, \
                article_progress() as progress:
            _write_records(records(results, progress), sys.stdout, fmt)
    except SitrepError as exc:
        fail(exc)
    sys.exit(1 if ingest.failed else 0)


def _link_and_report(store: Any, path: Path) -> None:
    """Link the whole store, replace its stories and write its HTML report at ``path``, in one
    read of the store as a stream: no article's whole analysis is kept."""
    from sitrep.link import link_stories
    from sitrep.outputs.html_report import Report

    with Report() as report:
        stories = link_stories(report.passing(store.analyses()))
        store.replace_stories(stories)
        _write_page(path, lambda stream: report.write(stream, stories))


def _write_report(path: Path, analyses: Iterable[Any], stories: Iterable[Any]) -> None:
    """The HTML report of ``analyses`` (read once, as a stream) at ``path``."""
    from sitrep.outputs.html_report import write_report

    _write_page(path, lambda stream: write_report(stream, analyses, stories))


def _write_page(path: Path, write: Callable[[TextIO], None]) -> None:
    """A page at ``path``, written beside it first: a failure half-way leaves the page that
    was there before."""
    part = path.with_name(path.name + ".part")
    try:
        with part.open("w", encoding="utf-8") as stream:
            write(stream)
        part.replace(path)
    finally:
        part.unlink(missing_ok=True)


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

    if missing_store(db):
        sys.exit(2)
    try:
        return open_store(db)
    except SitrepError as exc:
        fail(exc)


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
                            since=since, until=until, search=search, limit=limit)
    _print_rows(rows, claims_table, as_json)


@cli.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "geojson"]), default="jsonl",
              show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), callback=output_file,
              help="File to write [stdout].")
@window_options
def export(db: str, fmt: str, output: str | None, outlet: str | None, since: date | None,
           until: date | None) -> None:
    """Export the store: JSONL contract, ACLED-compatible CSV or GeoJSON."""
    from sitrep.outputs.acled_csv import write_acled_csv
    from sitrep.outputs.geojson import write_geojson
    from sitrep.outputs.jsonl import write_jsonl
    from sitrep.store.window import Window, select

    writers = {"csv": write_acled_csv, "geojson": write_geojson}
    window = Window(outlet, since, until)
    with _open_existing(db) as store:
        analyses = store.analyses(None if window.everything else
                                  select(store, window).article_ids)

        def write(stream: TextIO) -> None:
            if fmt == "jsonl":
                write_jsonl(analyses, stream)
            else:  # each record names its story (the whole store's): outlets, denials
                writers[fmt](analyses, stream, stories=store.stories())

        if output:
            with open(output, "w", encoding="utf-8", newline="") as stream:
                write(stream)
        else:
            write(sys.stdout)


@cli.command()
@db_option
@click.option("-o", "--output", type=click.Path(dir_okay=False), callback=output_file,
              help="HTML file to write [default: beside the database; sitrep.html for a "
                   "PostgreSQL store].")
@window_options
def report(db: str, output: str | None, outlet: str | None, since: date | None,
           until: date | None) -> None:
    """Write the HTML situation report from the store (or of a window of it: --outlet,
    --since, --until; the stories reaching into the window are told whole)."""
    from sitrep.outputs.html_report import write_report
    from sitrep.store.window import Window, select

    path = Path(output) if output else report_beside(db)
    window = Window(outlet, since, until)
    with _open_existing(db) as store:
        if window.everything:
            _write_report(path, store.analyses(), store.stories())
        else:
            chosen = select(store, window)
            _write_page(path, lambda stream: write_report(
                stream, store.analyses(chosen.article_ids), chosen.stories,
                context=store.analyses(chosen.context_ids),
                title=f"sitrep situation report: {window.describe()}"))
            out.print(f"{len(chosen.article_ids)} articles in the window, "
                      f"{len(chosen.stories)} stories reaching into it", highlight=False)
    out.print(f"Report: {path}", highlight=False)
