"""Everything a workshop owns, kept in memory when it is deleted, so undo can put it all back.

A workshop owns its tags, agenda sessions and their speakers, registrations and attendance
marks, and its branding (accent, margins, logos and signatures). Each row is kept as its column
values, uuid and times included, so what comes back is the same data, not a look-alike: a
session's uuid is what its attendance marks point at.
Integer ids may have been handed out again meanwhile (SQLite reuses the highest), so the
children get fresh ids and their references are remapped; the workshop keeps its id if free.
People deleted in the meantime stay deleted, with their registrations, marks and speaking slots.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import CursorResult, insert, select
from sqlalchemy.orm import Session

from jpoa_desktop.db.agenda_models import AgendaSession, AgendaSpeaker
from jpoa_desktop.db.branding_models import WorkshopBranding, WorkshopImage
from jpoa_desktop.db.models import Base
from jpoa_desktop.db.workshop_models import Attendance, Person, Registration, Workshop, WorkshopTag
from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from jpoa_desktop.services.workshops.workshop_rows import new_badge_code

Row = dict[str, Any]


@dataclass(frozen=True)
class DeletedWorkshop:
    """What `WorkshopService.delete` removed, row by row, for `restore`."""

    workshop: Row
    tags: tuple[Row, ...]
    sessions: tuple[Row, ...]
    speakers: tuple[Row, ...]
    registrations: tuple[Row, ...]
    marks: tuple[Row, ...]
    branding: tuple[Row, ...] = ()  # accent and margins: none or one row
    images: tuple[Row, ...] = ()  # logos and signatures, with their bytes


def _rows(session: Session, statement: Any) -> tuple[Row, ...]:
    return tuple(dict(row._mapping) for row in session.execute(statement))


def take(session: Session, workshop_id: int) -> DeletedWorkshop:
    """Read every row the workshop owns (call before deleting it, in the same transaction)."""
    workshop, tags = Workshop.__table__, WorkshopTag.__table__
    sessions, speakers = AgendaSession.__table__, AgendaSpeaker.__table__
    registrations, marks = Registration.__table__, Attendance.__table__
    branding, images = WorkshopBranding.__table__, WorkshopImage.__table__
    (row,) = _rows(session, select(workshop).where(workshop.c.id == workshop_id))
    return DeletedWorkshop(
        workshop=row,
        tags=_rows(session, select(tags).where(tags.c.workshop_id == workshop_id)),
        sessions=_rows(session, select(sessions).where(sessions.c.workshop_id == workshop_id)),
        speakers=_rows(
            session,
            select(speakers)
            .join(sessions, sessions.c.id == speakers.c.session_id)
            .where(sessions.c.workshop_id == workshop_id),
        ),
        registrations=_rows(
            session, select(registrations).where(registrations.c.workshop_id == workshop_id)
        ),
        marks=_rows(
            session,
            select(marks)
            .join(registrations, registrations.c.id == marks.c.registration_id)
            .where(registrations.c.workshop_id == workshop_id),
        ),
        branding=_rows(session, select(branding).where(branding.c.workshop_id == workshop_id)),
        images=_rows(session, select(images).where(images.c.workshop_id == workshop_id)),
    )


def _insert(session: Session, model: type[Base], row: Row, keep_id: bool = False) -> int:
    values = dict(row) if keep_id else {k: v for k, v in row.items() if k != "id"}
    result = session.execute(insert(model).values(**values))
    key = cast(CursorResult[Any], result).inserted_primary_key
    assert key is not None  # an INSERT of one row always has one
    return int(key[0])


def _check_free(session: Session, uuid: str) -> None:
    if session.scalar(select(Workshop.id).where(Workshop.uuid == uuid)) is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "The deleted workshop is already back; there is nothing to undo."
            )
        )


def put_back(session: Session, deleted: DeletedWorkshop) -> int:
    """Insert the kept rows again; return the workshop's id (its old one when still free)."""
    _check_free(session, deleted.workshop["uuid"])
    old_id = int(deleted.workshop["id"])
    id_free = session.get(Workshop, old_id) is None
    workshop_id = _insert(session, Workshop, deleted.workshop, keep_id=id_free)
    people = set(
        session.scalars(
            select(Person.id).where(
                Person.id.in_({r["person_id"] for r in (*deleted.registrations, *deleted.speakers)})
            )
        )
    )
    for row in deleted.tags:
        _insert(session, WorkshopTag, {**row, "workshop_id": workshop_id})
    for row in deleted.branding:
        _insert(session, WorkshopBranding, {**row, "workshop_id": workshop_id})
    for row in deleted.images:
        _insert(session, WorkshopImage, {**row, "workshop_id": workshop_id})
    session_ids: dict[int, int] = {}
    for row in deleted.sessions:
        session_ids[row["id"]] = _insert(
            session, AgendaSession, {**row, "workshop_id": workshop_id}
        )
    for row in deleted.speakers:
        if row["person_id"] in people:
            moved = {**row, "session_id": session_ids[row["session_id"]]}
            _insert(session, AgendaSpeaker, moved)
    registration_ids: dict[int, int] = {}
    for row in deleted.registrations:
        if row["person_id"] in people:
            taken = session.scalar(
                select(Registration.id).where(Registration.badge_code == row["badge_code"])
            )
            if taken is not None:  # given to someone else meanwhile: a fresh one
                row = {**row, "badge_code": new_badge_code(session)}
            registration_ids[row["id"]] = _insert(
                session, Registration, {**row, "workshop_id": workshop_id}
            )
    for row in deleted.marks:
        registration = registration_ids.get(row["registration_id"])
        if registration is not None:
            _insert(session, Attendance, {**row, "registration_id": registration})
    return workshop_id
