"""Exporting participants, registrations and attendance to CSV or XLSX for Excel.

Besides names and contacts, a row says what a donor's table and a data-protection check ask
for: the kind of the person's organisation (a word in the export's language), the languages
they speak, and their consents (data, photos, and when). These columns come after the ones
earlier exports had, so a macro or a pivot built on those keeps its columns; their headers are
ones the participant import recognises, so an export still reads back in (the kind is not a
field of the import: it belongs to the organisation, chosen in the person's form).
"""

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
ABOUT_HEADERS = {
    "en": ("Organisation kind", "Languages", "Consent to personal data", "Consent to photos",
           "Consent date"),
    "ru": ("Вид организации", "Языки", "Согласие на обработку данных", "Согласие на фото",
           "Дата согласия"),
}  # fmt: skip
DIRECTORY_HEADERS = {"en": ("Workshops",), "ru": ("Мероприятий",)}
YES_NO = {"en": ("yes", "no"), "ru": ("да", "нет")}  # words the import reads back
# An organisation's kind as the person's form shows it (the Russian words of the app's catalogue).
KIND_NAMES = {
    "en": {
        "ministry": "Ministry",
        "law_enforcement": "Law enforcement",
        "judiciary": "Judiciary",
        "parliament": "Parliament",
        "civil_society": "Civil society",
        "academia": "Academia",
        "media": "Media",
        "international_organisation": "International organisation",
    },
    "ru": {
        "ministry": "Министерство",
        "law_enforcement": "Правоохранительные органы",
        "judiciary": "Судебные органы",
        "parliament": "Парламент",
        "civil_society": "Гражданское общество",
        "academia": "Научное сообщество",
        "media": "СМИ",
        "international_organisation": "Международная организация",
    },
}
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


def _about_cells(person: Person, kind: str | None, lang: str) -> list[Cell]:
    """Organisation kind, languages and consents (blank kind for a person with no organisation)."""
    yes, no = YES_NO[lang]
    return [
        KIND_NAMES[lang].get(kind, kind) if kind else "",
        ", ".join(person.languages or ()),
        yes if person.consent_data else no,
        yes if person.consent_photos else no,
        person.consent_date.strftime("%d.%m.%Y") if person.consent_date else "",
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
            select(Person, Organisation.name, Organisation.kind, counts.c.n)
            .outerjoin(Organisation, Organisation.id == Person.organisation_id)
            .outerjoin(counts, counts.c.person_id == Person.id)
            .order_by(Person.sort_key, Person.id)
        )
        with self._scope() as session:
            rows = [
                [
                    *_person_cells(person, organisation, lang),
                    *_about_cells(person, kind, lang),
                    n or 0,
                ]
                for person, organisation, kind, n in session.execute(statement)
            ]
        headers = [*PERSON_HEADERS[lang], *ABOUT_HEADERS[lang], *DIRECTORY_HEADERS[lang]]
        return headers, rows

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
                select(Registration, Person, Organisation.name, Organisation.kind)
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
                    *_about_cells(person, kind, lang),
                    *("+" if day in present[registration.id] else "" for day in days),
                ]
                for registration, person, organisation, kind in session.execute(statement)
            ]
        headers = [
            *PERSON_HEADERS[lang],
            *REGISTRATION_HEADERS[lang],
            *ABOUT_HEADERS[lang],
            *(day.strftime("%d.%m.%Y") for day in days),
        ]
        return headers, rows
