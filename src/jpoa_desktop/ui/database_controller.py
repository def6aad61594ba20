"""The open database: opening, switching, first-time loading and framework imports, as tasks.

The main window wires menu actions here; screens only hear `database_changed` and the task
runner's `data_changed`. A database that is refused leaves the current one open. The open
database's `Services` are made here, once, when it opens, and dropped when it closes: the window
hands them to the screens, which never build a service themselves.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from jpoa_desktop.model.progress import CancelCheck, Progress
from jpoa_desktop.ui.messages import describe, show_error
from jpoa_desktop.ui.settings.store import SettingsStore
from jpoa_desktop.ui.tasks import Task, TaskRunner

if TYPE_CHECKING:  # the engine-backed services load on first use, after the first paint
    from jpoa_desktop.model.library import LoadReport
    from jpoa_desktop.services.container import Services
    from jpoa_desktop.services.database import Database

LIBRARY_WRITES = frozenset({"library"})
DEMO_WRITES = frozenset({"people", "workshops", "attendance"})
DAILY_CHECK_MS = 60 * 60 * 1000  # an hourly look: is there a backup from today?
CLOSE_BACKUP_WAIT_MS = 60_000  # a large database on a slow laptop: seconds, not a minute

log = logging.getLogger(__name__)


def _open(target: str, *, progress: Progress, cancelled: CancelCheck) -> Database:
    """Open and quick-check: a damaged file is explained now, not screen by screen later.

    The container's modules (every service, ReportLab with the handouts) load here too, on the
    worker: a second or more on a slow laptop that `set_database` would otherwise spend on the
    UI thread, with the window frozen.
    """
    import jpoa_desktop.services.container  # noqa: F401  (loaded here, used by set_database)
    from jpoa_desktop.services.database import open_database, quick_check

    progress(0, 0)
    db = open_database(target)
    try:
        quick_check(db)
    except BaseException:
        db.dispose()
        raise
    return db


def _load_builtin(services: Services, *, progress: Progress, cancelled: CancelCheck) -> LoadReport:
    return services.content.load_builtin(progress, cancelled)


def _load_demo(services: Services, *, progress: Progress, cancelled: CancelCheck) -> object:
    return services.demo.load("small", progress, cancelled)


def _back_up(db: Database, reason: str, *, progress: Progress, cancelled: CancelCheck) -> object:
    from jpoa_desktop.services.exchange.backup import backup_now

    return backup_now(db, reason)


def _back_up_if_due(db: Database, *, progress: Progress, cancelled: CancelCheck) -> object:
    from jpoa_desktop.services.exchange.backup import backup_if_due

    return backup_if_due(db)


def _import_framework(
    services: Services, path: Path, replace: bool, *, progress: Progress, cancelled: CancelCheck
) -> LoadReport:
    progress(0, 0)
    return services.content.import_framework(path, replace=replace)


class DatabaseController(QObject):
    database_changed = Signal(object)  # Database | None
    message = Signal(str)  # a short note for the status bar
    demo_wanted = Signal()  # a new database got its library: the window may offer the demo

    def __init__(self, tasks: TaskRunner, settings: SettingsStore, window: QWidget) -> None:
        super().__init__(window)
        self._tasks = tasks
        self._settings = settings
        self._window = window
        self.database: Database | None = None
        self.services: Services | None = None  # those of `database`, made when it opens
        self._daily = QTimer(self)  # the daily backup while the app stays open all week
        self._daily.setInterval(DAILY_CHECK_MS)
        self._daily.timeout.connect(self.back_up_if_due)
        self._daily.start()

    @property
    def tasks(self) -> TaskRunner:
        """The runner this controller's work goes through (the start-up's offers use it too)."""
        return self._tasks

    def language(self) -> str:
        """The interface language the user chose, for dates in messages about the database."""
        return self._settings.ui_language

    def open(
        self,
        target: str,
        on_opened: Callable[[Database], Any] | None = None,
        on_refused: Callable[[BaseException], Any] | None = None,
        quiet: bool = False,
    ) -> Task:
        """Open `target` on a worker; on success it replaces the current database.

        A refused database is explained and the current one stays open, unless `on_refused`
        takes over (the start-up offers another choice instead). `quiet`: no progress dialog,
        for the start, where the status bar already says that the database is opening.
        """

        def opened(db: Database) -> None:
            self.set_database(db)
            if on_opened is not None:
                on_opened(db)

        def refused(error: BaseException) -> None:
            title = self.tr("The database was not opened")
            show_error(self._window, title, describe(error))
            self.message.emit(self.tr("Kept the current database open."))

        return self._tasks.run_task(
            self._window,
            self.tr("Opening the database"),
            _open,
            target,
            on_done=opened,
            on_error=on_refused or refused,
            show_progress=not quiet,
        )

    def set_database(self, db: Database) -> None:
        # The container imports every service module: after the first paint, never before.
        from jpoa_desktop.services.container import Services

        # Called on a worker when a write waits for another program; the signal crosses over.
        db.write_lock.on_wait = lambda: self.message.emit(
            self.tr("Waiting for another program to finish writing to the database…")
        )
        previous, self.database = self.database, db
        if previous is not db:
            self.services = Services(db)
        if previous is not None and previous is not db:
            previous.dispose()
        if db.path is not None:  # a server is remembered by ui/server/session, not here
            self._settings.remember_database(str(db.path))
        self.database_changed.emit(db)
        self.ensure_loaded()

    def release(self) -> Database | None:
        """Let go of the open database so that a restore can take its file: the screens drop
        its services (writing what still waits), every task ends, its connections close.

        Hand it back with `set_database` (its engine opens new connections) or open the file
        again; until then no database is open.
        """
        db = self.database
        if db is None:
            return None
        self.services, self.database = None, None
        self.database_changed.emit(None)
        self._tasks.wait_for_idle()
        db.dispose()
        return db

    def ensure_loaded(self) -> Task | None:
        """Bring the library up to the bundled content: a first load shows its progress; the
        check on later starts runs unseen and speaks only when a newer content file was applied."""
        services = self.services
        if services is None:
            return None
        first_load = not services.library.is_loaded()

        def loaded(report: LoadReport) -> None:
            if first_load:
                self.message.emit(self.tr("The library is ready."))
                if services.db.path is not None:  # never the demo's people on a team's server
                    self.demo_wanted.emit()
            elif report.loaded:
                self.message.emit(self.tr("The library was updated from newer content files."))

        return self._tasks.run_task(
            self._window,
            self.tr("Loading the library"),
            _load_builtin,
            services,
            on_done=loaded,
            writes=LIBRARY_WRITES,
            show_progress=first_load,
        )

    def load_demo(self) -> Task | None:
        """Fill the open (empty) database with the small demo, in the background."""
        services = self.services
        if services is None:
            return None
        return self._tasks.run_task(
            self._window,
            self.tr("Making the demo workshop"),
            _load_demo,
            services,
            on_done=lambda _report: self.message.emit(
                self.tr("The demo workshop is ready: 40 people, running today.")
            ),
            writes=DEMO_WRITES,
        )

    def import_framework(self, path: Path, replace: bool) -> Task | None:
        services = self.services
        if services is None:
            return None

        def imported(report: LoadReport) -> None:
            self.message.emit(
                self.tr(
                    "Framework imported from {file}: %n area(s) changed.", "", report.items_written
                ).format(file=path.name)
            )

        return self._tasks.run_task(
            self._window,
            self.tr("Importing the framework"),
            _import_framework,
            services,
            path,
            replace,
            on_done=imported,
            writes=LIBRARY_WRITES,
        )

    def back_up_if_due(self) -> Task | None:
        """Back the open database up when it has no backup from today yet (on the worker)."""
        if self.database is None or self.database.path is None:
            return None
        return self._tasks.run_task(
            self._window,
            self.tr("Backing up the database"),
            _back_up_if_due,
            self.database,
            on_error=lambda error: log.warning("The daily backup failed: %s", error),
            show_progress=False,
        )

    def close(self) -> None:
        """Back up the database (on the worker; the window waits for it), then close it.

        A backup that fails is logged, not shown: the window is going away, and the backup
        before the next import or restore will say what is wrong.
        """
        self.services = None
        db, self.database = self.database, None
        if db is None:
            return
        if db.path is not None:
            self._tasks.run_task(
                self._window,
                self.tr("Backing up the database"),
                _back_up,
                db,
                "on-close",
                on_error=lambda error: log.warning("The backup on close failed: %s", error),
                show_progress=False,
            )
            self._tasks.wait_for_idle(CLOSE_BACKUP_WAIT_MS)
        db.dispose()
