"""Documents in the vault: kinds, the record of one document and the store of their rows
(the import of files and folders is in ``importing``)."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import sqlite3
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import formats
from .blobs import BlobStore
from .db import Database
from .errors import QT_TRANSLATE_NOOP, NotFound, RefusedFile, ValidationError
from .secure import secure_dir

VAULT_DB_NAME = "vault.sqlite3"  # vault.py imports this module, so the name is repeated here
KINDS = ("imaging", "labs", "reports", "other")
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


# Decrypted/repaired copies of stored PDFs, beside objects/: derived, made again when missing.
READABLE_FOLDER = "readable"


class DocumentStore:
    """Documents' rows; the files themselves live in the BlobStore."""

    COLUMNS = ("title", "kind", "record_date", "provider", "body_part", "tags", "notes")

    def __init__(self, db: Database, blobs: BlobStore) -> None:
        self.db = db
        self.blobs = blobs

    # -- reading -------------------------------------------------------------------------------
    def records(self, trashed: bool | None = False) -> list[Document]:
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
            raise NotFound(QT_TRANSLATE_NOOP(
                "Reason", "There is no record number {doc_id} in this vault."), doc_id=doc_id)
        return Document.from_row(rows[0])

    def by_sha(self, sha256: str) -> Document | None:
        """The record holding these bytes: as its file, or as one file of its imaging study."""
        rows = self.db.query(
            "SELECT * FROM documents WHERE sha256 = :sha OR id = "
            "(SELECT document_id FROM document_files WHERE sha256 = :sha)", {"sha": sha256})
        return Document.from_row(rows[0]) if rows else None

    def files(self, doc: Document | int) -> list[StoredFile]:
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

    def stored_objects(self) -> list[tuple[str, int, str]]:
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
        birth_date = [p for p in self.birth_date_passwords() if p]
        for password in dict.fromkeys([kept, *birth_date, ""]):
            try:
                self.write_readable(doc.sha256, stored, password)
                return
            except RefusedFile as exc:
                if not formats.needs_password(exc.reason):
                    raise
        raise RefusedFile(QT_TRANSLATE_NOOP(
            "Reason", "its decrypted copy in the vault's readable folder is gone and the password "
                      "is not kept; import the file again with its password"))

    def birth_date_passwords(self) -> list[str]:
        """The patient's date of birth in the forms labs use as a PDF's password."""
        from .profile import KeyValueSection, Profile

        try:
            dob = KeyValueSection(self.db, "patient", Profile).get().dob_date
        except ValueError:  # a date of birth stored by hand in another form: not a password
            dob = None
        return formats.pdf_passwords_for(dob)

    def has_readable_copy(self, sha256: str) -> bool:
        return self._readable_copy(sha256).is_file()

    def _readable_copy(self, sha256: str) -> Path:
        return self.blobs.root.parent / READABLE_FOLDER / f"{sha256}.pdf"

    def write_readable(self, sha256: str, stored: Path, password: str) -> None:
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

    def came_with(self, doc_id: int) -> int | None:
        """The record a file was found inside (a PDF in a portal zip or a C-CDA), if any."""
        rows = self.db.query("SELECT came_with FROM document_links WHERE document_id = ?",
                             (doc_id,))
        return int(rows[0][0]) if rows else None

    # -- editing -------------------------------------------------------------------------------
    def update(self, doc_id: int, **changes: object) -> Document:
        """Change title, kind, record_date, provider, body_part, tags or notes."""
        values: dict[str, object] = {}
        for key, value in changes.items():
            if key not in self.COLUMNS:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Reason", "'{key}' cannot be changed."), key=key)
            values[key] = _clean_field(key, value)
        if values:
            assignments = ", ".join(f"{k} = :{k}" for k in values)
            with self.db.transaction() as conn:
                cur = conn.execute(
                    f"UPDATE documents SET {assignments} WHERE id = :id", {**values, "id": doc_id}
                )
                if cur.rowcount == 0:
                    raise NotFound(QT_TRANSLATE_NOOP(
                        "Reason", "There is no record number {doc_id} in this vault."),
                        doc_id=doc_id)
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
        unique = list(dict.fromkeys(ids))
        with self.db.transaction() as conn:
            cur = conn.executemany("UPDATE documents SET trashed = ? WHERE id = ?",
                                   [(int(trashed), doc_id) for doc_id in unique])
            if cur.rowcount < len(unique):
                found = {r[0] for r in conn.execute(
                    f"SELECT id FROM documents WHERE id IN ({','.join('?' * len(unique))})",
                    unique)}
                missing = next(i for i in unique if i not in found)
                raise NotFound(QT_TRANSLATE_NOOP(
                    "Reason", "There is no record number {missing} in this vault."),
                    missing=missing)

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


def _storable(text: str | None) -> str:
    """Text SQLite can hold: lone surrogates (from broken PDF strings) become '?'."""
    return (text or "").encode("utf-8", "replace").decode("utf-8")


def _clean_field(key: str, value: object) -> object:
    if key == "kind":
        if value not in KINDS:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Reason", "The kind must be one of: {choices}."), choices=', '.join(KINDS))
        return value
    if key == "record_date":
        if value in (None, ""):
            return None
        if isinstance(value, dt.date):
            return value.isoformat()
        try:
            return dt.date.fromisoformat(str(value)).isoformat()
        except ValueError as exc:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Reason", "'{value}' is not a date (use YYYY-MM-DD)."), value=value) from exc
    if key == "tags":
        return ", ".join(split_tags(value if isinstance(value, (str, list, tuple)) else str(value)))
    if key == "title":
        text = str(value).strip()
        if not text:
            raise ValidationError(QT_TRANSLATE_NOOP("Reason", "A record needs a title."))
        return text
    return str(value or "").strip()
