"""`jpoa branding` as a user runs it: a real process, real files, exit codes and JSON."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from tests.cli.runner import as_json, jpoa

from jpoa_desktop.cli.main import main
from jpoa_desktop.services.database import open_database
from jpoa_desktop.services.workshops.workshops import WorkshopInput, WorkshopService

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _workshop(tmp_path: Path) -> str:
    db = open_database(str(tmp_path / "w.sqlite"))
    try:
        workshop = WorkshopService(db.session_scope).create(
            WorkshopInput(titles={"en": "Border security"}, start=date(2026, 12, 1),
                          end=date(2026, 12, 2), city="Osh")
        )  # fmt: skip
    finally:
        db.dispose()
    return str(workshop)


def test_logos_and_a_signature_are_added_listed_moved_and_removed(tmp_path: Path) -> None:
    workshop = _workshop(tmp_path)
    png = as_json(jpoa("branding", "add-logo", "--workshop", workshop,
                       str(FIXTURES / "logo.png"), "--json", cwd=tmp_path))  # fmt: skip
    svg = as_json(jpoa("branding", "add-logo", "--workshop", workshop,
                       str(FIXTURES / "logo.svg"), "--json", cwd=tmp_path))  # fmt: skip
    added = jpoa("branding", "add-signature", "--workshop", workshop,
                 str(FIXTURES / "signature.svg"), "--name", "A. Karimova",
                 "--title", "Head of Office", cwd=tmp_path)  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert added.stdout.strip().isdigit()
    moved = jpoa("branding", "move", str(svg["id"]), "1", cwd=tmp_path)
    assert moved.returncode == 0 and "logo.svg is now number 1" in moved.stdout
    shown = as_json(jpoa("branding", "show", "--workshop", workshop, "--json", cwd=tmp_path))
    assert [(logo["file"], logo["position"]) for logo in shown["logos"]] == [
        ("logo.svg", 1),
        ("logo.png", 2),
    ]
    (signature,) = shown["signatures"]
    assert (signature["name"], signature["title"]) == ("A. Karimova", "Head of Office")
    assert signature["media_type"] == "image/svg+xml"
    removed = jpoa("branding", "remove", str(png["id"]), cwd=tmp_path)
    assert removed.returncode == 0 and "removed logo.png" in removed.stdout
    text = jpoa("branding", "show", "--workshop", workshop, cwd=tmp_path).stdout
    assert "logo.png" not in text and "logo.svg (image/svg+xml)" in text
    assert "A. Karimova, Head of Office" in text


def test_accent_and_margins_are_set_and_reset(tmp_path: Path) -> None:
    workshop = _workshop(tmp_path)
    shown = as_json(jpoa("branding", "set", "--workshop", workshop, "--accent", "#8A1538",
                         "--margin", "22,5", "--json", cwd=tmp_path))  # fmt: skip
    assert (shown["accent"], shown["margin_mm"]) == ("#8a1538", 22.5)
    shown = as_json(jpoa("branding", "set", "--workshop", workshop, "--margin", "none",
                         "--json", cwd=tmp_path))  # fmt: skip
    assert (shown["accent"], shown["margin_mm"]) == ("#8a1538", None)  # the accent is kept
    text = jpoa("branding", "set", "--workshop", workshop, "--accent", "none", cwd=tmp_path)
    assert "accent: default" in text.stdout and "margins: default" in text.stdout


def test_bad_input_exits_2_with_the_reason_and_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workshop = _workshop(tmp_path)
    database = str(tmp_path / "w.sqlite")
    hostile = str(FIXTURES / "external_entity.svg")
    notes = tmp_path / "notes.txt"
    notes.write_text("not a picture")
    refused = {
        "hostile SVG": ("add-logo", "--workshop", workshop, hostile),
        "not an image": ("add-logo", "--workshop", workshop, str(notes)),
        "missing file": ("add-logo", "--workshop", workshop, "nowhere.png"),
        "no workshop": ("add-logo", "--workshop", "999", str(FIXTURES / "logo.png")),
        "bad colour": ("set", "--workshop", workshop, "--accent", "blue", "--margin", "20"),
        "bad margin": ("set", "--workshop", workshop, "--margin", "wide"),
        "too small": ("set", "--workshop", workshop, "--accent", "#000000", "--margin", "2"),
        "nothing to set": ("set", "--workshop", workshop),
        "no such image": ("remove", "12345"),
    }
    for case, args in refused.items():  # in this process: nine start-ups would take a while
        assert main(["--db", database, "branding", *args], io.StringIO()) == 2, case
        error = capsys.readouterr().err
        assert error.startswith("jpoa: ") and "Traceback" not in error, case
        if case == "hostile SVG":
            assert "declares XML entities" in error
    shown = as_json(jpoa("branding", "show", "--workshop", workshop, "--json", cwd=tmp_path))
    assert shown == {
        "workshop": int(workshop),
        "accent": None,
        "margin_mm": None,
        "logos": [],
        "signatures": [],
    }


def test_a_handout_printed_from_the_command_line_has_the_logo(tmp_path: Path) -> None:
    workshop = _workshop(tmp_path)
    jpoa("branding", "add-logo", "--workshop", workshop, str(FIXTURES / "logo.png"), cwd=tmp_path)
    jpoa("branding", "add-signature", "--workshop", workshop, str(FIXTURES / "signature.png"),
         "--name", "A. Karimova", cwd=tmp_path)  # fmt: skip
    out = tmp_path / "agenda.pdf"
    result = jpoa("handout", "agenda", "--workshop", workshop, "--lang", "en", "--out", str(out),
                  cwd=tmp_path)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert b"/FormXob.jpoa-image-" in out.read_bytes()
