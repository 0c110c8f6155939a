"""The consultation packet: one PDF for the specialist, built from the vault.

Order of work: generated sections are drawn with QtGui into temporary PDFs; every record is
probed (page sizes, frames, bookmarks), so the number and size of every page is known; then the
contents (with page numbers), and the margin stamps ("page x of y") are drawn; finally the
packet is streamed page by page into a temporary file beside the target, which is moved into
place only when complete. A record (or a page of one) that cannot be included becomes a notice
page named by the record's title, the export goes on, and a last page lists them all.

Every temporary file (generated pages, normalised sources, the packet being written) lives in a
private folder beside the packet, 0700 with 0600 files, never in the system's temp folder; a
folder left by an export that was killed is swept by the next export into the same folder.
"""

from __future__ import annotations

import datetime as dt
import errno
import logging
import os
import re
import shutil
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PIL import Image
from pypdf import PdfReader
from pypdf.errors import PdfReadError
from pypdf.generic import ArrayObject, BooleanObject, DictionaryObject, NameObject
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage

from ..core import readiness
from ..core.blobs import BlobStore
from ..core.documents import KIND_LABELS, KINDS, Document, clean_title
from ..core.errors import Reason, SecondOpError
from ..core.ocr.findings import identity_flags
from ..core.questions import TOP_COUNT
from ..core.secure import fsync_dir
from ..core.symptoms import SymptomEntry
from ..core.turns import every_ocr_rotation, page_turns
from ..core.validate import in_date_range
from ..core.workfiles import Ledger, private_dir, process_alive, work_name
from ..local_format import date_text, packet_locale, partial_date_text
from ..translations import QT_TRANSLATE_NOOP, SOURCE_LANGUAGE, packet_text
from . import images, normalise, sources, stamps, streamcheck, text_layer
from .canvas import MUTED, Canvas, font, page_points
from .clinical_document import draw_clinical_document, load_clinical_document
from .clinical_sections import draw_differences, draw_lab_trends
from .dicom_studies import (
    Study,
    copy_study_files,
    draw_study_page,
    folder_name,
    group_studies,
    qimage_of,
)
from .drawn_pages import DrawnPdf
from .errors import BadPage, BadPdf
from .manifest import draw_manifest, manifest_rows
from .opinion_pages import ComparisonData, draw_comparison
from .pdfstream import (
    ObjectCopier,
    StreamingPdfWriter,
    dictionary,
    fmt,
    fmt_bytes,
    name,
    numbers,
    ref,
    serialise,
    text_string,
)
from .question_sheet import QuestionSheet, write_question_sheet_pdf
from .readiness_block import draw_readiness
from .sections import (
    TocEntry,
    TocLink,
    draw_contents,
    draw_cover,
    draw_left_out,
    draw_notice,
    draw_summary,
    draw_symptom_log,
    draw_symptoms,
    toc_pages,
)
from .stamps import record_date
from .still_missing import draw_still_missing, missing_lines
from .summary_lists import ImportedLists
from .write_behind import WriteBehind

# lupdate finds translate("Context", "Text") calls; the packet's language is this thread's
translate = packet_text.translate

if TYPE_CHECKING:
    from ..core.vault import Vault

SECTIONS = ("cover", "summary", "opinions", "contents", "questions", "symptoms", "labs",
            "differences", "records", "manifest")
# Asked for, never there by default: the opinions and the comparison (for the treating doctor,
# after a second opinion), not for the specialist who is asked for one.
OPT_IN = frozenset({"opinions"})
PRODUCER = "SecondOp Desktop"
WORK_PREFIX = ".secondop-export-"  # + pid + "-": in the name of one export's private folder
VIEWER_DPI = 150  # a page that can only go in as a picture: sharp on paper, not huge
INK = 200  # grey level: a page with no pixel darker than this shows nothing
OUR_FAULT = ("an error in SecondOp Desktop kept it out (the details were saved to the log; "
             "please report it)")
Progress = Callable[[int, int, str], None]
log = logging.getLogger(__name__)

# What can still go wrong with a source once its pages were checked while planning: the page
# is left blank and listed. Anything else is ours: logged, and the page listed as our fault.
_PAGE_ERRORS = (BadPdf, BadPage, images.BadImage, PdfReadError)
HASH_WORKERS = 2  # stored files read and hashed at once while the packet is planned
KEPT_BYTES = 16 * 2**20  # of record PDFs kept parsed from planning to writing
# core.documents' kinds of record (no Qt there), as the contents and bookmarks name them
_KIND_TITLES = [QT_TRANSLATE_NOOP("Packet", "Imaging"), QT_TRANSLATE_NOOP("Packet", "Labs"),
                QT_TRANSLATE_NOOP("Packet", "Reports"), QT_TRANSLATE_NOOP("Packet", "Other")]


class PacketError(SecondOpError):
    """The packet could not be written; the message says why in plain words."""


@dataclass
class PacketOptions:
    sections: set[str] = field(default_factory=lambda: set(SECTIONS) - OPT_IN)
    record_ids: list[int] | None = None  # None: every record not in the trash
    email_size: bool = False
    page_size: str = "A4"
    language: str = SOURCE_LANGUAGE  # of the packet's generated text (translations.LANGUAGES)


EMAIL_LIMIT = 20 * 10**6  # bytes: most email services refuse a larger attachment


@dataclass
class PacketResult:
    path: Path
    pages: int
    notices: list[str]
    dicom_folder: Path | None  # or the protected zip of the DICOM files
    size: int = 0  # bytes
    protected: bool = False  # encrypted with a password before it took its name

    @property
    def size_text(self) -> str:
        return f"{self.size / 10**6:.1f} MB" if self.size >= 10**5 else f"{self.size // 1000} kB"

    @property
    def email_warning(self) -> str:
        """A warning when the packet is too large for most email, else ''."""
        if self.size <= EMAIL_LIMIT:
            return ""
        return (f"At {self.size_text}, most email services will refuse this packet (the usual "
                "limit is 20 MB): export it with the smaller file for email, or share it "
                "another way.")


