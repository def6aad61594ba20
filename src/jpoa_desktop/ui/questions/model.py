"""The bank's questions as a table: where each belongs, its kind, its text in the interface
language, the right answer and the tags. A retired question (shown when asked) is greyed."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from jpoa_desktop.ui.questions.labels import aspect_label, column_label, kind_label, where_label
from jpoa_desktop.ui.widgets.rows_model import AnyIndex, RowsModel

if TYPE_CHECKING:
    from jpoa_desktop.services.evaluation.bank import QuestionBankService, QuestionFilter
    from jpoa_desktop.services.evaluation.question_rules import QuestionView

COLUMNS = ("where", "kind", "text", "correct", "tags")
RETIRED = QColor("#8a8a8a")


class QuestionsModel(RowsModel["QuestionView"]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(COLUMNS, column_label, "correct", parent)
        self._service: QuestionBankService | None = None
        self._filter: QuestionFilter | None = None
        self.language = "en"

    def set_service(self, service: QuestionBankService | None) -> None:
        self._service = service
        self.reload()

    def set_filter(self, wanted: QuestionFilter) -> None:
        self._filter = wanted
        self.reload()

    def is_sortable(self, column: int) -> bool:
        return False  # the bank's own order: pillar, area, then the order added

    def reload(self) -> None:
        self.beginResetModel()
        service = self._service
        self._rows = service.questions(self._filter) if service is not None else []
        self.endResetModel()

    def cell(self, row: QuestionView, column: str, role: int) -> Any:
        if column == "where":  # a test's pillar or area, an evaluation question's aspect
            return (
                aspect_label(row.aspect)
                if row.purpose == "evaluation"
                else where_label(row.item_key)
            )
        if column == "kind":
            return kind_label(row.kind)
        if column == "text":
            return row.text(self.language)
        if column == "correct":
            return row.correct
        return ", ".join(row.tags)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        question = self.row_at(index.row()) if index.isValid() else None
        if role == Qt.ItemDataRole.ForegroundRole and question is not None and question.retired:
            return RETIRED
        return super().data(index, role)
