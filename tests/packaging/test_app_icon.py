"""The window icon: every rendered size, loaded from the PNGs shipped with the app."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from jpoa_desktop.ui.appearance.icon import app_icon, set_app_icon

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def test_the_app_icon_offers_every_rendered_size(qapp: QApplication) -> None:
    sizes = {size.width() for size in app_icon().availableSizes()}
    assert sizes == set(SIZES)


def test_the_small_icon_is_the_one_drawn_for_16_pixels(qapp: QApplication) -> None:
    image = app_icon().pixmap(QSize(16, 16)).toImage()
    assert image.size() == QSize(16, 16)
    assert image.pixelColor(0, 0).alpha() == 0  # the rounded corner leaves the edge clear
    assert image.pixelColor(8, 14).blue() > image.pixelColor(8, 14).red()  # the blue ground
    assert image.pixelColor(3, 9) == QColor("#ffffff")  # the first column, on its own pixel


def test_the_application_gets_the_icon_and_the_menu_entry_name(qapp: QApplication) -> None:
    before = qapp.windowIcon()
    try:
        set_app_icon(qapp)
        assert {size.width() for size in qapp.windowIcon().availableSizes()} == set(SIZES)
        assert qapp.desktopFileName() == "jpoa-desktop"
    finally:
        qapp.setWindowIcon(before)
        qapp.setDesktopFileName("")


SHOW_ICON_AFTER_MAIN = """
import sys
from PySide6.QtWidgets import QApplication
from jpoa_desktop.app import main
code = main(["--first-paint-probe", "--settings", sys.argv[1], "--lang", "en"])
app = QApplication.instance()
print("ICON", *sorted(size.width() for size in app.windowIcon().availableSizes()))
print("ENTRY", app.desktopFileName())
sys.exit(code)
"""


def test_the_gui_start_sets_the_icon_before_the_window_paints(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    done = subprocess.run(
        [sys.executable, "-c", SHOW_ICON_AFTER_MAIN, str(tmp_path / "settings.ini")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("PAINTED ")
    assert f"ICON {' '.join(map(str, SIZES))}" in lines
    assert "ENTRY jpoa-desktop" in lines
