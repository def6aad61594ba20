"""The one table-import pipeline: read → find the header → map the columns → check every row →
write in one transaction. Participant lists and action plans both go through it.

The two imports differ only in their columns, in what one row becomes (a person, a measure)
and in what is written; everything else is here, once: how a row's cells reach the row reader,
how a bad row becomes a problem the preview shows (`row 14, column "E-mail": …`), the refusal
of a plan with problems unless the user chose to skip them, and a write that reports progress,
stops when cancelled and commits all or nothing. The reading, header and mapping steps are in
`io/tables` (no database); this module is where the plan meets the database.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from sqlalchemy.orm import Session

from jpoa_desktop.db.engine import SessionScope
from jpoa_desktop.errors import QT_TRANSLATE_NOOP, Cancelled, ValidationError
from jpoa_desktop.io.tables.reading import Table
from jpoa_desktop.model.progress import CancelCheck, Progress, never_cancelled, no_progress

RecordT = TypeVar("RecordT")
ItemT = TypeVar("ItemT")
ResultT = TypeVar("ResultT")
Values = dict[str, tuple[str, str]]  # field → (the cell's text, its column's header)
# Reads one row: the file's row number, its mapped values and all its cells → what it becomes,
# or None for a row that becomes nothing by itself (a plan's section heading).
RowReader = Callable[[int, Values, tuple[str, ...]], RecordT | None]


@dataclass(frozen=True)
class ImportProblem:
    """A row that cannot be imported, and why; `column` is "" when the whole row is wrong."""

    row: int
    column: str
    error: ValidationError

    @property
    def message(self) -> str:
        return str(self.error)


def problem_at(row: int, error: ValidationError) -> ImportProblem:
    """The problem a row's `ValidationError` names (its column, when it says one)."""
    return ImportProblem(row, str(error.values.get("column", "")), error)


class TablePlan(Protocol):
    """What the write step needs of any import's plan."""

    @property
    def source(self) -> str: ...

    @property
    def problems(self) -> tuple[ImportProblem, ...]: ...


def mapped_values(table: Table, mapping: Mapping[int, str], cells: Sequence[str]) -> Values:
    """The row's value and column header of each mapped field."""
    return {
        name: (cells[index], table.headers[index])
        for index, name in mapping.items()
        if index < len(cells)
    }


def check_rows(
    table: Table, mapping: Mapping[int, str], read_row: RowReader[RecordT]
) -> tuple[tuple[RecordT, ...], tuple[ImportProblem, ...]]:
    """Every row of `table` through `read_row`, in the file's order; nothing is written.

    A row whose reader raises a `ValidationError` is a problem, and the next row is read."""
    records: list[RecordT] = []
    problems: list[ImportProblem] = []
    for row, cells in zip(table.row_numbers, table.rows, strict=True):
        try:
            record = read_row(row, mapped_values(table, mapping, cells), cells)
        except ValidationError as error:
            problems.append(problem_at(row, error))
            continue
        if record is not None:
            records.append(record)
    return tuple(records), tuple(problems)


def in_row(row: int, check: Callable[..., ResultT], *values: object) -> ResultT:
    """`check(*values)`, the same rules as the forms use, its refusal prefixed with the row."""
    try:
        return check(*values)
    except ValidationError as error:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "row {row}: {problem}"), row=row, problem=error
        ) from error


def refuse_problems(plan: TablePlan, skip_invalid: bool) -> None:
    """A plan with problems is written only when the user chose to skip the bad rows."""
    if plan.problems and not skip_invalid:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file}: {count} rows have problems; nothing was imported. Fix them, or "
                "choose to skip the rows with problems.",
            ),
            file=plan.source,
            count=len(plan.problems),
        )


def write_plan(
    session_scope: SessionScope,
    plan: TablePlan,
    skip_invalid: bool,
    write: Callable[[Session], ResultT],
    check: Callable[[], None] = lambda: None,
) -> ResultT:
    """`write` the plan in ONE transaction, after refusing its problems and `check`ing what the
    kind of import needs; any error or a cancel rolls everything back."""
    refuse_problems(plan, skip_invalid)
    check()
    with session_scope() as session:
        return write(session)


def counted(
    items: Sequence[ItemT],
    every: int,
    progress: Progress = no_progress,
    cancelled: CancelCheck = never_cancelled,
) -> Iterator[tuple[int, ItemT]]:
    """(index, item) of each item; every `every` items it reports progress and stops with
    `Cancelled` when asked to, and it reports the whole done at the end."""
    total = len(items)
    for done, item in enumerate(items):
        if done % every == 0:
            if cancelled():
                raise Cancelled(
                    QT_TRANSLATE_NOOP("Errors", "The import was cancelled; nothing was changed.")
                )
            progress(done, total)
        yield done, item
    progress(total, total)
