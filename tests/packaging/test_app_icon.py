"""The window icon: every rendered size, loaded from the PNGs shipped with the app."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from jpoa_desktop.ui.app_icon import app_icon, set_app_icon

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
