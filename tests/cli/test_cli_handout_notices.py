"""`jpoa handout` prints a workshop whose people's texts the fonts or the page cannot hold as
written, and says whose texts it changed: in its JSON and in its plain output."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from tests.cli.runner import as_json, jpoa
from tests.handouts.hostile_people import LONG_FAMILY, letters_workshop, long_texts_workshop

from jpoa_desktop.services.database import open_database


def test_the_json_lists_the_observer_printed_in_latin_and_the_letters_left_out(
    tmp_path: Path,
) -> None:
    db = open_database(str(tmp_path / "w.sqlite"))
    workshop = letters_workshop(db)
    db.dispose()
    report = as_json(jpoa("handout", "badges", "--workshop", str(workshop), "--lang", "ru",
                          "--out", "badges.pdf", "--json", cwd=tmp_path))  # fmt: skip
    assert (tmp_path / "badges.pdf").exists()
    notices = report["notices"]
    assert {"kind": "latin", "person": "王 小明", "field": "name", "detail": "Wang Xiaoming",
            "kept": 0, "length": 0} in notices  # fmt: skip
    unprintable = [n for n in notices if n["kind"] == "unprintable"]
    assert {n["person"] for n in unprintable} >= {"李 😀", "Ғафурова Мунира"}


def test_the_plain_output_says_which_texts_were_cut_to_fit(tmp_path: Path) -> None:
    db = open_database(str(tmp_path / "w.sqlite"))
    workshop = long_texts_workshop(db)
    db.dispose()
    result = jpoa("handout", "participant-list", "--workshop", str(workshop), "--out",
                  "list.pdf", cwd=tmp_path)  # fmt: skip
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "list.pdf"
    cut = [line for line in lines if line.startswith("cut to fit")]
    assert any(f"of {len(LONG_FAMILY) + 7} letters): {LONG_FAMILY[:20]}" in line
               and line.endswith(": name") for line in cut), cut  # fmt: skip
    assert any(line.endswith(": organisation") for line in cut)
    assert len(PdfReader(tmp_path / "list.pdf").pages) == 1
