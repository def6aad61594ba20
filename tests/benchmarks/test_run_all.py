"""make bench's runner: every benchmark registered, one real run of a fast one with its row in
the table, and a benchmark that crashes, hangs or says nothing turned into a "failed" row."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from dataclasses import replace
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.append(str(BENCHMARKS))  # after all else: benchmarks/ holds people.py, report.py…

from bench_table import FAILED, OVER, RECORDED, Budget, Row, row_from_line  # noqa: E402
from run_all import BENCHMARKS as REGISTERED  # noqa: E402
from run_all import HELPERS, Benchmark, chosen, database_for, main, run  # noqa: E402

from jpoa_desktop.cli.main import main as jpoa  # noqa: E402


def test_every_benchmark_is_run_and_states_its_figures() -> None:
    scripts = {path.stem for path in BENCHMARKS.glob("*.py")} - HELPERS
    assert {benchmark.name for benchmark in REGISTERED} == scripts
    for name in scripts:
        assert "record(" in (BENCHMARKS / f"{name}.py").read_text(encoding="utf-8"), name


def test_an_unknown_name_is_refused_with_the_known_ones() -> None:
    assert [b.name for b in chosen(["people", "startup.py"])] == ["people", "startup"]
    with pytest.raises(SystemExit, match=r"no such benchmark: peple .*known: startup, people"):
        chosen(["peple"])


def test_a_benchmark_that_writes_gets_a_copy_of_the_demo(tmp_path: Path) -> None:
    demo = tmp_path / "large-demo.sqlite"
    demo.write_bytes(b"SQLite format 3\x00" + bytes(100))
    with database_for(Benchmark("people", on_demo=True), demo) as arguments:
        assert arguments == ["--db", str(demo)]
    with database_for(Benchmark("strategies", on_demo=True, copy=True), demo) as arguments:
        copy = Path(arguments[1])
        assert copy != demo and copy.read_bytes() == demo.read_bytes()
    assert not copy.exists()
    with database_for(Benchmark("certificates"), demo) as arguments:
        assert arguments == []


def _script(folder: Path, name: str, body: str) -> Benchmark:
    """A throw-away benchmark script in `folder` that records one figure, then does `body`."""
    (folder / f"{name}.py").write_text(
        textwrap.dedent(
            f"""
            import sys, time
            sys.path.insert(0, {str(BENCHMARKS)!r})
            from bench_table import Budget
            from measuring import record
            record("p95", 12.0, "ms", baseline=3.0, budget=Budget.below(10))
            """
        )
        + textwrap.dedent(body),
        encoding="utf-8",
    )
    return Benchmark(name, minutes=0.03)


OVER_ROW = Row("x", "p95", 12.0, "ms", 3.0, Budget.below(10))


def test_a_figure_over_budget_is_its_row_alone(tmp_path: Path) -> None:
    rows = run(_script(tmp_path, "over", "sys.exit(1)"), [], show=False, folder=tmp_path)
    assert [(r.figure, r.verdict) for r in rows] == [("p95", OVER)]


def test_a_crash_is_a_failed_row_with_its_last_words(tmp_path: Path) -> None:
    crash = """
        record("peak RSS", 80.0, "MB")
        raise RuntimeError("the demo could not be opened")
    """
    rows = run(_script(tmp_path, "crash", crash), [], show=False, folder=tmp_path)
    assert [r.verdict for r in rows] == [OVER, RECORDED, FAILED]
    assert rows[-1].note == "exit status 1: RuntimeError: the demo could not be opened"
    assert rows[-1].benchmark == "crash"


def test_a_benchmark_that_hangs_is_stopped_and_failed(tmp_path: Path) -> None:
    hang = _script(tmp_path, "hang", "time.sleep(120)")
    rows = run(hang, [], show=False, folder=tmp_path)
    assert rows[0] == replace(OVER_ROW, benchmark="hang")
    assert (rows[-1].verdict, rows[-1].note) == (FAILED, "timed out after 0.03 min")


def test_a_benchmark_that_reports_nothing_failed(tmp_path: Path) -> None:
    (tmp_path / "silent.py").write_text("print('all fine, trust me')\n", encoding="utf-8")
    rows = run(Benchmark("silent"), [], show=False, folder=tmp_path)
    assert [(r.verdict, r.note) for r in rows] == [(FAILED, "no figures reported")]


def test_one_real_benchmark_makes_its_row_in_the_table(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    demo = tmp_path / "demo.sqlite"
    with (tmp_path / "demo.log").open("w", encoding="utf-8") as quiet:
        assert jpoa(["--db", str(demo), "demo"], quiet) == 0
    command = [sys.executable, str(BENCHMARKS / "run_all.py"), "--only", "backup", "--quick"]
    finished = subprocess.run(
        [*command, "--demo", str(demo), "--quiet", "--markdown", "--save", str(tmp_path / "run")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    out = finished.stdout
    assert "== backup (1/1)" in out and "database          :" not in out  # --quiet
    assert "- machine: " in out and " cores, " in out and "- software: Python 3." in out
    assert "| benchmark | figure | measured | baseline | ratio | budget | verdict |" in out
    budgeted = next(line for line in out.splitlines() if "quick_check" in line)
    cells = [cell.strip() for cell in budgeted.strip("|").split("|")]
    assert cells[0] == "backup" and cells[5] == "≤ 1.5×"
    assert cells[6] in ("within", "over")
    assert finished.returncode == (0 if cells[6] == "within" else 1), finished.stderr
    assert all(row_from_line("backup", line) is None for line in out.splitlines())
    assert main(["--saved", str(tmp_path / "run"), "--markdown"]) == finished.returncode
    again = capsys.readouterr().out
    assert again.strip() == out[out.index("- date: ") :].strip()  # the same table, run nothing
