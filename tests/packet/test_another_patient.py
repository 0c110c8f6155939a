"""A letter that names another patient stays out of the packet unless the patient asks for it:
unticked in the export dialog with its warning spelled out, left out by `secondop export` with one
line saying so, and listed on the "Not included" page without the other patient's name."""

from __future__ import annotations

from factories import make_pdf
from pdf_inspect import page_texts
from PySide6.QtCore import Qt

from secondop_desktop import cli
from secondop_desktop.core.ocr.queue import OcrQueue
from secondop_desktop.packet.export import PacketOptions, export_packet

OWN = "Clinic letter for John Smith, DOB 12/03/1960. Thyroid clinic review, all stable."
STRANGER = ("Laboratory report. Patient: Anna Kowalska, DOB 14/05/1961, "
            "Calcium 1.9 mmol/L, low. Please repeat the calcium in one week.")


def _two_letters(vault, tmp_path) -> tuple[int, int]:
    vault.patient.set(name="John Smith", dob="1960-03-12")
    results = vault.importer.import_paths([
        make_pdf(tmp_path / "own_letter.pdf", [OWN]),
        make_pdf(tmp_path / "calcium.pdf", [STRANGER])])
    OcrQueue(vault, workers=1).run()  # text layers: the identity check needs no Tesseract
    own, other = (r.document_id for r in results)
    return own, other


def _all_text(path) -> str:
    return "\n".join(page_texts(path))


def test_the_packet_leaves_it_out_and_says_so_without_the_strangers_name(vault, tmp_path):
    _own, _other = _two_letters(vault, tmp_path)
    result = export_packet(vault, tmp_path / "packet.pdf")
    text = _all_text(result.path)
    assert "Thyroid clinic review" in text
    assert "Kowalska" not in text and "Calcium 1.9" not in text
    [listed] = [t for t in page_texts(result.path) if t.startswith("Not included")]
    assert "Calcium" in listed and "names another patient" in listed
    assert result.notices == []  # left out on purpose: not a failure


def test_named_in_the_list_it_goes_in(vault, tmp_path):
    own, other = _two_letters(vault, tmp_path)
    result = export_packet(vault, tmp_path / "packet.pdf",
                           PacketOptions(record_ids=[own, other]))
    text = _all_text(result.path)
    assert "Kowalska" in text and "names another patient" not in text


def test_the_command_says_on_one_line_what_it_left_out(vault, tmp_path, capsys):
    own, other = _two_letters(vault, tmp_path)
    root = str(vault.root)
    vault.close()
    assert cli.main(["--vault", root, "export", "--out", str(tmp_path / "p.pdf")]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"left out record {other}: it names another patient, Anna Kowalska, " \
                     "born 1961-05-14"
    assert "Kowalska" not in _all_text(tmp_path / "p.pdf")

    assert cli.main(["--vault", root, "export", "--out", str(tmp_path / "q.pdf"),
                     "--records", f"{own},{other}"]) == 0
    assert "left out" not in capsys.readouterr().out
    assert "Kowalska" in _all_text(tmp_path / "q.pdf")


def test_the_dialog_unticks_it_and_spells_out_the_warning(qtbot, vault, tmp_path):
    from fakes import FakeThreadPool, ScriptedDialogs

    from secondop_desktop.ui.export.dialog import ExportDialog
    from secondop_desktop.ui.services import Services

    own, other = _two_letters(vault, tmp_path)
    dialog = ExportDialog(vault, Services(dialogs=ScriptedDialogs(), pool=FakeThreadPool(),
                                          view_pool=FakeThreadPool()))
    qtbot.addWidget(dialog)
    assert dialog.options().record_ids == [own]
    assert not dialog.identity_label.isHidden()
    assert "Anna Kowalska" in dialog.identity_label.text()
    assert "left out of the packet unless you tick it" in dialog.identity_label.text()

    [flagged] = [i for i in dialog.record_items() if i.checkState() != Qt.CheckState.Checked]
    flagged.setCheckState(Qt.CheckState.Checked)  # the patient says: it is mine after all
    dialog._reload_records()  # a change elsewhere: the patient's tick stays
    assert sorted(dialog.options().record_ids) == sorted([own, other])
