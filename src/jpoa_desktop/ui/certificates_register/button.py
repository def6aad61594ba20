""" "Register of certificates…" as a button the Verify screen and the Handouts screen's
certificate options each place: it asks its screen, when clicked, for the open database's
services, the task runner and the workshop to show first, and opens the register."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QPushButton, QWidget

from jpoa_desktop.ui.certificates_register.dialog import RegisterDialog, open_register
from jpoa_desktop.ui.retranslating import Retranslating

if TYPE_CHECKING:
    from jpoa_desktop.services.container import Services
    from jpoa_desktop.ui.tasks import TaskRunner

# The open database's services (None while none is open), the task runner, the workshop.
RegisterSource = Callable[[], "tuple[Services | None, TaskRunner, int | None] | None"]


class RegisterButton(Retranslating, QPushButton):
    def __init__(self, source: RegisterSource, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("certificateRegisterButton")
        self._source = source
        self.dialog: RegisterDialog | None = None
        self.clicked.connect(self.open_register)
        self.retranslate()

    def open_register(self) -> RegisterDialog | None:
        found = self._source()
        if found is not None:
            services, tasks, workshop_id = found
            self.dialog = open_register(self.window(), services, tasks, workshop_id)
        return self.dialog

    def retranslate(self) -> None:
        self.setText(self.tr("&Register of certificates…"))
        self.setToolTip(
            self.tr("Every certificate issued: number, holder, workshop and dates; export to Excel")
        )
