"""Screens write dates and money through texts/formatting, so they read as the handouts do."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from pytestqt.qtbot import QtBot

from jpoa_desktop.ui.agenda.labels import day_label
from jpoa_desktop.ui.library.render import format_date
from jpoa_desktop.ui.strategies.coverage.coverage_model import money_text
from jpoa_desktop.ui.strategies.details.budget_pane import format_amount, parse_amount
from jpoa_desktop.ui.verify.result_pane import format_dates

NB = "\u00a0"


def test_an_agenda_day_names_its_weekday_in_the_language(qtbot: QtBot) -> None:
    assert day_label(date(2026, 12, 2), 2, "en") == "Day 2 — Wednesday, 2 December 2026"
    assert day_label(date(2026, 12, 2), 0, "en").endswith("— Wednesday, 2 December 2026")


def test_a_library_date_is_the_long_date_and_a_bad_one_stays_as_written() -> None:
    assert format_date("2005-09-08", "ru") == f"8 сентября 2005{NB}г."
    assert format_date("2005-09-08", "en") == "8 September 2005"
    assert format_date("2005", "en") == "2005"


def test_a_certificate_code_s_dates_read_as_the_certificate_prints_them() -> None:
    assert format_dates("2026-03-02/2026-03-06", "ru") == f"2–6 марта 2026{NB}г."
    assert format_dates("2026-03-02/2026-03-06", "ky") == "2–6-март 2026-ж."
    assert format_dates("not/dates", "en") == "not/dates"


def test_an_amount_shown_in_any_language_is_read_back() -> None:
    for language in ("en", "ru", "kk", "ky", "tg", "uz", "tk"):
        shown = format_amount(Decimal("1500000.5"), language)
        assert parse_amount(shown) == Decimal("1500000.50"), (language, shown)


def test_a_coverage_budget_keeps_cents_only_when_there_are() -> None:
    budget = {"USD": Decimal("1250.5"), "KGS": Decimal("500000")}
    assert money_text(budget, "ru") == f"500{NB}000{NB}KGS + 1{NB}250,50{NB}USD"
    assert money_text(budget, "en", "\n") == f"KGS{NB}500,000\nUSD{NB}1,250.50"
