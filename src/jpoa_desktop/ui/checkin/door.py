"""What the door does to the database, in plain Python: the screen only says when.

Each call is one tiny transaction (a row in `attendance`, or a person and a registration), well
under a blink on SQLite, which is why the screen calls these on the UI thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from typing import TYPE_CHECKING

from jpoa_desktop.model.workshops import CheckIn, RegistrationView, WorkshopSummary
from jpoa_desktop.services.people.people import PersonInput

if TYPE_CHECKING:
    from jpoa_desktop.services.container import Services

SEARCH_LIMIT = 20


@dataclass(frozen=True)
class SessionChoice:
    """A session of the day that people can be checked into (breaks are not offered)."""

    uuid: str
    start: time
    end: time
    title: str


class Door:
    def __init__(self, services: Services) -> None:
        self.attendance = services.attendance
        self.workshops = services.workshops
        self.people = services.people
        self.agenda = services.agenda

    def list_workshops(self, language: str) -> list[WorkshopSummary]:
        return self.workshops.workshops(language)

    def sessions(self, workshop_id: int, day: date, language: str) -> list[SessionChoice]:
        agenda = self.agenda.agenda(workshop_id, language)
        found = next((d for d in agenda.days if d.day == day), None)
        if found is None:
            return []
        return [
            SessionChoice(s.uuid, s.start, s.end, s.title)
            for s in found.sessions
            if s.kind != "break"
        ]

    def check_in(
        self,
        workshop_id: int,
        day: date,
        code: str,
        registration_id: int | None = None,
        session: str = "",
    ) -> CheckIn:
        """By the registration chosen from the list when there is one, else by badge code;
        for one session of the agenda when `session` (its uuid) is given."""
        if registration_id is not None:
            return self.attendance.mark_registration(registration_id, day, session or None)
        return self.attendance.mark(workshop_id, code, day, session=session or None)

    def walk_in(
        self,
        workshop_id: int,
        day: date,
        family: str,
        given: str,
        organisation: str,
        session: str = "",
    ) -> tuple[CheckIn, str]:
        """Add the person, register them and mark them present (at the session, if one)."""
        person = PersonInput(family_name=family, given_name=given, organisation=organisation)
        check_in, code = self.attendance.walk_in(workshop_id, day, person)
        if session:
            check_in = self.attendance.mark_registration(check_in.registration_id, day, session)
        return check_in, code

    def undo(self, check_in: CheckIn) -> bool:
        return self.attendance.unmark(check_in.registration_id, check_in.day, check_in.session)

    def find(self, workshop_id: int, text: str) -> list[RegistrationView]:
        return self.attendance.find(workshop_id, text, SEARCH_LIMIT)

    def counts(self, workshop_id: int, day: date, session: str = "") -> tuple[int, int]:
        return self.attendance.counts(workshop_id, day, session)

    def first_registration(self, language: str) -> tuple[int, RegistrationView] | None:
        """The first workshop that has people, and its first registration (for screenshots)."""
        for workshop in self.workshops.workshops(language):
            registrations = (
                self.workshops.registrations(workshop.id) if workshop.participants else []
            )
            if registrations:
                return workshop.id, registrations[0]
        return None
