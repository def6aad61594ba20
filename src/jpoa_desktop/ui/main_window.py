"""The main window: menus, the navigation sidebar and the stack of screens, wired together.

The window only wires: the menus are built in `window_menus`, the File menu's dialogs live in
`database_files`, the open database in `database_controller`, and each screen in its package.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QSize
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from jpoa_desktop.config import APP_NAME
from jpoa_desktop.ui.database_controller import DatabaseController
from jpoa_desktop.ui.database_files import DatabaseFiles
from jpoa_desktop.ui.i18n import Translations
from jpoa_desktop.ui.retranslating import Retranslating
from jpoa_desktop.ui.server.session import ServerSession
from jpoa_desktop.ui.settings.store import SettingsStore
from jpoa_desktop.ui.tasks import TaskRunner
from jpoa_desktop.ui.window_menus import WindowMenus

if TYPE_CHECKING:
    from jpoa_desktop.services.container import Services
    from jpoa_desktop.services.database import Database
    from jpoa_desktop.ui.checkin.screen import CheckInScreen
    from jpoa_desktop.ui.dashboard.filter_bar import FilterState
    from jpoa_desktop.ui.exchange.export_dialog import ExportPackageDialog
    from jpoa_desktop.ui.exchange.import_flow import PackageImport
    from jpoa_desktop.ui.handouts.screen import HandoutsScreen
    from jpoa_desktop.ui.library.screen import LibraryScreen
    from jpoa_desktop.ui.participants.screen import ParticipantsScreen
    from jpoa_desktop.ui.questions.screen import QuestionBankScreen
    from jpoa_desktop.ui.strategies.screen import StrategiesScreen
    from jpoa_desktop.ui.verify.screen import VerifyScreen
    from jpoa_desktop.ui.workshops.screen import WorkshopsScreen


class Screen(Protocol):
    """What the window needs of a screen (each is also a QWidget in the stack)."""

    screen_id: str

    def title(self) -> str: ...

    def icon(self) -> QIcon: ...

    def set_services(self, services: Services | None) -> None:
        """The open database's services, the same for every screen; None when none is open."""

    def set_language(self, language: str) -> None: ...


DEFAULT_SIZE = QSize(1280, 800)
SIDEBAR_WIDTH = 116  # fits «Регистрация» under its icon
SIDEBAR_ICON = 30  # eleven screens fit the height of a 1280×800 window


# Dialogs and screens are imported where they are first needed: loading their Qt classes before
# the window's first paint would double the time a user waits to see the app.


