"""The bytes the map adds to the HTML report of a store::

    python benchmarks/report_map_size.py STORE [STORE …]

For each store (a SQLite file or a postgresql:// URL that ``sitrep analyze`` wrote): the report's
size, the map's (its ``<figure>``: tiles inlined as base64 PNG, circles, labels, legend), the
tiles' count and raw PNG bytes, the zoom, and the located and unlocated events.
"""

from __future__ import annotations

import base64
import re
import sys

from sitrep.outputs import render_report
from sitrep.store import open_store


def main(stores: list[str]) -> None:
    for db in stores:
        with open_store(db) as store:
            page = render_report(list(store.analyses()), store.stories())
        figure = page[page.index('<figure id="map"'):page.index("</figure>") + len("</figure>")]
        tiles = re.findall(r'data-tile="(\d+)/\d+/\d+" href="data:image/png;base64,([^"]+)"',
                           figure)
        raw = sum(len(base64.b64decode(data)) for _, data in tiles)
        points = figure.count('<circle class="event-point"')
        unlocated = re.search(r"(\d+) event\(s\) without a place", figure)
        size, added = len(page.encode("utf-8")), len(figure.encode("utf-8"))
        print(f"{db}: report {size:,} bytes, map {added:,} bytes ({100 * added / size:.0f}%): "
              f"{len(tiles)} tiles at zoom {tiles[0][0] if tiles else '-'}, {raw:,} bytes of "
              f"PNG; {points} located events, {unlocated.group(1) if unlocated else 0} unlocated")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
