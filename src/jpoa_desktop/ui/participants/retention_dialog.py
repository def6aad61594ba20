"""The retention rule at start: who is due for erasure, shown before anything is erased.

When Preferences has the rule on ("erase personal data N months after a workshop ends"), each
database that opens is looked at on a worker; if anyone is due, this dialog lists them (name,
last workshop, when it ended) with "Erase now" and "Not now". Erasing runs on the write queue
with progress and Cancel (a cancelled run erases no one); "Not now" asks again at the next start.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jpoa_desktop.texts.formatting import short_date
from jpoa_desktop.ui.tasks import Task, TaskRunner

if TYPE_CHECKING:
    from jpoa_desktop.services.container import Services
    from jpoa_desktop.services.people.erasure import ErasedPerson
    from jpoa_desktop.services.people.retention import DueForErasure

PEOPLE = frozenset({"people"})


class RetentionDialog(QDialog):
    """The preview: everyone the rule would erase now, and the choice to do it or not yet."""

    def __init__(
        self,
        services: Services,
        tasks: TaskRunner,
        months: int,
        due: Sequence[DueForErasure],
        language: str,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("retentionDialog")
        self._services, self._tasks = services, tasks
        self._months, self._today = months, today or date.today()
        self.due = list(due)
        self.erased: list[ErasedPerson] | None = None  # what "Erase now" erased (tests look)
        self.setWindowTitle(self.tr("Personal data due for erasure"))
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.explanation.setText(
            self.tr(
                "The retention rule erases personal data %n month(s) after a person's last "
                "workshop ended. These people are due: their names and contacts will be "
                "blanked; their registrations and attendance stay, so reports still count them. "
                "A backup is made first.",
                "",
                months,
            )
        )
        self.table = QTableWidget(len(self.due), 3, self)
        self.table.setObjectName("retentionTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Last workshop"), self.tr("Ended")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row, person in enumerate(self.due):
            ended = short_date(person.last_ended, language)
            for column, text in enumerate((person.name, person.last_workshop, ended)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnToContents(0)
        self.buttons = QDialogButtonBox(self)
        self.erase_button = QPushButton(self.tr("Erase now"), self)
        self.erase_button.setObjectName("retentionErase")
        self.later_button = QPushButton(self.tr("Not now"), self)
        self.later_button.setObjectName("retentionLater")
        self.buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.later_button.setDefault(True)  # Enter never erases by accident
        self.erase_button.clicked.connect(self.erase_now)
        self.later_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 420)

    def erase_now(self) -> Task:
        """Erase everyone due, on the write queue, with progress and Cancel."""
        self.erase_button.setEnabled(False)
        self.later_button.setEnabled(False)

        def done(erased: list[ErasedPerson]) -> None:
            self.erased = erased
            self.accept()

        def failed(_error: BaseException) -> None:  # cancelled or refused: no one was erased
            self.erase_button.setEnabled(True)
            self.later_button.setEnabled(True)

        return self._tasks.run_task(
            self,
            self.tr("Erasing personal data"),
            self._services.retention.erase_due,
            self._months,
            self._today,
            on_done=done,
            on_error=failed,
            writes=PEOPLE,
        )


def check_retention(
    parent: QWidget,
    tasks: TaskRunner,
    services: Services,
    months: int,
    language: str,
    on_shown: Callable[[RetentionDialog], object] | None = None,
    today: date | None = None,
) -> Task | None:
    """Look on a worker for people due under the rule; if any, open the preview on `parent`.

    `on_shown` is given the dialog opened (the window keeps it for tests); nothing opens when
    no one is due, or when the rule is off (`months` 0).
    """
    if months <= 0:
        return None
    day = today or date.today()
    lang = language if language in ("en", "ru") else "en"

    def look(*, progress: Any, cancelled: Any) -> list[DueForErasure]:
        del progress, cancelled
        return services.retention.due_for_erasure(months, day, lang)

    def found(due: list[DueForErasure]) -> None:
        if not due:
            return
        dialog = RetentionDialog(services, tasks, months, due, lang, parent, day)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if on_shown is not None:
            on_shown(dialog)
        dialog.open()

    return tasks.run_task(
        parent,
        QCoreApplication.translate("RetentionDialog", "Looking for personal data due for erasure"),
        look,
        on_done=found,
        show_progress=False,
    )
