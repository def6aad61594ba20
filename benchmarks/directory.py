"""Opening the participant directory: 20,000 people against 200, in the same run.

"Open" is what the user waits for: `ParticipantsScreen.set_services` until the first page is in
the model and the count label is set (offscreen QApplication, the screen shown). The baseline is
the same screen on a 200-person database; the budget is a ratio of medians ≤ 1.2, and peak RSS
< 250 MB. Each run opens a fresh `Database` so no run profits from a warm session.

Run: `python benchmarks/directory.py [--db LARGE_DEMO.sqlite] [--runs N]` (without --db it builds
the large demo in a temporary folder first, which takes about half a minute).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_table import Budget
from measuring import record
from PySide6.QtWidgets import QApplication

from jpoa_desktop.content.demo_people import generate_people
from jpoa_desktop.services.container import Services
from jpoa_desktop.services.database import open_database
from jpoa_desktop.services.demo.demo import DemoService
from jpoa_desktop.services.library.content import ContentService
from jpoa_desktop.services.people.people import (
    PersonInput,
    insert_people,
    person_values,
)
from jpoa_desktop.ui.participants.screen import ParticipantsScreen
from jpoa_desktop.ui.tasks import TaskRunner

RATIO_BUDGET = 1.2
RSS_BUDGET_MB = 250.0
SMALL_PEOPLE = 200


def build_small(path: Path) -> None:
    """The small demo (40 people, one workshop) plus 160 generated people: 200 in all."""
    db = open_database(str(path))
    ContentService(db.session_scope).load_builtin()
    DemoService(db.session_scope).load("small")
    rows = [
        person_values(
            PersonInput(
                family_name=p.family_name,
                given_name=p.given_name,
                patronymic=p.patronymic,
                country=p.country,
                position=p.position,
                email=p.email,
                phone=p.phone,
            ),
            None,
        )
        for p in generate_people(SMALL_PEOPLE - 40, seed=99)
    ]
    with db.session_scope() as session:
        insert_people(session, rows)
    db.dispose()


def build_large(path: Path) -> None:
    db = open_database(str(path))
    ContentService(db.session_scope).load_builtin()
    started = time.perf_counter()
    DemoService(db.session_scope).load("large")
    print(f"large demo built in {time.perf_counter() - started:.1f} s")
    db.dispose()


class Opener:
    """One shown screen; `open(path)` times set_services until the first page and the count."""

    def __init__(self, app: QApplication, tasks: TaskRunner) -> None:
        self.app = app
        self.screen = ParticipantsScreen(tasks, "en")
        self.screen.resize(1200, 700)
        self.screen.show()
        app.processEvents()
        self.times: list[float] = []
        self.rows, self.label = 0, ""

    def open(self, path: Path, keep: bool = True) -> None:
        db = open_database(str(path))
        started = time.perf_counter()
        self.screen.set_services(Services(db))
        self.app.processEvents()
        elapsed = (time.perf_counter() - started) * 1000
        self.rows, self.label = self.screen.model.rowCount(), self.screen.count_label.text()
        if keep:
            self.times.append(elapsed)
        self.screen.set_services(None)
        db.dispose()


def peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def measure(app: QApplication, large: Path, small: Path, runs: int) -> bool:
    tasks = TaskRunner()
    small_opener, large_opener = Opener(app, tasks), Opener(app, tasks)
    small_opener.open(small, keep=False)  # warm-up: imports, page cache
    large_opener.open(large, keep=False)
    for _ in range(runs):  # interleaved, so drift in the machine's speed hits both alike
        small_opener.open(small)
        large_opener.open(large)
    for label, opener in (("200 people   ", small_opener), ("large demo   ", large_opener)):
        times = opener.times
        print(
            f"{label}: median {statistics.median(times):6.2f} ms  min {min(times):6.2f} ms"
            f"  max {max(times):6.2f} ms  ({opener.rows} rows in the model, label “{opener.label}”)"
        )
    ratio = statistics.median(large_opener.times) / statistics.median(small_opener.times)
    rss = peak_rss_mb()
    print(f"ratio of medians: {ratio:5.2f} ×  (budget ≤ {RATIO_BUDGET})")
    print(f"peak RSS        : {rss:5.0f} MB  (budget < {RSS_BUDGET_MB:.0f} MB)")
    figure = f"open the directory, large demo, median (vs {SMALL_PEOPLE} people)"
    within = record(figure, statistics.median(large_opener.times), "ms",
                    baseline=statistics.median(small_opener.times),
                    budget=Budget.ratio(RATIO_BUDGET))  # fmt: skip
    within &= record("peak RSS", rss, "MB", budget=Budget.below(RSS_BUDGET_MB))
    print("within budget" if within else "OVER BUDGET")
    tasks.shutdown()
    return within


def main() -> int:
    parser = argparse.ArgumentParser(description="Opening the directory, 20,000 vs 200 people")
    parser.add_argument("--db", type=Path, help="an existing large demo database")
    parser.add_argument("--runs", type=int, default=9, help="timed opens of each (at least 7)")
    args = parser.parse_args()
    runs = max(args.runs, 7)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory(prefix="jpoa-bench-") as scratch:
        small = Path(scratch) / "small.sqlite"
        build_small(small)
        large = args.db
        if large is None:
            large = Path(scratch) / "large.sqlite"
            build_large(large)
        code = 0 if measure(app, large, small, runs) else 1
    # Leave without tearing Qt down: PySide6 can crash while garbage-collecting widgets at
    # interpreter exit, which would turn a measured result into a failure.
    sys.stdout.flush()
    os._exit(code)


if __name__ == "__main__":
    sys.exit(main())
