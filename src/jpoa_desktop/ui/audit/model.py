"""The audit log's table: time, who, what (the row in words), field, and old → new.

The model holds the pages read so far (the dialog asks for more as needed); each cell is
worded here, in the interface language: a table's name ("Plan item", «Пункт плана»), a
field's value made readable ({"en": "…", "ru": "…"} as "en: …; ru: …"), a long value cut
in the cell with the whole of it in the tooltip.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from jpoa_desktop.errors import QT_TRANSLATE_NOOP
from jpoa_desktop.services.server.audit import AuditLine
from jpoa_desktop.texts.formatting import short_date_time

AnyIndex = QModelIndex | QPersistentModelIndex
COLUMNS = ("time", "who", "what", "field", "change")
CELL_LENGTH = 120
EMPTY = "∅"

TABLE_WORDS = {
    "agenda_session": QT_TRANSLATE_NOOP("AuditLog", "Session"),
    "agenda_speaker": QT_TRANSLATE_NOOP("AuditLog", "Speaker"),
    "attendance": QT_TRANSLATE_NOOP("AuditLog", "Attendance mark"),
    "certificate_rule": QT_TRANSLATE_NOOP("AuditLog", "Certificate rule"),
    "evaluation_form": QT_TRANSLATE_NOOP("AuditLog", "Test or evaluation form"),
    "form_item": QT_TRANSLATE_NOOP("AuditLog", "Form question"),
    "form_sheet": QT_TRANSLATE_NOOP("AuditLog", "Answer sheet"),
    "issued_certificate": QT_TRANSLATE_NOOP("AuditLog", "Certificate"),
    "registration": QT_TRANSLATE_NOOP("AuditLog", "Registration"),
    "strategy_budget": QT_TRANSLATE_NOOP("AuditLog", "Budget line"),
    "strategy_comment": QT_TRANSLATE_NOOP("AuditLog", "Comment"),
    "strategy_draft": QT_TRANSLATE_NOOP("AuditLog", "Draft"),
    "strategy_indicator": QT_TRANSLATE_NOOP("AuditLog", "Indicator"),
    "strategy_item": QT_TRANSLATE_NOOP("AuditLog", "Plan item"),
    "strategy_mapping": QT_TRANSLATE_NOOP("AuditLog", "Link to the framework"),
    "strategy_version": QT_TRANSLATE_NOOP("AuditLog", "Version"),
    "workshop": QT_TRANSLATE_NOOP("AuditLog", "Workshop"),
    "workshop_branding": QT_TRANSLATE_NOOP("AuditLog", "Branding"),
    "workshop_image": QT_TRANSLATE_NOOP("AuditLog", "Logo or signature"),
    "workshop_tag": QT_TRANSLATE_NOOP("AuditLog", "Workshop tag"),
}

# The fields people change most, in words; any other shows its column name.
FIELD_WORDS = {
    "titles": QT_TRANSLATE_NOOP("AuditLog", "Title"),
    "texts": QT_TRANSLATE_NOOP("AuditLog", "Text"),
    "status": QT_TRANSLATE_NOOP("AuditLog", "Status"),
    "priority": QT_TRANSLATE_NOOP("AuditLog", "Priority"),
    "kind": QT_TRANSLATE_NOOP("AuditLog", "Kind"),
    "start_date": QT_TRANSLATE_NOOP("AuditLog", "Start"),
    "end_date": QT_TRANSLATE_NOOP("AuditLog", "End"),
    "deadline_text": QT_TRANSLATE_NOOP("AuditLog", "Deadline"),
    "responsible": QT_TRANSLATE_NOOP("AuditLog", "Responsible"),
    "partners": QT_TRANSLATE_NOOP("AuditLog", "Partners"),
    "lead_agency": QT_TRANSLATE_NOOP("AuditLog", "Lead agency"),
    "city": QT_TRANSLATE_NOOP("AuditLog", "City"),
    "venue": QT_TRANSLATE_NOOP("AuditLog", "Venue"),
    "country": QT_TRANSLATE_NOOP("AuditLog", "Country"),
    "notes": QT_TRANSLATE_NOOP("AuditLog", "Notes"),
    "day": QT_TRANSLATE_NOOP("AuditLog", "Day"),
    "role": QT_TRANSLATE_NOOP("AuditLog", "Role"),
    "name": QT_TRANSLATE_NOOP("AuditLog", "Name"),
    "baseline": QT_TRANSLATE_NOOP("AuditLog", "Baseline"),
    "target": QT_TRANSLATE_NOOP("AuditLog", "Target"),
    "amount": QT_TRANSLATE_NOOP("AuditLog", "Amount"),
    "text": QT_TRANSLATE_NOOP("AuditLog", "Text"),
}


def field_word(field: str) -> str:
    """A field's name in the interface language (its column name where we have no word)."""
    word = FIELD_WORDS.get(field)
    return QCoreApplication.translate("AuditLog", word) if word else field


