"""The ``sitrep`` command: thin commands over the library, one module per group of commands
(:mod:`.records`, :mod:`.gazetteer`, :mod:`.evaluation`, :mod:`.web`) on the group and shared
options of :mod:`._app`."""

from sitrep.cli import evaluation, gazetteer, records, web  # noqa: F401  (they add their commands)
from sitrep.cli._app import cli

__all__ = ["cli", "main"]


def main() -> None:
    cli()
