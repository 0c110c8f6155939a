"""Documents in the vault: kinds, the record of one document, and importing files and folders."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import sqlite3
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from . import formats
from .blobs import BlobStore, StoredBlob
from .db import Database
from .errors import NotFound, RefusedFile, ValidationError

# Files checked and stored ahead of the one being recorded (decoding overlaps fsync waits).
IMPORT_WORKERS = 4
IMPORT_AHEAD = 12
VAULT_DB_NAME = "vault.sqlite3"  # vault.py imports this module, so the name is repeated here
KINDS = ("imaging", "labs", "reports", "other")
KIND_LABELS = {"imaging": "Imaging", "labs": "Labs", "reports": "Reports", "other": "Other"}

# A short word counts only on its own: "ct" in ct_chest.pdf, not in contract.pdf.
_ALONE = r"(?<![a-z])(?:{})(?![a-z])"
_KIND_WORDS = {
    # Not a bare "scan": scanners name every file scan_0001.pdf, whatever the paper says.
    "imaging": _ALONE.format("ct|pet|mrt") + r"|mri|x[-_ ]?ray|xray|bone[-_ ]?scan|ultrasound|"
    r"sonograph|mammo|radiolog|imaging|angiogra|echocardio|dicom|dexa",
    "labs": _ALONE.format("labs?|cbc") + r"|blood|panel|hba1c|lipid|urin|culture|biochem|"
    r"haematolog|hematolog|test[-_ ]?results?|results",
    "reports": r"report|letter|summary|discharge|consult|patholog|biopsy|referral|opinion|"
    r"clinic|note|findings|operative|histolog",
}


def guess_kind(name: str, text: str = "", hint: str | None = None) -> str:
    """imaging / labs / reports / other from what the file is, its name and its first text."""
    if hint in KINDS:
        return hint
    haystacks = (name.lower(), text[:3000].lower())
    for haystack in haystacks:
        for kind, pattern in _KIND_WORDS.items():
            if re.search(pattern, haystack):
                return kind
    return "other"


def display_name(path: Path) -> str:
    """The file's name as text that can be stored and shown: bytes that are not valid in the
    file system's encoding (an old USB stick, a zip from elsewhere) become �."""
    return os.fsencode(path.name).decode("utf-8", "replace")


