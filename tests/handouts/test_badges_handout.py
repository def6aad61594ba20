"""Badges: N-up on named sheets, every text inside its badge, names in every script."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from jpoa_desktop.errors import ValidationError
from jpoa_desktop.handouts.badges import build_placed as build
from jpoa_desktop.handouts.common.page import PAPERS
from jpoa_desktop.handouts.common.sheets import TEMPLATES, cells
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.handouts.handouts import HandoutService
from jpoa_desktop.services.people.people import PeopleService, PersonInput
from jpoa_desktop.services.workshops.workshops import WorkshopInput, WorkshopService

LONG_MINISTRY = (
    "Министерство внутренних дел Республики Таджикистан, Главное управление по борьбе с терроризмом"
)[:90]


def _workshop(db: Database, people: list[PersonInput]) -> int:
    workshops = WorkshopService(db.session_scope)
    workshop = workshops.create(
        WorkshopInput(titles={"ru": "Семинар"}, start=date(2026, 5, 4), end=date(2026, 5, 5))
    )
    directory = PeopleService(db.session_scope)
    for person in people:
        workshops.register(workshop, directory.add(person), role="speaker")
    return workshop


def test_every_template_fits_its_paper() -> None:
    for sheet in TEMPLATES.values():
        width, height = PAPERS[sheet.paper]
        for x, y, w, h in cells(sheet, height):
            assert x >= 0 and y >= 0 and x + w <= width + 0.01 and y + h <= height + 0.01


def test_twenty_badges_on_a_two_by_four_sheet_fill_three_pages(
    empty_db: Database, tmp_path: Path
) -> None:
    people = [PersonInput(f"Каримов{n}", "Азиз", organisation="МВД") for n in range(20)]
    workshop = _workshop(empty_db, people)
    out = tmp_path / "badges.pdf"
    HandoutService(empty_db.session_scope).write("badges", workshop, out, "ru", template="a4-2x4")
    reader = PdfReader(out)
    assert len(reader.pages) == 3
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert all(f"Каримов{n}" in text for n in range(20))
    assert text.count("Докладчик") == 20  # the role band


def test_a_ninety_character_ministry_stays_inside_its_badge(
    empty_db: Database, tmp_path: Path
) -> None:
    assert len(LONG_MINISTRY) == 90
    people = [
        PersonInput("Раҳимзода-Ҷамолиддинов", "Ҷамшед", "Ҳасанович", organisation=LONG_MINISTRY,
                    country="TJ"),
        PersonInput("Oʻrinboyev", "Gʻayrat", country="UZ"),
    ]  # fmt: skip
    workshop = _workshop(empty_db, people)
    data = HandoutService(empty_db.session_scope).badge_data(workshop, "ru", "a4-2x5")
    out = tmp_path / "badges.pdf"
    _english, placed = build(data, out)
    boxes = cells(data.sheet, PAPERS["a4"][1])
    for block in placed:
        box = next(
            b for b in boxes if b[0] <= block.x <= b[0] + b[2] and b[1] <= block.y <= b[1] + b[3]
        )
        x, y, w, h = box
        assert block.x >= x and block.x + block.width <= x + w
        assert block.y >= y and block.y + block.height <= y + h, block.text
    # And in the PDF itself: every piece of the ministry's name is drawn inside its badge.
    ministry = next(b for b in placed if b.text == LONG_MINISTRY)
    x, y, w, h = next(b for b in boxes if b[0] <= ministry.x <= b[0] + b[2])
    seen: list[tuple[str, float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, _size: object) -> None:
        if text.strip():  # where the text starts on the page: the text matrix, then the CTM
            seen.append(
                (text, tm[4] * cm[0] + tm[5] * cm[2] + cm[4], tm[4] * cm[1] + tm[5] * cm[3] + cm[5])
            )

    page = PdfReader(out).pages[0]
    page.extract_text(visitor_text=visit)
    pieces = [(t, px, py) for t, px, py in seen if t.strip() and t.strip() in LONG_MINISTRY]
    words = " ".join(t.strip() for t, _x, _y in pieces).split()
    assert words[: len(LONG_MINISTRY.split())] == LONG_MINISTRY.split()  # then the country
    for _text, px, py in pieces:
        assert x <= px <= x + w and y <= py <= y + h, (_text, px, py)
    text = page.extract_text()
    assert "Раҳимзода-Ҷамолиддинов" in text and "Oʻrinboyev" in text
    assert "Rahimzoda-Jamoliddinov Jamshed" in text  # the Latin spelling under the Cyrillic
    assert "Oʻzbekiston" not in text and "Узбекистан" in text  # the country in Russian


def test_an_unknown_sheet_is_refused(empty_db: Database, tmp_path: Path) -> None:
    workshop = _workshop(empty_db, [PersonInput("Ким", "Ольга")])
    with pytest.raises(ValidationError, match="not a label sheet"):
        HandoutService(empty_db.session_scope).write(
            "badges", workshop, tmp_path / "x.pdf", "ru", template="a3-9x9"
        )


def test_the_printer_offset_moves_every_badge_and_the_test_page_shows_it(
    empty_db: Database, tmp_path: Path
) -> None:
    workshop = _workshop(empty_db, [PersonInput("Ким", "Ольга", organisation="МИД")])
    service = HandoutService(empty_db.session_scope)
    plain = build(service.badge_data(workshop, "ru", "a4-2x4"), tmp_path / "a.pdf")[1]
    shifted = build(service.badge_data(workshop, "ru", "a4-2x4", (2.0, 1.0)), tmp_path / "b.pdf")[1]
    for before, after in zip(plain, shifted, strict=True):
        assert after.x - before.x == pytest.approx(2.0 * 72 / 25.4)  # 2 mm to the right
        assert before.y - after.y == pytest.approx(1.0 * 72 / 25.4)  # 1 mm down
    page = tmp_path / "calibration.pdf"
    service.write("calibration", 0, page, "en", template="a4-3x3", offset_mm=(1.5, -0.5))
    (only,) = PdfReader(page).pages
    assert "a4-3x3: offset +1.5 mm right, -0.5 mm down" in only.extract_text()
