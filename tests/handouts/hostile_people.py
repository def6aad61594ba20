"""A workshop whose database holds what old files and other paths let in: names of ten
thousand letters, Chinese and Arabic names, an emoji, control characters.

The rows are written straight into the database (as an older version, an import or a merge
could have left them), so the tests hold however strictly today's forms check their input.
"""

from __future__ import annotations

from datetime import date, time

from sqlalchemy import update

from jpoa_desktop.db.agenda_models import AgendaSession
from jpoa_desktop.db.workshop_models import Organisation, Person
from jpoa_desktop.model.agenda import SessionInput
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.people.people import PeopleService, PersonInput
from jpoa_desktop.services.workshops.agenda import AgendaService
from jpoa_desktop.services.workshops.workshops import WorkshopInput, WorkshopService

START = date(2026, 6, 1)
LONG_FAMILY = "Абдурахмановзода" * 625  # 10,000 letters, one "word"
LONG_ORGANISATION = ("Министерство внутренних дел Республики Таджикистан " * 200)[:10_000]
LONG_POSITION = ("главный специалист отдела " * 400)[:10_000]
LONG_TITLE = ("Противодействие финансированию терроризма " * 120)[:5_000]


def _workshop(db: Database) -> int:
    return WorkshopService(db.session_scope).create(
        WorkshopInput(titles={"ru": "Региональная встреча", "en": "Regional meeting"},
                      start=START, end=START, city="Dushanbe")
    )  # fmt: skip


def _person(db: Database, workshop: int, role: str = "participant", **fields: str) -> int:
    """Register a plain person, then overwrite their row with `fields` as stored."""
    person = PeopleService(db.session_scope).add(PersonInput("Placeholder", "Person"))
    WorkshopService(db.session_scope).register(workshop, person, role=role, status="attended")
    fields = {"latin_family_name": "", "latin_given_name": "", **fields}
    organisation = fields.pop("organisation", None)
    with db.session_scope() as session:
        if organisation is not None:
            row = Organisation(name=organisation)
            session.add(row)
            session.flush()
            fields["organisation_id"] = row.id  # type: ignore[assignment]
        session.execute(update(Person).where(Person.id == person).values(**fields))
    return person


def long_texts_workshop(db: Database) -> int:
    """One person whose family name, organisation and position are 10,000 letters long, one
    ordinary colleague, and a session whose title is 5,000 letters long."""
    workshop = _workshop(db)
    speaker = _person(db, workshop, family_name=LONG_FAMILY, given_name="Рустам",
                      organisation=LONG_ORGANISATION, position=LONG_POSITION,
                      sort_key="a", role="speaker")  # fmt: skip
    _person(db, workshop, family_name="Каримова", given_name="Дилноза",
            organisation="Генеральная прокуратура", sort_key="b")  # fmt: skip
    agenda = AgendaService(db.session_scope)
    agenda.add_session(workshop, SessionInput(START, time(9), time(10), {"ru": "Открытие"},
                                              speakers=(speaker,)))  # fmt: skip
    with db.session_scope() as session:
        session.execute(update(AgendaSession).values(titles={"ru": LONG_TITLE, "en": LONG_TITLE}))
    return workshop


CHINESE = ("王", "小明", "Wang", "Xiaoming")
ARABIC = ("نوری", "احمد")  # Nuri Ahmad, as written in Dari
HEBREW = ("כהן", "דוד")


def letters_workshop(db: Database) -> int:
    """A Chinese observer with a Latin spelling, one without, an emoji in an organisation, a
    Dari name in Arabic script, a Hebrew name, and control characters in a position."""
    workshop = _workshop(db)
    _person(db, workshop, family_name=CHINESE[0], given_name=CHINESE[1],
            latin_family_name=CHINESE[2], latin_given_name=CHINESE[3],
            organisation="中国外交部", sort_key="a")  # fmt: skip
    _person(db, workshop, family_name="李", given_name="😀", sort_key="b")
    _person(db, workshop, family_name="Ғафурова", given_name="Мунира",
            organisation="Агентство 🌍 по контролю", position="Эксперт\x07\x1b[31m\tотдела",
            sort_key="c")  # fmt: skip
    _person(db, workshop, family_name=ARABIC[0], given_name=ARABIC[1],
            latin_family_name="Nuri", latin_given_name="Ahmad", sort_key="d")  # fmt: skip
    _person(db, workshop, family_name=HEBREW[0], given_name=HEBREW[1], sort_key="e")
    return workshop
