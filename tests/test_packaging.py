"""The wheel carries everything the app needs at run time: content, translations, migrations."""

from __future__ import annotations

import configparser
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel_names(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "hatchling", "build", "-t", "wheel", "-d", str(out)],
        cwd=REPO,
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = out.glob("jpoa_desktop-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


def test_wheel_contains_the_content_files(wheel_names: set[str]) -> None:
    for source in (REPO / "resources" / "content").glob("*.toml"):
        assert f"jpoa_desktop/resources/content/{source.name}" in wheel_names


def test_wheel_contains_every_migration(wheel_names: set[str]) -> None:
    assert "jpoa_desktop/migrations/env.py" in wheel_names
    for source in (REPO / "db" / "versions").glob("*.py"):
        assert f"jpoa_desktop/migrations/versions/{source.name}" in wheel_names


def test_wheel_contains_compiled_translations(wheel_names: set[str]) -> None:
    assert "jpoa_desktop/resources/translations/jpoa_ru.qm" in wheel_names


def test_wheel_contains_the_handout_fonts_their_licence_and_labels(wheel_names: set[str]) -> None:
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "LICENSE-DejaVu.txt"):
        assert f"jpoa_desktop/resources/fonts/{name}" in wheel_names
    assert "jpoa_desktop/resources/handouts/labels.toml" in wheel_names


def test_wheel_declares_both_commands(wheel_names: set[str]) -> None:
    assert any(name.endswith(".dist-info/entry_points.txt") for name in wheel_names)


def test_the_linux_menu_entry_starts_the_installed_gui_script() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(REPO / "packaging" / "linux" / "jpoa-desktop.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    scripts = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert desktop["Type"] == "Application"
    assert desktop["Exec"].split()[0] in scripts["gui-scripts"]
    assert desktop["Terminal"] == "false"
    assert desktop["Name"] == "JPoA Desktop"
