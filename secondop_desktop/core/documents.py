"""Documents in the vault: kinds, the record of one document, and importing files and folders."""

from __future__ import annotations

import builtins
import datetime as dt
import errno
import hashlib
import json
import logging
import os
import re
import sqlite3
import stat
import tempfile
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from . import formats
from .blobs import BlobStore, StoredBlob
from .clinical import insert_facts
from .db import Database
from .errors import NotFound, RefusedFile, SecondOpError, ValidationError
from .portal.patients import resolve_in_files
from .portal.resource_folder import ResourceFolder, group_resource_folders
from .secure import secure_dir
from .validate import in_date_range

log = logging.getLogger(__name__)

# Files checked and stored ahead of the one being recorded (decoding overlaps fsync waits).
IMPORT_WORKERS = 4
IMPORT_AHEAD = 12
VAULT_DB_NAME = "vault.sqlite3"  # vault.py imports this module, so the name is repeated here
KINDS = ("imaging", "labs", "reports", "other")
# Names for records rebuilt from stored files, whose original names were lost with the database.
RECOVERED_SUFFIX = {"pdf": ".pdf", "jpeg": ".jpg", "png": ".png", "tiff": ".tif", "heic": ".heic",
                    "dicom": ".dcm"}
KIND_LABELS = {"imaging": "Imaging", "labs": "Labs", "reports": "Reports", "other": "Other"}
# meta[DATE_SOURCE] == FILE_DATE: the record date came from the file (creation or EXIF date);
# TEXT_DATE: the date of service was read from the record's text in place of the file date
# (or of no date), which meta[DATE_BEFORE] keeps so that the patient can take it back.
DATE_SOURCE, FILE_DATE, TEXT_DATE, DATE_BEFORE = "date_source", "file", "text", "date_before"
# meta[GUESSED]: the fields the app filled in at import (title from the file, kind from its name);
# a field leaves the list when the patient sets it. Suggestions from the text offer only these.
GUESSED = "guessed"

# A short word counts only on its own: "ct" in ct_chest.pdf, not in contract.pdf.
_ALONE = r"(?<![a-z])(?:{})(?![a-z])"
_KIND_WORDS = {
    # Not a bare "scan": scanners name every file scan_0001.pdf, whatever the paper says.
    "imaging": _ALONE.format("ct|pet|mrt") + r"|mri|x[-_ ]?ray|xray|bone[-_ ]?scan|ultrasound|"
    r"sonograph|mammo|radiolog|imaging|angiogra|echocardio|dicom|dexa",
    # Each at the start of a word: "during" holds "urin", "agriculture" "culture".
    "labs": _ALONE.format("labs?|cbc") + r"|(?<![a-z])(?:blood|panel|urin|culture|biochem|"
    r"haematolog|hematolog|results?)|hba1c|lipid|test[-_ ]?results?",
    "reports": r"report|letter|summary|discharge|consult|patholog|biopsy|referral|opinion|"
    r"clinic|note|findings|operative|histolog",
}


# A letter: a salutation or a sign-off of its own.
LETTER = re.compile(r"^\s*dear\s+\w|yours\s+(?:sincerely|faithfully|truly)|kind\s+regards|"
                    r"with\s+best\s+wishes", re.IGNORECASE | re.MULTILINE)
NOT_MEDICAL = re.compile(r"\b(?:form\s+(?:1040|1099|w-?2|w-?4)|internal\s+revenue|tax\s+return|"
                         r"taxpayer|taxable\s+income|adjusted\s+gross|irs\b|invoice\s+number|"
                         r"account\s+statement|bank\s+statement)")


def guess_kind(name: str, text: str = "", hint: str | None = None) -> str:
    """imaging / labs / reports / other from what the file is, its name and its first text."""
    if hint in KINDS:
        return hint
    head = text[:3000].lower()
    # A tax form, a bill or a bank statement is no record of care, whatever words it shares.
    haystacks = (name.lower(),) if NOT_MEDICAL.search(head) else (name.lower(), head)
    for haystack in haystacks:
        if haystack is head and LETTER.search(head):
            return "reports"  # a letter, also one about a scan or a blood test
        for kind, pattern in _KIND_WORDS.items():
            if re.search(pattern, haystack):
                return kind
    return "other"


def display_name(path: Path) -> str:
    """The file's name as text that can be stored and shown: bytes that are not valid in the
    file system's encoding (an old USB stick, a zip from elsewhere) become �."""
    return os.fsencode(path.name).decode("utf-8", "replace")


_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def one_line(text: str) -> str:
    """``text`` safe for line-oriented output: a newline or other control character in a file
    name or title is shown escaped (\\n, \\x1b), so it cannot forge or break a line."""
    named = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
    return _CONTROLS.sub(lambda m: named.get(m[0]) or f"\\x{ord(m[0]):02x}"
                         if ord(m[0]) < 256 else f"\\u{ord(m[0]):04x}", text)


def clean_title(text: str) -> str:
    """A title as shown and printed: no control characters (a PDF title "aspect\x00"), no
    runs of spaces."""
    return " ".join(_CONTROLS.sub(" ", text or "").split())


def title_from_name(name: str) -> str:
    """A cleaned file name: "mri_report_2024.pdf" -> "Mri report 2024"."""
    stem = clean_title(re.sub(r"[_]+", " ", Path(name).stem))
    return stem[:1].upper() + stem[1:] if stem else clean_title(name) or name


