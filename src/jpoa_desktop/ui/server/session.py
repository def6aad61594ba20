"""The app on a team's server: connecting, the status bar's words, a lost server, going back.

The window's File menu hands its three actions here (Connect to a server…, Use this laptop's
database, Reconnect). A server that answers is opened like a file, through the database
controller, so every screen gets its `Services` the same way; the address goes into the
settings, the password into the credential store (or, unticked, nowhere but memory). The work
is never copied to the laptop: when the server goes away, the status bar says so in red, saves
fail with one sentence, and Reconnect (or the server coming back) carries on.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from jpoa_desktop.ui.messages import describe
from jpoa_desktop.ui.server.connect_dialog import ConnectDialog, connect_to_server
from jpoa_desktop.ui.server.listener import ChangeWatcher
from jpoa_desktop.ui.server.live_refresh import LiveRefresh

if TYPE_CHECKING:
    from jpoa_desktop.services.database import Database
    from jpoa_desktop.services.server.connection import ServerAddress
    from jpoa_desktop.ui.database_controller import DatabaseController
    from jpoa_desktop.ui.settings.store import SettingsStore
    from jpoa_desktop.ui.tasks import TaskRunner
    from jpoa_desktop.ui.window_menus import WindowMenus

# Every kind of data a screen follows: after the server was away, everything may have changed.
ALL_KINDS = frozenset({
    "strategies", "workshops", "agenda", "registrations", "participants", "attendance",
    "people", "library", "questions", "forms", "answers",
})  # fmt: skip
LOST_STYLE = "color: #b3261e; font-weight: bold;"


def laptop_database(recent: tuple[str, ...]) -> str:
    """The laptop's own file: the last one opened, else the default one in the data folder."""
    from jpoa_desktop.config import DEFAULT_DB_NAME, data_dir

    files = [target for target in recent if "://" not in target]
    return files[0] if files else str(Path(data_dir()) / DEFAULT_DB_NAME)


class ServerWindow(Protocol):
    """What the session needs of the main window (a QMainWindow)."""

    databases: DatabaseController
    settings: SettingsStore
    tasks: TaskRunner
    menus: WindowMenus
    database_label: QLabel

    def statusBar(self) -> QStatusBar: ...


