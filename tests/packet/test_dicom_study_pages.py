"""Study pages of imaging CDs in the packet: one per study, the header's details, warnings,
previews that fall back, reports as text, and a corrupt image that never stops the export."""

from __future__ import annotations

import subprocess

from factories import corrupt_columns_vr, make_dicom, make_imaging_cd, make_sr_dicom
from pdf_inspect import page_texts

from secondop_desktop.packet.export import PacketOptions, export_packet

RECORDS = PacketOptions(sections={"records"})


def fill_profile(vault) -> None:
    vault.patient.set(name="Jane Doe", dob="1970-03-12")


def study_pages(path) -> list[str]:
    return [t for t in page_texts(path) if "DICOM imaging study" in t]


def flat(text: str) -> str:
    return " ".join(text.split())


def test_a_cd_gives_one_page_per_study_with_the_header_details(vault, tmp_path):
    fill_profile(vault)  # Jane Doe, born 1970-03-12
    cd = make_imaging_cd(tmp_path / "CD", slices=(30, 2), patient="Doe^Archibald",
                         birth_date="19450101")
    vault.importer.import_paths([cd])
    result = export_packet(vault, tmp_path / "packet.pdf", RECORDS)
    pages = [flat(t) for t in study_pages(result.path)]
    assert len(pages) == 2
    first = pages[0]
    for expected in ("Series 1", "CT AX T2: 30 images", "Welby Marcus", "ACC1",
                     "Doe Archibald", "PID-42",
                     "this study is for Doe^Archibald, born 1945-01-01"):
        assert expected in first, expected
    assert "CT AX T2: 2 images" in pages[1]
    assert len(list(result.dicom_folder.rglob("IM*"))) == 32
    check = subprocess.run(["qpdf", "--check", str(result.path)], capture_output=True)
    assert check.returncode == 0


def test_no_warning_when_the_header_names_the_patient(vault, tmp_path):
    fill_profile(vault)
    vault.importer.import_paths([make_imaging_cd(tmp_path / "CD", slices=(2,),
                                                  birth_date="19700312")])
    (page,) = study_pages(export_packet(vault, tmp_path / "p.pdf", RECORDS).path)
    assert "this study is for" not in flat(page)


def test_preview_falls_back_when_the_middle_image_cannot_be_shown(vault, tmp_path):
    paths = [make_dicom(tmp_path / f"im{i}.dcm", study_uid="1.2.9", series_uid="1.2.9.1",
                        instance=i) for i in range(1, 4)]
    corrupt_columns_vr(paths[1])  # the middle one
    vault.importer.import_paths(paths)
    (page,) = study_pages(export_packet(vault, tmp_path / "p.pdf", RECORDS).path)
    assert "No preview" not in page and "Preview: an image" in flat(page)


def test_study_whose_only_picture_has_a_corrupt_vr_still_exports(vault, tmp_path):
    path = corrupt_columns_vr(make_dicom(tmp_path / "bad.dcm"))
    vault.importer.import_file(path)
    result = export_packet(vault, tmp_path / "p.pdf", RECORDS)
    (page,) = study_pages(result.path)
    assert "No preview: this scan's image is damaged" in flat(page)
    assert subprocess.run(["qpdf", "--check", str(result.path)],
                          capture_output=True).returncode == 0


def test_structured_report_is_printed_as_its_text(vault, tmp_path):
    vault.importer.import_file(make_sr_dicom(tmp_path / "sr.dcm", "Small left effusion."))
    (page,) = study_pages(export_packet(vault, tmp_path / "p.pdf", RECORDS).path)
    assert "Findings: Small left effusion." in flat(page)
    assert "No preview" not in page


CANVAS_DROPPED_MID_DRAWING = """
import sys
from pathlib import Path
from PySide6.QtGui import QGuiApplication
app = QGuiApplication([])
from secondop_desktop.packet.canvas import Canvas

def draw():
    c = Canvas(Path(sys.argv[1]), (595.0, 842.0), "page")
    c.paragraph("half a page")
    raise NotImplementedError("a decoder gave up")

try:
    draw()
except NotImplementedError:
    pass
print("still running")
"""


def test_a_canvas_dropped_mid_drawing_ends_its_painter(tmp_path):
    """Without it Qt aborts the process: "Cannot destroy paint device that is being painted"."""
    import os
    import sys

    run = subprocess.run([sys.executable, "-c", CANVAS_DROPPED_MID_DRAWING,
                          str(tmp_path / "page.pdf")], capture_output=True, text=True,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "still running"
    assert "being painted" not in run.stderr


def test_canvas_as_a_context_ends_the_painter_on_an_error(tmp_path):
    import pytest

    from secondop_desktop.packet.canvas import Canvas

    canvas = Canvas(tmp_path / "page.pdf", (595.0, 842.0), "page")
    with pytest.raises(ValueError), canvas:
        canvas.paragraph("text")
        raise ValueError("drawing failed")
    assert not canvas.painter.isActive()
    assert canvas.finish() == 1  # finishing again is harmless


def test_a_many_slice_study_is_one_timeline_row_and_one_page(vault, tmp_path):
    fill_profile(vault)
    vault.importer.import_paths([make_imaging_cd(tmp_path / "CD", slices=(40,))])
    result = export_packet(vault, tmp_path / "p.pdf",
                           PacketOptions(sections={"summary", "records"}))
    text = flat("\n".join(page_texts(result.path)))
    assert text.count("Record: CT CT STUDY 1") == 1
    assert len(study_pages(result.path)) == 1


def test_no_label_of_a_study_page_prints_over_another_line(vault, tmp_path):
    from pdf_inspect import overprinted, text_runs

    fill_profile(vault)
    cd = make_imaging_cd(tmp_path / "CD", slices=(2,), patient="Doe^Archibald^Montgomery",
                         birth_date="19450101")
    vault.importer.import_paths([cd])
    result = export_packet(vault, tmp_path / "packet.pdf", RECORDS)
    [index] = [i for i, t in enumerate(page_texts(result.path)) if "DICOM imaging study" in t]
    _size, runs = text_runs(result.path, index)
    assert any(text.startswith("Patient (from the") for text, _box in runs)  # it wraps
    assert overprinted(runs) == []


def test_a_study_title_names_its_modality_once():
    from secondop_desktop.packet.dicom_studies import with_modality

    assert with_modality("US", "US THYROID") == "US THYROID"
    assert with_modality("MR", "MRI LUMBAR SPINE") == "MRI LUMBAR SPINE"
    assert with_modality("US", "THYROID") == "US THYROID"
    assert with_modality("CT", "") == "CT" and with_modality("", "Head") == "Head"
