"""Start-up and search figures, each against a bare baseline measured in the same run.

1. GUI start to first paint: a fresh process runs `jpoa-desktop` on an initialised database until
   the main window's first paint event, against a fresh process showing a bare PySide6 window.
   Budget: ≤ 1.5 × the bare window. The same for the bundled app (`make bundle`:
   `dist/jpoa-desktop/jpoa-desktop --first-paint-probe`, or `--bundle PATH`), in the same
   interleaved rounds; when no bundle is built, its row says so.
2. Library search latency over 200 queries (prefixes in both scripts, transliterations, phrases),
   against the same number of bare FTS5 MATCH queries on the same index. Budget: p95 < 30 ms.

Run: `QT_QPA_PLATFORM=offscreen python benchmarks/startup.py [--rounds N] [--bundle PATH]`.
"""

from __future__ import annotations

import argparse
import compileall
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench_table import Budget
from measuring import failed_figure, not_measured, record

import jpoa_desktop
from jpoa_desktop.services.database import open_database
from jpoa_desktop.services.library.content import ContentService
from jpoa_desktop.services.library.search import SearchService
from jpoa_desktop.texts.text_folding import fold, words

FIRST_PAINT_BUDGET = 1.5
BUNDLE = Path(__file__).resolve().parents[1] / "dist" / "jpoa-desktop" / "jpoa-desktop"
if sys.platform == "win32":
    BUNDLE = BUNDLE.with_suffix(".exe")
SEARCH_P95_BUDGET_MS = 30.0

# Both children create the QApplication themselves and quit on the first paint of their window,
# printing the wall-clock time of that paint. The probe filters the window's events only: an
# application-wide Python event filter would tax every event of the richer window.
_PAINT_PROBE = """
import sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

app = QApplication(sys.argv[:1])
class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print(f"PAINTED {time.time():.6f}", flush=True)
            app.quit()
        return False
probe = FirstPaint()
"""

BARE_CHILD = (
    _PAINT_PROBE
    + """
from PySide6.QtWidgets import QWidget
window = QWidget()
window.installEventFilter(probe)
window.resize(1280, 800)
window.setWindowTitle("bare")
window.show()
app.exec()
"""
)

# The real entry point, `jpoa_desktop.app.main`, imported first as `jpoa-desktop` does (PySide6
# checks every module imported after it, so the order matters); the probe rides on `show`.
APP_CHILD = (
    "import time\nfrom jpoa_desktop.app import main\n"
    + _PAINT_PROBE
    + """
from jpoa_desktop.ui.main_window import MainWindow
plain_show = MainWindow.show
def show_with_probe(window):
    window.installEventFilter(probe)
    plain_show(window)
MainWindow.show = show_with_probe
main(sys.argv[1:])
"""
)


# For the record, not budgeted: when the library's contents are on screen (the database opens on a
# worker after the first paint).
LIBRARY_CHILD = (
    "import time\nfrom jpoa_desktop.app import main\n"
    + _PAINT_PROBE
    + """
from jpoa_desktop.ui.main_window import MainWindow
plain_changed = MainWindow._on_content_changed
def changed_with_probe(window, count):
    plain_changed(window, count)
    if count:
        print(f"SHOWN {time.time():.6f}", flush=True)
        app.quit()
MainWindow._on_content_changed = changed_with_probe
main(sys.argv[1:])
"""
)


