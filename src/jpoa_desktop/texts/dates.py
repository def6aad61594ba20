"""Dates and decimal numbers as each handout language writes them.

English and Russian spell the month; the national languages get the numeric form
(10.10.2026) that ministries in the region use, rather than a month name we could get wrong.
"""

from __future__ import annotations

from datetime import date

MONTHS = {
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
    "ru": (
        "января", "февраля", "марта", "апреля", "мая", "июня",
        "июля", "августа", "сентября", "октября", "ноября", "декабря",
    ),
}  # fmt: skip


DECIMAL_POINT = frozenset({"en"})  # the others write 12,5


def decimal(text: str, language: str) -> str:
    """`12.5` as the language writes it: `12,5` in Russian and the national languages."""
    return text if language in DECIMAL_POINT else text.replace(".", ",")


def long_date(day: date, language: str) -> str:
    if language == "en":
        return f"{day.day} {MONTHS['en'][day.month - 1]} {day.year}"
    if language == "ru":
        return f"{day.day} {MONTHS['ru'][day.month - 1]} {day.year} г."
    return day.strftime("%d.%m.%Y")


def date_span(start: date, end: date, language: str) -> str:
    """`10–11 October 2026`, or the two dates in full when the month or year differs."""
    if start == end:
        return long_date(start, language)
    if language in MONTHS and (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{long_date(end, language)}"
    return f"{long_date(start, language)} – {long_date(end, language)}"
