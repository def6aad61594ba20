"""The agenda as a PDF: every letter of the region's languages comes back, in the bundled font."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path
from typing import cast

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from jpoa_desktop.errors import ValidationError
from jpoa_desktop.handouts.common.printable import PrintNotices
from jpoa_desktop.model.agenda import SessionInput
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.handouts.handouts import HandoutService
from jpoa_desktop.services.people.people import PeopleService, PersonInput
from jpoa_desktop.services.workshops.agenda import AgendaService
from jpoa_desktop.services.workshops.workshops import WorkshopInput, WorkshopService

DAY = date(2026, 12, 1)
SPEAKERS = [
    PersonInput("Әбілқасымова", "Гүлнұр"),  # Kazakh ә і қ ұ ү
    PersonInput("Раҳимов", "Ҷамшед"),  # Tajik ҳ ҷ
    PersonInput("Oʻrinboyev", "Gʻayrat"),  # Uzbek ʻ
    PersonInput("Öwezowa", "Maýsa"),  # Turkmen ö ý
]
TITLES = {
    "ru": "Өңірлік ынтымақтастық: ғ ң ө һ ӣ ӯ",
    "en": "Regional cooperation: ä ç ň ş ü ž",
}


def _workshop(db: Database) -> int:
    workshops = WorkshopService(db.session_scope)
    workshop = workshops.create(
        WorkshopInput(
            titles={"ru": "Семинар в Душанбе", "en": "Workshop in Dushanbe"},
            start=DAY,
            end=date(2026, 12, 2),
            city="Dushanbe",
        )
    )
    people = PeopleService(db.session_scope)
    ids = [people.add(p) for p in SPEAKERS]
    for person in ids:
        workshops.register(workshop, person, role="speaker")
    agenda = AgendaService(db.session_scope)
    agenda.add_session(
        workshop, SessionInput(DAY, time(9), time(10, 30), TITLES, speakers=tuple(ids))
    )
    agenda.add_session(
        workshop,
        SessionInput(DAY, time(10, 30), time(11), {"ru": "Перерыв", "en": "Break"}, kind="break"),
    )
    agenda.add_session(
        workshop,
        SessionInput(date(2026, 12, 2), time(9), time(12), {"en": "Scenario"}, kind="exercise"),
    )
    return workshop


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def _fonts(path: Path) -> set[str]:
    """The base names of every font the pages use, each checked to be embedded."""
    names = set()
    for page in PdfReader(path).pages:
        resources = cast(DictionaryObject, page["/Resources"].get_object())
        fonts = cast(DictionaryObject, resources.get("/Font", DictionaryObject()).get_object())
        for reference in fonts.values():
            font = cast(DictionaryObject, reference.get_object())
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and "/FontFile2" in descriptor.get_object()
            assert embedded, f"{font['/BaseFont']} is not embedded"
            names.add(str(font["/BaseFont"]).split("+")[-1])
    return names


def test_names_and_titles_in_every_script_come_back_from_the_pdf(
    empty_db: Database, tmp_path: Path
) -> None:
    workshop = _workshop(empty_db)
    out = tmp_path / "agenda.pdf"
    HandoutService(empty_db.session_scope).write("agenda", workshop, out, "ru", "en")
    text = _text(out)
    for person in SPEAKERS:
        assert person.family_name in text and person.given_name in text
    for title in TITLES.values():
        assert title in text.replace("\n", " ")
    assert "День 1 — 1 декабря 2026 г. / Day 1 — 1 December 2026" in text
    assert "Страница 1 из 1" in text
    assert _fonts(out) == {"DejaVuSans", "DejaVuSans-Bold"}  # no Helvetica anywhere


def test_a_letter_the_font_lacks_is_left_out_and_named_and_the_agenda_still_prints(
    empty_db: Database, tmp_path: Path
) -> None:
    workshop = _workshop(empty_db)
    AgendaService(empty_db.session_scope).add_session(
        workshop, SessionInput(DAY, time(14), time(15), {"ru": "Доклад 中文"})
    )
    out = tmp_path / "agenda.pdf"
    notices = PrintNotices()
    HandoutService(empty_db.session_scope).write("agenda", workshop, out, "ru", notices=notices)
    assert "Доклад ?" in _text(out)
    (notice,) = notices.items
    assert notice.kind == "unprintable" and notice.field == "session"
    assert "中 (U+4E2D)" in notice.detail and "文 (U+6587)" in notice.detail


def test_a_kazakh_agenda_has_every_label_in_kazakh(empty_db: Database, tmp_path: Path) -> None:
    workshop = _workshop(empty_db)
    out = tmp_path / "agenda-kk.pdf"
    english = HandoutService(empty_db.session_scope).write("agenda", workshop, out, "kk")
    assert english == []
    text = _text(out)
    assert "Күн тәртібі" in text and "1-күн" in text and "Практикалық жаттығу" in text
    assert "Exercise" not in text
    assert "1-күн — 2026 ж. 1 желтоқсан" in text  # the month from CLDR


def test_letter_paper_and_a_bad_language_or_kind_are_clear(
    empty_db: Database, tmp_path: Path
) -> None:
    workshop = _workshop(empty_db)
    service = HandoutService(empty_db.session_scope)
    out = tmp_path / "letter.pdf"
    service.write("agenda", workshop, out, "en", paper="letter")
    box = PdfReader(out).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    with pytest.raises(ValidationError, match="not a handout language"):
        service.write("agenda", workshop, out, "fr")
    with pytest.raises(ValidationError, match="not a kind of handout"):
        service.write("menu", workshop, out, "en")
