"""`jpoa-desktop` from the command line: --version and --screenshot."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from jpoa_desktop import __version__
from jpoa_desktop.app import main

REPO = Path(__file__).resolve().parents[2]


def _png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def test_version_option_prints_the_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert __version__ in capsys.readouterr().out


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_screenshot_renders_the_library_to_a_png(tmp_path: Path, lang: str) -> None:
    png = tmp_path / f"library-{lang}.png"
    code = (
        "import sys; from jpoa_desktop.app import main; "
        f"sys.exit(main(['--screenshot', {str(png)!r}, '--db', {str(tmp_path / 's.sqlite')!r}, "
        f"'--lang', {lang!r}, '--settings', {str(tmp_path / 's.ini')!r}]))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True, timeout=180
    )
    assert done.returncode == 0, done.stderr
    assert png.stat().st_size > 20_000
    assert _png_size(png) == (1280, 800)


def test_screenshot_of_a_refused_database_exits_with_2(tmp_path: Path) -> None:
    fake = tmp_path / "notes.sqlite"
    fake.write_text("just some notes", encoding="utf-8")
    code = (
        "import sys; from jpoa_desktop.app import main; "
        f"sys.exit(main(['--screenshot', {str(tmp_path / 'x.png')!r}, '--db', {str(fake)!r}]))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True, timeout=180
    )
    assert done.returncode == 2
    assert "not a JPoA Desktop database" in done.stderr
    assert not (tmp_path / "x.png").exists()
    assert fake.read_text(encoding="utf-8") == "just some notes"
