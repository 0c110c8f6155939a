"""`secondop rotate`: a page turned for showing and packing; the stored file stays as it is."""

from __future__ import annotations

import hashlib
import json

from factories import make_jpeg, make_pdf
from pypdf import PdfReader

from secondop_desktop import cli


def test_rotate_turns_the_packed_page_and_refuses_a_page_that_is_not_there(tmp_path, capsys):
    vault = str(tmp_path / "vault")
    scan = make_jpeg(tmp_path / "letter.jpg", size=(1400, 1000))  # lying on its side
    report = make_pdf(tmp_path / "report.pdf", ["One", "Two"])
    assert cli.main(["--vault", vault, "import", str(scan), str(report)]) == 0
    capsys.readouterr()

    assert cli.main(["--vault", vault, "rotate", "1", "--by", "90"]) == 0
    assert "clockwise" in capsys.readouterr().out
    assert cli.main(["--vault", vault, "rotate", "2", "--page", "2", "--by", "270"]) == 0
    assert cli.main(["--vault", vault, "rotate", "2", "--page", "3", "--by", "90"]) == 2
    assert "“Report” has no page 3; its pages are 1 to 2." in capsys.readouterr().err
    assert cli.main(["--vault", vault, "rotate", "1", "--by", "45"]) == 2

    out = tmp_path / "packet.pdf"
    assert cli.main(["--vault", vault, "export", "--out", str(out)]) == 0
    pages = PdfReader(out).pages
    [scan_page] = [p for p in pages
                   if p["/Resources"]["/XObject"]["/SOContent"]["/Subtype"] == "/Image"]
    assert scan_page.mediabox.width < scan_page.mediabox.height  # turned to stand upright
    lying = [p for p in pages if p.mediabox.width > p.mediabox.height]
    assert len(lying) == 1  # the report's page 2, turned; its page 1 stands as it was
    doc = {r["id"]: r for r in _listed(capsys, vault)}[1]
    assert hashlib.sha256(scan.read_bytes()).hexdigest() == doc["sha256"]


def _listed(capsys, vault: str) -> list[dict]:
    capsys.readouterr()
    assert cli.main(["--vault", vault, "list", "--json"]) == 0
    return json.loads(capsys.readouterr().out)
