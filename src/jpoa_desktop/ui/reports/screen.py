"""Reports: the donor report of one workshop or of the programme (the Dashboard's filters), in
English or Russian, as a PDF or an Excel workbook: previewed page by page, then saved.

Both run on a worker through `ui/tasks.py`, with progress and a Cancel button (the programme
report of 400 workshops takes a few seconds); the report service writes all or nothing, so a
cancelled save leaves no file. The preview is the PDF itself, built into a private temporary
folder by the same `services.reports.write` as Save as…, so what the officer reads is what
the donor gets (a workbook holds the same tables). F5 previews, Ctrl+S saves. The last choices
are kept in the settings.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QIcon, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from jpoa_desktop.errors import Cancelled
from jpoa_desktop.model.evaluation import ReportFilter
from jpoa_desktop.model.progress import CancelCheck, Progress
from jpoa_desktop.model.workshops import WorkshopSummary
from jpoa_desktop.ui.dashboard.filter_bar import (
    FilterState,
    ReportFilterBar,
    fill_combo,
    list_workshops,
)
from jpoa_desktop.ui.handouts.preview import FIT_PAGE, PreviewPane
from jpoa_desktop.ui.messages import describe
from jpoa_desktop.ui.reports.icon import report_icon
from jpoa_desktop.ui.settings.store import SettingsStore
from jpoa_desktop.ui.tasks import Task, TaskRunner
from jpoa_desktop.ui.widgets.read_only_fields import heading_label

if TYPE_CHECKING:  # SQLAlchemy loads after the first paint, when a database is opened
    from jpoa_desktop.services.container import Services

KINDS = ("programme", "workshop")
LANGUAGES = ("en", "ru")
FORMATS = ("pdf", "xlsx")


def write_report(
    services: Services,
    report: ReportFilter,
    target: Path,
    language: str,
    progress: Progress,
    cancelled: CancelCheck,
) -> Path:
    """On a worker: the report written to `target` (all or nothing)."""
    services.reports.write(report, target, language, progress, cancelled)
    return target


class _ChoicesArea(QScrollArea):
    """Asks for the room its choices need, and scrolls them when a small window has less."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setMinimumWidth(280)

    def sizeHint(self) -> QSize:
        panel = self.widget()
        inner = panel.sizeHint() if panel is not None else QSize(280, 200)
        return QSize(inner.width() + self.verticalScrollBar().sizeHint().width(), inner.height())


