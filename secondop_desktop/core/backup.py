"""Backup and restore of a whole vault as one archive file.

The archive is a tar file: ``vault.sqlite3`` (a consistent copy made with SQLite's online backup
API while the app keeps working), every stored object, and ``manifest.json`` last, with the SHA-256
and size of each file and the list of records. With a passphrase the tar stream is sealed
(core.sealed: AES-GCM, scrypt). The archive is written under a temporary name and renamed.

Restore reads the archive twice: first it checks every file against the manifest without writing
anything, then it unpacks into a hidden folder beside the target, checks again, and renames that
folder into place. It only ever makes a new vault.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import sqlite3
import tarfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from .blobs import CHUNK, LOST_FOUND
from .db import SCHEMA_VERSION, Database
from .errors import QT_TRANSLATE_NOOP, Reason, SecondOpError
from .sealed import OpeningReader, SealError, SealingWriter, WrongPassphrase, is_sealed
from .secure import fsync_dir, secure_dir, secure_file
from .workfiles import Ledger, make_folders, private_dir, work_name

DB_NAME = "vault.sqlite3"
MANIFEST = "manifest.json"
# Files set aside in lost+found are the patient's too: named by hash, or hash.<pid>-<n> when
# different bytes were set aside under the same name.
LOST_NAME = re.compile(r"[0-9a-f]{64}(\.[0-9]+-[0-9]+)?")
READABLE = "readable"  # documents.READABLE_FOLDER
READABLE_NAME = re.compile(r"[0-9a-f]{64}\.pdf")
FORMAT = "secondop-backup"
VERSION = 1
LAST_BACKUP_KEY = "backup.last"
REMIND_AFTER = dt.timedelta(days=30)
COPY_CHUNK = 1 << 20

Progress = Callable[[int, int], None]
Manifest = dict[str, Any]
Cancel = Callable[[], None]

__all__ = ["BackupError", "PassphraseNeeded", "SealError", "WrongPassphrase", "create_backup",
           "restore_backup", "read_manifest"]


class BackupError(SecondOpError):
    """A backup could not be made or restored; the message says why."""


class PassphraseNeeded(BackupError):
    """The archive is sealed and no passphrase was given."""


@dataclass(frozen=True)
class BackupResult:
    path: Path
    records: int
    files: int
    size: int
    sealed: bool


@dataclass(frozen=True)
class RestoreResult:
    vault: Path
    records: int
    files: int


# -- reminders -------------------------------------------------------------------------------
def last_backup(db: Database) -> dt.datetime | None:
    rows = db.query("SELECT value FROM profile WHERE key = ?", (LAST_BACKUP_KEY,))
    return dt.datetime.fromisoformat(rows[0]["value"]) if rows else None


def note_backup(db: Database, when: dt.datetime | None = None) -> None:
    stamp = (when or dt.datetime.now()).isoformat(timespec="seconds")
    with db.transaction() as conn:
        conn.execute("INSERT INTO profile (key, value) VALUES (?, ?) ON CONFLICT (key) "
                     "DO UPDATE SET value = excluded.value", (LAST_BACKUP_KEY, stamp))


def backup_due(db: Database, now: dt.datetime | None = None) -> bool:
    """True when the vault has records and no backup in the last 30 days."""
    if not db.query("SELECT 1 FROM documents LIMIT 1"):
        return False
    last = last_backup(db)
    return last is None or (now or dt.datetime.now()) - last > REMIND_AFTER


# -- backup ----------------------------------------------------------------------------------
def create_backup(vault_root: Path, out: Path, passphrase: str | None = None,
                  progress: Progress | None = None, cancel: Cancel | None = None) -> BackupResult:
    """Write the vault at ``vault_root`` to ``out``. Safe while the vault is in use.

    The archive is written under a work name beside ``out`` (recorded in the vault's ledger, so
    a killed run's file is removed at the next start); the database snapshot is made in the
    vault's private folder, never beside the archive.
    """
    progress, cancel = progress or (lambda *_: None), cancel or (lambda: None)
    vault_root, out = Path(vault_root), Path(out).expanduser()
    if out.resolve().is_relative_to(vault_root.resolve()):
        raise BackupError(QT_TRANSLATE_NOOP("Reason", "Save the backup outside the vault folder."))
    try:
        make_folders(out.parent)  # (an automatic backup's folder; the CLI refuses)
    except OSError as exc:
        raise BackupError(_disk_reason(exc, out.parent)) from exc
    private = private_dir(vault_root)
    ledger = Ledger(private)
    try:
        with ledger.tracking(private / work_name("vault", "snapshot")) as snapshot, \
                ledger.tracking(out.parent / (work_name(out.name, "backup") + ".part")) as tmp:
            counts = _write_archive(vault_root, snapshot, tmp, passphrase, progress, cancel)
            cancel()
            os.replace(tmp, out)
            fsync_dir(out.parent)
    except OSError as exc:
        raise BackupError(_disk_reason(exc, out.parent)) from exc
    progress(counts.total, counts.total)
    return BackupResult(out, counts.records, counts.files, out.stat().st_size, bool(passphrase))


@dataclass(frozen=True)
class _Counts:
    records: int
    files: int
    total: int  # bytes


def _write_archive(vault_root: Path, snapshot: Path, tmp: Path, passphrase: str | None,
                   progress: Progress, cancel: Cancel) -> _Counts:
    files: dict[str, dict[str, object]] = {}
    done = 0
    with open(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb") as raw:
        # (sealed: the key is derived on a thread meanwhile, from here on)
        stream: BinaryIO = SealingWriter(raw, passphrase) if passphrase else raw  # type: ignore[assignment]
        try:
            _snapshot_database(vault_root / DB_NAME, snapshot)
            records, objects, schema = _records_of(snapshot)
            sources = [(DB_NAME, snapshot)] + [
                (f"objects/{sha[:2]}/{sha}", vault_root / "objects" / sha[:2] / sha)
                for sha in objects] + [
                (f"{LOST_FOUND}/{path.name}", path) for path in _set_aside(vault_root)] + [
                (f"{READABLE}/{path.name}", path) for path in _readable_copies(vault_root)]
            total = sum(_size(path, name) for name, path in sources)
            with tarfile.TarFile(fileobj=stream, mode="w", format=tarfile.PAX_FORMAT,
                                 copybufsize=COPY_CHUNK) as tar:
                for name, path in sources:
                    cancel()
                    digest, size = _add_file(tar, name, path, cancel,
                                             _offset(progress, done, total))
                    done += size
                    if name.startswith("objects/") and digest != name.rsplit("/", 1)[1]:
                        raise BackupError(QT_TRANSLATE_NOOP(
                            "Reason", "A stored file ({name}) has changed on disk; run 'verify' "
                                      "to see which record, then back up again."), name=name)
                    files[name] = {"sha256": digest, "size": size}
                manifest = {
                    "format": FORMAT, "version": VERSION, "schema_version": schema,
                    "created": dt.datetime.now().isoformat(timespec="seconds"),
                    "records": records, "files": files,
                }
                _add_bytes(tar, MANIFEST, json.dumps(manifest, indent=1).encode())
            if isinstance(stream, SealingWriter):
                stream.close()  # its last chunk, before the fsync
        except BaseException:
            if isinstance(stream, SealingWriter):
                stream.abandon()  # no last chunk into a file that failed (a full disk)
            raise
        raw.flush()
        os.fsync(raw.fileno())
    return _Counts(len(records), len(files), total)


def _readable_copies(vault_root: Path) -> list[Path]:
    """Decrypted copies of PDFs that needed a password: the password is not kept, so these
    cannot be made again after a restore."""
    folder = vault_root / READABLE
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_file() and READABLE_NAME.fullmatch(p.name))


def _set_aside(vault_root: Path) -> list[Path]:
    """The files in the vault's lost+found (kept, not recorded: backed up all the same)."""
    folder = vault_root / LOST_FOUND
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_file() and LOST_NAME.fullmatch(p.name))


