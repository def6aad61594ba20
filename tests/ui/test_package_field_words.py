"""A conflict's fields are named in the interface language, not by their column names."""

from __future__ import annotations

from datetime import UTC, datetime

from pytestqt.qtbot import QtBot

from jpoa_desktop.model.exchange import Conflict, FieldChange
from jpoa_desktop.ui.exchange.choice_lists import ConflictList
from jpoa_desktop.ui.exchange.field_words import field_words
from jpoa_desktop.ui.i18n import Translations

WHEN = datetime(2026, 5, 14, 9, 30, tzinfo=UTC)


def test_a_conflicts_fields_read_as_words_in_russian(
    qtbot: QtBot, translations: Translations
) -> None:
    conflict = Conflict(
        table="person",
        uuid="p-1",
        label="Нурланова Айгерим",
        changes=(
            FieldChange("family_name", "Нурланова", "Нурланова-Ким"),
            FieldChange("latin_given_name", "AIGERIM", "AYGERIM"),
            FieldChange("a_newer_apps_field", "1", "2"),
        ),
        mine_updated_at=WHEN,
        theirs_updated_at=WHEN,
    )
    shown = ConflictList((conflict,), "en")
    qtbot.addWidget(shown)
    translations.switch("ru")  # the list follows a change of language
    try:
        row = shown.topLevelItem(0)
        assert row is not None
        fields = [child.text(0) for n in range(row.childCount()) if (child := row.child(n))]
        assert fields == ["фамилия", "имя (латиницей)", "a newer apps field"]
    finally:
        translations.switch("en")
    assert field_words("family_name") == "family name"
