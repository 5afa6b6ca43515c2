"""What the shipped linear models (flag, cue and content-end models) share: feature hashing
and their file.

Features are strings hashed to ``bits``-bit indices (CRC-32); a model file is an ``.npz`` read
with ``allow_pickle=False`` (loading one runs no code), beside the knowledge tables.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar

import numpy as np

from sitrep.errors import ResourceError

M = TypeVar("M")


def hash_indices(features: Iterable[str], bits: int, count: int, dtype: Any = np.int64) -> Any:
    """The ``count`` features' hashed indices, in order.

    Each distinct string is hashed once: the features of a text repeat a lot (those of a
    sentence or an article are shared by all its tokens)."""
    mask = (1 << bits) - 1
    strings = list(features)
    table = {f: zlib.crc32(f.encode("utf-8")) & mask for f in set(strings)}
    return np.fromiter(map(table.__getitem__, strings), dtype=dtype, count=count)


def shipped_path(name: str) -> Path:
    """A model file that ships with sitrep, in ``sitrep/knowledge``."""
    return Path(str(resources.files("sitrep.knowledge") / name))


def read_model_file(path: Path, *, what: str, fmt: int, build: Callable[[Any], M],
                    missing: str, rebuild: str | None = None) -> M:
    """``build`` applied to the arrays of the ``.npz`` at ``path``, which must be of format
    ``fmt``. A missing, corrupt or other-format file is a :class:`ResourceError` naming the file,
    ``what`` it should be and what to do (``missing``; ``rebuild`` for a bad file)."""
    try:
        with np.load(path, allow_pickle=False) as data:
            if int(data["format"]) != fmt:
                raise ResourceError(f"{path}: {what} of format {int(data['format'])}, this "
                                    f"sitrep reads format {fmt}"
                                    + (f": {rebuild}" if rebuild else ""))
            return build(data)
    except ResourceError:
        raise
    except FileNotFoundError as exc:
        raise ResourceError(f"{what} {path} is missing: {missing}") from exc
    except (OSError, KeyError, ValueError, IndexError, TypeError, EOFError) as exc:
        raise ResourceError(f"{path}: not a sitrep {what} ({exc})"
                            + (f"; {rebuild}" if rebuild else "")) from exc


def save_sparse_weights(path: Path, weights: Any, **arrays: Any) -> None:
    """Write a model's hashed ``weights`` to ``path`` as a compressed ``.npz``: its nonzero
    weights as float16 (``index``, ``values``) beside the model's other ``arrays``."""
    values = weights.astype(np.float16)
    index = np.flatnonzero(values)
    with path.open("wb") as fh:
        np.savez_compressed(fh, **arrays, index=index.astype(np.uint32), values=values[index])


def dense_weights(data: Any) -> Any:
    """The float32 weights of a file written by :func:`save_sparse_weights`, all
    ``2 ** hash_bits`` of them."""
    weights = np.zeros(1 << int(data["hash_bits"]), dtype=np.float32)
    weights[data["index"]] = data["values"]
    return weights


class ThresholdedModel(Protocol):
    """A hashed logistic regression that says yes at ``threshold`` (the cue model, the cue
    filter): its weights, bias, threshold and number of hash bits."""

    @property
    def weights(self) -> Any: ...
    @property
    def bias(self) -> float: ...
    @property
    def threshold(self) -> float: ...
    @property
    def hash_bits(self) -> int: ...


T = TypeVar("T", bound=ThresholdedModel)


def save_thresholded(model: ThresholdedModel, path: Path, *, fmt: int) -> None:
    """Write a thresholded model to ``path`` as a compressed ``.npz`` of its nonzero weights."""
    save_sparse_weights(path, model.weights, format=np.array(fmt),
                        hash_bits=np.array(model.hash_bits), threshold=np.array(model.threshold),
                        bias=np.array(model.bias, dtype=np.float32))


def load_thresholded(path: Path, build: Callable[[Any, float, float, int], T], *, what: str,
                     fmt: int) -> T:
    """Read a file written by :func:`save_thresholded` into ``build(weights, bias, threshold,
    hash_bits)``. A missing, corrupt, other-format or inconsistent file (a threshold outside
    (0, 1), hash bits outside 1-24) is a :class:`ResourceError`."""
    def arrays(data: Any) -> T:
        return build(dense_weights(data), float(data["bias"]), float(data["threshold"]),
                     int(data["hash_bits"]))

    model = read_model_file(path, what=what, fmt=fmt, build=arrays, missing="reinstall sitrep")
    if not 0.0 < model.threshold < 1.0 or not 1 <= model.hash_bits <= 24:
        raise ResourceError(f"{path}: inconsistent {what}")
    return model


@dataclass(frozen=True)
class ThresholdedFile(Generic[T]):
    """Where a shipped thresholded model lives and how it is read: the save, load and
    default-path functions the cue model, the cue filter and the cue veto each expose."""

    build: Callable[[Any, float, float, int], T]
    file: str  # name in sitrep/knowledge
    fmt: int
    what: str  # for error messages: "cue model"

    def default_path(self) -> Path:
        """The model that ships with sitrep."""
        return shipped_path(self.file)

    def save(self, model: T, path: Path) -> None:
        """Write ``model`` to ``path`` as a compressed ``.npz`` of its nonzero weights."""
        save_thresholded(model, path, fmt=self.fmt)

    def load(self, path: Path | str | None = None) -> T:
        """Read a model written by :meth:`save` (the shipped one by default). A missing,
        corrupt or other-format file is a :class:`ResourceError`."""
        path = self.default_path() if path is None else Path(path)
        return load_thresholded(path, self.build, what=self.what, fmt=self.fmt)