# What PDF writers put as /Title when nobody gave one: the program, a placeholder, a file name.
_NO_TITLE = re.compile(
    r"^(?:untitled(?:[-\s]*\d*)?|document\s*\d*|doc\d*|title|print|printout|scan(?:ned)?"
    r"(?:[-_\s]*\d+)?|img[-_\s]*\d+|image\s*\d*|page\s*\d*|\d+|no\s+title|"
    r"(?:adobe\s+)?photoshop\s+pdf|(?:microsoft\s+)?(?:word|excel|powerpoint)(?:\s+document)?|"
    r"pdf|new\s+document|blank)$", re.IGNORECASE)
_PROGRAM_PREFIX = re.compile(r"^(?:microsoft\s+(?:word|excel|powerpoint)|word|excel)\s*-\s*",
                             re.IGNORECASE)
_OFFICE_SUFFIX = re.compile(r"\.(?:docx?|xlsx?|pptx?|rtf|odt|txt|pdf)$", re.IGNORECASE)
_FILE_NAME = re.compile(r"^[^\s/\\]+\.(?:pdf|docx?|xlsx?|pptx?|rtf|txt|odt|jpe?g|png|tiff?)$",
                        re.IGNORECASE)


def usable_title(title: str | None) -> str | None:
    """A PDF's own /Title when it names the document; None for what writers fill in by
    themselves ("Untitled", "Microsoft Word - Document1", "Adobe Photoshop PDF"). A title that
    is a file name ("mri_report.docx") is cleaned as one."""
    text = clean_title(title or "")
    text = _PROGRAM_PREFIX.sub("", text).strip()
    if _FILE_NAME.match(text) or "_" in text and " " not in text:
        text = title_from_name(text)
    text = _OFFICE_SUFFIX.sub("", text)
    if len(text) <= 2 or _NO_TITLE.match(text) or not re.search(r"[^\W\d_]", text):
        return None
    return text


@dataclass
class Document:
    id: int
    sha256: str
    original_name: str
    format: str
    kind: str
    title: str
    record_date: dt.date | None
    provider: str
    body_part: str
    tags: list[str]
    notes: str
    pages: int
    size: int
    imported_at: dt.datetime
    trashed: bool
    meta: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> Document:
        return cls(
            id=row["id"],
            sha256=row["sha256"],
            original_name=row["original_name"],
            format=row["format"],
            kind=row["kind"],
            title=row["title"],
            record_date=dt.date.fromisoformat(row["record_date"]) if row["record_date"] else None,
            provider=row["provider"],
            body_part=row["body_part"],
            tags=split_tags(row["tags"]),
            notes=row["notes"],
            pages=row["pages"],
            size=row["size"],
            imported_at=dt.datetime.fromisoformat(row["imported_at"]),
            trashed=bool(row["trashed"]),
            meta=json.loads(row["meta"] or "{}"),
        )

    @property
    def has_text_date(self) -> bool:
        """The record date was read from the text (a date of service), not set by hand."""
        return self.record_date is not None and self.meta.get(DATE_SOURCE) == TEXT_DATE

    @property
    def date_before_text(self) -> str:
        """The date the text's date of service replaced ('' when there was none)."""
        return str(self.meta.get(DATE_BEFORE) or "")

    @property
    def has_file_date(self) -> bool:
        """The record date is when the file was made, not (yet) the date of service."""
        return self.record_date is not None and self.meta.get(DATE_SOURCE) == FILE_DATE

    def open_fields(self) -> set[str]:
        """The filing fields the patient has not set: the ones a suggestion may fill."""
        guessed = self.meta.get(GUESSED)
        if guessed is None:  # recorded before the app kept track: judge by the values
            guessed = ["title"] if self.title == title_from_name(self.original_name) else []
            guessed += ["kind"] if self.kind == "other" else []
        fields = set(guessed) & {"title", "kind"}
        if self.record_date is None or self.has_file_date or self.has_text_date:
            fields.add("record_date")
        if not self.provider:
            fields.add("provider")
        return fields

    def date_text(self, missing: str = "") -> str:
        """The record date as printed: ISO, labelled "(file date)" when it is one."""
        if self.record_date is None:
            return missing
        label = " (file date)" if self.has_file_date else ""
        return f"{self.record_date.isoformat()}{label}"

    def as_json(self) -> dict[str, Any]:
        """The shape ``secondop list --json`` prints."""
        return {
            "id": self.id,
            "title": self.title,
            "kind": self.kind,
            "date": self.record_date.isoformat() if self.record_date else None,
            "date_is_file_date": self.has_file_date,
            "pages": self.pages,
            "sha256": self.sha256,
            "original_name": self.original_name,
            "trashed": self.trashed,
            "provider": self.provider,
            "format": self.format,
        }


def split_tags(value: str | Iterable[str]) -> list[str]:
    items = value.split(",") if isinstance(value, str) else value
    seen: list[str] = []
    for item in items:
        tag = item.strip()
        if tag and tag not in seen:
            seen.append(tag)
    return seen


class Outcome(StrEnum):
    IMPORTED = "imported"
    DUPLICATE = "duplicate"
    REFUSED = "refused"
    SKIPPED = "skipped"  # a folder (or link) inside a dropped folder that was not gone into
    FAILED = "failed"  # a bug of ours with this file: logged, the file untouched, the rest go on


