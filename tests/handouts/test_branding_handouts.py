"""Handouts with a workshop's branding: logos above the texts, signatures at the certificate's
foot, the accent colour and the margins, read back from the PDFs."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any, cast

import pytest
from pypdf import PageObject, PdfReader
from pypdf.generic import ContentStream, DictionaryObject
from reportlab.lib.colors import HexColor
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.units import mm

from jpoa_desktop.model.agenda import SessionInput
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.handouts.branding import BrandingService
from jpoa_desktop.services.handouts.handouts import HandoutService
from jpoa_desktop.services.people.people import PeopleService, PersonInput
from jpoa_desktop.services.workshops.agenda import AgendaService
from jpoa_desktop.services.workshops.attendance import AttendanceService
from jpoa_desktop.services.workshops.workshops import WorkshopInput, WorkshopService

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
DAYS = [date(2026, 3, 2), date(2026, 3, 3)]
ACCENT = "#8a1538"
LOGO_TEXT = "ЦАРЕС"  # the text inside logo.svg, which pypdf reads in the logo's own coordinates
PADDING = 6  # points between a page's margin and its text: ReportLab's frame padding
Matrix = tuple[float, float, float, float, float, float]


@pytest.fixture
def workshop(empty_db: Database) -> int:
    """Two days, two people present on both, an agenda, two logos and two signatures."""
    workshops = WorkshopService(empty_db.session_scope)
    workshop = workshops.create(
        WorkshopInput(titles={"ru": "Управление границами", "en": "Border management"},
                      start=DAYS[0], end=DAYS[-1], city="Bishkek")
    )  # fmt: skip
    people = PeopleService(empty_db.session_scope)
    door = AttendanceService(empty_db.session_scope)
    for person in (PersonInput("Ҷӯраев", "Фарҳод"), PersonInput("Öwezowa", "Maýsa")):
        code = workshops.register(workshop, people.add(person), status="confirmed")
        for day in DAYS:
            door.mark(workshop, code, day, now=datetime(2026, 3, 2, 9, tzinfo=UTC))
    AgendaService(empty_db.session_scope).add_session(
        workshop, SessionInput(DAYS[0], time(9), time(12), {"en": "Opening", "ru": "Открытие"})
    )
    branding = BrandingService(empty_db.session_scope)
    branding.add_image(workshop, "logo", FIXTURES / "logo.png")
    branding.add_image(workshop, "logo", FIXTURES / "logo.svg")
    branding.add_image(workshop, "signature", FIXTURES / "signature.png", "",
                       "A. Karimova", "Head of Office")  # fmt: skip
    branding.add_image(workshop, "signature", FIXTURES / "signature.svg", "",
                       "Дж. Рахимов", "Руководитель программы")  # fmt: skip
    branding.update_style(workshop, accent=ACCENT, margin_mm=25)
    return workshop


def _fonts(resources: DictionaryObject, found: set[str]) -> set[str]:
    """Every font named in `resources` and in the forms it holds, each checked embedded."""
    fonts = cast(DictionaryObject, resources.get("/Font", DictionaryObject()).get_object())
    for reference in fonts.values():
        font = cast(DictionaryObject, reference.get_object())
        descriptor = font.get("/FontDescriptor")
        assert descriptor is not None and "/FontFile2" in descriptor.get_object(), font
        found.add(str(font["/BaseFont"]).split("+")[-1])
    objects = cast(DictionaryObject, resources.get("/XObject", DictionaryObject()).get_object())
    for reference in objects.values():
        xobject = cast(DictionaryObject, reference.get_object())
        if xobject.get("/Subtype") == "/Form" and "/Resources" in xobject:
            _fonts(cast(DictionaryObject, xobject["/Resources"].get_object()), found)
    return found


def _xobjects(page: PageObject) -> dict[str, DictionaryObject]:
    resources = cast(DictionaryObject, page["/Resources"].get_object())
    objects = cast(DictionaryObject, resources.get("/XObject", DictionaryObject()).get_object())
    return {str(k): cast(DictionaryObject, v.get_object()) for k, v in objects.items()}


def _times(m: Matrix, n: Matrix) -> Matrix:
    a, b, c, d, e, f = m
    p, q, r, s, t, u = n
    return (a * p + b * r, a * q + b * s, c * p + d * r, c * q + d * s,
            e * p + f * r + t, e * q + f * s + u)  # fmt: skip


def _placed_forms(page: PageObject) -> list[tuple[str, float, float]]:
    """(form name, bottom, top) in page points of every brand image drawn on the page, also
    inside the form that holds what certificates' pages share."""
    forms = _xobjects(page)
    placed: list[tuple[str, float, float]] = []

    def walk(content: Any, ctm: Matrix, inner: dict[str, DictionaryObject]) -> None:
        stack: list[Matrix] = []
        for operands, operator in ContentStream(content, page.pdf).operations:
            if operator == b"q":
                stack.append(ctm)
            elif operator == b"Q":
                ctm = stack.pop()
            elif operator == b"cm":
                ctm = _times(cast(Matrix, tuple(float(x) for x in operands)), ctm)
            elif operator == b"Do" and "jpoa-image" in str(operands[0]):
                box = [float(v) for v in cast(list[Any], inner[str(operands[0])]["/BBox"])]
                bottom, top = ctm[5] + box[1] * ctm[3], ctm[5] + box[3] * ctm[3]
                placed.append((str(operands[0]), bottom, top))
            elif operator == b"Do" and str(operands[0]) in inner:  # a shared page form
                form = inner[str(operands[0])]
                resources = cast(DictionaryObject, form.get("/Resources", DictionaryObject()))
                objects = cast(DictionaryObject, resources.get("/XObject", DictionaryObject()))
                nested = {str(k): cast(DictionaryObject, v.get_object())
                          for k, v in objects.items()} or inner  # fmt: skip
                walk(form, ctm, nested)

    walk(page.get_contents(), (1, 0, 0, 1, 0, 0), forms)
    return placed


