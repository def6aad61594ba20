"""The entry grid's Find box: a scanned QR code or a typed badge code lands on the person's row.

Letters typed into a grid cell are answers, so a scan goes to this box (Ctrl+F); a scan made
while the cursor is in the grid comes here too when its first letter, J, is no answer to the
cell the cursor is on (outside an open question, J is an answer only to ten options or more).
A printed form's QR code reads `JPF:PRE:<badge code>` (POST, EVAL), and a barcode scanner
types that text and presses Enter; the kind switches the screen to the form it names, so the
typist never has to check which pile a sheet came from. A bare badge code or a part of a name
works too. Enter puts the cursor on the person's first unanswered item; a search that
finds no one says so under the box and beeps, and Esc goes back to the grid unchanged.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QVBoxLayout, QWidget

from jpoa_desktop.model.evaluation import normalise_answer
from jpoa_desktop.ui.evaluation.entry_grid import COMMAND_MODIFIERS, EntryGrid
from jpoa_desktop.ui.evaluation.grid_model import CODE, FIRST_ITEM, NAME, EntryGridModel
from jpoa_desktop.ui.retranslating import Retranslating

QR_PREFIX = "JPF:"
QR_KINDS = {"PRE": "pre", "POST": "post", "EVAL": "evaluation"}  # handouts/common/form_parts.py
# A scanner types keys, not letters: with the Russian layout on, "JPF:POST:AB12" arrives as
# "ОЗАЖЗЩЫЕЖФИ12". The same keys on the US layout give the text back.
RUSSIAN_KEYS = str.maketrans(
    "ЙЦУКЕНГШЩЗФЫВАПРОЛДЖЯЧСМИТЬйцукенгшщзфывапролджячсмить",
    "QWERTYUIOPASDFGHJKL:ZXCVBNMqwertyuiopasdfghjkl;zxcvbnm",
)


def read_search(text: str) -> tuple[str | None, str]:
    """(form kind named by a scanned QR code or None, what to look for).

    "jpf:post:ab12" gives ("post", "ab12"), and so does the same scan typed with the Russian
    keyboard layout on; "Ab12" or "Иван" give (None, the text)."""
    text = text.strip()
    scanned = text.upper().translate(RUSSIAN_KEYS)
    if not text.upper().startswith(QR_PREFIX) and scanned.startswith(QR_PREFIX):
        text = scanned
    if not text.upper().startswith(QR_PREFIX):
        return None, text
    word, _, code = text[len(QR_PREFIX) :].partition(":")
    if not code:
        return None, word.strip()  # "JPF:<code>": a code without a kind still finds the person
    return QR_KINDS.get(word.strip().upper()), code.strip()


def find_row(model: EntryGridModel, needle: str) -> int | None:
    """The row whose badge code is `needle` (any case); else the first whose name contains it."""
    wanted = needle.casefold()
    if not wanted:
        return None
    rows = range(model.rowCount())
    for column, same in ((CODE, str.__eq__), (NAME, str.__contains__)):
        for row in rows:
            if same(str(model.index(row, column).data() or "").casefold(), wanted):
                return row
    return None


def first_open_column(model: EntryGridModel, row: int) -> int:
    """The column of the row's first item without an answer (its first item if all are done)."""
    answers = model.answers(row)
    items = model.form.items if model.form is not None else ()
    blank = next((n for n, item in enumerate(items) if not answers.get(item.number)), 0)
    return FIRST_ITEM + blank


class FindBox(Retranslating, QWidget):
    """A line for the scanner or the keyboard, and a line under it saying when no one matched."""

    def __init__(
        self, grid: EntryGrid, choose_kind: Callable[[str], None], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._grid = grid
        self._choose_kind = choose_kind
        self.field = QLineEdit(self)
        self.field.setObjectName("evaluationFind")
        self.field.setClearButtonEnabled(True)
        self.field.installEventFilter(self)
        grid.installEventFilter(self)
        self.message = QLabel(self)
        self.message.setObjectName("evaluationFindMessage")
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setWordWrap(True)  # a long name scanned by mistake still shows whole
        policy = self.message.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # the grid below does not jump when it shows
        self.message.setSizePolicy(policy)
        self.message.hide()
        self.setMinimumWidth(260)
        self.setMaximumWidth(440)  # a badge code is short; the counter beside it keeps its room
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.field)
        layout.addWidget(self.message)
        self.shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), parent)
        self.shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.shortcut.activated.connect(self.focus)
        self.field.returnPressed.connect(self.go_to_match)
        self.field.textEdited.connect(lambda _text: self.message.hide())
        self.retranslate()

    def retranslate(self) -> None:
        self.field.setPlaceholderText(self.tr("Scan a QR code or type a code or name (Ctrl+F)"))
        self.field.setToolTip(
            self.tr("Enter goes to the person's first unanswered item; Esc goes back to the grid.")
        )

    def focus(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def go_to_match(self) -> bool:
        """Go to the person the box names, on the form its QR code names; False if no one."""
        kind, needle = read_search(self.field.text())
        if not needle:
            return False
        if kind is not None:
            self._choose_kind(kind)  # the screen loads that form (or says it has none yet)
        model = self._grid.grid_model
        row = find_row(model, needle)
        if model.form is None or not model.form.items:
            return self._refuse(self.tr("No form to enter “%1” on yet: create it first."), needle)
        if row is None:
            return self._refuse(self.tr("No one on this form matches “%1”."), needle)
        self.message.hide()
        self.field.clear()
        self._grid.go_to(row, first_open_column(model, row))
        self._grid.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _refuse(self, template: str, needle: str) -> bool:
        self.message.setText(template.replace("%1", needle))
        self.message.show()
        QApplication.beep()
        self.field.selectAll()  # the next scan replaces the text
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Esc in the box: back to the grid, where the cursor was. A scan into the grid: its
        first letter, J, comes here with what follows, when the grid's cell could not take it."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        if watched is self.field and event.key() == Qt.Key.Key_Escape:
            self.message.hide()
            self._grid.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        if watched is self._grid and self._starts_scan(event):
            self.focus()
            self.field.setText(event.text())
            self.message.hide()
            return True
        return super().eventFilter(watched, event)

    def _starts_scan(self, event: QKeyEvent) -> bool:
        """A bare J where the cursor's cell would refuse it (an open answer takes any text, and a
        multiple-choice answer being typed keeps its keys): no answer is ever taken from it."""
        if event.text().upper() != QR_PREFIX[0] or event.modifiers() & COMMAND_MODIFIERS:
            return False
        model = self._grid.grid_model
        index = self._grid.currentIndex()
        item = model.item_at(index.column()) if index.isValid() else None
        if item is None:
            return True
        if model.pending is not None or item.kind == "open":
            return False
        return not normalise_answer(item.kind, event.text(), item.option_count)
