"""The Library screen: search on top, navigation or results on the left, the page on the right."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from jpoa_desktop.errors import JpoaError
from jpoa_desktop.model.library import TERM, PillarView, SearchHit
from jpoa_desktop.texts.text_folding import query_words
from jpoa_desktop.ui.library import render
from jpoa_desktop.ui.library.glossary_panel import GlossaryPanel
from jpoa_desktop.ui.library.icon import book_icon
from jpoa_desktop.ui.library.navigation import FRAMEWORK_PACK, LibraryTree, NavTarget
from jpoa_desktop.ui.library.reading_pane import ReadingPane
from jpoa_desktop.ui.library.search_box import SearchBox
from jpoa_desktop.ui.library.search_panel import SearchPanel
from jpoa_desktop.ui.retranslating import Retranslating
from jpoa_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:  # SQLAlchemy loads after the first paint, when a database is opened
    from jpoa_desktop.services.container import Services
    from jpoa_desktop.services.library.library import LibraryService
    from jpoa_desktop.services.library.search import SearchService

LIBRARY_DATA = "library"
SEARCH_LIMIT = 50


class LibraryScreen(Retranslating, QWidget):
    screen_id = "library"
    content_changed = Signal(int)  # number of library items shown, after each reload

    def __init__(self, tasks: TaskRunner, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryScreen")
        self._language = language
        self.services: Services | None = None  # the open database's; None while none is
        self._library: LibraryService | None = None
        self._search: SearchService | None = None
        self._pillars: list[PillarView] = []
        self._framework_label = ""
        self._page: NavTarget | None = None
        self._query = ""
        self.search_box = SearchBox(self)
        self.tree = LibraryTree(self)
        self.results = SearchPanel(self)
        self.reader = ReadingPane(self)
        self.glossary = GlossaryPanel(self)
        self.left = QStackedWidget(self)
        self.left.addWidget(self.tree)
        self.left.addWidget(self.results)
        self.right = QStackedWidget(self)
        self.right.addWidget(self.reader)
        self.right.addWidget(self.glossary)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("librarySplitter")
        self.splitter.addWidget(self.left)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([380, 720])
        self.splitter.setChildrenCollapsible(False)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.search_box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 6)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self.tree.target_selected.connect(self.open_target)
        self.reader.item_requested.connect(self.open_item)
        self.glossary.term_opened.connect(self.open_item)
        self.search_box.query_changed.connect(self._run_search)
        self.search_box.submitted.connect(self.results.open_current_or_first)
        self.search_box.down_pressed.connect(self.results.focus_results)
        self.results.hit_selected.connect(self._open_hit)
        self.results.hit_opened.connect(self._open_hit)
        self.results.leave_upwards.connect(self.focus_search)
        tasks.notifier.data_changed.connect(self._on_data_changed)
        self.retranslate()
        self._show_empty()

    # The screen's face in the main window.
    def title(self) -> str:
        return self.tr("Library")

    def icon(self) -> QIcon:
        return book_icon()

    def set_services(self, services: Services | None) -> None:
        self.services = services
        self._library = services.library if services is not None else None
        self._search = services.search if services is not None else None
        self._page = None
        self.reload()

    def set_language(self, language: str) -> None:
        """Show the library content in `language`; the search text and open page are kept."""
        self._language = language
        self.reload()

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def search_now(self, text: str) -> None:
        """Put `text` in the search box and search at once (used by --screenshot)."""
        self.search_box.setText(text)
        self.search_box.flush()

    def reload(self) -> None:
        """Re-read everything shown from the database, in the current language."""
        library = self._library
        if library is None or not library.is_loaded():
            self.tree.clear()
            self.glossary.set_entries([], self._language)
            self._show_empty()
            self.content_changed.emit(0)
            return
        sections = library.sections(self._language)
        self._pillars = library.pillars(self._language)
        self._framework_label = library.framework_label(self._language)
        self.tree.populate(sections, self._pillars)
        self.glossary.set_entries(library.glossary(self._language), self._language)
        count = sum(len(s.items) for s in sections if s.pack != FRAMEWORK_PACK)
        self.content_changed.emit(count + sum(len(p.areas) for p in self._pillars))
        if self._page is not None:
            self.open_target(self._page)
        elif self.tree.topLevelItemCount():
            first = self.tree.topLevelItem(0)
            if first is not None and first.childCount():
                child = first.child(0)
                if child is not None:
                    self.tree.setCurrentItem(child)  # opens it through target_selected
        self._run_search(self._query)

    # Opening pages.
    def open_target(self, target: NavTarget) -> None:
        library = self._library
        if library is None:
            return
        self._page = target
        if target.what == "glossary":
            self.right.setCurrentWidget(self.glossary)
            return
        self.right.setCurrentWidget(self.reader)
        if target.what == "section":
            section = next(s for s in library.sections(self._language) if s.pack == target.pack)
            self.reader.show_page(render.section_page(section))
            return
        pillar = next((p for p in self._pillars if p.id == target.item_id), None)
        if pillar is not None and target.pack == FRAMEWORK_PACK:
            self.reader.show_page(render.framework_pillar_page(pillar, self._framework_label))
            return
        try:
            item = library.item(target.item_id, self._language)
        except JpoaError:  # the item went away (a framework was replaced)
            self._page = None
            self.reader.show_page(
                render.message_page(self.tr("This item is no longer in the library"), "")
            )
            return
        names = None
        if item.kind == TERM:
            entry = next((e for e in library.glossary(self._language) if e.id == item.id), None)
            names = entry.terms if entry is not None else None
        self.reader.show_page(render.item_page(item, self._language, self._framework_label, names))

    def open_item(self, item_id: int) -> None:
        """Open an item from a link or a result, and show where it sits in the tree."""
        self.tree.select_item(item_id)
        current = self.tree.current_target()
        if current is not None and current.item_id == item_id:
            self.open_target(current)
        else:
            self.open_target(NavTarget("item", "", item_id))

    def _open_hit(self, hit: SearchHit) -> None:
        self.open_item(hit.id)

    # Searching.
    def _run_search(self, query: str) -> None:
        self._query = query
        if not query_words(query).words or self._search is None:  # spaces, "?": nothing yet
            self.results.show_hits("", [])
            self.left.setCurrentWidget(self.tree)
            return
        hits = self._search.search(query, self._language, limit=SEARCH_LIMIT)
        self.results.show_hits(query, hits, SEARCH_LIMIT)
        self.left.setCurrentWidget(self.results)

    # Reacting to the rest of the app.
    def _on_data_changed(self, kinds: frozenset[str]) -> None:
        if LIBRARY_DATA in kinds:
            self.reload()

    def _show_empty(self) -> None:
        self.right.setCurrentWidget(self.reader)
        if self._library is None:
            title, text = self.tr("No database is open"), self.tr("Open or create a database.")
        else:
            title = self.tr("The library is empty")
            text = self.tr("The library texts are being loaded into this database…")
        self.reader.show_page(render.message_page(title, text))

    def retranslate(self) -> None:
        self.search_box.setPlaceholderText(self.tr("Search the library…"))
        self.search_box.setToolTip(
            self.tr("Type to search; Enter opens the first result, Esc clears (Ctrl+F)")
        )
