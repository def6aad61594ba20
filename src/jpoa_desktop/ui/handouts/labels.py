"""Names of handout kinds and their options in the interface language (services keep codes)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def kind_label(kind: str) -> str:
    labels = {
        "agenda": QCoreApplication.translate("HandoutLabels", "Agenda"),
        "participant-list": QCoreApplication.translate("HandoutLabels", "Participant list"),
        "sign-in": QCoreApplication.translate("HandoutLabels", "Sign-in sheets"),
        "badges": QCoreApplication.translate("HandoutLabels", "Badges"),
        "table-tents": QCoreApplication.translate("HandoutLabels", "Table tents"),
        "certificates": QCoreApplication.translate("HandoutLabels", "Certificates"),
        "factsheet": QCoreApplication.translate("HandoutLabels", "Factsheet"),
    }
    return labels.get(kind, kind)


def kind_hint(kind: str) -> str:
    """One line under the kind's name: what comes out of the printer."""
    hints = {
        "agenda": QCoreApplication.translate(
            "HandoutLabels", "Days and sessions with times and speakers"
        ),
        "participant-list": QCoreApplication.translate(
            "HandoutLabels", "A numbered table of everyone registered"
        ),
        "sign-in": QCoreApplication.translate(
            "HandoutLabels", "One sheet per day, with blank rows for walk-ins"
        ),
        "badges": QCoreApplication.translate(
            "HandoutLabels", "Names with a QR code, on label sheets"
        ),
        "table-tents": QCoreApplication.translate(
            "HandoutLabels", "Folded A4, the name readable from both sides"
        ),
        "certificates": QCoreApplication.translate(
            "HandoutLabels", "For those who met the attendance rule"
        ),
        "factsheet": QCoreApplication.translate(
            "HandoutLabels", "The JPoA and one pillar, from the library"
        ),
    }
    return hints.get(kind, "")


def column_label(column: str) -> str:
    labels = {
        "organisation": QCoreApplication.translate("HandoutLabels", "Organisation"),
        "position": QCoreApplication.translate("HandoutLabels", "Position"),
        "country": QCoreApplication.translate("HandoutLabels", "Country"),
        "role": QCoreApplication.translate("HandoutLabels", "Role"),
        "email": QCoreApplication.translate("HandoutLabels", "E-mail"),
        "phone": QCoreApplication.translate("HandoutLabels", "Phone"),
    }
    return labels.get(column, column)


def sort_label(sort: str) -> str:
    labels = {
        "name": QCoreApplication.translate("HandoutLabels", "By name"),
        "country": QCoreApplication.translate("HandoutLabels", "By country"),
        "organisation": QCoreApplication.translate("HandoutLabels", "By organisation"),
    }
    return labels.get(sort, sort)


def paper_label(paper: str) -> str:
    return {
        "a4": QCoreApplication.translate("HandoutLabels", "A4"),
        "letter": QCoreApplication.translate("HandoutLabels", "Letter"),
    }.get(paper, paper)


def template_label(paper: str, columns: int, rows: int, width_mm: float, height_mm: float) -> str:
    """`A4, 2 × 4 (95 × 68 mm)`: the paper, the grid, one label's size."""
    return QCoreApplication.translate(
        "HandoutLabels", "{paper}, {columns} × {rows} ({width:g} × {height:g} mm)"
    ).format(paper=paper_label(paper), columns=columns, rows=rows, width=width_mm, height=height_mm)