@dataclass(frozen=True)
class GeneratedSource:
    """A page of one of the PDFs drawn for this packet (cover, summary, notices...)."""

    path: Path
    index: int


@dataclass(frozen=True)
class PdfSource:
    """A page of a record's PDF: the stored file, or its normalised copy."""

    path: Path
    index: int
    title: str  # the record's, for notices
    document_id: int = 0  # its OCR'd words, if any, go under the page (0: none)
    turn: int = 0  # degrees counter-clockwise it is turned to stand upright (core.turns)


@dataclass(frozen=True)
class ImageSource:
    """A frame of an image record."""

    doc: Document
    path: Path
    frame: images.Frame
    turn: int = 0  # degrees counter-clockwise it is turned to stand upright (core.turns)

    def natural_points(self) -> tuple[float, float]:
        """The frame's size as shown: a page turned a quarter swaps its sides."""
        w, h = self.frame.natural_points()
        return (h, w) if self.turn in (90, 270) else (w, h)


PageSource = GeneratedSource | PdfSource | ImageSource


@dataclass
class _Page:
    size: tuple[float, float]
    source: PageSource
    header: stamps.RecordHeader | None = None


@dataclass
class LeftOut:
    """A record, or a page of one, that is not in the packet, and why."""

    title: str
    reason: str

    @property
    def line(self) -> Reason:
        """English for the CLI; the export dialog shows it in the app's language."""
        return Reason(QT_TRANSLATE_NOOP("Reason", "{title}: could not be included: {reason}"),
                      title=self.title, reason=self.reason)


@dataclass
class _Bookmark:
    title: str
    page: int  # 0-based
    children: list[_Bookmark] = field(default_factory=list)
    open: bool = True
    number: int = 0  # its object number, once written

    def __post_init__(self) -> None:  # no control character reaches a bookmark or the contents
        self.title = clean_title(self.title)


def export_packet(vault: Vault, out: Path, options: PacketOptions | None = None,
                  progress: Progress | None = None,
                  check_cancel: Callable[[], None] | None = None,
                  password: str | None = None) -> PacketResult:
    """Write the packet to ``out``; a partial file is never left behind.

    With ``password`` the packet is encrypted before it takes its name, and the DICOM files go
    straight into a protected zip: the plaintext is only ever in the vault's private folder.
    The working folder is recorded in the vault, so a killed export's is removed at the next
    start.
    """
    out = Path(out)
    if password is not None:
        from .delivery import check_password

        check_password(password)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        sweep_leftovers(out.parent)
        private = private_dir(vault.root, vault.readonly)
        beside = private if password else out.parent  # where the plaintext is written
        with Ledger(private).tracking(beside / work_name(out.name, "export")) as work:
            os.mkdir(work, 0o700)
            options = options or PacketOptions()
            with packet_text.language_of_this_thread(options.language):  # the names it makes too
                builder = _Builder(vault, out, options, work,
                                   progress or (lambda *_: None), check_cancel or (lambda: None),
                                   password)
                return builder.run()
    except OSError as exc:
        raise PacketError(_disk_reason(exc, out)) from exc


def sweep_leftovers(folder: Path) -> None:
    """Remove what a killed export of ours left in ``folder``: its private working folder and
    DICOM copy in progress. Only ours (by name) and only of processes that are gone."""
    for entry in folder.glob(f"*{WORK_PREFIX}*"):  # (older versions: at the start of the name)
        match = re.search(rf"{re.escape(WORK_PREFIX)}(\d+)-", entry.name)
        if match and not process_alive(int(match.group(1))):
            shutil.rmtree(entry, ignore_errors=True)


def _private(path: Path) -> Path:
    path.chmod(0o600)
    return path


