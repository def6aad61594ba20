"""Every handout kind from one workshop whose people carry every letter of the region's
alphabets: each name comes back from the PDF exactly, and only the bundled fonts are in it."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import cast

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from jpoa_desktop.services.database import Database
from jpoa_desktop.services.handouts.branding import BrandingService
from jpoa_desktop.services.handouts.handouts import HandoutService
from jpoa_desktop.services.people.people import PeopleService, PersonInput
from jpoa_desktop.services.workshops.workshops import WorkshopInput, WorkshopService

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PEOPLE = [
    PersonInput("Әбілқасымова", "Гүлнұр", organisation="Қазақстан Республикасы ІІМ"),
    PersonInput("Жаңабергенов", "Өмірбек Һадиұлы", organisation="ҰҚК"),
    PersonInput("Раҳимӣ", "Ҷӯрабек", organisation="Вазорати корҳои дохилӣ"),
    PersonInput("Ғафурова", "Мунира"),
    PersonInput("Oʻrinboyev", "Gʻayrat", organisation="Oʻzbekiston IIV"),
    PersonInput("Çaryýewa", "Ärjemal Şöhrat"),
    PersonInput("Nurmuhammedow", "Ňurgeldi Žeňiş Süleýman"),
]
LETTERS = "әғқңөұүһіӣӯҳҷäçňöşüýžʻ"
KINDS = ("agenda", "participant-list", "sign-in", "badges", "table-tents", "certificates")


def test_the_people_carry_every_letter() -> None:
    text = " ".join(f"{p.family_name} {p.given_name} {p.organisation}" for p in PEOPLE).lower()
    assert [letter for letter in LETTERS if letter not in text] == []


@pytest.fixture
def workshop(empty_db: Database) -> int:
    workshops = WorkshopService(empty_db.session_scope)
    workshop = workshops.create(
        WorkshopInput(titles={"ru": "Өңірлік ынтымақтастық", "en": "Regional cooperation"},
                      start=date(2026, 6, 1), end=date(2026, 6, 2), city="Almaty")
    )  # fmt: skip
    directory = PeopleService(empty_db.session_scope)
    for person in PEOPLE:
        workshops.register(workshop, directory.add(person))
    branding = BrandingService(empty_db.session_scope)
    branding.add_image(workshop, "logo", FIXTURES / "logo.png")
    branding.add_image(workshop, "logo", FIXTURES / "logo.svg")
    branding.add_image(workshop, "signature", FIXTURES / "signature.svg",
                       signer_name="Ә. Қасымова", signer_title="Head of Office")  # fmt: skip
    return workshop


def fonts(resources: DictionaryObject, found: set[str]) -> set[str]:
    """Every font a page's resources name, within its forms (logos) too."""
    for font in resources.get("/Font", DictionaryObject()).values():
        found.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    for xobject in resources.get("/XObject", DictionaryObject()).values():
        inner = xobject.get_object()
        if "/Resources" in inner:
            fonts(cast(DictionaryObject, inner["/Resources"].get_object()), found)
    return found


@pytest.mark.parametrize("kind", KINDS)
def test_every_name_comes_back_exactly_and_only_the_bundled_fonts_are_embedded(
    kind: str, empty_db: Database, workshop: int, tmp_path: Path
) -> None:
    out = tmp_path / f"{kind}.pdf"
    second = "en" if kind in ("agenda", "certificates") else None
    HandoutService(empty_db.session_scope).write(kind, workshop, out, "ru", second,
                                                  min_share=0.0)  # fmt: skip
    reader = PdfReader(out)
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    if kind != "table-tents":  # a tent shows the person only
        assert "Өңірлік ынтымақтастық" in text
    if kind != "agenda":  # the agenda names speakers only
        for person in PEOPLE:
            assert person.family_name in text, person.family_name
            for given in person.given_name.split():
                assert given in text, given
    used: set[str] = set()
    for page in reader.pages:
        fonts(cast(DictionaryObject, page["/Resources"].get_object()), used)
    assert used <= {"DejaVuSans", "DejaVuSans-Bold"}, used
    assert used  # the text is there, in the bundled fonts
