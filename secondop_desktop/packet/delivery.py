"""After the packet is written: an optional password, and a line in the sent log.

The password encrypts the PDF with AES-256 through qpdf (the PDF 2.0 security handler, revision
6) and puts the DICOM folder into a zip protected the same way (WinZip AES-256, which 7-Zip and
most archive tools open). The password itself is never stored anywhere.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.atomic import write_atomically
from ..core.errors import SecondOpError
from ..core.sent_log import SentPacket
from .export import PacketOptions, PacketResult, record_groups

if TYPE_CHECKING:
    from ..core.vault import Vault

MIN_PASSWORD = 6


class DeliveryError(SecondOpError):
    """The packet was written but could not be protected; the message says why."""


@dataclass(frozen=True)
class Delivery:
    recipient: str = ""  # "Dr Becker, University Spine Centre", "own copy"...
    password: str | None = None  # never stored


def check_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise DeliveryError(f"The password needs at least {MIN_PASSWORD} characters.")
    return password


def deliver(vault: Vault, result: PacketResult, options: PacketOptions, delivery: Delivery,
            check_cancel: Callable[[], None] | None = None) -> SentPacket | None:
    """Protect the packet if asked, then log it; returns the sent-log entry (None when the
    vault is read-only here and cannot log it)."""
    protected = bool(delivery.password)
    if delivery.password:
        protect_pdf(result.path, delivery.password)
        if result.dicom_folder is not None:
            archive = zip_folder(result.dicom_folder, delivery.password, check_cancel)
            shutil.rmtree(result.dicom_folder)  # our own copy; the protected zip replaces it
            result.dicom_folder = archive
    if vault.readonly:
        return None
    sections = options.sections
    records = []
    if "records" in sections:
        records = [d.id for docs in record_groups(vault, options.record_ids).values()
                   for d in docs]
    questions = [q.id for q in vault.questions.list()] if "questions" in sections else []
    return vault.sent.record(
        result.path, result.pages, records, questions, delivery.recipient, protected,
        {"sections": sorted(sections), "email_size": options.email_size,
         "page_size": options.page_size, "record_ids": options.record_ids})


def protect_pdf(path: Path, password: str) -> None:
    """Encrypt ``path`` in place (AES-256, R6): written beside it, then renamed over it."""
    import pikepdf

    check_password(password)
    with pikepdf.open(path) as pdf:
        _replace_with(path, lambda tmp: pdf.save(
            tmp, encryption=pikepdf.Encryption(user=password, owner=password, R=6),
            force_version="2.0"))


def zip_folder(folder: Path, password: str,
               check_cancel: Callable[[], None] | None = None) -> Path:
    """``folder`` → ``folder.zip`` with WinZip AES-256; returns the zip's path."""
    import pyzipper

    check_password(password)
    out = folder.with_name(folder.name + ".zip")

    def write(path: Path) -> None:
        with pyzipper.AESZipFile(path, "w", compression=pyzipper.ZIP_STORED,
                                 encryption=pyzipper.WZ_AES) as archive:
            archive.setpassword(password.encode("utf-8"))
            archive.setencryption(pyzipper.WZ_AES, nbits=256)
            for path in sorted(folder.rglob("*")):
                if check_cancel:
                    check_cancel()
                if path.is_file():
                    archive.write(path, f"{folder.name}/{path.relative_to(folder).as_posix()}")

    _replace_with(out, write)
    return out


def _replace_with(target: Path, write: Callable) -> None:
    try:
        write_atomically(target, write)
    except OSError as exc:
        raise DeliveryError(f"The packet could not be protected ({exc.strerror or exc}).") from exc
