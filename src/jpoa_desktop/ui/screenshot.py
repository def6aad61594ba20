"""`--screenshot`: the main window at a fixed size, with a page and a search, saved as PNG."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from jpoa_desktop.errors import JpoaError
from jpoa_desktop.services.content import ContentService
from jpoa_desktop.services.database import open_database
from jpoa_desktop.services.library import LibraryService
from jpoa_desktop.ui.library.navigation import NavTarget
from jpoa_desktop.ui.main_window import MainWindow

SIZE = (1280, 800)
QUERY = {"en": "terror", "ru": "террор"}


def take_screenshot(window: MainWindow, target: str, screen: str, out: Path) -> int:
    """Open `target` (loading the library when empty), show `screen`, save the window to `out`."""
    try:
        db = open_database(target)
        if not LibraryService(db.session_scope).is_loaded():
            ContentService(db.session_scope).load_builtin()
    except JpoaError as error:
        print(f"jpoa-desktop: {error}", file=sys.stderr)
        return 2
    window.databases.set_database(db)
    window.show_screen(screen)
    window.resize(*SIZE)
    window.show()
    language = window.translations.language
    library = LibraryService(db.session_scope)
    pillars = library.pillars(language)
    if pillars:
        window.library.tree.select_target(NavTarget("item", "pillars", pillars[0].id), notify=True)
    window.library.search_now(QUERY.get(language, QUERY["en"]))
    for _ in range(5):
        QCoreApplication.processEvents()
    out.parent.mkdir(parents=True, exist_ok=True)
    saved = window.grab().save(str(out))
    window.close()
    return 0 if saved else 1
