"""The HTML report's map: static, offline, one piece of the one file, no script.

The zoom (at most 6, the deepest the installed OpenStreetMap tiles go) is the deepest at which the
box of the located events fits a window of 3 x 2 whole tiles (768 x 512 pixels: no byte of a tile
the map does not show); the six tiles are inlined as ``data:`` PNG images in an SVG, and each
located real event is an SVG circle on them (Web Mercator, as the tiles are drawn), coloured by
its ACLED event type, sized by its toll, with a ``<title>`` tooltip and a link to its row in the
report (``#event-ID``). Events of one place sit on a small ring around it, as on the web UI's
map, and each place is named once. Events without a place are counted under the map. Without
the tiles package the circles are drawn on a plain background and the map says why.
"""

from __future__ import annotations

import base64
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

from sitrep.errors import ResourceError
from sitrep.web import basemap

COLUMNS, ROWS = 3, 2  # the map's window of whole 256 px tiles
WIDTH, HEIGHT = 256 * COLUMNS, 256 * ROWS  # in CSS pixels (the SVG scales down on a narrow page)
PADDING = 28  # pixels kept free around the events' box
MAX_RADIUS = 20
# one colour per ACLED event type; the web UI's map uses the same (web/static/index.html)
EVENT_COLORS: Mapping[str, str] = {
    "Battles": "#c0392b", "Explosions/Remote violence": "#e67e22",
    "Violence against civilians": "#8e44ad", "Protests": "#2980b9", "Riots": "#16a085",
    "Strategic developments": "#7f8c8d"}
OTHER_COLOR = "#555555"
# the web UI's attribution, with the link OpenStreetMap asks for (an anchor: nothing is fetched)
ATTRIBUTION_HTML = (f'© <a href="{basemap.COPYRIGHT}">OpenStreetMap</a>'
                    f"{basemap.ATTRIBUTION.removeprefix('© OpenStreetMap')}")
MAX_LAT = 85.0511287798  # Web Mercator's edge: the tiles end here


@dataclass(frozen=True)
class MapPoint:
    """One located real event where the map draws it: ``x``, ``y`` in the map's pixels."""

    event_id: str
    x: float
    y: float
    radius: float
    color: str
    event_type: str
    tooltip: str


@dataclass(frozen=True)
class MapLabel:
    """A place's name and its number of events, written at ``x``, ``y`` (its baseline's start)."""

    text: str
    x: float
    y: float


@dataclass(frozen=True)
class MapTile:
    """One tile under the map: ``left``, ``top`` in the map's pixels; ``png`` None when the
    tiles file has none there (beyond the world's north or south edge)."""

    z: int
    x: int
    y: int
    left: int
    top: int
    png: bytes | None


@dataclass(frozen=True)
class ReportMap:
    """The map of a report: its zoom, its tiles, its points, the events it could not place,
    and why there is no base map (None when there is one)."""

    zoom: int
    tiles: tuple[MapTile, ...]
    points: tuple[MapPoint, ...]
    labels: tuple[MapLabel, ...]
    unlocated: int
    no_basemap: str | None


def world_pixel(lat: float, lon: float, zoom: int) -> tuple[float, float]:
    """Web Mercator: the pixel of ``(lat, lon)`` on the world map at ``zoom`` (256 px tiles;
    0, 0 is the north-west corner)."""
    size = basemap.TILE_SIZE * 2 ** zoom
    phi = math.radians(max(-MAX_LAT, min(MAX_LAT, lat)))
    x = (lon + 180.0) / 360.0 * size
    y = (1.0 - math.log(math.tan(phi) + 1.0 / math.cos(phi)) / math.pi) / 2.0 * size
    return x, y


def _first_tile(low: float, high: float, tiles: int, world_tiles: int | None) -> int | None:
    """The first of ``tiles`` whole tiles in a row whose span holds ``[low, high]`` with
    PADDING free on both sides, the one that centres it best; None when none does. With
    ``world_tiles`` the run stays inside the world (north and south) when the world is larger."""
    size = basemap.TILE_SIZE
    best = round(((low + high) / 2 - tiles * size / 2) / size)
    for first in sorted(range(best - 1, best + 2), key=lambda t: abs(t - best)):
        if world_tiles is not None and world_tiles >= tiles:
            first = max(0, min(world_tiles - tiles, first))
        if first * size + PADDING <= low and high <= (first + tiles) * size - PADDING:
            return first
    return None


