"""The export dialog's "for whom", password and still-missing warning; History's re-export."""

from __future__ import annotations

from factories import make_pdf
from pypdf import PdfReader
from PySide6.QtCore import Qt

from secondop_desktop.packet.export import PacketOptions
from secondop_desktop.ui.export.dialog import ExportDialog


def _two_records(vault, tmp_path) -> None:
    vault.importer.import_paths([make_pdf(tmp_path / "a.pdf", ["A"]),
                                  make_pdf(tmp_path / "b.pdf", ["B"])])


def _dialog(qtbot, vault, services) -> ExportDialog:
    dialog = ExportDialog(vault, services)
    qtbot.addWidget(dialog)
    return dialog


def test_missing_records_are_shown_before_export(qtbot, vault, services):
    assert not _dialog(qtbot, vault, services).missing_label.isVisibleTo(None)
    vault.requests.add("City Pathology", "pathology-slides", asked="2026-11-03")
    dialog = _dialog(qtbot, vault, services)
    assert not dialog.missing_label.isHidden()
    assert "pathology slides/blocks from City Pathology, asked 3 Nov 2026" in \
        dialog.missing_label.text()


def test_export_is_logged_for_the_recipient_and_protected(qtbot, vault, services, dialogs,
                                                           tmp_path):
    _two_records(vault, tmp_path)
    dialog = _dialog(qtbot, vault, services)
    dialog.path_edit.setText(str(tmp_path / "out.pdf"))
    dialog.recipient_edit.setText("Dr Becker, University Spine Centre")
    dialog.protect_box.setChecked(True)
    dialog.password_edit.setText("tulip-river-9")
    dialog.password_again.setText("tulip-river-8")
    dialog.start_export()
    assert dialogs.messages[-1][2] == "The two passwords are not the same."
    assert not (tmp_path / "out.pdf").exists()
    dialog.password_again.setText("tulip-river-9")
    dialog.start_export()
    assert PdfReader(tmp_path / "out.pdf").is_encrypted
    [entry] = vault.sent.list()
    assert entry.recipient == "Dr Becker, University Spine Centre" and entry.protected
    assert "another way" in dialog.status.text()


def test_preset_ticks_the_earlier_selection(qtbot, vault, services, tmp_path):
    _two_records(vault, tmp_path)
    first = vault.documents.list()[0].id
    dialog = _dialog(qtbot, vault, services)
    dialog.preset(PacketOptions(sections={"cover", "records"}, record_ids=[first],
                                email_size=True), "own copy")
    assert dialog.selected_ids() == [first]
    assert dialog.email_box.isChecked() and dialog.recipient_edit.text() == "own copy"
    assert not dialog.section_boxes["summary"].isChecked()
    assert dialog.record_items()[1].checkState() == Qt.CheckState.Unchecked
