"""What the text says about each record, as the records list and `secondop list --json` show."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..db import connect
from ..documents import VAULT_DB_NAME
from .identity import identity_warning
from .suggest import Suggestion, all_suggestions

if TYPE_CHECKING:
    from ..documents import Document
    from ..vault import Vault


@dataclass(frozen=True)
class Findings:
    suggested: Suggestion | None
    identity_warning: str | None
    unread_pages: tuple[tuple[int, str], ...] = ()  # (1-based page, why it could not be read)

    def as_json(self, doc: Document | None = None) -> dict[str, object]:
        """As ``secondop list --json`` prints it: with ``doc``, only what the suggestion
        would change of it (None when nothing)."""
        suggested: dict[str, str | None] | None = None
        if doc is not None:
            changes = open_changes(doc, self)
            suggested = {JSON_KEYS[k]: changes.get(k) for k in JSON_KEYS} if changes else None
        elif self.suggested is not None:
            suggested = self.suggested.as_json()
        return {"suggested": suggested,
                "identity_warning": self.identity_warning,
                "unread_pages": [{"page": page, "reason": reason}
                                 for page, reason in self.unread_pages]}


NOTHING = Findings(None, None)
JSON_KEYS = {"record_date": "date", "provider": "provider", "kind": "kind", "title": "title"}


def open_changes(doc: Document, found: Findings | None) -> dict[str, str]:
    """The suggested values for fields the patient has not set, where they differ from the
    record's own, unless already settled: what a suggestion would change, nothing else."""
    if found is None or found.suggested is None or found.suggested.settled:
        return {}
    open_fields = doc.open_fields()
    current = {"record_date": doc.record_date.isoformat() if doc.record_date else "",
               "provider": doc.provider, "kind": doc.kind, "title": doc.title}
    suggested = found.suggested
    values = {"record_date": suggested.record_date, "provider": suggested.provider,
              "kind": suggested.kind, "title": suggested.title}
    if doc.has_file_date:  # the same day, read from the text: a date of service once used
        current["record_date"] = ""
    if values["kind"] == "other":  # the text gave no clue: nothing better than a guess to offer
        values["kind"] = None
    return {k: v for k, v in values.items() if v and v != current[k] and k in open_fields}


def open_connection(root: Path) -> sqlite3.Connection:
    """A connection of the caller's own to the vault's database (the queue, in a process or
    thread that has no Vault open)."""
    return connect(Path(root) / VAULT_DB_NAME)


def findings(conn: sqlite3.Connection, profile_name: str, profile_dob: str
             ) -> dict[int, Findings]:
    """Suggestions and identity warnings of every record the queue has read."""
    unread: dict[int, list[tuple[int, str]]] = {}
    for row in conn.execute("SELECT document_id, page, reason FROM page_failures "
                            "ORDER BY document_id, page"):
        unread.setdefault(int(row[0]), []).append((int(row[1]) + 1, str(row[2])))
    out = {}
    for doc_id, found in all_suggestions(conn).items():
        warning = identity_warning(found.named_patient, found.named_dob, profile_name,
                                   profile_dob)
        out[doc_id] = Findings(found, warning, tuple(unread.pop(doc_id, ())))
    for doc_id, pages in unread.items():  # a record none of whose pages could be read
        out[doc_id] = Findings(None, None, tuple(pages))
    for doc_id, warning in clinical_identity(conn, profile_name, profile_dob).items():
        known = out.get(doc_id)
        out[doc_id] = Findings(known.suggested if known else None, warning,
                               known.unread_pages if known else ())
    return out


def clinical_identity(conn: sqlite3.Connection, profile_name: str, profile_dob: str
                      ) -> dict[int, str]:
    """Clinical documents (C-CDA, FHIR) whose patient (recordTarget, Patient) is not the
    profile's: the name and date of birth the file states, checked as OCR'd text is."""
    out = {}
    for row in conn.execute("SELECT id, meta FROM documents WHERE format IN ('ccda', 'fhir')"):
        meta = json.loads(row["meta"] or "{}")
        warning = identity_warning(meta.get("patient") or None,
                                   meta.get("patient_birth_date") or None, profile_name,
                                   profile_dob)
        if warning:
            out[row["id"]] = warning.replace("This page names", "This record is about", 1)
    return out


def identity_flags(vault: Vault) -> dict[int, str]:
    """Records whose text names another patient (id -> the reason), for the export to show."""
    profile = vault.patient.get()
    found = findings(vault.db.conn, profile.name, profile.dob)
    return {doc_id: f.identity_warning for doc_id, f in found.items() if f.identity_warning}


def other_patients(vault: Vault) -> dict[int, str]:
    """Records whose text names another patient -> who ("Anna Kowalska, born 1961-05-02")."""
    profile = vault.patient.get()
    listed = {d.id for d in vault.documents.records()}  # the trash is never exported anyway
    out = {}
    for doc_id, found in findings(vault.db.conn, profile.name, profile.dob).items():
        if doc_id in listed and found.identity_warning and found.suggested is not None:
            named = found.suggested
            dob = named.named_dob if named.named_dob and named.named_dob != profile.dob else None
            out[doc_id] = ", ".join(filter(None, (named.named_patient,
                                                  f"born {dob}" if dob else None)))
    return out
