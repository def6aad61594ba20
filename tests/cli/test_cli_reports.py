"""`jpoa report workshop|programme`: the workbook read back with openpyxl and the PDF with pypdf
hold the figures of a workshop built in the test; bad input exits 2 with one line and writes
nothing."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from tests.cli.runner import as_json, jpoa
from tests.evaluation_rows import add_test_questions, classroom

from jpoa_desktop.services.database import open_database
from jpoa_desktop.services.evaluation.forms import FormService
from jpoa_desktop.services.evaluation.responses import ResponseService

WRONG = {"A": "B", "B": "C", "C": "D", "D": "A"}


def _setup(tmp_path: Path) -> int:
    """Five people, two days, present 2, 2, 1, 1, 0 days; person 1 scores 1/4 then 3/4 (g = 2/3),
    person 2 2/4 then 4/4 (g = 1); the others took no test."""
    db = open_database(str(tmp_path / "w.sqlite"))
    try:
        add_test_questions(db, 4)
        room = classroom(db, present_days=(2, 2, 1, 1, 0))
        forms, answers = FormService(db.session_scope), ResponseService(db.session_scope)
        pre = forms.create(room.workshop_id, "pre", questions=4, pillars=[1], seed=1)
        post = forms.create(room.workshop_id, "post", shuffle=True, seed=2)
        for person, (before, after) in enumerate(((1, 3), (2, 4))):
            for form, right in ((pre, before), (post, after)):
                row = {i.number: i.correct if n < right else WRONG[i.correct]
                       for n, i in enumerate(form.items)}  # fmt: skip
                answers.save_answers(form.id, room.registration_ids[person], row)
        return room.workshop_id
    finally:
        db.dispose()


def test_the_workshop_report_as_a_russian_workbook(tmp_path: Path) -> None:
    workshop = _setup(tmp_path)
    result = as_json(jpoa("report", "workshop", str(workshop), "--out", "r.xlsx", "--lang", "ru",
                          "--json", cwd=tmp_path))  # fmt: skip
    assert (result["workshops"], result["participants"]) == (1, 5)
    assert (result["women"], result["men"]) == (3, 2)
    assert result["attendance_rate"] == pytest.approx(6 / 10)
    assert result["mean_gain"] == pytest.approx((2 / 3 + 1) / 2)
    book = openpyxl.load_workbook(tmp_path / "r.xlsx")
    summary = {row[0]: row[1] for row in book["Сводка"].iter_rows(values_only=True) if row[0]}
    assert summary["Посещаемость"] == pytest.approx(0.6)
    assert summary["Средний прирост"] == pytest.approx((2 / 3 + 1) / 2)
    scores = {row[0]: row[2:5] for row in book["Результаты участников"].iter_rows(values_only=True)}
    assert len(scores) == 6  # the header and five people
    assert [value for value in list(scores.values())[1:] if value[2] is not None] == [
        (0.25, 0.75, pytest.approx(2 / 3)),
        (0.5, 1.0, 1.0),
    ]


def test_the_programme_report_as_an_english_pdf(tmp_path: Path) -> None:
    _setup(tmp_path)
    result = jpoa("report", "programme", "--from", "2026-01-01", "--to", "2026-12-31",
                  "--out", "p.pdf", cwd=tmp_path)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "1 workshop(s), 5 participant(s) (3 women, 2 men)" in result.stdout
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(tmp_path / "p.pdf").pages)
    assert "Programme report" in text
    assert "In the period 1 January – 31 December 2026, 1 workshop reached 5 participants" in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("workshop", "999", "--out", "x.pdf"), "no workshop with id 999"),
        (("programme", "--from", "2026-13-01", "--out", "x.xlsx"), "not a date"),
        (("programme", "--out", "x.docx"), ".xlsx or a .pdf"),
        (("programme", "--pillar", "5", "--out", "x.xlsx"), "no pillar 5"),
        (("programme", "--phase", "0", "--out", "x.xlsx"), "no phase 0"),
        (("programme", "--from", "2026-05-01", "--to", "2026-04-01", "--out", "x.pdf"), "after"),
    ],
)
def test_bad_input_exits_2_and_writes_nothing(
    tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    _setup(tmp_path)
    result = jpoa("report", *args, cwd=tmp_path)
    assert result.returncode == 2
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("w.sqlite")] == []
