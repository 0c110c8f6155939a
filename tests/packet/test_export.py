"""The consultation packet end to end: sections, contents, images, privacy, robustness."""

from __future__ import annotations

import errno
import subprocess
from pathlib import Path

import pypdfium2
import pytest
from factories import make_jpeg, make_pdf, make_png
from pdf_inspect import outline, page_texts, toc_rows
from PIL import Image
from pypdf import PdfReader

from secondop_desktop.packet.export import PacketError, PacketOptions, export_packet
from secondop_desktop.packet.images import strip_jpeg
from secondop_desktop.packet.pdfstream import StreamingPdfWriter


def _jpeg_streams(path: Path) -> list[bytes]:
    reader = PdfReader(path)
    found = []
    for page in reader.pages:
        for obj in _xobjects(page["/Resources"]):
            if obj.get("/Filter") == "/DCTDecode":
                found.append(obj._data)
    return found


def _xobjects(resources):
    for obj in resources.get_object().get("/XObject", {}).values():
        obj = obj.get_object()
        yield obj
        if obj.get("/Subtype") == "/Form" and "/Resources" in obj:
            yield from _xobjects(obj["/Resources"])


def _page_counts(path: Path) -> tuple[int, int, int]:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    poppler = int(next(ln.split()[-1] for ln in info.stdout.splitlines()
                       if ln.startswith("Pages:")))
    doc = pypdfium2.PdfDocument(str(path))
    pdfium = len(doc)
    doc.close()
    from PySide6.QtPdf import QPdfDocument

    qt = QPdfDocument()
    assert qt.load(str(path)) == QPdfDocument.Error.None_
    pages = qt.pageCount()
    qt.close()
    return poppler, pdfium, pages


def test_every_section_is_present_and_readers_agree(filled_vault, tmp_path):
    out = tmp_path / "out" / "packet.pdf"
    result = export_packet(filled_vault, out)
    assert result.path == out and out.exists()
    assert subprocess.run(["qpdf", "--check", str(out)], capture_output=True).returncode == 0
    assert _page_counts(out) == (result.pages,) * 3
    text = "\n".join(page_texts(out))
    for expected in ("CONSULTATION PACKET", "Jane Doe", "Dr. Anna Weber",
                     "What happens if I wait six months?", "Summary", "Papillary thyroid",
                     "Levothyroxine", "Penicillin", "Lump noticed", "Contents",
                     "Questions for my appointment", "Symptom log", "Neck pain",
                     "Haemoglobin 13.1", "Platelets 250", "original file: blood_results.pdf",
                     "DICOM imaging study", "Series", "next to this PDF"):
        assert expected in text, expected
    assert result.notices == []


def test_contents_page_numbers_match_the_bookmarks(filled_vault, tmp_path):
    out = export_packet(filled_vault, tmp_path / "p.pdf").path
    rows = toc_rows(page_texts(out))
    marks = {title: page for title, page, _level in outline(out)}
    assert len(rows) >= 8  # sections, kinds and records
    for title, page in rows:
        assert marks[title] == page, title
    texts = page_texts(out)
    assert "Haemoglobin 13.1" in texts[marks["Blood results"] - 1]


def test_every_page_is_stamped(filled_vault, tmp_path):
    out = export_packet(filled_vault, tmp_path / "p.pdf").path
    texts = page_texts(out)
    for number, text in enumerate(texts, start=1):
        assert f"page {number} of {len(texts)}" in text
        assert "Jane Doe · born 12 March 1970" in text


def test_jpeg_data_is_kept_but_metadata_is_not(vault, tmp_path):
    source = make_jpeg(tmp_path / "scan.jpg", gps=True, text="Scan 1")
    vault.importer.import_paths([source])
    out = export_packet(vault, tmp_path / "p.pdf").path
    data = source.read_bytes()
    [embedded] = _jpeg_streams(out)
    assert embedded == strip_jpeg(data)
    sos = data.index(b"\xff\xda")
    assert embedded.endswith(data[sos:])  # the compressed image itself: byte for byte
    raw = out.read_bytes()
    assert b"Exif" in data and b"Exif" not in raw
    with Image.open(source) as img:
        assert img.getexif().get_ifd(0x8825)  # the source really had a GPS block


