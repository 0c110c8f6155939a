"""The packet in the language chosen at export (``PacketOptions.language``, ``secondop export
--language``, the export dialog), whatever the app's: its headings, labels, dates and stamps are
translated, the patient's own words never are."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pdf_inspect import outline, page_texts
from PySide6.QtCore import QLocale
from render import qpdf_warnings

from secondop_desktop import translations
from secondop_desktop.cli.commands import PACKET_LANGUAGES, UsageError, build_parser
from secondop_desktop.packet import export as export_module
from secondop_desktop.packet import headless
from secondop_desktop.packet.export import PacketOptions, export_packet
from secondop_desktop.packet.question_sheet import human_date
from secondop_desktop.translations import packet_text


def _flat(text: str) -> str:
    return " ".join(text.split())


def _export(vault, tmp_path: Path, language: str | None) -> tuple[Path, list[str]]:
    out = tmp_path / f"packet-{language}.pdf"
    options = PacketOptions() if language is None else PacketOptions(language=language)
    export_packet(vault, out, options)
    assert qpdf_warnings(out) == ""
    return out, [_flat(t) for t in page_texts(out)]


PATIENT_WORDS = ("Jane Doe", "What happens if I wait six months?", "Neck pain",
                 "Papillary thyroid carcinoma; thyroidectomy proposed.", "Levothyroxine",
                 "Is surgery needed now?")


@pytest.mark.parametrize(("language", "expected"), [
    ("de", ["UNTERLAGEN ZUR ZWEITMEINUNG", "Geboren am 12. März 1970", "Zusammenfassung",
            "Medikamente", "Allergien", "Zeitlicher Verlauf", "Fragen für meinen Termin",
            "Beschwerden", "Stärke (0–10)", "Seite 1 von", "Dienstag, 1. Juli 2025, 10:30 Uhr",
            "Verzeichnis der Originaldateien", "Originaldatei:"]),
    ("es", ["DOSIER PARA LA SEGUNDA OPINIÓN", "Fecha de nacimiento: 12 de marzo de 1970",
            "Resumen", "Medicamentos", "Alergias", "Cronología", "Preguntas para mi cita",
            "Síntomas", "Intensidad (0–10)", "página 1 de", "martes 1 de julio de 2025, 10:30",
            "Lista de archivos originales", "archivo original:"]),
])
def test_packet_speaks_the_chosen_language_and_keeps_the_patients_words(
        filled_vault, tmp_path, shipped, language, expected):
    out, pages = _export(filled_vault, tmp_path, language)
    text = " ".join(pages)
    for words in expected:
        assert words in text, words
    for english in ("CONSULTATION PACKET", "Questions for my appointment", "page 1 of",
                    "Timeline", "Manifest", "original file:"):
        assert english not in text, english
    for own in PATIENT_WORDS:  # never translated nor altered
        assert own in text, own
    bookmarks = [title for title, _page, level in outline(out) if level == 0]
    assert bookmarks[:2] == {"de": ["Deckblatt", "Zusammenfassung"],
                             "es": ["Portada", "Resumen"]}[language]


def test_packet_is_english_unless_asked_whatever_the_app_speaks(filled_vault, tmp_path,
                                                                 shipped):
    before = QLocale()
    QLocale.setDefault(QLocale("de"))  # the app in German
    try:
        _out, pages = _export(filled_vault, tmp_path, None)
    finally:
        QLocale.setDefault(before)
    text = " ".join(pages)
    assert "CONSULTATION PACKET" in text and "Born 12 March 1970" in text
    assert "Questions for my appointment" in text and "page 1 of" in text
    assert "Zusammenfassung" not in text


def test_an_export_leaves_the_language_of_its_thread_as_it_was(filled_vault, tmp_path,
                                                              shipped):
    _export(filled_vault, tmp_path, "es")
    assert packet_text.language == "en"
    assert human_date(dt.date(2026, 12, 7)) == "7 December 2026"


def test_not_included_page_gives_its_reasons_in_the_packets_language(filled_vault, tmp_path,
                                                                     shipped):
    doc = filled_vault.documents.records()[0]
    filled_vault.documents.path(doc).unlink()  # its stored file is missing
    _out, pages = _export(filled_vault, tmp_path, "de")
    text = " ".join(pages)
    assert "Nicht enthalten" in text and "Warum es fehlt" in text
    assert "die gespeicherte Datei fehlt" in text
    assert "its stored file is missing" not in text
    assert doc.title in text  # the record's own title, as the patient named it


def test_cli_export_takes_a_language(monkeypatch, filled_vault, tmp_path):
    args = build_parser().parse_args(["export", "--out", str(tmp_path / "p.pdf"),
                                      "--language", "es"])
    seen = {}

    def fake_export(vault, out, options, **_kw):
        seen["language"] = options.language
        raise export_module.PacketError("stopped here")

    monkeypatch.setattr(export_module, "export_packet", fake_export)
    assert headless.export_from_cli(filled_vault, args) == 1
    assert seen == {"language": "es"}
    default = build_parser().parse_args(["export", "--out", str(tmp_path / "p.pdf")])
    assert default.language == "en"
    with pytest.raises(UsageError):
        build_parser().parse_args(["export", "--out", "p.pdf", "--language", "fr"])


def test_cli_offers_the_shipped_languages():
    assert set(PACKET_LANGUAGES) == set(translations.LANGUAGES)


def test_export_dialog_offers_the_packets_language_the_apps_by_default(qtbot, vault, tmp_path,
                                                                       shipped):
    from fakes import FakeThreadPool, ScriptedDialogs

    from secondop_desktop.ui.export.dialog import ExportDialog
    from secondop_desktop.ui.services import Services

    vault.patient.set(name="Jane Doe")
    services = Services(dialogs=ScriptedDialogs(), pool=FakeThreadPool(),
                        view_pool=FakeThreadPool(), open_url=lambda url: True)
    before = QLocale()
    QLocale.setDefault(QLocale("es"))  # the app in Spanish
    try:
        dialog = ExportDialog(vault, services)
    finally:
        QLocale.setDefault(before)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "es"
    assert [dialog.language.itemText(i) for i in range(dialog.language.count())] == [
        "English", "Deutsch", "Español"]
    dialog.language.setCurrentIndex(dialog.language.findData("de"))  # for a German clinic
    assert dialog.options().language == "de"
    dialog.path_edit.setText(str(tmp_path / "for-berlin.pdf"))
    dialog.start_export()
    assert dialog.written is not None
    assert "Zusammenfassung" in " ".join(page_texts(dialog.written.path))
    # The sent log keeps it, so that History > Export again brings it back
    assert vault.sent.entries()[0].options["language"] == "de"
    dialog.preset(PacketOptions(language="es"))
    assert dialog.language.currentData() == "es"


def test_drawing_outside_an_export_speaks_the_apps_language(shipped):
    """The symptom chart and the question sheet on a screen or a printer: the app's language."""
    before = QLocale()
    QLocale.setDefault(QLocale("de"))
    try:
        assert packet_text.language == "de"
        assert human_date(dt.date(2026, 12, 7)) == "7. Dezember 2026"
        with packet_text.language_of_this_thread("es"):  # an export, on this thread
            assert human_date(dt.date(2026, 12, 7)) == "7 de diciembre de 2026"
        assert packet_text.language == "de"  # the app's again, not frozen by the export
        QLocale.setDefault(QLocale("en"))
        assert packet_text.language == "en"
    finally:
        QLocale.setDefault(before)


def test_the_dicom_folder_beside_a_german_packet_has_a_german_name(qapp, tmp_path, monkeypatch):
    from PySide6.QtCore import QTranslator

    from secondop_desktop.packet.dicom_studies import folder_name

    class German(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            return {("DicomStudies", "{packet} - DICOM files"): "{packet} - DICOM-Dateien"}.get(
                (context, source))

    monkeypatch.setitem(packet_text._cache, "de", German())
    with packet_text.language_of_this_thread("de"):
        assert folder_name(tmp_path / "Unterlagen.pdf") == "Unterlagen - DICOM-Dateien"
    assert folder_name(tmp_path / "packet.pdf") == "packet - DICOM files"  # English meanwhile
    # The export names it inside its own language, not in the window's
    from factories import make_dicom

    from secondop_desktop.core.vault import Vault

    with Vault.open(tmp_path / "v") as vault:
        vault.importer.import_paths([make_dicom(tmp_path / "IM0001")])
        result = export_packet(vault, tmp_path / "Unterlagen.pdf", PacketOptions(language="de"))
    assert result.dicom_folder is not None
    assert result.dicom_folder.name == "Unterlagen - DICOM-Dateien"
