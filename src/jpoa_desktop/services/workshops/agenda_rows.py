"""Agenda edits on ORM rows, inside the caller's transaction (the service opens it).

Positions in a day stay 0, 1, 2, … after every edit, so "the session after this one" is always
`position + 1` and a move is a renumbering.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Sequence
from datetime import date, time, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpoa_desktop.db.agenda_models import AgendaSession, AgendaSpeaker
from jpoa_desktop.db.models import LibraryItem
from jpoa_desktop.db.workshop_models import Registration
from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from jpoa_desktop.model import text_input as limits
from jpoa_desktop.model.codes import AGENDA_KINDS
from jpoa_desktop.model.languages import pick
from jpoa_desktop.model.library import AREA, PILLAR
from jpoa_desktop.model.text_input import check_length, checked_text, clean_line

if TYPE_CHECKING:
    from jpoa_desktop.model.agenda import SessionInput, SessionSlot

SPEAKER_ROLES = ("speaker", "facilitator", "organiser")
DAY_MINUTES = 24 * 60


def minutes(value: time) -> int:
    return value.hour * 60 + value.minute


def at(total: int) -> time | None:
    """The time `total` minutes after midnight, None when that is not within the day."""
    return time(total // 60, total % 60) if 0 <= total < DAY_MINUTES else None


def day_rows(session: Session, workshop_id: int, day: date) -> list[AgendaSession]:
    return list(
        session.scalars(
            select(AgendaSession)
            .where(AgendaSession.workshop_id == workshop_id, AgendaSession.day == day)
            .order_by(AgendaSession.position, AgendaSession.id)
        )
    )


def renumber(rows: Sequence[AgendaSession]) -> None:
    for position, row in enumerate(rows):
        if row.position != position:
            row.position = position


def row_or_error(session: Session, session_id: int) -> AgendaSession:
    row = session.get(AgendaSession, session_id)
    if row is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "There is no agenda session with id {id}."), id=session_id
        )
    return row


def speaker_ids(session: Session, workshop_id: int) -> set[int]:
    """People who may speak at this workshop's sessions: registered with a speaking role."""
    return set(
        session.scalars(
            select(Registration.person_id).where(
                Registration.workshop_id == workshop_id, Registration.role.in_(SPEAKER_ROLES)
            )
        )
    )


def validate(
    session: Session,
    workshop_id: int,
    titles: dict[str, str],
    kind: str,
    speakers: Iterable[int],
    tags: Iterable[str],
) -> None:
    if not any(clean_line(t) for t in titles.values()):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The session has no title."))
    for title in titles.values():
        check_length(clean_line(title), limits.SESSION_TITLE, "titles")
    if kind not in AGENDA_KINDS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{value}” is not a kind of session."), value=kind
        )
    strangers = set(speakers) - speaker_ids(session, workshop_id)
    if strangers:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Person {id} is not registered for this workshop as a speaker, facilitator "
                "or organiser.",
            ),
            id=min(strangers),
        )
    wanted = set(tags)
    known = set(
        session.scalars(
            select(LibraryItem.key).where(
                LibraryItem.key.in_(wanted), LibraryItem.kind.in_((PILLAR, AREA))
            )
        )
    )
    if wanted - known:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{value}” is not a pillar or area of the library."),
            value=sorted(wanted - known)[0],
        )


def set_speakers(row: AgendaSession, person_ids: Sequence[int]) -> None:
    """Keep the links of people still listed (their uuids stay), in the new order."""
    current = {s.person_id: s for s in row.speakers}
    kept = []
    for position, person_id in enumerate(dict.fromkeys(person_ids)):
        link = current.pop(person_id, None) or AgendaSpeaker(person_id=person_id)
        link.position = position
        kept.append(link)
    row.speakers = kept


def title_of(row: AgendaSession, lang: str = "en") -> str:
    return pick(row.titles, lang)


def shift_rows(rows: Iterable[AgendaSession], delta: int) -> int:
    """Move sessions later (or earlier) by `delta` minutes; none may leave the day."""
    rows = list(rows)
    for row in rows:
        if at(minutes(row.start_time) + delta) is None or at(minutes(row.end_time) + delta) is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "Moving by {minutes} minutes would take “{title}” past midnight."
                ),
                minutes=delta,
                title=title_of(row),
            )
    for row in rows:
        row.start_time = at(minutes(row.start_time) + delta) or row.start_time
        row.end_time = at(minutes(row.end_time) + delta) or row.end_time
    return len(rows)


