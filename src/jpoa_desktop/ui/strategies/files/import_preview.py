"""The action-plan import's preview: every row of the file in order, problems in red.

A row is the measure it becomes (under which goal and objective, with its indicators and
budget), a goal or objective heading of the plan, or its problem in the service's words.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from jpoa_desktop.services.strategies.strategy_import import StrategyImportPlan
from jpoa_desktop.services.strategies.strategy_import_rows import PlannedMeasure
from jpoa_desktop.texts.formatting import money
from jpoa_desktop.ui.i18n import interface_language
from jpoa_desktop.ui.messages import describe
from jpoa_desktop.ui.widgets.import_preview import ProblemRowsModel

COLUMNS = ("row", "outcome", "number", "measure", "goal", "objective", "responsible",
           "deadline", "indicators", "budget", "mapping")  # fmt: skip
ROMAN = {"1": "I", "2": "II", "3": "III", "4": "IV"}


@dataclass(frozen=True)
class PreviewLine:
    row: int
    cells: dict[str, str]  # column → text; empty for a problem
    message: str = ""  # the problem, "" for a good row
    kind: str = "measure"  # goal | objective (a section row of the plan) | measure

    @property
    def is_problem(self) -> bool:
        return bool(self.message)


def preview_lines(plan: StrategyImportPlan) -> list[PreviewLine]:
    """The plan's measures and problems in the file's order."""
    lines = []
    for planned in plan.rows:
        shown = interface_language()
        budget = "; ".join(money(line.amount, line.currency, shown) for line in planned.budget)
        cells = {
            "number": planned.number,
            "measure": next(iter(planned.item.texts.values()), ""),
            "goal": " ".join(p for p in planned.goal if p),
            "objective": " ".join(p for p in planned.objective if p),
            "responsible": "; ".join(planned.item.responsible),
            "deadline": deadline_cell(planned),
            "indicators": "; ".join(i.name for i in planned.indicators),
            "budget": budget,
            "mapping": ", ".join(_code(key) for key in planned.mapping),
        }
        lines.append(PreviewLine(planned.row, cells))
    for section in plan.sections:
        cells = {"number": section.number, "measure": section.text}
        lines.append(PreviewLine(section.row, cells, kind=section.level))
    for problem in plan.problems:
        lines.append(PreviewLine(problem.row, {}, describe(problem.error)))
    lines.sort(key=lambda line: line.row)
    return lines


def deadline_cell(planned: PlannedMeasure) -> str:
    """`IV квартал 2026 г. (01.10.2026–31.12.2026)`; words that gave no dates are marked."""
    item = planned.item
    days = "–".join(d.strftime("%d.%m.%Y") for d in (item.start, item.end) if d)
    words = item.deadline_text
    if planned.warnings and words:
        kept = QCoreApplication.translate("StrategyImportPreview", "kept as written, no dates")
        return f"⚠ {words} ({kept})"
    if words and days:
        return f"{words} ({days})"
    return words or days


def _code(key: str) -> str:
    """A library key as the framework prints it: "pillar-2" → "II", "area-ii.3" → "II.3"."""
    if key.startswith("area-"):
        return key.removeprefix("area-").upper()
    pillar = key.removeprefix("pillar-")
    return ROMAN.get(pillar, key)


class PreviewModel(ProblemRowsModel[PreviewLine]):
    columns = COLUMNS
    message_column = "number"

    def lines_of(self, plan: StrategyImportPlan) -> list[PreviewLine]:
        return preview_lines(plan)

    def cell(self, line: PreviewLine, column: str) -> str:
        return line.cells.get(column, "")

    def outcome(self, line: PreviewLine) -> str:
        translate = QCoreApplication.translate
        if line.kind == "goal":
            return translate("StrategyImportPreview", "Goal")
        if line.kind == "objective":
            return translate("StrategyImportPreview", "Objective")
        if not line.is_problem:
            return translate("StrategyImportPreview", "Measure")
        if self.skipping:
            return translate("StrategyImportPreview", "Skipped")
        return translate("StrategyImportPreview", "Problem")

    def header_labels(self) -> dict[str, str]:
        translate = QCoreApplication.translate
        return {
            "row": translate("StrategyImportPreview", "Row"),
            "outcome": translate("StrategyImportPreview", "Becomes"),
            "number": translate("StrategyImportPreview", "No."),
            "measure": translate("StrategyImportPreview", "Measure"),
            "goal": translate("StrategyImportPreview", "Goal"),
            "objective": translate("StrategyImportPreview", "Objective"),
            "responsible": translate("StrategyImportPreview", "Responsible"),
            "deadline": translate("StrategyImportPreview", "Deadline"),
            "indicators": translate("StrategyImportPreview", "Indicators"),
            "budget": translate("StrategyImportPreview", "Budget"),
            "mapping": translate("StrategyImportPreview", "Pillars, areas"),
        }
