"""Packet fixtures: a vault with a patient, questions, symptoms and a few records, and readers."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from english import english  # noqa: F401 - the language every Qt test reads
from factories import make_dicom, make_jpeg, make_pdf, make_tiff

from secondop_desktop import translations
from secondop_desktop.translations import packet_text


@pytest.fixture(autouse=True)
def _gui_app(qapp):
    """QPdfWriter needs a GUI application; pytest-qt's serves (a widget test needs its kind)."""
    return qapp


def fill_profile(vault) -> None:
    vault.patient.set(name="Jane Doe", dob="1970-03-12", reason="Is surgery needed now?",
                      diagnosis="Papillary thyroid carcinoma; thyroidectomy proposed.")
    vault.appointment.set(specialist="Dr. Anna Weber", specialty="Endocrine surgery",
                          when="2025-07-01T10:30")
    vault.medications.add(name="Levothyroxine", dose="50 mcg", frequency="daily")
    vault.allergies.add(substance="Penicillin", reaction="rash")
    vault.timeline.add(date="2024-01-10", what="Lump noticed")
    vault.questions.add(text="What happens if I wait six months?", priority=1)
    vault.symptoms.add(symptom="Neck pain", severity=4, at=dt.datetime(2025, 5, 1, 9))
    vault.symptoms.add(symptom="Neck pain", severity=6, at=dt.datetime(2025, 5, 8, 9))


@pytest.fixture
def filled_vault(vault, tmp_path: Path):
    fill_profile(vault)
    src = tmp_path / "src"
    src.mkdir()
    files = [
        make_jpeg(src / "mri_report_photo.jpg", gps=True, exif_date=dt.datetime(2024, 3, 1)),
        make_pdf(src / "blood_results.pdf", pages=["Haemoglobin 13.1", "Platelets 250"],
                 javascript=True),
        make_tiff(src / "old_letter.tif", pages=2),
        make_dicom(src / "a.dcm", study_uid="1.2.3", series_uid="1.2.3.1", instance=1),
        make_dicom(src / "b.dcm", study_uid="1.2.3", series_uid="1.2.3.1", instance=2),
    ]
    results = vault.importer.import_paths(files)
    assert all(r.outcome.value == "imported" for r in results)
    return vault


@pytest.fixture(autouse=True)
def _every_packet_is_sound(monkeypatch):
    """Every packet a test writes passes ``qpdf --check`` without a warning, and pdfium and
    poppler put the same ink on each of its pages (a page blank in one engine fails). A packet
    that a delivery step then encrypted is checked with its password by that step's test."""
    from render import ink_disagreements, qpdf_warnings

    from secondop_desktop.packet import export

    written: list[Path] = []
    run = export._Builder.run

    def recording(self):
        result = run(self)
        written.append(result.path)
        return result

    monkeypatch.setattr(export._Builder, "run", recording)
    yield
    for path in written:
        if path.exists() and b"/Encrypt" not in path.read_bytes()[-4096:]:
            assert qpdf_warnings(path) == "", path
            assert ink_disagreements(path) == [], path


TS_DIR = Path(__file__).resolve().parents[2] / "translations"


def _lrelease() -> str:
    found = Path(sys.executable).with_name("pyside6-lrelease")
    return str(found) if found.exists() else (shutil.which("pyside6-lrelease") or "")


@pytest.fixture(scope="session")
def compiled(tmp_path_factory) -> Path:
    """The committed Qt Linguist files, compiled as `make translations` does."""
    assert _lrelease(), "pyside6-lrelease comes with PySide6-Essentials"
    folder = tmp_path_factory.mktemp("qm")
    for language in ("en", "de", "es"):
        subprocess.run([_lrelease(), "-silent", str(TS_DIR / f"secondop_{language}.ts"), "-qm",
                        str(folder / f"secondop_{language}.qm")], check=True)
    return folder


@pytest.fixture
def shipped(compiled, monkeypatch):
    """The packet's translations as the app ships them."""
    monkeypatch.setattr(translations, "translations_dir", lambda: compiled)
    monkeypatch.setattr(packet_text, "_cache", {})
    yield
    packet_text._cache.clear()
