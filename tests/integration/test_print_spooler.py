"""Printing the question sheet through the real spooler (CUPS with a cups-pdf queue named PDF).

`.ci/run` starts the queue with `.ci/start-printing.sh`. Without a spooler or without the queue,
the test is skipped and says why.

The spooler turns the job into PostScript and back, which replaces the fonts with Type 3 glyphs
whose text cannot be extracted; so the PDF that arrives is checked page by page against the same
sheet rendered directly to PDF (page count, and each page looking the same), and its text is
checked where the spooler kept it.
"""

from __future__ import annotations

import os
import pwd
import re
import shutil
import subprocess
import time
import uuid
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinterInfo

from secondop_desktop.core.questions import Question
from secondop_desktop.packet.question_sheet import QuestionSheet
from secondop_desktop.ui.questions import printing

QUEUE = "PDF"
TIMEOUT_S = 60


def spooler_problem() -> str:
    """Why the spooler test cannot run here, or '' when it can."""
    if shutil.which("lpstat") is None:
        return "no print spooler installed (lpstat not found)"
    if subprocess.run(["lpstat", "-r"], capture_output=True, text=True).returncode != 0:
        return "the print spooler is not running"
    if subprocess.run(["lpstat", "-p", QUEUE], capture_output=True).returncode != 0:
        return f"no '{QUEUE}' print queue (run .ci/start-printing.sh)"
    return ""


def cups_pdf_folder() -> Path:
    """Where cups-pdf writes a job of the current user (the 'Out' setting)."""
    home = pwd.getpwuid(os.getuid()).pw_dir
    out = "${HOME}/PDF"
    conf = Path("/etc/cups/cups-pdf.conf")
    if conf.exists():
        for line in conf.read_text(errors="replace").splitlines():
            if re.match(r"^\s*Out\s+", line):
                out = line.split(None, 1)[1].strip()
    return Path(out.replace("${HOME}", home).replace("$HOME", home))


def wait_for_pdf(folder: Path, token: str) -> Path | None:
    deadline = time.monotonic() + TIMEOUT_S
    while time.monotonic() < deadline:
        for path in folder.glob(f"*{token}*.pdf") if folder.exists() else []:
            size = path.stat().st_size
            time.sleep(0.5)  # cups-pdf writes in place: wait until the file stops growing
            if size and path.stat().st_size == size:
                return path
        time.sleep(0.3)
    return None


def page_likeness(a: Path, b: Path, page: int, other_page: int | None = None) -> float:
    """Correlation of the ink on two rendered pages: 1 for the same page, near 0 for unrelated."""
    import numpy as np
    import pypdfium2

    def ink(path: Path, index: int) -> np.ndarray:
        image = pypdfium2.PdfDocument(str(path))[index].render(scale=40 / 72).to_pil()
        return 255.0 - np.asarray(image.convert("L").resize((330, 467)), dtype=float)

    x, y = ink(a, page), ink(b, page if other_page is None else other_page)
    x, y = x - x.mean(), y - y.mean()
    return float((x * y).sum() / np.sqrt((x * x).sum() * (y * y).sum()))


@pytest.mark.print
def test_print_questions_through_spooler(qapp, tmp_path):
    reason = spooler_problem()
    if reason:
        print(f"skipped: {reason}")
        pytest.skip(reason)
    questions = [Question(id=i + 1, position=i, priority=1 + i % 3,
                          text=f"Spooled question {i + 1}: is this treatment the right one for me, "
                               "and what would you do differently?")
                 for i in range(25)]
    questions.sort(key=lambda q: (q.priority, q.position))
    sheet = QuestionSheet("Ana Ruiz", "31 January 1970", "Dr Lee", "2 June 2026, 09:15",
                          questions)
    token = f"secondop-{uuid.uuid4().hex[:10]}"
    printer = printing.new_printer()
    printer.setDocName(token)  # cups-pdf names the output file after the job title
    if QUEUE in [p.printerName() for p in QPrinterInfo.availablePrinters()]:
        printer.setPrinterName(QUEUE)  # Qt's CUPS plugin: the native print path
        pages = printing.print_sheet(printer, sheet)
    else:  # no CUPS plugin in this Qt: same drawing, handed to the spooler as a PDF
        local = tmp_path / f"{token}.pdf"
        printer.setOutputFileName(str(local))
        pages = printing.print_sheet(printer, sheet)
        subprocess.run(["lp", "-d", QUEUE, "-t", token, str(local)], check=True)
    out = wait_for_pdf(cups_pdf_folder(), token)
    assert out is not None, f"no PDF from the '{QUEUE}' queue in {cups_pdf_folder()} after " \
                            f"{TIMEOUT_S} s"
    try:
        assert len(PdfReader(out).pages) == pages > 1
        direct = tmp_path / "direct.pdf"
        reference = printing.new_printer()
        reference.setOutputFileName(str(direct))
        reference.setPageLayout(printer.pageLayout())
        assert printing.print_sheet(reference, sheet) == pages
        text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(direct).pages)
        assert all(q.text in text for q in questions)
        for number in range(pages):
            assert page_likeness(out, direct, number) > 0.8, f"page {number + 1} differs"
        assert page_likeness(out, direct, 0, other_page=1) < 0.6  # the measure can tell pages apart
    finally:
        out.unlink(missing_ok=True)
