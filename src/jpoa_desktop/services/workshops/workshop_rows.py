"""Workshop rows inside one session: the pieces every workshop use case shares.

The services (workshops, attendance, import, export) build their transactions from these, so a
workshop is validated, looked up and listed the same way everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, or_, select
from sqlalchemy.orm import Session

from jpoa_desktop.db.models import LibraryItem
from jpoa_desktop.db.workshop_models import (
    Organisation,
    Person,
    Registration,
    Workshop,
    WorkshopTag,
)
from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from jpoa_desktop.model import text_input as limits
from jpoa_desktop.model.badge_codes import random_badge_code
from jpoa_desktop.model.codes import REGISTRATION_STATUSES, ROLES, WORKSHOP_KINDS, WORKSHOP_STATUSES
from jpoa_desktop.model.languages import pick
from jpoa_desktop.model.text_input import check_length, clean_line, clean_text
from jpoa_desktop.model.workshops import RegistrationView, WorkshopSummary
from jpoa_desktop.services.people.erasure import person_name

# Languages a workshop can work in (and have a title in), in the order forms offer them.
WORKING_LANGUAGES = ("ru", "en", "kk", "ky", "tg", "uz", "tk")
SORTS = ("start", "title", "city", "country", "kind", "status", "participants")


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
    """Refuse what a user must fix, judged on the values as stored (`workshop_columns`)."""
    if not any(clean_line(t) for t in workshop.titles.values()):
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
    country = workshop.country
    if country and not (len(country) == 2 and country.isascii() and country.isupper()):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{value}” is not a two-letter country code."),
            value=country,
        )
    for title in workshop.titles.values():
        check_length(clean_line(title), limits.WORKSHOP_TITLE, "titles")
    check_length(clean_line(workshop.venue), limits.VENUE, "venue")
    check_length(clean_line(workshop.city), limits.CITY, "city")
    for name in (*workshop.organisers, *workshop.partners):
        check_length(clean_line(name), limits.ORGANISER, "organisers")
    check_length(clean_text(workshop.notes), limits.NOTES, "notes")


def _lines(texts: tuple[str, ...]) -> list[str]:
    """Each text cleaned (`text_input.clean_line`), empty ones and repeats dropped."""
    return [t for t in dict.fromkeys(clean_line(t) for t in texts) if t]


def workshop_columns(workshop: WorkshopInput) -> dict[str, object]:
    """The workshop's own columns (everything but tags), cleaned the same way on create and edit."""
    return {
        "titles": {k: t for k, v in workshop.titles.items() if (t := clean_line(v))},
        "kind": workshop.kind,
        "start_date": workshop.start,
        "end_date": workshop.end,
        "venue": clean_line(workshop.venue),
        "city": clean_line(workshop.city),
        "country": workshop.country,
        "languages": list(dict.fromkeys(workshop.languages)),
        "organisers": _lines(workshop.organisers),
        "partners": _lines(workshop.partners),
        "phase_key": workshop.phase_key,
        "status": workshop.status,
        "notes": clean_text(workshop.notes),
    }


def new_workshop(session: Session, workshop: WorkshopInput) -> Workshop:
    validate_workshop(workshop)
    row = Workshop(
        **workshop_columns(workshop),
        tags=[WorkshopTag(item_key=key) for key in dict.fromkeys(workshop.tags)],
    )
    session.add(row)
    return row


def new_badge_code(session: Session) -> str:
    """A code no registration in the database has yet."""
    while True:
        code = random_badge_code()
        if session.scalar(select(Registration.id).where(Registration.badge_code == code)) is None:
            return code


def full_name(person: Person) -> str:
    """Family, given, patronymic; an erased person's placeholder (`people/erasure.py`)."""
    return person_name(person)


def latin_name(person: Person) -> str:
    """The Latin spelling of the family and given names (no patronymic)."""
    return f"{person.latin_family_name} {person.latin_given_name}".strip()


def check_registration(role: str, status: str) -> None:
    if role not in ROLES:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "“{value}” is not a role."), value=role)
    if status not in REGISTRATION_STATUSES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{value}” is not a registration status."), value=status
        )


def tagged_with_pillar(pillar: str) -> Select[Any]:
    """Ids of workshops tagged with `pillar` or with one of its areas (library children)."""
    pillar_id = select(LibraryItem.id).where(LibraryItem.key == pillar).scalar_subquery()
    areas = select(LibraryItem.key).where(LibraryItem.parent_id == pillar_id)
    return select(WorkshopTag.workshop_id).where(
        or_(WorkshopTag.item_key == pillar, WorkshopTag.item_key.in_(areas))
    )


def text_matches(text: str) -> ColumnElement[bool]:
    """Titles (every language), city or venue contain `text`.

    SQLite folds case for ASCII letters only, so the typed text is also tried in lower case,
    capitalised and upper case: «семинар» finds «Семинар», as a user would expect.
    """
    variants = dict.fromkeys((text, text.lower(), text.capitalize(), text.upper()))
    columns = [Workshop.titles[lang].as_string() for lang in WORKING_LANGUAGES]
    columns += [Workshop.city, Workshop.venue]
    escaped = [v.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") for v in variants]
    return or_(*(c.like(f"%{v}%", escape="\\") for c in columns for v in escaped))


def input_of(row: Workshop) -> WorkshopInput:
    """The workshop's settings as a form would submit them (for edits, copies and undo)."""
    return WorkshopInput(
        titles=dict(row.titles),
        start=row.start_date,
        end=row.end_date,
        kind=row.kind,
        venue=row.venue,
        city=row.city,
        country=row.country,
        languages=tuple(row.languages),
        organisers=tuple(row.organisers),
        partners=tuple(row.partners),
        phase_key=row.phase_key,
        status=row.status,
        notes=row.notes,
        tags=tuple(t.item_key for t in row.tags),
    )


def replace_dates(settings: WorkshopInput, start: date, offset: int) -> WorkshopInput:
    """The settings of a copy: moved by `offset` days to `start`, planned again."""
    values = dict(settings.__dict__)
    values.update(start=start, end=settings.end + timedelta(days=offset), status="planned")
    return WorkshopInput(**values)


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
            latin=latin_name(person),
        )
        for registration, person, organisation in session.execute(statement)
    ]


def summary(workshop: Workshop, participants: int, lang: str) -> WorkshopSummary:
    return WorkshopSummary(
        id=workshop.id,
        title=pick(workshop.titles, lang),
        start=workshop.start_date,
        end=workshop.end_date,
        city=workshop.city,
        country=workshop.country,
        status=workshop.status,
        participants=participants,
        kind=workshop.kind,
    )
