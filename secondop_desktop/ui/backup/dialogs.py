"""File > Back up… and File > Restore…: one archive file, written and read off the GUI thread,
with progress and cancel. The passphrase is optional and never kept."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ...core import backup
from ...translations import QT_TRANSLATE_NOOP, shown_reason
from ..operations import QueryOp, Task, TaskContext, is_cancel, is_our_bug
from ..services import Services
from ..settings import Settings
from ..style import set_role
from ..widgets.task_dialog import TaskDialogMixin

SUFFIX = ".secondop-backup"


def backup_filter() -> str:
    """The file dialogs' filter (the patterns stay as they are in every language)."""
    return QCoreApplication.translate("BackupDialog", "SecondOp backup ({pattern})").format(
        pattern=f"*{SUFFIX}") + ";;" + QCoreApplication.translate(
        "BackupDialog", "All files ({pattern})").format(pattern="*")


class _ArchiveDialog(TaskDialogMixin, QDialog):
    """What both dialogs share: a path with Choose…, a passphrase, progress, start and cancel."""

    action = ""  # the window's title, in English: shown translated (QT_TRANSLATE_NOOP)
    start_text = ""  # the button that starts the work, likewise

    def __init__(self, services: Services, parent: QWidget | None, passphrase_hint: str,
                 confirm_passphrase: bool) -> None:
        super().__init__(parent)
        self.services = services
        self.task: Task | None = None
        self.setWindowTitle(self.tr(self.action))
        self.resize(560, 0)
        self.path_edit = QLineEdit()
        self.browse_button = QPushButton(self.tr("Choose…"))
        self.browse_button.clicked.connect(self.choose)
        where = QHBoxLayout()
        where.addWidget(self.path_edit, 1)
        where.addWidget(self.browse_button)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(passphrase_hint)
        self.passphrase_again = QLineEdit()
        self.passphrase_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_again.setPlaceholderText(self.tr("The same passphrase again"))
        self.passphrase_again.setVisible(confirm_passphrase)
        self.form = QFormLayout()
        self.form.addRow(self.path_label(), where)
        self.form.addRow(self.tr("Passphrase"), self.passphrase)
        if confirm_passphrase:
            self.form.addRow("", self.passphrase_again)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.start_button = QPushButton(self.tr(self.start_text))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.cancel_or_close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

    def event(self, event: QEvent) -> bool:
        # A wrapped line that got longer (another language, a longer status) needs more height
        # than the window's own sizing gives it: grow to fit, once the layout has settled.
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Show):
            QTimer.singleShot(0, self, self._fit)
        return super().event(event)

    def _fit(self) -> None:
        layout = self.layout()
        if layout is None:
            return
        height = layout.totalHeightForWidth(self.width())
        if height > self.height():
            self.resize(self.width(), height)

    def path_label(self) -> str:
        return ""

    def choose(self) -> None:
        """Subclasses ask the dialog service for a file."""

    def start(self) -> None:
        """Subclasses check the fields and call ``run``."""

    def path(self) -> Path | None:
        text = self.path_edit.text().strip()
        return Path(text).expanduser() if text else None

    def run(self, work: Callable[[TaskContext], Any], done: Callable[[Any], None]) -> None:
        self.status.setText(self.tr("Working…"))
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self._set_running(True)

        def ended() -> None:
            self.task = None
            self._set_running(False)
            self.progress.setVisible(False)

        def finished(result: Any) -> None:
            ended()
            done(result)

        def failed(error: BaseException) -> None:
            ended()
            if is_cancel(error):
                self.status.setText(self.tr("Cancelled. Nothing was written."))
            elif is_our_bug(error):  # the standard dialog; the traceback is in the log
                self.status.setText(self.tr("Nothing was written because of a problem in "
                                            "SecondOp."))
                self.services.report_failure(self, error)
            else:
                self.status.setText(shown_reason(error))

        op = QueryOp(self.services, self, work, finished).failure(failed)
        self.task = op.task
        op.with_progress(self._progress).run_in_background()

    def _progress(self, done: int, total: int, _payload: object) -> None:
        self.progress.setRange(0, 1000)
        self.progress.setValue(int(1000 * done / total) if total else 0)

    def _set_running(self, running: bool) -> None:
        for widget in (self.path_edit, self.browse_button, self.passphrase,
                       self.passphrase_again, self.start_button):
            widget.setEnabled(not running)
        self.close_button.setText(self.tr("Cancel") if running else self.tr("Close"))


def _reporter(ctx: TaskContext) -> Callable[[int, int], None]:
    """Progress at most every 1/256th of the way: a big vault does not flood the GUI thread."""
    last = -1

    def report(done: int, total: int) -> None:
        nonlocal last
        step = 256 * done // total if total else 0
        if step != last:
            last = step
            ctx.progress(done, total)

    return report


