"""The participant directory: adding people and finding them again in any script or spelling.

A query matches when each of its words starts a word of the person's name in `person_words`'
index, so `Юсупов`, `Yusupov`, `Iusupov` and `yusupov` find the same person.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from sqlalchemy import and_, delete, func, select
from sqlalchemy.orm import Session

from jpoa_desktop.db.bulk import insert_plain, insert_rows
from jpoa_desktop.db.engine import SessionScope
from jpoa_desktop.db.workshop_models import Organisation, Person, PersonWordIndex, Registration
from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from jpoa_desktop.model import text_input as limits
from jpoa_desktop.model.codes import ORGANISATION_KINDS
from jpoa_desktop.model.text_input import check_length, clean_line, clean_text
from jpoa_desktop.model.workshops import PersonSummary
from jpoa_desktop.services.edit_conflicts import saved_over
from jpoa_desktop.services.indexes.person_words import (
    index_words,
    name_word_filters,
    sort_key,
    word_rows,
)
from jpoa_desktop.texts.transliteration import to_latin

SEXES = ("", "female", "male")
KINDS = ORGANISATION_KINDS  # for the person form: the UI never imports db/
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
SEARCH_LIMIT = 50
FIELD_LIMITS = {
    "family_name": limits.PERSON_NAME, "given_name": limits.PERSON_NAME,
    "patronymic": limits.PERSON_NAME, "latin_family_name": limits.PERSON_NAME,
    "latin_given_name": limits.PERSON_NAME, "organisation": limits.ORGANISATION,
    "position": limits.POSITION, "email": limits.EMAIL, "phone": limits.PHONE,
    "notes": limits.NOTES,
}  # fmt: skip


@dataclass(frozen=True)
class OrganisationChoice:
    """An organisation the directory knows, offered when typing a person's organisation."""

    name: str
    kind: str
    country: str


@dataclass(frozen=True)
class PersonRecord:
    """A stored person as a form edits them: the values, plus what decides if they can go.

    `person` holds the stored Latin spelling (not re-suggested) and the organisation's kind, so
    that saving it unchanged writes the same values back (an edit's undo relies on that).
    """

    id: int
    person: PersonInput
    registrations: int


@dataclass(frozen=True)
class PersonInput:
    """A person as typed in a form or read from a file; names are kept exactly as written."""

    family_name: str
    given_name: str
    patronymic: str = ""
    latin_family_name: str = ""
    latin_given_name: str = ""
    sex: str = ""
    country: str = ""
    organisation: str = ""
    organisation_kind: str = "ministry"
    position: str = ""
    email: str = ""
    phone: str = ""
    languages: tuple[str, ...] = field(default_factory=tuple)
    consent_data: bool = False
    consent_photos: bool = False
    consent_date: date | None = None
    notes: str = ""


def cleaned(person: PersonInput) -> PersonInput:
    """The person as stored: control and bidi-override characters gone, NFC, one line per field
    but the notes (`text_input`). Names are otherwise kept exactly as written."""
    changed: dict[str, Any] = {}
    for name in FIELD_LIMITS:
        value = getattr(person, name)
        clean = clean_text(value) if name == "notes" else clean_line(value)
        if clean != value:
            changed[name] = clean
    languages = tuple(w for w in (clean_line(x) for x in person.languages) if w)
    if languages != person.languages:
        changed["languages"] = languages
    # Most people arrive clean: no copy then, which a 10,000-row import notices.
    return replace(person, **changed) if changed else person


def validate(person: PersonInput) -> None:
    """Raise ValidationError naming the first field a user must fix, as the person will be
    stored (`cleaned`): a name of control characters only is empty, one too long is refused.

    Each error carries `field` (a `PersonInput` attribute) so that a form can point at the box
    to correct; the message itself does not use it.
    """
    validated(person)


def validated(person: PersonInput) -> PersonInput:
    """The person as stored (`cleaned`), once `validate` finds nothing to fix."""
    person = cleaned(person)
    _check_cleaned(person)
    return person


