"""Dates, numbers, money and plural forms as each of our seven languages writes them, from CLDR.

Every printed, exported or shown date, amount or count goes through here so that a Kyrgyz handout
says "10-октябрь" and a Russian budget says "1 500 000,50 KGS" without anyone writing a month
table or a decimal comma by hand. The data is CLDR's, read through Babel; the module is Qt-free so
handouts, exports, the CLI and the screens all print the same thing.

Our language codes map to CLDR locales in `LOCALES`: English is `en_GB` (day before month and a
24-hour clock, as the workshops' English papers have always been), Uzbek is `uz_Latn` (the Latin
script our handouts use). Where we depart from the raw CLDR output, it is for print:

- narrow and thin spaces (U+202F, U+2009) become a no-break space and a plain space: ReportLab
  breaks lines at, and draws as an ordinary space, every Unicode space except U+00A0, so "2026 г."
  keeps "г." on its line only with U+00A0;
- between two day numbers of one month a span has an unspaced en dash ("10–11 October 2026"),
  whatever dash the locale's interval pattern puts there (an em dash in Russian, a spaced dash in
  English), so it fits a narrow cell;
- a numeric date always has a four-digit year: CLDR's short pattern with `yy` widened to `y`, since
  a two-digit year is ambiguous on an official paper.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime, time
from decimal import Decimal
from functools import cache

from babel import Locale
from babel.core import UnknownLocaleError
from babel.dates import format_date, format_skeleton, format_time
from babel.numbers import format_currency, format_decimal, format_percent

LOCALES = {
    "en": "en_GB",
    "ru": "ru",
    "kk": "kk",
    "ky": "ky",
    "tg": "tg",
    "uz": "uz_Latn",
    "tk": "tk",
}
FALLBACK_LOCALE = "en_GB"
CURRENCIES = ("KGS", "KZT", "TJS", "UZS", "TMT", "USD", "EUR")
NBSP = "\u00a0"
RANGE_DASH = "–"

Number = Decimal | int | float
_PRINTABLE_SPACES = str.maketrans({"\u202f": NBSP, "\u2009": " "})
_DAY_RANGE = re.compile(r"(\d)\s*[–—-]\s*(\d)")
_SHORT_MONTH = re.compile(r"(?<!M)MMM(?!M)")
_TWO_DIGIT_YEAR = re.compile(r"(?<!y)yy(?!y)")
_LAST_DIGIT = re.compile(r"0(?!.*0)")
_CENTS = re.compile(r"0\.0+")


@cache
def locale_for(language: str) -> Locale:
    """The CLDR locale for one of our language codes; a code Babel does not know is English."""
    try:
        return Locale.parse(LOCALES.get(language, language))
    except (UnknownLocaleError, ValueError):
        return Locale.parse(FALLBACK_LOCALE)


def _printable(text: str) -> str:
    return text.translate(_PRINTABLE_SPACES)


def long_date(day: date, language: str) -> str:
    """`10 October 2026`, `10 октября 2026 г.`, `2026-ж., 10-октябрь`: CLDR's long date."""
    return _printable(format_date(day, "long", locale=locale_for(language)))


def full_date(day: date, language: str) -> str:
    """`Wednesday, 2 December 2026`, `среда, 2 декабря 2026 г.`: CLDR's full date, weekday named."""
    return _printable(format_date(day, "full", locale=locale_for(language)))


def weekday_and_day(day: date, language: str) -> str:
    """`Wed 2 Dec`, `ср, 2 дек.`: CLDR's `MMMEd` skeleton, for a list of a workshop's days."""
    return _printable(format_skeleton("MMMEd", day, locale=locale_for(language)))


def _day_before_month(pattern: str) -> bool | None:
    day, month = pattern.find("d"), pattern.find("M")
    return None if day < 0 or month < 0 else day < month


def date_span(start: date, end: date, language: str) -> str:
    """`10–11 October 2026`, `10 октября — 2 ноября 2026 г.`: CLDR's interval, months spelt out.

    CLDR has interval patterns for the abbreviated month (`yMMMd`) only; as TR35 says for a
    skeleton that differs in field width, the pattern is widened to the full month name. Where the
    locale has no such pattern, or one that puts day and month in the other order than its own
    long date (Tajik's are copies of the English "Oct 10 – 11, 2026"), the two long dates are
    joined by the locale's interval fallback (`{0} – {1}`).
    """
    if end < start:
        start, end = end, start
    if start == end:
        return long_date(start, language)
    locale = locale_for(language)
    patterns = locale.interval_formats.get("yMMMd")
    field = "y" if start.year != end.year else "M" if start.month != end.month else "d"
    halves = patterns.get(field) if patterns else None
    long_order = _day_before_month(locale.date_formats["long"].pattern)
    if not halves or _day_before_month("".join(halves)) != long_order:
        joined = str(locale.interval_formats.get(None) or "{0} – {1}")
        return _printable(joined.format(long_date(start, language), long_date(end, language)))
    text = "".join(
        format_date(instant, _SHORT_MONTH.sub("MMMM", half), locale=locale)
        for half, instant in zip(halves, (start, end), strict=True)
    )
    if field == "d":
        text = _DAY_RANGE.sub(rf"\1{RANGE_DASH}\2", text, count=1)
    return _printable(text)