def test_orientation_is_honoured_by_the_placement(vault, tmp_path):
    source = make_jpeg(tmp_path / "turned.jpg", size=(400, 200), orientation=6, dpi=72)
    vault.importer.import_paths([source])
    out = export_packet(vault, tmp_path / "p.pdf", PacketOptions(sections={"records"})).path
    doc = pypdfium2.PdfDocument(str(out))
    width, height = doc[0].get_size()
    doc.close()
    assert height > width  # a 400x200 photo turned by 90 degrees stands upright


def test_javascript_and_actions_are_stripped(vault, tmp_path):
    vault.importer.import_paths([make_pdf(tmp_path / "report.pdf", pages=["Findings normal"],
                                           title="Secret old title", javascript=True)])
    vault.documents.update(vault.documents.list()[0].id, title="Report")  # not the PDF's own
    out = export_packet(vault, tmp_path / "p.pdf").path
    raw = out.read_bytes()
    for needle in (b"/JavaScript", b"/JS", b"/OpenAction", b"/AA", b"/EmbeddedFiles",
                   b"Secret old title", b"app.alert"):
        assert needle not in raw, needle
    assert "Findings normal" in "\n".join(page_texts(out))
    info = PdfReader(out).metadata
    assert info.producer == "SecondOp Desktop" and "Jane" not in (info.title or "X")


def test_transparent_png_and_multipage_tiff(vault, tmp_path):
    from factories import make_tiff

    vault.importer.import_paths([make_png(tmp_path / "photo.png"),
                                  make_tiff(tmp_path / "letter.tif", pages=3)])
    result = export_packet(vault, tmp_path / "p.pdf", PacketOptions(sections={"records"}))
    assert result.pages == 4
    raw = result.path.read_bytes()
    assert b"/SMask" in raw


def test_email_size_downsamples_only_large_images(vault, tmp_path):
    big = make_jpeg(tmp_path / "big.jpg", size=(2480, 3508), dpi=300)
    vault.importer.import_paths([big])
    normal = export_packet(vault, tmp_path / "a.pdf", PacketOptions(sections={"records"}))
    small = export_packet(vault, tmp_path / "b.pdf",
                          PacketOptions(sections={"records"}, email_size=True))
    [full] = _jpeg_streams(normal.path)
    [reduced] = _jpeg_streams(small.path)
    assert len(reduced) < len(full) / 2
    reader = PdfReader(small.path)
    image = next(o for o in _xobjects(reader.pages[0]["/Resources"])
                 if o.get("/Subtype") == "/Image")
    assert 1000 < image["/Width"] <= 1240  # about 150 dpi across an A4 page


def test_a_broken_record_becomes_a_notice(vault, tmp_path):
    vault.importer.import_paths([make_pdf(tmp_path / "lab_results.pdf", pages=2),
                                  make_pdf(tmp_path / "letter.pdf", pages=["Dear colleague"])])
    doc = vault.documents.list()[0]
    blob = vault.documents.path(doc)
    blob.chmod(0o600)
    blob.write_bytes(b"%PDF-1.4 garbage")
    result = export_packet(vault, tmp_path / "p.pdf")
    assert len(result.notices) == 1 and "could not be included" in result.notices[0]
    text = "\n".join(page_texts(result.path))
    assert f"{doc.title}" in text and "could not be included" in text
    assert "Dear colleague" in text  # the export went on


def test_cancel_leaves_no_file(filled_vault, tmp_path):
    calls = 0

    class Stop(Exception):
        pass

    def cancel():
        nonlocal calls
        calls += 1
        if calls > 6:
            raise Stop()

    out_dir = tmp_path / "out"
    out_dir.mkdir()
    with pytest.raises(Stop):
        export_packet(filled_vault, out_dir / "p.pdf", check_cancel=cancel)
    assert list(out_dir.iterdir()) == []


