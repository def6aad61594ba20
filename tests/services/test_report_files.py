"""The donor report for one workshop built in the test, with known answers: the XLSX read back
with openpyxl and the PDF with pypdf hold the figures worked out here by hand; a refused or
cancelled report leaves no file."""

from __future__ import annotations

from pathlib import Path
from typing import cast

import openpyxl
import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject
from tests.evaluation_rows import classroom

from jpoa_desktop.errors import Cancelled, ValidationError
from jpoa_desktop.model.evaluation import ReportFilter, option_letters
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.evaluation.bank import QuestionBankService
from jpoa_desktop.services.evaluation.forms import FormItemView, FormService
from jpoa_desktop.services.evaluation.responses import ResponseService
from jpoa_desktop.services.reports.reports import ReportService

# Right answers out of four on the pre-test and the post-test, by person (None: not taken).
PRE = (1, 2, 4, 0, 1)
POST = (3, 4, 4, 1, None)
# By hand: g = (post - pre) / (1 - pre); person 3 had a full pre-test, person 5 no post-test.
GAINS = ((0.75 - 0.25) / 0.75, (1.0 - 0.5) / 0.5, (0.25 - 0.0) / 1.0)
PRESENT_DAYS = (2, 1, 2, 2, 0)  # of two days: attendance 7 / 10


def _wrong(item: FormItemView) -> str:
    if item.kind == "truefalse":
        return "F" if item.correct == "T" else "T"
    return next(letter for letter in option_letters(item.option_count) if letter != item.correct)


@pytest.fixture
def workshop(loaded_db: Database) -> int:
    QuestionBankService(loaded_db.session_scope).load_starter()
    room = classroom(loaded_db, present_days=PRESENT_DAYS)
    forms, answers = FormService(loaded_db.session_scope), ResponseService(loaded_db.session_scope)
    pre = forms.create(room.workshop_id, "pre", questions=4, pillars=[1], seed=3)
    post = forms.create(room.workshop_id, "post", shuffle=True, seed=4)
    evaluation = forms.create(room.workshop_id, "evaluation")
    for person, registration in enumerate(room.registration_ids):
        for form, rights in ((pre, PRE[person]), (post, POST[person])):
            if rights is not None:
                row = {i.number: i.correct if n < rights else _wrong(i) for n, i in
                       enumerate(form.items)}  # fmt: skip
                answers.save_answers(form.id, registration, row)
        if person < 2:
            liked = "5" if person == 0 else "4"
            row = {i.number: "Спасибо, всё понятно" if i.kind == "open" else liked
                   for i in evaluation.items if i.kind in ("open", "scale")}  # fmt: skip
            answers.save_answers(evaluation.id, registration, row)
    return room.workshop_id


def test_the_workshop_workbook_holds_the_hand_computed_figures(
    loaded_db: Database, workshop: int, tmp_path: Path
) -> None:
    target = tmp_path / "отчёт.xlsx"
    ReportService(loaded_db.session_scope).write(ReportFilter(workshop_id=workshop), target, "ru")
    book = openpyxl.load_workbook(target)
    assert book.sheetnames[:4] == [
        "Сводка",
        "Участники по полу",
        "По странам и полу",
        "По типу организации и полу",
    ]
    summary = {row[0]: row[1] for row in book["Сводка"].iter_rows(values_only=True) if row[0]}
    assert summary["Мероприятия"] == 1
    assert summary["Участники (участия)"] == 5
    assert (summary["Женщины"], summary["Мужчины"]) == (3, 2)
    assert summary["Посещаемость"] == pytest.approx(0.7)
    assert summary["Средний прирост"] == pytest.approx(sum(GAINS) / 3)
    assert summary["Участников с приростом"] == 3
    assert summary["Удовлетворённость (1–5)"] == pytest.approx(4.5)
    workshops = list(book["Мероприятия"].iter_rows(values_only=True))
    assert workshops[0][:2] == ("Мероприятие", "Начало")
    assert workshops[1][0] == "Управление границами"
    assert workshops[1][4:8] == (3, 2, 0, 5)  # numbers stored as numbers
    people = list(book["Результаты участников"].iter_rows(values_only=True))
    assert [row[2] for row in people[1:]] and len(people) == 6
    gains = sorted(row[4] for row in people[1:] if row[4] is not None)
    assert gains == pytest.approx(sorted(GAINS))
    comments = list(book["Комментарии"].iter_rows(values_only=True))
    # Two people wrote it under each of the starter form's two open questions: listed once.
    assert comments == [("Открытые комментарии", "Сколько раз"), ("Спасибо, всё понятно", 4)]


def test_the_workshop_pdf_tells_the_figures_in_words(
    loaded_db: Database, workshop: int, tmp_path: Path
) -> None:
    target = tmp_path / "report.pdf"
    ReportService(loaded_db.session_scope).write(ReportFilter(workshop_id=workshop), target, "en")
    reader = PdfReader(target)
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "Workshop report" in text and "Border management" in text
    assert "The workshop brought together 5 participants, 60% of them women." in text
    assert "present on 70% of the workshop days" in text
    assert f"gained on average {sum(GAINS) / 3:.2f}" in text
    assert "Ҷӯраев" in text and "Öwezowa" in text  # the people's scores, every script
    fonts = {
        str(font.get_object()["/BaseFont"])
        for page in reader.pages
        for font in cast(DictionaryObject, page["/Resources"]).get("/Font", {}).values()
    }
    assert fonts and all("DejaVu" in font for font in fonts)


def test_the_programme_pdf_is_in_russian(
    loaded_db: Database, workshop: int, tmp_path: Path
) -> None:
    target = tmp_path / "programme.pdf"
    ReportService(loaded_db.session_scope).write(ReportFilter(), target, "ru")
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(target).pages)
    assert "Отчёт по программе" in text and "Кыргызстан" in text
    assert "За всё время программы проведено мероприятий: 1" in text


@pytest.mark.parametrize(
    ("report", "name", "message"),
    [
        (ReportFilter(), "report.docx", "xlsx or a .pdf"),
        (ReportFilter(workshop_id=999), "report.pdf", "no workshop with id 999"),
        (ReportFilter(pillar=5), "report.xlsx", "no pillar 5"),
    ],
)
def test_a_refused_report_writes_nothing(
    loaded_db: Database, tmp_path: Path, report: ReportFilter, name: str, message: str
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(ValidationError, match=message):
        ReportService(loaded_db.session_scope).write(report, folder / name)
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("suffix", [".xlsx", ".pdf"])
def test_a_cancelled_report_leaves_nothing_behind(
    loaded_db: Database, workshop: int, tmp_path: Path, suffix: str
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    calls = iter(range(100))
    with pytest.raises(Cancelled):
        ReportService(loaded_db.session_scope).write(
            ReportFilter(), folder / f"r{suffix}", cancelled=lambda: next(calls) >= 1
        )
    assert list(folder.iterdir()) == []
