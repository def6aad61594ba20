"""A question bank as an Excel sheet, out and back in, so that a trainer can prepare questions in
Excel (or share a bank with a colleague) and the app reads them without retyping.

One row per question: uuid, pillar or area key, purpose, kind, the right answer, aspect, tags,
the question in each of the seven languages (text_en … text_tk), then the options by letter and
language (A_en, A_ru, B_en …). The right answer sits next to the kind, before the texts, so that
a trainer checking a key sees it without scrolling past sixteen option columns; the export writes
option columns only for the letters and languages the bank uses, and the import reads any of the
56 (A–H × seven languages) in any order.

An import goes through the one table-import pipeline: a title above the header is left out, every
row is checked before anything is written, a file with a bad row writes nothing unless the user
chose to skip bad rows, and the preview counts new and updated questions. A row whose uuid is
already in the bank updates that question (an exported file comes back without duplicates); a
question on a workshop's form keeps the kind, options and right answer it was marked with.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpoa_desktop.db.engine import SessionScope
from jpoa_desktop.db.evaluation_models import Question
from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from jpoa_desktop.io.tables.columns import fold_header
from jpoa_desktop.io.tables.reading import ReadOptions, Table, read_table
from jpoa_desktop.io.writing.xlsx import Sheet, Style, watched, write_xlsx_sheets
from jpoa_desktop.model.evaluation import LETTERS
from jpoa_desktop.model.languages import HANDOUT_LANGUAGES
from jpoa_desktop.model.progress import CancelCheck, Progress, never_cancelled, no_progress
from jpoa_desktop.services.evaluation.bank import (
    QuestionBankService,
    QuestionFilter,
    differs,
    marking_changes,
    used_question_ids,
    write_question,
)
from jpoa_desktop.services.evaluation.question_rules import (
    QuestionInput,
    QuestionView,
    checked_question,
)
from jpoa_desktop.services.exchange.backup import backup_before
from jpoa_desktop.services.table_import import (
    ImportProblem,
    Values,
    check_rows,
    counted,
    in_row,
    write_plan,
)

HEAD = ("uuid", "item_key", "purpose", "kind", "correct", "aspect", "tags")
TEXTS = tuple(f"text_{language}" for language in HANDOUT_LANGUAGES)
FIELDS = frozenset(
    (*HEAD, *TEXTS, *(f"{letter}_{lang}" for letter in LETTERS for lang in HANDOUT_LANGUAGES))
)
# Headers as a trainer may retype them: "Pillar / area", "Right answer", "Question (RU)".
_ALIASES = {"id": "uuid", "pillar": "item_key", "area": "item_key", "pillararea": "item_key",
            "type": "kind", "answer": "correct", "rightanswer": "correct"}  # fmt: skip
_BY_LOWER = {name.lower(): name for name in FIELDS}
_SPLIT_TAGS = re.compile(r"[,;\n]")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
STEP = 50
HEADER = Style(bold=True, fill="E8EEF7")
TITLE = Style(bold=True, size=13)


def recognise_bank_columns(headers: Sequence[str]) -> dict[int, str]:
    """Column index → field for the headers naming one; each field to its first column."""
    mapping: dict[int, str] = {}
    for index, header in enumerate(headers):
        name = "_".join(header.lower().split())
        field = _BY_LOWER.get(name) or _ALIASES.get(fold_header(header))
        if field is not None and field not in mapping.values():
            mapping[index] = field
    return mapping


@dataclass(frozen=True)
class BankRow:
    row: int
    uuid: str  # "" for a question new to every bank
    question: QuestionInput  # checked
    status: str  # "new" | "updated" | "unchanged"


@dataclass(frozen=True)
class BankImportPlan:
    source: str
    rows: tuple[BankRow, ...]
    problems: tuple[ImportProblem, ...]

    def count(self, status: str) -> int:
        return sum(1 for row in self.rows if row.status == status)


@dataclass(frozen=True)
class BankImportReport:
    added: int
    updated: int
    skipped: int


def _question_of(values: Values) -> QuestionInput:
    def value(name: str) -> str:
        return values.get(name, ("", ""))[0].strip()

    options: list[dict[str, str]] = []
    for letter in LETTERS:
        option = {lang: value(f"{letter}_{lang}") for lang in HANDOUT_LANGUAGES}
        options.append({lang: text for lang, text in option.items() if text})
    while options and not options[-1]:
        options.pop()
    return QuestionInput(
        texts={lang: value(f"text_{lang}") for lang in HANDOUT_LANGUAGES},
        kind=value("kind").lower(),
        purpose=value("purpose").lower() or "test",
        item_key=value("item_key"),
        aspect=value("aspect"),
        options=options,
        correct=value("correct"),
        tags=[tag for tag in _SPLIT_TAGS.split(value("tags")) if tag.strip()],
    )


class _RowReader:
    """Reads each row against the bank as it is: which uuids exist, which are on a form."""

    def __init__(self, session: Session) -> None:
        self._rows = {row.uuid: row for row in session.scalars(select(Question))}
        self._used = used_question_ids(session)
        self._seen: dict[str, int] = {}

    def read(self, row: int, values: Values, _cells: tuple[str, ...]) -> BankRow:
        uuid = values.get("uuid", ("", ""))[0].strip().lower()
        if uuid and not _UUID.fullmatch(uuid):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", 'row {row}: "{value}" is not a uuid; leave it empty.'),
                row=row,
                value=uuid,
            )
        if uuid in self._seen:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "row {row}: the same uuid as row {first}."),
                row=row,
                first=self._seen[uuid],
            )
        if uuid:
            self._seen[uuid] = row
        checked = in_row(row, checked_question, _question_of(values))
        stored = self._rows.get(uuid) if uuid else None
        if stored is None:
            return BankRow(row, uuid, checked, "new")
        if stored.id in self._used and marking_changes(stored, checked):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "row {row}: this question is on a workshop's form; its kind, options and "
                    "right answer cannot change.",
                ),
                row=row,
            )
        return BankRow(row, uuid, checked, "updated" if differs(stored, checked) else "unchanged")


def _refuse_without_columns(table: Table, mapping: Mapping[int, str]) -> None:
    named = set(mapping.values())
    if "kind" not in named or not named & {"text_en", "text_ru"}:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file}: no question bank found; the header needs at least the columns kind "
                "and text_en or text_ru.",
            ),
            file=table.source,
        )


class QuestionBankFiles:
    def __init__(self, session_scope: SessionScope) -> None:
        self._scope = session_scope
        self._bank = QuestionBankService(session_scope)

    def export(
        self,
        target: Path,
        wanted: QuestionFilter | None = None,
        title: str = "Question bank",
        progress: Progress = no_progress,
        cancelled: CancelCheck = never_cancelled,
    ) -> int:
        """Write the questions `wanted` picks to `target` (.xlsx); how many were written."""
        if target.suffix.lower() != ".xlsx":
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{file}: export the bank as .xlsx."), file=target.name
            )
        questions = self._bank.questions(wanted)
        header, rows = bank_table(questions)
        sheet = Sheet(
            title=title, header=header, rows=watched(rows, progress, cancelled),
            widths=[38, 12, 11, 10, 9, 13, 24, *[48] * len(TEXTS), *[28] * (len(header) - 14)],
            header_style=HEADER, column_styles=[Style(wrap=True)] * len(header),
            above=[(title, TITLE)], autofilter=True,
        )  # fmt: skip
        write_xlsx_sheets(target, [sheet], title=title)
        return len(questions)

    def plan(self, path: Path, options: ReadOptions | None = None) -> BankImportPlan:
        """Read and check every row of `path`; nothing is written."""
        table = read_table(path, options, recognise=recognise_bank_columns)
        mapping = recognise_bank_columns(table.headers)
        _refuse_without_columns(table, mapping)
        with self._scope() as session:
            reader = _RowReader(session)
            rows, problems = check_rows(table, mapping, reader.read)
        return BankImportPlan(table.source, rows, problems)

    def import_plan(
        self,
        plan: BankImportPlan,
        skip_invalid: bool = False,
        progress: Progress = no_progress,
        cancelled: CancelCheck = never_cancelled,
    ) -> BankImportReport:
        """Write the plan in one transaction; with problems, only when skipping bad rows."""

        def write(session: Session) -> BankImportReport:
            backup_before(session, "before-import")
            stored = {row.uuid: row for row in session.scalars(select(Question))}
            added = updated = 0
            for _done, planned in counted(plan.rows, STEP, progress, cancelled):
                row = stored.get(planned.uuid) if planned.uuid else None
                if row is None:
                    row = Question(source="")
                    if planned.uuid:
                        row.uuid = planned.uuid
                    session.add(row)
                    added += 1
                    write_question(row, planned.question)
                elif write_question(row, planned.question):
                    updated += 1
            session.flush()
            return BankImportReport(added, updated, len(plan.problems))

        return write_plan(self._scope, plan, skip_invalid, write)


def bank_table(questions: Sequence[QuestionView]) -> tuple[list[str], list[list[str]]]:
    """The header and rows of an exported bank: option columns for the letters and languages
    the questions use, in the order A_en, A_ru, B_en, B_ru…"""
    letters = LETTERS[: max((len(q.options) for q in questions), default=0)]
    used = {lang for q in questions for option in q.options for lang in option}
    languages = [lang for lang in HANDOUT_LANGUAGES if lang in used]
    option_columns = [(n, lang) for n in range(len(letters)) for lang in languages]
    header = [*HEAD, *TEXTS, *(f"{letters[n]}_{lang}" for n, lang in option_columns)]
    rows = []
    for q in questions:
        options = [
            q.options[n].get(lang, "") if n < len(q.options) else "" for n, lang in option_columns
        ]
        texts = [q.texts.get(lang, "") for lang in HANDOUT_LANGUAGES]
        rows.append(
            [q.uuid, q.item_key, q.purpose, q.kind, q.correct, q.aspect, ", ".join(q.tags),
             *texts, *options]
        )  # fmt: skip
    return header, rows
