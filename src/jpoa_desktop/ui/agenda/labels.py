"""Words the agenda editor shows for service values: session kinds, days, warnings."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from jpoa_desktop.errors import ERRORS_CONTEXT
from jpoa_desktop.model.agenda import AgendaWarning
from jpoa_desktop.texts.formatting import full_date

KINDS = ("plenary", "group_work", "break", "exercise")


def kind_label(kind: str) -> str:
    labels = {
        "plenary": QCoreApplication.translate("Agenda", "Plenary"),
        "group_work": QCoreApplication.translate("Agenda", "Group work"),
        "break": QCoreApplication.translate("Agenda", "Break"),
        "exercise": QCoreApplication.translate("Agenda", "Exercise"),
    }
    return labels.get(kind, kind)


def day_label(day: date, number: int, language: str) -> str:
    """“Day 2 — Wednesday, 2 December 2026”, in the interface language."""
    when = full_date(day, language)
    if number:
        return QCoreApplication.translate("Agenda", "Day {number} — {date}").format(
            number=number, date=when
        )
    return QCoreApplication.translate("Agenda", "Outside the workshop's dates — {date}").format(
        date=when
    )


def warning_text(warning: AgendaWarning) -> str:
    """The warning in the interface language (its template is in the "Errors" catalogue)."""
    translated = QCoreApplication.translate(ERRORS_CONTEXT, warning.template)
    try:
        return translated.format(**warning.values)
    except (KeyError, IndexError, ValueError):  # a translation that mangled a placeholder
        return str(warning)
