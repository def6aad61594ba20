"""A question bank out to Excel and back: real XLSX files written by the app or by openpyxl, a
title above the header, bad rows refused with nothing written, updates by uuid."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select
from tests.evaluation_rows import classroom

from jpoa_desktop.db.evaluation_models import EvaluationForm, FormItem, Question
from jpoa_desktop.errors import ValidationError
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.evaluation.bank import QuestionBankService, QuestionFilter
from jpoa_desktop.services.evaluation.bank_files import QuestionBankFiles
from jpoa_desktop.services.evaluation.question_rules import QuestionInput

HEADER = ["uuid", "item_key", "purpose", "kind", "correct", "aspect", "tags", "text_en",
          "text_ru", "A_en", "A_ru", "B_en", "B_ru", "C_en", "D_en"]  # fmt: skip


def _count(db: Database) -> int:
    with db.session_scope() as session:
        return int(session.scalar(select(func.count()).select_from(Question)) or 0)


def _sheet(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Банк вопросов: семинар по управлению границами"])  # a title above
    sheet.append([])
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _row(text: str, kind: str = "single", correct: str = "B", **cells: str) -> list[object]:
    values = {"item_key": "area-ii.3", "kind": kind, "correct": correct, "tags": "borders; API",
              "text_en": text, "text_ru": f"{text} (RU)", "A_en": "Yes", "A_ru": "Да",
              "B_en": "No", "B_ru": "Нет", "C_en": "Maybe", **cells}  # fmt: skip
    return [values.get(name, "") for name in HEADER]


def test_exported_bank_comes_back_by_uuid_and_edits_update_it(
    loaded_db: Database, tmp_path: Path
) -> None:
    bank = QuestionBankService(loaded_db.session_scope)
    formula = bank.add(QuestionInput({"en": "=1+1 is two?"}, kind="truefalse", correct="T"))
    files = QuestionBankFiles(loaded_db.session_scope)
    target = tmp_path / "bank.xlsx"
    written = files.export(target, title="Question bank")
    assert written == _count(loaded_db) >= 48
    sheet = openpyxl.load_workbook(target).active
    assert sheet["A1"].value == "Question bank"
    header = [cell.value for cell in sheet[2]]
    assert header[:9] == HEADER[:9] and "D_ru" in header and "E_en" not in header
    cells = {row[0].value: row for row in sheet.iter_rows(min_row=3)}
    formula_cell = cells[bank.question(formula).uuid][header.index("text_en")]
    assert formula_cell.data_type == "s" and str(formula_cell.value) == "=1+1 is two?"

    same = files.plan(target)
    assert (same.count("new"), same.count("updated"), len(same.problems)) == (0, 0, 0)

    book = openpyxl.load_workbook(target)
    sheet = book.active
    first = sheet.cell(row=3, column=1).value
    sheet.cell(row=3, column=header.index("text_ru") + 1, value="Новая формулировка?")
    sheet.append(_row("Brand new?")[:9])  # no uuid: a new question, texts only
    sheet.cell(row=sheet.max_row, column=header.index("A_en") + 1, value="Yes")
    sheet.cell(row=sheet.max_row, column=header.index("B_en") + 1, value="No")
    book.save(target)
    plan = files.plan(target)
    assert (plan.count("new"), plan.count("updated"), len(plan.problems)) == (1, 1, 0)
    report = files.import_plan(plan)
    assert (report.added, report.updated) == (1, 1)
    assert _count(loaded_db) == written + 1
    every = bank.questions(QuestionFilter(include_retired=True))
    changed = next(q for q in every if q.uuid == first)
    assert changed.texts["ru"] == "Новая формулировка?"


def test_a_bank_from_another_laptop_keeps_its_uuids(
    loaded_db: Database, empty_db: Database, tmp_path: Path
) -> None:
    target = tmp_path / "bank.xlsx"
    QuestionBankFiles(loaded_db.session_scope).export(target, QuestionFilter(item_key="pillar-2"))
    report = QuestionBankFiles(empty_db.session_scope).import_plan(
        QuestionBankFiles(empty_db.session_scope).plan(target)
    )
    here = QuestionBankService(empty_db.session_scope).questions()
    pillar = QuestionFilter(item_key="pillar-2")
    there = QuestionBankService(loaded_db.session_scope).questions(pillar)
    assert report.added == len(there) == 10
    assert [(q.uuid, q.texts, q.options, q.correct, q.tags) for q in here] == [
        (q.uuid, q.texts, q.options, q.correct, q.tags) for q in there
    ]


def test_a_bad_row_refuses_the_file_unless_bad_rows_are_skipped(
    empty_db: Database, tmp_path: Path
) -> None:
    path = _sheet(
        tmp_path / "prepared.xlsx",
        [_row("Is API data shared?"), _row("Which?", correct="E"), _row("True?", "truefalse", "T",
         A_en="", A_ru="", B_en="", B_ru="", C_en="")],
    )  # fmt: skip
    files = QuestionBankFiles(empty_db.session_scope)
    plan = files.plan(path)
    assert [(p.row, p.message) for p in plan.problems] == [
        (5, 'row 5: The right answer "E" must be letters among the options: A, B, C.')
    ]
    assert plan.count("new") == 2
    with pytest.raises(ValidationError, match="1 rows have problems; nothing was imported"):
        files.import_plan(plan)
    assert _count(empty_db) == 0
    assert files.import_plan(plan, skip_invalid=True).added == 2
    stored = QuestionBankService(empty_db.session_scope).questions()
    assert [q.tags for q in stored] == [("borders", "API"), ("borders", "API")]
    assert stored[0].options[2] == {"en": "Maybe"} and stored[1].correct == "T"


def test_a_file_that_is_not_a_bank_is_refused(empty_db: Database, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.append(["Фамилия", "Имя", "Пол"])
    book.active.append(["Ким", "Ольга", "ж"])
    book.save(tmp_path / "people.xlsx")
    with pytest.raises(ValidationError, match="no question bank found"):
        QuestionBankFiles(empty_db.session_scope).plan(tmp_path / "people.xlsx")


def test_a_file_cannot_change_how_a_question_on_a_form_was_marked(
    empty_db: Database, tmp_path: Path
) -> None:
    bank = QuestionBankService(empty_db.session_scope)
    asked = bank.add(
        QuestionInput({"en": "Which?"}, options=[{"en": "Yes"}, {"en": "No"}], correct="A")
    )
    room = classroom(empty_db)
    with empty_db.session_scope() as session:
        form = EvaluationForm(workshop_id=room.workshop_id, kind="pre")
        form.items.append(FormItem(number=1, question_id=asked))
        session.add(form)
    path = _sheet(tmp_path / "edit.xlsx", [_row("Which?", uuid=bank.question(asked).uuid)])
    plan = QuestionBankFiles(empty_db.session_scope).plan(path)
    assert len(plan.problems) == 1 and "cannot change" in plan.problems[0].message
    assert bank.question(asked).correct == "A"
