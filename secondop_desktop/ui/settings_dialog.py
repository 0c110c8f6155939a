"""Edit > Settings…: how the app looks, its language, and how it reads scans.

"Appearance" shows the app light, dark or as the system does (saved in ``Settings.theme`` and
applied at once to every window), and in the system's language or a chosen one (saved in
``Settings.language``; the language is installed at start, so it applies at the next start).

"Reading scans" lists the OCR languages present (English comes with the app; more are
Tesseract's ``.traineddata`` files dropped into the languages folder), lets the patient choose the
ones the reader uses, opens that folder, and switches reading in the background on or off. Each
choice is saved at once (in ``Settings``) and announced by ``ocr_changed``; the reader uses the
languages from its next run on.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.ocr.engine import languages, user_tessdata
from ..core.secure import secure_dir
from ..translations import LANGUAGES, QT_TRANSLATE_NOOP
from .operations import QueryOp
from .services import Services
from .settings import Settings
from .style import THEME_LABELS, apply_theme, set_role

WIDTH = 560  # px: the folder's path and the wrapped lines read comfortably
# Names of the languages Tesseract's own models are called by; any other shows its file name.
LANGUAGE_NAMES = {
    "eng": QT_TRANSLATE_NOOP("SettingsDialog", "English"),
    "deu": QT_TRANSLATE_NOOP("SettingsDialog", "German"),
    "fra": QT_TRANSLATE_NOOP("SettingsDialog", "French"),
    "spa": QT_TRANSLATE_NOOP("SettingsDialog", "Spanish"),
    "ita": QT_TRANSLATE_NOOP("SettingsDialog", "Italian"),
    "por": QT_TRANSLATE_NOOP("SettingsDialog", "Portuguese"),
    "nld": QT_TRANSLATE_NOOP("SettingsDialog", "Dutch"),
    "pol": QT_TRANSLATE_NOOP("SettingsDialog", "Polish"),
    "ces": QT_TRANSLATE_NOOP("SettingsDialog", "Czech"),
    "dan": QT_TRANSLATE_NOOP("SettingsDialog", "Danish"),
    "swe": QT_TRANSLATE_NOOP("SettingsDialog", "Swedish"),
    "nor": QT_TRANSLATE_NOOP("SettingsDialog", "Norwegian"),
    "fin": QT_TRANSLATE_NOOP("SettingsDialog", "Finnish"),
    "tur": QT_TRANSLATE_NOOP("SettingsDialog", "Turkish"),
    "rus": QT_TRANSLATE_NOOP("SettingsDialog", "Russian"),
    "ukr": QT_TRANSLATE_NOOP("SettingsDialog", "Ukrainian"),
    "ell": QT_TRANSLATE_NOOP("SettingsDialog", "Greek"),
    "ara": QT_TRANSLATE_NOOP("SettingsDialog", "Arabic"),
    "heb": QT_TRANSLATE_NOOP("SettingsDialog", "Hebrew"),
    "hin": QT_TRANSLATE_NOOP("SettingsDialog", "Hindi"),
    "chi_sim": QT_TRANSLATE_NOOP("SettingsDialog", "Chinese (simplified)"),
    "chi_tra": QT_TRANSLATE_NOOP("SettingsDialog", "Chinese (traditional)"),
    "jpn": QT_TRANSLATE_NOOP("SettingsDialog", "Japanese"),
    "kor": QT_TRANSLATE_NOOP("SettingsDialog", "Korean"),
    "vie": QT_TRANSLATE_NOOP("SettingsDialog", "Vietnamese"),
    "ron": QT_TRANSLATE_NOOP("SettingsDialog", "Romanian"),
    "hun": QT_TRANSLATE_NOOP("SettingsDialog", "Hungarian"),
}


def language_label(code: str) -> str:
    name = LANGUAGE_NAMES.get(code)
    return f"{QCoreApplication.translate('SettingsDialog', name)} ({code})" if name else code


class SettingsDialog(QDialog):
    ocr_changed = Signal()  # reading automatically, or the languages used, changed

    def __init__(self, settings: Settings, services: Services,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.services = services
        self.setWindowTitle(self.tr("Settings"))
        self.language_boxes: dict[str, QCheckBox] = {}

        self.automatic = QCheckBox(self.tr("Read scans automatically"))
        self.automatic.setToolTip(self.tr("Read the words of every scanned page in the "
                                          "background after it is imported, so that search "
                                          "finds them and the filing can be suggested from them"))
        self.automatic.setChecked(settings.ocr_automatic)
        self.automatic.toggled.connect(self._automatic_toggled)

        self.languages_label = QLabel(self.tr("Languages the reader uses (for the scans it "
                                              "reads from now on):"))
        self.languages_label.setWordWrap(True)  # a longer language does not widen the dialog
        self.languages_box = QVBoxLayout()
        self.languages_box.setContentsMargins(12, 0, 0, 0)
        self.no_languages = QLabel(self.tr("No language files are installed: scans cannot be "
                                           "read."))
        self.no_languages.hide()
        self.languages_box.addWidget(self.no_languages)
        self.folder_label = QLabel(self.tr(
            "To read other languages, put Tesseract's language files (for example "
            "<i>deu.traineddata</i> for German) into this folder:"))
        self.folder_label.setWordWrap(True)
        self.folder_path = QLabel(str(user_tessdata()))
        self.folder_path.setObjectName("languagesFolder")
        self.folder_path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_path.setWordWrap(True)
        self.open_folder_button = QPushButton(self.tr("Open languages folder"))
        self.open_folder_button.setToolTip(self.tr("Make the folder if need be and show it"))
        self.open_folder_button.clicked.connect(self.open_languages_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_path, 1)
        folder_row.addWidget(self.open_folder_button)

        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Look"))
        for key, label in THEME_LABELS.items():
            self.theme.addItem(self.tr(label), key)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
        self.theme.activated.connect(self._theme_chosen)
        self.app_language = QComboBox()
        self.app_language.setAccessibleName(self.tr("Language"))
        self.app_language.addItem(self.tr("System"), "")
        for code, name in LANGUAGES.items():  # each by its own name: found in any language
            self.app_language.addItem(name, code)
        self.app_language.setCurrentIndex(max(0, self.app_language.findData(settings.language)))
        self.app_language.activated.connect(self._language_chosen)
        self.language_note = QLabel(self.tr("The language changes the next time SecondOp "
                                            "starts."))
        self.language_note.setObjectName("languageNote")
        self.language_note.setWordWrap(True)
        set_role(self.language_note, "muted")
        language_box = QVBoxLayout()
        language_box.setSpacing(2)
        language_box.addWidget(self.app_language)
        language_box.addWidget(self.language_note)
        appearance = QGroupBox(self.tr("Appearance"))
        appearance_form = QFormLayout(appearance)
        appearance_form.addRow(self.tr("Look"), self.theme)
        appearance_form.addRow(self.tr("Language"), language_box)

        reading = QGroupBox(self.tr("Reading scans"))
        reading_layout = QVBoxLayout(reading)
        reading_layout.addWidget(self.automatic)
        reading_layout.addWidget(self.languages_label)
        reading_layout.addLayout(self.languages_box)
        reading_layout.addWidget(self.folder_label)
        reading_layout.addLayout(folder_row)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(appearance)
        layout.addWidget(reading)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(WIDTH)
        self.load_languages()

    # -- languages -----------------------------------------------------------------------------
    def load_languages(self) -> None:
        """List the language files present, off the GUI thread (the folders are looked at)."""
        QueryOp(self.services, self, lambda _ctx: languages(), self._show_languages,
                title=self.tr("Cannot list the languages"), views=True).run_in_background()

    def _show_languages(self, present: list[str]) -> None:
        if list(self.language_boxes) == present:
            return
        for box in self.language_boxes.values():
            self.languages_box.removeWidget(box)
            box.deleteLater()
        self.language_boxes = {}
        skipped = set(self.settings.ocr_skipped_languages)
        for code in present:
            box = QCheckBox(language_label(code))
            box.setChecked(code not in skipped)
            box.toggled.connect(self._languages_toggled)
            self.languages_box.addWidget(box)
            self.language_boxes[code] = box
        self.no_languages.setVisible(not present)
        self._keep_one_language()
        QTimer.singleShot(0, self._fit)  # once the new rows are shown (queued by the layout)

    def _fit(self) -> None:
        """As tall as the wrapped lines need at this width: a window's size hint does not know
        that a label wraps, and rows of languages come after the dialog is shown."""
        layout = self.layout()
        assert layout is not None  # made in __init__
        layout.activate()
        width = max(self.width(), WIDTH)
        height = max(layout.totalHeightForWidth(width), layout.totalMinimumSize().height())
        self.setMinimumHeight(height)  # a resize alone is undone by the window's own sizing
        self.resize(width, height)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        QTimer.singleShot(0, self._fit)

    def _languages_toggled(self, _checked: bool) -> None:
        # Those present and unticked; a language not present now keeps its choice for later.
        present = set(self.language_boxes)
        kept = [code for code in self.settings.ocr_skipped_languages if code not in present]
        self.settings.ocr_skipped_languages = kept + [
            code for code, box in self.language_boxes.items() if not box.isChecked()]
        self._keep_one_language()
        self.ocr_changed.emit()

    def _keep_one_language(self) -> None:
        """The last language ticked cannot be unticked: a reader needs one."""
        ticked = [box for box in self.language_boxes.values() if box.isChecked()]
        for box in self.language_boxes.values():
            box.setEnabled(len(ticked) > 1 or not box.isChecked())

    def open_languages_folder(self) -> None:
        folder = secure_dir(user_tessdata())
        self.services.open_url(QUrl.fromLocalFile(str(folder)))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        # Back from the file manager with new language files: list them.
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.load_languages()
        super().changeEvent(event)

    # -- appearance ----------------------------------------------------------------------------
    def _theme_chosen(self, _index: int) -> None:
        theme = self.theme.currentData()
        self.settings.theme = theme
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, theme)

    def _language_chosen(self, _index: int) -> None:
        self.settings.language = self.app_language.currentData()

    # -- reading -------------------------------------------------------------------------------
    def _automatic_toggled(self, on: bool) -> None:
        self.settings.ocr_automatic = on
        self.ocr_changed.emit()