def _texts(page: PageObject) -> list[tuple[str, float, float, float]]:
    """(text, x, baseline, size) of every piece of text on the page, in page points."""
    found: list[tuple[str, float, float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: Any, size: float) -> None:
        if text.strip() and text.strip() != LOGO_TEXT:
            x = tm[4] * cm[0] + cm[4]
            y = tm[5] * cm[3] + cm[5]
            found.append((text.strip(), x, y, size * tm[3] * cm[3]))

    page.extract_text(visitor_text=visit)
    return found


def _content(page: PageObject) -> bytes:
    """The page's content, and that of the forms it draws (a certificate's shared page)."""
    contents = page.get_contents()
    assert contents is not None
    forms = [cast(Any, f).get_data() for f in _xobjects(page).values()
             if f.get("/Subtype") == "/Form"]  # fmt: skip
    return b"\n".join([contents.get_data(), *forms])


def _colour(hex_colour: str, operator: str) -> bytes:
    red, green, blue = HexColor(hex_colour).rgb()
    return f"{fp_str(red, green, blue)} {operator}".encode()


def test_certificates_show_logos_above_the_texts_and_signatures_with_names_and_titles(
    empty_db: Database, workshop: int, tmp_path: Path
) -> None:
    out = tmp_path / "certificates.pdf"
    HandoutService(empty_db.session_scope).write("certificates", workshop, out, "ru", "en")
    reader = PdfReader(out)
    assert len(reader.pages) == 2
    for page in reader.pages:
        text = " ".join(page.extract_text().split())
        for words in ("A. Karimova", "Head of Office", "Дж. Рахимов", "Руководитель программы"):
            assert words in text
        assert "№ 2026-" in text and "Проверка подлинности" in text  # the number, the QR hint
        assert "Сертификат участника" in text and "Certificate of participation" in text
        placed = _placed_forms(page)
        assert len(placed) == 4  # two logos, two signatures
        logos, signatures = placed[:2], placed[2:]
        texts = _texts(page)
        number = next(t for t in texts if t[0].startswith("№ 2026-"))
        above_foot = [t for t in texts if t[2] > 60 * mm]  # the columns, not the foot
        assert max(y + size for _t, _x, y, size in above_foot) < min(b for _n, b, _t in logos)
        lowest_column_text = min(y for _t, _x, y, _s in above_foot)
        for _name, bottom, top in signatures:
            assert number[2] + number[3] < bottom and top < lowest_column_text
        assert _colour(ACCENT, "RG") in _content(page)  # the frame
    assert _fonts(cast(DictionaryObject, reader.pages[0]["/Resources"].get_object()), set()) == {
        "DejaVuSans",
        "DejaVuSans-Bold",
    }


def test_each_image_is_stored_once_however_many_certificates_show_it(
    empty_db: Database, workshop: int, tmp_path: Path
) -> None:
    out = tmp_path / "certificates.pdf"
    HandoutService(empty_db.session_scope).write("certificates", workshop, out, "en")
    reader = PdfReader(out)
    names = [{n for n, _b, _t in _placed_forms(page)} for page in reader.pages]
    assert names[0] == names[1] and len(names[0]) == 4  # the same four forms on every page
    forms = _xobjects(reader.pages[0])
    for shared in list(forms.values()):  # the form that holds what every page shares
        resources = cast(DictionaryObject, shared.get("/Resources", DictionaryObject()))
        inner = cast(DictionaryObject, resources.get("/XObject", DictionaryObject()))
        for key, value in inner.items():
            forms[str(key)] = cast(DictionaryObject, value.get_object())
    pictures = [
        cast(DictionaryObject, inner.get_object())
        for name in names[0]
        for inner in cast(
            DictionaryObject,
            cast(DictionaryObject, forms[name]["/Resources"].get_object())
            .get("/XObject", DictionaryObject())
            .get_object(),
        ).values()
    ]
    assert sorted(int(cast(int, p["/Width"])) for p in pictures) == [300, 400]  # the two PNGs
    assert all(str(p["/Subtype"]) == "/Image" for p in pictures)


def test_the_agenda_has_the_logos_over_its_title_the_accent_and_the_margins(
    empty_db: Database, workshop: int, tmp_path: Path
) -> None:
    out = tmp_path / "agenda.pdf"
    HandoutService(empty_db.session_scope).write("agenda", workshop, out, "ru", "en")
    page = PdfReader(out).pages[0]
    logos = _placed_forms(page)
    assert len(logos) == 2
    texts = _texts(page)
    title = next(t for t in texts if t[0] == "Управление границами")
    assert title[2] + title[3] < min(bottom for _n, bottom, _t in logos)
    assert min(x for _t, x, _y, _s in texts) == pytest.approx(25 * mm + PADDING, abs=0.5)
    assert _colour(ACCENT, "rg") in _content(page)  # the title's colour
    assert _fonts(cast(DictionaryObject, page["/Resources"].get_object()), set()) == {
        "DejaVuSans",
        "DejaVuSans-Bold",
    }


@pytest.mark.parametrize("kind", ["participant-list", "sign-in"])
def test_the_lists_have_the_logos_at_the_top_and_the_workshop_margins(
    empty_db: Database, workshop: int, tmp_path: Path, kind: str
) -> None:
    out = tmp_path / f"{kind}.pdf"
    HandoutService(empty_db.session_scope).write(kind, workshop, out, "en")
    first = PdfReader(out).pages[0]
    logos = _placed_forms(first)
    assert len(logos) == 2
    texts = _texts(first)
    assert max(y + size for _t, _x, y, size in texts) < min(b for _n, b, _t in logos)
    assert min(x for _t, x, _y, _s in texts) >= 25 * mm + PADDING - 0.5
    assert _colour(ACCENT, "rg") in _content(first)


def test_table_tents_print_the_country_in_the_accent(
    empty_db: Database, workshop: int, tmp_path: Path
) -> None:
    out = tmp_path / "tents.pdf"
    HandoutService(empty_db.session_scope).write("table-tents", workshop, out, "en")
    assert _colour(ACCENT, "rg") in _content(PdfReader(out).pages[0])


def test_without_branding_the_handouts_keep_the_default_look(
    empty_db: Database, workshop: int, tmp_path: Path
) -> None:
    branding = BrandingService(empty_db.session_scope)
    for image in (*branding.branding(workshop).logos, *branding.branding(workshop).signatures):
        branding.remove_image(image.id)
    branding.update_style(workshop, accent=None, margin_mm=None)
    out = tmp_path / "agenda.pdf"
    HandoutService(empty_db.session_scope).write("agenda", workshop, out, "en")
    page = PdfReader(out).pages[0]
    assert _placed_forms(page) == []
    assert min(x for _t, x, _y, _s in _texts(page)) == pytest.approx(15 * mm + PADDING, abs=0.5)
    assert _colour("#1f5f99", "rg") in _content(page)


def test_the_factsheet_printed_for_a_workshop_takes_its_logos_and_margins(
    loaded_db: Database, tmp_path: Path
) -> None:
    workshop = WorkshopService(loaded_db.session_scope).create(
        WorkshopInput(titles={"en": "Border management"}, start=DAYS[0], end=DAYS[0])
    )
    branding = BrandingService(loaded_db.session_scope)
    branding.add_image(workshop, "logo", FIXTURES / "logo.svg")
    branding.set_margin(workshop, 30)
    out = tmp_path / "factsheet.pdf"
    HandoutService(loaded_db.session_scope).write("factsheet", workshop, out, "en")
    page = PdfReader(out).pages[0]
    assert len(_placed_forms(page)) == 1
    assert min(x for _t, x, _y, _s in _texts(page)) == pytest.approx(30 * mm + PADDING, abs=0.5)