@dataclass(frozen=True)
class ImportResult:
    path: Path
    outcome: Outcome
    document_id: int | None = None
    reason: str = ""
    existing_title: str = ""
    joined: bool = False  # an image added to a study already recorded (document_id)
    more_ids: tuple[int, ...] = ()  # records made from files inside this one (a portal zip)
    # A file of several patients: (value for ``patient``, what the patient reads) of each
    choices: tuple[tuple[str, str], ...] = field(default=(), compare=False)
    error: BaseException | None = field(default=None, compare=False, repr=False)  # FAILED's

    @property
    def name(self) -> str:
        return display_name(self.path)

    @property
    def failed(self) -> bool:
        """Not in the vault: refused, skipped while walking a folder, or failed by our bug."""
        return self.outcome in (Outcome.REFUSED, Outcome.SKIPPED, Outcome.FAILED)

    def line(self) -> str:
        """One line for the CLI and the import summary (control characters escaped)."""
        if self.failed:
            return f"{self.outcome.value} {one_line(self.name)}: {one_line(self.reason)}"
        more = f" (and {', '.join(map(str, self.more_ids))} inside)" if self.more_ids else ""
        return f"{self.outcome.value} {self.document_id} {one_line(self.name)}{more}"


class ImportCancelled(Exception):
    """Raised inside an import to stop between (or inside) files; whole files stay imported."""


# Decrypted/repaired copies of stored PDFs, beside objects/: derived, made again when missing.
READABLE_FOLDER = "readable"
# The index of an imaging CD: it lists the studies on the CD; the studies are the records.
DICOMDIR_NAME = "DICOMDIR"


def _is_hidden(path: Path) -> bool:
    if path.name.startswith(".") or path.name in {"Thumbs.db", "desktop.ini", "__MACOSX"}:
        return True
    try:
        attrs = getattr(os.stat(path, follow_symlinks=False), "st_file_attributes", 0)
    except OSError:
        return False  # not hidden; opening it will say what is wrong with it
    return bool(attrs & 0x6)  # Windows FILE_ATTRIBUTE_HIDDEN | FILE_ATTRIBUTE_SYSTEM


def _skipped(path: Path, reason: str) -> ImportResult:
    return ImportResult(path, Outcome.SKIPPED, reason=reason)


