"""The import preview, from a preview made by hand: what it holds and would change in words,
conflicts with a tick each and buttons for all, look-alike people left apart unless ticked."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from jpoa_desktop.model.exchange import (
    Conflict,
    FieldChange,
    ImportPreview,
    MergeChoices,
    PersonMatch,
)
from jpoa_desktop.model.packages import JsonObject
from jpoa_desktop.ui.exchange.preview_dialog import ImportPreviewDialog, held_titles
from jpoa_desktop.ui.i18n import Translations

WHEN = datetime(2026, 5, 14, 9, 30, tzinfo=UTC)


def preview(conflicts: int = 2, matches: int = 1) -> ImportPreview:
    return ImportPreview(
        path="/tmp/desk.jpoa",
        kind="workshops",
        created_by="desk-laptop-2",
        created_at=WHEN,
        holds={"workshops": [{"uuid": "w-1", "title": "Финансирование терроризма"}]},
        added={"workshop": 3, "person": 12, "attendance": 240, "agenda_session": 0},
        updated={"person": 1},
        unchanged=250,
        conflicts=tuple(
            Conflict(
                table="person",
                uuid=f"p-{n}",
                label=f"Нурланова Айгерим {n}",
                changes=(FieldChange("organisation", "МВД", "Министерство внутренних дел"),),
                mine_updated_at=WHEN,
                theirs_updated_at=WHEN,
            )
            for n in range(conflicts)
        ),
        person_matches=tuple(
            PersonMatch(
                f"in-{n}",
                "Qoʻchqorov Anvar",
                f"here-{n}",
                "Кучкаров Анвар",
                "same name across scripts",
            )
            for n in range(matches)
        ),
    )


@pytest.fixture
def dialog(qtbot: QtBot, translations: Translations) -> ImportPreviewDialog:
    shown = ImportPreviewDialog(preview(), "en")
    qtbot.addWidget(shown)
    shown.show()
    return shown


def test_the_preview_says_who_made_the_package_and_what_it_would_change(
    dialog: ImportPreviewDialog,
) -> None:
    summary, counts = dialog.summary.text(), dialog.counts.text()
    assert "desk-laptop-2" in summary and "«Финансирование терроризма»" in summary
    assert "3 workshops" in counts and "12 people" in counts and "240 attendance marks" in counts
    assert "agenda" not in counts  # a table with nothing to add is not mentioned
    assert "250" in counts
    assert dialog.conflicts.topLevelItemCount() == 2
    assert dialog.matches.topLevelItemCount() == 1


def test_by_default_conflicts_keep_mine_and_nobody_is_merged(dialog: ImportPreviewDialog) -> None:
    choices = dialog.choices()
    assert choices.all_conflicts == "mine"
    assert {choices.side_for("p-0"), choices.side_for("p-1")} == {"mine"}
    assert choices.merge_people == frozenset()


def test_take_theirs_for_all_then_keep_one(qtbot: QtBot, dialog: ImportPreviewDialog) -> None:
    qtbot.mouseClick(dialog.take_all, Qt.MouseButton.LeftButton)
    assert dialog.choices().all_conflicts == "theirs"
    assert dialog.choices().side_for("p-1") == "theirs"
    first = dialog.conflicts.rows()[0]
    assert first.text(3) == "the package's"

    first.setCheckState(0, Qt.CheckState.Unchecked)
    choices = dialog.choices()
    assert (choices.side_for("p-0"), choices.side_for("p-1")) == ("mine", "theirs")
    assert choices.all_conflicts == "mine"

    qtbot.mouseClick(dialog.keep_all, Qt.MouseButton.LeftButton)
    assert set(dialog.choices().conflicts.values()) == {"mine"}


def test_space_ticks_a_look_alike_for_merging(qtbot: QtBot, dialog: ImportPreviewDialog) -> None:
    dialog.matches.setFocus()
    dialog.matches.setCurrentItem(dialog.matches.rows()[0], 0)
    qtbot.keyClick(dialog.matches, Qt.Key.Key_Space)
    assert dialog.choices() == MergeChoices(
        conflicts={"p-0": "mine", "p-1": "mine"}, merge_people=frozenset({"in-0"})
    )


def test_a_preview_without_conflicts_or_matches_hides_their_lists(
    qtbot: QtBot, translations: Translations
) -> None:
    shown = ImportPreviewDialog(preview(conflicts=0, matches=0), "en")
    qtbot.addWidget(shown)
    shown.show()
    assert not shown.conflict_box.isVisible() and not shown.match_box.isVisible()
    ok = shown.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "&Import" and ok.isDefault()


def test_the_titles_are_found_in_any_shape_of_holds() -> None:
    first: JsonObject = {"uuid": "w", "titles": {"ru": "Семинар", "en": "Seminar"}}
    workshops: JsonObject = {"workshops": [first, {"uuid": "v", "titles": {"ky": "Семинар КР"}}]}
    assert held_titles(workshops, "ru") == ["Семинар", "Семинар КР"]
    assert held_titles(workshops, "uz") == ["Seminar", "Семинар КР"]
    assert held_titles({"draft": {"uuid": "d", "titles": {"ru": "План"}}}, "en") == ["План"]
    assert held_titles({"workshops": [{"title": "A"}, {"title": "B"}], "n": 2}, "en") == ["A", "B"]
    assert held_titles(None, "en") == []
