"""Attendance: marking people present at the door, by badge code, once per day."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import UTC, date, datetime

from sqlalchemy import and_, false, func, or_, select
from sqlalchemy.orm import Session

from jpoa_desktop.db.agenda_models import AgendaSession
from jpoa_desktop.db.engine import SessionScope, lock_for_writing
from jpoa_desktop.db.models import as_utc
from jpoa_desktop.db.workshop_models import (
    Attendance,
    Organisation,
    Person,
    Registration,
    Workshop,
    workshop_or_error,
)
from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from jpoa_desktop.model.languages import pick
from jpoa_desktop.model.workshops import CheckIn, RegistrationView
from jpoa_desktop.services.exchange.laptop import laptop_name
from jpoa_desktop.services.exchange.taken_back import forget_taken_back, remember_taken_back
from jpoa_desktop.services.indexes.person_words import name_word_filters
from jpoa_desktop.services.people.people import PersonInput, new_person
from jpoa_desktop.services.workshops.workshops import (
    WorkshopService,
    full_name,
    new_badge_code,
    registration_views,
)
from jpoa_desktop.texts.text_folding import MAX_QUERY_CHARS


def _hold_marks(db: Session) -> None:
    """Two doors may scan one badge at the same moment: the second scan must wait for the
    first and then see its mark (else both add one, or both set the status). On a server the
    person's registration row is locked (`FOR UPDATE` in the lookup); SQLite takes its write
    lock before reading."""
    if db.get_bind().dialect.name == "sqlite":
        lock_for_writing(db)


def scan(at: datetime) -> dict[str, str]:
    """The scan behind a new mark: when (UTC) and on which laptop, which a merge with another
    check-in laptop's marks keeps beside that laptop's own scans."""
    return {"at": as_utc(at).isoformat(), "laptop": laptop_name()}


def _check_day(workshop: Workshop, day: date) -> None:
    if not workshop.start_date <= day <= workshop.end_date:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "{day} is not one of the workshop's days ({start} to {end})."
            ),
            day=day.isoformat(),
            start=workshop.start_date.isoformat(),
            end=workshop.end_date.isoformat(),
        )


def _session_key(session: Session, workshop_id: int, day: date, session_uuid: str) -> str:
    """The attendance key of an agenda session of this workshop on `day`: its uuid."""
    found = session.scalar(
        select(AgendaSession).where(
            AgendaSession.workshop_id == workshop_id, AgendaSession.uuid == session_uuid
        )
    )
    if found is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "This workshop has no session {session}."),
            session=session_uuid,
        )
    if found.day != day:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{title}” is on {session_day}, not on {day}."),
            title=pick(found.titles, "en"),
            session_day=found.day.isoformat(),
            day=day.isoformat(),
        )
    return found.uuid


class AttendanceService:
    def __init__(self, session_scope: SessionScope) -> None:
        self._scope = session_scope

    def mark(
        self,
        workshop_id: int,
        code: str,
        day: date,
        now: datetime | None = None,
        session: str | None = None,
    ) -> CheckIn:
        """Mark the badge `code` present on `day`; a second scan says when it was first marked.

        With `session` (an agenda session's uuid) the mark is for that session, and the day is
        marked too: whoever sat in a session was there that day.
        """
        code = code.strip().upper()
        with self._scope() as db:
            workshop = workshop_or_error(db, workshop_id)
            _check_day(workshop, day)
            key = _session_key(db, workshop_id, day, session) if session else ""
            _hold_marks(db)
            found = db.execute(
                select(Registration, Person, Organisation.name)
                .join(Person, Person.id == Registration.person_id)
                .outerjoin(Organisation, Organisation.id == Person.organisation_id)
                .where(Registration.workshop_id == workshop_id, Registration.badge_code == code)
                .with_for_update(of=Registration)
            ).first()
            if found is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "No one in this workshop has the badge code {code}."
                    ),
                    code=code,
                )
            registration, person, organisation = found
            marked_at = now or datetime.now(UTC)
            marks = {
                m.session_key: m
                for m in db.scalars(
                    select(Attendance).where(
                        Attendance.registration_id == registration.id,
                        Attendance.day == day,
                        Attendance.session_key.in_(("", key)),
                    )
                )
            }
            created = set()
            for wanted in dict.fromkeys(("", key)):
                if wanted not in marks:
                    created.add(wanted)
                    marks[wanted] = Attendance(
                        registration_id=registration.id,
                        day=day,
                        session_key=wanted,
                        marked_at=marked_at,
                        scans=[scan(marked_at)],
                    )
                    db.add(marks[wanted])
            if created:  # taken back before, the mark is new again: an exchange may merge it
                forget_taken_back(db, registration.uuid, day, sorted(created))
            mark = marks[key]
            already = key not in created
            if not already and registration.status in ("invited", "confirmed", "no_show"):
                registration.status = "attended"
            return CheckIn(
                registration_id=registration.id,
                name=full_name(person),
                organisation=organisation or "",
                day=day,
                marked_at=as_utc(mark.marked_at),  # SQLite gives it back without its zone
                already=already,
                session=key,
            )

    def unmark(
        self, registration_id: int, day: date, session_key: str = "", now: datetime | None = None
    ) -> bool:
        """Take back a mark (the door's undo); True when there was one. It is remembered as
        taken back, so that a package from a laptop that still holds it leaves it out
        (`exchange.taken_back`).

        Undoing a session's mark also takes back the day's mark when that was made by the same
        scan (same instant) and no other session of the day holds the person.
        """
        with self._scope() as session:
            marks = {
                m.session_key: m
                for m in session.scalars(
                    select(Attendance).where(
                        Attendance.registration_id == registration_id, Attendance.day == day
                    )
                )
            }
            mark = marks.pop(session_key, None)
            if mark is None:
                return False
            session.delete(mark)
            taken_back = {session_key: mark.scans}
            day_mark = marks.pop("", None) if session_key else None
            if day_mark is not None and day_mark.marked_at == mark.marked_at and not marks:
                session.delete(day_mark)
                taken_back[""] = day_mark.scans
            session.flush()
            registration = session.get(Registration, registration_id)
            if registration is not None:  # so that no package brings the marks back
                when = now or datetime.now(UTC)
                remember_taken_back(session, registration.uuid, day, taken_back, when)
            still_marked = session.scalar(
                select(Attendance.id).where(Attendance.registration_id == registration_id).limit(1)
            )
            if registration is not None and registration.status == "attended" and not still_marked:
                registration.status = "confirmed"
            return True

    def walk_in(
        self, workshop_id: int, day: date, person: PersonInput, now: datetime | None = None
    ) -> tuple[CheckIn, str]:
        """Someone at the door who is not on the list: add, register and mark them, at once."""
        with self._scope() as session:
            workshop = workshop_or_error(session, workshop_id)
            _check_day(workshop, day)
            row = new_person(session, person)
            code = new_badge_code(session)
            registration = Registration(
                workshop_id=workshop_id,
                person_id=row.id,
                role="participant",
                status="attended",
                badge_code=code,
            )
            session.add(registration)
            session.flush()
            marked_at = now or datetime.now(UTC)
            mark = Attendance(
                registration_id=registration.id,
                day=day,
                marked_at=marked_at,
                scans=[scan(marked_at)],
            )
            session.add(mark)
            check_in = CheckIn(
                registration_id=registration.id,
                name=full_name(row),
                organisation=" ".join(person.organisation.split()),
                day=day,
                marked_at=as_utc(mark.marked_at),  # SQLite gives it back without its zone
                already=False,
            )
            return check_in, code

    def marks(self, workshop_id: int) -> list[RegistrationView]:
        """Every registration with the days it was marked present."""
        registrations = WorkshopService(self._scope).registrations(workshop_id)
        days: dict[int, list[date]] = defaultdict(list)
        with self._scope() as session:
            rows = session.execute(
                select(Attendance.registration_id, Attendance.day)
                .join(Registration, Registration.id == Attendance.registration_id)
                .where(Registration.workshop_id == workshop_id, Attendance.session_key == "")
                .order_by(Attendance.day)
            )
            for registration_id, day in rows:
                days[registration_id].append(day)
        return [replace(r, days_present=tuple(days.get(r.id, ()))) for r in registrations]

    def counts(self, workshop_id: int, day: date, session_key: str = "") -> tuple[int, int]:
        """(registered and not cancelled, marked present on `day`, or at one session of it)
        for the door's live counter."""
        with self._scope() as session:
            registered = session.scalar(
                select(func.count(Registration.id)).where(
                    Registration.workshop_id == workshop_id, Registration.status != "cancelled"
                )
            )
            present = session.scalar(
                select(func.count(Attendance.id))
                .join(Registration, Registration.id == Attendance.registration_id)
                .where(
                    Registration.workshop_id == workshop_id,
                    Attendance.day == day,
                    Attendance.session_key == session_key,
                )
            )
        return int(registered or 0), int(present or 0)

    def find(self, workshop_id: int, query: str, limit: int = 20) -> list[RegistrationView]:
        """Registrations of this workshop whose names match `query` in any script, or whose
        badge code starts with it: what the door shows while someone types."""
        conditions = name_word_filters(query)  # the first few words, as every people search
        code = query.strip()[:MAX_QUERY_CHARS].upper()
        if not conditions and not code:
            return []
        by_name = and_(*conditions) if conditions else false()
        with self._scope() as session:
            return registration_views(
                session,
                Registration.workshop_id == workshop_id,
                or_(by_name, Registration.badge_code.startswith(code, autoescape=True)),
                limit=limit,
            )

    def mark_registration(
        self, registration_id: int, day: date, session: str | None = None
    ) -> CheckIn:
        """Mark a registration found by name (not by code) present on `day` (or a session)."""
        with self._scope() as db:
            registration = db.get(Registration, registration_id)
            if registration is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "There is no registration with id {id}."),
                    id=registration_id,
                )
            workshop_id, code = registration.workshop_id, registration.badge_code
        return self.mark(workshop_id, code, day, session=session)
