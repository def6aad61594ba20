"""The values in a participant list's cells, read as the trainer typed them.

Sex, dates, yes/no, e-mail addresses and whole names come in every language of the region and
in every habit ("Ж", "01.03.2025 г.", "иә", "mailto:…", "Асан уулу Бакыт"); each parser accepts
the forms seen in real lists. A value it cannot read is refused with `cell_error`, which names
the row and the column as the trainer sees them in the file (the caller knows both and passes
them in); the action plan's parsers (`io/plans/plan_cells.py`) refuse the same way.
"""

from __future__ import annotations

import datetime as dt
import re

from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError

_FEMALE = frozenset(
    {"ж", "жен", "женский", "женщина", "f", "female", "w", "woman", "ә", "әйел", "ayol", "аёл",
     "aýal", "аял"}
)  # fmt: skip
_MALE = frozenset(
    {"м", "муж", "мужской", "мужчина", "m", "male", "man", "е", "ер", "еркек", "erkak", "эркак",
     "erkek", "эркек", "эр"}
)  # fmt: skip
_TRUE = frozenset(
    {"да", "д", "yes", "y", "1", "+", "true", "x", "х", "v", "✓", "✔", "☑", "ok", "согласен",
     "согласна", "есть", "иә", "ия", "ha", "ҳа", "ооба", "hawa", "evet", "agree", "agreed"}
)  # fmt: skip
_FALSE = frozenset(
    {"", "нет", "н", "no", "n", "0", "-", "–", "—", "false", "жоқ", "жок", "yoq", "йўқ", "ýok",
     "не согласен", "не согласна", "☐"}
)  # fmt: skip
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?")
_DMY_DATE = re.compile(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?:\s*г\.?)?")
_EMAIL = re.compile(r"[^@\s<>(),;:\"\[\]]+@[^@\s<>(),;:\"\[\].]+(?:\.[^@\s<>(),;:\"\[\].]+)+")
# The words that end a Central Asian patronymic or form a Kyrgyz surname ("Асан уулу").
_NAME_PARTICLES = frozenset(
    {"оглы", "оглу", "огли", "ўғли", "ogli", "ugli", "ogly", "oglu", "кызы", "қызы", "qizi",
     "qiziy", "kyzy", "gyzy", "қизи", "уулу", "uulu", "ұлы", "uly", "улы"}
)  # fmt: skip


def cell_error(template: str, row: int, column: str, value: str, **more: object) -> ValidationError:
    """The refusal of one cell, named as the trainer sees it: its row, its column's header and
    the value as typed (`template` says what is wrong with it)."""
    return ValidationError(template, row=row, column=column, value=value, **more)


def _token(value: str) -> str:
    """Fold a short answer: case, trailing dot and Uzbek apostrophes do not matter."""
    text = value.strip().casefold().rstrip(".").strip()
    for mark in "ʻʼ'’‘`":
        text = text.replace(mark, "")
    return text


def parse_sex(value: str, row: int, column: str) -> str:
    """ "" when not given, else "female" or "male"."""
    token = _token(value)
    if not token:
        return ""
    if token in _FEMALE:
        return "female"
    if token in _MALE:
        return "male"
    raise cell_error(
        QT_TRANSLATE_NOOP(
            "Errors", 'row {row}, column "{column}": "{value}" is not female or male (Ж/М, F/M)'
        ),
        row,
        column,
        value.strip(),
    )


def parse_date(value: str, row: int, column: str) -> dt.date | None:
    """Day first ("01.03.2025", "1/3/2025") or ISO ("2025-03-01"); "" is no date."""
    text = value.strip()
    if not text:
        return None
    parts: tuple[str, str, str] | None = None
    if match := _ISO_DATE.fullmatch(text):
        parts = (match[3], match[2], match[1])
    elif match := _DMY_DATE.fullmatch(text):
        parts = (match[1], match[2], match[3])
    if parts is not None:
        try:
            return dt.date(int(parts[2]), int(parts[1]), int(parts[0]))
        except ValueError:
            pass
    raise cell_error(
        QT_TRANSLATE_NOOP(
            "Errors", 'row {row}, column "{column}": "{value}" is not a date (dd.mm.yyyy)'
        ),
        row,
        column,
        text,
    )


def parse_bool(value: str, row: int, column: str) -> bool:
    """Yes/no in the languages of the lists; an empty cell is no."""
    token = " ".join(_token(value).split())
    if token in _TRUE:
        return True
    if token in _FALSE:
        return False
    raise cell_error(
        QT_TRANSLATE_NOOP(
            "Errors", 'row {row}, column "{column}": "{value}" is not yes or no (да/нет, 1/0)'
        ),
        row,
        column,
        value.strip(),
    )


def parse_email(value: str, row: int, column: str) -> str:
    """The address as typed, without surrounding spaces or "mailto:"; "" when not given."""
    text = value.strip()
    if text.casefold().startswith("mailto:"):
        text = text[len("mailto:") :].strip()
    if not text or _EMAIL.fullmatch(text):
        return text
    raise cell_error(
        QT_TRANSLATE_NOOP(
            "Errors", 'row {row}, column "{column}": "{value}" is not an e-mail address'
        ),
        row,
        column,
        value.strip(),
    )


def split_full_name(value: str, row: int, column: str) -> tuple[str, str, str]:
    """Family name first: "Иванов Иван Иванович" → ("Иванов", "Иван", "Иванович").

    Everything after the given name is the patronymic, so the two-word Uzbek and Kazakh forms
    ("Anvar oʻgʻli", "Нұрлан қызы") stay whole; a Kyrgyz surname "Асан уулу" stays whole too.
    Case is kept as typed.
    """
    words = value.replace(",", " ").split()
    if len(words) >= 3 and _token(words[1]) in _NAME_PARTICLES:
        words = [f"{words[0]} {words[1]}", *words[2:]]
    if len(words) == 2 and (initials := re.fullmatch(r"(\w\.)\s*(\w\.)", words[1])):
        return words[0], initials[1], initials[2]
    if len(words) < 2:
        raise cell_error(
            QT_TRANSLATE_NOOP(
                "Errors",
                'row {row}, column "{column}": "{value}" is not a full name '
                "(family name, given name, patronymic)",
            ),
            row,
            column,
            value.strip(),
        )
    return words[0], words[1], " ".join(words[2:])