def _offset(progress: Progress, base: int, total: int) -> Callable[[int], None]:
    """Progress within one file, reported as progress within the whole backup."""
    return lambda n: progress(base + n, total)


def _size(path: Path, name: str) -> int:
    try:
        return path.stat().st_size
    except FileNotFoundError:
        raise BackupError(QT_TRANSLATE_NOOP(
            "Reason", "A stored file ({name}) is missing; run 'verify' to see which record."),
            name=name) from None


def _snapshot_database(source: Path, target: Path) -> None:
    """A consistent copy through SQLite's online backup API (one step: one snapshot)."""
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    except sqlite3.DatabaseError as exc:
        raise BackupError(QT_TRANSLATE_NOOP(
            "Reason", "The vault database could not be copied ({exc})."), exc=exc) from exc
    finally:
        src.close()
    secure_file(target)


def _records_of(db_path: Path) -> tuple[list[dict[str, Any]], list[str], int]:
    """The records, every object they name (an imaging study's members too), the schema."""
    conn = sqlite3.connect(db_path)
    try:
        conn.row_factory = sqlite3.Row
        rows = conn.execute("SELECT id, sha256, size, title FROM documents ORDER BY id")
        records = [dict(r) for r in rows]
        objects = sorted(r[0] for r in conn.execute(
            "SELECT sha256 FROM documents UNION SELECT sha256 FROM document_files"))
        schema = int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()
    return records, objects, schema


