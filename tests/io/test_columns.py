"""Recognising the columns of a participant list and reading its values."""

from __future__ import annotations

import datetime as dt

import pytest

from jpoa_desktop.errors import ValidationError
from jpoa_desktop.io.tables.cells import (
    parse_bool,
    parse_date,
    parse_email,
    parse_sex,
    split_full_name,
)
from jpoa_desktop.io.tables.columns import FIELDS, parse_mapping_option, suggest_mapping


def _fields(headers: list[str]) -> list[str | None]:
    mapping = suggest_mapping(headers)
    return [mapping.get(i) for i in range(len(headers))]


def test_russian_headers_are_recognised() -> None:
    headers = [
        "№ п/п", "Фамилия", "Имя", "Отчество", "Фамилия (лат.)", "Имя латиницей", "Пол",
        "Страна", "Ведомство", "Должность", "Эл. почта", "Тел.", "Языки",
        "Согласие на обработку данных", "Фото согласие", "Дата согласия", "Примечание", "Роль",
        "Дата рождения",
    ]  # fmt: skip
    assert _fields(headers) == [
        None, "family_name", "given_name", "patronymic", "latin_family_name", "latin_given_name",
        "sex", "country", "organisation", "position", "email", "phone", "languages",
        "consent_data", "consent_photos", "consent_date", "notes", "role", "birth_date",
    ]  # fmt: skip


def test_english_headers_are_recognised_whatever_their_spelling() -> None:
    headers = [
        "LAST NAME", "first name", "Middle Name", "Surname (Latin)", "Given name (Latin)",
        "Gender", "Country", "Organization", "Job title", "E-mail", "Mobile", "Languages",
        "Consent", "Photo consent", "Consent date", "Comments", "Role", "Date of birth",
    ]  # fmt: skip
    assert _fields(headers) == [
        "family_name", "given_name", "patronymic", "latin_family_name", "latin_given_name",
        "sex", "country", "organisation", "position", "email", "phone", "languages",
        "consent_data", "consent_photos", "consent_date", "notes", "role", "birth_date",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Surname", "family_name"),
        ("Family name", "family_name"),
        ("  ФАМИЛИЯ  ", "family_name"),
        ("Место работы", "organisation"),
        ("Наименование организации", "organisation"),
        ("Agency", "organisation"),
        ("Organisation", "organisation"),
        ("Position", "position"),
        ("Должность в организации", "position"),
        ("Электронная почта", "email"),
        ("Почта", "email"),
        ("Email", "email"),
        ("Телефон", "phone"),
        ("Phone", "phone"),
        ("Sex", "sex"),
        ("Пол (м/ж)", "sex"),
        ("Notes", "notes"),
        ("Тегі", "family_name"),
        ("Аты", "given_name"),
        ("Әкесінің аты", "patronymic"),
        ("Familiyasi", "family_name"),
        ("Ismi", "given_name"),
        ("Otasining ismi", "patronymic"),
        ("Фамилия\n(латиницей)", "latin_family_name"),
    ],
)
def test_one_header_variant(header: str, field: str) -> None:
    assert suggest_mapping([header]) == {0: field}


@pytest.mark.parametrize(
    "header", ["ФИО", "Ф.И.О.", "Full name", "Name", "Фамилия, имя, отчество", "F.I.Sh."]
)
def test_a_single_name_column_is_the_full_name(header: str) -> None:
    assert suggest_mapping(["№", header, "Организация"]) == {1: "full_name", 2: "organisation"}


def test_name_next_to_a_surname_is_the_given_name() -> None:
    assert suggest_mapping(["Name", "Surname"]) == {0: "given_name", 1: "family_name"}


def test_a_latin_full_name_is_not_taken_for_the_cyrillic_one() -> None:
    assert suggest_mapping(["ФИО (лат.)", "ФИО"]) == {1: "full_name"}


def test_two_columns_never_get_the_same_field() -> None:
    assert suggest_mapping(["Телефон", "Моб. телефон", "Фамилия", "Surname"]) == {
        0: "phone",
        2: "family_name",
    }


def test_unknown_headers_stay_unmapped() -> None:
    assert suggest_mapping(["", "Column 2", "Размер футболки"]) == {}


