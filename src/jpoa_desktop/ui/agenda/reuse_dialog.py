"""“Insert from another workshop…”: pick a workshop, tick a day or single sessions, and the day
of this workshop they go into. The dialog only chooses; the editor inserts (undoably)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jpoa_desktop.model.agenda import DayView
from jpoa_desktop.services.workshops.agenda import AgendaService, AgendaSource
from jpoa_desktop.ui.agenda.labels import day_label, kind_label

SESSION_ROLE = Qt.ItemDataRole.UserRole + 1


class ReuseDialog(QDialog):
    def __init__(
        self,
        service: AgendaService,
        workshop_id: int,
        days: tuple[DayView, ...],
        target_day: date | None,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("agendaReuseDialog")
        self._service, self._language = service, language
        self.setWindowTitle(self.tr("Insert sessions from another workshop"))
        self.sources: list[AgendaSource] = service.sources(language, workshop_id)
        self.source_combo = QComboBox(self)
        for source in self.sources:
            self.source_combo.addItem(
                f"{source.start:%Y-%m-%d}  {source.title}", source.workshop_id
            )
        self.source_combo.currentIndexChanged.connect(self._show_source)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Session"), self.tr("Kind")])
        self.tree.setColumnWidth(0, 420)
        self.tree.itemChanged.connect(self._tick_children)
        self.target_combo = QComboBox(self)
        for day in days:
            self.target_combo.addItem(day_label(day.day, day.number, language), day.day.isoformat())
            if day.day == target_day:
                self.target_combo.setCurrentIndex(self.target_combo.count() - 1)
        self.hint = QLabel(
            self.tr(
                "Tick a whole day or single sessions. Times are kept; speakers stay only when "
                "they are registered here as speakers."
            ),
            self,
        )
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Insert"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("From workshop:"), self.source_combo)
        form.addRow(self.tr("Into day:"), self.target_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.resize(720, 520)
        if not self.sources:
            self.hint.setText(self.tr("No other workshop has an agenda yet."))
            ok.setEnabled(False)
        self._show_source()

    def _show_source(self) -> None:
        self.tree.clear()
        workshop_id = self.source_combo.currentData()
        if workshop_id is None:
            return
        agenda = self._service.agenda(int(workshop_id), self._language)
        self.tree.blockSignals(True)
        for day in agenda.days:
            if not day.sessions:
                continue
            day_item = QTreeWidgetItem(self.tree, [day_label(day.day, day.number, self._language)])
            day_item.setFlags(day_item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            day_item.setCheckState(0, Qt.CheckState.Unchecked)
            for item in day.sessions:
                text = f"{item.start:%H:%M}–{item.end:%H:%M}  {item.title}"
                child = QTreeWidgetItem(day_item, [text, kind_label(item.kind)])
                child.setData(0, SESSION_ROLE, item.id)
                child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                child.setCheckState(0, Qt.CheckState.Unchecked)
            day_item.setExpanded(True)
        self.tree.blockSignals(False)

    def _tick_children(self, item: QTreeWidgetItem, column: int) -> None:
        """Ticking a day ticks all its sessions."""
        if item.parent() is not None or column != 0:
            return
        self.tree.blockSignals(True)
        for row in range(item.childCount()):
            child = item.child(row)
            if child is not None:
                child.setCheckState(0, item.checkState(0))
        self.tree.blockSignals(False)

    def chosen_sessions(self) -> list[int]:
        """Ticked sessions, in the source's order."""
        chosen = []
        for day_row in range(self.tree.topLevelItemCount()):
            day_item = self.tree.topLevelItem(day_row)
            for row in range(day_item.childCount() if day_item is not None else 0):
                child = day_item.child(row) if day_item is not None else None
                if child is not None and child.checkState(0) == Qt.CheckState.Checked:
                    chosen.append(int(child.data(0, SESSION_ROLE)))
        return chosen

    def target_day(self) -> date | None:
        day = self.target_combo.currentData()
        return date.fromisoformat(day) if isinstance(day, str) else None
