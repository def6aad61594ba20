"""Who gets no certificate under the attendance rule, and why, in the interface language."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jpoa_desktop.services.certificates import Exclusion


def reason_text(exclusion: Exclusion, rule_percent: int) -> str:
    """Worded from the numbers (the service's reason is English, for the log)."""
    from PySide6.QtCore import QCoreApplication

    if exclusion.cancelled:
        return QCoreApplication.translate("LeftOutDialog", "Registration cancelled")
    return QCoreApplication.translate(
        "LeftOutDialog", "Present on {present} of {days} days; the rule asks for {rule} %"
    ).format(present=exclusion.days_present, days=exclusion.days, rule=rule_percent)


class LeftOutDialog(QDialog):
    def __init__(
        self, left_out: Sequence[Exclusion], rule_percent: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who gets no certificate"))
        intro = QLabel(
            self.tr(
                "%n person(s) did not meet the attendance rule of {rule} %.", "", len(left_out)
            ).format(rule=rule_percent),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(left_out), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Why")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        for row, exclusion in enumerate(left_out):
            self.table.setItem(row, 0, QTableWidgetItem(exclusion.name))
            self.table.setItem(row, 1, QTableWidgetItem(reason_text(exclusion, rule_percent)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(560, 380)
