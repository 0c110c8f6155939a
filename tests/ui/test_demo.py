"""The demo vault: a full made-up patient, created once."""

from __future__ import annotations

import datetime as dt

from secondop_desktop.core.vault import Vault
from secondop_desktop.demo import ensure_demo_vault


def test_demo_vault_has_everything_and_is_made_once(tmp_path):
    folder = tmp_path / "demo"
    ensure_demo_vault(folder)
    with Vault.open(folder) as vault:
        docs = vault.documents.records()
        assert {d.format for d in docs} >= {"pdf", "jpeg", "dicom", "fhir"}
        tests = {t.test: t for t in vault.clinical.lab_tests()}  # the Labs screen has trends
        assert len(tests["C reactive protein"].numeric) == 3
        # Left for the app to file from its text: a sideways phone photo of a letter.
        unfiled = [d for d in docs if d.open_fields() >= {"title", "provider"}]
        assert [d.original_name[:4] for d in unfiled] == ["IMG_"]
        assert {d.kind for d in docs} >= {"imaging", "labs", "reports"}
        assert any(d.pages > 1 for d in docs if d.format == "pdf")
        assert len({d.record_date for d in docs}) > 4
        assert "microdiscectomy" in " ".join(vault.documents.texts().values())
        assert vault.patient.get().name and vault.patient.get().dob
        assert vault.appointment.get().when_datetime > dt.datetime.now()
        questions = vault.questions.entries()
        assert len(questions) >= 8 and {q.priority for q in questions} == {1, 2, 3}
        entries = vault.symptoms.entries()
        assert len(entries) >= 50 and len(vault.symptoms.names()) >= 2
        span = max(e.at for e in entries) - min(e.at for e in entries)
        assert span.days >= 80
        assert vault.medications.count() and vault.allergies.count() and vault.timeline.count()
        assert not vault.verify()
        statuses = {r.status for r in vault.requests.all()}
        assert statuses == {"asked", "partly-received", "to-ask"}
        assert vault.requests.overdue_count() == 1
        assert vault.specialists.count() == 3 and vault.patient.get().goals
        assert vault.specialists.chosen().name == vault.appointment.get().specialist
        [opinion] = vault.opinions.entries()  # the second opinion is still to come
        assert opinion.document_id is not None and len(vault.decision.options()) == 3
        counts = (vault.documents.count(), vault.questions.count())
    ensure_demo_vault(folder)  # a second run adds nothing
    with Vault.open(folder) as vault:
        assert (vault.documents.count(), vault.questions.count()) == counts


def test_demo_opens_in_its_own_marked_window_and_is_never_remembered(qtbot, vault, services,
                                                                      tmp_path):
    from PySide6.QtCore import QSettings

    from secondop_desktop import paths
    from secondop_desktop.ui.main_window import MainWindow
    from secondop_desktop.ui.settings import Settings

    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(vault, services=services, settings=settings)
    qtbot.addWidget(window)
    assert window.records.screens.currentWidget() is window.records.empty
    window.records.empty.try_demo.emit()
    demo = window.demo_window
    qtbot.addWidget(demo)
    assert window.vault.root == vault.root  # the patient's window stays on their vault
    qtbot.waitUntil(lambda: demo.ready)
    assert demo.vault.root == paths.demo_vault_dir()
    qtbot.waitUntil(lambda: demo.records.model.rowCount() > 5)
    assert "Demo" in demo.windowTitle() and "Alex Morgan" in demo.windowTitle()
    assert demo.back_button.isVisibleTo(demo)
    demo.back_button.click()
    assert not demo.isVisible()
    assert settings.last_vault != paths.demo_vault_dir()
    window.close()
    assert settings.last_vault == vault.root


def test_a_demo_window_never_becomes_the_last_vault(qtbot, services, tmp_path):
    from PySide6.QtCore import QSettings

    from secondop_desktop import paths
    from secondop_desktop.ui.main_window import MainWindow
    from secondop_desktop.ui.settings import Settings

    ensure_demo_vault(paths.demo_vault_dir())
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    demo = MainWindow(Vault.open(paths.demo_vault_dir()), services=services, settings=settings,
                      demo=True)
    qtbot.addWidget(demo)
    demo.close()
    demo.vault.close()
    assert settings.last_vault is None
