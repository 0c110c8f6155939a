"""Clinical documents on the Records screen: preview pages, thumbnails, export options."""

from __future__ import annotations

from clinical_factories import ccda, fhir_bundle, medication, write_fhir
from test_records_page import _page

from secondop_desktop.ui.records.thumbnails import make_thumbnail


def test_ccda_and_fhir_preview_as_pages_and_have_thumbnails(qtbot, vault, services, tmp_path):
    (tmp_path / "summary.xml").write_bytes(ccda(medications=medication("Metformin", "860975")))
    write_fhir(tmp_path / "bundle.json", fhir_bundle())
    page = _page(qtbot, vault, services)
    page.import_paths([tmp_path / "summary.xml", tmp_path / "bundle.json"])
    for doc in vault.documents.list():
        page.show_document(doc.id)
        preview = page.preview
        assert preview.stack.currentWidget() is preview.pdf_view
        assert preview.pdf.pageCount() >= 1, doc.format
        assert not make_thumbnail(vault, doc).isNull()


def test_a_clinical_record_whose_file_is_damaged_says_so(qtbot, vault, services, tmp_path):
    (tmp_path / "summary.xml").write_bytes(ccda())
    vault.importer.import_file(tmp_path / "summary.xml")
    doc = vault.documents.list()[0]
    stored = vault.documents.path(doc)
    stored.chmod(0o600)
    stored.write_bytes(b"<ClinicalDocument><title>cut")
    page = _page(qtbot, vault, services)
    page.show_document(doc.id)
    assert "cannot be previewed: the XML file is damaged" in page.preview.status.text()


def test_export_dialog_offers_lab_trends_and_differences(qtbot, vault, services):
    from secondop_desktop.ui.export.dialog import ExportDialog

    dialog = ExportDialog(vault, services)
    qtbot.addWidget(dialog)
    assert dialog.section_boxes["labs"].isChecked()
    assert dialog.section_boxes["differences"].isChecked()
