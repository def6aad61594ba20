"""Deadlines as officials write them, in every handout language: each form gives its kind and
the dates derived from it, and keeps the words; words that say no time are kept, unread."""

from __future__ import annotations

from datetime import date

import pytest

from jpoa_desktop.io.plans.deadlines import parse_deadline

D = date
Y26 = (D(2026, 1, 1), D(2026, 12, 31))
CASES: list[tuple[str, str, date | None, date | None]] = [
    # a single date, a date range
    ("01.07.2026", "date", None, D(2026, 7, 1)),
    ("2026-07-01", "date", None, D(2026, 7, 1)),
    ("01.02.2025–30.06.2025", "range", D(2025, 2, 1), D(2025, 6, 30)),
    ("31.12.26", "date", None, D(2026, 12, 31)),
    # a year, in each language
    ("2026", "year", *Y26),
    ("2026 г.", "year", *Y26),
    ("2026 год", "year", *Y26),
    ("2026 year", "year", *Y26),
    ("2026 жыл", "year", *Y26),  # Kazakh, Kyrgyz
    ("2026-жыл", "year", *Y26),
    ("2026 сол", "year", *Y26),  # Tajik
    ("соли 2026", "year", *Y26),
    ("2026-yil", "year", *Y26),  # Uzbek
    ("2026 йил", "year", *Y26),  # Uzbek Cyrillic
    ("2026 ýyl", "year", *Y26),  # Turkmen
    ("в течение 2026 года", "year", *Y26),
    # a year range
    ("2026-2027", "range", D(2026, 1, 1), D(2027, 12, 31)),
    ("2026–2028 гг.", "range", D(2026, 1, 1), D(2028, 12, 31)),
    ("2026-2027 годы", "range", D(2026, 1, 1), D(2027, 12, 31)),
    ("с 2026 по 2028 год", "range", D(2026, 1, 1), D(2028, 12, 31)),
    ("2026–2027 жж.", "range", D(2026, 1, 1), D(2027, 12, 31)),
    ("2026-2028-yillar", "range", D(2026, 1, 1), D(2028, 12, 31)),
    ("2026—2027 ýyllar", "range", D(2026, 1, 1), D(2027, 12, 31)),
    ("солҳои 2026-2027", "range", D(2026, 1, 1), D(2027, 12, 31)),
    # a quarter
    ("IV квартал 2026 г.", "quarter", D(2026, 10, 1), D(2026, 12, 31)),
    ("II кв. 2025", "quarter", D(2025, 4, 1), D(2025, 6, 30)),
    ("3-й квартал 2026 года", "quarter", D(2026, 7, 1), D(2026, 9, 30)),
    ("Q3 2026", "quarter", D(2026, 7, 1), D(2026, 9, 30)),
    ("3rd quarter 2026", "quarter", D(2026, 7, 1), D(2026, 9, 30)),
    ("2026 жылдың IV тоқсаны", "quarter", D(2026, 10, 1), D(2026, 12, 31)),  # Kazakh
    ("2026-жылдын I чейреги", "quarter", D(2026, 1, 1), D(2026, 3, 31)),  # Kyrgyz
    ("семоҳаи IV соли 2026", "quarter", D(2026, 10, 1), D(2026, 12, 31)),  # Tajik
    ("2026-yil III chorak", "quarter", D(2026, 7, 1), D(2026, 9, 30)),  # Uzbek
    ("2026 йил II чорак", "quarter", D(2026, 4, 1), D(2026, 6, 30)),  # Uzbek Cyrillic
    ("2026 ýylyň IV çärýegi", "quarter", D(2026, 10, 1), D(2026, 12, 31)),  # Turkmen
    ("I-II кв. 2026 г.", "quarter", D(2026, 1, 1), D(2026, 6, 30)),
    ("4-квартал 2026", "quarter", D(2026, 10, 1), D(2026, 12, 31)),
    ("Q4 2026 – Q2 2027", "range", D(2026, 10, 1), D(2027, 6, 30)),
    ("IV квартал 2026 – I квартал 2027", "range", D(2026, 10, 1), D(2027, 3, 31)),
    ("IV тоқсан", "quarter", None, None),
    # a half-year
    ("first half of 2027", "half", D(2027, 1, 1), D(2027, 6, 30)),
    ("H2 2026", "half", D(2026, 7, 1), D(2026, 12, 31)),
    ("I полугодие 2027 г.", "half", D(2027, 1, 1), D(2027, 6, 30)),
    ("второе полугодие 2026 года", "half", D(2026, 7, 1), D(2026, 12, 31)),
    ("1-полугодие 2026 года", "half", D(2026, 1, 1), D(2026, 6, 30)),
    ("2027 жылдың бірінші жартыжылдығы", "half", D(2027, 1, 1), D(2027, 6, 30)),
    ("2027-жылдын биринчи жарым жылдыгы", "half", D(2027, 1, 1), D(2027, 6, 30)),
    ("нимсолаи аввали соли 2027", "half", D(2027, 1, 1), D(2027, 6, 30)),
    ("2027-yil birinchi yarim yilligi", "half", D(2027, 1, 1), D(2027, 6, 30)),
    ("2027 ýylyň birinji ýarymy", "half", D(2027, 1, 1), D(2027, 6, 30)),
    # a month, a span of months
    ("декабрь 2026", "month", D(2026, 12, 1), D(2026, 12, 31)),
    ("December 2026", "month", D(2026, 12, 1), D(2026, 12, 31)),
    ("2026 жылғы желтоқсан", "month", D(2026, 12, 1), D(2026, 12, 31)),
    ("декабри соли 2026", "month", D(2026, 12, 1), D(2026, 12, 31)),
    ("2026-yil dekabr", "month", D(2026, 12, 1), D(2026, 12, 31)),
    ("2026 ýylyň fewraly", "month", D(2026, 2, 1), D(2026, 2, 28)),
    ("январь–март 2026 г.", "range", D(2026, 1, 1), D(2026, 3, 31)),
    # by a date
    ("до 1 июля 2026 г.", "by_date", None, D(2026, 7, 1)),
    ("не позднее 01.07.2026", "by_date", None, D(2026, 7, 1)),
    ("до конца 2026 года", "by_date", None, D(2026, 12, 31)),
    ("by 1 July 2026", "by_date", None, D(2026, 7, 1)),
    ("by December 2026", "by_date", None, D(2026, 12, 31)),
    ("2026 жылғы 1 шілдеге дейін", "by_date", None, D(2026, 7, 1)),  # Kazakh
    ("2026-жылдын 1-июлуна чейин", "by_date", None, D(2026, 7, 1)),  # Kyrgyz
    ("то 1 июли 2026", "by_date", None, D(2026, 7, 1)),  # Tajik
    ("2026-yil 1-iyulgacha", "by_date", None, D(2026, 7, 1)),  # Uzbek
    ("2026 йил 1 июлгача", "by_date", None, D(2026, 7, 1)),  # Uzbek Cyrillic
    ("2026-njy ýylyň 1-nji iýulyna çenli", "by_date", None, D(2026, 7, 1)),  # Turkmen
    # during the year
    ("в течение года", "year", None, None),
    ("during the year", "year", None, None),
    ("жыл бойы", "year", None, None),
    ("yil davomida", "year", None, None),
    # recurring
    ("ежегодно", "recurring", None, None),
    ("annually", "recurring", None, None),
    ("ежегодно, 2026–2028 гг.", "recurring", D(2026, 1, 1), D(2028, 12, 31)),
    ("жыл сайын", "recurring", None, None),
    ("ҳар сол", "recurring", None, None),
    ("har yili", "recurring", None, None),
    ("her ýyl", "recurring", None, None),
    ("ежеквартально", "recurring", None, None),
    ("1 раз в полугодие", "recurring", None, None),
    ("ежегодно до 2030 года", "recurring", None, D(2030, 12, 31)),
    # open
    ("постоянно", "open", None, None),
    ("на постоянной основе", "open", None, None),
    ("по мере необходимости", "open", None, None),
    ("ongoing", "open", None, None),
    ("as needed", "open", None, None),
    ("тұрақты", "open", None, None),
    ("туруктуу", "open", None, None),
    ("доимӣ", "open", None, None),
    ("doimiy", "open", None, None),
    ("hemişe", "open", None, None),
]


@pytest.mark.parametrize(("words", "kind", "start", "end"), CASES)
def test_every_form_officials_write_gives_its_kind_and_dates_and_keeps_the_words(
    words: str, kind: str, start: date | None, end: date | None
) -> None:
    deadline = parse_deadline(words)
    assert (deadline.kind, deadline.start, deadline.end) == (kind, start, end)
    assert deadline.text == words and deadline.understood


@pytest.mark.parametrize(
    "words", ["после принятия закона", "по согласованию", "2028-2026", "31.02.2026", "TBD"]
)
def test_words_that_state_no_time_are_kept_but_not_understood(words: str) -> None:
    deadline = parse_deadline(words)
    assert deadline.text == words and deadline.kind == "" and not deadline.understood
    assert (deadline.start, deadline.end) == (None, None)


def test_no_words_is_no_deadline_and_nothing_to_warn_about() -> None:
    assert parse_deadline("  ") == parse_deadline("") and parse_deadline("").understood