class _Hashing:
    """A file wrapper that hashes what tarfile reads from it, reporting progress."""

    def __init__(self, handle: BinaryIO, cancel: Cancel, progress: Callable[[int], None]):
        self.handle, self.cancel, self.progress = handle, cancel, progress
        self.digest = hashlib.sha256()
        self.count = 0

    def read(self, size: int = -1) -> bytes:
        self.cancel()
        data = self.handle.read(size)
        self.digest.update(data)
        self.count += len(data)
        self.progress(self.count)
        return data


def _add_file(tar: tarfile.TarFile, name: str, path: Path, cancel: Cancel,
              progress: Callable[[int], None]) -> tuple[str, int]:
    with open(path, "rb") as handle:
        info = tarfile.TarInfo(name)
        info.size = os.fstat(handle.fileno()).st_size
        info.mode = 0o600
        reader = _Hashing(handle, cancel, progress)
        tar.addfile(info, reader)
    return reader.digest.hexdigest(), info.size


def _add_bytes(tar: tarfile.TarFile, name: str, data: bytes) -> None:
    import io

    info = tarfile.TarInfo(name)
    info.size, info.mode = len(data), 0o600
    tar.addfile(info, io.BytesIO(data))


def _disk_reason(exc: OSError, folder: Path) -> Reason:
    import errno

    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return Reason(QT_TRANSLATE_NOOP(
            "Reason", "There is not enough free space on the disk for the backup."))
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return Reason(QT_TRANSLATE_NOOP(
            "Reason", "The folder {folder} cannot be written to (permission denied)."),
            folder=folder)
    return Reason(QT_TRANSLATE_NOOP("Reason", "The backup could not be written ({problem})."),
                  problem=exc.strerror or exc)


# -- automatic backups -----------------------------------------------------------------------
AUTO_PREFIX = "SecondOp automatic backup "
AUTO_SUFFIX = ".secondop-backup"


def auto_backup(vault_root: Path, folder: Path, keep: int, now: dt.datetime | None = None,
                progress: Progress | None = None, cancel: Cancel | None = None) -> BackupResult:
    """A dated backup into ``folder``; then only the newest ``keep`` automatic ones stay.

    Only files this function named are ever removed, and only after the new one is complete.
    """
    stamp = (now or dt.datetime.now()).strftime("%Y-%m-%d %H%M%S")
    result = create_backup(vault_root, Path(folder) / f"{AUTO_PREFIX}{stamp}{AUTO_SUFFIX}",
                           None, progress, cancel)
    ours = sorted(p for p in Path(folder).glob(f"{AUTO_PREFIX}*{AUTO_SUFFIX}") if p.is_file())
    for old in ours[:-max(1, keep)]:
        old.unlink(missing_ok=True)
    return result


# -- restore ---------------------------------------------------------------------------------
@contextmanager
def _members(archive: Path, passphrase: str | None) -> Iterator[Iterator[tuple[str, BinaryIO]]]:
    """(name, file) of each member in archive order; every damage becomes a BackupError."""
    try:
        raw = open(archive, "rb")
    except OSError as exc:
        raise BackupError(QT_TRANSLATE_NOOP(
            "Reason", "The backup {name} cannot be read ({problem})."),
            name=archive.name, problem=exc.strerror or exc) from exc
    with raw:
        sealed = is_sealed(archive)
        if sealed and not passphrase:
            raise PassphraseNeeded(QT_TRANSLATE_NOOP(
                "Reason", "This backup is protected by a passphrase; enter it to restore."))
        stream: BinaryIO = OpeningReader(raw, passphrase or "") if sealed else raw  # type: ignore[assignment]

        def members() -> Iterator[tuple[str, BinaryIO]]:
            with tarfile.open(fileobj=stream, mode="r|", bufsize=CHUNK) as tar:
                for member in tar:
                    if not member.isfile():
                        raise BackupError(QT_TRANSLATE_NOOP(
                            "Reason", "The backup holds an unexpected entry ({name})."),
                            name=member.name)
                    handle = tar.extractfile(member)
                    assert handle is not None
                    yield member.name, handle  # type: ignore[misc]

        try:  # a SealError (wrong passphrase, altered data) says why itself
            yield members()
        except (tarfile.ReadError, EOFError) as exc:  # also raised while a member is read
            if "unexpected end" in str(exc) or isinstance(exc, EOFError):
                raise BackupError(QT_TRANSLATE_NOOP(
                    "Reason", "The backup is incomplete: the file is cut short.")) from exc
            raise BackupError(QT_TRANSLATE_NOOP(
                "Reason", "This is not a SecondOp backup, or it is damaged ({exc})."),
                exc=exc) from exc


