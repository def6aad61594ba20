"""Importing an action plan from XLSX or from a Word table as a new strategy draft.

Through the same table-import pipeline as the participant import (`services/table_import.py`):
`plan()` reads the file, maps its columns (from the headers, in any handout language, or as
the user chose) and checks every row, so the preview shows what each row becomes and what is
wrong with it (`row 14, column "Budget": "12 abc" is not an amount`) before anything is
written. `import_rows()` writes the draft, its goals, objectives,
measures, indicators, budget lines and mapping in ONE transaction: a file with a bad row
writes nothing unless the caller chose to skip bad rows, and a cancel writes nothing.

`StrategyService` opens a transaction per call (for the editor's autosave), so the rows are
written here with the ORM models in one session, through the same checks and column helpers
(`strategy_rows`) the service uses.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import astuple, dataclass, field
from decimal import Decimal
from pathlib import Path

from sqlalchemy.orm import Session

from jpoa_desktop.db.engine import SessionScope
from jpoa_desktop.db.strategy_models import (
    StrategyBudget,
    StrategyDraft,
    StrategyIndicator,
    StrategyItem,
    StrategyMapping,
)
from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from jpoa_desktop.io.plans.plan_docx import PlanFile
from jpoa_desktop.io.plans.plan_hierarchy import Section, depth, section_of
from jpoa_desktop.io.plans.plan_reading import read_plan
from jpoa_desktop.io.plans.strategy_columns import FIELDS, suggest_plan_mapping
from jpoa_desktop.io.tables.reading import Table
from jpoa_desktop.model.progress import CancelCheck, Progress, never_cancelled, no_progress
from jpoa_desktop.model.strategies import DraftInput, ItemInput
from jpoa_desktop.model.text_input import clean_line
from jpoa_desktop.services.exchange.backup import backup_before
from jpoa_desktop.services.strategies.strategy_import_notes import file_notes
from jpoa_desktop.services.strategies.strategy_import_rows import PlannedMeasure, measure_from_row
from jpoa_desktop.services.strategies.strategy_rows import (
    check_mapping,
    draft_columns,
    indicator_columns,
    item_columns,
    validate_draft,
)
from jpoa_desktop.services.strategies.strategy_tree import Label, library_labels
from jpoa_desktop.services.table_import import (
    ImportProblem,
    Values,
    check_rows,
    counted,
    problem_at,
    write_plan,
)

CENT = Decimal("0.01")
STEP = 200  # measures between two progress reports and cancel checks


@dataclass(frozen=True)
class StrategyImportPlan:
    source: str
    language: str  # the language the file's texts are stored in
    headers: tuple[str, ...]
    mapping: dict[int, str]  # column index → field
    rows: tuple[PlannedMeasure, ...]
    problems: tuple[ImportProblem, ...] = field(default_factory=tuple)
    # Rows kept with a remark (a deadline in words the app cannot read).
    warnings: tuple[ImportProblem, ...] = ()
    # Goal and objective rows of the plan itself (section rows, numbered headings).
    sections: tuple[PlannedSection, ...] = ()
    # What the preview says about the file as a whole: a two-row header, title rows, columns
    # that are not imported.
    notes: tuple[ValidationError, ...] = ()
    title: str = ""  # the plan's own title, "" when the file does not say one
    start_year: int | None = None
    end_year: int | None = None


@dataclass(frozen=True)
class PlannedSection:
    row: int
    level: str  # goal | objective
    number: str
    text: str


@dataclass(frozen=True)
class StrategyImportReport:
    draft_id: int
    goals: int
    objectives: int
    measures: int
    skipped: int
    problems: tuple[ImportProblem, ...] = ()


class StrategyImportService:
    def __init__(self, session_scope: SessionScope) -> None:
        self._scope = session_scope

    def plan(
        self, path: Path, language: str = "ru", mapping: Mapping[int, str] | None = None
    ) -> StrategyImportPlan:
        """Read and check the whole file; nothing is written."""
        return self.plan_file(read_plan(path), language, mapping)

    def plan_file(
        self, found: PlanFile, language: str = "ru", mapping: Mapping[int, str] | None = None
    ) -> StrategyImportPlan:
        """Check every row of a plan already read; nothing is written."""
        table = found.table
        columns = dict(mapping) if mapping is not None else suggest_plan_mapping(table.headers)
        _check_columns(table, columns)
        with self._scope() as session:
            library = library_labels(session, language)
        rows = _RowReader(table, columns, language, library, (found.start_year, found.end_year))
        planned, problems = check_rows(table, columns, rows.read)
        warnings = tuple(problem_at(m.row, w) for m in planned for w in m.warnings)
        return StrategyImportPlan(
            table.source, language, table.headers, columns, planned, problems,
            warnings, tuple(rows.sections), (*found.notes, *file_notes(table, columns)),
            found.title, found.start_year, found.end_year,
        )  # fmt: skip

    def import_rows(
        self,
        plan: StrategyImportPlan,
        country: str,
        titles: Mapping[str, str] | None = None,
        kind: str = "action_plan",
        skip_invalid: bool = False,
        progress: Progress = no_progress,
        cancelled: CancelCheck = never_cancelled,
    ) -> StrategyImportReport:
        """Write the plan as a new draft in one transaction; with problems, only when
        skipping the bad rows."""
        languages = tuple(dict.fromkeys((plan.language, "en")))
        draft = DraftInput(
            country=country.strip().upper(),
            titles=dict(titles) if titles else {plan.language: plan_title(plan)},
            kind=kind,
            start_year=plan.start_year,
            end_year=plan.end_year,
            languages=languages,
        )

        def check() -> None:
            if not plan.rows:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "{file}: there is no measure to import."),
                    file=plan.source,
                )
            validate_draft(draft)

        def write(session: Session) -> tuple[int, int, int]:
            backup_before(session, "before-import")
            check_mapping(session, sorted({k for row in plan.rows for k in row.mapping}))
            row = StrategyDraft(**draft_columns(draft))
            session.add(row)
            session.flush()
            return (row.id, *_write_tree(session, row.id, plan, progress, cancelled))

        draft_id, goals, objectives = write_plan(self._scope, plan, skip_invalid, write, check)
        return StrategyImportReport(
            draft_id=draft_id,
            goals=goals,
            objectives=objectives,
            measures=len(plan.rows),
            skipped=len(plan.problems),
            problems=plan.problems,
        )


def _check_columns(table: Table, columns: Mapping[int, str]) -> None:
    """Every chosen column is in the file and is a field; one of them is the measure."""
    for index, name in columns.items():
        if name not in FIELDS or not 0 <= index < len(table.headers):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "Column {number} → “{field}”: the file has {count} columns and "
                    "the fields are: {fields}."
                ),
                number=index + 1,
                field=name,
                count=len(table.headers),
                fields=", ".join(FIELDS),
            )  # fmt: skip
    if "measure" not in columns.values():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "{file}: no column is mapped to the measure; the columns are: "
                "{headers}."
            ),
            file=table.source,
            headers=", ".join(f"“{h}”" for h in table.headers),
        )  # fmt: skip


class _RowReader:
    """Reads the plan's rows in order: a section row (a goal or an objective heading) is kept
    in `sections` and heads the measures below it; any other row is a measure."""

    def __init__(
        self,
        table: Table,
        columns: Mapping[int, str],
        language: str,
        library: Mapping[str, Label],
        period: tuple[int | None, int | None],
    ) -> None:
        self._table, self._columns = table, columns
        self._language, self._library, self._period = language, library, period
        number = next((i for i, name in columns.items() if name == "number"), None)
        self._deepest = (
            max((depth(cells[number]) for cells in table.rows), default=0)
            if number is not None
            else 0
        )
        self.sections: list[PlannedSection] = []
        self._goal: Section | None = None
        self._objective: Section | None = None
        self._previous: Section | None = None

    def read(self, row: int, values: Values, cells: tuple[str, ...]) -> PlannedMeasure | None:
        merged = row in self._table.spanning_rows
        section = section_of(cells, self._columns, self._deepest, self._previous, merged)
        self._previous = section
        if section is not None:
            self.sections.append(PlannedSection(row, *astuple(section)))
            if section.level == "goal":
                self._goal, self._objective = section, None
            else:
                self._objective = section
            return None
        sections = (self._goal, self._objective)
        return measure_from_row(values, row, self._language, self._library, sections, self._period)


def plan_title(plan: StrategyImportPlan) -> str:
    """The plan's own title, else the file's name without its extension."""
    return plan.title or Path(plan.source).stem


def _item(session: Session, draft_id: int, parent: int | None, kind: str, position: int,
          item: ItemInput) -> int:  # fmt: skip
    row = StrategyItem(
        draft_id=draft_id, parent_id=parent, kind=kind, position=position, **item_columns(item)
    )
    session.add(row)
    session.flush()
    return row.id


def _write_tree(
    session: Session,
    draft_id: int,
    plan: StrategyImportPlan,
    progress: Progress,
    cancelled: CancelCheck,
) -> tuple[int, int]:
    """Goals and objectives in the order the file first names them, measures under them."""
    goals: dict[tuple[str, str], int] = {}
    objectives: dict[tuple[int, tuple[str, str]], int] = {}
    children: dict[int | None, int] = {}
    language = plan.language
    for _done, planned in counted(plan.rows, STEP, progress, cancelled):
        goal_key = planned.goal
        goal = goals.get(goal_key)
        if goal is None:
            goal = _item(session, draft_id, None, "goal", _next(children, None),
                         ItemInput({language: planned.goal[1]}))  # fmt: skip
            goals[goal_key] = goal
        objective_key = (goal, planned.objective)
        objective = objectives.get(objective_key)
        if objective is None:
            objective = _item(session, draft_id, goal, "objective", _next(children, goal),
                              ItemInput({language: planned.objective[1]}))  # fmt: skip
            objectives[objective_key] = objective
        measure = _item(session, draft_id, objective, "measure", _next(children, objective),
                        planned.item)  # fmt: skip
        for position, indicator in enumerate(planned.indicators):
            session.add(StrategyIndicator(
                item_id=measure, position=position, **indicator_columns(indicator),
            ))  # fmt: skip
        for position, line in enumerate(planned.budget):
            session.add(StrategyBudget(
                item_id=measure, position=position, amount=line.amount.quantize(CENT),
                currency=line.currency, source=clean_line(line.source),
            ))  # fmt: skip
        for key in planned.mapping:
            session.add(StrategyMapping(item_id=measure, item_key=key))
    session.flush()
    return len(goals), len(objectives)


def _next(children: dict[int | None, int], parent: int | None) -> int:
    position = children.get(parent, 0)
    children[parent] = position + 1
    return position