def reflow(rows: list[AgendaSession], old: list[AgendaSession]) -> None:
    """Give `rows` (a day's new order) the time slots of `old` (its order before a move).

    Only the stretch between the first and last position that changed is retimed: it starts
    where it started, each session keeps its length, and each gap between neighbours stays
    where it was, so the stretch also ends where it ended.
    """
    changed = [i for i, (a, b) in enumerate(zip(rows, old, strict=True)) if a is not b]
    if not changed:
        return
    first, last = changed[0], changed[-1]
    stretch_old = old[first : last + 1]
    gaps = [minutes(b.start_time) - minutes(a.end_time) for a, b in itertools.pairwise(stretch_old)]
    cursor = minutes(stretch_old[0].start_time)
    for index, row in enumerate(rows[first : last + 1]):
        length = minutes(row.end_time) - minutes(row.start_time)
        start, end = at(cursor), at(cursor + length)
        if start is not None and end is not None:
            row.start_time, row.end_time = start, end
        cursor += length + (gaps[index] if index < len(gaps) else 0)


def place_in_day(rows: list[AgendaSession], moved: AgendaSession, position: int) -> None:
    """Put `moved` (from another day) into `rows` at `position`, starting where the session
    it displaces started (or after the last one), and push later sessions just enough."""
    length = minutes(moved.end_time) - minutes(moved.start_time)
    if rows:
        anchor = rows[position].start_time if position < len(rows) else rows[-1].end_time
        start = minutes(anchor)
        new_start, new_end = at(start), at(start + length)
        if new_start is not None and new_end is not None:
            moved.start_time, moved.end_time = new_start, new_end
    rows.insert(position, moved)
    make_room_after(rows, position)
    renumber(rows)


def make_room_after(rows: list[AgendaSession], index: int) -> int:
    """Push the sessions after `rows[index]` later, just enough not to overlap it; returns
    the minutes they moved."""
    following = rows[index + 1 :]
    overlap = minutes(rows[index].end_time) - minutes(following[0].start_time) if following else 0
    if overlap > 0:
        shift_rows(following, overlap)
    return max(overlap, 0)


def rows_by_id(session: Session, session_ids: Iterable[int]) -> list[AgendaSession]:
    return list(
        session.scalars(
            select(AgendaSession)
            .where(AgendaSession.id.in_(list(session_ids)))
            .order_by(AgendaSession.day, AgendaSession.position)
        )
    )


def fill(row: AgendaSession, data: SessionInput) -> None:
    row.day = data.day
    row.start_time, row.end_time = data.start, data.end
    row.titles = {lang: t for lang, text in data.titles.items() if (t := clean_line(text))}
    row.kind = data.kind
    row.tags = list(dict.fromkeys(data.tags))
    row.notes = checked_text(data.notes, limits.NOTES, "notes")  # refused: rolled back
    set_speakers(row, data.speakers)


def copy_rows(
    session: Session,
    sources: Sequence[AgendaSession],
    target_workshop_id: int,
    day_for: Callable[[AgendaSession], date],
) -> list[AgendaSession]:
    """Copies of `sources` in the target workshop on the days `day_for` gives, times kept,
    each placed among the day's sessions by its start time; speakers stay only when
    registered there to speak."""
    eligible = speaker_ids(session, target_workshop_id)
    days: dict[date, list[AgendaSession]] = {}
    copies = []
    for source in sources:
        day = day_for(source)
        if day not in days:
            days[day] = day_rows(session, target_workshop_id, day)
        copy = AgendaSession(
            workshop_id=target_workshop_id,
            day=day,
            position=0,
            start_time=source.start_time,
            end_time=source.end_time,
            titles=dict(source.titles),
            kind=source.kind,
            tags=list(source.tags),
            notes=source.notes,
        )
        set_speakers(copy, [s.person_id for s in source.speakers if s.person_id in eligible])
        rows = days[day]
        rows.insert(sum(1 for r in rows if r.start_time <= copy.start_time), copy)
        renumber(rows)
        session.add(copy)
        copies.append(copy)
    session.flush()
    return copies


def copy_agenda(
    session: Session, source_workshop_id: int, target_workshop_id: int, day_offset: int
) -> int:
    """Copy every session of one workshop into another (when a workshop is copied to plan the
    next one); runs in the caller's transaction. Returns how many sessions were copied."""
    sources = list(
        session.scalars(
            select(AgendaSession)
            .where(AgendaSession.workshop_id == source_workshop_id)
            .order_by(AgendaSession.day, AgendaSession.position, AgendaSession.id)
        )
    )
    shift = timedelta(days=day_offset)
    return len(copy_rows(session, sources, target_workshop_id, lambda r: r.day + shift))


def restore_slots(session: Session, workshop_id: int, slots: Iterable[SessionSlot]) -> None:
    by_uuid = {s.uuid: s for s in slots}
    for row in session.scalars(
        select(AgendaSession).where(AgendaSession.workshop_id == workshop_id)
    ):
        slot = by_uuid.get(row.uuid)
        if slot is not None:
            row.day, row.position = slot.day, slot.position
            row.start_time, row.end_time = slot.start, slot.end
