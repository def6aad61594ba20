"""What hangs on the selected item, under its form: a measure's indicators, budget lines and
pillar/area mapping, and any item's comments, one tab each with its count in the title.

Every pane hands its edits here: the edit is written first (a refused value is shown and
nothing is pushed), then pushed on the screen's undo stack. Each command calls the screen's
`changed(item_id)` after it runs, which re-reads the draft and brings the item back here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QTabWidget, QWidget

from jpoa_desktop.errors import JpoaError
from jpoa_desktop.model.strategies import DraftView, MeasureView
from jpoa_desktop.ui.messages import describe, show_error
from jpoa_desktop.ui.strategies.details.budget_pane import BudgetPane
from jpoa_desktop.ui.strategies.details.comments_pane import CommentsPane
from jpoa_desktop.ui.strategies.details.detail_commands import (
    Changed,
    DetailCommand,
    DetailContext,
    find_item,
)
from jpoa_desktop.ui.strategies.details.indicators_pane import IndicatorsPane
from jpoa_desktop.ui.strategies.details.mapping_pane import MappingPane

if TYPE_CHECKING:
    from jpoa_desktop.services.container import Services
    from jpoa_desktop.services.strategies.strategies import StrategyService
    from jpoa_desktop.services.strategies.strategy_coverage import CoverageService


class DetailsTabs(QTabWidget):
    """`author_changed(name)`: the comment author to remember (see `CommentsPane`)."""

    author_changed = Signal(str)

    def __init__(
        self,
        stack: QUndoStack,
        changed: Changed,
        before_edit: Callable[[], None],
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("strategyDetails")
        self.setDocumentMode(True)
        self._stack = stack
        self._changed = changed
        self._before_edit = before_edit
        self._language = language
        self._service: StrategyService | None = None
        self._coverage: CoverageService | None = None
        self._draft: DraftView | None = None
        self._item_id: int | None = None
        self._chosen = 0  # the tab last chosen for a measure
        self._loading = False
        self.indicators = IndicatorsPane(self.submit, self)
        self.budget = BudgetPane(self.submit, self)
        self.mapping = MappingPane(self.submit, self)
        self.comments = CommentsPane(self.submit, self)
        for pane in (self.indicators, self.budget, self.mapping, self.comments):
            self.addTab(pane, "")
        self.comments.author_changed.connect(self.author_changed)
        self.currentChanged.connect(self._remember_tab)
        self.retranslate()
        self.load(None, None)

    # What the screen tells it.
    def set_services(self, services: Services | None) -> None:
        self._service = services.strategies if services is not None else None
        self._coverage = services.coverage if services is not None else None
        self._draft = None

    def set_language(self, language: str) -> None:
        self._language = language

    def retranslate(self) -> None:
        for pane in (self.indicators, self.budget, self.mapping, self.comments):
            pane.retranslate()
        self._show_titles()

    def load(self, draft: DraftView | None, item_id: int | None) -> None:
        """Show what hangs on item `item_id` of `draft` (None: nothing chosen)."""
        self._draft, self._item_id = draft, item_id
        item = find_item(draft, item_id)
        measure = item if isinstance(item, MeasureView) else None
        context = (
            DetailContext(self._service, draft.id, self._changed, lambda: self._draft)
            if self._service is not None and draft is not None and item is not None
            else None
        )
        self.budget.language = self.comments.language = self._language
        self.budget.country = draft.summary.country if draft is not None else ""
        self.indicators.load(context, measure)
        self.budget.load(context, measure)
        pillars = self._coverage.pillars(self._language) if measure and self._coverage else []
        self.mapping.load(context, measure, pillars)
        self.comments.load(context, item.uuid if item else None, item.comments if item else ())
        self._loading = True
        for index in range(3):
            self.setTabVisible(index, measure is not None)
        self.setCurrentIndex(self._chosen if measure is not None else self.indexOf(self.comments))
        self._loading = False
        self._show_titles()

    def _remember_tab(self, index: int) -> None:
        if not self._loading and self.isTabVisible(0) and index >= 0:
            self._chosen = index

    def _show_titles(self) -> None:
        item = find_item(self._draft, self._item_id)
        measure = item if isinstance(item, MeasureView) else None
        counts = (
            len(measure.indicators) if measure else 0,
            len(measure.budget) if measure else 0,
            len(measure.mapping) if measure else 0,
            len(item.comments) if item else 0,
        )
        titles = (self.tr("&Indicators ({n})"), self.tr("&Budget ({n})"),
                  self.tr("&Mapping ({n})"), self.tr("&Comments ({n})"))  # fmt: skip
        for index, (title, count) in enumerate(zip(titles, counts, strict=True)):
            self.setTabText(index, title.format(n=count))

    # Edits from the panes.
    def submit(self, command: DetailCommand) -> bool:
        """Write the edit, then make it undoable; a refusal is shown and nothing is kept."""
        self._before_edit()  # typing waiting in the item form is saved first, in order
        try:
            command.write()
        except JpoaError as error:
            show_error(self, self.tr("Strategies"), describe(error))
            return False
        self._stack.push(command)
        return True
