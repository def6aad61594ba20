"""The one table of `make bench`: the rows that benchmarks print as `BENCH {json}` lines, each
row's verdict against its budget, and the table as plain text or Markdown.

A benchmark states its figures as rows (through `measuring.record`) instead of leaving run_all to
parse its prose, so the prose stays free to change. This module imports nothing of the app:
run_all starts at once, and a row's verdict is worked out in one place for both sides.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import asdict, dataclass

MARKER = "BENCH "

# The verdicts: within or over its budget, failed (crashed, timed out, a check not passed), not
# measured (e.g. no bundle built), or recorded (a figure with no budget, kept for the record).
WITHIN, OVER, FAILED = "within", "over", "failed"
NOT_MEASURED, RECORDED = "not measured", "recorded"
HEADERS = ("benchmark", "figure", "measured", "baseline", "ratio", "budget", "verdict")


@dataclass(frozen=True)
class Budget:
    """What a figure must stay within: its value, or (`on_ratio`) its ratio to the baseline;
    `strict` for "under" (<) rather than "at most" (≤)."""

    limit: float
    strict: bool = False
    on_ratio: bool = False

    @classmethod
    def ratio(cls, limit: float) -> Budget:
        """At most `limit` times the baseline."""
        return cls(limit, on_ratio=True)

    @classmethod
    def below(cls, limit: float) -> Budget:
        """A value under `limit`, in the figure's unit."""
        return cls(limit, strict=True)

    @classmethod
    def at_most(cls, limit: float) -> Budget:
        """A value of at most `limit` (zero for counts of lost updates and errors)."""
        return cls(limit)

    def met(self, value: float, ratio: float | None) -> bool:
        measured = ratio if self.on_ratio else value
        if measured is None:  # a ratio budget with no baseline cannot be met
            return False
        return measured < self.limit if self.strict else measured <= self.limit

    def text(self, unit: str) -> str:
        if self.on_ratio:
            return f"≤ {self.limit:g}×"
        if self.limit == 0 and not self.strict:
            return "= 0"
        return f"{'<' if self.strict else '≤'} {self.limit:g} {unit}".rstrip()


@dataclass(frozen=True)
class Row:
    """One figure of one benchmark. `outcome` is empty for a figure measured, else FAILED or
    NOT_MEASURED, with the reason in `note`."""

    benchmark: str
    figure: str
    value: float | None = None
    unit: str = ""
    baseline: float | None = None
    budget: Budget | None = None
    note: str = ""
    outcome: str = ""

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.baseline:
            return None
        return self.value / self.baseline

    @property
    def verdict(self) -> str:
        if self.outcome:
            return self.outcome
        if self.value is None:
            return NOT_MEASURED
        if self.budget is None:
            return RECORDED
        return WITHIN if self.budget.met(self.value, self.ratio) else OVER

    def line(self, named: bool = False) -> str:
        """The row as a benchmark prints it: without its benchmark's name, which run_all adds,
        unless `named` (as run_all saves it)."""
        fields = asdict(self)
        if not named:
            del fields["benchmark"]
        return MARKER + json.dumps(fields, ensure_ascii=False)


def row_from_line(benchmark: str, line: str) -> Row | None:
    """The row a `BENCH {json}` line holds (of `benchmark` unless the line names its own), or
    None for any other line."""
    if not line.startswith(MARKER):
        return None
    fields = {"benchmark": benchmark, **json.loads(line[len(MARKER) :])}
    budget = fields.pop("budget", None)
    return Row(**fields, budget=Budget(**budget) if budget else None)


def failed(benchmark: str, reason: str) -> Row:
    """The row that stands for a benchmark that crashed, timed out or reported nothing."""
    return Row(benchmark, "(the benchmark)", note=reason, outcome=FAILED)


def number(value: float) -> str:
    """Three significant figures or so, with no needless decimals: 1234, 12.3, 1.23, 0.012."""
    size = abs(value)
    if not math.isfinite(value):
        return str(value)
    if value == int(value) and size < 1e15:
        return f"{int(value):,}"
    if size >= 100:
        return f"{value:,.0f}"
    if size >= 10:
        return f"{value:.1f}"
    if size >= 0.1:
        return f"{value:.2f}"
    return f"{value:.3f}"


def with_unit(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    return f"{number(value)} {unit}".strip()


def ratio_text(ratio: float | None) -> str:
    return "—" if ratio is None else f"{number(ratio)}×"


def cells(rows: Iterable[Row]) -> list[list[str]]:
    """The table's cells, a list per row; a benchmark's name only on its first row."""
    table, previous = [], ""
    for row in rows:
        verdict = f"{row.verdict}: {row.note}" if row.note else row.verdict
        table.append(
            [
                row.benchmark if row.benchmark != previous else "",
                row.figure,
                with_unit(row.value, row.unit),
                with_unit(row.baseline, row.unit),
                ratio_text(row.ratio),
                row.budget.text(row.unit) if row.budget else "—",
                verdict,
            ]
        )
        previous = row.benchmark
    return table


# Numbers right-aligned, words left.
_RIGHT = (False, False, True, True, True, False, False)


def plain_table(rows: Iterable[Row]) -> str:
    table = [list(HEADERS), *cells(rows)]
    widths = [max(len(line[n]) for line in table) for n in range(len(HEADERS))]

    def aligned(line: list[str]) -> str:
        parts = [
            text.rjust(width) if right else text.ljust(width)
            for text, width, right in zip(line, widths, _RIGHT, strict=True)
        ]
        return "  ".join(parts).rstrip()

    rule = "  ".join("-" * width for width in widths)
    return "\n".join([aligned(table[0]), rule, *(aligned(line) for line in table[1:])])


def markdown_table(rows: Iterable[Row]) -> str:
    def line(parts: list[str]) -> str:
        return "| " + " | ".join(part.replace("|", "\\|") for part in parts) + " |"

    rule = "|" + "|".join("---:" if right else "---" for right in _RIGHT) + "|"
    return "\n".join([line(list(HEADERS)), rule, *(line(part) for part in cells(rows))])


def tally(rows: Iterable[Row]) -> str:
    """How many rows got each verdict: "40 figures: 31 within, 1 over, 8 recorded"."""
    verdicts = [row.verdict for row in rows]
    counts = [
        f"{verdicts.count(v)} {v}"
        for v in (WITHIN, OVER, FAILED, NOT_MEASURED, RECORDED)
        if v in verdicts
    ]
    return f"{len(verdicts)} figures: {', '.join(counts)}"


def all_good(rows: Iterable[Row]) -> bool:
    """No figure over its budget and no benchmark failed (a figure not measured is no fault)."""
    return not any(row.verdict in (OVER, FAILED) for row in rows)
