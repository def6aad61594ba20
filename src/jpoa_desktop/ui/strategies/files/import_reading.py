"""The action-plan import dialog's work off the UI thread: reading the file and planning.

No Qt here: these run on `run_task`'s workers and return plain values. A mapping the service
cannot plan with (no column for the measure) is a state the dialog shows, not a failure, so it
comes back as `problem`; only a file that cannot be read at all raises. The participant
import's counterpart is `ui/participants/importing/import_reading.py`.
"""

from __future__ import annotations

from pathlib import Path

from jpoa_desktop.io.plans.plan_reading import read_plan
from jpoa_desktop.io.plans.strategy_columns import suggest_plan_mapping
from jpoa_desktop.services.strategies.strategy_import import (
    StrategyImportPlan,
    StrategyImportService,
)
from jpoa_desktop.ui.widgets.import_reading import FirstLook, Planned, look_at, plan_or_problem


def plan_import(
    service: StrategyImportService,
    path: Path,
    language: str,
    mapping: dict[int, str],
    **_task: object,
) -> Planned[StrategyImportPlan]:
    return plan_or_problem(lambda: service.plan(path, language, mapping))


def first_look(
    service: StrategyImportService, path: Path, language: str, **task: object
) -> FirstLook[StrategyImportPlan]:
    """Read the headers (raises when the file cannot be read), then plan the suggestion."""
    found = read_plan(path)
    table = found.table
    # A section row ("Цель 1. …" merged across) is no example of any column: measures are.
    measures = [row for row in table.rows if len({cell for cell in row if cell}) > 1]
    return look_at(
        table,
        suggest_plan_mapping,
        lambda mapping: service.plan_file(found, language, mapping),
        measures,
    )