class ReportsScreen(QWidget):
    screen_id = "reports"

    def __init__(
        self,
        tasks: TaskRunner,
        language: str,
        settings: SettingsStore,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportsScreen")
        self._tasks = tasks
        self._settings = settings
        self._services: Services | None = None
        self._scratch = tempfile.TemporaryDirectory(prefix="jpoa-report-")
        self._previews = 0
        self.task: Task | None = None  # the build or save running (tests cancel it)
        self._workshops_listed = False
        tasks.notifier.data_changed.connect(self._forget_workshops)
        self.heading = heading_label(self, "reportsHeading", 1.6)
        self.kind = QComboBox(self)
        self.report_language = QComboBox(self)
        self.format = QComboBox(self)
        self.kind_label, self.language_label, self.format_label = (QLabel(self) for _ in range(3))
        self.filters = ReportFilterBar(self)
        self.preview_button = QPushButton(self)
        self.save_button = QPushButton(self)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview = PreviewPane(tasks, self)
        self.preview.set_fit(FIT_PAGE)
        self._build_layout()
        self._restore(language)
        self.kind.activated.connect(self._on_choice)
        self.report_language.activated.connect(self._on_choice)
        self.format.activated.connect(self._on_choice)
        self.filters.changed.connect(self._on_choice)
        self.preview_button.clicked.connect(self.build_preview)
        self.save_button.clicked.connect(self.choose_target)
        keys = {QKeySequence.StandardKey.Refresh: self.build_preview,
                QKeySequence.StandardKey.Save: self.choose_target}  # fmt: skip
        for key, slot in keys.items():
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.retranslate()

    def _build_layout(self) -> None:
        choices = QGridLayout()
        choices.setContentsMargins(0, 0, 0, 0)
        for column, (label, combo) in enumerate(((self.kind_label, self.kind),
                                                 (self.language_label, self.report_language),
                                                 (self.format_label, self.format))):  # fmt: skip
            label.setBuddy(combo)
            choices.addWidget(label, 0, column)
            choices.addWidget(combo, 1, column)
        choices.setColumnStretch(3, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        # The choices on the left, the pages on the right: a whole A4 page stays in view.
        side = QVBoxLayout()
        side.setSpacing(10)
        side.addWidget(self.heading)
        side.addLayout(choices)
        side.addWidget(self.filters)
        side.addLayout(buttons)
        side.addWidget(self.status)
        side.addStretch(1)
        panel = QWidget(self)
        panel.setLayout(side)
        # In a small window the choices scroll rather than squeeze the page out of view.
        choices_area = _ChoicesArea(self)
        choices_area.setWidget(panel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 10)
        layout.setSpacing(16)
        layout.addWidget(choices_area)
        layout.addWidget(self.preview, 1)

    # The Screen protocol.
    def title(self) -> str:
        return self.tr("Reports")

    def icon(self) -> QIcon:
        return report_icon()

    def set_services(self, services: Services | None) -> None:
        self._services = services
        self.preview.show_message(self._idle_words())
        self._update_buttons()
        self._workshops_listed = False
        if services is None:
            self.filters.set_workshops([])
        elif self.isVisible():
            self._load_workshops()

    def _load_workshops(self) -> None:
        """The workshops to choose from, asked when the screen is first shown (not at start)."""
        services = self._services
        if services is None or self._workshops_listed:
            return
        self._workshops_listed = True
        self._tasks.run_task(
            self, self.tr("Listing the workshops"), list_workshops, services, self._language,
            on_done=self._on_workshops, show_progress=False,
        )  # fmt: skip

    def _forget_workshops(self, _kinds: frozenset[str]) -> None:
        self._workshops_listed = False  # a workshop may have come or gone
        if self.isVisible():
            self._load_workshops()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._load_workshops()

    def set_language(self, language: str) -> None:
        self._language = language

    # The choices.
    def report_kind(self) -> str:
        return str(self.kind.currentData() or "programme")

    def language(self) -> str:
        return str(self.report_language.currentData() or "en")

    def suffix(self) -> str:
        return f".{self.format.currentData() or 'pdf'}"

    def report_filter(self) -> ReportFilter | None:
        """What the report covers; None for a workshop report with no workshop chosen."""
        report = self.filters.report_filter()
        if self.report_kind() == "workshop" and report.workshop_id is None:
            return None
        return report

    def _on_choice(self) -> None:
        self.filters.set_mode(self.report_kind())
        self._settings.report_choices = json.dumps({
            "kind": self.report_kind(), "language": self.language(),
            "format": self.suffix()[1:], "filter": self.filters.state().as_json(),
        })  # fmt: skip
        self._update_buttons()
        if self.preview.pdf() is not None:
            self.status.setText(self.tr("The choices changed: F5 shows the report again."))

    def _restore(self, language: str) -> None:
        self._language = language
        try:
            kept = json.loads(self._settings.report_choices or "{}")
        except ValueError:
            kept = {}
        kept = kept if isinstance(kept, dict) else {}
        self._chosen = {
            "kind": kept.get("kind") if kept.get("kind") in KINDS else "programme",
            "language": kept.get("language") if kept.get("language") in LANGUAGES
            else (language if language in LANGUAGES else "en"),
            "format": kept.get("format") if kept.get("format") in FORMATS else "pdf",
        }  # fmt: skip
        self.filters.set_state(FilterState.from_json(str(kept.get("filter") or "")))
        self.filters.set_mode(str(self._chosen["kind"]))

    def _on_workshops(self, workshops: list[WorkshopSummary]) -> None:
        self.filters.set_workshops(workshops)
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = self._services is not None and self.report_filter() is not None
        self.preview_button.setEnabled(ready)
        self.save_button.setEnabled(ready)
        if self._services is not None and not ready:
            self.status.setText(self.tr("Choose the workshop to report on (Alt+W)."))

    def use_filters(self, state: FilterState) -> Task | None:
        """The report of what the Dashboard shows: one workshop's, or the programme's for its
        filters; previewed at once."""
        kind = "workshop" if state.workshop_id is not None else "programme"
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.filters.set_state(state)
        self._on_choice()
        return self.build_preview()

    def prepare_screenshot(self) -> None:
        """For `--screenshot`: the programme report in the interface language, previewed."""
        language = self._language if self._language in LANGUAGES else "en"
        self.report_language.setCurrentIndex(self.report_language.findData(language))
        self.kind.setCurrentIndex(self.kind.findData("programme"))
        self.filters.set_mode("programme")
        self.build_preview()

    # Preview and save.
    def build_preview(self) -> Task | None:
        """The report as a PDF in the scratch folder, then shown page by page."""
        report, services = self.report_filter(), self._services
        if report is None or services is None:
            return None
        self._previews += 1
        target = Path(self._scratch.name) / f"preview-{self._previews}.pdf"
        self.status.setText(self.tr("Building the preview…"))
        self.preview.show_building()
        self.task = self._tasks.run_task(
            self, self.tr("Building the report"), write_report, services, report, target,
            self.language(), on_done=self._show_preview, on_error=self._on_failure,
        )  # fmt: skip
        return self.task

    def _show_preview(self, pdf: Path) -> None:
        self.status.setText(self.tr("Preview of the PDF; a workbook holds the same tables."))
        self.preview.load(pdf)

    def choose_target(self) -> None:
        if self.report_filter() is None or self._services is None:
            return
        pattern = {".pdf": self.tr("PDF (*.pdf)"), ".xlsx": self.tr("Excel workbook (*.xlsx)")}
        name = f"{self.report_kind()}-report-{self.language()}{self.suffix()}"
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the report"), str(Path.home() / name), pattern[self.suffix()]
        )
        if chosen:
            path = Path(chosen)
            self.save_to(path if path.suffix.lower() == self.suffix() else path.with_suffix(
                self.suffix()))  # fmt: skip

    def save_to(self, target: Path) -> Task | None:
        """Write the report to `target` on a worker, with progress and Cancel."""
        report, services = self.report_filter(), self._services
        if report is None or services is None:
            return None
        self.status.setText(self.tr("Writing {file}…").format(file=target.name))
        self.task = self._tasks.run_task(
            self, self.tr("Writing the report"), write_report, services, report, target,
            self.language(), on_done=self._on_saved, on_error=self._on_failure,
        )  # fmt: skip
        return self.task

    def _on_saved(self, target: Path) -> None:
        self.status.setText(self.tr("Saved to {path}").format(path=target))

    def _on_failure(self, error: BaseException) -> None:
        if isinstance(error, Cancelled):
            self.status.setText(self.tr("Cancelled: nothing was written."))
        else:
            self.status.setText(self.tr("The report could not be written: {error}").format(
                error=describe(error)))  # fmt: skip
        if self.preview.pdf() is None:
            self.preview.show_message(self._idle_words())

    def _idle_words(self) -> str:
        if self._services is None:
            return self.tr("Open a database to write its reports.")
        return self.tr("Choose what the report covers, then Preview (F5) or Save as… (Ctrl+S).")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Donor reports"))
        self.kind_label.setText(self.tr("&Report"))
        self.language_label.setText(self.tr("&Language"))
        self.format_label.setText(self.tr("F&ormat"))
        kind = str(self.kind.currentData() or self._chosen["kind"])
        language = str(self.report_language.currentData() or self._chosen["language"])
        form = str(self.format.currentData() or self._chosen["format"])
        fill_combo(self.kind, [(self.tr("The programme"), "programme"),
                         (self.tr("One workshop"), "workshop")], kind)  # fmt: skip
        fill_combo(self.report_language, [("English", "en"), ("Русский", "ru")], language)
        fill_combo(
            self.format, [(self.tr("PDF"), "pdf"), (self.tr("Excel workbook"), "xlsx")], form
        )
        self.preview_button.setText(self.tr("&Preview (F5)"))
        self.save_button.setText(self.tr("&Save as… (Ctrl+S)"))
        if self.preview.pdf() is None:
            self.preview.show_message(self._idle_words())
