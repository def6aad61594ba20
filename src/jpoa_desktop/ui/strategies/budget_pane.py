"""A measure's budget lines (amount, currency, source), edited in place, with a total per
currency under the table.

Amounts are typed the way officials write them: "1 500 000,50" as well as "1500000.50" or
"1,500,000.50". They are shown grouped, with the interface language's decimal mark, and kept
as exact `Decimal`s (a float would round a 16-digit sum).
"""

from __future__ import annotations

import re
from decimal import Decimal

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from jpoa_desktop.services.strategy_views import BudgetInput, BudgetLineView, MeasureView
from jpoa_desktop.ui.messages import show_error
from jpoa_desktop.ui.strategies.detail_commands import (
    AddBudget,
    DeleteBudget,
    DetailContext,
    EditBudget,
)
from jpoa_desktop.ui.strategies.indicators_pane import RowTable, Submit, button_row

CURRENCIES = ("KZT", "KGS", "TJS", "TMT", "UZS", "USD", "EUR")
COUNTRY_CURRENCY = {"KZ": "KZT", "KG": "KGS", "TJ": "TJS", "TM": "TMT", "UZ": "UZS"}
GROUP_SPACES = " \u00a0\u202f\u2009"
NBSP = "\u00a0"
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _grouped(whole: str, mark: str) -> bool:
    """'1,500,000' grouped by `mark` in threes (the first group one to three digits)."""
    parts = whole.split(mark)
    return bool(re.fullmatch(r"\d{1,3}", parts[0])) and all(
        re.fullmatch(r"\d{3}", p) for p in parts[1:]
    )


def parse_amount(text: str) -> Decimal | None:
    """The amount typed, or None when it is not a sum of money with at most two decimals."""
    typed = "".join(ch for ch in text.strip() if ch not in GROUP_SPACES)
    if "," in typed and "." in typed:  # the last mark is the decimal one
        decimal, group = (",", ".") if typed.rfind(",") > typed.rfind(".") else (".", ",")
        whole, _, cents = typed.rpartition(decimal)
        if not _grouped(whole, group):
            return None
        typed = f"{whole.replace(group, '')}.{cents}"
    elif typed.count(",") == 1:  # "1500000,50": a decimal comma
        typed = typed.replace(",", ".")
    elif typed.count(",") > 1 or typed.count(".") > 1:  # "1,500,000" or "1.500.000"
        mark = "," if "," in typed else "."
        if not _grouped(typed, mark):
            return None
        typed = typed.replace(mark, "")
    if not re.fullmatch(r"\d+(\.\d{1,2})?", typed):
        return None
    return Decimal(typed)


def format_amount(amount: Decimal, language: str) -> str:
    """1500000.5 → "1 500 000.50" (a decimal comma in Russian), grouped by no-break spaces."""
    text = f"{amount:,.2f}".replace(",", NBSP)
    return text.replace(".", ",") if language == "ru" else text


