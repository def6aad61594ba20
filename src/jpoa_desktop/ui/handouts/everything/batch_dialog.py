"""Asking what "Print everything" should do: which handouts, into which folder, printed or not."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jpoa_desktop.ui.handouts.labels import kind_label

KIND_ROLE = Qt.ItemDataRole.UserRole


class BatchDialog(QDialog):
    def __init__(
        self,
        kinds: list[str],
        checked: list[str],
        folder: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("batchDialog")
        self.setWindowTitle(self.tr("Print everything"))
        self.intro = QLabel(
            self.tr(
                "Every handout ticked below is built with the options chosen on the screen and "
                "saved in the folder; tick “Send to the printer” to print them too."
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self.kinds = QListWidget(self)
        for kind in kinds:
            item = QListWidgetItem(kind_label(kind), self.kinds)
            item.setData(KIND_ROLE, kind)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if kind in checked else Qt.CheckState.Unchecked
            )
        self.kinds.setMaximumHeight(self.kinds.sizeHintForRow(0) * (len(kinds) + 1) + 8)
        self.folder = QLineEdit(str(folder), self)
        self.browse = QPushButton(self.tr("Choose…"), self)
        self.print_too = QCheckBox(self.tr("&Send to the printer as well"), self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Build"))
        folder_label = QLabel(self.tr("&Folder:"), self)
        folder_label.setBuddy(self.folder)
        row = QHBoxLayout()
        row.addWidget(folder_label)
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.kinds)
        layout.addLayout(row)
        layout.addWidget(self.print_too)
        layout.addWidget(self.buttons)
        self.browse.clicked.connect(self._choose_folder)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.kinds.itemChanged.connect(lambda _item: self._update_ok())
        self.folder.textChanged.connect(lambda _text: self._update_ok())
        self.resize(460, self.sizeHint().height())
        self._update_ok()

    def chosen_kinds(self) -> list[str]:
        return [
            str(self.kinds.item(row).data(KIND_ROLE))
            for row in range(self.kinds.count())
            if self.kinds.item(row).checkState() == Qt.CheckState.Checked
        ]

    def chosen_folder(self) -> Path:
        return Path(self.folder.text().strip()).expanduser()

    def wants_printing(self) -> bool:
        return self.print_too.isChecked()

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Save the handouts in"),
                                                  self.folder.text())  # fmt: skip
        if chosen:
            self.folder.setText(chosen)

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.chosen_kinds()) and bool(self.folder.text().strip()))
