"""The packet for the treating doctor: the opinions and their comparison after the Summary,
only when asked for (the dialog's box, ``secondop export --opinions``)."""

from __future__ import annotations

from fakes import FakeThreadPool, ScriptedDialogs
from pdf_inspect import outline, page_texts

from secondop_desktop import cli
from secondop_desktop.packet.export import PacketOptions, export_packet
from secondop_desktop.ui.export.dialog import ExportDialog
from secondop_desktop.ui.services import Services


def _opinions(vault) -> None:
    vault.patient.set(name="Jane Doe", goals="Keep teaching")
    vault.opinions.add(by="Dr Okafor", recommendation="Radioactive iodine")
    vault.opinions.add(by="Dr Stone", recommendation="Surgery")


def test_the_opinions_follow_the_summary_when_asked_for(qapp, vault, tmp_path):
    _opinions(vault)
    plain = export_packet(vault, tmp_path / "plain.pdf")
    assert "Opinions and comparison" not in [t for t, _p, _l in outline(plain.path)]
    asked = PacketOptions()
    asked.sections.add("opinions")
    result = export_packet(vault, tmp_path / "with.pdf", asked)
    marks = [t for t, _p, level in outline(result.path) if level == 0]
    assert marks[:4] == ["Cover", "Summary", "Contents", "Opinions and comparison"]
    start = dict((t, p) for t, p, _l in outline(result.path))["Opinions and comparison"]
    texts = page_texts(result.path)
    page = " ".join(texts[start - 1].split())
    assert "Comparing the opinions" in page and "≠ Different" in page
    assert "Keep teaching" in page
    assert any("My decision guide" in t for t in texts[start:])
    assert f"page {start} of {result.pages}" in page  # stamped as every packet page


def test_export_command_takes_opinions(qapp, vault, tmp_path, capsys):
    _opinions(vault)
    root = vault.root
    vault.close()
    out = tmp_path / "packet.pdf"
    assert cli.main(["--vault", str(root), "export", "--out", str(out), "--opinions"]) == 0
    assert "Opinions and comparison" in [t for t, _p, _l in outline(out)]
    capsys.readouterr()


def test_the_dialog_offers_the_opinions_unticked(qtbot, vault):
    services = Services(dialogs=ScriptedDialogs(), pool=FakeThreadPool(),
                        view_pool=FakeThreadPool())
    empty = ExportDialog(vault, services)
    qtbot.addWidget(empty)
    assert not empty.section_boxes["opinions"].isEnabled()  # nothing to include yet
    _opinions(vault)
    dialog = ExportDialog(vault, services)
    qtbot.addWidget(dialog)
    box = dialog.section_boxes["opinions"]
    assert box.isEnabled() and not box.isChecked()
    assert "opinions" not in dialog.options().sections
    box.setChecked(True)
    assert "opinions" in dialog.options().sections
