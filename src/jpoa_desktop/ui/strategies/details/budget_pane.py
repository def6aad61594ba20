"""A measure's budget lines (amount, currency, source), edited in place, with a total per
currency under the table.

Amounts are typed the way officials write them: "1 500 000,50" as well as "1500000.50" or
"1,500,000.50". They are shown grouped, with the interface language's decimal mark, and kept
as exact `Decimal`s (a float would round a 16-digit sum).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from jpoa_desktop.model import text_input as limits
from jpoa_desktop.model.strategies import BudgetInput, BudgetLineView, MeasureView
from jpoa_desktop.texts.formatting import amount, money
from jpoa_desktop.ui.messages import show_error
from jpoa_desktop.ui.strategies.details.detail_commands import (
    AddBudget,
    DeleteBudget,
    DetailCommand,
    DetailContext,
    EditBudget,
)
from jpoa_desktop.ui.strategies.details.indicators_pane import Cell, MeasureRowsPane, Submit
from jpoa_desktop.ui.widgets.text_limits import LimitedTextDelegate

CURRENCIES = ("KZT", "KGS", "TJS", "TMT", "UZS", "USD", "EUR")
COUNTRY_CURRENCY = {"KZ": "KZT", "KG": "KGS", "TJ": "TJS", "TM": "TMT", "UZ": "UZS"}
GROUP_SPACES = " \u00a0\u202f\u2009"
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


def format_amount(value: Decimal, language: str) -> str:
    """1500000.5 → "1,500,000.50" in English, "1 500 000,50" in the others (CLDR)."""
    return amount(value, language)


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


class BudgetPane(MeasureRowsPane[BudgetLineView]):
    AMOUNT, CURRENCY, SOURCE = range(3)

    def __init__(self, submit: Submit, parent: QWidget | None = None) -> None:
        super().__init__(submit, "budgetPane", 3, parent)
        self.language = "en"
        self.country = ""
        self.table.setItemDelegateForColumn(self.CURRENCY, CurrencyDelegate(self.table))
        source = LimitedTextDelegate(limits.BUDGET_SOURCE, self.table)
        self.table.setItemDelegateForColumn(self.SOURCE, source)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.SOURCE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((self.AMOUNT, 150), (self.CURRENCY, 80)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        self.total = QLabel(self)
        self.total.setWordWrap(True)
        self.total.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.insertWidget(1, self.total)
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
        super().load(context, measure)
        self.table.blockSignals(True)  # an alignment is no edit
        for row in range(self.table.rowCount()):
            self.table.cell(row, self.AMOUNT).setTextAlignment(RIGHT)
        self.table.blockSignals(False)
        self._show_total()

    def rows(self, measure: MeasureView) -> Sequence[BudgetLineView]:
        return measure.budget

    def cells(self, row: BudgetLineView) -> list[Cell]:
        return [format_amount(row.amount, self.language), row.currency, row.source]

    def _show_total(self) -> None:
        sums: dict[str, Decimal] = {}
        for line in self._measure.budget if self._measure is not None else ():
            sums[line.currency] = sums.get(line.currency, Decimal(0)) + line.amount
        if not sums:
            self.total.setText(self.tr("No budget yet."))
            return
        parts = [money(total, currency, self.language) for currency, total in sums.items()]
        self.total.setText(self.tr("Total: {sums}").format(sums=" · ".join(parts)))

    def default_currency(self) -> str:
        """The currency of the measure's last line, else the draft country's own."""
        if self._measure is not None and self._measure.budget:
            return self._measure.budget[-1].currency
        return COUNTRY_CURRENCY.get(self.country, "USD")

    def add_command(self, context: DetailContext, measure_uuid: str) -> DetailCommand:
        line = BudgetInput(Decimal(0), self.default_currency())
        return AddBudget(context, measure_uuid, line, self.tr("Add budget line"))

    def delete_command(self, context: DetailContext, measure_uuid: str, uuid: str) -> DetailCommand:
        return DeleteBudget(context, measure_uuid, uuid, self.tr("Delete budget line"))

    def edit_command(
        self, context: DetailContext, measure_uuid: str, old: BudgetLineView, texts: list[str]
    ) -> DetailCommand | None:
        amount_text, currency, source = texts
        amount = parse_amount(amount_text)
        if amount is None:
            self.load(self._context, self._measure)  # nothing is written; the saved value back
            show_error(self, self.tr("Budget"), self.tr(
                "“{value}” is not an amount of money. Type it as 1 500 000,50 or 1500000.50."
            ).format(value=amount_text.strip()))  # fmt: skip
            return None
        typed = BudgetInput(amount, currency.strip().upper(), source.strip())
        if typed == BudgetInput(old.amount, old.currency, old.source):
            self.load(self._context, self._measure)  # "1500000" shown again as "1 500 000.00"
            return None
        return EditBudget(context, measure_uuid, old.uuid, typed, self.tr("Edit budget line"))
