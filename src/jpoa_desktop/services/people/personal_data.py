"""A person's data on request: everything held on them (a data request), and erasing it.

An erasure anonymises rather than deletes: the person's row stays, with its registrations,
attendance marks, sex, country and organisation, so a workshop's counts (by sex, by country,
present per day) read the same after as before. What named or reached the person goes:
every name and contact field, notes, languages, consents, the sort key, their search words,
and the copies of their old data that merges kept for an undo (`erasure.py`). From then on
they show as `model.workshops.erased_name` ("Erased person #123") wherever a name would.

Backups made before the erasure still hold the old data until rotation drops them; the
erasure itself is preceded by one more (`before-erase`), as every destructive write is.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from jpoa_desktop.db.agenda_models import AgendaSession, AgendaSpeaker
from jpoa_desktop.db.engine import SessionScope
from jpoa_desktop.db.workshop_models import (
    Attendance,
    Organisation,
    Person,
    PersonMerge,
    Registration,
    Workshop,
)
from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from jpoa_desktop.files.atomic import replace_atomically
from jpoa_desktop.services.exchange.backup import backup_before
from jpoa_desktop.services.people.erasure import ErasedPerson, erase_person

EXPORT_FORMAT = "jpoa-personal-data"
EXPORT_VERSION = 1
PERSON_FIELDS = (
    "family_name", "given_name", "patronymic", "latin_family_name", "latin_given_name",
    "sex", "country", "position", "email", "phone", "languages", "notes",
)  # fmt: skip


def plain(value: Any) -> Any:
    """A column value as JSON holds it: dates and times as ISO-8601 text, times in UTC (SQLite
    gives them back without their zone)."""
    if isinstance(value, datetime) and value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    if isinstance(value, date | datetime | time):
        return value.isoformat()
    return value


def person_by_reference(session: Session, reference: str | int) -> Person:
    """The person `reference` names: their id (digits) or their uuid; else one clear line."""
    text = str(reference).strip()
    found = None
    if text.isdigit():
        found = session.get(Person, int(text))
    elif text:
        found = session.scalar(select(Person).where(Person.uuid == text.lower()))
    if found is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "There is no person “{person}” (give an id or a uuid)."),
            person=text,
        )
    return found


def _organisation(session: Session, person: Person) -> dict[str, Any] | None:
    row = session.get(Organisation, person.organisation_id) if person.organisation_id else None
    if row is None:
        return None
    return {
        "uuid": row.uuid,
        "name": row.name,
        "name_en": row.name_en,
        "kind": row.kind,
        "country": row.country,
    }


def _workshop(workshop: Workshop) -> dict[str, Any]:
    return {
        "uuid": workshop.uuid,
        "titles": dict(workshop.titles or {}),
        "start_date": plain(workshop.start_date),
        "end_date": plain(workshop.end_date),
        "city": workshop.city,
        "country": workshop.country,
    }


def _registrations(session: Session, person_id: int) -> list[dict[str, Any]]:
    """Each registration with its workshop and its attendance marks (day, session, scans)."""
    sessions = {
        row.uuid: row
        for row in session.scalars(
            select(AgendaSession)
            .join(Registration, Registration.workshop_id == AgendaSession.workshop_id)
            .where(Registration.person_id == person_id)
        )
    }
    found = []
    statement = (
        select(Registration, Workshop)
        .join(Workshop, Workshop.id == Registration.workshop_id)
        .where(Registration.person_id == person_id)
        .order_by(Workshop.start_date, Registration.id)
    )
    for registration, workshop in session.execute(statement):
        marks = session.scalars(
            select(Attendance)
            .where(Attendance.registration_id == registration.id)
            .order_by(Attendance.day, Attendance.session_key, Attendance.id)
        )
        found.append(
            {
                "uuid": registration.uuid,
                "workshop": _workshop(workshop),
                "role": registration.role,
                "status": registration.status,
                "badge_code": registration.badge_code,
                "registered_at": plain(registration.created_at),
                "attendance": [_mark(mark, sessions.get(mark.session_key)) for mark in marks],
            }
        )
    return found


def _mark(mark: Attendance, agenda: AgendaSession | None) -> dict[str, Any]:
    return {
        "uuid": mark.uuid,
        "day": plain(mark.day),
        "session": mark.session_key,
        "session_titles": dict(agenda.titles or {}) if agenda is not None else {},
        "marked_at": plain(mark.marked_at),
        "scans": [dict(scan) for scan in mark.scans or []],
    }


def _spoken(session: Session, person_id: int) -> list[dict[str, Any]]:
    """The agenda sessions the person speaks at or facilitates."""
    statement = (
        select(AgendaSession, Workshop.uuid)
        .join(AgendaSpeaker, AgendaSpeaker.session_id == AgendaSession.id)
        .join(Workshop, Workshop.id == AgendaSession.workshop_id)
        .where(AgendaSpeaker.person_id == person_id)
        .order_by(AgendaSession.day, AgendaSession.start_time, AgendaSession.id)
    )
    return [
        {
            "uuid": agenda.uuid,
            "workshop": workshop_uuid,
            "day": plain(agenda.day),
            "start_time": plain(agenda.start_time),
            "end_time": plain(agenda.end_time),
            "titles": dict(agenda.titles or {}),
        }
        for agenda, workshop_uuid in session.execute(statement)
    ]


def _merges(session: Session, person_id: int) -> list[dict[str, Any]]:
    """Merges the person was part of, kept or dropped, with the dropped record they hold."""
    statement = (
        select(PersonMerge)
        .where(
            or_(
                PersonMerge.kept_person_id == person_id,
                PersonMerge.dropped_person_id == person_id,
            )
        )
        .order_by(PersonMerge.id)
    )
    return [
        {
            "uuid": merge.uuid,
            "merged_at": plain(merge.created_at),
            "kept_person": merge.kept_person_id,
            "dropped_person": merge.dropped_person_id,
            "undone": merge.undone,
            "dropped_record": {
                key: value
                for key, value in (merge.undo or {}).get("person", {}).items()
                if key in PERSON_FIELDS
            },
            "fields_filled_by_the_merge": sorted((merge.undo or {}).get("filled", {})),
        }
        for merge in session.scalars(statement)
    ]


def personal_data(session: Session, person: Person, now: datetime) -> dict[str, Any]:
    """Everything held on `person`, JSON-ready (the answer to a data request)."""
    return {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "exported_at": plain(now),
        "person": {
            "id": person.id,
            "uuid": person.uuid,
            **{name: plain(getattr(person, name)) for name in PERSON_FIELDS},
            "created_at": plain(person.created_at),
            "updated_at": plain(person.updated_at),
            "erased_at": plain(person.erased_at),
        },
        "consents": {
            "data": person.consent_data,
            "photos": person.consent_photos,
            "date": plain(person.consent_date),
        },
        "organisation": _organisation(session, person),
        "registrations": _registrations(session, person.id),
        "sessions_spoken": _spoken(session, person.id),
        "merges": _merges(session, person.id),
    }


class PersonalDataService:
    """Data requests and erasures for one person, named by id or uuid."""

    def __init__(self, session_scope: SessionScope) -> None:
        self._scope = session_scope

    def export_data(self, person: str | int) -> dict[str, Any]:
        """Everything held on the person; writes nothing."""
        with self._scope() as session:
            row = person_by_reference(session, person)
            return personal_data(session, row, datetime.now(UTC))

    def write_export(self, person: str | int, path: Path) -> dict[str, Any]:
        """Write `export_data` to `path` as UTF-8 JSON, all or nothing and readable by the
        user alone (it is everything held on someone); return what was written."""
        data = self.export_data(person)
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        replace_atomically(path, lambda temporary: temporary.write_text(text, "utf-8"), 0o600)
        return data

    def erase(self, person: str | int) -> ErasedPerson:
        """Erase the person's data in one transaction, after a backup. An erased person is
        answered with `already_erased` and nothing written (not even a backup)."""
        with self._scope() as session:
            row = person_by_reference(session, person)
            if row.erased_at is None:
                backup_before(session, "before-erase")
            return erase_person(session, row, datetime.now(UTC))
