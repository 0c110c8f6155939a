"""A clinical document (C-CDA or FHIR) laid out as readable pages, in the packet's style.

The header (patient, author, date, document type), then each section's title and narrative:
paragraphs, lists and tables as the author wrote them. Nothing outside the file is loaded: images
and links in the narrative are left out. The same pages appear in the preview and the packet.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice

from ..core.clinical import number_text
from ..core.clinical_facts import Fact
from ..core.portal import ccda, fhir
from ..local_format import date_text, packet_locale, partial_date_text
from ..translations import QT_TRANSLATE_NOOP, packet_text
from .canvas import ACCENT, MUTED, Canvas, Column, font, page_points

# lupdate finds translate("Context", "Text") calls; the packet's language is this thread's
translate = packet_text.translate

MAX_COLUMNS = 8  # wider narrative tables are cut to their first columns to stay readable
# A FHIR export can hold thousands of results: its pages show the latest of each kind; every
# result is in the Lab trends section and the Labs screen.
MAX_FHIR_ROWS = fhir.MAX_SHOWN


Loaded = ccda.ClinicalDocument | fhir.FhirDocument


def load_clinical_document(path: Path, fmt: str, meta: dict[str, Any] | None = None) -> Loaded:
    """Read the stored document (format "ccda" or "fhir"); RefusedFile if it cannot be read.
    Done before any drawing, so a bad file never leaves a page half drawn. ``meta``: the
    record's, whose ``patient_id`` names the one patient imported from a file of several."""
    data = path.read_bytes()
    if fmt != "fhir":
        return ccda.read(data)
    chosen = (meta or {}).get("patient_id")
    return fhir.read(data, f"id:{chosen}" if chosen else None)


def draw_clinical_document(c: Canvas, doc: Loaded) -> None:
    if isinstance(doc, fhir.FhirDocument):
        _draw_fhir(c, doc)
    else:
        _draw_ccda(c, doc)


def _header(c: Canvas, title: str, fields: list[tuple[str, str]]) -> None:
    c.title(title)
    c.fields(fields)
    c.y += 6


def _draw_ccda(c: Canvas, doc: ccda.ClinicalDocument) -> None:
    patient = doc.patient
    if doc.birth_date:
        patient = translate("ClinicalDocument", "{name} (born {date})").format(
            name=doc.patient, date=partial_date_text(doc.birth_date, packet_locale()))
    _header(c, doc.title, [
        (translate("ClinicalDocument", "Patient"), patient),
        (translate("ClinicalDocument", "From"), doc.author),
        (translate("ClinicalDocument", "Date"), date_text(doc.date, packet_locale())),
        (translate("ClinicalDocument", "Document type"), doc.type_name)])
    for section in doc.sections:
        _draw_section(c, section, 0)
    if not doc.sections:
        c.paragraph(translate("ClinicalDocument", "This document has no sections with text."),
                    font(10.5, italic=True), MUTED)


def _draw_section(c: Canvas, section: ccda.Section, depth: int) -> None:
    if depth == 0:
        c.heading(section.title)
    else:
        c.paragraph(section.title, font(10.5, bold=True), ACCENT)
    for block in section.blocks:
        _draw_block(c, block)
    for sub in section.subsections:
        _draw_section(c, sub, depth + 1)


def _draw_block(c: Canvas, block: ccda.Block) -> None:
    if block.kind == "heading":
        c.paragraph(block.text, font(10.5, bold=True))
    elif block.kind == "paragraph":
        c.paragraph(block.text, font(10))
    elif block.kind == "list":
        for item in block.items:
            bullet = "" if item[:1].isdigit() and ". " in item[:5] else "•  "
            c.paragraph(f"{bullet}{item}", font(10), indent=12)
    elif block.kind == "table" and block.rows:
        if block.text:
            c.paragraph(block.text, font(10, bold=True))
        width = min(len(block.rows[0]), MAX_COLUMNS)
        header = block.rows[0] if block.header_rows else [""] * width
        body = block.rows[block.header_rows:] if block.header_rows else block.rows
        c.table([Column(str(h)[:60], 1 / width) for h in header[:width]],
                [row[:width] for row in body])


