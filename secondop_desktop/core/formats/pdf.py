"""PDF: open (decrypting and repairing as viewers do), count pages, read date, title and text.

Structure goes through qpdf (pikepdf): it opens RC4, AES-128 and AES-256 files with its own
crypto, and rebuilds a broken cross-reference table the way every viewer does. The stored file
stays as it came; ``write_readable_copy`` makes the decrypted, repaired copy that previews and
the packet read (``DocumentStore.readable_path`` keeps it in the vault).
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import os
import re
import zlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, cast

import pikepdf
from pypdf import PdfReader

from ..errors import QT_TRANSLATE_NOOP, RefusedFile
from . import PDF_PASSWORD_REASON, is_our_bug
from .info import FileInfo

# Text is read from the first pages only: enough for search and kind guessing, fast on big files.
TEXT_PAGES = 30
TEXT_CHARS = 200_000
# A page whose drawing instructions inflate past this is left out of previews and the packet:
# such a page is a decompression bomb, not a record (real pages stay under a few MB).
CONTENT_LIMIT = 48 * 1024**2
# An image decoding past this (a 1200 dpi A4 colour scan is 420 MB) is a bomb, not a record.
IMAGE_LIMIT = 768 * 1024**2
# Text is read from a decrypted/repaired copy made in memory only up to this size.
COPY_IN_MEMORY_BYTES = 64 * 1024**2
PASSWORD_REASON = PDF_PASSWORD_REASON
DAMAGED_REASON = QT_TRANSLATE_NOOP("Reason", "the PDF is damaged and cannot be read")

logging.getLogger("pypdf").setLevel(logging.ERROR)


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


def birth_date_passwords(dob: dt.date | None) -> list[str]:
    """The date of birth in the forms labs and portals use as a PDF password."""
    if dob is None:
        return []
    forms = ("%Y%m%d", "%d%m%Y", "%m%d%Y", "%Y-%m-%d", "%d.%m.%Y", "%d%m%y", "%m%d%y", "%y%m%d",
             "%d/%m/%Y", "%m/%d/%Y", "%d-%m-%Y", "%d.%m.%y")
    return list(dict.fromkeys(dob.strftime(f) for f in forms))


def _has_eof(source: Path | BinaryIO) -> bool:
    """A whole PDF ends with %%EOF (give or take a little trailing junk)."""
    if not isinstance(source, Path):
        return b"%%EOF" in cast(io.BytesIO, source).getbuffer()[-2048:].tobytes()
    with open(source, "rb") as handle:
        handle.seek(0, 2)
        size = handle.tell()
        handle.seek(max(0, size - 2048))
        return b"%%EOF" in handle.read()


@contextmanager
def opened(source: Path | BinaryIO, passwords: Sequence[str] = ()) -> Iterator[
        tuple[pikepdf.Pdf, str]]:
    """The PDF opened by qpdf (repaired if need be) and the password that opened it ("" if none).

    Raises RefusedFile: "needs a password" when none of ``passwords`` opens it, else damaged.
    """
    tried = ("", *(p for p in passwords if p))
    for password in tried:
        if isinstance(source, io.BytesIO):
            source.seek(0)
        try:
            pdf = pikepdf.open(source, password=password)
        except pikepdf.PasswordError:
            continue
        except (pikepdf.PdfError, pikepdf.DataDecodingError, ValueError, OSError) as exc:
            raise RefusedFile(DAMAGED_REASON) from exc
        try:
            yield pdf, password
        finally:
            pdf.close()
        return
    raise RefusedFile(PASSWORD_REASON)


def needs_copy(pdf: pikepdf.Pdf, heavy: Sequence[int] = ()) -> bool:
    """Encrypted, repaired on opening, or with a page too big to draw: viewers and the packet
    read a rewritten copy."""
    return pdf.is_encrypted or bool(pdf.get_warnings()) or bool(heavy)


HEAVY_PAGE_NOTICE = ("This page is left out: its drawing instructions are too large to show "
                     "safely. The original file is kept in the vault.")


def write_readable_copy(source: Path, dest: BinaryIO | Path, password: str = "") -> None:
    """The stored PDF decrypted and repaired, each page too big to draw replaced by a notice,
    written to ``dest``; the original is untouched."""
    with opened(source, [password] if password else []) as (pdf, _):
        _save_readable(pdf, dest, heavy_pages(pdf))


def _save_readable(pdf: pikepdf.Pdf, dest: BinaryIO | Path, heavy: Sequence[int]) -> None:
    for number in heavy:
        _replace_with_notice(pdf, pdf.pages[number - 1])
    # Flate streams are copied as they are, not re-inflated; the XMP packet is left alone (its
    # update would need lxml, which the bundle leaves out).
    pdf.save(dest, encryption=False, fix_metadata_version=False)


def _replace_with_notice(pdf: pikepdf.Pdf, page: pikepdf.Page) -> None:
    first, second = HEAVY_PAGE_NOTICE.split(": ", 1)
    top = float(page.mediabox[3]) - 72
    ops = f"BT /Notice 11 Tf 48 {top:.0f} Td 15 TL ({first}:) Tj T* ({second}) Tj ET".encode()
    page.obj.Contents = pdf.make_stream(ops)
    page.obj.Resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(Notice=pikepdf.Dictionary(
        Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica)))


def inspect(path: Path | BinaryIO, passwords: Sequence[str] = ()) -> FileInfo:
    """Check a PDF for the vault. ``passwords`` are tried when it needs one (a given password,
    then the patient's date of birth); the one that opened it goes into ``meta``."""
    if not _has_eof(path):
        raise RefusedFile(QT_TRANSLATE_NOOP(
            "Reason", "the PDF is incomplete (it was cut off, perhaps during a download)"))
    with opened(path, passwords) as (pdf, password):
        try:
            pages = len(pdf.pages)
            heavy = heavy_pages(pdf)
            copy = needs_copy(pdf, heavy)
            info = FileInfo(format="pdf", pages=pages)
            _read_docinfo(pdf, info)
            # a scan has no fonts: then pypdf need not parse the file again for text
            readable = (_readable_stream(pdf, path, heavy if copy else None)
                        if _has_fonts(pdf, set(heavy)) else None)
        except (pikepdf.PdfError, pikepdf.DataDecodingError, ValueError, KeyError,
                TypeError, AttributeError, IndexError, RecursionError) as exc:
            if is_our_bug(exc):  # a slip in the lines above, not in the file
                raise
            raise RefusedFile(DAMAGED_REASON) from exc
    if pages == 0:
        raise RefusedFile(QT_TRANSLATE_NOOP("Reason", "the PDF has no pages"))
    if copy:
        info.meta["readable_copy"] = True  # encrypted or repaired: read through a copy
    if password:
        # Kept so that the copy can be made again; the vault holds the unlocked pages anyway.
        info.meta["pdf_password"] = password
    if heavy:
        info.meta["heavy_pages"] = heavy
    if readable is not None:
        info.text = _text_of(readable, set(heavy))
    return info


def _text_of(readable: Path | BinaryIO, skip: set[int]) -> str:
    try:
        reader = PdfReader(readable, strict=False)
    except Exception:  # noqa: BLE001 - text is a bonus for search, never a reason to refuse;
        return ""  # qpdf opened the file, so its pages are fine whatever pypdf makes of it
    return extract_text(reader, skip)


def _has_fonts(pdf: pikepdf.Pdf, skip: set[int]) -> bool:
    """Whether any of the pages text is read from has a font (else it is a scan)."""
    for number, page in enumerate(pdf.pages[:TEXT_PAGES], start=1):
        resources = page.obj.get("/Resources")
        if number not in skip and isinstance(resources, pikepdf.Dictionary) and (
                "/Font" in resources):
            return True
    return False


def _read_docinfo(pdf: pikepdf.Pdf, info: FileInfo) -> None:
    try:
        docinfo = pdf.docinfo
        info.record_date = parse_pdf_date(str(docinfo.get("/CreationDate", "")) or None)
        info.date_is_file_date = info.record_date is not None
        title = docinfo.get("/Title")
        text = str(title).strip() if title is not None else ""
        if len(text) > 2:
            info.title = text
    except (pikepdf.PdfError, ValueError, TypeError, UnicodeDecodeError):
        pass  # metadata is optional; a broken Info dictionary only loses the date and title


def _readable_stream(pdf: pikepdf.Pdf, path: Path | BinaryIO,
                     heavy: Sequence[int] | None) -> Path | BinaryIO | None:
    """What pypdf reads the text from: the file itself, or an in-memory decrypted copy (None
    when that copy would be too big to hold; such a record is imported without text)."""
    if heavy is None:
        if isinstance(path, io.BytesIO):
            path.seek(0)
            return path
        return path
    if isinstance(path, Path):
        size = os.path.getsize(path)
    else:
        size = len(cast(io.BytesIO, path).getbuffer())
    if size > COPY_IN_MEMORY_BYTES:
        return None
    buffer = io.BytesIO()
    _save_readable(pdf, buffer, heavy)
    buffer.seek(0)
    return buffer


def heavy_pages(pdf: pikepdf.Pdf, limit: int = CONTENT_LIMIT) -> list[int]:
    """Numbers (from 1) of pages too big to draw safely: content streams (the page's and its
    forms') inflating past ``limit`` bytes, or an image decoding past IMAGE_LIMIT."""
    return [number for number, page in enumerate(pdf.pages, start=1)
            if _too_heavy(page.obj, limit)]


def _too_heavy(page: pikepdf.Dictionary, limit: int) -> bool:
    contents = page.get("/Contents")
    streams = list(contents) if isinstance(contents, pikepdf.Array) else [contents]
    resources = page.get("/Resources")
    xobjects = resources.get("/XObject") if isinstance(resources, pikepdf.Dictionary) else None
    if isinstance(xobjects, pikepdf.Dictionary):
        for _name, xobject in xobjects.items():
            if not isinstance(xobject, pikepdf.Stream):
                continue
            if xobject.get("/Subtype") == pikepdf.Name.Form:
                streams.append(xobject)
            elif _image_bytes(xobject) > IMAGE_LIMIT:
                return True
    total = 0
    for stream in streams:
        if isinstance(stream, pikepdf.Stream):
            total += _inflated_size(stream, limit - total)
        if total >= limit:
            return True
    return False


_COMPONENTS = {"/DeviceRGB": 3, "/CalRGB": 3, "/Lab": 3, "/DeviceCMYK": 4}


def _image_bytes(image: pikepdf.Stream) -> int:
    """What an image XObject decodes to, from its declared size (nothing is decoded here)."""
    try:
        width, height = int(image.get("/Width", 0)), int(image.get("/Height", 0))
        bits = int(image.get("/BitsPerComponent", 8) or 8)
    except (TypeError, ValueError):
        return 0
    space = image.get("/ColorSpace")
    if isinstance(space, pikepdf.Array) and len(space) > 1 and space[0] == pikepdf.Name.ICCBased:
        components = int(space[1].get("/N", 3))
    else:
        components = _COMPONENTS.get(str(space), 1)
    return width * height * components * bits // 8


def _inflated_size(stream: pikepdf.Stream, limit: int) -> int:
    """How many bytes a Flate stream inflates to, counted in steps and stopped at ``limit``."""
    filters = stream.get("/Filter")
    names = list(filters) if isinstance(filters, pikepdf.Array) else [filters]
    raw = stream.read_raw_bytes()
    if names != [pikepdf.Name.FlateDecode]:
        return len(raw)
    inflater = zlib.decompressobj()
    total, pending = 0, raw
    try:
        while pending and total < limit:
            total += len(inflater.decompress(pending, 1024**2))
            pending = inflater.unconsumed_tail
    except zlib.error:
        pass  # a damaged stream is drawn as far as it goes; its size so far is what counts
    return total


def extract_text(reader: PdfReader, skip: set[int] | None = None) -> str:
    parts: list[str] = []
    total = 0
    for index, page in enumerate(reader.pages):
        if index >= TEXT_PAGES or total >= TEXT_CHARS:
            break
        if skip and index + 1 in skip:
            continue
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