def _folder_error_reason(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "the folder cannot be read (permission denied)"
    if exc.errno == errno.ENAMETOOLONG:
        return "its path is too long for the system to open; move it to a shorter path"
    if exc.errno == errno.ELOOP:
        return "the link leads round in a loop"
    return f"the folder cannot be read ({exc.strerror or exc})"


def _link_problem(path: Path) -> str | None:
    """Why a symbolic link inside a dropped folder is not followed, or None for a link to a
    file (which is imported like the file)."""
    try:
        if not path.is_symlink():
            return None
    except OSError as exc:  # the path itself cannot be looked at (too long, say)
        return _folder_error_reason(exc)
    try:
        target = path.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "the link leads round in a loop"
        return "the link points to nothing"
    if stat.S_ISDIR(target.st_mode):
        return "it is a link to another folder; add that folder itself if it holds records"
    return None


def expand_paths(paths: Iterable[Path]) -> Iterator[Path | ImportResult]:
    """Files named directly, and every file inside named folders (recursive, sorted).

    Hidden and system files inside folders are skipped, and so is a vault folder and an imaging
    CD's DICOMDIR; a file named directly is always tried. A subfolder that cannot be read, a
    linked folder and a link loop each come as a SKIPPED result, in their place in the order.
    """
    for path in paths:
        path = Path(path)
        if path.is_dir():
            yield from _walk(path)
        else:
            yield path


def _walk(top: Path) -> Iterator[Path | ImportResult]:
    errors: list[OSError] = []
    for root, dirs, files in os.walk(top, onerror=errors.append):
        while errors:  # os.walk reports a folder it cannot list just before going on
            exc = errors.pop(0)
            yield _skipped(Path(exc.filename or root), _folder_error_reason(exc))
        if VAULT_DB_NAME in files and "objects" in dirs:
            dirs[:] = []  # a vault's own files are no records to import
            continue
        kept = []
        for name in sorted(dirs):
            folder = Path(root) / name
            if _is_hidden(folder):
                continue
            problem = _link_problem(folder)
            if problem:
                yield _skipped(folder, problem)
            else:
                kept.append(name)
        dirs[:] = kept
        for name in sorted(files):
            candidate = Path(root) / name
            if _is_hidden(candidate) or name.upper() == DICOMDIR_NAME:
                continue
            problem = _link_problem(candidate)
            yield _skipped(candidate, problem) if problem else candidate
    for exc in errors:
        yield _skipped(Path(exc.filename or top), _folder_error_reason(exc))


class DocumentStore:
    """Documents' rows; the files themselves live in the BlobStore."""

    COLUMNS = ("title", "kind", "record_date", "provider", "body_part", "tags", "notes")

    def __init__(self, db: Database, blobs: BlobStore) -> None:
        self.db = db
        self.blobs = blobs

    # -- reading -------------------------------------------------------------------------------
    def list(self, trashed: bool | None = False) -> list[Document]:
        """Documents, oldest record first; ``trashed=None`` for all."""
        where = "" if trashed is None else f"WHERE trashed = {int(trashed)}"
        rows = self.db.query(
            f"SELECT * FROM documents {where} "
            "ORDER BY record_date IS NULL, record_date, imported_at, id"
        )
        return [Document.from_row(r) for r in rows]

    def get(self, doc_id: int) -> Document:
        rows = self.db.query("SELECT * FROM documents WHERE id = ?", (doc_id,))
        if not rows:
            raise NotFound(f"There is no record number {doc_id} in this vault.")
        return Document.from_row(rows[0])

    def by_sha(self, sha256: str) -> Document | None:
        """The record holding these bytes: as its file, or as one file of its imaging study."""
        rows = self.db.query(
            "SELECT * FROM documents WHERE sha256 = :sha OR id = "
            "(SELECT document_id FROM document_files WHERE sha256 = :sha)", {"sha": sha256})
        return Document.from_row(rows[0]) if rows else None

    def files(self, doc: Document | int) -> builtins.list[StoredFile]:
        """Every file of a record, its own first: an imaging study has one per image (series
        and instance number in ``meta``); any other record has just its one."""
        if isinstance(doc, int):
            doc = self.get(doc)
        first = StoredFile(doc.sha256, doc.original_name, self.blobs.path_for(doc.sha256),
                           doc.meta)
        rows = self.db.query("SELECT * FROM document_files WHERE document_id = ? ORDER BY rowid",
                             (doc.id,))
        return [first, *(StoredFile(r["sha256"], r["name"], self.blobs.path_for(r["sha256"]),
                                    json.loads(r["meta"] or "{}")) for r in rows)]

    def stored_objects(self) -> builtins.list[tuple[str, int, str]]:
        """(sha256, record id, file name) of every object a record names: what verify checks
        and what a sweep must keep."""
        rows = self.db.query(
            # NOT INDEXED: read the tables themselves, never only an index (it could be damaged).
            "SELECT sha256, id, original_name FROM documents NOT INDEXED UNION ALL "
            "SELECT sha256, document_id, name FROM document_files NOT INDEXED ORDER BY 2")
        return [(r[0], r[1], r[2]) for r in rows]

    def path(self, doc: Document | int) -> Path:
        if isinstance(doc, int):
            doc = self.get(doc)
        return self.blobs.path_for(doc.sha256)

    def readable_path(self, doc: Document | int) -> Path:
        """The file previews, thumbnails and the packet read for ``doc``.

        The stored file itself (for an imaging study, its middle image), except for a PDF that
        was encrypted, had to be repaired or has a
        page too big to draw: then its decrypted, repaired copy (such pages replaced by a
        notice), made at import into the vault's ``readable/`` folder (made again here if it
        has gone). The stored original is never changed. Raises RefusedFile when the copy
        cannot be made.
        """
        if isinstance(doc, int):
            doc = self.get(doc)
        stored = self.path(doc)
        if doc.format == "dicom":  # a study: the image from its middle is the one to show
            return middle_outwards(self.files(doc))[0].path
        if doc.format != "pdf" or not doc.meta.get("readable_copy"):
            return stored
        copy = self._readable_copy(doc.sha256)
        if not copy.exists():
            self._remake_readable(doc, stored)
        return copy

    def _remake_readable(self, doc: Document, stored: Path) -> None:
        """The copy made at import is gone (a vault copied without readable/): made again
        with the password an older version kept, or the date of birth; a password the patient
        typed is not kept, so then the file must be imported again with it."""
        kept = str(doc.meta.get("pdf_password", ""))  # (vaults of older versions)
        for password in dict.fromkeys([kept, *self._passwords(None).all(), ""]):
            try:
                self._write_readable(doc.sha256, stored, password)
                return
            except RefusedFile as exc:
                if not formats.needs_password(exc.reason):
                    raise
        raise RefusedFile("its decrypted copy in the vault's readable folder is gone and the "
                          "password is not kept; import the file again with its password")

    def has_readable_copy(self, sha256: str) -> bool:
        return self._readable_copy(sha256).is_file()

    def _readable_copy(self, sha256: str) -> Path:
        return self.blobs.root.parent / READABLE_FOLDER / f"{sha256}.pdf"

    def _write_readable(self, sha256: str, stored: Path, password: str) -> None:
        copy = self._readable_copy(sha256)
        secure_dir(copy.parent)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".pdf", dir=copy.parent)  # 0600
        try:
            with os.fdopen(fd, "wb") as out:
                formats.write_readable_pdf(stored, out, password)
            os.replace(tmp, copy)  # whole or not at all, also when two threads make it at once
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def text(self, doc_id: int) -> str:
        rows = self.db.query("SELECT text FROM document_text WHERE document_id = ?", (doc_id,))
        return rows[0]["text"] if rows else ""

    def texts(self) -> dict[int, str]:
        return {r["document_id"]: r["text"] for r in self.db.query("SELECT * FROM document_text")}

    def count(self) -> int:
        return int(self.db.query("SELECT count(*) FROM documents")[0][0])

    # -- editing -------------------------------------------------------------------------------
    def update(self, doc_id: int, **changes: object) -> Document:
        """Change title, kind, record_date, provider, body_part, tags or notes."""
        values: dict[str, object] = {}
        for key, value in changes.items():
            if key not in self.COLUMNS:
                raise ValidationError(f"'{key}' cannot be changed.")
            values[key] = _clean_field(key, value)
        if values:
            assignments = ", ".join(f"{k} = :{k}" for k in values)
            with self.db.transaction() as conn:
                cur = conn.execute(
                    f"UPDATE documents SET {assignments} WHERE id = :id", {**values, "id": doc_id}
                )
                if cur.rowcount == 0:
                    raise NotFound(f"There is no record number {doc_id} in this vault.")
                if "record_date" in values:  # a date the patient gave is no file date
                    conn.execute("UPDATE documents SET meta = json_remove(meta, ?, ?) "
                                 "WHERE id = ?", (f"$.{DATE_SOURCE}", f"$.{DATE_BEFORE}", doc_id))
                set_now = [k for k in ("title", "kind") if k in values]
                if set_now:  # the patient's own values from now on
                    meta = json.loads(conn.execute("SELECT meta FROM documents WHERE id = ?",
                                                   (doc_id,)).fetchone()[0] or "{}")
                    if GUESSED in meta:
                        meta[GUESSED] = [f for f in meta[GUESSED] if f not in set_now]
                        conn.execute("UPDATE documents SET meta = ? WHERE id = ?",
                                     (json.dumps(meta), doc_id))
        return self.get(doc_id)

    def set_trashed(self, doc_id: int, trashed: bool) -> None:
        self.set_trashed_many([doc_id], trashed)

    def set_trashed_many(self, ids: Iterable[int], trashed: bool) -> None:
        """Move records to or from the trash in one transaction: all of them or none."""
        unique = builtins.list(dict.fromkeys(ids))
        with self.db.transaction() as conn:
            cur = conn.executemany("UPDATE documents SET trashed = ? WHERE id = ?",
                                   [(int(trashed), doc_id) for doc_id in unique])
            if cur.rowcount < len(unique):
                found = {r[0] for r in conn.execute(
                    f"SELECT id FROM documents WHERE id IN ({','.join('?' * len(unique))})",
                    unique)}
                missing = next(i for i in unique if i not in found)
                raise NotFound(f"There is no record number {missing} in this vault.")

    def delete_forever(self, doc_id: int) -> None:
        """Remove the row, then the object if no other document refers to it."""
        doc = self.get(doc_id)
        members = [f.sha256 for f in self.files(doc)[1:]]
        with self.db.transaction() as conn:
            conn.execute("DELETE FROM documents WHERE id = ?", (doc_id,))  # members cascade
            still_used = conn.execute(
                "SELECT count(*) FROM documents WHERE sha256 = ?", (doc.sha256,)
            ).fetchone()[0]
        for sha in members:
            self.blobs.remove(sha)
        if not still_used:
            self.blobs.remove(doc.sha256)
            # the readable copy is derived from the file just removed, never stored on its own
            self._readable_copy(doc.sha256).unlink(missing_ok=True)

    # -- importing -----------------------------------------------------------------------------
    def import_file(
        self, path: Path, check_cancel: Callable[[], None] | None = None,
        password: str | None = None, patient: str | None = None,
    ) -> ImportResult:
        """Import one file. Never raises for a bad file: the result says why it was refused.

        ``password`` opens a PDF that needs one (the patient's date of birth is tried too);
        ``patient`` picks whose records to take from a FHIR file of several patients."""
        prepared = self._prepare(Path(path), check_cancel, self._passwords(password, patient))
        if isinstance(prepared, ImportResult):
            return prepared
        return self._record(prepared)

    def _passwords(self, given: str | None, patient: str | None = None) -> Passwords:
        from .profile import KeyValueSection, Profile

        try:
            dob = KeyValueSection(self.db, "patient", Profile).get().dob_date
        except ValueError:  # a date of birth stored by hand in another form: not a password
            dob = None
        return Passwords(given or "", tuple(formats.pdf_passwords_for(dob)), patient)

    def _prepare(
        self, path: Path | ResourceFolder, check_cancel: Callable[[], None] | None,
        passwords: Passwords | None = None,
    ) -> ImportResult | _Prepared:
        """Recognise the file and put its bytes in the store (fsynced): no database work, so it
        can run ahead on a worker thread while earlier files are being recorded."""
        passwords = passwords or Passwords()
        if isinstance(path, ResourceFolder):
            return self._prepare_resource_folder(path, passwords.patient)
        try:
            if not path.is_file():
                raise RefusedFile("not a file that can be read" if path.exists()
                                  else "there is no such file")
            data = formats.read_small(path)  # read once: what is checked is what is stored
            sha = hashlib.sha256(data).hexdigest() if data is not None else None
            if sha and (known := self.by_sha(sha)) and self.blobs.path_for(sha).exists():
                # Seen before (a folder dropped again): no need to decode it again.
                return ImportResult(path, Outcome.DUPLICATE, known.id, existing_title=known.title)
            try:
                info = formats.inspect(path, data, passwords.all(), passwords.patient)
            except RefusedFile as exc:
                if passwords.given and exc.reason == formats.PDF_PASSWORD_REASON:
                    raise RefusedFile(formats.PDF_WRONG_PASSWORD_REASON) from exc
                raise
            if check_cancel:
                check_cancel()
            parts = [(part, self.blobs.put_bytes(part.data, imported=True)) for part in info.parts]
            if info.container:  # a portal zip: the files inside are the records
                return _Prepared(path, info, None, parts)
            if data is not None:
                blob = self.blobs.put_bytes(data, sha, imported=True)
            else:
                blob = self.blobs.put_file(path, check_cancel, imported=True)
            if info.meta.get("readable_copy"):  # made here, on a worker, not when first shown
                try:
                    self._write_readable(blob.sha256, blob.path,
                                         str(info.meta.get("pdf_password", "")))
                except BaseException:
                    self._discard(blob)
                    raise
            return _Prepared(path, info, blob, parts)
        except RefusedFile as exc:
            return ImportResult(path, Outcome.REFUSED, reason=exc.reason,
                                choices=getattr(exc, "choices", ()))
        except OSError as exc:
            if exc.errno == errno.ENAMETOOLONG:
                return ImportResult(path, Outcome.REFUSED, reason=PATH_TOO_LONG)
            return _not_copied(path, exc)

    def _prepare_resource_folder(self, folder: ResourceFolder,
                                 patient: str | None = None) -> ImportResult | _Prepared:
        """A folder of FHIR resource files, stored as one bundle holding each file's bytes."""
        try:
            data = folder.bundle_bytes()
            info = formats.inspect_clinical_bytes(data, patient)
            sha = hashlib.sha256(data).hexdigest()
            if (known := self.by_sha(sha)) and self.blobs.path_for(sha).exists():
                return ImportResult(folder.path, Outcome.DUPLICATE, known.id,
                                    existing_title=known.title)
            info.meta["files"] = len(folder.files)
            parts = [(part, self.blobs.put_bytes(part.data, imported=True)) for part in info.parts]
            return _Prepared(folder.path, info, self.blobs.put_bytes(data, sha, imported=True),
                             parts)
        except RefusedFile as exc:
            return ImportResult(folder.path, Outcome.REFUSED, reason=exc.reason,
                                choices=getattr(exc, "choices", ()))
        except OSError as exc:
            return _not_copied(folder.path, exc)

    def _record(self, prepared: _Prepared) -> ImportResult:
        """The row for a stored file, in one transaction; a duplicate names the existing row.
        Afterwards its objects are settled in the import's intent record, whatever happened."""
        try:
            return self._record_row(prepared)
        finally:
            self._settle(prepared)

    def _settle(self, prepared: _Prepared) -> None:
        self.blobs.settle(prepared.blob, *(blob for _part, blob in prepared.parts))

    def _record_row(self, prepared: _Prepared) -> ImportResult:
        path, info, blob = prepared.path, prepared.info, prepared.blob
        if blob is None:
            return self._record_parts(prepared)
        try:
            existing = self.by_sha(blob.sha256)
            if existing is None:
                if not blob.path.exists():  # the same bytes, refused a moment ago, took it along
                    blob = self.blobs.put_file(path, imported=True)
                study = self._study_of(info)
                if study is not None:
                    if self._join_study(study, path, info, blob):
                        return ImportResult(path, Outcome.IMPORTED, study.id, joined=True)
                else:
                    doc_id = self._insert(display_name(path), info, blob.sha256, blob.size,
                                          prepared.parts)
                    if doc_id is not None:
                        return ImportResult(path, Outcome.IMPORTED, doc_id,
                                            more_ids=self._came_inside(doc_id)
                                            if prepared.parts else ())
                # Another process (the same folder imported twice at once) recorded it first.
                existing = self.by_sha(blob.sha256)
                if existing is None:
                    raise sqlite3.IntegrityError("the row that refused ours is gone")
        except BaseException as exc:
            self._discard(blob)
            self._discard_parts(prepared)
            if isinstance(exc, OSError):
                return _not_copied(path, exc)
            if isinstance(exc, Exception):  # cancel and interrupts go on up
                return ImportResult(
                    path, Outcome.REFUSED, reason=f"the vault could not be written ({exc})"
                )
            raise
        # (an object that had gone missing may now be back in place)
        self._discard_parts(prepared)
        return ImportResult(path, Outcome.DUPLICATE, existing.id, existing_title=existing.title)

    def _record_parts(self, prepared: _Prepared) -> ImportResult:
        """A portal zip: each document and PDF inside is a record; the zip is not kept."""
        path = prepared.path
        try:
            with self.db.transaction() as conn:
                made = self._insert_parts(conn, prepared.parts, None)
        except BaseException as exc:
            self._discard_parts(prepared)
            if isinstance(exc, OSError):
                return _not_copied(path, exc)
            if isinstance(exc, Exception):
                return ImportResult(
                    path, Outcome.REFUSED, reason=f"the vault could not be written ({exc})")
            raise
        if not made:
            first = self.by_sha(prepared.parts[0][1].sha256) if prepared.parts else None
            return ImportResult(path, Outcome.DUPLICATE, first.id if first else None,
                                existing_title=first.title if first else "")
        return ImportResult(path, Outcome.IMPORTED, made[0], more_ids=tuple(made[1:]))

    def _insert_parts(self, conn: sqlite3.Connection, parts: builtins.list[tuple[Any, StoredBlob]],
                      outer_id: int | None) -> builtins.list[int]:
        """Rows for the files found inside one file, each linked to the document it came with;
        a file already in the vault is linked to by what follows it, not added again."""
        ids: list[int | None] = []
        made: list[int] = []
        for part, blob in parts:
            known = conn.execute("SELECT id FROM documents WHERE sha256 = ?",
                                 (blob.sha256,)).fetchone()
            doc_id = known[0] if known is not None else self._insert_row(
                conn, part.name, part.info, blob.sha256, blob.size)
            ids.append(doc_id)
            if known is not None or doc_id is None:
                continue
            parent = outer_id if part.parent is None else ids[part.parent]
            if parent is not None:
                conn.execute("INSERT INTO document_links (document_id, came_with) VALUES (?, ?)",
                             (doc_id, parent))
            made.append(doc_id)
        return made

    def _discard_parts(self, prepared: _Prepared) -> None:
        for _part, blob in prepared.parts:
            self._discard(blob)

    def came_with(self, doc_id: int) -> int | None:
        """The record a file was found inside (a PDF in a portal zip or a C-CDA), if any."""
        rows = self.db.query("SELECT came_with FROM document_links WHERE document_id = ?",
                             (doc_id,))
        return int(rows[0][0]) if rows else None

    def adopt(self, sha256: str) -> ImportResult:
        """Make a record of a stored object no record names (recovery): its format is read
        again; the original name is not known any more."""
        path = self.blobs.path_for(sha256)
        existing = self.by_sha(sha256)
        if existing is not None:
            return ImportResult(path, Outcome.DUPLICATE, existing.id,
                                existing_title=existing.title)
        try:
            info = formats.inspect(path, formats.read_small(path))
        except RefusedFile as exc:
            return ImportResult(path, Outcome.REFUSED, reason=exc.reason)
        name = f"recovered {sha256[:8]}{RECOVERED_SUFFIX.get(info.format, '')}"
        size = path.stat().st_size
        study = self._study_of(info)  # an image of a study recovered a moment ago joins it
        if study is not None:
            if self._join_study(study, Path(name), info, StoredBlob(sha256, size, path, False)):
                return ImportResult(Path(name), Outcome.IMPORTED, study.id, joined=True)
        elif (doc_id := self._insert(name, info, sha256, size)) is not None:
            return ImportResult(Path(name), Outcome.IMPORTED, doc_id)  # (the name, for its line)
        return self.adopt(sha256)  # recorded by someone else just now: a duplicate

    def _study_of(self, info: formats.FileInfo) -> Document | None:
        """The record of the imaging study this DICOM file belongs to, if there is one yet."""
        uid = info.meta.get("study_uid") if info.format == "dicom" else None
        if not uid:
            return None
        rows = self.db.query(
            "SELECT * FROM documents WHERE format = 'dicom' AND trashed = 0 "
            "AND json_extract(meta, '$.study_uid') = ? ORDER BY id LIMIT 1", (uid,))
        return Document.from_row(rows[0]) if rows else None

    def _join_study(self, study: Document, path: Path, info: formats.FileInfo,
                    blob: StoredBlob) -> bool:
        """One more image of a study: its file joins the study's record, which counts it.
        False when a row for these bytes exists already (another import was first)."""
        from .formats.dicom import merged_series

        meta = {**study.meta, "series": merged_series(study.meta, info.meta)}
        member = {k: info.meta.get(k) for k in ("series_uid", "instance_number", "frames")}
        with self.db.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO document_files (document_id, sha256, name, size, meta) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING",
                (study.id, blob.sha256, display_name(path), blob.size, json.dumps(member)))
            if cur.rowcount == 0:
                return False
            conn.execute(
                "UPDATE documents SET pages = pages + ?, size = size + ?, meta = ? WHERE id = ?",
                (info.pages, blob.size, json.dumps(meta), study.id))
        return True

    def _discard(self, blob: StoredBlob) -> None:
        """Take back an object this import added, unless a row names it after all."""
        if not blob.is_new:
            return
        try:
            named = self.by_sha(blob.sha256) is not None
        except sqlite3.Error:  # the database is failing: this import made the object, no row
            named = False
        if not named:
            self.blobs.remove(blob.sha256)

    def _insert(self, name: str, info: formats.FileInfo, sha256: str, size: int,
                parts: builtins.list[tuple[Any, StoredBlob]] | None = None) -> int | None:
        """The new row's id; None when a row for these bytes exists already. ``parts``: files
        found inside this one, recorded in the same transaction."""
        with self.db.transaction() as conn:
            doc_id = self._insert_row(conn, name, info, sha256, size)
            if doc_id is not None and parts:
                self._insert_parts(conn, parts, doc_id)
            return doc_id

    def _came_inside(self, doc_id: int) -> tuple[int, ...]:
        rows = self.db.query("SELECT document_id FROM document_links WHERE came_with = ? "
                             "ORDER BY document_id", (doc_id,))
        return tuple(int(r[0]) for r in rows)

    def _insert_row(self, conn: sqlite3.Connection, name: str, info: formats.FileInfo,
                    sha256: str, size: int) -> int | None:
        """``_insert`` inside the caller's transaction."""
        now = dt.datetime.now().replace(microsecond=0).isoformat()
        # A file's odd date (year 1, 9999) is no date rather than one that breaks the packet.
        date = info.record_date if info.record_date and in_date_range(info.record_date) else None
        row = {
            "sha256": sha256,
            "original_name": name,
            "format": info.format,
            "kind": guess_kind(f"{name} {info.title or ''}", info.text, info.kind_hint),
            "title": _storable(usable_title(info.title)) or title_from_name(name),
            "record_date": date.isoformat() if date else None,
            "provider": _storable(info.provider),
            "body_part": _storable(info.body_part),
            "pages": info.pages,
            "size": size,
            "imported_at": now,
            # A password that opened a PDF is not kept: its decrypted copy is in readable/.
            "meta": json.dumps({**_without(info.meta, "pdf_password"), GUESSED: ["title", "kind"],
                                **({DATE_SOURCE: FILE_DATE} if date
                                   and info.date_is_file_date else {})}),
        }
        cur = conn.execute(
            f"INSERT INTO documents ({', '.join(row)}) "
            f"VALUES ({', '.join(':' + k for k in row)}) ON CONFLICT (sha256) DO NOTHING",
            row,
        )
        if cur.rowcount == 0:
            return None
        doc_id = cur.lastrowid
        assert doc_id is not None  # an INSERT that added a row sets lastrowid
        if info.text.strip():
            conn.execute(
                "INSERT INTO document_text (document_id, text) VALUES (?, ?)",
                (doc_id, _storable(info.text)),
            )
        if info.facts:
            insert_facts(conn, doc_id, info.facts)
        return doc_id

    def import_paths(
        self,
        paths: Iterable[Path],
        on_result: Callable[[int, int, ImportResult], None] | None = None,
        check_cancel: Callable[[], None] | None = None,
        password: str | None = None,
        patient: str | None = None,
    ) -> builtins.list[ImportResult]:  # (``list`` here is the method above)
        """Import files and folders. ``on_result(done, total, result)`` after each file.

        ``check_cancel`` raises ImportCancelled to stop; files already imported stay whole.
        ``password`` opens PDFs that need one (the patient's date of birth is tried as well);
        ``patient`` picks whose records to take from FHIR files of several patients.
        Workers check and store the next files while this thread records each one in its own
        transaction, in order: decoding and fsync waits overlap, the crash rules stay the same.
        """
        files = list(group_resource_folders(expand_paths(paths)))
        if patient and not patient.startswith("id:"):  # a Bulk export's files name ids only
            patient = resolve_in_files((f for f in files if isinstance(f, Path)), patient)
        keys = self._passwords(password, patient)
        results: list[ImportResult] = []
        pending: deque[tuple[Path, Future[ImportResult | _Prepared]]] = deque()
        upcoming = iter(files)
        with ThreadPoolExecutor(IMPORT_WORKERS, thread_name_prefix="import") as pool:

            def submit_next() -> None:
                item = next(upcoming, None)
                if isinstance(item, ImportResult):  # a folder skipped on the walk
                    done: Future[ImportResult | _Prepared] = Future()
                    done.set_result(item)
                    pending.append((item.path, done))
                elif item is not None:
                    pending.append((item.path if isinstance(item, ResourceFolder) else item,
                                    pool.submit(self._prepare, item, check_cancel, keys)))

            for _ in range(IMPORT_AHEAD):
                submit_next()
            try:
                while pending:
                    if check_cancel:
                        check_cancel()
                    path, future = pending.popleft()
                    submit_next()
                    try:
                        prepared = future.result()
                        result = prepared if isinstance(prepared, ImportResult) else (
                            self._record(prepared))
                    except Exception as exc:
                        if not _our_bug(exc):
                            raise
                        result = _failed_by_our_bug(path, exc)
                    results.append(result)
                    if on_result:
                        on_result(len(results), len(files), result)
            except BaseException:
                self._abandon(pending)
                raise
        return results

    def _abandon(self, pending: deque[tuple[Path, Future[ImportResult | _Prepared]]]) -> None:
        """After a cancel: files stored ahead but never recorded leave nothing behind."""
        for _path, future in pending:
            future.cancel()
        for _path, future in pending:
            if future.cancelled():
                continue
            try:
                prepared = future.result()
            except BaseException:  # noqa: BLE001 - that worker cleaned up after itself
                continue
            if isinstance(prepared, _Prepared):
                if prepared.blob is not None:
                    self._discard(prepared.blob)
                self._discard_parts(prepared)
                self._settle(prepared)


