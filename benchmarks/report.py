"""The donor report over the large demo's whole programme (400 workshops, 60,000 registrations,
200,000 marks, 130,000 filled-in sheets), against bare baselines measured in the same run.

1. Figures: `FigureService.figures()` for the whole programme and for filters the dashboard
   offers (a country, a pillar, a period, a phase), against a bare sqlite3 scan of the same
   rows (registrations joined to their people and organisations, plus a count of the marks).
   What a report reads first; shown for information, with no budget of its own: the Dashboard
   reads every workshop's totals once and adds them up per filter (its budget, p95 < 150 ms
   per filter change, is measured by `benchmarks/dashboard.py`).
2. The programme report to XLSX and to PDF in English and Russian (`ReportService.write`),
   against writing an empty workbook and an empty PDF with the same writers. Budget: < 5 s each.

Run: `python benchmarks/report.py [--db LARGE_DEMO.sqlite]` (without --db it builds the large
demo in a temporary folder first, about half a minute).
"""

from __future__ import annotations

import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path

from bench_table import Budget
from measuring import on_large_demo, p95, record, timed

from jpoa_desktop.handouts.common.page import PageOptions, write_pdf
from jpoa_desktop.io.writing.xlsx import Sheet, write_xlsx_sheets
from jpoa_desktop.model.evaluation import ReportFilter
from jpoa_desktop.services.database import open_database
from jpoa_desktop.services.reports.figures import FigureService
from jpoa_desktop.services.reports.reports import ReportService

REPORT_BUDGET_S = 5.0
FILTERS = [
    ReportFilter(),
    ReportFilter(country="KZ"),
    ReportFilter(pillar=2),
    ReportFilter(start=date(2015, 1, 1), end=date(2018, 12, 31)),
    ReportFilter(phase=3),
]
BARE = """
    SELECT r.workshop_id, p.sex, p.country, o.kind, COUNT(*) FROM registration r
    JOIN person p ON p.id = r.person_id LEFT JOIN organisation o ON o.id = p.organisation_id
    WHERE r.role = 'participant' GROUP BY 1, 2, 3, 4
"""


def seconds(call: Callable[[], object]) -> float:
    started = time.perf_counter()
    call()
    return time.perf_counter() - started


def measure(path: Path) -> bool:
    db = open_database(str(path))
    figures, reports = FigureService(db.session_scope), ReportService(db.session_scope)
    raw = sqlite3.connect(path)

    def bare() -> object:
        raw.execute("SELECT COUNT(*) FROM attendance").fetchall()
        return raw.execute(BARE).fetchall()

    rounds = FILTERS * 6
    bare_ms = timed([bare] * len(rounds))
    ours_ms = timed([partial(figures.figures, f, "ru") for f in rounds])
    print("Figures for a filter, read from the database (what a report reads first)")
    print(f"  bare SQL : p50 {statistics.median(bare_ms):7.1f} ms  p95 {p95(bare_ms):7.1f} ms")
    print(f"  service  : p50 {statistics.median(ours_ms):7.1f} ms  p95 {p95(ours_ms):7.1f} ms")
    print(f"  ratio of p95: {p95(ours_ms) / p95(bare_ms):5.1f} ×   (no budget: see dashboard.py)")
    record("figures for a filter, read from the database, p95", p95(ours_ms), "ms",
           baseline=p95(bare_ms))  # fmt: skip
    ok = True
    with tempfile.TemporaryDirectory(prefix="jpoa-report-") as folder:
        out = Path(folder)
        empty_xlsx = seconds(partial(write_xlsx_sheets, out / "empty.xlsx",
                                     [Sheet("Summary", ["Figure"], [])]))  # fmt: skip
        empty_pdf = seconds(partial(write_pdf, out / "empty.pdf", [], PageOptions(), "empty",
                                    lambda page, pages: f"{page}/{pages}"))  # fmt: skip
        print("The programme report (400 workshops)")
        for suffix, baseline in ((".xlsx", empty_xlsx), (".pdf", empty_pdf)):
            for language in ("en", "ru"):
                target = out / f"programme-{language}{suffix}"
                took = seconds(partial(reports.write, ReportFilter(), target, language))
                size = target.stat().st_size / 1024
                print(f"  {suffix[1:]:4} {language}: {took:5.2f} s ({size:6.0f} KB)  empty file "
                      f"{baseline:5.3f} s, ratio {took / baseline:6.0f} ×   budget < "
                      f"{REPORT_BUDGET_S:.0f} s")  # fmt: skip
                ok &= record(f"programme report, {suffix[1:].upper()} {language} (vs an empty "
                             "file)", took, "s", baseline=baseline,
                             budget=Budget.below(REPORT_BUDGET_S))  # fmt: skip
    db.dispose()
    return ok


if __name__ == "__main__":
    sys.exit(on_large_demo(__doc__ or "", measure))
