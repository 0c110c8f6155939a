"""The manifest page, "requested, not yet received" on the summary, the sent log, passwords."""

from __future__ import annotations

import hashlib
import re

import pytest
import pyzipper
from pdf_inspect import outline, page_texts
from pypdf import PdfReader
from render import qpdf_warnings

from secondop_desktop.packet.delivery import Delivery, DeliveryError, deliver
from secondop_desktop.packet.export import PacketOptions, export_packet
from secondop_desktop.packet.manifest import grouped_hash


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_last_page_lists_every_original_with_pages_and_hash(filled_vault, tmp_path):
    out = tmp_path / "packet.pdf"
    result = export_packet(filled_vault, out)
    texts = page_texts(out)
    last = _flat(texts[-1])
    assert last.startswith("Manifest") and outline(out)[-1][:2] == ("Manifest", len(texts))
    for doc in filled_vault.documents.records():
        for stored in filled_vault.documents.files(doc):  # a study: each of its images
            assert hashlib.sha256(stored.path.read_bytes()).hexdigest() == stored.sha256
            assert _flat(grouped_hash(stored.sha256)) in last, stored.name
    blood = next(d for d in filled_vault.documents.records() if d.original_name.startswith("blood"))
    # its two pages are where the manifest says they are
    first, last_page = (int(p) for p in re.search(r"Blood results\D*(\d+)–(\d+)", last).groups())
    assert last_page - first == 1 and "Haemoglobin" in texts[first - 1]
    assert blood.pages == 2 and result.pages == len(texts)


def test_manifest_can_be_left_out(filled_vault, tmp_path):
    out = tmp_path / "p.pdf"
    export_packet(filled_vault, out, PacketOptions(sections={"records"}))
    assert "Manifest" not in page_texts(out)[-1]


def test_summary_says_what_was_requested_and_not_received(filled_vault, tmp_path):
    filled_vault.requests.add("City Pathology", "pathology-slides", asked="2026-11-03")
    filled_vault.requests.add("Done Clinic", "labs", asked="2026-10-01", status="received")
    out = tmp_path / "p.pdf"
    export_packet(filled_vault, out, PacketOptions(sections={"summary"}))
    text = _flat(page_texts(out)[0])
    assert "Requested, not yet received" in text
    assert "Pathology slides/blocks from City Pathology, asked 3 Nov 2026" in text
    assert "Done Clinic" not in text


def test_delivery_logs_the_export_with_its_hash(filled_vault, tmp_path):
    out = tmp_path / "p.pdf"
    options = PacketOptions()
    result = export_packet(filled_vault, out, options)
    entry = deliver(filled_vault, result, options, Delivery("Dr Becker, University Spine Centre"))
    assert entry.sha256 == hashlib.sha256(out.read_bytes()).hexdigest()
    assert entry.size == out.stat().st_size and entry.pages == result.pages
    assert entry.recipient == "Dr Becker, University Spine Centre" and not entry.protected
    assert sorted(entry.records) == sorted(d.id for d in filled_vault.documents.records())
    assert entry.questions == [q.id for q in filled_vault.questions.entries()]
    assert filled_vault.sent.entries()[0].id == entry.id


def test_password_encrypts_pdf_and_dicom_and_is_not_stored(filled_vault, tmp_path):
    out = tmp_path / "p.pdf"
    options = PacketOptions()
    result = export_packet(filled_vault, out, options, password="tulip-42-river")
    entry = deliver(filled_vault, result, options, Delivery("own copy", "tulip-42-river"))
    reader = PdfReader(out)
    assert reader.is_encrypted
    assert reader.trailer["/Encrypt"]["/R"] == 6 and reader.trailer["/Encrypt"]["/V"] == 5
    assert out.read_bytes().startswith(b"%PDF-2.0")
    assert reader.decrypt("wrong") == 0
    assert reader.decrypt("tulip-42-river") != 0 and len(reader.pages) == result.pages
    assert qpdf_warnings(out, password="tulip-42-river") == ""
    archive = result.dicom_folder
    assert archive is not None and archive.suffix == ".zip"
    assert not archive.with_suffix("").exists()  # no plaintext DICOM folder, not even briefly
    with pyzipper.AESZipFile(archive) as zipped:
        names = zipped.namelist()
        # The names are readable without the password: they say nothing of the studies.
        assert all(re.fullmatch(r"p - DICOM files/Study \d+/\d{4}\.dcm", n) for n in names)
        name = max(zipped.infolist(), key=lambda i: i.file_size).filename
        with pytest.raises(RuntimeError):
            zipped.read(name)
        zipped.setpassword(b"tulip-42-river")
        assert zipped.read(name)[128:132] == b"DICM"
    assert entry.protected and entry.sha256 == hashlib.sha256(out.read_bytes()).hexdigest()
    db_bytes = b"".join(p.read_bytes() for p in filled_vault.root.glob("vault.sqlite3*"))
    assert b"tulip-42-river" not in db_bytes


def test_too_short_password_is_refused(filled_vault, tmp_path):
    out = tmp_path / "p.pdf"
    with pytest.raises(DeliveryError, match="at least 6"):
        export_packet(filled_vault, out, PacketOptions(sections={"cover"}), password="abc")
    assert not out.exists()
