"""The consultation packet: one PDF for the specialist, built from the vault.

Order of work: generated sections are drawn with QtGui into temporary PDFs; every record is
probed (page sizes, frames, bookmarks), so the number and size of every page is known; then the
contents (with page numbers), and the margin stamps ("page x of y") are drawn; finally the
packet is streamed page by page into a temporary file beside the target, which is moved into
place only when complete. A record that cannot be read becomes a notice page, and the export
goes on.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import shutil
import tempfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import PdfReadError
from pypdf.generic import ArrayObject, BooleanObject, DictionaryObject, NameObject

from ..core.blobs import BlobStore
from ..core.documents import KIND_LABELS, KINDS, Document
from ..core.errors import RefusedFile, SecondOpError
from . import images, sources, stamps
from .canvas import Canvas, page_points
from .dicom_studies import Study, copy_study_files, draw_study_page, folder_name, group_studies
from .manifest import draw_manifest, manifest_rows
from .pdfstream import (
    ObjectCopier,
    StreamingPdfWriter,
    dictionary,
    fmt,
    name,
    numbers,
    ref,
    text_string,
)
from .question_sheet import QuestionSheet, write_question_sheet_pdf
from .sections import (
    TocEntry,
    draw_contents,
    draw_cover,
    draw_notice,
    draw_summary,
    draw_symptoms,
    toc_pages,
)
from .still_missing import draw_still_missing

SECTIONS = ("cover", "summary", "contents", "questions", "symptoms", "records", "manifest")
PRODUCER = "SecondOp Desktop"
Progress = Callable[[int, int, str], None]


# A page that fails while being copied is left blank (the notice says why); disk errors are not.
_PAGE_ERRORS = (sources.BadPdf, images.BadImage, PdfReadError, ValueError, KeyError, TypeError,
                AttributeError, IndexError, zlib.error)


class PacketError(SecondOpError):
    """The packet could not be written; the message says why in plain words."""


@dataclass
class PacketOptions:
    sections: set[str] = field(default_factory=lambda: set(SECTIONS))
    record_ids: list[int] | None = None  # None: every record not in the trash
    email_size: bool = False
    page_size: str = "A4"


@dataclass
class PacketResult:
    path: Path
    pages: int
    notices: list[str]
    dicom_folder: Path | None


@dataclass
class _Page:
    size: tuple[float, float]
    source: tuple  # ("generated", pdf path, index) | ("pdf", path, index) | ("image", item, frame)
    header: stamps.RecordHeader | None = None


@dataclass
class _Bookmark:
    title: str
    page: int  # 0-based
    children: list[_Bookmark] = field(default_factory=list)
    open: bool = True


def export_packet(vault, out: Path, options: PacketOptions | None = None,
                  progress: Progress | None = None,
                  check_cancel: Callable[[], None] | None = None) -> PacketResult:
    """Write the packet to ``out``; a partial file is never left behind."""
    out = Path(out)
    work = Path(tempfile.mkdtemp(prefix="secondop-packet-"))
    try:
        builder = _Builder(vault, out, options or PacketOptions(), work,
                           progress or (lambda *_: None), check_cancel or (lambda: None))
        return builder.run()
    except OSError as exc:
        raise PacketError(_disk_reason(exc, out)) from exc
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _disk_reason(exc: OSError, out: Path) -> str:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return "There is not enough free space on the disk to write the packet."
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"The packet cannot be written to the folder {out.parent} (permission denied)."
    return f"The packet could not be written ({exc.strerror or exc})."


def record_groups(vault, record_ids: list[int] | None) -> dict[str, list[Document]]:
    """Records by kind, oldest first; a given list keeps its order within each kind."""
    if record_ids is None:
        docs = vault.documents.list()  # oldest record first, trash left out
    else:
        docs = [vault.documents.get(i) for i in dict.fromkeys(record_ids)]
    return {kind: [d for d in docs if d.kind == kind] for kind in KINDS}


class _Builder:
    def __init__(self, vault, out: Path, options: PacketOptions, work: Path, progress: Progress,
                 cancel: Callable[[], None]) -> None:
        self.vault, self.out, self.options, self.work = vault, out, options, work
        self.progress, self.cancel = progress, cancel
        self.size = page_points(options.page_size)
        self.profile = vault.patient.get()
        self.pages: list[_Page] = []
        self.toc: list[TocEntry] = []
        self.bookmarks: list[_Bookmark] = []
        self.notices: list[str] = []
        self.studies: list[tuple[Study, str]] = []  # with their folder inside the DICOM folder
        self.dicom_name = folder_name(out)
        self._record_canvas: Canvas | None = None
        self.placed: list[tuple[Document | Study, _Bookmark, int]] = []  # for the manifest

    # -- planning --------------------------------------------------------------------------------
    def _section(self, key: str, title: str, path: Path, pages: int) -> None:
        start = len(self.pages)
        self.pages += [_Page(self.size, ("generated", path, i)) for i in range(pages)]
        if key not in ("cover", "contents"):
            self.toc.append(TocEntry(0, title, start + 1))
        self.bookmarks.append(_Bookmark(title, start))

    def _canvas(self, label: str) -> Canvas:
        return Canvas(self.work / f"{label}.pdf", self.size, label)

    def run(self) -> PacketResult:
        wanted = self.options.sections
        self.progress(0, 0, "Preparing the packet…")
        groups = record_groups(self.vault, self.options.record_ids) if "records" in wanted else {}
        front: list[tuple[str, str, Path, int]] = []
        if "summary" in wanted:
            c = self._canvas("summary")
            draw_summary(c, self.profile, self.vault.medications.list(),
                         self.vault.allergies.list(), self._timeline(groups))
            draw_still_missing(c, self.vault.requests.missing_lines())
            front.append(("summary", "Summary", c.path, c.finish()))
        self.cancel()
        if "questions" in wanted:
            path = self.work / "questions.pdf"
            pages = write_question_sheet_pdf(path, QuestionSheet.from_vault(self.vault),
                                             self.options.page_size, footer=False)
            front.append(("questions", "Questions", path, pages))
        if "symptoms" in wanted:
            c = self._canvas("symptoms")
            draw_symptoms(c, self.vault.symptoms.list())
            front.append(("symptoms", "Symptoms", c.path, c.finish()))
        self.cancel()
        cover_pages = self._draw_cover(None)[1] if "cover" in wanted else 0
        before_toc = cover_pages + (front[0][3] if front and front[0][0] == "summary" else 0)
        if "cover" in wanted:
            cover_path, pages = self._draw_cover(before_toc + 1 if "contents" in wanted else None)
            self._section("cover", "Cover", cover_path, pages)
        toc_at = None
        for key, title, path, pages in front:
            self._section(key, title, path, pages)
            if key == "summary":
                toc_at = len(self.pages)
        toc_at = cover_pages if toc_at is None else toc_at
        self._plan_records(groups)
        if "contents" in wanted:
            self._insert_contents(toc_at)
        self._append_manifest()
        return self._write()

    def _append_manifest(self) -> None:
        """The last page(s): every original file with its pages and SHA-256."""
        if not self.placed or "manifest" not in self.options.sections:
            return
        c = self._canvas("manifest")
        draw_manifest(c, manifest_rows([(item, mark.page, count)
                                        for item, mark, count in self.placed],
                                       self.vault.documents.files))
        start = len(self.pages)
        self.pages += [_Page(self.size, ("generated", c.path, i)) for i in range(c.finish())]
        self.bookmarks.append(_Bookmark("Manifest", start))

    def _draw_cover(self, contents_page: int | None) -> tuple[Path, int]:
        c = self._canvas("cover")
        draw_cover(c, self.profile, self.vault.appointment.get(),
                   self.vault.questions.must_ask(), contents_page)
        return c.path, c.finish()

    def _timeline(self, groups: dict[str, list[Document]]) -> list[tuple[str, str]]:
        rows = [(e.date, e.what) for e in self.vault.timeline.list()]
        rows += [(d.record_date.isoformat(), f"Record: {d.title}") for docs in groups.values()
                 for d in docs if d.record_date]
        return sorted(rows, key=lambda r: r[0])

    def _insert_contents(self, at: int) -> None:
        count = toc_pages(len(self.toc), self.size)
        for entry in self.toc:  # everything from ``at`` on moves down by the contents' pages
            if entry.page > at:
                entry.page += count
        _shift(self.bookmarks, at, count)
        c = self._canvas("contents")
        self.toc_links = draw_contents(c, self.toc)
        drawn = c.finish()
        assert drawn == count, "contents took a different number of pages than planned"
        self.pages[at:at] = [_Page(self.size, ("generated", c.path, i)) for i in range(count)]
        self.bookmarks.insert(next((i for i, b in enumerate(self.bookmarks) if b.page > at),
                                   len(self.bookmarks)), _Bookmark("Contents", at))
        self.toc_at = at

    def _plan_records(self, groups: dict[str, list[Document]]) -> None:
        total = sum(len(v) for v in groups.values())
        done = 0
        for kind in KINDS:
            docs = groups.get(kind, [])
            if not docs:
                continue
            kind_mark = _Bookmark(KIND_LABELS[kind], len(self.pages))
            self.toc.append(TocEntry(0, KIND_LABELS[kind], len(self.pages) + 1))
            self.bookmarks.append(kind_mark)
            for item in group_studies(docs):
                self.cancel()
                done += len(item) if isinstance(item, Study) else 1
                self.progress(done, total, "Reading the records…")
                before = len(self.pages)
                mark = self._plan_item(item)
                self.placed.append((item, mark, len(self.pages) - before))
                kind_mark.children.append(mark)
                self.toc.append(TocEntry(1, mark.title, mark.page + 1, _date_text(item)))
        if self._record_canvas is not None:
            self._record_canvas.finish()

    def _plan_item(self, item: Document | Study) -> _Bookmark:
        if isinstance(item, Study):
            folder = f"{self.dicom_name}/{item.folder}"
            self.studies.append((item, item.folder))
            return self._generated(item.title, lambda c: draw_study_page(
                c, item, folder, self.vault.documents.files, self.vault.patient.get()))
        doc = item
        path = self.vault.documents.path(doc)
        try:
            if BlobStore.hash_file(path) != doc.sha256:
                raise sources.BadPdf("its stored file is damaged (it changed after import)")
            if doc.format == "pdf":  # decrypted, repaired when it had to be
                return self._plan_pdf(doc, self.vault.documents.readable_path(doc))
            return self._plan_image(doc, path)
        except FileNotFoundError:
            reason = "its stored file is missing"
        except (sources.BadPdf, images.BadImage) as exc:
            reason = str(exc)
        except RefusedFile as exc:  # the readable copy could not be made
            reason = exc.reason
        except OSError as exc:
            reason = f"its stored file cannot be read ({exc.strerror or exc})"
        self.notices.append(f"{doc.title}: could not be included: {reason}")
        return self._generated(doc.title, lambda c: draw_notice(
            c, doc.title, _record_fields(doc), reason))

    def _generated(self, title: str, draw: Callable[[Canvas], None]) -> _Bookmark:
        if self._record_canvas is None:
            self._record_canvas = self._canvas("records")
        else:
            self._record_canvas.new_page(self.size)
        c = self._record_canvas
        first = c.pages - 1
        draw(c)
        start = len(self.pages)
        self.pages += [_Page(self.size, ("generated", c.path, i)) for i in range(first, c.pages)]
        return _Bookmark(title, start, open=False)

    def _plan_pdf(self, doc: Document, path: Path) -> _Bookmark:
        geometry, outline = sources.probe(path)
        start = len(self.pages)
        header = stamps.RecordHeader.of(doc)
        for index, page in enumerate(geometry):
            self.pages.append(_Page(page.display_size, ("pdf", path, index),
                                    header if index == 0 else None))
        return _Bookmark(doc.title, start, _nested(outline, start), open=False)

    def _plan_image(self, doc: Document, path: Path) -> _Bookmark:
        frames = images.probe(path, doc.format)
        start = len(self.pages)
        header = stamps.RecordHeader.of(doc)
        for frame in frames:
            first = frame.index == 0
            size, _ = stamps.image_page(frame.natural_points(), self.size, first)
            self.pages.append(_Page(size, ("image", (doc, path, frame)),
                                    header if first else None))
        return _Bookmark(doc.title, start, open=False)

    # -- writing ---------------------------------------------------------------------------------
    def _write(self) -> PacketResult:
        total = len(self.pages)
        overlay = stamps.draw_stamps(self.work / "stamps.pdf", self.profile,
                                     [(p.size, p.header) for p in self.pages], self.cancel)
        self.out.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{self.out.stem}.", suffix=".part",
                                        dir=self.out.parent)
        tmp = Path(tmp_name)
        dicom_tmp: Path | None = None
        try:
            with os.fdopen(fd, "wb") as handle:
                writer = StreamingPdfWriter(handle)
                self._stream(writer, overlay, total)
                handle.flush()
                os.fsync(handle.fileno())
            if self.studies:
                dicom_tmp = copy_study_files(self.vault, self.out, self.studies, self.cancel)
            self.cancel()
            os.replace(tmp, self.out)
            folder = None
            if dicom_tmp is not None:
                folder = self.out.parent / self.dicom_name
                _replace_folder(dicom_tmp, folder)
        except BaseException:
            tmp.unlink(missing_ok=True)
            if dicom_tmp is not None:
                shutil.rmtree(dicom_tmp, ignore_errors=True)
            raise
        self.progress(total, total, "Done")
        return PacketResult(self.out, total, self.notices, folder)

    def _stream(self, writer: StreamingPdfWriter, overlay: Path, total: int) -> None:
        page_refs = [writer.alloc() for _ in self.pages]
        pages_root = writer.alloc()
        stamp_reader = PdfReader(overlay)
        stamp_copier = ObjectCopier(writer)
        readers: dict[Path, tuple[PdfReader, ObjectCopier]] = {}
        links = self._link_annotations(page_refs)
        for index, page in enumerate(self.pages):
            if index % 8 == 0:
                self.cancel()
                self.progress(index, total, f"Writing page {index + 1} of {total}…")
            stamp_form = sources.page_form(writer, stamp_copier, stamp_reader.pages[index])
            resources = {"/SOStamp": ref(stamp_form)}
            try:
                content = self._page_body(writer, page, readers, resources)
            except _PAGE_ERRORS as exc:
                content = b""  # the page stays (numbering holds); the notice says why
                resources.pop("/SOContent", None)
                title = page.source[1][0].title if page.source[0] == "image" else str(
                    page.source[1].name)
                self.notices.append(f"{title}: page could not be included: {_why(exc)}")
            content += b"\n/SOStamp Do"
            xobjects = DictionaryObject({NameObject(k): v for k, v in resources.items()})
            page_dict = dictionary(
                Type=name("Page"), Parent=ref(pages_root),
                MediaBox=numbers(0, 0, *page.size),
                Resources=dictionary(XObject=xobjects),
                Contents=ref(writer.add_content(content)),
            )
            if index in links:
                page_dict[NameObject("/Annots")] = ArrayObject(links[index])
            writer.write(page_refs[index], page_dict)
            if page.source[0] != "image" and self._last_of_source(index):
                readers.pop(page.source[1], None)  # done with this source: let it go
            if index % 32 == 31:
                stamp_reader.resolved_objects.clear()
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
            Title=text_string(f"Consultation packet – {self.profile.name}".rstrip(" –")),
            Producer=text_string(PRODUCER), Creator=text_string(PRODUCER),
            CreationDate=text_string(dt.datetime.now().strftime("D:%Y%m%d%H%M%S"))))
        writer.finish(root, info)

    def _last_of_source(self, index: int) -> bool:
        following = self.pages[index + 1] if index + 1 < len(self.pages) else None
        return following is None or following.source[:2] != self.pages[index].source[:2]

    def _page_body(self, writer: StreamingPdfWriter, page: _Page, readers: dict,
                   resources: dict) -> bytes:
        kind = page.source[0]
        if kind == "image":
            doc, path, frame = page.source[1]
            size, rect = stamps.image_page(frame.natural_points(), self.size, frame.index == 0)
            image_ref, orientation = images.write_frame(writer, path, doc.format, frame,
                                                        rect[2], self.options.email_size)
            resources["/SOContent"] = ref(image_ref)
            matrix = images.orientation_matrix(orientation, *rect)
            return f"q {' '.join(fmt(v) for v in matrix)} cm /SOContent Do Q".encode()
        path, number = page.source[1], page.source[2]
        if path not in readers:
            reader = sources.open_pdf(path) if kind == "pdf" else PdfReader(path)
            readers[path] = (reader, ObjectCopier(writer))
        reader, copier = readers[path]
        source = reader.pages[number]
        form = sources.page_form(writer, copier, source)
        reader.resolved_objects.clear()  # written: let the parsed objects go
        resources["/SOContent"] = ref(form)
        if kind == "generated":
            return b"/SOContent Do"
        geometry = sources.page_geometry(source)
        area = stamps.content_area(page.size, page.header is not None)
        x, y, w, h = area
        matrix = sources.placement(geometry, area)
        return (f"q {fmt(x)} {fmt(y)} {fmt(w)} {fmt(h)} re W n "
                f"{' '.join(fmt(v) for v in matrix)} cm /SOContent Do Q").encode()

    def _link_annotations(self, page_refs: list[int]) -> dict[int, list[DictionaryObject]]:
        links: dict[int, list[DictionaryObject]] = {}
        for link in getattr(self, "toc_links", []):
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
            nums += [numbers(0)[0], dictionary(P=text_string("Cover"))]
            nums += [numbers(1)[0], dictionary(S=name("D"), St=numbers(2)[0])]
        else:
            nums += [numbers(0)[0], dictionary(S=name("D"))]
        return dictionary(Nums=ArrayObject(nums))

    def _write_outlines(self, writer: StreamingPdfWriter, page_refs: list[int]) -> int | None:
        if not self.bookmarks:
            return None
        root = writer.alloc()
        count = _write_level(writer, self.bookmarks, root, page_refs)
        first, last = self.bookmarks[0].number, self.bookmarks[-1].number  # type: ignore[attr-defined]
        writer.write(root, dictionary(Type=name("Outlines"), First=ref(first), Last=ref(last),
                                      Count=numbers(count)[0]))
        return root


def _write_level(writer: StreamingPdfWriter, marks: list[_Bookmark], parent: int,
                 page_refs: list[int]) -> int:
    """Write one level of bookmarks; returns how many are visible (for /Count)."""
    for mark in marks:
        mark.number = writer.alloc()  # type: ignore[attr-defined]
    visible = 0
    for i, mark in enumerate(marks):
        entry = dictionary(Title=text_string(mark.title), Parent=ref(parent),
                           Dest=ArrayObject([ref(page_refs[min(mark.page, len(page_refs) - 1)]),
                                             name("Fit")]))
        if i:
            entry[NameObject("/Prev")] = ref(marks[i - 1].number)  # type: ignore[attr-defined]
        if i + 1 < len(marks):
            entry[NameObject("/Next")] = ref(marks[i + 1].number)  # type: ignore[attr-defined]
        visible += 1
        if mark.children:
            below = _write_level(writer, mark.children, mark.number,  # type: ignore[attr-defined]
                                 page_refs)
            entry[NameObject("/First")] = ref(mark.children[0].number)  # type: ignore[attr-defined]
            entry[NameObject("/Last")] = ref(mark.children[-1].number)  # type: ignore[attr-defined]
            entry[NameObject("/Count")] = numbers(below if mark.open else -below)[0]
            if mark.open:
                visible += below
        writer.write(mark.number, entry)  # type: ignore[attr-defined]
    return visible


def _nested(outline: list[sources.Outline], start: int) -> list[_Bookmark]:
    return [_Bookmark(o.title, start + o.page, _nested(o.children, start), open=False)
            for o in outline]


def _shift(marks: list[_Bookmark], at: int, count: int) -> None:
    for mark in marks:
        if mark.page >= at:
            mark.page += count
        _shift(mark.children, at, count)


def _date_text(item: Document | Study) -> str:
    date = item.date if isinstance(item, Study) else item.record_date
    return date.isoformat() if date else ""


def _record_fields(doc: Document) -> list[tuple[str, str]]:
    return [("Date", doc.record_date.isoformat() if doc.record_date else "unknown"),
            ("From", doc.provider), ("Original file", doc.original_name)]


def _why(exc: BaseException) -> str:
    if isinstance(exc, (sources.BadPdf, images.BadImage)):
        return str(exc)
    return "it is damaged and cannot be read"


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
