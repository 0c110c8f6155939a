"""The packet's last page: what is in it, so the receiving doctor can tell nothing is missing.

One row per original file: the record's title, its date, the packet pages it fills and the
SHA-256 of the file as it was imported (a DICOM study's files share the study's page).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..core.documents import Document
from ..translations import QT_TRANSLATE_NOOP, packet_text
from .canvas import MUTED, Canvas, Column, font
from .dicom_studies import FilesOf, Study
from .stamps import record_date

# lupdate finds translate("Context", "Text") calls; the packet's language is this thread's
translate = packet_text.translate

TITLE = QT_TRANSLATE_NOOP("Manifest", "Manifest")


@dataclass(frozen=True)
class ManifestRow:
    title: str
    date: str
    first_page: int  # 1-based
    last_page: int
    sha256: str

    @property
    def pages(self) -> str:
        if self.first_page == self.last_page:
            return str(self.first_page)
        return f"{self.first_page}–{self.last_page}"


def manifest_rows(placed: list[tuple[Document | Study, int, int]],
                  files_of: FilesOf) -> list[ManifestRow]:
    """Rows from (record or study, first page index, page count) as the packet placed them;
    ``files_of(record)`` gives a record's stored files (a study has one per image)."""
    rows = []
    for item, start, count in placed:
        pages = (start + 1, start + max(count, 1))
        if isinstance(item, Study):
            rows += [ManifestRow(f"{item.title}: {f.name}", _date(doc), *pages, f.sha256)
                     for doc in item.docs for f in files_of(doc)]
        else:
            rows.append(ManifestRow(item.title, _date(item), *pages, item.sha256))
    return rows


def _date(doc: Document) -> str:
    return record_date(doc)


def grouped_hash(sha256: str) -> str:
    """Four groups of 16, one a line, so that it can be read out over the phone; the same four
    lines whatever width the column has in the packet's language (two groups fitted a line
    in some rows and not in others)."""
    return "\n".join(sha256[i:i + 16] for i in range(0, len(sha256), 16))


def draw_manifest(c: Canvas, rows: list[ManifestRow]) -> None:
    c.title(translate("Manifest", TITLE),
            translate("Manifest", "%n original file(s) in this packet", "", len(rows)))
    c.paragraph(translate("Manifest", "Each record below is in this packet on the pages shown. "
                                      "The SHA-256 checksum identifies the original file exactly "
                                      "as the patient received it, so any copy can be checked "
                                      "against it."), font(9.5), MUTED)
    c.table([Column(translate("Manifest", "Record"), 0.36),
             Column(translate("Manifest", "Date"), 0.14),
             Column(translate("Manifest", "Pages"), 0.1, True),
             Column(translate("Manifest", "SHA-256 of the original file"), 0.40)],
            [[r.title, r.date, r.pages, grouped_hash(r.sha256)] for r in rows])
