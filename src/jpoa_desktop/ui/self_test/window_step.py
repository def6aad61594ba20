"""The self-test's last step: the real main window, off-screen, on the self-test's database.

It starts the way `app.main` starts (the window paints first, the database opens on a worker
through the window's own `DatabaseController`), then waits, within a bound, for the first
paint and for the library's tree to fill, switches to Russian to see the catalogue loaded, and
closes the window (which backs the database up on close, as every close does). A failed task
or a message box is a failure: a trainer would have seen it.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QEventLoop, QMessageLogContext, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication, QMessageBox

from jpoa_desktop.config import APP_NAME, APP_SLUG, translations_dir
from jpoa_desktop.ui.self_test.trial import StepFailed, Trial, expect

WAIT_SECONDS = 60.0  # a slow laptop's first start: far more than the usual second
POLL_MS = 20
RUSSIAN_LIBRARY = "Библиотека"  # the sidebar's first entry in the Russian catalogue
# What the off-screen platform always says, and that says nothing about this computer; Qt's
# other warnings (a missing font folder, a plugin that does not load) still go to stderr.
OFFSCREEN_NOISE = ("propagateSizeHints",)


def pass_on_qt_message(_kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    if not any(noise in message for noise in OFFSCREEN_NOISE) and sys.stderr is not None:
        print(message, file=sys.stderr)


def application() -> QApplication:
    """The running QApplication, or a new one named as the app names itself."""
    existing = cast(QApplication | None, QApplication.instance())
    if existing is not None:
        return existing
    app = QApplication(sys.argv[:1])
    app.setOrganizationName(APP_SLUG)
    app.setApplicationName(APP_SLUG)
    app.setApplicationDisplayName(APP_NAME)
    return app


def check_letters(app: QApplication) -> None:
    """The interface's font draws our letters: a computer with no font for Cyrillic would show
    boxes, which no other step notices (the bundled fonts are the remedy; see `appearance`)."""
    from jpoa_desktop.ui.appearance.fonts import (
        CORE_LETTERS,
        letters_missing,
        make_letters_readable,
    )

    make_letters_readable(app)
    missing = letters_missing(app.font(), CORE_LETTERS)
    family = QFontInfo(app.font()).family()
    expect(not missing, f"the interface's font ({family}) cannot draw {missing}")


def wait_until(condition: Callable[[], bool], what: str, problems: list[str]) -> None:
    """Run the event loop until `condition` holds; fail naming `what` after `WAIT_SECONDS`, or
    at once with the first problem a task or a message box reported meanwhile."""
    deadline = time.monotonic() + WAIT_SECONDS
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(POLL_MS)

    def check() -> None:
        if condition() or problems or time.monotonic() > deadline:
            loop.quit()

    timer.timeout.connect(check)
    timer.start()
    check()
    if not (condition() or problems or time.monotonic() > deadline):
        loop.exec()
    timer.stop()
    if problems:
        raise StepFailed(problems[0])
    expect(condition(), f"{what} within {WAIT_SECONDS:.0f} s")


def message_boxes() -> list[str]:
    """The texts of the message boxes on screen (an error the window showed)."""
    return [
        widget.text()
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, QMessageBox) and widget.isVisible()
    ]


def show_main_window(trial: Trial) -> None:
    """Open the self-test's database in the main window and see the library on screen."""
    from jpoa_desktop.ui.i18n import Translations
    from jpoa_desktop.ui.main_window import MainWindow
    from jpoa_desktop.ui.settings.store import SettingsStore
    from jpoa_desktop.ui.startup import after_first_paint
    from jpoa_desktop.ui.tasks import TaskRunner

    trial.close()  # the window opens the file itself, as at a start
    previous_handler = qInstallMessageHandler(pass_on_qt_message)
    app = application()
    check_letters(app)
    settings = SettingsStore.from_file(trial.folder / "settings.ini")
    tasks = TaskRunner(app)
    problems: list[str] = []
    tasks.task_failed.connect(lambda error: problems.append(f"a task failed: {error}"))
    translations = Translations(translations_dir(), app)
    translations.switch("en")
    window = MainWindow(settings, tasks, translations)
    painted: list[bool] = []
    after_first_paint(window, lambda: painted.append(True))
    try:
        window.show()
        wait_until(lambda: bool(painted), "the window did not paint", problems)
        window.databases.open(str(trial.database_file), quiet=True)
        library = window.library.tree
        wait_until(
            lambda: library.topLevelItemCount() > 0 or bool(message_boxes()),
            "the library did not appear in the window",
            problems,
        )
        expect(not message_boxes(), f"the window showed: {' '.join(message_boxes()[:1])}")
        translations.switch("ru")
        first = window.sidebar.item(0)
        shown = first.text() if first is not None else ""
        expect(shown == RUSSIAN_LIBRARY, f"in Russian the sidebar says {shown!r}")
    finally:
        window.close()  # waits for the backup on close, then lets go of the database
        translations.switch("en")
        window.deleteLater()
        app.processEvents()
        qInstallMessageHandler(previous_handler)
