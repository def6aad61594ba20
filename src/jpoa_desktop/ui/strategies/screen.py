"""The Strategies screen: the drafts, one draft's tree, and the selected item's form with its
details (indicators, budget, mapping, comments) in tabs below; the Draft menu and the coverage,
versions and comparison windows are in `draft_menu.py`.

Every edit is written at once (autosave, one transaction each) and pushed on one undo stack for
the whole draft (Ctrl+Z / Ctrl+Shift+Z). Opening a draft of 200 measures, or re-reading it after
an edit, takes under 65 ms at the 95th percentile (benchmarks/strategies.py), so the screen
reads on the UI thread, as the check-in door does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from jpoa_desktop.model.strategies import DraftView
from jpoa_desktop.ui.strategies.conflict_dialog import example_dialog
from jpoa_desktop.ui.strategies.details.details_tabs import DetailsTabs
from jpoa_desktop.ui.strategies.details.item_form import ItemForm
from jpoa_desktop.ui.strategies.drafts.draft_menu import DraftMenu
from jpoa_desktop.ui.strategies.icon import strategy_icon
from jpoa_desktop.ui.strategies.item_edits import ItemEdits
from jpoa_desktop.ui.strategies.labels import draft_kind_label, draft_status_label
from jpoa_desktop.ui.strategies.tree import DraftTree
from jpoa_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from jpoa_desktop.services.container import Services
    from jpoa_desktop.services.strategies.strategies import StrategyService
    from jpoa_desktop.ui.settings.store import SettingsStore

ID_ROLE = Qt.ItemDataRole.UserRole


class StrategiesScreen(QWidget):
    screen_id = "strategies"

    def __init__(self, tasks: TaskRunner, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("strategiesScreen")
        self.tasks = tasks
        self.settings: SettingsStore | None = None  # set by the main window
        self._language = language
        self.services: Services | None = None  # the open database's; None while none is
        self._service: StrategyService | None = None
        self._draft: DraftView | None = None
        self.undo_stack = QUndoStack(self)
        self.drafts = QListWidget(self)
        self.drafts.setObjectName("draftList")
        self.drafts.setWordWrap(True)
        self.drafts.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree = DraftTree(self)
        self.form = ItemForm(self)
        self.details = DetailsTabs(
            self.undo_stack, self.refresh_details, self.form.save, language, self
        )
        self.edits = ItemEdits(self, self)
        self.find_box = QLineEdit(self)
        self.find_box.setClearButtonEnabled(True)
        self.found = QLabel(self)
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.add_action = self._action(QKeySequence(Qt.Key.Key_Insert), self.add_below)
        self.add_sibling_action = self._action(QKeySequence("Shift+Ins"), self.add_sibling)
        delete_key = QKeySequence(QKeySequence.StandardKey.Delete)
        self.delete_action = self._action(delete_key, self.delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.tree.addAction(self.delete_action)
        self.undo_action = self._action(QKeySequence(QKeySequence.StandardKey.Undo), self.undo)
        self.redo_action = self._action(QKeySequence(QKeySequence.StandardKey.Redo), self.redo)
        self.find_action = self._action(QKeySequence(QKeySequence.StandardKey.FindNext),
                                        self.find_next)  # fmt: skip
        self.menu = DraftMenu(self, self)
        self.toolbar.addWidget(self.menu.button)
        self.toolbar.addSeparator()
        for action in (self.add_action, self.add_sibling_action, self.delete_action, None,
                       self.undo_action, self.redo_action, None, self.menu.coverage_action,
                       self.menu.versions_action, self.menu.compare_action):  # fmt: skip
            if action is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(action)
        self.addAction(self.find_action)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self._build_layout()
        self.drafts.currentItemChanged.connect(lambda *_: self._open_selected_draft())
        self.tree.selection_moved.connect(self._show_item)
        self.tree.move_requested.connect(self.edits.move_item)
        self.form.edited.connect(self.edits.save_item)
        self.find_box.returnPressed.connect(self.find_next)
        self.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        tasks.notifier.data_changed.connect(self._on_data_changed)
        self.retranslate()
        self._update_actions()

    def _action(self, shortcut: QKeySequence, slot: object) -> QAction:
        action = QAction(self)
        action.setShortcut(shortcut)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        assert callable(slot)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_layout(self) -> None:
        middle = QWidget(self)
        column = QVBoxLayout(middle)
        column.setContentsMargins(0, 0, 0, 0)
        find_row = QHBoxLayout()
        find_row.addWidget(self.find_box, 1)
        find_row.addWidget(self.found)
        column.addWidget(self.heading)
        column.addLayout(find_row)
        column.addWidget(self.tree, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.drafts)
        self.splitter.addWidget(middle)
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.setChildrenCollapsible(False)
        right.addWidget(self.form)
        right.addWidget(self.details)
        right.setSizes([330, 370])
        self.splitter.addWidget(right)
        self.splitter.setSizes([200, 470, 590])  # the details' four tabs fit side by side
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)

    def title(self) -> str:
        return self.tr("Strategies")

    def icon(self) -> QIcon:
        return strategy_icon()

    def retranslate(self) -> None:
        self.add_action.setText(self.tr("Add below"))
        self.add_action.setToolTip(self.tr("Add an item under the selected one (Ins)"))
        self.add_sibling_action.setText(self.tr("Add after"))
        self.add_sibling_action.setToolTip(
            self.tr("Add an item after the selected one (Shift+Ins)")
        )
        self.delete_action.setText(self.tr("Delete"))
        self.undo_action.setText(self.tr("Undo"))
        self.redo_action.setText(self.tr("Redo"))
        self.find_box.setPlaceholderText(self.tr("Find in this draft (Enter, F3 for the next)"))
        self.form.retranslate()
        self.details.retranslate()
        self.menu.retranslate()
        self._show_heading()

    # What the main window tells every screen.
    def set_services(self, services: Services | None) -> None:
        """The open database's services (None: no database is open)."""
        self.form.save()
        self.menu.close_windows()
        self.services = services
        self._service = services.strategies if services is not None else None
        self.details.set_services(services)
        self.undo_stack.clear()  # an undo must never reach into another database
        self.reload()

    def set_language(self, language: str) -> None:
        self._language = language
        self.details.set_language(language)
        self.menu.set_language(language)
        self.reload()

    def focus_search(self) -> None:
        self.find_box.setFocus()
        self.find_box.selectAll()

    def use_settings(self, settings: SettingsStore) -> None:
        """Keep the export folder and the comments' author between runs in `settings`."""
        self.settings = settings
        if settings.comment_author:
            self.details.comments.set_author(settings.comment_author)

        def remember(author: str) -> None:
            settings.comment_author = author

        self.details.comments.author_changed.connect(remember)

    # What the draft menu (DraftHost) and the edits (EditHost) need.
    def service(self) -> StrategyService | None:
        return self._service

    def draft(self) -> DraftView | None:
        return self._draft

    def language(self) -> str:
        return self._language

    def open_draft(self, draft_id: int | None) -> None:
        """Show this draft (after a new, copied or imported one; None: the open one is gone),
        keeping the undo stack: this is called from inside its commands."""
        self.form.save()
        self.reload(select=draft_id)

    def select_item(self, item_id: int) -> None:
        """Jump to an item another window names (a gap, a changed measure)."""
        if self.tree.select_id(item_id):
            self.tree.setFocus()
            self.window().activateWindow()

    def reload(self, select: int | None = None) -> None:
        """Re-read the drafts list (keeping the one open, or opening `select`) and the open
        draft."""
        if self._service is not None:
            names = self._service.partner_names
            self.form.partners.set_partners(names(self._language), names("en"), names("ru"))
        chosen = select if select is not None else self.draft_id()
        self.drafts.blockSignals(True)
        self.drafts.clear()
        for summary in self._service.drafts(self._language) if self._service else []:
            period = "–".join(str(y) for y in (summary.start_year, summary.end_year) if y)
            text = f"{summary.country} · {summary.title}"
            item = QListWidgetItem(text, self.drafts)
            item.setData(ID_ROLE, summary.id)
            item.setToolTip(
                " · ".join(p for p in (draft_kind_label(summary.kind), period,
                                       draft_status_label(summary.status),
                                       self.tr("%n measure(s)", "", summary.measures)) if p)
            )  # fmt: skip
            if summary.id == chosen:
                self.drafts.setCurrentItem(item)
        if self.drafts.currentItem() is None and self.drafts.count():
            self.drafts.setCurrentRow(0)
        self.drafts.blockSignals(False)
        self._open_selected_draft(keep_undo=True)

    def _on_data_changed(self, kinds: frozenset[str]) -> None:
        """Drafts written elsewhere (an imported package): the list and the open draft again."""
        if "strategies" in kinds:
            self.reload()

    def draft_id(self) -> int | None:
        item = self.drafts.currentItem()
        return int(item.data(ID_ROLE)) if item is not None else None

    def _open_selected_draft(self, keep_undo: bool = False) -> None:
        self.form.save()
        draft_id = self.draft_id()
        if not keep_undo and (self._draft is None or self._draft.id != draft_id):
            self.undo_stack.clear()
        self._draft = (
            self._service.draft(draft_id, self._language)
            if self._service is not None and draft_id is not None
            else None
        )
        self.tree.fill(self._draft)
        self._show_heading()
        self._update_actions()
        self.menu.draft_opened(self._draft.id if self._draft is not None else None)

    def refresh(self, select: int | None = None) -> None:
        """Re-read the open draft after an edit or an undo, selecting `select`."""
        if self._service is None or self._draft is None:
            return
        self._draft = self._service.draft(self._draft.id, self._language)
        self.tree.fill(self._draft, select)
        if select is not None:
            self.tree.select_id(select)
        self._show_heading()
        self._update_actions()

    def refresh_details(self, item_id: int | None) -> None:
        """After an edit of a measure's details or an item's comments, or its undo: the tree's
        shape and labels are as they were, so the draft is re-read and the item's details
        shown (selecting the item if the user is elsewhere), without rebuilding the tree."""
        if self._service is None or self._draft is None:
            return
        self._draft = self._service.draft(self._draft.id, self._language)
        if item_id is None or self.tree.current_id() == item_id:
            self.details.load(self._draft, item_id)
        elif not self.tree.select_id(item_id):
            self.refresh(item_id)
        self._show_heading()
        self._update_actions()

    def _show_heading(self) -> None:
        draft = self._draft
        if draft is None:
            self.heading.setText(self.tr("No strategy or action plan yet."))
            return
        summary = draft.summary
        period = "–".join(str(y) for y in (summary.start_year, summary.end_year) if y)
        parts = [draft_kind_label(summary.kind), summary.country, period,
                 draft_status_label(summary.status),
                 self.tr("%n measure(s)", "", len(draft.measures()))]  # fmt: skip
        self.heading.setText(f"<b>{summary.title}</b><br>" + " · ".join(p for p in parts if p))

    def _show_item(self, item_id: int | None) -> None:
        if self._service is None or item_id is None or self._draft is None:
            self.form.load(None, "", self._draft.summary.languages if self._draft else ("en",))
        else:
            kind = self.tree.current_kind() or ""
            item = self.edits.load(item_id, self._service)  # remembers the version read
            self.form.load(item, kind, self._draft.summary.languages)
        self.details.load(self._draft, item_id)
        self._update_actions()

    def _update_actions(self) -> None:
        has_draft = self._draft is not None
        kind = self.tree.current_kind()
        self.add_action.setEnabled(has_draft and kind != "measure")
        self.add_sibling_action.setEnabled(has_draft)
        self.delete_action.setEnabled(kind is not None)
        self.undo_action.setEnabled(self.undo_stack.canUndo())
        self.redo_action.setEnabled(self.undo_stack.canRedo())

    # Edits, each one undoable (`item_edits.py`).
    def add_below(self) -> None:
        self.edits.add_below()

    def add_sibling(self) -> None:
        self.edits.add_sibling()

    def delete(self) -> None:
        self.edits.delete()

    def undo(self) -> None:
        self.form.save()
        self.undo_stack.undo()

    def redo(self) -> None:
        self.form.save()
        self.undo_stack.redo()

    # Find in draft.
    def find_next(self) -> None:
        """Enter or F3: the next item whose text contains what was typed, in any language."""
        if self._service is None or self._draft is None:
            return
        found = self._service.find(self._draft.id, self.find_box.text())
        if not found:
            self.found.setText(self.tr("Not found"))
            return
        current = self.tree.current_id()
        after = [i for i in found if current is None or found.index(i) > (
            found.index(current) if current in found else -1)]  # fmt: skip
        target = after[0] if after else found[0]
        self.tree.select_id(target)
        self.found.setText(
            self.tr("{n} of {total}").format(n=found.index(target) + 1, total=len(found))
        )

    def prepare_screenshot(self, window: str) -> QWidget | None:
        """The first draft open on a measure with indicators and budget; for "coverage" or
        "versions", that window opened over the screen (returned, for the picture)."""
        if self._draft is None:
            return None
        measures = self._draft.measures()
        shown = next((m for m in measures if m.indicators and m.budget), None)
        if shown is not None:
            self.tree.select_id(shown.id)
        if window == "coverage":
            coverage = self.menu.show_coverage()
            if coverage is not None:
                coverage.resize(1100, 700)
            return coverage
        if window == "versions":
            return self.menu.show_versions()
        if window == "conflict" and shown is not None:
            text = shown.texts.get(self._language) or next(iter(shown.texts.values()), "")
            return example_dialog(shown.id, text, self._language, self)
        return None
