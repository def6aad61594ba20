"""Erasing one person's data inside a transaction someone else opened (a request, or the
retention rule erasing many at once).

Merges: a merge's undo recipe keeps the dropped record whole and the kept record's values it
overwrote, so it holds the erased person's old data whichever side they were on. The recipe
is emptied (`ERASED_RECIPE`) and the merge can no longer be undone: an erased person cannot be
un-merged back into a name, since nothing is left to put back (`DuplicateService.undo` says so).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.orm import Session

from jpoa_desktop.db.models import as_utc
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


def _counts(session: Session, ids: Sequence[int]) -> tuple[dict[int, int], dict[int, int]]:
    """Registrations and attendance marks per person of `ids` (absent: none)."""
    registrations = select(Registration.person_id, func.count()).where(
        Registration.person_id.in_(ids)
    )
    marks = (
        select(Registration.person_id, func.count())
        .join(Attendance, Attendance.registration_id == Registration.id)
        .where(Registration.person_id.in_(ids))
    )
    return (
        {
            int(p): int(n)
            for p, n in session.execute(registrations.group_by(Registration.person_id))
        },
        {int(p): int(n) for p, n in session.execute(marks.group_by(Registration.person_id))},
    )


def empty_merges(session: Session, ids: Sequence[int]) -> dict[int, int]:
    """Empty the undo recipe of every merge one of `ids` was part of; how many, by person."""
    merges = session.scalars(
        select(PersonMerge).where(
            or_(PersonMerge.kept_person_id.in_(ids), PersonMerge.dropped_person_id.in_(ids))
        )
    ).all()
    emptied: dict[int, int] = defaultdict(int)
    wanted = set(ids)
    for merge in merges:
        if merge.undo != ERASED_RECIPE:
            merge.undo = dict(ERASED_RECIPE)
            for person_id in {merge.kept_person_id, merge.dropped_person_id} & wanted:
                emptied[person_id] += 1
    return emptied


def erase_people(session: Session, ids: Sequence[int], now: datetime) -> list[ErasedPerson]:
    """Blank what names or reaches each of `ids`, keep what reports count; those already
    erased are left as they are. A few statements for a whole batch (the retention rule may
    erase thousands at once); `ids` must fit in one IN list (a few hundred)."""
    found = session.execute(
        select(Person.id, Person.uuid, Person.erased_at).where(Person.id.in_(ids))
    ).all()
    fresh = [person_id for person_id, _uuid, erased_at in found if erased_at is None]
    registrations, marks = _counts(session, ids)
    emptied: dict[int, int] = {}
    if fresh:
        blank: dict[str, Any] = dict.fromkeys(BLANKED, "")
        session.execute(
            update(Person)
            .where(Person.id.in_(fresh))
            .values(
                **blank,
                languages=[],
                consent_data=False,
                consent_photos=False,
                consent_date=None,
                erased_at=now,
            )
            .execution_options(synchronize_session="fetch")
        )
        session.execute(delete(PersonWordIndex).where(PersonWordIndex.person_id.in_(fresh)))
        emptied = empty_merges(session, fresh)
        session.flush()
    return [
        ErasedPerson(
            id=person_id,
            uuid=uuid,
            name=erased_name(person_id),
            erased_at=as_utc(erased_at or now),
            already_erased=erased_at is not None,
            registrations=registrations.get(person_id, 0),
            marks=marks.get(person_id, 0),
            merges_emptied=emptied.get(person_id, 0),
        )
        for person_id, uuid, erased_at in found
    ]


def erase_person(session: Session, person: Person, now: datetime) -> ErasedPerson:
    """`erase_people` for one person."""
    (erased,) = erase_people(session, [person.id], now)
    return erased
