"""The rows of the coverage matrix for what it is compared with: nothing, the framework, a draft.

Plain Python (no widgets), so what each comparison marks is decided in one place and the
model only shows it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum
from typing import Any

from jpoa_desktop.model.strategies import CellComparison, Coverage, CoverageCell, PillarTotal

FRAMEWORK = "framework"  # the compare combo's data for "the JPoA framework"


class Mode(Enum):
    PLAIN = "plain"
    FRAMEWORK = "framework"
    DRAFT = "draft"


class Mark(Enum):
    """How a row stands out; the note column says it in words too."""

    NONE = "none"
    EMPTY = "empty"  # an area with no measure (in this draft, or in neither draft)
    MISSING = "missing"  # a framework area the draft leaves empty
    ONLY_THIS = "only_this"  # only this draft covers the area
    ONLY_OTHER = "only_other"  # only the other draft covers it


@dataclass(frozen=True)
class MatrixRow:
    pillar: int
    code: str  # "II" on a pillar row, "II.3" on an area row
    title: str
    measures: int
    indicators: int
    budget: Mapping[str, Decimal]
    area_key: str = ""  # "" on a pillar row
    other_measures: int | None = None  # compared with a draft
    other_budget: Mapping[str, Decimal] = field(default_factory=dict)
    mark: Mark = Mark.NONE
    covered: int = 0  # on a pillar row: its areas with a measure
    areas: int = 0  # on a pillar row: its areas

    @property
    def is_pillar(self) -> bool:
        return not self.area_key


Group = tuple[MatrixRow, tuple[MatrixRow, ...]]  # a pillar row and its areas


def matrix_rows(
    coverage: Coverage,
    missing: list[CoverageCell] | None = None,
    comparison: list[CellComparison] | None = None,
    other: Coverage | None = None,
) -> list[Group]:
    """The matrix: plain, marked against the framework (`missing`, from
    `CoverageService.missing_from_framework`), or beside another draft (`comparison` from
    `CoverageService.compare`, `other` for that draft's pillar totals)."""
    missing_keys = {c.area_key for c in missing} if missing is not None else None
    compared = {(c.pillar, c.area): c for c in comparison} if comparison is not None else {}
    other_pillars = {p.pillar: p for p in other.pillars} if other is not None else {}
    groups: list[Group] = []
    for pillar in coverage.pillars:
        areas: list[MatrixRow] = []
        for cell in (c for c in coverage.cells if c.pillar == pillar.pillar):
            pair = compared.get((cell.pillar, cell.area))
            theirs = (pair.measures_b, pair.budget_b) if pair is not None else None
            areas.append(_row(cell, cell.area, theirs, area_key=cell.area_key,
                              mark=_mark(cell, missing_keys, pair)))  # fmt: skip
        total = other_pillars.get(pillar.pillar)
        theirs = (total.measures, total.budget) if total is not None else None
        head = _row(pillar, pillar.code, theirs, covered=sum(1 for a in areas if a.measures),
                    areas=len(areas))  # fmt: skip
        groups.append((head, tuple(areas)))
    return groups


def _row(
    item: CoverageCell | PillarTotal,
    code: str,
    theirs: tuple[int, Mapping[str, Decimal]] | None,
    **extra: Any,
) -> MatrixRow:
    """A matrix row of an area or a pillar; `theirs`: the other draft's measures and budget."""
    return MatrixRow(
        pillar=item.pillar, code=code, title=item.title, measures=item.measures,
        indicators=item.indicators, budget=item.budget,
        other_measures=theirs[0] if theirs is not None else None,
        other_budget=theirs[1] if theirs is not None else {}, **extra,
    )  # fmt: skip


def _mark(cell: CoverageCell, missing: set[str] | None, pair: CellComparison | None) -> Mark:
    if pair is not None:
        only = pair.only_in
        if only:
            return Mark.ONLY_THIS if only == "a" else Mark.ONLY_OTHER
        return Mark.NONE if pair.measures_a else Mark.EMPTY
    if missing is not None:
        return Mark.MISSING if cell.area_key in missing else Mark.NONE
    return Mark.NONE if cell.measures else Mark.EMPTY