def fit(coordinates: Sequence[tuple[float, float]]) -> tuple[int, int, int]:
    """The map's zoom and its first tile's column and row: the deepest zoom (6 to 0) at which
    a window of COLUMNS x ROWS whole tiles holds every ``(lat, lon)`` with PADDING free around
    them. Whole tiles: the file carries no part of a tile it does not show."""
    for zoom in range(basemap.MAX_ZOOM, -1, -1):
        xs, ys = zip(*(world_pixel(lat, lon, zoom) for lat, lon in coordinates), strict=True)
        column = _first_tile(min(xs), max(xs), COLUMNS, None)
        row = _first_tile(min(ys), max(ys), ROWS, 2 ** zoom)
        if column is not None and row is not None:
            return zoom, column, row
    # zoom 0: the world is one tile, at the window's left, in its first row
    return 0, 0, 0


def fit_zoom(coordinates: Sequence[tuple[float, float]]) -> int:
    """The deepest zoom (0 to 6) at which the map's window holds every ``(lat, lon)``."""
    return fit(coordinates)[0]


def _tooltip(event: Mapping[str, Any]) -> str:
    toll = ("deaths not given" if event["fatalities"] is None
            else f"{event['fatalities']} killed")
    return (f"{event['date'] or 'undated'} {event['sub_event_type']} at {event['location']}"
            f" ({event['outlet'] or 'unknown outlet'}, {event['status']}; {toll})")


