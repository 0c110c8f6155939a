"""A packet's password, and its line in the sent log.

The password encrypts the PDF with AES-256 through qpdf (the PDF 2.0 security handler, revision
6) and puts the DICOM files into a zip protected the same way (WinZip AES-256, which 7-Zip and
most archive tools open). The export encrypts before the packet takes its name (``encrypt_pdf``,
``zip_studies``); the zip's entries are named neutrally ("Study 1/0001.dcm"), since a zip's names
are readable without its password. The password itself is never stored anywhere.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from ..core.atomic import write_atomically
from ..core.errors import QT_TRANSLATE_NOOP, SecondOpError
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
        raise DeliveryError(QT_TRANSLATE_NOOP(
            "Reason", "The password needs at least {count} characters."), count=MIN_PASSWORD)
    return password


def deliver(vault: Vault, result: PacketResult, options: PacketOptions, delivery: Delivery,
            check_cancel: Callable[[], None] | None = None) -> SentPacket | None:
    """Log the packet (written by ``export_packet``, which takes the password: protected
    before it took its name); returns the sent-log entry (None when the vault is read-only here
    and cannot log it)."""
    protected = bool(delivery.password)
    if protected and not result.protected:  # the password goes to export_packet
        raise RuntimeError("a packet meant to be protected was written without its password")
    if vault.readonly:
        return None
    sections = options.sections
    records = []
    if "records" in sections:
        records = [d.id for docs in record_groups(vault, options.record_ids).values()
                   for d in docs]
    questions = [q.id for q in vault.questions.entries()] if "questions" in sections else []
    return vault.sent.record(
        result.path, result.pages, records, questions, delivery.recipient, protected,
        {"sections": sorted(sections), "email_size": options.email_size,
         "page_size": options.page_size, "record_ids": options.record_ids,
         "language": options.language})


def encrypt_pdf(source: Path, target: Path, password: str) -> None:
    """Write ``source`` encrypted (AES-256, R6) to ``target``, a new file made here (0600)."""
    import pikepdf

    check_password(password)  # (an OSError, a full disk say, is the export's to explain)
    _new_private(target).close()  # 0600 before the first byte; qpdf then writes it natively
    with pikepdf.open(source) as pdf:
        pdf.save(target, encryption=pikepdf.Encryption(user=password, owner=password, R=6),
                 force_version="2.0")
    with open(target, "rb") as written:
        os.fsync(written.fileno())


def zip_studies(vault, studies: list, dicom_name: str, target: Path, password: str,
                check_cancel: Callable[[], None]) -> None:
    """The studies' stored files straight into a new AES-256 zip at ``target`` (0600), named
    ``<dicom_name>/<study folder>/0001.dcm``: no plaintext copy, no telling names."""
    import pyzipper

    check_password(password)
    with _new_private(target) as handle, pyzipper.AESZipFile(
            handle, "w", compression=pyzipper.ZIP_STORED, encryption=pyzipper.WZ_AES) as archive:
        archive.setpassword(password.encode("utf-8"))
        archive.setencryption(pyzipper.WZ_AES, nbits=256)
        for study, folder in studies:
            files = [f for doc in study.docs for f in vault.documents.files(doc)]
            for number, stored in enumerate(files, start=1):
                check_cancel()
                archive.write(stored.path, f"{dicom_name}/{folder}/{number:04d}.dcm")
    with open(target, "rb") as written:
        os.fsync(written.fileno())


def _new_private(path: Path) -> BinaryIO:
    """A new file, 0600 from its first byte; never an existing one."""
    return os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "w+b")


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
        raise DeliveryError(QT_TRANSLATE_NOOP(
            "Reason", "The packet could not be protected ({problem})."),
            problem=exc.strerror or exc) from exc