PATH_TOO_LONG = "its path is too long for the system to open; move it to a shorter path"
OUR_BUG_REASON = ("SecondOp ran into a problem of its own with this file; the file is unchanged "
                  "and the details were saved to the log")


def _our_bug(exc: Exception) -> bool:
    """Not a condition we recognise: a cancel, a vault or disk problem (which stop the whole
    import) or a reason for the patient."""
    return not isinstance(exc, SecondOpError | OSError | ImportCancelled)


def _failed_by_our_bug(path: Path, exc: Exception) -> ImportResult:
    """One file hit a bug of ours: logged with its traceback (not the file's name: patient
    data), reported as ours, and the other files of the drop go on."""
    log.error("A bug of ours while importing a file; the other files go on", exc_info=exc)
    return ImportResult(path, Outcome.FAILED, reason=OUR_BUG_REASON, error=exc)


@dataclass(frozen=True)
class Passwords:
    """What an import tries on a PDF that needs a password: the one the patient gave, then the
    date of birth in the forms labs use. It carries the import's other choice too: whose
    records to take from a FHIR file that holds several patients' (``patient``)."""

    given: str = ""
    birth_date: tuple[str, ...] = ()
    patient: str | None = None

    def all(self) -> list[str]:
        return [p for p in (self.given, *self.birth_date) if p]


