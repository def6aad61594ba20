"""`--screenshot`: the main window at a fixed size, showing a page (and a search), saved as PNG."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QWidget

from jpoa_desktop.errors import JpoaError
from jpoa_desktop.services.container import Services
from jpoa_desktop.services.database import open_database
from jpoa_desktop.ui.library.navigation import FRAMEWORK_PACK, NavTarget
from jpoa_desktop.ui.main_window import MainWindow

SIZE = (1280, 800)
MAIN_SCREEN = {"agenda": "workshops", "coverage": "strategies", "versions": "strategies",
               "conflict": "strategies"}  # fmt: skip


def take_screenshot(
    window: MainWindow, target: str, screen: str, out: Path, query: str | None = None
) -> int:
    """Open `target` (loading the library when empty), show `screen`, save the window to `out`.

    The Library shows the first pillar of the working framework with its areas; with `query`,
    the search results for it instead of the tree.
    """
    try:
        db = open_database(target)
        services = Services(db)
        if not services.library.is_loaded():
            services.content.load_builtin()
    except JpoaError as error:
        print(f"jpoa-desktop: {error}", file=sys.stderr)
        return 2
    window.databases.set_database(db)
    window.show_screen(MAIN_SCREEN.get(screen, screen))
    window.resize(*SIZE)
    window.show()
    language = window.translations.language
    pillars = services.library.pillars(language)
    if pillars:
        first = NavTarget("item", FRAMEWORK_PACK, pillars[0].id)
        window.library.tree.select_target(first, notify=True)
        current = window.library.tree.currentItem()
        if current is not None:
            current.setExpanded(True)  # show the pillar's areas in the tree too
    if query:
        window.library.search_now(query)
    if screen in ("workshops", "agenda"):
        window.workshops.prepare_screenshot(agenda=screen == "agenda")
    elif screen == "participants":
        window.participants.prepare_screenshot()
    elif screen == "checkin":
        window.checkin.prepare_screenshot()
    elif screen == "questions":
        window.questions.prepare_screenshot()
    elif screen == "evaluation":
        window.evaluation.prepare_screenshot()
        window.tasks.wait_for_idle(120_000)
    elif screen == "handouts":
        window.handouts.prepare_screenshot()
        for _ in range(3):  # the build, then the page's rendering, each on a worker
            window.tasks.wait_for_idle(120_000)
            window.handouts.flush_preview()
    elif screen in ("dashboard", "reports"):
        getattr(window, screen).prepare_screenshot()
        for _ in range(3):  # the figures or the report, then the page's rendering, on workers
            window.tasks.wait_for_idle(120_000)
            QCoreApplication.processEvents()
    above: QWidget | None = None
    if screen in ("strategies", "coverage", "versions", "conflict"):
        above = window.strategies.prepare_screenshot(screen)
    elif screen == "connect":
        above = window.server.prepare_screenshot()
    for _ in range(5):
        QCoreApplication.processEvents()
    out.parent.mkdir(parents=True, exist_ok=True)
    saved = _with_window_above(window.grab(), above).save(str(out))
    if above is not None:
        above.close()
    window.close()
    return 0 if saved else 1


def _with_window_above(picture: QPixmap, above: QWidget | None) -> QPixmap:
    """The main window's picture with a window it opened drawn over it, centred, as on a desk."""
    if above is None:
        return picture
    top = above.grab()
    painter = QPainter(picture)
    x = max(0, (picture.width() - top.width()) // 2)
    y = max(0, (picture.height() - top.height()) // 2)
    painter.fillRect(x - 1, y - 1, top.width() + 2, top.height() + 2, QColor("#7a7a7a"))
    painter.drawPixmap(x, y, top)
    painter.end()
    return picture
