"""Workshops and who is registered for them: planning, listing, editing, copying, registering.

Each public call is one unit of work (one transaction). The list is filtered and sorted in SQL so
that 400 workshops or 4,000 reset the table equally fast. The pieces shared with attendance,
import and export live in `workshop_rows`; reading one workshop in full in `workshop_detail`.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import delete, func, insert, select

from jpoa_desktop.db.engine import SessionScope
from jpoa_desktop.db.workshop_models import (
    Attendance,
    Person,
    Registration,
    Workshop,
    WorkshopTag,
    registration_or_error,
    workshop_or_error,
)
from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from jpoa_desktop.model.badge_codes import BADGE_ALPHABET, BADGE_LENGTH
from jpoa_desktop.model.workshops import (
    RegistrationView,
    WorkshopChoices,
    WorkshopDetail,
    WorkshopSummary,
)
from jpoa_desktop.services.edit_conflicts import saved_over
from jpoa_desktop.services.exchange.backup import backup_before
from jpoa_desktop.services.library.library import LibraryService
from jpoa_desktop.services.workshops import workshop_snapshot as snapshot
from jpoa_desktop.services.workshops.agenda_rows import copy_agenda
from jpoa_desktop.services.workshops.workshop_detail import workshop_choices, workshop_detail
from jpoa_desktop.services.workshops.workshop_rows import (
    SORTS,
    WORKING_LANGUAGES,
    WorkshopInput,
    check_registration,
    full_name,
    input_of,
    latin_name,
    new_badge_code,
    new_workshop,
    registration_views,
    replace_dates,
    summary,
    tagged_with_pillar,
    text_matches,
    validate_workshop,
    workshop_columns,
)
from jpoa_desktop.services.workshops.workshop_snapshot import DeletedWorkshop
from jpoa_desktop.services.workshops.workshop_snapshot import Row as MarkRow

__all__ = [
    "BADGE_ALPHABET",
    "BADGE_LENGTH",
    "SORTS",
    "WORKING_LANGUAGES",
    "DeletedWorkshop",
    "WorkshopInput",
    "WorkshopService",
    "full_name",
    "latin_name",
    "new_badge_code",
    "new_workshop",
    "registration_views",
    "validate_workshop",
    "workshop_or_error",
]


class WorkshopService:
    def __init__(self, session_scope: SessionScope) -> None:
        self._scope = session_scope

    def create(self, workshop: WorkshopInput) -> int:
        with self._scope() as session:
            row = new_workshop(session, workshop)
            session.flush()
            return row.id

    def workshops(
        self,
        lang: str,
        year: int | None = None,
        country: str | None = None,
        pillar: str | None = None,
        status: str | None = None,
        text: str | None = None,
        sort: str = "start",
        descending: bool = True,
    ) -> list[WorkshopSummary]:
        """The list, newest first by default. `pillar` (a library key) matches workshops tagged
        with the pillar or with any of its framework areas; `text` looks in every title, the
        city and the venue."""
        counts = (
            select(Registration.workshop_id, func.count(Registration.id).label("n"))
            .group_by(Registration.workshop_id)
            .subquery()
        )
        statement = select(Workshop, counts.c.n).outerjoin(
            counts, counts.c.workshop_id == Workshop.id
        )
        if year is not None:
            statement = statement.where(
                Workshop.start_date >= date(year, 1, 1), Workshop.start_date <= date(year, 12, 31)
            )
        if country:
            statement = statement.where(Workshop.country == country)
        if status:
            statement = statement.where(Workshop.status == status)
        if pillar:
            statement = statement.where(Workshop.id.in_(tagged_with_pillar(pillar)))
        if text and text.strip():
            statement = statement.where(text_matches(text.strip()))
        title = func.coalesce(
            Workshop.titles[lang].as_string(), Workshop.titles["en"].as_string(), ""
        )
        keys = {
            "start": Workshop.start_date,
            "title": title,
            "city": Workshop.city,
            "country": Workshop.country,
            "kind": Workshop.kind,
            "status": Workshop.status,
            "participants": func.coalesce(counts.c.n, 0),
        }
        key = keys.get(sort, Workshop.start_date)
        order = key.desc() if descending else key.asc()
        secondary = Workshop.start_date.desc() if descending else Workshop.start_date.asc()
        statement = statement.order_by(order, secondary, Workshop.id)
        with self._scope() as session:
            return [summary(w, n or 0, lang) for w, n in session.execute(statement)]

    def years(self) -> list[int]:
        """The years in which workshops start, newest first (for the list's year filter)."""
        year = func.extract("year", Workshop.start_date)
        with self._scope() as session:
            return sorted({int(y) for y in session.scalars(select(year).distinct())}, reverse=True)

    def countries(self) -> list[str]:
        """Every country code a workshop was held in, alphabetically."""
        with self._scope() as session:
            found = session.scalars(select(Workshop.country).distinct())
            return sorted(c for c in found if c)

    def get(self, workshop_id: int, lang: str) -> WorkshopSummary:
        with self._scope() as session:
            workshop = workshop_or_error(session, workshop_id)
            count = session.scalar(
                select(func.count(Registration.id)).where(Registration.workshop_id == workshop_id)
            )
            return summary(workshop, count or 0, lang)

    def update(
        self, workshop_id: int, workshop: WorkshopInput, base: WorkshopInput | None = None
    ) -> None:
        """Replace every field and the tags, validated as on create, in one transaction.

        With `base` (the fields as the form read them) the save is checked: a field someone
        else saved differently since raises `EditConflict`, nothing written (`edit_conflicts`).
        """
        validate_workshop(workshop)
        with self._scope() as session:
            row = workshop_or_error(session, workshop_id)
            if base is not None:
                workshop = saved_over(row, (base, workshop), input_of(row))
                validate_workshop(workshop)
            for name, value in workshop_columns(workshop).items():
                setattr(row, name, value)
            wanted = list(dict.fromkeys(workshop.tags))
            row.tags = [t for t in row.tags if t.item_key in wanted]
            kept = {t.item_key for t in row.tags}
            row.tags.extend(WorkshopTag(item_key=k) for k in wanted if k not in kept)

    def copy(self, workshop_id: int, start: date, titles: dict[str, str] | None = None) -> int:
        """A new planned workshop with the settings, tags, agenda and branding of another,
        moved to start on `start` (same length). People are not copied: each workshop
        registers its own."""
        from jpoa_desktop.services.workshops.branding_rows import copy_branding

        with self._scope() as session:
            source = workshop_or_error(session, workshop_id)
            offset = (start - source.start_date).days
            settings = replace_dates(input_of(source), start, offset)
            if titles is not None:
                settings = WorkshopInput(**{**settings.__dict__, "titles": titles})
            target = new_workshop(session, settings)
            session.flush()
            copy_agenda(session, workshop_id, target.id, offset)
            copy_branding(session, workshop_id, target.id)
            return target.id

    def delete(self, workshop_id: int) -> DeletedWorkshop:
        """Delete the workshop with its tags, agenda, registrations, attendance marks and
        branding (the database cascades). Returns every row it removed, for `restore`."""
        with self._scope() as session:
            workshop_or_error(session, workshop_id)
            backup_before(session, "before-delete")
            kept = snapshot.take(session, workshop_id)
            session.execute(delete(Workshop).where(Workshop.id == workshop_id))
            return kept

    def restore(self, deleted: DeletedWorkshop) -> int:
        """Undo a delete: the workshop and everything it owned, in one transaction."""
        with self._scope() as session:
            return snapshot.put_back(session, deleted)

    def register(
        self,
        workshop_id: int,
        person_id: int,
        role: str = "participant",
        status: str = "invited",
        badge_code: str | None = None,
        marks: tuple[MarkRow, ...] = (),
    ) -> str:
        """Register a person (once per workshop); return the badge code.

        `badge_code` reuses a code when it is still free, and `marks` are attendance marks
        `unregister` returned: undoing a removal gives the person back the badge they may
        already be wearing and the days they were there, in the same transaction."""
        check_registration(role, status)
        with self._scope() as session:
            workshop_or_error(session, workshop_id)
            existing = session.scalar(
                select(Registration).where(
                    Registration.workshop_id == workshop_id, Registration.person_id == person_id
                )
            )
            if existing is not None:
                return existing.badge_code
            if session.get(Person, person_id) is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "There is no person with id {id}."), id=person_id
                )
            code = badge_code or ""
            if not code or session.scalar(
                select(Registration.id).where(Registration.badge_code == code)
            ):
                code = new_badge_code(session)
            registration = Registration(
                workshop_id=workshop_id,
                person_id=person_id,
                role=role,
                status=status,
                badge_code=code,
            )
            session.add(registration)
            session.flush()
            for mark in marks:
                values = {k: v for k, v in mark.items() if k != "id"}
                session.execute(
                    insert(Attendance).values(**{**values, "registration_id": registration.id})
                )
            return code

    def set_registration(self, registration_id: int, role: str, status: str) -> None:
        """Change a registration's role and status (the badge code stays)."""
        check_registration(role, status)
        with self._scope() as session:
            registration = registration_or_error(session, registration_id)
            registration.role, registration.status = role, status

    def unregister(self, registration_id: int, force: bool = False) -> tuple[MarkRow, ...]:
        """Remove a person from a workshop; return the attendance marks removed with them.

        Attendance marks are the only record that someone was there (certificates, reports to
        donors) and go with the registration. So a registration with marks is refused unless
        `force` is given: the GUI then asks, naming how many days would be lost, and forces,
        keeping the returned marks so that undo can put them back (`register(marks=...)`).
        """
        with self._scope() as session:
            registration = registration_or_error(session, registration_id)
            marks = tuple(
                dict(row._mapping)
                for row in session.execute(
                    select(Attendance.__table__).where(
                        Attendance.registration_id == registration_id
                    )
                )
            )
            days = sum(1 for mark in marks if mark["session_key"] == "")
            if marks and not force:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{name} has attendance marks on {count} day(s); removing the "
                        "registration would delete them.",
                    ),
                    name=full_name(session.get_one(Person, registration.person_id)),
                    count=days,
                )
            session.delete(registration)
            return marks

    def registration_of(self, workshop_id: int, person_id: int) -> RegistrationView | None:
        """A person's registration for a workshop (ids change when a workshop is restored;
        the pair does not)."""
        with self._scope() as session:
            found = registration_views(
                session,
                Registration.workshop_id == workshop_id,
                Registration.person_id == person_id,
            )
            return found[0] if found else None

    def attendance_marks(self, registration_id: int) -> int:
        """On how many days this registration was marked present (what removing it loses)."""
        with self._scope() as session:
            return (
                session.scalar(
                    select(func.count(Attendance.id)).where(
                        Attendance.registration_id == registration_id,
                        Attendance.session_key == "",
                    )
                )
                or 0
            )

    def detail(self, workshop_id: int, lang: str) -> WorkshopDetail:
        """Every field of one workshop, library keys shown as titles in `lang`."""
        with self._scope() as session:
            return workshop_detail(session, workshop_or_error(session, workshop_id), lang)

    def choices(self, lang: str) -> WorkshopChoices:
        """The pillars with their areas, partners and phases the workshop form offers."""
        pillars = LibraryService(self._scope).pillars(lang)
        with self._scope() as session:
            return workshop_choices(session, lang, pillars)

    def registrations(self, workshop_id: int) -> list[RegistrationView]:
        with self._scope() as session:
            workshop_or_error(session, workshop_id)
            return registration_views(session, Registration.workshop_id == workshop_id)
