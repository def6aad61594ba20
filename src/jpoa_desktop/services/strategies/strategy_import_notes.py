"""What the action-plan preview says about a file as a whole, so nothing is left out unsaid.

A column without a field, a title row above the header, a row numbering the columns and the
signatures below the table are not imported; each is named here (as a `ValidationError`, the
domain's translatable message) for the preview to show before anything is written.
"""

from __future__ import annotations

from collections.abc import Mapping

from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from jpoa_desktop.io.tables.reading import Table


def file_notes(table: Table, columns: Mapping[int, str]) -> tuple[ValidationError, ...]:
    notes: list[ValidationError] = []
    if len(table.header_rows) == 2:
        notes.append(
            ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The header spans rows {first} and {second}; the columns are "
                    "named from both."
                ),
                first=table.header_rows[0],
                second=table.header_rows[1],
            )
        )  # fmt: skip
    unread = [
        header
        for index, header in enumerate(table.headers)
        if index not in columns and any(row[index] for row in table.rows)
    ]
    if unread:
        notes.append(
            ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "Not imported: {count} column(s) with no field chosen: {headers}. "
                    "Choose a field for a column to import it."
                ),
                count=len(unread),
                headers=", ".join(f"“{h}”" for h in unread),
            )
        )  # fmt: skip
    if table.skipped_rows:
        notes.append(
            ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "Not read as measures: row(s) {rows}, a title above the header or "
                    "a row numbering the columns."
                ),
                rows=", ".join(map(str, table.skipped_rows)),
            )
        )  # fmt: skip
    if table.footer_rows:
        notes.append(
            ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "Not read as measures: row(s) {rows} below the plan (totals, "
                    "signatures, notes)."
                ),
                rows=", ".join(map(str, table.footer_rows)),
            )
        )  # fmt: skip
    return tuple(notes)