CATEGORY_TITLES = (("problem", QT_TRANSLATE_NOOP("ClinicalDocument", "Problems")),
                   ("medication", QT_TRANSLATE_NOOP("ClinicalDocument", "Medications")),
                   ("allergy", QT_TRANSLATE_NOOP("ClinicalDocument", "Allergies")),
                   ("result", QT_TRANSLATE_NOOP("ClinicalDocument", "Results")),
                   ("immunization", QT_TRANSLATE_NOOP("ClinicalDocument", "Immunizations")),
                   ("procedure", QT_TRANSLATE_NOOP("ClinicalDocument", "Procedures")),
                   ("encounter", QT_TRANSLATE_NOOP("ClinicalDocument", "Encounters")))


def _draw_fhir(c: Canvas, doc: fhir.FhirDocument) -> None:
    counts = ", ".join(f"{n} {k}" for k, n in doc.resource_counts.most_common(6))
    _header(c, doc.title, [(translate("ClinicalDocument", "Patient"), doc.patient),
                           (translate("ClinicalDocument", "From"), doc.author),
                           (translate("ClinicalDocument", "Latest entry"),
                            date_text(doc.date, packet_locale())),
                           (translate("ClinicalDocument", "Document type"),
                            translate("ClinicalDocument", "FHIR health record")),
                           (translate("ClinicalDocument", "Holds"), counts)])
    for title, text in doc.narrative:
        c.heading(title)
        c.paragraph(text, font(10))
    for category, title in CATEGORY_TITLES:
        facts = sorted((f for f in doc.facts if f.category == category),
                       key=lambda f: f.date, reverse=True)
        if facts:
            c.heading(translate("ClinicalDocument", title))
            c.table([Column(translate("ClinicalDocument", "Item"), 0.46),
                     Column(translate("ClinicalDocument", "Detail"), 0.24),
                     Column(translate("ClinicalDocument", "Status"), 0.14),
                     Column(translate("ClinicalDocument", "Date"), 0.16)],
                    [_fact_row(f) for f in facts[:MAX_FHIR_ROWS]])
            if len(facts) > MAX_FHIR_ROWS:
                more = len(facts) - MAX_FHIR_ROWS
                c.paragraph(translate("ClinicalDocument", "… and %n earlier entry(s) in "
                                      "this file.", "", more),
                            font(10, italic=True), MUTED)


def _fact_row(fact: Fact) -> list[str]:
    d = fact.details
    if fact.category == "result":
        written = d.get("value_text") or (number_text(d["value"]) if "value" in d else "")
        value = d.get("text") or (f"{d.get('comparator', '')}{written}" if written else "")
        detail = " ".join(str(p) for p in (value, d.get("unit", ""), d.get("flag", "")) if p)
    else:
        detail = ", ".join([str(d[k]) for k in ("dose", "frequency", "reaction", "reason")
                            if d.get(k)] + [f"{k} {d[k]}" for k in ("severity", "criticality")
                                            if d.get(k)])
    name = fact.name or translate("ClinicalDocument", "None known")
    ended = fact.end and fact.status not in ("active", "")
    status = f"{fact.status} {partial_date_text(fact.end[:10], packet_locale())}" if ended \
        else fact.status
    if fact.negated and fact.name:
        name = translate("ClinicalDocument", "Not: {name}").format(name=name)
    return [name, detail, status, partial_date_text(fact.date[:10], packet_locale())]


def render_pdf_bytes(path: Path, fmt: str, page_size: str = "A4",
                     meta: dict[str, Any] | None = None) -> bytes:
    """The document's pages as a PDF in memory (for the preview: no file written anywhere)."""
    doc = load_clinical_document(path, fmt, meta)
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    canvas = Canvas(Path("clinical-document.pdf"), page_points(page_size), doc.title, buffer)
    try:
        draw_clinical_document(canvas, doc)
    finally:
        canvas.finish()
    buffer.close()
    return bytes(array.data())
