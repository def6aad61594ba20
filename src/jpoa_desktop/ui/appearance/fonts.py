"""Letters on screen on a computer that has no font for them.

The screens use the computer's own font, and Qt borrows a missing letter from any other font the
computer has. A bare computer (a minimal install, a kiosk, a fresh virtual machine) may have no
font at all, or none with Cyrillic: every letter would show as a box. The DejaVu fonts the
handouts embed are registered with Qt at start (a millisecond), so that Qt can borrow from them
too; and where the default font cannot draw even plain Latin and Cyrillic, DejaVu Sans becomes
the font of the whole interface.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QGuiApplication

from jpoa_desktop.config import resources_dir

# Letters every screen shows: English, Russian, and one of each of our other languages' own.
CORE_LETTERS = "AaZz" + "АаЯя"
OUR_LETTERS = CORE_LETTERS + "ӘәҒғҚқҢңӨөҮүҰұҺһ" + "ҲҳӮӯҶҷ" + "ЎўOʻoʻ" + "ŇňŞşÝýŽžÄä" + "Ёё"


def register_bundled_fonts() -> list[str]:
    """Add the fonts we ship to Qt's list; their families (empty if none could be read)."""
    families: list[str] = []
    for path in sorted((resources_dir() / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    return sorted(set(families))


def letters_missing(font: QFont, letters: str = OUR_LETTERS) -> str:
    """The letters among `letters` that `font` itself cannot draw (borrowing left aside)."""
    metrics = QFontMetrics(font)
    return "".join(letter for letter in letters if not metrics.inFontUcs4(ord(letter)))


def make_letters_readable(app: QGuiApplication) -> str | None:
    """Register our fonts; switch the interface to DejaVu Sans when the computer's default font
    cannot draw plain Latin and Cyrillic. The family switched to, or None when nothing was."""
    families = register_bundled_fonts()
    if not letters_missing(app.font(), CORE_LETTERS) or "DejaVu Sans" not in families:
        return None
    font = QFont("DejaVu Sans")
    if app.font().pointSizeF() > 0:
        font.setPointSizeF(app.font().pointSizeF())
    app.setFont(font)
    return "DejaVu Sans"
