"""Dates, numbers, money and plurals in all seven languages, as CLDR (through Babel) writes them.

The strings are pinned: a Babel upgrade that changes what a participant reads on a certificate
should fail here first, not be found on a printed page.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from jpoa_desktop.model.agenda import SessionInput
from jpoa_desktop.model.languages import HANDOUT_LANGUAGES
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.handouts.handouts import HandoutService
from jpoa_desktop.services.workshops.agenda import AgendaService
from jpoa_desktop.services.workshops.workshops import WorkshopInput, WorkshopService
from jpoa_desktop.texts.formatting import (
    CURRENCIES,
    LOCALES,
    amount,
    date_span,
    decimal_number,
    full_date,
    integer,
    locale_for,
    long_date,
    money,
    percent,
    plural,
    plural_category,
    short_date,
    short_date_time,
    time_of_day,
    weekday_and_day,
)

NB = "\u00a0"
DAY = date(2026, 10, 10)

LONG = {
    "en": "10 October 2026",
    "ru": f"10 октября 2026{NB}г.",
    "kk": f"2026{NB}ж. 10 қазан",
    "ky": "2026-ж., 10-октябрь",
    "tg": "10 Октябр 2026",
    "uz": "10-oktabr, 2026",
    "tk": "10 oktýabr 2026",
}
SAME_MONTH = {
    "en": "10–11 October 2026",
    "ru": f"10–11 октября 2026{NB}г.",
    "kk": f"2026{NB}ж. 10–11 қазан",
    "ky": "10–11-октябрь 2026-ж.",
    "tg": "10 Октябр 2026 – 11 Октябр 2026",  # tg's CLDR intervals put the month first: not used
    "uz": "10–11-oktabr, 2026",
    "tk": "10–11 oktýabr 2026",
}
OTHER_MONTH = {
    "en": "10 October – 2 November 2026",
    "ru": f"10 октября — 2 ноября 2026{NB}г.",
    "kk": f"2026{NB}ж. 10 қазан – 2 қараша",
    "ky": "10-октябрь – 2-ноябрь 2026-ж.",
    "tg": "10 Октябр 2026 – 02 Ноябр 2026",
    "uz": "10-oktabr – 2-noyabr, 2026",
    "tk": "10 oktýabr – 2 noýabr 2026",
}
OTHER_YEAR = {
    "en": "10 October 2026 – 2 January 2027",
    "ru": f"10 октября 2026{NB}г. — 2 января 2027{NB}г.",
    "kk": f"2026{NB}ж. 10 қазан – 2027{NB}ж. 2 қаңтар",
    "ky": "10-октябрь 2026-ж. - 2-январь 2027-ж.",
    "tg": "10 Октябр 2026 – 02 Январ 2027",
    "uz": "10-oktabr, 2026 – 2-yanvar, 2027",
    "tk": "10 oktýabr 2026 – 2 ýanwar 2027",
}
FULL = {
    "en": "Wednesday, 2 December 2026",
    "ru": f"среда, 2 декабря 2026{NB}г.",
    "kk": f"2026{NB}ж. 2 желтоқсан, сәрсенбі",
    "ky": "2026-ж., 2-декабрь, шаршемби",
    "tg": "Чоршанбе, 02 Декабр 2026",
    "uz": "chorshanba, 2-dekabr, 2026",
    "tk": "2 dekabr 2026, çarşenbe",
}
SHORT = {
    "en": "02/03/2026",
    "ru": "02.03.2026",
    "kk": "02.03.2026",
    "ky": "02.03.2026",
    "tg": "02/03/2026",
    "uz": "02/03/2026",
    "tk": "02.03.2026",
}
COMMA_LANGUAGES = ("ru", "kk", "ky", "tg", "uz", "tk")


def test_our_seven_codes_are_the_handout_languages_with_latin_uzbek() -> None:
    assert set(LOCALES) == set(HANDOUT_LANGUAGES)
    assert locale_for("uz").script == "Latn"
    assert locale_for("xx") == locale_for("en")  # an unknown code falls back to English


@pytest.mark.parametrize("language", HANDOUT_LANGUAGES)
def test_a_long_date_spells_the_month_in_every_language(language: str) -> None:
    assert long_date(DAY, language) == LONG[language]


@pytest.mark.parametrize("language", HANDOUT_LANGUAGES)
def test_a_date_span_names_the_month_once_when_it_can(language: str) -> None:
    assert date_span(DAY, date(2026, 10, 11), language) == SAME_MONTH[language]
    assert date_span(DAY, date(2026, 11, 2), language) == OTHER_MONTH[language]
    assert date_span(DAY, date(2027, 1, 2), language) == OTHER_YEAR[language]
    assert date_span(DAY, DAY, language) == LONG[language]
    assert date_span(date(2026, 10, 11), DAY, language) == SAME_MONTH[language]


@pytest.mark.parametrize("language", HANDOUT_LANGUAGES)
def test_a_full_date_names_the_weekday(language: str) -> None:
    assert full_date(date(2026, 12, 2), language) == FULL[language]


@pytest.mark.parametrize(
    ("language", "shown"),
    [("en", "Wed 2 Dec"), ("ru", "ср, 2 дек."), ("kk", "2 жел., ср"), ("ky", "2-дек., шарш."),
     ("tg", "Чшб, 2 Дек"), ("uz", "Chor, 2-dek"), ("tk", "2 dek, çar")],
)  # fmt: skip
def test_a_day_in_a_list_has_its_weekday_and_short_month(language: str, shown: str) -> None:
    assert weekday_and_day(date(2026, 12, 2), language) == shown


@pytest.mark.parametrize("language", HANDOUT_LANGUAGES)
def test_a_short_date_is_numeric_with_the_full_year(language: str) -> None:
    assert short_date(date(2026, 3, 2), language) == SHORT[language]


@pytest.mark.parametrize("language", HANDOUT_LANGUAGES)
def test_a_date_and_time_join_as_the_language_joins_them(language: str) -> None:
    joiner = " " if language in ("ky", "tg", "tk") else ", "
    moment = datetime(2026, 3, 2, 9, 5)
    assert short_date_time(moment, language) == f"{SHORT[language]}{joiner}09:05"


@pytest.mark.parametrize("language", HANDOUT_LANGUAGES)
def test_a_time_is_on_the_24_hour_clock(language: str) -> None:
    assert time_of_day(time(9, 5), language) == "09:05"
    assert time_of_day(datetime(2026, 3, 2, 17, 45, tzinfo=UTC), language) == "17:45"


@pytest.mark.parametrize("language", HANDOUT_LANGUAGES)
def test_numbers_group_thousands_and_use_the_languages_decimal_sign(language: str) -> None:
    if language == "en":
        assert decimal_number(Decimal("12345.5"), language) == "12,345.5"
        assert integer(1234567, language) == "1,234,567"
        assert amount(Decimal("1500000.5"), language) == "1,500,000.50"
    else:
        assert decimal_number(Decimal("12345.5"), language) == f"12{NB}345,5"
        assert integer(1234567, language) == f"1{NB}234{NB}567"
        assert amount(Decimal("1500000.5"), language) == f"1{NB}500{NB}000,50"
    assert decimal_number("12.5", language) == ("12.5" if language == "en" else "12,5")
    assert decimal_number(2, language, places=1) == ("2.0" if language == "en" else "2,0")


@pytest.mark.parametrize("language", HANDOUT_LANGUAGES)
@pytest.mark.parametrize("currency", CURRENCIES)
def test_money_shows_the_iso_code_never_a_symbol(language: str, currency: str) -> None:
    text = money(Decimal("1234567.5"), currency, language)
    if language == "en":
        assert text == f"{currency}{NB}1,234,567.50"
    else:
        assert text == f"1{NB}234{NB}567,50{NB}{currency}"


def test_money_drops_or_keeps_the_cents_when_asked() -> None:
    assert money(Decimal("500000"), "KGS", "ru", places=0) == f"500{NB}000{NB}KGS"
    assert money(Decimal("500000"), "KGS", "en", places=0) == f"KGS{NB}500,000"
    assert money(Decimal("1250.5"), "USD", "ky", places=2) == f"1{NB}250,50{NB}USD"


def test_money_is_exact_for_sums_a_float_would_round() -> None:
    assert money(Decimal("9999999999999999.99"), "uzs", "ru") == (
        f"9{NB}999{NB}999{NB}999{NB}999{NB}999,99{NB}UZS"
    )


@pytest.mark.parametrize(
    ("language", "whole", "tenth"),
    [
        ("en", "25%", "12.5%"),
        ("ru", f"25{NB}%", f"12,5{NB}%"),
        ("kk", "25%", "12,5%"),
        ("ky", "25%", "12,5%"),
        ("tg", "25%", "12,5%"),
        ("uz", "25%", "12,5%"),
        ("tk", f"25{NB}%", f"12,5{NB}%"),
    ],
)
def test_percentages(language: str, whole: str, tenth: str) -> None:
    assert percent(0.25, language) == whole
    assert percent(Decimal("0.125"), language, places=1) == tenth


def test_russian_has_one_few_and_many() -> None:
    categories = {n: plural_category(n, "ru") for n in (1, 2, 5, 11, 21, 22, 25, 111)}
    assert categories == {
        1: "one", 2: "few", 5: "many", 11: "many", 21: "one", 22: "few", 25: "many", 111: "many"
    }  # fmt: skip
    assert plural_category(Decimal("1.5"), "ru") == "other"


def test_english_and_the_national_languages_have_one_and_other() -> None:
    assert [plural_category(n, "en") for n in (0, 1, 2, 21)] == ["other", "one", "other", "other"]
    for language in ("kk", "ky", "uz", "tk"):
        assert [plural_category(n, language) for n in (1, 2, 5)] == ["one", "other", "other"]
    assert plural_category(0, "tg") == "one"  # CLDR: Tajik counts 0 with 1


def test_plural_picks_the_form_and_writes_the_count() -> None:
    forms = {"one": "{count} участник", "few": "{count} участника", "many": "{count} участников"}
    assert plural(21, forms, "ru") == "21 участник"
    assert plural(3, forms, "ru") == "3 участника"
    assert plural(1500, forms, "ru") == f"1{NB}500 участников"
    english = {"one": "{count} participant", "other": "{count} participants"}
    assert plural(1, english, "en") == "1 participant"
    assert plural(1500, english, "en") == "1,500 participants"
    assert plural(5, {"other": "{count} kishi"}, "uz") == "5 kishi"  # no `one` given: `other`


def test_a_kyrgyz_agenda_prints_the_kyrgyz_month(empty_db: Database, tmp_path: Path) -> None:
    bishkek = WorkshopInput({"ru": "Семинар"}, DAY, date(2026, 10, 11), city="Bishkek")
    workshop = WorkshopService(empty_db.session_scope).create(bishkek)
    AgendaService(empty_db.session_scope).add_session(
        workshop, SessionInput(DAY, time(9), time(10), {"ru": "Открытие", "en": "Opening"})
    )
    out = tmp_path / "agenda-ky.pdf"
    HandoutService(empty_db.session_scope).write("agenda", workshop, out, "ky")
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert "октябрь" in text
    assert "10.10.2026" not in text
