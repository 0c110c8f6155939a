"""Recognise a file by its content (never its extension alone) and read what the vault needs.

Each family has its own module with ``inspect(path) -> FileInfo``, raising ``RefusedFile`` with a
one-line reason for anything that cannot be stored.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import struct
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from ..errors import QT_TRANSLATE_NOOP, RefusedFile
from .info import FileInfo

# Formats whose pages can go into a combined record or be split off (DICOM studies stay studies).
PAGED_FORMATS = ("pdf", "jpeg", "png", "tiff", "heic")
# Large enough for any scanned record set; a bigger file is almost certainly not a record.
MAX_FILE_BYTES = 2 * 1024**3
# Files up to this size are read into memory once, then checked and stored from those bytes.
IN_MEMORY_BYTES = 32 * 1024**2

_HEIF_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1", b"avif"}


# BITMAPINFOHEADER sizes: what follows "BM" and the file header in a real BMP.
_BMP_HEADER_SIZES = {12, 40, 52, 56, 64, 108, 124}


def sniff(head: bytes) -> str | None:
    """The family of a file from its first bytes: pdf, jpeg, png, tiff, heic, webp, bmp, gif,
    dicom or None."""
    if head[128:132] == b"DICM":
        return "dicom"
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):  # TIFF, BigTIFF
        return "tiff"
    if head[4:8] == b"ftyp" and head[8:12] in _HEIF_BRANDS:
        return "heic"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"
    if head[:2] == b"BM" and int.from_bytes(head[14:18], "little") in _BMP_HEADER_SIZES:
        return "bmp"
    if _raw_dicom(head):
        return "dicom"
    return None


def _raw_dicom(head: bytes) -> bool:
    """A DICOM data set without the Part-10 preamble and header (old CDs and PACS exports): it
    starts with a group 0008 (or 0002) element, in implicit or explicit little endian."""
    if len(head) < 8 or head[:2] not in (b"\x08\x00", b"\x02\x00"):
        return False
    element = int.from_bytes(head[2:4], "little")
    explicit = head[4:6].isalpha() and head[4:6].isupper()
    length = int.from_bytes(head[6:8] if explicit else head[4:8], "little")
    return element < 0x0200 and length < 1024


def _zip_names(path: Path) -> list[str]:
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            return archive.namelist()
    except (OSError, zipfile.BadZipFile, ValueError):
        return []


def _unsupported_reason(head: bytes, path: Path) -> str:
    lower = path.name.lower()
    if head.startswith(b"PK\x03\x04"):
        if lower.endswith((".docx", ".doc", ".odt")):
            return QT_TRANSLATE_NOOP(
                "Reason", "Word documents are not supported; save or print it as PDF first")
        names = _zip_names(path)
        if any(n.lower().endswith(".fdseq") for n in names) or lower.endswith((".xps", ".oxps")):
            return QT_TRANSLATE_NOOP(
                "Reason", "XPS documents are not supported; print it to PDF first")
        return QT_TRANSLATE_NOOP(
            "Reason", "ZIP archives are not supported; unpack it and add the files inside")
    if head.startswith((b"MZ", b"\x7fELF", b"\xcf\xfa\xed\xfe", b"#!")):
        return QT_TRANSLATE_NOOP("Reason", "this is a program, not a medical record")
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return QT_TRANSLATE_NOOP(
            "Reason", "old Office documents are not supported; save or print it as PDF first")
    if lower.endswith((".jpg", ".jpeg", ".png", ".tif", ".tiff", ".pdf", ".dcm", ".heic",
                       ".webp", ".bmp", ".gif")):
        return QT_TRANSLATE_NOOP(
            "Reason", "the file is damaged: its content is not the kind of file its name says")
    return QT_TRANSLATE_NOOP("Reason", "not a supported file type (PDF, JPEG, PNG, TIFF, HEIC, "
                                       "WebP, BMP, GIF, DICOM, C-CDA or FHIR)")


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
        return RefusedFile(QT_TRANSLATE_NOOP("Reason", "the file cannot be read (permission "
                                                       "denied)"))
    return RefusedFile(QT_TRANSLATE_NOOP("Reason", "the file cannot be read ({problem})"),
                       problem=exc.strerror or exc)


def inspect(path: Path, data: bytes | None = None, passwords: Sequence[str] = (),
            patient: str | None = None) -> FileInfo:
    """Recognise and validate ``path``; raise RefusedFile with the reason if it cannot be stored.

    ``data``: the file's bytes, when the caller has read them already (see ``read_small``).
    ``passwords``: tried on a PDF that needs one. ``patient``: whose records to take from a
    FHIR file that holds several patients'.
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
        raise RefusedFile(QT_TRANSLATE_NOOP("Reason", "the file is empty"))
    if size > MAX_FILE_BYTES:
        raise RefusedFile(QT_TRANSLATE_NOOP(
            "Reason", "the file is too large ({size} GB; the limit is 2 GB)"),
            size=f"{size / 1024**3:.1f}")
    from . import clinical

    family = sniff(head) or clinical.sniff(head)
    if family is None:
        raise RefusedFile(_unsupported_reason(head, path))
    try:
        return _inspect_family(path, family, data, passwords, patient)
    except clinical.NotClinical as exc:  # XML, JSON or a zip, but no health record
        raise RefusedFile(_unsupported_reason(head, path)) from exc
    except RefusedFile:
        raise
    except Exception as exc:  # noqa: BLE001 - parsers raise odd types on odd files; one bad
        # file must be refused with a reason, never stop the rest of the import. A bug of ours
        # is not the file's fault: it goes on up, to be logged and reported as ours.
        if is_our_bug(exc):
            raise
        raise RefusedFile(QT_TRANSLATE_NOOP(
            "Reason", "the file is damaged and cannot be read")) from exc