class MainWindow(Retranslating, QMainWindow):
    library: LibraryScreen
    workshops: WorkshopsScreen
    participants: ParticipantsScreen
    checkin: CheckInScreen
    handouts: HandoutsScreen
    verify: VerifyScreen
    strategies: StrategiesScreen
    questions: QuestionBankScreen

    def __init__(
        self,
        settings: SettingsStore,
        tasks: TaskRunner,
        translations: Translations,
        defer_screens: bool = False,
    ) -> None:
        """`defer_screens`: leave the screens to `build_screens()`, called after the first paint
        (their Qt classes take longer to load than the whole bare window)."""
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings
        self.tasks = tasks
        self.translations = translations
        self.databases = DatabaseController(tasks, settings, self)
        self.screens: list[Screen] = []
        self.sidebar = self._make_sidebar()
        self.stack = QStackedWidget(self)
        self.sidebar.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.stack.currentChanged.connect(lambda _index: self.retranslate())
        body = QWidget(self)
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(body)
        self.database_label = QLabel(self)
        self.database_label.setObjectName("databaseLabel")
        self.statusBar().addPermanentWidget(self.database_label, 1)
        self._item_count = 0
        self._opening = False
        self.files = DatabaseFiles(self, self.databases)
        self.menus = WindowMenus(
            self, lambda: self.settings.recent_databases, lambda target: self.databases.open(target)
        )
        self._connect_menus()
        self.server = ServerSession(self)  # File → Connect to a Server…, its status line
        self.databases.database_changed.connect(self._on_database_changed)
        self.databases.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.databases.demo_wanted.connect(self.files.offer_demo)
        self.retention_dialogs: list[QWidget] = []  # the rule's previews shown (tests look)
        self.databases.database_changed.connect(self._check_retention)
        translations.language_changed.connect(self._on_language_changed)
        self.retranslate()
        self.resize(DEFAULT_SIZE)
        self.restore_state()
        if not defer_screens:
            self.build_screens()

    def build_screens(self) -> None:
        from PySide6.QtCore import (
            Qt,  # the Qt namespace builds ~90 enums: not before the first paint
        )

        from jpoa_desktop.ui.checkin.screen import CheckInScreen
        from jpoa_desktop.ui.dashboard.screen import DashboardScreen
        from jpoa_desktop.ui.evaluation.screen import EvaluationScreen
        from jpoa_desktop.ui.handouts.screen import HandoutsScreen
        from jpoa_desktop.ui.library.screen import LibraryScreen
        from jpoa_desktop.ui.participants.screen import ParticipantsScreen
        from jpoa_desktop.ui.questions.screen import QuestionBankScreen
        from jpoa_desktop.ui.reports.screen import ReportsScreen
        from jpoa_desktop.ui.strategies.screen import StrategiesScreen
        from jpoa_desktop.ui.verify.screen import VerifyScreen
        from jpoa_desktop.ui.workshops.screen import WorkshopsScreen

        self.database_label.setTextFormat(Qt.TextFormat.PlainText)
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        language = self.translations.language
        self.library = LibraryScreen(self.tasks, language, self)
        self.workshops = WorkshopsScreen(self.tasks, language, self)
        self.participants = ParticipantsScreen(self.tasks, language, self)
        self.checkin = CheckInScreen(self.tasks, language, self)
        self.questions = QuestionBankScreen(self.tasks, language, self)
        self.evaluation = EvaluationScreen(self.tasks, language, self)
        self.handouts = HandoutsScreen(self.tasks, language, self, settings=self.settings)
        self.verify = VerifyScreen(self.tasks, language, self.settings, self)
        self.strategies = StrategiesScreen(self.tasks, language, self)
        self.strategies.use_settings(self.settings)
        self.dashboard = DashboardScreen(self.tasks, language, self.settings, self)
        self.reports = ReportsScreen(self.tasks, language, self.settings, self)
        self.screens = [
            self.library,
            self.workshops,
            self.participants,
            self.checkin,
            self.questions,
            self.evaluation,
            self.handouts,
            self.verify,
            self.strategies,
            self.dashboard,
            self.reports,
        ]
        for screen in self.screens:
            entry = QListWidgetItem(screen.icon(), screen.title())
            entry.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            self.sidebar.addItem(entry)
            self.stack.addWidget(cast(QWidget, screen))
        self.library.content_changed.connect(self._on_content_changed)
        self.workshops.handouts_requested.connect(self.show_handouts)
        self.dashboard.report_requested.connect(self.show_report)
        services = self.databases.services
        if services is not None:
            for screen in self.screens:
                screen.set_services(services)
        self.restore_screens()
        self.retranslate()

    def _make_sidebar(self) -> QListWidget:
        """A narrow column of the app's areas, each an icon with its name below."""
        sidebar = QListWidget(self)
        sidebar.setObjectName("sidebar")
        sidebar.setViewMode(QListView.ViewMode.IconMode)
        sidebar.setFlow(QListView.Flow.TopToBottom)
        sidebar.setMovement(QListView.Movement.Static)
        sidebar.setWrapping(False)
        sidebar.setIconSize(QSize(SIDEBAR_ICON, SIDEBAR_ICON))
        sidebar.setGridSize(QSize(SIDEBAR_WIDTH - 8, SIDEBAR_ICON + 32))
        sidebar.setFixedWidth(SIDEBAR_WIDTH)
        sidebar.setStyleSheet(
            "QListWidget#sidebar { border: none; border-right: 1px solid palette(mid);"
            " background: palette(window); padding-top: 8px; }"
            "QListWidget#sidebar::item { border-radius: 6px; padding: 4px; color: palette(text); }"
            "QListWidget#sidebar::item:selected { background: rgba(47, 109, 181, 45); }"
        )
        return sidebar

    def _connect_menus(self) -> None:
        menus = self.menus
        menus.new_action.triggered.connect(self.files.new_database)
        menus.open_action.triggered.connect(self.files.choose_database)
        menus.import_action.triggered.connect(self.files.choose_framework_file)
        menus.backups_action.triggered.connect(self.show_backups)
        menus.register_action.triggered.connect(self.show_certificate_register)
        menus.export_package_action.triggered.connect(self.export_package)
        menus.import_package_action.triggered.connect(self.import_package)
        menus.quit_action.triggered.connect(self.close)
        menus.find_action.triggered.connect(self.focus_search)
        menus.preferences_action.triggered.connect(self.show_preferences)
        menus.about_action.triggered.connect(self.show_about)

    def retranslate(self) -> None:
        self.menus.retranslate()
        for row, screen in enumerate(self.screens):
            entry = self.sidebar.item(row)
            if entry is not None:
                entry.setText(screen.title())
        current = self._current_screen()
        name = current.title() if current is not None else ""
        self.setWindowTitle(f"{APP_NAME} — {name}" if name else APP_NAME)
        self._update_status()

    # Actions.
    def focus_search(self) -> None:
        """Ctrl+F: the current screen's search box if it has one, else the library's."""
        if not self.screens:  # Ctrl+F in the instant before the screens exist
            return
        current = self._current_screen()
        focus = getattr(current, "focus_search", None)
        if current is not None and current.screen_id != self.library.screen_id and callable(focus):
            focus()
            return
        self.show_screen(self.library.screen_id)
        self.library.focus_search()

    def show_preferences(self) -> None:
        from jpoa_desktop.ui.settings.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self)
        dialog.language_chosen.connect(self.translations.switch)
        dialog.exec()

    def show_backups(self) -> QWidget | None:
        from jpoa_desktop.ui.backups.restoring import show_backups

        return show_backups(self.databases, self.tasks, self, self.translations.language)

    def show_certificate_register(self) -> QWidget | None:
        from jpoa_desktop.ui.certificates_register.dialog import open_register

        return open_register(self, self.databases.services, self.tasks)

    def export_package(self) -> ExportPackageDialog | None:
        """File → Export Package…: the workshops selected, or the open draft when the Strategies
        screen is in front."""
        from jpoa_desktop.ui.exchange.export_dialog import export_package

        services = self.databases.services
        if services is None or not self.screens:
            return None
        chosen = self.workshops.selected_id()
        return export_package(self, services, self.tasks, self.translations.language,
                              [chosen] if chosen is not None else [], self.strategies.draft_id(),
                              self.current_screen_id() == self.strategies.screen_id,
                              self.settings)  # fmt: skip

    def import_package(self) -> PackageImport | None:
        from jpoa_desktop.ui.exchange.import_flow import import_package

        services = self.databases.services
        if services is None:
            return None
        return import_package(self, services, self.tasks, self.translations.language,
                              self.settings)  # fmt: skip

    def show_about(self) -> None:
        from jpoa_desktop.ui.about_dialog import AboutDialog

        AboutDialog(self).exec()

    def show_handouts(self, workshop_id: int) -> None:
        self.show_screen(self.handouts.screen_id)
        self.handouts.show_workshop(workshop_id)

    def show_report(self, state: FilterState) -> None:
        """The Dashboard's Ctrl+R: the donor report of what it shows."""
        self.show_screen(self.reports.screen_id)
        self.reports.use_filters(state)

    def show_screen(self, screen_id: str) -> None:
        for row, screen in enumerate(self.screens):
            if screen.screen_id == screen_id:
                self.sidebar.setCurrentRow(row)
                return

    def _current_screen(self) -> Screen | None:
        row = self.stack.currentIndex()
        return self.screens[row] if 0 <= row < len(self.screens) else None

    def current_screen_id(self) -> str:
        current = self._current_screen()
        return current.screen_id if current is not None else ""

    # Keeping the window's place between runs.
    def restore_state(self) -> None:
        if self.settings.window_geometry:
            self.restoreGeometry(self.settings.window_geometry)
        if self.settings.window_state:
            self.restoreState(self.settings.window_state)

    def restore_screens(self) -> None:
        if self.settings.library_splitter:
            self.library.splitter.restoreState(self.settings.library_splitter)
        if self.settings.handouts_splitter:
            self.handouts.splitter.restoreState(self.settings.handouts_splitter)
        self.show_screen(self.settings.last_screen)
        if self.sidebar.currentRow() < 0:
            self.sidebar.setCurrentRow(0)

    def save_state(self) -> None:
        self.settings.window_geometry = bytes(self.saveGeometry().data())
        self.settings.window_state = bytes(self.saveState().data())
        if self.screens:
            self.settings.library_splitter = bytes(self.library.splitter.saveState().data())
            self.settings.handouts_splitter = bytes(self.handouts.splitter.saveState().data())
            self.settings.last_screen = self.current_screen_id()
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        self.tasks.shutdown()
        for screen in self.screens:  # each writes what still waits (typing not yet autosaved)
            screen.set_services(None)
        self.databases.close()
        super().closeEvent(event)

    # Reacting to the rest of the app.
    def _on_database_changed(self, _db: Database | None) -> None:
        self._opening = False
        for screen in self.screens:
            screen.set_services(self.databases.services)
        self._update_status()

    def _check_retention(self, db: Database | None) -> None:
        """With the retention rule on, who is due is shown (and erased only if asked)."""
        services, months = self.databases.services, self.settings.retention_months
        if db is None or services is None or not months:
            return
        from jpoa_desktop.ui.participants.retention_dialog import check_retention

        language = self.translations.language
        check_retention(self, self.tasks, services, months, language, self.retention_dialogs.append)

    def _on_content_changed(self, count: int) -> None:
        self._item_count = count
        self._update_status()

    def _on_language_changed(self, language: str) -> None:
        for screen in self.screens:
            screen.set_language(language)

    def show_opening(self) -> None:
        """What the status bar says in the moment between the first paint and the database."""
        self._opening = True
        self._update_status()

    def _update_status(self) -> None:
        db = self.databases.database
        if db is None and self._opening:
            self.database_label.setText(self.tr("Opening the database…"))
            return
        if db is None:
            self.database_label.setText(self.tr("No database is open"))
            return
        parts = [self.tr("Database: {name}").format(name=db.display_name)]
        if self._item_count:
            parts.append(self.tr("%n library item(s)", "", self._item_count))
        if db.backup_path is not None:
            parts.append(
                self.tr("upgraded; the previous version was saved as {path}").format(
                    path=db.backup_path
                )
            )
        self.database_label.setText("  ·  ".join(parts))
        self.database_label.setToolTip(db.display_name)
