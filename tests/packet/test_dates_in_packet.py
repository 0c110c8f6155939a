"""The packet labels a record date read from the file as a file date (the heading, the timeline
and the manifest), so the specialist does not take it for the date of service."""

from __future__ import annotations

from factories import make_pdf
from pdf_inspect import page_texts

from secondop_desktop.packet.export import PacketOptions, export_packet


def test_file_dates_are_labelled_and_dates_of_service_are_not(vault, tmp_path):
    for name, creation in (("letter.pdf", "D:20240305101500"), ("report.pdf", None)):
        (result,) = vault.importer.import_paths([make_pdf(tmp_path / name, creation=creation)])
    vault.documents.update(result.document_id, record_date="2024-01-10")
    out = export_packet(vault, tmp_path / "p.pdf", PacketOptions()).path
    text = " ".join(" ".join(page_texts(out)).split())  # table cells wrap
    assert "2024-03-05 (file date)" in text
    assert "2024-01-10" in text and "2024-01-10 (file date)" not in text


def test_partial_dates_print_as_the_patient_wrote_them(vault, tmp_path):
    vault.timeline.add(date="2026-10", what="Diagnosis of disc herniation")
    vault.medications.add(name="Naproxen", since="2019")
    out = export_packet(vault, tmp_path / "p.pdf", PacketOptions(sections={"summary"})).path
    text = " ".join(" ".join(page_texts(out)).split())
    assert "Oct 2026 Diagnosis of disc herniation" in text and "2026-10" not in text
    assert "2019" in text
