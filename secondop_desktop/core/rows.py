"""A small typed store for one simple table: list, add, update, delete, and restore for undo.

Questions, symptom entries, medications, allergies and timeline events are all rows of this shape;
each module says only its table, its row type and how to validate a value.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from typing import Any, ClassVar, cast

from .db import Database
from .errors import QT_TRANSLATE_NOOP, NotFound


class RowTable[T]:
    table: ClassVar[str]
    row_type: ClassVar[type]
    order_by: ClassVar[str] = "id"
    noun: ClassVar[str] = "entry"

    def __init__(self, db: Database) -> None:
        self.db = db
        self.columns = [f.name for f in dataclasses.fields(self.row_type) if f.name != "id"]

    # Subclasses override these two to validate and to convert between Python and SQL values.
    def clean(self, values: dict[str, Any], partial: bool) -> dict[str, Any]:
        return values

    def decode(self, row: sqlite3.Row) -> T:
        item: T = self.row_type(**{k: row[k] for k in row.keys()})
        return item

    def encode(self, item: T) -> dict[str, Any]:
        return self.clean(dataclasses.asdict(cast(Any, item)), partial=False)  # T: a dataclass

    def entries(self, where: str = "", params: tuple[Any, ...] = ()) -> list[T]:
        """The table's rows in ``order_by`` order; ``where``: an SQL condition on them."""
        clause = f"WHERE {where}" if where else ""
        sql = f"SELECT * FROM {self.table} {clause} ORDER BY {self.order_by}"
        return [self.decode(r) for r in self.db.query(sql, params)]

    def get(self, item_id: int) -> T:
        rows = self.db.query(f"SELECT * FROM {self.table} WHERE id = ?", (item_id,))
        if not rows:
            raise NotFound(QT_TRANSLATE_NOOP(
                "Reason", "That {noun} does not exist any more."), noun=self.noun)
        return self.decode(rows[0])

    def add(self, **values: Any) -> T:
        clean = self.clean(values, partial=False)
        return self._insert(clean)

    def _insert(self, clean: dict[str, Any]) -> T:
        keys = [k for k in clean if k in self.columns or k == "id"]
        with self.db.transaction() as conn:
            cur = conn.execute(
                f"INSERT INTO {self.table} ({', '.join(keys)}) "
                f"VALUES ({', '.join(':' + k for k in keys)})",
                {k: clean[k] for k in keys},
            )
            new_id = clean.get("id") or cur.lastrowid
        assert new_id is not None  # an INSERT always sets lastrowid
        return self.get(int(new_id))

    def update(self, item_id: int, **changes: Any) -> T:
        clean = self.clean(changes, partial=True)
        keys = [k for k in clean if k in self.columns]
        if keys:
            with self.db.transaction() as conn:
                cur = conn.execute(
                    f"UPDATE {self.table} SET {', '.join(f'{k} = :{k}' for k in keys)} "
                    "WHERE id = :id",
                    {**{k: clean[k] for k in keys}, "id": item_id},
                )
                if cur.rowcount == 0:
                    raise NotFound(QT_TRANSLATE_NOOP(
                        "Reason", "That {noun} does not exist any more."), noun=self.noun)
        return self.get(item_id)

    def delete(self, item_id: int) -> T:
        """Delete and return the row, so that undo can ``restore`` it."""
        item = self.get(item_id)
        with self.db.transaction() as conn:
            conn.execute(f"DELETE FROM {self.table} WHERE id = ?", (item_id,))
        return item

    def delete_many(self, ids: list[int]) -> list[T]:
        """Delete these rows in one transaction and return them (for ``restore_many``)."""
        if not ids:
            return []
        marks = ", ".join("?" * len(ids))
        with self.db.transaction() as conn:
            rows = conn.execute(f"SELECT * FROM {self.table} WHERE id IN ({marks})",
                                ids).fetchall()
            conn.execute(f"DELETE FROM {self.table} WHERE id IN ({marks})", ids)
        by_id = {row["id"]: self.decode(row) for row in rows}
        return [by_id[i] for i in ids if i in by_id]

    def restore_many(self, items: list[T]) -> None:
        """Put deleted rows back with their old ids, in one transaction (undo of a delete)."""
        if not items:
            return
        encoded = []
        for item in items:
            values = self.encode(item)
            values["id"] = item.id  # type: ignore[attr-defined]
            encoded.append(values)
        keys = [k for k in encoded[0] if k in self.columns or k == "id"]
        with self.db.transaction() as conn:
            conn.executemany(f"INSERT INTO {self.table} ({', '.join(keys)}) "
                             f"VALUES ({', '.join(':' + k for k in keys)})",
                             [{k: values[k] for k in keys} for values in encoded])

    def restore(self, item: T) -> T:
        """Put a deleted row back with its old id (undo of delete)."""
        values = self.encode(item)
        values["id"] = item.id  # type: ignore[attr-defined]
        return self._insert(values)

    def count(self) -> int:
        return int(self.db.query(f"SELECT count(*) FROM {self.table}")[0][0])
