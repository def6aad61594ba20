"""Importing a 10,000-row XLSX participant list, against reading the same file with openpyxl alone.

The list is made from the demo generator (names in all five countries' scripts, organisations,
e-mails, phones stored as numbers). The baseline iterates the sheet with openpyxl in read-only
mode and touches every value. Three figures against it, each the best of three runs: reading
the list (calamine, with the sheet's layout and the bomb checks), planning (reading, mapping,
checking and matching every row: what the preview waits for), and the whole import (the plan,
then writing people, their search words and registrations in one transaction).
Budget: the whole import ≤ 1.5 × the baseline. Peak memory (RSS) is printed too; < 250 MB.

Run: `python benchmarks/import_xlsx.py [--rows 10000]`.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import openpyxl
from bench_table import Budget
from measuring import record

from jpoa_desktop.content.demo_people import generate_people
from jpoa_desktop.io.tables.participant_lists import read_list
from jpoa_desktop.services.database import open_database
from jpoa_desktop.services.people.participant_import import ParticipantImportService
from jpoa_desktop.services.workshops.workshops import WorkshopInput, WorkshopService

BUDGET = 1.5
RSS_BUDGET_MB = 250
HEADERS = ("Фамилия", "Имя", "Отчество", "Организация", "Должность", "Пол", "Эл. почта", "Телефон")


def write_list(path: Path, rows: int) -> None:
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(HEADERS)
    for person in generate_people(rows, seed=7):
        phone = int("".join(ch for ch in person.phone if ch.isdigit()))
        sheet.append(
            [
                person.family_name,
                person.given_name,
                person.patronymic,
                person.organisation.name,
                person.position,
                "ж" if person.sex == "female" else "м",
                person.email,
                phone,
            ]
        )
    book.save(path)


def openpyxl_alone(path: Path) -> float:
    started = time.perf_counter()
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    cells = 0
    for row in book.worksheets[0].iter_rows(values_only=True):
        cells += sum(1 for value in row if value is not None)
    book.close()
    return time.perf_counter() - started


def best_of_three(call: Callable[[], object]) -> float:
    times = []
    for _ in range(3):
        started = time.perf_counter()
        call()
        times.append(time.perf_counter() - started)
    return min(times)


def full_import(path: Path, folder: Path, run: int) -> tuple[float, float, int]:
    """Seconds to plan, seconds to plan and write, people added; into a new database."""
    db = open_database(str(folder / f"import{run}.sqlite"))
    workshop = WorkshopService(db.session_scope).create(
        WorkshopInput(titles={"en": "Benchmark"}, start=date(2026, 12, 1), end=date(2026, 12, 3))
    )
    service = ParticipantImportService(db.session_scope)
    started = time.perf_counter()
    plan = service.plan(path)
    planned = time.perf_counter() - started
    report = service.apply(plan, workshop)
    elapsed = time.perf_counter() - started
    db.dispose()
    return planned, elapsed, report.added


def main() -> int:
    parser = argparse.ArgumentParser(description="XLSX import against openpyxl alone")
    parser.add_argument("--rows", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="jpoa-bench-") as scratch:
        folder = Path(scratch)
        path = folder / "list.xlsx"
        write_list(path, args.rows)
        openpyxl_alone(path)  # warm the file cache
        baseline = min(openpyxl_alone(path) for _ in range(3))
        reading = best_of_three(lambda: read_list(path))
        runs = [full_import(path, folder, run) for run in range(3)]
        planning = min(run[0] for run in runs)
        ours = min(run[1] for run in runs)
        added = runs[0][2]
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    ratio = ours / baseline
    print(f"rows in the list          : {args.rows} ({added} people added)")
    print(f"openpyxl alone (best of 3): {baseline:6.2f} s")
    print(f"jpoa read (best of 3)     : {reading:6.2f} s  {reading / baseline:5.2f} ×")
    print(f"jpoa plan (best of 3)     : {planning:6.2f} s  {planning / baseline:5.2f} ×")
    print(f"jpoa plan + write (best 3): {ours:6.2f} s  {ratio:5.2f} × (budget ≤ {BUDGET})")
    print(f"peak RSS                  : {peak_mb:6.0f} MB (budget < {RSS_BUDGET_MB} MB)")
    rows = f"{args.rows:,} rows"
    record(f"read a list of {rows}, best of 3 (vs openpyxl alone)", reading, "s",
           baseline=baseline)  # fmt: skip
    record(f"plan the import of {rows}, best of 3", planning, "s", baseline=baseline)
    within = record(f"import {rows}: plan and write, best of 3", ours, "s", baseline=baseline,
                    budget=Budget.ratio(BUDGET))  # fmt: skip
    within &= record("peak RSS", peak_mb, "MB", budget=Budget.below(RSS_BUDGET_MB))
    print("within budget" if within else "OVER BUDGET")
    return 0 if within else 1


if __name__ == "__main__":
    sys.exit(main())
