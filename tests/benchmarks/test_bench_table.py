"""make bench's table: rows as the benchmarks print them, their verdicts against their budgets,
and the table in plain text and Markdown."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.append(str(Path(__file__).resolve().parents[2] / "benchmarks"))  # after all else

from bench_table import (
    FAILED,
    NOT_MEASURED,
    OVER,
    RECORDED,
    WITHIN,
    Budget,
    Row,
    all_good,
    failed,
    markdown_table,
    number,
    plain_table,
    ratio_text,
    row_from_line,
    tally,
)
from measuring import not_measured, record

FIRST_PAINT = Row("startup", "first paint", 412.0, "ms", 300.0, Budget.ratio(1.5))
SEARCH = Row("startup", "search p95", 31.0, "ms", 0.7, Budget.below(30))
LOST = Row("server_load", "lost updates", 0, "", None, Budget.at_most(0))
SHOWN = Row("startup", "library on screen", 3500.0, "ms", 300.0)
BUNDLED = Row("startup", "first paint, bundled app", note="not built", outcome=NOT_MEASURED)


def test_verdicts_follow_the_budget() -> None:
    assert FIRST_PAINT.verdict == WITHIN  # 1.37× ≤ 1.5×
    assert SEARCH.verdict == OVER  # 31 ms is not under 30 ms
    assert LOST.verdict == WITHIN
    assert SHOWN.verdict == RECORDED  # no budget: kept for the record
    assert BUNDLED.verdict == NOT_MEASURED
    assert failed("certificates", "timed out after 20 min").verdict == FAILED


def test_a_budget_at_its_limit_is_met_only_when_it_says_at_most() -> None:
    assert Row("b", "f", 30.0, "ms", budget=Budget.below(30)).verdict == OVER
    assert Row("b", "f", 30.0, "ms", budget=Budget.at_most(30)).verdict == WITHIN
    assert Row("b", "f", 450.0, "ms", 300.0, Budget.ratio(1.5)).verdict == WITHIN
    assert Row("b", "f", 451.0, "ms", 300.0, Budget.ratio(1.5)).verdict == OVER
    assert Row("b", "lost updates", 1, budget=Budget.at_most(0)).verdict == OVER


def test_a_ratio_budget_without_a_baseline_is_not_met() -> None:
    row = Row("b", "f", 1.0, "s", None, Budget.ratio(3))
    assert row.ratio is None
    assert row.verdict == OVER
    assert Row("b", "f", 1.0, "s", 0.0).ratio is None  # no division by a zero baseline


def test_a_row_survives_its_line() -> None:
    for row in (FIRST_PAINT, SEARCH, LOST, SHOWN, BUNDLED):
        line = row.line()
        assert line.startswith("BENCH {") and "startup" not in line.split('"figure"')[0]
        assert row_from_line(row.benchmark, line) == row
    assert row_from_line("startup", "first paint: 412 ms (median)") is None


def test_record_prints_the_row_and_says_whether_it_is_within(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert record("peak RSS", 120.5, "MB", budget=Budget.below(250))
    assert not record("p95", 31.0, "ms", baseline=0.7, budget=Budget.below(30), note="busy")
    not_measured("first paint, bundled app", "not built: make bundle")
    lines = capsys.readouterr().out.splitlines()
    rows = [row_from_line("x", line) for line in lines]
    assert rows == [
        Row("x", "peak RSS", 120.5, "MB", budget=Budget.below(250)),
        Row("x", "p95", 31.0, "ms", 0.7, Budget.below(30), note="busy"),
        Row("x", "first paint, bundled app", note="not built: make bundle", outcome=NOT_MEASURED),
    ]


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (1234.0, "1,234"),
        (1234.56, "1,235"),
        (412.3, "412"),
        (12.34, "12.3"),
        (1.234, "1.23"),
        (0.01234, "0.012"),
        (0.0, "0"),
        (float("nan"), "nan"),
    ],
)
def test_numbers_keep_about_three_figures(value: float, text: str) -> None:
    assert number(value) == text


def test_ratios_and_budgets_read_as_people_write_them() -> None:
    assert ratio_text(FIRST_PAINT.ratio) == "1.37×"
    assert ratio_text(SEARCH.ratio) == "44.3×"
    assert ratio_text(None) == "—"
    assert Budget.ratio(1.5).text("ms") == "≤ 1.5×"
    assert Budget.below(30).text("ms") == "< 30 ms"
    assert Budget.at_most(0).text("") == "= 0"
    assert Budget.at_most(10).text("s") == "≤ 10 s"


def test_the_plain_table_lines_up_its_columns() -> None:
    rows = [FIRST_PAINT, BUNDLED, SEARCH, LOST, failed("certificates", "exit status 1: boom")]
    lines = plain_table(rows).splitlines()
    assert lines[0].split() == ["benchmark", "figure", "measured", "baseline", "ratio", "budget",
                                "verdict"]  # fmt: skip
    assert set(lines[1]) == {"-", " "}
    assert len(lines) == 2 + len(rows)
    verdict_at = lines[0].index("verdict")
    assert [line[verdict_at:] for line in lines[2:]] == [
        "within",
        "not measured: not built",
        "over",
        "within",
        "failed: exit status 1: boom",
    ]
    assert lines[2].startswith("startup ") and lines[3].startswith(" ")  # the name once
    assert lines[5].startswith("server_load ") and lines[6].startswith("certificates ")
    measured_end = lines[0].index("measured") + len("measured")
    assert lines[2][:measured_end].endswith("412 ms")  # numbers right-aligned


def test_the_markdown_table_is_one_line_a_row() -> None:
    piped = Row("report", "XLSX | PDF", 2.5, "s", 0.01, Budget.below(5))
    lines = markdown_table([FIRST_PAINT, SHOWN, piped]).splitlines()
    assert lines[0] == "| benchmark | figure | measured | baseline | ratio | budget | verdict |"
    assert lines[1] == "|---|---|---:|---:|---:|---|---|"
    assert lines[2] == "| startup | first paint | 412 ms | 300 ms | 1.37× | ≤ 1.5× | within |"
    assert lines[3] == "|  | library on screen | 3,500 ms | 300 ms | 11.7× | — | recorded |"
    assert lines[4].startswith("| report | XLSX \\| PDF | 2.50 s |")


def test_the_tally_and_the_exit_verdict() -> None:
    assert tally([FIRST_PAINT, SEARCH, SHOWN, BUNDLED]) == (
        "4 figures: 1 within, 1 over, 1 not measured, 1 recorded"
    )
    assert all_good([FIRST_PAINT, SHOWN, BUNDLED, LOST])  # not built is no fault
    assert not all_good([FIRST_PAINT, SEARCH])
    assert not all_good([FIRST_PAINT, failed("people", "no figures reported")])
