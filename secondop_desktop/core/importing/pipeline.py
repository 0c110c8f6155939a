"""The import pipeline: each file is checked and stored on a worker thread (prepare), then
recorded in its own transaction, in order, on the calling thread (record); a cancel takes back
what was stored ahead and never recorded (abandon)."""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import json
import logging
import sqlite3
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import formats
from ..blobs import StoredBlob
from ..clinical import insert_facts
from ..documents import (
    DATE_SOURCE,
    FILE_DATE,
    GUESSED,
    Document,
    DocumentStore,
    _storable,
    display_name,
    guess_kind,
    title_from_name,
    usable_title,
)
from ..errors import QT_TRANSLATE_NOOP, Reason, RefusedFile, SecondOpError
from ..portal.patients import resolve_in_files
from ..portal.resource_folder import ResourceFolder, group_resource_folders
from ..validate import in_date_range
from .results import OUR_BUG_REASON, PATH_TOO_LONG, ImportCancelled, ImportResult, Outcome
from .walk import expand_paths

log = logging.getLogger(__name__)

# Files checked and stored ahead of the one being recorded (decoding overlaps fsync waits). Two
# workers import 620 scans about as fast as four (0.86x against 0.80x of `cp -r` + `sha256sum`)
# and leave Python's lock to the window far more often: with the GUI's 1 ms switch interval
# (ui/operations.py), the longest stall of the window while 500 files arrive was 20-39 ms with
# two workers, 39-63 ms with four (2 cores).
IMPORT_WORKERS = 2
IMPORT_AHEAD = 12
# Names for records rebuilt from stored files, whose original names were lost with the database.
RECOVERED_SUFFIX = {"pdf": ".pdf", "jpeg": ".jpg", "png": ".png", "tiff": ".tif", "heic": ".heic",
                    "dicom": ".dcm"}


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
class _Prepared:
    """A file recognised and stored, waiting for its row."""

    path: Path
    info: formats.FileInfo
    blob: StoredBlob | None  # None: a container whose parts are the records
    parts: list[tuple[Any, StoredBlob]] = field(default_factory=list)  # (Part, blob)


class Importer:
    """Imports files and folders into a vault's documents (and adopts stored objects no record
    names); the rows it writes are read through ``documents``."""

    def __init__(self, documents: DocumentStore) -> None:
        self.documents = documents
        self.db = documents.db
        self.blobs = documents.blobs

    def import_paths(
        self,
        paths: Iterable[Path],
        on_result: Callable[[int, int, ImportResult], None] | None = None,
        check_cancel: Callable[[], None] | None = None,
        password: str | None = None,
        patient: str | None = None,
    ) -> list[ImportResult]:
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
        return Passwords(given or "", tuple(self.documents.birth_date_passwords()), patient)

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
                raise RefusedFile(QT_TRANSLATE_NOOP("Reason", "not a file that can be read")
                                  if path.exists()
                                  else QT_TRANSLATE_NOOP("Reason", "there is no such file"))
            data = formats.read_small(path)  # read once: what is checked is what is stored
            sha = hashlib.sha256(data).hexdigest() if data is not None else None
            if sha and (known := self.documents.by_sha(sha)) and self.blobs.path_for(sha).exists():
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
                    self.documents.write_readable(blob.sha256, blob.path,
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
            if (known := self.documents.by_sha(sha)) and self.blobs.path_for(sha).exists():
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
            existing = self.documents.by_sha(blob.sha256)
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
                existing = self.documents.by_sha(blob.sha256)
                if existing is None:
                    raise sqlite3.IntegrityError("the row that refused ours is gone")
        except BaseException as exc:
            self._discard(blob)
            self._discard_parts(prepared)
            if isinstance(exc, OSError):
                return _not_copied(path, exc)
            if isinstance(exc, Exception):  # cancel and interrupts go on up
                return _not_written(path, exc)
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
                return _not_written(path, exc)
            raise
        if not made:
            first = self.documents.by_sha(prepared.parts[0][1].sha256) if prepared.parts else None
            return ImportResult(path, Outcome.DUPLICATE, first.id if first else None,
                                existing_title=first.title if first else "")
        return ImportResult(path, Outcome.IMPORTED, made[0], more_ids=tuple(made[1:]))

    def _insert_parts(self, conn: sqlite3.Connection, parts: list[tuple[Any, StoredBlob]],
                      outer_id: int | None) -> list[int]:
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

    def adopt(self, sha256: str) -> ImportResult:
        """Make a record of a stored object no record names (recovery): its format is read
        again; the original name is not known any more."""
        path = self.blobs.path_for(sha256)
        existing = self.documents.by_sha(sha256)
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
        from ..formats.dicom import merged_series

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
            named = self.documents.by_sha(blob.sha256) is not None
        except sqlite3.Error:  # the database is failing: this import made the object, no row
            named = False
        if not named:
            self.blobs.remove(blob.sha256)

    def _insert(self, name: str, info: formats.FileInfo, sha256: str, size: int,
                parts: list[tuple[Any, StoredBlob]] | None = None) -> int | None:
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


def _our_bug(exc: Exception) -> bool:
    """Not a condition we recognise: a cancel, a vault or disk problem (which stop the whole
    import) or a reason for the patient."""
    return not isinstance(exc, SecondOpError | OSError | ImportCancelled)


def _failed_by_our_bug(path: Path, exc: Exception) -> ImportResult:
    """One file hit a bug of ours: logged with its traceback (not the file's name: patient
    data), reported as ours, and the other files of the drop go on."""
    log.error("A bug of ours while importing a file; the other files go on", exc_info=exc)
    return ImportResult(path, Outcome.FAILED, reason=OUR_BUG_REASON, error=exc)


def _not_copied(path: Path, exc: OSError) -> ImportResult:
    return ImportResult(path, Outcome.REFUSED, reason=Reason(QT_TRANSLATE_NOOP(
        "Reason", "the file could not be copied ({problem})"), problem=exc.strerror or exc))


def _not_written(path: Path, exc: Exception) -> ImportResult:
    return ImportResult(path, Outcome.REFUSED, reason=Reason(QT_TRANSLATE_NOOP(
        "Reason", "the vault could not be written ({problem})"), problem=exc))


def _without(meta: dict[str, Any], key: str) -> dict[str, Any]:
    return {k: v for k, v in meta.items() if k != key}
