"""Finding the same person entered twice, and merging the two records (undoably).

Candidates: people whose folded names (Cyrillic and Latin compared in one script, see
`text_folding`) are close by `rapidfuzz`, in blocks of the same first letters so that 20,000 people
are not compared pairwise. A merge moves every registration and attendance mark of the dropped
record to the kept one (folding marks together where both were at the same workshop: a mark
both records have for one day and session keeps the scans of both, see `model.scans`), and the
sessions they speak at, fills the kept record's empty fields, and writes down what it did, so
that `undo` can put it all back.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from rapidfuzz import fuzz
from sqlalchemy import Date, DateTime, select
from sqlalchemy.orm import Session

from jpoa_desktop.db.agenda_models import AgendaSpeaker
from jpoa_desktop.db.engine import SessionScope
from jpoa_desktop.db.models import as_utc
from jpoa_desktop.db.workshop_models import Attendance, Person, PersonMerge, Registration
from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from jpoa_desktop.model.scans import joined_scans, scan_records
from jpoa_desktop.services.indexes.person_words import index_words
from jpoa_desktop.services.people.erasure import ERASED_RECIPE, person_name
from jpoa_desktop.services.people.people import person_or_error
from jpoa_desktop.texts.text_folding import fold

MIN_SCORE = 88.0
FILLABLE = ("patronymic", "sex", "country", "organisation_id", "position", "email", "phone")


@dataclass(frozen=True)
class DuplicatePair:
    first_id: int
    second_id: int
    first_name: str
    second_name: str
    score: float


@dataclass(frozen=True)
class MergeRecord:
    """A merge done earlier, as the duplicates review lists it (to undo one of them)."""

    id: int
    kept_id: int
    kept_name: str
    dropped_name: str
    merged_at: datetime
    undone: bool


def _plain(row: Any) -> dict[str, Any]:
    """A row's column values as JSON-friendly data."""
    values = {}
    for column in row.__table__.columns:
        value = getattr(row, column.key)
        values[column.key] = value.isoformat() if isinstance(value, date | datetime) else value
    return values


def _restored(model: type[Any], values: dict[str, Any]) -> Any:
    """A new row of `model` from `_plain` values (dates and times parsed back)."""
    columns = model.__table__.columns
    parsed = {}
    for key, value in values.items():
        column_type = columns[key].type
        if value is not None and isinstance(column_type, DateTime):
            value = datetime.fromisoformat(value)
        elif value is not None and isinstance(column_type, Date):
            value = date.fromisoformat(value)
        parsed[key] = value
    return model(**parsed)


def _compatible(a: str, b: str) -> bool:
    return not a or not b or fold(a) == fold(b)


