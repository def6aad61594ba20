"""The retention rule: erase a person's data N months after the last workshop they were in.

Who is due: people not yet erased whose every registered workshop (cancelled ones too: the
person was still expected) ended more than N months before today. Someone registered for a
workshop that is running or still to come is never due, however old their other ones are.
People never registered anywhere are not due either: the rule is about workshops, and a
trainer's own contact list is not for it to clear.

"More than N months": a workshop that ended on the day exactly N calendar months ago is kept
one more day (31 March minus one month is 28 or 29 February, the month's last day).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import and_, func, select

from jpoa_desktop.db.engine import SessionScope
from jpoa_desktop.db.workshop_models import Person, Registration, Workshop
from jpoa_desktop.errors import QT_TRANSLATE_NOOP, Cancelled, ValidationError
from jpoa_desktop.model.languages import pick
from jpoa_desktop.model.progress import CancelCheck, Progress, never_cancelled, no_progress
from jpoa_desktop.services.exchange.backup import backup_before
from jpoa_desktop.services.people.erasure import ErasedPerson, erase_people, person_name

MIN_MONTHS, MAX_MONTHS = 1, 120
BATCH = 500  # people erased per statement: within any database's limit on bound values


@dataclass(frozen=True)
class DueForErasure:
    """One person the rule would erase, with the last workshop that keeps them in the data."""

    person_id: int
    name: str
    last_workshop: str  # its title in the language asked for
    last_ended: date

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.person_id,
            "name": self.name,
            "last_workshop": self.last_workshop,
            "last_ended": self.last_ended.isoformat(),
        }


def check_months(months: int) -> int:
    if not MIN_MONTHS <= months <= MAX_MONTHS:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "The retention period must be {low} to {high} months, not {value}."
            ),
            low=MIN_MONTHS,
            high=MAX_MONTHS,
            value=months,
        )
    return months


def months_before(day: date, months: int) -> date:
    """The same day `months` calendar months earlier, clamped to that month's last day."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


class RetentionService:
    """Finds the people the retention rule is due to erase, and erases them."""

    def __init__(self, session_scope: SessionScope) -> None:
        self._scope = session_scope

    def due_for_erasure(
        self, months: int, today: date, language: str = "en"
    ) -> list[DueForErasure]:
        """The people due, by the end of their last workshop (oldest first), then by id."""
        cutoff = months_before(today, check_months(months))
        last_end = (
            select(Registration.person_id, func.max(Workshop.end_date).label("ended"))
            .join(Workshop, Workshop.id == Registration.workshop_id)
            .group_by(Registration.person_id)
            .subquery()
        )
        statement = (
            select(Person, Workshop.titles, last_end.c.ended)
            .join(last_end, last_end.c.person_id == Person.id)
            .join(Registration, Registration.person_id == Person.id)
            .join(
                Workshop,
                and_(
                    Workshop.id == Registration.workshop_id, Workshop.end_date == last_end.c.ended
                ),
            )
            .where(Person.erased_at.is_(None), last_end.c.ended < cutoff)
            .order_by(last_end.c.ended, Person.id, Workshop.id)
        )
        due: dict[int, DueForErasure] = {}
        with self._scope() as session:
            for person, titles, ended in session.execute(statement):
                if person.id not in due:  # two workshops ending that day: the first by id
                    due[person.id] = DueForErasure(
                        person.id, person_name(person), pick(titles, language), ended
                    )
        return list(due.values())

    def erase_due(
        self,
        months: int,
        today: date,
        progress: Progress = no_progress,
        cancelled: CancelCheck = never_cancelled,
    ) -> list[ErasedPerson]:
        """Erase everyone due, in one transaction after one backup: all of them or, when
        cancelled (`Cancelled` raised), none."""
        due = self.due_for_erasure(months, today)
        if not due:
            return []
        now = datetime.now(UTC)
        ids = [entry.person_id for entry in due]
        erased: list[ErasedPerson] = []
        with self._scope() as session:
            backup_before(session, "before-retention")
            for start in range(0, len(ids), BATCH):
                if cancelled():
                    raise Cancelled(
                        QT_TRANSLATE_NOOP("Errors", "Cancelled: no one's data was erased.")
                    )
                progress(start, len(ids))
                erased += erase_people(session, ids[start : start + BATCH], now)
            progress(len(ids), len(ids))
        return erased
