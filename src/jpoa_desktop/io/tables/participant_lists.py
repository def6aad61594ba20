"""A participant list as the import reads it: the header is the row naming participant fields.

The reading itself is `read_table`'s, the same for every kind of table; what makes it a
participant list is only how a header cell is recognised (`columns.suggest_mapping`). The
action plan's counterpart is `io/plans/plan_reading.read_plan`.
"""

from __future__ import annotations

from pathlib import Path

from jpoa_desktop.io.tables.columns import suggest_mapping
from jpoa_desktop.io.tables.reading import ReadOptions, Table, read_table
from jpoa_desktop.io.tables.table_limits import DEFAULT_LIMITS, TableLimits


def read_list(
    path: Path, options: ReadOptions | None = None, limits: TableLimits = DEFAULT_LIMITS
) -> Table:
    """The participant list in `path`, its header found by the participant fields it names."""
    return read_table(path, options, limits, recognise=suggest_mapping)
