"""Patient-portal downloads: C-CDA XML, FHIR JSON (Bundle, resource, NDJSON) and XDM zips.

Recognised by content, whatever the name says (vendors use .xml, .ccd, .ccda, even .txt). A zip
is a container: the documents and PDFs inside become records (``FileInfo.parts``), the zip itself
is not stored. Facts read from coded entries travel in ``FileInfo.facts``.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

from ..clinical import fact_rows
from ..errors import QT_TRANSLATE_NOOP, RefusedFile
from ..portal import ccda, fhir, xdm
from ..portal.patients import SeveralPatients
from ..portal.safexml import MAX_XML_BYTES, local_root_name
from . import IN_MEMORY_BYTES
from .info import FileInfo

FAMILIES = ("xml", "json", "zip")


class NotClinical(RefusedFile):
    """XML, JSON or a zip that is no health record: refused like any unsupported file."""


@dataclass
class Part:
    """A file carried inside another one, becoming a record of its own."""

    name: str
    data: bytes
    info: FileInfo
    parent: int | None = None  # index of the part it came with; None: the outer file


def sniff(head: bytes) -> str | None:
    text = head.lstrip(b"\xef\xbb\xbf").lstrip()
    if text.startswith(b"<"):
        return "xml"
    if text.startswith((b"{", b"[")):
        return "json"
    if head.startswith(b"PK\x03\x04"):
        return "zip"
    return None


def _too_large(size: int, limit_bytes: int) -> RefusedFile:
    limit = limit_bytes // 1024**2
    return RefusedFile(QT_TRANSLATE_NOOP(
        "Reason", "the file is too large for a clinical document ({size} MB; the limit is "
                  "{limit} MB)"), size=f"{size / 1024**2:.0f}", limit=limit)


def inspect(path: Path, data: bytes | None, family: str, patient: str | None = None) -> FileInfo:
    """``patient``: whose records to read from a file that holds several (FHIR)."""
    if family == "zip":
        return _inspect_zip(path if data is None else data, patient)
    if data is None:  # read_small left it on disk: far above any clinical document
        # The real cut-off for a file: a larger one is never read into memory (read_small).
        raise _too_large(path.stat().st_size, IN_MEMORY_BYTES)
    return inspect_bytes(data, family, patient)


def inspect_bytes(data: bytes, family: str, patient: str | None = None) -> FileInfo:
    if len(data) > MAX_XML_BYTES:  # a file inside a zip, or a folder of resources
        raise _too_large(len(data), MAX_XML_BYTES)
    if family == "xml":
        if local_root_name(data[:65536]) not in ("ClinicalDocument", "section", "component"):
            raise NotClinical(QT_TRANSLATE_NOOP("Reason", "not a clinical document"))
        return _ccda_info(ccda.read(data))
    return _fhir_info(fhir.read(data, patient))


def _ccda_info(doc: ccda.ClinicalDocument) -> FileInfo:
    text = doc.text()
    info = FileInfo(format="ccda", pages=doc.estimated_pages(), record_date=doc.date,
                    title=doc.title,
                    text=text, kind_hint=doc.kind, provider=doc.author,
                    meta={"document_type": doc.type_name, "type_code": doc.type_code,
                          "patient": doc.patient, "patient_birth_date": doc.birth_date})
    info.facts = fact_rows(doc.facts)
    info.parts = _attachment_parts(doc.attachments, doc.date)
    return info


def _fhir_info(doc: fhir.FhirDocument) -> FileInfo:
    rows = sum(doc.resource_counts.values())
    info = FileInfo(format="fhir", pages=doc.estimated_pages(),
                    record_date=doc.date, title=doc.title,
                    text="\n".join(f.name for f in doc.facts), kind_hint=doc.kind,
                    provider=doc.author,
                    meta={"patient": doc.patient, "patient_birth_date": doc.birth_date,
                          "resources": rows,
                          "resource_counts": dict(doc.resource_counts)})
    if doc.patient_id:  # the file may hold others too: the pages show this one only
        info.meta["patient_id"] = doc.patient_id
    info.facts = fact_rows(doc.facts)
    info.parts = _attachment_parts(doc.attachments, doc.date)
    return info


def _attachment_parts(attachments: list[ccda.Attachment], date: dt.date | None) -> list[Part]:
    """PDFs carried inside a document; anything else inside is left in the document."""
    from . import pdf

    parts = []
    for attachment in attachments:
        if not attachment.data.startswith(b"%PDF-"):
            continue
        try:
            info = pdf.inspect(io.BytesIO(attachment.data))
        except RefusedFile:
            continue  # a broken attachment: the document itself still imports
        info.title = info.title or attachment.name
        info.record_date = info.record_date or date
        parts.append(Part(f"{attachment.name}.pdf", attachment.data, info))
    return parts


def _inspect_zip(source: Path | bytes, patient: str | None = None) -> FileInfo:
    from . import pdf

    if not xdm.is_portal_zip(source):
        raise NotClinical(QT_TRANSLATE_NOOP("Reason", "not a portal download"))
    parts: list[Part] = []
    documents_by_subset: dict[str, int] = {}
    pending_pdfs: list[tuple[xdm.Member, FileInfo]] = []
    for member in xdm.members(source):
        family = sniff(member.data[:2048])
        if member.data[:1024].find(b"%PDF-") >= 0:
            try:
                pending_pdfs.append((member, pdf.inspect(io.BytesIO(member.data))))
            except RefusedFile:
                continue
            continue
        if family not in ("xml", "json"):
            continue
        try:
            info = inspect_bytes(member.data, family, patient)
        except SeveralPatients:
            raise  # never part of a patient's download: say so rather than leave it out
        except RefusedFile:
            continue  # the rest of the download still imports
        index = len(parts)
        parts.append(Part(member.name, member.data, info))
        for inner in info.parts:
            parts.append(Part(inner.name, inner.data, inner.info, index))
        info.parts = []
        documents_by_subset.setdefault(member.subset, index)
    for member, info in pending_pdfs:
        parts.append(Part(member.name, member.data, info, documents_by_subset.get(member.subset)))
    if not parts:
        raise RefusedFile(QT_TRANSLATE_NOOP(
            "Reason", "the portal download holds no document that can be read"))
    outer = FileInfo(format="zip", pages=0, title="Portal download")
    outer.parts = parts
    outer.container = True
    return outer
