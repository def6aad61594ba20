"""The import dialogs' work off the UI thread, in the shape both dialogs read.

No Qt here: the participant and the action-plan readers run on `run_task`'s workers and return
these plain values. A plan that cannot be made because of the mapping is a state the dialog
shows, not a failure, so it comes back as `problem`; only a file that cannot be read raises.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from jpoa_desktop.errors import JpoaError
from jpoa_desktop.io.tables.reading import Table

EXAMPLE_ROWS = 30
PlanT = TypeVar("PlanT")


@dataclass(frozen=True)
class Planned(Generic[PlanT]):
    """A plan for the current mapping, or why there is none."""

    plan: PlanT | None
    problem: JpoaError | None


@dataclass(frozen=True)
class FirstLook(Generic[PlanT]):
    """The file's columns with an example value each, the suggested mapping, and its plan."""

    headers: tuple[str, ...]
    examples: tuple[str, ...]
    mapping: dict[int, str]
    planned: Planned[PlanT]
    table: Table | None = None  # how the file was read (header row, sheet, encoding)


def plan_or_problem(make: Callable[[], PlanT]) -> Planned[PlanT]:
    """`make()`'s plan, or the `JpoaError` that says why the mapping cannot be planned."""
    try:
        return Planned(make(), None)
    except JpoaError as error:
        return Planned(None, error)


def column_examples(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> tuple[str, ...]:
    """Each column's first non-empty value among the first `EXAMPLE_ROWS` rows."""
    return tuple(
        next((row[n] for row in rows[:EXAMPLE_ROWS] if n < len(row) and row[n]), "")
        for n in range(len(headers))
    )


def look_at(
    table: Table,
    suggest: Callable[[Sequence[str]], Mapping[int, str]],
    plan: Callable[[dict[int, str]], PlanT],
    example_rows: Sequence[Sequence[str]] = (),
) -> FirstLook[PlanT]:
    """The first look at a table just read: its columns with an example each (from
    `example_rows`, else from all rows), the mapping `suggest`ed and the plan for it."""
    examples = column_examples(table.headers, example_rows or table.rows)
    mapping = dict(suggest(table.headers))
    planned = plan_or_problem(lambda: plan(mapping))
    return FirstLook(table.headers, examples, mapping, planned, table)
