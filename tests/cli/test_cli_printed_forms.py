"""`jpoa handout pre-test|post-test|answer-key|evaluation-form`: the forms print from the command
as from the screen, `--forms` chooses the copies, and a workshop without the form is refused."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from tests.cli.runner import as_json, jpoa
from tests.evaluation_rows import Classroom, add_test_questions, classroom
from tests.handouts.form_rows import add_form

from jpoa_desktop.services.database import open_database


def _classroom(tmp_path: Path, with_pre_test: bool = True) -> Classroom:
    db = open_database(str(tmp_path / "w.sqlite"))
    try:
        made = classroom(db)
        if with_pre_test:
            add_form(db, made.workshop_id, "pre", add_test_questions(db, 3))
    finally:
        db.dispose()
    return made


def test_one_blank_kazakh_pre_test_reports_its_russian_questions(tmp_path: Path) -> None:
    made = _classroom(tmp_path)
    args = ("--lang", "kk", "--forms", "one", "--out", "kk.pdf", "--json")
    report = as_json(jpoa("handout", "pre-test", "--workshop", str(made.workshop_id), *args,
                          cwd=tmp_path))  # fmt: skip
    assert {"text": "questions 1–3", "language": "ru"} in report["fallbacks"]
    pages = PdfReader(tmp_path / "kk.pdf").pages
    text = " ".join(page.extract_text() or "" for page in pages)
    assert len(pages) == 1 and "Кіріс тесті" in text and "Вопрос 3?" in text
    assert all(code not in text for code in made.codes)  # a blank copy names no one


def test_a_workshop_without_an_evaluation_form_is_refused_with_exit_2(tmp_path: Path) -> None:
    made = _classroom(tmp_path, with_pre_test=False)
    result = jpoa("handout", "evaluation-form", "--workshop", str(made.workshop_id),
                  "--out", "evaluation.pdf", cwd=tmp_path)  # fmt: skip
    assert result.returncode == 2
    assert "no evaluation form yet; create one first" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "evaluation.pdf").exists()
