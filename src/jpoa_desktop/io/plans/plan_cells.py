"""The cells of an action plan: amounts, budget lines, indicators, date ranges and lists.

The parsers read the cells the exports write (`Name: 0 → 5000 people`, `12 500,50 KZT, state
budget`) and the variants people type, and raise `ValidationError`s naming the row and the
column (`cell_error`, as the participant list's parsers do).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from jpoa_desktop.errors import QT_TRANSLATE_NOOP
from jpoa_desktop.io.tables.cells import cell_error

_SPACES = re.compile(r"[\s\u00a0\u202f\u2009']")
_BUDGET = re.compile(r"^([\d\s\u00a0\u202f\u2009'.,]*\d)\s*([A-Z]{3})?(?:\s*,\s*(.*))?$", re.DOTALL)
_INDICATOR = re.compile(r"^(.*):\s*([^:]*?)\s*(?:→|->)\s*(\S*)\s*(.*)$")
_DATES = re.compile(r"^(.*?)\s*[–—]\s*(.*)$|^(.*?)\s+-\s+(.*)$")


def parse_amount(value: str, row: int, column: str) -> Decimal:
    """`12 500,50`, `12,500.50`, `12500.5` → Decimal; anything else names the cell."""
    text = _SPACES.sub("", value)
    if "," in text and "." in text:
        decimal_mark = "," if text.rfind(",") > text.rfind(".") else "."
        thousands = "." if decimal_mark == "," else ","
        text = text.replace(thousands, "").replace(decimal_mark, ".")
    elif text.count(",") == 1:
        text = text.replace(",", ".")
    elif text.count(",") > 1:
        text = text.replace(",", "")
    try:
        amount = Decimal(text)
    except InvalidOperation:
        amount = Decimal("NaN")
    if not amount.is_finite() or not text:
        raise cell_error(
            QT_TRANSLATE_NOOP("Errors", 'row {row}, column "{column}": "{value}" is not an amount'),
            row,
            column,
            value,
        )
    return amount


def parse_budget(
    value: str, row: int, column: str, currency: str = "", source: str = ""
) -> list[tuple[Decimal, str, str]]:
    """Budget lines (amount, currency, source) from `12 500,50 KZT, state budget` lines (or
    `;`-separated), or from a bare amount with the currency and source of their own columns."""
    lines = []
    for part in re.split(r"[\n;]", value):
        part = part.strip()
        if not part:
            continue
        match = _BUDGET.match(part)
        if match is None:
            raise cell_error(
                QT_TRANSLATE_NOOP(
                    "Errors", 'row {row}, column "{column}": "{value}" is not an amount'
                ),
                row,
                column,
                part,
            )
        amount = parse_amount(match[1], row, column)
        code = (match[2] or currency).upper()
        if not code:
            raise cell_error(
                QT_TRANSLATE_NOOP(
                    "Errors", 'row {row}, column "{column}": "{value}" has no currency (e.g. USD)'
                ),
                row,
                column,
                part,
            )
        lines.append((amount, code, (match[3] or "").strip() or source))
    return lines


def parse_indicators(value: str) -> list[tuple[str, str, str, str]]:
    """(name, baseline, target, unit) of each line: `Name: 0 → 5000 people`, or a bare name."""
    found = []
    for line in value.split("\n"):
        line = line.strip()
        if not line:
            continue
        match = _INDICATOR.match(line)
        if match is None:
            found.append((line, "", "", ""))
        else:
            found.append((match[1].strip(), match[2], match[3], match[4].strip()))
    return found


def split_dates(value: str) -> tuple[str, str]:
    """`01.01.2025–31.12.2026` (either side may be missing) → the two date texts."""
    match = _DATES.match(value.strip())
    if match is None:
        return value.strip(), ""
    start, end = (match[1], match[2]) if match[1] is not None else (match[3], match[4])
    return start.strip(), end.strip()


def split_list(value: str) -> list[str]:
    """Agencies or partners, one a line or separated by semicolons."""
    return [part.strip() for part in re.split(r"[\n;]", value) if part.strip()]


def split_codes(value: str) -> list[str]:
    """Pillar and area codes: `I, I.2`, `II.3; IV`."""
    return [part for part in re.split(r"[\s,;]+", value) if part]