def _check_cleaned(person: PersonInput) -> None:
    """`validate` for a person already `cleaned` (bulk writers clean once, then check)."""
    if not person.family_name.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The family name is empty."), field="family_name"
        )
    if not person.given_name.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The given name is empty."), field="given_name"
        )
    if person.sex not in SEXES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{value}” is not a sex the app knows."),
            value=person.sex,
            field="sex",
        )
    if person.email and not EMAIL.fullmatch(person.email.strip()):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{value}” is not an e-mail address."),
            value=person.email,
            field="email",
        )
    if person.country and not re.fullmatch(r"[A-Z]{2}", person.country):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{value}” is not a two-letter country code."),
            value=person.country,
            field="country",
        )
    if person.organisation_kind not in ORGANISATION_KINDS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{value}” is not a kind of organisation."),
            value=person.organisation_kind,
            field="organisation_kind",
        )
    for name, limit in FIELD_LIMITS.items():
        check_length(getattr(person, name), limit, name)


def latin_spelling(person: PersonInput) -> tuple[str, str]:
    """The Latin family and given names: as typed, or suggested by ICAO 9303 transliteration."""
    family = person.latin_family_name.strip() or to_latin(person.family_name.strip())
    given = person.latin_given_name.strip() or to_latin(person.given_name.strip())
    return family, given


def organisation_id(session: Session, name: str, kind: str, country: str) -> int | None:
    """The organisation of that name in that country, created when new."""
    name = " ".join(clean_line(name).split())
    if not name:
        return None
    found = session.scalar(
        select(Organisation.id).where(Organisation.name == name, Organisation.country == country)
    )
    if found is not None:
        return found
    organisation = Organisation(name=name, kind=kind, country=country)
    session.add(organisation)
    session.flush()
    return organisation.id


def person_values(
    person: PersonInput, organisation: int | None, *, already_validated: bool = False
) -> dict[str, Any]:
    """The validated column values of a new person, derived fields included.

    Plain values rather than an ORM object, so bulk writers (imports, the demo) can insert
    thousands of people at once; `person_row` wraps them for single edits. A bulk writer that
    made each person with `validated` says so and is spared the same work twice.
    """
    if not already_validated:
        person = validated(person)
    latin_family, latin_given = (n[: limits.PERSON_NAME] for n in latin_spelling(person))
    patronymic = person.patronymic.strip()
    return {
        "family_name": person.family_name.strip(),
        "given_name": person.given_name.strip(),
        "patronymic": patronymic,
        "latin_family_name": latin_family,
        "latin_given_name": latin_given,
        "sex": person.sex,
        "country": person.country,
        "organisation_id": organisation,
        "position": person.position.strip(),
        "email": person.email.strip(),
        "phone": person.phone.strip(),
        "languages": list(person.languages),
        "consent_data": person.consent_data,
        "consent_photos": person.consent_photos,
        "consent_date": person.consent_date,
        "notes": person.notes,
        "sort_key": sort_key(latin_family, latin_given, patronymic),
    }


def person_row(person: PersonInput, organisation: int | None) -> Person:
    """A validated Person row with its derived fields, not yet in any session."""
    return Person(**person_values(person, organisation))


def insert_people(session: Session, rows: Sequence[dict[str, Any]]) -> list[int]:
    """Insert people from `person_values` rows, with their search words; return their ids."""
    ids = insert_rows(session, Person, rows)
    words = [
        word
        for person_id, values in zip(ids, rows, strict=True)
        for word in word_rows(person_id, values)
    ]
    insert_plain(session, PersonWordIndex, words)
    return ids


def new_person(session: Session, person: PersonInput) -> Person:
    """Add a validated person, with their organisation and their search words."""
    validate(person)
    org = organisation_id(session, person.organisation, person.organisation_kind, person.country)
    row = person_row(person, org)
    session.add(row)
    session.flush()
    index_words(session, row)
    return row


def person_or_error(session: Session, person_id: int) -> Person:
    """The stored person, or a message saying that `person_id` names nobody."""
    row = session.get(Person, person_id)
    if row is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "There is no person with id {id}."), id=person_id
        )
    return row


def _registrations(session: Session, person_id: int) -> int:
    statement = select(func.count()).select_from(Registration)
    return int(session.scalar(statement.where(Registration.person_id == person_id)) or 0)


def _keep_organisation_kind(session: Session, organisation: int | None, kind: str) -> None:
    """The form shows the organisation's kind; a changed kind is the organisation's new kind."""
    if organisation is None:
        return
    row = session.get(Organisation, organisation)
    if row is not None and row.kind != kind:
        row.kind = kind


