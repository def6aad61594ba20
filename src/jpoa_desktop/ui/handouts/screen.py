"""The Handouts screen: choose a workshop and a handout, see it as it will print, print or save it,
or build everything for tomorrow in one go.

The screen holds the choices; each job has its own module: the options form
(`options_panel.py`), the preview (`preview_flow.py`, shown by `preview.py`), saving and
printing (`output.py`), "Print everything" (`everything/`), and the branding and label sheet
dialogs (`branding/`). Every build runs on a worker through `HandoutService.build`.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from jpoa_desktop.errors import JpoaError
from jpoa_desktop.handouts.registry import AGENDA, CERTIFICATES, SCREEN_KINDS, kind
from jpoa_desktop.services.handouts.request import HandoutRequest
from jpoa_desktop.ui.handouts.buttons import HandoutButtons
from jpoa_desktop.ui.handouts.certificates.left_out_dialog import outlook_text
from jpoa_desktop.ui.handouts.everything.batch import BatchOutcome
from jpoa_desktop.ui.handouts.everything.flow import PrintEverything, ask, batch_folder
from jpoa_desktop.ui.handouts.icon import printer_icon
from jpoa_desktop.ui.handouts.options_panel import OptionsPanel
from jpoa_desktop.ui.handouts.output import HandoutOutput
from jpoa_desktop.ui.handouts.preview import PreviewPane
from jpoa_desktop.ui.handouts.preview_flow import PreviewBuilder
from jpoa_desktop.ui.handouts.workshop_picker import WorkshopPicker
from jpoa_desktop.ui.messages import describe, show_error
from jpoa_desktop.ui.tasks import Task, TaskRunner

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from jpoa_desktop.services.container import Services
    from jpoa_desktop.services.handouts.handouts import HandoutService
    from jpoa_desktop.ui.handouts.desk import HandoutsDesk
    from jpoa_desktop.ui.handouts.notices_dialog import PrintNoticesDialog
    from jpoa_desktop.ui.settings.store import SettingsStore

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
        self._preview_stale = True
        self.workshop_label = QLabel(self)
        self.workshop = WorkshopPicker(self)
        self.workshop_label.setBuddy(self.workshop)
        self.buttons = HandoutButtons(self)
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
        self._previews = PreviewBuilder(self, tasks, self.preview, self.build_progress)
        self._output = HandoutOutput(self, tasks, settings, self._previews.scratch, self._said)
        self._everything = PrintEverything(self, tasks, self._said)
        self._build_layout()
        self._wire()
        self.retranslate()

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.workshop_label)
        top.addWidget(self.workshop, 1)
        top.addWidget(self.build_progress)
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
        layout.addWidget(self.buttons)
        layout.addWidget(self.splitter, 1)

    def _wire(self) -> None:
        self.workshop.currentIndexChanged.connect(lambda _i: self._on_workshop_changed())
        self.options.changed.connect(self._schedule_preview)
        self.options.left_out_requested.connect(self.show_left_out)
        self.options.rule.per_person_requested.connect(lambda: self.save_current(per_person=True))
        self.options.custom_sheet_requested.connect(self.measure_sheet)
        self.options.ticked.connect(self._save_choices)
        self._previews.delay.timeout.connect(self.refresh_preview)
        self.buttons.print_clicked.connect(self.print_current)
        self.buttons.save_clicked.connect(self.save_current)
        self.buttons.everything_clicked.connect(self.print_everything)
        self.buttons.calibrate_clicked.connect(self.calibrate)
        self.buttons.branding_clicked.connect(self.edit_branding)
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
        self.buttons.retranslate()
        self.options.retranslate()
        self.preview.retranslate()
        self._update_outlook()

    # What the main window tells every screen.
    def set_services(self, services: Services | None) -> None:
        from jpoa_desktop.ui.handouts.desk import HandoutsDesk

        self._desk = HandoutsDesk(services, self._tasks) if services is not None else None
        self.reload()

    def _handouts(self) -> HandoutService | None:
        return self._desk.services.handouts if self._desk is not None else None

    def set_language(self, language: str) -> None:
        self._language = language
        self.reload()

    def reload(self) -> None:
        """Re-read the workshops (keeping the one chosen) and the library's pillars."""
        desk = self._desk
        self.workshop.set_workshops(desk.workshops(self._language) if desk else ())
        if desk is not None:
            self.options.set_pillars(desk.pillars(self._language))
        self._on_workshop_changed()

    def show_workshop(self, workshop_id: int) -> None:
        """Open the screen on one workshop (the Workshops screen's "Handouts" action)."""
        self.workshop.choose(workshop_id)

    def prepare_screenshot(self) -> None:
        """The agenda of the next workshop with people, in two languages side by side."""
        self.workshop.choose_one_with_people()
        self.options.select_kind(AGENDA.key)
        self.options.second.setCurrentIndex(
            self.options.second.findData("en" if self._language != "en" else "ru")
        )
        self.refresh_preview()

    def flush_preview(self) -> None:
        """Start a preview that is waiting for its delay at once (screenshots, tests)."""
        if self._previews.pending():
            self.refresh_preview()

    def preview_pending(self) -> bool:
        return self._previews.pending()

    def workshop_id(self) -> int | None:
        return self.workshop.workshop_id()

    def request(self, kind: str | None = None) -> HandoutRequest:
        address = self._settings.verifier_address if self._settings is not None else ""
        return self.options.request(self.workshop_id(), kind, address)

    def _workshop_start(self) -> date | None:
        summary = self.workshop.summary()
        return summary.start if summary is not None else None

    def _on_workshop_changed(self) -> None:
        workshop_id = self.workshop_id()
        self.buttons.branding_button.setEnabled(workshop_id is not None)
        days = self._desk.days(workshop_id) if self._desk and workshop_id is not None else []
        self.options.set_days(days)
        self.options.rule.show_workshop(self._desk, workshop_id)
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
        if self._settings is not None and self._settings.handout_choices:
            self.options.restore_saved(self._settings.handout_choices)

    def _save_choices(self) -> None:
        if self._settings is not None:
            self._settings.handout_choices = self.options.saved()

    # The preview.
    def _schedule_preview(self) -> None:
        self._update_outlook()
        self._save_choices()
        self._previews.delay.start()

    def refresh_preview(self) -> None:
        """Build the current handout into a new file and show it (the old one stays in view,
        and a build still running for older options is cancelled)."""
        self._previews.delay.stop()
        self._preview_stale = False
        request = self.request()
        handouts = self._handouts()
        if handouts is None:
            self.preview.show_message(self.tr("Open a database to print its handouts."))
            return
        if kind(request.kind).needs_workshop and request.workshop_id is None:
            self.preview.show_message(
                self.tr("There is no workshop yet. Add one on the Workshops screen.")
            )
            return
        self._previews.build(handouts, request)

    # Certificates: who meets the rule.
    def _update_outlook(self) -> None:
        workshop_id = self.workshop_id()
        if self._desk is None or workshop_id is None or self.options.kind() != CERTIFICATES.key:
            self.options.set_outlook("", False)
            return
        try:
            outlook = self._desk.certificate_outlook(workshop_id, self.request().min_share)
        except JpoaError as error:
            self.options.set_outlook(describe(error), False)
            return
        self.options.set_outlook(outlook_text(outlook), bool(outlook.left_out))

    def show_left_out(self) -> None:
        from jpoa_desktop.ui.handouts.certificates.left_out_dialog import LeftOutDialog

        workshop_id = self.workshop_id()
        if self._desk is None or workshop_id is None:
            return
        request = self.request()
        outlook = self._desk.certificate_outlook(workshop_id, request.min_share)
        dialog = LeftOutDialog(outlook.left_out, self.options.attendance.value(), self)
        dialog.open()
        self.left_out_dialog = dialog

    # Saving and printing.
    def _ready(self, request: HandoutRequest) -> HandoutService | None:
        """The service to build `request` with, once there is all it needs."""
        handouts = self._handouts()
        if handouts is not None and kind(request.kind).needs_workshop and not request.workshop_id:
            show_error(self, self.tr("Handouts"), self.tr("Choose a workshop first."))
            return None
        return handouts

    def save_current(self, per_person: bool = False) -> None:
        if handouts := self._ready(request := self.request()):
            name = request.file_name(self._workshop_start())
            self._output.ask_and_save(handouts, request, name, per_person)

    def save_to(self, target: Path) -> Task | None:
        """Build the current handout into `target` on a worker (written whole, then renamed)."""
        request = self.request()
        handouts = self._ready(request)
        return self._output.save_to(handouts, request, target) if handouts else None

    def print_current(self) -> None:
        if handouts := self._ready(request := self.request()):
            self._output.ask_and_print(handouts, request)

    def print_to(self, printer: QPrinter) -> Task | None:
        """Build the current handout afresh and send it to `printer`, on a worker. Badges take
        the printer's calibrated offset."""
        request = self.request()
        handouts = self._ready(request)
        return self._output.print_to(handouts, request, printer) if handouts else None

    # Print everything.
    def print_everything(self) -> None:
        if self._desk is None:
            return
        folder = batch_folder(self.workshop.summary())
        chosen = ask(self, list(SCREEN_KINDS), self.options.checked_kinds(), folder)
        if chosen is not None:
            kinds, folder, printer = chosen
            self.options.set_checked_kinds(set(kinds))
            self.build_everything(kinds, folder, printer)

    def build_everything(
        self, kinds: list[str], folder: Path, printer: QPrinter | None = None
    ) -> Task | None:
        """Every kind in `kinds` into `folder` (and to `printer`), with progress and cancel."""
        handouts = self._handouts()
        if handouts is None:
            return None
        requests = [
            self._output.for_printer(self.request(key), printer)
            for key in kinds
            if self.workshop_id() is not None or not kind(key).needs_workshop
        ]
        return self._everything.run(handouts, requests, folder, self._workshop_start(), printer)

    @property
    def last_outcome(self) -> BatchOutcome | None:
        return self._everything.outcome

    @property
    def batch_message(self) -> QMessageBox | None:
        return self._everything.message

    @property
    def changes_dialog(self) -> PrintNoticesDialog | None:
        return self._everything.changes_dialog

    # The label sheets and the branding.
    def measure_sheet(self) -> None:
        """ "Custom size…": measure a label sheet; it joins the list and is kept for next time."""
        from jpoa_desktop.ui.handouts.branding.sheet_dialog import measure_sheet

        self.sheet_dialog = measure_sheet(self, self.request().paper, self._add_custom_sheet)

    def _add_custom_sheet(self, name: str) -> None:
        self._custom_sheets = [*self._custom_sheets, name]
        if self._settings is not None:
            self._settings.custom_sheets = tuple(self._custom_sheets)
        self.options.set_custom_sheets(self._custom_sheets, choose=name)

    def edit_branding(self) -> None:
        """The workshop's logos, signatures, colour and margins; the preview follows."""
        from jpoa_desktop.ui.handouts.branding.branding_dialog import BrandingDialog

        workshop_id = self.workshop_id()
        if self._desk is None or workshop_id is None:
            return
        title = summary.title if (summary := self.workshop.summary()) else ""
        dialog = BrandingDialog(self._desk.services.branding, workshop_id, title, self)
        dialog.changed.connect(self._schedule_preview)
        self.branding_dialog = dialog
        dialog.open()

    def calibrate(self) -> None:
        from jpoa_desktop.ui.handouts.branding.calibration_dialog import CalibrationDialog

        if self._settings is None or self._desk is None:
            return
        sheet = self.options.template.currentData() or "a4-2x4"
        dialog = CalibrationDialog(
            self._settings, self._tasks, self._desk.services.handouts, self, sheet
        )
        self.calibration_dialog = dialog
        dialog.open()

    def _said(self, text: str) -> None:
        window = self.window()
        status = getattr(window, "statusBar", None)
        if callable(status):
            status().showMessage(text, 8000)
        self.preview.status.setText(text)
