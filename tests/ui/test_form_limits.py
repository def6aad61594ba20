"""Every form's boxes take no more than the service will store: a 10,000-character paste into a
name, a title or a measure is cut at the limit while typing, so saving works and prints."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from jpoa_desktop.services.database import Database
from jpoa_desktop.services.people.people import PersonInput
from jpoa_desktop.services.workshops.workshops import WorkshopInput, WorkshopService
from jpoa_desktop.ui.checkin.walk_in import WalkInForm
from jpoa_desktop.ui.handouts.branding.image_list import SignerDialog
from jpoa_desktop.ui.participants.person_form import PersonForm
from jpoa_desktop.ui.strategies.details.item_form import ItemForm
from jpoa_desktop.ui.workshops.workshop_form import WorkshopForm

PASTE = "Я" * 10_000


def test_the_person_form_cuts_a_huge_paste_at_each_fields_limit_and_saves(qtbot: QtBot) -> None:
    saved: list[PersonInput] = []
    form = PersonForm(saved.append)
    qtbot.addWidget(form)
    for box in (form.family, form.given, form.position, form.phone):
        box.insert(PASTE)  # what a paste does
    form.notes.insertPlainText(PASTE + PASTE)
    person = form.person()
    assert (len(person.family_name), len(person.given_name)) == (120, 120)
    assert (len(person.position), len(person.phone)) == (300, 40)
    assert len(person.notes) == 10_000
    form.notes.insertPlainText("ещё")  # typing at the limit adds nothing
    assert len(form.notes.toPlainText()) == 10_000
    assert form.notes.toPlainText().endswith("Я")


def test_the_workshop_form_cuts_titles_venue_and_city(qtbot: QtBot, library_db: Database) -> None:
    choices = WorkshopService(library_db.session_scope).choices("en")
    initial = WorkshopInput(titles={}, start=date(2026, 12, 1), end=date(2026, 12, 2))
    form = WorkshopForm(choices, initial, lambda _w: None, new=True)
    qtbot.addWidget(form)
    for box in (*form.titles.values(), form.venue, form.city):
        box.insert(PASTE)
    assert {len(box.text()) for box in form.titles.values()} == {300}
    assert (len(form.venue.text()), len(form.city.text())) == (300, 120)


def test_a_measures_text_stops_at_four_thousand_characters(qtbot: QtBot) -> None:
    form = ItemForm()
    qtbot.addWidget(form)
    form.texts[0].insertPlainText("М" * 3_990)
    form.texts[0].insertPlainText("0123456789ABCDEF")  # the paste that crosses the limit
    assert form.texts[0].toPlainText() == "М" * 3_990 + "0123456789"
    form.responsible.insert(PASTE)
    assert len(form.responsible.text()) == 3_000


def test_the_signer_and_the_walk_in_boxes_have_limits(qtbot: QtBot) -> None:
    signer = SignerDialog()
    qtbot.addWidget(signer)
    signer.name.insert(PASTE)
    assert len(signer.name.text()) == 200
    walk_in = WalkInForm()
    qtbot.addWidget(walk_in)
    walk_in.family.insert(PASTE)
    walk_in.organisation.insert(PASTE)
    assert (len(walk_in.family.text()), len(walk_in.organisation.text())) == (120, 300)


def test_indicator_and_budget_cells_typed_in_place_have_limits(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLineEdit, QTableWidgetItem

    from jpoa_desktop.ui.strategies.details.budget_pane import BudgetPane
    from jpoa_desktop.ui.strategies.details.indicators_pane import IndicatorsPane

    indicators, budget = IndicatorsPane(lambda _c: True), BudgetPane(lambda _c: True)
    for pane, column, limit in ((indicators, 0, 1_000), (indicators, 3, 60), (budget, 2, 300)):
        qtbot.addWidget(pane)
        table = pane.table
        table.setRowCount(1)
        cells = [QTableWidgetItem("") for _ in range(table.columnCount())]
        for filled, cell in enumerate(cells):
            table.setItem(0, filled, cell)
        table.openPersistentEditor(cells[column])
        editor = table.indexWidget(table.model().index(0, column))
        assert isinstance(editor, QLineEdit)
        editor.insert(PASTE)
        assert len(editor.text()) == limit
