"""Words the agenda editor shows for service values: session kinds, days, warnings."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from jpoa_desktop.errors import ERRORS_CONTEXT, QT_TRANSLATE_NOOP
from jpoa_desktop.model.agenda import AgendaWarning
from jpoa_desktop.texts.formatting import full_date
from jpoa_desktop.ui.widgets.code_labels import CodeLabels

KINDS = ("plenary", "group_work", "break", "exercise")


kind_label = CodeLabels(
    "Agenda",
    {
        "plenary": QT_TRANSLATE_NOOP("Agenda", "Plenary"),
        "group_work": QT_TRANSLATE_NOOP("Agenda", "Group work"),
        "break": QT_TRANSLATE_NOOP("Agenda", "Break"),
        "exercise": QT_TRANSLATE_NOOP("Agenda", "Exercise"),
    },
)


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
