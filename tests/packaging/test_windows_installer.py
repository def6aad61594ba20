"""packaging/windows/jpoa.iss cannot be compiled here (Inno Setup is a Windows program), so these
read it: it packs the folder the PyInstaller spec builds, names only files the checkout has, and
keeps the promises its README makes (per user, English and Russian, the version given once)."""

from __future__ import annotations

import ast
import re
import struct
from pathlib import Path, PureWindowsPath

import pytest

REPO = Path(__file__).resolve().parents[2]
WINDOWS = REPO / "packaging" / "windows"
SCRIPT = (WINDOWS / "jpoa.iss").read_text(encoding="utf-8")
SPEC = REPO / "packaging" / "jpoa.spec"


def setting(name: str) -> str:
    """A [Setup] directive's value, or a #define's (quotes dropped)."""
    found = re.search(rf"^(?:{name}=(.*)|#define {name} \"(.*)\")$", SCRIPT, re.MULTILINE)
    assert found is not None, f"{name} is not set in jpoa.iss"
    return found.group(1) or found.group(2)


def from_script_folder(windows_path: str) -> Path:
    """A path in the script as Inno Setup reads it: relative to the script's own folder."""
    return (WINDOWS / Path(*PureWindowsPath(windows_path).parts)).resolve()


def spec_calls() -> list[ast.Call]:
    if not SPEC.exists():
        pytest.skip("packaging/jpoa.spec is not written yet")
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    return [node for node in ast.walk(tree) if isinstance(node, ast.Call)]


def test_the_installer_packs_the_folder_the_spec_builds() -> None:
    (collect,) = [
        c for c in spec_calls() if isinstance(c.func, ast.Name) and c.func.id == "COLLECT"
    ]
    (name,) = [ast.literal_eval(k.value) for k in collect.keywords if k.arg == "name"]
    assert isinstance(name, str)
    bundle = from_script_folder(setting("BundleDir"))
    assert bundle == (REPO / "dist" / name).resolve()
    assert re.search(r'^Source: "\{#BundleDir\}\\\*"; DestDir: "\{app\}"', SCRIPT, re.MULTILINE)
    assert "recursesubdirs createallsubdirs" in SCRIPT  # _internal\ and everything under it


def test_the_shortcuts_start_the_windowed_program_of_the_spec() -> None:
    windowed = {
        call.args[0].value
        for call in spec_calls()
        if call.args
        and isinstance(call.args[0], ast.Constant)
        and any(
            k.arg == "console" and isinstance(k.value, ast.Constant) and k.value.value is False
            for k in call.keywords
        )
    }
    assert len(windowed) == 1
    assert setting("AppExe") == f"{windowed.pop()!s}.exe"
    assert 'Filename: "{app}\\{#AppExe}"' in SCRIPT


def test_every_file_the_script_names_is_in_the_checkout() -> None:
    assert from_script_folder(setting("SetupIconFile")) == WINDOWS / "jpoa-desktop.ico"
    for directive in ("LicenseFile", "InfoBeforeFile", "InfoAfterFile", "WizardImageFile"):
        for value in re.findall(rf"^{directive}=(.*)$", SCRIPT, re.MULTILINE):
            assert from_script_folder(value).is_file(), f"{directive}={value}"
    assert from_script_folder(setting("OutputDir")) == REPO / "dist"


def test_the_installer_icon_holds_every_windows_size() -> None:
    data = (WINDOWS / "jpoa-desktop.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = []
    for index in range(count):
        width, height, _, _, _, bits, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        assert bits == 32 and offset + length <= len(data)
        sizes.append((width or 256, height or 256))
    assert sizes == [(n, n) for n in (16, 24, 32, 48, 64, 128, 256)]


def test_installs_per_user_without_admin_rights_unless_chosen() -> None:
    assert setting("PrivilegesRequired") == "lowest"
    assert setting("PrivilegesRequiredOverridesAllowed") == "dialog"
    assert setting("DefaultDirName").startswith("{autopf}\\")
    assert '"{autoprograms}\\{#AppName}"' in SCRIPT  # the Start menu of whoever installs it
    assert "Tasks: desktopicon" in SCRIPT and "Flags: unchecked" in SCRIPT


def test_speaks_english_and_russian() -> None:
    languages = re.findall(r'^Name: "(\w+)"; MessagesFile: "compiler:(.*)"$', SCRIPT, re.MULTILINE)
    assert languages == [("english", "Default.isl"), ("russian", "Languages\\Russian.isl")]


def test_the_version_is_given_once_on_the_command_line() -> None:
    assert re.search(r"^#ifndef AppVersion\n\s+#error ", SCRIPT, re.MULTILINE)
    assert setting("AppVersion") == "{#AppVersion}"
    assert setting("OutputBaseFilename") == "JPoA-Desktop-{#AppVersion}-setup"
    readme = (WINDOWS / "README.md").read_text(encoding="utf-8")
    assert "iscc /DAppVersion=" in readme
    for path in re.findall(r"packaging\\[\w\\.-]+", readme):
        assert (REPO / Path(*PureWindowsPath(path).parts)).exists(), path