class ServerSession(QObject):
    changed = Signal()  # connected, lost, back, or left for the laptop: the status bar again

    def __init__(self, window: ServerWindow) -> None:
        """Takes the window's File menu actions and puts its own line in the status bar, shown
        instead of the window's database line while a server is open."""
        super().__init__(cast(QWidget, window))
        self._window = cast(QWidget, window)
        self._databases = databases = window.databases
        self._settings = window.settings
        self._tasks = tasks = window.tasks
        self._file_line = window.database_label
        self._password = ""  # the one connected with, for Reconnect when it is not stored
        self._watcher: ChangeWatcher | None = None
        self._watched: Database | None = None
        self._account = ("", "")  # access and country on the open server, once read
        self.lost = False
        self.dialog: ConnectDialog | None = None
        self.refresh = LiveRefresh(tasks.notifier, self)
        self.label = QLabel(self._window)
        self.label.setObjectName("serverLabel")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.hide()
        window.statusBar().addPermanentWidget(self.label, 1)
        menus = window.menus
        menus.connect_action.triggered.connect(lambda: self.show_dialog())
        menus.laptop_action.triggered.connect(self.use_laptop)
        menus.reconnect_action.triggered.connect(self.reconnect)
        self._actions = (menus.laptop_action, menus.reconnect_action)
        self._update_actions()
        databases.database_changed.connect(self._on_database_changed)
        tasks.task_failed.connect(self._on_task_failed)
        self.changed.connect(self._show_status)
        self._window.installEventFilter(self)  # its closing and its language

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close:
            self.stop()  # before the window closes its database
        elif event.type() == QEvent.Type.LanguageChange:
            self._show_status()
        return False

    def saved_address(self) -> ServerAddress | None:
        s = self._settings
        if not (s.server_host and s.server_database and s.server_user):
            return None  # before the import: SQLAlchemy has no place before the first paint
        from jpoa_desktop.services.server.connection import ServerAddress

        return ServerAddress(s.server_host, s.server_port, s.server_database, s.server_user)

    def show_dialog(
        self, problem: str = "", on_cancel: Callable[[], None] | None = None
    ) -> ConnectDialog:
        """The connect dialog over the window, filled with the last server's address (one at a
        time; `open`, not `exec`: the window's events and the tests keep running)."""
        if self.dialog is not None:
            self.dialog.close()
        dialog = ConnectDialog(self._tasks, self.saved_address(), self._window, problem)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.connected.connect(self._use)
        if on_cancel is not None:
            dialog.rejected.connect(on_cancel)
        dialog.destroyed.connect(lambda: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def use_laptop(self) -> None:
        """Back to this laptop's own file (the last one opened)."""
        self._databases.open(laptop_database(self._settings.recent_databases))

    def reconnect(self, on_cancel: Callable[[], None] | None = None) -> None:
        """Connect again to the last server, with the password known; ask when there is none
        or when the server still refuses."""
        from jpoa_desktop.services.server.passwords import stored_password

        address = self.saved_address()
        if address is None:
            self.show_dialog(on_cancel=on_cancel)
            return
        password = self._password or stored_password(address)
        if password is None:
            self.show_dialog(on_cancel=on_cancel)
            return

        def refused(error: BaseException) -> None:
            self.show_dialog(describe(error), on_cancel)

        self._tasks.run_task(
            self._window,
            self.tr("Connecting to {host}").format(host=address.host),
            connect_to_server,
            address,
            password,
            on_done=lambda db: self._use(db, address, password, None),
            on_error=refused,
            show_progress=False,
        )

    def open_at_start(self, fallback: Callable[[], None]) -> bool:
        """At start: back to the server if it was last used (True); `fallback` opens the laptop's
        file when the user gives up on the server."""
        if self._settings.last_used != "server" or self.saved_address() is None:
            return False
        self.reconnect(on_cancel=fallback)
        return True

    def _use(
        self, db: Database, address: ServerAddress, password: str, remember: bool | None
    ) -> None:
        from jpoa_desktop.services.server.passwords import forget_password, remember_password

        s = self._settings
        s.server_host, s.server_port = address.host, address.port
        s.server_database, s.server_user = address.database, address.user
        s.last_used = "server"
        s.sync()
        self._password = password
        if remember and not remember_password(address, password):
            self._databases.message.emit(
                self.tr("This computer has no credential store: the password will be asked again.")
            )
        elif remember is False:
            forget_password(address)
        self._databases.set_database(db)

    def prepare_screenshot(self) -> ConnectDialog:
        """The dialog as a user has filled it in (docs/connect-dialog*.png)."""
        from jpoa_desktop.services.server.connection import ServerAddress

        example = ServerAddress("db.ministry.local", 5432, "strategy-wg", "a.nurlanovna")
        dialog = ConnectDialog(self._tasks, example, self._window)
        dialog.password.setText("correct-horse-battery")
        dialog.show()
        return dialog

    # The open database and its listener.
    def is_server(self) -> bool:
        db = self._databases.database
        if db is None:
            return False
        from jpoa_desktop.services.server.connection import server_address

        return server_address(db) is not None

    def _on_database_changed(self, db: Database | None) -> None:
        if db is self._watched:
            return
        self.stop()
        self.lost, self._account = False, ("", "")
        if db is not None and db.path is not None:  # a file: the next start opens a file too
            self._settings.last_used = "laptop"
        if db is not None and self.is_server():
            self._read_account(db)
            from jpoa_desktop.services.server.changes import ChangeListener, own_backend_pids

            watcher = ChangeWatcher(ChangeListener.for_database(db, own_backend_pids(db.engine)))
            watcher.changed.connect(self.refresh.take)
            watcher.lost.connect(lambda: self._set_lost(True))
            watcher.restored.connect(self._restored)
            self._watcher, self._watched = watcher, db
            watcher.start()
        self._update_actions()
        self.changed.emit()

    def _read_account(self, db: Database) -> None:
        """Who we are on the server (access and country), read on a worker for the status bar."""

        def read(db: Database, **_progress: object) -> tuple[str, str]:
            from jpoa_desktop.services.server.connection import account_scope

            return account_scope(db)

        def found(account: tuple[str, str]) -> None:
            if self._databases.database is db:
                self._account = account
                self.changed.emit()

        self._tasks.run_task(
            None, "", read, db, on_done=found, on_error=lambda _error: None, show_progress=False
        )

    def _account_text(self) -> str:
        access, country = self._account
        names = {"admin": self.tr("administrator"), "editor": self.tr("editor"),
                 "reader": self.tr("reader")}  # fmt: skip
        if access not in names:
            return ""
        if access == "reader":
            return names[access]
        return self.tr("{access}, {country}").format(
            access=names[access], country=country or self.tr("every country")
        )

    def _restored(self) -> None:
        db = self._databases.database
        if db is not None:
            db.engine.dispose()  # the pool's connections died with the server: fresh ones
        self._set_lost(False)
        self.refresh.take_kinds(ALL_KINDS)  # what changed meanwhile was not heard

    def _set_lost(self, lost: bool) -> None:
        if lost != self.lost:
            self.lost = lost
            self.changed.emit()

    def _on_task_failed(self, error: BaseException) -> None:
        from jpoa_desktop.services.server.connection import is_connection_lost

        if self.is_server() and is_connection_lost(error):
            self._set_lost(True)

    def stop(self) -> None:
        """End the listener (another database opens, or the window closes)."""
        watcher, self._watcher, self._watched = self._watcher, None, None
        if watcher is not None:
            watcher.stop()
            watcher.deleteLater()

    def _update_actions(self) -> None:
        laptop, reconnect = self._actions
        laptop.setEnabled(self.is_server())
        reconnect.setEnabled(self.saved_address() is not None)

    # The status bar.
    def _show_status(self) -> None:
        """The server's line (red when it is lost) in place of the window's database line."""
        db = self._databases.database
        address = None
        if db is not None:  # nothing imported before a database is open
            from jpoa_desktop.services.server.connection import server_address

            address = server_address(db)
        self.label.setVisible(address is not None)
        self._file_line.setVisible(address is None)
        if address is None:
            return
        text = self.tr("Server: {database} on {host}").format(
            database=address.database, host=address.host
        )
        account = self._account_text()
        if account:
            text = f"{text}  ·  {account}"
        if self.lost:
            text = self.tr(
                "Server: {database} on {host} — connection lost; nothing can be saved until "
                "it is back (File → Reconnect to the Server)"
            ).format(database=address.database, host=address.host)
        self.label.setText(text)
        self.label.setToolTip(self.tr("Connected as {user}").format(user=address.user))
        self.label.setStyleSheet(LOST_STYLE if self.lost else "")
