"""Importing a ministry's participant list into a workshop: plan first, then one atomic write.

`plan()` reads the file, maps its columns, checks every row and finds people already in the
directory (by e-mail, or by the same family and given name with a compatible patronymic), so the
user sees the problems (`row 14, column "E-mail": "ivanov@" is not an e-mail address`) before
anything is written. `apply()` writes the whole plan in one transaction: a file with a bad row
writes nothing unless the user chose to skip bad rows, and a cancelled import writes nothing.
The steps are the table-import pipeline's (`services/table_import.py`, shared with the action
plan import); this module gives what is a participant list's own: the name columns it needs,
a row read as a person matched against the directory, and people registered in a workshop.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpoa_desktop.db.bulk import insert_plain
from jpoa_desktop.db.engine import SessionScope, lock_for_writing
from jpoa_desktop.db.workshop_models import (
    Organisation,
    Person,
    Registration,
    workshop_or_error,
)
from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from jpoa_desktop.io.tables.columns import suggest_mapping
from jpoa_desktop.io.tables.participant_lists import read_list
from jpoa_desktop.io.tables.reading import ReadOptions, Table
from jpoa_desktop.io.tables.table_limits import DEFAULT_LIMITS, TableLimits
from jpoa_desktop.model.badge_codes import random_badge_code
from jpoa_desktop.model.progress import CancelCheck, Progress, never_cancelled, no_progress
from jpoa_desktop.services.exchange.backup import backup_before
from jpoa_desktop.services.people.participant_rows import person_from_row
from jpoa_desktop.services.people.people import PersonInput, insert_people, person_values
from jpoa_desktop.services.people.person_matching import KnownPeople
from jpoa_desktop.services.table_import import (
    ImportProblem,
    Values,
    check_rows,
    counted,
    write_plan,
)

BATCH = 1_000


@dataclass(frozen=True)
class PlannedRow:
    row: int
    person: PersonInput
    role: str
    match_id: int | None  # an existing person to link instead of adding


@dataclass(frozen=True)
class ImportPlan:
    source: str
    headers: tuple[str, ...]
    mapping: dict[int, str]
    rows: tuple[PlannedRow, ...]
    problems: tuple[ImportProblem, ...] = field(default_factory=tuple)
    # The uuid of every person a row links to: an id alone could be reused by someone added
    # after a deletion between preview and import, and the row would link to a stranger.
    matched_uuids: dict[int, str] = field(default_factory=dict)
    table: Table | None = None  # how the file was read, for the preview to say so

    @property
    def to_add(self) -> int:
        return sum(1 for r in self.rows if r.match_id is None)

    @property
    def to_link(self) -> int:
        return sum(1 for r in self.rows if r.match_id is not None)


@dataclass(frozen=True)
class ImportReport:
    added: int
    linked: int
    skipped: int
    problems: tuple[ImportProblem, ...] = ()


class ParticipantImportService:
    def __init__(self, session_scope: SessionScope) -> None:
        self._scope = session_scope

    def plan(
        self,
        path: Path,
        mapping: Mapping[int, str] | None = None,
        split_full_names: bool = False,
        options: ReadOptions | None = None,
        limits: TableLimits = DEFAULT_LIMITS,
    ) -> ImportPlan:
        """Read and check the whole file; nothing is written."""
        return self.plan_table(read_list(path, options, limits), mapping, split_full_names)

    def plan_table(
        self,
        table: Table,
        mapping: Mapping[int, str] | None = None,
        split_full_names: bool = False,
    ) -> ImportPlan:
        """Check every row of a list already read; nothing is written."""
        columns = dict(mapping) if mapping is not None else suggest_mapping(table.headers)
        fields = set(columns.values())
        if "full_name" in fields and not {"family_name", "given_name"} <= fields:
            if not split_full_names:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{file}: the names are in one column; choose to split them into "
                        "family name, given name and patronymic.",
                    ),
                    file=table.source,
                )
        elif not {"family_name", "given_name"} <= fields:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{file}: no column is mapped to the family name and the given name."
                ),
                file=table.source,
            )
        with self._scope() as session:
            directory = KnownPeople(session)

        def read_row(row: int, values: Values, _cells: tuple[str, ...]) -> PlannedRow:
            person, role = person_from_row(values, row, split_full_names)
            match = directory.match(person)
            if match is None:  # a second row for the same new person links to the first
                directory.add_new(row, person)
            return PlannedRow(row, person, role, match)

        planned, problems = check_rows(table, columns, read_row)
        matched = {m: directory.uuids[m] for r in planned if (m := r.match_id) and m > 0}
        return ImportPlan(table.source, table.headers, columns, planned, problems, matched, table)

    def apply(
        self,
        plan: ImportPlan,
        workshop_id: int,
        skip_invalid: bool = False,
        progress: Progress = no_progress,
        cancelled: CancelCheck = never_cancelled,
    ) -> ImportReport:
        """Write the plan in one transaction; with problems, only when skipping bad rows."""

        def write(session: Session) -> int:
            # The lock comes first: a second import of the same list, started meanwhile, waits
            # here and then sees the people this one added, instead of adding them again.
            lock_for_writing(session)
            backup_before(session, "before-import")
            workshop_or_error(session, workshop_id)
            person_ids, added = _write_people(session, plan, progress, cancelled)
            _register(session, workshop_id, plan, person_ids)
            return added

        added = write_plan(self._scope, plan, skip_invalid, write)
        return ImportReport(
            added=added,
            linked=len(plan.rows) - added,
            skipped=len(plan.problems),
            problems=plan.problems,
        )


def _organisations(session: Session, plan: ImportPlan) -> dict[tuple[str, str], int]:
    """Ids of the plan's organisations, adding the ones the directory does not know yet."""
    known = {
        (name, country): org_id
        for org_id, name, country in session.execute(
            select(Organisation.id, Organisation.name, Organisation.country)
        )
    }
    for planned in plan.rows:
        person = planned.person
        name = " ".join(person.organisation.split())
        if name and (name, person.country) not in known:
            org = Organisation(name=name, kind=person.organisation_kind, country=person.country)
            session.add(org)
            session.flush()
            known[(name, person.country)] = org.id
    return known


