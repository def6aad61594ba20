"""The app's own icon in the title bar, the task bar and Alt+Tab.

Built from the PNGs that packaging/icons/render_icons.py draws (one per size, in the
freedesktop.org layout `icons/hicolor/<N>x<N>/apps/`), not from the SVG: the bundle need not
carry Qt's SVG icon engine, and the small sizes are drawn apart to stay sharp.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QIcon

from jpoa_desktop.config import APP_SLUG, resources_dir

ICON_NAME = APP_SLUG  # the name the Linux menu entry's `Icon=` and the icon theme know it by


def icon_theme_dir() -> Path:
    return resources_dir() / "icons" / "hicolor"


def app_icon() -> QIcon:
    """Every size we ship, each given its size so Qt picks the nearest without decoding all."""
    icon = QIcon()
    for png in sorted(icon_theme_dir().glob(f"*x*/apps/{ICON_NAME}.png")):
        width, _, height = png.parent.parent.name.partition("x")
        if width.isdigit() and height.isdigit():
            icon.addFile(str(png), QSize(int(width), int(height)))
    return icon


def set_app_icon(app: QGuiApplication) -> None:
    """Give every window the icon, and name the menu entry the app belongs to: a Wayland
    compositor shows the entry's icon, not the window's."""
    app.setWindowIcon(app_icon())
    app.setDesktopFileName(ICON_NAME)
