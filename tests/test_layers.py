"""The layers of DESIGN.md: the engine never imports Qt, and screens never reach into db/."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "jpoa_desktop"
QT_FREE = ("services", "db", "content", "io", "handouts")


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _modules(*folders: str) -> list[Path]:
    return sorted(p for f in folders for p in (PACKAGE / f).rglob("*.py"))


@pytest.mark.parametrize("path", _modules(*QT_FREE), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_engine_modules_do_not_import_qt(path: Path) -> None:
    assert not [n for n in _imports(path) if n.split(".")[0] in {"PySide6", "shiboken6"}]


@pytest.mark.parametrize("path", _modules("ui"), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_screens_do_not_import_the_database_layer(path: Path) -> None:
    assert not [n for n in _imports(path) if n.startswith(("jpoa_desktop.db", "sqlalchemy"))]


def test_the_command_line_does_not_import_qt() -> None:
    assert not [n for n in _imports(PACKAGE / "cli.py") if n.startswith("PySide6")]


def test_the_layer_tests_see_the_modules() -> None:
    assert len(_modules(*QT_FREE)) >= 10
