"""``secondop-desktop --selftest``: check this installation end to end, offscreen, then exit.

It runs what a first start needs from the installed files (Qt and its plugins, fonts, Pillow,
pi-heif, pypdf and pydicom): a temporary vault, one generated record of each family,
a consultation packet, and a look inside that packet. A frozen bundle that lost a data file or a
hidden import fails here, in CI, instead of at a patient's first start. The real vault is never
opened: everything happens in a temporary folder that is removed afterwards.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

PATIENT = "Sam Selftest"
PDF_TEXT = "SecondOp self-test report"


class SelftestFailure(Exception):
    """A check did not hold; the message says which one."""


def _check(condition: bool, reason: str) -> None:
    if not condition:
        raise SelftestFailure(reason)


def _step(name: str, func: Callable[..., Any], *args: Any) -> Any:
    """Run one stage; any error becomes a failure that names the stage."""
    try:
        return func(*args)
    except SelftestFailure:
        raise
    except Exception as exc:  # noqa: BLE001 - the self-test reports every error as one line
        raise SelftestFailure(f"{name}: {type(exc).__name__}: {exc}") from exc


def check_platform_plugin() -> None:
    """Qt aborts the process when its platform plugin is missing; say so in one line first."""
    from PySide6.QtCore import QLibraryInfo

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    found = [p.name for p in folder.glob("*qoffscreen*")] if folder.is_dir() else []
    _check(bool(found), f"Qt's offscreen platform plugin is missing from {folder}")


def check_resources() -> None:
    """The shipped files: the launcher and the icon, which Qt must be able to draw (SVG plugin)."""
    from PySide6.QtGui import QImage

    from . import paths

    launcher = paths.resource(f"{paths.APP_ID}.desktop")
    _check(launcher.is_file(), f"{launcher.name} is missing from the installed resources")
    icon = paths.resource("icons", f"{paths.APP_ID}.svg")
    _check(not QImage(str(icon)).isNull(), f"the app icon {icon.name} cannot be drawn")


def make_image(path: Path) -> Path:
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (600, 800), "white")
    ImageDraw.Draw(img).text((40, 40), "Self-test scan", fill="black")
    img.save(path, "JPEG", quality=85, dpi=(100, 100))
    return path


def make_pdf(path: Path) -> Path:
    """A one-page PDF with a text layer, written by Qt (fonts and the PDF engine in one go)."""
    from PySide6.QtGui import QFont, QPageSize, QPainter, QPdfWriter

    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setTitle(PDF_TEXT)
    painter = QPainter(writer)
    _check(painter.isActive(), f"Qt could not write {path.name}")
    painter.setFont(QFont("Sans Serif", 14))
    painter.drawText(400, 800, PDF_TEXT)
    painter.end()
    return path


def make_dicom(path: Path) -> Path:
    """A small uncompressed MR slice: exercises pydicom and our pixel decoding."""
    from .dicom_sample import StudyDetails, write_dicom

    pixels = bytes((x * 8 + y) % 256 for y in range(32) for x in range(32))
    study = StudyDetails(date=dt.date(2024, 3, 12), description="SELFTEST MR")
    return write_dicom(path, study, pixels, 32, 32)


def import_records(vault, files: list[Path]) -> int:
    """Import every file; all must land. Returns the number of pages they hold."""
    for result in vault.importer.import_paths(files):
        _check(result.document_id is not None and result.outcome.value == "imported",
               f"import: {result.line()}")
    docs = vault.documents.list()
    _check(len(docs) == len(files), f"import: {len(docs)} records in the vault, not {len(files)}")
    return sum(max(doc.pages or 1, 1) for doc in docs)


def check_codecs(dicom: Path) -> None:
    from .core.formats import dicom as dicom_format
    from .core.formats import image as image_format

    _check(image_format.HEIF_AVAILABLE, "HEIC support (pi-heif) is missing")
    preview = dicom_format.preview_image(dicom)
    _check(preview.size == (32, 32), f"DICOM preview has size {preview.size}")


def fill_profile(vault) -> None:
    vault.patient.set(name=PATIENT, dob="1970-04-02", reason="Check the installation")
    vault.questions.add(text="Does the packet open?", priority=1)
    vault.symptoms.add(symptom="Headache", severity=4)


def build_packet(vault, out: Path):
    from .packet.export import export_packet

    return export_packet(vault, out)


def check_packet(path: Path, record_pages: int) -> int:
    from pypdf import PdfReader

    reader = PdfReader(path)
    pages = len(reader.pages)
    _check(pages > record_pages,
           f"packet: {pages} pages, expected more than the {record_pages} record pages")
    text = " ".join((page.extract_text() or "") for page in reader.pages)
    _check(PATIENT in " ".join(text.split()), f"packet: the patient name {PATIENT!r} is missing")
    return pages


def check_backup(vault, workdir: Path, packet: Path) -> None:
    """A sealed backup restores to a clean vault; a packet and a folder take a password."""
    import shutil

    from .core.backup import create_backup, restore_backup
    from .core.vault import Vault
    from .packet.delivery import protect_pdf, zip_folder

    archive = workdir / "vault.secondop-backup"
    create_backup(vault.root, archive, "selftest passphrase")
    restored = restore_backup(archive, workdir / "restored", "selftest passphrase")
    with Vault.open(restored.vault, create=False) as copy:
        _check(not copy.verify(), "backup: the restored vault does not verify")
    protected = workdir / "protected.pdf"
    shutil.copyfile(packet, protected)
    protect_pdf(protected, "selftest password")
    _check(protected.read_bytes().startswith(b"%PDF-2.0"), "password: the packet is not AES-256")
    folder = workdir / "inputs"
    _check(zip_folder(folder, "selftest password").is_file(), "password: no protected zip")


def check_ocr() -> None:
    """Tesseract and its English model, found where the installation put them; a page upside
    down is turned upright with that model alone."""
    from PIL import Image, ImageDraw, ImageFont

    from .core.ocr.engine import Engine

    page = Image.new("L", (1400, 300), 255)
    ImageDraw.Draw(page).text((40, 100), "Selftest reading words", fill=0,
                              font=ImageFont.load_default(56))
    engine = Engine()
    try:
        text = engine.read(page).text
        turned = engine.read(page.transpose(Image.Transpose.ROTATE_180))
    finally:
        engine.close()
    _check("reading" in text.lower(), f"OCR read {text!r} instead of 'Selftest reading words'")
    _check(turned.rotation == 180 and "reading" in turned.text.lower(),
           f"OCR read an upside-down page as {turned.text!r}, turned {turned.rotation} degrees")


def check_render(pdf: Path) -> None:
    """pdfium (pypdfium2) is in the installation: scanned PDF pages are read as rendered."""
    from .core.ocr.render import render_page

    image, dpi = render_page(pdf, 0)
    _check(image.width > 100 and dpi > 0, f"a PDF page rendered as {image.size} at {dpi} dpi")


def check_translations() -> None:
    """Every shipped language's compiled messages are in the installation."""
    from .translations import LANGUAGES, load_translator

    for language in LANGUAGES:
        _check(load_translator(language) is not None,
               f"the {LANGUAGES[language]} translation (secondop_{language}.qm) is missing")


