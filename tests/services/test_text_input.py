"""Texts are bounded and clean at input: a pasted 10,000-character name is refused with one line
(in a form, or as one row's problem in an import), and control characters and bidi overrides
are stripped before anything is stored, whichever way the text came in."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time
from pathlib import Path
from typing import Any

import pytest

from jpoa_desktop.errors import ValidationError
from jpoa_desktop.model.agenda import SessionInput
from jpoa_desktop.model.text_input import clean_line, clean_text
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.people.participant_import import ParticipantImportService
from jpoa_desktop.services.people.people import PeopleService, PersonInput
from jpoa_desktop.services.workshops.agenda import AgendaService
from jpoa_desktop.services.workshops.workshops import WorkshopInput, WorkshopService

HUGE = "Я" * 10_000
RLO = "\u202e"  # RIGHT-TO-LEFT OVERRIDE: "Trojan Source"
DECOMPOSED_I = "и\u0306"  # "й" typed as "и" + a combining breve


def test_a_ten_thousand_character_name_is_refused_in_one_line_and_nothing_is_stored(
    empty_db: Database,
) -> None:
    people = PeopleService(empty_db.session_scope)
    with pytest.raises(ValidationError) as refused:
        people.add(PersonInput(HUGE, "Мария"))
    message = str(refused.value)
    assert "\n" not in message and len(message) < 120
    assert message.startswith("“ЯЯЯ") and message.endswith("is too long: at most 120 characters.")
    assert refused.value.values["field"] == "family_name"
    assert people.count() == 0


@pytest.mark.parametrize(
    ("field", "limit"),
    [("organisation", 300), ("position", 300), ("phone", 40), ("notes", 10_000)],
)
def test_every_person_field_has_a_limit(empty_db: Database, field: str, limit: int) -> None:
    people = PeopleService(empty_db.session_scope)
    person = PersonInput("Иванова", "Мария")
    fits: dict[str, Any] = {field: "1" * limit}
    people.add(replace(person, **fits))  # exactly the limit fits
    too_long: dict[str, Any] = {field: "1" * (limit + 1)}
    with pytest.raises(ValidationError, match=f"at most {limit} characters"):
        people.add(replace(person, **too_long))


def test_control_characters_and_bidi_overrides_never_reach_the_database(
    empty_db: Database,
) -> None:
    people = PeopleService(empty_db.session_scope)
    person_id = people.add(
        PersonInput(
            f"Ива{RLO}нов\x00",
            f"Ма\x1bрия{DECOMPOSED_I}",
            organisation="МВД\u2066\x85",
            phone="+7\t701",
            notes="Первая строка\r\nвторая\x07",
        )
    )
    stored = people.get(person_id).person
    assert (stored.family_name, stored.given_name) == ("Иванов", "Марияй")
    assert stored.organisation == "МВД" and stored.phone == "+7 701"
    assert stored.notes == "Первая строка\nвторая"
    assert people.search("Иванов")[0].id == person_id
    people.update(person_id, PersonInput(f"\u202aПетров{RLO}", "Иван"))
    assert people.get(person_id).person.family_name == "Петров"


def test_a_name_of_control_characters_only_is_empty(empty_db: Database) -> None:
    with pytest.raises(ValidationError, match="The family name is empty"):
        PeopleService(empty_db.session_scope).add(PersonInput("\x00\x01\u202e", "Мария"))


def test_a_too_long_name_in_an_imported_list_is_a_problem_of_that_row_only(
    empty_db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "list.csv"
    path.write_text(
        f"Фамилия;Имя\r\nИванова;Мария\r\n{'Ж' * 5000};Алия\r\nКим\x07{RLO};Ольга\r\n",
        encoding="utf-8",
    )
    workshop = WorkshopService(empty_db.session_scope).create(
        WorkshopInput(titles={"ru": "С"}, start=date(2026, 12, 1), end=date(2026, 12, 1))
    )
    service = ParticipantImportService(empty_db.session_scope)
    plan = service.plan(path)
    assert [p.message for p in plan.problems] == [
        f"row 3: “{'Ж' * 40}…” is too long: at most 120 characters."
    ]
    with pytest.raises(ValidationError, match="nothing was imported"):
        service.apply(plan, workshop)
    assert PeopleService(empty_db.session_scope).count() == 0
    report = service.apply(plan, workshop, skip_invalid=True)
    assert (report.added, report.skipped) == (2, 1)
    names = sorted(p.name for p in WorkshopService(empty_db.session_scope).registrations(workshop))
    assert names == ["Иванова Мария", "Ким Ольга"]


def _workshop(**more: object) -> WorkshopInput:
    values: dict[str, object] = {
        "titles": {"ru": "Семинар"},
        "start": date(2026, 12, 1),
        "end": date(2026, 12, 2),
    }
    return WorkshopInput(**{**values, **more})  # type: ignore[arg-type]


def test_a_workshop_refuses_a_huge_title_and_stores_its_texts_clean(empty_db: Database) -> None:
    workshops = WorkshopService(empty_db.session_scope)
    with pytest.raises(ValidationError, match="at most 300 characters"):
        workshops.create(_workshop(titles={"ru": HUGE}))
    with pytest.raises(ValidationError, match="at most 120 characters"):
        workshops.create(_workshop(city=HUGE))
    with pytest.raises(ValidationError, match="has no title"):
        workshops.create(_workshop(titles={"ru": "\x00\u202e"}))
    workshop = workshops.create(
        _workshop(
            titles={"ru": f"Семинар{RLO}\x00"},
            venue="Отель\x1b «Казахстан»",
            city="Алматы\n",
            organisers=("ОБСЕ\x07", "ОБСЕ"),
        )
    )
    shown = workshops.detail(workshop, "ru")
    assert shown.titles == {"ru": "Семинар"} and shown.venue == "Отель «Казахстан»"
    assert shown.city == "Алматы" and shown.organisers == ("ОБСЕ",)


def test_an_agenda_session_refuses_a_huge_title_and_strips_control_characters(
    empty_db: Database,
) -> None:
    workshop = WorkshopService(empty_db.session_scope).create(_workshop())
    agenda = AgendaService(empty_db.session_scope)

    def session(title: str, notes: str = "") -> SessionInput:
        return SessionInput(date(2026, 12, 1), time(9), time(10), {"ru": title}, notes=notes)

    with pytest.raises(ValidationError, match="at most 300 characters"):
        agenda.add_session(workshop, session(HUGE))
    with pytest.raises(ValidationError, match="at most 10000 characters"):
        agenda.add_session(workshop, session("Открытие", HUGE + HUGE))
    assert agenda.agenda(workshop, "ru").days[0].sessions == ()
    added = agenda.add_session(workshop, session(f"Откры{RLO}тие\x00", "строка 1\r\nстрока 2\x1b"))
    shown = agenda.agenda(workshop, "ru").session(added)
    assert shown is not None
    assert shown.title == "Открытие" and shown.notes == "строка 1\nстрока 2"


def test_cleaning_keeps_every_letter_of_the_region_and_joins_decomposed_letters() -> None:
    letters = "Әбілқасымова Ғ Қ Ң Ө Ұ Ү Һ І Ӣ Ӯ Ҳ Ҷ Oʻzbek gʻ Türkmen ä ç ň ö ş ü ý ž"
    assert clean_line(letters) == letters
    assert clean_line(f"Андре{DECOMPOSED_I}") == "Андрей"
    assert clean_line("a\tb\nc\u2028d") == "a b c d"
    assert clean_text("a\tb\r\nc\u0085d\u009b") == "a\tb\ncd"


def test_a_certificate_signer_is_stored_without_control_characters(empty_db: Database) -> None:
    from tests.fixtures.make_brand_images import signature_png

    from jpoa_desktop.services.handouts.branding import BrandingService

    workshop = WorkshopService(empty_db.session_scope).create(_workshop())
    branding = BrandingService(empty_db.session_scope)
    image = branding.add_image(
        workshop, "signature", signature_png(), "s.png", f"А. Каримова{RLO}\x00", "Глава\tофиса"
    )
    shown = branding.image(image)
    assert (shown.signer_name, shown.signer_title) == ("А. Каримова", "Глава офиса")
