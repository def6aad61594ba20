"""Workshops on the large demo: opening one agenda and filtering the list, against bare SQL.

1. Agenda: `AgendaService.agenda()` (sessions, speakers' names, warnings, titles in the reader's
   language) for 200 workshops, against a bare sqlite3 SELECT of the same workshops' session
   rows. Budget: p95 < 30 ms (what the Agenda tab waits for when a workshop is selected).
2. List: `WorkshopService.workshops()` with each filter of the filter bar (none, year, country,
   pillar with its areas, status, text), against a bare sqlite3 SELECT of all workshop rows.
   Budget: p95 < 100 ms.

Run: `python benchmarks/workshops.py [--db LARGE_DEMO.sqlite]` (without --db it builds the large
demo in a temporary folder first, which takes about half a minute).
"""

from __future__ import annotations

import resource
import sqlite3
import statistics
import sys
from functools import partial
from pathlib import Path
from typing import Any

from bench_table import Budget
from measuring import on_large_demo, p95, record, timed

from jpoa_desktop.services.database import open_database
from jpoa_desktop.services.workshops.agenda import AgendaService
from jpoa_desktop.services.workshops.workshops import WorkshopService

AGENDA_BUDGET_MS = 30.0
LIST_BUDGET_MS = 100.0
RSS_BUDGET_MB = 250.0
FILTERS: list[dict[str, Any]] = [
    {},
    {"year": 2025},
    {"country": "KZ"},
    {"pillar": "pillar-2"},
    {"status": "held"},
    {"text": "границ"},
]


def report(label: str, ours: list[float], bare: list[float], budget: float) -> bool:
    print(f"{label}")
    print(f"  bare SQL : p50 {statistics.median(bare):6.2f} ms  p95 {p95(bare):6.2f} ms")
    print(f"  service  : p50 {statistics.median(ours):6.2f} ms  p95 {p95(ours):6.2f} ms")
    print(f"  ratio of p95: {p95(ours) / p95(bare):6.1f} ×   budget p95 < {budget:.0f} ms")
    return record(f"{label}, p95", p95(ours), "ms", baseline=p95(bare), budget=Budget.below(budget))


def measure(path: Path) -> bool:
    db = open_database(str(path))
    agenda, workshops = AgendaService(db.session_scope), WorkshopService(db.session_scope)
    ids = [w.id for w in workshops.workshops("en")][:200]
    raw = sqlite3.connect(path)

    def bare_sessions(workshop_id: int) -> object:
        return raw.execute(
            "SELECT * FROM agenda_session WHERE workshop_id = ? ORDER BY day, position",
            (workshop_id,),
        ).fetchall()

    def bare_workshops() -> object:
        return raw.execute("SELECT * FROM workshop ORDER BY start_date DESC").fetchall()

    bare_agenda = timed([partial(bare_sessions, i) for i in ids])
    ours_agenda = timed([partial(agenda.agenda, i, "ru") for i in ids])
    rounds = FILTERS * 10
    bare_list = timed([bare_workshops] * len(rounds))
    ours_list = timed([partial(workshops.workshops, "ru", **f) for f in rounds])
    within = report(
        "agenda of one workshop (200 workshops)", ours_agenda, bare_agenda, AGENDA_BUDGET_MS
    )
    within &= report(
        "workshop list, each filter (60 queries)", ours_list, bare_list, LIST_BUDGET_MS
    )
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {rss:.0f} MB (budget < {RSS_BUDGET_MB:.0f} MB)")
    within &= record("peak RSS", rss, "MB", budget=Budget.below(RSS_BUDGET_MB))
    print("within budget" if within else "OVER BUDGET")
    raw.close()
    db.dispose()
    return within


def main() -> int:
    return on_large_demo("Agenda and workshop list on the large demo", measure)


if __name__ == "__main__":
    sys.exit(main())
