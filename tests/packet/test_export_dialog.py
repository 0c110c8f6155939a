"""The export dialog, driven directly: no modal window opens, the fake pool runs the export
at once."""

from __future__ import annotations

import re
from pathlib import Path

from factories import make_pdf
from fakes import FakeThreadPool, ScriptedDialogs
from PySide6.QtCore import Qt, QTranslator

from secondop_desktop.ui.export.dialog import ExportDialog
from secondop_desktop.ui.services import Services


def _dialog(qtbot, vault):
    dialogs, urls = ScriptedDialogs(), []
    services = Services(dialogs=dialogs, pool=FakeThreadPool(), view_pool=FakeThreadPool(),
                        open_url=lambda url: urls.append(url) or True)
    dialog = ExportDialog(vault, services)
    qtbot.addWidget(dialog)
    return dialog, dialogs, urls


def test_dialog_exports_ticked_records_in_the_shown_order(qtbot, vault, tmp_path):
    vault.importer.import_paths([make_pdf(tmp_path / "report_a.pdf", pages=["Alpha"]),
                                  make_pdf(tmp_path / "report_b.pdf", pages=["Bravo"]),
                                  make_pdf(tmp_path / "report_c.pdf", pages=["Charlie"])])
    trashed = vault.documents.records()[2]
    vault.documents.set_trashed(trashed.id, True)
    dialog, dialogs, urls = _dialog(qtbot, vault)
    items = dialog.record_items()
    assert [i.text() for i in items] == ["Report a", "Report b"]  # the trash is left out
    assert all(i.checkState() == Qt.CheckState.Checked for i in items)
    dialog.records_view.setCurrentIndex(items[1].index())
    dialog.move_selected(-1)
    assert [i.text() for i in dialog.record_items()] == ["Report b", "Report a"]
    dialog.section_boxes["cover"].setChecked(False)
    out = tmp_path / "chosen.pdf"
    dialogs.save_paths.append(out)
    dialog.choose_file()
    dialog.start_export()
    assert out.exists() and dialog.written is not None
    assert dialog.open_button.isVisibleTo(dialog)
    from pdf_inspect import page_texts

    texts = page_texts(out)
    assert "CONSULTATION PACKET" not in texts[0]
    assert texts.index(next(t for t in texts if "Bravo" in t)) < texts.index(
        next(t for t in texts if "Alpha" in t))
    dialog.open_pdf()
    dialog.show_folder()
    assert [u.toLocalFile() for u in urls] == [str(out), str(tmp_path)]


def test_unticked_record_is_left_out_and_errors_are_shown(qtbot, vault, tmp_path):
    vault.importer.import_paths([make_pdf(tmp_path / "report_a.pdf", pages=["Alpha"])])
    dialog, dialogs, urls = _dialog(qtbot, vault)
    dialog.record_items()[0].setCheckState(Qt.CheckState.Unchecked)
    assert dialog.options().record_ids == []
    blocker = tmp_path / "file"
    blocker.write_text("x")
    dialog.path_edit.setText(str(blocker / "p.pdf"))  # a folder that cannot exist
    dialog.start_export()
    assert dialog.written is None
    assert dialogs.messages and dialogs.messages[-1][0] == "error"
    assert "not written" in dialog.status.text()


def test_paper_size_keeps_its_natural_width(qtbot, vault):
    dialog, _dialogs, _urls = _dialog(qtbot, vault)
    dialog.resize(900, 640)
    dialog.show()
    qtbot.waitExposed(dialog)
    combo = dialog.page_size
    assert combo.width() <= combo.sizeHint().width() < dialog.path_edit.width()


def test_the_packet_size_is_shown_and_a_large_one_warned_about(qtbot, vault, tmp_path,
                                                               monkeypatch):
    from secondop_desktop.packet import export

    vault.importer.import_paths([make_pdf(tmp_path / "report_a.pdf", pages=["Alpha"])])
    dialog, _dialogs, _urls = _dialog(qtbot, vault)
    dialog.path_edit.setText(str(tmp_path / "small.pdf"))
    dialog.start_export()
    assert re.search(r"pages, \d+(\.\d)? [kM]B\.", dialog.status.text())
    assert "email" not in dialog.status.text()
    monkeypatch.setattr(export, "EMAIL_LIMIT", 1000)  # as if the packet were over 20 MB
    dialog.path_edit.setText(str(tmp_path / "large.pdf"))
    dialog.start_export()
    assert "most email services will refuse this packet" in dialog.status.text()


def test_records_imported_while_the_dialog_is_open_are_offered(qtbot, vault, tmp_path):
    from secondop_desktop.ui.operations import Changes

    vault.importer.import_paths([make_pdf(tmp_path / "report_a.pdf", pages=["Alpha"]),
                                  make_pdf(tmp_path / "report_b.pdf", pages=["Bravo"])])
    dialog, _dialogs, _urls = _dialog(qtbot, vault)
    first, second = dialog.record_items()
    first.setCheckState(Qt.CheckState.Unchecked)
    dialog.records_view.setCurrentIndex(second.index())
    dialog.move_selected(-1)
    vault.importer.import_file(make_pdf(tmp_path / "report_c.pdf", pages=["Charlie"]))
    dialog.services.changes.announce(Changes(records=True))  # as the import announces it
    items = dialog.record_items()
    assert [i.text() for i in items] == ["Report b", "Report a", "Report c"]
    assert [i.checkState() == Qt.CheckState.Checked for i in items] == [True, False, True]


class _German(QTranslator):
    WORDS = {("ExportDialog", "Consultation packet {name}"): "Unterlagen zur Zweitmeinung {name}",
             ("IdentityWarning", "Is this your record? This page names {name}, born {born}."):
                 "Ist das Ihr Dokument? Auf dieser Seite steht {name}, geboren am {born}."}

    def translate(self, context, source, disambiguation=None, n=-1):
        return self.WORDS.get((context, source))  # None: the next translator says it


def test_the_dialog_speaks_the_apps_language(qapp, qtbot, vault, tmp_path):
    """The suggested file name and the warning about a record naming another patient are in
    the app's language (they were English in a German window)."""
    from secondop_desktop.core.ocr.queue import OcrQueue

    vault.patient.set(name="John Smith", dob="1960-03-12")
    vault.importer.import_paths([
        make_pdf(tmp_path / "theirs.pdf", ["Patient: Anna Kowalska  DOB: 03/02/1958 letter"])])
    OcrQueue(vault, workers=1).run()  # PDF text: stored without Tesseract
    german = _German()
    qapp.installTranslator(german)
    try:
        dialog, _dialogs, _urls = _dialog(qtbot, vault)
        assert Path(dialog.path_edit.text()).name.startswith(
            "Unterlagen zur Zweitmeinung John Smith ")
        assert ("Ist das Ihr Dokument? Auf dieser Seite steht Anna Kowalska, geboren am "
                "1958-02-03.") in dialog.identity_label.text()
    finally:
        qapp.removeTranslator(german)
