"""The Workshops screen as its actions see it: the selected workshop, the services, the undo stack.

`WorkshopsScreen` (screen.py) is the one subclass: it builds the widgets and the actions
(actions.py). The actions work on this base, so they never import the screen that imports them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QTableView

    from jpoa_desktop.errors import JpoaError
    from jpoa_desktop.model.workshops import WorkshopDetail
    from jpoa_desktop.services.container import Services
    from jpoa_desktop.services.workshops.workshops import WorkshopService
    from jpoa_desktop.ui.tasks import TaskRunner
    from jpoa_desktop.ui.workshops.commands import Context
    from jpoa_desktop.ui.workshops.filter_bar import FilterBar


class WorkshopPage(QWidget):
    workshop_selected = Signal(object)  # the selected workshop's id, or None (for the agenda)
    handouts_requested = Signal(int)  # the workshop's id

    tasks: TaskRunner
    language: str
    services: Services | None  # None while no database is open
    service: WorkshopService | None
    detail: WorkshopDetail | None  # the selected workshop
    undo_stack: QUndoStack
    table: QTableView
    filters: FilterBar

    def context(self) -> Context:
        """What an undoable command needs (only while a database is open)."""
        raise NotImplementedError

    def after_change(self, select: int | None) -> None:
        """Refresh after a write or an undo, selecting `select`, and tell the other screens."""
        raise NotImplementedError

    def show_error(self, error: JpoaError) -> None:
        raise NotImplementedError

    def selected_id(self) -> int | None:
        raise NotImplementedError

    def select_workshop(self, workshop_id: int | None) -> bool:
        """Select it in the list; False when the filters hide it."""
        raise NotImplementedError