class DuplicateService:
    def __init__(self, session_scope: SessionScope) -> None:
        self._scope = session_scope

    def candidates(self, limit: int = 200, min_score: float = MIN_SCORE) -> list[DuplicatePair]:
        """Likely pairs, best first: close names, compatible patronymics."""
        with self._scope() as session:
            people = session.scalars(
                select(Person).where(Person.erased_at.is_(None)).order_by(Person.id)
            ).all()
            keyed = [
                (p, f"{fold(p.family_name)} {fold(p.given_name)}", fold(p.patronymic))
                for p in people
            ]
        blocks: dict[str, list[tuple[Person, str, str]]] = defaultdict(list)
        for entry in keyed:
            blocks[entry[1][:2]].append(entry)
        pairs = []
        for block in blocks.values():
            for index, (first, first_key, first_patronymic) in enumerate(block):
                for second, second_key, second_patronymic in block[index + 1 :]:
                    if not _compatible(first_patronymic, second_patronymic):
                        continue
                    score = fuzz.ratio(first_key, second_key)
                    if score >= min_score:
                        pairs.append(
                            DuplicatePair(
                                first.id,
                                second.id,
                                person_name(first),
                                person_name(second),
                                round(score, 1),
                            )
                        )
        pairs.sort(key=lambda p: (-p.score, p.first_id, p.second_id))
        return pairs[:limit]

    def merge(self, keep_id: int, drop_id: int) -> int:
        """Fold `drop_id` into `keep_id`; return the merge's id (for `undo`)."""
        if keep_id == drop_id:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "A person cannot be merged with themselves.")
            )
        with self._scope() as session:
            keep, drop = person_or_error(session, keep_id), person_or_error(session, drop_id)
            for person in (keep, drop):  # a merge would fill an erased record in again
                if person.erased_at is not None:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP(
                            "Errors", "Person {id} was erased, so they cannot be merged."
                        ),
                        id=person.id,
                    )
            recipe: dict[str, Any] = {
                "person": _plain(drop),
                "moved": [],
                "folded": [],
                "filled": {},
            }
            for name in FILLABLE:
                if not getattr(keep, name) and getattr(drop, name):
                    recipe["filled"][name] = getattr(keep, name)
                    setattr(keep, name, getattr(drop, name))
            kept_by_workshop = {
                r.workshop_id: r
                for r in session.scalars(
                    select(Registration).where(Registration.person_id == keep.id)
                )
            }
            for registration in session.scalars(
                select(Registration).where(Registration.person_id == drop.id)
            ).all():
                target = kept_by_workshop.get(registration.workshop_id)
                if target is None:
                    registration.person_id = keep.id
                    recipe["moved"].append(registration.id)
                else:
                    recipe["folded"].append(_fold_registration(session, registration, target))
            recipe["speakers_moved"], recipe["speakers_dropped"] = _move_speaker_links(
                session, drop.id, keep.id
            )
            session.flush()
            session.delete(drop)
            session.flush()
            merge = PersonMerge(kept_person_id=keep.id, dropped_person_id=drop_id, undo=recipe)
            session.add(merge)
            session.flush()
            return merge.id

    def undo(self, merge_id: int) -> int:
        """Put a merge back: the dropped person, their registrations and marks; return their id."""
        with self._scope() as session:
            merge = session.get(PersonMerge, merge_id)
            if merge is None or merge.undone:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "There is no merge {id} to undo."), id=merge_id
                )
            recipe = merge.undo
            if recipe == ERASED_RECIPE:  # its person's data was erased: nothing to put back
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "Merge {id} cannot be undone: the person's data was erased."
                    ),
                    id=merge_id,
                )
            keep = person_or_error(session, merge.kept_person_id)
            for name, value in recipe["filled"].items():
                setattr(keep, name, value)
            dropped = _restored(Person, recipe["person"])
            session.add(dropped)
            session.flush()
            index_words(session, dropped)
            for registration_id in recipe["moved"]:
                registration = session.get(Registration, registration_id)
                if registration is not None:
                    registration.person_id = dropped.id
            for folded in recipe["folded"]:
                session.add(_restored(Registration, folded["registration"]))
                session.flush()
                for mark_id in folded["moved_marks"]:
                    mark = session.get(Attendance, mark_id)
                    if mark is not None:
                        mark.registration_id = folded["registration"]["id"]
                for mark in folded["dropped_marks"]:
                    session.add(_restored(Attendance, mark))
                for before in folded.get("joined_marks", []):  # none in merges before scans
                    joined = session.get(Attendance, before["id"])
                    if joined is not None:
                        joined.scans = before["scans"]
                        joined.marked_at = datetime.fromisoformat(before["marked_at"])
            for link_id in recipe.get("speakers_moved", []):
                link = session.get(AgendaSpeaker, link_id)
                if link is not None:
                    link.person_id = dropped.id
            for link in recipe.get("speakers_dropped", []):
                session.add(_restored(AgendaSpeaker, link))
            merge.undone = True
            return int(dropped.id)

    def merges(self, limit: int = 100) -> list[MergeRecord]:
        """The latest merges, newest first, with both names (the dropped one from the recipe)."""
        statement = (
            select(PersonMerge, Person)
            .join(Person, Person.id == PersonMerge.kept_person_id)
            .order_by(PersonMerge.id.desc())
            .limit(limit)
        )
        with self._scope() as session:
            return [
                MergeRecord(
                    id=merge.id,
                    kept_id=kept.id,
                    kept_name=person_name(kept),
                    dropped_name=" ".join(
                        str(part)
                        for key in ("family_name", "given_name", "patronymic")
                        if (part := merge.undo.get("person", {}).get(key))
                    ),
                    merged_at=merge.created_at,
                    undone=merge.undone,
                )
                for merge, kept in session.execute(statement)
            ]


def _move_speaker_links(
    session: Session, drop_id: int, keep_id: int
) -> tuple[list[int], list[dict[str, Any]]]:
    """Hand the dropped person's agenda sessions to the kept one (the link of a session both
    speak at is dropped); returns the moved link ids and the dropped links, for undo."""
    kept_sessions = set(
        session.scalars(select(AgendaSpeaker.session_id).where(AgendaSpeaker.person_id == keep_id))
    )
    moved, dropped = [], []
    for link in session.scalars(
        select(AgendaSpeaker).where(AgendaSpeaker.person_id == drop_id)
    ).all():
        if link.session_id in kept_sessions:
            dropped.append(_plain(link))
            session.delete(link)
        else:
            link.person_id = keep_id
            moved.append(link.id)
    return moved, dropped


def _scanned(mark: Attendance) -> dict[str, Any]:
    """A mark's scans and time as JSON (times as UTC ISO 8601 text, as scans hold them)."""
    return {"scans": list(mark.scans or []), "marked_at": as_utc(mark.marked_at).isoformat()}


def _join_scans(kept: Attendance, dropped: Attendance) -> None:
    """`kept` holding every scan of both marks, marked at the earliest: nothing either record
    of the person was scanned for is lost."""
    scans, earliest = joined_scans(_scanned(kept), _scanned(dropped))
    kept.scans = scan_records(scans)
    if earliest is not None:
        kept.marked_at = datetime.fromisoformat(earliest)


def _fold_registration(
    session: Session, source: Registration, target: Registration
) -> dict[str, Any]:
    """Move `source`'s marks onto `target` (both at one workshop), then drop `source`."""
    taken = {
        (m.day, m.session_key): m
        for m in session.scalars(select(Attendance).where(Attendance.registration_id == target.id))
    }
    moved, dropped, joined = [], [], []
    for mark in session.scalars(
        select(Attendance).where(Attendance.registration_id == source.id)
    ).all():
        kept = taken.get((mark.day, mark.session_key))
        if kept is not None:
            joined.append({"id": kept.id, **_scanned(kept)})
            _join_scans(kept, mark)
            dropped.append(_plain(mark))
            session.delete(mark)
        else:
            mark.registration_id = target.id
            moved.append(mark.id)
    session.flush()
    record = {
        "registration": _plain(source),
        "moved_marks": moved,
        "dropped_marks": dropped,
        "joined_marks": joined,  # the kept marks' scans and time before, for undo
    }
    session.delete(source)
    session.flush()
    return record