def test_mapping_options_by_name_and_by_number() -> None:
    headers = ["№", "Фамилия", "E-mail"]
    assert parse_mapping_option("Фамилия=family_name", headers) == (1, "family_name")
    assert parse_mapping_option(" e-mail = email ", headers) == (2, "email")
    assert parse_mapping_option("1=notes", headers) == (0, "notes")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Фамилия", r'The column mapping "Фамилия" must look like COLUMN=FIELD'),
        ("Фамилия=surname", r'"surname" is not a field; use one of: family_name, given_name'),
        ("4=email", r"There is no column 4; the file has 3 columns"),
        ("0=email", r"There is no column 0"),
        ("Почта=email", r'There is no column "Почта"; the columns are: "№", "Фамилия", "Тел"'),
    ],
)
def test_bad_mapping_options_say_why(text: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        parse_mapping_option(text, ["№", "Фамилия", "Тел"])


def test_a_mapping_to_a_repeated_header_asks_for_the_number() -> None:
    with pytest.raises(ValidationError, match=r"columns 2, 3\); use the column number"):
        parse_mapping_option("Тел=phone", ["№", "Тел", "Тел"])


def test_fields_are_the_documented_ones() -> None:
    assert len(FIELDS) == len(set(FIELDS)) == 19


@pytest.mark.parametrize(
    ("value", "sex"),
    [("", ""), ("ж", "female"), ("Ж.", "female"), ("жен", "female"), ("Женский", "female"),
     ("F", "female"), ("female", "female"), ("м", "male"), ("муж", "male"), ("Мужской", "male"),
     ("M", "male"), ("male", "male"), ("Әйел", "female"), ("Erkak", "male")],
)  # fmt: skip
def test_parse_sex(value: str, sex: str) -> None:
    assert parse_sex(value, 3, "Пол") == sex


def test_parse_sex_refuses_anything_else() -> None:
    with pytest.raises(ValidationError) as info:
        parse_sex("x", 7, "Пол")
    assert str(info.value).startswith('row 7, column "Пол": "x" is not female or male')


@pytest.mark.parametrize(
    ("value", "day"),
    [("05.03.2025", dt.date(2025, 3, 5)), ("5.3.2025", dt.date(2025, 3, 5)),
     ("2025-03-05", dt.date(2025, 3, 5)), ("05/03/2025", dt.date(2025, 3, 5)),
     ("2025-03-05 00:00:00", dt.date(2025, 3, 5)), (" ", None), ("", None)],
)  # fmt: skip
def test_parse_date(value: str, day: dt.date | None) -> None:
    assert parse_date(value, 2, "Дата") == day


@pytest.mark.parametrize("value", ["31.02.2025", "2025-13-01", "05.03.25", "март 2025", "45678"])
def test_parse_date_refuses_impossible_and_unclear_dates(value: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_date(value, 9, "Дата согласия")
    assert str(info.value) == f'row 9, column "Дата согласия": "{value}" is not a date (dd.mm.yyyy)'


@pytest.mark.parametrize(
    ("value", "answer"),
    [("да", True), ("Да", True), ("yes", True), ("1", True), ("+", True), ("TRUE", True),
     ("x", True), ("нет", False), ("no", False), ("0", False), ("-", False), ("false", False),
     ("", False), ("  ", False), ("Иә", True), ("Yoʻq", False)],
)  # fmt: skip
def test_parse_bool(value: str, answer: bool) -> None:
    assert parse_bool(value, 2, "Согласие") is answer


def test_parse_bool_refuses_anything_else() -> None:
    with pytest.raises(ValidationError, match=r'row 4, column "Согласие": "может быть"'):
        parse_bool("может быть", 4, "Согласие")


@pytest.mark.parametrize(
    ("value", "address"),
    [("", ""), ("  ivanov@mvd.kg ", "ivanov@mvd.kg"), ("A.Karimov@Gov.UZ", "A.Karimov@Gov.UZ"),
     ("mailto:x@y.tm", "x@y.tm"), ("иванов@почта.рф", "иванов@почта.рф")],
)  # fmt: skip
def test_parse_email(value: str, address: str) -> None:
    assert parse_email(value, 2, "E-mail") == address


def test_parse_email_names_row_column_and_value() -> None:
    with pytest.raises(ValidationError) as info:
        parse_email("ivanov@", 14, "E-mail")
    assert str(info.value) == 'row 14, column "E-mail": "ivanov@" is not an e-mail address'
    assert info.value.values == {"row": 14, "column": "E-mail", "value": "ivanov@"}


@pytest.mark.parametrize(
    "value", ["ivanov", "ivanov@mvd", "a@b@c.kz", "ivanov @mvd.kg", "a@b.kz; c@d.kz", "@mvd.kg"]
)
def test_parse_email_refuses_what_is_not_an_address(value: str) -> None:
    with pytest.raises(ValidationError, match="is not an e-mail address"):
        parse_email(value, 2, "E-mail")


@pytest.mark.parametrize(
    ("value", "parts"),
    [
        ("Иванов Иван Иванович", ("Иванов", "Иван", "Иванович")),
        ("  Петров   Пётр ", ("Петров", "Пётр", "")),
        ("Karimov Aziz Anvar oʻgʻli", ("Karimov", "Aziz", "Anvar oʻgʻli")),
        ("Жұмабаев Ғалымжан Нұрланұлы", ("Жұмабаев", "Ғалымжан", "Нұрланұлы")),
        ("Әбдірахманова Гүлнұр Қайрат қызы", ("Әбдірахманова", "Гүлнұр", "Қайрат қызы")),
        ("Асан уулу Бакыт", ("Асан уулу", "Бакыт", "")),
        ("ivanov IVAN", ("ivanov", "IVAN", "")),
        ("Иванов И.И.", ("Иванов", "И.", "И.")),
    ],
)
def test_split_full_name(value: str, parts: tuple[str, str, str]) -> None:
    assert split_full_name(value, 2, "ФИО") == parts


@pytest.mark.parametrize("value", ["Иванов", "", "   "])
def test_split_full_name_needs_two_words(value: str) -> None:
    with pytest.raises(ValidationError, match=r'row 5, column "ФИО": ".*" is not a full name'):
        split_full_name(value, 5, "ФИО")