def _as_input(person: Person, organisation: Organisation | None) -> PersonInput:
    return PersonInput(
        family_name=person.family_name,
        given_name=person.given_name,
        patronymic=person.patronymic,
        latin_family_name=person.latin_family_name,
        latin_given_name=person.latin_given_name,
        sex=person.sex,
        country=person.country,
        organisation=organisation.name if organisation is not None else "",
        organisation_kind=organisation.kind if organisation is not None else "ministry",
        position=person.position,
        email=person.email,
        phone=person.phone,
        languages=tuple(person.languages or ()),
        consent_data=person.consent_data,
        consent_photos=person.consent_photos,
        consent_date=person.consent_date,
        notes=person.notes,
    )


class PeopleService:
    def __init__(self, session_scope: SessionScope) -> None:
        self._scope = session_scope
        self._index_checked = False  # see `search`

    def add(self, person: PersonInput) -> int:
        with self._scope() as session:
            row = new_person(session, person)
            _keep_organisation_kind(session, row.organisation_id, person.organisation_kind)
            session.flush()
            return row.id

    def get(self, person_id: int) -> PersonRecord:
        """The stored person, ready to fill a form; ValidationError when they are gone."""
        with self._scope() as session:
            row = person_or_error(session, person_id)
            registrations = _registrations(session, person_id)
            return PersonRecord(row.id, _as_input(row, row.organisation), registrations)

    def update(self, person_id: int, person: PersonInput, base: PersonInput | None = None) -> None:
        """Replace a person's values in one transaction, with their search words and sort key
        (an empty Latin field suggested again from the name); checked over `base` as
        `WorkshopService.update` is."""
        with self._scope() as session:
            row = person_or_error(session, person_id)
            if base is not None:
                person = saved_over(row, (base, person), _as_input(row, row.organisation))
            org = organisation_id(
                session, person.organisation, person.organisation_kind, person.country
            )
            for column, value in person_values(person, org).items():
                setattr(row, column, value)
            _keep_organisation_kind(session, org, person.organisation_kind)
            session.flush()
            index_words(session, row)

    def delete(self, person_id: int) -> None:
        """Remove a person who was never registered; registered people are kept (their
        attendance is a workshop's record), so deleting them is a ValidationError."""
        with self._scope() as session:
            row = person_or_error(session, person_id)
            registrations = _registrations(session, person_id)
            if registrations:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{name} cannot be deleted while registered for a workshop "
                        "(registrations: {count}).",
                    ),
                    name=f"{row.family_name} {row.given_name}",
                    count=registrations,
                )
            session.execute(delete(PersonWordIndex).where(PersonWordIndex.person_id == person_id))
            session.delete(row)

    def organisations(self, limit: int = 2_000) -> list[OrganisationChoice]:
        """Known organisations by name, for the form's organisation box."""
        statement = (
            select(Organisation.name, Organisation.kind, Organisation.country)
            .order_by(Organisation.name, Organisation.country)
            .limit(limit)
        )
        with self._scope() as session:
            return [OrganisationChoice(*values) for values in session.execute(statement)]

    def count(self) -> int:
        with self._scope() as session:
            return int(session.scalar(select(func.count(Person.id))) or 0)

    def search(self, query: str, limit: int = SEARCH_LIMIT) -> list[PersonSummary]:
        """People whose every name word is started by a query word, in any script, by name.

        Only the first words of a long query count (`query_words`): a thousand words would be
        a thousand SQL conditions, past what the database accepts.
        """
        matches = name_word_filters(query)
        if not matches:
            return []
        if not self._index_checked:
            from jpoa_desktop.services.indexes.versions import (
                refresh_if_stale,  # builds on this one
            )

            refresh_if_stale(self._scope)
            self._index_checked = True
        statement = (
            select(Person, Organisation.name)
            .outerjoin(Organisation, Organisation.id == Person.organisation_id)
            .where(and_(*matches))
            .order_by(Person.sort_key, Person.id)
            .limit(limit)
        )
        with self._scope() as session:
            return [summary(person, org) for person, org in session.execute(statement)]


def summary(person: Person, organisation: str | None) -> PersonSummary:
    return PersonSummary(
        id=person.id,
        family_name=person.family_name,
        given_name=person.given_name,
        patronymic=person.patronymic,
        latin=f"{person.latin_family_name} {person.latin_given_name}".strip(),
        organisation=organisation or "",
        country=person.country,
    )
