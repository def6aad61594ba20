"""Which column of the file holds what: one row per column, with an example and a field choice.

The suggestion comes from `io.tables.columns.suggest_mapping`; the user can change any choice,
including "ignore". The table itself is `FieldMappingTable`, shared with the action-plan import.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from jpoa_desktop.io.tables.columns import FIELDS
from jpoa_desktop.ui.participants.labels import field_label
from jpoa_desktop.ui.widgets.import_mapping import FieldMappingTable

# A date of birth is recognised in lists (so it is not mistaken for another date) but not kept.
CHOICES = tuple(f for f in FIELDS if f != "birth_date")


class MappingTable(FieldMappingTable):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("importMapping", "mappingColumn", CHOICES, field_label, 15, parent)

    def ignore_label(self) -> str:
        return self.tr("— ignore —")

    def header_labels(self) -> list[str]:
        return [self.tr("Column in the file"), self.tr("First value"), self.tr("Read as")]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
