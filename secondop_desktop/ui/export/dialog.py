"""File > Export packet…: choose sections and records, then write the PDF in the background."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, QUrl
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStyle,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ...core.documents import KIND_LABELS, KINDS, Document
from ...core.errors import SecondOpError
from ...core.ocr.findings import identity_flags
from ...local_format import date_text, human_size
from ...packet.delivery import Delivery, check_password, deliver
from ...packet.export import PacketOptions, PacketResult, export_packet
from ...packet.still_missing import missing_lines
from ...translations import LANGUAGES, QT_TRANSLATE_NOOP, app_language, shown_reason
from ..identity_question import identity_question
from ..operations import Changes, Task, TaskContext, WriteOp, is_cancel, is_our_bug
from ..services import Services
from ..widgets.screen_fit import fit_to_screen, scrolling
from ..widgets.task_dialog import TaskDialogMixin

SECTION_LABELS = {  # shown through self.tr (context ExportDialog)
    "cover": QT_TRANSLATE_NOOP("ExportDialog", "Cover page"),
    "summary": QT_TRANSLATE_NOOP("ExportDialog",
                                 "Summary (diagnosis, medications, allergies, timeline)"),
    "opinions": QT_TRANSLATE_NOOP("ExportDialog",
                                  "The opinions and the comparison (after the Summary)"),
    "contents": QT_TRANSLATE_NOOP("ExportDialog", "Table of contents"),
    "questions": QT_TRANSLATE_NOOP("ExportDialog", "Questions"),
    "symptoms": QT_TRANSLATE_NOOP("ExportDialog", "Symptom chart and log"),
    "labs": QT_TRANSLATE_NOOP("ExportDialog", "Lab trends (from imported records)"),
    "differences": QT_TRANSLATE_NOOP("ExportDialog", "Differences between records"),
    "records": QT_TRANSLATE_NOOP("ExportDialog", "Records"),
    "manifest": QT_TRANSLATE_NOOP("ExportDialog", "Manifest (each record's pages and checksum)"),
}
ID_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE_SIZES = ("A4", "Letter")


class ExportDialog(TaskDialogMixin, QDialog):
    def __init__(self, vault, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault, self.services = vault, services
        self.task: Task | None = None
        self.written: PacketResult | None = None
        self.setWindowTitle(self.tr("Export consultation packet"))
        # Tall enough that the records to tick show more than a few rows, where the screen has
        # the room (a 1024x600 screen gets what it has).
        fit_to_screen(self, QSize(700, 820))

        sections = QGroupBox(self.tr("Include"))
        grid = QGridLayout(sections)
        self.section_boxes: dict[str, QCheckBox] = {}
        for index, (key, label) in enumerate(SECTION_LABELS.items()):
            box = QCheckBox(self.tr(label))
            box.setChecked(True)
            self.section_boxes[key] = box
            grid.addWidget(box, index // 2, index % 2)
        self.section_boxes["records"].toggled.connect(self._update_buttons)
        self._offer_opinions(vault.opinions.count())

        self.records_model = QStandardItemModel(self)
        self.records_model.setHorizontalHeaderLabels([self.tr("Record"), self.tr("Date")])
        self.records_view = QTreeView()
        self.records_view.setModel(self.records_model)
        self.records_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.records_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # A record whose text names another patient is unticked when first listed, and said so.
        self._flags_seen: set[int] = set()
        self.identity_label = QLabel()
        self.identity_label.setObjectName("anotherPatient")
        self.identity_label.setWordWrap(True)
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self._fill_records()
        self.records_view.expandAll()
        services.changes.operation_did_execute.connect(self._changes_announced)
        self.records_view.setColumnWidth(0, 420)
        self.records_view.selectionModel().currentChanged.connect(self._update_buttons)

        records = QGroupBox(self.tr("Records to include (untick to leave one out; the trash is "
                                    "never included)"))
        records_layout = QVBoxLayout(records)
        records_layout.addWidget(self.records_view)
        records_layout.addWidget(self.identity_label)
        order = QHBoxLayout()
        order.addWidget(QLabel(self.tr("Order within a kind")))
        order.addWidget(self.up_button)
        order.addWidget(self.down_button)
        order.addStretch(1)
        records_layout.addLayout(order)

        self.email_box = QCheckBox(self.tr("Smaller file for email (photos and scans are "
                                           "shrunk)"))
        self.page_size = QComboBox()
        self.page_size.addItems(PAGE_SIZES)
        # as wide as its longest choice: a form would otherwise stretch it across the dialog
        self.page_size.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.page_size.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.language = QComboBox()  # the packet's, which may differ from the app's
        for code, native in LANGUAGES.items():
            self.language.addItem(native, code)
        self.language.setCurrentIndex(self.language.findData(app_language()))
        self.language.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.language.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.language.setToolTip(self.tr("The language of the packet's headings and page "
                                         "texts; your own words stay as you wrote them."))
        self.path_edit = QLineEdit(str(self._suggested_path()))
        self.browse_button = QPushButton(self.tr("Choose…"))
        self.browse_button.clicked.connect(self.choose_file)
        where = QHBoxLayout()
        where.addWidget(self.path_edit, 1)
        where.addWidget(self.browse_button)
        self.recipient_edit = QLineEdit()
        self.recipient_edit.setPlaceholderText(self.tr("Optional: e.g. Dr Becker, University "
                                                       "Spine Centre; or own copy"))
        recipients = sorted({s.recipient for s in vault.sent.entries() if s.recipient})
        self.recipient_edit.setCompleter(QCompleter(recipients, self))
        self.protect_box = QCheckBox(self.tr("Protect with a password (for sending by email; "
                                             "the password is not kept)"))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("Password"))
        self.password_again = QLineEdit()
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_again.setPlaceholderText(self.tr("The same password again"))
        passwords = QHBoxLayout()
        passwords.addWidget(self.password_edit)
        passwords.addWidget(self.password_again)
        self.protect_box.toggled.connect(self._update_buttons)
        form = QFormLayout()
        form.addRow(self.tr("Paper size"), self.page_size)
        form.addRow(self.tr("Language of the packet"), self.language)
        form.addRow("", self.email_box)
        form.addRow(self.tr("For"), self.recipient_edit)
        form.addRow("", self.protect_box)
        form.addRow("", passwords)
        form.addRow(self.tr("Save as"), where)
        missing = missing_lines(vault.requests.all())  # as the packet's Summary says it
        self.missing_label = QLabel(
            self.tr("Requested, not yet received:") + "\n"
            + "\n".join(f"• {m}" for m in missing))
        self.missing_label.setObjectName("missingRecords")
        self.missing_label.setWordWrap(True)
        self.missing_label.setVisible(bool(missing))

        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("Open the PDF"))
        self.folder_button = QPushButton(self.tr("Show in folder"))
        self.export_button = QPushButton(self.tr("Export"))
        self.export_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Close"))
        self.open_button.clicked.connect(self.open_pdf)
        self.folder_button.clicked.connect(self.show_folder)
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button.clicked.connect(self.cancel_or_close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.folder_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(sections)
        body_layout.addWidget(records, 1)
        body_layout.addWidget(self.missing_label)
        body_layout.addLayout(form)
        body_layout.addWidget(self.progress)
        body_layout.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(body), 1)  # Export and Close stay on a 600-pixel screen
        layout.addLayout(buttons)
        self._update_buttons()

    def _offer_opinions(self, count: int) -> None:
        """Asked for, never ticked by default (see packet.export.OPT_IN); there once recorded."""
        box = self.section_boxes["opinions"]
        box.setChecked(False)
        box.setEnabled(bool(count))
        if not count:
            box.setToolTip(self.tr("No opinions recorded yet (the Opinions screen)."))

    # -- records ---------------------------------------------------------------------------------
    def _changes_announced(self, changes: Changes, _initiator: object) -> None:
        if changes.records and self.task is None:
            self._reload_records()

    def _reload_records(self) -> None:
        """Records imported, renamed or trashed while the dialog is open are listed as they are
        now; the patient's ticks and order stay."""
        items = self.record_items()
        unticked = {i.data(ID_ROLE) for i in items if i.checkState() != Qt.CheckState.Checked}
        order = [i.data(ID_ROLE) for i in items]
        self.records_model.removeRows(0, self.records_model.rowCount())
        self._fill_records(unticked, order)
        self.records_view.expandAll()
        self._update_buttons()

    def _fill_records(self, unticked: set[int] | None = None,
                      order: list[int] | None = None) -> None:
        rank = {doc_id: n for n, doc_id in enumerate(order or [])}
        groups: dict[str, list[Document]] = {kind: [] for kind in KINDS}
        flags = identity_flags(self.vault)  # pages naming another patient: ask before sending
        unticked = set(unticked or ()) | (set(flags) - self._flags_seen)
        self._flags_seen |= set(flags)
        warnings = []
        for doc in self.vault.documents.records():
            groups[doc.kind].append(doc)
        for kind in KINDS:
            if not groups[kind]:
                continue
            parent = QStandardItem(QCoreApplication.translate("RecordKinds", KIND_LABELS[kind]))
            parent.setSelectable(False)
            # as ordered before, new records after them (sorted() keeps the vault's order)
            for doc in sorted(groups[kind], key=lambda d: rank.get(d.id, len(rank))):
                item = QStandardItem(doc.title)
                item.setCheckable(True)
                item.setCheckState(Qt.CheckState.Unchecked if doc.id in (unticked or ())
                                   else Qt.CheckState.Checked)
                item.setData(doc.id, ID_ROLE)
                if doc.id in flags:
                    item.setIcon(self.style().standardIcon(
                        QStyle.StandardPixmap.SP_MessageBoxWarning))
                    item.setToolTip(identity_question(flags[doc.id]))
                    warnings.append(self.tr("“%1”: %2 It is left out of the packet unless "
                                            "you tick it.")
                                    .replace("%1", doc.title)
                                    .replace("%2", identity_question(flags[doc.id])))
                date = QStandardItem(date_text(doc.record_date))
                parent.appendRow([item, date])
            self.records_model.appendRow([parent, QStandardItem("")])
        self.identity_label.setText("\n".join(warnings))
        self.identity_label.setVisible(bool(warnings))

    def record_items(self) -> list[QStandardItem]:
        items = []
        for row in range(self.records_model.rowCount()):
            parent = self.records_model.item(row)
            items += [parent.child(i) for i in range(parent.rowCount())]
        return items

    def selected_ids(self) -> list[int]:
        """The ticked records, kind by kind, in the order shown."""
        return [item.data(ID_ROLE) for item in self.record_items()
                if item.checkState() == Qt.CheckState.Checked]

    def _current_record(self) -> QStandardItem | None:
        index = self.records_view.currentIndex()
        if not index.isValid() or not index.parent().isValid():
            return None
        return self.records_model.itemFromIndex(index.siblingAtColumn(0))

    def move_selected(self, step: int) -> None:
        item = self._current_record()
        if item is None:
            return
        parent, row = item.parent(), item.row()
        target = row + step
        if not 0 <= target < parent.rowCount():
            return
        parent.insertRow(target, parent.takeRow(row))
        self.records_view.setCurrentIndex(parent.child(target).index())

    # -- options ---------------------------------------------------------------------------------
    def _suggested_path(self) -> Path:
        name = self.vault.patient.get().name.strip()
        stem = (self.tr("Consultation packet {name}").format(name=name) if name
                else self.tr("Consultation packet"))
        return Path.home() / f"{stem} {dt.date.today().isoformat()}.pdf"

    def choose_file(self) -> None:
        path = self.services.dialogs.save_file(self, self.tr("Save the packet as"),
                                               Path(self.path_edit.text()), "PDF (*.pdf)")
        if path is not None:
            self.path_edit.setText(str(path))

    def options(self) -> PacketOptions:
        return PacketOptions(
            sections={k for k, box in self.section_boxes.items() if box.isChecked()},
            record_ids=self.selected_ids(),
            email_size=self.email_box.isChecked(),
            page_size=self.page_size.currentText(),
            language=str(self.language.currentData()),
        )

    def delivery(self) -> Delivery:
        """Who it is for and the password (checked: long enough, typed the same twice)."""
        password = None
        if self.protect_box.isChecked():
            password = check_password(self.password_edit.text())
            if password != self.password_again.text():
                raise SecondOpError(self.tr("The two passwords are not the same."))
        return Delivery(self.recipient_edit.text().strip(), password)

    def preset(self, options: PacketOptions, recipient: str = "") -> None:
        """Tick what an earlier export had (History > Export again)."""
        for key, box in self.section_boxes.items():
            box.setChecked(key in options.sections)
        if options.record_ids is not None:
            wanted = set(options.record_ids)
            for item in self.record_items():
                item.setCheckState(Qt.CheckState.Checked if item.data(ID_ROLE) in wanted
                                   else Qt.CheckState.Unchecked)
        self.email_box.setChecked(options.email_size)
        self.page_size.setCurrentText(options.page_size)
        if self.language.findData(options.language) >= 0:
            self.language.setCurrentIndex(self.language.findData(options.language))
        self.recipient_edit.setText(recipient)

    def output_path(self) -> Path | None:
        text = self.path_edit.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    # -- running ---------------------------------------------------------------------------------
    def start_export(self) -> None:
        out = self.output_path()
        if out is None:
            self.choose_file()
            out = self.output_path()
            if out is None:
                return
        if not any(box.isChecked() for box in self.section_boxes.values()):
            self.services.dialogs.error(self, self.tr("Nothing to export"),
                                        self.tr("Tick at least one part of the packet."))
            return
        try:
            delivery = self.delivery()
        except SecondOpError as exc:
            self.services.dialogs.error(self, self.tr("Password"), shown_reason(exc))
            return
        options = self.options()
        self.written = None
        self.status.setText(self.tr("Preparing…"))
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self._set_running(True)

        vault = self.vault

        def work(ctx: TaskContext) -> PacketResult:
            result = export_packet(vault, out, options, progress=ctx.progress,
                                   check_cancel=ctx.check_cancel, password=delivery.password)
            deliver(vault, result, options, delivery, ctx.check_cancel)
            return result

        # The packet goes into the sent log (the History screen lists it).
        op = WriteOp(self.services, self, work, Changes(sent=True), self._finished,
                     title=self.tr("Export packet"))
        self.task = op.task
        op.failure(self._failed).with_progress(self._progress).run_in_background()

    def _progress(self, done: int, total: int, message) -> None:
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(min(done, total))
        if message:
            self.status.setText(str(message))

    def _ended(self) -> None:
        self.task = None
        self._set_running(False)
        self.progress.setVisible(False)
        self._update_buttons()

    def _failed(self, error: BaseException) -> None:
        self._ended()
        if is_cancel(error):
            self.status.setText(self.tr("Cancelled. No packet was written."))
            return
        if is_our_bug(error):
            self.status.setText(self.tr("The packet was not written because of a problem in "
                                        "SecondOp; the details are in its log."))
        else:
            self.status.setText(self.tr("The packet was not written: {reason}").format(
                reason=getattr(error, "reason", error)))
        self.services.report_failure(self, error, self.tr("Export packet"))

    def _finished(self, result: PacketResult) -> None:
        self.written = result
        written = self.tr("Packet written: {name}, %n page(s), {size}.", "", result.pages)
        size = human_size(result.size)  # 1,5 MB in German
        lines = [written.format(name=result.path.name, size=size)]
        if result.email_warning:
            lines.append(self.tr("At {size}, most email services will refuse this packet (the "
                                 "usual limit is 20 MB): export it with the smaller file for "
                                 "email, or share it another way.").format(size=size))
        if result.dicom_folder is not None:
            if result.dicom_folder.is_file():
                line = self.tr("DICOM files: the protected zip “{name}” beside it.")
            else:
                line = self.tr("DICOM files: the folder “{name}” beside it.")
            lines.append(line.format(name=result.dicom_folder.name))
        if self.password_edit.text() and self.protect_box.isChecked():
            lines.append(self.tr("Protected with your password; send the password another way "
                                 "(by phone or text message), not in the same email."))
        lines += [self.tr("Note: {notice}").format(notice=shown_reason(n))
                  for n in result.notices]
        self.status.setText("\n".join(lines))
        self._ended()

    def _set_running(self, running: bool) -> None:
        for widget in (*self.section_boxes.values(), self.records_view, self.email_box,
                       self.page_size, self.path_edit, self.browse_button, self.export_button,
                       self.up_button, self.down_button, self.recipient_edit,
                       self.protect_box):
            widget.setEnabled(not running)
        self.cancel_button.setText(self.tr("Cancel") if running else self.tr("Close"))

    def _update_buttons(self, *_args) -> None:
        protect = self.protect_box.isChecked() and self.task is None
        self.password_edit.setEnabled(protect)
        self.password_again.setEnabled(protect)
        done = self.written is not None
        self.open_button.setVisible(done)
        self.folder_button.setVisible(done)
        records = self.section_boxes["records"].isChecked() and self.task is None
        self.records_view.setEnabled(records)
        has_record = self._current_record() is not None
        self.up_button.setEnabled(records and has_record)
        self.down_button.setEnabled(records and has_record)

    def open_pdf(self) -> None:
        if self.written is not None:
            self.services.open_url(QUrl.fromLocalFile(str(self.written.path)))

    def show_folder(self) -> None:
        if self.written is not None:
            self.services.open_url(QUrl.fromLocalFile(str(self.written.path.parent)))


def run_export(parent: QWidget | None, vault, services: Services,
               preset: tuple[PacketOptions, str] | None = None) -> ExportDialog:
    """Show the export dialog (window-modal, not blocking); returns it."""
    dialog = ExportDialog(vault, services, parent)
    if preset is not None:
        dialog.preset(*preset)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
