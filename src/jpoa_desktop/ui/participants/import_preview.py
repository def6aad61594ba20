"""The import preview: every row of the file with what will happen to it, problems in red.

A row is a new person, a link to someone already in the directory (the service matched the
e-mail, or the name with the patronymic or organisation), the same person as an earlier row of
the file, or a problem with the service's own message (`row 14, column "E-mail": …`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from jpoa_desktop.ui.messages import describe

if TYPE_CHECKING:
    from jpoa_desktop.services.participant_import import ImportPlan

COLUMNS = ("row", "outcome", "family_name", "given_name", "patronymic", "organisation", "email")
PROBLEM_BACKGROUND = QColor("#fde2df")
PROBLEM_TEXT = QColor("#8e1b12")
AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class PreviewLine:
    row: int
    outcome: str  # "new", "linked", "same", "problem"
    cells: tuple[str, ...]  # family, given, patronymic, organisation, e-mail
    message: str = ""
    same_as: int = 0  # the earlier row of the same new person


def preview_lines(plan: ImportPlan) -> list[PreviewLine]:
    """The plan's rows and problems in the file's order."""
    lines = []
    for planned in plan.rows:
        person = planned.person
        cells = (
            person.family_name,
            person.given_name,
            person.patronymic,
            person.organisation,
            person.email,
        )
        match = planned.match_id
        if match is None:
            lines.append(PreviewLine(planned.row, "new", cells))
        elif match < 0:
            lines.append(PreviewLine(planned.row, "same", cells, same_as=-match))
        else:
            lines.append(PreviewLine(planned.row, "linked", cells))
    for problem in plan.problems:
        lines.append(PreviewLine(problem.row, "problem", ("",) * 5, describe(problem.error)))
    lines.sort(key=lambda line: line.row)
    return lines


class PreviewModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[PreviewLine] = []
        self._lines: list[PreviewLine] = []
        self.only_problems = False
        self.skipping = False

    def set_plan(self, plan: ImportPlan | None) -> None:
        self._all = preview_lines(plan) if plan is not None else []
        self._refilter()

    def show_only_problems(self, only: bool) -> None:
        self.only_problems = only
        self._refilter()

    def set_skipping(self, skipping: bool) -> None:
        """Problem rows read "skipped" when the user chose to skip them."""
        self.skipping = skipping
        if self._lines:
            column = COLUMNS.index("outcome")
            bottom = self.index(len(self._lines) - 1, column)
            self.dataChanged.emit(self.index(0, column), bottom)

    def line(self, row: int) -> PreviewLine:
        return self._lines[row]

    def _refilter(self) -> None:
        self.beginResetModel()
        only = self.only_problems
        self._lines = [line for line in self._all if not only or line.outcome == "problem"]
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line, column = self._lines[index.row()], COLUMNS[index.column()]
        problem = line.outcome == "problem"
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(line, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return line.message if problem else self._text(line, column) or None
        if role == Qt.ItemDataRole.BackgroundRole and problem:
            return QBrush(PROBLEM_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and problem:
            return QBrush(PROBLEM_TEXT)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "row":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, line: PreviewLine, column: str) -> str:
        if column == "row":
            return str(line.row)
        if column == "outcome":
            return self._outcome(line)
        if line.outcome == "problem":
            # The message takes the row's cells: the service keeps no values of a bad row.
            return line.message if column == "family_name" else ""
        return line.cells[COLUMNS.index(column) - 2]

    def _outcome(self, line: PreviewLine) -> str:
        translate = QCoreApplication.translate
        if line.outcome == "new":
            return translate("ImportPreview", "New person")
        if line.outcome == "linked":
            return translate("ImportPreview", "Already in the directory")
        if line.outcome == "same":
            return translate("ImportPreview", "Same as row {row}").format(row=line.same_as)
        if self.skipping:
            return translate("ImportPreview", "Skipped")
        return translate("ImportPreview", "Problem")

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            translate = QCoreApplication.translate
            labels = {
                "row": translate("ImportPreview", "Row"),
                "outcome": translate("ImportPreview", "What happens"),
                "family_name": translate("ImportPreview", "Family name"),
                "given_name": translate("ImportPreview", "Given name"),
                "patronymic": translate("ImportPreview", "Patronymic"),
                "organisation": translate("ImportPreview", "Organisation"),
                "email": translate("ImportPreview", "E-mail"),
            }
            return labels[COLUMNS[section]] if 0 <= section < len(COLUMNS) else None
        return super().headerData(section, orientation, role)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._lines:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._lines) - 1, len(COLUMNS) - 1)
            )
