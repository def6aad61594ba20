"""A workshop's agenda: days of ordered sessions, edited, shifted, reused from other workshops."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpoa_desktop.db.agenda_models import AgendaSession, AgendaSpeaker
from jpoa_desktop.db.workshop_models import Registration

SPEAKER_ROLES = ("speaker", "facilitator", "organiser")


def _speaker_ids(session: Session, workshop_id: int) -> set[int]:
    """People who may speak at this workshop's sessions: registered with a speaking role."""
    return set(
        session.scalars(
            select(Registration.person_id).where(
                Registration.workshop_id == workshop_id, Registration.role.in_(SPEAKER_ROLES)
            )
        )
    )


def _copy_rows(
    session: Session,
    rows: list[AgendaSession],
    target_workshop_id: int,
    day_offset: int,
) -> list[AgendaSession]:
    """Copies of `rows` in the target workshop, days moved by `day_offset`, times kept, appended
    after the sessions each target day already has. Speakers stay only when registered there."""
    eligible = _speaker_ids(session, target_workshop_id)
    next_position: dict[object, int] = {}
    copies = []
    for row in rows:
        day = row.day + timedelta(days=day_offset)
        if day not in next_position:
            taken = session.scalars(
                select(AgendaSession.position).where(
                    AgendaSession.workshop_id == target_workshop_id, AgendaSession.day == day
                )
            ).all()
            next_position[day] = max(taken, default=-1) + 1
        copy = AgendaSession(
            workshop_id=target_workshop_id,
            day=day,
            position=next_position[day],
            start_time=row.start_time,
            end_time=row.end_time,
            titles=dict(row.titles),
            kind=row.kind,
            tags=list(row.tags),
            notes=row.notes,
            speakers=[
                AgendaSpeaker(person_id=s.person_id, position=n)
                for n, s in enumerate(s for s in row.speakers if s.person_id in eligible)
            ],
        )
        next_position[day] += 1
        session.add(copy)
        copies.append(copy)
    session.flush()
    return copies


def copy_agenda(
    session: Session, source_workshop_id: int, target_workshop_id: int, day_offset: int
) -> int:
    """Copy every session of one workshop into another (when a workshop is copied to plan the
    next one); runs in the caller's transaction. Returns how many sessions were copied."""
    rows = list(
        session.scalars(
            select(AgendaSession)
            .where(AgendaSession.workshop_id == source_workshop_id)
            .order_by(AgendaSession.day, AgendaSession.position, AgendaSession.id)
        )
    )
    return len(_copy_rows(session, rows, target_workshop_id, day_offset))
