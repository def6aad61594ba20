"""A national-language handout never prints English silently: a text the library or the label
catalogue lacks in Kazakh, Kyrgyz, Tajik, Uzbek or Turkmen comes out in Russian, then English,
and the build names each such text with the language it was printed in."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from pypdf import PdfReader

from jpoa_desktop.model.languages import (
    NATIONAL_LANGUAGES,
    as_report,
    by_language,
    fallback_chain,
    first_available,
    pick,
    printed_language,
)
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.handouts.handouts import HandoutService
from jpoa_desktop.services.workshops.workshops import WorkshopInput, WorkshopService
from jpoa_desktop.texts.labels import Labels, missing_in

ENGLISH_BODY = "The full name of the document is the Joint Plan of Action"
RUSSIAN_BODY = "Полное название документа — Совместный план действий"


def _text(path: Path) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages)


@pytest.mark.parametrize("language", NATIONAL_LANGUAGES)
def test_a_national_language_falls_back_to_russian_before_english(language: str) -> None:
    assert fallback_chain(language) == (language, "ru", "en")
    assert first_available({"en": "Agenda", "ru": "Программа"}, language) == "ru"
    assert first_available({"en": "Agenda"}, language) == "en"
    assert pick({"en": "Border security", "ru": "Безопасность границ"}, language) == (
        "Безопасность границ"
    )


def test_russian_and_english_keep_their_own_order() -> None:
    assert fallback_chain("ru") == ("ru", "en")
    assert fallback_chain("en") == ("en",)
    assert pick({"en": "Border security", "ru": "Безопасность границ"}, "en") == "Border security"


def test_a_label_in_another_language_is_reported_with_the_language_it_came_out_in() -> None:
    french = Labels("fr")  # not a handout language: its chain ends in English
    assert french("agenda") == "Agenda"
    (reported,) = missing_in([french, Labels("kk")])
    assert reported == "agenda" and printed_language(reported) == "en"
    assert as_report([reported]) == [{"text": "agenda", "language": "en"}]
    assert Labels("kk")("agenda") == "Күн тәртібі"  # the catalogue has every national label


@pytest.mark.parametrize("language", ["kk", "ky", "tg"])
def test_a_cyrillic_national_factsheet_prints_the_russian_library_text_and_says_so(
    loaded_db: Database, tmp_path: Path, language: str
) -> None:
    out = tmp_path / f"factsheet-{language}.pdf"
    reported = HandoutService(loaded_db.session_scope).write(
        "factsheet", 0, out, language, pillar=3
    )
    text = _text(out)
    assert Labels(language)("factsheet") in text  # the heading is the national label
    assert RUSSIAN_BODY in text and ENGLISH_BODY not in text
    assert "III. Меры по укреплению потенциала государств" in text
    grouped = by_language(reported)
    assert set(grouped) == {"ru"}
    assert {"jpoa-overview title", "jpoa-overview body", "pillar-3 body"} <= set(grouped["ru"])


def test_russian_and_english_factsheets_report_no_fallback(
    loaded_db: Database, tmp_path: Path
) -> None:
    service = HandoutService(loaded_db.session_scope)
    for language in ("ru", "en"):
        assert service.write("factsheet", 0, tmp_path / f"{language}.pdf", language) == []


def test_a_kazakh_agenda_prints_the_russian_workshop_title_not_the_english_one(
    loaded_db: Database, tmp_path: Path
) -> None:
    workshop = WorkshopService(loaded_db.session_scope).create(
        WorkshopInput(
            titles={"en": "Border security", "ru": "Безопасность границ"},
            start=date(2026, 12, 1),
            end=date(2026, 12, 2),
            city="Almaty",
        )
    )
    out = tmp_path / "agenda-kk.pdf"
    HandoutService(loaded_db.session_scope).write("agenda", workshop, out, "kk")
    text = _text(out)
    assert "Безопасность границ" in text and "Border security" not in text


def test_the_workshop_and_session_titles_printed_in_russian_are_named(
    loaded_db: Database,
) -> None:
    from jpoa_desktop.model.agenda import SessionInput
    from jpoa_desktop.services.handouts.handout_fallbacks import workshop_text_fallbacks
    from jpoa_desktop.services.workshops.agenda import AgendaService

    workshop = WorkshopService(loaded_db.session_scope).create(
        WorkshopInput(
            titles={"en": "Border security", "ru": "Безопасность границ", "ky": "Чек ара"},
            start=date(2026, 12, 1),
            end=date(2026, 12, 1),
        )
    )
    AgendaService(loaded_db.session_scope).add_session(
        workshop,
        SessionInput(date(2026, 12, 1), time(9), time(10), {"en": "Opening", "ru": "Открытие"}),
    )
    scope = loaded_db.session_scope
    assert as_report(workshop_text_fallbacks(scope, "agenda", workshop, "ky")) == [
        {"text": "session titles", "language": "ru"}
    ]
    assert as_report(workshop_text_fallbacks(scope, "agenda", workshop, "kk", "en")) == [
        {"text": "session titles", "language": "ru"},
        {"text": "workshop title", "language": "ru"},
    ]
    assert workshop_text_fallbacks(scope, "table-tents", workshop, "kk") == []  # no title
    assert workshop_text_fallbacks(scope, "agenda", workshop, "ru", "en") == []


def test_a_new_break_never_stores_english_words_as_kazakh_and_the_agenda_says_so(
    loaded_db: Database, tmp_path: Path
) -> None:
    from jpoa_desktop.model.agenda import SessionInput
    from jpoa_desktop.services.handouts.handout_fallbacks import workshop_text_fallbacks
    from jpoa_desktop.services.workshops.agenda import AgendaService, default_titles

    titles = default_titles("break", ("ru", "kk"))
    assert titles == {"ru": "Перерыв на кофе"}  # no "Coffee break" filed under Kazakh
    assert default_titles("plenary", ("kk",)) == {"ru": "Новая сессия"}
    workshop = WorkshopService(loaded_db.session_scope).create(
        WorkshopInput(
            titles={"ru": "Безопасность границ", "kk": "Шекара қауіпсіздігі"},
            start=date(2026, 12, 1),
            end=date(2026, 12, 1),
            languages=("ru", "kk"),
        )
    )
    AgendaService(loaded_db.session_scope).add_session(
        workshop, SessionInput(date(2026, 12, 1), time(11), time(11, 15), titles, "break")
    )
    out = tmp_path / "agenda-kk.pdf"
    HandoutService(loaded_db.session_scope).write("agenda", workshop, out, "kk")
    assert "Перерыв на кофе" in _text(out) and "Coffee break" not in _text(out)
    assert as_report(
        workshop_text_fallbacks(loaded_db.session_scope, "agenda", workshop, "kk")
    ) == [{"text": "session titles", "language": "ru"}]
