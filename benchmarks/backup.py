"""A backup of the database against copying its file, measured in the same run.

(a) the floor: `shutil.copyfile` of the database file, then `fsync` (a copy that is on the disk).
Then what the app does (`services.exchange.backup.backup_file`, with `--to`): SQLite's online
backup API into a partial file, a check of the copy, fsync and rename —
- with `quick_check`: every backup the app makes on close, before an import, merge, delete or
  restore, or by hand; this is the ratio held against the budget (issue 15: ≤ 1.5 × (a));
- with `integrity_check`: the daily backup and the one before a schema upgrade (on the worker);
and the raw online backup with no check at all, for the cost of the copy alone.
Why the two checks: `services/exchange/backup.py`'s docstring.

The database is `--db PATH` when given (use a large demo: `jpoa --db large.sqlite demo --size
large`, which takes minutes); else a small demo is built for the run (a few seconds), which
measures per-file costs more than per-page ones.

Run: `python benchmarks/backup.py [--db PATH] [--runs 7]`.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

from bench_table import Budget
from measuring import median_seconds, record, small_demo

from jpoa_desktop.files.sqlite_copy import copy_database
from jpoa_desktop.services.exchange.backup import backup_file

BUDGET_OF_COPY = 1.5


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
            lambda n: copy_database(path, folder / f"unchecked-{n}.sqlite", check=None),
        )
        quick = median_seconds(
            args.runs, lambda n: backup_file(path, "by-hand", to=folder / f"quick-{n}.sqlite")
        )
        full = median_seconds(
            args.runs, lambda n: backup_file(path, "daily", to=folder / f"full-{n}.sqlite")
        )
    ratio = quick / copy
    print(f"database          : {path.name}, {size_mb:.1f} MB")
    print(f"copy + fsync      : {copy * 1000:7.1f} ms (median of {args.runs})")
    print(f"online backup     : {unchecked * 1000:7.1f} ms  ({unchecked / copy:5.2f} ×, no check)")
    print(f"backup, quick     : {quick * 1000:7.1f} ms  ({ratio:5.2f} ×, quick_check: on close,")
    print("                    before a change, by hand)")
    print(
        f"backup, full      : {full * 1000:7.1f} ms  ({full / copy:5.2f} ×, integrity_check: daily,"
    )
    print("                    before an upgrade)")
    print(f"ratio             : {ratio:5.2f} ×  (the app's backup; budget ≤ {BUDGET_OF_COPY})")
    size = f"{size_mb:.0f} MB"
    within = record(f"backup of {size}, quick_check, median (vs copy + fsync)", quick, "s",
                    baseline=copy, budget=Budget.ratio(BUDGET_OF_COPY))  # fmt: skip
    record(f"backup of {size}, integrity_check, median", full, "s", baseline=copy)
    record(f"online backup of {size} unchecked, median", unchecked, "s", baseline=copy)
    print("within budget" if within else "OVER BUDGET")
    return 0 if within else 1


if __name__ == "__main__":
    sys.exit(main())
