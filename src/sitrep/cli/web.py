"""``sitrep serve``: the local web UI (map, timeline, claims board) over a store."""

from __future__ import annotations

import click

from sitrep.cli._app import cli, db_option, err, fail, missing_store, out


@cli.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (the default serves this machine only).")
@click.option("--port", default=8765, show_default=True, type=int, help="Port (0: any free one).")
def serve(db: str, host: str, port: int) -> None:
    """Serve the web UI of the store: a map, a timeline, stories and the claims board."""
    from sitrep.errors import SitrepError
    from sitrep.store import open_store
    from sitrep.web import make_server

    if missing_store(db):
        raise SystemExit(2)
    try:
        with open_store(db) as store:
            # a file that is no sitrep store is refused now, not on the first page load
            location = store.location  # its password masked
    except SitrepError as exc:
        fail(exc)
    try:
        server = make_server(db, host, port)
    except OSError as exc:
        err.print(f"[red]error[/red]: cannot listen on {host}:{port}: {exc.strerror}; "
                  "pass another --port", highlight=False)
        raise SystemExit(2) from exc
    except SitrepError as exc:  # the map's packages are missing: say what to install
        fail(exc)
    bound_port = server.server_address[1]
    out.print(f"Serving {location} at http://{host}:{bound_port}/ (Ctrl-C to stop)",
              highlight=False)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
