"""Records requests: which provider was asked for which records, when, and what came in.

One row per provider asked; its checklist items are rows of their own, each marked received and
linked to the record(s) that arrived. The status follows the items unless the patient sets
"refused" (or moves a request back to "to ask").
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import asdict, dataclass, field
from typing import Any

from .db import Database
from .errors import QT_TRANSLATE_NOOP, NotFound, Reason, ValidationError
from .validate import optional_date, parse_date, require_text

# The checklist, in the order it is shown and printed; keys are what the CLI takes.
ITEMS: dict[str, str] = {
    "notes": "Visit notes",
    "discharge": "Discharge summaries",
    "imaging-reports": "Imaging reports",
    "imaging-cd": "Imaging on CD/DVD or download",
    "pathology-reports": "Pathology reports",
    "pathology-slides": "Pathology slides/blocks",
    "operative-notes": "Operative notes",
    "labs": "Lab results",
    "medications": "Medication list",
    "other": "Other",
}
METHODS: dict[str, str] = {
    "letter": "Letter", "portal": "Portal", "phone": "Phone", "in-person": "In person",
}
STATUSES: dict[str, str] = {
    "to-ask": "To ask", "asked": "Asked", "partly-received": "Partly received",
    "received": "Received", "refused": "Refused",
}
FORMATS: dict[str, str] = {
    "copies": "Paper copies", "cd": "CD/DVD", "electronic": "Electronic copies (download or email)",
}
DUE_DAYS = 30
OPEN_STATUSES = ("asked", "partly-received")
# The editable text fields of a request, in the order the editor shows them.
TEXT_FIELDS = ("provider", "department", "address", "phone", "fax", "email", "portal",
               "period", "send_to", "notes")


@dataclass
class RequestItem:
    id: int
    item: str
    received: bool = False
    records: list[int] = field(default_factory=list)

    @property
    def label(self) -> str:
        return ITEMS.get(self.item, self.item)


@dataclass
class RecordsRequest:
    id: int
    provider: str
    department: str = ""
    address: str = ""
    phone: str = ""
    fax: str = ""
    email: str = ""
    portal: str = ""
    asked: dt.date | None = None
    method: str = "letter"
    due: dt.date | None = None
    status: str = "to-ask"
    period: str = ""  # which years or visits, in the patient's words
    format: str = "copies"
    send_to: str = ""  # where to send, when not the patient's own address
    notes: str = ""
    items: list[RequestItem] = field(default_factory=list)

    def overdue(self, today: dt.date | None = None) -> bool:
        today = today or dt.date.today()
        return self.status in OPEN_STATUSES and self.due is not None and self.due < today

    def missing(self) -> list[RequestItem]:
        return [i for i in self.items if not i.received]

    def as_json(self) -> dict[str, Any]:
        out = asdict(self)
        for key in ("asked", "due"):
            out[key] = out[key].isoformat() if out[key] else None
        out["overdue"] = self.overdue()
        for item, data in zip(self.items, out["items"], strict=True):
            data["label"] = item.label
        return out


def parse_choice(value: object, choices: dict[str, str], what: str) -> str:
    """A key of ``choices`` from its key or its label, any case."""
    text = str(value or "").strip().lower().replace(" ", "-")
    for key, label in choices.items():
        if text in (key, label.lower().replace(" ", "-")):
            return key
    raise ValidationError(QT_TRANSLATE_NOOP(
        "Reason", "Unknown {what} '{value}'; choose one of: {choices}."),
        what=Reason(what), value=value, choices=', '.join(choices))


def parse_items(value: object) -> list[str]:
    """``notes,imaging-cd`` (or a list) → item keys, without repeats; at least one."""
    parts = value.split(",") if isinstance(value, str) else list(value or [])  # type: ignore[call-overload]
    keys = [parse_choice(p, ITEMS,
                         QT_TRANSLATE_NOOP("Reason", "item")) for p in parts if str(p).strip()]
    if not keys:
        raise ValidationError(QT_TRANSLATE_NOOP("Reason", "Choose at least one item to ask for."))
    return list(dict.fromkeys(keys))


def default_due(asked: dt.date) -> dt.date:
    return asked + dt.timedelta(days=DUE_DAYS)


def _status_from_items(items: list[RequestItem], current: str) -> str:
    if current in ("refused", "to-ask") or not items:
        return current
    got = sum(i.received for i in items)
    if got == len(items):
        return "received"
    return "partly-received" if got else "asked"


class RequestStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- reading ---------------------------------------------------------------------------------
    def all(self) -> list[RecordsRequest]:
        """Every request, the ones asked first (in the order asked), then those not yet asked."""
        rows = self.db.query("SELECT * FROM records_requests ORDER BY coalesce(asked, '9999'), id")
        items = self._items()
        return [self._decode(r, items.get(r["id"], [])) for r in rows]

    def get(self, request_id: int) -> RecordsRequest:
        rows = self.db.query("SELECT * FROM records_requests WHERE id = ?", (request_id,))
        if not rows:
            raise NotFound(QT_TRANSLATE_NOOP(
                "Reason", "There is no records request {request_id}."), request_id=request_id)
        return self._decode(rows[0], self._items(request_id).get(request_id, []))

    def overdue_count(self, today: dt.date | None = None) -> int:
        return sum(r.overdue(today) for r in self.all())

    def missing_lines(self) -> list[str]:
        """"pathology slides from City Pathology, asked 3 Nov 2026" for each item still
        awaited (with its year: a packet is read months later, a request may be older)."""
        lines = []
        for request in self.all():
            if request.status in ("received", "refused"):
                continue
            missing = request.missing()
            if not missing:
                continue
            what = ", ".join(i.label[:1].lower() + i.label[1:] for i in missing)
            when = (f"asked {request.asked.day} {request.asked:%b %Y}" if request.asked
                    else "not asked yet")
            lines.append(f"{what} from {request.provider}, {when}")
        return lines

    def _items(self, request_id: int | None = None) -> dict[int, list[RequestItem]]:
        where, params = ("WHERE i.request_id = ?", (request_id,)) if request_id else ("", ())
        rows = self.db.query(
            "SELECT i.id, i.request_id, i.item, i.received, group_concat(l.document_id) AS docs "
            "FROM request_items i LEFT JOIN request_links l ON l.item_id = i.id "
            f"{where} GROUP BY i.id ORDER BY i.id", params)
        order = list(ITEMS)
        out: dict[int, list[RequestItem]] = {}
        for r in rows:
            docs = sorted(int(d) for d in (r["docs"] or "").split(",") if d)
            out.setdefault(r["request_id"], []).append(
                RequestItem(r["id"], r["item"], bool(r["received"]), docs))
        for items in out.values():
            items.sort(key=lambda i: order.index(i.item) if i.item in order else len(order))
        return out

    @staticmethod
    def _decode(row: sqlite3.Row, items: list[RequestItem]) -> RecordsRequest:
        values = {k: row[k] for k in row.keys() if k != "created_at"}
        for key in ("asked", "due"):
            values[key] = dt.date.fromisoformat(values[key]) if values[key] else None
        return RecordsRequest(**values, items=items)

    # -- writing ---------------------------------------------------------------------------------
    def add(self, provider: str, items: object, asked: object = None, due: object = None,
            **values: object) -> RecordsRequest:
        clean = self._clean({"provider": provider, **values}, partial=False)
        keys = parse_items(items)
        asked_date = parse_date(asked,
            QT_TRANSLATE_NOOP("Reason", "The date asked")) if asked not in (None, "") else None
        due_date = parse_date(due,
            QT_TRANSLATE_NOOP("Reason", "The due date")) if due not in (None, "") else None
        if due_date is None and asked_date is not None:
            due_date = default_due(asked_date)
        clean.setdefault("status", "asked" if asked_date else "to-ask")
        clean["asked"] = asked_date.isoformat() if asked_date else None
        clean["due"] = due_date.isoformat() if due_date else None
        clean["created_at"] = dt.datetime.now().isoformat(timespec="seconds")
        with self.db.transaction() as conn:
            cur = conn.execute(
                f"INSERT INTO records_requests ({', '.join(clean)}) "
                f"VALUES ({', '.join(':' + k for k in clean)})", clean)
            request_id = int(cur.lastrowid or 0)
            conn.executemany("INSERT INTO request_items (request_id, item) VALUES (?, ?)",
                             [(request_id, key) for key in keys])
        return self.get(request_id)

    def update(self, request_id: int, **changes: object) -> RecordsRequest:
        """Change fields; ``items`` replaces the checklist (items kept keep their links)."""
        current = self.get(request_id)
        items = changes.pop("items", None)
        clean = self._clean(changes, partial=True)
        if "asked" in clean and "due" not in clean and clean["asked"] and current.due is None:
            clean["due"] = default_due(dt.date.fromisoformat(clean["asked"])).isoformat()
        with self.db.transaction() as conn:
            if clean:
                conn.execute(
                    f"UPDATE records_requests SET {', '.join(f'{k} = :{k}' for k in clean)} "
                    "WHERE id = :id", {**clean, "id": request_id})
            if items is not None:
                wanted = parse_items(items)
                have = {i.item: i.id for i in current.items}
                gone = [have[k] for k in have if k not in wanted]
                conn.executemany("DELETE FROM request_links WHERE item_id = ?",
                                 [(i,) for i in gone])
                conn.executemany("DELETE FROM request_items WHERE id = ?", [(i,) for i in gone])
                conn.executemany("INSERT INTO request_items (request_id, item) VALUES (?, ?)",
                                 [(request_id, k) for k in wanted if k not in have])
        return self._settle(request_id)

    def mark_received(self, request_id: int, record_ids: list[int] | None = None,
                      items: object = None) -> RecordsRequest:
        """Mark ``items`` (default: every item still missing) received, linked to the records."""
        request = self.get(request_id)
        keys = parse_items(items) if items else [i.item for i in request.missing()] or [
            i.item for i in request.items]
        chosen = [i for i in request.items if i.item in keys]
        unknown = set(keys) - {i.item for i in chosen}
        if unknown:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Reason", "This request did not ask for: {items}."),
                items=', '.join(sorted(unknown)))
        record_ids = [*(record_ids or [])]
        if record_ids:
            found = {r["id"] for r in self.db.query(
                f"SELECT id FROM documents WHERE id IN ({','.join('?' * len(record_ids))})",
                tuple(record_ids))}
            missing = [str(r) for r in record_ids if r not in found]
            if missing:
                raise NotFound(QT_TRANSLATE_NOOP(
                    "Reason", "There is no record {records}."), records=', '.join(missing))
        with self.db.transaction() as conn:
            conn.executemany("UPDATE request_items SET received = 1 WHERE id = ?",
                             [(i.id,) for i in chosen])
            conn.executemany(
                "INSERT OR IGNORE INTO request_links (item_id, document_id) VALUES (?, ?)",
                [(i.id, doc) for i in chosen for doc in record_ids])
            if request.status == "to-ask":  # records arrived, so it was asked after all
                conn.execute("UPDATE records_requests SET status = 'asked' WHERE id = ?",
                             (request_id,))
        return self._settle(request_id)

    def set_item_received(self, item_id: int, received: bool) -> RecordsRequest:
        rows = self.db.query("SELECT request_id FROM request_items WHERE id = ?", (item_id,))
        if not rows:
            raise NotFound(QT_TRANSLATE_NOOP(
                "Reason", "That item of the request does not exist any more."))
        with self.db.transaction() as conn:
            conn.execute("UPDATE request_items SET received = ? WHERE id = ?",
                         (int(received), item_id))
        return self._settle(rows[0]["request_id"])

    def delete(self, request_id: int) -> None:
        self.get(request_id)
        with self.db.transaction() as conn:  # items and links go with it (ON DELETE CASCADE)
            conn.execute("DELETE FROM records_requests WHERE id = ?", (request_id,))

    def _settle(self, request_id: int) -> RecordsRequest:
        """Let the status follow the items (all in: received; some: partly received)."""
        request = self.get(request_id)
        status = _status_from_items(request.items, request.status)
        if status != request.status:
            with self.db.transaction() as conn:
                conn.execute("UPDATE records_requests SET status = ? WHERE id = ?",
                             (status, request_id))
            request.status = status
        return request

    @classmethod
    def check(cls, values: dict[str, object]) -> None:
        """Raise ValidationError with the reason when ``update`` would refuse these values
        (before a write is queued: the form says why at once)."""
        values = dict(values)
        if "items" in values:
            parse_items(values.pop("items"))
        cls._clean(values, partial=True)

    @staticmethod
    def _clean(values: dict[str, object], partial: bool) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in values.items():
            if key == "provider":
                out[key] = require_text(value, QT_TRANSLATE_NOOP("Reason", "The provider's name"))
            elif key in TEXT_FIELDS:
                out[key] = str(value or "").strip()
            elif key in ("asked", "due"):
                out[key] = optional_date(value,
                    QT_TRANSLATE_NOOP("Reason", "The date asked") if key == "asked"
                                         else QT_TRANSLATE_NOOP("Reason", "The due date")) or None
            elif key == "method":
                out[key] = parse_choice(value, METHODS,
                                        QT_TRANSLATE_NOOP("Reason", "way of asking"))
            elif key == "status":
                out[key] = parse_choice(value, STATUSES, QT_TRANSLATE_NOOP("Reason", "status"))
            elif key == "format":
                out[key] = parse_choice(value, FORMATS, QT_TRANSLATE_NOOP("Reason", "format"))
            else:
                raise ValidationError(QT_TRANSLATE_NOOP("Reason", "Unknown field: {key}."), key=key)
        if not partial and "provider" not in out:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Reason", "The provider's name cannot be empty."))
        return out
