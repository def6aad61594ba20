"""The main window's menu bar: File, Edit, Settings and Help, their shortcuts and their words.

The menus only hold the actions; the window connects each to what it does. The texts keep the
"MainWindow" translation context they had when the window built its menus itself.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from jpoa_desktop.config import APP_NAME

translate = QCoreApplication.translate


class WindowMenus(QObject):
    def __init__(
        self,
        window: QMainWindow,
        recent: Callable[[], Sequence[str]],
        open_recent: Callable[[str], object],
    ) -> None:
        """`recent`: the databases to list under Open Recent; `open_recent` opens one."""
        super().__init__(window)
        self._window = window
        self._recent = recent
        self._open_recent = open_recent
        keys = QKeySequence.StandardKey
        bar = window.menuBar()
        self.file_menu = bar.addMenu("")
        self.new_action = self._action(self.file_menu, QKeySequence(keys.New))
        self.open_action = self._action(self.file_menu, QKeySequence(keys.Open))
        self.recent_menu = self.file_menu.addMenu("")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.connect_action = self._action(self.file_menu)  # a team's server: ui/server/session
        self.laptop_action = self._action(self.file_menu)
        self.reconnect_action = self._action(self.file_menu, QKeySequence("Ctrl+Shift+R"))
        self.file_menu.addSeparator()
        self.import_action = self._action(self.file_menu)
        self.backups_action = self._action(self.file_menu)
        self.register_action = self._action(self.file_menu)
        self.file_menu.addSeparator()
        self.export_package_action = self._action(self.file_menu, QKeySequence("Ctrl+Shift+E"))
        self.import_package_action = self._action(self.file_menu, QKeySequence("Ctrl+Shift+I"))
        self.file_menu.addSeparator()
        self.quit_action = self._action(self.file_menu, QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.edit_menu = bar.addMenu("")
        self.find_action = self._action(self.edit_menu, QKeySequence(keys.Find))
        self.settings_menu = bar.addMenu("")
        self.preferences_action = self._action(self.settings_menu, QKeySequence("Ctrl+,"))
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.help_menu = bar.addMenu("")
        self.about_action = self._action(self.help_menu)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def _action(self, menu: QMenu, shortcut: QKeySequence | None = None) -> QAction:
        action = QAction(self._window)  # the window's: its shortcuts work on every screen
        if shortcut is not None:
            action.setShortcut(shortcut)
        menu.addAction(action)
        return action

    def retranslate(self) -> None:
        self.file_menu.setTitle(translate("MainWindow", "&File"))
        self.new_action.setText(translate("MainWindow", "&New Database…"))
        self.open_action.setText(translate("MainWindow", "&Open Database…"))
        self.recent_menu.setTitle(translate("MainWindow", "Open &Recent"))
        self.connect_action.setText(translate("MainWindow", "Connect to a &Server…"))
        self.laptop_action.setText(translate("MainWindow", "Use This &Laptop's Database"))
        self.reconnect_action.setText(translate("MainWindow", "Reconnec&t to the Server"))
        self.import_action.setText(translate("MainWindow", "&Import Framework…"))
        self.backups_action.setText(translate("MainWindow", "&Backups…"))
        self.register_action.setText(translate("MainWindow", "Register of &Certificates…"))
        self.export_package_action.setText(translate("MainWindow", "E&xport Package…"))
        self.import_package_action.setText(translate("MainWindow", "Import &Package…"))
        self.quit_action.setText(translate("MainWindow", "&Quit"))
        self.edit_menu.setTitle(translate("MainWindow", "&Edit"))
        self.find_action.setText(translate("MainWindow", "&Find"))
        self.settings_menu.setTitle(translate("MainWindow", "&Settings"))
        self.preferences_action.setText(translate("MainWindow", "&Preferences…"))
        self.help_menu.setTitle(translate("MainWindow", "&Help"))
        self.about_action.setText(translate("MainWindow", "&About {app}").format(app=APP_NAME))

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self._recent()
        for target in recent:
            action = self.recent_menu.addAction(target)
            action.triggered.connect(lambda _checked=False, t=target: self._open_recent(t))
        self.recent_menu.setEnabled(True)
        if not recent:
            empty = self.recent_menu.addAction(translate("MainWindow", "No recent databases"))
            empty.setEnabled(False)