def title_from_name(name: str) -> str:
    stem = Path(name).stem
    stem = re.sub(r"[_]+", " ", stem).strip()
    return stem[:1].upper() + stem[1:] if stem else name


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
    meta: dict = field(default_factory=dict)

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

    def as_json(self) -> dict:
        """The shape ``secondop list --json`` prints."""
        return {
            "id": self.id,
            "title": self.title,
            "kind": self.kind,
            "date": self.record_date.isoformat() if self.record_date else None,
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


@dataclass(frozen=True)
class ImportResult:
    path: Path
    outcome: Outcome
    document_id: int | None = None
    reason: str = ""
    existing_title: str = ""

    @property
    def name(self) -> str:
        return display_name(self.path)

    def line(self) -> str:
        """One line for the CLI and the import summary."""
        if self.outcome is Outcome.REFUSED:
            return f"refused {self.name}: {self.reason}"
        return f"{self.outcome.value} {self.document_id} {self.name}"


class ImportCancelled(Exception):
    """Raised inside an import to stop between (or inside) files; whole files stay imported."""


def _is_hidden(path: Path) -> bool:
    if path.name.startswith(".") or path.name in {"Thumbs.db", "desktop.ini", "__MACOSX"}:
        return True
    attrs = getattr(os.stat(path, follow_symlinks=False), "st_file_attributes", 0)
    return bool(attrs & 0x6)  # Windows FILE_ATTRIBUTE_HIDDEN | FILE_ATTRIBUTE_SYSTEM


def expand_paths(paths: Iterable[Path]) -> Iterator[Path]:
    """Files named directly, and every file inside named folders (recursive, sorted).

    Hidden and system files inside folders are skipped, and so is a vault folder; a file named
    directly is always tried.
    """
    for path in paths:
        path = Path(path)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                if VAULT_DB_NAME in files and "objects" in dirs:
                    dirs[:] = []  # a vault's own files are no records to import
                    continue
                dirs[:] = sorted(d for d in dirs if not _is_hidden(Path(root) / d))
                for name in sorted(files):
                    candidate = Path(root) / name
                    if not _is_hidden(candidate):
                        yield candidate
        else:
            yield path


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
        rows = self.db.query("SELECT * FROM documents WHERE sha256 = ?", (sha256,))
        return Document.from_row(rows[0]) if rows else None

    def path(self, doc: Document | int) -> Path:
        if isinstance(doc, int):
            doc = self.get(doc)
        return self.blobs.path_for(doc.sha256)

    def text(self, doc_id: int) -> str:
        rows = self.db.query("SELECT text FROM document_text WHERE document_id = ?", (doc_id,))
        return rows[0]["text"] if rows else ""

    def texts(self) -> dict[int, str]:
        return {r["document_id"]: r["text"] for r in self.db.query("SELECT * FROM document_text")}

    def count(self) -> int:
        return self.db.query("SELECT count(*) FROM documents")[0][0]

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
        return self.get(doc_id)

    def set_trashed(self, doc_id: int, trashed: bool) -> None:
        with self.db.transaction() as conn:
            cur = conn.execute(
                "UPDATE documents SET trashed = ? WHERE id = ?", (int(trashed), doc_id)
            )
            if cur.rowcount == 0:
                raise NotFound(f"There is no record number {doc_id} in this vault.")

    def delete_forever(self, doc_id: int) -> None:
        """Remove the row, then the object if no other document refers to it."""
        doc = self.get(doc_id)
        with self.db.transaction() as conn:
            conn.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
            still_used = conn.execute(
                "SELECT count(*) FROM documents WHERE sha256 = ?", (doc.sha256,)
            ).fetchone()[0]
        if not still_used:
            self.blobs.remove(doc.sha256)

    # -- importing -----------------------------------------------------------------------------
    def import_file(
        self, path: Path, check_cancel: Callable[[], None] | None = None
    ) -> ImportResult:
        """Import one file. Never raises for a bad file: the result says why it was refused."""
        prepared = self._prepare(Path(path), check_cancel)
        if isinstance(prepared, ImportResult):
            return prepared
        return self._record(prepared)

    def _prepare(
        self, path: Path, check_cancel: Callable[[], None] | None
    ) -> ImportResult | _Prepared:
        """Recognise the file and put its bytes in the store (fsynced): no database work, so it
        can run ahead on a worker thread while earlier files are being recorded."""
        try:
            if not path.is_file():
                raise RefusedFile("not a file that can be read" if path.exists()
                                  else "there is no such file")
            data = formats.read_small(path)  # read once: what is checked is what is stored
            sha = hashlib.sha256(data).hexdigest() if data is not None else None
            if sha and (known := self.by_sha(sha)) and self.blobs.path_for(sha).exists():
                # Seen before (a folder dropped again): no need to decode it again.
                return ImportResult(path, Outcome.DUPLICATE, known.id, existing_title=known.title)
            info = formats.inspect(path, data)
            if check_cancel:
                check_cancel()
            if data is not None:
                blob = self.blobs.put_bytes(data, sha)
            else:
                blob = self.blobs.put_file(path, check_cancel)
            return _Prepared(path, info, blob)
        except RefusedFile as exc:
            return ImportResult(path, Outcome.REFUSED, reason=exc.reason)
        except OSError as exc:
            return _not_copied(path, exc)

    def _record(self, prepared: _Prepared) -> ImportResult:
        """The row for a stored file, in one transaction; a duplicate names the existing row."""
        path, info, blob = prepared.path, prepared.info, prepared.blob
        try:
            existing = self.by_sha(blob.sha256)
            if existing is not None:  # (an object that had gone missing is now back in place)
                return ImportResult(
                    path, Outcome.DUPLICATE, existing.id, existing_title=existing.title
                )
            if not blob.path.exists():  # the same bytes, refused a moment ago, took it along
                blob = self.blobs.put_file(path)
            doc_id = self._insert(path, info, blob.sha256, blob.size)
        except BaseException as exc:
            self._discard(blob)
            if isinstance(exc, OSError):
                return _not_copied(path, exc)
            if isinstance(exc, Exception):  # cancel and interrupts go on up
                return ImportResult(
                    path, Outcome.REFUSED, reason=f"the vault could not be written ({exc})"
                )
            raise
        return ImportResult(path, Outcome.IMPORTED, doc_id)

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

    def _insert(self, path: Path, info: formats.FileInfo, sha256: str, size: int) -> int:
        now = dt.datetime.now().replace(microsecond=0).isoformat()
        name = display_name(path)
        row = {
            "sha256": sha256,
            "original_name": name,
            "format": info.format,
            "kind": guess_kind(f"{name} {info.title or ''}", info.text, info.kind_hint),
            "title": _storable(info.title) or title_from_name(name),
            "record_date": info.record_date.isoformat() if info.record_date else None,
            "provider": _storable(info.provider),
            "body_part": _storable(info.body_part),
            "pages": info.pages,
            "size": size,
            "imported_at": now,
            "meta": json.dumps(info.meta),
        }
        with self.db.transaction() as conn:
            cur = conn.execute(
                f"INSERT INTO documents ({', '.join(row)}) "
                f"VALUES ({', '.join(':' + k for k in row)})",
                row,
            )
            doc_id = cur.lastrowid
            if info.text.strip():
                conn.execute(
                    "INSERT INTO document_text (document_id, text) VALUES (?, ?)",
                    (doc_id, _storable(info.text)),
                )
        return int(doc_id)

    def import_paths(
        self,
        paths: Iterable[Path],
        on_result: Callable[[int, int, ImportResult], None] | None = None,
        check_cancel: Callable[[], None] | None = None,
    ) -> list[ImportResult]:
        """Import files and folders. ``on_result(done, total, result)`` after each file.

        ``check_cancel`` raises ImportCancelled to stop; files already imported stay whole.
        Workers check and store the next files while this thread records each one in its own
        transaction, in order: decoding and fsync waits overlap, the crash rules stay the same.
        """
        files = list(expand_paths(paths))
        results: list[ImportResult] = []
        pending: deque[Future[ImportResult | _Prepared]] = deque()
        upcoming = iter(files)
        with ThreadPoolExecutor(IMPORT_WORKERS, thread_name_prefix="import") as pool:

            def submit_next() -> None:
                path = next(upcoming, None)
                if path is not None:
                    pending.append(pool.submit(self._prepare, path, check_cancel))

            for _ in range(IMPORT_AHEAD):
                submit_next()
            try:
                while pending:
                    if check_cancel:
                        check_cancel()
                    prepared = pending.popleft().result()
                    submit_next()
                    result = prepared if isinstance(prepared, ImportResult) else (
                        self._record(prepared))
                    results.append(result)
                    if on_result:
                        on_result(len(results), len(files), result)
            except BaseException:
                self._abandon(pending)
                raise
        return results

    def _abandon(self, pending: deque[Future[ImportResult | _Prepared]]) -> None:
        """After a cancel: files stored ahead but never recorded leave nothing behind."""
        for future in pending:
            future.cancel()
        for future in pending:
            if future.cancelled():
                continue
            try:
                prepared = future.result()
            except BaseException:  # noqa: BLE001 - that worker cleaned up after itself
                continue
            if isinstance(prepared, _Prepared):
                self._discard(prepared.blob)


@dataclass(frozen=True)
class _Prepared:
    """A file recognised and stored, waiting for its row."""

    path: Path
    info: formats.FileInfo
    blob: StoredBlob


def _not_copied(path: Path, exc: OSError) -> ImportResult:
    return ImportResult(path, Outcome.REFUSED,
                        reason=f"the file could not be copied ({exc.strerror or exc})")


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
