"""Strategy drafts on the large demo: open a draft (its whole tree) and compute its coverage.

For each of the large demo's 50 drafts of 200 measures, `CoverageService.coverage()`: it
reads the whole draft as the editor does (`StrategyService.draft()`: goals → objectives →
measures with indicators, budget, mapping, comments) and computes the pillar × area matrix and
the gaps from it, against a bare sqlite3 SELECT of the same draft's measure
rows. Budget: p95 < 100 ms (what the editor waits for when a draft is opened).

Then the same in the Strategies screen itself (offscreen Qt): choosing a draft in the list
(read + the tree of 200 measures drawn) and an edit of a measure's text as the form's autosave
writes it (the update, its undo command and the tree's label), adding an indicator in the
details (written, then the draft re-read) and undoing it, against the bare SELECT again.

Run: `python benchmarks/strategies.py [--db LARGE_DEMO.sqlite]` (without --db it builds the
large demo in a temporary folder first).
"""

from __future__ import annotations

import resource
import sqlite3
import statistics
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path

from bench_table import Budget
from measuring import on_large_demo, p95, record, timed

from jpoa_desktop.services.database import Database, open_database
from jpoa_desktop.services.strategies.strategies import StrategyService
from jpoa_desktop.services.strategies.strategy_coverage import CoverageService
from jpoa_desktop.ui.strategies.screen import ID_ROLE

BUDGET_MS = 100.0
RSS_BUDGET_MB = 250.0
ROUNDS = 3  # every draft opened this many times: 150 samples


def measure(path: Path) -> bool:
    db = open_database(str(path))
    service, coverage = StrategyService(db.session_scope), CoverageService(db.session_scope)
    drafts = [d for d in service.drafts("en") if d.measures >= 200]
    print(f"{len(drafts)} drafts of ≥ 200 measures")
    raw = sqlite3.connect(path)

    def bare(draft_id: int) -> object:
        return raw.execute(
            "SELECT * FROM strategy_item WHERE draft_id = ? AND kind = 'measure' "
            "ORDER BY parent_id, position",
            (draft_id,),
        ).fetchall()

    def ours(draft_id: int) -> object:
        return coverage.coverage(draft_id, "ru")

    ids = [d.id for d in drafts] * ROUNDS
    bare_times = timed([partial(bare, i) for i in ids])
    our_times = timed([partial(ours, i) for i in ids])
    print("open + coverage of one draft (200 measures)")
    print(
        f"  bare SQL : p50 {statistics.median(bare_times):6.2f} ms  p95 {p95(bare_times):6.2f} ms"
    )
    print(f"  service  : p50 {statistics.median(our_times):6.2f} ms  p95 {p95(our_times):6.2f} ms")
    print(
        f"  ratio of p95: {p95(our_times) / p95(bare_times):6.1f} ×"
        f"   budget p95 < {BUDGET_MS:.0f} ms"
    )
    figure = "open + coverage of a 200-measure draft, p95"
    budget = Budget.below(BUDGET_MS)
    within = record(figure, p95(our_times), "ms", baseline=p95(bare_times), budget=budget)
    within &= bool(drafts)
    within &= _in_the_screen(db, [d.id for d in drafts], bare)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {rss:.0f} MB (budget < {RSS_BUDGET_MB:.0f} MB)")
    within &= record("peak RSS", rss, "MB", budget=Budget.below(RSS_BUDGET_MB))
    print("within budget" if within else "OVER BUDGET")
    raw.close()
    db.dispose()
    return within


def _in_the_screen(db: Database, drafts: list[int], bare: Callable[[int], object]) -> bool:
    """Open each draft in the real screen, then edit its first measure's text there."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from jpoa_desktop.services.container import Services
    from jpoa_desktop.ui.strategies.screen import StrategiesScreen
    from jpoa_desktop.ui.tasks import TaskRunner

    # The offscreen platform says this for every window it shows; it says nothing about us.
    qInstallMessageHandler(
        lambda _kind, _where, text: (
            None if "propagateSizeHints" in text else print(text, file=sys.stderr)
        )
    )
    app = QApplication.instance() or QApplication([])
    tasks = TaskRunner()
    screen = StrategiesScreen(tasks, "ru")
    screen.set_services(Services(db))
    screen.resize(1280, 800)
    screen.show()
    rows = {screen.drafts.item(r).data(ID_ROLE): r for r in range(screen.drafts.count())}

    def open_draft(draft_id: int) -> None:
        screen.drafts.setCurrentRow(rows[draft_id])
        app.processEvents()

    def edit(n: int) -> None:
        screen.form.texts[0].setPlainText(f"Мера, исправленная {n} раз")
        screen.form.save()
        app.processEvents()

    def add_indicator() -> None:
        screen.details.indicators.add_button.click()  # written, then the draft re-read
        app.processEvents()

    def undo() -> None:
        screen.undo()
        app.processEvents()

    ids = drafts * ROUNDS
    bare_times = timed([partial(bare, i) for i in ids])
    open_times = timed([partial(open_draft, i) for i in ids])
    edit_times: list[float] = []
    detail_times: list[float] = []
    undo_times: list[float] = []
    for draft_id in drafts:
        open_draft(draft_id)
        screen.tree.select_id(
            StrategyService(db.session_scope).draft(draft_id, "ru").measures()[0].id
        )
        edit_times += timed([partial(edit, n) for n in range(ROUNDS)])
        detail_times += timed([add_indicator] * ROUNDS)
        undo_times += timed([undo] * ROUNDS)
    measured = {
        "open draft   ": open_times,
        "edit text    ": sorted(edit_times),
        "add indicator": sorted(detail_times),
        "undo it      ": sorted(undo_times),
    }
    print("in the Strategies screen (offscreen)")
    print(f"  bare SQL     : p95 {p95(bare_times):6.2f} ms")
    within = True
    for name, times in measured.items():
        print(
            f"  {name}: p50 {statistics.median(times):6.2f} ms  p95 {p95(times):6.2f} ms"
            f"  ({p95(times) / p95(bare_times):5.1f} × bare)"
        )
        figure = f"screen: {name.strip()}, p95"
        budget = Budget.below(BUDGET_MS)
        within &= record(figure, p95(times), "ms", baseline=p95(bare_times), budget=budget)
    screen.close()
    tasks.shutdown()
    return within


def main() -> int:
    return on_large_demo("Open + coverage of strategy drafts", measure)


if __name__ == "__main__":
    sys.exit(main())
