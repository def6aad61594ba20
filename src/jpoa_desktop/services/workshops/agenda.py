"""A workshop's agenda: days of ordered sessions, edited, shifted, reused from other workshops.
Sessions keep their place in a day (`position`) apart from their times: moving a session within
a day swaps it into the time slots of the sessions it passes and leaves the rest of the day
alone. Warnings (overlaps, dates, end before start) are data, never refusals: a half-built
agenda is normal while someone is still working on it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from jpoa_desktop.db.agenda_models import AgendaSession
from jpoa_desktop.db.engine import SessionScope
from jpoa_desktop.db.workshop_models import Person, workshop_or_error
from jpoa_desktop.model.agenda import (
    AgendaView,
    AgendaWarning,
    DayView,
    DeletedSession,
    SessionInput,
    SessionSlot,
    SessionView,
    SpeakerView,
)
from jpoa_desktop.model.languages import pick
from jpoa_desktop.model.workshops import workshop_days
from jpoa_desktop.services.library.library import LibraryService
from jpoa_desktop.services.workshops import agenda_choices as choices
from jpoa_desktop.services.workshops import agenda_rows as rows_
from jpoa_desktop.services.workshops.agenda_checks import (
    WARNING_END_BEFORE_START,
    WARNING_OUTSIDE,
    WARNING_OVERLAP,
    find_warnings,
)
from jpoa_desktop.services.workshops.agenda_choices import AgendaSource, TagChoice, default_titles
from jpoa_desktop.services.workshops.agenda_rows import SPEAKER_ROLES, copy_agenda, minutes
from jpoa_desktop.services.workshops.workshops import full_name

__all__ = [
    "SPEAKER_ROLES",
    "WARNING_END_BEFORE_START",
    "WARNING_OUTSIDE",
    "WARNING_OVERLAP",
    "AgendaService",
    "AgendaSource",
    "AgendaWarning",
    "SpeakerView",
    "TagChoice",
    "copy_agenda",
    "default_titles",
]


def _session_view(row: AgendaSession, lang: str, names: dict[int, str]) -> SessionView:
    return SessionView(
        id=row.id,
        uuid=row.uuid,
        day=row.day,
        position=row.position,
        start=row.start_time,
        end=row.end_time,
        title=pick(row.titles, lang),
        titles=dict(row.titles),
        kind=row.kind,
        speakers=tuple(SpeakerView(s.person_id, names.get(s.person_id, "")) for s in row.speakers),
        tags=tuple(row.tags),
        notes=row.notes,
    )


def _names(session: Session, person_ids: set[int]) -> dict[int, str]:
    found = session.scalars(select(Person).where(Person.id.in_(person_ids)))
    return {p.id: full_name(p) for p in found}


class AgendaService:
    def __init__(self, session_scope: SessionScope) -> None:
        self._scope = session_scope

    # Reading.
    def agenda(self, workshop_id: int, lang: str) -> AgendaView:
        """Every day of the workshop (and any day outside it that holds sessions), with warnings."""
        with self._scope() as session:
            workshop = workshop_or_error(session, workshop_id)
            rows = session.scalars(
                select(AgendaSession)
                .options(selectinload(AgendaSession.speakers))
                .where(AgendaSession.workshop_id == workshop_id)
                .order_by(AgendaSession.day, AgendaSession.position, AgendaSession.id)
            ).all()
            names = _names(session, {s.person_id for r in rows for s in r.speakers})
            days: dict[date, list[SessionView]] = {
                day: [] for day in workshop_days(workshop.start_date, workshop.end_date)
            }
            for row in rows:
                days.setdefault(row.day, []).append(_session_view(row, lang, names))
            warnings = find_warnings(workshop.start_date, workshop.end_date, days)
            flagged: dict[int, list[str]] = {}
            for warning in warnings:
                for session_id in warning.session_ids:
                    flagged.setdefault(session_id, []).append(warning.kind)
            return AgendaView(
                workshop_id=workshop.id,
                title=pick(workshop.titles, lang),
                start=workshop.start_date,
                end=workshop.end_date,
                languages=tuple(workshop.languages or ("en",)),
                days=tuple(
                    DayView(
                        day=day,
                        number=(day - workshop.start_date).days + 1
                        if workshop.start_date <= day <= workshop.end_date
                        else 0,
                        sessions=tuple(
                            replace(s, warnings=tuple(dict.fromkeys(flagged.get(s.id, ()))))
                            for s in sessions
                        ),
                    )
                    for day, sessions in sorted(days.items())
                ),
                warnings=tuple(warnings),
            )

    def get(self, session_id: int, lang: str) -> SessionView:
        """One session (without warnings: those need the whole day)."""
        with self._scope() as session:
            row = rows_.row_or_error(session, session_id)
            return _session_view(row, lang, _names(session, {s.person_id for s in row.speakers}))

    def session_id(self, session_uuid: str) -> int | None:
        with self._scope() as session:
            return session.scalar(
                select(AgendaSession.id).where(AgendaSession.uuid == session_uuid)
            )

    def speaker_choices(self, workshop_id: int) -> list[SpeakerView]:
        """The workshop's speakers, facilitators and organisers, by name."""
        with self._scope() as session:
            return choices.speaker_choices(session, workshop_id)

    def tag_choices(self, lang: str) -> list[TagChoice]:
        """Pillars and their framework areas, in the library's order."""
        return choices.tag_choices(LibraryService(self._scope).pillars(lang))

    def sources(self, lang: str, exclude_workshop_id: int | None = None) -> list[AgendaSource]:
        """Workshops that have sessions to reuse, newest first."""
        with self._scope() as session:
            return choices.sources(session, lang, exclude_workshop_id)

    # Writing: each call is one transaction.
    def add_session(
        self,
        workshop_id: int,
        data: SessionInput,
        position: int | None = None,
        push_following: bool = False,
    ) -> int:
        """Add a session; without `position` it goes where its start time puts it. With
        `push_following`, later sessions of the day move just enough not to overlap it."""
        with self._scope() as session:
            workshop_or_error(session, workshop_id)
            rows_.validate(session, workshop_id, data.titles, data.kind, data.speakers, data.tags)
            day = rows_.day_rows(session, workshop_id, data.day)
            if position is None:
                position = sum(1 for r in day if r.start_time <= data.start)
            row = AgendaSession(workshop_id=workshop_id, position=0)
            rows_.fill(row, data)
            session.add(row)
            day.insert(max(0, min(position, len(day))), row)
            rows_.renumber(day)
            if push_following:
                rows_.make_room_after(day, row.position)
            session.flush()
            return row.id

    def update_session(
        self, session_id: int, data: SessionInput, push_following: bool = False
    ) -> int:
        """Change a session; with `push_following`, the day's later sessions move by as much
        as its end moved later. Returns the minutes they were pushed."""
        with self._scope() as session:
            row = rows_.row_or_error(session, session_id)
            rows_.validate(
                session, row.workshop_id, data.titles, data.kind, data.speakers, data.tags
            )
            grew = minutes(data.end) - minutes(row.end_time)
            if data.day != row.day:
                old_day = rows_.day_rows(session, row.workshop_id, row.day)
                old_day.remove(row)
                rows_.renumber(old_day)
                new_day = rows_.day_rows(session, row.workshop_id, data.day)
                new_day.insert(sum(1 for r in new_day if r.start_time <= data.start), row)
                rows_.renumber(new_day)
                grew = 0
            rows_.fill(row, data)
            session.flush()
            if push_following and grew > 0:
                later = rows_.day_rows(session, row.workshop_id, row.day)[row.position + 1 :]
                rows_.shift_rows(later, grew)
                return grew
            return 0

    def delete_session(self, session_id: int) -> DeletedSession:
        """Delete a session; what is returned puts it back (`restore_session`)."""
        with self._scope() as session:
            row = rows_.row_or_error(session, session_id)
            deleted = DeletedSession(
                workshop_id=row.workshop_id,
                id=row.id,
                uuid=row.uuid,
                position=row.position,
                data=_session_view(row, "en", {}).as_input(),
                created_at=row.created_at,
            )
            day = rows_.day_rows(session, row.workshop_id, row.day)
            day.remove(row)
            session.delete(row)
            rows_.renumber(day)
            return deleted

    def restore_session(self, deleted: DeletedSession) -> int:
        """Put a deleted session back in its place, with its uuid (attendance points at it) and,
        when nothing took it meanwhile, its id."""
        with self._scope() as session:
            workshop_or_error(session, deleted.workshop_id)
            eligible = rows_.speaker_ids(session, deleted.workshop_id)
            data = replace(
                deleted.data, speakers=tuple(p for p in deleted.data.speakers if p in eligible)
            )
            row = AgendaSession(
                workshop_id=deleted.workshop_id, uuid=deleted.uuid, created_at=deleted.created_at
            )
            if session.get(AgendaSession, deleted.id) is None:
                row.id = deleted.id
            day = rows_.day_rows(session, deleted.workshop_id, data.day)
            rows_.fill(row, data)
            session.add(row)
            day.insert(min(deleted.position, len(day)), row)
            rows_.renumber(day)
            session.flush()
            return row.id

    def move_session(self, session_id: int, day: date, position: int) -> None:
        """Put a session at `position` of `day`. Within a day it takes over the time slots of
        the sessions it passes; into another day it starts where the one it displaces started,
        and later sessions there move just enough not to overlap it."""
        with self._scope() as session:
            row = rows_.row_or_error(session, session_id)
            if day == row.day:
                old = rows_.day_rows(session, row.workshop_id, day)
                new = [r for r in old if r is not row]
                new.insert(max(0, min(position, len(new))), row)
                rows_.reflow(new, old)
                rows_.renumber(new)
                return
            source = rows_.day_rows(session, row.workshop_id, row.day)
            source.remove(row)
            rows_.renumber(source)
            target = rows_.day_rows(session, row.workshop_id, day)
            row.day = day
            rows_.place_in_day(target, row, max(0, min(position, len(target))))

    def shift(self, workshop_id: int, day: date, from_position: int, minutes: int) -> int:
        """Move the day's sessions from `from_position` on by `minutes` (negative: earlier)."""
        with self._scope() as session:
            workshop_or_error(session, workshop_id)
            later = rows_.day_rows(session, workshop_id, day)[max(0, from_position) :]
            return rows_.shift_rows(later, minutes)

    def slots(self, workshop_id: int) -> tuple[SessionSlot, ...]:
        """Where and when every session is (taken before a move or a shift, for undo)."""
        with self._scope() as session:
            found = session.execute(
                select(
                    AgendaSession.uuid,
                    AgendaSession.day,
                    AgendaSession.position,
                    AgendaSession.start_time,
                    AgendaSession.end_time,
                ).where(AgendaSession.workshop_id == workshop_id)
            ).all()
            return tuple(SessionSlot(*r) for r in found)

    def restore_slots(self, workshop_id: int, slots: tuple[SessionSlot, ...]) -> None:
        """Put every session (still there) back where and when `slots` says it was."""
        with self._scope() as session:
            rows_.restore_slots(session, workshop_id, slots)

    def copy_sessions(self, session_ids: list[int], workshop_id: int, day: date) -> list[int]:
        """Reuse sessions of any workshop on `day` of this one, placed by time; times kept,
        speakers only when registered here to speak. Returns the new sessions' ids."""
        with self._scope() as session:
            workshop_or_error(session, workshop_id)
            found = {r.id: r for r in rows_.rows_by_id(session, session_ids)}
            sources = [found[i] for i in session_ids if i in found]
            copies = rows_.copy_rows(session, sources, workshop_id, lambda _row: day)
            return [c.id for c in copies]

    def copy_day(
        self, source_workshop_id: int, source_day: date, workshop_id: int, day: date
    ) -> list[int]:
        """Reuse a whole day of another workshop (see `copy_sessions`)."""
        with self._scope() as session:
            workshop_or_error(session, workshop_id)
            sources = rows_.day_rows(session, source_workshop_id, source_day)
            return [c.id for c in rows_.copy_rows(session, sources, workshop_id, lambda _row: day)]
