"""Which column of an action-plan file holds what: one row per column, with its first value
and the field it is read as.

The suggestion comes from `io.plans.strategy_columns.suggest_plan_mapping` (headers in any of the
seven handout languages); the user can change any choice, including "ignore".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from jpoa_desktop.io.plans.strategy_columns import FIELDS
from jpoa_desktop.ui.widgets.import_mapping import FieldMappingTable


def field_label(field: str) -> str:
    translate = QCoreApplication.translate
    labels = {
        "goal_number": translate("StrategyImport", "Goal number"),
        "goal": translate("StrategyImport", "Goal"),
        "objective_number": translate("StrategyImport", "Objective number"),
        "objective": translate("StrategyImport", "Objective"),
        "number": translate("StrategyImport", "Measure number"),
        "measure": translate("StrategyImport", "Measure"),
        "responsible": translate("StrategyImport", "Responsible agencies"),
        "partners": translate("StrategyImport", "Partners"),
        "start": translate("StrategyImport", "Start"),
        "end": translate("StrategyImport", "End"),
        "dates": translate("StrategyImport", "Dates (start–end)"),
        "deadline": translate("StrategyImport", "Deadline (as the plan words it)"),
        "indicators": translate("StrategyImport", "Indicators"),
        "amount": translate("StrategyImport", "Amount"),
        "currency": translate("StrategyImport", "Currency"),
        "source": translate("StrategyImport", "Funding source"),
        "budget": translate("StrategyImport", "Budget (amount, currency, source)"),
        "mapping": translate("StrategyImport", "Pillars and areas"),
        "priority": translate("StrategyImport", "Priority"),
        "status": translate("StrategyImport", "Status"),
    }
    return labels.get(field, field)


class ColumnMapping(FieldMappingTable):
    """Each column of the file, its first value, and the field it is read as (changeable; a
    field goes to one column only, so choosing it again takes it from the other column)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "strategyImportMapping", "strategyMappingColumn", FIELDS, field_label, 16, parent
        )

    def ignore_label(self) -> str:
        return self.tr("— ignore —")

    def header_labels(self) -> list[str]:
        return [self.tr("Column in the file"), self.tr("First value"), self.tr("Read as")]