@dataclass(frozen=True)
class StoredFile:
    """One stored file of a record."""

    sha256: str
    name: str
    path: Path
    meta: dict[str, Any]


def middle_outwards(files: list[StoredFile]) -> list[StoredFile]:
    """A study's files in series and instance order, from the middle one outwards: the order
    in which to look for an image that shows the study."""
    def order(f: StoredFile) -> tuple[str, int]:
        number = str(f.meta.get("instance_number", ""))
        return (f.meta.get("series_uid") or "", int(number) if number.isdigit() else 0)

    ordered = sorted(files, key=order)
    middle = len(ordered) // 2
    return [ordered[i] for i in sorted(range(len(ordered)), key=lambda i: (abs(i - middle), i))]


@dataclass(frozen=True)
class _Prepared:
    """A file recognised and stored, waiting for its row."""

    path: Path
    info: formats.FileInfo
    blob: StoredBlob | None  # None: a container whose parts are the records
    parts: builtins.list[tuple[Any, StoredBlob]] = field(default_factory=list)  # (Part, blob)


def _not_copied(path: Path, exc: OSError) -> ImportResult:
    return ImportResult(path, Outcome.REFUSED,
                        reason=f"the file could not be copied ({exc.strerror or exc})")


def _without(meta: dict[str, Any], key: str) -> dict[str, Any]:
    return {k: v for k, v in meta.items() if k != key}


def _storable(text: str | None) -> str:
    """Text SQLite can hold: lone surrogates (from broken PDF strings) become '?'."""
    return (text or "").encode("utf-8", "replace").decode("utf-8")


def _clean_field(key: str, value: object) -> object:
    if key == "kind":
        if value not in KINDS:
            raise ValidationError(f"The kind must be one of: {', '.join(KINDS)}.")
        return value
    if key == "record_date":
        if value in (None, ""):
            return None
        if isinstance(value, dt.date):
            return value.isoformat()
        try:
            return dt.date.fromisoformat(str(value)).isoformat()
        except ValueError as exc:
            raise ValidationError(f"'{value}' is not a date (use YYYY-MM-DD).") from exc
    if key == "tags":
        return ", ".join(split_tags(value if isinstance(value, (str, list, tuple)) else str(value)))
    if key == "title":
        text = str(value).strip()
        if not text:
            raise ValidationError("A record needs a title.")
        return text
    return str(value or "").strip()
