"""The exceptions sitrep raises, as one tree.

SitrepError
├── InputError          an input file or record cannot be read (names the input and why)
├── ResourceError       a model, package or data file is missing (says what to install)
├── StoreError          the database cannot be opened, or holds a schema this version cannot read
└── EngineError         the Dask scheduler cannot be reached, or has no worker
"""

from __future__ import annotations


class SitrepError(Exception):
    """Base class of every error sitrep raises on purpose."""


class InputError(SitrepError):
    """An input cannot be read. ``origin`` names it, ``reason`` says why in one line."""

    def __init__(self, origin: str, reason: str) -> None:
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str]]:
        """Pickled as its two parts: a Dask worker sends it back to the client."""
        return (type(self), (self.origin, self.reason))


class ResourceError(SitrepError):
    """A resource (spaCy pipeline, gazetteer, knowledge file) cannot be loaded."""


class StoreError(SitrepError):
    """The store cannot be opened or written."""


class EngineError(SitrepError):
    """The engine cannot run: the Dask scheduler is unreachable or has no worker."""
