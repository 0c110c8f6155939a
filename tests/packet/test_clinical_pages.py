"""Clinical documents as pages; the "Lab trends" and "Differences between records" sections."""

from __future__ import annotations

import re

from clinical_factories import SAMPLES, allergy, ccda, fhir_bundle, medication, result, write_fhir
from pdf_inspect import page_texts
from pypdf import PdfReader

from secondop_desktop.packet.clinical_document import render_pdf_bytes
from secondop_desktop.packet.export import PacketOptions, export_packet


def _text_of(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "pages.pdf"
    path.write_bytes(pdf)
    return "\n".join(page_texts(path))


def test_ccda_pages_show_header_sections_tables_and_lists(tmp_path):
    narrative = ("<paragraph>Follow up in two weeks.</paragraph><table><thead><tr><th>Drug</th>"
                 "<th>Dose</th></tr></thead><tbody><tr><td>Metformin</td><td>500 mg</td></tr>"
                 "</tbody></table><list><item>Walk daily</item></list>"
                 "<renderMultiMedia referencedObject='img1'/>")
    path = tmp_path / "doc.xml"
    path.write_bytes(ccda(title="Clinic letter", narrative=narrative))
    text = _text_of(render_pdf_bytes(path, "ccda"), tmp_path)
    for expected in ("Clinic letter", "Jane Doe", "St Anne's Hospital", "2026-05-02",
                     "Plan of care", "Follow up in two weeks.", "Metformin", "500 mg",
                     "Walk daily"):
        assert expected in text


def test_fhir_pages_list_the_resources(tmp_path):
    path = write_fhir(tmp_path / "b.json", fhir_bundle(observations=2))
    text = _text_of(render_pdf_bytes(path, "fhir"), tmp_path)
    for expected in ("Jane Doe", "Valley Clinic", "Medications", "Metformin", "Hemoglobin A1c"):
        assert expected in text


def test_every_whole_sample_renders_readable_pages(tmp_path):
    for path in sorted((SAMPLES / "ccda").glob("*.[xX][mM][lL]")):
        pdf = render_pdf_bytes(path, "ccda")
        reader = PdfReader(__import__("io").BytesIO(pdf))
        assert len(reader.pages) >= 1
        assert len(reader.pages[0].extract_text()) > 200, path.name


def test_packet_has_documents_lab_trends_and_differences(vault, tmp_path):
    for name, date, value, dose in (("a.xml", "20250101", "6.1", "500"),
                                    ("b.xml", "20250601", "7.4", "1000")):
        (tmp_path / name).write_bytes(ccda(
            title=f"Summary {name}", date=date,
            medications=medication("Metformin", "860975", dose=dose),
            allergies=allergy("Penicillin", "7980") if name == "a.xml" else allergy(
                "Codeine", "2670"),
            results=result("Glucose", "2345-7", value, "mg/dL", date, "3.9", "5.5", "H")))
    vault.importer.import_paths([tmp_path / "a.xml", tmp_path / "b.xml"])
    out = tmp_path / "packet.pdf"
    export_packet(vault, out, PacketOptions())
    pages = page_texts(out)
    whole = "\n".join(pages)
    assert any(p.startswith("Lab trends") for p in pages)
    assert "Differences between records" in whole.replace("ﬀ", "ff")
    assert "Metformin: 500 mg in Summary a.xml" in whole
    assert "Summary b.xml" in whole and "Follow" not in whole
    # settled differences leave the packet
    for difference in vault.clinical.unresolved():
        vault.clinical.resolve(difference.key, "keep_both")
    export_packet(vault, out, PacketOptions())
    assert "Differences between records" not in "\n".join(page_texts(out)).replace("ﬀ", "ff")


def test_a_clinical_record_whose_stored_file_changed_becomes_a_notice(vault, tmp_path):
    (tmp_path / "a.xml").write_bytes(ccda(title="Clinic letter"))
    vault.importer.import_file(tmp_path / "a.xml")
    doc = vault.documents.list()[0]
    stored = vault.documents.path(doc)
    stored.chmod(0o600)
    stored.write_bytes(b"<ClinicalDocument><title>cut")
    result = export_packet(vault, tmp_path / "p.pdf", PacketOptions())
    assert any("Clinic letter: could not be included" in n for n in result.notices)


def test_the_results_table_names_each_record_with_its_page_in_the_packet(vault, tmp_path):
    """A result's record is named by title, date and the page it starts on, which is the
    page the contents give it (known only once the records are placed)."""
    for name, date, value in (("a.xml", "20250101", "6.1"), ("b.xml", "20250601", "7.4")):
        (tmp_path / name).write_bytes(ccda(
            title=f"Summary {name}", date=date,
            results=result("Glucose", "2345-7", value, "mg/dL", date, "3.9", "5.5", "H")))
    vault.importer.import_paths([tmp_path / "a.xml", tmp_path / "b.xml"])
    out = tmp_path / "packet.pdf"
    export_packet(vault, out, PacketOptions())
    pages = [" ".join(p.split()) for p in page_texts(out)]
    labs = next(p for p in pages if p.startswith("Lab trends"))
    for title in ("Summary a.xml", "Summary b.xml"):
        starts = next(i + 1 for i, p in enumerate(pages) if p.startswith(title))
        contents = next(p for p in pages if p.startswith("Contents"))
        assert f"{title} " in contents and f" {starts} " in contents
        assert re.search(rf"{re.escape(title)}, \d+ \w+ 2025 \(page {starts}\)", labs), labs
