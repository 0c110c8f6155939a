"""Portal zips in the IHE XDM layout: ``IHE_XDM/SUBSET*/`` with METADATA.XML and the documents.

The clinical documents and PDFs inside become records; a PDF is linked to the clinical document
of its subset. The stylesheet, the HTML viewer and the metadata are not records and are skipped.
Sizes are checked before anything is unpacked, so a zip bomb is refused, not expanded.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from ..errors import QT_TRANSLATE_NOOP, RefusedFile

MAX_MEMBERS = 2000
MAX_MEMBER_BYTES = 64 * 1024**2
MAX_TOTAL_BYTES = 512 * 1024**2
SKIPPED_SUFFIXES = {".xsl", ".xslt", ".htm", ".html", ".css", ".js", ".txt", ".md"}


@dataclass
class Member:
    name: str  # the file's name inside the zip (without folders)
    subset: str  # the SUBSET folder it is in
    data: bytes


def is_xdm(names: list[str]) -> bool:
    return any(_subset_of(n) is not None for n in names)


def _subset_of(name: str) -> str | None:
    parts = PurePosixPath(name).parts
    for index, part in enumerate(parts[:-1]):
        if part.upper() == "IHE_XDM" and index + 1 < len(parts) - 1:
            return parts[index + 1]
    return None


def is_portal_zip(source: Path | bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(source) if isinstance(source, bytes) else source) as zf:
            return is_xdm(zf.namelist())
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError):
        return False


def members(source: Path | bytes) -> list[Member]:
    """The files of every SUBSET worth importing, in name order."""
    try:
        with zipfile.ZipFile(io.BytesIO(source) if isinstance(source, bytes) else source) as zf:
            infos = [i for i in zf.infolist() if not i.is_dir()]
            if len(infos) > MAX_MEMBERS:
                raise RefusedFile(QT_TRANSLATE_NOOP(
                    "Reason", "the portal download holds too many files ({length})"),
                    length=len(infos))
            wanted = [i for i in infos if _wanted(i.filename)]
            total = sum(i.file_size for i in wanted)
            if total > MAX_TOTAL_BYTES or any(i.file_size > MAX_MEMBER_BYTES for i in wanted):
                raise RefusedFile(QT_TRANSLATE_NOOP(
                    "Reason", "the portal download unpacks to more than the {limit} MB a record "
                              "set may take"), limit=MAX_TOTAL_BYTES // 1024**2)
            found = []
            for info in sorted(wanted, key=lambda i: i.filename):
                with zf.open(info) as handle:
                    data = handle.read(MAX_MEMBER_BYTES + 1)
                if len(data) > MAX_MEMBER_BYTES:  # the size in the directory was a lie
                    raise RefusedFile(QT_TRANSLATE_NOOP(
                        "Reason", "the portal download is damaged (a file is larger than its "
                                  "entry says)"))
                found.append(Member(PurePosixPath(info.filename).name,
                                    _subset_of(info.filename) or "", data))
            return found
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError) as exc:
        raise RefusedFile(QT_TRANSLATE_NOOP(
            "Reason", "the ZIP file is damaged and cannot be read")) from exc
    except NotImplementedError as exc:  # an unsupported compression method
        raise RefusedFile(QT_TRANSLATE_NOOP(
            "Reason", "the ZIP file uses a compression this app cannot unpack")) from exc
    except RuntimeError as exc:  # encrypted member
        raise RefusedFile(QT_TRANSLATE_NOOP(
            "Reason", "the ZIP file is protected by a password; unpack it first")) from exc


def escapes(name: str) -> bool:
    """A member path that climbs out of its folder ("IHE_XDM/SUBSET01/../../x.xml"), starts at
    the root or names a drive: never a part of the download, whatever is inside."""
    text = name.replace("\\", "/")
    return text.startswith("/") or (len(text) > 1 and text[1] == ":") or ".." in text.split("/")


def _wanted(name: str) -> bool:
    path = PurePosixPath(name)
    if escapes(name) or _subset_of(name) is None or path.name.startswith("."):
        return False
    return path.name.upper() != "METADATA.XML" and path.suffix.lower() not in SKIPPED_SUFFIXES
