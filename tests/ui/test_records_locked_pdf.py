"""The Records screen asks for the password of a PDF that needs one, then imports it."""

from __future__ import annotations

import shiboken6
from factories import make_pdf, make_qpdf_encrypted_pdf

from secondop_desktop.core.importing import Outcome
from secondop_desktop.ui.records.page import RecordsPage


def _page(qtbot, vault, services) -> RecordsPage:
    page = RecordsPage(vault, services)
    qtbot.addWidget(page)
    page.show()
    return page


def test_locked_pdf_is_asked_for_and_imported_with_the_password(qtbot, vault, services,
                                                                 tmp_path):
    locked = make_qpdf_encrypted_pdf(tmp_path / "lab.pdf", "aes-256", user_password="s3cret")
    other = make_pdf(tmp_path / "letter.pdf")
    services.dialogs.passwords = ["wrong", "s3cret"]
    page = _page(qtbot, vault, services)
    page.import_paths([locked, other])
    asked = [m for m in services.dialogs.messages if m[0] == "password"]
    assert len(asked) == 2 and "lab.pdf" in asked[0][2]  # asked again after a wrong one
    assert page.last_summary.results[0].outcome is Outcome.IMPORTED
    names = sorted(d.original_name for d in page.model.documents())
    assert names == ["lab.pdf", "letter.pdf"]
    doc = next(d for d in page.model.documents() if d.original_name == "lab.pdf")
    assert vault.documents.readable_path(doc) != vault.documents.path(doc)


def test_cancel_leaves_the_locked_pdf_out(qtbot, vault, services, tmp_path):
    locked = make_qpdf_encrypted_pdf(tmp_path / "lab.pdf", "aes-128", user_password="pw")
    page = _page(qtbot, vault, services)
    page.import_paths([locked])
    assert [m[0] for m in services.dialogs.messages] == ["password"]
    assert vault.documents.count() == 0
    assert "needs a password" in page.last_summary.text()


def test_a_new_import_summary_replaces_the_last_one(qtbot, vault, services, tmp_path):
    page = _page(qtbot, vault, services)
    page.import_paths([make_pdf(tmp_path / "a.pdf", ["First letter"])])
    first = page.summary_dialog
    assert first is not None and first.isVisible()
    page.import_paths([make_pdf(tmp_path / "b.pdf", ["Second letter"])])
    assert page.summary_dialog is not first and page.summary_dialog.isVisible()
    qtbot.waitUntil(lambda: not shiboken6.isValid(first) or not first.isVisible())
    page.summary_dialog.close()  # closed (and deleted) by the patient: the next one still opens
    page.import_paths([make_pdf(tmp_path / "c.pdf", ["Third letter"])])
    assert page.summary_dialog.isVisible()
