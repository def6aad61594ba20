"""How the list was read, said in the import dialog and changeable: the header row, the sheet,
the encoding, and what was left out (a title, totals and signatures, hidden rows and columns).

The reader guesses all of these; a guess the user cannot see is a guess the user cannot fix,
so each is a choice here, and choosing another reads the file again with `ReadOptions`.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from jpoa_desktop.io.tables.reading import ReadOptions, Table
from jpoa_desktop.io.tables.text_tables import ENCODINGS


def rows_text(numbers: Sequence[int]) -> str:
    """1, 3, 4, 5, 9 → "1, 3–5, 9"."""
    parts: list[str] = []
    ordered = sorted(numbers)
    start = 0
    for index in range(1, len(ordered) + 1):
        if index == len(ordered) or ordered[index] != ordered[index - 1] + 1:
            first, last = ordered[start], ordered[index - 1]
            parts.append(str(first) if first == last else f"{first}–{last}")
            start = index
    return ", ".join(parts)


def _rows(numbers: Sequence[int]) -> str:
    """ "row 5" or "rows 1, 3–5"."""
    translate = QCoreApplication.translate
    if len(numbers) == 1:
        return translate("ImportSource", "row {row}").format(row=numbers[0])
    return translate("ImportSource", "rows {rows}").format(rows=rows_text(numbers))


def read_notes(table: Table) -> list[str]:
    """One sentence for each thing the reader decided or left out."""
    translate = QCoreApplication.translate
    notes = []
    if len(table.header_rows) > 1:
        notes.append(
            translate("ImportSource", "The header is read from rows {rows} together.").format(
                rows=rows_text(table.header_rows)
            )
        )
    elif table.header_rows:
        notes.append(
            translate("ImportSource", "The header is row {row}.").format(row=table.header_row)
        )
    if table.skipped_rows:
        notes.append(
            translate(
                "ImportSource", "Left out above the list (titles, column numbers): {rows}."
            ).format(rows=_rows(table.skipped_rows))
        )
    if table.footer_rows:
        notes.append(
            translate(
                "ImportSource", "Left out below the list (totals, signatures, notes): {rows}."
            ).format(rows=_rows(table.footer_rows))
        )
    if table.hidden_rows:
        notes.append(
            translate("ImportSource", "Hidden and ignored: {rows}.").format(
                rows=_rows(table.hidden_rows)
            )
        )
    if table.hidden_columns:
        notes.append(
            translate("ImportSource", "Hidden columns ignored: {columns}.").format(
                columns=", ".join(table.hidden_columns)
            )
        )
    return notes


class SourceChoices(QWidget):
    """The header row, sheet and encoding boxes and the notes. `changed(keep_header)` when the
    user picks: True for another header row, False for another sheet or encoding."""

    changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importSource")
        self.header_box = QComboBox(self)
        self.header_box.setObjectName("importHeaderRow")
        self.sheet_box = QComboBox(self)
        self.sheet_box.setObjectName("importSheet")
        self.encoding_box = QComboBox(self)
        self.encoding_box.setObjectName("importEncoding")
        self.notes = QLabel(self)
        self.notes.setObjectName("importReadNotes")
        self.notes.setWordWrap(True)
        self._header_label, self._sheet_label = QLabel(self), QLabel(self)
        self._encoding_label = QLabel(self)
        self._table: Table | None = None
        boxes = QHBoxLayout()
        boxes.setContentsMargins(0, 0, 0, 0)
        for label, box, stretch in (
            (self._header_label, self.header_box, 3),
            (self._sheet_label, self.sheet_box, 1),
            (self._encoding_label, self.encoding_box, 1),
        ):
            label.setBuddy(box)
            boxes.addWidget(label)
            boxes.addWidget(box, stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(boxes)
        layout.addWidget(self.notes)
        self.header_box.activated.connect(lambda _i: self.changed.emit(True))
        self.sheet_box.activated.connect(lambda _i: self.changed.emit(False))
        self.encoding_box.activated.connect(lambda _i: self.changed.emit(False))
        self.show_table(None)
        self.retranslate()

    def options(self, *, keep_header: bool = True) -> ReadOptions:
        """The choices as the reader takes them; a new sheet or encoding finds its own header."""
        table = self._table
        if table is None:
            return ReadOptions()
        header = self.header_box.currentData() if keep_header else None
        sheet = self.sheet_box.currentData() if table.sheets else None
        encoding = self.encoding_box.currentData() if not table.sheets else None
        return ReadOptions(
            header_row=int(header) if header else None,
            sheet=str(sheet) if sheet else None,
            encoding=str(encoding) if encoding else None,
        )

    def show_table(self, table: Table | None) -> None:
        """Show how `table` was read (None: no file yet)."""
        self._table = table
        workbook = table is not None and bool(table.sheets)
        text = table is not None and not table.sheets
        self._fill_header(table)
        self._fill(self.sheet_box, table.sheets if table else (), table.sheet if table else "")
        encodings = tuple(ENCODINGS)
        if table is not None and text and table.encoding not in encodings:
            encodings = (table.encoding, *encodings)
        self._fill(self.encoding_box, encodings, table.encoding if text and table else "")
        for widget, shown in (
            (self._header_label, table is not None),
            (self.header_box, table is not None),
            (self._sheet_label, workbook),
            (self.sheet_box, workbook),
            (self._encoding_label, text),
            (self.encoding_box, text),
        ):
            widget.setVisible(shown)
        self.sheet_box.setEnabled(workbook and len(table.sheets if table else ()) > 1)
        self.notes.setText(" ".join(read_notes(table)) if table is not None else "")
        self.notes.setVisible(bool(self.notes.text()))

    def _fill_header(self, table: Table | None) -> None:
        box = self.header_box
        box.clear()
        if table is None:
            return
        row = QCoreApplication.translate("ImportSource", "Row {row}: {cells}")
        for number, glimpse in table.header_choices:
            box.addItem(row.format(row=number, cells=glimpse), number)
        index = box.findData(table.header_rows[0] if table.header_rows else 0)
        box.setCurrentIndex(max(index, 0))

    @staticmethod
    def _fill(box: QComboBox, values: Sequence[str], current: str) -> None:
        box.clear()
        for value in values:
            box.addItem(value, value)
        box.setCurrentIndex(max(box.findData(current), 0))

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self._header_label.setText(translate("ImportSource", "Header row:"))
        self._sheet_label.setText(translate("ImportSource", "Sheet:"))
        self._encoding_label.setText(translate("ImportSource", "Encoding:"))
        self.header_box.setToolTip(
            translate(
                "ImportSource",
                "The row that names the columns; the rows above it are not imported.",
            )
        )
        self.show_table(self._table)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
