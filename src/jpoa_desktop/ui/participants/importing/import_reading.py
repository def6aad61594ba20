"""The import dialog's work off the UI thread: reading the file and planning the import.

No Qt here: these run on `run_task`'s workers and return plain values. A plan that cannot be
made because of the mapping (no name columns, names in one column not split) is a state the
dialog shows, not a failure, so it comes back as `problem` with whatever could be read; only a
file that cannot be read at all raises.
"""

from __future__ import annotations

from pathlib import Path

from jpoa_desktop.io.tables.columns import suggest_mapping
from jpoa_desktop.io.tables.participant_lists import read_list
from jpoa_desktop.io.tables.reading import ReadOptions
from jpoa_desktop.services.people.participant_import import ImportPlan, ParticipantImportService
from jpoa_desktop.ui.widgets.import_reading import FirstLook, Planned, look_at, plan_or_problem


def plan_import(
    service: ParticipantImportService,
    path: Path,
    mapping: dict[int, str],
    split: bool,
    options: ReadOptions | None = None,
    **_task: object,
) -> Planned[ImportPlan]:
    return plan_or_problem(
        lambda: service.plan(path, mapping, split_full_names=split, options=options)
    )


def first_look(
    service: ParticipantImportService,
    path: Path,
    split: bool,
    options: ReadOptions | None = None,
    **task: object,
) -> FirstLook[ImportPlan]:
    """Read the headers (raises when the file cannot be read), then plan the suggestion."""
    table = read_list(path, options)
    return look_at(
        table, suggest_mapping, lambda mapping: service.plan_table(table, mapping, split)
    )
