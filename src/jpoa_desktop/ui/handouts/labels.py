"""Names of handout kinds and their options in the interface language (services keep codes)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("HandoutLabels", text)


def kind_label(kind: str) -> str:
    labels = {
        "agenda": _t("Agenda"),
        "participant-list": _t("Participant list"),
        "sign-in": _t("Sign-in sheets"),
        "badges": _t("Badges"),
        "table-tents": _t("Table tents"),
        "certificates": _t("Certificates"),
        "factsheet": _t("Factsheet"),
    }
    return labels.get(kind, kind)


def kind_hint(kind: str) -> str:
    """One line under the kind's name: what comes out of the printer."""
    hints = {
        "agenda": _t("Days and sessions with times and speakers"),
        "participant-list": _t("A numbered table of everyone registered"),
        "sign-in": _t("One sheet per day, with blank rows for walk-ins"),
        "badges": _t("Names with a QR code, on label sheets"),
        "table-tents": _t("Folded A4, the name readable from both sides"),
        "certificates": _t("For those who met the attendance rule"),
        "factsheet": _t("The JPoA and one pillar, from the library"),
    }
    return hints.get(kind, "")


def column_label(column: str) -> str:
    labels = {
        "organisation": _t("Organisation"),
        "position": _t("Position"),
        "country": _t("Country"),
        "role": _t("Role"),
        "email": _t("E-mail"),
        "phone": _t("Phone"),
    }
    return labels.get(column, column)


def sort_label(sort: str) -> str:
    labels = {
        "name": _t("By name"),
        "country": _t("By country"),
        "organisation": _t("By organisation"),
    }
    return labels.get(sort, sort)


def paper_label(paper: str) -> str:
    return {"a4": _t("A4"), "letter": _t("Letter")}.get(paper, paper)


def template_label(paper: str, columns: int, rows: int, width_mm: float, height_mm: float) -> str:
    """`A4, 2 × 4 (95 × 68 mm)`: the paper, the grid, one label's size."""
    return _t("{paper}, {columns} × {rows} ({width:g} × {height:g} mm)").format(
        paper=paper_label(paper), columns=columns, rows=rows, width=width_mm, height=height_mm
    )
