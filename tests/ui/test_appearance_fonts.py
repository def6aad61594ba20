"""On a computer with no fonts (fontconfig given an empty configuration, as on a minimal install),
the interface still draws Latin, Cyrillic and our languages' own letters, from the fonts we ship."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

PROBE = """
from PySide6.QtWidgets import QApplication
from PySide6.QtGui import QFontInfo
app = QApplication([])
from jpoa_desktop.ui.appearance.fonts import letters_missing, make_letters_readable
print("BEFORE", repr(letters_missing(app.font())))
make_letters_readable(app)
print("AFTER", repr(letters_missing(app.font())), QFontInfo(app.font()).family())
"""


@pytest.fixture
def fontless(tmp_path: Path) -> dict[str, str]:
    """An environment whose fontconfig knows no font folder at all."""
    config = tmp_path / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n'
        f"<fontconfig><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>\n",
        encoding="utf-8",
    )
    return {**os.environ, "FONTCONFIG_FILE": str(config), "QT_QPA_PLATFORM": "offscreen",
            "HOME": str(tmp_path)}  # fmt: skip


def test_a_computer_without_fonts_gets_ours_for_the_interface(fontless: dict[str, str]) -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE], env=fontless, capture_output=True, text=True, timeout=60,
        check=True,
    )  # fmt: skip
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines())
    assert "Я" in lines["BEFORE"]  # the fault is real: without ours, Cyrillic is boxes
    assert lines["AFTER"] == "'' DejaVu Sans"  # every letter of our languages, drawn by ours


def test_the_self_test_passes_on_a_computer_without_fonts(fontless: dict[str, str]) -> None:
    command = Path(sys.executable).with_name("jpoa-desktop")
    result = subprocess.run(
        [str(command), "--self-test"], env=fontless, capture_output=True, text=True, timeout=120,
        check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "window       ok" in result.stdout
