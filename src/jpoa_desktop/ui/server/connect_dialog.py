"""File → Connect to a server…: host, port, database, user and password, tried on a worker.

While the connection is tried (five seconds at most) the fields are greyed, a busy bar runs and
Cancel stops waiting: a server that answers after Cancel is let go, never used. A refusal is
said under the fields, in one sentence, with every field kept as typed, so the user corrects
one thing and presses Connect again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from jpoa_desktop.errors import JpoaError
from jpoa_desktop.model.progress import CancelCheck, Progress
from jpoa_desktop.ui.messages import describe
from jpoa_desktop.ui.retranslating import Retranslating
from jpoa_desktop.ui.tasks import Task, TaskRunner

if TYPE_CHECKING:
    from jpoa_desktop.services.database import Database
    from jpoa_desktop.services.server.connection import ServerAddress

DEFAULT_PORT = 5432


def connect_to_server(
    address: ServerAddress, password: str, *, progress: Progress, cancelled: CancelCheck
) -> Database:
    from jpoa_desktop.services.server.connection import open_server

    progress(0, 0)
    return open_server(address, password)


class ConnectDialog(Retranslating, QDialog):
    """Emits `connected(database, address, password, remember)` and closes on success."""

    connected = Signal(object, object, str, bool)

    def __init__(
        self,
        tasks: TaskRunner,
        address: ServerAddress | None,
        parent: QWidget | None = None,
        problem: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("connectDialog")
        self._tasks = tasks
        self._attempt: Task | None = None
        self.host = self._field("serverHost")
        self.port = QSpinBox(self)
        self.port.setObjectName("serverPort")
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = self._field("serverDatabase")
        self.user = self._field("serverUser")
        self.password = self._field("serverPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self)
        self.remember.setObjectName("rememberPassword")
        self.remember.setChecked(True)
        if address is not None:
            self.host.setText(address.host)
            self.port.setValue(address.port)
            self.database.setText(address.database)
            self.user.setText(address.user)
        self.form = QFormLayout()
        self.labels = [QLabel(self) for _ in range(5)]
        for label, field in zip(
            self.labels, (self.host, self.port, self.database, self.user, self.password),
            strict=True,
        ):  # fmt: skip
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.form.addRow("", self.remember)
        self.problem = QLabel(problem, self)
        self.problem.setObjectName("connectProblem")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.setVisible(bool(problem))
        self.busy = QProgressBar(self)
        self.busy.setObjectName("connectBusy")
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.connect_button = QPushButton(self)
        self.connect_button.setObjectName("connectButton")
        self.connect_button.setDefault(True)
        self.buttons.addButton(self.connect_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.try_connect)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.retranslate()
        first_empty = next(
            (f for f in (self.host, self.database, self.user, self.password) if not f.text()),
            self.password,
        )
        first_empty.setFocus()

    def _field(self, name: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setObjectName(name)
        return field

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Connect to a server"))
        for label, text in zip(
            self.labels,
            (self.tr("&Host:"), self.tr("&Port:"), self.tr("&Database:"), self.tr("&User:"),
             self.tr("Pass&word:")),
            strict=True,
        ):  # fmt: skip
            label.setText(text)
        self.host.setPlaceholderText(self.tr("db.ministry.local"))
        self.remember.setText(self.tr("&Remember the password on this computer"))
        self.remember.setToolTip(
            self.tr("Kept in this computer's credential store, never in the settings file.")
        )
        self.connect_button.setText(self.tr("&Connect"))

    def address(self) -> ServerAddress:
        from jpoa_desktop.services.server.connection import ServerAddress

        return ServerAddress(
            self.host.text(), self.port.value(), self.database.text(), self.user.text()
        )

    def is_connecting(self) -> bool:
        return self._attempt is not None

    def try_connect(self) -> None:
        """Try the fields on a worker; the answer closes the dialog or is said under them."""
        if self._attempt is not None:
            return
        address, password = self.address(), self.password.text()
        self._show_problem("")
        self._set_busy(True)
        attempt = self._tasks.run_task(
            self,
            self.tr("Connecting to {host}").format(host=address.host.strip()),
            connect_to_server,
            address,
            password,
            on_done=lambda db: self._answered(attempt, db, None),
            on_error=lambda error: self._answered(attempt, None, error),
            show_progress=False,
        )
        self._attempt = attempt

    def _answered(self, attempt: Task, db: Database | None, error: BaseException | None) -> None:
        if attempt is not self._attempt:  # cancelled meanwhile: the server is let go
            if db is not None:
                db.dispose()
            return
        self._attempt = None
        self._set_busy(False)
        if db is not None:
            self.connected.emit(db, db_address(db), self.password.text(), self.remember.isChecked())
            self.accept()
            return
        assert error is not None
        self._show_problem(
            describe(error)
            if isinstance(error, JpoaError)
            else self.tr("The connection failed: {reason}").format(reason=describe(error))
        )
        self.password.setFocus()

    def reject(self) -> None:
        """Cancel: while connecting, stop waiting (the fields stay); otherwise close."""
        if self._attempt is not None:
            self._attempt = None
            self._set_busy(False)
            self._show_problem(self.tr("Connecting was cancelled."))
            return
        super().reject()

    def _set_busy(self, busy: bool) -> None:
        for field in (self.host, self.port, self.database, self.user, self.password,
                      self.remember, self.connect_button):  # fmt: skip
            field.setEnabled(not busy)
        self.busy.setVisible(busy)

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))


def db_address(db: Database) -> ServerAddress:
    """The address the open server database was reached at (its URL, trimmed as connected)."""
    from jpoa_desktop.services.server.connection import server_address

    address = server_address(db)
    assert address is not None
    return address
