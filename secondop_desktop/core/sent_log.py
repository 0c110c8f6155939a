"""The sent log: one row for every exported packet, so the patient knows what went to whom."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .blobs import BlobStore
from .db import Database
from .errors import QT_TRANSLATE_NOOP, NotFound


@dataclass
class SentPacket:
    id: int
    at: dt.datetime
    path: Path
    recipient: str
    records: list[int]
    questions: list[int]
    pages: int
    size: int
    sha256: str
    protected: bool = False
    options: dict[str, Any] = field(default_factory=dict)

    @property
    def file_name(self) -> str:
        return self.path.name

    def exists(self) -> bool:
        return self.path.is_file()

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "at": self.at.isoformat(timespec="seconds"),
            "file": str(self.path), "to": self.recipient, "records": self.records,
            "questions": self.questions, "pages": self.pages, "size": self.size,
            "sha256": self.sha256, "protected": self.protected, "options": self.options,
        }


class SentLog:
    def __init__(self, db: Database) -> None:
        self.db = db

    def record(self, path: Path, pages: int, records: list[int], questions: list[int],
               recipient: str = "", protected: bool = False,
               options: dict[str, Any] | None = None) -> SentPacket:
        """Log a packet just written to ``path`` (its size and SHA-256 are read from disk)."""
        path = Path(path).resolve()
        row = {
            "at": dt.datetime.now().isoformat(timespec="seconds"), "path": str(path),
            "recipient": recipient.strip(), "records": json.dumps(records),
            "questions": json.dumps(questions), "pages": pages, "size": path.stat().st_size,
            "sha256": BlobStore.hash_file(path), "protected": int(protected),
            "options": json.dumps(options or {}),
        }
        with self.db.transaction() as conn:
            cur = conn.execute(f"INSERT INTO sent_log ({', '.join(row)}) "
                               f"VALUES ({', '.join(':' + k for k in row)})", row)
        return self.get(int(cur.lastrowid or 0))

    def entries(self) -> list[SentPacket]:
        """Newest first."""
        rows = self.db.query("SELECT * FROM sent_log ORDER BY at DESC, id DESC")
        return [_decode(r) for r in rows]

    def get(self, sent_id: int) -> SentPacket:
        rows = self.db.query("SELECT * FROM sent_log WHERE id = ?", (sent_id,))
        if not rows:
            raise NotFound(QT_TRANSLATE_NOOP(
                "Reason", "There is no export {sent_id} in the sent log."), sent_id=sent_id)
        return _decode(rows[0])


def _decode(row: sqlite3.Row) -> SentPacket:
    return SentPacket(
        id=row["id"], at=dt.datetime.fromisoformat(row["at"]), path=Path(row["path"]),
        recipient=row["recipient"], records=json.loads(row["records"]),
        questions=json.loads(row["questions"]), pages=row["pages"], size=row["size"],
        sha256=row["sha256"], protected=bool(row["protected"]),
        options=json.loads(row["options"]),
    )
