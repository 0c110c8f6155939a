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
    from ..vault import Vault


@dataclass(frozen=True)
class Findings:
    suggested: Suggestion | None
    identity_warning: str | None

    def as_json(self) -> dict[str, object]:
        return {"suggested": self.suggested.as_json() if self.suggested else None,
                "identity_warning": self.identity_warning}


NOTHING = Findings(None, None)


def open_connection(root: Path) -> sqlite3.Connection:
    """A connection of the caller's own to the vault's database (the queue, in a process or
    thread that has no Vault open)."""
    return connect(Path(root) / VAULT_DB_NAME)


def findings(conn: sqlite3.Connection, profile_name: str, profile_dob: str
             ) -> dict[int, Findings]:
    """Suggestions and identity warnings of every record the queue has read."""
    out = {}
    for doc_id, found in all_suggestions(conn).items():
        warning = identity_warning(found.named_patient, found.named_dob, profile_name,
                                   profile_dob)
        out[doc_id] = Findings(found, warning)
    for doc_id, warning in clinical_identity(conn, profile_name, profile_dob).items():
        out[doc_id] = Findings(out[doc_id].suggested if doc_id in out else None, warning)
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
