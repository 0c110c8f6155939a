"""PDF: open (owner-password-only locks are fine), count pages, read date, title and text."""

from __future__ import annotations

import datetime as dt
import io
import logging
import re
from pathlib import Path
from typing import BinaryIO

from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError, PdfReadError

from ..errors import RefusedFile
from .info import FileInfo

# Text is read from the first pages only: enough for search and kind guessing, fast on big files.
TEXT_PAGES = 30
TEXT_CHARS = 200_000
PASSWORD_REASON = "the PDF is protected by a password; save an unlocked copy first"

logging.getLogger("pypdf").setLevel(logging.ERROR)

try:  # pypdf raises DependencyError when AES needs a crypto library that is missing
    from pypdf.errors import DependencyError as _DependencyError

    DependencyErrorTypes: tuple[type[Exception], ...] = (_DependencyError,)
except ImportError:  # pragma: no cover
    DependencyErrorTypes = ()


def parse_pdf_date(value: object) -> dt.date | None:
    """``D:20240131...`` (PDF date string) to a date, or None."""
    if not isinstance(value, str):
        return None
    match = re.match(r"(?:D:)?(\d{4})(\d{2})?(\d{2})?", value.strip())
    if not match:
        return None
    year, month, day = (int(g) if g else 1 for g in match.groups())
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    return date if 1900 <= date.year <= dt.date.today().year + 1 else None


def _has_eof(source: Path | BinaryIO) -> bool:
    """A whole PDF ends with %%EOF (give or take a little trailing junk)."""
    if isinstance(source, io.BytesIO):
        return b"%%EOF" in source.getbuffer()[-2048:].tobytes()
    with open(source, "rb") as handle:
        handle.seek(0, 2)
        size = handle.tell()
        handle.seek(max(0, size - 2048))
        return b"%%EOF" in handle.read()


def open_reader(path: Path | BinaryIO) -> PdfReader:
    """A reader for ``path`` (or a stream), unlocked when only an owner password protects it."""
    try:
        reader = PdfReader(path, strict=False)
        if reader.is_encrypted:
            try:
                unlocked = reader.decrypt("")
            except (NotImplementedError, DependencyErrorTypes) as exc:
                raise RefusedFile("the PDF uses an encryption this app cannot open") from exc
            if not unlocked:
                raise RefusedFile(PASSWORD_REASON)
        return reader
    except RefusedFile:
        raise
    except FileNotDecryptedError as exc:
        raise RefusedFile(PASSWORD_REASON) from exc
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            RecursionError, OSError, AssertionError) as exc:
        raise RefusedFile("the PDF is damaged and cannot be read") from exc


def inspect(path: Path | BinaryIO) -> FileInfo:
    if not _has_eof(path):
        raise RefusedFile("the PDF is incomplete (it was cut off, perhaps during a download)")
    reader = open_reader(path)
    try:
        pages = len(reader.pages)
    except RefusedFile:
        raise
    except Exception as exc:  # noqa: BLE001 - any parser failure means a damaged file
        raise RefusedFile("the PDF is damaged and cannot be read") from exc
    if pages == 0:
        raise RefusedFile("the PDF has no pages")
    info = FileInfo(format="pdf", pages=pages)
    try:
        meta = reader.metadata or {}
        info.record_date = parse_pdf_date(meta.get("/CreationDate"))
        title = meta.get("/Title")
        if isinstance(title, str) and len(title.strip()) > 2:
            info.title = title.strip()
    except Exception:  # noqa: BLE001 - metadata is optional; a broken Info dict is ignored
        pass
    info.text = extract_text(reader)
    return info


def extract_text(reader: PdfReader) -> str:
    parts: list[str] = []
    total = 0
    for index, page in enumerate(reader.pages):
        if index >= TEXT_PAGES or total >= TEXT_CHARS:
            break
        try:
            # A page without fonts is a scan: skip the slow text extractor.
            resources = page.get("/Resources") or {}
            if "/Font" not in resources:
                continue
            text = page.extract_text() or ""
        except Exception:  # noqa: BLE001 - text is a bonus for search, never a reason to refuse
            continue
        parts.append(text)
        total += len(text)
    return "\n".join(parts)[:TEXT_CHARS]
