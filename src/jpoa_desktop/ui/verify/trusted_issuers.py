"""The Verify screen's "Trusted issuers" dialog: whose certificates this computer accepts.

A trainer at a ministry checks certificates issued by other organisations. Each of them exports
its public key (Verify ▸ Export, or `jpoa certificate export-key`); here the trainer adds that
file once, under the issuer's name, and from then on the Verify screen names the issuer of every
certificate it signed. The list, the names and removals are kept in the user's key folder by
`key_files.KeyFolder`, the same code `jpoa certificate trust` and `issuers` use, so the command
line and the app always agree. A private key sent by mistake is refused: it is never stored here.
Every change is a small file write (milliseconds), so it runs on the UI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jpoa_desktop.errors import JpoaError
from jpoa_desktop.services.handouts.key_files import Issuer, KeyFolder, read_public
from jpoa_desktop.ui.messages import describe

KEY_FILES = "*.pem *.pub *.txt"
NAME, FINGERPRINT, ADDED, NOTE = range(4)


class TrustedIssuersDialog(QDialog):
    """The trusted issuers, with Add…, Rename… and Remove; `changed` after each change."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, folder: KeyFolder | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trustedIssuersDialog")
        self._folder = folder or KeyFolder()
        self._issuers: list[Issuer] = []
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in (FINGERPRINT, ADDED, NOTE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.empty_note = QLabel(self)
        self.empty_note.setWordWrap(True)
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.add_button = QPushButton(self)
        self.rename_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self._build_layout()
        self.add_button.clicked.connect(self.choose_and_add)
        self.rename_button.clicked.connect(self.ask_and_rename)
        self.remove_button.clicked.connect(self.ask_and_remove)
        self.buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.ask_and_rename())
        for key, slot in (
            (QKeySequence(QKeySequence.StandardKey.Delete), self.ask_and_remove),
            (QKeySequence("F2"), self.ask_and_rename),
            (QKeySequence(QKeySequence.StandardKey.New), self.choose_and_add),
        ):
            QShortcut(key, self, slot)
        self.retranslate()
        self.refresh()
        self.resize(760, 380)

    def _build_layout(self) -> None:
        actions = QHBoxLayout()
        actions.addWidget(self.add_button)
        actions.addWidget(self.rename_button)
        actions.addWidget(self.remove_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_note, 1)  # in the table's place while the list is empty
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    # What is shown.
    def issuers(self) -> list[Issuer]:
        return list(self._issuers)

    def refresh(self, select: str | None = None) -> None:
        """Read the list again from the key folder, selecting the issuer with `select`'s key."""
        self._issuers = self._folder.issuers()
        self.table.setRowCount(len(self._issuers))
        for row, issuer in enumerate(self._issuers):
            # ISO dates read the same in every language of the app, and sort.
            added = issuer.added.astimezone().date().isoformat() if issuer.added else ""
            cells = (
                issuer.name or self.tr("(no name)"),
                issuer.fingerprint,
                added,
                self.tr("This computer's own key") if issuer.own else "",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # a long ministry name is cut in the column
                if column == FINGERPRINT:
                    font = QFont("monospace")
                    font.setStyleHint(QFont.StyleHint.Monospace)
                    item.setFont(font)
                if issuer.own:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
            if issuer.fingerprint == select:
                self.table.selectRow(row)
        if select is None and self._issuers and not self.table.selectedItems():
            self.table.selectRow(0)
        self.table.setVisible(bool(self._issuers))
        self.empty_note.setVisible(not self._issuers)
        self._update_buttons()

    def selected(self) -> Issuer | None:
        rows = self.table.selectionModel().selectedRows()
        return self._issuers[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.rename_button.setEnabled(chosen is not None)
        self.remove_button.setEnabled(chosen is not None and not chosen.own)

    def _say(self, text: str, problem: bool = False) -> None:
        self.status.setStyleSheet("color: #b3261e;" if problem else "")
        self.status.setText(text)

    # Adding.
    def choose_and_add(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("An issuer's public key"),
            str(Path.home()),
            self.tr("Public keys ({patterns});;All files (*)").format(patterns=KEY_FILES),
        )
        if path:
            self.ask_name_and_add(Path(path))

    def ask_name_and_add(self, path: Path) -> Issuer | None:
        """Read `path`, ask for the issuer's name (the file's own pre-filled), and trust it."""
        try:
            found = read_public(path)
        except JpoaError as error:
            self._say(describe(error), problem=True)
            return None
        name, accepted = QInputDialog.getText(
            self,
            self.tr("Add a trusted issuer"),
            self.tr("The issuer's name (key {fingerprint}):").format(fingerprint=found.fingerprint),
            text=found.name,
        )
        return self.add(path, name) if accepted else None

    def add(self, path: Path, name: str) -> Issuer | None:
        """Trust the public key in `path` under `name` (blank: the name in the file)."""
        try:
            issuer = self._folder.trust_file(path, name)
        except JpoaError as error:
            self._say(describe(error), problem=True)
            return None
        known = any(before.fingerprint == issuer.fingerprint for before in self._issuers)
        self.refresh(select=issuer.fingerprint)
        said = (
            self.tr("{issuer} was already trusted; the name is updated.")
            if known
            else self.tr("Certificates signed by {issuer} are now accepted.")
        )
        self._say(said.format(issuer=self._who(issuer)))
        self.changed.emit()
        return issuer

    # Renaming and removing.
    def ask_and_rename(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        name, accepted = QInputDialog.getText(
            self,
            self.tr("Rename a trusted issuer"),
            self.tr("The issuer's name (key {fingerprint}):").format(
                fingerprint=chosen.fingerprint
            ),
            text=chosen.name,
        )
        if accepted:
            self.rename(chosen, name)

    def rename(self, issuer: Issuer, name: str) -> Issuer | None:
        if not name.strip():
            self._say(self.tr("Give the issuer a name."), problem=True)
            return None
        try:
            renamed = self._folder.rename(issuer.fingerprint, name)
        except JpoaError as error:
            self._say(describe(error), problem=True)
            return None
        self.refresh(select=renamed.fingerprint)
        self._say(self.tr("Renamed to {issuer}.").format(issuer=self._who(renamed)))
        self.changed.emit()
        return renamed

    def ask_and_remove(self) -> None:
        chosen = self.selected()
        if chosen is None or chosen.own:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove a trusted issuer"),
            self.tr(
                "Stop accepting certificates signed by {issuer}? They will show as not valid "
                "until the issuer's public key is added again."
            ).format(issuer=self._who(chosen)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.remove(chosen)

    def remove(self, issuer: Issuer) -> bool:
        try:
            self._folder.forget(issuer.fingerprint)
        except JpoaError as error:
            self._say(describe(error), problem=True)
            return False
        self.refresh()
        self._say(
            self.tr("Certificates signed by {issuer} are no longer accepted.").format(
                issuer=self._who(issuer)
            )
        )
        self.changed.emit()
        return True

    def _who(self, issuer: Issuer) -> str:
        name = issuer.name or self.tr("(no name)")
        return f"{name} ({issuer.fingerprint})"

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Trusted issuers"))
        self.intro.setText(
            self.tr(
                "Certificates signed by these issuers are accepted on this computer. To add "
                "one, choose the public key file the issuer exported (Verify ▸ Export this "
                "database's public key, or jpoa certificate export-key)."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Issuer"), self.tr("Key"), self.tr("Added"), ""]
        )
        self.empty_note.setText(
            self.tr("No trusted issuers yet. Add the public key file an issuer gave you.")
        )
        self.add_button.setText(self.tr("&Add…"))
        self.add_button.setToolTip(self.tr("Choose an issuer's public key file (Ctrl+N)"))
        self.rename_button.setText(self.tr("&Rename…"))
        self.rename_button.setToolTip(self.tr("Change the name shown for this issuer (F2)"))
        self.remove_button.setText(self.tr("Re&move"))
        self.remove_button.setToolTip(
            self.tr(
                "Stop accepting this issuer's certificates (Delete). This computer's own key "
                "stays: it signs your certificates."
            )
        )
