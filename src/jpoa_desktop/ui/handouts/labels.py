"""Names of handout kinds and their options in the interface language (services keep codes).

The kinds' names and hints are written once, in `handouts/registry.py`, marked for the
"HandoutLabels" context; here they are translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from jpoa_desktop.handouts.registry import BY_KEY, FORM_COPIES


def kind_label(key: str) -> str:
    handout = BY_KEY.get(key)
    return QCoreApplication.translate("HandoutLabels", handout.title) if handout else key


def kind_hint(key: str) -> str:
    """One line under the kind's name: what comes out of the printer."""
    handout = BY_KEY.get(key)
    return QCoreApplication.translate("HandoutLabels", handout.hint) if handout else ""


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


def translate_copies(combo: QComboBox) -> None:
    """Fill (or retranslate) the choice of copies of a printed test or evaluation, keeping the
    one chosen; the first, "" (as usual), is per participant for a test and anonymous for an
    evaluation, which people answer more freely."""
    names = {
        "": QCoreApplication.translate("HandoutLabels", "As usual for this form"),
        "people": QCoreApplication.translate("HandoutLabels", "One per participant, and a blank"),
        "blank": QCoreApplication.translate("HandoutLabels", "Anonymous, one per participant"),
        "one": QCoreApplication.translate("HandoutLabels", "One blank copy to photocopy"),
    }
    assert tuple(names)[1:] == FORM_COPIES
    chosen = combo.currentData() or ""
    combo.blockSignals(True)
    combo.clear()
    for key, text in names.items():
        combo.addItem(text, key)
    combo.setCurrentIndex(max(combo.findData(chosen), 0))
    combo.setToolTip(QCoreApplication.translate(
        "HandoutLabels", "Tests: one per participant with name and QR code, and a blank one for "
        "a walk-in. Evaluations: anonymous blank copies."))  # fmt: skip
    combo.blockSignals(False)
