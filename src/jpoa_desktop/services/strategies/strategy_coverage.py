"""How a draft covers the framework: a pillar × area matrix and the list of gaps.

Computed from the `DraftView` the editor already holds (or reads in one go), so coverage of a
200-measure draft costs the reading plus a pass in memory. A measure mapped to two areas
counts in both cells, with its whole budget in each: a cell answers "how much is planned for
this area", and the pillar totals count each measure once. A measure mapped to a pillar only
counts in that pillar's total, not in any area's cell.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from jpoa_desktop.db.engine import SessionScope
from jpoa_desktop.model.library import PillarView
from jpoa_desktop.model.strategies import (
    CellComparison,
    Coverage,
    CoverageCell,
    DraftView,
    Gap,
    MeasureView,
    PillarTotal,
)
from jpoa_desktop.services.library.library import LibraryService
from jpoa_desktop.services.strategies.strategies import StrategyService
from jpoa_desktop.services.strategies.strategy_tree import library_stamp


def _budget(measures: list[MeasureView]) -> dict[str, Decimal]:
    """The measures' budget lines added up by currency."""
    budget: dict[str, Decimal] = {}
    for measure in measures:
        for line in measure.budget:
            budget[line.currency] = budget.get(line.currency, Decimal(0)) + line.amount
    return budget


def coverage_of(view: DraftView, pillars: list[PillarView]) -> Coverage:
    """The matrix and the gaps of a draft already read."""
    by_area: dict[str, list[MeasureView]] = defaultdict(list)
    by_pillar: dict[int, list[MeasureView]] = defaultdict(list)
    gaps: list[Gap] = []
    for measure in view.measures():
        for key in dict.fromkeys(m.key for m in measure.mapping if m.is_area):
            by_area[key].append(measure)
        for number in measure.pillars:
            by_pillar[number].append(measure)
        for kind, missing in (
            ("measure_without_indicator", not measure.indicators),
            ("measure_without_responsible", not measure.responsible),
            ("measure_without_budget", not measure.budget),
            ("measure_without_mapping", not measure.mapping),
        ):
            if missing:
                gaps.append(Gap(kind, measure.id, measure.uuid, measure.number, measure.text))
    cells, totals, area_gaps = [], [], []
    for pillar in pillars:
        for area in pillar.areas:
            measures = by_area.get(area.key, [])
            cells.append(
                CoverageCell(
                    pillar=pillar.number,
                    pillar_code=pillar.roman,
                    area_key=area.key,
                    area=area.code,
                    title=area.title,
                    measures=len(measures),
                    indicators=sum(len(m.indicators) for m in measures),
                    budget=_budget(measures),
                )
            )
            if not measures:
                area_gaps.append(Gap("area_without_measure", None, None, area.code, area.title))
        measures = by_pillar.get(pillar.number, [])
        totals.append(
            PillarTotal(
                pillar=pillar.number,
                code=pillar.roman,
                title=pillar.short or pillar.title,
                measures=len(measures),
                indicators=sum(len(m.indicators) for m in measures),
                budget=_budget(measures),
            )
        )
    return Coverage(view.id, tuple(cells), tuple(totals), tuple(area_gaps + gaps))


class CoverageService:
    def __init__(self, session_scope: SessionScope) -> None:
        self._scope = session_scope
        self._strategies = StrategyService(session_scope)
        self._pillars: dict[str, tuple[tuple[object, ...], list[PillarView]]] = {}

    def pillars(self, lang: str) -> list[PillarView]:
        """The framework, read again only when the library changed."""
        with self._scope() as session:
            stamp = library_stamp(session)
        cached = self._pillars.get(lang)
        if cached is None or cached[0] != stamp:
            cached = (stamp, LibraryService(self._scope).pillars(lang))
            self._pillars[lang] = cached
        return cached[1]

    def coverage(self, draft_id: int, lang: str) -> Coverage:
        return coverage_of(self._strategies.draft(draft_id, lang), self.pillars(lang))

    def compare(self, draft_a: int, draft_b: int, lang: str) -> list[CellComparison]:
        """Two drafts (say, two countries' plans) side by side, cell by cell."""
        a, b = self.coverage(draft_a, lang), self.coverage(draft_b, lang)
        return [
            CellComparison(
                ca.pillar, ca.area, ca.title, ca.measures, cb.measures, ca.budget, cb.budget
            )
            for ca, cb in zip(a.cells, b.cells, strict=True)
        ]

    def missing_from_framework(self, draft_id: int, lang: str) -> list[CoverageCell]:
        """The framework's areas the draft has no measure for."""
        return [c for c in self.coverage(draft_id, lang).cells if c.measures == 0]
