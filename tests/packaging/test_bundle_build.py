"""The bundled app (packaging/jpoa.spec), built for real with PyInstaller once for this module:
what it holds and leaves out, its size, its self-test, its command line, and its archive unpacked
and started on a virtual screen with nothing of this checkout or its Python in the environment."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from jpoa_desktop import __version__

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "packaging" / "linux"))
from make_archive import archive_name, make_archive  # noqa: E402

pytestmark = [
    pytest.mark.xdist_group("bundle"),  # one build, in one worker
    pytest.mark.skipif(sys.platform != "linux", reason="the Linux bundle is built on Linux"),
]

BUDGET_MB = 200
# What the app imports from Qt (grep "from PySide6" src), and what those need to show a window on
# X11 or Wayland, print, and read SVG and the images people give.
QT_LIBRARIES_ALLOWED = {
    "Core", "Gui", "Widgets", "PrintSupport", "Svg", "DBus", "XcbQpa", "WaylandClient",
    "WlShellIntegration",
}  # fmt: skip
QT_MODULES_ALLOWED = {"QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtSvg"}


def _clean_environment(home: Path, **extra: str) -> dict[str, str]:
    """What a trainer's session has: no virtual environment, no PYTHONPATH, no checkout."""
    return {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8", **extra}


def _run(
    program: Path, *args: str, env: dict[str, str], timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(program), *args], env=env, capture_output=True, text=True, timeout=timeout,
        cwd=env["HOME"], check=False,
    )  # fmt: skip


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    build = tmp_path_factory.mktemp("bundle-build")
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    result = subprocess.run(
        [str(pyinstaller), "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(build / "dist"), "--workpath", str(build / "work"),
         str(REPO / "packaging" / "jpoa.spec")],
        capture_output=True, text=True, timeout=1200, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-4000:]
    return build / "dist" / "jpoa-desktop"


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home of a trainer"
    folder.mkdir()
    return folder


def _names(folder: Path) -> set[str]:
    return {path.relative_to(folder).as_posix() for path in folder.rglob("*")}


def test_the_bundle_holds_every_migration(bundle: Path) -> None:
    shipped = bundle / "_internal" / "jpoa_desktop" / "migrations"
    ours = {path.name for path in (REPO / "db" / "versions").glob("*.py")}
    assert ours  # the repository's own list is not empty
    assert {path.name for path in (shipped / "versions").glob("*.py")} == ours
    assert (shipped / "env.py").is_file()


def test_the_bundle_holds_fonts_translations_and_content(bundle: Path) -> None:
    resources = bundle / "_internal" / "jpoa_desktop" / "resources"
    names = _names(resources)
    fonts = {"fonts/DejaVuSans.ttf", "fonts/DejaVuSans-Bold.ttf", "fonts/LICENSE-DejaVu.txt"}
    assert fonts <= names
    assert {"translations/jpoa_en.qm", "translations/jpoa_ru.qm"} <= names
    content = {f"content/{path.name}" for path in (REPO / "resources" / "content").glob("*.toml")}
    assert content and content <= names
    assert not any(name.endswith(".ts") for name in names)  # sources of the catalogues stay home
    for size in (16, 48, 256):  # the window icon, and what install.sh puts in the menu
        assert f"icons/hicolor/{size}x{size}/apps/jpoa-desktop.png" in names
    assert (bundle / "install.sh").stat().st_mode & 0o111
    assert (bundle / "jpoa-desktop.desktop").is_file()
    qt_translations = {path.name for path in bundle.rglob("PySide6/Qt/translations/*.qm")}
    assert qt_translations == {"qtbase_en.qm", "qtbase_ru.qm"}


