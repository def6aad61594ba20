"""packaging/icons/render_icons.py, run for real: it draws every size from the SVGs, and what it
draws now is what is committed (an SVG changed without rendering again fails here)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage, QImageReader
from PySide6.QtWidgets import QApplication

REPO = Path(__file__).resolve().parents[2]
COMMITTED = REPO / "resources" / "icons" / "hicolor"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def pixels(path: Path) -> tuple[int, bytes]:
    image = QImage(str(path)).convertToFormat(QImage.Format.Format_ARGB32)
    return image.width(), bytes(image.constBits())


def test_rendering_again_gives_the_committed_icons(qapp: QApplication, tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(REPO / "packaging" / "icons" / "render_icons.py"),
         "--icons", str(tmp_path / "hicolor"), "--ico", str(tmp_path / "app.ico")],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    for size in PNG_SIZES:
        relative = Path(f"{size}x{size}") / "apps" / "jpoa-desktop.png"
        width, fresh = pixels(tmp_path / "hicolor" / relative)
        assert width == size
        _, shipped = pixels(COMMITTED / relative)
        # Another Qt release may shade an edge a little differently; a changed drawing moves more.
        differing = sum(abs(a - b) > 16 for a, b in zip(fresh, shipped, strict=True))
        assert differing <= len(fresh) // 200, f"{relative}: render_icons.py was not run again"
    reader = QImageReader(str(tmp_path / "app.ico"))
    assert reader.imageCount() == 7
