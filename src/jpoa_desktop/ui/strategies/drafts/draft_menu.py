"""The Strategies screen's draft-wide actions: new, properties, copy, delete, export, import,
coverage, versions and comparing two drafts.

Kept apart from the screen, which edits the items of one draft: these open dialogs and act on
the draft as a whole. The coverage, versions and comparison windows are modeless and follow
the screen: coverage re-reads after every edit or undo and moves to the draft opened next;
versions and comparisons belong to one draft and close when another is opened.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu, QToolButton, QWidget

from jpoa_desktop.ui.audit.entry import AuditLogEntry

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

    from jpoa_desktop.services.container import Services
    from jpoa_desktop.ui.settings.store import SettingsStore
    from jpoa_desktop.ui.strategies.coverage.coverage_dialog import CoverageDialog
    from jpoa_desktop.ui.strategies.versions.compare_dialog import DraftCompareDialog
    from jpoa_desktop.ui.strategies.versions.versions_dialog import VersionsDialog
    from jpoa_desktop.ui.tasks import TaskRunner


class DraftHost(Protocol):
    """What the actions need of the screen."""

    undo_stack: QUndoStack
    tasks: TaskRunner
    settings: SettingsStore | None
    services: Services | None

    def language(self) -> str: ...

    def draft_id(self) -> int | None: ...

    def open_draft(self, draft_id: int | None) -> None: ...

    def select_item(self, item_id: int) -> None: ...


class DraftMenu(QObject):
    """Builds the actions and keeps the modeless windows they open."""

    def __init__(self, host: DraftHost, widget: QWidget) -> None:
        super().__init__(widget)
        self._host, self._widget = host, widget
        self.coverage: CoverageDialog | None = None
        self.versions: VersionsDialog | None = None
        self.compare: DraftCompareDialog | None = None
        shortcut = QKeySequence
        self.new_action = self._action(shortcut("Ctrl+Shift+N"), self.new_draft)
        self.properties_action = self._action(shortcut("Alt+Return"), self.edit_draft)
        self.copy_action = self._action(None, self.copy_draft)
        self.delete_action = self._action(shortcut("Ctrl+Shift+Del"), self.delete_draft)
        self.export_action = self._action(shortcut("Ctrl+E"), self.export_draft)
        self.import_action = self._action(shortcut("Ctrl+I"), self.import_draft)
        self.coverage_action = self._action(shortcut("Ctrl+Shift+C"), self.show_coverage)
        self.versions_action = self._action(shortcut("Ctrl+Shift+V"), self.show_versions)
        self.compare_action = self._action(shortcut("Ctrl+Shift+D"), self.show_compare)
        self.audit = AuditLogEntry(widget, "draft", lambda: (host.services, host.tasks,
                                                             host.draft_id()))  # fmt: skip
        self.menu = QMenu(widget)
        entries = (self.new_action, self.properties_action, self.copy_action,
                   self.delete_action, None, self.import_action, self.export_action, None,
                   self.audit.action)  # fmt: skip
        for action in entries:
            if action is None:
                self.menu.addSeparator()
            else:
                self.menu.addAction(action)
        self.button = QToolButton(widget)
        self.button.setMenu(self.menu)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.retranslate()
        host.undo_stack.indexChanged.connect(lambda _index: self._reload_coverage())

    def _action(self, shortcut: QKeySequence | None, slot: Callable[[], object]) -> QAction:
        action = QAction(self._widget)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self._widget.addAction(action)
        return action

    def retranslate(self) -> None:
        self.button.setText(self.tr("Draft"))
        self.button.setToolTip(self.tr("Create, edit, copy, delete, import or export a draft"))
        self.new_action.setText(self.tr("New draft…"))
        self.properties_action.setText(self.tr("Properties…"))
        self.copy_action.setText(self.tr("Copy draft…"))
        self.delete_action.setText(self.tr("Delete draft…"))
        self.export_action.setText(self.tr("Export…"))
        self.import_action.setText(self.tr("Import an action plan…"))
        self.coverage_action.setText(self.tr("Coverage"))
        self.coverage_action.setToolTip(
            self.tr("What each pillar and area has, and the gaps (Ctrl+Shift+C)")
        )
        self.versions_action.setText(self.tr("Versions"))
        self.versions_action.setToolTip(
            self.tr("Save a version and compare any two (Ctrl+Shift+V)")
        )
        self.compare_action.setText(self.tr("Compare drafts"))
        self.compare_action.setToolTip(
            self.tr("Compare this draft with another one (Ctrl+Shift+D)")
        )

    def update_enabled(self) -> None:
        has_db = self._host.services is not None
        has_draft = has_db and self._host.draft_id() is not None
        self.new_action.setEnabled(has_db)
        self.import_action.setEnabled(has_db)
        for action in (self.properties_action, self.copy_action, self.delete_action,
                       self.export_action, self.coverage_action, self.versions_action,
                       self.compare_action, self.audit.action):  # fmt: skip
            action.setEnabled(has_draft)

    # What the screen tells the windows.
    def draft_opened(self, draft_id: int | None) -> None:
        """Coverage follows the screen to the new draft; versions and comparisons, which
        belong to one draft, close."""
        if self.versions is not None and self.versions.draft_id() != draft_id:
            _dropped(self.versions)
            self.versions = None
        if self.compare is not None and self.compare.draft_id() != draft_id:
            _dropped(self.compare)
            self.compare = None
        if self.coverage is not None:
            if draft_id is None:
                _dropped(self.coverage)
                self.coverage = None
            elif self.coverage.draft_id != draft_id:
                self.coverage.set_draft(draft_id)
        self.update_enabled()

    def close_windows(self) -> None:
        """The database changes: nothing opened on the old one stays."""
        for window in (self.coverage, self.versions, self.compare):
            if window is not None:
                _dropped(window)
        self.coverage = self.versions = self.compare = None
        self.update_enabled()

    def set_language(self, language: str) -> None:
        if self.coverage is not None:
            self.coverage.set_language(language)

    def _reload_coverage(self) -> None:
        if self.coverage is not None and self.coverage.isVisible():
            self.coverage.reload()

    # The actions.
    def _ready(self) -> tuple[Services, int] | None:
        services, draft_id = self._host.services, self._host.draft_id()
        return (services, draft_id) if services is not None and draft_id is not None else None

    def new_draft(self) -> None:
        from jpoa_desktop.ui.strategies.drafts.draft_actions import new_draft

        services = self._host.services
        if services is not None:
            new_draft(self._widget, services, self._host.undo_stack, self._host.language(),
                      self._host.open_draft)  # fmt: skip

    def edit_draft(self) -> None:
        from jpoa_desktop.ui.strategies.drafts.draft_actions import edit_draft

        if ready := self._ready():
            edit_draft(self._widget, ready[0], self._host.undo_stack, ready[1],
                       self._host.language(), self._host.open_draft)  # fmt: skip

    def copy_draft(self) -> None:
        from jpoa_desktop.ui.strategies.drafts.draft_actions import copy_draft

        if ready := self._ready():
            copy_draft(self._widget, ready[0], self._host.undo_stack, ready[1],
                       self._host.language(), self._host.open_draft)  # fmt: skip

    def delete_draft(self) -> None:
        from jpoa_desktop.ui.strategies.drafts.draft_actions import delete_draft

        if ready := self._ready():
            delete_draft(self._widget, ready[0], self._host.undo_stack, ready[1],
                         self._host.language(), self._host.open_draft)  # fmt: skip

    def export_draft(self) -> None:
        from jpoa_desktop.ui.strategies.files.export_flow import export_draft

        if ready := self._ready():
            export_draft(self._widget, ready[0], self._host.tasks, ready[1],
                         self._host.language(), self._host.settings)  # fmt: skip

    def import_draft(self) -> None:
        from jpoa_desktop.ui.strategies.drafts.draft_actions import import_draft

        services = self._host.services
        if services is not None:
            import_draft(self._widget, services, self._host.tasks, self._host.undo_stack,
                         self._host.language(), self._host.open_draft)  # fmt: skip

    def show_coverage(self) -> CoverageDialog | None:
        from jpoa_desktop.ui.strategies.coverage.coverage_dialog import CoverageDialog

        ready = self._ready()
        if ready is None:
            return None
        if self.coverage is None:
            self.coverage = CoverageDialog(ready[0], self._host.tasks, ready[1],
                                           self._host.language(), self._widget)  # fmt: skip
            self.coverage.jump_to.connect(self._host.select_item)
        elif self.coverage.draft_id != ready[1]:
            self.coverage.set_draft(ready[1])
        else:
            self.coverage.reload()
        self._raise(self.coverage)
        return self.coverage

    def show_versions(self) -> VersionsDialog | None:
        from jpoa_desktop.ui.strategies.versions.versions_dialog import VersionsDialog

        ready = self._ready()
        if ready is None:
            return None
        if self.versions is None:
            self.versions = VersionsDialog(ready[0], ready[1],
                                           self._host.language(), self._widget)  # fmt: skip
            self.versions.jump_to.connect(self._host.select_item)
        self._raise(self.versions)
        return self.versions

    def show_compare(self) -> DraftCompareDialog | None:
        from jpoa_desktop.ui.strategies.versions.compare_dialog import DraftCompareDialog

        ready = self._ready()
        if ready is None:
            return None
        if self.compare is None:
            self.compare = DraftCompareDialog(ready[0], ready[1],
                                              self._host.language(), self._widget)  # fmt: skip
            self.compare.jump_to.connect(self._host.select_item)
        self._raise(self.compare)
        return self.compare

    @staticmethod
    def _raise(window: QDialog) -> None:
        window.show()
        window.raise_()
        window.activateWindow()


def _dropped(window: QDialog) -> None:
    """Close a window for good (it is not shown again: a new one is made when asked for)."""
    window.close()
    window.deleteLater()
