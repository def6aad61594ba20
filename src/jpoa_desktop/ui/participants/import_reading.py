"""The import dialog's work off the UI thread: reading the file and planning the import.

No Qt here: these run on `run_task`'s workers and return plain values. A plan that cannot be
made because of the mapping (no name columns, names in one column not split) is a state the
dialog shows, not a failure, so it comes back as `problem` with whatever could be read; only a
file that cannot be read at all raises.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from jpoa_desktop.errors import JpoaError
from jpoa_desktop.io.columns import suggest_mapping
from jpoa_desktop.io.tables import read_table
from jpoa_desktop.services.participant_import import ImportPlan, ParticipantImportService

EXAMPLE_ROWS = 30


@dataclass(frozen=True)
class Planned:
    """A plan for the current mapping, or why there is none."""

    plan: ImportPlan | None
    problem: JpoaError | None


@dataclass(frozen=True)
class FirstLook:
    """The file's columns with an example value each, the suggested mapping, and its plan."""

    headers: tuple[str, ...]
    examples: tuple[str, ...]
    mapping: dict[int, str]
    planned: Planned


def plan_import(
    service: ParticipantImportService,
    path: Path,
    mapping: dict[int, str],
    split: bool,
    **_task: object,
) -> Planned:
    try:
        return Planned(service.plan(path, mapping, split_full_names=split), None)
    except JpoaError as error:
        return Planned(None, error)


def first_look(
    service: ParticipantImportService, path: Path, split: bool, **task: object
) -> FirstLook:
    """Read the headers (raises when the file cannot be read), then plan the suggestion."""
    table = read_table(path)
    examples = tuple(
        next((row[n] for row in table.rows[:EXAMPLE_ROWS] if n < len(row) and row[n]), "")
        for n in range(len(table.headers))
    )
    mapping = suggest_mapping(table.headers)
    planned = plan_import(service, path, mapping, split, **task)
    return FirstLook(table.headers, examples, mapping, planned)
