"""Recognise a file by its content (never its extension alone) and read what the vault needs.

Each family has its own module with ``inspect(path) -> FileInfo``, raising ``RefusedFile`` with a
one-line reason for anything that cannot be stored.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

from ..errors import RefusedFile
from .info import FileInfo

# Large enough for any scanned record set; a bigger file is almost certainly not a record.
MAX_FILE_BYTES = 2 * 1024**3
# Files up to this size are read into memory once, then checked and stored from those bytes.
IN_MEMORY_BYTES = 32 * 1024**2

_HEIF_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1", b"avif"}


def sniff(head: bytes) -> str | None:
    """The family of a file from its first bytes: pdf, jpeg, png, tiff, heic, dicom or None."""
    if head[128:132] == b"DICM":
        return "dicom"
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "tiff"
    if head[4:8] == b"ftyp" and head[8:12] in _HEIF_BRANDS:
        return "heic"
    return None


def _unsupported_reason(head: bytes, name: str) -> str:
    lower = name.lower()
    if head.startswith(b"PK\x03\x04"):
        if lower.endswith((".docx", ".doc", ".odt")):
            return "Word documents are not supported; save or print it as PDF first"
        return "ZIP archives are not supported; unpack it and add the files inside"
    if head.startswith((b"MZ", b"\x7fELF", b"\xcf\xfa\xed\xfe", b"#!")):
        return "this is a program, not a medical record"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "old Office documents are not supported; save or print it as PDF first"
    if lower.endswith((".jpg", ".jpeg", ".png", ".tif", ".tiff", ".pdf", ".dcm", ".heic")):
        return "the file is damaged: its content is not the kind of file its name says"
    return "not a supported file type (PDF, JPEG, PNG, TIFF, HEIC or DICOM)"


def read_small(path: Path) -> bytes | None:
    """All of a file up to IN_MEMORY_BYTES, so that the bytes checked are the bytes stored and
    the file is read once; None for a bigger file, which is then streamed."""
    try:
        with open(path, "rb") as handle:
            if os.fstat(handle.fileno()).st_size > IN_MEMORY_BYTES:
                return None
            return handle.read(IN_MEMORY_BYTES + 1)
    except OSError as exc:
        raise _unreadable(exc) from exc


def _unreadable(exc: OSError) -> RefusedFile:
    if isinstance(exc, PermissionError):
        return RefusedFile("the file cannot be read (permission denied)")
    return RefusedFile(f"the file cannot be read ({exc.strerror or exc})")


def inspect(path: Path, data: bytes | None = None) -> FileInfo:
    """Recognise and validate ``path``; raise RefusedFile with the reason if it cannot be stored.

    ``data``: the file's bytes, when the caller has read them already (see ``read_small``).
    """
    if data is not None:
        size, head = len(data), data[:2048]
    else:
        try:
            size = path.stat().st_size
            with open(path, "rb") as handle:
                head = handle.read(2048)
        except OSError as exc:
            raise _unreadable(exc) from exc
    if size == 0:
        raise RefusedFile("the file is empty")
    if size > MAX_FILE_BYTES:
        raise RefusedFile(f"the file is too large ({size / 1024**3:.1f} GB; the limit is 2 GB)")
    family = sniff(head)
    if family is None:
        raise RefusedFile(_unsupported_reason(head, path.name))
    try:
        return _inspect_family(path, family, data)
    except RefusedFile:
        raise
    except Exception as exc:  # noqa: BLE001 - parsers raise odd types on odd files; one bad
        # file must be refused with a reason, never stop the rest of the import.
        raise RefusedFile("the file is damaged and cannot be read") from exc


def _inspect_family(path: Path, family: str, data: bytes | None) -> FileInfo:
    source: Path | io.BytesIO = path if data is None else io.BytesIO(data)
    if family == "pdf":
        from . import pdf

        return pdf.inspect(source)
    if family == "dicom":
        from . import dicom

        return dicom.inspect(source)
    from . import image

    return image.inspect(source, family)


__all__ = ["FileInfo", "inspect", "read_small", "sniff", "MAX_FILE_BYTES"]