def _allowed(name: str) -> bool:
    if name in (DB_NAME, MANIFEST):
        return True
    parts = name.split("/")
    if len(parts) == 2 and parts[0] == LOST_FOUND:
        return bool(LOST_NAME.fullmatch(parts[1]))
    if len(parts) == 2 and parts[0] == READABLE:
        return bool(READABLE_NAME.fullmatch(parts[1]))
    return (len(parts) == 3 and parts[0] == "objects" and len(parts[2]) == 64
            and parts[1] == parts[2][:2] and all(c in "0123456789abcdef" for c in parts[2]))


def _copy_hashing(handle: BinaryIO, out: BinaryIO | None, cancel: Cancel,
                  progress: Callable[[int], None]) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    while chunk := handle.read(COPY_CHUNK):
        cancel()
        digest.update(chunk)
        if out is not None:
            out.write(chunk)
        size += len(chunk)
        progress(len(chunk))
    return digest.hexdigest(), size


def _scan(archive: Path, passphrase: str | None, cancel: Cancel, progress: Callable[[int], None],
          into: Path | None) -> Manifest:
    """Read every member, hash it (and write it under ``into``); returns the checked manifest."""
    found: dict[str, dict[str, object]] = {}
    manifest = None
    with _members(archive, passphrase) as members:
        for name, handle in members:
            if not _allowed(name) or name in found:
                raise BackupError(QT_TRANSLATE_NOOP(
                    "Reason", "The backup holds an unexpected file ({name})."), name=name)
            if name == MANIFEST:
                try:
                    manifest = json.loads(handle.read(64 << 20))
                except (ValueError, UnicodeDecodeError, RecursionError) as exc:
                    raise BackupError(QT_TRANSLATE_NOOP(
                        "Reason", "The backup's manifest is damaged.")) from exc
                continue
            if manifest is not None:
                raise BackupError(QT_TRANSLATE_NOOP(
                    "Reason", "The backup is damaged: files follow its manifest."))
            target = into / name if into is not None else None
            if target is not None:
                secure_dir(target.parent)
                with open(target, "xb") as out:
                    os.chmod(target, 0o600)
                    digest, size = _copy_hashing(handle, out, cancel, progress)
                    out.flush()
                    os.fsync(out.fileno())
            else:
                digest, size = _copy_hashing(handle, None, cancel, progress)
            found[name] = {"sha256": digest, "size": size}
    if manifest is None:
        raise BackupError(QT_TRANSLATE_NOOP(
            "Reason", "The backup is incomplete: its manifest is missing."))
    _check_manifest(manifest, found)
    checked: Manifest = manifest
    return checked


def _damaged(why: str) -> BackupError:
    return BackupError(QT_TRANSLATE_NOOP("Reason", "The backup's manifest is damaged ({why})."),
                       why=Reason(why))


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _check_types(manifest: object) -> Manifest:
    """Every field the manifest must have, of the type this app writes."""
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError(QT_TRANSLATE_NOOP("Reason", "This is not a SecondOp backup."))
    version, schema = manifest.get("version"), manifest.get("schema_version", 0)
    if not _is_int(version) or not _is_int(schema):
        raise _damaged(QT_TRANSLATE_NOOP("Reason", "its version is not a number"))
    if version != VERSION or schema > SCHEMA_VERSION:
        raise BackupError(QT_TRANSLATE_NOOP(
            "Reason", "This backup was made by a newer version of SecondOp; please update."))
    listed = manifest.get("files")
    if not isinstance(listed, dict):
        raise _damaged(QT_TRANSLATE_NOOP("Reason", "its list of files is missing"))
    for entry in listed.values():
        if not (isinstance(entry, dict) and set(entry) == {"sha256", "size"}
                and isinstance(entry["sha256"], str) and _is_int(entry["size"])):
            raise _damaged(QT_TRANSLATE_NOOP(
                "Reason", "a file's checksum is not in the form SecondOp writes"))
    records = manifest.get("records", [])
    if not isinstance(records, list) or not all(
            isinstance(r, dict) and _is_int(r.get("id")) and isinstance(r.get("sha256"), str)
            for r in records):
        raise _damaged(QT_TRANSLATE_NOOP(
            "Reason", "its list of records is not in the form SecondOp writes"))
    return manifest