def _write_people(
    session: Session, plan: ImportPlan, progress: Progress, cancelled: CancelCheck
) -> tuple[dict[int, int], int]:
    """Person id for every planned row (new people added in bulk), and how many were new.

    A row planned as new is matched again here, inside the write lock: another import may have
    added the same person since the plan was made, and the row then links to that person.
    """
    still_there = _people_still_there(session, plan)
    directory = KnownPeople(session)
    organisations = _organisations(session, plan)
    new_rows: list[tuple[int, dict[str, Any]]] = []
    matches: dict[int, int] = {}
    for _done, planned in counted(plan.rows, BATCH, progress, cancelled):
        person = planned.person
        match = planned.match_id
        if match is None:
            match = directory.match(person)
            if match is not None and match > 0:
                still_there.add(match)  # found just now, inside the lock
        if match is not None:
            matches[planned.row] = match
            continue
        directory.add_new(planned.row, person)
        org = organisations.get((" ".join(person.organisation.split()), person.country))
        # Each planned person was made by `validated` when the list was read.
        new_rows.append((planned.row, person_values(person, org, already_validated=True)))
    new_ids = insert_people(session, [values for _, values in new_rows])
    ids = {row_number: pid for (row_number, _), pid in zip(new_rows, new_ids, strict=True)}
    for planned in plan.rows:
        match = matches.get(planned.row)
        if match is None:
            continue
        if match < 0:  # the same person on an earlier row of this file
            ids[planned.row] = ids[-match]
        elif match in still_there:
            ids[planned.row] = match
        else:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "row {row}: the person it matched was deleted meanwhile; import again.",
                ),
                row=planned.row,
            )
    return ids, len(new_rows)


def _people_still_there(session: Session, plan: ImportPlan) -> set[int]:
    """The linked people that are still the same records as at planning time.

    Checked before anything is inserted: a new row could otherwise take the id of a person
    deleted meanwhile and the import would link to it.
    """
    wanted = plan.matched_uuids
    found = session.execute(select(Person.id, Person.uuid).where(Person.id.in_(wanted)))
    return {person_id for person_id, uuid in found if wanted.get(person_id) == uuid}


def _register(
    session: Session, workshop_id: int, plan: ImportPlan, person_ids: Mapping[int, int]
) -> None:
    registered = set(
        session.scalars(
            select(Registration.person_id).where(Registration.workshop_id == workshop_id)
        )
    )
    codes = set(session.scalars(select(Registration.badge_code)))
    rows = []
    for planned in plan.rows:
        person_id = person_ids[planned.row]
        if person_id in registered:
            continue
        registered.add(person_id)
        code = _new_code(codes)
        rows.append(
            {
                "workshop_id": workshop_id,
                "person_id": person_id,
                "role": planned.role,
                "status": "confirmed",
                "badge_code": code,
            }
        )
    insert_plain(session, Registration, rows)


def _new_code(taken: set[str]) -> str:
    """A code neither in the database nor given earlier in this import (`taken` holds both)."""
    while True:
        code = random_badge_code()
        if code not in taken:
            taken.add(code)
            return code
