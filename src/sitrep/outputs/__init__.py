"""Outputs: the JSONL contract, ACLED-compatible CSV, GeoJSON, an HTML report, CLI tables.

Each exporter takes analyses (as read from the store) and writes one format; a new format is
one small module.
"""

from __future__ import annotations

from sitrep.outputs.acled_csv import ACLED_COLUMNS, COLUMNS, write_acled_csv
from sitrep.outputs.geojson import to_geojson, write_geojson
from sitrep.outputs.html_report import render_report, write_report
from sitrep.outputs.jsonl import write_json, write_jsonl

__all__ = [
    "ACLED_COLUMNS",
    "COLUMNS",
    "render_report",
    "to_geojson",
    "write_acled_csv",
    "write_geojson",
    "write_json",
    "write_jsonl",
    "write_report",
]
