"""Reading one row of a participant list into a person and a role.

Every cell is parsed with the column's own parser (sex, dates, yes/no, e-mail, country, role)
and the person is checked by `people.validate`, the same rules as the person form; a problem
names the row and the column as the trainer sees them in the file.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TypeVar

from jpoa_desktop.errors import QT_TRANSLATE_NOOP
from jpoa_desktop.io.tables.cells import (
    cell_error,
    parse_bool,
    parse_date,
    parse_email,
    parse_sex,
    split_full_name,
)
from jpoa_desktop.model.codes import ROLES
from jpoa_desktop.services.people.country_names import country_code
from jpoa_desktop.services.people.people import PersonInput, validated
from jpoa_desktop.services.table_import import in_row
from jpoa_desktop.texts.text_folding import fold

T = TypeVar("T")

ROLE_NAMES = {
    "participant": ("participant", "участник", "қатысушы"),
    "speaker": ("speaker", "докладчик", "спикер", "выступающий"),
    "facilitator": ("facilitator", "модератор", "фасилитатор", "тренер"),
    "organiser": ("organiser", "organizer", "организатор"),
    "observer": ("observer", "наблюдатель"),
}
_ROLES = {fold(name): role for role, names in ROLE_NAMES.items() for name in names}


def _cell(values: Mapping[str, tuple[str, str]], field_name: str) -> tuple[str, str]:
    """(value, column header) of a mapped field, ("", "") when the file has no such column."""
    return values.get(field_name, ("", ""))


def _country(value: str, row: int, column: str) -> str:
    if not value:
        return ""
    code = country_code(value)
    if code is None:
        raise cell_error(
            QT_TRANSLATE_NOOP(
                "Errors", 'row {row}, column "{column}": "{value}" is not a country.'
            ),
            row,
            column,
            value,
        )
    return code


def _role(value: str, row: int, column: str) -> str:
    if not value:
        return "participant"
    role = _ROLES.get(fold(value))
    if role is None or role not in ROLES:
        raise cell_error(
            QT_TRANSLATE_NOOP("Errors", 'row {row}, column "{column}": "{value}" is not a role.'),
            row,
            column,
            value,
        )
    return role


def _parsed(
    parser: Callable[[str, int, str], T], values: Mapping[str, tuple[str, str]], name: str, row: int
) -> T:
    value, column = _cell(values, name)
    return parser(value, row, column)


def person_from_row(
    values: Mapping[str, tuple[str, str]], row: int, split_full_names: bool
) -> tuple[PersonInput, str]:
    """The person and role a row describes; ValidationError says which cell is wrong."""
    family, given, patronymic = (
        _cell(values, "family_name")[0],
        _cell(values, "given_name")[0],
        _cell(values, "patronymic")[0],
    )
    full, full_column = _cell(values, "full_name")
    if split_full_names and full and not (family and given):
        family, given, patronymic = split_full_name(full, row, full_column)
    text = {name: _cell(values, name)[0] for name in values}
    person = PersonInput(
        family_name=family,
        given_name=given,
        patronymic=patronymic,
        latin_family_name=text.get("latin_family_name", ""),
        latin_given_name=text.get("latin_given_name", ""),
        sex=_parsed(parse_sex, values, "sex", row) if "sex" in values else "",
        country=_parsed(_country, values, "country", row) if "country" in values else "",
        organisation=text.get("organisation", ""),
        position=text.get("position", ""),
        email=_parsed(parse_email, values, "email", row) if "email" in values else "",
        phone=text.get("phone", ""),
        languages=tuple(w for w in text.get("languages", "").replace(";", ",").split(",") if w),
        consent_data=_parsed(parse_bool, values, "consent_data", row)
        if "consent_data" in values
        else False,
        consent_photos=_parsed(parse_bool, values, "consent_photos", row)
        if "consent_photos" in values
        else False,
        consent_date=_parsed(parse_date, values, "consent_date", row)
        if "consent_date" in values
        else None,
        notes=text.get("notes", ""),
    )
    role = _parsed(_role, values, "role", row) if "role" in values else "participant"
    return in_row(row, validated, person), role
