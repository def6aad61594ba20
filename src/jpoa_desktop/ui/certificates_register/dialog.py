"""The register of issued certificates: number, holder, workshop, wording, the day each was
issued and last printed; one workshop or all, a search, and Export XLSX… for the office's files.

Reading the register and writing the workbook run on a worker (60,000 lines take about a
second each way); the table is a model over the lines read (`model.py`), so it scrolls and
filters at once however long the register is. Ctrl+F goes to the search box, Ctrl+E exports
what is listed, Esc closes. The dialog only shows the register: it changes nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jpoa_desktop.services.handouts.certificate_register import CertificateRegister, RegisterLine
from jpoa_desktop.texts.formatting import integer
from jpoa_desktop.ui.certificates_register.model import RegisterModel
from jpoa_desktop.ui.i18n import interface_language
from jpoa_desktop.ui.retranslating import Retranslating
from jpoa_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from jpoa_desktop.services.container import Services

EXPORT_KEY = "Ctrl+E"
WIDTHS = (120, 200, 220, 110, 95, 95)  # px, the columns' first widths (never fitted to 60,000)
SEARCH_DELAY_MS = 120


def _read(register: CertificateRegister, **_worker: Any) -> list[RegisterLine]:
    return register.register()


def _export(
    register: CertificateRegister, path: Path, lines: list[RegisterLine], **_worker: Any
) -> int:
    return register.export_register(path, lines=lines)


class RegisterDialog(Retranslating, QDialog):
    def __init__(
        self,
        register: CertificateRegister,
        tasks: TaskRunner,
        workshop_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`workshop_id`: the workshop to show first (the one chosen on the calling screen)."""
        super().__init__(parent)
        self.setObjectName("certificateRegister")
        self._register = register
        self._tasks = tasks
        self._first_workshop = workshop_id
        self._closed = False  # a worker may report after the dialog was closed (and deleted)
        self.model = RegisterModel(interface_language(), self)
        self.workshop_label = QLabel(self)
        self.workshop = QComboBox(self)
        self.workshop.setObjectName("registerWorkshop")
        self.workshop.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.workshop.setMinimumContentsLength(24)
        self.workshop_label.setBuddy(self.workshop)
        self.search = QLineEdit(self)
        self.search.setObjectName("registerSearch")
        self.search.setClearButtonEnabled(True)
        self.table = QTableView(self)
        self.table.setObjectName("registerTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no row measured: 60,000 fly
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        rows.hide()
        for column, width in enumerate(WIDTHS):
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.count = QLabel(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_button = QPushButton(self)
        self.close_button = QPushButton(self)
        self._search_delay = QTimer(self)
        self._search_delay.setSingleShot(True)
        self._search_delay.setInterval(SEARCH_DELAY_MS)
        self._build_layout()
        self.search.textChanged.connect(lambda _text: self._search_delay.start())
        self._search_delay.timeout.connect(self.apply_filter)
        self.workshop.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.export_button.clicked.connect(self.choose_export)
        self.close_button.clicked.connect(self.reject)
        self.find_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self.find_shortcut.activated.connect(self.focus_search)
        self.export_shortcut = QShortcut(QKeySequence(EXPORT_KEY), self)
        self.export_shortcut.activated.connect(self.choose_export)
        self.resize(960, 560)
        self.retranslate()
        self.loading = self._tasks.run_task(
            self, self.tr("Reading the register"), _read, register, on_done=self.show_lines
        )

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.workshop_label)
        top.addWidget(self.workshop, 1)
        top.addWidget(self.search, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    # The lines.
    def show_lines(self, lines: list[RegisterLine]) -> None:
        """The register as read: fill the workshops' list, choose the first one, show."""
        if self._closed:
            return
        self.model.set_lines(lines)
        titles = {line.workshop_id: line.workshop_title for line in lines if line.workshop_id}
        self.workshop.blockSignals(True)
        self.workshop.clear()
        self.workshop.addItem(self.tr("All workshops"), None)
        for workshop_id, title in sorted(titles.items(), key=lambda item: item[1].casefold()):
            self.workshop.addItem(title, workshop_id)
        first = self.workshop.findData(self._first_workshop) if self._first_workshop else 0
        self.workshop.setCurrentIndex(max(first, 0))
        self.workshop.blockSignals(False)
        self.apply_filter()

    def workshop_id(self) -> int | None:
        chosen = self.workshop.currentData()
        return int(chosen) if chosen is not None else None

    def apply_filter(self) -> None:
        self._search_delay.stop()
        self.model.apply_filter(self.workshop_id(), self.search.text())
        self._show_count()

    def _show_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total()
        if shown == total:
            text = self.tr("%n certificate(s)", "", total)
        else:
            text = self.tr("%n shown of {total}", "", shown).format(
                total=integer(total, self.model.language)
            )
        self.count.setText(text)
        self.export_button.setEnabled(shown > 0)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # Exporting.
    def choose_export(self) -> None:
        if not self.model.rowCount():
            return
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the register"),
            str(Path.home() / "certificates register.xlsx"),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if path:
            target = Path(path)
            self.export_to(target if target.suffix else target.with_suffix(".xlsx"))

    def export_to(self, path: Path) -> None:
        """Write the lines listed (the workshop and search applied) to `path` on a worker."""
        lines = self.model.shown_lines()
        self.status.clear()
        self.exporting = self._tasks.run_task(
            self,
            self.tr("Exporting the register"),
            _export,
            self._register,
            path,
            lines,
            on_done=lambda count: self._exported(count, path),
        )

    def _exported(self, count: int, path: Path) -> None:
        if not self._closed:
            self.status.setText(
                self.tr("%n line(s) written to {path}", "", count).format(path=path)
            )

    def done(self, result: int) -> None:
        self._closed = True
        super().done(result)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Register of certificates"))
        self.workshop_label.setText(self.tr("&Workshop:"))
        if self.workshop.count():
            self.workshop.setItemText(0, self.tr("All workshops"))
        self.search.setPlaceholderText(self.tr("Search number, holder or workshop (Ctrl+F)"))
        self.export_button.setText(self.tr("&Export XLSX… (Ctrl+E)"))
        self.export_button.setToolTip(self.tr("The certificates listed, as an Excel workbook"))
        self.close_button.setText(self.tr("Close"))
        self.model.retranslate()
        self._show_count()


def open_register(
    parent: QWidget,
    services: Services | None,
    tasks: TaskRunner,
    workshop_id: int | None = None,
) -> RegisterDialog | None:
    """Open the register of `services`' database (nothing while none is open), on
    `workshop_id`'s certificates when given."""
    if services is None:
        return None
    dialog = RegisterDialog(services.certificate_register, tasks, workshop_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
