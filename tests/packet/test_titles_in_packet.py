"""A title stored with a control character (a vault from before titles were cleaned) reaches
neither a bookmark, the contents, the record's heading nor the timeline."""

from __future__ import annotations

from factories import make_pdf
from pdf_inspect import outline, page_texts

from secondop_desktop.packet.export import export_packet


def test_control_characters_never_reach_the_packet(vault, tmp_path):
    [result] = vault.importer.import_paths([make_pdf(tmp_path / "a.pdf", ["Aspect view"])])
    with vault.db.transaction() as conn:
        conn.execute("UPDATE documents SET title = ?, record_date = '2024-01-02' WHERE id = ?",
                     ("aspect\x00\x1b[31m view", result.document_id))
    out = export_packet(vault, tmp_path / "p.pdf").path
    titles = [title for title, _page, _level in outline(out)]
    assert "aspect [31m view" in titles
    text = "\n".join(page_texts(out))
    assert "\x00" not in text and "\x1b" not in text
    assert "Record: aspect [31m view" in " ".join(text.split())  # the timeline
