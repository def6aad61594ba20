"""A backup of the database against copying its file, measured in the same run.

(a) the floor: `shutil.copyfile` of the database file, then `fsync` (a copy that is on the disk);
ours is `services.exchange.backup.backup_file` with `--to`: SQLite's online backup API into a
partial file, `integrity_check` of the copy, fsync and rename. Budget (issue 15): ≤ 1.5 × (a).

The database is `--db PATH` when given (use a large demo: `jpoa --db large.sqlite demo --size
large`, which takes minutes); else a small demo is built for the run (a few seconds), which
measures per-file costs more than per-page ones. The online backup alone is printed too:
on the 97 MB large demo it takes about as long as the copy (0.95–1.15 ×); `integrity_check` adds
about 0.8–1.3 s (5–8 × the copy), which is what puts the checked backup over the budget.

Run: `python benchmarks/backup.py [--db PATH] [--runs 7]`.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from jpoa_desktop.cli.main import main as jpoa
from jpoa_desktop.services.exchange.backup import backup_file
from jpoa_desktop.services.exchange.copies import copy_database

BUDGET_OF_COPY = 1.5


def median_seconds(runs: int, call: Callable[[int], object]) -> float:
    times = []
    for run in range(runs):
        started = time.perf_counter()
        call(run)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def small_demo(folder: Path) -> Path:
    path = folder / "small.sqlite"
    with open(os.devnull, "w", encoding="utf-8") as quiet:
        if jpoa(["--db", str(path), "demo"], quiet) != 0:
            raise SystemExit("the small demo could not be made")
    return path


def copy_and_sync(source: Path, target: Path) -> None:
    shutil.copyfile(source, target)
    descriptor = os.open(target, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="the database to back up (default: a small demo)")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="jpoa-bench-") as scratch:
        folder = Path(scratch)
        path = args.db or small_demo(folder)
        size_mb = path.stat().st_size / 1e6
        copy = median_seconds(args.runs, lambda n: copy_and_sync(path, folder / f"copy-{n}"))
        unchecked = median_seconds(
            args.runs,
            lambda n: copy_database(path, folder / f"unchecked-{n}.sqlite", verify=False),
        )
        ours = median_seconds(
            args.runs, lambda n: backup_file(path, "by-hand", to=folder / f"backup-{n}.sqlite")
        )
    ratio = ours / copy
    print(f"database        : {path.name}, {size_mb:.1f} MB")
    print(f"copy + fsync    : {copy * 1000:7.1f} ms (median of {args.runs})")
    print(f"online backup   : {unchecked * 1000:7.1f} ms  ({unchecked / copy:4.2f} ×, no check)")
    print(f"backup, checked : {ours * 1000:7.1f} ms  (with integrity_check, fsync, rename)")
    print(f"ratio           : {ratio:5.2f} ×  (budget ≤ {BUDGET_OF_COPY})")
    within = ratio <= BUDGET_OF_COPY
    print("within budget" if within else "OVER BUDGET")
    return 0 if within else 1


if __name__ == "__main__":
    sys.exit(main())
