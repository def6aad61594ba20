"""Every benchmark in benchmarks/, one after the other, and one table of their figures: measured,
baseline, ratio, budget, verdict (`make bench`).

Each benchmark runs as its own process, as it runs alone, and states its figures as
`BENCH {json}` lines (measuring.record); its other lines are shown as they come. The benchmarks
that work on the large demo get `--db` the one built once and kept in `.venv/large-demo.sqlite`
(made with `jpoa demo --size large` when missing); the others build their own data. A benchmark
that crashes, times out or reports nothing is a "failed" row, and the table goes on.
Exit status 1 when any figure is over its budget or any benchmark failed.

Run: `QT_QPA_PLATFORM=offscreen python benchmarks/run_all.py [--only NAME …] [--quick]
[--markdown] [--quiet] [--bundle PATH] [--save FILE]`; `--saved FILE --markdown` prints a saved
run's table again (for the README) without running anything.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from bench_table import Row, all_good, failed, markdown_table, plain_table, row_from_line, tally
from machine import describe

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LARGE_DEMO = ROOT / ".venv" / "large-demo.sqlite"
HELPERS = frozenset({"bench_table", "machine", "measuring", "run_all"})
GRACE_SECONDS = 30  # after an interrupt, before a benchmark that overran is killed


@dataclass(frozen=True)
class Benchmark:
    """How run_all runs one script: on the large demo (`on_demo`; `copy` when it writes to it),
    with which arguments for `--quick`, for how long at the most, and whether it takes
    `--bundle`."""

    name: str
    on_demo: bool = False
    copy: bool = False
    quick: tuple[str, ...] = ()
    minutes: float = 20
    timed_bundle: bool = False


BENCHMARKS = (
    Benchmark("startup", quick=("--rounds", "5", "--queries", "100"), timed_bundle=True),
    Benchmark("people", on_demo=True),
    Benchmark("workshops", on_demo=True),
    Benchmark("directory", on_demo=True, quick=("--runs", "7")),
    Benchmark("strategies", on_demo=True, copy=True),  # its screen edits a measure, then undoes
    Benchmark("dashboard", on_demo=True),
    Benchmark("report", on_demo=True),
    Benchmark("import_xlsx"),
    Benchmark("import_bombs"),
    Benchmark("certificates", quick=("--count", "200")),
    Benchmark("backup", on_demo=True, quick=("--runs", "3")),
    Benchmark("packages", on_demo=True, quick=("--runs", "1")),
    Benchmark("package_round_trip", on_demo=True),
    Benchmark("server_search"),
    Benchmark("server_load", quick=("--seconds", "15")),
    Benchmark("audit_overhead", quick=("--runs", "1")),
)


def large_demo(path: Path) -> Path:
    """The large demo at `path`, built first when missing (minutes); built aside and moved into
    place, so an interrupted build leaves nothing to mistake for a demo."""
    if path.exists():
        return path
    print(f"building the large demo in {path} (once; it is kept for the next runs)", flush=True)
    building = path.with_name(path.name + ".building")
    building.unlink(missing_ok=True)
    jpoa = "from jpoa_desktop.cli import main; raise SystemExit(main())"
    command = [sys.executable, "-c", jpoa, "--db", str(building), "demo", "--size", "large"]
    subprocess.run(command, check=True, cwd=ROOT)
    building.replace(path)
    return path


@contextmanager
def database_for(benchmark: Benchmark, demo: Path | None) -> Iterator[list[str]]:
    """The `--db` arguments a benchmark gets: none, the cached demo, or a copy of it."""
    if demo is None or not benchmark.on_demo:
        yield []
    elif not benchmark.copy:
        yield ["--db", str(demo)]
    else:
        with tempfile.TemporaryDirectory(prefix="jpoa-bench-copy-") as scratch:
            copy = Path(scratch) / demo.name
            shutil.copyfile(demo, copy)
            yield ["--db", str(copy)]


def _stop(process: subprocess.Popen[str], expired: threading.Event) -> None:
    """An interrupt to the benchmark's whole process group (its finally blocks stop a server
    it started), then a kill when it does not end."""
    expired.set()
    try:
        os.killpg(process.pid, signal.SIGINT)
        process.wait(GRACE_SECONDS)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:  # it ended meanwhile
        pass


def run(
    benchmark: Benchmark, arguments: list[str], show: bool = True, folder: Path = HERE
) -> list[Row]:
    """Run one benchmark (`folder/NAME.py`), showing its lines; its rows, with a failed row when
    it went wrong."""
    environment = {**os.environ, "PYTHONUNBUFFERED": "1"}
    environment.setdefault("QT_QPA_PLATFORM", "offscreen")
    process = subprocess.Popen(
        [sys.executable, str(folder / f"{benchmark.name}.py"), *arguments],
        cwd=ROOT,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, so a timeout stops all it started
    )
    errors: deque[str] = deque(maxlen=40)
    traceback = threading.Event()

    def read_errors() -> None:
        for line in process.stderr or ():
            errors.append(line)
            if line.startswith("Traceback"):
                traceback.set()

    reader = threading.Thread(target=read_errors, daemon=True)
    reader.start()
    expired = threading.Event()
    watchdog = threading.Timer(benchmark.minutes * 60, _stop, (process, expired))
    watchdog.start()
    rows: list[Row] = []
    try:
        for line in process.stdout or ():
            row = row_from_line(benchmark.name, line.rstrip("\n"))
            if row is not None:
                rows.append(row)
            elif show:
                print(f"  {line}", end="", flush=True)
    except KeyboardInterrupt:  # Ctrl+C reaches run_all only: its own session keeps it out
        watchdog.cancel()
        _stop(process, expired)
        raise
    code = process.wait()
    watchdog.cancel()
    reader.join(5)
    if expired.is_set():
        return [*rows, failed(benchmark.name, f"timed out after {benchmark.minutes:g} min")]
    crashed = code not in (0, 1) or traceback.is_set()
    problem = _problem(code, crashed, rows, list(errors))
    return [*rows, failed(benchmark.name, problem)] if problem else rows


def _problem(code: int, crashed: bool, rows: list[Row], errors: list[str]) -> str:
    """Why the benchmark failed, or "" when its rows tell the whole story; on a failure, what
    it wrote on stderr last is shown."""
    if crashed or (code != 0 and all_good(rows)):  # over budget exits 1: that row says so
        print("\n".join(f"  ! {line.rstrip()}" for line in errors), file=sys.stderr)
        last = next((line.strip() for line in reversed(errors) if line.strip()), "")
        return f"exit status {code}" + (f": {last[:160]}" if last else "")
    if not rows:
        return "no figures reported"
    return ""


def chosen(names: list[str] | None) -> list[Benchmark]:
    if not names:
        return list(BENCHMARKS)
    known = {benchmark.name: benchmark for benchmark in BENCHMARKS}
    unknown = [name.removesuffix(".py") for name in names if name.removesuffix(".py") not in known]
    if unknown:
        raise SystemExit(f"no such benchmark: {', '.join(unknown)} (known: {', '.join(known)})")
    return [known[name.removesuffix(".py")] for name in names]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--only", nargs="+", metavar="NAME", help="run only these benchmarks")
    parser.add_argument("--quick", action="store_true", help="fewer rounds where a benchmark can")
    parser.add_argument("--markdown", action="store_true", help="print the table in Markdown")
    parser.add_argument("--demo", type=Path, default=LARGE_DEMO, help="the cached large demo")
    parser.add_argument("--quiet", action="store_true", help="hide the benchmarks' own lines")
    parser.add_argument("--bundle", type=Path, help="the bundled app for startup to time")
    parser.add_argument("--save", type=Path, help="also write the header and rows to this file")
    parser.add_argument("--saved", type=Path, help="print the table a --save wrote; run nothing")
    args = parser.parse_args(argv)
    if args.saved:
        header, rows = load(args.saved)
    else:
        header, rows = run_all(args)
    if args.save:
        save(args.save, header, rows)
    show_table(header, rows, args.markdown)
    return 0 if all_good(rows) else 1


def run_all(args: argparse.Namespace) -> tuple[list[tuple[str, str]], list[Row]]:
    """Run the benchmarks chosen: the header (the machine, and the time it all took) and rows."""
    benchmarks = chosen(args.only)
    header = describe()
    started = time.perf_counter()
    demo = large_demo(args.demo) if any(b.on_demo for b in benchmarks) else None
    rows: list[Row] = []
    for number, benchmark in enumerate(benchmarks, start=1):
        print(f"== {benchmark.name} ({number}/{len(benchmarks)})", flush=True)
        with database_for(benchmark, demo) as database:
            quick = list(benchmark.quick) if args.quick else []
            bundle = (
                ["--bundle", str(args.bundle)] if args.bundle and benchmark.timed_bundle else []
            )
            began = time.perf_counter()
            rows += run(benchmark, [*database, *quick, *bundle], show=not args.quiet)
        print(f"== {benchmark.name}: {time.perf_counter() - began:.0f} s", flush=True)
    took = time.perf_counter() - started
    header.append(("took", (f"{took:.0f} s" if took < 120 else f"{took / 60:.0f} min")
                   + (" (--quick)" if args.quick else "")))  # fmt: skip
    return header, rows


def show_table(header: list[tuple[str, str]], rows: list[Row], markdown: bool) -> None:
    print()
    for what, value in header:
        print(f"- {what}: {value}" if markdown else f"{what:<9}: {value}")
    print()
    print(markdown_table(rows) if markdown else plain_table(rows))
    print()
    print(tally(rows))


def save(path: Path, header: list[tuple[str, str]], rows: list[Row]) -> None:
    """The run's header lines, then its rows as named BENCH lines, for `--saved` (e.g. to print
    the same run's table in Markdown for the README)."""
    lines = [f"{what}: {value}" for what, value in header] + [row.line(named=True) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def load(path: Path) -> tuple[list[tuple[str, str]], list[Row]]:
    header: list[tuple[str, str]] = []
    rows: list[Row] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        row = row_from_line("", line)
        if row is not None:
            rows.append(row)
        elif line:
            what, _, value = line.partition(": ")
            header.append((what, value))
    return header, rows


if __name__ == "__main__":
    sys.exit(main())