def _run(workdir: Path) -> str:
    from .core.vault import Vault
    from .packet.headless import ensure_gui_app

    _step("Qt plugins", check_platform_plugin)
    _step("start Qt offscreen", ensure_gui_app)
    _step("resources", check_resources)
    _step("translations", check_translations)
    _step("read a scan (OCR)", check_ocr)
    inputs = workdir / "inputs"
    inputs.mkdir()
    files = [
        _step("make an image", make_image, inputs / "scan.jpg"),
        _step("make a PDF", make_pdf, inputs / "report.pdf"),
        _step("make a DICOM file", make_dicom, inputs / "slice.dcm"),
    ]
    _step("image codecs", check_codecs, files[2])
    _step("render a PDF page for reading (pdfium)", check_render, files[1])
    vault = _step("open a vault", Vault.open, workdir / "vault")
    try:
        record_pages = _step("import", import_records, vault, files)
        _step("patient details", fill_profile, vault)
        result = _step("build the packet", build_packet, vault, workdir / "packet.pdf")
        pages = _step("read the packet", check_packet, Path(result.path), record_pages)
        _check(pages == result.pages, f"packet: {pages} pages, the export said {result.pages}")
        _step("backup, restore and passwords", check_backup, vault, workdir, Path(result.path))
        problems = _step("verify the vault", vault.verify)
        _check(not problems, f"verify: {problems[0].line() if problems else ''}")
    finally:
        vault.close()
    return f"{len(files)} records, packet of {pages} pages"


def run_selftest() -> int:
    """0 and one ``selftest: ok`` line when healthy; 1 and the reason otherwise."""
    # Offscreen whatever the session: the check must not depend on (or flash up on) a display.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    started = time.monotonic()
    try:
        with tempfile.TemporaryDirectory(prefix="secondop-selftest-") as tmp:
            summary = _run(Path(tmp))
    except Exception as exc:  # noqa: BLE001 - never a traceback: one line and exit 1
        reason = str(exc) if isinstance(exc, SelftestFailure) else f"{type(exc).__name__}: {exc}"
        print(f"selftest: failed: {reason}", flush=True)
        return 1
    print(f"selftest: ok ({summary}, {time.monotonic() - started:.1f} s)", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(run_selftest())
