"""A small classroom for tests of tests and evaluations: a workshop, its participants present on
some days, and single-choice questions in the bank, made through the app's own services."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from jpoa_desktop.db.evaluation_models import Question
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.people.people import PeopleService, PersonInput
from jpoa_desktop.services.workshops.attendance import AttendanceService
from jpoa_desktop.services.workshops.workshops import WorkshopInput, WorkshopService

START = date(2026, 3, 2)
NAMES = (
    ("Ҷӯраев", "Фарҳод", "male"),
    ("Öwezowa", "Maýsa", "female"),
    ("Ким", "Ольга", "female"),
    ("Қасымов", "Ерлан", "male"),
    ("Toshmatova", "Dilnoza", "female"),
)


@dataclass(frozen=True)
class Classroom:
    workshop_id: int
    registration_ids: tuple[int, ...]
    codes: tuple[str, ...]  # badge codes, in the order of the names


def classroom(
    db: Database,
    names: Sequence[tuple[str, str, str]] = NAMES,
    days: int = 2,
    present_days: Sequence[int] | None = None,
) -> Classroom:
    """A workshop of `days` days from 2 March 2026; person i is present on the first
    `present_days[i]` days (every day when not given)."""
    from jpoa_desktop.db.workshop_models import Registration

    workshops = WorkshopService(db.session_scope)
    people = PeopleService(db.session_scope)
    door = AttendanceService(db.session_scope)
    workshop = workshops.create(
        WorkshopInput(
            titles={"ru": "Управление границами", "en": "Border management"},
            start=START,
            end=START + timedelta(days=days - 1),
            city="Bishkek",
        )
    )
    codes: list[str] = []
    for index, (family, given, sex) in enumerate(names):
        person = people.add(PersonInput(family, given, sex=sex, country="KG"))
        code = workshops.register(workshop, person, status="confirmed")
        codes.append(code)
        present = days if present_days is None else present_days[index]
        for day in range(present):
            when = datetime(2026, 3, 2, 9, tzinfo=UTC) + timedelta(days=day)
            door.mark(workshop, code, START + timedelta(days=day), now=when)
    with db.session_scope() as session:
        ids = {
            badge: registration_id
            for registration_id, badge in session.query(Registration.id, Registration.badge_code)
        }
    return Classroom(workshop, tuple(ids[code] for code in codes), tuple(codes))


def add_test_questions(
    db: Database, count: int, item_key: str = "pillar-1", options: int = 4
) -> list[int]:
    """`count` single-choice questions in English and Russian; question i's right answer is
    the letter i mod `options` (A, B, C, D, A…)."""
    ids: list[int] = []
    with db.session_scope() as session:
        for i in range(count):
            question = Question(
                item_key=item_key,
                purpose="test",
                kind="single",
                texts={"en": f"Question {i + 1}?", "ru": f"Вопрос {i + 1}?"},
                options=[{"en": f"Option {n + 1}", "ru": f"Ответ {n + 1}"} for n in range(options)],
                correct="ABCDEFGH"[i % options],
            )
            session.add(question)
            session.flush()
            ids.append(question.id)
    return ids
