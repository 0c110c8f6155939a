"""The Records screen shows an imaging study as one record and warns when its images name
someone other than the patient."""

from __future__ import annotations

from factories import make_imaging_cd
from PySide6.QtWidgets import QLabel

from secondop_desktop.ui.records.page import RecordsPage


def _page(qtbot, vault, services) -> RecordsPage:
    page = RecordsPage(vault, services)
    qtbot.addWidget(page)
    page.show()
    return page


def _warning(page) -> str:
    label = page.preview.findChild(QLabel, "studyPatientWarning")
    return label.text() if label is not None else ""


def test_study_of_someone_else_is_flagged(qtbot, vault, services, tmp_path):
    vault.patient.set(name="Jane Doe", dob="1970-04-02")
    page = _page(qtbot, vault, services)
    page.import_paths([make_imaging_cd(tmp_path / "CD", slices=(12,), patient="Doe^Archibald",
                                       birth_date="19450101")])
    (doc,) = page.model.documents()
    assert doc.pages == 12
    page.select_document(doc.id)
    assert "this study is for Doe^Archibald" in _warning(page)


def test_own_study_has_no_warning(qtbot, vault, services, tmp_path):
    vault.patient.set(name="Jane Doe", dob="1970-04-02")
    page = _page(qtbot, vault, services)
    page.import_paths([make_imaging_cd(tmp_path / "CD", slices=(2,))])
    (doc,) = page.model.documents()
    page.select_document(doc.id)
    assert _warning(page) == ""
