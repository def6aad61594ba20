"""A data request from the Participants screen: export everything held on a person, or erase it.

Both run on the worker (`ui/tasks.py`): the export writes a JSON file only its owner can read,
the erasure backs the database up and then blanks the person in one transaction. The erasure
asks once, naming the person and saying what stays (their registrations and attendance, counted
in reports, with their country and organisation) and that it cannot be undone.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget

from jpoa_desktop.model.workshops import ERASED_NAME, erased_name
from jpoa_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from jpoa_desktop.services.container import Services
    from jpoa_desktop.services.people.directory import PersonDetail
    from jpoa_desktop.services.people.erasure import ErasedPerson

PEOPLE = frozenset({"people"})
STATUS_MS = 10_000


def shown_name(text: str, person_id: int) -> str:
    """`text` as the screen shows it: an erased person's placeholder in the user's language."""
    if is_erased(text, person_id):
        return erased_name(person_id, QCoreApplication.translate("People", ERASED_NAME))
    return text


def is_erased(family_name: str, person_id: int) -> bool:
    """Whether a directory row is an erased person's (their name is the placeholder)."""
    return family_name == erased_name(person_id)


def full_name(person: PersonDetail) -> str:
    """The person's name as the screen shows it (an erased one's placeholder, translated)."""
    family = shown_name(person.family_name, person.id)
    return " ".join(p for p in (family, person.given_name, person.patronymic) if p)


class PersonalDataActions(QObject):
    """The two requests, for the person selected on `screen`."""

    def __init__(self, screen: QWidget, tasks: TaskRunner) -> None:
        super().__init__(screen)
        self.screen, self.tasks = screen, tasks
        self.confirm_box: QMessageBox | None = None  # the last erasure asked about (tests)

    def export(self, services: Services, person: PersonDetail, target: Path | None = None) -> None:
        """Ask where to save (unless `target` is given), then write the file on the worker."""
        person_id, name = person.id, full_name(person)
        if target is None:
            suggested = self.tr("personal data {id}").format(id=person_id) + ".json"
            path, _chosen = QFileDialog.getSaveFileName(
                self.screen,
                self.tr("Export personal data of {name}").format(name=name),
                suggested,
                self.tr("JSON (*.json)"),
            )
            if not path:
                return
            target = Path(path)
        service = services.personal_data

        def write(*, progress: Any, cancelled: Any) -> None:
            del progress, cancelled  # one small read and one small file
            service.write_export(person_id, target)

        self.tasks.run_task(
            self.screen,
            self.tr("Exporting personal data"),
            write,
            on_done=lambda _result: self._say(
                self.tr("Everything held on {name} is in {file}").format(
                    name=name, file=str(target)
                )
            ),
        )

    def ask_to_erase(self, services: Services, person: PersonDetail) -> QMessageBox:
        """Ask once; on Erase, erase on the worker."""
        person_id, name = person.id, full_name(person)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Erase personal data"),
            self.tr(
                "Erase the personal data of “{name}”? Their names, contacts, notes and consents "
                "are blanked and they show as “{placeholder}” from now on. What stays, so that "
                "reports still count them: their registrations and attendance, sex, country "
                "and organisation. This cannot be undone (a backup is made first)."
            ).format(
                name=name,
                placeholder=erased_name(
                    person_id, QCoreApplication.translate("People", ERASED_NAME)
                ),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self.screen,
        )
        box.setObjectName("erasePersonBox")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Erase"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(lambda: self.erase(services, person_id))
        self.confirm_box = box
        box.open()
        return box

    def erase(self, services: Services, person_id: int) -> None:
        service = services.personal_data

        def erase(*, progress: Any, cancelled: Any) -> ErasedPerson:
            del progress, cancelled
            return service.erase(person_id)

        self.tasks.run_task(
            self.screen,
            self.tr("Erasing personal data"),
            erase,
            on_done=self._erased,
            writes=PEOPLE,
        )

    def _erased(self, erased: ErasedPerson) -> None:
        name = shown_name(erased.name, erased.id)
        if erased.already_erased:
            self._say(self.tr("{name} was erased before; nothing changed").format(name=name))
        else:
            self._say(
                self.tr("Personal data erased; shown as {name} from now on").format(name=name)
            )

    def _say(self, message: str) -> None:
        window = self.screen.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(message, STATUS_MS)