def _first_paint_seconds(command: list[str], marker: str = "PAINTED") -> float:
    """Seconds from starting `command` to the wall-clock time it printed after `marker`."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    started = time.time()
    result = subprocess.run(
        command,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    for line in result.stdout.splitlines():
        if line.startswith(f"{marker} "):
            return float(line.split()[1]) - started
    raise RuntimeError(f"the child never painted:\n{result.stdout}\n{result.stderr}")


def bench_first_paint(
    db_path: Path, settings: Path, rounds: int, bundle: Path | None
) -> dict[str, float]:
    """Median seconds to first paint: "bare", "app", "shown" (the library on screen) and, with a
    `bundle`, "bundled"."""
    app_args = ["--db", str(db_path), "--settings", str(settings), "--lang", "en"]
    commands = {
        "bare": ([sys.executable, "-c", BARE_CHILD], "PAINTED"),
        "app": ([sys.executable, "-c", APP_CHILD, *app_args], "PAINTED"),
        "shown": ([sys.executable, "-c", LIBRARY_CHILD, *app_args], "SHOWN"),
    }
    if bundle is not None:  # a frozen app takes the probe as a flag: nothing can be slipped in
        commands["bundled"] = ([str(bundle), "--first-paint-probe", *app_args], "PAINTED")
    _first_paint_seconds(*commands["app"])  # warm the OS file cache for each
    _first_paint_seconds(*commands["bare"])
    if bundle is not None:
        try:
            _first_paint_seconds(*commands["bundled"])
        except RuntimeError as error:  # a broken bundle is its row's failure, not the rest's
            del commands["bundled"]
            said = [line for line in str(error).splitlines() if line.strip()]
            failed_figure("first paint, bundled app", f"it did not paint: {said[-1][:160]}")
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(rounds):  # interleaved, so drift on the machine hits all alike
        for name, (command, marker) in commands.items():
            times[name].append(_first_paint_seconds(command, marker))
    return {name: statistics.median(values) for name, values in times.items()}


def report_first_paint(medians: dict[str, float], bundle: Path) -> bool:
    """Print the first-paint figures and state their rows; True when within budget."""
    bare = medians["bare"] * 1000
    labels = {"bare": "bare PySide6 window", "app": "jpoa-desktop", "bundled": "bundled app"}
    for name, label in labels.items():
        if name in medians:
            ms = medians[name] * 1000
            ratio = f"  {ms / bare:5.2f} ×" if name != "bare" else ""
            print(f"first paint, {label:<20}: {ms:7.0f} ms (median){ratio}")
    print(f"budget                           : ≤ {FIRST_PAINT_BUDGET} × the bare window")
    shown = medians["shown"] * 1000
    print(f"library contents on screen       : {shown:7.0f} ms (median, not budgeted)")
    budget = Budget.ratio(FIRST_PAINT_BUDGET)
    app = medians["app"] * 1000
    within = record("first paint, jpoa-desktop (median)", app, "ms", baseline=bare, budget=budget)
    if "bundled" in medians:
        bundled = medians["bundled"] * 1000
        figure = "first paint, bundled app (median)"
        within &= record(figure, bundled, "ms", baseline=bare, budget=budget)
    elif bundle.is_file():  # it did not paint: its failed row is out already
        within = False
    else:
        missing = "not built: make bundle" if bundle == BUNDLE else f"no bundle at {bundle}"
        not_measured("first paint, bundled app", missing)
    record("library contents on screen (median)", shown, "ms", baseline=bare)
    return within


def make_queries(db_path: Path, count: int) -> list[str]:
    """Deterministic mix: word prefixes in both scripts, their transliterations, short phrases."""
    with sqlite3.connect(db_path) as conn:
        titles = [row[0] for row in conn.execute("SELECT title FROM library_fts ORDER BY rowid")]
    conn.close()
    vocabulary = sorted({w for t in titles for w in words(t) if len(w) >= 4 and not w.isdigit()})
    rng = random.Random(2011)
    queries: list[str] = []
    while len(queries) < count:
        word = rng.choice(vocabulary)
        shape = len(queries) % 4
        if shape == 0:
            queries.append(word[: rng.randint(3, len(word))])
        elif shape == 1:
            queries.append(fold(word)[: rng.randint(3, max(3, len(fold(word))))])
        elif shape == 2:
            queries.append(f"{word} {rng.choice(vocabulary)[:4]}")
        else:
            queries.append(word.upper())
    return queries


def _latencies_ms(run: Callable[[str], object], queries: list[str]) -> list[float]:
    times = []
    for query in queries:
        started = time.perf_counter()
        run(query)
        times.append((time.perf_counter() - started) * 1000)
    return times


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def bench_search(db_path: Path, queries: list[str]) -> tuple[list[float], list[float]]:
    db = open_database(str(db_path))
    service = SearchService(db.session_scope)
    raw = sqlite3.connect(db_path)

    def bare(query: str) -> object:
        match = " AND ".join('"' + w.replace('"', '""') + '"*' for w in words(query))
        return raw.execute(
            "SELECT item_id, lang, title, body FROM library_fts WHERE library_fts MATCH ? "
            "ORDER BY rank LIMIT 50",
            (match,),
        ).fetchall()

    def ours(query: str) -> object:
        return service.search(query, "en")

    _latencies_ms(ours, queries[:20])  # warm caches for both
    _latencies_ms(bare, queries[:20])
    result = _latencies_ms(bare, queries), _latencies_ms(ours, queries)
    raw.close()
    db.dispose()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rounds", type=int, default=15, help="start-up runs per side")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--bundle", type=Path, default=BUNDLE, help="the bundled app to time")
    args = parser.parse_args()
    bundle = args.bundle if args.bundle.is_file() else None
    # An installed app runs from byte-code that pip compiled at install time; a checkout under
    # PYTHONDONTWRITEBYTECODE would compile every module on every start. Measure the former.
    compileall.compile_dir(Path(jpoa_desktop.__file__).parent, quiet=1)
    with tempfile.TemporaryDirectory(prefix="jpoa-bench-") as scratch:
        db_path = Path(scratch) / "bench.sqlite"
        db = open_database(str(db_path))
        ContentService(db.session_scope).load_builtin()
        db.dispose()

        medians = bench_first_paint(db_path, Path(scratch) / "s.ini", args.rounds, bundle)
        within = report_first_paint(medians, args.bundle)

        queries = make_queries(db_path, args.queries)
        bare_ms, ours_ms = bench_search(db_path, queries)
        n = len(queries)
        for label, values in (("bare FTS5 MATCH", bare_ms), ("SearchService  ", ours_ms)):
            print(
                f"search, {n} queries, {label} : p50 {statistics.median(values):6.2f} ms"
                f"  p95 {_p95(values):6.2f} ms"
            )
        print(f"search budget                          : p95 < {SEARCH_P95_BUDGET_MS:.0f} ms")
        print(f"ratio of p95                           : {_p95(ours_ms) / _p95(bare_ms):6.2f} ×")
        search_budget = Budget.below(SEARCH_P95_BUDGET_MS)
        figure = f"library search p95, {n} queries"
        within &= record(figure, _p95(ours_ms), "ms", baseline=_p95(bare_ms), budget=search_budget)
        print("within budget" if within else "OVER BUDGET")
        return 0 if within else 1


if __name__ == "__main__":
    sys.exit(main())
