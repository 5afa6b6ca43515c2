"""Rich tables of store rows, for the CLI."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from rich.table import Table

from sitrep.evaluate.metrics import PRF
from sitrep.store import ArticleRow, ClaimRow, EventRow

STATUS_STYLES = {"asserted": "green", "reported": "cyan", "unconfirmed": "yellow",
                 "denied": "red"}


def _text(value: object) -> str:
    return "—" if value is None else str(value)


def _day(value: date | None) -> str:
    return value.isoformat() if value else "—"


def articles_table(rows: Iterable[ArticleRow]) -> Table:
    table = Table(title="Articles")
    table.add_column("Published", no_wrap=True)
    table.add_column("Outlet")
    table.add_column("Title")
    table.add_column("Author")
    table.add_column("Events", justify="right")
    table.add_column("Claims", justify="right")
    table.add_column("Id", style="dim")
    for r in rows:
        table.add_row(_day(r.published), _text(r.outlet), _text(r.title), _text(r.author),
                      str(r.events), str(r.claims), r.id)
    return table


def events_table(rows: Iterable[EventRow]) -> Table:
    table = Table(title="Events")
    table.add_column("Date", no_wrap=True)
    table.add_column("Type")
    table.add_column("Actors")
    table.add_column("Place")
    table.add_column("Deaths", justify="right")
    table.add_column("Status")
    table.add_column("Outlet")
    for r in rows:
        actors = " → ".join(name for name in (r.actor1, r.actor2) if name) or "—"
        place = _text(r.location)
        if r.lat is not None and r.lon is not None:
            place += f" ({r.lat:.3f}, {r.lon:.3f})"
        status = f"[{STATUS_STYLES.get(r.status, 'white')}]{r.status}[/]"
        kind = f"{r.event_type}\n[dim]{r.sub_event_type}[/]"
        if r.same_as:  # told again: shown, but not another event
            kind += "\n[dim italic]retells an earlier event[/]"
        table.add_row(_day(r.date), kind, actors, place, _text(r.fatalities), status,
                      _text(r.outlet), style="dim" if r.same_as else None)
    return table


def claims_table(rows: Iterable[ClaimRow]) -> Table:
    table = Table(title="Claims")
    table.add_column("Source")
    table.add_column("Cue")
    table.add_column("Stance")
    table.add_column("Certainty")
    table.add_column("Content", ratio=3)
    table.add_column("Outlet")
    for r in rows:
        stance = f"[red]{r.stance}[/]" if r.stance == "denies" else r.stance
        certainty = r.certainty if r.certainty == "certain" else f"[yellow]{r.certainty}[/]"
        table.add_row(f"{_text(r.source)}\n[dim]{r.source_type}[/]", r.cue, stance, certainty,
                      r.content, _text(r.outlet))
    return table


def summary_table(counts: Mapping[str, int]) -> Table:
    table = Table(title="Store")
    table.add_column("Kind")
    table.add_column("Count", justify="right")
    for kind, count in counts.items():
        table.add_row(kind, str(count))
    return table


def scores_table(title: str, per_label: Mapping[str, PRF], summary: Mapping[str, float]
                 ) -> Table:
    """Precision, recall and F1 of each label (weakest first), then the summary scores."""
    table = Table(title=title)
    table.add_column("Label")
    for name in ("Precision", "Recall", "F1", "Support"):
        table.add_column(name, justify="right")
    for label, prf in sorted(per_label.items(), key=lambda kv: (kv[1].f1, kv[0])):
        table.add_row(label, f"{prf.precision:.2f}", f"{prf.recall:.2f}", f"{prf.f1:.2f}",
                      str(prf.support))
    table.add_section()
    for name, value in summary.items():
        table.add_row(name, "", "", f"{value:.4f}", "")
    return table


def resolution_table(title: str, by_feature: Mapping[str, tuple[int, float]],
                     summary: Mapping[str, float]) -> Table:
    """Acc@161 by GeoNames feature code (most frequent first), then the summary scores."""
    table = Table(title=title)
    table.add_column("Feature code")
    table.add_column("Toponyms", justify="right")
    table.add_column("Acc@161", justify="right")
    for code, (count, accuracy) in by_feature.items():
        table.add_row(code, str(count), f"{accuracy:.2f}")
    table.add_section()
    for name, value in summary.items():
        table.add_row(name, "", f"{value:.1f}" if name.endswith("_km") else f"{value:.4f}")
    return table