# What odd data makes our own reading code raise (int() of a bad number, a missing key...);
# anything else raised in our code (AttributeError, ZeroDivisionError, NameError...) is a bug.
DATA_ERRORS = (ValueError, KeyError, IndexError, EOFError, OSError, OverflowError, MemoryError,
               RecursionError, struct.error, zlib.error)


def is_our_bug(exc: BaseException) -> bool:
    """An exception raised by our own code, of a kind odd data does not explain. One raised
    inside a parser library (pypdf, pydicom, Pillow...) is the file's: parsers fail on damaged
    files in every way there is."""
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    if tb is None:
        return False
    module = str(tb.tb_frame.f_globals.get("__name__", ""))  # by name: frozen builds too
    ours = module.split(".")[0] == __name__.split(".")[0]
    return ours and not isinstance(exc, DATA_ERRORS)


def _inspect_family(path: Path, family: str, data: bytes | None,
                    passwords: Sequence[str], patient: str | None = None) -> FileInfo:
    from . import clinical

    if family in clinical.FAMILIES:
        return clinical.inspect(path, data, family, patient)
    source: Path | io.BytesIO = path if data is None else io.BytesIO(data)
    if family == "pdf":
        from . import pdf

        return pdf.inspect(source, passwords)
    if family == "dicom":
        from . import dicom

        return dicom.inspect(source)
    from . import image

    if family == "jpeg":
        image.check_jpeg_kind(data[:65536] if data is not None else _head(path, 65536))
    return image.inspect(source, family)


def _head(path: Path, size: int) -> bytes:
    try:
        with open(path, "rb") as handle:
            return handle.read(size)
    except OSError as exc:
        raise _unreadable(exc) from exc


def pdf_passwords_for(dob: dt.date | None) -> list[str]:
    """The patient's date of birth in the forms labs use as a PDF password."""
    from .pdf import birth_date_passwords

    return birth_date_passwords(dob)


def write_readable_pdf(stored: Path, out: BinaryIO, password: str = "") -> None:
    """A stored PDF decrypted and repaired (too-big pages replaced by a notice) into ``out``."""
    from .pdf import write_readable_copy

    write_readable_copy(stored, out, password)


PDF_PASSWORD_REASON = QT_TRANSLATE_NOOP("Reason", "the PDF needs a password to open")
PDF_WRONG_PASSWORD_REASON = QT_TRANSLATE_NOOP(
    "Reason", "the PDF needs a password to open; the password given does not open it")

def needs_password(reason: str) -> bool:
    """Whether a refusal means "this PDF opens with the right password"."""
    return reason.startswith(PDF_PASSWORD_REASON)


def inspect_clinical_bytes(data: bytes, patient: str | None = None) -> FileInfo:
    """A FHIR bundle put together from a folder of resources (see portal.resource_folder)."""
    from . import clinical

    return clinical.inspect_bytes(data, "json", patient)


__all__ = ["FileInfo", "inspect", "read_small", "sniff", "MAX_FILE_BYTES", "needs_password",
           "pdf_passwords_for", "write_readable_pdf", "PDF_PASSWORD_REASON",
           "PDF_WRONG_PASSWORD_REASON"]
