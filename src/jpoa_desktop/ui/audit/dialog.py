"""The audit log of one draft or one workshop: who changed what and when, newest first.

Reached from the Strategies screen's Draft menu and from the Workshops screen's toolbar
("Audit log…", Ctrl+Shift+L). The log is read from the server a page at a time on a worker
("Show more" reads the next); the filter box and the person chosen are applied by the
server, so a log of a hundred thousand entries is as quick as a short one. Export… writes
every matching entry (not only the pages read) to CSV or XLSX on a worker, with progress
and Cancel. On a laptop's own file there is no log: the dialog says so in one sentence.
Ctrl+F goes to the filter, Ctrl+E exports, Esc closes. The dialog changes nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

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

from jpoa_desktop.services.server.audit import AuditPage, AuditQuery, AuditService, Scope
from jpoa_desktop.ui.audit.model import AuditModel
from jpoa_desktop.ui.i18n import interface_language
from jpoa_desktop.ui.retranslating import Retranslating
from jpoa_desktop.ui.tasks import TaskRunner

EXPORT_KEY = "Ctrl+E"
WIDTHS = (130, 120, 260, 110)  # px: time, who, what, field; old → new takes the rest
FILTER_DELAY_MS = 300


def _read(
    audit: AuditService, scope: Scope, owner: int, query: AuditQuery, offset: int, **_w: Any
) -> tuple[AuditPage, list[str], str]:
    page = audit.page(scope, owner, query, offset=offset, lang=interface_language())
    users = audit.users(scope, owner) if offset == 0 else []
    title = audit.owner_title(scope, owner, interface_language()) if offset == 0 else ""
    return page, users, title


def _export(
    audit: AuditService,
    scope: Scope,
    owner: int,
    path: Path,
    query: AuditQuery,
    lang: str,
    progress: Any,
    cancelled: Any,
) -> int:
    return audit.export(scope, owner, path, query, lang, progress, cancelled)


class AuditDialog(Retranslating, QDialog):
    def __init__(
        self,
        audit: AuditService,
        tasks: TaskRunner,
        scope: Scope,
        owner_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("auditLog")
        self._audit, self._tasks = audit, tasks
        self.scope, self.owner_id = scope, owner_id
        self._title = ""
        self._page: AuditPage | None = None
        self._reading = 0  # which read the table waits for; an older answer is dropped
        self._closed = False
        self.model = AuditModel(interface_language(), self)
        self.heading = QLabel(self)
        self.heading.setObjectName("auditHeading")
        self.heading.setWordWrap(True)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("auditFilter")
        self.filter.setClearButtonEnabled(True)
        self.user = QComboBox(self)
        self.user.setObjectName("auditUser")
        self.user.setMinimumContentsLength(14)
        self.table = QTableView(self)
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        rows.hide()
        for column, width in enumerate(WIDTHS):
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.notice = QLabel(self)
        self.notice.setObjectName("auditNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.count = QLabel(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.more_button = QPushButton(self)
        self.more_button.setObjectName("auditMore")
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("auditExport")
        self.close_button = QPushButton(self)
        self._filter_delay = QTimer(self)
        self._filter_delay.setSingleShot(True)
        self._filter_delay.setInterval(FILTER_DELAY_MS)
        self._build_layout()
        self.filter.textChanged.connect(lambda _text: self._filter_delay.start())
        self._filter_delay.timeout.connect(self.reload)
        self.user.currentIndexChanged.connect(lambda _i: self.reload())
        self.more_button.clicked.connect(self.show_more)
        self.export_button.clicked.connect(self.choose_export)
        self.close_button.clicked.connect(self.reject)
        self.find_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self.find_shortcut.activated.connect(self.focus_filter)
        self.export_shortcut = QShortcut(QKeySequence(EXPORT_KEY), self)
        self.export_shortcut.activated.connect(self.choose_export)
        self.resize(980, 560)
        self.retranslate()
        self.reload()

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.filter, 2)
        top.addWidget(self.user, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count)
        bottom.addWidget(self.more_button)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    # Reading.
    def query(self) -> AuditQuery:
        user = self.user.currentData()
        return AuditQuery(user=str(user) if user else "", text=self.filter.text())

    def reload(self) -> None:
        """Read the first page again with the filter and the person chosen."""
        self._filter_delay.stop()
        self._start_read(0)

    def show_more(self) -> None:
        """Read the next page and add it below."""
        if self._page is not None and self.model.rowCount() < self._page.total:
            self._start_read(self.model.rowCount())

    def _start_read(self, offset: int) -> None:
        self._reading += 1
        reading = self._reading
        self.more_button.setEnabled(False)
        self.loading = self._tasks.run_task(
            self,
            self.tr("Reading the audit log"),
            _read,
            self._audit,
            self.scope,
            self.owner_id,
            self.query(),
            offset,
            on_done=lambda found: self._show(reading, offset, *found),
        )

    def _show(
        self, reading: int, offset: int, page: AuditPage, users: list[str], title: str
    ) -> None:
        if self._closed or reading != self._reading:
            return
        self._page = page
        if offset == 0:
            self.model.set_lines(page.lines)
            self._title = title
            self._fill_users(users)
        else:
            self.model.add_lines(page.lines)
        kept = page.kept
        self.notice.setVisible(not kept)
        self.table.setVisible(kept)
        for widget in (self.filter, self.user, self.export_button):
            widget.setEnabled(kept)
        self._show_texts()

    def _fill_users(self, users: list[str]) -> None:
        chosen = self.user.currentData()
        self.user.blockSignals(True)
        self.user.clear()
        self.user.addItem(self.tr("Everyone"), None)
        for name in users:
            self.user.addItem(name, name)
        self.user.setCurrentIndex(max(self.user.findData(chosen), 0) if chosen else 0)
        self.user.blockSignals(False)

    def _show_texts(self) -> None:
        if self._title:
            self.heading.setText(self._heading_text().format(title=self._title))
        else:
            self.heading.setText(self.tr("Audit log"))
        page = self._page
        if page is None or not page.kept:
            self.count.clear()
            self.more_button.hide()
            return
        shown = self.model.rowCount()
        # The plural follows the total: "из 51 изменения", "из 200 изменений".
        self.count.setText(self.tr("{shown} of %n change(s)", "", page.total).format(shown=shown))
        self.more_button.setVisible(shown < page.total)
        self.more_button.setEnabled(shown < page.total)

    def _heading_text(self) -> str:
        if self.scope == "draft":
            return self.tr("Changes to the draft “{title}”, newest first")
        return self.tr("Changes to the workshop “{title}”, newest first")

    def focus_filter(self) -> None:
        self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter.selectAll()

    # Exporting.
    def choose_export(self) -> None:
        if self._page is None or not self._page.kept:
            return
        xlsx, csv = self.tr("Excel workbooks (*.xlsx)"), self.tr("CSV files (*.csv)")
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the audit log"),
            str(Path.home() / "audit log.xlsx"),
            f"{xlsx};;{csv}",
        )
        if path:
            target = Path(path)
            if target.suffix.lower() not in (".xlsx", ".csv"):
                target = target.with_suffix(".csv" if chosen == csv else ".xlsx")
            self.export_to(target)

    def export_to(self, path: Path) -> None:
        """Write every entry the filter matches to `path` on a worker (progress, Cancel)."""
        self.status.clear()
        self.exporting = self._tasks.run_task(
            self,
            self.tr("Exporting the audit log"),
            _export,
            self._audit,
            self.scope,
            self.owner_id,
            path,
            self.query(),
            interface_language(),
            on_done=lambda count: self._exported(count, path),
        )

    def _exported(self, count: int, path: Path) -> None:
        if not self._closed:
            self.status.setText(
                self.tr("%n change(s) written to {path}", "", count).format(path=path)
            )

    def done(self, result: int) -> None:
        self._closed = True
        super().done(result)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Audit log"))
        self.filter.setPlaceholderText(self.tr("Filter: a name, a field, a value (Ctrl+F)"))
        if self.user.count():
            self.user.setItemText(0, self.tr("Everyone"))
        self.notice.setText(
            self.tr(
                "This database is a file on this computer: it keeps no audit log. The log of "
                "who changed what is kept only on a shared server (File → Connect to a server…)."
            )
        )
        self.more_button.setText(self.tr("Show more"))
        self.export_button.setText(self.tr("&Export… (Ctrl+E)"))
        self.export_button.setToolTip(
            self.tr("Every change the filter shows, as an Excel workbook or a CSV file")
        )
        self.close_button.setText(self.tr("Close"))
        self.model.retranslate()
        self._show_texts()