class CurrencyDelegate(QStyledItemDelegate):
    """An editable list of the region's currencies; what is typed is kept in capitals."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.addItems(CURRENCIES)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentText(str(index.data() or ""))
        line = editor.lineEdit()
        if line is not None:
            line.selectAll()

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText().strip().upper())


class BudgetPane(QWidget):
    AMOUNT, CURRENCY, SOURCE = range(3)

    def __init__(self, submit: Submit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("budgetPane")
        self._submit = submit
        self._context: DetailContext | None = None
        self._measure: MeasureView | None = None
        self.language = "en"
        self.country = ""
        self.table = RowTable(3, (0, 1, 2), self)
        self.table.setItemDelegateForColumn(self.CURRENCY, CurrencyDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.SOURCE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((self.AMOUNT, 150), (self.CURRENCY, 80)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        self.total = QLabel(self)
        self.total.setWordWrap(True)
        self.total.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.add_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.total)
        layout.addLayout(button_row(self, self.add_button, self.delete_button))
        self.add_button.clicked.connect(self.add)
        self.delete_button.clicked.connect(self.delete)
        self.table.insert_pressed.connect(self.add)
        self.table.delete_pressed.connect(self.delete)
        self.table.cell_committed.connect(self._commit)
        self.table.currentCellChanged.connect(lambda *_: self._update_buttons())
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("Amount"), self.tr("Currency"), self.tr("Source")]
        )
        self.add_button.setText(self.tr("Add budget line"))
        self.add_button.setToolTip(self.tr("Add a budget line (Ins in the table)"))
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete the selected budget line (Del)"))
        self._show_total()

    def load(self, context: DetailContext | None, measure: MeasureView | None) -> None:
        self._context, self._measure = context, measure
        lines = measure.budget if measure is not None else ()
        self.table.show_rows([(b.uuid, self._cells(b)) for b in lines])
        self.table.blockSignals(True)  # an alignment is no edit
        for row in range(self.table.rowCount()):
            self.table.cell(row, self.AMOUNT).setTextAlignment(RIGHT)
        self.table.blockSignals(False)
        self._show_total()
        self._update_buttons()

    def _cells(self, line: BudgetLineView) -> list[str | bool]:
        return [format_amount(line.amount, self.language), line.currency, line.source]

    def _show_total(self) -> None:
        sums: dict[str, Decimal] = {}
        for line in self._measure.budget if self._measure is not None else ():
            sums[line.currency] = sums.get(line.currency, Decimal(0)) + line.amount
        if not sums:
            self.total.setText(self.tr("No budget yet."))
            return
        parts = [f"{format_amount(amount, self.language)}{NBSP}{currency}"
                 for currency, amount in sums.items()]  # fmt: skip
        self.total.setText(self.tr("Total: {sums}").format(sums=" · ".join(parts)))

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(self._measure is not None)
        self.delete_button.setEnabled(self.table.currentRow() >= 0)

    def default_currency(self) -> str:
        """The currency of the measure's last line, else the draft country's own."""
        if self._measure is not None and self._measure.budget:
            return self._measure.budget[-1].currency
        return COUNTRY_CURRENCY.get(self.country, "USD")

    def add(self) -> None:
        if self._context is None or self._measure is None:
            return
        line = BudgetInput(Decimal(0), self.default_currency())
        command = AddBudget(self._context, self._measure.uuid, line, self.tr("Add budget line"))
        if self._submit(command):
            self.table.go_to(command.row_uuid, self.AMOUNT, edit=True)

    def delete(self) -> None:
        uuid = self.table.row_uuid(self.table.currentRow())
        if self._context is None or self._measure is None or uuid is None:
            return
        self._submit(DeleteBudget(self._context, self._measure.uuid, uuid,
                                  self.tr("Delete budget line")))  # fmt: skip

    def _commit(self, row: int, _column: int) -> None:
        uuid = self.table.row_uuid(row)
        shown = {b.uuid: b for b in self._measure.budget} if self._measure else {}
        if self._context is None or self._measure is None or uuid not in shown:
            return
        amount_text, currency, source = self.table.texts(row)
        amount = parse_amount(amount_text)
        if amount is None:
            self.load(self._context, self._measure)  # nothing is written; the saved value back
            show_error(self, self.tr("Budget"), self.tr(
                "“{value}” is not an amount of money. Type it as 1 500 000,50 or 1500000.50."
            ).format(value=amount_text.strip()))  # fmt: skip
            return
        typed = BudgetInput(amount, currency.strip().upper(), source.strip())
        old = shown[uuid]
        if typed == BudgetInput(old.amount, old.currency, old.source):
            self.load(self._context, self._measure)  # "1500000" shown again as "1 500 000.00"
            return
        command = EditBudget(self._context, self._measure.uuid, uuid, typed,
                             self.tr("Edit budget line"))  # fmt: skip
        if not self._submit(command):
            self.load(self._context, self._measure)
