"""Erasing one person's data inside a transaction someone else opened (a request, or the
retention rule erasing many at once).

Merges: a merge's undo recipe keeps the dropped record whole and the kept record's values it
overwrote, so it holds the erased person's old data whichever side they were on. The recipe
is emptied (`ERASED_RECIPE`) and the merge can no longer be undone: an erased person cannot be
un-merged back into a name, since nothing is left to put back (`DuplicateService.undo` says so).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from jpoa_desktop.db.workshop_models import (
    Attendance,
    Person,
    PersonMerge,
    PersonWordIndex,
    Registration,
)
from jpoa_desktop.model.workshops import erased_name

ERASED_RECIPE = {"erased": True}
BLANKED = (
    "family_name", "given_name", "patronymic", "latin_family_name", "latin_given_name",
    "position", "email", "phone", "notes", "sort_key",
)  # fmt: skip


@dataclass(frozen=True)
class ErasedPerson:
    """What an erasure did: who (by the placeholder they show as now), when, and what stays."""

    id: int
    uuid: str
    name: str  # the placeholder, `erased_name(id)`
    erased_at: datetime
    already_erased: bool  # erased before: nothing was changed this time
    registrations: int  # kept, so reports count them
    marks: int  # kept too
    merges_emptied: int  # merges that can no longer be undone

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "uuid": self.uuid,
            "name": self.name,
            "erased_at": self.erased_at.isoformat(),
            "already_erased": self.already_erased,
            "registrations": self.registrations,
            "marks": self.marks,
            "merges_emptied": self.merges_emptied,
        }


def person_name(person: Person) -> str:
    """The name shown for `person`: family, given, patronymic; the placeholder once erased."""
    if person.erased_at is not None:
        return erased_name(person.id)
    return " ".join(p for p in (person.family_name, person.given_name, person.patronymic) if p)


def _counts(session: Session, person_id: int) -> tuple[int, int]:
    registrations = session.scalar(
        select(func.count()).select_from(Registration).where(Registration.person_id == person_id)
    )
    marks = session.scalar(
        select(func.count())
        .select_from(Attendance)
        .join(Registration, Registration.id == Attendance.registration_id)
        .where(Registration.person_id == person_id)
    )
    return int(registrations or 0), int(marks or 0)


def _empty_merges(session: Session, person_id: int) -> int:
    """Empty the undo recipe of every merge the person was part of; how many were."""
    merges = session.scalars(
        select(PersonMerge).where(
            or_(
                PersonMerge.kept_person_id == person_id,
                PersonMerge.dropped_person_id == person_id,
            )
        )
    ).all()
    emptied = 0
    for merge in merges:
        if merge.undo != ERASED_RECIPE:
            merge.undo = dict(ERASED_RECIPE)
            emptied += 1
    return emptied


def erase_person(session: Session, person: Person, now: datetime) -> ErasedPerson:
    """Blank what names or reaches `person`, keep what reports count; a no-op when erased."""
    registrations, marks = _counts(session, person.id)
    already = person.erased_at is not None
    emptied = 0
    if not already:
        for column in BLANKED:
            setattr(person, column, "")
        person.languages = []
        person.consent_data = False
        person.consent_photos = False
        person.consent_date = None
        person.erased_at = now
        session.execute(delete(PersonWordIndex).where(PersonWordIndex.person_id == person.id))
        emptied = _empty_merges(session, person.id)
        session.flush()
    erased_at = person.erased_at
    assert erased_at is not None  # set above, or before
    if erased_at.tzinfo is None:  # read back from SQLite, which keeps no zone: it was UTC
        erased_at = erased_at.replace(tzinfo=UTC)
    return ErasedPerson(
        id=person.id,
        uuid=person.uuid,
        name=erased_name(person.id),
        erased_at=erased_at,
        already_erased=already,
        registrations=registrations,
        marks=marks,
        merges_emptied=emptied,
    )
