"""A record's PDF parsed while the packet is planned is copied from as it was parsed: the
packet is the same as when it is parsed again to be copied."""

from __future__ import annotations

from pdf_inspect import page_texts

from secondop_desktop.packet.export import export_packet


def test_a_record_pdf_kept_parsed_from_planning_is_copied_as_one_parsed_again(
        filled_vault, tmp_path, monkeypatch):
    from secondop_desktop.packet import export, sources

    opened: list = []
    real_open = sources.open_pdf
    monkeypatch.setattr(sources, "open_pdf", lambda path: opened.append(path) or real_open(path))
    (tmp_path / "kept").mkdir()
    (tmp_path / "again").mkdir()
    kept = export_packet(filled_vault, tmp_path / "kept" / "packet.pdf")
    opened_when_kept = len(opened)
    monkeypatch.setattr(export, "KEPT_BYTES", 0)  # none kept: each parsed again to be copied
    again = export_packet(filled_vault, tmp_path / "again" / "packet.pdf")
    assert len(opened) - opened_when_kept > opened_when_kept  # the PDF was opened once more
    assert page_texts(kept.path) == page_texts(again.path)
    assert kept.pages == again.pages
