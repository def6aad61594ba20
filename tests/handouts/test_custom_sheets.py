"""Label sheets given by their measurements: parsed, refused when they cannot work, and badges
on them keep every text above the country line."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from jpoa_desktop.errors import ValidationError
from jpoa_desktop.handouts.badges import build_placed as build
from jpoa_desktop.handouts.common.page import PAPERS
from jpoa_desktop.handouts.common.sheets import cells, template
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.handouts.handouts import HandoutService
from jpoa_desktop.services.people.people import PeopleService, PersonInput
from jpoa_desktop.services.workshops.workshops import WorkshopInput, WorkshopService

MINISTRY = "Государственный комитет национальной безопасности Кыргызской Республики"


def test_a_custom_sheet_is_centred_on_its_paper_unless_placed() -> None:
    sheet = template("a4:3x8:70x37")
    assert (sheet.columns, sheet.rows, sheet.width_mm, sheet.height_mm) == (3, 8, 70, 37)
    assert sheet.left_mm == 0 and sheet.top_mm == pytest.approx(0.5)
    placed = template("letter:2x5:101.6x50.8:6.35,12.7:0,0")
    assert placed.paper == "letter" and placed.left_mm == pytest.approx(6.35)
    assert template(placed.name) == placed  # its name reads back as the same sheet
    width, height = PAPERS["a4"]
    for x, y, w, h in cells(sheet, height):
        assert x >= 0 and y >= 0 and x + w <= width + 0.01 and y + h <= height + 0.01


@pytest.mark.parametrize(
    ("spec", "says"),
    [
        ("a4:3x8:70x38", "do not fit on A4 paper"),
        ("a4:4x8:45x37", "too small for a badge"),
        ("a4:3:70x37", "not a label sheet size"),
        ("a5:2x4:90x60", "not a label sheet size"),
        ("a4:2x4:95x68:21,12.5", "do not fit"),
        ("a4:2xfour:95x68", "not a label sheet size"),
    ],
)
def test_a_sheet_that_cannot_work_is_refused_with_the_reason(spec: str, says: str) -> None:
    with pytest.raises(ValidationError) as raised:
        template(spec)
    assert says in str(raised.value)


def test_on_small_labels_the_names_shrink_before_the_ministry_reaches_the_country_line(
    empty_db: Database, tmp_path: Path
) -> None:
    workshops = WorkshopService(empty_db.session_scope)
    workshop = workshops.create(
        WorkshopInput(titles={"ru": "Семинар"}, start=date(2026, 5, 4), end=date(2026, 5, 5))
    )
    directory = PeopleService(empty_db.session_scope)
    for n in range(5):
        person = PersonInput(f"Абдылдаев{n}", "Айбек", "Алтынбекович", organisation=MINISTRY,
                             country="KG")  # fmt: skip
        workshops.register(workshop, directory.add(person))
    data = HandoutService(empty_db.session_scope).badge_data(workshop, "ru", "a4:3x8:70x37")
    out = tmp_path / "badges.pdf"
    _english, placed = build(data, out)
    boxes = cells(data.sheet, PAPERS["a4"][1])
    country_line = 4 * 2.834645669 + 7  # the country's baseline (PAD) plus its 7 pt type
    ministries = [block for block in placed if block.text == MINISTRY]
    assert len(ministries) == 5
    for block in ministries:
        x, y, w, _h = next(b for b in boxes if b[0] <= block.x <= b[0] + b[2]
                          and b[1] <= block.y <= b[1] + b[3])  # fmt: skip
        assert block.x + block.width <= x + w
        assert block.y >= y + country_line, block.y - y
    text = PdfReader(out).pages[0].extract_text()
    assert text.count("Кыргызстан") == 5
