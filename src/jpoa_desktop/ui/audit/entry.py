""" "Audit log…" as an action a screen places in its toolbar or menu: it asks its screen, when
triggered, for the open database's services, the task runner and the draft or workshop
chosen, and opens that one's log.

The action says its own words again when the language changes (an action gets no
LanguageChange of its own, so it watches its screen's), which keeps a screen's edit for it
to two lines: make it, and enable it with the screen's other actions.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from jpoa_desktop.services.container import Services
    from jpoa_desktop.services.server.audit import Scope
    from jpoa_desktop.ui.audit.dialog import AuditDialog
    from jpoa_desktop.ui.tasks import TaskRunner

SHORTCUT = "Ctrl+Shift+L"
# The open database's services (None while none is open), the task runner, the chosen id.
AuditSource = Callable[[], "tuple[Services | None, TaskRunner, int | None]"]


class AuditLogEntry(QObject):
    def __init__(self, widget: QWidget, scope: Scope, source: AuditSource) -> None:
        super().__init__(widget)
        self._widget, self._scope, self._source = widget, scope, source
        self.dialog: AuditDialog | None = None
        self.action = QAction(widget)
        self.action.setObjectName(f"{scope}AuditAction")
        self.action.setShortcut(QKeySequence(SHORTCUT))
        self.action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action.triggered.connect(lambda _checked=False: self.open_log())
        widget.addAction(self.action)
        widget.installEventFilter(self)
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def open_log(self) -> AuditDialog | None:
        """The chosen draft's or workshop's log, in a dialog of its own (nothing without one)."""
        from jpoa_desktop.ui.audit.dialog import AuditDialog

        services, tasks, owner_id = self._source()
        if services is None or owner_id is None:
            return None
        dialog = AuditDialog(services.audit, tasks, self._scope, owner_id, self._widget.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.dialog = dialog
        return dialog

    def retranslate(self) -> None:
        self.action.setText(self.tr("Audit log…"))
        if self._scope == "draft":
            tip = self.tr("Who changed what in this draft, and when (Ctrl+Shift+L)")
        else:
            tip = self.tr("Who changed what in this workshop, and when (Ctrl+Shift+L)")
        self.action.setToolTip(tip)
