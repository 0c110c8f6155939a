"""Every stored file is checked against its SHA-256 before it goes into a packet (hashed on
threads of their own while the packet is planned): a changed or missing file is left out with
its reason, the others go in."""

from __future__ import annotations

from factories import make_jpeg, make_pdf
from pdf_inspect import page_texts

from secondop_desktop.packet.export import PacketOptions, export_packet


def test_a_changed_or_missing_stored_file_is_left_out_with_its_reason(vault, tmp_path):
    paths = [make_pdf(tmp_path / "letter.pdf", ["Letter from the clinic"]),
             make_jpeg(tmp_path / "changed.jpg", size=(300, 400), text="changed"),
             make_jpeg(tmp_path / "gone.jpg", size=(300, 400), text="gone")]
    vault.importer.import_paths(paths)
    docs = {d.original_name: d for d in vault.documents.list()}
    with open(vault.documents.path(docs["changed.jpg"]), "ab") as stored:
        stored.write(b"changed after import")
    vault.documents.path(docs["gone.jpg"]).unlink()  # a damaged disk, not the app

    result = export_packet(vault, tmp_path / "p.pdf", PacketOptions(sections={"records"}))

    text = " ".join(page_texts(result.path)).replace("\n", " ")
    assert "Letter from the clinic" in text
    assert "its stored file is damaged (it changed after import)" in text
    assert "its stored file is missing" in text
    assert text.count("Not included") >= 1
