"""The GUI's entry point: QApplication, translators, the database, the main window.

`jpoa-desktop --screenshot FILE.png` renders the Library screen off-screen and exits; the docs
and the tests use it to see what a user sees.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import cast

from PySide6.QtWidgets import QApplication

from jpoa_desktop import __version__
from jpoa_desktop.config import (
    APP_NAME,
    APP_SLUG,
    default_database_target,
    log_path,
    translations_dir,
)
from jpoa_desktop.ui.appearance.fonts import make_letters_readable
from jpoa_desktop.ui.appearance.icon import set_app_icon
from jpoa_desktop.ui.i18n import Translations
from jpoa_desktop.ui.main_window import MainWindow
from jpoa_desktop.ui.settings.store import SettingsStore
from jpoa_desktop.ui.startup import after_first_paint, open_at_start, tidy_leftovers
from jpoa_desktop.ui.tasks import TaskRunner

EXIT_REFUSED = 2


SCREENS = ("library", "workshops", "agenda", "participants", "checkin", "questions", "evaluation",
           "handouts", "verify", "strategies", "coverage", "versions", "dashboard",
           "reports", "connect", "conflict")  # fmt: skip


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="jpoa-desktop", description=f"{APP_NAME} (GUI)")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--db", metavar="PATH_OR_URL", help="database file or SQLAlchemy URL")
    parser.add_argument("--lang", choices=("en", "ru"), help="interface language for this run")
    parser.add_argument(
        "--settings", metavar="FILE.ini", type=Path, help="keep the settings in this file"
    )
    parser.add_argument(
        "--screenshot", metavar="FILE.png", type=Path, help="save a picture of the window and exit"
    )
    parser.add_argument(
        "--screen",
        choices=SCREENS,
        default="library",
        help="the screen to show (agenda: the Workshops screen on its Agenda tab; coverage and"
        " versions: the Strategies screen with that window over it; connect: the Connect to a"
        " server dialog)",
    )
    parser.add_argument(
        "--search", metavar="TEXT", help="with --screenshot: show the search results for TEXT"
    )
    # For benchmarks/startup.py, which cannot slip a probe into a bundled (frozen) app: print
    # "PAINTED <epoch seconds>" when the main window first paints, then quit.
    parser.add_argument("--first-paint-probe", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check that the app works on this computer, in a temporary folder, and exit",
    )
    return parser


def configure_logging(path: Path | None) -> Path | None:
    """Tracebacks of unexpected errors go to a log file in the user data folder (0600)."""
    from jpoa_desktop.files.log_file import PrivateFileHandler

    handlers: list[logging.Handler] = [logging.StreamHandler()]
    if path is not None:
        try:
            handlers.append(PrivateFileHandler(path))
        except OSError:
            path = None
    logging.basicConfig(
        level=logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        handlers=handlers,
    )
    return path


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.self_test:  # before any window: it makes its own, off-screen
        from jpoa_desktop.ui.self_test.runner import run_self_test

        return run_self_test()
    if args.screenshot is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = cast(QApplication | None, QApplication.instance()) or QApplication(sys.argv[:1])
    app.setOrganizationName(APP_SLUG)
    app.setApplicationName(APP_SLUG)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    set_app_icon(app)
    make_letters_readable(app)
    with tempfile.TemporaryDirectory(prefix="jpoa-settings-") as scratch:
        if args.settings is not None:
            settings = SettingsStore.from_file(args.settings)
        elif args.screenshot is not None:  # a screenshot never touches the user's settings
            settings = SettingsStore.from_file(Path(scratch) / "settings.ini")
        else:
            settings = SettingsStore.for_user()
        translations = Translations(translations_dir(), app)
        translations.switch(args.lang or settings.ui_language)
        if args.screenshot is not None:
            from jpoa_desktop.ui.screenshot import take_screenshot

            configure_logging(None)
            window = MainWindow(settings, TaskRunner(app), translations)
            target = args.db or default_database_target()
            return take_screenshot(window, target, args.screen, args.screenshot, args.search)
        tasks = TaskRunner(app)
        window = MainWindow(settings, tasks, translations, defer_screens=True)
        window.show_opening()
        window.show()

        def open_database_after_paint() -> None:
            # The window paints before SQLAlchemy (or even the data folder) is looked at: the
            # user sees the app at once; the database opens on a worker, or is refused, after.
            window.build_screens()
            tasks.log_file = configure_logging(log_path())
            target = args.db or default_database_target()
            tidy_leftovers(tasks, target)  # a killed run's partial files, on a worker

            def open_file() -> None:
                open_at_start(window.databases, target, on_quit=lambda: app.exit(EXIT_REFUSED))

            if args.db or not window.server.open_at_start(fallback=open_file):
                open_file()  # else the last server was used: back to it (or its dialog)

        if args.first_paint_probe:
            after_first_paint(window, lambda: report_first_paint(app))
        else:
            after_first_paint(window, open_database_after_paint)
        return app.exec()


def report_first_paint(app: QApplication) -> None:
    print(f"PAINTED {time.time():.6f}", flush=True)
    app.quit()
