"""The Handouts screen: choose a workshop and a handout, see it as it will print, print or save it,
or build everything for tomorrow in one go.

Every build runs on a worker through `build_handout` (see `request.py`); the preview is a real
PDF in a private temporary folder, rendered page by page. Printing and saving build afresh, so
what comes out has every registration made since the preview.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterable
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QIcon, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from jpoa_desktop.errors import Cancelled, JpoaError
from jpoa_desktop.handouts.common.printable import PrintNotice, PrintNotices
from jpoa_desktop.model.languages import by_language
from jpoa_desktop.model.progress import CancelCheck, Progress
from jpoa_desktop.ui.handouts.batch import BatchOutcome, run_batch
from jpoa_desktop.ui.handouts.icon import printer_icon
from jpoa_desktop.ui.handouts.labels import kind_label
from jpoa_desktop.ui.handouts.notices_dialog import summary
from jpoa_desktop.ui.handouts.options_panel import OptionsPanel
from jpoa_desktop.ui.handouts.preview import PreviewPane
from jpoa_desktop.ui.handouts.request import (
    NEEDS_WORKSHOP,
    SCREEN_KINDS,
    HandoutRequest,
    build_handout,
)
from jpoa_desktop.ui.messages import describe, show_error
from jpoa_desktop.ui.tasks import Task, TaskRunner
from jpoa_desktop.ui.workshops.labels import language_label

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from jpoa_desktop.model.workshops import WorkshopSummary
    from jpoa_desktop.services.database import Database
    from jpoa_desktop.ui.handouts.desk import HandoutsDesk
    from jpoa_desktop.ui.settings.store import SettingsStore

PREVIEW_DELAY_MS = 250  # options typed in quick succession make one preview
DATA_KINDS = frozenset({"workshops", "people", "participants", "registrations", "attendance",
                        "agenda", "library", "branding"})  # fmt: skip


class HandoutsScreen(QWidget):
    screen_id = "handouts"

    def __init__(
        self,
        tasks: TaskRunner,
        language: str,
        parent: QWidget | None = None,
        settings: SettingsStore | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("handoutsScreen")
        self._tasks = tasks
        self._language = language
        self._settings = settings
        self._desk: HandoutsDesk | None = None
        self._workshops: dict[int, WorkshopSummary] = {}
        self._preview_folder = tempfile.TemporaryDirectory(prefix="jpoa-preview-")
        self._preview_count = 0
        self._preview_task: Task | None = None
        self._preview_stale = True
        self.last_outcome: BatchOutcome | None = None
        self.workshop_label = QLabel(self)
        self.workshop = QComboBox(self)
        self.workshop.setObjectName("handoutWorkshop")
        self.workshop.setMinimumContentsLength(30)
        self.workshop.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.workshop_label.setBuddy(self.workshop)
        self.print_button = QPushButton(self)
        self.save_button = QPushButton(self)
        self.everything_button = QPushButton(self)
        self.calibrate_button = QPushButton(self)
        self.branding_button = QPushButton(self)
        self.options = OptionsPanel(self)
        self.options.set_language(language)
        self._custom_sheets = list(settings.custom_sheets) if settings is not None else []
        self.options.set_custom_sheets(self._custom_sheets)
        self._restore_choices()
        self.preview = PreviewPane(tasks, self)
        self.build_progress = QProgressBar(self)
        self.build_progress.setMaximumWidth(220)
        self.build_progress.setTextVisible(False)
        self.build_progress.hide()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(PREVIEW_DELAY_MS)
        self._build_layout()
        self._wire()
        self.retranslate()

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.workshop_label)
        top.addWidget(self.workshop, 1)
        top.addWidget(self.build_progress)
        buttons = QHBoxLayout()
        for button in (self.print_button, self.save_button, self.everything_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.branding_button)
        buttons.addWidget(self.calibrate_button)
        scroll = QScrollArea(self)
        scroll.setWidget(self.options)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(300)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([330, 800])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 6)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self.splitter, 1)

    def _wire(self) -> None:
        self.workshop.currentIndexChanged.connect(lambda _i: self._on_workshop_changed())
        self.options.changed.connect(self._schedule_preview)
        self.options.left_out_requested.connect(self.show_left_out)
        self.options.custom_sheet_requested.connect(self.measure_sheet)
        self.options.ticked.connect(self._save_choices)
        self._debounce.timeout.connect(self.refresh_preview)
        self.print_button.clicked.connect(self.print_current)
        self.save_button.clicked.connect(self.save_current)
        self.everything_button.clicked.connect(self.print_everything)
        self.calibrate_button.clicked.connect(self.calibrate)
        self.branding_button.clicked.connect(self.edit_branding)
        keys = {
            QKeySequence(QKeySequence.StandardKey.Print): self.print_current,
            QKeySequence(QKeySequence.StandardKey.Save): self.save_current,
            QKeySequence("Ctrl+Shift+P"): self.print_everything,
            QKeySequence(Qt.Key.Key_F5): self.refresh_preview,
        }
        for sequence, slot in keys.items():
            shortcut = QShortcut(sequence, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self._tasks.notifier.data_changed.connect(self._on_data_changed)

    def title(self) -> str:
        return self.tr("Handouts")

    def icon(self) -> QIcon:
        return printer_icon()

    def retranslate(self) -> None:
        self.workshop_label.setText(self.tr("&Workshop:"))
        self.print_button.setText(self.tr("&Print…"))
        self.print_button.setToolTip(self.tr("Print this handout (Ctrl+P)"))
        self.save_button.setText(self.tr("&Save as PDF…"))
        self.save_button.setToolTip(self.tr("Save this handout as a PDF file (Ctrl+S)"))
        self.everything_button.setText(self.tr("Print &everything…"))
        self.everything_button.setToolTip(
            self.tr("Build every ticked handout in one go, and print them (Ctrl+Shift+P)")
        )
        self.calibrate_button.setText(self.tr("&Calibrate label sheets…"))
        self.branding_button.setText(self.tr("&Branding…"))
        self.branding_button.setToolTip(
            self.tr("This workshop's logos, signatures, accent colour and margins")
        )
        self.options.retranslate()
        self.preview.retranslate()
        self._update_outlook()

    # What the main window tells every screen.
    def set_database(self, db: Database | None) -> None:
        from jpoa_desktop.ui.handouts.desk import HandoutsDesk

        self._desk = HandoutsDesk(db) if db is not None else None
        self.reload()

    def set_language(self, language: str) -> None:
        self._language = language
        self.reload()

    def reload(self) -> None:
        """Re-read the workshops (keeping the one chosen) and the library's pillars."""
        chosen = self.workshop_id()
        self.workshop.blockSignals(True)
        self.workshop.clear()
        self._workshops = {}
        if self._desk is not None:
            for summary in self._desk.workshops(self._language):
                self._workshops[summary.id] = summary
                self.workshop.addItem(self._workshop_text(summary), summary.id)
            self.options.set_pillars(self._desk.pillars(self._language))
        index = self.workshop.findData(chosen) if chosen is not None else 0
        self.workshop.setCurrentIndex(max(index, 0) if self.workshop.count() else -1)
        self.workshop.blockSignals(False)
        self._on_workshop_changed()

    def _workshop_text(self, summary: WorkshopSummary) -> str:
        when = summary.start.isoformat()
        place = f", {summary.city}" if summary.city else ""
        return f"{when} — {summary.title}{place}"

    def show_workshop(self, workshop_id: int) -> None:
        """Open the screen on one workshop (the Workshops screen's "Handouts" action)."""
        index = self.workshop.findData(workshop_id)
        if index >= 0:
            self.workshop.setCurrentIndex(index)

    def prepare_screenshot(self) -> None:
        """Badges of the next workshop with people, both languages of the interface."""
        for index in range(self.workshop.count()):
            summary = self._workshops.get(self.workshop.itemData(index))
            if summary is not None and summary.participants:
                self.workshop.setCurrentIndex(index)
                break
        self.options.select_kind("agenda")
        self.options.second.setCurrentIndex(
            self.options.second.findData("en" if self._language != "en" else "ru")
        )
        self.refresh_preview()

    def flush_preview(self) -> None:
        """Start a preview that is waiting for its delay at once (screenshots, tests)."""
        if self._debounce.isActive():
            self.refresh_preview()

    def preview_pending(self) -> bool:
        return self._debounce.isActive()

    def workshop_id(self) -> int | None:
        data = self.workshop.currentData()
        return int(data) if data is not None else None

    def request(self, kind: str | None = None) -> HandoutRequest:
        return self.options.request(self.workshop_id(), kind)

    def _workshop_start(self) -> date | None:
        summary = self._workshops.get(self.workshop_id() or -1)
        return summary.start if summary is not None else None

    def _on_workshop_changed(self) -> None:
        workshop_id = self.workshop_id()
        self.branding_button.setEnabled(workshop_id is not None)
        days = self._desk.days(workshop_id) if self._desk and workshop_id is not None else []
        self.options.set_days(days)
        self._update_outlook()
        self._schedule_preview()

    def _on_data_changed(self, kinds: frozenset[str]) -> None:
        if kinds & DATA_KINDS:
            if self.isVisible():
                self.reload()
            else:
                self._preview_stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._preview_stale:
            self.reload()

    # Remembering the choices.
    def _restore_choices(self) -> None:
        if self._settings is None or not self._settings.handout_choices:
            return
        try:
            saved = json.loads(self._settings.handout_choices)
        except ValueError:
            return  # a settings file edited by hand: the defaults will do
        if isinstance(saved, dict):
            self.options.restore_choices(saved)

    def _save_choices(self) -> None:
        if self._settings is not None:
            self._settings.handout_choices = json.dumps(self.options.choices())

    # The preview.
    def _schedule_preview(self) -> None:
        self._update_outlook()
        self._save_choices()
        self._debounce.start()

    def refresh_preview(self) -> None:
        """Build the current handout into a new file and show it (the old one stays in view,
        and a build still running for older options is cancelled)."""
        self._debounce.stop()
        self._preview_stale = False
        request = self.request()
        if self._desk is None:
            self.preview.show_message(self.tr("Open a database to print its handouts."))
            return
        if request.kind in NEEDS_WORKSHOP and request.workshop_id is None:
            self.preview.show_message(
                self.tr("There is no workshop yet. Add one on the Workshops screen.")
            )
            return
        if self._preview_task is not None:
            self._preview_task.cancel()
        self._preview_count += 1
        number = self._preview_count
        out = Path(self._preview_folder.name) / f"preview-{number}.pdf"
        notices = PrintNotices()
        self.preview.show_building()
        self.build_progress.setRange(0, 0)
        self.build_progress.show()
        task = self._tasks.run_task(
            self,
            self.tr("Building the preview"),
            partial(build_handout, notices=notices),
            self._desk.db,
            request,
            out,
            on_done=lambda english: self._preview_built(number, out, request, english, notices),
            on_error=lambda error: self._preview_failed(number, error),
            show_progress=False,
        )
        task.signals.progress.connect(
            lambda done, total: self._show_build_progress(number, done, total)
        )
        self._preview_task = task

    def _show_build_progress(self, number: int, done: int, total: int) -> None:
        if number == self._preview_count and total > 0:
            self.build_progress.setRange(0, total)
            self.build_progress.setValue(done)

    def _preview_built(
        self,
        number: int,
        out: Path,
        request: HandoutRequest,
        english: list[str],
        notices: PrintNotices | None = None,
    ) -> None:
        if number != self._preview_count:
            out.unlink(missing_ok=True)
            return
        self._preview_task = None
        self.build_progress.hide()
        previous = self.preview.pdf()
        same_kind = previous is not None and getattr(self, "_previewed_kind", None) == request.kind
        self._previewed_kind = request.kind
        self.preview.load(out, keep_page=same_kind)
        changes = tuple(notices.items) if notices is not None else ()
        self.preview.status.setText(" · ".join(p for p in (self._note(english),
                                                           summary(changes)) if p))  # fmt: skip
        self.preview.set_notices(changes)
        if previous is not None and previous != out:
            previous.unlink(missing_ok=True)

    def _preview_failed(self, number: int, error: BaseException) -> None:
        if number != self._preview_count:
            return
        self._preview_task = None
        self.build_progress.hide()
        if isinstance(error, Cancelled):
            return
        self.preview.show_message(describe(error))

    def _note(self, english: list[str]) -> str:
        pages = self.preview.page_total()
        parts = [self.tr("%n page(s)", "", pages)] if pages else []
        parts += self._fallback_notes(english)
        return " · ".join(parts)

    def _fallback_notes(self, fallbacks: Iterable[str]) -> list[str]:
        """One note per language a text was printed in for want of the handout's own."""
        return [
            self.tr("Printed in {language} for want of a translation: {texts}").format(
                language=language_label(code), texts=", ".join(names)
            )
            for code, names in by_language(fallbacks).items()
        ]

    # Certificates: who meets the rule.
    def _update_outlook(self) -> None:
        workshop_id = self.workshop_id()
        if self._desk is None or workshop_id is None or self.options.kind() != "certificates":
            self.options.set_outlook("", False)
            return
        try:
            outlook = self._desk.certificate_outlook(workshop_id, self.request().min_share)
        except JpoaError as error:
            self.options.set_outlook(describe(error), False)
            return
        text = self.tr("%n certificate(s)", "", outlook.holders)
        if outlook.left_out:
            text += "; " + self.tr("%n person(s) left out", "", len(outlook.left_out))
        self.options.set_outlook(text, bool(outlook.left_out))

    def show_left_out(self) -> None:
        from jpoa_desktop.ui.handouts.left_out_dialog import LeftOutDialog

        workshop_id = self.workshop_id()
        if self._desk is None or workshop_id is None:
            return
        request = self.request()
        outlook = self._desk.certificate_outlook(workshop_id, request.min_share)
        dialog = LeftOutDialog(outlook.left_out, round(request.min_share * 100), self)
        dialog.open()
        self.left_out_dialog = dialog

    # Saving and printing.
    def _ready(self, request: HandoutRequest) -> bool:
        if self._desk is None:
            return False
        if request.kind in NEEDS_WORKSHOP and request.workshop_id is None:
            show_error(self, self.tr("Handouts"), self.tr("Choose a workshop first."))
            return False
        return True

    def default_folder(self) -> Path:
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(documents or Path.home()) / "JPoA handouts"

    def save_current(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        request = self.request()
        if not self._ready(request):
            return
        suggested = self.default_folder() / request.file_name(self._workshop_start())
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), str(suggested), self.tr("PDF files (*.pdf)")
        )
        if path:
            target = Path(path) if Path(path).suffix.lower() == ".pdf" else Path(path + ".pdf")
            self.save_to(target)

    def save_to(self, target: Path) -> Task | None:
        """Build the current handout into `target` on a worker (written whole, then renamed)."""
        request = self.request()
        if not self._ready(request) or self._desk is None:
            return None
        target.parent.mkdir(parents=True, exist_ok=True)
        return self._tasks.run_task(
            self,
            self.tr("Saving {handout}").format(handout=kind_label(request.kind)),
            build_handout,
            self._desk.db,
            request,
            target,
            on_done=lambda _english: self._said(self.tr("Saved {path}").format(path=target)),
        )

    def print_current(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        request = self.request()
        if not self._ready(request):
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print {handout}").format(handout=kind_label(request.kind)))
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> Task | None:
        """Build the current handout afresh and send it to `printer`, on a worker. Badges take
        the printer's calibrated offset."""
        request = self._with_offset(self.request(), printer)
        if not self._ready(request) or self._desk is None:
            return None
        out = Path(self._preview_folder.name) / f"print-{request.kind}.pdf"
        return self._tasks.run_task(
            self,
            self.tr("Printing {handout}").format(handout=kind_label(request.kind)),
            _build_and_print,
            self._desk.db,
            request,
            out,
            printer,
            on_done=lambda _none: self._said(self.tr("Sent to the printer")),
        )

    def _with_offset(self, request: HandoutRequest, printer: QPrinter) -> HandoutRequest:
        if self._settings is None or request.kind != "badges":
            return request
        from dataclasses import replace

        offset = self._settings.offset_for(printer.printerName())
        return replace(request, offset_mm=offset)

    def print_everything(self) -> None:
        from jpoa_desktop.ui.handouts.batch_dialog import BatchDialog

        if self._desk is None:
            return
        summary = self._workshops.get(self.workshop_id() or -1)
        folder = self.default_folder()
        if summary is not None:
            folder /= _safe_folder_name(f"{summary.start.isoformat()} {summary.title}")
        dialog = BatchDialog(list(SCREEN_KINDS), self.options.checked_kinds(), folder, self)
        self.batch_dialog = dialog
        if dialog.exec() != BatchDialog.DialogCode.Accepted:
            return
        self.options.set_checked_kinds(set(dialog.chosen_kinds()))
        printer = None
        if dialog.wants_printing():
            from PySide6.QtPrintSupport import QPrintDialog, QPrinter

            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            if QPrintDialog(printer, self).exec() != QPrintDialog.DialogCode.Accepted:
                return
        self.build_everything(dialog.chosen_kinds(), dialog.chosen_folder(), printer)

    def build_everything(
        self, kinds: list[str], folder: Path, printer: QPrinter | None = None
    ) -> Task | None:
        """Every kind in `kinds` into `folder` (and to `printer`), with progress and cancel."""
        if self._desk is None:
            return None
        print_file = None
        if printer is not None:
            from jpoa_desktop.ui.handouts.printing import print_pdf

            print_file = print_pdf
        workshop_id = self.workshop_id()
        requests = [
            self.request(kind)
            if printer is None
            else self._with_offset(self.request(kind), printer)
            for kind in kinds
            if workshop_id is not None or kind not in NEEDS_WORKSHOP
        ]
        outcome = BatchOutcome()
        self.last_outcome = outcome
        return self._tasks.run_task(
            self,
            self.tr("Building the handouts"),
            run_batch,
            self._desk.db,
            requests,
            folder,
            self._workshop_start(),
            outcome,
            printer,
            print_file,
            on_done=lambda done: self._batch_finished(done, folder, False),
            on_error=lambda error: self._batch_failed(error, outcome, folder),
        )

    def _show_changes(self, notices: list[PrintNotice]) -> None:
        from jpoa_desktop.ui.handouts.notices_dialog import PrintNoticesDialog

        dialog = PrintNoticesDialog(notices, self)
        dialog.open()
        self.changes_dialog = dialog

    def _batch_finished(self, outcome: BatchOutcome, folder: Path, cancelled: bool) -> None:
        saved = len(outcome.saved)
        if cancelled:
            text = self.tr("Cancelled. %n handout(s) were finished and saved in {folder}.", "",
                           saved).format(folder=folder)  # fmt: skip
        else:
            text = self.tr("%n handout(s) saved in {folder}.", "", saved).format(folder=folder)
            if outcome.printed:
                text += " " + self.tr("%n sent to the printer.", "", len(outcome.printed))
        if outcome.english_labels:
            text += "\n\n" + "\n".join(self._fallback_notes(outcome.english_labels))
        if outcome.notices:
            text += "\n\n" + self.tr("Changed to print: {changes}").format(
                changes=summary(outcome.notices.items)
            )
        self._said(text.splitlines()[0])
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Print everything"), text,
                          QMessageBox.StandardButton.Close, self)  # fmt: skip
        if saved:
            open_folder = box.addButton(self.tr("Open the folder"),
                                        QMessageBox.ButtonRole.ActionRole)  # fmt: skip
            open_folder.clicked.connect(
                lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
            )
        if outcome.notices:
            changes = box.addButton(self.tr("What was changed…"), QMessageBox.ButtonRole.ActionRole)
            changes.clicked.connect(lambda: self._show_changes(outcome.notices.items))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.batch_message = box
        box.open()

    def _batch_failed(self, error: BaseException, outcome: BatchOutcome, folder: Path) -> None:
        if isinstance(error, Cancelled):
            self._batch_finished(outcome, folder, True)
            return
        text = describe(error)
        if outcome.saved:
            finished = self.tr(
                "%n handout(s) were finished before this and saved in {folder}.",
                "",
                len(outcome.saved),
            )
            text += "\n\n" + finished.format(folder=folder)
        show_error(self, self.tr("Print everything"), text)

    def measure_sheet(self) -> None:
        """ "Custom size…": measure a label sheet; it joins the list and is kept for next time."""
        from jpoa_desktop.ui.handouts.branding.sheet_dialog import SheetDialog

        dialog = SheetDialog(self.request().paper, self)
        self.sheet_dialog = dialog

        def chosen() -> None:
            sheet = dialog.sheet()
            if sheet is None:
                return
            self._custom_sheets = [*self._custom_sheets, sheet.name]
            if self._settings is not None:
                self._settings.custom_sheets = tuple(self._custom_sheets)
            self.options.set_custom_sheets(self._custom_sheets, choose=sheet.name)

        dialog.accepted.connect(chosen)
        dialog.open()

    def edit_branding(self) -> None:
        """The workshop's logos, signatures, colour and margins; the preview follows."""
        from jpoa_desktop.services.handouts.branding import BrandingService
        from jpoa_desktop.ui.handouts.branding.branding_dialog import BrandingDialog

        workshop_id = self.workshop_id()
        if self._desk is None or workshop_id is None:
            return
        summary = self._workshops[workshop_id]
        dialog = BrandingDialog(
            BrandingService(self._desk.db.session_scope), workshop_id, summary.title, self
        )
        dialog.changed.connect(self._schedule_preview)
        self.branding_dialog = dialog
        dialog.open()

    def calibrate(self) -> None:
        from jpoa_desktop.ui.handouts.branding.calibration_dialog import CalibrationDialog

        if self._settings is None or self._desk is None:
            return
        sheet = self.options.template.currentData() or "a4-2x4"
        dialog = CalibrationDialog(self._settings, self._tasks, self._desk.db, self, sheet)
        self.calibration_dialog = dialog
        dialog.open()

    def _said(self, text: str) -> None:
        window = self.window()
        status = getattr(window, "statusBar", None)
        if callable(status):
            status().showMessage(text, 8000)
        self.preview.status.setText(text)


def _build_and_print(
    db: Database,
    request: HandoutRequest,
    out: Path,
    printer: QPrinter,
    progress: Progress,
    cancelled: CancelCheck,
) -> None:
    """On a worker: build the handout, then paint its pages on the printer."""
    from jpoa_desktop.ui.handouts.printing import print_pdf

    build_handout(db, request, out, lambda n, of: progress(n, 2 * of), cancelled)
    print_pdf(out, printer, lambda n, of: progress(of + n, 2 * of), cancelled)


def _safe_folder_name(text: str) -> str:
    """A folder name every file system takes: no separators or reserved characters."""
    cleaned = "".join("_" if c in '<>:"/\\|?*' or ord(c) < 32 else c for c in text)
    return cleaned.strip(" .")[:80] or "handouts"