def plan_map(located: Sequence[Mapping[str, Any]], unlocated: int, *, tiles: Path | None,
             no_basemap: str | None = None) -> ReportMap:
    """The map of the ``located`` events (GeoJSON Features, :func:`sitrep.outputs.to_geojson`)
    over the tiles of the MBTiles file ``tiles`` (None: no base map, ``no_basemap`` says why)."""
    coordinates = [(f["geometry"]["coordinates"][1], f["geometry"]["coordinates"][0])
                   for f in located]
    if not coordinates:
        return ReportMap(0, (), (), (), unlocated, no_basemap)
    zoom, column, row = fit(coordinates)
    pixels = [world_pixel(lat, lon, zoom) for lat, lon in coordinates]
    left, top = column * basemap.TILE_SIZE, row * basemap.TILE_SIZE
    places: dict[tuple[float, float], list[int]] = {}
    for i, key in enumerate(coordinates):
        places.setdefault(key, []).append(i)
    points: list[MapPoint | None] = [None] * len(located)
    labels: list[MapLabel] = []
    for members in sorted(places.values(), key=lambda m: -coordinates[m[0]][0]):
        n = len(members)
        ring = 0.0 if n == 1 else 6 + 2 * math.sqrt(n)
        labels.append(_label(f"{located[members[0]]['properties']['location']} ({n})",
                             pixels[members[0]][0] - left, pixels[members[0]][1] - top,
                             ring + MAX_RADIUS / 2, labels))
        for k, i in enumerate(members):
            event = located[i]["properties"]
            angle = 2 * math.pi * k / n
            x, y = pixels[i]
            points[i] = MapPoint(
                event_id=event["event_id"], x=x - left + ring * math.cos(angle),
                y=y - top + ring * math.sin(angle),
                radius=min(MAX_RADIUS, 4 + math.sqrt(event["fatalities"] or 0)),
                color=EVENT_COLORS.get(event["event_type"], OTHER_COLOR),
                event_type=event["event_type"], tooltip=_tooltip(event))
    size, n = basemap.TILE_SIZE, 2 ** zoom
    grid = [(gx % n, gy, gx * size - left, gy * size - top)
            for gy in range(top // size, (top + HEIGHT - 1) // size + 1)
            for gx in range(left // size, (left + WIDTH - 1) // size + 1)]
    pngs = {} if tiles is None else basemap.tiles(tiles, [(zoom, x, y) for x, y, _, _ in grid])
    laid = () if tiles is None else tuple(
        MapTile(zoom, x, y, x_at, y_at, pngs.get((zoom, x, y))) for x, y, x_at, y_at in grid)
    return ReportMap(zoom, laid, tuple(p for p in points if p is not None), tuple(labels),
                     unlocated, no_basemap)


LABEL_HEIGHT, CHAR_WIDTH = 13, 6.5  # 11px text: an estimate of its box, enough to keep apart


def _label(text: str, x: float, y: float, gap: float, placed: Sequence[MapLabel]) -> MapLabel:
    """A place's label right of its ring (left of it near the map's right edge), moved down
    until it covers no label already placed."""
    width = CHAR_WIDTH * len(text)
    left = x + gap if x + gap + width < WIDTH else x - gap - width
    top = y - LABEL_HEIGHT / 2

    def covers(other: MapLabel) -> bool:
        other_top = other.y - LABEL_HEIGHT + 3
        return (left < other.x + CHAR_WIDTH * len(other.text) and other.x < left + width
                and top < other_top + LABEL_HEIGHT and other_top < top + LABEL_HEIGHT)

    while any(covers(other) for other in placed):
        top += LABEL_HEIGHT
    return MapLabel(text, left, top + LABEL_HEIGHT - 3)


def installed_tiles() -> tuple[Path | None, str | None]:
    """The installed tiles file, or None and the reason there is none."""
    try:
        return basemap.find_tiles(), None
    except ResourceError as exc:
        return None, str(exc)


def _e(value: object) -> str:
    return escape(str(value))


def render_map(plan: ReportMap) -> str:
    """The map as HTML: a figure holding an SVG (tiles, then circles), its legend, the
    attribution of the tiles, and the count of events it could not place."""
    unlocated = (f"{plan.unlocated} event(s) without a place are not on the map."
                 if plan.unlocated else "Every event has a place.")
    if not plan.points:
        return (f'<p class="empty" id="map">No event has a place: no map. '
                f"{_e(unlocated)}</p>")
    images = "".join(
        f'<image x="{t.left}" y="{t.top}" width="{basemap.TILE_SIZE}" '
        f'height="{basemap.TILE_SIZE}" data-tile="{t.z}/{t.x}/{t.y}" '
        f'href="data:image/png;base64,{base64.b64encode(t.png).decode("ascii")}"/>'
        for t in plan.tiles if t.png is not None)
    circles = "".join(
        f'<a href="#event-{_e(p.event_id)}"><circle class="event-point" cx="{p.x:.1f}" '
        f'cy="{p.y:.1f}" r="{p.radius:.1f}" fill="{p.color}" data-event="{_e(p.event_id)}" '
        f'data-type="{_e(p.event_type)}"><title>{_e(p.tooltip)}</title></circle></a>'
        for p in sorted(plan.points, key=lambda p: -p.radius))  # small ones on top
    names = "".join(f'<text class="place-label" x="{t.x:.1f}" y="{t.y:.1f}">{_e(t.text)}</text>'
                    for t in plan.labels)
    types = sorted({p.event_type for p in plan.points})
    legend = "".join(f'<span><i style="background:{EVENT_COLORS.get(t, OTHER_COLOR)}"></i>'
                     f"{_e(t)}</span>" for t in types)
    source = (f"Map tiles {ATTRIBUTION_HTML}, zoom {plan.zoom}." if plan.tiles else
              f"No base map: {_e(plan.no_basemap or 'no tiles')}. The events are drawn on a "
              "plain background.")
    return (f'<figure id="map" class="map"><svg viewBox="0 0 {WIDTH} {HEIGHT}" '
            f'width="{WIDTH}" height="{HEIGHT}" role="img" aria-label="located events">'
            f'<rect width="{WIDTH}" height="{HEIGHT}" fill="#d4e4ef"/>{images}{circles}{names}'
            "</svg>"
            f'<figcaption><p class="legend">{legend}</p><p class="muted">{_e(unlocated)} '
            f"Circles grow with the toll; events of one place sit on a ring around it.</p>"
            f'<p class="muted attribution">{source}</p></figcaption></figure>')
