"""What the benchmarks share: timing calls (each, or the median of runs), the 95th percentile,
running a measurement on a given database, a large demo, or a small demo made for the run, and
stating each figure as a row of `make bench`'s table (`record`)."""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench_table import FAILED, NOT_MEASURED, OVER, Budget, Row

# The app is imported where it is used, not here: a benchmark that only records its figures
# must not carry the whole command line and SQLAlchemy in the peak memory it measures.


def record(
    figure: str,
    value: float,
    unit: str = "",
    *,
    baseline: float | None = None,
    budget: Budget | None = None,
    note: str = "",
) -> bool:
    """Print the figure as a `BENCH {json}` line for run_all's table (a line people can skip),
    with a `note` for after its verdict; True unless it is over its budget.

    Every benchmark states its figures through here, so that the table needs no parsing of the
    prose each prints for people, and the verdict is the table's own (bench_table.Row.verdict).
    """
    row = Row("", figure, value, unit, baseline, budget, note)
    print(row.line(), flush=True)
    return row.verdict != OVER


def not_measured(figure: str, reason: str) -> None:
    """A figure that could not be measured on this machine, and why (no fault of the code)."""
    print(Row("", figure, note=reason, outcome=NOT_MEASURED).line(), flush=True)


def failed_figure(figure: str, reason: str) -> None:
    """A figure whose measurement went wrong, and why; the benchmark goes on with the rest."""
    print(Row("", figure, note=reason, outcome=FAILED).line(), flush=True)


def timed(calls: list[Callable[[], object]]) -> list[float]:
    """Each call's time in milliseconds, sorted."""
    times = []
    for call in calls:
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    return sorted(times)


def median_seconds(runs: int, call: Callable[[int], object]) -> float:
    """The median time in seconds of `call(run)` for run 0 … runs - 1."""
    times = []
    for run in range(runs):
        started = time.perf_counter()
        call(run)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def small_demo(folder: Path) -> Path:
    """A small demo database made in `folder` through `jpoa demo` (a few seconds)."""
    from jpoa_desktop.cli.main import main as jpoa

    path = folder / "small.sqlite"
    with open(os.devnull, "w", encoding="utf-8") as quiet:
        if jpoa(["--db", str(path), "demo"], quiet) != 0:
            raise SystemExit("the small demo could not be made")
    return path


def p95(times: list[float]) -> float:
    """The 95th percentile of sorted times."""
    return times[min(len(times) - 1, int(len(times) * 0.95))]


def on_large_demo(description: str, measure: Callable[[Path], bool]) -> int:
    """`measure(path)` on `--db PATH`, or on a large demo built in a scratch folder; exit 0 when
    within budget."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--db", type=Path, help="an existing large demo database")
    args = parser.parse_args()
    from jpoa_desktop.services.database import open_database
    from jpoa_desktop.services.demo.demo import DemoService
    from jpoa_desktop.services.library.content import ContentService

    with tempfile.TemporaryDirectory(prefix="jpoa-bench-") as scratch:
        path = args.db
        if path is None:
            path = Path(scratch) / "large.sqlite"
            db = open_database(str(path))
            ContentService(db.session_scope).load_builtin()
            DemoService(db.session_scope).load("large")
            db.dispose()
        return 0 if measure(path) else 1