def _check_manifest(manifest: object, found: dict[str, dict[str, object]]) -> None:
    checked = _check_types(manifest)
    listed = checked["files"]
    for name, entry in listed.items():
        if name not in found:
            raise BackupError(QT_TRANSLATE_NOOP(
                "Reason", "The backup is incomplete: {name} is missing."), name=name)
        if found[name] != entry:
            raise BackupError(QT_TRANSLATE_NOOP(
                "Reason", "The backup is damaged: {name} does not match its checksum."), name=name)
    extra = set(found) - set(listed)
    if extra:
        raise BackupError(QT_TRANSLATE_NOOP(
            "Reason", "The backup holds files its manifest does not list ({name})."),
            name=sorted(extra)[0])
    if DB_NAME not in listed:
        raise BackupError(QT_TRANSLATE_NOOP(
            "Reason", "The backup is incomplete: the database is missing."))
    for record in checked.get("records", []):
        sha = record["sha256"]
        if f"objects/{sha[:2]}/{sha}" not in listed:
            raise BackupError(QT_TRANSLATE_NOOP(
                "Reason", "The backup is incomplete: the file of record {id} is missing."),
                id=record['id'])


def _archive_size(archive: Path) -> int:
    try:
        return archive.stat().st_size
    except OSError as exc:
        raise BackupError(QT_TRANSLATE_NOOP(
            "Reason", "The backup {name} cannot be read ({problem})."),
            name=archive.name, problem=exc.strerror or exc) from exc


def _stepper(total: int, progress: Progress | None) -> Callable[[int], None]:
    """Turns "n more bytes read" into progress(done, total) calls."""
    done = 0

    def step(n: int) -> None:
        nonlocal done
        done += n
        if progress:
            progress(min(done, total), total)

    return step


def read_manifest(archive: Path, passphrase: str | None = None,
                  progress: Progress | None = None, cancel: Cancel | None = None) -> Manifest:
    """Check the whole archive without writing anything; returns its manifest."""
    archive = Path(archive)
    step = _stepper(_archive_size(archive), progress)
    return _scan(archive, passphrase, cancel or (lambda: None), step, None)


def restore_backup(archive: Path, target: Path, passphrase: str | None = None,
                   progress: Progress | None = None, cancel: Cancel | None = None
                   ) -> RestoreResult:
    """Make a new vault at ``target`` from ``archive``; nothing is written unless it checks out."""
    archive, target = Path(archive), Path(target).expanduser()
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise BackupError(QT_TRANSLATE_NOOP(
            "Reason", "{target} is not empty: a backup is restored into a new, empty folder, "
                      "never over a vault."), target=target)
    cancel = cancel or (lambda: None)
    step = _stepper(2 * _archive_size(archive), progress)  # read twice: check, then unpack

    _scan(archive, passphrase, cancel, step, None)  # pass 1: check it all, write nothing
    try:
        make_folders(target.parent)
        ledger = Ledger(private_dir(None))
    except OSError as exc:
        raise BackupError(_disk_reason(exc, target.parent)) from exc
    try:  # a killed restore's staging folder (a whole plaintext vault) goes at the next start
        with ledger.tracking(target.parent / work_name(target.name, "restoring")) as staging:
            os.mkdir(staging, 0o700)
            manifest = _scan(archive, passphrase, cancel, step, staging)
            _check_database(staging / DB_NAME)
            fsync_dir(staging)
            if target.exists():
                target.rmdir()  # empty, checked above
            os.replace(staging, target)
            fsync_dir(target.parent)
    except OSError as exc:
        raise BackupError(_disk_reason(exc, target.parent)) from exc
    return RestoreResult(target, len(manifest.get("records", [])), len(manifest["files"]))


def _check_database(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        ok = conn.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise BackupError(QT_TRANSLATE_NOOP(
            "Reason", "The database in the backup is damaged ({exc})."), exc=exc) from exc
    finally:
        conn.close()
    if ok != "ok":
        raise BackupError(QT_TRANSLATE_NOOP(
            "Reason", "The database in the backup is damaged ({ok})."), ok=ok)
