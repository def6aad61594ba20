"""The handout label catalogue: complete in all seven languages, placeholders intact, and a
missing label printed in English and reported."""

from __future__ import annotations

import re

import pytest

from jpoa_desktop.texts.labels import HANDOUT_LANGUAGES, Labels, catalogue, missing_in


@pytest.mark.parametrize("language", HANDOUT_LANGUAGES)
def test_every_label_is_in_every_handout_language(language: str) -> None:
    missing = [key for key, entry in catalogue().items() if language not in entry]
    assert missing == []


def test_placeholders_survive_in_every_language() -> None:
    for key, entry in catalogue().items():
        wanted = sorted(re.findall(r"\{(\w+)\}", entry["en"]))
        for language, text in entry.items():
            assert sorted(re.findall(r"\{(\w+)\}", text)) == wanted, (key, language)


def test_a_language_without_a_label_gets_the_english_text_and_a_report() -> None:
    french = Labels("fr")  # not a handout language: everything falls back
    assert french("day", number=2) == "Day 2"
    assert french("agenda") == "Agenda"
    assert missing_in([french, Labels("ru")]) == ["agenda", "day"]


def test_hours_are_written_with_the_language_s_decimal_mark() -> None:
    from jpoa_desktop.texts.formatting import decimal_number as decimal

    assert decimal("12.5", "en") == "12.5"
    assert [decimal("12.5", code) for code in ("ru", "kk", "ky", "tg", "uz", "tk")] == ["12,5"] * 6
    assert decimal("16", "ru") == "16"