def table_word(table: str) -> str:
    """A table's name in the interface language (its own name where we have no word)."""
    word = TABLE_WORDS.get(table)
    return QCoreApplication.translate("AuditLog", word) if word else table


def readable(value: str | None) -> str:
    """A logged value as a person reads it: a {language: text} map as "en: …; ru: …", a
    list as its items joined, anything else as it was written."""
    if value is None or value == "":
        return EMPTY
    if value[:1] in "{[":
        try:
            parsed = json.loads(value)
        except ValueError:
            return value
        if isinstance(parsed, dict) and all(isinstance(v, str) for v in parsed.values()):
            return "; ".join(f"{key}: {text}" for key, text in parsed.items() if text) or EMPTY
        if isinstance(parsed, list) and all(isinstance(v, str) for v in parsed):
            return ", ".join(parsed) or EMPTY
    return value


def record_text(value: str | None, separator: str = "; ") -> str:
    """A whole row as an insert or a delete entry holds it, by the fields people know
    ("Text: ru: …; Status: planned"); every field when `separator` is a line break."""
    try:
        record = json.loads(value or "{}")
    except ValueError:
        return value or ""
    if not isinstance(record, dict):
        return str(record)
    every = separator == "\n"
    return separator.join(
        f"{field_word(key)}: {readable(json.dumps(v) if not isinstance(v, str) else v)}"
        for key, v in record.items()
        if (every or key in FIELD_WORDS) and v not in ("", [], {})  # empty: nothing to say
    )


def change_text(line: AuditLine) -> str:
    """The Change column: old → new for an edit; for an addition or a deletion, the row's
    main fields."""
    if line.action == "update":
        return f"{readable(line.old_value)} → {readable(line.new_value)}"
    record = line.new_value if line.action == "insert" else line.old_value
    if line.action == "insert":
        said = QCoreApplication.translate("AuditLog", "added: {fields}")
    else:
        said = QCoreApplication.translate("AuditLog", "deleted: {fields}")
    return said.format(fields=record_text(record)).rstrip(": ")


def what_text(line: AuditLine) -> str:
    """The row in words: `Plan item “Train 40 teachers”` (the language's own quotes), or its
    number where nothing names it."""
    if not line.label:
        return f"{table_word(line.table)} #{line.row_id}"
    named = QCoreApplication.translate("AuditLog", "{table} “{label}”")
    return named.format(table=table_word(line.table), label=line.label)


def _cut(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= CELL_LENGTH else flat[: CELL_LENGTH - 1] + "…"


class AuditModel(QAbstractTableModel):
    def __init__(self, language: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.language = language
        self.lines: list[AuditLine] = []

    def set_lines(self, lines: Sequence[AuditLine]) -> None:
        self.beginResetModel()
        self.lines = list(lines)
        self.endResetModel()

    def add_lines(self, lines: Sequence[AuditLine]) -> None:
        """The next page, below those shown."""
        if not lines:
            return
        first = len(self.lines)
        self.beginInsertRows(QModelIndex(), first, first + len(lines) - 1)
        self.lines.extend(lines)
        self.endInsertRows()

    def line_at(self, row: int) -> AuditLine | None:
        return self.lines[row] if 0 <= row < len(self.lines) else None

    def cell(self, line: AuditLine, column: str) -> str:
        if column == "time":
            return short_date_time(line.changed_at.astimezone(), self.language)  # local time
        if column == "who":
            return line.changed_by
        if column == "what":
            return what_text(line)
        if column == "field":
            return field_word(line.field)
        return change_text(line)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.lines:
            last = self.index(len(self.lines) - 1, len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    # QAbstractTableModel.
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        line = self.line_at(index.row()) if index.isValid() else None
        if line is None:
            return None
        text = self.cell(line, COLUMNS[index.column()])
        if role == Qt.ItemDataRole.DisplayRole:
            return _cut(text)
        if role == Qt.ItemDataRole.ToolTipRole:
            if COLUMNS[index.column()] == "change" and line.action != "update":
                record = line.new_value if line.action == "insert" else line.old_value
                return record_text(record, "\n")
            return text if len(text) > CELL_LENGTH or "\n" in text else None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = {
            "time": QCoreApplication.translate("AuditLog", "Time"),
            "who": QCoreApplication.translate("AuditLog", "Who"),
            "what": QCoreApplication.translate("AuditLog", "What"),
            "field": QCoreApplication.translate("AuditLog", "Field"),
            "change": QCoreApplication.translate("AuditLog", "Old → new"),
        }
        return headers.get(COLUMNS[section]) if 0 <= section < len(COLUMNS) else None
