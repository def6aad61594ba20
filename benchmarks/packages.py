"""Export and import of an exchange package against a bare `executemany` of the same rows.

(a) the floor: the rows the package holds, read beforehand, inserted with `sqlite3`'s
`executemany` (one statement per table, ids included, foreign keys on, one commit) into an
empty database with our schema. Ours: `PackageService.apply` of the package into another empty
database: reading and checking the file, planning the merge, writing with the bases for the
next merge, after a backup. Budget (issue 15): import ≤ 3 × (a). Export is printed beside a
bare read of the same rows.

The database is `--db PATH` when given (the large demo, `.venv/large-demo.sqlite`, is copied
first: opening it may upgrade it); else a small demo is built for the run.

Run: `python benchmarks/packages.py [--db PATH] [--runs 3]`.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench_table import Budget
from measuring import median_seconds, record, small_demo
from sqlalchemy import select

from jpoa_desktop.db.workshop_models import Workshop
from jpoa_desktop.io.packages.reading import read_package
from jpoa_desktop.model.exchange import MergeChoices
from jpoa_desktop.services.container import Services
from jpoa_desktop.services.database import open_database
from jpoa_desktop.services.packages.record_specs import WORKSHOP_TABLES

BUDGET_OF_EXECUTEMANY = 3.0
Rows = dict[str, tuple[list[str], list[tuple[Any, ...]]]]


def empty_database(path: Path) -> Path:
    open_database(str(path)).dispose()
    return path


def package_rows(source: Path, package: Path) -> Rows:
    """Every row the package holds, as the source database has it, by table."""
    held = {
        name: {str(r["uuid"]) for r in records}
        for name, records in read_package(package).tables.items()
    }
    connection = sqlite3.connect(source)
    found: Rows = {}
    for spec in WORKSHOP_TABLES:
        cursor = connection.execute(f"SELECT * FROM {spec.name}")
        columns = [d[0] for d in cursor.description]
        at = columns.index("uuid")
        found[spec.name] = (columns, [row for row in cursor if row[at] in held[spec.name]])
    connection.close()
    return found


def read_rows(source: Path) -> None:
    connection = sqlite3.connect(source)
    for spec in WORKSHOP_TABLES:
        connection.execute(f"SELECT * FROM {spec.name}").fetchall()
    connection.close()


def executemany(target: Path, rows: Rows) -> None:
    connection = sqlite3.connect(target, isolation_level=None)
    for pragma in ("foreign_keys=ON", "journal_mode=WAL", "synchronous=FULL"):
        connection.execute(f"PRAGMA {pragma}")
    connection.execute("BEGIN")
    for table, (columns, values) in rows.items():
        marks = ", ".join("?" * len(columns))
        statement = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})"
        connection.executemany(statement, values)
    connection.execute("COMMIT")
    connection.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="the database to export (default: a small demo)")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="jpoa-bench-") as scratch:
        folder = Path(scratch)
        if args.db:
            source = folder / "source.sqlite"
            shutil.copyfile(args.db, source)
        else:
            source = small_demo(folder)
        services = Services(open_database(str(source)))
        with services.db.session_scope() as session:
            ids = list(session.scalars(select(Workshop.id)))
        package = folder / "all.jpoa"
        export = median_seconds(
            args.runs, lambda _n: services.packages.export_workshops(ids, package)
        )
        services.db.dispose()
        read = median_seconds(args.runs, lambda _n: read_rows(source))
        targets = [
            Services(open_database(str(empty_database(folder / f"ours-{n}.sqlite"))))
            for n in range(args.runs)
        ]

        def import_into(n: int) -> None:
            targets[n].packages.apply(package, MergeChoices())

        # Ours first, while the baseline's rows are not yet held in memory (each run then has
        # as much of the heap for Python's collector to walk as the other).
        ours = median_seconds(args.runs, import_into)
        rows = package_rows(source, package)
        records = sum(len(values) for _, values in rows.values())
        bare_targets = [empty_database(folder / f"bare-{n}.sqlite") for n in range(args.runs)]
        bare = median_seconds(args.runs, lambda n: executemany(bare_targets[n], rows))
        size_mb = package.stat().st_size / 1e6
        for target in targets:
            target.db.dispose()
    ratio = ours / bare
    print(f"workshops       : {len(ids)}, {records} records, package {size_mb:.1f} MB")
    print(f"bare read       : {read * 1000:8.1f} ms (median of {args.runs})")
    print(f"export          : {export * 1000:8.1f} ms  ({export / read:5.1f} × the bare read)")
    print(f"bare executemany: {bare * 1000:8.1f} ms")
    print(f"import          : {ours * 1000:8.1f} ms")
    print(f"ratio           : {ratio:5.2f} ×  (budget ≤ {BUDGET_OF_EXECUTEMANY})")
    held = f"{len(ids)} workshops"
    within = record(f"import a package of {held}, median (vs bare executemany)", ours, "s",
                    baseline=bare, budget=Budget.ratio(BUDGET_OF_EXECUTEMANY))  # fmt: skip
    record(f"export {held}, median (vs a bare read)", export, "s", baseline=read)
    print("within budget" if within else "OVER BUDGET")
    return 0 if within else 1


if __name__ == "__main__":
    sys.exit(main())
