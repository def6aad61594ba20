"""Exporting participants, registrations and attendance to CSV or XLSX for Excel."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from jpoa_desktop.db.engine import SessionScope
from jpoa_desktop.db.workshop_models import (
    Attendance,
    Organisation,
    Person,
    Registration,
    workshop_or_error,
)
from jpoa_desktop.io.writing.export import Cell, write_table
from jpoa_desktop.model.progress import CancelCheck, Progress, never_cancelled, no_progress
from jpoa_desktop.model.workshops import workshop_days

PERSON_HEADERS = {
    "en": (
        "Family name", "Given name", "Patronymic", "Family name (Latin)", "Given name (Latin)",
        "Sex", "Country", "Organisation", "Position", "E-mail", "Phone",
    ),
    "ru": (
        "Фамилия", "Имя", "Отчество", "Фамилия (лат.)", "Имя (лат.)",
        "Пол", "Страна", "Организация", "Должность", "Эл. почта", "Телефон",
    ),
}  # fmt: skip
REGISTRATION_HEADERS = {
    "en": ("Role", "Status", "Badge code"),
    "ru": ("Роль", "Статус", "Код бейджа"),
}
DIRECTORY_HEADERS = {"en": ("Workshops",), "ru": ("Мероприятий",)}
SEX = {"en": {"female": "F", "male": "M"}, "ru": {"female": "Ж", "male": "М"}}
WORDS: dict[str, dict[str, str]] = {
    "en": {},
    "ru": {
        "participant": "участник",
        "speaker": "докладчик",
        "facilitator": "модератор",
        "organiser": "организатор",
        "observer": "наблюдатель",
        "invited": "приглашен",
        "confirmed": "подтвержден",
        "attended": "присутствовал",
        "no_show": "не явился",
        "cancelled": "отменен",
    },
}


def _person_cells(person: Person, organisation: str | None, lang: str) -> list[Cell]:
    return [
        person.family_name,
        person.given_name,
        person.patronymic,
        person.latin_family_name,
        person.latin_given_name,
        SEX[lang].get(person.sex, ""),
        person.country,
        organisation or "",
        person.position,
        person.email,
        person.phone,
    ]


class ParticipantExportService:
    def __init__(self, session_scope: SessionScope) -> None:
        self._scope = session_scope

    def export(
        self,
        target: Path,
        workshop_id: int | None = None,
        lang: str = "en",
        progress: Progress = no_progress,
        cancelled: CancelCheck = never_cancelled,
    ) -> int:
        """Write the directory, or one workshop's registrations with attendance; return rows."""
        lang = lang if lang in PERSON_HEADERS else "en"
        if workshop_id is None:
            headers, rows = self._directory(lang)
        else:
            headers, rows = self._workshop(workshop_id, lang)
        write_table(target, headers, rows, progress, cancelled)
        return len(rows)

    def _directory(self, lang: str) -> tuple[list[str], list[list[Cell]]]:
        counts = (
            select(Registration.person_id, func.count(Registration.id).label("n"))
            .group_by(Registration.person_id)
            .subquery()
        )
        statement = (
            select(Person, Organisation.name, counts.c.n)
            .outerjoin(Organisation, Organisation.id == Person.organisation_id)
            .outerjoin(counts, counts.c.person_id == Person.id)
            .order_by(Person.sort_key, Person.id)
        )
        with self._scope() as session:
            rows = [
                [*_person_cells(person, organisation, lang), n or 0]
                for person, organisation, n in session.execute(statement)
            ]
        return [*PERSON_HEADERS[lang], *DIRECTORY_HEADERS[lang]], rows

    def _workshop(self, workshop_id: int, lang: str) -> tuple[list[str], list[list[Cell]]]:
        with self._scope() as session:
            workshop = workshop_or_error(session, workshop_id)
            days = workshop_days(workshop.start_date, workshop.end_date)
            present: dict[int, set[date]] = defaultdict(set)
            marks = session.execute(
                select(Attendance.registration_id, Attendance.day)
                .join(Registration, Registration.id == Attendance.registration_id)
                .where(Registration.workshop_id == workshop_id)
            )
            for registration_id, day in marks:
                present[registration_id].add(day)
            statement = (
                select(Registration, Person, Organisation.name)
                .join(Person, Person.id == Registration.person_id)
                .outerjoin(Organisation, Organisation.id == Person.organisation_id)
                .where(Registration.workshop_id == workshop_id)
                .order_by(Person.sort_key, Person.id)
            )
            rows = [
                [
                    *_person_cells(person, organisation, lang),
                    WORDS[lang].get(registration.role, registration.role),
                    WORDS[lang].get(registration.status, registration.status),
                    registration.badge_code,
                    *("+" if day in present[registration.id] else "" for day in days),
                ]
                for registration, person, organisation in session.execute(statement)
            ]
        headers = [
            *PERSON_HEADERS[lang],
            *REGISTRATION_HEADERS[lang],
            *(day.strftime("%d.%m.%Y") for day in days),
        ]
        return headers, rows
