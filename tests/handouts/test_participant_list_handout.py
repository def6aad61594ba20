"""The list of participants: sorted as asked, the chosen columns, whole words, page X of Y."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from jpoa_desktop.errors import ValidationError
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.handouts.handouts import HandoutService
from jpoa_desktop.services.people.people import PeopleService, PersonInput
from jpoa_desktop.services.workshops.workshops import WorkshopInput, WorkshopService

PEOPLE = [
    PersonInput("Юсупов", "Тимур", country="UZ", organisation="Министерство юстиции",
                email="t.yusupov@example.uz"),
    PersonInput("Ахмедова", "Нилуфар", country="TJ", organisation="Генеральная прокуратура"),
    PersonInput("Öwezowa", "Maýsa", country="TM", organisation="Daşary işler ministrligi",
                phone="+993 12 34 56 78"),
    PersonInput("Кенжебаева", "Күләш", country="KZ", organisation="Верховный суд"),
]  # fmt: skip


@pytest.fixture
def workshop(empty_db: Database) -> int:
    workshops = WorkshopService(empty_db.session_scope)
    workshop = workshops.create(
        WorkshopInput(titles={"ru": "Правосудие", "en": "Justice"}, start=date(2026, 4, 6),
                      end=date(2026, 4, 8), city="Tashkent")
    )  # fmt: skip
    directory = PeopleService(empty_db.session_scope)
    for person in PEOPLE:
        workshops.register(workshop, directory.add(person), role="participant")
    return workshop


def _text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


def test_sorted_by_country_with_country_names_in_the_language(
    empty_db: Database, workshop: int, tmp_path: Path
) -> None:
    out = tmp_path / "list.pdf"
    HandoutService(empty_db.session_scope).write(
        "participant-list", workshop, out, "ru", "en", sort="country"
    )
    text = _text(out)
    assert "Список участников / List of participants" in text
    order = [text.index(p.family_name) for p in PEOPLE]
    # KZ, TJ, TM, UZ
    assert order[3] < order[1] < order[2] < order[0]
    for country in ("Казахстан", "Таджикистан", "Туркменистан", "Узбекистан"):
        assert country in text  # whole: never cut in two by a narrow column
    assert "Страница 1 из 1" in text
    assert "t.yusupov@example.uz" not in text  # e-mail is not a default column


def test_chosen_columns_turn_the_page_to_landscape_and_show_contacts(
    empty_db: Database, workshop: int, tmp_path: Path
) -> None:
    out = tmp_path / "list-uz.pdf"
    english = HandoutService(empty_db.session_scope).write(
        "participant-list",
        workshop,
        out,
        "uz",
        columns=("organisation", "country", "role", "email", "phone"),
    )
    page = PdfReader(out).pages[0]
    assert float(page.mediabox.width) > float(page.mediabox.height)
    text = _text(out)
    assert "Ishtirokchilar roʻyxati" in text and "Oʻzbekiston" in text
    assert "t.yusupov@example.uz" in text and "+993 12 34 56 78" in text
    assert english == []
    assert "Ishtirokchi" in text and "Participant" not in text


def test_an_unknown_sort_or_column_is_refused(
    empty_db: Database, workshop: int, tmp_path: Path
) -> None:
    service = HandoutService(empty_db.session_scope)
    with pytest.raises(ValidationError, match="not a way to sort"):
        service.write("participant-list", workshop, tmp_path / "x.pdf", "en", sort="age")
    with pytest.raises(ValidationError, match="not a column of the list"):
        service.write("participant-list", workshop, tmp_path / "x.pdf", "en", columns=("salary",))
