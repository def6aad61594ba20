"""The measure's partners: names typed and separated by ";", completed from the library's
partner list.

A partner the library knows is stored as its key ("partner-unoct") and shown by its short name
("UNOCT"), in the reader's language; anything else is kept as typed. Completion works on the
name being typed, after the last ";", so several partners go in one line.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

SEPARATOR = ";"


def split_names(text: str) -> list[str]:
    return [part.strip() for part in text.split(SEPARATOR) if part.strip()]


class _LastNameCompleter(QCompleter):
    """Completes only the text after the last separator, keeping what comes before it."""

    def __init__(self, field: QLineEdit) -> None:
        super().__init__(field)
        self._field = field
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def splitPath(self, path: str) -> list[str]:
        return [path.rsplit(SEPARATOR, 1)[-1].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        chosen = str(index.data())
        before = self._field.text().rsplit(SEPARATOR, 1)
        kept = f"{before[0]}{SEPARATOR} " if len(before) > 1 else ""
        return kept + chosen


class PartnerField(QLineEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names: dict[str, str] = {}  # library key → short name
        self._keys: dict[str, str] = {}  # short name, folded → library key
        self._model = QStringListModel(self)
        completer = _LastNameCompleter(self)
        completer.setModel(self._model)
        self.setCompleter(completer)

    def set_partners(self, names: dict[str, str], *also: dict[str, str]) -> None:
        """The library's partners: key → short name in the reader's language, and `also` the
        names in other languages, recognised too ("UNOCT" typed in a Russian screen)."""
        self._names = dict(names)
        self._keys = {}
        for known in (*also, names):
            self._keys |= {name.casefold(): key for key, name in known.items()}
        self._model.setStringList(sorted(names.values(), key=str.casefold))

    def set_partner_keys(self, partners: tuple[str, ...]) -> None:
        """Show stored partners: library keys by their names, others as they were typed."""
        self.setText(f"{SEPARATOR} ".join(self._names.get(p, p) for p in partners))
        self.setCursorPosition(0)

    def partner_keys(self) -> tuple[str, ...]:
        """What to store: the library's key for a name it knows, else the name as typed."""
        found = (self._keys.get(name.casefold(), name) for name in split_names(self.text()))
        return tuple(dict.fromkeys(found))
