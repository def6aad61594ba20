"""Answers from a spreadsheet: the entry grid the app exports, filled in Excel, or a long table.

Two layouts are read. The grid has a column `code` (the badge code printed on the form) and a
column per item, headed 1, 2, 3…, one person a row, a title above it as the export writes it. The
long table has the columns `code`, `item` and `answer`, one answer a row, as a scanning service
or another tool gives them. The file is read by the participant import's reader (`io/tables`:
the header found below a title, merged cells, any encoding) and goes through the same pipeline
(`services/table_import.py`): every row checked first, a file with a bad row refused whole with
each problem named by its row, unless the trainer chose to skip the bad rows; one transaction.
A person's answers in a file replace the ones stored for them, row by row as the grid does.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from jpoa_desktop.db.engine import SessionScope, lock_for_writing
from jpoa_desktop.db.workshop_models import Workshop
from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from jpoa_desktop.io.tables.columns import fold_header
from jpoa_desktop.io.tables.reading import ReadOptions, Table, read_table
from jpoa_desktop.io.tables.table_limits import DEFAULT_LIMITS, TableLimits
from jpoa_desktop.io.writing.export import write_csv
from jpoa_desktop.io.writing.xlsx import Sheet, Style, write_xlsx_sheets
from jpoa_desktop.model.languages import pick
from jpoa_desktop.model.progress import CancelCheck, Progress, never_cancelled, no_progress
from jpoa_desktop.services.evaluation.forms import FormView, form_or_error, form_view
from jpoa_desktop.services.evaluation.responses import (
    Answers,
    checked_answer,
    checked_row,
    participant_rows,
    stored_answers,
    write_row,
)
from jpoa_desktop.services.table_import import (
    ImportProblem,
    Values,
    check_rows,
    counted,
    in_row,
    write_plan,
)

_HEADERS = {
    "code": {"code", "код", "kod", "badge", "badgecode", "бейдж", "кодбейджа", "кодучастника"},
    "name": {"name", "fullname", "имя", "фио", "participant", "участник", "ady", "ism"},
    "item": {"item", "question", "number", "вопрос", "номер", "пункт", "номервопроса", "sorag"},
    "answer": {"answer", "ответ", "жауап", "javob", "jogap", "жавоб"},
}
KIND_TITLES = {
    "en": {"pre": "pre-test", "post": "post-test", "evaluation": "evaluation"},
    "ru": {"pre": "входной тест", "post": "итоговый тест", "evaluation": "оценка семинара"},
}


def recognise(cells: Sequence[str]) -> dict[int, str]:
    """Column index → "code", "name", "item", "answer", or "item:N" for a column headed N."""
    found: dict[int, str] = {}
    for index, cell in enumerate(cells):
        key = fold_header(cell)
        number = _whole_number(cell)
        if number is not None and number > 0:
            found[index] = f"item:{number}"
            continue
        for name, words in _HEADERS.items():
            if key in words and name not in found.values():
                found[index] = name
    return found


def _whole_number(text: str) -> int | None:
    """ "3", "3.0" (a number Excel kept as a float) → 3; anything else → None."""
    cleaned = text.strip()
    if cleaned.endswith(".0"):
        cleaned = cleaned[:-2]
    return int(cleaned) if cleaned.isdigit() else None


@dataclass(frozen=True)
class PersonAnswers:
    row: int  # the file's (first) row for this person
    registration_id: int
    code: str
    answers: Answers  # a checked whole row


@dataclass(frozen=True)
class _LongRow:
    row: int
    registration_id: int
    code: str
    number: int
    answer: str


@dataclass(frozen=True)
class ResponsePlan:
    source: str
    form_id: int
    layout: str  # "grid" | "long"
    people: tuple[PersonAnswers, ...]
    problems: tuple[ImportProblem, ...] = ()
    replacing: int = 0  # people among them whose stored answers the import replaces

    @property
    def answers(self) -> int:
        return sum(1 for person in self.people for answer in person.answers.values() if answer)


@dataclass(frozen=True)
class ResponseImportReport:
    people: int
    answers: int
    replaced: int
    skipped: int
    problems: tuple[ImportProblem, ...] = field(default_factory=tuple)
    written: bool = True  # False for a dry run and for a refused file


class ResponseFileService:
    def __init__(self, session_scope: SessionScope) -> None:
        self._scope = session_scope

    def plan(
        self,
        form_id: int,
        path: Path,
        options: ReadOptions | None = None,
        limits: TableLimits = DEFAULT_LIMITS,
    ) -> ResponsePlan:
        """Read and check the whole file against the form; nothing is written."""
        table = read_table(path, options, limits, recognise=recognise)
        mapping = recognise(table.headers)
        fields = set(mapping.values())
        with self._scope() as session:
            form = form_view(form_or_error(session, form_id))
            codes = {
                code.upper(): registration_id
                for registration_id, code, _name in participant_rows(session, form.workshop_id)
            }
            stored = stored_answers(session, form)
        if "code" not in fields:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{file}: no column is headed “code” (the badge code on the form)."
                ),
                file=table.source,
            )
        if {"item", "answer"} <= fields:
            people, problems = _long_people(table, mapping, form, codes)
            layout = "long"
        elif any(name.startswith("item:") for name in fields):
            people, problems = _grid_people(table, mapping, form, codes)
            layout = "grid"
        else:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{file}: found neither item columns headed 1, 2, 3… nor the columns "
                    "“item” and “answer”.",
                ),
                file=table.source,
            )
        replacing = sum(1 for person in people if stored.get(person.registration_id))
        return ResponsePlan(table.source, form_id, layout, people, problems, replacing)

    def apply(
        self,
        plan: ResponsePlan,
        skip_invalid: bool = False,
        progress: Progress = no_progress,
        cancelled: CancelCheck = never_cancelled,
    ) -> ResponseImportReport:
        """Write the plan in one transaction; with problems, only when skipping bad rows."""

        def write(session: Session) -> None:
            lock_for_writing(session)
            form = form_view(form_or_error(session, plan.form_id))
            for _done, person in counted(plan.people, 50, progress, cancelled):
                write_row(session, form, person.registration_id, person.answers)

        write_plan(self._scope, plan, skip_invalid, write)
        return _report(plan, written=True)

    def import_file(
        self,
        form_id: int,
        path: Path,
        dry_run: bool = False,
        skip_invalid: bool = False,
        progress: Progress = no_progress,
        cancelled: CancelCheck = never_cancelled,
    ) -> ResponseImportReport:
        """Plan and, unless a dry run, write; a refused file raises, naming how many rows."""
        plan = self.plan(form_id, path)
        if dry_run:
            return _report(plan, written=False)
        return self.apply(plan, skip_invalid, progress, cancelled)

    def export_grid(self, form_id: int, path: Path, language: str = "en") -> int:
        """The entry grid as a sheet to fill in Excel (XLSX or CSV): a title naming the
        workshop and the form, then code, name, 1, 2, 3…, and the answers stored so far.
        The number of participant rows written."""
        with self._scope() as session:
            form = form_view(form_or_error(session, form_id))
            workshop = session.get(Workshop, form.workshop_id)
            title = pick(workshop.titles if workshop else {}, language)
            stored = stored_answers(session, form)
            people = participant_rows(session, form.workshop_id)
        kinds = KIND_TITLES.get(language, KIND_TITLES["en"])
        heading = f"{title} — {kinds[form.kind]}"
        header: list[object] = ["code", "name", *(item.number for item in form.items)]
        rows = [
            [code, name, *(stored.get(rid, {}).get(item.number, "") for item in form.items)]
            for rid, code, name in people
        ]
        if path.suffix.lower() == ".csv":
            write_csv(path, [([heading], []), (header, rows)])
        else:
            widths = [12.0, 32.0, *([6.0] * len(form.items))]
            sheet = Sheet(
                heading,
                header,
                rows,
                widths=widths,
                header_style=Style(bold=True),
                above=[(heading, Style(bold=True, size=13))],
                fallback_title="Answers",
            )
            write_xlsx_sheets(path, [sheet], title=heading)
        return len(rows)


def _report(plan: ResponsePlan, written: bool) -> ResponseImportReport:
    return ResponseImportReport(
        people=len(plan.people),
        answers=plan.answers,
        replaced=plan.replacing,
        skipped=len(plan.problems),
        problems=plan.problems,
        written=written,
    )


def _registration(row: int, code_text: str, codes: Mapping[str, int]) -> int:
    code = code_text.strip().upper()
    if code not in codes:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "row {row}: no participant of this workshop has the badge code “{code}”."
            ),
            row=row,
            code=code_text.strip(),
        )
    return codes[code]


def _grid_people(
    table: Table, mapping: Mapping[int, str], form: FormView, codes: Mapping[str, int]
) -> tuple[tuple[PersonAnswers, ...], tuple[ImportProblem, ...]]:
    seen: dict[int, int] = {}  # registration id → the row that gave it

    def read_row(row: int, values: Values, _cells: tuple[str, ...]) -> PersonAnswers | None:
        given = {
            int(name[5:]): text
            for name, (text, _header) in values.items()
            if name.startswith("item:") and (text or form.item(int(name[5:])) is not None)
        }
        code = values.get("code", ("", ""))[0]
        if not code and not any(given.values()):
            return None  # an empty line of the template
        registration_id = _registration(row, code, codes)
        answers = in_row(row, checked_row, form, given)
        _once(row, code, registration_id, seen)
        return None if not answers else PersonAnswers(row, registration_id, code, answers)

    people, problems = check_rows(table, mapping, read_row)
    return people, problems


def _long_people(
    table: Table, mapping: Mapping[int, str], form: FormView, codes: Mapping[str, int]
) -> tuple[tuple[PersonAnswers, ...], tuple[ImportProblem, ...]]:
    seen: set[tuple[int, int]] = set()

    def read_row(row: int, values: Values, _cells: tuple[str, ...]) -> _LongRow | None:
        code = values.get("code", ("", ""))[0]
        item_text = values.get("item", ("", ""))[0]
        text = values.get("answer", ("", ""))[0]
        if not (code or item_text or text):
            return None
        registration_id = _registration(row, code, codes)
        number = _whole_number(item_text)
        item = form.item(number) if number is not None else None
        if item is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "row {row}: “{item}” is not an item of this form (1 to {count})."
                ),
                row=row,
                item=item_text,
                count=len(form.items),
            )
        answer = in_row(row, checked_answer, item, text)
        if (registration_id, item.number) in seen:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "row {row}: a second answer of “{code}” to item {number}."
                ),
                row=row,
                code=code,
                number=item.number,
            )
        seen.add((registration_id, item.number))
        return _LongRow(row, registration_id, code, item.number, answer)

    rows, problems = check_rows(table, mapping, read_row)
    by_person: dict[int, list[_LongRow]] = {}
    for line in rows:
        by_person.setdefault(line.registration_id, []).append(line)
    people = []
    for lines in by_person.values():
        answers = checked_row(form, {line.number: line.answer for line in lines})
        if answers:
            first = lines[0]
            people.append(PersonAnswers(first.row, first.registration_id, first.code, answers))
    return tuple(people), problems


def _once(row: int, code: str, registration_id: int, seen: dict[int, int]) -> None:
    if registration_id in seen:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "row {row}: the badge code “{code}” is already on row {first}."
            ),
            row=row,
            code=code.strip(),
            first=seen[registration_id],
        )
    seen[registration_id] = row
