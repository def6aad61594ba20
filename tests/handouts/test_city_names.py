"""The workshop's city is printed as the handout's language writes it when it is one of the
region's cities (Ош, Osh, Oʻsh, Oş), and as stored when it is not."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from jpoa_desktop.model.city_names import CITIES, city_in
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.handouts.handouts import HandoutService
from jpoa_desktop.services.people.people import PeopleService, PersonInput
from jpoa_desktop.services.workshops.workshops import WorkshopInput, WorkshopService


@pytest.mark.parametrize(
    ("stored", "language", "printed"),
    [
        ("Osh", "ru", "Ош"),
        ("Osh", "ky", "Ош"),
        ("Ош", "en", "Osh"),
        ("Ош", "uz", "Oʻsh"),
        ("Ош", "tk", "Oş"),
        ("Dushanbe", "tg", "Душанбе"),
        ("Душанбе", "en", "Dushanbe"),
        ("Almaty", "kk", "Алматы"),
        ("Алматы", "en", "Almaty"),
        ("Tashkent", "uz", "Toshkent"),
        ("Toshkent", "ru", "Ташкент"),
        ("Ташкент", "tg", "Тошканд"),
        ("ashgabat", "tk", "Aşgabat"),
        ("  BISHKEK ", "kk", "Бішкек"),
        ("Farg'ona", "ru", "Фергана"),  # the Uzbek letter mark typed as an apostrophe
        ("Fargʻona", "en", "Fergana"),
    ],
)
def test_a_city_of_the_region_follows_the_handout_language(
    stored: str, language: str, printed: str
) -> None:
    assert city_in(stored, language) == printed


def test_a_city_the_table_lacks_is_printed_as_stored() -> None:
    assert city_in("Termez", "ru") == "Termez"
    assert city_in("Женева", "en") == "Женева"
    assert city_in("", "ru") == ""


def test_a_missing_national_spelling_takes_the_nearest_one_in_the_same_script() -> None:
    assert "kk" not in CITIES["cholpon-ata"] and "tk" not in CITIES["cholpon-ata"]
    assert city_in("Cholpon-Ata", "kk") == "Чолпон-Ата"  # Cyrillic: Russian next
    assert city_in("Чолпон-Ата", "tk") == "Cholpon-Ata"  # Latin: English, not Cyrillic


def test_every_city_has_its_english_and_russian_name() -> None:
    assert all(names.get("en") and names.get("ru") for names in CITIES.values())


@pytest.mark.parametrize(("language", "city"), [("ru", "Ош"), ("en", "Osh"), ("uz", "Oʻsh")])
def test_every_handout_naming_the_place_prints_the_city_in_its_language(
    loaded_db: Database, tmp_path: Path, language: str, city: str
) -> None:
    workshop = WorkshopService(loaded_db.session_scope).create(
        WorkshopInput(
            titles={"en": "Border security", "ru": "Безопасность границ"},
            start=date(2026, 12, 1),
            end=date(2026, 12, 2),
            venue="Hotel Sunrise",
            city="Osh",
        )
    )
    person = PeopleService(loaded_db.session_scope).add(PersonInput("Ким", "Ольга"))
    WorkshopService(loaded_db.session_scope).register(workshop, person)
    service = HandoutService(loaded_db.session_scope)
    for kind in ("agenda", "participant-list", "sign-in", "certificates"):
        out = tmp_path / f"{kind}-{language}.pdf"
        service.write(kind, workshop, out, language, min_share=0.0)
        text = " ".join(page.extract_text() or "" for page in PdfReader(out).pages)
        assert f"Hotel Sunrise, {city}" in text, kind
