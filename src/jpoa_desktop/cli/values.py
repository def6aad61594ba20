"""Command-line values that argparse cannot check alone: dates and counts, with a clear error."""

from __future__ import annotations

import argparse
from datetime import date

from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError


def day(text: str | None) -> date:
    """A YYYY-MM-DD option; today when it is not given."""
    if text is None:
        return date.today()
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{value}” is not a date like 2026-12-01."), value=text
        ) from None


def positive(value: str) -> int:
    """An argparse `type` for a count from 1 (argparse prints the message and exits 2)."""
    number = int(value) if value.isdigit() else 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number from 1, got {value!r}")
    return number
