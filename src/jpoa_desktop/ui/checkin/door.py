"""What the door does to the database, in plain Python: the screen only says when.

Each call is one tiny transaction (a row in `attendance`, or a person and a registration), well
under a blink on SQLite, which is why the screen calls these on the UI thread.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from jpoa_desktop.services.attendance import AttendanceService
from jpoa_desktop.services.people import PeopleService, PersonInput
from jpoa_desktop.services.views import CheckIn, RegistrationView, WorkshopSummary
from jpoa_desktop.services.workshops import WorkshopService

if TYPE_CHECKING:
    from jpoa_desktop.services.database import Database

SEARCH_LIMIT = 20


class Door:
    def __init__(self, db: Database) -> None:
        self.attendance = AttendanceService(db.session_scope)
        self.workshops = WorkshopService(db.session_scope)
        self.people = PeopleService(db.session_scope)

    def list_workshops(self, language: str) -> list[WorkshopSummary]:
        return self.workshops.workshops(language)

    def check_in(
        self, workshop_id: int, day: date, code: str, registration_id: int | None = None
    ) -> CheckIn:
        """By the registration chosen from the list when there is one, else by badge code."""
        if registration_id is not None:
            return self.attendance.mark_registration(registration_id, day)
        return self.attendance.mark(workshop_id, code, day)

    def walk_in(
        self, workshop_id: int, day: date, family: str, given: str, organisation: str
    ) -> tuple[CheckIn, str]:
        """Add the person, register them and mark them present, in one transaction."""
        person = PersonInput(family_name=family, given_name=given, organisation=organisation)
        return self.attendance.walk_in(workshop_id, day, person)

    def undo(self, check_in: CheckIn) -> bool:
        return self.attendance.unmark(check_in.registration_id, check_in.day)

    def find(self, workshop_id: int, text: str) -> list[RegistrationView]:
        return self.attendance.find(workshop_id, text, SEARCH_LIMIT)

    def counts(self, workshop_id: int, day: date) -> tuple[int, int]:
        return self.attendance.counts(workshop_id, day)

    def first_registration(self, language: str) -> tuple[int, RegistrationView] | None:
        """The first workshop that has people, and its first registration (for screenshots)."""
        for workshop in self.workshops.workshops(language):
            registrations = (
                self.workshops.registrations(workshop.id) if workshop.participants else []
            )
            if registrations:
                return workshop.id, registrations[0]
        return None