def _disk_reason(exc: OSError, out: Path) -> Reason:
    """English for the CLI; the export dialog shows it in the app's language."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return Reason(QT_TRANSLATE_NOOP(
            "Reason", "There is not enough free space on the disk to write the packet."))
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return Reason(QT_TRANSLATE_NOOP(
            "Reason", "The packet cannot be written to the folder {folder} (permission "
                      "denied)."), folder=out.parent)
    return Reason(QT_TRANSLATE_NOOP("Reason", "The packet could not be written ({problem})."),
                  problem=exc.strerror or exc)


# What the export dialog shows while it works: in the app's language, not the packet's
_PROGRESS = [QT_TRANSLATE_NOOP("PacketProgress", "Preparing the packet…"),
             QT_TRANSLATE_NOOP("PacketProgress", "Reading the records…"),
             QT_TRANSLATE_NOOP("PacketProgress", "Writing page {number} of {total}…"),
             QT_TRANSLATE_NOOP("PacketProgress", "Done")]


def _progress_text(text: str) -> str:
    return QCoreApplication.translate("PacketProgress", text)


def record_groups(vault: Vault, record_ids: list[int] | None) -> dict[str, list[Document]]:
    """Records by kind, oldest first; a given list keeps its order within each kind. Without
    a list, a record whose text names another patient is left out (named, it goes in)."""
    if record_ids is None:
        flagged = identity_flags(vault)
        # oldest record first, trash left out
        docs = [d for d in vault.documents.records() if d.id not in flagged]
    else:
        docs = [vault.documents.get(i) for i in dict.fromkeys(record_ids)]
    return {kind: [d for d in docs if d.kind == kind] for kind in KINDS}


class _Builder:
    def __init__(self, vault: Vault, out: Path, options: PacketOptions, work: Path,
                 progress: Progress, cancel: Callable[[], None],
                 password: str | None = None) -> None:
        self.vault, self.out, self.options, self.work = vault, out, options, work
        self.password = password
        self.progress, self.cancel = progress, cancel
        self.size = page_points(options.page_size)
        self.profile = vault.patient.get()
        self.pages: list[_Page] = []
        self.toc: list[TocEntry] = []
        self.bookmarks: list[_Bookmark] = []
        self.left_out: list[LeftOut] = []
        self.other_patient: list[LeftOut] = []  # left out on purpose, not in the notices
        self.write_notices: list[str] = []  # pages that failed while being written
        self.studies: list[tuple[Study, str]] = []  # with their folder inside the DICOM folder
        self.dicom_name = folder_name(out)
        self.fixes: dict[Path, dict[int, bytes]] = {}  # repaired streams, by source file
        self.toc_links: list[TocLink] = []
        self.open_images = images.OpenImages()
        self.toc_at = 0
        self._record_canvas: Canvas | None = None
        self.placed: list[tuple[Document | Study, _Bookmark, int]] = []  # for the manifest
        self.lab_tests: list = []  # the lab trends drawn, to number their records' pages
        self._hashes: dict[int, Future[str]] = {}  # record id: its stored file's SHA-256
        # The pages OCR read (with the turn it found), by record: read once when the records
        # are planned; a page not in it has no text layer to lay under it.
        self.ocr: dict[int, dict[int, int]] = {}
        self._kept: dict[Path, PdfReader] = {}  # record PDFs parsed while planning (_keep_open)
        self._kept_bytes = 0

    # -- planning --------------------------------------------------------------------------------
    def _section(self, key: str, title: str, path: Path, pages: int) -> None:
        start = len(self.pages)
        self.pages += [_Page(self.size, GeneratedSource(path, i)) for i in range(pages)]
        if key not in ("cover", "contents"):
            self.toc.append(TocEntry(0, title, start + 1))
        self.bookmarks.append(_Bookmark(title, start))

    def _canvas(self, label: str) -> Canvas:
        return Canvas(self.work / f"{label}.pdf", self.size, label)

    def _finish(self, c: Canvas) -> int:
        pages = c.finish()
        _private(c.path)
        return pages

    def run(self) -> PacketResult:
        wanted = self.options.sections
        self.progress(0, 0, _progress_text("Preparing the packet…"))
        groups = record_groups(self.vault, self.options.record_ids) if "records" in wanted else {}
        # Every stored file is checked against its hash before it goes in: read and hashed on
        # two threads from the start (hashing lets go of the GIL), while the front pages are
        # drawn and the records planned; the planning waits only for the ones not done yet.
        with ThreadPoolExecutor(HASH_WORKERS, thread_name_prefix="export-hash") as pool:
            self._hashes = {doc.id: pool.submit(BlobStore.hash_file,
                                                self.vault.documents.path(doc))
                            for docs in groups.values() for doc in docs}
            try:
                return self._build(groups)
            finally:
                for future in self._hashes.values():
                    future.cancel()  # a cancelled export waits for no more of them

    def _build(self, groups: dict[str, list[Document]]) -> PacketResult:
        wanted = self.options.sections
        if "records" in wanted:
            self._leave_out_other_patients()
        front: list[tuple[str, str, Path, int]] = []
        if "summary" in wanted:
            c = self._canvas("summary")
            draw_summary(c, self.profile, self.vault.medications.entries(),
                         self.vault.allergies.entries(), self._timeline(groups),
                         self.vault.medications.state(), self.vault.allergies.state(),
                         ImportedLists.from_store(self.vault.clinical))
            draw_still_missing(c, missing_lines(self.vault.requests.all()))
            self._draw_readiness(c, groups)
            front.append(("summary", translate("Packet", "Summary"), c.path, self._finish(c)))
        if "opinions" in wanted and self.vault.opinions.count():
            front.append(self._opinions())
        self.cancel()
        if "questions" in wanted:
            path = self.work / "questions.pdf"
            pages = write_question_sheet_pdf(path, QuestionSheet.from_vault(self.vault),
                                             self.options.page_size, footer=False)
            front.append(("questions", translate("Packet", "Questions"), _private(path), pages))
        symptoms = self._symptom_entries() if "symptoms" in wanted else []
        # The full log goes after the records when there are any: reviewers read the summary.
        log_after = bool(symptoms) and any(groups.values())
        if "symptoms" in wanted:
            c = self._canvas("symptoms")
            draw_symptoms(c, symptoms, log_in_appendix=log_after)
            front.append(("symptoms", translate("Packet", "Symptoms"), c.path, self._finish(c)))
        front += self._clinical_sections(wanted, groups)
        self.cancel()
        summary_pages = front[0][3] if front and front[0][0] == "summary" else 0
        cover_pages = 0
        if "cover" in wanted:
            cover_path, cover_pages = self._draw_cover(summary_pages, "contents" in wanted)
            self._section("cover", translate("Packet", "Cover"), cover_path, cover_pages)
        toc_at = None
        for key, title, path, pages in front:
            self._section(key, title, path, pages)
            if key == "summary":
                toc_at = len(self.pages)
        toc_at = cover_pages if toc_at is None else toc_at
        self._plan_records(groups)
        if log_after:
            self._append_symptom_log(symptoms)
        if "contents" in wanted:
            self._insert_contents(toc_at)
        self._number_lab_records()
        self._append_manifest()
        return self._write()

    def _draw_readiness(self, c: Canvas, groups: dict[str, list[Document]]) -> None:
        """What the file includes for the reviewer, and what is still missing."""
        in_packet = {d.id for docs in groups.values() for d in docs}
        draw_readiness(c, readiness.check(self.vault), in_packet)

    def _opinions(self) -> tuple[str, str, Path, int]:
        """The opinions side by side and the decision guide, right after the Summary."""
        c = self._canvas("opinions")
        draw_comparison(c, ComparisonData.of(self.vault))
        return ("opinions", translate("Packet", "Opinions and comparison"), c.path, self._finish(c))

    def _symptom_entries(self) -> list:
        """The log, less entries dated where no date can be (year 1, 9999: stored by an older
        version), which are listed as not included: one odd value never stops the export."""
        entries = []
        for entry in self.vault.symptoms.entries():
            if in_date_range(entry.at.date()):
                entries.append(entry)
            else:
                when = entry.at.isoformat(timespec="minutes")
                self.left_out.append(LeftOut(
                    translate("Packet", "Symptom log: {name} at {when}").format(
                        name=entry.symptom, when=when),
                    "its date is not from 1900 to a year from today; correct it on the "
                    "Symptoms screen"))  # English in the notices; draw_left_out translates it
        return entries

    def _leave_out_other_patients(self) -> None:
        """Records naming another patient that are not in the packet are listed as such on
        the "Not included" page (never that patient's name: it is someone else's data)."""
        flagged = identity_flags(self.vault)
        chosen = self.options.record_ids
        why = "names another patient"
        self.other_patient = [LeftOut(clean_title(d.title), why)
                              for d in self.vault.documents.records()
                              if d.id in flagged and (chosen is None or d.id not in chosen)]

    def _clinical_sections(self, wanted: set[str], groups: dict[str, list[Document]]
                           ) -> list[tuple[str, str, Path, int]]:
        """Lab trends and unsettled differences, when the imported records have any."""
        out = []
        tests = self.vault.clinical.lab_tests() if "labs" in wanted else []
        if tests:
            c = self._canvas("labs")
            # Room for each record's page, not known yet: "(page 999)" takes the place the
            # number takes once the records are placed (_number_lab_records).
            in_packet = {d.id for docs in groups.values() for d in docs}
            draw_lab_trends(c, tests, dict.fromkeys(in_packet, 999))
            self.lab_tests = tests
            out.append(("labs", translate("Packet", "Lab trends"), c.path, self._finish(c)))
        differences = self.vault.clinical.unresolved() if "differences" in wanted else []
        if differences:
            labels = {d.id: d.title for d in self.vault.documents.records(trashed=None)}
            c = self._canvas("differences")
            draw_differences(c, differences, labels)
            out.append(("differences", translate("Packet", "Differences between records"), c.path,
                        self._finish(c)))
        return out

    def _number_lab_records(self) -> None:
        """The lab table names each result's record with the page it starts on, known only once
        the records are placed: drawn again with the pages, and taken when that takes as many
        pages as the first drawing, which kept room for them (else the first stays)."""
        first = [i for i, p in enumerate(self.pages) if isinstance(p.source, GeneratedSource)
                 and p.source.path.name == "labs.pdf"]
        starts = {item.id: mark.page + 1 for item, mark, _count in self.placed
                  if isinstance(item, Document)}
        if not first or not starts or not self.lab_tests:
            return
        c = self._canvas("labs-numbered")
        draw_lab_trends(c, self.lab_tests, starts)
        if self._finish(c) == len(first):
            for index, at in enumerate(first):
                self.pages[at] = _Page(self.size, GeneratedSource(c.path, index),
                                       self.pages[at].header)

    def _append_symptom_log(self, entries: list[SymptomEntry]) -> None:
        """The appendix after the records: every entry of the symptom log."""
        c = self._canvas("symptom-log")
        draw_symptom_log(c, entries)
        title = translate("Packet", "Symptom log")
        self._section("symptom-log", title, c.path, self._finish(c))

    def _append_manifest(self) -> None:
        """The last page(s): every original file with its pages and SHA-256."""
        if not self.placed or "manifest" not in self.options.sections:
            return
        c = self._canvas("manifest")
        draw_manifest(c, manifest_rows([(item, mark.page, count)
                                        for item, mark, count in self.placed],
                                       self.vault.documents.files))
        start = len(self.pages)
        self.pages += [_Page(self.size, GeneratedSource(c.path, i))
                       for i in range(self._finish(c))]
        self.bookmarks.append(_Bookmark(translate("Packet", "Manifest"), start))

    def _draw_cover(self, summary_pages: int, contents: bool) -> tuple[Path, int]:
        """The cover, drawn once: its footer names the contents page, known once the cover's
        own length is (the footer is the last thing drawn)."""
        c = self._canvas("cover")
        draw_cover(c, self.profile, self.vault.appointment.get(),
                   [q for q in self.vault.questions.entries("priority = 1")
                    if not q.answered][:TOP_COUNT],
                   (lambda cover_pages: cover_pages + summary_pages + 1) if contents else None)
        return c.path, self._finish(c)

    def _timeline(self, groups: dict[str, list[Document]]) -> list[tuple[str, str]]:
        """(date as the packet's language writes it, what), in the order of the real dates."""
        locale = packet_locale()
        rows = [(e.date, partial_date_text(e.date, locale), e.what)
                for e in self.vault.timeline.entries()]
        record = translate("Packet", "Record: {title}")
        rows += [(d.record_date.isoformat(), record_date(d),
                  record.format(title=clean_title(d.title)))
                 for docs in groups.values() for d in docs if d.record_date]
        return [(shown, what) for _key, shown, what in sorted(rows, key=lambda r: r[0])]

    def _insert_contents(self, at: int) -> None:
        count = toc_pages(len(self.toc), self.size)
        for entry in self.toc:  # everything from ``at`` on moves down by the contents' pages
            if entry.page > at:
                entry.page += count
        _shift(self.bookmarks, at, count)
        c = self._canvas("contents")
        self.toc_links = draw_contents(c, self.toc)
        drawn = self._finish(c)
        if drawn != count:
            raise RuntimeError(f"the contents took {drawn} pages, {count} were planned")
        self.pages[at:at] = [_Page(self.size, GeneratedSource(c.path, i)) for i in range(count)]
        self.bookmarks.insert(next((i for i, b in enumerate(self.bookmarks) if b.page > at),
                                   len(self.bookmarks)),
                              _Bookmark(translate("Packet", "Contents"), at))
        self.toc_at = at

    def _plan_records(self, groups: dict[str, list[Document]]) -> None:
        self.ocr = every_ocr_rotation(self.vault)
        total = sum(len(v) for v in groups.values())
        done = 0
        for kind in KINDS:
            docs = groups.get(kind, [])
            if not docs:
                continue
            kind_title = translate("Packet", KIND_LABELS[kind])
            kind_mark = _Bookmark(kind_title, len(self.pages))
            self.toc.append(TocEntry(0, kind_title, len(self.pages) + 1))
            self.bookmarks.append(kind_mark)
            for item in group_studies(docs):
                self.cancel()
                done += len(item) if isinstance(item, Study) else 1
                self.progress(done, total, _progress_text("Reading the records…"))
                before = len(self.pages)
                mark = self._plan_item(item)
                self.placed.append((item, mark, len(self.pages) - before))
                kind_mark.children.append(mark)
                self.toc.append(TocEntry(1, mark.title, mark.page + 1, _date_text(item)))
        if self.left_out or self.other_patient:
            start = self._generated(lambda c: draw_left_out(
                c, [(x.title, x.reason) for x in self.left_out + self.other_patient]))
            self.toc.append(TocEntry(0, translate("Packet", "Not included"), start + 1))
            self.bookmarks.append(_Bookmark(translate("Packet", "Not included"), start))
        if self._record_canvas is not None:
            self._finish(self._record_canvas)

    def _plan_item(self, item: Document | Study) -> _Bookmark:
        if isinstance(item, Study):
            if self.password:  # the zip's names are readable without it: say nothing there
                item.folder = translate("DicomStudies", "Study {number}").format(
                    number=len(self.studies) + 1)
            folder = f"{self.dicom_name}/{item.folder}"
            self.studies.append((item, item.folder))
            start = self._generated(lambda c: draw_study_page(
                c, item, folder, self.vault.documents.files, self.profile))
            return _Bookmark(item.title, start, open=False)
        doc = item
        path = self.vault.documents.path(doc)
        try:
            if self._hashes[doc.id].result() != doc.sha256:
                raise BadPdf("its stored file is damaged (it changed after import)")
            if doc.format == "pdf":  # decrypted, repaired when it had to be
                return self._plan_pdf(doc, self.vault.documents.readable_path(doc))
            if doc.format in ("ccda", "fhir"):
                loaded = load_clinical_document(path, doc.format, doc.meta)
                start = self._generated(lambda c: draw_clinical_document(c, loaded))
                return _Bookmark(doc.title, start, open=False)
            return self._plan_image(doc, path)
        except FileNotFoundError:
            reason = "its stored file is missing"
        except (BadPdf, images.BadImage) as exc:
            reason = str(exc)
        except SecondOpError as exc:  # the readable copy could not be made, or a clinical
            # document that can no longer be read
            reason = exc.reason
        except OSError as exc:
            if exc.errno in (errno.ENOSPC, errno.EDQUOT):
                raise  # our disk, not the record: the export stops and says so
            reason = f"its stored file cannot be read ({exc.strerror or exc})"
        except Exception:  # noqa: BLE001 - ours, not the file's: logged, the export goes on
            log.exception("record %s could not be planned into the packet", doc.id)
            reason = OUR_FAULT
        return self._notice(doc, reason)

    def _notice(self, doc: Document, reason: str, page: int | None = None) -> _Bookmark:
        name_ = clean_title(doc.title)
        title = name_ if page is None else translate("Packet", "{title}, page {page}").format(
            title=name_, page=page)
        self.left_out.append(LeftOut(title, reason))
        start = self._generated(lambda c: draw_notice(c, title, _record_fields(doc), reason))
        return _Bookmark(doc.title, start, open=False)

    def _generated(self, draw: Callable[[Canvas], None]) -> int:
        """Draw generated record pages (studies, notices); returns the first's packet index."""
        if self._record_canvas is None:
            self._record_canvas = self._canvas("records")
        else:
            self._record_canvas.new_page(self.size)
        c = self._record_canvas
        first = c.pages - 1
        draw(c)
        start = len(self.pages)
        self.pages += [_Page(self.size, GeneratedSource(c.path, i))
                       for i in range(first, c.pages)]
        return start

    def _plan_pdf(self, doc: Document, path: Path) -> _Bookmark:
        usable, reader = sources.prepare(path, self.work / f"record-{doc.id}.pdf")
        geometry, outline = sources.probe(reader)
        bad, repaired, checker = _check_pages(usable, reader)
        if checker.unparsed and usable == path:  # pypdf gave up on some object: qpdf's copy
            usable = normalise.normalise(path, self.work / f"record-{doc.id}.pdf")
            reader = sources.open_pdf(usable)
            geometry, outline = sources.probe(reader)
            before = set(bad)
            bad, repaired, checker = _check_pages(usable, reader)
            repaired = sorted({*repaired, *(str(n + 1) for n in before if n not in bad)},
                              key=int)
        if repaired:
            self.write_notices.append(Reason(QT_TRANSLATE_NOOP(
                "Reason", "{title}, page {pages}: included as qpdf repairs it (part of it is "
                          "damaged and is shown as viewers show it)"),
                title=clean_title(doc.title), pages=", ".join(repaired)))
        for number in doc.meta.get("heavy_pages", []):  # found at import: a notice in its place
            if 0 < number <= len(geometry):
                bad.setdefault(number - 1, streamcheck.TOO_LARGE)
        if len(bad) == len(geometry) and not any(
                why == streamcheck.DAMAGED and self._viewer_picture(usable, index) is not None
                for index, why in bad.items()):
            raise BadPdf(next(iter(bad.values())))
        self.fixes[usable] = checker.fixes
        turns = page_turns(self.vault, doc, self.ocr.get(doc.id, {}))
        start = len(self.pages)
        header = stamps.RecordHeader.of(doc)
        where: dict[int, int] = {}  # page of the source: its packet index
        for index, page_geometry in enumerate(geometry):
            where[index] = len(self.pages)
            if index in bad:
                if bad[index] != streamcheck.DAMAGED or not self._as_viewers_show(
                        doc, usable, index):
                    self._notice(doc, bad[index], index + 1)
                continue
            on_page = header.on_page(index)
            turn = turns.get(index, 0)
            shown = sources.turned(page_geometry, turn).display_size
            self.pages.append(_Page(stamps.pdf_page(shown, on_page, self.size),
                                    PdfSource(usable, index, doc.title, doc.id, turn), on_page))
        self._keep_open(usable, reader)
        return _Bookmark(doc.title, start, _nested(outline, where), open=False)

    def _keep_open(self, path: Path, reader: PdfReader) -> None:
        """Keep a small record's PDF, parsed, for its pages to be copied from (parsing it
        again costs more than the copy), within KEPT_BYTES for all of them: pypdf holds the
        whole file in memory."""
        size = path.stat().st_size
        if self._kept_bytes + size <= KEPT_BYTES:
            self._kept[path] = reader
            self._kept_bytes += size

    def _as_viewers_show(self, doc: Document, usable: Path, index: int) -> bool:
        """A page whose data cannot be copied but that pdfium draws (with something on it):
        a picture of it goes in, and a note says so. False when there is nothing to show."""
        image = self._viewer_picture(usable, index)
        if image is None:
            return False  # blank as viewers show it too: the notice says what happened
        picture = qimage_of(image)
        title = translate("Packet", "{title}, page {page}").format(title=clean_title(doc.title),
                                                                   page=index + 1)
        self._generated(lambda c: draw_page_picture(c, title, picture))
        self.write_notices.append(Reason(QT_TRANSLATE_NOOP(
            "Reason", "{title}, page {page}: included as a picture of how viewers show it (its "
                      "data could not be copied)"), title=clean_title(doc.title), page=index + 1))
        return True

    @staticmethod
    def _viewer_picture(usable: Path, index: int) -> Image.Image | None:
        """The page as pdfium draws it, or None when that shows nothing (or fails)."""
        from ..core.ocr.render import RenderFailed, render_page

        try:
            image, _dpi = render_page(usable, index, dpi=VIEWER_DPI, colour=True)
        except RenderFailed:
            return None
        darkest = image.convert("L").getextrema()[0]
        return image if isinstance(darkest, (int, float)) and darkest <= INK else None

    def _plan_image(self, doc: Document, path: Path) -> _Bookmark:
        frames = images.probe(path, doc.format)
        turns = page_turns(self.vault, doc, self.ocr.get(doc.id, {}))
        start = len(self.pages)
        header = stamps.RecordHeader.of(doc)
        for frame in frames:
            on_page = header.on_page(frame.index)
            source = ImageSource(doc, path, frame, turns.get(frame.index, 0))
            size, _ = stamps.image_page(source.natural_points(), self.size, on_page)
            self.pages.append(_Page(size, source, on_page))
        return _Bookmark(doc.title, start, open=False)

    # -- writing ---------------------------------------------------------------------------------
    def _write(self) -> PacketResult:
        total = len(self.pages)
        overlay = stamps.draw_stamps(self.work / "stamps.pdf", self.profile,
                                     [(p.size, p.header) for p in self.pages], self.cancel)
        _private(overlay)
        tmp = self.work / "packet.pdf.part"
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            behind = WriteBehind(handle)
            try:
                self._stream(StreamingPdfWriter(handle), overlay, total, behind.written)
            finally:
                behind.stop()
            behind.finish()
        if self.password:
            folder = self._protect(tmp)
        else:
            folder = self._place(tmp)
        self.progress(total, total, _progress_text("Done"))
        return PacketResult(self.out, total, [x.line for x in self.left_out] + self.write_notices,
                            folder, self.out.stat().st_size, bool(self.password))

    def _place(self, tmp: Path) -> Path | None:
        """The packet and its DICOM folder (copied in the working folder) take their names."""
        dicom_tmp = None
        if self.studies:
            dicom_tmp = copy_study_files(self.vault, self.work / self.out.name, self.studies,
                                         self.cancel)
            _make_private(dicom_tmp)
        self.cancel()
        os.replace(tmp, self.out)
        if dicom_tmp is None:
            return None
        folder = self.out.parent / self.dicom_name
        _replace_folder(dicom_tmp, folder)
        return folder

    def _protect(self, tmp: Path) -> Path | None:
        """Encrypt into work files beside the target (0600, recorded), then rename: the final
        names never hold plaintext, not even for a moment."""
        from .delivery import encrypt_pdf, zip_studies

        assert self.password is not None
        ledger = Ledger(private_dir(self.vault.root, self.vault.readonly))
        with ExitStack() as stack:
            packet = stack.enter_context(ledger.tracking(
                self.out.parent / work_name(self.out.name, "protect")))
            encrypt_pdf(tmp, packet, self.password)
            archive = final_zip = None
            if self.studies:
                final_zip = self.out.parent / f"{self.dicom_name}.zip"
                archive = stack.enter_context(ledger.tracking(
                    self.out.parent / work_name(final_zip.name, "protect")))
                zip_studies(self.vault, self.studies, self.dicom_name, archive, self.password,
                            self.cancel)
            self.cancel()
            os.replace(packet, self.out)
            if archive is not None and final_zip is not None:
                os.replace(archive, final_zip)
            fsync_dir(self.out.parent)
            return final_zip

    def _stream(self, writer: StreamingPdfWriter, overlay: Path, total: int,
                written: Callable[[], None]) -> None:
        page_refs = [writer.alloc() for _ in self.pages]
        pages_root = writer.alloc()
        readers: dict[Path, tuple[PdfReader, ObjectCopier]] = {}
        links = self._link_annotations(page_refs)
        # Our own drawings stay open to the end: each of their fonts is written once.
        with ExitStack() as drawn:
            stamps_pdf = drawn.enter_context(DrawnPdf(overlay, writer))
            opened: dict[Path, DrawnPdf] = {}

            def drawn_pdf(path: Path) -> DrawnPdf:
                if path not in opened:
                    opened[path] = drawn.enter_context(DrawnPdf(path, writer))
                return opened[path]

            try:
                self._stream_pages(writer, page_refs, pages_root, stamps_pdf, drawn_pdf,
                                   readers, links, total, written)
            finally:
                self.open_images.close()
        self._finish_document(writer, page_refs, pages_root)

    def _stream_pages(self, writer: StreamingPdfWriter, page_refs: list[int], pages_root: int,
                      stamps_pdf: DrawnPdf, drawn_pdf: Callable[[Path], DrawnPdf],
                      readers: dict[Path, tuple[PdfReader, ObjectCopier]],
                      links: dict[int, list[DictionaryObject]], total: int,
                      written: Callable[[], None]) -> None:
        for index, page in enumerate(self.pages):
            if index % 8 == 0:
                self.cancel()
                written()
                self.progress(index, total, _progress_text("Writing page {number} of {total}…")
                              .format(number=index + 1, total=total))
            resources = {"/SOStamp": stamps_pdf.page_form(index)}  # name: object number
            try:
                if isinstance(page.source, GeneratedSource):
                    resources["/SOContent"] = drawn_pdf(page.source.path).page_form(
                        page.source.index)
                    content = b"/SOContent Do"
                else:
                    content = self._page_body(writer, page, readers, resources)
            except _PAGE_ERRORS as exc:
                content = self._left_blank(page, resources, str(exc))
            except OSError:
                raise
            except Exception:  # noqa: BLE001 - ours: logged, the page listed, the export goes on
                log.exception("page %d of the packet could not be written", index + 1)
                content = self._left_blank(page, resources, OUR_FAULT)
            content += b"\n/SOStamp Do"
            xobjects = b"".join(b"%s %d 0 R" % (key.encode(), number)
                                for key, number in resources.items())
            annots = b""
            if index in links:
                parts = [b"/Annots"]
                serialise(ArrayObject(links[index]), parts)
                annots = b"".join(parts)
            writer.write_raw(page_refs[index], b"<</Type/Page/Parent %d 0 R/MediaBox[0 0 %s]"
                             b"/Resources<</XObject<<%s>>>>/Contents %d 0 R%s>>" % (
                                 pages_root, fmt_bytes(*page.size), xobjects,
                                 writer.add_content(content), annots))
            if isinstance(page.source, PdfSource) and self._last_of_source(index):
                readers.pop(page.source.path, None)  # done with this source: let it go

    def _finish_document(self, writer: StreamingPdfWriter, page_refs: list[int],
                         pages_root: int) -> None:
        writer.write(pages_root, dictionary(
            Type=name("Pages"), Kids=ArrayObject(ref(r) for r in page_refs),
            Count=numbers(len(page_refs))[0]))
        outlines = self._write_outlines(writer, page_refs)
        catalog = dictionary(Type=name("Catalog"), Pages=ref(pages_root),
                             PageLabels=self._page_labels(),
                             ViewerPreferences=dictionary(DisplayDocTitle=BooleanObject(True)))
        if outlines:
            catalog[NameObject("/Outlines")] = ref(outlines)
            catalog[NameObject("/PageMode")] = name("UseOutlines")
        root = writer.add(catalog)
        info = writer.add(dictionary(
            Title=text_string(self._title()),
            Producer=text_string(PRODUCER), Creator=text_string(PRODUCER),
            CreationDate=text_string(dt.datetime.now().strftime("D:%Y%m%d%H%M%S"))))
        writer.finish(root, info)

    def _title(self) -> str:
        """The PDF's own title (viewers show it in their title bar)."""
        if not self.profile.name:
            return translate("Packet", "Consultation packet")
        return translate("Packet", "Consultation packet – {name}").format(name=self.profile.name)

    def _left_blank(self, page: _Page, resources: dict[str, int], reason: str) -> bytes:
        """The page stays (numbering holds) but empty; the result's notices say why."""
        resources.pop("/SOContent", None)
        resources.pop("/SOText", None)
        source = page.source
        title = (source.doc.title if isinstance(source, ImageSource) else
                 source.title if isinstance(source, PdfSource) else "A generated page")
        self.write_notices.append(Reason(QT_TRANSLATE_NOOP(
            "Reason", "{title}: page could not be included: {reason}"), title=title,
            reason=reason))
        return b""

    def _last_of_source(self, index: int) -> bool:
        following = self.pages[index + 1] if index + 1 < len(self.pages) else None
        here = self.pages[index].source
        return following is None or isinstance(following.source, ImageSource) or (
            following.source.path != getattr(here, "path", None))

    def _page_body(self, writer: StreamingPdfWriter, page: _Page,
                   readers: dict[Path, tuple[PdfReader, ObjectCopier]],
                   resources: dict[str, int]) -> bytes:
        source = page.source
        if isinstance(source, ImageSource):
            doc, frame = source.doc, source.frame
            size, rect = stamps.image_page(source.natural_points(), self.size, page.header)
            across = rect[3] if source.turn in (90, 270) else rect[2]  # the image's own width
            image_ref, orientation = images.write_frame(writer, source.path, doc.format, frame,
                                                        across, self.options.email_size,
                                                        self.open_images)
            resources["/SOContent"] = image_ref
            matrix = images.placed(orientation, source.turn, rect)
            words = b""
            if frame.index in self.ocr.get(doc.id, {}):
                words = text_layer.image_page_layer(writer, self.vault, doc.id, frame.index,
                                                    rect, size, resources, source.turn)
            return f"q {' '.join(fmt(v) for v in matrix)} cm /SOContent Do Q".encode() + words
        assert isinstance(source, PdfSource)  # our own drawings are DrawnPdf's (_stream_pages)
        if source.path not in readers:
            copier = ObjectCopier(writer)
            copier.fixes = self.fixes.get(source.path, {})
            kept = self._kept.pop(source.path, None)
            readers[source.path] = (kept or sources.open_pdf(source.path), copier)
        reader, copier = readers[source.path]
        pdf_page = reader.pages[source.index]
        if self.options.email_size:
            copier.email_page = page.size
        form = sources.page_form(writer, copier, pdf_page)
        reader.resolved_objects.clear()  # written: let the parsed objects go
        resources["/SOContent"] = form
        geometry = sources.turned(sources.page_geometry(pdf_page), source.turn)
        area = stamps.content_area(page.size, page.header)
        x, y, w, h = area
        matrix = sources.placement(geometry, area)
        words = b""
        if source.index in self.ocr.get(source.document_id, {}):
            words = text_layer.pdf_page_layer(writer, self.vault, source.document_id,
                                              source.index, geometry.box, matrix, page.size,
                                              resources, sources.page_geometry(pdf_page).rotate)
        return (f"q {fmt(x)} {fmt(y)} {fmt(w)} {fmt(h)} re W n "
                f"{' '.join(fmt(v) for v in matrix)} cm /SOContent Do Q").encode() + words

    def _link_annotations(self, page_refs: list[int]) -> dict[int, list[DictionaryObject]]:
        links: dict[int, list[DictionaryObject]] = {}
        for link in self.toc_links:
            page_index = self.toc_at + link.toc_page
            height = self.pages[page_index].size[1]
            x, y, w, h = link.rect
            links.setdefault(page_index, []).append(dictionary(
                Type=name("Annot"), Subtype=name("Link"),
                Rect=numbers(x, height - y - h, x + w, height - y), Border=numbers(0, 0, 0),
                Dest=ArrayObject([ref(page_refs[link.page - 1]), name("Fit")])))
        return links

    def _page_labels(self) -> DictionaryObject:
        """The cover is labelled "Cover"; the rest are numbered as stamped."""
        has_cover = "cover" in self.options.sections and len(self.pages) > 0
        nums: list = []
        if has_cover:
            nums += [numbers(0)[0], dictionary(P=text_string(translate("Packet", "Cover")))]
            nums += [numbers(1)[0], dictionary(S=name("D"), St=numbers(2)[0])]
        else:
            nums += [numbers(0)[0], dictionary(S=name("D"))]
        return dictionary(Nums=ArrayObject(nums))

    def _write_outlines(self, writer: StreamingPdfWriter, page_refs: list[int]) -> int | None:
        if not self.bookmarks:
            return None
        root = writer.alloc()
        count = _write_level(writer, self.bookmarks, root, page_refs)
        first, last = self.bookmarks[0].number, self.bookmarks[-1].number
        writer.write(root, dictionary(Type=name("Outlines"), First=ref(first), Last=ref(last),
                                      Count=numbers(count)[0]))
        return root


def _write_level(writer: StreamingPdfWriter, marks: list[_Bookmark], parent: int,
                 page_refs: list[int]) -> int:
    """Write one level of bookmarks; returns how many are visible (for /Count)."""
    for mark in marks:
        mark.number = writer.alloc()
    visible = 0
    for i, mark in enumerate(marks):
        entry = dictionary(Title=text_string(mark.title), Parent=ref(parent),
                           Dest=ArrayObject([ref(page_refs[min(mark.page, len(page_refs) - 1)]),
                                             name("Fit")]))
        if i:
            entry[NameObject("/Prev")] = ref(marks[i - 1].number)
        if i + 1 < len(marks):
            entry[NameObject("/Next")] = ref(marks[i + 1].number)
        visible += 1
        if mark.children:
            below = _write_level(writer, mark.children, mark.number,
                                 page_refs)
            entry[NameObject("/First")] = ref(mark.children[0].number)
            entry[NameObject("/Last")] = ref(mark.children[-1].number)
            entry[NameObject("/Count")] = numbers(below if mark.open else -below)[0]
            if mark.open:
                visible += below
        writer.write(mark.number, entry)
    return visible


def draw_page_picture(c: Canvas, title: str, picture: QImage) -> None:
    """A source page drawn as the picture pdfium made of it, as large as the page allows."""
    c.paragraph(translate("Packet", "{title}, as viewers show it (a picture: its data could not "
                                    "be copied)").format(title=title),
                font(8.5, italic=True), MUTED)
    room_w, room_h = c.text_width, c.bottom - c.y
    scale = min(room_w / picture.width(), room_h / picture.height())
    w, h = picture.width() * scale, picture.height() * scale
    c.image(picture, c.left + (room_w - w) / 2, c.y, w, h)


def _check_pages(usable: Path, reader: PdfReader
                 ) -> tuple[dict[int, str], list[str], streamcheck.PageChecker]:
    """Each page's streams checked: the pages left out (and why), the pages repaired (1-based,
    as text) and the checker with its repairs."""
    rescue = streamcheck.QpdfRescue(usable)
    checker = streamcheck.PageChecker(rescue)
    bad: dict[int, str] = {}
    repaired: list[str] = []
    try:
        for index, page in enumerate(reader.pages):
            try:
                checker.check(page)
            except BadPage as exc:
                bad[index] = str(exc)
            if checker.repaired and index not in bad:
                repaired.append(str(index + 1))
            reader.resolved_objects.clear()  # checked: let the parsed objects go
    finally:
        rescue.close()
    return bad, repaired, checker


def _nested(outline: list[sources.Outline], where: dict[int, int]) -> list[_Bookmark]:
    return [_Bookmark(o.title, where[o.page], _nested(o.children, where), open=False)
            for o in outline if o.page in where]


def _shift(marks: list[_Bookmark], at: int, count: int) -> None:
    for mark in marks:
        if mark.page >= at:
            mark.page += count
        _shift(mark.children, at, count)


def _date_text(item: Document | Study) -> str:
    return date_text(item.date if isinstance(item, Study) else item.record_date, packet_locale())


def _record_fields(doc: Document) -> list[tuple[str, str]]:
    return [(translate("Packet", "Date"), record_date(doc, translate("Packet", "unknown"))),
            (translate("Packet", "From"), doc.provider),
            (translate("Packet", "Original file"), doc.original_name)]


def _make_private(folder: Path) -> None:
    """Folders 0700 and files 0600, as in the vault: the DICOM copy is health data too."""
    folder.chmod(0o700)
    for root, dirs, files in os.walk(folder):
        for name_ in dirs:
            os.chmod(os.path.join(root, name_), 0o700)
        for name_ in files:
            os.chmod(os.path.join(root, name_), 0o600)


def _replace_folder(new: Path, final: Path) -> None:
    """Put the new DICOM folder in place; an older one of ours (marked) is replaced."""
    old = None
    if final.exists():
        old = final.with_name(f".{final.name}.old")
        shutil.rmtree(old, ignore_errors=True)
        os.replace(final, old)
    os.replace(new, final)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