class BackupDialog(_ArchiveDialog):
    action = QT_TRANSLATE_NOOP("BackupDialog", "Back up…")
    start_text = QT_TRANSLATE_NOOP("BackupDialog", "Back up")
    backed_up = Signal()

    def __init__(self, vault, services: Services, parent: QWidget | None = None,
                 settings: Settings | None = None) -> None:
        super().__init__(services, parent, QCoreApplication.translate(
            "BackupDialog", "Optional: protects the backup file"), True)
        self.vault, self.settings = vault, settings
        self.on_quit_box = QCheckBox(self.tr("Also back up into this folder each time "
                                             "SecondOp closes"))
        # A check box does not wrap: the rest, on a line that does (German and Spanish are long).
        self.on_quit_note = QLabel(self.tr("The newest few of those backups are kept, without a "
                                           "passphrase."))
        self.on_quit_note.setWordWrap(True)
        style = self.on_quit_box.style()
        indent = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) \
            + style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing)
        self.on_quit_note.setContentsMargins(indent, 0, 0, 0)  # under the text, not the box
        set_role(self.on_quit_note, "muted")
        self.on_quit_box.setAccessibleDescription(self.on_quit_note.text())
        for widget in (self.on_quit_box, self.on_quit_note):
            widget.setVisible(settings is not None)
        if settings is not None and settings.auto_backup_folder is not None:
            self.on_quit_box.setChecked(True)
        on_quit = QVBoxLayout()
        on_quit.setSpacing(2)
        on_quit.addWidget(self.on_quit_box)
        on_quit.addWidget(self.on_quit_note)
        self.form.addRow("", on_quit)
        name = self.tr("SecondOp backup {date}").format(date=dt.date.today().isoformat())
        self.path_edit.setText(str(Path.home() / f"{name}{SUFFIX}"))
        self.status.setText(self.tr("The whole vault goes into one file: keep it on another "
                                    "disk or computer. You can go on working meanwhile."))

    def path_label(self) -> str:
        return self.tr("Save as")

    def choose(self) -> None:
        path = self.services.dialogs.save_file(self, self.tr("Save the backup as"),
                                               self.path() or Path.home(), backup_filter())
        if path is not None:
            self.path_edit.setText(str(path))

    def start(self) -> None:
        out = self.path()
        if out is None:
            self.status.setText(self.tr("Choose where to save the backup."))
            return
        passphrase = self.passphrase.text() or None
        if passphrase is not None and passphrase != self.passphrase_again.text():
            self.status.setText(self.tr("The two passphrases are not the same."))
            return
        root, vault = self.vault.root, self.vault

        def work(ctx: TaskContext) -> tuple[backup.BackupResult, int]:
            result = backup.create_backup(root, out, passphrase, _reporter(ctx),
                                          ctx.check_cancel)
            backup.note_backup(vault.db)  # written here, off the GUI thread
            return result, len(vault.documents.records(trashed=True))

        def done(outcome: tuple[backup.BackupResult, int]) -> None:
            result, trashed = outcome
            if self.settings is not None:
                self.settings.auto_backup_folder = (result.path.parent
                                                    if self.on_quit_box.isChecked() else None)
            self.status.setText(self.backed_up_text(result, trashed))
            self.backed_up.emit()

        self.run(work, done)

    def backed_up_text(self, result: backup.BackupResult, trashed: int) -> str:
        """What went into the backup, counted as the Records list counts (the trash apart)."""
        listed = result.records - trashed
        if trashed:
            text = self.tr("Backed up %n record(s) and {trashed} in the trash to {file}.", "",
                           listed).format(trashed=trashed, file=result.path.name)
        else:
            text = self.tr("Backed up %n record(s) to {file}.", "", listed).format(
                file=result.path.name)
        if result.sealed:
            text += " " + self.tr("The backup is protected by your passphrase.")
        return text


class RestoreDialog(_ArchiveDialog):
    action = QT_TRANSLATE_NOOP("RestoreDialog", "Restore…")
    start_text = QT_TRANSLATE_NOOP("RestoreDialog", "Restore")
    restored = Signal(Path)  # the new vault's folder

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent, QCoreApplication.translate(
            "RestoreDialog", "Only if the backup was protected"), False)
        self.target_edit = QLineEdit()
        self.target_edit.setPlaceholderText(self.tr("A new folder for the restored vault"))
        self.form.insertRow(1, self.tr("Into"), self.target_edit)
        self.status.setText(self.tr("A backup is restored into a new vault; the open one is "
                                    "not touched. Every file is checked before anything is "
                                    "written."))

    def path_label(self) -> str:
        return self.tr("Backup file")

    def choose(self) -> None:
        files = self.services.dialogs.open_files(self, self.tr("Choose a backup"),
                                                 backup_filter())
        if files:
            self.path_edit.setText(str(files[0]))
            if not self.target_edit.text().strip():
                stem = files[0].name.removesuffix(SUFFIX)
                self.target_edit.setText(str(files[0].with_name(
                    self.tr("{name} restored").format(name=stem))))

    def start(self) -> None:
        archive, target_text = self.path(), self.target_edit.text().strip()
        if archive is None or not target_text:
            self.status.setText(self.tr("Choose the backup file and a new folder to restore "
                                        "into."))
            return
        target = Path(target_text).expanduser()
        passphrase = self.passphrase.text() or None

        def work(ctx: TaskContext) -> backup.RestoreResult:
            return backup.restore_backup(archive, target, passphrase, _reporter(ctx),
                                         ctx.check_cancel)

        def done(result: backup.RestoreResult) -> None:
            self.status.setText(self.tr("Restored %n record(s) into {folder}.", "",
                                        result.records).format(folder=result.vault))
            self.restored.emit(result.vault)

        self.run(work, done)


def open_dialog(dialog: QDialog) -> QDialog:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