def short_date(day: date, language: str) -> str:
    """`10.10.2026` (ru, kk, ky, tk), `10/10/2026` (en, tg, uz): CLDR's short date, full year."""
    locale = locale_for(language)
    pattern = _TWO_DIGIT_YEAR.sub("y", locale.date_formats["short"].pattern)
    return _printable(format_date(day, pattern, locale=locale))


def time_of_day(moment: time | datetime, language: str) -> str:
    """`09:05` in every one of our languages: CLDR's short time (24-hour in all seven)."""
    return _printable(format_time(moment, "short", locale=locale_for(language)))


def short_date_time(moment: datetime, language: str) -> str:
    """`02/03/2026, 09:05`, `02.03.2026 09:05` (ky, tg, tk): the numeric date and the time joined
    by CLDR's short date-time pattern; the moment's own wall clock, no time-zone conversion."""
    joined = str(locale_for(language).datetime_formats["short"])
    return joined.replace("{1}", short_date(moment.date(), language)).replace(
        "{0}", time_of_day(moment, language)
    )


def decimal_number(value: Number | str, language: str, places: int | None = None) -> str:
    """`12.5` / `12,5`, with grouping (`1 234,5`); `places` fixes the digits after the point."""
    number = Decimal(str(value)) if isinstance(value, str | float) else value
    locale = locale_for(language)
    if places is None:
        return _printable(format_decimal(number, locale=locale, decimal_quantization=False))
    pattern = "#,##0" + ("." + "0" * places if places else "")
    return _printable(format_decimal(number, pattern, locale=locale))


def integer(value: int, language: str) -> str:
    """`1,234,567` / `1 234 567`: a count with the language's grouping."""
    return _printable(format_decimal(value, "#,##0", locale=locale_for(language)))


def money(amount: Number, currency: str, language: str, places: int | None = None) -> str:
    """`1 234 567,50 KGS`, `KGS 1,234,567.50`: the amount in CLDR's currency pattern with the ISO
    code (never a symbol: "$" or "сом" is ambiguous across our countries) and the currency's own
    number of decimals, or `places` of them. Babel does not apply CLDR's currency spacing, so a
    no-break space is put between a code and a digit that touch, as `currencySpacing` asks."""
    locale = locale_for(language)
    pattern = locale.currency_formats["standard"].pattern.replace("¤", "¤¤")
    if places is not None:
        pattern = _CENTS.sub("0." + "0" * places if places else "0", pattern)
    text = format_currency(
        Decimal(str(amount)),
        currency.upper(),
        pattern,
        locale=locale,
        currency_digits=places is None,
    )
    code = re.escape(currency.upper())
    text = re.sub(rf"({code})(\d)", rf"\1{NBSP}\2", text)
    text = re.sub(rf"(\d)({code})", rf"\1{NBSP}\2", text)
    return _printable(text)


def amount(value: Number, language: str) -> str:
    """`1,500,000.50` / `1 500 000,50`: a sum of money with two decimals, no currency."""
    return decimal_number(value, language, places=2)


def percent(fraction: Number, language: str, places: int = 0) -> str:
    """`12%`, `12 %` (ru, tk): the fraction (0.125) as the language writes a percentage."""
    pattern = locale_for(language).percent_formats[None].pattern
    if places:
        pattern = _LAST_DIGIT.sub("0." + "0" * places, pattern, count=1)
    return _printable(format_percent(Decimal(str(fraction)), pattern, locale=locale_for(language)))


def plural_category(count: Number, language: str) -> str:
    """CLDR's plural category for `count`: `one`, `few`, `many` or `other` (ru); `one`/`other`."""
    return str(locale_for(language).plural_form(count))


def plural(count: Number, forms: Mapping[str, str], language: str) -> str:
    """The form of `forms` (category → text) for `count`, `other` when its category is missing;
    `{count}` in it becomes the count as the language writes it."""
    chosen = forms.get(plural_category(count, language)) or forms["other"]
    shown = integer(count, language) if isinstance(count, int) else decimal_number(count, language)
    return chosen.replace("{count}", shown)