def test_full_disk_leaves_no_file(filled_vault, tmp_path, monkeypatch):
    original = StreamingPdfWriter.write_stream
    written = 0

    def fill_up(self, *args, **kwargs):
        nonlocal written
        written += 1
        if written > 5:
            raise OSError(errno.ENOSPC, "No space left on device")
        return original(self, *args, **kwargs)

    monkeypatch.setattr(StreamingPdfWriter, "write_stream", fill_up)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    with pytest.raises(PacketError, match="not enough free space"):
        export_packet(filled_vault, out_dir / "p.pdf")
    assert list(out_dir.iterdir()) == []


def test_dicom_files_are_copied_beside_the_packet(filled_vault, tmp_path):
    result = export_packet(filled_vault, tmp_path / "packet.pdf")
    folder = result.dicom_folder
    assert folder is not None and folder.parent == tmp_path
    copied = sorted(p.name for p in folder.rglob("*.dcm"))
    assert copied == ["a.dcm", "b.dcm"]
    text = "\n".join(page_texts(result.path))
    assert folder.name in text.replace("\n", " ")
    again = export_packet(filled_vault, tmp_path / "packet.pdf")  # replaces its own folder
    assert again.dicom_folder == folder and len(list(folder.rglob("*.dcm"))) == 2


def test_given_record_order_is_kept_within_a_kind(vault, tmp_path):
    vault.importer.import_paths([make_pdf(tmp_path / "report_a.pdf", pages=["Alpha"]),
                                  make_pdf(tmp_path / "report_b.pdf", pages=["Bravo"])])
    a, b = (d.id for d in vault.documents.list())
    out = export_packet(vault, tmp_path / "p.pdf",
                        PacketOptions(sections={"records"}, record_ids=[b, a])).path
    texts = page_texts(out)
    assert "Bravo" in texts[0] and "Alpha" in texts[1]



@pytest.mark.parametrize(("state", "expected", "absent"), [
    ("not recorded",
     "Not recorded: neither the patient nor the imported records list any allergies",
     "No known allergies"),
    ("none known", "No known allergies (as stated by the patient)", "Not recorded"),
])
def test_allergies_say_what_the_patient_said(vault, tmp_path, state, expected, absent):
    if state == "none known":
        vault.allergies.set_none_known()
        vault.medications.set_none_known()
    out = export_packet(vault, tmp_path / "p.pdf", PacketOptions(sections={"summary"})).path
    text = " ".join(page_texts(out)).replace("\n", " ")
    assert expected in text and absent not in text
    if state == "none known":
        assert "the patient takes no medications" in text


def test_what_the_specialist_reads_first(vault, tmp_path):
    vault.patient.set(name="Jane Whitfield", dob="1970-03-12", sex="Female")
    vault.appointment.set(specialist="Dr. Stone", referring="Dr. Okafor")
    asked = vault.questions.add(text="Was the biopsy conclusive?", priority=1)
    vault.questions.update(asked.id, answer="Yes, benign")
    vault.questions.add(text="Do I need surgery?", priority=1)
    vault.importer.import_paths([make_pdf(tmp_path / "long_report.pdf",
                                           pages=["Part one", "Part two", "Part three"])])
    title = vault.documents.list()[0].title
    out = export_packet(vault, tmp_path / "p.pdf",
                        PacketOptions(sections={"cover", "records"})).path
    texts = page_texts(out)
    cover = texts[0].replace("\n", " ")
    assert "Female" in cover and "Referred by" in cover and "Dr. Okafor" in cover
    assert "Do I need surgery?" in cover and "Was the biopsy conclusive?" not in cover
    for text in texts:  # the stamp's name is found by a search: no "fi" ligature
        assert "Jane Whitfield" in text and "ﬁ" not in text
    pages = [t for t in texts if "Part " in t]
    assert f"{title} (continued)" not in pages[0]
    assert all(f"{title} (continued)" in t for t in pages[1:]) and len(pages) == 3