def test_the_bundle_leaves_out_the_qt_modules_the_app_does_not_use(bundle: Path) -> None:
    libraries = {path.name for path in bundle.rglob("libQt6*.so*")}
    kinds = {name.removeprefix("libQt6").split(".")[0] for name in libraries}
    assert {"Core", "Gui", "Widgets", "PrintSupport", "Svg"} <= kinds
    assert kinds <= QT_LIBRARIES_ALLOWED, kinds - QT_LIBRARIES_ALLOWED
    bindings = (bundle / "_internal" / "PySide6").glob("Qt*.so")
    modules = {path.name.split(".")[0] for path in bindings}
    assert modules == QT_MODULES_ALLOWED
    for unwanted in ("WebEngine", "3D", "Quick", "Qml", "Multimedia", "Network", "OpenGL"):
        assert not [path for path in bundle.rglob(f"*{unwanted}*")], unwanted
    assert not list(bundle.rglob("libgtk-3*"))  # the GTK theme and its libraries are left out
    # Printing: Qt's CUPS plugin is there, and uses the computer's own libcups.
    assert list(bundle.rglob("plugins/printsupport/libcupsprintersupport.so"))
    assert not list(bundle.rglob("libcups.so*"))


def test_the_bundle_leaves_out_the_tools_of_development(bundle: Path) -> None:
    top = {path.name for path in (bundle / "_internal").iterdir()}
    assert not top & {"pytest", "_pytest", "pypdf", "zxingcpp", "mypy", "PyInstaller", "pygments"}


def test_the_bundle_stays_within_its_size_budget(bundle: Path) -> None:
    size = sum(path.stat().st_size for path in bundle.rglob("*") if not path.is_symlink())
    assert size / 1e6 < BUDGET_MB


def test_the_bundled_app_passes_its_self_test_with_nothing_of_python_around(
    bundle: Path, home: Path
) -> None:
    result = _run(bundle / "jpoa-desktop", "--self-test", env=_clean_environment(home))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stdout
    assert not list(home.rglob("*jpoa*"))  # no data, settings or keys of the trainer touched


def test_the_bundled_command_line_makes_checks_and_searches_a_database(
    bundle: Path, home: Path
) -> None:
    jpoa = bundle / "jpoa"
    assert jpoa.is_symlink()
    database = str(home / "workshop.sqlite")
    env = _clean_environment(home)
    version = _run(jpoa, "--version", env=env)
    assert version.returncode == 0 and __version__ in version.stdout
    assert _run(jpoa, "--db", database, "init", env=env).returncode == 0
    check = _run(jpoa, "--db", database, "check", env=env)
    assert check.returncode == 0, check.stdout + check.stderr
    for query in ("терроризм", "terrorizm"):  # Cyrillic, and the same word typed in Latin
        found = _run(jpoa, "--db", database, "search", query, env=env)
        assert found.returncode == 0 and found.stdout.strip(), (query, found.stderr)


def test_the_archive_unpacks_into_one_folder_and_starts_on_a_virtual_screen(
    bundle: Path, home: Path, tmp_path: Path
) -> None:
    archive = make_archive(bundle)
    assert archive.name == archive_name(__version__, os.uname().machine)
    with tarfile.open(archive) as packed:
        tops = {name.split("/")[0] for name in packed.getnames()}
        assert tops == {f"jpoa-desktop-{__version__}"}
        packed.extractall(tmp_path / "unpacked", filter="tar")
    unpacked = tmp_path / "unpacked" / f"jpoa-desktop-{__version__}"
    assert (unpacked / "jpoa").is_symlink() and os.access(unpacked / "jpoa-desktop", os.X_OK)
    # A real X server (Xvfb), so the bundle's own xcb platform plugin and libraries draw the window.
    xvfb_run = shutil.which("xvfb-run")
    assert xvfb_run, "xvfb-run (Debian xvfb) is needed: .ci/run installs it"
    env = _clean_environment(home)
    result = subprocess.run(
        [xvfb_run, "-a", str(unpacked / "jpoa-desktop"), "--first-paint-probe",
         "--db", str(home / "first.sqlite")],
        env=env, capture_output=True, text=True, timeout=180, check=False, cwd=home,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("PAINTED ")
    assert "Could not load the Qt platform plugin" not in result.stderr
