"""`jpoa-desktop --self-test`, run as a trainer runs it: the installed command, in its own process.

Each run has its home, data, config and temporary folders in tmp_path, so the tests can see
that nothing is left anywhere once it ends, whether it passed or failed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import jpoa_desktop
from jpoa_desktop.config import resources_dir

REPO = Path(__file__).resolve().parents[2]
STEPS = ("folder", "database", "library", "search", "import", "certificate", "window")
COMMAND = Path(sys.executable).parent / "jpoa-desktop"


def _user_folders(tmp_path: Path) -> dict[str, str]:
    """An environment whose home, user folders and temporary folder are all in tmp_path."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("JPOA_")}
    for name, sub in (("HOME", "home"), ("XDG_DATA_HOME", "home/data"),
                      ("XDG_CONFIG_HOME", "home/config"), ("XDG_CACHE_HOME", "home/cache"),
                      ("TMPDIR", "tmp")):  # fmt: skip
        (tmp_path / sub).mkdir(parents=True, exist_ok=True)
        env[name] = str(tmp_path / sub)
    env.pop("QT_QPA_PLATFORM", None)  # the self-test goes off-screen by itself
    return env


def _files_left(tmp_path: Path) -> list[Path]:
    return [path for path in tmp_path.rglob("*") if not path.is_dir()]


def _run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, env=env, capture_output=True, text=True, timeout=120, check=False)


def test_the_installed_command_passes_every_step_and_leaves_nothing_behind(
    tmp_path: Path,
) -> None:
    result = _run([str(COMMAND), "--self-test"], _user_folders(tmp_path))

    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"JPoA Desktop {jpoa_desktop.__version__} self-test")
    step_lines = lines[1:-1]
    assert [line.split()[0] for line in step_lines] == list(STEPS)
    for line in step_lines:
        _name, ok, milliseconds, unit = line.split()
        assert (ok, unit) == ("ok", "ms") and int(milliseconds) >= 0, line
    assert lines[-1].startswith("self-test passed in ")
    assert "Traceback" not in result.stderr
    assert _files_left(tmp_path) == []  # no database, key, settings, backup or list anywhere
    assert list((tmp_path / "tmp").iterdir()) == []  # its temporary folder is gone too


def test_a_temporary_folder_that_cannot_be_made_fails_the_first_step_by_name(
    tmp_path: Path,
) -> None:
    env = _user_folders(tmp_path)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the temporary folder's parent should be", encoding="utf-8")
    env["TMPDIR"] = str(blocker / "tmp")  # fails even for root, who ignores permissions

    result = _run([str(COMMAND), "--self-test"], env)

    assert result.returncode == 1
    last = result.stdout.splitlines()[-1]
    assert last.startswith("self-test failed at step folder: cannot make a temporary folder in ")
    assert str(blocker / "tmp") in last
    assert "Traceback" not in result.stderr  # a refusal is explained, not a bug
    assert _files_left(tmp_path) == [blocker]


def test_an_install_with_a_damaged_library_file_fails_at_the_library_step_and_cleans_up(
    tmp_path: Path,
) -> None:
    """A copy of the installed package, as a bundle holds it (resources and migrations inside
    it), whose framework file was cut short in the copying."""
    site = tmp_path / "site"
    package = site / "jpoa_desktop"
    no_caches = shutil.ignore_patterns("__pycache__")
    shutil.copytree(Path(jpoa_desktop.__file__).parent, package, ignore=no_caches)
    shutil.copytree(resources_dir(), package / "resources", ignore=no_caches)
    shutil.copytree(REPO / "db", package / "migrations", ignore=no_caches)
    framework = package / "resources" / "content" / "framework.toml"
    framework.write_bytes(framework.read_bytes()[:5000])
    env = _user_folders(tmp_path / "user")
    env["PYTHONPATH"] = str(site)

    result = _run([sys.executable, "-m", "jpoa_desktop", "--self-test"], env)

    assert result.returncode == 1, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert [line.split()[0] for line in lines[1:-1]] == ["folder", "database"]
    assert lines[-1].startswith("self-test failed at step library: ")
    assert "framework.toml" in lines[-1]
    assert _files_left(tmp_path / "user") == []
