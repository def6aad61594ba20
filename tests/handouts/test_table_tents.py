"""Table tents: a page per person, the name on both halves, the far half upside down."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pypdf import PageObject, PdfReader

from jpoa_desktop.services.database import Database
from jpoa_desktop.services.handouts.handouts import HandoutService
from jpoa_desktop.services.people.people import PeopleService, PersonInput
from jpoa_desktop.services.workshops.workshops import WorkshopInput, WorkshopService

PEOPLE = [
    PersonInput("Әбілқасымова", "Гүлнұр", country="KZ", organisation="ҰҚК"),
    PersonInput("Öwezowa", "Maýsa", country="TM"),
]


def test_each_person_gets_a_tent_readable_from_both_sides(
    empty_db: Database, tmp_path: Path
) -> None:
    workshops = WorkshopService(empty_db.session_scope)
    workshop = workshops.create(
        WorkshopInput(titles={"en": "Tents"}, start=date(2026, 6, 1), end=date(2026, 6, 1))
    )
    directory = PeopleService(empty_db.session_scope)
    for person in PEOPLE:
        workshops.register(workshop, directory.add(person))
    out = tmp_path / "tents.pdf"
    HandoutService(empty_db.session_scope).write("table-tents", workshop, out, "kk")
    reader = PdfReader(out)
    assert len(reader.pages) == 2
    for person in PEOPLE:
        (page,) = [p for p in reader.pages if person.family_name in p.extract_text()]
        height = float(page.mediabox.height)
        found = _drawings(page, person.family_name)
        upright = [y for scale, y in found if scale > 0]
        upside_down = [y for scale, y in found if scale < 0]
        assert upright and all(y < height / 2 for y in upright)  # the near side, below the fold
        assert upside_down and all(y > height / 2 for y in upside_down)  # the far side
    text = reader.pages[1].extract_text() + reader.pages[0].extract_text()
    assert "Қазақстан" in text and "Түрікменстан" in text  # countries in Kazakh
    assert text.count("Abilkasymova Gulnur") == 2  # the Latin spelling, on both sides
    assert "Öwezowa Maýsa" not in text  # a Latin name needs no second spelling


def _drawings(page: PageObject, name: str) -> list[tuple[float, float]]:
    """(vertical scale, y on the page) of each place `name` is drawn."""
    found: list[tuple[float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], _f: object, _s: object) -> None:
        if name in text:
            found.append((cm[3], tm[4] * cm[1] + tm[5] * cm[3] + cm[5]))

    page.extract_text(visitor_text=visit)
    return found
