"""Reading bytes and decoding them: size limit, empty and binary files, encodings.

Every failure raises :class:`~sitrep.errors.InputError` with a one-line reason; the
entry point turns it into an item of the batch, so other inputs go on.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from sitrep.errors import InputError

_BOM = "\ufeff"
_SNIFF_BYTES = 8192
_BINARY_CONTROL_SHARE = 0.30
# Control bytes that plain text legitimately holds: tab, newline, form feed, carriage return,
# and ESC (some terminals' colour codes survive in pasted text).
_TEXT_CONTROLS = frozenset(b"\t\n\x0b\x0c\r\x1b")
_CONTROL_BYTES = bytes(b for b in range(32) if b not in _TEXT_CONTROLS) + b"\x7f"


def size_text(n: int) -> str:
    """A size as people read it: ``31.5 MB``, ``2.0 KB``, ``100 B``."""
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MB"
    if n >= 1024:
        return f"{n / 1024:.1f} KB"
    return f"{n} B"


def over_limit(size: int, max_bytes: int) -> str:
    """The reason given for an input larger than ``max_bytes``."""
    return f"is {size_text(size)}, over the {size_text(max_bytes)} limit; raise it with --max-bytes"


def file_size(path: Path, *, origin: str) -> int:
    """The size of a regular file, or InputError when it cannot be read as one."""
    try:
        st = path.stat()
    except FileNotFoundError:
        raise InputError(origin, "no such file or folder") from None
    except OSError as exc:
        raise InputError(origin, f"cannot be read: {exc.strerror or exc}") from None
    if path.is_dir():
        raise InputError(origin, "cannot be read: is a folder")
    if not path.is_file():
        raise InputError(origin, "cannot be read: not a regular file")
    return st.st_size


def read_bytes(path: Path, *, origin: str, max_bytes: int) -> bytes:
    """All bytes of ``path``, after checking its size against ``max_bytes``."""
    size = file_size(path, origin=origin)
    if size > max_bytes:
        raise InputError(origin, over_limit(size, max_bytes))
    try:
        with path.open("rb") as f:
            data = f.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(origin, f"cannot be read: {exc.strerror or exc}") from None
    if len(data) > max_bytes:  # the file grew after stat
        raise InputError(origin, over_limit(len(data), max_bytes))
    if not data.strip():
        raise InputError(origin, "empty file" if not data else "empty file (whitespace only)")
    return data


def looks_binary(head: bytes) -> bool:
    """True when ``head`` holds a NUL byte or more than 30% control bytes."""
    if not head:
        return False
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return controls / len(head) > _BINARY_CONTROL_SHARE


def _likely_encoding(data: bytes) -> str | None:
    """The legacy encoding ``data`` most likely uses, named as Python names it."""
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data[: 64 * 1024]))
    if not matches:
        return None
    best = matches[0]
    ties = [m for m in matches if m.chaos == best.chaos and m.coherence == best.coherence]
    # cp1252 is by far the commonest legacy encoding of news text; among equally good
    # guesses, name it.
    if any("cp1252" in m.could_be_from_charset for m in ties):
        return "cp1252"
    return best.encoding


def check_encoding(encoding: str | None, *, origin: str) -> None:
    """InputError when ``encoding`` is not a codec Python knows."""
    if encoding is None:
        return
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise InputError(origin, f"unknown encoding {encoding!r}") from None


def decoding_error(
    data: bytes, exc: UnicodeDecodeError, *, origin: str, encoding: str | None
) -> InputError:
    """The error for bytes that ``encoding`` (UTF-8 when None) cannot decode."""
    where = f"invalid byte 0x{data[exc.start]:02x} at offset {exc.start}"
    if encoding is not None:
        return InputError(origin, f"not valid {encoding} ({where})")
    reason = f"not valid UTF-8 ({where})"
    guess = _likely_encoding(data)
    if guess and guess not in ("utf_8", "utf-8", "ascii"):
        return InputError(
            origin, f"{reason}; it looks like {guess}: convert it or pass --encoding {guess}"
        )
    return InputError(origin, f"{reason}; convert it to UTF-8 or pass --encoding with its name")


def decode_record(data: bytes, *, origin: str, encoding: str | None = None) -> str:
    """Decode one record's bytes (a line of JSONL or CSV), without the whole-file checks."""
    try:
        return data.decode(encoding or "utf-8")
    except UnicodeDecodeError as exc:
        raise decoding_error(data, exc, origin=origin, encoding=encoding) from None


def decode(data: bytes, *, origin: str, encoding: str | None = None) -> str:
    """Decode ``data`` as UTF-8 (BOM stripped) or as ``encoding`` when one is given."""
    check_encoding(encoding, origin=origin)
    if encoding is None and looks_binary(data[:_SNIFF_BYTES]):
        raise InputError(origin, "binary file, not text")
    text = decode_record(data, origin=origin, encoding=encoding)
    if "\x00" in text[:_SNIFF_BYTES]:
        raise InputError(origin, "binary file, not text")
    if text.startswith(_BOM):
        text = text[1:]
    if not text.strip():
        raise InputError(origin, "empty file (whitespace only)")
    return text


def read_text(path: Path, *, origin: str, max_bytes: int, encoding: str | None = None) -> str:
    """The decoded text of ``path``: :func:`read_bytes` then :func:`decode`."""
    return decode(
        read_bytes(path, origin=origin, max_bytes=max_bytes), origin=origin, encoding=encoding
    )
