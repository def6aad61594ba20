"""packaging/linux/install.sh, run for real on a fake unpacked bundle in a folder whose name has
a space (and worse) in it, with HOME in a temporary folder: the menu entry, the icons and the
`jpoa` command go in, `--uninstall` takes out exactly them."""

from __future__ import annotations

import configparser
import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
LINUX = REPO / "packaging" / "linux"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
STRING_ESCAPES = {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}


def make_bundle(folder: Path) -> Path:
    """The top folder of an unpacked bundle as the spec lays it out, with stand-in programs."""
    folder.mkdir(parents=True)
    for program in ("jpoa-desktop", "jpoa"):
        (folder / program).write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
        (folder / program).chmod(0o755)
    for name in ("install.sh", "jpoa-desktop.desktop"):
        shutil.copy2(LINUX / name, folder / name)
    icons = folder / "_internal" / "jpoa_desktop" / "resources" / "icons"
    shutil.copytree(REPO / "resources" / "icons" / "hicolor", icons / "hicolor")
    return folder


def run_install(
    bundle: Path, home: Path, *args: str, **env: str
) -> subprocess.CompletedProcess[str]:
    environment = {"HOME": str(home), "PATH": os.environ.get("PATH", "/usr/bin:/bin"), **env}
    return subprocess.run(
        [str(bundle / "install.sh"), *args],
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def read_entry(path: Path) -> configparser.SectionProxy:
    entry = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(path, encoding="utf-8")
    return entry["Desktop Entry"]


def unescape_string(value: str) -> str:
    """A string value as the Desktop Entry spec reads it: \\s \\n \\t \\r \\\\ escapes."""
    out: list[str] = []
    rest = iter(value)
    for char in rest:
        out.append(STRING_ESCAPES[next(rest)] if char == "\\" else char)
    return "".join(out)


def exec_arguments(value: str) -> list[str]:
    """Exec's arguments: string escapes first, then the spec's quoting (inside double quotes a
    backslash escapes " ` $ and itself), then %% for a literal %."""
    arguments: list[str] = []
    current: str | None = None
    quoted = False
    chars = iter(unescape_string(value))
    for char in chars:
        if quoted and char == "\\":
            escaped = next(chars)
            assert escaped in '"`$\\', f"{escaped!r} may not be escaped in a quoted argument"
            current = (current or "") + escaped
        elif char == '"':
            quoted, current = not quoted, current or ""
        elif char == " " and not quoted:
            if current is not None:
                arguments.append(current)
            current = None
        else:
            current = (current or "") + char
    assert not quoted, "an unclosed quote"
    if current is not None:
        arguments.append(current)
    return [argument.replace("%%", "%") for argument in arguments]


def tree(root: Path) -> set[str]:
    return {str(path.relative_to(root)) for path in root.rglob("*")}


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


@pytest.mark.parametrize(
    "folder_name",
    ["JPoA Desktop 0.1.0", 'it\'s "odd" $HOME `x` 100% back\\slash;&'],
    ids=["space", "quotes-dollar-percent-backslash"],
)
def test_install_writes_an_entry_that_starts_the_bundle_at_its_exact_path(
    tmp_path: Path, home: Path, folder_name: str
) -> None:
    bundle = make_bundle(tmp_path / "unpacked here" / folder_name)
    done = run_install(bundle, home)
    assert done.returncode == 0, done.stderr
    installed = home / ".local" / "share" / "applications" / "jpoa-desktop.desktop"
    desktop = read_entry(installed)
    assert exec_arguments(desktop["Exec"]) == [str(bundle / "jpoa-desktop")]
    assert unescape_string(desktop["TryExec"]) == str(bundle / "jpoa-desktop")
    assert desktop["Icon"] == "jpoa-desktop"
    assert desktop["Name"] == "JPoA Desktop"
    assert desktop["Comment[ru]"] == read_entry(LINUX / "jpoa-desktop.desktop")["Comment[ru]"]


def test_install_puts_every_icon_size_and_the_jpoa_command_for_the_user(
    tmp_path: Path, home: Path
) -> None:
    bundle = make_bundle(tmp_path / "Trainer files" / "jpoa-desktop-0.1.0")
    assert run_install(bundle, home).returncode == 0
    icons = home / ".local" / "share" / "icons" / "hicolor"
    for size in SIZES:
        copied = icons / f"{size}x{size}" / "apps" / "jpoa-desktop.png"
        shipped = bundle / "_internal" / "jpoa_desktop" / "resources" / "icons" / "hicolor"
        assert copied.read_bytes() == (shipped / copied.relative_to(icons)).read_bytes()
    command = home / ".local" / "bin" / "jpoa"
    assert command.is_symlink()
    assert command.resolve() == (bundle / "jpoa").resolve()


def test_install_follows_xdg_data_home_and_no_command_leaves_bin_alone(
    tmp_path: Path, home: Path
) -> None:
    bundle = make_bundle(tmp_path / "bundle")
    data = tmp_path / "elsewhere" / "data"
    assert run_install(bundle, home, "--no-command", XDG_DATA_HOME=str(data)).returncode == 0
    assert (data / "applications" / "jpoa-desktop.desktop").is_file()
    assert (data / "icons" / "hicolor" / "16x16" / "apps" / "jpoa-desktop.png").is_file()
    assert not (home / ".local").exists()


def test_uninstall_removes_exactly_what_install_added(tmp_path: Path, home: Path) -> None:
    bundle = make_bundle(tmp_path / "my bundle")
    share = home / ".local" / "share"
    (share / "applications").mkdir(parents=True)
    (share / "applications" / "other.desktop").write_text("[Desktop Entry]\n", encoding="utf-8")
    (share / "jpoa-desktop").mkdir()
    (share / "jpoa-desktop" / "jpoa.sqlite").write_bytes(b"a trainer's database")
    mine = home / ".local" / "bin" / "jpoa"
    mine.parent.mkdir()
    mine.write_text("#!/bin/sh\n", encoding="utf-8")  # someone else's jpoa: never replaced
    before = tree(home)

    done = run_install(bundle, home)
    assert done.returncode == 0
    assert "not from this install" in done.stdout
    assert mine.read_text(encoding="utf-8") == "#!/bin/sh\n"
    assert tree(home) > before
    assert run_install(bundle, home).returncode == 0  # again: replaces, does not pile up
    undone = run_install(bundle, home, "--uninstall")

    assert undone.returncode == 0
    assert tree(home) == before
    assert (share / "jpoa-desktop" / "jpoa.sqlite").read_bytes() == b"a trainer's database"


def test_an_install_cut_short_can_still_be_undone(tmp_path: Path, home: Path) -> None:
    bundle = make_bundle(tmp_path / "bundle")
    (home / ".local").mkdir()
    (home / ".local" / "bin").write_text("a file where the folder should be", encoding="utf-8")
    before = tree(home)
    failed = run_install(bundle, home)
    assert failed.returncode != 0  # the jpoa link cannot be made; the entry and icons were
    assert failed.stderr.splitlines()[-1].endswith('--uninstall" undoes what was done.')
    assert (home / ".local" / "share" / "applications" / "jpoa-desktop.desktop").exists()
    assert run_install(bundle, home, "--uninstall").returncode == 0
    assert tree(home) == before


def test_uninstall_works_after_the_bundle_has_moved(tmp_path: Path, home: Path) -> None:
    first = make_bundle(tmp_path / "first")
    assert run_install(first, home).returncode == 0
    moved = first.rename(tmp_path / "moved")
    assert run_install(moved, home, "--uninstall").returncode == 0
    assert tree(home) == set()


def test_install_outside_a_bundle_refuses_and_writes_nothing(tmp_path: Path, home: Path) -> None:
    lone = tmp_path / "lone"
    lone.mkdir()
    shutil.copy2(LINUX / "install.sh", lone / "install.sh")
    done = run_install(lone, home)
    assert done.returncode == 1
    assert done.stderr.startswith("install.sh: no jpoa-desktop program in ")
    assert len(done.stderr.splitlines()) == 1
    assert tree(home) == set()


def test_the_shipped_script_is_executable_posix_sh() -> None:
    script = LINUX / "install.sh"
    assert script.read_text(encoding="utf-8").startswith("#!/bin/sh\n")
    assert script.stat().st_mode & stat.S_IXUSR
    for shell in ("sh", "dash"):
        if shutil.which(shell):
            assert subprocess.run([shell, "-n", str(script)], check=False).returncode == 0


def test_the_menu_entry_names_the_shipped_icon() -> None:
    desktop = read_entry(LINUX / "jpoa-desktop.desktop")
    assert desktop["Icon"] == "jpoa-desktop"
    hicolor = REPO / "resources" / "icons" / "hicolor"
    assert {p.parent.parent.name for p in hicolor.glob("*/apps/jpoa-desktop.png")} == {
        f"{size}x{size}" for size in SIZES
    }


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils")
def test_the_installed_entry_passes_desktop_file_validate(tmp_path: Path, home: Path) -> None:
    bundle = make_bundle(tmp_path / "a bundle with 100% $pace")
    assert run_install(bundle, home).returncode == 0
    installed = home / ".local" / "share" / "applications" / "jpoa-desktop.desktop"
    for entry in (LINUX / "jpoa-desktop.desktop", installed):
        checked = subprocess.run(
            ["desktop-file-validate", str(entry)], capture_output=True, text=True, check=False
        )
        assert checked.returncode == 0 and not checked.stdout.strip(), checked.stdout
