"""Workshops and who is registered for them: planning, listing, registering people."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from jpoa_desktop.db.engine import SessionScope
from jpoa_desktop.db.workshop_models import (
    REGISTRATION_STATUSES,
    ROLES,
    WORKSHOP_KINDS,
    WORKSHOP_STATUSES,
    Organisation,
    Person,
    Registration,
    Workshop,
    WorkshopTag,
)
from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from jpoa_desktop.services.views import RegistrationView, WorkshopSummary, pick

# Badge codes are read off a badge or typed at the door: no 0/O, 1/I/L look-alikes.
BADGE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
BADGE_LENGTH = 6


@dataclass(frozen=True)
class WorkshopInput:
    titles: dict[str, str]
    start: date
    end: date
    kind: str = "workshop"
    venue: str = ""
    city: str = ""
    country: str = ""
    languages: tuple[str, ...] = ("ru", "en")
    organisers: tuple[str, ...] = ()
    partners: tuple[str, ...] = ()
    phase_key: str = ""
    status: str = "planned"
    notes: str = ""
    tags: tuple[str, ...] = field(default_factory=tuple)  # library keys of pillars and areas


def validate_workshop(workshop: WorkshopInput) -> None:
    if not any(t.strip() for t in workshop.titles.values()):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The workshop has no title."))
    if workshop.end < workshop.start:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The workshop ends ({end}) before it starts ({start})."),
            start=workshop.start.isoformat(),
            end=workshop.end.isoformat(),
        )
    if workshop.kind not in WORKSHOP_KINDS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{value}” is not a kind of workshop."), value=workshop.kind
        )
    if workshop.status not in WORKSHOP_STATUSES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{value}” is not a workshop status."),
            value=workshop.status,
        )


def new_workshop(session: Session, workshop: WorkshopInput) -> Workshop:
    validate_workshop(workshop)
    row = Workshop(
        titles={lang: text.strip() for lang, text in workshop.titles.items() if text.strip()},
        kind=workshop.kind,
        start_date=workshop.start,
        end_date=workshop.end,
        venue=workshop.venue,
        city=workshop.city,
        country=workshop.country,
        languages=list(workshop.languages),
        organisers=list(workshop.organisers),
        partners=list(workshop.partners),
        phase_key=workshop.phase_key,
        status=workshop.status,
        notes=workshop.notes,
        tags=[WorkshopTag(item_key=key) for key in dict.fromkeys(workshop.tags)],
    )
    session.add(row)
    return row


def new_badge_code(session: Session) -> str:
    while True:
        code = "".join(secrets.choice(BADGE_ALPHABET) for _ in range(BADGE_LENGTH))
        if session.scalar(select(Registration.id).where(Registration.badge_code == code)) is None:
            return code


def full_name(person: Person) -> str:
    return " ".join(p for p in (person.family_name, person.given_name, person.patronymic) if p)


class WorkshopService:
    def __init__(self, session_scope: SessionScope) -> None:
        self._scope = session_scope

    def create(self, workshop: WorkshopInput) -> int:
        with self._scope() as session:
            row = new_workshop(session, workshop)
            session.flush()
            return row.id

    def workshops(self, lang: str, year: int | None = None) -> list[WorkshopSummary]:
        counts = (
            select(Registration.workshop_id, func.count(Registration.id).label("n"))
            .group_by(Registration.workshop_id)
            .subquery()
        )
        statement = (
            select(Workshop, counts.c.n)
            .outerjoin(counts, counts.c.workshop_id == Workshop.id)
            .order_by(Workshop.start_date.desc(), Workshop.id)
        )
        if year is not None:
            statement = statement.where(
                Workshop.start_date >= date(year, 1, 1), Workshop.start_date <= date(year, 12, 31)
            )
        with self._scope() as session:
            return [_summary(w, n or 0, lang) for w, n in session.execute(statement)]

    def get(self, workshop_id: int, lang: str) -> WorkshopSummary:
        with self._scope() as session:
            workshop = workshop_or_error(session, workshop_id)
            count = session.scalar(
                select(func.count(Registration.id)).where(Registration.workshop_id == workshop_id)
            )
            return _summary(workshop, count or 0, lang)

    def register(
        self,
        workshop_id: int,
        person_id: int,
        role: str = "participant",
        status: str = "invited",
    ) -> str:
        """Register a person (once per workshop); return the badge code."""
        if role not in ROLES:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "“{value}” is not a role."), value=role
            )
        if status not in REGISTRATION_STATUSES:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "“{value}” is not a registration status."),
                value=status,
            )
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
            code = new_badge_code(session)
            session.add(
                Registration(
                    workshop_id=workshop_id,
                    person_id=person_id,
                    role=role,
                    status=status,
                    badge_code=code,
                )
            )
            return code

    def registrations(self, workshop_id: int) -> list[RegistrationView]:
        with self._scope() as session:
            workshop_or_error(session, workshop_id)
            return registration_views(session, Registration.workshop_id == workshop_id)


def registration_views(
    session: Session, *conditions: ColumnElement[bool], limit: int | None = None
) -> list[RegistrationView]:
    """Registrations matching `conditions`, with their person and organisation, by name."""
    statement = (
        select(Registration, Person, Organisation.name)
        .join(Person, Person.id == Registration.person_id)
        .outerjoin(Organisation, Organisation.id == Person.organisation_id)
        .where(*conditions)
        .order_by(Person.sort_key, Person.id)
        .limit(limit)
    )
    return [
        RegistrationView(
            id=registration.id,
            person_id=person.id,
            name=full_name(person),
            organisation=organisation or "",
            role=registration.role,
            status=registration.status,
            badge_code=registration.badge_code,
        )
        for registration, person, organisation in session.execute(statement)
    ]


def workshop_or_error(session: Session, workshop_id: int) -> Workshop:
    workshop = session.get(Workshop, workshop_id)
    if workshop is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "There is no workshop with id {id}."), id=workshop_id
        )
    return workshop


def _summary(workshop: Workshop, participants: int, lang: str) -> WorkshopSummary:
    return WorkshopSummary(
        id=workshop.id,
        title=pick(workshop.titles, lang),
        start=workshop.start_date,
        end=workshop.end_date,
        city=workshop.city,
        country=workshop.country,
        status=workshop.status,
        participants=participants,
    )
