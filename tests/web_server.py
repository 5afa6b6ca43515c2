"""The web UI's server over a real store, for tests: :func:`serving` saves analyses and
stories into the store at a location (a SQLite file or a PostgreSQL URL) and serves it on a
free local port until the block ends."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sitrep.model import Analysis, Story
from sitrep.store import open_store
from sitrep.web import make_server


@contextmanager
def serving(location: str | Path, analyses: Iterable[Analysis],
            stories: Iterable[Story]) -> Iterator[str]:
    """The page's URL (``http://127.0.0.1:PORT/``) while the store at ``location`` is served."""
    with open_store(location) as store:
        for analysis in analyses:
            store.save(analysis)
        store.replace_stories(stories)
    server = make_server(location, port=0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    host, port = server.server_address[:2]
    try:
        yield f"http://{host}:{port}/"
    finally:
        server.shutdown()
        server.server_close()
